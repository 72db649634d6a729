"""The embed backend: encoder behaviour and key-point selection rules."""

from __future__ import annotations

import numpy as np
import pytest

from briefgen.models import Analysis, Article
from briefgen.summarise import get_summariser
from briefgen.summarise.embed import EmbedSummariser, readability_problems
from briefgen.summarise.encoder import get_encoder


def test_encoder_loads_once_and_is_deterministic():
    assert get_encoder() is get_encoder()
    sentences = ["Troops were deployed to the border.", "The talks ended without a deal."]
    a = get_encoder().encode(sentences)
    b = get_encoder().encode(list(reversed(sentences)))[::-1]
    assert a.shape == (2, 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a, b, atol=1e-5)  # batch order does not change a sentence's vector


def test_a_brief_encodes_its_sentences_while_entities_are_found(seed_article, monkeypatch):
    """The pipeline hands the sentences to the encoder before entity recognition, and the
    summariser then collects those vectors instead of encoding again."""
    from briefgen.pipeline import BriefOptions, brief_article
    from briefgen.summarise import encoder

    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    started, collected = [], []
    encode_soon, encode_texts = encoder.encode_soon, encoder.encode_texts

    def spy_soon(path, texts, key=None, draft=False, layers=None):
        started.append((list(texts), key, draft))
        encode_soon(path, texts, key, draft, layers)

    def spy_texts(path, texts, key=None, layers=None):
        collected.append((list(texts), key, (path, layers, key) in encoder._pending))
        return encode_texts(path, texts, key, layers)

    monkeypatch.setattr(encoder, "encode_soon", spy_soon)
    monkeypatch.setattr(encoder, "encode_texts", spy_texts)
    brief = brief_article(seed_article, BriefOptions())
    # a draft before spaCy has parsed the text, then the final sentences, for one article
    (draft, draft_key, is_draft), (final, key, is_final_draft) = started
    assert is_draft and not is_final_draft and draft_key == key
    assert final[: len(brief.sentences)] == brief.sentences
    assert len(set(draft) & set(final)) >= 0.8 * len(final)  # the draft got most of them right
    assert collected == [(final, key, True)]
    assert not encoder._pending


def test_summariser_is_cached_per_backend():
    assert get_summariser("embed") is get_summariser("embed")


def make(sentences, title="Floods hit Riverton"):
    return Analysis(Article(title, " ".join(sentences), "t"), sentences, list(range(len(sentences))), [], [[] for _ in sentences])


def test_duplicates_never_both_chosen():
    sentences = [
        "Floods forced 1,200 residents of Riverton from their homes on Monday.",
        "Floods forced 1,200 residents of Riverton from their homes on Monday.",
        "The mayor opened three emergency shelters in local schools.",
        "Forecasters expect more heavy rain across the region until Thursday.",
    ]
    ids = EmbedSummariser().select(make(sentences), 3)
    assert not {0, 1} <= set(ids)


def test_points_are_verbatim_in_article_order(seed_analysis):
    points = EmbedSummariser()(seed_analysis, 5)
    assert len(points) == 5
    ids = [p.sentences[0] for p in points]
    assert ids == sorted(ids)
    assert all(p.text == seed_analysis.sentences[p.sentences[0]] for p in points)
    assert not any("You might also like" in p.text for p in points)


def test_a_caption_glued_to_a_sentence_reads_as_two_run_together():
    # the DailyMail dev copy glues photo captions into its sentences: '… leaving him hospitalised
    # The smashed up toilet in Hefei …' had been a key point
    assert readability_problems(
        "Passenger Jin Pai was standing on the rim of a toilet when it collapsed, leaving him hospitalised "
        "The smashed up toilet in Hefei was later removed."
    ) == 1
    assert readability_problems("Scroll down for video The large croc proudly held on to its catch.") >= 1
    # a title or a name after a lower-case word is part of the sentence
    assert readability_problems("Viewers who watched The Crown on Sunday said it was accurate.") == 0
    assert readability_problems("The report was published in The Times on Monday.") == 0


def test_readability_rules():
    assert readability_problems("He said the talks had failed again on Monday.") == 1
    assert readability_problems("Why did the talks fail?") == 1
    assert readability_problems("The talks failed on Monday, officials said.") == 0
    # captions, furniture, broken splits and run-ons read badly as key points
    assert readability_problems("Brazil star Neymar (centre) takes a selfie with team-mate Dani Alves (right)") == 1
    assert readability_problems("Scroll down for video A mother was holding the boy when he fell.") == 1
    assert readability_problems("Merson angered Townsend by writing in his column that'if") == 1
    assert readability_problems("# RubberDub # 7minutes, 'Merson put on Twitter.") == 1
    assert readability_problems("The talks, " + "which went on " * 20 + "failed.") == 1
    assert readability_problems("“We will rebuild,” the mayor said.") == 0
    # ...but a quote whose speaker is a pronoun leans on the sentence before, as "He said …" does
    assert readability_problems("“We will rebuild,” she said.") == 1
    assert readability_problems('"We take the results very seriously," he told NHK.') == 1
    assert readability_problems("| | 3:00 PM | Sits on the couch, probably watching TV.") == 1  # a table row
    assert readability_problems("Tickets cost £5 (adults|children) at the door.") == 0
    # the rest of a sentence or a quote cut by the splitter; names written in lower case are fine
    assert readability_problems("so England want these two cricketers to grow into the game.") == 1
    assert readability_problems("“and I want to do it in this team.”") == 2  # also a bare quote
    assert readability_problems("iPhone sales rose by a tenth in the quarter, Apple said.") == 0
    assert readability_problems("eBay said the outage was fixed on Monday morning.") == 0
    # a split inside a bracket ("1 tsp." ended a "sentence"); whole brackets are fine
    assert readability_problems("Fry the potatoes in olive oil (or 1 tsp.") == 1
    assert readability_problems("Asparagus and Eggs [1 cup asparagus, 2 soft-boiled eggs.") == 1
    assert readability_problems("The agency (UNHCR) said [in a statement] that 900,000 had fled.") == 0


def test_a_call_to_action_is_never_a_key_point_while_anything_else_is_left():
    from briefgen.summarise.embed import mmr_select

    sentences = [
        "Floods forced 1,200 residents of Riverton from their homes on Monday.",
        "For the latest stories and breaking news updates download the Riverton Post apps for iOS and Android.",
        "Sign up for the free daily newsletter.",
        "Click through for the whole thing.",
        "Chipotle will tap into the food delivery market by teaming up with an app.",  # a story, not a prompt
        "A post said [click here](http://evil.example/), police said.",  # a reported one is the story
    ]
    vectors = np.eye(len(sentences))
    favoured = np.array([0.0, 9.0, 9.0, 9.0, 1.0, 1.0])  # the prompts would win on score alone
    assert mmr_select(favoured, vectors, sentences, 3, 0.6) == [0, 4, 5]
    prompts = sentences[1:4]
    assert len(mmr_select(np.zeros(3), np.eye(3), prompts, 2, 0.6)) == 2  # nothing else: still a brief


def test_a_note_about_the_page_is_never_a_key_point_while_anything_else_is_left():
    from briefgen.summarise.embed import mmr_select

    sentences = [
        "This post contains references to products from one or more of our advertisers.",
        "Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
        "Terms apply to the offers listed on this page.",
        "Submit your letter to the editor via this form.",
        "All opinions are mine alone. #HealthyHydration #ad",
        "Alaska Airlines will join the Oneworld alliance on March 31, the carrier said.",
        "The bill, sponsored by Senator Jane Roe, passed the House on Tuesday.",  # bills are sponsored
        "(EDIT: removed the link to her post, because the rest of them got what they wanted.)",
        "Update: Police have arrested a second suspect in the shooting.",  # a news story's update is news
    ]
    favoured = np.array([9.0, 9.0, 9.0, 9.0, 9.0, 1.0, 1.0, 9.0, 0.5])
    assert mmr_select(favoured, np.eye(9), sentences, 4, 0.6) == [5, 6, 8]


def test_a_photo_caption_is_never_a_key_point_while_anything_else_is_left():
    from briefgen.summarise.embed import mmr_select

    sentences = [
        "The Barbados Tridents' footballers training ahead of a match against Dominica. (FILE)",
        "In this May 1, 1967, file photo, singer Elvis Presley and his bride appear at a hotel in Las Vegas.",
        "The team will play four group games in the span of ten days in June.",
        "Van der Wiel (right) says he is not interested in leaving Paris in the summer.",  # a penalty only
        "Floods forced 1,200 residents of Riverton from their homes on Monday.",
    ]
    favoured = np.array([9.0, 9.0, 1.0, 1.0, 0.5])  # the captions would win on score alone
    assert mmr_select(favoured, np.eye(5), sentences, 2, 0.6) == [2, 3]
    assert readability_problems(sentences[0]) == 1
    assert readability_problems(sentences[1]) == 1


def test_pronoun_start_loses_to_near_equal_alternative():
    sentences = [
        "Officials in Riverton said floodwaters had forced residents from their homes.",
        "It said floodwaters had forced residents of Riverton from their homes.",
        "The river burst its banks after three days of heavy rain in the hills.",
    ]
    ids = EmbedSummariser(redundancy=0.0).select(make(sentences), 1)
    assert ids == [0]


def test_models_load_once_per_process_not_per_article(seed_article, monkeypatch):
    from briefgen.pipeline import brief_article
    from briefgen.summarise import encoder

    loads = []
    for cls in (encoder.OnnxEncoder, encoder.TorchEncoder):
        real = cls.__init__

        def counting(self, path, *args, _real=real, **kwargs):
            loads.append(type(self).__name__)
            _real(self, path, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)
    encoder._encoder.cache_clear()
    try:
        for _ in range(3):
            brief_article(seed_article)
    finally:
        encoder._encoder.cache_clear()  # drop the wrapped instance's cache entry
    assert len(loads) == 1, loads


def test_a_piece_of_a_quote_running_over_sentences_reads_badly():
    from briefgen.summarise.embed import readability_problems

    assert readability_problems("“Complainant calling about a suspicious incident.") == 1
    assert readability_problems("“We will rebuild every home,” the mayor said on Monday.") == 0


def test_a_first_person_statement_without_quote_marks_reads_badly():
    assert readability_problems("To avoid speculation, I intend to move ahead urgently on publication.") == 1
    assert readability_problems("“We will rebuild every home,” the mayor said on Monday.") == 0
    assert readability_problems("The US said the talks would resume on Monday.") == 0


def test_a_heading_is_never_a_key_point_while_anything_else_is_left():
    from briefgen.summarise.embed import mmr_select

    sentences = [
        "Post Malone, Ariana Grande & Billie Eilish Lead 2019 American Music Awards Nominations: See Full List",
        "Nintendo Switch Lite with Pokemon Sword or Shield and Case for $238.99",
        "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block",
        "The Doobie Brothers will reunite for a North American tour next year.",
        "Two federal prison officers charged with falsifying records in connection with Epstein's death",  # a penalty only
    ]
    favoured = np.array([9.0, 9.0, 9.0, 1.0, 0.5])
    assert mmr_select(favoured, np.eye(5), sentences, 3, 0.6) == [3, 4]


def test_a_title_taken_from_the_opening_words_is_no_headline():
    # nine CNN dev articles open with "(CNN)" as a sentence of its own: their title, the next
    # sentence's words, had been weighed as a distinct headline, which the benchmark never scores
    sentences = [
        "(CNN)",
        "A North Pacific gray whale has earned a spot in the record books after completing the longest migration.",
        "The whale, named Varvara, swam nearly 14,000 miles.",
    ]
    title = "A North Pacific gray whale has earned a spot in the record books after completing the…"
    assert EmbedSummariser().embed(make(sentences, title))[1] is None
    assert EmbedSummariser().embed(make(sentences, "Whale breaks migration record"))[1] is not None


def test_a_line_that_announces_what_follows_is_no_key_point():
    # "In a wide-ranging interview, President Obama also said:" had been a BBC brief's key point
    sentences = [
        "President Barack Obama has admitted that his failure to pass gun safety laws is his greatest frustration.",
        "In a wide-ranging interview, President Obama also said:",
        "He defended his decision to engage with and visit those governments in Africa.",
        "Mr Obama lands in Kenya later on Friday for his first visit since becoming president.",
    ]
    ids = EmbedSummariser().select(make(sentences, "Obama admits US gun laws are his biggest frustration"), 3)
    assert 1 not in ids and len(ids) == 3


def test_a_sentence_in_the_middle_of_a_long_quote_is_someones_words_not_the_articles(monkeypatch):
    # found reading a Guardian brief: '… The public want to hug the whales, they want to touch
    # them …' (the middle of an elder's quote) was a key point, printed as the article's statement
    from briefgen.analyse import analyse
    from briefgen.ingest import from_text
    from briefgen.summarise import embed
    from briefgen.summarise.embed import inside_a_quote

    analysis = analyse(from_text(
        "Whales strand in Northland\n\n"
        "Hori Parata has overseen more than 500 strandings.\n\n"
        "“We’re having to put up with a lot of stuff today. The public want to hug the whales, they want to "
        "touch them. We feel that is ridiculous.”\n\n"
        "The Department of Conservation said the causes remain unclear.", "t"))
    middle = analysis.sentences.index("The public want to hug the whales, they want to touch them.")
    assert inside_a_quote(analysis) == {middle}  # the quote's first and last sentences carry marks
    vectors = np.ones((len(analysis.sentences), 4)) / 2.0
    scored = EmbedSummariser().scores(analysis, vectors)
    monkeypatch.setattr(embed, "inside_a_quote", lambda analysis: set())
    unmarked = EmbedSummariser().scores(analysis, vectors)
    assert unmarked[middle] - scored[middle] == pytest.approx(embed.READABILITY_PENALTY)  # as a bare quote is
    assert np.delete(unmarked - scored, middle) == pytest.approx(0)


def test_where_to_find_more_is_not_the_story():
    # found reading briefs: "Link to KLOOK website – https://…" and "Contact Dear Abby at www.…" were key points
    from briefgen.summarise.embed import not_the_story

    assert not_the_story("Link to KLOOK website – https://www.klook.com/activity/9596-the-palace-tale/")
    assert not_the_story("Tested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk")
    assert not_the_story("Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA 90069.")
    assert not_the_story("Get Motor Cycle Monthly delivered through your letterbox every month.")
    assert not not_the_story("The event includes the Young Event Horse East Coast Championships; www.fairhill.com")


def test_a_pronoun_after_an_opening_conjunction_is_as_unresolved_as_one_that_opens():
    # a ScienceAlert key point: "And that's a big deal as the tiny space rock is one of the highest
    # priority targets …" leans on the sentence before it
    assert readability_problems("And that's a big deal as the tiny space rock is a priority target.") == 1
    assert readability_problems("But it may morph into something bigger if the talks fail.") == 1
    assert readability_problems("But the company said sales would recover next year.") == 0
    assert readability_problems("Andrew said it was a big deal for the space agency.") == 0


def test_a_pronoun_after_an_opening_quote_mark_is_as_unresolved():
    assert readability_problems("'They pulled out a gun and he took off running, the driver told police.") >= 1
    assert readability_problems("“It was terrifying for everyone who was there,” she told reporters.") >= 1
    assert readability_problems("'Police arrived within minutes of the call,' the driver told reporters.") == 0


def test_a_pronoun_after_one_opening_word_and_a_comma_is_as_unresolved():
    # a Dear Abby column's key point: "Clearly, she believes the waitress, too."
    assert readability_problems("Clearly, she believes the waitress, too.") == 1
    assert readability_problems("However, it may take years for the river to recover.") == 1
    assert readability_problems("However, the council said repairs would start next week.") == 0
    assert readability_problems("Yesterday, the mayor told the court she had been at home.") == 0


def test_an_artists_illustration_marks_a_caption():
    # a DailyMail dev article's key point had been this caption
    caption = "Similar?: Tokyo researchers have proposed a laser system to shoot down debris (artist's illustration)."
    assert readability_problems(caption) >= 1


@pytest.mark.parametrize("setting, layers", [(None, None), ("4", 4)])
def test_key_points_read_the_layers_set_and_a_digest_matches_stories_on_all(seed_article, monkeypatch, setting, layers):
    """Key points read all the encoder's layers unless BRIEFGEN_EMBED_LAYERS says fewer (a speed
    setting); fewer layers' vectors sit closer together, so the duplicate check and the weights
    of the cosines are set for them. A digest's story vectors always come from all six layers,
    which its story threshold was set on."""
    from briefgen.digest.build import _lead_text, analyse_for_digest
    from briefgen.pipeline import BriefOptions, brief_article
    from briefgen.summarise import encoder
    from briefgen.summarise.embed import DUPLICATE_COSINE, DUPLICATE_COSINE_PART, SPREAD_PART

    if setting is None:
        monkeypatch.delenv("BRIEFGEN_EMBED_LAYERS", raising=False)
    else:
        monkeypatch.setenv("BRIEFGEN_EMBED_LAYERS", setting)
    summariser = EmbedSummariser()
    assert summariser.layers == layers
    assert (summariser.duplicate_cosine, summariser.spread) == (
        (DUPLICATE_COSINE, 1.0) if layers is None else (DUPLICATE_COSINE_PART, SPREAD_PART)
    )
    assert EmbedSummariser(layers=6).layers is None  # as many as the model has: all of them

    asked = []
    get = encoder.get_encoder
    monkeypatch.setattr(encoder, "get_encoder", lambda path=None, layers=None: asked.append(layers) or get(path, layers))
    get_summariser.cache_clear()
    try:
        brief_article(seed_article, BriefOptions())
        assert asked and set(asked) == {layers}
        asked.clear()
        analysed = analyse_for_digest(seed_article, BriefOptions())
    finally:
        get_summariser.cache_clear()
    assert asked[-1] is None  # the story vectors: all layers
    texts = [_lead_text(analysed.brief)]
    assert np.allclose(analysed.lead, get(None).encode(texts)[0], atol=1e-6)
    assert not np.allclose(analysed.lead, get(None, 4).encode(texts)[0], atol=1e-2)


def test_the_duplicate_check_follows_the_threshold_it_is_given():
    from briefgen.summarise.embed import mmr_select

    sentences = [f"Sentence number {w} says something different here." for w in ("one", "two", "three")]
    vectors = np.array([[1.0, 0.0], [0.91, (1 - 0.91**2) ** 0.5], [0.0, 1.0]])
    favoured = np.array([3.0, 2.9, 0.0])
    assert mmr_select(favoured, vectors, sentences, 2, 0.0, 0.9) == [0, 2]
    assert mmr_select(favoured, vectors, sentences, 2, 0.0, 0.925) == [0, 1]


def test_on_fewer_layers_the_cosines_weigh_more_and_position_keeps_its_weight():
    """Fewer layers' cosines spread half as wide, so centrality, headline similarity and
    redundancy are stretched (SPREAD_PART) to keep the balance with position the defaults set."""
    from briefgen.summarise import embed

    sentences = [
        "Floods forced 1,200 residents of Riverton from their homes on Monday.",
        "The mayor opened three emergency shelters in local schools.",
        "Forecasters expect more heavy rain across the region until Thursday.",
    ]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(3, 8))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    title = vectors.mean(axis=0) / np.linalg.norm(vectors.mean(axis=0))
    analysis = make(sentences)
    fewer = EmbedSummariser(layers=4).scores(analysis, vectors, title)
    stretched = EmbedSummariser(
        layers=6, w_centrality=embed.SPREAD_PART * embed.W_CENTRALITY, w_title=embed.SPREAD_PART * embed.W_TITLE
    ).scores(analysis, vectors, title)
    assert fewer == pytest.approx(stretched)
    assert not EmbedSummariser(layers=6).scores(analysis, vectors, title) == pytest.approx(fewer)
