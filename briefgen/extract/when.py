"""When: the date a figure's own clause gives it, when that date is another time than the news.

A brief's table sets figures side by side. "The plant was wrecked by a magnitude 9.0 quake and
tsunami in March 2011 that killed more than 18,000 people" had given "more than 18,000 | people
killed" beside today's "at least nine | people killed", and "Last year wildfires killed 28 people"
a "28 | people killed" beside this year's fire: a reader at a glance takes them for today's. The
row now says "people killed in March 2011", "people killed last year".

Only a date the grammar gives the figure's verb is read (its adverbial: "in 2019, the company
earned …", "Last year wildfires killed …"; the event a relative clause hangs on: "the 2004 tsunami,
which killed …"), and only a date that names a year or a past period: "on Tuesday" is the news
itself and would clutter every row. A date elsewhere in the sentence ("…, the worst season since
2007") says nothing of the figure.
"""

from __future__ import annotations

import re
from typing import Optional

from ..models import Mention, Token, head_chain, phrase_root
from ..months import MONTHS, WEEKDAYS
from .attribution import is_say_verb
from .change import CHANGE_VERBS

# a date worth showing: a year ("in March 2011", "by 2030"), a period before the news ("last
# year", "two years ago", "the previous year"), or the next one ("sees inflation averaging 5.6% this
# year, 3.2% next year": two rows of the bank's forecast for inflation had read as at odds)
_DATED = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:last|(?<!the\s)next)\s+(?:year|month|week|decade|century|season|summer|winter|spring|autumn|fall)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b"
    r"|\bthe\s+(?:previous|prior)\s+(?:year|month|decade)\b",
    re.I,
)
# a day or a month as a DATE mention gives it: "October 7", "Tuesday", "May", "July 12, 2019"
_A_DAY = re.compile(rf"(?:(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?|\d{{1,2}}\s+(?:{MONTHS})|{WEEKDAYS})", re.I)
# prepositions that set a clause in time, kept with the date: "in March 2011", "since 2019", "by 2030"
_TIME_PREPS = frozenset({"in", "on", "since", "by", "during", "until", "through", "before", "after", "from"})
# a year set against the figure is not when it happened: "more than in 2019"
_REFERENCE = re.compile(r"\bthan\s*$", re.I)


def _phrase(tokens: list[Token], mention: Mention, root: int) -> str:
    """The date as the row says it: with the preposition that sets it ("in March 2011"), "in"
    before a bare year or month ("the 2004 tsunami" → "in 2004"), a sentence's capital dropped
    ("Last year" → "last year")."""
    text = re.sub(r"[’']s$", "", mention.text)  # "last year's total": last year
    head = tokens[root].head
    first = next((j for j, t in enumerate(tokens) if t.idx >= mention.start), root)
    if tokens[root].dep == "pobj" and tokens[head].text.lower() in _TIME_PREPS and all(t.pos == "DET" for t in tokens[head + 1 : first]):
        # (the preposition right before the date: "fell by a record 837,000 last year" had read "by last year")
        text = f"{tokens[head].text.lower()} {text}"
    elif re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d", text):
        text = f"in {text}"
    elif text[:1].isupper() and not re.match(r"[A-Z][a-z]+\s+(?:1[89]|20)\d\d", text) and text.split()[0].lower() in {
        "last", "the", "a", "one", "two", "three", "four", "five"
    }:
        text = text[0].lower() + text[1:]
    return text


# what keeps a date apart from a figure: a list, an aside, another item ("two releases in the past
# year: 4.1 in April 2014 …", "released two videos of them and another in January 2017", "with two
# clubs, FC Porto in 2004 and Inter Milan in 2010")
_APART_AFTER = re.compile(r"[,;:(\u2014\u2013]|\s(?:and|or|but)\s")
_APART_BEFORE = re.compile(r"[;:(\u2014\u2013]")
# a town and its state or country, whose commas keep nothing apart: "since 20 children and six adults were killed at
# Sandy Hook Elementary in Newtown, Connecticut, in 2012" (had no date, beside the news's 19 children)
_PLACE_AND_STATE = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,")
_A_DECADE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0s", re.I)
_FROM_A_VALUE = re.compile(r"\bfrom\s+(?:[$£€¥]\s*)?\d", re.I)


def _set_at(tokens: list[Token], mention: Mention, anchor: int, event: Optional[int]) -> Optional[str]:
    """The date ``mention`` as the row says it, when the grammar sets ``anchor`` (a verb) or
    ``event`` (the noun a relative clause with the figure hangs on) at it; None otherwise."""
    inside = [j for j, t in enumerate(tokens) if mention.start <= t.idx < mention.end]
    root = phrase_root(tokens, inside)
    if root is None:
        return None
    head = tokens[root].head
    if event is not None and (event in inside or head == event and tokens[root].dep in {"nummod", "compound", "amod", "npadvmod", "poss"}):
        return _phrase(tokens, mention, root)  # "tsunami in March 2011 that killed", "the 2004 tsunami, which killed"
    prep = tokens[head].head
    if (
        tokens[root].dep in {"nummod", "compound", "amod"} and tokens[head].dep == "pobj"
        and tokens[prep].text.lower() in _TIME_PREPS and tokens[prep].head == anchor
    ):
        # "During the 2017 outbreak, cholera killed …" → in 2017; "Since the 2014 election, there
        # have been 71 electorates" → since 2014
        word = tokens[prep].text.lower()
        return f"{'in' if word in {'in', 'during', 'on', 'through'} else word} {mention.text}"
    if event is not None and tokens[root].dep == "pobj" and tokens[head].head == event:
        return _phrase(tokens, mention, root)  # "the quake in 2011, which killed"
    adverb = tokens[prep] if tokens[root].dep == "pobj" and tokens[head].text.lower() == "as" else None
    if adverb is not None and adverb.dep == "advmod" and adverb.head == anchor and adverb.text.lower() in {"recently", "late", "early"}:
        # "The rate stood at minus 0.5% as recently as July 2022" (had read as today's rate beside the new 4%)
        return f"as {adverb.text.lower()} as {mention.text}"
    if head == anchor and tokens[root].dep in {"npadvmod", "tmod", "advmod"}:
        return _phrase(tokens, mention, root)  # "Last year wildfires killed …"
    if tokens[root].dep == "pobj" and tokens[head].text.lower() in _TIME_PREPS and tokens[head].head == anchor:
        if tokens[head].text.lower() == "on" and not re.search(r"\d", mention.text):
            return None  # "increased by 40 per cent on March last year": compared with it
        return _phrase(tokens, mention, root)  # "In 2019, the company earned …"
    return None


def _on_or_in(date: str) -> str:
    """"on" a day ("on October 7", "on Tuesday"), "in" a month, a year or a decade ("in May", "in January
    2023", "in the early 2000s")."""
    return "on" if _A_DAY.fullmatch(date) and not re.fullmatch(rf"(?:{MONTHS})\.?(?:,?\s+(?:1[89]|20)\d\d)?", date, re.I) else "in"


def _when_clause_before(tokens: list[Token], mentions: list[Mention], verb: int) -> Optional[Mention]:
    """The date a "when" clause right before a participle hangs on ("since January 2023, when a plane
    crashed near Pokhara, killing all 72 people"): the participle says what came of that clause's event,
    whatever the parse. None otherwise."""
    if tokens[verb].tag != "VBG" or tokens[verb].dep != "advcl" or verb < 2 or tokens[verb - 1].text != ",":
        return None
    for r, t in enumerate(tokens[:verb]):
        if t.dep == "relcl" and any(u.head == r and u.text.lower() == "when" for u in tokens):
            end = max(k for k in range(r, verb) if r in head_chain(tokens, k))
            if end == verb - 2:
                at = tokens[t.head].idx
                return next((m for m in mentions if m.label == "DATE" and m.start <= at < m.end), None)
    return None


def when_of(sentence: str, tokens: list[Token], mentions: list[Mention], inside: list[int], earlier: bool = False) -> Optional[str]:
    """The date the verb of the figure whose tokens are ``inside`` is set at, as the row shows it,
    or None. For an ``earlier`` value (the "from" of a change) only a date on the value itself:
    "won 27 seats, down from 25 seats in 2018" (in 2018), not the change's own "rose in 2019 …
    from $4 billion"."""
    if not inside or not tokens:
        return None
    root = phrase_root(tokens, inside)
    # (a word with an object is a verb, whatever the tagger says: "with Malawi recording more than 1,700 deaths
    # in 2023" had its "recording" a noun, and the deaths no date)
    verb = next(
        (j for j in head_chain(tokens, root)[1:] if tokens[j].pos in {"VERB", "AUX"} or any(t.head == j and t.dep == "dobj" for t in tokens)),
        None,
    ) if root is not None else None
    if verb is None:
        return None
    start, end = tokens[inside[0]].idx, tokens[inside[-1]].idx + len(tokens[inside[-1]].text)
    # past the counts joined to this one, which share its verb and its date: "since 20 children and six adults were
    # killed … in 2012" (the 20 had no date; "and" keeps other items apart)
    counted = tokens[root].head if tokens[root].dep in {"nummod", "quantmod"} else root
    joined = [j for j, t in enumerate(tokens) if t.head == counted and t.dep == "conj" and any(u.head == j and u.pos == "NUM" for u in tokens)]
    reach = max([end] + [tokens[j].idx + len(tokens[j].text) for j in joined])
    dates = [
        m for m in mentions
        if m.label == "DATE" and _DATED.search(m.text) and not _REFERENCE.search(sentence[: m.start])
        and not (m.start < end and start < m.end)  # a date the figure is part of: "four years ago", "2005-era"
        and not (m.start >= end and _APART_AFTER.search(_PLACE_AND_STATE.sub(" ", sentence[reach : m.start])))
        # a date past the value a change started from is that value's: "could fall to about 6 million
        # tonnes from 14 million last season" (the 6 million had read "last season")
        and not (not earlier and m.start >= end and _FROM_A_VALUE.search(sentence, end, m.start))
        and not (m.end <= start and _APART_BEFORE.search(sentence, m.end, start))
    ]
    event = tokens[verb].head if tokens[verb].dep in {"relcl", "acl"} else None
    told = _when_clause_before(tokens, mentions, verb)
    if told is not None and (_A_DAY.fullmatch(told.text) or _A_DECADE.fullmatch(told.text) or _DATED.search(told.text)):
        # "the deadliest crash since January 2023, when a Yeti Airlines plane crashed near Pokhara, killing all 72
        # people on board" had read "since January 2023" (the parser hangs the participle on "was")
        return f"{_on_or_in(told.text)} {told.text}"
    for mention in mentions:
        # a "when" clause tells what happened on the day it hangs on, a year or not: "since October 7,
        # when Hamas killed about 1,200 people", "the worst attack since Tuesday, when gunmen killed
        # 12 people" (another day's dead); only a day or a month: spaCy's DATEs include "37-year-old"
        if (
            mention.label == "DATE" and event is not None and mention.start <= tokens[event].idx < mention.end
            and mention not in dates and (_A_DAY.fullmatch(mention.text) or _A_DECADE.fullmatch(mention.text))
            and any(t.head == verb and t.text.lower() == "when" for t in tokens)
        ):
            # (or a decade: "since the early 2000s, when more than 6,000 miners died in accidents every year"
            # had read as today's yearly toll)
            return f"{_on_or_in(mention.text)} {mention.text}"
    # where the grammar sets the figure, nearest first: a verb describing it ("the $1.9 billion paid
    # by HSBC in 2012"), the noun it sizes ("Broadcom's $69 billion purchase of VMware in 2023"),
    # its own verb ("…, and in 2018, Vancouver had 63%")
    modified = tokens[root].head if tokens[root].dep in {"nummod", "compound", "amod", "nmod", "quantmod"} else None
    if earlier:
        settings = [(-1, noun) for noun in (modified, root) if noun is not None]
    else:
        # (not a clause that tells when someone spoke of it: "the 500 million euros that sources had told
        # Reuters last month the Commission was likely to impose")
        settings = [
            (j, None) for j, t in enumerate(tokens)
            if t.head in inside and t.dep in {"acl", "relcl"} and t.pos == "VERB" and not is_say_verb(tokens, j)
        ]
        if modified is not None and modified not in inside and tokens[modified].pos == "NOUN":
            settings.append((-1, modified))
            # and the participle on the noun: "with at least 350 people killed in plane and helicopter crashes
            # since 2000"
            settings += [
                (j, None) for j, t in enumerate(tokens)
                if t.head == modified and t.dep == "acl" and t.pos == "VERB" and not is_say_verb(tokens, j)
            ]
        # ...and the noun whose "of" it is, a date owning it: "surpassing last year's total of 14,600 cases" (had
        # read as this year's cases)
        held = tokens[modified].head if modified is not None and tokens[modified].dep == "pobj" else None
        if held is not None and tokens[held].text.lower() == "of" and tokens[tokens[held].head].pos == "NOUN":
            settings.append((-1, tokens[held].head))
        # a date on the value itself: "3.2% next year and 2.1% in 2025"
        settings.append((-1, root))
        settings.append((verb, event))
        # the event the verb's subject names: "A quake in the eastern province of Van in 2011 killed
        # more than 500" (the 500 had read as today's dead beside the news's 43)
        settings += [(-1, j) for j, t in enumerate(tokens) if t.head == verb and t.dep in {"nsubj", "nsubjpass"} and t.pos == "NOUN"]
        # a verb joined to it with no subject or number of its own says the same event on: "More than
        # 2,250 people died or went missing on the route last year" (had no date); not "rose 5% and
        # then fell 3% in 2020"
        joined_on = [
            j for j, t in enumerate(tokens)
            # (right after it, "died or went": a parse that joins a verb far on is often wrong, as in "…
            # achieved with … a 3 GW array planned in the area and announced … a year ago")
            if t.head == verb and t.dep == "conj" and t.pos == "VERB" and j - verb <= 3 and not any(
                u.head == j and u.dep in {"nsubj", "nsubjpass"} or u.pos == "NUM" and j in head_chain(tokens, k)
                for k, u in enumerate(tokens)
            )
        ]
    for anchor, noun in settings:
        for mention in dates:
            found = _set_at(tokens, mention, anchor, noun)
            if found:
                return found
    if earlier:
        return None
    for anchor in joined_on:
        # (its date is past the "or" that keeps other dates apart: see _APART_AFTER)
        for mention in mentions:
            if mention.label == "DATE" and _DATED.search(mention.text) and mention.start >= end:
                found = _set_at(tokens, mention, anchor, None)
                if found:
                    return found
    if tokens[verb].dep == "advcl" and tokens[verb].tag == "VBG":
        # what a participle says came of the event it hangs on happened when that did: "In January
        # last year, a Yeti Airlines plane crashed on approach to Pokhara, killing all 72 people"
        for mention in dates:
            found = _set_at(tokens, mention, tokens[verb].head, None)
            if found:
                return found
    if tokens[verb].dep == "conj":
        # a date that opens the clauses is theirs all: "Last year wildfires killed 28 people and
        # burned about 175,000 hectares"; not one after the first verb ("peaked above 10% in 1991
        # …, but eventually fell to … 3.7% in 2007")
        first = tokens[verb].head
        for mention in dates:
            if mention.end <= tokens[first].idx:
                found = _set_at(tokens, mention, first, None)
                if found:
                    return found
        if (
            tokens[first].dep in {"relcl", "acl"} and tokens[first].tag == tokens[verb].tag == "VBD"
            and any(t.head == first and t.dep == "cc" and t.text.lower() == "and" and first < k < verb for k, t in enumerate(tokens))
            and not any(m.start >= tokens[verb].idx for m in dates)
            # (a toll and its cost, not a change that came later: "which opened in 1990 and grew to 5,000 staff")
            and tokens[verb].text.lower() not in CHANGE_VERBS
            and any(t.pos == "NUM" and first < k < verb and first in head_chain(tokens, k) for k, t in enumerate(tokens))
        ):
            # what a past event did, told in one clause after another, happened when it did: "Hurricane
            # Ida, which killed at least 91 people … in 2021 and caused an estimated $75 billion in damage"
            # (the $75 billion had read as today's storm's beside its dead)
            for mention in dates:
                if tokens[first].idx < mention.start and mention.end <= tokens[verb].idx:
                    found = _set_at(tokens, mention, first, None)
                    if found:
                        return found
    return None
