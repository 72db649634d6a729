"""Render a :class:`~briefgen.models.Brief` to Markdown, HTML, PDF or JSON.

Templates are Jinja2 files looked up first in the user's ``--template-dir`` and
then in the project's ``templates/`` (pelican-style overriding: drop a file with
the same name to restyle). Article text is only ever template *data*: HTML is
autoescaped, Markdown gets its own escaping, and the PDF renderer fetches nothing
but the project's own template assets.
"""

from __future__ import annotations

import hashlib
import json
import os
import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from . import __version__
from .errors import ConfigError, RenderError
from .models import Brief

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "pdf", "json")
PROJECT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_NAMES = {"md": "brief.md.j2", "html": "brief.html.j2"}


def template_dirs(template_dir: Optional[str | Path] = None) -> list[Path]:
    """Search path: the user's folder first, then the project's own templates."""
    dirs: list[Path] = []
    if template_dir:
        user = Path(template_dir)
        if not user.is_dir():
            raise ConfigError(f"template directory not found: {user}")
        dirs.append(user.resolve())
    if PROJECT_TEMPLATES.is_dir():
        dirs.append(PROJECT_TEMPLATES)
    else:  # installed as a wheel: templates are packaged data
        from importlib.resources import files

        dirs.append(Path(str(files("briefgen") / "templates")))
    return dirs


@lru_cache(maxsize=8)
def _environment(dirs: tuple[Path, ...], markdown: bool) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        # HTML output: every value is escaped unless a template marks it safe.
        autoescape=not markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["refs"] = sentence_refs
    env.filters["figure_value"] = figure_value
    env.filters["figure_note"] = figure_note
    env.filters["figure_text"] = figure_text
    env.filters["figure_change"] = figure_change
    env.filters["caveat_note"] = caveat_note
    env.filters["figure_when"] = figure_when
    env.filters["category_note"] = category_note
    env.filters["counted"] = counted
    env.globals["version"] = __version__
    return env


def counted(number: int, singular: str, plural: str = "") -> str:
    """"1 duplicate", "2 duplicates": a count with its noun (``plural`` when not singular + s)."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def markdown_escape(text: Any) -> str:
    """Escape characters Markdown would interpret, so article text stays plain text.

    Raw HTML (``<script>``) is neutralised by escaping ``<``; emphasis, links,
    tables and headings by backslash-escaping their markers.
    """
    text = "" if text is None else str(text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([\\`*_\[\]{}<>|#])", r"\\\1", text)
    return re.sub(r"^(\d+)\. ", r"\1\\. ", text)


def sentence_refs(ids: Iterable[int]) -> str:
    """Human sentence references are 1-based: sentence id 0 is shown as S1."""
    return ", ".join(f"S{i + 1}" for i in sorted(set(ids)))


def figure_value(value: float) -> str:
    """The value as a row's note writes it: to the last digit the text gives ("$1.2985" had been
    noted "(1.3)", a rounding the article never wrote), float noise aside ("$16.4 billion" is
    16,399,999,999.999998 as a float: 12 significant digits make it 16,400,000,000 again)."""
    value = float(f"{float(value):.12g}")
    return f"{int(value):,}" if value.is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")


def category_note(figure: Any) -> str:
    """A figure's category, for the What column, when its subject does not already say it:
    "6 | people (detained)", but "people arrested", "premature deaths" and "US troops" alone
    (on the 391 dev and unseen texts and mozilla/readability's pages, 48 of 53 categories shown
    had repeated what the row said)."""
    from .extract.figures import says_category

    get = figure.get if isinstance(figure, dict) else lambda key: getattr(figure, key, None)
    category, subject = get("category") or "", get("subject") or ""
    if not subject or category in ("other", get("unit") or "") or says_category(subject, category):
        return ""
    return category




def figure_change(figure: Any) -> str:
    """The word saying how a figure changed, shown before it: "down 23.5% | Imports", "to 25% |
    tariffs", "from 10% | tariffs" ("25% | tariffs" and "10% | tariffs" had not said which rate is
    the new one); "" when the article says no change (extract.change)."""
    from .extract.change import CHANGES

    change = _field(figure, "change")
    return change if change in CHANGES else ""


# what the article says of a claim, for the "According to" column: "militants (not verified)"
CAVEAT_WORDS = {"unverified": "not verified", "disputed": "disputed", "expected": "expected"}


def caveat_note(figure: Any) -> str:
    """"not verified" or "disputed" when the article says so of the figure (extract.claims), or ""."""
    return CAVEAT_WORDS.get(_field(figure, "caveat") or "", "")


def figure_when(figure: Any) -> str:
    """The date a figure is of, when another time than the news ("in March 2011"), or "" (extract.when)."""
    return str(_field(figure, "when") or "")


def figure_text(figure: Any) -> str:
    """A figure's words as its row shows them: the article's span, after the word saying how it
    changed when the text says so."""
    word, text = figure_change(figure), str(_field(figure, "text"))
    return f"{word} {text}" if word else text


def figure_note(figure: Any) -> str:
    """What the quoted words do not already show: the qualifier when it comes from
    elsewhere in the sentence ("more than 2100 vehicles and 7000 troops" → 7000 is
    "at least") and the normalised value of number words ("one million" → 1,000,000)."""
    if isinstance(figure, dict):  # a figure read back from brief JSON (email reports)
        from types import SimpleNamespace

        figure = SimpleNamespace(text=str(figure.get("text", "")), qualifier=figure.get("qualifier", "exact"), value=figure.get("value", 0))
    if isinstance(figure, RangeRow):  # the ends' values, when the words do not show them
        digits = re.sub(r"[,\s]", "", figure.text)
        ends = (figure_value(figure.value), figure_value(figure.upper))
        return "" if all(end.replace(",", "") in digits for end in ends) else "–".join(ends)
    notes = []
    starts_with_number = re.match(r"^[\d$£€¥₹]|^Rs\.?\s|^(?:INR|CHF|USD|EUR|GBP)\s|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                  r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                                  r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|"
                                  r"hundred|thousand|million|billion)\b", figure.text, re.I)
    if figure.qualifier != "exact" and starts_with_number:
        notes.append(figure.qualifier)
    value = figure_value(figure.value)
    if value.replace(",", "") not in re.sub(r"[,\s]", "", figure.text):
        notes.append(value)
    return " ".join(notes)


# How many figures, quotes and dated events a brief's page shows; the JSON output keeps them
# all. A situation brief is read at a glance: on the 271 unseen pages the median brief holds 9
# of these items, but the longest ran to 207 figures, 38 quotes or 33 events, and 7 PDF pages.
# The 25 longest briefs took 91 pages; with these limits (and MAX_NAMES_SHOWN) they take 63,
# and 37 randomly chosen ones 67 instead of 76 (the seed's 2 pages are unchanged).
MAX_FIGURES_SHOWN = 12
MAX_QUOTES_SHOWN = 6
MAX_EVENTS_SHOWN = 12
# People, organisations and places each: the most mentioned, in the article's order. 29 of the
# 271 unseen briefs named more than 12 people (up to 39), 47 more than 12 organisations (up to 36).
MAX_NAMES_SHOWN = 12
# Sentences a figures row cites when the article states its figure again and again: of the 80
# rows stated more than once on 37 of the 390 texts, 57 stand twice and 7 three times; a
# laptop review's "16-inch" stood 27 times, which would have filled the sources section
MAX_ROW_REFS = 3


def _field(item: Any, name: str) -> Any:
    """An attribute of a model object, or a key of the same object read back from JSON."""
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def most_telling(items: list, limit: int, ranks: list) -> tuple[list, int]:
    """The ``limit`` items with the lowest ``ranks`` (ties by position), kept in their own
    order; and how many are left out. A list at most a quarter over the limit is kept whole:
    leaving out one or two rows saves no page and hides them."""
    if limit <= 0 or len(items) <= limit + limit // 4:
        return list(items), 0
    chosen = sorted(sorted(range(len(items)), key=lambda i: (ranks[i], i))[:limit])
    return [items[i] for i in chosen], len(items) - limit


def _row_key(figure: Any) -> tuple:
    """What makes two figures one row: the same words, of the same thing at the same time, from
    the same source, changed the same way ("25%" a level and "to 25%" are two rows)."""
    return tuple([str(_field(figure, "text")).lower()] + [_field(figure, key) for key in ("subject", "attribution", "change", "when")])


def _merge_key(figure: Any) -> tuple:
    """``_row_key``, and for a figure whose row does not say what it counts its sentence too: a
    trial's "8%" of patients with a cardiac event and "8%" who stopped taking the placebo had been
    one row "8% | | S4, S6". On the 521 audit texts 51 rows had joined such figures of different
    sentences; many were different facts (a team's "five" wins and another's "five" losses,
    "2.2%" of exports and of speakers, two cars' "60 mph" times), the rest a price or a measure
    said again, which now has a row per sentence, behind every other row (see figures_shown)."""
    key = _row_key(figure)
    return key if _field(figure, "subject") else key + ((_field(figure, "article"), _field(figure, "sentence")),)


def figures_shown(
    figures: list, key_sentences: Iterable[Any], limit: int = MAX_FIGURES_SHOWN, cites: Any = lambda f: _field(f, "sentence")
) -> tuple[list, int]:
    """Figures sources disagree on, then those in the bottom line and key points (``cites(f)``
    in ``key_sentences``: a digest's figures cite an article's sentence), then those that say
    what they count, then those with a source. A row the table already has (the same figure of
    the same thing from the same source) waits behind all others: a meal plan's "8 oz | water"
    had filled half a brief's table."""
    key = set(key_sentences)
    seen: set[tuple] = set()
    ranks = []
    for f in figures:
        row = _row_key(f)
        ranks.append((not _field(f, "conflict"), row in seen, cites(f) not in key, not _field(f, "subject"), not _field(f, "attribution")))
        seen.add(row)
    return most_telling(figures, limit, ranks)


def merge_repeated_rows(figures: list) -> tuple[list, dict[int, list[int]]]:
    """Each row of the figures table once: a figure stated again (the same words, of the same
    thing, from the same source) adds its sentence to the first row's references instead of
    a row of its own ("800 | students | S12, S24"). Returns the rows and, by ``id`` of each
    row's figure, the sentences that state it."""
    rows: list = []
    refs: dict[int, list[int]] = {}
    first: dict[tuple, Any] = {}
    for f in figures:
        row = _merge_key(f)
        if row in first:
            refs[id(first[row])].append(_field(f, "sentence"))
            continue
        first[row] = f
        rows.append(f)
        refs[id(f)] = [_field(f, "sentence")]
    return rows, refs


@dataclass
class RangeRow:
    """One row of the figures table for a range the article writes as one phrase: "3-4 percent",
    "approximately 10-11%", "between $5 million and $7 million". The extractor gives its two ends
    as two figures (at least and at most), and the JSON output keeps them so. As two rows, the
    first end had read "3 (at least)", its unit written only on the second, and "approximately
    10 | of worldwide usage share" as if the share were ten. Fields as a figure's, with ``upper``
    the top end's value and ``text`` the whole phrase."""

    value: float
    upper: float
    text: str
    unit: str
    currency: Optional[str]
    category: str
    subject: str
    attribution: Optional[str]
    sentence: int
    qualifier: str = "range"
    kind: str = "figure"
    article: Optional[int] = None  # a digest's rows: which article, and whether sources disagree
    conflict: bool = False
    # as both ends have them: "between 20 and 30 soldiers …, a claim that could not be verified"
    # had lost its "(not verified)" in the one row, and "expects growth of 15% to 17%" its "(expected)"
    change: Optional[str] = None
    caveat: Optional[str] = None
    when: Optional[str] = None


# the words between a range's two ends; "between" before the first is part of the phrase
_RANGE_ENDS = {("at least", "at most"), ("approximately", "approximately"), ("at least", "approximately")}
_RANGE_GAP = r"\s*(?:-|–|—|to|or|and)\s*"


def merge_range_rows(figures: list, sentences: list[str]) -> list:
    """Each range the article writes as one phrase as one row (``RangeRow``); other figures as
    they are. Two figures make a range when they are next to each other in one sentence, bound
    it (at least, at most), count the same thing for the same source, and the sentence has
    their words joined by a dash, "to", "or" or "and"."""
    return merge_ranges(figures, lambda low, high: range_phrase(low, high, sentences))


def merge_ranges(figures: list, phrase_of: Callable[[Any, Any], Optional[str]]) -> list:
    """Figures in order, each neighbouring pair that ``phrase_of`` gives a phrase for as one row."""
    rows: list = []
    i = 0
    while i < len(figures):
        phrase = phrase_of(figures[i], figures[i + 1]) if i + 1 < len(figures) else None
        rows.append(range_row(figures[i], figures[i + 1], phrase) if phrase else figures[i])
        i += 2 if phrase else 1
    return rows


def range_phrase(low: Any, high: Any, sentences: list[str]) -> Optional[str]:
    """The words of the sentence that state ``low`` and ``high`` as one range ("3-4 percent"),
    or None when the two figures are no range's ends (see ``merge_range_rows``)."""
    sid = _field(low, "sentence")
    if (
        sid != _field(high, "sentence")
        or not isinstance(sid, int)
        or not 0 <= sid < len(sentences)
        or (_field(low, "qualifier"), _field(high, "qualifier")) not in _RANGE_ENDS
        or any(_field(low, key) != _field(high, key) for key in ("subject", "attribution", "currency", "change", "caveat", "when"))
    ):
        return None
    phrase = re.search(
        rf"(?:\b[Bb]etween\s+)?{re.escape(str(_field(low, 'text')))}{_RANGE_GAP}{re.escape(str(_field(high, 'text')))}",
        sentences[sid],
    )
    return phrase.group(0) if phrase else None


def range_row(low: Any, high: Any, phrase: str) -> RangeRow:
    """The one row of a range whose ends are ``low`` and ``high`` (figures, JSON dicts or a
    digest's rows)."""
    return RangeRow(
        value=_field(low, "value"),
        upper=_field(high, "value"),
        text=phrase,
        unit=_field(high, "unit"),
        currency=_field(high, "currency"),
        category=_field(high, "category") or _field(low, "category"),
        subject=_field(low, "subject"),
        attribution=_field(low, "attribution"),
        sentence=_field(low, "sentence"),
        article=_field(low, "article"),
        conflict=bool(_field(low, "conflict") or _field(high, "conflict")),
        change=_field(low, "change"),
        caveat=_field(low, "caveat"),
        when=_field(low, "when"),
    )



def quotes_shown(quotes: list, limit: int = MAX_QUOTES_SHOWN) -> tuple[list, int]:
    """One quote per named speaker first, in the article's order, then their further quotes."""
    said: dict[Any, int] = {}
    ranks = []
    for quote in quotes:
        speaker = _field(quote, "speaker")
        ranks.append((speaker is None, said.get(speaker, 0)))
        said[speaker] = said.get(speaker, 0) + 1
    return most_telling(quotes, limit, ranks)


def events_shown(events: list, limit: int = MAX_EVENTS_SHOWN) -> tuple[list, int]:
    """Events with a full date first, then a month, a year, then dates left as written."""
    ranks = [(not _field(t, "resolved"), -len(str(_field(t, "date") or ""))) for t in events]
    return most_telling(events, limit, ranks)


def quoted_in_full(brief: Brief) -> list[int]:
    """Sentences the brief already shows verbatim (bottom line, extractive key points)."""
    shown = set(brief.bluf_sentences) if brief.bluf else set()
    for point in brief.key_points:
        if len(point.sentences) == 1 and brief.sentences[point.sentences[0]] == point.text:
            shown.add(point.sentences[0])
    return sorted(shown)


def _key_sentences(brief: Brief) -> set[int]:
    return set(brief.bluf_sentences).union(*(point.sentences for point in brief.key_points))


def cited_sentences(
    brief: Brief, figure_refs: Optional[list[list[int]]] = None, quotes: Optional[list] = None, events: Optional[list] = None
) -> list[tuple[int, str]]:
    """Sentences the page cites and does not already show in full, in article order (the
    sources section); ``figure_refs`` (the sentences of each figures row), ``quotes`` and
    ``events`` are what the page shows (all of them when not given)."""
    ids = _key_sentences(brief)
    if figure_refs is None:
        ids.update(f.sentence for f in brief.table_figures)
    else:
        ids.update(i for row in figure_refs for i in row)
    ids.update(q.sentence for q in (brief.quotes if quotes is None else quotes))
    ids.update(t.sentence for t in (brief.timeline if events is None else events))
    ids -= set(quoted_in_full(brief))
    return [(i, brief.sentences[i]) for i in sorted(ids) if 0 <= i < len(brief.sentences)]


def context(brief: Brief) -> dict[str, Any]:
    key = _key_sentences(brief)
    rows, refs = merge_repeated_rows(merge_range_rows(brief.table_figures, brief.sentences))
    figures, figures_left_out = figures_shown(
        rows, key, cites=lambda f: next((i for i in refs[id(f)] if i in key), refs[id(f)][0])
    )
    # a row cites at most MAX_ROW_REFS sentences; the JSON output lists every figure
    figure_refs = [refs[id(f)][:MAX_ROW_REFS] for f in figures]
    figure_more = [len(refs[id(f)]) - len(shown) for f, shown in zip(figures, figure_refs)]
    quotes, quotes_left_out = quotes_shown(brief.quotes)
    events, events_left_out = events_shown(brief.timeline)
    names = {
        kind: most_telling(items, MAX_NAMES_SHOWN, [-item.mentions for item in items])
        for kind, items in (
            ("people", brief.entities.people),
            ("organisations", brief.entities.organisations),
            ("places", brief.entities.places),
        )
    }
    return {
        "brief": brief,
        "figures": figures,
        "figure_refs": figure_refs,  # the sentences stating each row's figure
        "figure_more": figure_more,  # and how many more state it
        "quotes": quotes,
        "events": events,
        **{kind: shown for kind, (shown, _) in names.items()},
        # what the page leaves out (the JSON output keeps it): the templates say how much
        "left_out": {
            "figures": figures_left_out,
            "quotes": quotes_left_out,
            "events": events_left_out,
            **{kind: count for kind, (_, count) in names.items()},
        },
        "cited": cited_sentences(brief, figure_refs, quotes, events),
        "in_full": quoted_in_full(brief),
        # the note "publication date is not known" is due only when that is why dates stayed
        # as written; with a known date, "late March" is simply shown as the article says it
        "unresolved_dates": brief.source.published is None and any(not t.resolved for t in brief.timeline),
    }


def render_text(brief: Brief, fmt: str, template_dir: Optional[str | Path] = None) -> str:
    """Markdown or HTML as text."""
    import jinja2

    markdown = fmt == "md"
    env = _environment(tuple(template_dirs(template_dir)), markdown)
    try:
        template = env.get_template(TEMPLATE_NAMES[fmt])
        return template.render(**context(brief))
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"template not found: {exc.name}") from None
    except jinja2.TemplateError as exc:
        raise RenderError(f"template error in {TEMPLATE_NAMES[fmt]}: {exc}") from None


def render_json(brief: Brief) -> str:
    data = brief.to_dict()
    for figure in data["figures"]:
        if float(figure["value"]).is_integer():
            figure["value"] = int(figure["value"])
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_pdf(brief: Brief, template_dir: Optional[str | Path] = None) -> bytes:
    """HTML to PDF with WeasyPrint, allowed to read only the template folders' files."""
    html = render_text(brief, "html", template_dir)
    return html_to_pdf(html, template_dirs(template_dir))


def html_to_pdf(html: str, allowed_dirs: list[Path]) -> bytes:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: missing Pango/Cairo system libraries
        raise RenderError(f"PDF output needs WeasyPrint and its system libraries: {exc}") from None
    # fontTools stamps subset fonts with the current time unless SOURCE_DATE_EPOCH is
    # set (reproducible-builds convention); fix it so the same brief gives the same bytes.
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    # WeasyPrint logs every refused resource as an error; that refusal is intended.
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
    fetcher = safe_url_fetcher(allowed_dirs)
    base = allowed_dirs[0].as_uri() + "/"
    try:
        document = weasyprint.HTML(string=html, base_url=base, url_fetcher=fetcher)
        # a content-derived file identifier (WeasyPrint's default is random), so the same
        # brief gives the same bytes
        identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode()
        return document.write_pdf(pdf_identifier=identifier, font_config=_font_config(html))
    except Exception as exc:  # WeasyPrint raises assorted errors on broken CSS/fonts
        raise RenderError(f"PDF rendering failed: {type(exc).__name__}: {exc}") from None


_fonts = threading.local()


def _font_config(html: str) -> Any:
    """WeasyPrint's font configuration, kept for the thread's later PDFs: building it afresh
    for every PDF (WeasyPrint's default) cost 20-40 ms of the seed brief's ~330 ms render on
    the 2-core machine (3 interleaved runs of 8: best 339/316/326 → 305/298/294 ms), the same
    bytes out. A template with its own @font-face gets a fresh one, so its fonts do not carry
    over into another template's PDF. One per thread: Pango's font maps are not shared."""
    from weasyprint.text.fonts import FontConfiguration

    if "@font-face" in html:
        return FontConfiguration()
    config = getattr(_fonts, "config", None)
    if config is None:
        config = _fonts.config = FontConfiguration()
    return config


def safe_url_fetcher(allowed_dirs: list[Path]) -> Any:
    """A WeasyPrint URL fetcher that serves files under the template folders, nothing else.

    Remote URLs, ``file://`` paths elsewhere and ``data:`` URIs coming from
    article content are refused before any I/O, so rendering a hostile page makes
    no request and reads no local file.
    """
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [d.resolve() for d in allowed_dirs]

    class TemplateOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return URLFetcherResponse(
                        url, path.read_bytes(), {"Content-Type": _mime(path)}
                    )
            log.debug("refused resource %s", url)
            raise ValueError(f"resource not allowed: {url}")

    return TemplateOnlyFetcher(allowed_protocols=("file",), allow_redirects=False)


def _mime(path: Path) -> str:
    return {
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".woff2": "font/woff2",
        ".ttf": "font/ttf",
    }.get(path.suffix.lower(), "application/octet-stream")


def render(brief: Brief, fmt: str, template_dir: Optional[str | Path] = None) -> bytes:
    """One format's bytes."""
    if fmt == "json":
        return render_json(brief).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(brief, template_dir)
    if fmt in TEMPLATE_NAMES:
        return render_text(brief, fmt, template_dir).encode("utf-8")
    raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def parse_formats(spec: str) -> list[str]:
    formats = [f.strip().lower() for f in spec.split(",") if f.strip()]
    if not formats:
        raise ConfigError("no output format given")
    for fmt in formats:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return list(dict.fromkeys(formats))
