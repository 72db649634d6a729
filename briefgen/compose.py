"""Compose: assemble the stages' outputs into one :class:`~briefgen.models.Brief`.

The BLUF (bottom line up front) is the selected key point that comes earliest in
the article: news is written lede-first, so the earliest of the sentences the
summariser judged most important is the one that states the situation. It is
taken out of the numbered key points so the brief does not say it twice, and it
is quoted verbatim, so every statement stays traceable to a sentence id.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .models import Analysis, Brief, Entities, Figure, KeyPoint, Quote, Source, TimelineEvent
from .text import ends_sentence

# A lede shorter than this many words rarely states a situation on its own
# ("Police said."), so the next chosen point is added to the BLUF.
MIN_BLUF_WORDS = 12
# a list item's marker, kept in the sentence but not in a key point: the brief numbers its
# own points ("1. - Stir fry to mix well" read as a list inside a list)
_LIST_MARKER = re.compile(r"^(?:[-–—•*▪►]|\d{1,2}[.)])\s+(?=[A-Z“\"'‘])")


def _without_list_marker(point: KeyPoint) -> KeyPoint:
    """The point as written after its list marker: still verbatim in the sentence it cites."""
    text = _LIST_MARKER.sub("", point.text)
    return point if text == point.text else KeyPoint(text=text, sentences=point.sentences)


def split_bluf(points: list[KeyPoint]) -> tuple[list[KeyPoint], list[KeyPoint]]:
    """Pick the BLUF point(s) from the summariser's selection; return (bluf, rest)."""
    if not points:
        return [], []
    order = sorted(range(len(points)), key=lambda i: (min(points[i].sentences or [10**9]), i))
    short = len(points[order[0]].text.split()) < MIN_BLUF_WORDS
    if short and not ends_sentence(points[order[0]].text):
        # a deck, label or byline line ("N.Y. completes frantic comeback to extend unbeaten
        # streak to 15", "Tested by: John Milbank RRP: £40") run into the next point read as one
        # garbled sentence: the earliest point that is a sentence is the bottom line instead
        sentences = [i for i in order if ends_sentence(points[i].text)]
        if sentences:
            order = sentences + [i for i in order if i not in sentences]
            short = len(points[order[0]].text.split()) < MIN_BLUF_WORDS
    chosen = [order[0]]
    if short and len(order) > 2:
        chosen.append(order[1])
    bluf = [points[i] for i in sorted(chosen)]
    rest = [p for i, p in enumerate(points) if i not in chosen]
    return bluf, rest


def compose(
    analysis: Analysis,
    key_points: list[KeyPoint],
    figures: list[Figure],
    entities: Entities,
    quotes: list[Quote],
    timeline: list[TimelineEvent],
    generator: Optional[dict[str, Any]] = None,
) -> Brief:
    article = analysis.article
    bluf, rest = split_bluf([_without_list_marker(p) for p in key_points])
    return Brief(
        title=article.title,
        source=Source(
            input=article.input,
            url=article.url,
            published=article.published,
            publisher=article.publisher,
        ),
        bluf=" ".join(p.text for p in bluf),
        bluf_sentences=sorted({s for p in bluf for s in p.sentences}),
        key_points=rest,
        figures=figures,
        entities=entities,
        quotes=quotes,
        timeline=timeline,
        sentences=list(analysis.sentences),
        generator=dict(generator or {}),
    )
