"""The analysis stage: the lightened attribute ruler must not change what spaCy says."""

import spacy

from briefgen.analyse import DEFAULT_SPACY_MODEL, nlp, paragraphs_of


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
