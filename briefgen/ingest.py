"""Ingest: turn a file, URL or stdin into an :class:`~briefgen.models.Article`.

Plain text: the first line is the headline when it looks like one. HTML goes
through trafilatura (main text, title, date, author, site name). Site furniture
("You might also like", share prompts, related headlines trailing the body) is
cut here, so no later stage can pick it as a key point.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import sys
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from .errors import FetchError, InputError
from .models import Article
from .months import MONTHS_OR_ABBREVIATIONS
from .text import DATELINE, HONORIFIC_END, INITIALISM_END, ends_sentence

# 10 MB of text is ~1.5 million words, far beyond any news article; larger inputs
# are almost certainly dumps or wrong files, and would take minutes to analyse.
MAX_INPUT_BYTES = 10_000_000
# Longer than any path a file system accepts (Linux PATH_MAX is 4096): such an
# argument is article text given where a file name was expected.
MAX_PATH_CHARS = 4096
# An article needs at least a sentence or two to brief.
MIN_BODY_CHARS = 40
# A headline is one short line; 300 characters covers the longest seen in the
# CNN/DailyMail dev set (~120) with room to spare.
MAX_HEADLINE_CHARS = 300

_FURNITURE_LINE = re.compile(
    r"^\s*(?:[-•*]\s+)?(you (might|may) also like|related( articles| stories| coverage)?:?|read more\b|"
    r"more from\b|recommended( for you)?\b|share (this|on)\b|click here\b|sign up\b|"
    r"subscribe\b|follow us\b|advertisement\s*$|comments?\s*$|tags?:|most (read|popular)\b|"
    r"(image|photo|picture) (copyright|caption|credit)\b|scroll down for video\b|"
    r"all rights reserved\b|copyright ©|©|this copy is for your personal, non-commercial use\b|"
    r"order reprints\s*$|print (this )?article\s*$|https?://\S+\s*$|"
    # a photo gallery's widget: the Independent's "UK news in pictures" + "Show all 50" sat
    # mid-story, and its 50 was tabled as a key figure
    r"(?:show|view|see) all(?: \d+)?(?: (?:photos|images|pictures|slides))?\s*$|(?:[\w’' ]{0,40} )?in pictures\s*$|"
    # a link to another story inside this one: Express's "SEE MORE: Hong Kong protests: 800 students
    # under siege" (its 800 had been tabled twice) and "China furious at Macron for Hong Kong
    # protest jibe [INSIGHT]" (Macron had been a place), CRN's "[Related: Salesforce Dreamforce
    # Keynote: …]", a lone "More:" (7 lines on 5 of the 290 unseen pages, each a link)
    r"see more:|more:\s*$|\[related:|.{0,200}\[(?:insight|analysis|reveal|video|pictures|pics|poll|latest|map)\]\W*$|"
    # a newsletter's promotion: the New York Times's "[What you need to know to start the day: Get
    # New York Today in your inbox.]" had been a brief's bottom line (mozilla/readability's nytimes-3)
    r"(?:\[|get\b|sign up\b|subscribe\b).{0,200}\b(?:in|to) your inbox\W*$)",
    re.IGNORECASE,
)


@dataclass
class FetchPolicy:
    """Limits for fetching URLs; private addresses are refused unless allowed."""

    timeout: float = 20.0
    max_bytes: int = MAX_INPUT_BYTES
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "briefgen/0.1 (+https://pypi.org/project/briefgen)"


def ingest(
    source: "str | os.PathLike[str]", policy: Optional[FetchPolicy] = None, stdin: Optional[bytes] = None
) -> Article:
    """Read one input: a path to .txt/.html, an http(s) URL, or "-" for stdin."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if not isinstance(source, str):
        raise TypeError(f"an input is a path, an http(s) URL or '-', not {type(source).__name__}")
    if source == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return from_bytes(data, source, content_type=None)
    scheme = urllib.parse.urlsplit(source).scheme.lower()
    if scheme in {"http", "https"}:
        data, ctype, final_url = fetch(source, policy or FetchPolicy())
        article = from_bytes(data, source, content_type=ctype, url=final_url)
        return article
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        raise InputError(f"{source}: only http and https URLs are supported")
    path = Path(source)
    try:
        exists = path.exists()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL byte
        exists = False
    if not exists:
        if "\n" in source or len(source) > MAX_PATH_CHARS:
            raise InputError(
                f"{_shortened(source)}: not a file, URL or '-'; this looks like article text: "
                "pipe it on stdin with '-', or call briefgen.brief_text()"
            )
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a directory (use 'briefgen digest' for many articles)")
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{source}: too large ({size:,} bytes; limit {MAX_INPUT_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    ctype = "text/html" if path.suffix.lower() in {".html", ".htm", ".xhtml"} else None
    return from_bytes(data, source, content_type=ctype)


def _shortened(source: str, limit: int = 60) -> str:
    """An input name fit for a one-line error: first line only, at most ``limit`` characters."""
    first = " ".join(source.strip().split("\n", 1)[0].split())
    return repr(first[:limit] + "…" if len(first) > limit or "\n" in source.strip() else first)


def from_bytes(
    data: bytes, source: str, content_type: Optional[str], url: Optional[str] = None
) -> Article:
    """Decode and parse raw bytes; HTML is detected by content type or by sniffing."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{source}: too large (more than {MAX_INPUT_BYTES:,} bytes)")
    text = decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: empty input")
    if looks_like_feed(text):
        raise InputError(f"{source}: looks like an RSS/Atom feed, not an article (use 'briefgen digest')")
    is_html = (content_type or "").startswith(("text/html", "application/xhtml")) or (
        content_type is None and looks_like_html(text)
    )
    article = from_html(text, source, url) if is_html else from_text(text, source, url)
    if len(article.body) < MIN_BODY_CHARS:
        raise InputError(f"{source}: no article text found")
    return article


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM) first, then UTF-16, then a detected encoding; refuse binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source}: invalid UTF-16 text") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise InputError(f"{source}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes as detect

    results = detect(data)
    best = results.best()
    if best is None:
        raise InputError(f"{source}: cannot determine the text encoding")
    # Short Western text is often ambiguous between cp1252 and Central European
    # code pages; briefgen reads mostly Western news, so a Western candidate that
    # is nearly as coherent wins (seen on French/Spanish Latin-1 samples).
    for candidate in results:
        if candidate.encoding in _WESTERN and candidate.chaos <= best.chaos + _CHAOS_MARGIN:
            return str(candidate)
    picked = str(best)
    if all(_latin_or_mark(ch) for ch in picked if ord(ch) > 127):
        return _as_western(data) or picked  # another Latin-script code page: see _WESTERN_CHARS
    return picked


_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_CHAOS_MARGIN = 0.05
# charset_normalizer may offer no Western code page at all for English with a few accented
# names: a Latin-1 "Montréal" and "Valérie Plante" came back as cp775's "Montrķal", "Zoë" as
# cp1257's "Zoė". English written in a legacy code page is written in cp1252 or Latin-1 (they
# cannot even spell "ř"), so cp1252 is taken whenever every character it gives beyond ASCII is a
# Western European letter or a typographic mark, and the code page picked reads Latin script
# too (a Greek or Cyrillic one is left alone). 284 short dev extracts (30-80 words) with 1-3
# accented names, encoded in Latin-1 or cp1252: 38 read wrongly before, 9 with this only for
# DOS code pages, 0 now.
_WESTERN_CHARS = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
    "’‘“”„–—…«»‹›€£¥¢©®™°±•·§¶¡¿\xa0"
)


def _latin_or_mark(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "") or unicodedata.category(ch)[0] in "PSZN"


def _as_western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(ch in _WESTERN_CHARS for ch in text if ord(ch) > 127) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in nearly every other byte (for Latin script)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch.isspace() for ch in text[:2000])
            return text if printable > 0.95 * min(len(text), 2000) else None
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean a binary file (PNG, PDF, zip, ...)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def looks_like_feed(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return bool(re.match(r"^(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]", head, re.S))


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", head))


def from_text(text: str, source: str, url: Optional[str] = None) -> Article:
    """Plain text: headline from the first line when it looks like one; furniture cut."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    lines = text.strip().split("\n")
    title = ""
    first = lines[0].strip()
    rest_starts_paragraph = len(lines) > 1 and (not lines[1].strip() or len(lines[1]) > len(first))
    if (
        first
        and len(first) <= MAX_HEADLINE_CHARS
        and not ends_sentence(first)
        and rest_starts_paragraph
    ):
        title = first
        lines = lines[1:]
    body, furniture = strip_furniture("\n".join(lines))
    if not title:
        title = _title_from_body(body)
    return Article(title=title, body=body, input=source, url=url, furniture=furniture)


# trafilatura's precision mode keeps sidebars and teasers out of briefs: on the
# article-extraction-benchmark's 181 pages (github.com/scrapinghub/article-extraction-benchmark,
# its shingle scorer) briefgen's bodies score P 0.965 / R 0.908 with it, 0.957 / 0.922 in the
# balanced mode. On a few pages, though, it keeps almost nothing: a page laid out in tables
# (0 words of 2,137), a paywalled page (only its 23-word reprint notice), a listicle (its 91-word
# intro of 2,272), a dictionary entry. When it finds fewer words than this and the balanced mode
# finds at least twice as many, the balanced text is used. On the benchmark and on trafilatura's
# 132 English test pages that changes those pages and no other; the benchmark's F1 moves from
# 0.938 to 0.944 (R 0.908 -> 0.919).
SHORT_EXTRACTION_WORDS = 150


# ...and only when that text comes in paragraphs: on a dictionary page the balanced mode
# returned one 217-word block of navigation and table cells ("|  | Home  Today's Word …")
MIN_FALLBACK_PARAGRAPHS = 3


def _field(doc: Any, name: str) -> Any:
    """A field of trafilatura's result: a dict in 1.x, a Document in 2.x (None when absent)."""
    if doc is None:
        return None
    return doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)


def _text(doc: Any) -> str:
    return _field(doc, "text") or ""


def _words(doc: Any) -> int:
    return len(_text(doc).split())


def _paragraphs(doc: Any) -> int:
    return sum(1 for line in _text(doc).split("\n") if line.strip())


# Three kinds of markup around a paragraph that trafilatura reads wrongly, repaired before it runs:
# - Its precision mode drops every element whose class is the token "link" (its
#   PRECISION_DISCARD_XPATH: link lists), and CBS's sites wrap links inside a sentence in
#   <span class="link">, so the linked words vanished from the middle of sentences: "But they're
#   especially high for ." (for "Joe Biden"), "but , notably among …". Such spans are unclassed.
# - The Hill puts a hover card (photo, full name, headlines, "MORE") inside the sentence after a
#   name, and it was read as part of it: "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor
#   doubles down on … MORE (R) is defending …". An inline element holding an image and three or
#   more links (the innermost such) is dropped.
# - The Evening Standard sets a drop cap in its own element before the first paragraph
#   (<span>T</span><p>urkey, Poland and …), which trafilatura left out: the lede began "urkey,".
#   A lone capital letter right before a paragraph that starts mid-word is moved into it.
# Comparing each page's precision paragraphs with its balanced ones, and looking for paragraph
# spans with images and links and for lone letters before paragraphs, over 313 pages (the
# extraction benchmark's 181 and 132 English pages of trafilatura's tests and unseen pages) found
# these patterns only: 2 CBS pages, 2 of The Hill's, 1 of the Standard's. Every other page's
# extraction is unchanged.
_INLINE_LINK_XPATH = r"//p//span[re:test(@class, '(^|\s)link(\s|$)')]"
_HOVER_CARD = "span[.//img and count(.//a) >= 3]"
_HOVER_CARD_XPATH = f"//p//{_HOVER_CARD}[not(.//{_HOVER_CARD})]"
_DROP_CAP_XPATH = "//*[not(*) and string-length(normalize-space(.)) = 1][following-sibling::*[1][self::p]]"


def _drop_caps(tree: Any) -> list[tuple[Any, Any]]:
    """(letter element, paragraph) pairs: a lone capital right before a paragraph whose text
    starts with a lower-case letter ("T" + "urkey, Poland and …")."""
    pairs = []
    for element in tree.xpath(_DROP_CAP_XPATH):
        paragraph = element.getnext()
        letter = (element.text or "").strip()
        if re.fullmatch(r"[A-Z]", letter) and not (element.tail or "").strip() and re.match(r"[a-z]", paragraph.text_content()):
            pairs.append((element, paragraph))
    return pairs


def _repair_inline_markup(html: str) -> str:
    """The page with in-sentence ``<span class="link">`` unclassed, hover cards dropped and drop
    caps put back; the string itself when it has none (almost every page: checking costs ~4 ms)."""
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    links = tree.xpath(_INLINE_LINK_XPATH, namespaces={"re": "http://exslt.org/regular-expressions"})
    cards = tree.xpath(_HOVER_CARD_XPATH)
    drop_caps = _drop_caps(tree)
    if not links and not cards and not drop_caps:
        return html
    for span in links:
        del span.attrib["class"]
    for card in cards:
        card.drop_tree()  # keeps the text after it
    for letter, paragraph in drop_caps:
        paragraph.text = letter.text.strip() + (paragraph.text or "")
        letter.drop_tree()
    return etree.tostring(tree, encoding="unicode")


# A page that breaks its lines with <br> inside sentences ("which were released online and are
# making the rounds on social media,<br>show Nigerian actress, Kate Henshaw, looking …") comes out
# of trafilatura one line per paragraph, and each piece became a "sentence" and a key point. A
# line is joined to the one before when that one has four words or more and ends in a letter or a
# comma, and it starts with a lower-case word (even indented, or ending a sentence: " to her
# Instagram page", "flag. The 47 year old", "advice.el shipped", "accordingly."); lines that look
# like code stay apart, and so do a lone word and a link ("requests", "https://…"). On 313 pages
# this joins 53 lines on 11 pages (45 on 10 before the indented and full-stop lines), all of
# them pieces of one sentence (hard-wrapped blog posts, documentation, a Nigerian news page, a
# letters page whose headline had been cut in two).
_CODE_LIKE = re.compile(r"[=;{}<>]|\(\)|^\s*(?:def|import|return|print|from|class|self)\b|\w\.\w+\(")


def join_wrapped_lines(text: str) -> str:
    """Lines of one sentence that the page broke with ``<br>``, joined back."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if (
            len(prev.split()) >= 4
            and re.search(r"[^\W\d_],?$", prev.rstrip())
            and re.match(r"[a-z][a-z'’.-]*[\s,.;]", line.lstrip())
            and not _CODE_LIKE.search(line)
            and not _CODE_LIKE.search(prev)
        ):
            out[-1] = prev.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def from_html(html: str, source: str, url: Optional[str] = None) -> Article:
    """HTML: trafilatura finds the main text and metadata; nothing is fetched."""
    import trafilatura

    def extract(precise: bool) -> Any:
        return trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=precise,
        )

    try:
        page = _repair_inline_markup(html)
        doc = extract(precise=True)
        if _words(doc) < SHORT_EXTRACTION_WORDS:
            balanced = extract(precise=False)
            if _words(balanced) >= 2 * max(_words(doc), 1) and _paragraphs(balanced) >= MIN_FALLBACK_PARAGRAPHS:
                doc = balanced
    except Exception as exc:  # trafilatura raises many parser errors on junk
        raise InputError(f"{source}: cannot parse HTML ({type(exc).__name__})") from None
    if doc is None:
        raise InputError(f"{source}: no article text found in the HTML")
    raw_text = join_wrapped_lines(_text(doc).replace("\u00a0", " "))
    # trafilatura separates paragraphs with single newlines; the pipeline uses blank lines
    body_text = re.sub(r"\n+", "\n\n", raw_text)
    body, furniture = strip_furniture(body_text)
    site = (_field(doc, "sitename") or "").strip()
    title = _strip_site_name((_field(doc, "title") or "").strip(), site or _field(doc, "hostname") or "") or _title_from_body(body)
    for _ in range(2):  # the page's <h1> and a kicker-prefixed copy can both precede the text
        body, headline = _drop_repeated_headline(body, title)
        furniture += headline
    published = _field(doc, "date")
    if published and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(published)):
        published = None
    return Article(
        title=re.sub(r"\s+", " ", title),
        body=body,
        input=source,
        url=url or _field(doc, "url"),
        published=published,
        # "WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale" is "WSVN 7News"
        publisher=site.split(" | ")[0].strip() or _field(doc, "hostname"),
        author=_field(doc, "author"),
        furniture=furniture,
    )


# A paragraph that is only when the page was published, perhaps with its byline: "November 20,
# 2019 - 11:28 AMT", "5:45 AM PST 11/19/2019 by Patrick Shanley". It had been a brief's bottom
# line ("November 20, 2019 - 11:28 AMT") and a timeline event. A calendar date is required, so
# lone numbers (recipe steps, slide counters "2/5", code output) and times ("10 p.m." heading
# an update) stay. On 313 pages 7 paragraphs match, all such lines; none in the dev articles.
_MONTH_WORD = rf"(?:{MONTHS_OR_ABBREVIATIONS})\.?"
_CALENDAR_DATE = re.compile(
    rf"\b{_MONTH_WORD}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_WORD}\s+(?:19|20)\d\d\b|"
    r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)
_STAMP_PIECE = re.compile(
    rf"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|\b{_MONTH_WORD}(?=[\s,\d])|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
    r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b|\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)|"
    r"\b[ap]\.?m\.?(?=\W|$)|(?-i:\b(?:[A-Z]{1,4}T|UTC|GMT)\b)|\b(?:last updated|first published|updated|published|posted|on|at)\b:?",
    re.I,
)
_TRAILING_BYLINE = re.compile(r"(?:^|\s)(?:by|By|BY)\s*:?\s+(?:[A-Z][\w.'’-]*\s*){1,4}$")


def is_timestamp(paragraph: str) -> bool:
    """Only a publication date and time, perhaps with a byline: nothing a brief could cite."""
    if len(paragraph.split()) > 16:
        return False
    rest = _TRAILING_BYLINE.sub(" ", paragraph)
    if not _CALENDAR_DATE.search(rest):
        return False
    return not re.search(r"[^\W\d_]", _STAMP_PIECE.sub(" ", rest))


# A paywall's notice ends what the page shows of the story; what follows sells the subscription
# ("To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual
# Subscription or a $5 Weekly Pass.", whose prices had been the brief's key figures). One page of
# the 390 dev and unseen texts has one.
_PAYWALL = re.compile(
    r"^\s*(?:to (?:view|read|continue reading|keep reading) (?:the|this) (?:full |whole |rest of the )?(?:story|article)\b"
    r"[^.]*\b(?:subscri\w*|log in|sign in|members?|register)\b|"
    r"subscribe (?:now )?to (?:continue|read|keep reading)\b|"
    r"this (?:article|story|content) is (?:only )?(?:available )?(?:to|for) (?:paid )?subscribers\b)",
    re.I,
)


# A reference list is no part of the story: its dates filled a Wikipedia page's timeline (142 of
# the events of 4 pages of mozilla/readability's tests: "^ Wilson, John (March 2009).", "Archived
# from the original on 7 June 2011.") and its volume numbers the figures table. Its heading ends
# the text ("References[edit]", "See also"); an entry with Wikipedia's backlink caret ("- ^ …")
# goes wherever it stands.
_END_MATTER = re.compile(
    r"^\s*(?:references|citations|notes and references|bibliography|works cited|further reading|external links|"
    r"see also)\s*(?:\[edit\])?\s*$",
    re.I,
)
_REFERENCE_ENTRY = re.compile(r"^\s*(?:[-•*]\s+)?\^\s")
# A reference's mark in the text points into that list: "signed … on 6 February 1840.[41]" hid
# the year from spaCy, whose "February" alone was then dated by the page's creation in 2001 (5
# events on a Wikipedia page). Only a number set right after a word or a stop (with the page it
# cites: "[3]:p. 234"), and Wikipedia's "[citation needed]"; "which is [a] big one", "give[s] us
# hope" are an editor's words in a quote.
_REFERENCE_MARK = re.compile(r"(?<=[\w.,;:!?”\"’)\]])\[(?:\d{1,3}|citation needed)\](?::\s?(?:pp?\.\s?)?\d+(?:[–-]\d+)?)?")


def strip_furniture(body: str) -> tuple[str, list[str]]:
    """Cut share prompts, reference lists and marks, and headline-like lines trailing the last paragraph.

    A trailing paragraph with no sentence-ending punctuation is a related-article
    headline or a label, not article text; once a furniture marker ("You might also
    like") is seen, everything after it goes too.
    """
    paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    kept: list[str] = []
    removed: list[str] = []
    for i, para in enumerate(paras):
        if _PAYWALL.match(para) or _END_MATTER.match(para):
            removed.extend(paras[i:])
            break
        if _REFERENCE_ENTRY.match(para):
            removed.append(para)
            continue
        if _FURNITURE_LINE.match(para) or is_timestamp(para):
            if re.match(r"^\s*(you (might|may) also like|related|more from|recommended|most (read|popular))", para, re.I):
                removed.extend(paras[i:])
                break
            removed.append(para)
            continue
        kept.append(_REFERENCE_MARK.sub("", para))
    while kept and not ends_sentence(kept[-1]) and len(kept[-1].split()) < 30:
        removed.insert(0, kept.pop())
    return "\n\n".join(kept), removed


_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")


def _site_key(text: str) -> str:
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.strip().lower())
    text = re.sub(r"\.(?:com|org|net|co\.uk|co|uk|de|fr|info|news)\b.*$", "", text)
    return re.sub(r"^the\s+|[^a-z0-9]", "", text)


def _strip_site_name(title: str, site: str) -> str:
    """The headline without the site's name that pages append to it ("… crash - WSVN 7News |
    Miami News, Weather, Sports", "… | DW | 19.01.2020"): cut at the first separator whose
    whole tail, dates aside, is the site's name or begins it. On 130 unseen pages this cut
    22 titles and kept those whose tail is part of the headline ("… - Not a flagship")."""
    title = re.sub(r"\s+[|\-–—]\s*$", "", title)  # "National Rail Enquiries -"
    site_key = _site_key(site)
    if len(site_key) < 2:
        return title
    for sep in _TITLE_SEPARATOR.finditer(title):
        tail = re.sub(r"(?:\s*[|\-–—]\s*)?\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", "", title[sep.end() :])
        tail_key = _site_key(tail)
        first_key = _site_key(_TITLE_SEPARATOR.split(tail)[0])
        if tail_key and (tail_key.startswith(site_key) or site_key.startswith(tail_key) or site_key.startswith(first_key) and len(first_key) >= 2):
            return title[: sep.start()].strip()
    return title


# A first body line with no sentence ending that shares this share of the words of the
# longer of it and the title is the headline printed again (BBC: "Coronavirus: New York
# ramps up mass burials amid outbreak" under "New York ramps up mass burials amid virus
# outbreak": 8 of 9), not news. On 130 unseen pages 16 lines went, all headlines; sharing
# with the shorter one also took an intro line ("TAYLORVILLE — The following are …").
HEADLINE_OVERLAP = 0.6
# An exact copy of the headline is looked for this far into the body: pages put a standfirst
# or a kicker above it (Barbados Today: standfirst, headline, "Published on", date).
HEADLINE_PARAGRAPHS = 3
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _drop_repeated_headline(body: str, title: str) -> tuple[str, list[str]]:
    """(body without a repeated headline as its first paragraph, [the headline] or [])."""
    paragraphs = body.split("\n\n")
    for i, paragraph in enumerate(paragraphs[:HEADLINE_PARAGRAPHS]):
        if i + 1 < len(paragraphs) and _same_line(paragraph, title):
            # the headline word for word, even one that ends in a full stop ("… Release. Why You
            # Shouldn't Worry."), or printed under a standfirst (Barbados Today): a copy of the
            # headline is never a sentence of the story
            return "\n\n".join(paragraphs[:i] + paragraphs[i + 1 :]).lstrip("\n"), [paragraph.strip()]
    first, _, rest = body.partition("\n\n")
    if not rest.strip() or ends_sentence(first) or len(first) > MAX_HEADLINE_CHARS:
        return body, []
    words, title_words = set(re.findall(r"\w+", first.lower())), set(re.findall(r"\w+", title.lower()))
    if not words or not title_words:
        return body, []
    if len(words & title_words) / max(len(words), len(title_words)) < HEADLINE_OVERLAP:
        return body, []
    return rest.lstrip("\n"), [first.strip()]


def _same_line(one: str, other: str) -> bool:
    """The same words, whatever the spacing, case and quote marks ("DLP's" and "DLP’s")."""
    def norm(text: str) -> str:
        return " ".join(text.translate(_PLAIN_QUOTES).split()).casefold()

    return norm(one) == norm(other)


def _title_from_body(body: str) -> str:
    """The body's first sentence, as a title for text that has none; not cut at the full stop
    of a title or an initialism ("… intercepted a U.S. reconnaissance plane")."""
    text = body.strip()
    first = text
    for end in re.finditer(r"(?<=[.!?])\s", text):
        tail = text[max(0, end.start() - 24) : end.start()]
        if not (HONORIFIC_END.search(tail) or INITIALISM_END.search(tail)):
            first = text[: end.start()]
            break
    first = re.sub(r"\s+", " ", first)  # a title is one line, whatever the input's line breaks
    dateline = DATELINE.match(first)
    if dateline and first[dateline.end() :].strip():
        # the dateline or the outlet's credit opening a wire story is no part of its headline: 12
        # of the 100 dev articles' titles had begun "(CNN) "
        first = first[dateline.end() :].lstrip()
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def fetch(url: str, policy: FetchPolicy) -> tuple[bytes, Optional[str], str]:
    """GET a URL with a timeout, a size cap, a redirect limit and no private addresses."""
    current = url
    opener = urllib.request.build_opener(_NoRedirect)
    for _ in range(policy.max_redirects + 1):
        _check_url(current, policy)
        request = urllib.request.Request(current, headers={"User-Agent": policy.user_agent})
        try:
            response = opener.open(request, timeout=policy.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                current = urllib.parse.urljoin(current, exc.headers["Location"])
                continue
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, socket.timeout) or "timed out" in str(reason):
                raise FetchError(f"{url}: timed out after {policy.timeout:g}s") from None
            raise FetchError(f"{url}: cannot connect ({reason})") from None
        except (socket.timeout, TimeoutError):
            raise FetchError(f"{url}: timed out after {policy.timeout:g}s") from None
        except (OSError, ValueError) as exc:
            raise FetchError(f"{url}: cannot fetch ({exc})") from None
        with response:
            ctype = response.headers.get_content_type()
            if not (ctype.startswith("text/") or ctype in {"application/xhtml+xml"}):
                raise FetchError(f"{url}: not an article (content type {ctype})")
            try:
                data = response.read(policy.max_bytes + 1)
            except (socket.timeout, TimeoutError):
                raise FetchError(f"{url}: timed out after {policy.timeout:g}s") from None
            except OSError as exc:
                raise FetchError(f"{url}: connection failed while reading ({exc})") from None
            if len(data) > policy.max_bytes:
                raise FetchError(f"{url}: response larger than {policy.max_bytes:,} bytes")
            charset = response.headers.get_content_charset()
            if charset and ctype.startswith("text/"):
                try:
                    data = data.decode(charset).encode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    pass
            return data, ctype, current
    raise FetchError(f"{url}: too many redirects (more than {policy.max_redirects})")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by :func:`fetch` itself so each hop is checked."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401
        return None


def _check_url(url: str, policy: FetchPolicy) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"}:
        raise FetchError(f"{url}: only http and https URLs are supported")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: no host in URL")
    if policy.allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"{url}: cannot resolve host {host} ({exc.strerror})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(
                f"{url}: refusing private or loopback address {address} (use --allow-private)"
            )
