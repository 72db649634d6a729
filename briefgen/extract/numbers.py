"""Find and parse numbers written as digits or English words.

``parse_number`` turns "2,100", "1.5bn", "two hundred and fifty", "half a
million" into floats; ``find_numbers`` yields every number span in a sentence
with its character offsets, so figures can quote the exact text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

from ..errors import BriefgenError

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
            "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}

# South Asian scales, as Indian and Pakistani news writes sums and crowds: "50 lakh masks" (5
# million; a Delhi story had tabled 50), "Rs 1,200 crore", "₹1.5 lakh crore" (1.5 trillion);
# "thousand million" is the older British billion. Kept apart from SCALES, which also spells
# numbers out (number_to_words).
COMPOUND_SCALES = {
    "lakh crore": 1e12, "lakh crores": 1e12, "thousand million": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    # Reuters' abbreviations, written after a space: "$2.5 bln loss" had been tabled as $2.5
    "mln": 1e6, "bln": 1e9, "trln": 1e12,
}
# every scale written as a word, longest first, as a regular expression's alternatives
SCALE_WORDS = "|".join(sorted([*COMPOUND_SCALES, *SCALES], key=len, reverse=True)).replace(" ", r"\s+")
# a vulgar fraction after the digits: "1½ million" had been read as "million" alone
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_WORD_ALT = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES) + ["lakh", "lakhs", "crore", "crores"], key=len, reverse=True))
# "two and a half", "one and a half million": the half belongs to the number
_AND_A_HALF = r"(?:\s+and\s+a\s+half(?:\s+(?:million|billion|trillion|thousand|hundred))?)?"
# a fraction of a scale: "half a million", "a half-million", "a quarter million", "three-quarters of
# a million" (a quarter million people without power had been tabled as a million)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75, "third": 1 / 3, "thirds": 2 / 3}
_FRACTION_RE = (
    r"(?:(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+third|two[\s-]thirds|(?:a\s+)?half)"
    r"(?:\s+of)?(?:\s+an?)?[\s-](?:million|billion|trillion|thousand|hundred|dozen)"
)
# a run of number words: "two hundred and fifty", "twenty-five", "half a million", "a dozen"
_WORDS_RE = (
    rf"(?:{_FRACTION_RE}|an?\s+(?:million|billion|trillion|thousand|hundred|dozen)"
    rf"|(?:\b(?:{_WORD_ALT})\b(?:(?:\s+and\s+|\s+|-)\b(?:{_WORD_ALT})\b)*){_AND_A_HALF}(?:\s+dozen)?"
    rf"|dozen)"
)
_DIGITS_RE = (
    # a decimal comma, as much of Europe writes it, only where nothing else can be meant: "€2,5
    # billion", "3,5%" (a thousands comma takes three digits); it had been read as €2 and a billion
    r"(?<![\w.,])\d{1,3},\d{1,2}(?=\s*(?:(?:million|billion|trillion|bn|mn|per\s?cent|percent)\b|%))"
    # (never the first group of a number with thousands commas: "£50,000pa" had been read as £50)
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)"
    # thousands set off by spaces, as SI and French copy writes them: "10 000 people" had been 10.
    # A thin or no-break space always groups; a plain one only before a round last group and no
    # name ("roughly 400 737 Max jets" is 400 of a model)
    r"|(?<!\d\s)(?<![\w.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?![\w,\-–]|\.\d|\s\d)"
    r"|(?<!\d\s)(?<![\w.,])\d{1,3}(?: \d{3})*(?: \d\d0)(?![\w,\-–]|\.\d|\s\d|(?-i:\s[A-Z]))"
    r"|(?<![\w.,])\d+(?:\.\d+)?[½¼¾⅓⅔]?(?!,\d{3}(?!\d))"
)
# "1.5 million", "US$171-million" (hyphenated before a noun: "a $23-million centre")
_SCALE_AFTER = (
    rf"(?:(?:\s*|-)(?:{SCALE_WORDS})\b|(?:k|m|mn|bn|b|tn|trn)\b"
    # an editor's completion inside a quote: "$1.8 bill[ion]" had been tabled as $1.8
    r"|\s*(?:mill|bill|trill)\[ion\])?"
)
# units written straight after digits ("52.491km", "10kg"): the number ends where they start
# ("5pc", "5.5pct": a share as British and Reuters copy writes it; "£50,000pa": a year's sum);
# so does a capital C or F, a temperature ("30C") or a label ("flat 4C"; figures tells them apart)
_ATTACHED_UNITS = r"km/h|km|kg|kph|mph|ft|cm|mm|lbs|lb|mw|gw|kw|sq|mi|oz|[kmgt]bps|[kmgt]b/s|[kmgt]b|pct|pc|pa"
NUMBER_RE = re.compile(
    rf"(?P<digits>(?:{_DIGITS_RE}){_SCALE_AFTER}(?!\.\d)(?:(?=(?:{_ATTACHED_UNITS})\b)|(?=(?-i:[CF])\b)|(?![^\W_])))|(?P<words>\b(?:{_WORDS_RE})\b)",
    re.IGNORECASE,
)


class NumberError(BriefgenError, ValueError):
    """Text that is not a number we can read."""


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    text: str
    value: float
    words: bool  # written in words ("thirteen") rather than digits


def parse_number(text: str) -> float:
    """Value of a number written in digits, words or both ("1.5 million", "£5m" without £)."""
    raw = text.strip().lower().replace("\u2009", "").replace("\u00a0", " ").replace("[ion]", "ion")
    if not raw:
        raise NumberError("empty number")
    raw = re.sub(r"^(\d{1,3}),(\d{1,2})(?!\d)", r"\1.\2", raw)  # a decimal comma (see _DIGITS_RE)
    raw = re.sub(r"^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)", lambda m: re.sub(r"\s", "", m.group(1)), raw)
    match = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([½¼¾⅓⅔])?(?:\s*|-)([a-z]+(?:\s+[a-z]+)?)?", raw)
    if match:
        value = float(match.group(1).replace(",", "") + (match.group(2) or "")) + VULGAR_FRACTIONS.get(match.group(3) or "", 0)
        scale = match.group(4) and re.sub(r"\s+", " ", match.group(4))
        if scale is None:
            return value
        factor = COMPOUND_SCALES.get(scale) or SCALES.get(scale) or SUFFIXES.get(scale)
        if factor is None:
            raise NumberError(f"unknown scale {scale!r}")
        # in decimal, as written: binary floats had made "4.07 million" 4070000.0000000005, which the figures read
        # as a count with a fraction and left out (a home-sales story's headline number)
        return float(Decimal(repr(value)) * Decimal(repr(factor)))
    return _parse_words(raw)


def _parse_words(raw: str) -> float:
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half(?:\s+(\w+))?", raw)
    if half:
        return (_parse_words(half.group(1)) + 0.5) * (_scale_of(half.group(2), raw) if half.group(2) else 1)
    tokens = [t for t in re.split(r"[\s-]+", raw) if t and t != "and"]
    if not tokens:
        raise NumberError(f"not a number: {raw!r}")
    if re.fullmatch(_FRACTION_RE, raw):
        words = re.split(r"[\s-]+", raw)
        part = next(word for word in words if word in _FRACTIONS)
        return float(round(_FRACTIONS[part] * _scale_of(words[-1], raw)))  # thirds: whole units
    if tokens[0] in {"a", "an"}:
        tokens = ["one"] + tokens[1:]
    total, current, seen = 0.0, 0.0, False
    previous = None
    for token in tokens:
        if previous is not None and _no_number_goes(previous, token):
            raise NumberError(f"not one number: {raw!r}")  # "two-three years", "nineteen ninety"
        previous = token
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES or token in COMPOUND_SCALES:
            total += (current or 1) * SCALES.get(token, COMPOUND_SCALES.get(token, 1))
            current = 0
        else:
            raise NumberError(f"not a number: {raw!r}")
        seen = True
    if not seen:
        raise NumberError(f"not a number: {raw!r}")
    return total + current


def _no_number_goes(previous: str, token: str) -> bool:
    """Number words that never follow each other in one number: a unit or teen after a unit,
    teen or tens word, or tens after tens. Such runs had been summed: "two-three years" was 5,
    "days four and five" 9, "Seven Eleven" 18 and "scored just three four times" a tabled 7
    (4 runs on the 390 dev and unseen texts). Read as no number, as splitting them gave day
    labels and that typo as figures: a missing number is better than a wrong one."""
    if token in UNITS or token in TENS:
        return previous in UNITS or (previous in TENS and not 1 <= UNITS.get(token, 0) <= 9)
    return False


def _scale_of(token: str, raw: str) -> float:
    if token == "dozen":
        return 12
    if token in SCALES:
        return SCALES[token]
    raise NumberError(f"not a number: {raw!r}")


# a minus sign written straight before digits, after a space, a bracket or the start: "fell to
# −12 degrees", "closed at -0.4 percent", "(-10 friendship.)" had been read as 12, 0.4 and 10;
# not the dash of a range or score ("3-4", "14-7"), nor a bullet or dash set off by a space
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:=/]))[-−]$")


# "minus 5 degrees", "minus forty": a negative number in words ("fell to minus 5 degrees" had
# been tabled as 5 degrees); not a sum's "10 minus 3", whose minus subtracts
_MINUS_WORD_BEFORE = re.compile(r"\bminus\s+$", re.I)
_OPERAND_BEFORE = re.compile(rf"(?:\d|%|\)|\b(?:{_WORDS_RE}))\s*$", re.I)


def find_numbers(sentence: str) -> Iterator[NumberSpan]:
    """Every number in a sentence, left to right (digits, words, and mixes like '1.5 million')."""
    for match in NUMBER_RE.finditer(sentence):
        text = match.group(0)
        try:
            value = parse_number(text)
        except NumberError:
            continue  # also a run of number words that is no one number: "two-three years", "four and five"
        start = match.start()
        words = match.group("words") is not None
        if words and re.fullmatch(rf"(?:{SCALE_WORDS})", text, re.I):
            continue  # a scale word alone is no number: "1½ million", "€2,5 billion" had given a million, a billion
        if not words and _MINUS_BEFORE.search(sentence[:start]):
            start, text, value = start - 1, sentence[start - 1] + text, -value
        elif minus := _MINUS_WORD_BEFORE.search(sentence, max(0, start - 16), start):
            if not _OPERAND_BEFORE.search(sentence[: minus.start()]):
                start, text, value = minus.start(), sentence[minus.start() : match.end()], -value
        yield NumberSpan(start, match.end(), text, value, words=words)


def format_number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def number_to_words(n: int) -> str:
    """English words for a non-negative integer (used by tests and for display)."""
    if n < 0:
        raise NumberError("negative")
    if n < 20:
        return [k for k, v in UNITS.items() if v == n][0]
    if n < 100:
        tens = [k for k, v in TENS.items() if v == n - n % 10][0]
        return tens + ("-" + number_to_words(n % 10) if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return number_to_words(n // 100) + " hundred" + (" and " + number_to_words(rest) if rest else "")
    for name, scale in sorted(SCALES.items(), key=lambda kv: -kv[1]):
        if scale >= 1000 and n >= scale:
            rest = n % scale
            head = number_to_words(n // scale) + " " + name
            if not rest:
                return head
            return head + (" and " if rest < 100 else " ") + number_to_words(rest)
    raise NumberError("unreachable")  # pragma: no cover


def optional_value(text: str) -> Optional[float]:
    try:
        return parse_number(text)
    except NumberError:
        return None
