"""Direct quotes with their speaker.

Quotes in double marks and in British single marks (‘…’) are read, and in straight
single marks ('…') where they cannot be apostrophes (``_plain_single_quotes``). A direct quote
opens a paragraph or follows a comma or colon ("…, saying, “…”"); a quoted phrase
inside a sentence ("the talks were “not satisfactory”") is the reporter's wording,
not a statement to list, and so are quotes under ``MIN_QUOTE_WORDS``, unless a saying
verb introduces or follows one and names its speaker (``SHORT_QUOTE_WORDS``). The speaker
is the person (or organisation) named outside the quote marks in the quote's own
sentences: the subject of the saying verb when the parse has one, not merely the
nearest name ('…,” he told Benioff' is not Benioff's), and a surname spaCy tagged
as no entity counts when exactly one known person has it. A quote paragraph with no
saying verb continues the previous quote's speaker, or is given to the subject of
the next sentence's saying verb, or of a sentence before ending in a colon. "He
said" goes back to the nearest earlier quote's speaker or the one person who is a
clause's subject within three sentences. Names inside quote marks are never
speakers. A saying verb whose subject is an unnamed noun gives that noun's phrase as
written ("said a WeWork spokesperson", "the source said"); a subject that is no one in
particular ("fans, who posted: …", "said someone in the audience"), two people in
reach, or an unattributed question leave the quote unattributed rather than guessed:
briefing 130 unseen pages, guesses had put Meghan's words to Oprah Winfrey and a
patient's to her doctor. Names are canonicalised ("Kalin" → "Ibrahim Kalin").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from ..models import Analysis, Entities, Mention, Quote, phrase_root
from ..text import SAYING_VERBS, TITLE_SMALL_WORDS, ends_sentence
from .entities import canonical_name

# Five words separates statements from scare quotes and labels: in the seed and
# CNN/DM dev articles every quoted span under five words inside a sentence was a phrase ("handle
# it", "not satisfactory") rather than something a person said at length.
MIN_QUOTE_WORDS = 5
# ...but for a whole statement of three or four words that a saying verb introduces or follows
# ('"We have lost everything," said farmer Ahmed Khan', 'Police chief Sarah Brown said: "Three
# people remain missing."'); scare quotes and labels sit inside a sentence, not so (_said_whole).
# On the 391 dev and unseen texts 10 such quotes had been left out, each its named speaker's
SHORT_QUOTE_WORDS = 3
# ...and a quote inside a sentence, attributed right after it, is someone's words from this many
# on: a DailyMail caption glued before one ('… after serving a three-match suspension ‘ When you
# get so close, …, it hurts, ’ said Rodgers'), or a statement quoted in part ('… actions were
# "unsafe and unprofessional due to the aggressive maneuvers …," Pentagon spokesman Mark Wright
# said'). 5 quotes on the dev articles, each its speaker's; labels in quote marks are shorter
MID_SENTENCE_QUOTE_WORDS = 6
# a web address counts as one word: '"http://remotestorage.io/spec/version"' had been five words,
# and a specification's 17 quoted addresses and JSON keys were listed as unattributed quotes
_ADDRESS = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.I)

# double quotes, curly or straight, also mixed ('“…,"' and '"…”': web copy mixes them, and
# pairing straight marks alone had made the narration between two quotes a "quote"), and
# British-style single ones: ‘ only ever opens a quote; the closing ’ follows punctuation
# ("…Monday.’") or comes before it ("…offer’, he said"), so the apostrophes of "don’t" and
# "the members’ strike" stay inside the quote. Two closing single marks close a double one,
# as some wire copy types it ('“It was an attempt to mislead voters,’’ Will Moy … told the
# BBC.'): read as an apostrophe, the narration up to the next quote's end had been "quoted"
_QUOTE = re.compile(
    r"“(?P<curly>[^”\"]+?)(?:[”\"]|’’)|\"(?P<straight>[^\"“”]+)[\"”]|‘(?P<single>[^‘]+?)(?:(?<=[.,!?;:…])\s*’|’(?=\s*$|[.,!?;:)\]—–-]))"
)
# Straight single marks ('…': DailyMail's copy, 87 of the 100 dev articles) are the apostrophe's
# character, so they are read only where nothing is in doubt (``_plain_single_quotes``). An
# apostrophe: between a letter and a lower-case one ("don't"), in a name ("O'Neil"), after a
# plural's s before a lower-case word ("the players' union"), before a year or a dropped
# syllable ("the '90s", "'em", "rock 'n' roll"). Every other straight single mark is a quote mark.
_APOSTROPHE = re.compile(
    r"(?<=[^\W\d_])'(?=[a-z])|(?<=\b[A-Z])'(?=[A-Z][a-z])|(?<=s)'(?=\s[a-z])|'(?=\d\ds?\b)"
    r"|(?<![^\W\d_])'(?=(?:em|til|cause|bout|tis|n)\b)|(?<=\bn)'(?=\s)"
)
# a straight single quote opens after a space, a bracket, a comma or a colon, before a capital; it
# closes after the quote's own punctuation ("…ready to run,' said Bolt") or before a comma or full
# stop ("…offer', he said")
_PLAIN_OPENS = re.compile(r"(?:^|(?<=[\s(\[,:;—–]))'(?=[A-Z])")
_PLAIN_CLOSES = re.compile(r"(?<=[.,!?…])'(?=\s|$|[)\]—–])|(?<=[^\W\d_])'(?=[,.;:!?](?:\s|$))")
_PLAIN_SPAN = re.compile(r"'(?P<plain>.+)'", re.S)


def _plain_single_quotes(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """Quotes in straight single marks, outside the spans already ``taken`` by other quotes.

    The quote marks are paired in order (first and second, third and fourth, ...), and a pair
    is read only when the first opens and the second closes a quote as ``_PLAIN_OPENS`` and
    ``_PLAIN_CLOSES`` say. The dev articles' copy is detokenised and puts some closing marks
    before the next sentence ("…for cyclists, 'Wiggins said."): by shape alone the narration
    after them had been read as quotes (3 of 29 new quotes on the dev articles); paired in
    order, a mark out of place loses the quotes after it in its paragraph, and none is made up.
    """
    starts = [a for a, _ in taken]  # in order, not overlapping (one finditer's matches)

    def inside_taken(position: int) -> bool:
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and position < taken[i][1]

    marks = [
        m.start() for m in re.finditer("'", text) if not _APOSTROPHE.match(text, m.start()) and not inside_taken(m.start())
    ]
    quotes = []
    for opening, closing in zip(marks[::2], marks[1::2]):
        if _PLAIN_OPENS.match(text, opening) and _PLAIN_CLOSES.match(text, closing):
            quotes.append(_PLAIN_SPAN.fullmatch(text, opening, closing + 1))
    return quotes


def _quotes_in(text: str) -> list[re.Match]:
    """Every quote in a paragraph's text, in order."""
    found = list(_QUOTE.finditer(text))
    found += _plain_single_quotes(text, [(m.start(), m.end()) for m in found])
    return sorted(found, key=lambda m: m.start())


# a quote left open at the end of its paragraph because the next paragraph goes on with it,
# reopened: 'Mark Harper told him: “[These were] 12 pages of detailed laws …' then '“That’s why
# we need to scrutinise …”' (the news convention for a quote of several paragraphs). Read only
# when the next paragraph does open with a quote mark; its speaker carries on into it.
_CONTINUED = re.compile(r"[“\"](?P<curly>[^“”\"]+)$")
# at most this many characters between a quote and the name or saying verb attributing it:
# '…,” said Tom Hale' and '…,” the company’s chief executive, Jane Roe, said' are within it
MAX_ATTRIBUTION_GAP = 40
# a saying verb within a few words after a quote, before its sentence ends, and the mark a quote
# so attributed ends on inside its quote marks ('“…,” she said', '“…?” he asked')
_ATTRIBUTED_CLOSE = frozenset(",?!—–-")
_SAID_COLON = re.compile(rf"\b(?:{SAYING_VERBS})\b[^.!?“”\"]{{0,30}}:\s*$", re.I)
# (a speaker described before being named takes more: '…,” the group’s regional director, Omar
# Haddad, said' is 42 characters to "said", so up to MAX_DESCRIBED_GAP)
MAX_DESCRIBED_GAP = 60
_ATTRIBUTED_AFTER = re.compile(rf"^[^.!?“”\"]{{0,{MAX_DESCRIBED_GAP}}}?\b(?:{SAYING_VERBS})\b", re.I)
# a source named in a frame right before a quote, with no saying verb: "According to his aunt,
# Jane Starner, “…”", "As Gaiman put it, “…”", "In Dr. Shadlen's words, “…”"
_FRAMED = re.compile(
    r"\b(?:according to [^“”\"]{1,60}?|as [^,“”\"]{1,60}? puts? it|in [^,“”\"]{1,60}?['’]s? (?:own )?words)\s*[,:]\s*$",
    re.I,
)
# ...and the unnamed source of such a frame, as written: "According to the weather service, “…”"
_ACCORDING_TO = re.compile(
    r"^according to ((?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*[,:]\s*$", re.I
)
# how many sentences back "he said" may look for its person: a quote's paragraph and the one
# before it in news copy; further back, other people have usually been named
PRONOUN_REACH = 3
# "She answered": the speaker is not whoever asked
_REPLY = re.compile(r"\b(answered|replied|responded|retorted)\b", re.I)
_PRONOUN_SPEAKER = re.compile(rf"^\s*,?\s*[”\"]?\s*(he|she)\s+({SAYING_VERBS})\b|\b(he|she)\s+({SAYING_VERBS})\s*[,:]?\s*$", re.I)


def extract_quotes(analysis: Analysis, entities: Entities) -> list[Quote]:
    return read_quotes(analysis, entities).quotes


@dataclass
class QuoteReading:
    """The quotes of an article, and what reading them tells of who "he" and "she" are: the
    figures' "He said about 50,000 people had attended" is the same person a quote's "he said" is."""

    quotes: list[Quote]
    analysis: Analysis
    entities: Entities
    spans: list[tuple[int, int, Optional[str]]]  # (first, last sentence, speaker) of each quote
    quoted: dict
    genders: dict[str, str]

    def pronoun_speaker(self, sid: int, pronoun: str) -> Optional[str]:
        """Who "he"/"she" saying a number in sentence ``sid`` is; None when the text does not make
        it plain. Walking back from the sentence (at most PRONOUN_REACH sentences): the speaker of
        the nearest quote, or the one person who says something in a sentence ("Alvarez says
        transit officers …" then "He said … two people"). A sentence whose subject is someone
        else ends the walk: stricter than a quote's "he said" (``_pronoun_speaker``), as a table
        row has no quote around it to show whose words they are. Reading every such row of the
        521 audit texts, the looser rule had put a pundit's words to "[Arsene Wenger] has to do
        it" inside his quote, and a statement to a politician named before it."""
        if pronoun not in {"he", "she"}:
            return None
        other = {"he": "she", "she": "he"}[pronoun]
        for near in range(sid, max(-1, sid - PRONOUN_REACH - 1), -1):
            spoken = [speaker for first, last, speaker in self.spans if last == near]
            if spoken:
                speaker = spoken[-1]
                return speaker if _is_person(self.entities, speaker) and self.genders.get(speaker) != other else None
            sayers = self._sayers(near)
            if sayers:
                return sayers[0] if len(sayers) == 1 and self.genders.get(sayers[0]) != other else None
            main = _main_subject(self.analysis, near, self.quoted)
            if main is not None and main.text.lower() != pronoun and main.pos == "PROPN":
                return None  # "Mr. Trump wasn't satisfied." then "he said …": maybe, maybe not
        return None

    def _sayers(self, sid: int) -> list[str]:
        """The people who are the subject of a saying verb in sentence ``sid``, outside quotes."""
        found: list[str] = []
        for mention in _people_outside_quotes(self.analysis, sid, self.entities, self.quoted):
            tokens, inside = self.analysis.mention_tokens(mention)
            root = phrase_root(tokens, inside)
            if root is None or tokens[root].dep not in {"nsubj", "nsubjpass"}:
                continue
            verb = tokens[root].head
            # its own verb, or one that shares it: "Vucic … has rejected calls for a snap vote and said …"
            verbs = [verb] + [
                j for j, t in enumerate(tokens)
                if t.head == verb and t.dep == "conj" and not any(u.head == j and u.dep in {"nsubj", "nsubjpass"} for u in tokens)
            ]
            name = canonical_name(self.entities, mention.text)
            if any(re.fullmatch(SAYING_VERBS, tokens[j].text.lower()) for j in verbs) and name not in found:
                found.append(name)
        return found


def read_quotes(analysis: Analysis, entities: Entities) -> QuoteReading:
    quotes: list[Quote] = []
    spans: list[tuple[int, int, Optional[str]]] = []  # (first, last sentence, speaker) of each quote
    paragraphs = _paragraphs(analysis)
    quoted = _quoted_ranges(analysis, paragraphs)
    genders = _pronoun_genders(analysis, entities, quoted)
    carried: Optional[str] = None  # the speaker of a quote the paragraph before left open
    for index, (sids, text, offsets) in enumerate(paragraphs):
        matches = _quotes_in(text)
        continued = _CONTINUED.search(text)
        following = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        goes_on = bool(continued) and following.startswith(("“", '"'))
        if goes_on and not any(m.start() <= continued.start() < m.end() for m in matches):
            matches.append(continued)
        reopened, carried = carried, None
        for match in matches:
            inner = next((g for g in match.groups() if g), "").strip()
            words = re.findall(r"[^\W_]+", _ADDRESS.sub(" address ", inner))
            before = text[: match.start()]
            direct = not before.strip() or re.search(r"[,:]\s*$", before) is not None
            if not direct and (ends_sentence(before) or len(words) >= MID_SENTENCE_QUOTE_WORDS and not _reads_as_a_title(words)):
                # a quote opening a sentence inside a paragraph, attributed right after it ('…
                # evacuated safely. "Thanking God for our safety …,"she wrote.': the dev articles
                # are one paragraph each). Not a later part of someone's quote ('“…,” he said.
                # “…”'), nor one that ends its sentence inside the marks ('“… to the mix.” He said
                # his company’s …'). So is a long one inside a sentence (MID_SENTENCE_QUOTE_WORDS)
                closes_on = match.group(0).rstrip("”\"’'").rstrip()[-1:]
                direct = closes_on in _ATTRIBUTED_CLOSE and _ATTRIBUTED_AFTER.match(text[match.end() :]) is not None
            first = _sentence_at(offsets, match.start())
            if goes_on and match is continued and not direct and spans and spans[-1][0] >= sids[0] and spans[-1][1] + 1 >= first:
                # the quote left open goes on with the quote just before it in this paragraph ('“…,”
                # explains Jennifer Ngo-Anh. “If we …' + '“And the basic idea …'): hers
                carried = spans[-1][2]
            short = len(words) < MIN_QUOTE_WORDS
            if not direct or short and not (len(words) >= SHORT_QUOTE_WORDS and _said_whole(text, match, before)):
                continue
            last = _sentence_at(offsets, match.end() - 1)
            reopening = reopened if match.start() == 0 else None  # the quote opens its paragraph
            speaker = _speaker(analysis, entities, text, match, offsets, first, last, spans, quoted, genders, reopening)
            if short and speaker is None:
                continue  # a short line no one is named for ("I prefer not to" in a novel's dialogue)
            quotes.append(Quote(text=inner.rstrip(",").strip(), speaker=speaker, sentence=first))
            spans.append((first, last, speaker))
            if goes_on and match is continued:
                carried = speaker
    return QuoteReading(quotes, analysis, entities, spans, quoted, genders)


def _said_whole(text: str, match: re.Match, before: str) -> bool:
    """A short quote that is a whole statement someone made: it ends inside its marks with a
    sentence's or a clause's stop, and a saying verb introduces it ('Police chief Sarah Brown
    said: "Three people remain missing."') or follows it ('"We have lost everything," said …')."""
    quoted = match.group(0).rstrip("”\"’'").rstrip()
    if quoted[-1:] not in ".!?,…":
        return False
    if _SAID_COLON.search(before):
        return True
    return quoted[-1:] in _ATTRIBUTED_CLOSE and _ATTRIBUTED_AFTER.match(text[match.end() :]) is not None


def _reads_as_a_title(words: list[str]) -> bool:
    """Most words capitalised, but for small ones, as a title writes them: a book's, film's or
    song's title is no speech ('In her book “A Paradise Built in Hell: The Extraordinary
    Communities that Arise in Disaster,” Rebecca Solnit wrote of …')."""
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(content) and words[0][0].isupper() and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def quoted_ranges(analysis: Analysis) -> dict[int, list[tuple[int, int]]]:
    """Per sentence, the character ranges inside quote marks (see ``_quoted_ranges``)."""
    return _quoted_ranges(analysis, _paragraphs(analysis))


def _paragraphs(analysis: Analysis) -> list[tuple[list[int], str, list[tuple[int, int]]]]:
    """(sentence ids, text, offsets) of each paragraph, in order."""
    by_paragraph: dict[int, list[int]] = {}
    for sid, para in enumerate(analysis.paragraphs):
        by_paragraph.setdefault(para, []).append(sid)
    return [(sids, *_paragraph_text(analysis, sids)) for _, sids in sorted(by_paragraph.items())]


def _paragraph_text(analysis: Analysis, sids: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """A paragraph's sentences joined by spaces, with each sentence's start offset."""
    text, offsets = "", []
    for sid in sids:
        if text:
            text += " "
        offsets.append((len(text), sid))
        text += analysis.sentences[sid]
    return text, offsets


# a curly apostrophe, not a closing mark: "it’s", and spaced, as the DailyMail dev copy has it, "it ’ s"
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)\s?’\s?(?=(?:s|t|re|ll|ve|d|m)\b)")


def _quoted_ranges(analysis: Analysis, paragraphs) -> dict[int, list[tuple[int, int]]]:
    """Per sentence, the character ranges inside quote marks, found paragraph by paragraph
    so a quote running over several sentences covers all of them; an opening mark never
    closed covers the rest of its paragraph ("He said: “This morning, Premier Fahie …")."""
    ranges: dict[int, list[tuple[int, int]]] = {}
    for _, text, offsets in paragraphs:
        marks = [(m.start(), m.end()) for m in _quotes_in(text)]
        unclosed = re.search(r"[“\"‘](?=[^“”\"‘’]*$)", text)
        if unclosed and not any(a <= unclosed.start() < b for a, b in marks) and "”" not in text[unclosed.start():]:
            marks.append((unclosed.start(), len(text)))
        # a single mark with no ’ at all before the next one opens: a quote that ran on into a new
        # paragraph, which opens it again, in copy whose paragraphs were joined (a DailyMail dev
        # article: '‘ Trace back the winners in sport. If you look at … before they step on. ‘ Look
        # at players …, ’'); ‘ only ever opens a quote (_QUOTE). Any other ’ may have closed it,
        # as that copy spaces its marks ('ruled he had been ‘ reckless ’ for failing …')
        opening = [m.start() for m in re.finditer("‘", text)]
        for here, following in zip(opening, opening[1:]):
            between = _CURLY_APOSTROPHE.sub("", text[here:following])
            if "’" not in between and not any(a <= here < b or here <= a < following for a, b in marks):
                marks.append((here, following))
        for start, sid in offsets:
            end = start + len(analysis.sentences[sid])
            ranges[sid] = [(max(a, start) - start, min(b, end) - start) for a, b in marks if a < end and b > start]
    return ranges


def _sentence_at(offsets: list[tuple[int, int]], position: int) -> int:
    current = offsets[0][1]
    for start, sid in offsets:
        if start <= position:
            current = sid
    return current


# the end of the sentence after a quote; a title's full stop is none: "“It makes for a
# compelling story” if you have blackouts …, Mr. Powers said" had been cut at "Mr", and the quote
# left without its speaker; nor is an initial's or an initialism's ("Geoffrey Berman, the U.S.
# attorney for the Southern District of New York, said")
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bLt)"
    r"(?<!\bCol)(?<!\bSgt)(?<!\bCapt)(?<!\bProf)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])[.!?]"
)


def _outside(text: str, match: re.Match) -> tuple[str, str]:
    return text[: match.start()], text[match.end() :]


def _speaker(
    analysis, entities, text, match, offsets, first, last, spans, quoted, genders, reopened: Optional[str] = None
) -> Optional[str]:
    before, after = _outside(text, match)
    # within the quote's own sentences: the name right after the quote, then before it
    para_start = offsets[0][0]
    names_after = _names_in(analysis, range(first, last + 1), text, offsets, match.end(), len(text))
    names_before = _names_in(analysis, range(first, last + 1), text, offsets, para_start, match.start())
    # people the quote names are not who "he said" or "she said" it ("It could have been easy for Mary
    # Steenburgen to …," she said)
    inside = _names_in(analysis, range(first, last + 1), text, offsets, match.start(), match.end())
    named_inside = {canonical_name(entities, name) for _, name in inside}
    sentence_end = _SENTENCE_END.search(after)
    after_clause = after[: sentence_end.start()] if sentence_end else after
    starts = {sid: start for start, sid in offsets}
    # the saying verb's subject after the quote decides between the names there: not
    # "Goddard" in '…,” Goddard planetary scientist Avi Mandell said', nor Benioff in
    # '…,” he told Benioff' (unseen pages had both)
    kind, subject = _subject_after(analysis, last, match.end() - starts[last], len(after_clause))
    if not kind:
        kind, subject = _attributed_in_next_sentence(analysis, match, offsets, last)
        if kind == "described":
            return subject
        if kind in _PROPER:
            return _proper_speaker(entities, subject, kind == "propn")
        if kind == "pronoun" and subject == "it":
            return _it_speaker(analysis, entities, first, spans, quoted)
        if kind == "pronoun":
            return _pronoun_speaker(
                analysis, entities, first, spans, quoted, subject, genders, _REPLY.search(after_clause), named_inside
            )
    if kind == "pronoun" and subject == "it":
        return _it_speaker(analysis, entities, first, spans, quoted)
    if kind == "name":  # also after a long title ("…,” Steve Clarke, deputy associate administrator
        return canonical_name(entities, subject)  # for exploration in NASA’s …, said"), or tagged ORG
    # '…,” said a WeWork spokesperson': the description, unless a name or a saying verb before
    # the quote speaks ('… and said, “…,” the prosecutor’s office said' is not the office's)
    described = subject if kind == "described" else None
    if names_after and _attributes_quote(text[match.end() : names_after[0][0]], text[names_after[0][0] :]):
        if kind in _PROPER:  # '…,” Sasse told Hawk Sawyer': not the one told
            return _proper_speaker(entities, subject, kind == "propn")
        if kind in {"other", "described"}:  # '…,” the spokesman told Reuters': not Reuters
            return described
        if kind != "pronoun":
            return canonical_name(entities, names_after[0][1])
    elif kind in _PROPER:
        # '…,” Lopez said' where spaCy tagged no entity: a surname of exactly one known person,
        # or the name as written
        person = _proper_speaker(entities, subject, kind == "propn")
        if person:
            return person
    sentence_start = starts[first]
    framed = _FRAMED.search(text, sentence_start, match.start())
    if framed:  # "According to his aunt, Jane Starner, “…”": the name in the frame
        named = [name for position, name in names_before if position >= framed.start()]
        if named:
            return canonical_name(entities, named[-1])
        source = _ACCORDING_TO.search(framed.group(0))
        if source:  # "According to the weather service, “…”": the source as written
            return source.group(1)
    if re.search(rf"\b({SAYING_VERBS}|saying|accused|urged)\b", text[sentence_start : match.start()]):
        # the saying verb must be in the quote's own sentence, as the names before it are
        found, subject = _say_subject(analysis, first, match.start() - sentence_start, entities)
        if found:  # the saying verb's subject is the speaker, named or not ("fans posted")
            return subject
        if subject == "it":  # 'In a statement, it said: “…”'
            return _it_speaker(analysis, entities, first, spans, quoted)
        if subject in {"he", "she"}:  # "In a section on the GOP, he writes, “…”": not the GOP
            replying = _REPLY.search(text[sentence_start : match.start()])
            return _pronoun_speaker(analysis, entities, first, spans, quoted, subject, genders, replying, named_inside)
        if names_before:
            return canonical_name(entities, names_before[-1][1])
    said = _PRONOUN_SPEAKER.search(after_clause) or _PRONOUN_SPEAKER.search(before)
    if said:
        replying = _REPLY.search(after_clause) or _REPLY.search(text[sentence_start : match.start()])
        pronoun = (said.group(1) or said.group(3)).lower()
        return _pronoun_speaker(analysis, entities, first, spans, quoted, pronoun, genders, replying, named_inside)
    own_clause = text[sentence_start : match.start()] + after_clause
    if re.search(rf"\b({SAYING_VERBS})\b", own_clause) or match.group(0).rstrip("”\"’'").rstrip().endswith("?"):
        # "…,” said someone in the audience: a speaker left unnamed stays unnamed; an
        # unattributed question in an interview is the interviewer's
        return described
    if text[: match.start()].strip():
        return None  # introduced by words that name no speaker: "… allowed the prisoner to speak: “…”"
    # a quote reopening one the paragraph before left open is the same speaker's (the convention for
    # a quote of several paragraphs: 'The 56-year-old said after his appointment: "I am excited …' +
    # '"The quality in both the squad …'), whoever spoke: a person, a description or an organisation
    if reopened is not None:
        return reopened
    # a quote that is a paragraph of its own, right after a person's quote, continues it
    # (news convention: "Mark Harper told him: “…”" then "“That’s why we need …”")
    if spans and spans[-1][1] in {first - 1, first} and _is_person(entities, spans[-1][2]):
        return spans[-1][2]
    # the next sentence's saying verb has a named subject ("Mayor Jane Roe said this at …"),
    # or the sentence before introduces the quote with a colon ("The mayor, Jane Roe, said:")
    following = last + 1
    if following < len(analysis.sentences):
        found, name = _say_subject(analysis, following, len(analysis.sentences[following]))
        if found and name and any(m.text == name for m in _people_outside_quotes(analysis, following, entities, quoted)):
            return canonical_name(entities, name)
    preceding = first - 1
    if preceding >= 0 and analysis.sentences[preceding].rstrip().endswith(":"):
        people = _people_outside_quotes(analysis, preceding, entities, quoted)
        if len({m.text for m in people}) == 1:
            return canonical_name(entities, people[0].text)
    return None


def _attributed_in_next_sentence(analysis: Analysis, match: re.Match, offsets, last: int) -> tuple[str, Optional[str]]:
    """The saying verb's subject, as ``_subject_after`` gives it, in the sentence after a quote
    that ends its own sentence on a question or exclamation mark, when that sentence opens with
    the saying verb's clause: '“… the 'Giuliani problem'?”' then 'Schiff asked.', '“… for the
    people of Kentucky!”' then 'Trump tweeted before Election Day.' spaCy ends a sentence at
    such a mark before a capital, though the attribution goes on with it (a lower-case one is
    glued back in ``analyse``). ("", None) otherwise."""
    following = last + 1
    starts = {sid: start for start, sid in offsets}
    closes_on = match.group(0).rstrip("”\"’'").rstrip()[-1:]
    if closes_on not in {"?", "!"} or following not in starts or match.end() < starts[following] - 1:
        return "", None  # not such a mark, the paragraph's last sentence, or words after the quote
    clause = _ATTRIBUTED_AFTER.match(analysis.sentences[following])
    if not clause:
        return "", None
    return _subject_after(analysis, following, 0, clause.end())


def _pronoun_speaker(
    analysis: Analysis, entities: Entities, sid: int, spans: list, quoted, pronoun: str, genders: dict[str, str],
    replying=None, named_inside: frozenset | set = frozenset(),
) -> Optional[str]:
    """Who "he said"/"she said" is, when the text makes it plain. Walking back from the
    quote's sentence (at most PRONOUN_REACH sentences): the person who spoke an earlier
    quote, or the one person who is the subject of a clause outside quotes ("Hajjaj and
    her family walked …"; not "she told Dan Wootton"; not one named after a main clause's "he",
    who is someone else; and not past a main clause whose subject is a name the people list
    lacks, who may be the speaker). Two such people first, or nobody in
    reach, leaves the quote unattributed; a person the article calls by the other pronoun
    (``_pronoun_genders``), or whom the quote itself names, is passed over. spaCy's small
    English model has no coreference, and a wrong speaker is worse than none (briefing unseen pages, "the last person named"
    had put Meghan's words to Oprah Winfrey and a pregnant woman's to her doctor)."""
    asker = spans[-1][2] if replying and spans else None  # "She answered" is not who asked
    other = {"he": "she", "she": "he"}.get(pronoun)
    for near in range(sid, max(-1, sid - PRONOUN_REACH - 1), -1):
        spoken = [speaker for first, last, speaker in spans if last == near and (speaker is None or speaker != asker)]
        if spoken:  # the nearest quote's speaker goes on speaking, named or not
            if not _is_person(entities, spoken[-1]) or genders.get(spoken[-1]) == other or spoken[-1] in named_inside:
                return None  # "he said" after her quote: someone else speaks now
            return spoken[-1]
        main = _main_subject(analysis, near, quoted)
        # "He also said … police found Costa suggested …": a pronoun subject is no one its own
        # clause names after it ("By the time Buckley learned …, she was …" names her before it)
        after = main.idx if main is not None and main.text.lower() == pronoun else len(analysis.sentences[near])
        named = _people_outside_quotes(analysis, near, entities, quoted)
        people = {canonical_name(entities, m.text) for m in named if _is_subject(analysis, m) and m.start < after} - {asker}
        known = main is not None and main.text[:1].isupper() and _only_person_named(entities, main.text)
        if main is not None and (main.pos == "PROPN" or known) and not any(m.start <= main.idx < m.end for m in named):
            # a name the people list does not hold as one ("Pearson", tagged PRODUCT; "Santos",
            # which spaCy's small model tagged a noun opening "Santos later added that …") is the
            # known person with that surname; any other ("And Dirar has revealed that Falcao was
            # …") is someone the list lacks, who may be the speaker
            person = _only_person_named(entities, main.text) or _named_exactly(entities, main.text)
            if person is None:
                return None
            people.add(person)
        people = {person for person in people if genders.get(person) != other} - named_inside
        if len(people) == 1:
            return people.pop()
        if people:
            return None
    return None


# the nouns a described speaker ends on when it is an institution, which "it" can be: "the
# government said in a statement Wednesday" then '“…,” it said' (not "a spokesman", "police")
_INSTITUTIONS = frozenset(
    "government ministry agency company department office council authority court committee commission "
    "union army military service board firm party club group organisation organization foundation "
    "institute bank university hospital charity regulator administration embassy campaign website".split()
)


def _it_speaker(analysis: Analysis, entities: Entities, sid: int, spans: list, quoted) -> Optional[str]:
    """Who '“…,” it said' is: an organisation the text has just made plain. Walking back from the
    quote's sentence (at most PRONOUN_REACH sentences): the nearest quote's speaker when that is
    an organisation or an institution described ("the government"), or else the first sentence
    with a main subject, when that subject is a listed organisation ("The Food Standards Agency
    warned people …"; '…, the Swedish Prosecution Authority said.'). A person, anything else
    as that subject ("Now they've put out another statement"), or nothing in reach leaves the
    quote unattributed: "it" may be a statement, a report or a website."""
    organisations = {o.name for o in entities.organisations}
    for near in range(sid, max(-1, sid - PRONOUN_REACH - 1), -1):
        spoken = [speaker for first, last, speaker in spans if last == near]
        if spoken:
            speaker = spoken[-1]
            if speaker in organisations or speaker and speaker.split()[-1].lower() in _INSTITUTIONS and speaker[:1].islower():
                return speaker
            return None
        main = _main_subject(analysis, near, quoted)
        if main is None or near == sid and main.text.lower() == "it":
            continue
        for m in analysis.mentions:
            if m.sentence == near and m.label == "ORG" and m.start <= main.idx < m.end:
                name = canonical_name(entities, m.text)
                return name if name in organisations else None
        return None
    return None


def _main_subject(analysis: Analysis, sid: int, quoted):
    """The subject token of a sentence's main verb, outside quote marks; None without one."""
    tokens = analysis.tokens[sid] if sid < len(analysis.tokens) else []
    for token in tokens:
        if (
            token.dep in {"nsubj", "nsubjpass"} and tokens[token.head].dep == "ROOT"
            and not any(a <= token.idx < b for a, b in quoted.get(sid, []))
        ):
            return token
    return None


_HONORIFIC = re.compile(r"\b(?:(Mr)|(Mrs|Ms|Miss))\.?\s+$")


def _pronoun_genders(analysis: Analysis, entities: Entities, quoted) -> dict[str, str]:
    """"he" or "she" for the people the article shows it for, and only where it never shows
    both: "Mr"/"Mrs"/"Ms" before the name; a title or a predicate noun that says it
    ("actress", "Omar is one of the first two Muslim women …"); or a sentence whose one person
    is its subject followed by a sentence whose subject is He or She ("Carlineo was arrested
    in April. He …"), or holding "his" or "her" after the name ("McDowell still laughs at …
    his mom"). Used only to pass over a speaker: briefing unseen pages, "he said" had
    given a man's threat to the woman he threatened."""
    votes: dict[str, set[str]] = {}
    for person in entities.people:  # "Oscar-winning actress", "spokeswoman"
        gendered = {_GENDERED[w] for w in re.findall(r"[a-z]+", (person.role or "").lower()) if w in _GENDERED}
        if gendered:
            votes.setdefault(person.name, set()).update(gendered)
    sentences = analysis.sentences
    for sid, sentence in enumerate(sentences):
        people = _people_outside_quotes(analysis, sid, entities, quoted)
        for m in people:
            honorific = _HONORIFIC.search(sentence[: m.start])
            if m.label == "PERSON" and honorific:
                votes.setdefault(canonical_name(entities, m.text), set()).add("he" if honorific.group(1) else "she")
        names = {canonical_name(entities, m.text) for m in people}
        if len(names) != 1 or not all(_is_subject(analysis, m) for m in people):
            continue
        name = names.pop()
        tokens = analysis.tokens[sid] if sid < len(analysis.tokens) else []
        for token in tokens:  # "Omar is one of the first two Muslim women elected to Congress"
            word = token.text.lower()
            if word in _GENDERED and (token.dep == "attr" or (token.dep == "pobj" and _after_one_of(tokens, token))):
                votes.setdefault(name, set()).add(_GENDERED[word])
        # "McDowell still laughs at the memory of hearing his mom …": a possessive after the name,
        # in a sentence whose one person is its subject and that names nothing else, is that
        # person's (not in "Matthesen and Ford’s friends wanted some say in … his effects", where
        # spaCy tagged Ford no person)
        after = max(m.end for m in people)
        outside = [t for t in tokens if not any(a <= t.idx < b for a, b in quoted.get(sid, []))]
        owners = {
            _POSSESSIVE_PRONOUNS[t.text.lower()] for t in outside
            if t.text.lower() in _POSSESSIVE_PRONOUNS and t.dep == "poss" and t.idx >= after
        }
        named_else = any(t.pos == "PROPN" and not any(m.start <= t.idx < m.end for m in people) for t in outside)
        if len(owners) == 1 and not named_else:
            votes.setdefault(name, set()).update(owners)
        if sid + 1 >= len(analysis.tokens):
            continue
        if quoted.get(sid + 1):
            continue  # a quote's "He looked …" or "she wrote" says nothing of who the sentence before names
        subject = next((t for t in analysis.tokens[sid + 1] if t.dep in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos == "PRON" and subject.text.lower() in {"he", "she"}:
            votes.setdefault(name, set()).add(subject.text.lower())
    return {person: seen.pop() for person, seen in votes.items() if len(seen) == 1 and _is_person(entities, person)}


_GENDERED = {
    **dict.fromkeys("woman women mother wife daughter sister actress congresswoman chairwoman spokeswoman "
                    "businesswoman girl queen princess grandmother aunt niece widow".split(), "she"),
    **dict.fromkeys("man men father husband son brother actor congressman chairman spokesman businessman "
                    "boy king prince grandfather uncle nephew widower".split(), "he"),
}


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _after_one_of(tokens: list, token) -> bool:
    preposition = tokens[token.head]
    return preposition.text.lower() == "of" and tokens[preposition.head].text.lower() == "one"


def _is_person(entities: Entities, name: Optional[str]) -> bool:
    return bool(name) and any(p.name == name for p in entities.people)


def _is_subject(analysis: Analysis, mention: Mention) -> bool:
    """Whether a name is a clause's subject (or in apposition to one): who acts, not whom
    a verb or preposition takes."""
    tokens, inside = analysis.mention_tokens(mention)
    root = phrase_root(tokens, inside)
    if root is None:
        return False
    token = tokens[root]
    if token.dep == "appos" and token.head < len(tokens):
        token = tokens[token.head]
    if token.dep in {"nsubj", "nsubjpass"}:
        return True
    # no subject in the parse: a name right before a saying verb that has none is its subject
    # ("Speaking from a stage …, Chief Executive Satya Nadella said that …": spaCy hung the name on
    # "in" and took "Speaking" for the verb's subject), unless a preposition owns it ("a lawyer for
    # Jane Roe said")
    verb, before = max(inside) + 1, min(inside) - 1
    return (
        verb < len(tokens) and tokens[verb].pos == "VERB" and re.fullmatch(SAYING_VERBS, tokens[verb].text.lower()) is not None
        and not any(t.head == verb and t.dep in {"nsubj", "nsubjpass"} for t in tokens)
        and (before < 0 or tokens[before].pos != "ADP")
    )


def _people_outside_quotes(analysis: Analysis, sid: int, entities: Entities, quoted) -> list[Mention]:
    """Mentions of people in a sentence that are not inside quote marks ("…a Jimmy Buffett
    fan…" names no speaker): PERSON or ORG mentions (spaCy tags "Montoya-Lewis" ORG in one
    sentence and PERSON in another) whose name is one of the brief's people, so a hospital
    spaCy took for a person, already left out of the people, is no speaker either."""
    people = {p.name for p in entities.people}
    return [
        m for m in analysis.mentions
        if m.sentence == sid and m.label in {"PERSON", "ORG"}
        and not any(a <= m.start < b for a, b in quoted.get(sid, []))
        and canonical_name(entities, m.text) in people
    ]


def _attributes_quote(gap: str, rest: str) -> bool:
    """Whether a name after a quote is its speaker: '…,” said Tom Hale' or '…,” Hale said',
    with nothing but punctuation, the saying verb and a title word between; not
    '…’, while fly-half Andy Goode added: ‘…’', which attributes the next quote."""
    if len(gap) > MAX_ATTRIBUTION_GAP or re.search(r"\b(while|and|but|as|before|after|when|whereas)\b", gap):
        return False
    if re.match(r"^[\s,”\"’]*(?:they|we|it|he|she|i|you)\s", gap, re.I):
        return False  # '…,"they said in the Globe column': the pronoun speaks, not the paper
    return bool(re.search(rf"\b({SAYING_VERBS})\b", gap)) or bool(
        re.match(rf"^(?:[^.:;!?]|(?<=\b[A-Z])\.){{0,80}}?\b({SAYING_VERBS})\b(?!\s*:)", rest)
    )


def _say_subject(
    analysis: Analysis, sid: int, quote_start: int, entities: Optional[Entities] = None
) -> tuple[bool, Optional[str]]:
    """(found, name): the grammatical subject of the last saying verb before the quote
    ((False, "he") or (False, "she") when it is a pronoun), its full name given the
    entities, or an unnamed subject's description ("one legal expert"). Given the entities,
    a surname spaCy tagged as no entity names the one known person with it, as after a quote: the
    second half of '“After two more years of this,” Doctor asks, “what kind of …?”' is
    Ken Doctor's, as the first half is.
    'Mark Wolper, son of producer David L. Wolper, added, "…"' is Mark Wolper's quote,
    though David L. Wolper is the nearer name; 'fans, who posted on Twitter: ‘…’' has a
    subject that is no name, so the quote has no named speaker (not Twitter)."""
    tokens = analysis.tokens[sid] if sid < len(analysis.tokens) else []
    verbs = [i for i, t in enumerate(tokens) if t.idx < quote_start and re.fullmatch(rf"{SAYING_VERBS}|saying", t.text.lower())]
    if not verbs:
        return False, None
    verb = verbs[-1]
    while not any(t.head == verb and t.dep in {"nsubj", "nsubjpass"} for t in tokens) and tokens[verb].dep == "conj":
        if tokens[verb].head == verb:
            break
        verb = tokens[verb].head  # "he asked about …, called Omar a “terrorist” and said, “…”": he said it
    subjects = [j for j, t in enumerate(tokens) if t.head == verb and t.dep in {"nsubj", "nsubjpass"} and j != verb]
    if not subjects:
        return False, None
    # the nearest, when the parse gives the verb two ("Asked about her autobiography, Lady Sings
    # the Blues, …, Billie Holliday replied": not "Lady Sings")
    subject = min(subjects, key=lambda j: abs(verb - j))
    kind, text = _subject_of(analysis, sid, tokens[subject])
    if kind == "pronoun":
        return False, text  # "he said:": the pronoun rule resolves it
    if kind in _PROPER and entities is not None:
        # a name as written only as the subject of a verb that introduces the quote ('Uber …
        # tweeted this announcement: “…”', '"…," said Turkey on this occasion, "…"'), not of one
        # clauses before it ("New Zealand … declared war on Germany with Prime Minister Michael
        # Joseph Savage proclaiming, “…”")
        between = [t for t in tokens[max(verbs[-1], subject) + 1 :] if t.idx < quote_start and t.pos != "PUNCT"]
        return True, _proper_speaker(entities, text, kind == "propn" and len(between) <= _INTRODUCING_WORDS)
    if kind == "name" and entities is not None:
        return True, canonical_name(entities, text)
    return True, text if kind in {"name", "described"} else None  # a description stays as written


# a word that starts another clause between a quote and a saying verb: the verb is not the quote's
_NEXT_CLAUSE = frozenset({"while", "whereas", "but", "before", "after", "when"})
# a saying verb told to oneself is thought, not speech: '“It is?! I have to call my mom!”' then
# 'Alden told himself he was content …' is not Alden's
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "myself", "itself"})


def _subject_after(analysis: Analysis, sid: int, position: int, reach: int) -> tuple[str, Optional[str]]:
    """The subject of the first saying verb within ``reach`` characters after a quote that
    ends at ``position`` in sentence ``sid``, as ``_subject_of`` gives it; ("", None) when there
    is no such verb or it has no subject."""
    tokens = analysis.tokens[sid] if sid < len(analysis.tokens) else []
    words_after = [t for t in tokens if t.idx >= position and t.pos != "PUNCT"]
    if words_after and words_after[0].text.lower() == "and":
        return "", None  # "South Dakota says, 'Meth. We're On It,' and Twitter asks, …": another clause
    verbs = [
        i for i, t in enumerate(tokens)
        if position <= t.idx < position + reach and re.fullmatch(SAYING_VERBS, t.text.lower())
        and not (i + 1 < len(tokens) and tokens[i + 1].text == ":")  # "…, while Andy Goode added: “…”"
        and not any(w.text.lower() in _NEXT_CLAUSE for w in tokens if position <= w.idx < t.idx)
        and not any(w.head == i and w.text.lower() in _REFLEXIVE for w in tokens)  # "Alden told himself …"
    ]
    if not verbs:
        return "", None
    # the main clause's verb, not one in a clause about the speaker ("…,” Alberto Shiguematsu,
    # a resident who tweeted about the smoke, said")
    verb = next((i for i in verbs if tokens[i].dep not in {"relcl", "acl", "advcl"}), verbs[0])
    for token in tokens:
        if token.head != verb or token.dep not in {"nsubj", "nsubjpass"} or token is tokens[verb]:
            continue
        if token.idx < position:
            continue  # the parse took a word inside the quote ("“The mission I did …,” Stafford responded")
        kind, subject = _subject_of(analysis, sid, token)
        if kind == "described" and (
            tokens[verb].dep in {"relcl", "acl", "advcl"} or min(token.idx, tokens[verb].idx) - position > MAX_ATTRIBUTION_GAP
        ):  # '“…” is rolling out with billboards in which people say, “…”': another quote's
            return "other", None
        return kind, subject
    # no subject in the parse: a name right before the verb is it ('…," chairman, CEO and president
    # Craig Menear said', where spaCy hung "chairman" on the quote), unless a preposition owns the
    # name ("a lawyer for Craig Menear said")
    for m in analysis.mentions:
        if m.sentence == sid and m.label == "PERSON" and m.start >= position and not analysis.sentences[sid][m.end : tokens[verb].idx].strip():
            before = [t for t in tokens if t.idx < m.start]
            if not before or before[-1].pos != "ADP":
                return "name", m.text
    return "", None


def _subject_of(analysis: Analysis, sid: int, token) -> tuple[str, Optional[str]]:
    """What a saying verb's subject token is: ("name", mention) when a PERSON or ORG mention
    holds it, ("pronoun", "he"/"she"), ("propn", name) for a proper noun spaCy tagged no
    entity, ("capital", word) for another capitalised word (it tags some surnames NOUN), the
    name in apposition to a noun ("the director, Jane Roe,"; "the company, Acme Corp,"), ("described", phrase) for a noun phrase that
    describes the speaker ("a WeWork spokesperson"), else ("other", None)."""
    for m in analysis.mentions:
        if m.sentence == sid and m.label in {"PERSON", "ORG"} and m.start <= token.idx < m.end:
            return "name", m.text
    if token.pos == "PRON" and token.text.lower() in {"he", "she", "it"}:
        return "pronoun", token.text.lower()
    if token.pos == "PROPN" and not token.text.islower():
        return "propn", _proper_phrase(analysis.tokens[sid], token)
    if token.text[:1].isupper():
        return "capital", token.text
    tokens = analysis.tokens[sid]
    head = tokens.index(token)
    for m in analysis.mentions:  # "Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said"
        if m.sentence == sid and m.label in {"PERSON", "ORG"} and any(
            t.head == head and t.dep == "appos" and m.start <= t.idx < m.end for t in tokens
        ):
            return "name", m.text
    described = _description(analysis, sid, head)
    return ("described", described) if described else ("other", None)


# what may stand before a speaker's noun in its description ("a WeWork spokesperson", "one
# legal expert", "the company's lawyers") and the prepositions that may follow it ("a
# spokesman for the ministry"); a relative clause or a longer phrase is left out
_DESCRIBING = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod", "npadvmod"})
_DESCRIBING_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in"})
# nouns that describe no one in particular: "said someone in the audience" and "said one
# person" stay unattributed
_NO_ONE = frozenset(
    "someone somebody anyone anybody everyone everybody nobody one other others person persons people".split()
)
MAX_DESCRIPTION_WORDS = 8
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _description(analysis: Analysis, sid: int, head: int) -> Optional[str]:
    """The noun phrase a saying verb's unnamed subject is, as written: "a WeWork spokesperson",
    "one legal expert", "an insider", "a spokesman for the ministry". Shown instead of
    "unattributed" because who is quoted (an official, an anonymous insider, a user online)
    is what a reader weighs a quote by; the words are the article's own."""
    tokens = analysis.tokens[sid]
    aged = tokens[head].text.lower() == "old" and head > 1 and tokens[head - 2].text.lower() in {"year", "years"}
    # (spaCy's small model tags some lower-case nouns PROPN: "the chamber of commerce said" had
    # been attributed to "chamber")
    noun = tokens[head].pos == "NOUN" or tokens[head].pos == "PROPN" and tokens[head].text.islower()
    if (not noun and not aged) or tokens[head].text.lower() in _NO_ONE:
        return None  # a noun, or an age standing for a person ("The 56-year-old said …")

    def subtree(i: int) -> set[int]:
        below = {i}
        for j, t in enumerate(tokens):
            if t.head == i and j != i:
                below |= subtree(j)
        return below

    kept = {head}
    for j, t in enumerate(tokens):
        if t.head == head and j != head:
            if j < head and (t.dep in _DESCRIBING or t.dep == "punct" and (t.text in _QUOTE_MARKS or t.text == "-")):
                kept |= subtree(j)  # a title's quote marks and a hyphen too: 'the "Pose" actor', "56-year-old"
            elif j > head and t.dep == "prep" and t.text.lower() in _DESCRIBING_PREPOSITIONS:
                kept |= subtree(j)
    while len(kept) > 1 and tokens[max(kept)].pos == "PUNCT" and tokens[max(kept)].text not in _QUOTE_MARKS:
        kept.discard(max(kept))  # "a spokesman for the employment ministry, who declined to be named": not its comma
    first, last = min(kept), max(kept)
    if first and tokens[first - 1].pos in {"ADP", "SCONJ"}:
        return None  # a parse that took a preposition's object for the subject: "then for some reason adds"
    marks = [k for k in kept if tokens[k].text in _QUOTE_MARKS]
    if kept != set(range(first, last + 1)) or len(marks) % 2 or any(
        tokens[k].pos in {"PUNCT", "VERB", "AUX", "PRON"} and tokens[k].dep != "poss" and tokens[k].text != "-"
        and k not in marks for k in kept
    ):
        return None  # not one plain phrase: a clause or punctuation inside
    if last - first + 1 > MAX_DESCRIPTION_WORDS:
        return None
    sentence = analysis.sentences[sid]
    return sentence[tokens[first].idx : tokens[last].idx + len(tokens[last].text)]


# a subject that is a capitalised word spaCy tagged no entity: a proper noun ("propn"), or
# another word (it tags some surnames NOUN; "capital": '“…?”' then 'Officials said.')
_PROPER = frozenset({"propn", "capital"})


def _proper_phrase(tokens: list, token) -> str:
    """A proper noun with the proper nouns that make one name with it before it: "Detective
    Tsukauchi", "Dr Feel"."""
    head = tokens.index(token)
    first = head
    while first:
        if tokens[first - 1].pos == "PROPN" and tokens[first - 1].dep in {"compound", "flat"}:
            first -= 1
        elif first >= 2 and tokens[first - 1].text == "-" and tokens[first - 2].pos == "PROPN" and (
            tokens[first - 1].idx == tokens[first - 2].idx + len(tokens[first - 2].text) and tokens[first].idx == tokens[first - 1].idx + 1
        ):
            first -= 2  # a hyphened surname: '"…," Bankman-Fried told the court' had been Fried's
        else:
            break
    phrase = tokens[first].text
    for previous, current in zip(tokens[first:head], tokens[first + 1 : head + 1]):
        phrase += ("" if current.idx == previous.idx + len(previous.text) else " ") + current.text
    return phrase


# at most this many words between a saying verb (or its subject after it) and the quote it
# introduces: 'said Turkey, with his blandest tone, "…"' has 4
_INTRODUCING_WORDS = 4


def _proper_speaker(entities: Entities, name: str, as_written: bool) -> Optional[str]:
    """Who a subject spaCy tagged no entity is: the one known person with that surname; else,
    ``as_written`` (a proper noun, not a word that only opens a sentence: "Officials"), the name
    as the article writes it ('“…,” Haoyu said', "'…,' Dayna told Daily Mail Online", "South
    Dakota says, '…'"), as a name spaCy did tag is when it names no one known person: the article
    names the speaker, though spaCy's small model missed the name."""
    person = _only_person_named(entities, name.split()[-1]) or _named_exactly(entities, name)
    return person or (name if as_written else None)


def _named_exactly(entities: Entities, name: str) -> Optional[str]:
    """The known person with exactly this name ("Trump", listed by his surname alone)."""
    return next((p.name for p in entities.people if p.name == name), None)


def _only_person_named(entities: Entities, word: str) -> Optional[str]:
    """The one known person whose surname is ``word``; None when none or several are."""
    matches = [p.name for p in entities.people if len(p.name.split()) > 1 and p.name.split()[-1] == word]
    return matches[0] if len(matches) == 1 else None


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



