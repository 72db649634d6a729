"""Extractive key points scored with sentence embeddings (the default backend).

Each sentence gets a score from four signals, all computed from the transformer
embeddings except position:

- centrality: cosine similarity to the article's mean embedding (what the article
  is mostly about);
- headline similarity: cosine similarity to the headline, when there is one;
- position: news is written lede-first, so early sentences get a prior;
- readability: fragments, questions and points that open with an unresolved
  pronoun ("He said…") are penalised, so a near-equal self-contained sentence wins.

Points are then chosen greedily with maximal marginal relevance: a sentence too
similar to one already chosen loses, so the brief never says the same thing twice.
Chosen points are returned in article order: a reader follows the story as told,
and the composer can take the earliest as the bottom line.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ..text import SAYING_VERBS
from ..models import Analysis, Article, KeyPoint
from ..text import CALL_TO_ACTION, ends_sentence

# Weights and prior: set before looking at the CNN/DailyMail dev set, then checked with
# benchmarks/summarisation.py: these defaults score R-1 41.77 / R-2 19.02 with the int8
# encoder (Lead-3 41.56 / 19.12). A grid over decay 0.3-1.2, position weight 0.5-4, redundancy
# 0.3-1.0 and the substance weight 0-0.3 scores 42.02 / 19.30 in 5-fold CV (42.10 / 19.44 before
# the penalty for a sentence inside a long quote, inside_a_quote), and its best settings (position
# weight 2-4) collapse to the first N readable sentences, so the more varied defaults are
# kept: a brief also needs the later, figure-bearing paragraphs. All of these differences
# are within one paired standard error (~0.5 R-1) on 100 articles.
W_CENTRALITY = 1.0
W_TITLE = 0.5
W_POSITION = 1.0
# position prior = 1 / (1 + index) ** POSITION_DECAY
POSITION_DECAY = 0.8
# substance: named entities and quantities per sentence (capped), the "who, how many"
# a brief needs; 0 = off: no setting in 0-0.3 improved ROUGE in the dev-set sweep
W_SUBSTANCE = 0.0
SUBSTANCE_CAP = 3
_SUBSTANCE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# MMR: score - REDUNDANCY * max cosine to a chosen sentence
REDUNDANCY = 0.6
# near-duplicates (cosine above this to a chosen sentence) are never both chosen
DUPLICATE_COSINE = 0.9
# ...on vectors of the encoder's first layers (encoder.layers_setting), which sit closer
# together: any two dev sentences score 0.71 (median) on the first four, 0.29 on all six. Of the
# 12 dev sentence pairs at 0.9 or more on all six, 9 are at 0.925 or more on four; so are 8 more,
# 7 of them the same event restated ("The child was rescued by his parents …" / "The boy was
# rescued by his parents from the pit …", 0.85 on all six), 1 not (two patients arriving). 0.9
# on four layers had caught 39 pairs, 22 of them below 0.8 on all six (two different goals).
DUPLICATE_COSINE_PART = 0.925
# ...and their differences are narrower: a sentence's similarity to the article's mean varies half as
# much across an article (standard deviation 0.066 on four layers, 0.14 on six, 40 dev articles),
# so centrality, headline similarity and redundancy weigh twice as much there, and position keeps
# the weight the defaults give it on six layers.
SPREAD_PART = 2.0
# sentences shorter than this many words are fragments, not key points
MIN_WORDS = 6
# an unresolved pronoun opening, a question or a bare quote loses this much
READABILITY_PENALTY = 0.25

# a caption or a broken split rather than a sentence of the story: photo markers,
# "Scroll down for video", hashtags, or no sentence-ending punctuation at all. With these
# and MAX_WORDS, captions stopped appearing among the dev articles' key points; ROUGE moved
# from 41.79 / 19.26 to 41.54 / 18.92 (captions restate the story, as highlights do), a
# change inside the noise that a reader is better off with.
_PHOTO_MARKERS = r"\(file\b[^)]*\)|^\W*in this\b[^.!?]{0,80}?\b(?:photo|picture|image)\b,|\bscroll down for\b"
_CAPTION = re.compile(
    rf"\((?:pictured|centre|center|left|right|above|below|top|bottom|inset|artist['’]?s)[^)]*\)|{_PHOTO_MARKERS}|"
    r"(?:^|\s)#\s?\w|\bclick here\b",
    re.I,
)
# ("(artist's illustration)", "(artist's impression pictured)" too: a DailyMail dev article's key
# point had been "Similar?: Tokyo rresearchers have proposed a laser system … (artist's illustration)")
# ...and these are only ever a photo's caption, never a key point while anything else is left:
# "The Barbados Tridents' footballers training ahead of a match. (FILE)" was a brief's bottom
# line (the lede's position prior outweighs the readability penalty), as could be the AP's
# "In this May 1, 1967, file photo, singer Elvis Presley …". On the 390 dev and unseen texts
# this changes that one brief; "(pictured)", "(right)" stay a penalty, as DailyMail captions
# written as sentences ("Van der Wiel (right) says he's not interested in leaving") can be
# the best sentence left.
_PHOTO_ONLY = re.compile(_PHOTO_MARKERS, re.I)
# longer than this many words is two sentences run together (a caption glued to text)
MAX_WORDS = 60
# ...and so is a word in lower case followed, with no stop between, by a capitalised word that
# opens a sentence: "… leaving him hospitalised The smashed up toilet in Hefei …", "Scroll down
# for video The large croc …". On the 391 dev and unseen texts and mozilla/readability's pages
# 37 sentences match: 35 of the DailyMail dev copy's glued captions, a glued "… was updated The
# previous generation took …" and a slideshow's "… hit by exodus The number of Britons …".
# "I", "We" and "A" are left out: "… what I expected", "so I was close-up" are one sentence.
# 10 dev key points change; dev defaults 41.79/18.95 -> 41.81/19.03, 5-fold CV unchanged.
_RUN_TOGETHER = re.compile(r"\b[a-z][a-z]+ (?:The|But|He|She|It|They|This|These|Then|Now|When|After|His|Her|Their|There) [a-z]")
# a call to action about the outlet (text.CALL_TO_ACTION) is not the story; a reported one is:
# "A post said [click here](…), police said."
_REPORTED = re.compile(rf"\b(?:{SAYING_VERBS})\b", re.I)
# ...and so is a note about the page itself: an advertiser disclosure ("This post contains
# references to products from one or more of our advertisers.", "This shop has been compensated
# by #CollectiveBias, Inc.", "Disclosure: ZDNet may earn a commission …", "Terms apply to the
# offers listed on this page.", "All opinions are mine alone. #ad") or a letters page's "Submit
# your letter to the editor via this form." Three were their brief's bottom line (each opens its
# page); on the 390 dev and unseen texts these 7 sentences match and no other. "sponsored by" is
# left out: bills are sponsored. So is a blogger's note on an edit of the post ("(EDIT: removed the
# link to Samantha’s post, because …)", a Medium page's bottom line); a news story's "Update:" is news.
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:(?:has|have) been compensated by|(?:one or more of )?our advertisers|affiliate links?|"
    r"(?:may|might|will) (?:earn|receive) (?:a )?(?:small )?(?:affiliate )?commission|terms (?:and conditions )?apply|"
    r"submit your (?:letter|story|tip)s?|all opinions are (?:mine|my own))\b|^\W*(?:disclosure|edit(?:ed)?(?: to add)?):|"
    r"#(?:ad|sponsored)\b",
    re.I,
)
# after a conjunction too: "And that's a big deal as …", "But it may morph into …" lean on the
# sentence before as much as "That's a big deal" does (14 key points on the 521 audit texts)
# and after an opening quote mark: "'They pulled out a gun and he took off running." (a DailyMail
# dev article's witness, two of whose sentences had been key points); and after one opening word
# set off by a comma: "Clearly, she believes the waitress, too." (a Dear Abby column's key point)
_PRONOUN_START = re.compile(
    r"^[\"'“‘]?\s*(?:(?:and|but|so|yet|or)\s*,?\s+|[a-z]+,\s+)?(he|she|it|they|this|these|those|that|his|her|its|their)\b", re.I
)
_QUOTE_ONLY = re.compile(r"^[\"“].*[\"”]\s*$")
# ...and so does a quote whose speaker, right after it, is a pronoun: '"We take the results very
# seriously," he told NHK.' (a brief's key point, about a prime minister named the sentence before)
_PRONOUN_SPEAKER = re.compile(
    r"^[\"“‘'][^\"“”]+[,?!…][\"”’']\s*(?:he|she|they)\s+(?:said|says|told|tells|added|adds|asked|wrote|explained|continued)\b",
    re.I,
)


class EmbedSummariser:
    """Model-based extractive summariser: ``EmbedSummariser()(analysis, points)``."""

    name = "embed"

    def __init__(
        self,
        model: Optional[str] = None,
        w_centrality: float = W_CENTRALITY,
        w_title: float = W_TITLE,
        w_position: float = W_POSITION,
        position_decay: float = POSITION_DECAY,
        redundancy: float = REDUNDANCY,
        w_substance: float = W_SUBSTANCE,
        layers: "Optional[int] | str" = "setting",
    ) -> None:
        self.w_substance = w_substance
        self.model = model
        self._layers = layers  # "setting": encoder.layers_setting, read when first needed (layers)
        self.w_centrality = w_centrality
        self.w_title = w_title
        self.w_position = w_position
        self.position_decay = position_decay
        self.redundancy = redundancy

    @property
    def layers(self) -> Optional[int]:
        """How many of the encoder's layers the sentence vectors come from (None: all)."""
        from .encoder import default_model_path, depth, layers_setting

        if not hasattr(self, "_depth"):
            asked = layers_setting() if self._layers == "setting" else self._layers
            self._depth = depth(self.model or default_model_path(), asked)  # type: ignore[arg-type]
        return self._depth

    @property
    def spread(self) -> float:
        """How much the cosines' differences are stretched to weigh as on all six layers."""
        return 1.0 if self.layers is None else SPREAD_PART

    @property
    def duplicate_cosine(self) -> float:
        return DUPLICATE_COSINE if self.layers is None else DUPLICATE_COSINE_PART

    def texts(self, article: Article, sentences: list[str]) -> tuple[list[str], bool]:
        """What gets encoded: the sentences, then the headline when it is a distinct one."""
        title = article.title.strip()
        # a title taken from the body (text with no headline) is its opening words, perhaps without
        # a wire credit ("(CNN)", which may stand as a sentence of its own): no headline to match
        has_title = bool(title) and title.rstrip("…") not in " ".join(sentences[:2])
        return list(sentences) + ([title] if has_title else []), has_title

    def prefetch(self, article: Article, sentences: list[str], draft: bool = False) -> None:
        """Start encoding an article's sentences while the rest of its analysis runs: a ``draft``
        of them before spaCy has parsed the text, then the final ones (see encoder.encode_soon)."""
        from .encoder import encode_soon

        encode_soon(self.model, self.texts(article, sentences)[0], key=id(article), draft=draft, layers=self.layers)

    def embed(self, analysis: Analysis) -> tuple[Any, Optional[Any]]:
        """Sentence embeddings and the headline's (None without a distinct headline)."""
        from .encoder import encode_texts

        texts, has_title = self.texts(analysis.article, analysis.sentences)
        vectors = encode_texts(self.model, texts, key=id(analysis.article), layers=self.layers)
        if has_title:
            return vectors[:-1], vectors[-1]
        return vectors, None

    def scores(self, analysis: Analysis, embeddings: Any = None, title_vector: Any = None) -> Any:
        """One relevance score per sentence (higher is more important)."""
        import numpy as np

        if embeddings is None:
            embeddings, title_vector = self.embed(analysis)
        n = len(analysis.sentences)
        centroid = embeddings.mean(axis=0)
        norm = float(np.linalg.norm(centroid)) or 1.0
        centrality = embeddings @ (centroid / norm)
        position = 1.0 / (1.0 + np.arange(n)) ** self.position_decay
        spread = self.spread
        score = spread * self.w_centrality * centrality + self.w_position * position
        if title_vector is not None:
            score = score + spread * self.w_title * (embeddings @ title_vector)
        if self.w_substance:
            counts = np.zeros(n)
            for m in analysis.mentions:
                if m.label in _SUBSTANCE_LABELS and m.sentence < n:
                    counts[m.sentence] += 1
            score = score + self.w_substance * np.minimum(counts, SUBSTANCE_CAP) / SUBSTANCE_CAP
        inside = inside_a_quote(analysis)
        for i, sentence in enumerate(analysis.sentences):
            score[i] -= READABILITY_PENALTY * (readability_problems(sentence) + (i in inside))
        return score

    def select(self, analysis: Analysis, points: int, embeddings: Any = None, title_vector: Any = None) -> list[int]:
        """Sentence ids chosen by maximal marginal relevance, in article order."""
        if not analysis.sentences:
            return []
        if embeddings is None:
            embeddings, title_vector = self.embed(analysis)
        score = self.scores(analysis, embeddings, title_vector)
        return mmr_select(
            score, embeddings, analysis.sentences, points, self.spread * self.redundancy, self.duplicate_cosine
        )

    def __call__(self, analysis: Analysis, points: int, embeddings: Any = None) -> list[KeyPoint]:
        title_vector = None
        if embeddings is not None and isinstance(embeddings, tuple):
            embeddings, title_vector = embeddings
        ids = self.select(analysis, points, embeddings, title_vector)
        return [KeyPoint(text=analysis.sentences[i], sentences=[i]) for i in ids]


def mmr_select(
    score: Any, embeddings: Any, sentences: list[str], points: int, redundancy: float,
    duplicate_cosine: float = DUPLICATE_COSINE,
) -> list[int]:
    """Greedy maximal marginal relevance over per-sentence scores, returned in article order.

    Fragments (< MIN_WORDS) and sentences that are not the story (``not_the_story``) are skipped
    unless nothing else is left, and a sentence nearly identical to a chosen one (cosine >=
    ``duplicate_cosine``) is never added.
    """
    import numpy as np

    candidates = [
        i for i, s in enumerate(sentences) if len(s.split()) >= MIN_WORDS and not not_the_story(s)
    ] or list(range(len(score)))
    similarity = embeddings @ embeddings.T
    chosen: list[int] = []
    while candidates and len(chosen) < points:
        best, best_value = None, -np.inf
        for i in candidates:  # ties: the earlier sentence wins (strict >)
            penalty = max((similarity[i, j] for j in chosen), default=0.0)
            if penalty >= duplicate_cosine:
                continue
            value = score[i] - redundancy * penalty
            if value > best_value:
                best, best_value = i, value
        if best is None:
            break
        chosen.append(best)
        candidates.remove(best)
    return sorted(chosen)


def not_the_story(sentence: str) -> bool:
    """A call to action ("Sign up for our newsletter"), a note about the page ("Disclosure: …
    may earn a commission"), a photo's caption ("… ahead of the match. (FILE)"), a heading, or a
    line that only announces what follows it."""
    if _ABOUT_THE_PAGE.search(sentence) or _PHOTO_ONLY.search(sentence) or _heading(sentence):
        return True
    if _LINK_LINE.search(sentence):
        return True
    if _ANNOUNCES.search(sentence):
        # "In a wide-ranging interview, President Obama also said:" had been a BBC brief's key
        # point, and "The Latest on a deadly stabbing … (all times local):" an AP page's: 5 key
        # points of the 380 dev and unseen briefs end so, none a dev article's
        return True
    return bool(CALL_TO_ACTION.search(sentence)) and not _REPORTED.search(sentence)


_ANNOUNCES = re.compile(r":\s*$")
# where to find more, not the story: "Link to KLOOK website – https://…", "Tested by: … More info:
# www.clymer.co.uk", "Contact Dear Abby at www.DearAbby.com or P.O. Box …" (4 key points on the
# 391 dev and unseen texts; "…; www.fairhillinternational.com" ending a sentence of news stays)
_LINK_LINE = re.compile(
    r"\bmore info(?:rmation)?:\s*(?:https?://|www\.)|^\W*(?:link to|contact|visit|for more information)\b[^.!?]*?(?:https?://|www\.)",
    re.I,
)


def _heading(sentence: str) -> bool:
    """A line in title case that ends as no sentence does: a heading or a link to another story
    ("Post Malone, Ariana Grande & Billie Eilish Lead 2019 American Music Awards Nominations:
    See Full List" had been a brief's bottom line), a product line ("Nintendo Switch Lite with
    Pokemon Sword or Shield and Case for $238.99"), a signature. Of the 1,170 key points of the
    390 dev and unseen texts, 8 were such lines, none a sentence of the story; no dev article's."""
    if ends_sentence(sentence):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", sentence) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _starts_mid_sentence(sentence: str) -> bool:
    """Opens with a lower-case word; "iPhone sales rose" and "eBay said" are names."""
    first = sentence.lstrip("\"'“‘([ ").split(" ", 1)[0]
    return bool(first) and first[0].islower() and not any(c.isupper() for c in first[1:])


def readability_problems(sentence: str) -> int:
    """How many reasons a sentence reads badly out of context (0 = none)."""
    problems = 0
    if _PRONOUN_START.match(sentence) or _PRONOUN_SPEAKER.match(sentence):
        problems += 1
    if sentence.rstrip().endswith("?"):
        problems += 1
    if _QUOTE_ONLY.match(sentence):
        problems += 1
    if _CAPTION.search(sentence) or not ends_sentence(sentence):
        problems += 1
    if len(sentence.split()) > MAX_WORDS or _RUN_TOGETHER.search(sentence):
        problems += 1
    if _FIRST_PERSON.search(_QUOTED.sub(" ", sentence)):
        # "I intend to move ahead urgently…": a statement printed without quote marks, whose
        # "I" a reader of the brief cannot place (found briefing unseen pages; dev defaults
        # 41.72 / 19.05 -> 41.68 / 18.99, cross-validated score unchanged)
        problems += 1
    if _TABLE_CELL.search(sentence):
        # "| | 3:00 PM | Sits on the couch": a table's row flattened into text (found briefing
        # unseen pages; no dev article has one, so the dev scores cannot move)
        problems += 1
    if _unbalanced_quote(sentence):
        # "“Complainant calling about a suspicious incident.": a quote cut mid-way (found briefing
        # unseen pages; on the dev set the defaults moved from 41.54 / 18.92 to 41.72 / 19.05)
        problems += 1
    if _starts_mid_sentence(sentence):
        # "but I think we did that with a great result for us.": the rest of a sentence or a
        # quote that the splitter cut (410 sentences on 390 texts, 28 on the dev set)
        problems += 1
    if sentence.count("(") != sentence.count(")") or sentence.count("[") != sentence.count("]"):
        # "olive oil for potatoes (or 1 tsp.": split inside a bracket (found briefing unseen
        # pages: 68 sentences on 390 texts, all but a two-sentence aside broken splits; none on
        # the dev set, so its scores cannot move)
        problems += 1
    return problems


_TABLE_CELL = re.compile(r"(?:^|\s)\|(?:\s|$)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


def inside_a_quote(analysis: Analysis) -> set[int]:
    """Sentences that are wholly someone's words though they carry no quote mark of their own:
    the middle of a quote of three or more sentences ('“… The public want to hug the whales,
    they want to touch them … We feel that is ridiculous.”'). A key point printed so reads as
    the article's own statement; ``readability_problems`` sees the quote's first and last
    sentences by their marks, not these. Penalised as a bare quote is: 9 of 2,174 key points on
    the 391 dev and unseen texts and mozilla/readability's pages were such sentences; 14 key
    points change (a coach's "I felt like if we could have won this game today …" gives way to
    the standings, Musk's tweet to what SpaceX tried). Dev defaults R-1/R-2 41.88/19.10 ->
    41.79/18.95, 5-fold CV 42.07/19.40 -> 42.02/19.30: inside the noise (one standard error is
    ~0.5 R-1), and quotes restate the highlights, as captions did (see _CAPTION)."""
    from ..extract.quotes import quoted_ranges

    inside = set()
    for sid, ranges in quoted_ranges(analysis).items():
        sentence = analysis.sentences[sid]
        if not ranges or _QUOTE_ONLY.match(sentence) or _unbalanced_quote(sentence):
            continue
        outside = "".join(ch for k, ch in enumerate(sentence) if not any(a <= k < b for a, b in ranges))
        if not re.search(r"[^\W_]", outside):
            inside.add(sid)
    return inside


def _unbalanced_quote(sentence: str) -> bool:
    """A quote opened and not closed (or closed, not opened) in the sentence: one piece of a
    quote that runs over several sentences, which reads as a fragment on its own."""
    return sentence.count("“") != sentence.count("”") or sentence.count('"') % 2 == 1
