"""The analysis stage: the lightened attribute ruler must not change what spaCy says."""

import spacy

from briefgen.analyse import DEFAULT_SPACY_MODEL, _continues, _is_fragment, analyse, nlp, paragraphs_of
from briefgen.ingest import from_text


def test_light_attribute_ruler_gives_the_models_own_tags(seed_article):
    # the model's own ruler (all 179 rules) against briefgen's (tag lookup + 75 rules)
    full = spacy.load(DEFAULT_SPACY_MODEL, disable=["lemmatizer"])
    light = nlp()
    assert light.pipe_names == full.pipe_names
    extra = (
        "It's the 3rd time they've done that, isn't it? Ain't nobody gonna stop 'em.\n\n"
        "\"We will,\" said Dr. O'Neil.  She wasn't there – he was."
    )
    paras = paragraphs_of(seed_article.body + "\n\n" + extra)
    compared = 0
    for a, b in zip(full.pipe(paras), light.pipe(paras)):
        assert [(t.text, t.pos_, t.tag_, t.dep_, t.head.i) for t in a] == [
            (t.text, t.pos_, t.tag_, t.dep_, t.head.i) for t in b
        ]
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]
        compared += len(a)
    assert compared > 600
    # what the lookup took over is really gone from the Matcher
    assert len(light.get_pipe("attribute_ruler").ruler.patterns) < len(full.get_pipe("attribute_ruler").patterns)


def test_light_attribute_ruler_streams_like_a_spacy_component():
    pipeline = nlp()
    docs = [pipeline.make_doc("She says the talks begin on Monday.")]
    for name, component in pipeline.pipeline:
        docs = list(component.pipe(docs))  # what benchmarks/speed.py does, stage by stage
    assert [t.pos_ for t in docs[0]][:2] == ["PRON", "VERB"]


def test_the_light_ruler_matches_by_index_what_spacys_matcher_matches(seed_article):
    # the 75 rules left run on an index of the tokens' tags and words, not on spaCy's Matcher
    ruler = nlp().get_pipe("attribute_ruler")
    assert ruler.rules is not None
    compared = 0
    with nlp().select_pipes(disable=["attribute_ruler", "ner"]):
        for doc in nlp().pipe(paragraphs_of(seed_article.body + "\n\nIt's not that he wasn't there, but she was.")):
            assert ruler.rules.match(doc) == ruler.ruler.match(doc)
            compared += len(ruler.rules.match(doc))
    assert compared > 20


def test_indexed_rules_read_patterns_as_spacys_attribute_ruler_does():
    # a blank pipeline with rules of every form the index reads: a word list, a list it must not
    # be in, a flag, a rule of two tokens that sets its second (and its last), later rules
    # overriding earlier ones, and a rule with no column to be filed under
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    from briefgen.analyse import _IndexedRules

    vocab = spacy.blank("en").vocab
    words = ["But", "that", "is", "n't", "it", " ", "so", "that", "that", "ends", "."]
    tags = ["CC", "WDT", "VBZ", "RB", "PRP", "_SP", "RB", "IN", "DT", "VBZ", "."]
    deps = ["cc", "nsubj", "ROOT", "neg", "attr", "dep", "advmod", "mark", "nsubj", "ccomp", "punct"]
    rules = [
        {"patterns": [[{"TAG": "CC", "LOWER": "but"}]], "attrs": {"POS": "ADV"}},
        {"patterns": [[{"TAG": "WDT", "LOWER": {"IN": ["that", "which"]}}]], "attrs": {"POS": "PRON"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["that", "it"]}, "TAG": {"IN": ["VBZ", "RB"]}}]], "attrs": {"POS": "AUX"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
        {"patterns": [[{"LOWER": "so"}, {"LOWER": "that"}]], "attrs": {"POS": "SCONJ"}, "index": 1},
        {"patterns": [[{"LOWER": "that"}, {"TAG": "DT"}], [{"ORTH": "ends"}, {"ORTH": "."}]], "attrs": {"POS": "DET"}, "index": -1},
        {"patterns": [[{"DEP": {"NOT_IN": ["ROOT", "dep"]}, "TAG": {"NOT_IN": ["CC", "."]}}]], "attrs": {"TAG": "XX"}},
        {"patterns": [[{"LOWER": "but"}]], "attrs": {"POS": "CCONJ"}},  # later: wins over the first rule
    ]

    def doc() -> Doc:
        return Doc(vocab, words=words, spaces=[True] * len(words), tags=tags, deps=deps, heads=[2] * len(words))

    expected, got = doc(), doc()
    reference = AttributeRuler(vocab)
    reference.add_patterns(rules)
    reference(expected)
    indexed = _IndexedRules.compile(vocab, rules)
    assert indexed.match(got) == reference.match(got)
    reference.set_annotations(got, indexed.match(got))
    assert [(t.pos_, t.tag_) for t in got] == [(t.pos_, t.tag_) for t in expected]
    assert [t.pos_ for t in got][:2] == ["CCONJ", "PRON"] and got[7].pos_ == "SCONJ" and got[10].pos_ == "DET"
    assert indexed.unindexed  # the NOT_IN-only rule is tried at every token


def test_the_analysis_tokens_are_spacys_tokens(seed_article):
    # read from one doc.to_array per paragraph: heads before their token (a negative offset in
    # an unsigned array) and after it, across the seed's sentences
    analysis = analyse(seed_article)
    expected = []
    for doc in nlp().pipe(paragraphs_of(seed_article.body)):
        for sent in doc.sents:
            expected.append([(t.text, t.pos_, t.tag_, t.dep_, t.head.i - sent.start) for t in sent])
    got = [[(t.text, t.pos, t.tag, t.dep, t.head) for t in tokens] for tokens in analysis.tokens]
    assert got == expected
    spacy_ents = [
        [(e.text, e.label_, e.start_char - sent.start_char) for e in sent.ents]
        for doc in nlp().pipe(paragraphs_of(seed_article.body))
        for sent in doc.sents
    ]
    ours = [[(m.text, m.label, m.start) for m in analysis.mentions if m.sentence == i] for i in range(len(analysis.sentences))]
    assert ours == spacy_ents and sum(map(len, ours)) > 30
    assert all(analysis.sentences[m.sentence][m.start : m.end] == m.text for m in analysis.mentions)
    assert any(t.head < i for tokens in analysis.tokens for i, t in enumerate(tokens))
    assert any(t.head > i for tokens in analysis.tokens for i, t in enumerate(tokens))


def test_patterns_the_index_cannot_read_are_left_to_spacys_matcher():
    from briefgen.analyse import _IndexedRules

    vocab = spacy.blank("en").vocab
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}}]) is None
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"TEXT": {"REGEX": "^a"}}]], "attrs": {"POS": "DET"}}]) is None
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "X"}}]) is None
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"MORPH": "Number=Sing"}]], "attrs": {"POS": "X"}}]) is None
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"IS_PUNCT": "yes"}]], "attrs": {"POS": "X"}}]) is None
    assert _IndexedRules.compile(vocab, [{"patterns": [[{"LOWER": "a"}]], "attrs": {"POS": "DET"}}]) is not None


def test_a_list_items_bullet_is_not_part_of_its_sentence():
    body = (
        "Officials met on Monday.\n\n- At a news conference, officials announced $11 million for cameras.\n\n"
        "• Embiid scored 10 points.\n\n2. Take inventory of your spending.\n\n"
        "— Rep. Ilhan Omar (@Ilhan) November 19, 2019\n\nA range - not a bullet - stays."
    )
    assert paragraphs_of(body) == [
        "Officials met on Monday.",
        "At a news conference, officials announced $11 million for cameras.",
        "Embiid scored 10 points.",
        "2. Take inventory of your spending.",
        "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
        "A range - not a bullet - stays.",
    ]


def test_a_sentence_glued_back_is_the_articles_own_text():
    # spaCy splits "…in the squad.'When" at the quote mark; the piece was glued back with a
    # space that the article does not have, so the cited sentence was not its text
    body = (
        "The former striker was proven wrong when the winger hit a stunning equaliser against Italy and he duly "
        "admitted his mistake.'It's not as though I was watching hoping he wouldn't score, I'm genuinely pleased "
        "for him and fair play to him – it was a great goal, 'Jones said.'It's just a matter of opinion, and my "
        "opinion was that he got taken off after half an hour at the club in front of the manager, so he shouldn't "
        "have been in the squad.'When I'm wrong, I hold my hands up. I don't have a problem with doing that - I'll "
        "always be the first to admit when I'm wrong.'"
    )
    analysis = analyse(from_text(body, "t"))
    assert any(s.endswith("squad.'When") for s in analysis.sentences)
    assert all(s in analysis.article.body for s in analysis.sentences)
    for sentence, tokens in zip(analysis.sentences, analysis.tokens):  # token offsets still point at their words
        assert all(sentence[t.idx : t.idx + len(t.text)] == t.text for t in tokens)
    assert all(analysis.sentences[m.sentence][m.start : m.end] == m.text for m in analysis.mentions)
    assert any(m.text == "Jones" for m in analysis.mentions)


def test_a_piece_opening_with_a_comma_continues_the_sentence_before():
    # "Fast-forwarding 25 years" + ", present versions of Emacs still include …" had been two
    # sentences (spaCy, in a batch), and the second a key point
    assert _is_fragment(", present versions of Emacs still include module advice.el as well as a front-end.")
    assert not _is_fragment("Present versions of Emacs still include module advice.el as well as a front-end.")


def test_a_lower_case_piece_after_a_closing_quote_or_no_punctuation_stays_in_its_sentence():
    # found reading the quotes left unattributed on unseen pages: spaCy ends a sentence at '?"'
    # and '!"', so '"Could the legends be true?"' and 'a guard says.' had been two sentences;
    # and a brief's bottom line had been "awareness campaign has been facing backlash …"
    analysis = analyse(from_text(
        'The execution is interrupted by a dragon. "Could the legends be true?" a guard says. '
        '"We got her, we got her!" officers announced on their radios. "Stop right there, all of you!" He ran. '
        'South Dakota\'s "Meth. We\'re on it." awareness campaign has been facing backlash since Monday. The '
        'survey asked what models you have experienced and what were their benefits? "It was great," '
        'iPhone users said.', "t"
    ))
    assert analysis.sentences == [
        "The execution is interrupted by a dragon.",
        '"Could the legends be true?" a guard says.',
        '"We got her, we got her!" officers announced on their radios.',
        '"Stop right there, all of you!"',
        "He ran.",
        'South Dakota\'s "Meth. We\'re on it." awareness campaign has been facing backlash since Monday.',
        "The survey asked what models you have experienced and what were their benefits?",
        '"It was great," iPhone users said.',
    ]


def test_a_lower_case_piece_goes_on_with_a_sentence_left_without_punctuation():
    # "Photos" + "which were released online … show Nigerian actress …" had been two sentences
    assert _continues("Photos", "which were released online, show the actress at the premiere.")
    assert _continues('He called it "a mess."', "critics agreed with him.")
    assert not _continues("He left.", "then he came back.")  # a full stop outside quotes ends it
    assert not _continues("Photos", "iPhone sales rose.")  # a name, not a lower-case word


def test_a_short_quote_split_at_its_full_stop_stays_in_its_sentence():
    # a page's bottom line had been "We’re on it.” awareness campaign has been facing backlash …"
    analysis = analyse(from_text(
        "South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash and mockery "
        "since it was introduced on Monday. “Hey, here she is. Got her!” an officer said.", "t"
    ))
    assert analysis.sentences == [
        "South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash and mockery "
        "since it was introduced on Monday.",
        "“Hey, here she is. Got her!” an officer said.",
    ]


def test_a_title_in_quote_marks_split_off_a_sentence_cut_after_a_word_stays_in_it():
    # a brief's timeline had ended an event on "… and hit singles like 1978’s"
    analysis = analyse(from_text(
        "McDonald joined the band in 1975 and initially remained in the lineup until 1982, appearing on four "
        "albums and hit singles like 1978’s “What a Fool Believes.” The tour starts in June.", "t"
    ))
    assert analysis.sentences == [
        "McDonald joined the band in 1975 and initially remained in the lineup until 1982, appearing on four "
        "albums and hit singles like 1978’s “What a Fool Believes.”",
        "The tour starts in June.",
    ]
    # a quote of speech after a finished sentence is a sentence of its own
    assert not _continues("The crowd cheered.", "“We did it.”")


def test_sentences_are_handed_on_before_entities_and_the_analysis_is_unchanged(seed_article, monkeypatch):
    """The pipeline starts the key-point encoder on the sentences while spaCy's entity
    recogniser runs: the callback must come first, and the split must change nothing."""
    import briefgen.analyse as stage

    pipeline = nlp()
    events: list[str] = []
    get_pipe = pipeline.get_pipe

    def spying_get_pipe(name):
        events.append(name)
        return get_pipe(name)

    monkeypatch.setattr(pipeline, "get_pipe", spying_get_pipe)
    split = analyse(seed_article, on_sentences=lambda sentences: events.append(sentences))
    assert events == [split.sentences, "ner"]
    assert split.mentions  # the entities were still found

    monkeypatch.setattr(stage, "_LAST_IF_SEPARABLE", "no such component")  # the whole pipeline at once
    events.clear()
    whole = analyse(seed_article, on_sentences=lambda sentences: events.append(sentences))
    assert events == [whole.sentences]
    assert whole == split


def test_the_default_pipeline_is_loaded_once_however_it_is_named():
    assert nlp() is nlp(DEFAULT_SPACY_MODEL)


def test_a_quote_mark_typed_against_a_word_is_a_token_of_its_own():
    # the CNN/DailyMail dev copy's 'terrorists,"IRNA' and 'an"act' had been single tokens
    words = [t.text for t in nlp().make_doc('the terrorists,"IRNA said it was an"act of terrorism."It is over')]
    assert words == ["the", "terrorists", ",", '"', "IRNA", "said", "it", "was", "an", '"', "act", "of", "terrorism",
                     ".", '"', "It", "is", "over"]
    # inches after a number, and apostrophes, stay as they were
    assert [t.text for t in nlp().make_doc('He is 5"tall and don’t')] == ["He", "is", '5"tall', "and", "do", "n’t"]


def test_a_draft_of_the_sentences_splits_where_a_sentence_plainly_ends():
    from briefgen.analyse import draft_sentences

    assert draft_sentences('He said "Go now." Then he left. It was 5 p.m. on Monday.\n\nA new one? Yes! (Then) more.') == [
        'He said "Go now."', "Then he left.", "It was 5 p.m. on Monday.", "A new one?", "Yes!", "(Then) more.",
    ]
    assert draft_sentences("") == []


def test_the_draft_comes_before_the_parse_and_the_final_sentences_after(seed_article):
    events = []
    analysis = analyse(seed_article, on_sentences=lambda s: events.append(("final", s)), on_draft=lambda s: events.append(("draft", s)))
    assert [kind for kind, _ in events] == ["draft", "final"]
    assert events[1][1] == analysis.sentences
    assert len(set(events[0][1]) & set(analysis.sentences)) >= 0.9 * len(analysis.sentences)


def test_the_uses_of_a_word_are_every_token_that_is_it_and_leave_the_analysis_equal(seed_analysis):
    import copy

    before = copy.deepcopy(seed_analysis)
    scanned = [(tokens, i) for tokens in seed_analysis.tokens for i, t in enumerate(tokens) if t.text == "Idlib"]
    assert seed_analysis.uses_of("Idlib") == scanned and len(scanned) >= 3
    assert seed_analysis.uses_of("Atlantis") == []
    assert seed_analysis == before  # the index is no field


def test_a_sum_ending_in_a_scale_letter_ends_its_sentence():
    # spaCy's tokenizer keeps "m." whole, and the parser had run these two sentences together
    text = "Police seized cocaine worth an estimated £200m. The data breach exposed 533 million records."
    assert analyse(from_text(text, "t")).sentences == [
        "Police seized cocaine worth an estimated £200m.",
        "The data breach exposed 533 million records.",
    ]
    # "a.m." and "p.m." stay whole
    text = "The meeting ends at 5 p.m. and resumes at 9 a.m. on Monday in the capital."
    assert len(analyse(from_text(text, "t")).sentences) == 1


def test_a_wire_dateline_is_a_piece_of_its_own():
    # a bottom line had opened "WASHINGTON (AP) — Ambassador Gordon Sondland, …"; spaCy splits most
    # datelines off, but not all
    body = (
        "TOKYO (Reuters) - A magnitude 7.1 earthquake struck off Japan's northeast coast late on Tuesday, killing "
        "at least nine people, officials said.\n\nThe quake hit at a depth of 57 km, the agency said."
    )
    analysis = analyse(from_text(body, "t"))
    assert analysis.sentences[:2] == [
        "TOKYO (Reuters) -",
        "A magnitude 7.1 earthquake struck off Japan's northeast coast late on Tuesday, killing at least nine "
        "people, officials said.",
    ]
    for sentence, tokens in zip(analysis.sentences, analysis.tokens):  # each piece's heads are its own
        assert all(0 <= t.head < len(tokens) for t in tokens)
        assert all(sentence[t.idx : t.idx + len(t.text)] == t.text for t in tokens)
    analysis = analyse(from_text("(CNN)President Donald Trump made an unscheduled trip to a hospital on Saturday.", "t"))
    assert analysis.sentences == ["(CNN)", "President Donald Trump made an unscheduled trip to a hospital on Saturday."]
    analysis = analyse(from_text("Hong Kong (CNN Business)A muddled view of US-China trade talks weighs on investors.", "t"))
    assert analysis.sentences == ["Hong Kong (CNN Business)", "A muddled view of US-China trade talks weighs on investors."]
    assert analysis.article.title == "A muddled view of US-China trade talks weighs on investors."
    # a capitalised opening with no dash is no dateline
    analysis = analyse(from_text("NASA said on Monday that the launch was delayed by a week.", "t"))
    assert len(analysis.sentences) == 1


def test_a_name_split_after_a_title_and_one_word_stays_in_its_sentence():
    # spaCy ended a sentence inside "Liu He", whose second word reads as a pronoun
    body = ("A delegation led by Chinese Vice Premier Liu He is still expected in Washington on Thursday for two "
            "days of talks, the White House said.")
    assert analyse(from_text(body, "t")).sentences == [body]
    assert _continues("A delegation led by Chinese Vice Premier Liu", "He is still expected in Washington.")
    assert not _continues("He was last seen leaving a hospital near Hook, Hampshire", "He is described as tall.")
