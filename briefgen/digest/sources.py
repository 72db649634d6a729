"""Expand digest inputs into articles: folders, feeds, JSON lines, URL lists.

Every item that cannot be read becomes a :class:`Failure` with a one-line reason;
nothing here raises for a single bad item, so one broken feed entry or binary
file never stops a digest.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

from ..errors import BriefgenError
from ..ingest import FetchPolicy, from_html, from_text, ingest
from ..models import Article

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}


@dataclass
class Failure:
    input: str
    reason: str


Item = Union[Article, Failure]


def expand(inputs: "list[str] | str | os.PathLike[str]", policy: Optional[FetchPolicy] = None) -> Iterator[Item]:
    """Articles (or failures) from each input, in a stable order."""
    policy = policy or FetchPolicy()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # one input, not its characters: "seeds/" had walked "/" itself
    for source in inputs:
        source = os.fspath(source)
        try:
            yield from _expand_one(source, policy)
        except OSError as exc:  # an unreadable folder below an input, a name too long, …
            yield Failure(source, f"cannot read: {exc.strerror or exc}")


def _expand_one(source: str, policy: FetchPolicy) -> Iterator[Item]:
    path = Path(source)
    if re.match(r"^https?://", source, re.I):
        yield from _feed_or_article(source, policy)
    elif path.is_dir():
        unreadable: list[OSError] = []
        files = []
        for folder, dirs, names in os.walk(path, onerror=unreadable.append):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files += [Path(folder) / n for n in names if not n.startswith(".") and (Path(folder) / n).is_file()]
        for error in unreadable:  # one unreadable folder is reported; the rest is still read
            yield Failure(str(error.filename or source), f"cannot read: {error.strerror or error}")
        for child in sorted(files):
            yield from _expand_one(str(child), policy)
    elif not path.exists():
        yield Failure(source, "no such file")
    elif path.suffix.lower() in FEED_SUFFIXES:
        yield from _feed(source, path.read_bytes(), policy)
    elif path.suffix.lower() == ".jsonl":
        yield from _jsonl(path)
    elif path.suffix.lower() == ".txt" and _is_url_list(path):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                yield from _feed_or_article(line.strip(), policy)
    else:
        yield _article(source, policy)


def _article(source: str, policy: FetchPolicy) -> Item:
    try:
        return ingest(source, policy)
    except BriefgenError as exc:
        return Failure(source, _reason(source, exc))


def _reason(source: str, exc: Exception) -> str:
    text = str(exc)
    return text[len(source) + 2 :] if text.startswith(source + ": ") else text


def _is_url_list(path: Path) -> bool:
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.strip().startswith("#")]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all(re.match(r"^https?://\S+$", ln) for ln in lines)


def _feed_or_article(url: str, policy: FetchPolicy) -> Iterator[Item]:
    from ..ingest import fetch

    try:
        data, ctype, final = fetch(url, policy)
    except BriefgenError as exc:
        yield Failure(url, _reason(url, exc))
        return
    if (ctype or "").endswith(("rss+xml", "atom+xml", "/xml")) or data.lstrip()[:200].lower().startswith((b"<?xml", b"<rss", b"<feed")):
        yield from _feed(url, data, policy)
        return
    from ..ingest import from_bytes

    try:
        yield from_bytes(data, url, content_type=ctype, url=final)
    except BriefgenError as exc:
        yield Failure(url, _reason(url, exc))


def _feed(source: str, data: bytes, policy: FetchPolicy) -> Iterator[Item]:
    """Feed entries with full content become articles; link-only entries are fetched."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({type(parsed.bozo_exception).__name__})" if parsed.bozo else "feed has no entries"
        yield Failure(source, reason)
        return
    for index, entry in enumerate(parsed.entries):
        label = f"{source}#{index + 1}"
        title = (entry.get("title") or "").strip()
        link = entry.get("link")
        published = None
        if entry.get("published_parsed"):
            t = entry.published_parsed
            published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "")
        try:
            if len(re.sub(r"<[^>]+>", " ", content).split()) >= 40:
                article = from_html(f"<html><body><article>{content}</article></body></html>", label, link)
                if title:
                    article.title = re.sub(r"\s+", " ", title)
            elif link:
                article = ingest(link, policy)
            else:
                yield Failure(label, "feed entry has neither content nor a link")
                continue
        except BriefgenError as exc:
            yield Failure(label, _reason(label, exc))
            continue
        article.input = label
        article.url = link or article.url
        article.published = published or article.published
        article.publisher = article.publisher or (parsed.feed.get("title") if parsed.get("feed") else None)
        yield article


def _jsonl(path: Path) -> Iterator[Item]:
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        label = f"{path}:{number}"
        try:
            record = json.loads(line)
            text = record.get("text") or record.get("body") or ""
            title = record.get("title") or ""
            article = from_text((title + "\n\n" + text) if title else text, label, record.get("url"))
            if title:
                article.title = title
            article.published = record.get("published") or None
            yield article
        except (ValueError, AttributeError) as exc:
            yield Failure(label, f"not a JSON object with a text field ({type(exc).__name__})")
        except BriefgenError as exc:
            yield Failure(label, _reason(label, exc))
