"""The plain data model passed between pipeline stages.

Every stage takes and returns these dataclasses (no spaCy or torch objects), so
an analysed article can be pickled, cached or shipped to another process, and
the JSON contract is just ``dataclasses.asdict`` of a :class:`Brief`.

Sentence ids index ``Brief.sentences`` (the cleaned body sentences); they are how
every key point, figure, quote and timeline entry is traced back to its source.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Optional

# a word as Analysis.written_words reads it: a run of letters, digits, apostrophes and hyphens
WORD_RUN = re.compile(r"[\w’'-]+")

Qualifier = Literal["exact", "approximately", "at least", "at most"]
Unit = Literal["people", "money", "percent", "measure", "count"]


@dataclass
class Article:
    """What ingest produces: the article's text and what we know of its origin."""

    title: str
    body: str
    input: str  # what the user passed: a path, a URL or "-"
    url: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    publisher: Optional[str] = None
    author: Optional[str] = None
    furniture: list[str] = field(default_factory=list)  # trailing site text removed


@dataclass
class Mention:
    """A named-entity mention found by the analyser (character offsets into the sentence)."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, DATE, CARDINAL, ...
    sentence: int
    start: int
    end: int


@dataclass
class Token:
    """The few token facts the extractors need (kept plain so analysis pickles)."""

    text: str
    idx: int  # character offset in the sentence
    pos: str
    tag: str  # fine-grained (Penn) tag: the tense of a verb ("reports" VBZ, "reported" VBD)
    dep: str
    head: int  # index of the head token within the sentence


def joined(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b written with no space between them: "Trump-era", "Oscar-winning"."""
    return all(tokens[k].idx + len(tokens[k].text) == tokens[k + 1].idx for k in range(a, b))


def tokens_at(tokens: list[Token], start: int, end: int) -> list[int]:
    """Indices of the tokens that overlap the characters start..end of their sentence."""
    return [i for i, t in enumerate(tokens) if t.idx < end and t.idx + len(t.text) > start]


def phrase_root(tokens: list[Token], inside: list[int]) -> Optional[int]:
    """The token of a phrase (token indices ``inside``) the rest of its sentence hangs it by."""
    return next((j for j in inside if tokens[j].head not in inside or tokens[j].head == j), None)


def head_chain(tokens: list[Token], i: int) -> list[int]:
    """Token i and the tokens it hangs from, up to its sentence's root (a cycle stops it)."""
    chain: list[int] = []
    current: Optional[int] = i
    while current is not None and current not in chain:
        chain.append(current)
        head = tokens[current].head
        current = head if head != current and 0 <= head < len(tokens) else None
    return chain


@dataclass
class Analysis:
    """What analyse produces: the article split into sentences with linguistic facts."""

    article: Article
    sentences: list[str]
    paragraphs: list[int]  # paragraph index of each sentence
    mentions: list[Mention]
    tokens: list[list[Token]]  # per sentence

    def uses_of(self, word: str) -> list[tuple[list[Token], int]]:
        """Every token that is this word: (its sentence's tokens, its index). The index of
        words is built on the first call: the entity rules ask for ~16 words per article, and
        a scan of every token each time had cost 1.3 ms of an 800-word article's extraction."""
        index = self.__dict__.get("_words")
        if index is None:
            index = {}
            for tokens in self.tokens:
                for i, token in enumerate(tokens):
                    index.setdefault(token.text, []).append((tokens, i))
            self.__dict__["_words"] = index  # not a field: equality and the dict output ignore it
        return list(index.get(word, ()))

    def written_words(self) -> frozenset[str]:
        """Every word as the sentences write it, case kept: each longest run of letters, digits,
        apostrophes and hyphens. Built once: the entity rules asked whether ~10 names per article
        are also written in lower case, and compiling a pattern for each had cost 1.8 ms of an
        800-word article's extraction."""
        words = self.__dict__.get("_written")
        if words is None:
            words = frozenset(w for sentence in self.sentences for w in WORD_RUN.findall(sentence))
            self.__dict__["_written"] = words  # not a field, as ``_words`` above
        return words

    def mention_tokens(self, mention: Mention) -> tuple[list[Token], list[int]]:
        """The tokens of a mention's sentence, and the indices of those the mention covers."""
        tokens = self.tokens[mention.sentence] if mention.sentence < len(self.tokens) else []
        return tokens, [i for i, t in enumerate(tokens) if mention.start <= t.idx < mention.end]


@dataclass
class Source:
    input: str
    url: Optional[str]
    published: Optional[str]
    publisher: Optional[str]


@dataclass
class KeyPoint:
    text: str
    sentences: list[int]


@dataclass
class Figure:
    value: float
    text: str  # exact span from the article
    qualifier: Qualifier
    unit: Unit
    currency: Optional[str]
    category: str
    subject: str
    attribution: Optional[str]
    sentence: int
    # figure | age | duration | vague | score | name | reference | ratio | denied | projected: only "figure" is tabled
    kind: str = "figure"
    # up | down: the figure is the size of a rise or fall ("fell 23.5%"); to | from: the level a
    # change went to or started from ("raise tariffs to 25% from 10%"); None: the text says no change
    change: Optional[str] = None
    # unverified | disputed | expected: the article says nobody could verify it, someone denies it, or
    # it is expected ("a claim that could not be independently verified", "which the army denied", "is
    # expected to reach $5 billion"); None: it says none of these
    caveat: Optional[str] = None
    # the date the figure's own clause sets it at, when another time than the news: "in March 2011",
    # "last year", "since 2019" (extract.when); the tables show it after the What
    when: Optional[str] = None


@dataclass
class Person:
    name: str
    role: Optional[str] = None
    mentions: int = 1


@dataclass
class Organisation:
    name: str
    mentions: int = 1


@dataclass
class Place:
    name: str
    mentions: int = 1


@dataclass
class Entities:
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    speaker: Optional[str]
    sentence: int


@dataclass
class TimelineEvent:
    date: str  # YYYY-MM-DD when resolved, else the relative expression as written
    text: str
    sentence: int
    resolved: bool = True
    note: Optional[str] = None


@dataclass
class Brief:
    """A situation brief: what every renderer and the JSON contract are built from."""

    title: str
    source: Source
    bluf: str
    bluf_sentences: list[int]
    key_points: list[KeyPoint]
    figures: list[Figure]
    entities: Entities
    quotes: list[Quote]
    timeline: list[TimelineEvent]
    sentences: list[str]
    generator: dict[str, Any] = field(default_factory=dict)  # backend, model, version

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def table_figures(self) -> list[Figure]:
        """Figures fit for the key-figures table (ages, durations, vague amounts kept out)."""
        return [f for f in self.figures if f.kind == "figure"]
