"""Timeline: dated events, with relative dates resolved against publication.

"On Tuesday" means the Tuesday before the article was published, or the publication day
itself when it was a Tuesday, or the Tuesday after when the verb it dates is future
("talks will resume on Tuesday"); a day and month with no year ("until 30 April") is the
one nearest the publication date, ahead only up to three months unless its verb is future. dateparser resolves them (``RELATIVE_BASE`` = publication
date, ``PREFER_DATES_FROM`` past or future). Without one, a relative date is shown as
written with a note rather than guessed; a date that carries its year ("April
2019") needs no base. Durations and vague periods ("the past three weeks", "the
21st century") are not events.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from ..models import Analysis, Mention, TimelineEvent
from ..months import MONTHS, MONTHS_OR_ABBREVIATIONS
from ..text import CALL_TO_ACTION, DATELINE, SAYING_VERBS
from .quotes import quoted_ranges

# Event text is the sentence, cut at a clause boundary past this many characters:
# long enough to say what happened, short enough for one line in the PDF.
MAX_EVENT_CHARS = 160

_VAGUE = re.compile(
    r"\b(past|last|next|coming|recent|previous|few|several|many|century|centuries|decades?|years? ago|"
    r"weeks?|days|hours?|minutes?|same day|the end of|the hour|era|age|times?|season|daily|weekly|"
    r"annual|overnight|now|recently|currently|later|earlier)\b",
    re.I,
)
_MONTH = MONTHS
# full and abbreviated month names: "Dec. 19" had been shown as its year alone
_MONTH_OR_ABBREVIATION = MONTHS_OR_ABBREVIATIONS
# a day of the month ("21", "21st") and a year this module reads as one (1800-2099)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_TIME_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    rf"{_MONTH_OR_ABBREVIATION}|last (week|month|year)|this (week|month|year)"
)
_KEEP = re.compile(rf"\b({_TIME_WORDS}|\d{{4}})\b", re.I)
# a date made of digits alone must hold a year 1800-2099
_NAMES_A_TIME = re.compile(rf"\b({_TIME_WORDS})\b", re.I)
_HAS_YEAR = re.compile(rf"\b({_YEAR})\b")
# Relative to the moment of speaking: inside a quote, not to be read against publication.
# "“Today's second hearing is over,” Grisham said", published the morning after the hearing,
# had been put on publication day; on the 390 texts 29 such events had been listed, most of
# them no event at all ("the best consoles that exist today").
_SPEAKING_DAY = re.compile(r"\b(today|tonight|tomorrow|yesterday|this (week|morning|afternoon|evening)|last night)\b", re.I)
# the page speaking of itself: a blog's "Today, we're going to talk about why focus is important",
# "Before we wrap up our guide today", and a call to action, "signing up to our newsletter today!"
# (text.CALL_TO_ACTION): 8 events on the 390 dev and unseen texts, all of this kind; "Today, we
# filed a landmark settlement" stays
_THE_PAGE_ITSELF = re.compile(
    r"\b(?:we|I)(?:['’](?:re|m|ll)|\s+(?:are|am|will))?\s+(?:going\s+to\s+)?(?:talk|discuss|learn|show|share|build\s+on|"
    r"demystify|wrap\s+up|look\s+at|explore|cover|teach|explain|dive|walk\s+you|go\s+over)\b",
    re.I,
)
# a copyright or credit notice inside a paragraph (a whole such line is furniture at ingest); the
# word "copyright" alone is left, as news reports copyright suits
_RIGHTS_NOTICE = re.compile(r"©|\bcopyright\s+(?:\(c\)\s*)?\d{4}\b|\ball rights reserved\b", re.I)
_DECADE = re.compile(r"\d0['’]?s\b")
_RELATIVE_WORDS = re.compile(r"\b(last|this|next|yesterday|today|tonight|ago)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAMED = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b", re.I)
# a date on a verb with one of these auxiliaries, or on a verb these words govern ("due to
# resume on Monday"), is ahead of publication: "said on Monday that talks will resume" is not
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
# ...and so is a weekday on what may happen ("should ease by Thursday"), see _speaks_of_future
_MODALS = frozenset({"should", "could", "might", "may", "must", "can"})
_FUTURE_GOVERNORS = frozenset(
    {"due", "expected", "scheduled", "set", "plans", "plan", "planned", "planning", "going", "intends", "aims",
     "forecast", "predicted", "projected", "slated", "poised", "likely"}
)


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


_BOUND = re.compile(r"^(?:(?:since|from|until|by)\s+)?(?:at (?:the )?(?:least|latest|earliest)|as (?:early|late|soon) as|no (?:later|earlier) than)\s+", re.I)


def resolve(expression: str, published: Optional[str], future: bool = False, past: bool = False) -> Optional[dt.date]:
    """The calendar date of an expression, or None when it cannot be fixed; ``future`` when
    the clause it dates speaks of what is to come, ``past`` when of what has happened."""
    past = past or bool(re.match(r"since\s", expression.strip(), re.I))  # "grounded since March"
    # "since at least July 12", "as early as Friday": the bound is the date named ("at least" had
    # lost its "at" below, and "least July 12" went unread)
    text = _BOUND.sub("", expression.strip())
    text = re.sub(r"^(on|in|since|from|until|by|at|during)\s+", "", text, flags=re.I)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    if _HAS_YEAR.search(text):
        text = re.sub(r"^this\s+", "", text, flags=re.I)  # "In this May 1, 1967, file photo"
    if _DECADE.search(text):
        return None  # a decade ("the late 1970's") is no date
    text = _plain_period(text, published)
    # a range of days ("Oct. 11–21") dates its first day; dateparser read the "21" as 2021
    text = re.sub(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*[–—-]\s*{_DAY}(?!\d)", r"\1", text)
    has_year = bool(_HAS_YEAR.search(text))
    if published is None and not has_year:
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"] if has_year else [], "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
        if not has_year and not _RELATIVE_WORDS.search(text) and re.search(r"[a-z]", text, re.I) is None:
            return None
    if has_year and not re.search(r"[a-z]", text, re.I) and not re.fullmatch(r"\d{4}", text):
        return None
    if re.fullmatch(r"\d{4}", text):
        settings["PREFER_DAY_OF_MONTH"] = "first"
    if published and not has_year and not _RELATIVE_WORDS.search(text):
        base = settings["RELATIVE_BASE"].date()
        if text.lower() in _WEEKDAYS and _WEEKDAYS.index(text.lower()) == base.weekday():
            return base  # "on Friday" in Friday's paper: that day, not a week before
        if text.lower() not in _WEEKDAYS:
            readings = [_parse(text, {**settings, "PREFER_DATES_FROM": way}) for way in ("past", "future")]
            weekday = _WEEKDAY_NAMED.search(text)
            if weekday:  # "Saturday, May 18" in a November 2019 story: May 2019, when it was a Saturday
                named = _WEEKDAYS.index(weekday.group(1).lower())
                matching = [day for day in readings if day is not None and day.weekday() == named]
                if matching:
                    return matching[-1] if future else matching[0]
            if readings[0] == base:
                return base  # "continues November 19th" in the paper of November 19: that day
            if future or past:
                return readings[1] if future else readings[0]
            # "until 30 April" in a 10 April article is this April; "since December 1" in a
            # February one is last December: the nearer of the two readings, but ahead only
            # within UPCOMING_MONTHS
            last, upcoming = readings
            if upcoming is not None and _months_between(base, upcoming) > UPCOMING_MONTHS:
                upcoming = None
            readings = [day for day in (last, upcoming) if day is not None]
            return min(readings, key=lambda day: (abs((day - base).days), day > base)) if readings else None
        if future:
            settings["PREFER_DATES_FROM"] = "future"
    day = _parse(text, settings)
    if day is not None and has_year and str(day.year) not in _HAS_YEAR.findall(text):
        return None  # dateparser read "its 2024-25 year" as 2001: no year the text names
    return day


# A month named with no year and no tense to go by ("in March", "the March high") is read as
# upcoming only up to this many months past publication's month; further ahead, it is the last
# one. On the 390 dev and unseen texts, 5 such months were read 4-6 months ahead as the nearer
# reading: 4 were past ("pleaded guilty Monday to threatening to kill … in March", in a November
# story; "the death of his father … in January", in August; a bill passed "in May", "the March
# high"), and the fifth is future by its verb ("will begin … and ends on December 4"). All 30
# read 0-3 months ahead were upcoming ("When February rolls around", in mid-November).
UPCOMING_MONTHS = 3


def _months_between(base: dt.date, day: dt.date) -> int:
    return (day.year - base.year) * 12 + day.month - base.month


# What dateparser cannot read, said in terms it can (the part of a month or year shown is the
# whole month or year: "late January" is January): "late January", "the end of March",
# "mid-2019", "summer 2020", "January this year", "last February". On the 390 dev and unseen
# texts, 114 timeline dates had been left as written; these forms were 60 of them. A decade
# ("the 1990's") is no date: dateparser had read it as the publication day.
_PART_OF = re.compile(r"^(?:(?:early|mid|late|end|start)[\s-]+|(?:end|start|beginning|middle) of\s+)(?:the\s+)?", re.I)
_SEASON = re.compile(r"^(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?=(?:19|20)\d\d$)", re.I)
_MONTH_OF_YEAR = re.compile(rf"^((?:{_MONTH})(?:\s+{_DAY})?),?\s+(?:of\s+)?(this|last) year$", re.I)
_LAST_MONTH = re.compile(rf"^last\s+({_MONTH})$", re.I)
_THIS_MONTH = re.compile(rf"^this\s+({_MONTH})$", re.I)


def _plain_period(text: str, published: Optional[str]) -> str:
    """``text`` with the part of a period dropped and a month placed in its year."""
    text = _SEASON.sub("", _PART_OF.sub("", text))
    if not published:
        return text
    base = dt.date.fromisoformat(published)
    month_of_year = _MONTH_OF_YEAR.match(text)
    if month_of_year:  # "January this year", "May of last year"
        return f"{month_of_year.group(1)} {base.year - (month_of_year.group(2).lower() == 'last')}"
    this = _THIS_MONTH.match(text)
    if this:  # "This March": the publication year's
        return f"{this.group(1)} {base.year}"
    last = _LAST_MONTH.match(text)
    if last:  # "last February": the latest February before this month ("next July" is left
        # as written: in May it may mean this July or the next year's)
        month = _MONTH.split("|").index(last.group(1).lower()) + 1
        return f"{last.group(1)} {base.year if month < base.month else base.year - 1}"
    return text


def _parse(text: str, settings: dict) -> Optional[dt.date]:
    try:
        parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    return parsed.date() if parsed else None


# A month or day written in capitals, alone, in a sentence in lower case is a word stressed, not a
# date: an IETF draft's "DELETE requests MAY have an 'If-Match' request header" had dated 6 events
# May 2014 (mozilla/readability's test pages); a dateline in capitals ("MONDAY, MAY 5") still counts
_SHOUTED_WORD = re.compile(r"[A-Z]{3,}")
_NO_LOWER_CASE = re.compile(r"^[^a-z]*$")


def extract_timeline(analysis: Analysis) -> list[TimelineEvent]:
    published = analysis.article.published
    events: list[tuple[tuple, TimelineEvent]] = []
    seen: set[tuple[str, int]] = set()
    quoted = quoted_ranges(analysis)
    for mention in analysis.mentions:
        if mention.label != "DATE":
            continue
        # not what the tagger took with it: a conjunction ("June 8 and" of "on June 8 and 16"), a
        # possessive ("next March's", not a decade's "1970's"), a bracket it left open ("Today (Nov. 18")
        expression = re.sub(r"(?:[\s,]+(?:and|or|&))+$|(?<=[^\W\d])['’]s$", "", mention.text.strip(), flags=re.I)
        if expression.count("(") > expression.count(")") and expression.index("(") > 0:
            expression = expression[: expression.index("(")].strip()
        lead = _WORDS_BEFORE_A_WEEKDAY.match(expression)
        if lead:  # "a letter posted on Twitter Tuesday", "Earlier Saturday, Yoon apologized"
            mention = Mention(expression[lead.end() :], mention.label, mention.sentence, mention.start + lead.end(), mention.end)
            expression = mention.text
        if not _KEEP.search(expression) or (_VAGUE.search(expression) and not _KEEP.search(expression.split()[-1])):
            continue
        if re.search(r"\b(century|centuries|decades?)\b", expression, re.I):
            continue
        if _SHOUTED_WORD.fullmatch(expression) and not _NO_LOWER_CASE.search(analysis.sentences[mention.sentence]):
            continue  # "the server MAY ignore the request": RFC 2119's keyword, not the month
        key = (expression.lower(), mention.sentence)
        if key in seen:
            continue
        seen.add(key)
        sentence = analysis.sentences[mention.sentence]
        if not _NAMES_A_TIME.search(expression) and not _HAS_YEAR.search(expression):
            continue  # "RTX 3080", "call 0800 138 1018": digits the tagger took for a year
        if re.fullmatch(r"\d{4}", expression) and (
            _A_NUMBER_BEFORE.search(sentence[: mention.start])
            or _STREET_AFTER.match(sentence[mention.end :]) and not _YEAR_PREPOSITION.search(sentence[: mention.start])
        ):
            continue  # "call … 0151 702 2071", "earned a total score of 2072", "of 1909 Jolinda Drive": no year
        if _SPEAKING_DAY.search(expression) and any(a <= mention.start < b for a, b in quoted[mention.sentence]):
            continue  # a quote's "today" is the day it was said, which the article may not give
        if _attributive_year(expression, sentence, mention):
            continue
        if _names_something(expression, sentence, mention):
            continue
        if _habitual(expression, sentence, mention) or _says_nothing_else(sentence, mention):
            continue
        if _names_a_kind(analysis, mention):
            continue
        clause = _clause_verb(analysis, mention)
        if _nowadays(analysis, mention, clause):
            continue
        if _SPEAKING_DAY.fullmatch(expression) and (_THE_PAGE_ITSELF.search(sentence) or CALL_TO_ACTION.search(sentence)):
            continue  # "Today, we're going to talk about …": what the page does, not an event
        if CALL_TO_ACTION.match(sentence):
            continue  # "Leave a comment and let us know what your favorite gadget of 2019 is."
        if _RIGHTS_NOTICE.search(sentence):
            continue  # "Copyright © 2018 by Thomas W. Malone.", "photos © Inexhibit, 2018"
        if _COMPARED_WITH.search(sentence[: mention.start]) and not _RANGE_AFTER.match(sentence[mention.end :]):
            continue  # "sold 17.3 million last year, an increase of 0.3 percent from 2017": not when it happened
        future = _speaks_of_future(analysis, mention, clause)
        past = not future and _speaks_of_past(analysis, mention, clause)
        dated = expression
        day = resolve(dated, published, future, past)
        core = _core_date(expression) if day is None else None
        if core:
            dated = core
            day = resolve(dated, published, future, past)
        if day is not None and _in_an_earlier_year(dated, sentence, mention, published):
            day = None
        thing = _dated_thing(analysis, mention, expression)
        if thing is not None:
            text = excerpt(sentence, thing[0], thing[1])
        elif _in_a_statement(analysis, mention):
            text = event_text(sentence)  # "…, a UN spokesman said on Monday": what was said comes first
        else:
            text = event_text(sentence, (mention.start, mention.end))
        if day is not None:
            # only the parts the expression gives: "until 2016" is 2016, not 2016 plus today's day
            shown = {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": str(day.year)}[_precision(dated)]
            event = TimelineEvent(date=shown, text=text, sentence=mention.sentence, resolved=True)
            events.append(((0, shown, mention.sentence), event, bool(re.search(r"\d", expression)), thing))
        else:
            if _HAS_YEAR.search(expression):
                # "between 2010 and 2015", "2013-14", "fiscal 2019": a span or a year of its own
                # reckoning, which no publication date would fix (the dev articles' had said
                # "relative to publication date (unknown)" of "2004-2014")
                note = "not one calendar date"
            else:
                note = "relative to publication date (unknown)" if published is None else "could not be resolved"
            # as written, without what the tagger ran on past the date: "May 24" of "May 24 Speaking",
            # "April 18 after five months" ("the end of March", "Thursday, April 23" stay whole)
            ran_on = core and re.match(rf"(?:the\s+)?{re.escape(core)}\b", expression, re.I)
            event = TimelineEvent(
                date=core if ran_on else expression, text=text, sentence=mention.sentence, resolved=False, note=note
            )
            events.append(((1, "", mention.sentence), event, False, thing))
    return _not_told_twice([event for _, event in sorted(_one_per_sentence(events), key=lambda item: item[0])])


# The date an amount is compared with is not when the event happened: "$39,014 in October, up
# from $34,410 in October 2015" had been listed under 2015-10, "sold 17.3 million new vehicles
# last year, an increase of just 0.3 percent from 2017" under 2017. A change word (up, down,
# increase, fell, …) then "from", or "compared with", before the date and perhaps an amount; a
# range's start ("from 2004 – 2014") is a date. On the 390 dev and unseen texts this changes 4
# events, all on that car-sales page and all rightly: 3 go, and the October 2015 one is listed
# under its own October; "from April 19", "from spring 2020" and "a study from 2012" stay.
_COMPARED_WITH = re.compile(
    r"(?:\b(?:up|down|increase[ds]?|decrease[ds]?|rise|rises|rose|risen|fell|fall|fallen|drop(?:ped|s)?|"
    r"decline[ds]?|jump(?:ed|s)?|climb(?:ed|s)?|gain(?:ed|s)?|grew|growth|change[ds]?)\b(?:[^.;:]|\.\d){0,40}?\bfrom"
    r"|\bcompared (?:with|to)|\bversus|\bvs\.?"
    # ...and so is the date a record is reckoned from: "narrowed to $28.3 billion in March, … the
    # smallest since March 2016" had been listed under 2016-03, "Last year wildfires killed 28
    # people …, the worst season since 2007" under 2007
    r"|\b(?:highest|lowest|biggest|worst|best|largest|smallest|fewest|greatest|deadliest|strongest|weakest|"
    r"fastest|slowest|longest|shortest|hottest|coldest|wettest|driest|busiest|heaviest|sharpest|steepest|"
    r"most|least|first)\b(?:\s+[^\s.;:]+){0,5}?\s+since"
    # ...or since records began: "Births fell 5.1% to 758,631, the lowest since records began in 1899" had
    # been listed under 1899
    r"|\bsince\s+(?:comparable\s+)?(?:records?|record-keeping)\s+(?:began|started)(?:\s+in)?)\s+"
    r"(?:(?:the\s+)?[$£€]?\d[\d,.]*\s*(?:%|percent|per cent|[a-z]+)?\s+(?:in|on|of)\s+)?(?:the\s+)?$",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*(?:[–—-]|to\b|through\b|thru\b|until\b|till\b)", re.I)
# a house number: "Jonathan P. Blair, 29, of 1909 Jolinda Drive" had been listed under 1909
# (but "in 1909" stays a year whatever follows)
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|"
    r"Blvd|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail)\b"
)
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|by|until|till|during|before|after)\s+$", re.I)
# what shows a four-digit number is no year: another group of digits right before it (a phone
# number), or a quantity it is the amount of
_A_NUMBER_BEFORE = re.compile(
    r"\d\s+$|\b(?:score|total|sum|average|maximum|minimum|rating|capacity|population|attendance|price|cost|"
    r"value|count|tally|crowd|balance|height|depth|length|distance|speed|weight)\s+of\s+$",
    re.I,
)


_WEEKDAY_OR_DAY = re.compile(
    rf"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|"
    rf"\b({_MONTH_OR_ABBREVIATION})\.?\s+{_DAY}\b|"
    rf"\b{_DAY}\s+(?:of\s+)?({_MONTH_OR_ABBREVIATION})\b",
    re.I,
)
_MONTH_WORDS = re.compile(rf"\b({_MONTH_OR_ABBREVIATION}|month)\b", re.I)


def _precision(expression: str) -> str:
    """'day', 'month' or 'year': how much of a date the expression itself states."""
    if _WEEKDAY_OR_DAY.search(expression):
        return "day"
    if _MONTH_WORDS.search(expression):
        return "month"
    return "year"


def _attributive_year(expression: str, sentence: str, mention) -> bool:
    """'the 1939 film', 'a brand new 2015 Ford Fusion', 'the 2013 race', '1972's Toulouse Street':
    a year that describes a thing, not when something happened ('in 2013' and '2013.' are kept)."""
    if not re.fullmatch(r"\d{4}", expression.strip()):
        return False
    before, after = sentence[: mention.start], sentence[mention.end :]
    if re.match(r"['’]s\b", after):  # "1972's Toulouse Street", "2019's best films"
        return True
    if re.search(r"\b(in|since|from|until|till|by|during|before|after|of|to|through|between|and|or|early|late|mid)\s*$", before, re.I):
        return False
    if re.match(r"^\s+\d[\d.]*-[a-z]+\s+[A-Za-z]", after):
        return True  # "The 2018 15-inch i9 MacBook Pro": a model year before the model's size
    return bool(re.match(r"^\s+[A-Za-z][\w-]*", after)) and not re.match(
        r"^\s+(and|or|to|when|after|before|as|the|was|were|is|are|had|has|with|for|by|on|at|in)\b", after, re.I
    )


# the "Up next" lines that close an AP game story: "Thunder: Host the Lakers on Friday.",
# "Lakers: Visit the Thunder on Friday." (no verb the tagger sees, so no tense to go by)
_UP_NEXT = re.compile(
    rf"^[A-Z][\w.'’ -]{{1,30}}:\s+(?:Hosts?\s|Visits?\s|At\s+[A-Z][\w.'’ -]*\s(?:on\s+)?(?=\w+\.?$))"
    rf".*\b(?:{'|'.join(d.title() for d in _WEEKDAYS)})\b[^.]*\.?$"
)


# verbs whose period runs ahead of when they were said: "forecast more heavy rain through Friday",
# "warned of storms until Sunday" (a Wednesday story had put that Friday two days back)
_FORECAST = re.compile(r"(?:forecast|predict|warn|expect|extend)(?:s|ed|ing)?$", re.I)


def _speaks_of_future(analysis: Analysis, mention, clause) -> bool:
    """Whether the verb a date attaches to is future: 'talks will resume on Monday', 'due to
    resume on Monday'; not 'officials said on Monday that talks will resume'. ``clause`` is
    what ``_clause_verb`` found for the date."""
    sentence = analysis.sentences[mention.sentence]
    if re.search(r"\bahead of\s+(?:the\s+|this\s+|next\s+)?$", sentence[: mention.start], re.I):
        return True  # "ahead of Tuesday's debate"
    if _UP_NEXT.match(sentence):
        return True  # "Thunder: Host the Lakers on Friday." had been put on the Friday before
    if clause is None:
        return False
    tokens, inside, verb, auxiliaries = clause
    if auxiliaries & _FUTURE_AUX:
        return True
    if (
        _WEEKDAY_ONLY.fullmatch(mention.text.strip()) and _FORECAST.match(tokens[verb].text)
        and re.search(r"\b(?:through|until|till|into)\s+$", sentence[: mention.start], re.I)
    ):
        return True  # "forecast more heavy rain through Friday": the forecast's end lies ahead
    head = tokens[verb].head
    if tokens[verb].dep == "xcomp" and _auxiliaries(tokens, head) & _FUTURE_AUX:
        return True  # "she will be allowed to play her old tracks … on Sunday" had been the Sunday before
    if (
        auxiliaries & _MODALS and not auxiliaries & {"have", "'ve", "’ve"} and tokens[verb].tag == "VB"
        and _WEEKDAY_ONLY.fullmatch(mention.text.strip())
    ):
        # "The weather should ease by Thursday morning", "could come as early as Friday": what
        # may happen lies ahead ("should have left on Monday" does not); "would" is left out, as
        # reported speech uses it of the past ("his vow that Britain would leave on Oct. 31")
        return True
    a_day = _WEEKDAY_ONLY.fullmatch(mention.text.strip()) or _MONTH_DAY.fullmatch(mention.text.strip())
    if (
        a_day and tokens[verb].text.lower() in _FUTURE_GOVERNORS
        and auxiliaries & {"is", "are", "'s", "’s"} and not auxiliaries & _PAST_AUX
    ):
        return True  # "Wednesday is forecast to be colder", "Thursday is expected to be the busiest day"
    if (
        a_day
        and tokens[verb].tag in {"VBZ", "VBP"}
        and not auxiliaries
        and _dates_the_verb(tokens, _date_root(tokens, inside), verb)
    ):
        # news states a scheduled event in the present: "Lowe's reports earnings Wednesday",
        # "The sentencing phase begins Tuesday", "Lazio, who play later on Saturday". On the
        # dev set and 288 unseen pages, all 9 weekdays that date a present-tense verb itself
        # (not a noun: "what we know about Trump's visit on Saturday") were ahead and had been
        # put a week early. A month with its day is a scheduled date too ("the trek, which kicks
        # off June 9th", in a November 2019 story, is June 2020); a month alone is left alone:
        # "In November, the air over Delhi gets cool" is a habit, not next November. Saying verbs
        # ("says Monday") stay past.
        return tokens[verb].text.lower() not in _SAYING_PRESENT
    if "to" not in auxiliaries or tokens[head].text.lower() not in _FUTURE_GOVERNORS:
        return False
    # "was due to be released in September", "were expected to vote on Monday": an expectation
    # held in the past says nothing of which side of publication the date is; the nearer
    # reading is taken (Assange "was due to be released … in September", in a November 2019
    # story, had been put in September 2020)
    governor = tokens[head]
    if governor.dep == "acomp" and tokens[governor.head].text.lower() in _PAST_AUX:
        return False  # "was due": spaCy makes "was" the root and "due" its complement
    return not any(t.head == head and t.dep in {"aux", "auxpass", "cop"} and t.text.lower() in _PAST_AUX for t in tokens)


def _clause_verb(analysis: Analysis, mention) -> Optional[tuple[list, list[int], int, set[str]]]:
    """(tokens, the date's token indices, the verb it dates, that verb's auxiliaries), or None
    when the date hangs on no verb."""
    tokens, inside = analysis.mention_tokens(mention)
    if not inside:
        return None
    verb = inside[-1]
    for _ in range(4):  # date → preposition → verb, at most a few steps up
        if tokens[verb].pos in {"VERB", "AUX"} or tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    if tokens[verb].pos not in {"VERB", "AUX"}:
        return None
    return tokens, inside, verb, _auxiliaries(tokens, verb)


def _auxiliaries(tokens: list, verb: int) -> set[str]:
    return {t.text.lower() for t in tokens if t.head == verb and t.dep in {"aux", "auxpass"}}


def _speaks_of_past(analysis: Analysis, mention, clause) -> bool:
    """Whether the verb a date attaches to is past: 'were refreshed in May', 'have been
    grounded since March', 'tried to enter California on May 16', 'the budget approved in
    April'. Briefing unseen November pages, such months had been read as next year's, the nearer
    of the two readings."""
    if re.search(r"\b(?:as of|back in|earlier in)\s+$", analysis.sentences[mention.sentence][: mention.start], re.I):
        return True  # "24.4% of the company as of March 20", "released … back in March"
    if clause is None:
        return False
    tokens, inside, verb, auxiliaries = clause
    if auxiliaries & _FUTURE_AUX:
        return False
    token = tokens[verb]
    if token.tag == "VBD" or (token.tag == "VBN" and auxiliaries & _PAST_AUX):
        return True
    if token.tag in {"VB", "VBG"} and token.dep == "xcomp" and tokens[token.head].tag == "VBD":
        return True  # "I tried to enter California on May 16"
    date = _date_root(tokens, inside)
    preposition = tokens[tokens[date].head].text.lower() if tokens[date].dep == "pobj" else ""
    # a reduced relative: "the state budget approved in April" (not "the tariff planned for December")
    return token.tag == "VBN" and token.dep == "acl" and preposition in {"in", "on", "during", "since"}


_PAST_AUX = frozenset({"have", "has", "had", "'ve", "’ve", "'d", "’d", "was", "were"})
_MONTH_DAY = re.compile(rf"(?:on\s+)?(?:{_MONTH_OR_ABBREVIATION})\.?\s+{_DAY}", re.I)
_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?(?:{'|'.join(_WEEKDAYS)})", re.I)
_SAYING_PRESENT = frozenset("says say tells tell writes write claims claim insists insist argues argue adds add".split())


def _date_root(tokens: list, inside: list[int]) -> int:
    """The token of a date that hangs on the rest of the sentence: "July" in "on July 22", where
    the day hangs on the month (the last token, "22", had been taken, so "the tour that stops
    … on July 22" did not count as dating its verb)."""
    outside = [i for i in inside if tokens[i].head not in inside]
    return outside[0] if len(outside) == 1 else inside[-1]


def _dates_the_verb(tokens: list, date: int, verb: int) -> bool:
    """The date hangs on the verb itself ("begins Tuesday", "opens on Friday"), not on a noun
    or as a possessive ("Monday's announcement come as …")."""
    if any(t.head == date and t.dep == "case" for t in tokens):
        return False
    head = tokens[date].head
    if head == verb:
        return True
    return tokens[head].dep == "prep" and tokens[head].head == verb


_DATE_CORE = re.compile(
    rf"\b(?:(?:{_MONTH_OR_ABBREVIATION})\.?(?:\s+{_DAY}\b)?(?:,?\s+{_YEAR})?"
    rf"|{_DAY}\s+(?:of\s+)?(?:{_MONTH_OR_ABBREVIATION})(?:,?\s+{_YEAR})?"
    rf"|{_YEAR})\b",
    re.I,
)
# a range, a fiscal period or a bound says more than its one date
_NOT_ONE_DATE = re.compile(r"\b(?:between|to|and|through|until|till|or|fiscal|quarter|at least|that year)\b|\s[–—-]\s|\d\s*[–—-]", re.I)


def _core_date(expression: str) -> Optional[str]:
    """The one date inside an expression the tagger ran on past it ("March 2018 after years",
    "Dec. 18, a day", "the first half of 2019"); None for a range ("October 2019 to March 2020")
    or a fiscal period, which are shown as written."""
    if _NOT_ONE_DATE.search(expression) or _RELATIVE_WORDS.search(expression) or _DECADE.search(expression):
        return None  # "next July", "the late 1970's" are not read, as in resolve()
    cores = _DATE_CORE.findall(expression)
    return cores[0] if len(cores) == 1 and cores[0] != expression else None


def _in_an_earlier_year(expression: str, sentence: str, mention, published: Optional[str]) -> bool:
    """A month with no year after an earlier year in the same clause ("in the summer of 2004,
    Lipinski announced a resignation in mid-August"; "in the 2016 campaign -- particularly after
    she was seen … at a September 11 commemoration") may be that year's: read against
    publication it had been put in 2019. It is left as written rather than guessed."""
    if published is None or _HAS_YEAR.search(expression) or _RELATIVE_WORDS.search(expression):
        return False
    if not _MONTH_IN.search(expression):
        return False
    before = sentence[: mention.start].rsplit(";", 1)[-1]  # "That deal closed in June 2018; … as of March 20"
    return any(int(year) < int(published[:4]) for year in _HAS_YEAR.findall(before))


def _habitual(expression: str, sentence: str, mention) -> bool:
    """'plays every other Sunday', 'each Monday', 'On Tuesday, Wednesday, and Friday she
    tutors': a habit or a schedule, not an event; nor is a day no one could date, 'one Sunday
    morning', 'of a Sunday' (4 events of a novel among mozilla/readability's pages) or a
    rhetorical 'on a Monday?'."""
    return bool(
        re.search(r"\b(?:every|each)\s+(?:other\s+)?$", sentence[: mention.start], re.I)
        or re.match(r"(?:every|each)\b", expression, re.I)
        or _an_undated_day(expression, sentence, mention)
        or len(_WEEKDAY_NAMED.findall(expression)) > 2  # "Monday, Tuesday morning" is two dates run together
        # spaCy may tag the days of a list one by one ("Tuesday, Wednesday" and "Friday")
        or any(run.start() <= mention.start < run.end() and len(_WEEKDAY_NAMED.findall(run.group())) > 2
               for run in _WEEKDAY_LIST.finditer(sentence))
    )


def _an_undated_day(expression: str, sentence: str, mention) -> bool:
    """'one Sunday morning', 'on a Monday?': a day no one could date. 'in a Tuesday research
    report' is dated: the weekday describes the noun after it (the report was Tuesday's)."""
    indefinite = _INDEFINITE_WEEKDAY.match(expression) or (
        re.search(r"\b(?:a|one|any)\s+$", sentence[: mention.start], re.I) and _WEEKDAY_NAMED.match(expression)
    )
    after = sentence[mention.end :]
    after = after[re.match(r"(?:\s+(?:morning|afternoon|evening|night))?", after).end() :]
    return bool(indefinite) and not re.match(r"\s+(?!(?:and|or|when|while|as|at|in|on|with|to)\b)[a-z]", after)


_INDEFINITE_WEEKDAY = re.compile(rf"(?:a|one|any)\s+(?:{'|'.join(_WEEKDAYS)})\b", re.I)
# capitalised words the tagger took with a weekday that are no part of the date; "Last",
# "Next", "This" are, and "Super Tuesday", "Black Friday" are names (_names_something sees
# them before the weekday once they are cut off)
_WORDS_BEFORE_A_WEEKDAY = re.compile(
    rf"^(?:(?!(?:Last|Next|This|{'|'.join(d.title() for d in _WEEKDAYS)})\b)[A-Z][a-z]+\s+)+"
    rf"(?=(?:{'|'.join(d.title() for d in _WEEKDAYS)})\b)"
)
_WEEKDAY_LIST = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:{'|'.join(_WEEKDAYS)}))+\b", re.I)


_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})


def _names_a_kind(analysis: Analysis, mention) -> bool:
    """A bare weekday or year that describes a kind of thing, with no article or possessive
    to make it one occasion: "end Saturday publication of its newspapers", "emissions decline by
    45% from 2010 levels". ("the 2016 campaign" and "Monday morning" are dates.)"""
    if not (_WEEKDAY_ONLY.fullmatch(mention.text.strip()) or re.fullmatch(r"\d{4}", mention.text.strip())):
        return False
    tokens, inside = analysis.mention_tokens(mention)
    if len(inside) != 1:
        return False
    date = tokens[inside[0]]
    noun = tokens[date.head]
    if date.dep not in _MODIFIER_DEPS or date.head <= inside[0] or noun.tag not in {"NN", "NNS"}:
        return False
    if noun.text.lower() in _TIME_OF_DAY:
        return False
    before = inside[0] - 1
    if before >= 0 and tokens[before].pos == "ADP" and noun.head != before:
        return False  # "in 2011 winemaker Ludwig Kreuzberg was awarded": the year is the preposition's
    return not any(t.head == date.head and t.dep in {"det", "poss"} for t in tokens)


# "today" as "nowadays" ("Today, the Ahr Valley has a reputation for …", "the issues we face
# today"): the present tense of a state, not a thing that happened on publication day. Only
# these verbs; "be" is left out, as it says both "plague infections are rare today" and
# "Dennehy's are open today".
_STATES = frozenset(
    "have has face faces observe observes sound sounds seem seems remain remains exist exists know knows "
    "suffer suffers leave leaves live lives need needs".split()
)
_MAY_OR_CAN = frozenset({"may", "might", "can", "could", "should", "would", "must"})
_IS = frozenset({"is", "are", "'s", "’s", "'re", "’re"})
_FIRST_PERSON = frozenset({"i", "we"})


def _nowadays(analysis: Analysis, mention, clause) -> bool:
    """A "today" that means the present age, not publication day: a possessive ("today's
    most advanced AI systems", "solutions to today's problems"), a possibility ("may only be
    a concept today", "than any computer [can] today") or a state ("the issues we face
    today"). On the dated unseen pages I read all 64 events dated by a "today" outside a quote:
    about 38 meant the present age. This drops 24: 19 of those, and 5 a page's own "today's
    deal", "today's video" or "today's updates". "Stadia launches today", "Today, we filed a
    landmark settlement" and "will undergo a medical today" stay. Dropped too: what something
    is today, said of anyone but the writer ("Today, plague infections are rare", "Python is
    still healthy today": 6 events on the 391 dev and unseen texts and mozilla/readability's
    pages, each of the present age)."""
    word = mention.text.strip().lower()
    if word not in {"today", "today's", "today’s"}:
        return False
    if word != "today" or re.match(r"['’]s\b", analysis.sentences[mention.sentence][mention.end :]):
        return True  # a possessive
    if clause is None:
        return False
    tokens, _, verb, auxiliaries = clause
    if tokens[verb].tag in {"VBP", "VBZ"} and tokens[verb].text.lower() in _IS and not auxiliaries:
        # what something is today, said of anyone but the writer ("Today, plague infections are
        # rare", "Python is still healthy today", "the Falcon Heavy is in service today"); "Today,
        # we're excited to share …" announces the day's news, "is launching today" is an event
        subjects = [t.text.lower() for t in tokens if t.head == verb and t.dep in {"nsubj", "nsubjpass", "expl"}]
        return bool(subjects) and not set(subjects) & _FIRST_PERSON
    return bool(auxiliaries & _MAY_OR_CAN) or (
        tokens[verb].tag in {"VBP", "VBZ", "VB"} and tokens[verb].text.lower() in _STATES
    )


def _says_nothing_else(sentence: str, mention) -> bool:
    """A dateline ("November 18, 2019", "Correction, Nov. 15, 2019:") or the signature line of an
    embedded tweet ("— Jane Roe (@janeroe) January 24, 2020"): a date with no event to list.
    On the 390 dev and unseen texts this drops 23 timeline events, each one's text the date
    itself, a tweet's byline without the tweet, or a two-word fragment ("Until today.”")."""
    rest = sentence[: mention.start] + " " + sentence[mention.end :]
    if _TWEET_SIGNATURE.search(sentence[: mention.start]):
        return True
    dateline = DATELINE.match(sentence)
    if dateline and mention.end <= dateline.end():
        return True  # "TOKYO, Oct 28 (Reuters) -": the day the story was filed, not an event in it
    if _CITATION_AUTHORS.fullmatch(sentence[: mention.start]) and re.fullmatch(r"\)\.?\s*", sentence[mention.end :]):
        return True  # a reference's authors and date: "^ Schubert, Erich; Gertz, Michael (2017-10-04)."
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


_TWEET_SIGNATURE = re.compile(r"^\s*[—–-]+\s.*\(@\w+\)\s*$")
# the authors of a reference in a list of sources, "Surname, Given names;" each, and no word in
# lower case but a name's particle ("Maaten, Laurens van der"): 9 dates on a Wikipedia page of
# the 390 texts had been listed as events
_CITATION_AUTHORS = re.compile(r"\s*\^?\s*(?:[A-Z][^\s,;()]*(?:\s+[a-z]{1,3})*,(?:\s+[^\s,;()]+)+;?\s*)+\(\s*")


def _names_something(expression: str, sentence: str, mention) -> bool:
    """'NBC's Today show', 'the Tonight Show': a capitalised Today/Tonight inside a sentence
    is a name, not a date; so is the weekday of 'Super Tuesday' or 'Black Friday'."""
    before = sentence[: mention.start]
    if re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", expression.strip()):
        if expression.strip() == "Sunday" and (
            _PAPER_ON_BEFORE.search(before) or _PAPER_AFTER.match(sentence[mention.end :])
        ):
            return True  # a paper's name: "Details obtained by The Mail on Sunday show …", "he told the Sunday People"
        return bool(_NAMED_DAY_BEFORE.search(before))  # also "Black Friday 2019"
    if not re.fullmatch(r"(?:Today|Tonight|Yesterday)", expression.strip()):
        return False
    return bool(before.strip()) and not re.search(r"[.!?:;\"“‘(-]\s*$", before)


_NAMED_DAY_BEFORE = re.compile(r"\b(?:Super|Black|Good|Cyber|Ash|Bloody|Holy|Maundy|Giving|Fat|Shrove|Easter|Whit)\s+$")
# British Sunday papers: 2 dev articles had listed "The Mail on Sunday" and "the Sunday People"
# as events on a Sunday
_PAPER_ON_BEFORE = re.compile(r"\b(?:Mail|Independent|Express|Mirror|Telegraph) on\s+$")
_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|People|Mail|World|Sport)\b")


# a month-bearing date right before the noun it describes ("Trump's July 25 call", "the
# March high of 21.8 percent") dates that thing, not what the sentence says happened: "He was
# arrested in April for a March 21 phone call" had been listed on March 21, and "Volker
# shifted his account of the July 10 meeting" on July 10. The thing itself is then the event.
# Kept as the sentence's date: a setting ("said at a Nov. 6 event", "In an Oct. 26 letter, …
# said") and the subject of the main verb ("The July 25 call made him realize …").
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during"})
_MONTH_IN = re.compile(rf"\b(?:{_MONTH_OR_ABBREVIATION})\b", re.I)


def _dated_thing(analysis: Analysis, mention, expression: str) -> Optional[tuple[int, int, str]]:
    """Character span of the noun phrase a date describes ("the July 25 call with …") and its
    noun ("call"), or None when the date dates the sentence itself."""
    tokens, inside = analysis.mention_tokens(mention)
    if not inside:
        return None
    outside = [i for i in inside if tokens[i].head not in inside]
    if len(outside) != 1 or any(t.head in inside and t.dep == "case" for t in tokens):
        return None  # a possessive date ("Tuesday's statement") names when the thing was said
    date = outside[0]
    head = tokens[date].head
    # "announced on Monday": the date hangs on its preposition, which hangs on the participle
    # right before it (further on, the parse may hang a sentence's date on a participle: "abducted
    # by gunmen wearing military uniforms in the heart of Afghan capital in August 2016")
    on = tokens[date].dep == "pobj" and tokens[head].dep == "prep" and tokens[head].head == head - 1 and head < date
    participle = tokens[head].head if on else head
    if (
        tokens[participle].tag in {"VBN", "VBG"} and tokens[participle].dep == "acl"
        and tokens[tokens[participle].head].pos == "NOUN"
        and (on or tokens[date].dep in {"npadvmod", "prep"}) and participle < date
    ):
        # "28 questions asked last June", in a sentence whose own event is another: the date
        # dates the questions, not the sentence
        noun = tokens[participle].head
        if tokens[noun].dep == "attr":
            return None  # "Morrison was the third witness testifying Tuesday …": the sentence's own
        return None if _sets_the_scene(tokens, noun) else _thing_span(analysis, mention, tokens, noun)
    if not _MONTH_IN.search(expression):
        # a participle's date above dates its noun whatever the date ("the unilateral move
        # announced on Monday by US Secretary of State Mike Pompeo"); a weekday right before a
        # noun is not read as dating it
        return None
    noun = head
    if noun <= inside[-1] or tokens[noun].pos != "NOUN" or tokens[date].dep not in _MODIFIER_DEPS:
        return None
    governor = tokens[noun].head
    if tokens[noun].dep in {"nsubj", "nsubjpass"} and tokens[governor].dep == "ROOT":
        return None
    if _sets_the_scene(tokens, noun):
        return None
    return _thing_span(analysis, mention, tokens, noun)


def _sets_the_scene(tokens: list, noun: int) -> bool:
    """"In a statement released November 5, it said …": the thing's date is the sentence's."""
    governor = tokens[noun].head
    return (
        tokens[noun].dep == "pobj"
        and tokens[governor].text.lower() in _SETTING_PREPOSITIONS
        and tokens[tokens[governor].head].pos in {"VERB", "AUX"}
    )


def _thing_span(analysis: Analysis, mention, tokens: list, noun: int) -> tuple[int, int, str]:
    """The noun phrase of ``noun`` with all it governs, as a character span, and the noun."""
    span = [k for k in range(len(tokens)) if _descends(tokens, k, noun)]
    first, last = min(span), max(span)
    while last > first and tokens[last].text in _TRAILING_PUNCTUATION:  # a closing quote stays
        last -= 1
    start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
    closing = re.match(r"[.,!?]?[”\"]", analysis.sentences[mention.sentence][end:])
    if closing and _opens_a_quote(analysis.sentences[mention.sentence][start:end]):
        end += closing.end()  # 'he’d put a “bullet in her skull.”': the quote closes
    return start, end, tokens[noun].text.lower()


def _opens_a_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


_MODIFIER_DEPS = frozenset({"compound", "nmod", "nummod", "amod", "npadvmod"})
_TRAILING_PUNCTUATION = frozenset({".", ",", ";", ":", "—", "–", "-", "(", "!", "?"})


def _descends(tokens: list, k: int, ancestor: int) -> bool:
    for _ in range(len(tokens)):
        if k == ancestor:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def excerpt(sentence: str, start: int, end: int) -> str:
    """A part of the sentence, marked "…" where it is cut (never reworded)."""
    text = event_text(sentence[start:end])
    if start > 0:
        text = "… " + text
    if end < len(sentence.rstrip(" .!?\"'”’")) and not text.endswith(" …"):
        text += " …"
    return text


def _specificity(event: TimelineEvent, written_out: bool) -> tuple:
    """Prefer resolved dates, then the most precise, then dates the article writes out
    ("March 3" over the "Tuesday" of "Super Tuesday"), then the earlier mention."""
    return (event.resolved, len(event.date) if event.resolved else bool(re.search(r"\d", event.date)), written_out)


def _one_per_sentence(events: list[tuple]) -> list[tuple[tuple, TimelineEvent]]:
    """One entry per sentence (its most specific date): a sentence is one event, and
    listing it under each of its dates would repeat it. A dated thing ("the July 25 call") is
    an event of its own, listed once however often the article mentions it: the first
    mention of that date with that noun ("Trump's July 25 call with …", then "the July 25 call")."""
    best: dict[object, tuple[tuple, TimelineEvent, bool]] = {}
    for key, event, written_out, thing in events:
        slot = event.sentence if thing is None else (event.date, thing[2])
        current = best.get(slot)
        if current is None or (thing is None and _specificity(event, written_out) > _specificity(current[1], current[2])):
            best[slot] = (key, event, written_out)
    return [(key, event) for key, event, _ in best.values()]


def _not_told_twice(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """One entry for an event the article tells twice on the same date: the paraphrase and the
    quote it comes from ("Since 2008, there hasn't been a single year of revenue gain …" and
    "“Since 2008, …,” says analyst Ken Doctor"), a caption that repeats a sentence. A later
    entry goes when at least 90% of the words of the shorter of the two are in the longer and
    none of the others is capitalised: a police log's "A vehicle driven by Keyosha Jackson …"
    and "… by Todd Richter …" are two events. 4 entries go on the 390 dev and unseen texts."""
    kept: list[tuple[TimelineEvent, set[str]]] = []
    for event in events:
        words = set(re.findall(r"\w+", event.text))
        if not any(other.date == event.date and _retold(words, seen) for other, seen in kept):
            kept.append((event, words))
    return [event for event, _ in kept]


def _retold(one: set[str], other: set[str]) -> bool:
    shorter, longer = sorted((one, other), key=len)
    lower_longer = {w.lower() for w in longer}
    missing = [w for w in shorter if w.lower() not in lower_longer]
    return len(shorter) >= 8 and len(missing) <= 0.1 * len(shorter) and not any(w[:1].isupper() for w in missing)


def event_text(sentence: str, date: Optional[tuple[int, int]] = None) -> str:
    """The sentence, cut at a clause boundary when long (never reworded). When the cut would
    leave out the ``date`` (its character span) the event is listed under, the text is the part
    of the sentence around it instead: "2019-11-17 — Paul Merson has restarted his row with
    Andros Townsend after the Tottenham midfielder was brought on …" had not said what happened
    on Sunday ("… in his team's 0-0 draw with Burnley on Sunday.")."""
    if len(sentence) <= MAX_EVENT_CHARS:
        return sentence
    # ", " not ",": a comma inside a number ("900,000") is no clause boundary
    cut = max(sentence.rfind(", ", 0, MAX_EVENT_CHARS), sentence.rfind("; ", 0, MAX_EVENT_CHARS))
    if cut < MAX_EVENT_CHARS // 2:
        cut = sentence.rfind(" ", 0, MAX_EVENT_CHARS)
    if date is None or date[1] <= cut:
        return sentence[:cut].rstrip(" ,;") + " …"
    return _around(sentence, *date)


_SAYING = re.compile(rf"^(?:{SAYING_VERBS})$", re.I)


def _in_a_statement(analysis: Analysis, mention) -> bool:
    """A saying verb lies between the date and the root of its sentence ("…, a UN spokesman said
    on Monday", "the ministry said following a meeting … on Tuesday"): the sentence's start is
    what was said, and the date belongs to the telling."""
    tokens, inside = analysis.mention_tokens(mention)
    k = inside[-1] if inside else None
    for _ in range(len(tokens)):
        if k is None or tokens[k].head == k:
            break
        k = tokens[k].head
        if _SAYING.match(tokens[k].text):
            # (not a date in what was said before the saying: "…, while the rate on natural graphite … will
            # rise to 25% in 2026, the White House said" had listed under 2026 the sentence's start, cut
            # before the 2026 and about another tariff)
            return tokens[k].idx < mention.start
    return False


# The part of a long sentence around its date: shorter than a cut sentence, whose clause
# boundary falls anywhere up to MAX_EVENT_CHARS (136 characters on average for the 130 events
# this applies to on the 390 texts). At 160 the windows averaged 159, and 2 of 37 sampled
# briefs gained a PDF page (a one-page brief's sources spilled onto a second).
WINDOW_CHARS = 130


def _around(sentence: str, start: int, end: int) -> str:
    """The most of the sentence that fits in WINDOW_CHARS and ends with the clause holding
    sentence[start:end], marked "…" where cut."""
    stops = [i for i in (sentence.find(", ", end), sentence.find("; ", end)) if i != -1]
    stop = min(stops) if stops else len(sentence)
    if stop - start > WINDOW_CHARS // 2:  # the clause runs on past the date: cut it short
        stop = max(sentence.rfind(" ", end, start + WINDOW_CHARS // 2), end)
    begin = 0 if stop <= WINDOW_CHARS else sentence.find(" ", stop - WINDOW_CHARS) + 1
    return excerpt(sentence, begin, stop)
