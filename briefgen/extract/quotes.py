"""Direct quotes with their speaker.

Quotes in double marks and in British single marks (‘…’) are read. A direct quote opens a paragraph or follows a comma or colon ("…, saying, “…”");
a quoted phrase inside a sentence ("the talks were “not satisfactory”") is the
reporter's wording, not a statement to list, and so are quotes under
``MIN_QUOTE_WORDS``. The speaker is the person (or organisation) named outside
the quote marks in the quote's own sentences (the subject of the saying verb when
the parse has one, not merely the nearest name), else in the sentence right after
or before; "he said" takes the most recent person named. A saying verb whose subject
is no name ("fans, who posted: …") leaves the quote unattributed rather than guessed. Names are canonicalised
("Kalin" → "Ibrahim Kalin").
"""

from __future__ import annotations

import re
from typing import Optional

from ..models import Analysis, Entities, Mention, Quote
from .entities import canonical_name

# Five words separates statements from scare quotes and labels: in the seed and
# CNN/DM dev articles every quoted span under five words was a phrase ("handle
# it", "not satisfactory") rather than something a person said at length.
MIN_QUOTE_WORDS = 5

# double quotes, and British-style single ones: ‘ only ever opens a quote; the closing ’
# follows punctuation ("…Monday.’") or comes before it ("…offer’, he said"), so the
# apostrophes of "don’t" and "the members’ strike" stay inside the quote
_QUOTE = re.compile(
    r"“(?P<curly>[^”]+)”|\"(?P<straight>[^\"]+)\"|‘(?P<single>[^‘]+?)(?:(?<=[.,!?;:…])\s*’|’(?=\s*$|[.,!?;:)\]—–-]))"
)
_SAY = r"said|says|say|told|tells|added|adds|explained|warned|stated|insisted|noted|wrote|asked|declared|continued|replied|argued|tweeted|posted|according to"
_PRONOUN_SPEAKER = re.compile(rf"^\s*,?\s*[”\"]?\s*(he|she)\s+({_SAY})\b|\b(he|she)\s+({_SAY})\s*[,:]?\s*$", re.I)


def extract_quotes(analysis: Analysis, entities: Entities) -> list[Quote]:
    quotes: list[Quote] = []
    by_paragraph: dict[int, list[int]] = {}
    for sid, para in enumerate(analysis.paragraphs):
        by_paragraph.setdefault(para, []).append(sid)
    last_person: Optional[str] = None
    for para, sids in sorted(by_paragraph.items()):
        text, offsets = "", []
        for sid in sids:
            if text:
                text += " "
            offsets.append((len(text), sid))
            text += analysis.sentences[sid]
        for match in _QUOTE.finditer(text):
            inner = (match.group("curly") or match.group("straight") or match.group("single") or "").strip()
            words = re.findall(r"[^\W_]+", inner)
            before = text[: match.start()]
            direct = not before.strip() or re.search(r"[,:]\s*$", before) is not None
            if len(words) < MIN_QUOTE_WORDS or not direct:
                continue
            first = _sentence_at(offsets, match.start())
            last = _sentence_at(offsets, match.end() - 1)
            speaker = _speaker(analysis, entities, text, match, offsets, first, last, last_person)
            quotes.append(Quote(text=inner.rstrip(",").strip(), speaker=speaker, sentence=first))
        for sid in sids:
            person = _last_person_in(analysis, sid)
            if person:
                last_person = canonical_name(entities, person)
    return quotes


def _sentence_at(offsets: list[tuple[int, int]], position: int) -> int:
    current = offsets[0][1]
    for start, sid in offsets:
        if start <= position:
            current = sid
    return current


def _outside(text: str, match: re.Match) -> tuple[str, str]:
    return text[: match.start()], text[match.end() :]


def _speaker(analysis, entities, text, match, offsets, first, last, last_person) -> Optional[str]:
    before, after = _outside(text, match)
    # within the quote's own sentences: the name right after the quote, then before it
    para_start = offsets[0][0]
    names_after = _names_in(analysis, range(first, last + 1), text, offsets, match.end(), len(text))
    names_before = _names_in(analysis, range(first, last + 1), text, offsets, para_start, match.start())
    sentence_end = re.search(r"[.!?]", after)
    after_clause = after[: sentence_end.start()] if sentence_end else after
    if names_after and _attributes_quote(text[match.end() : names_after[0][0]], text[names_after[0][0] :]):
        return canonical_name(entities, names_after[0][1])
    if re.search(rf"\b({_SAY}|saying|accused|urged)\b", before):
        found, subject = _say_subject(analysis, first, match.start() - dict((sid, start) for start, sid in offsets)[first])
        if found:  # the saying verb's subject is the speaker, named or not ("fans posted")
            return canonical_name(entities, subject) if subject else None
        if names_before:
            return canonical_name(entities, names_before[-1][1])
    if _PRONOUN_SPEAKER.search(after_clause) or _PRONOUN_SPEAKER.search(before):
        return last_person
    # the next sentence names the speaker ("The statement was made by …") or the previous ends with ':'
    for sid in (last + 1, first - 1):
        if 0 <= sid < len(analysis.sentences) and sid != first:
            people = [m for m in analysis.mentions if m.sentence == sid and m.label == "PERSON"]
            if people and re.search(rf"\b({_SAY})\b", analysis.sentences[sid]):
                return canonical_name(entities, people[0].text)
    return None


def _attributes_quote(gap: str, rest: str) -> bool:
    """Whether a name after a quote is its speaker: '…,” said Tom Hale' or '…,” Hale said',
    with nothing but punctuation, the saying verb and a title word between; not
    '…’, while fly-half Andy Goode added: ‘…’', which attributes the next quote."""
    if len(gap) > 40 or re.search(r"\b(while|and|but|as|before|after|when|whereas)\b", gap):
        return False
    return bool(re.search(rf"\b({_SAY})\b", gap)) or bool(re.match(rf"^[^.:;!?]{{0,80}}?\b({_SAY})\b(?!\s*:)", rest))


def _say_subject(analysis: Analysis, sid: int, quote_start: int) -> tuple[bool, Optional[str]]:
    """(found, name): the grammatical subject of the last saying verb before the quote.
    'Mark Wolper, son of producer David L. Wolper, added, "…"' is Mark Wolper's quote,
    though David L. Wolper is the nearer name; 'fans, who posted on Twitter: ‘…’' has a
    subject that is no name, so the quote has no named speaker (not Twitter)."""
    tokens = analysis.tokens[sid] if sid < len(analysis.tokens) else []
    verbs = [i for i, t in enumerate(tokens) if t.idx < quote_start and re.fullmatch(rf"{_SAY}|saying", t.text.lower())]
    if not verbs:
        return False, None
    for j, token in enumerate(tokens):
        if token.head == verbs[-1] and token.dep in {"nsubj", "nsubjpass"} and j != verbs[-1]:
            for m in analysis.mentions:
                if m.sentence == sid and m.label in {"PERSON", "ORG"} and m.start <= token.idx < m.end:
                    return True, m.text
            if token.pos in {"PRON"} and token.text.lower() in {"he", "she"}:
                return False, None  # "he said:": the pronoun rule below resolves it
            return True, None
    return False, None


def _names_in(analysis, sids, text, offsets, lo, hi) -> list[tuple[int, str]]:
    """(paragraph offset, name) of PERSON, then ORG mentions between lo and hi."""
    found: list[tuple[int, str, int]] = []
    starts = {sid: start for start, sid in offsets}
    for m in analysis.mentions:
        if m.sentence in sids and m.label in {"PERSON", "ORG"}:
            pos = starts[m.sentence] + m.start
            if lo <= pos < hi:
                found.append((pos, m.text, 0 if m.label == "PERSON" else 1))
    people = [(p, n) for p, n, rank in sorted(found) if rank == 0]
    return people or [(p, n) for p, n, rank in sorted(found)]


def _last_person_in(analysis: Analysis, sid: int) -> Optional[str]:
    people = [m for m in analysis.mentions if m.sentence == sid and m.label == "PERSON"]
    return people[-1].text if people else None
