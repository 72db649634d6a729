"""Actors, quotes and timeline on the seed and on small texts."""

from __future__ import annotations

import datetime as dt

from briefgen.analyse import analyse
from briefgen.extract.entities import canonical_name, extract_entities
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.timeline import extract_timeline, resolve
from briefgen.ingest import from_text


def test_seed_people_with_roles(seed_analysis):
    people = {p.name: p.role for p in extract_entities(seed_analysis).people}
    assert people == {
        "Ibrahim Kalin": "Turkish Presidential spokesman",
        "Bashar al-Assad": "Syrian President",
        "Recep Tayyip Erdogan": "Turkey’s President",
        "Michelle Bachelet": "UN human rights chief",
        "Rupert Colville": "UN human rights spokesman",
        "David Swanson": "UN spokesman",
    }


def test_seed_organisations_merged_and_places(seed_analysis):
    entities = extract_entities(seed_analysis)
    orgs = [o.name for o in entities.organisations]
    assert "United Nations (UN)" in orgs and "UN" not in orgs
    assert "Syrian Observatory for Human Rights (SOHR)" in orgs
    assert "Idlib" not in orgs and "Idlib" in [p.name for p in entities.places]
    assert canonical_name(entities, "Kalin") == "Ibrahim Kalin"
    assert canonical_name(entities, "Erdogan") == "Recep Tayyip Erdogan"
    assert canonical_name(entities, "UN") == "United Nations (UN)"


def test_seed_quotes_with_speakers(seed_analysis):
    quotes = extract_quotes(seed_analysis, extract_entities(seed_analysis))
    assert [(q.speaker, q.text.split()[0], q.sentence) for q in quotes] == [
        ("Ibrahim Kalin", "We", 3), ("Michelle Bachelet", "Civilians", 14), ("Rupert Colville", "the", 19),
    ]
    assert quotes[1].text.endswith("They simply have nowhere to go")  # three sentences joined


def quotes_of(text: str):
    analysis = analyse(from_text(text, "t"))
    return [(q.speaker, q.text) for q in extract_quotes(analysis, extract_entities(analysis))]


def test_straight_quotes_and_attribution_in_next_or_pronoun():
    text = (
        "Mayor Jane Roe visited the flooded district of Riverton on Monday morning.\n\n"
        '"We will rebuild every home that was lost in this flood," she said.\n\n'
        'Police chief Tom Hale said, "Nobody should return to the area until the water has gone down."'
    )
    assert quotes_of(text) == [
        ("Jane Roe", "We will rebuild every home that was lost in this flood"),
        ("Tom Hale", "Nobody should return to the area until the water has gone down."),
    ]


def test_scare_quotes_are_not_quotes():
    assert quotes_of("The minister called the plan “not serious” and left the meeting early on Friday.") == []


def test_a_short_whole_statement_a_saying_verb_introduces_or_follows_is_a_quote():
    text = (
        "Floods swept through the valley on Sunday, officials said.\n\n"
        "\"We have lost everything,\" said 64-year-old farmer Ahmed Khan.\n\n"
        "Police chief Sarah Brown said: \"Three people remain missing.\""
    )
    assert quotes_of(text) == [("Ahmed Khan", "We have lost everything"), ("Sarah Brown", "Three people remain missing.")]
    # a short line no one is named for is left out
    assert quotes_of("The clerk refused again.\n\n\"I prefer not to,\" someone said.") == []
    # a short quote inside a sentence stays the reporter's wording, even with a saying verb after it
    assert quotes_of("The talks were “not satisfactory,” Ibrahim Kalin said on Tuesday in Ankara.") == []


def test_an_unnamed_source_in_an_according_to_frame_is_the_speaker_as_written():
    text = 'Rain fell all day.\n\nAccording to the weather service, "another 50 mm of rain is expected by Tuesday."'
    assert quotes_of(text) == [("the weather service", "another 50 mm of rain is expected by Tuesday.")]
    # a document with a long description is no speaker
    text = 'Rain fell.\n\nAccording to a report released on Monday by the agency, "the risk remains high for weeks."'
    assert quotes_of(text) == [(None, "the risk remains high for weeks.")]


def test_timeline_resolves_against_publication_date(seed_article):
    from dataclasses import replace

    analysis = analyse(replace(seed_article, published="2020-02-19"))
    dates = {t.sentence: t.date for t in extract_timeline(analysis)}
    assert dates[0] == "2020-02-18"      # "on Tuesday" before Wednesday 19 February
    assert dates[7] == "2020-02-15"      # "on Saturday"
    assert dates[10] == "2019-04"        # "April 2019": a month, no invented day
    assert all(t.resolved for t in extract_timeline(analysis))


def test_timeline_without_publication_date_stays_relative(seed_analysis):
    events = extract_timeline(seed_analysis)
    assert {t.date for t in events if not t.resolved} >= {"Tuesday", "Monday"}
    assert all(t.note for t in events if not t.resolved)
    assert not any("week" in t.date or "century" in t.date for t in events)
    assert len({t.sentence for t in events}) == len(events)  # one event per sentence


def test_resolve():
    assert resolve("last month", "2024-03-15").isoformat().startswith("2024-02")
    assert resolve("on Tuesday", None) is None
    assert resolve("April 2019", None).year == 2019


def test_resolve_parts_of_periods_and_months_placed_in_a_year():
    # found briefing unseen pages: these had been shown as written, unplaced in the timeline
    published = "2019-11-19"

    def month(expression):
        day = resolve(expression, published)
        return day and day.strftime("%Y-%m")

    assert month("late January") == "2020-01"  # the nearer January, as for "January"
    assert month("the end of August") == "2019-08"
    assert month("mid-December") == "2019-12"
    assert month("January this year") == "2019-01"
    assert month("May of last year") == "2018-05"
    assert month("October 27 this year") == "2019-10"
    assert month("last February") == "2019-02"
    assert month("last November") == "2018-11"  # the latest November before this one
    assert resolve("mid-2019", published).year == 2019
    assert resolve("the summer of 2004", published).year == 2004
    assert resolve("early this year", published).year == 2019
    assert resolve("next July", published) is None  # this July or next year's: not guessed
    assert resolve("the 1990's", published) is None  # a decade; had been read as 2019-11-18
    assert resolve("the late 1970s", published) is None


def test_resolve_by_the_publication_day_and_the_sentence_tense():
    # found briefing a BBC page published Friday 2020-04-10
    friday = "2020-04-10"
    assert resolve("on Friday", friday).isoformat() == "2020-04-10"  # was 2020-04-03, a week early
    assert resolve("on Thursday", friday).isoformat() == "2020-04-09"
    assert resolve("until 30 April", friday).isoformat() == "2020-04-30"  # the nearer reading; was 2019
    assert resolve("December 1", "2020-02-19").isoformat() == "2019-12-01"
    assert resolve("on Monday", friday, future=True).isoformat() == "2020-04-13"
    assert resolve("on Monday", friday).isoformat() == "2020-04-06"


def test_a_weekday_on_a_future_verb_looks_ahead():
    article = from_text(
        "Talks\n\nOfficials said on Monday that the talks will resume. "
        "Talks will resume on Thursday, the ministry said. The envoys are due to meet on Wednesday.", "t"
    )
    events = _timeline(article, "2020-04-10")  # a Friday
    assert [t.date for t in events] == ["2020-04-06", "2020-04-15", "2020-04-16"]


def test_an_expectation_held_in_the_past_takes_the_nearer_date():
    # found briefing a BBC story of 19 November 2019: "was due to be released … in September"
    # had been put in September 2020; it was September 2019
    article = from_text(
        "Assange\n\nAssange was due to be released from prison in September after serving his term. "
        "The card, which was originally expected to launch on October 15, came out later. "
        "His lawyers are due to appear in court in February.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [t.date for t in events] == ["2019-09", "2019-10-15", "2020-02"]


def test_a_weekday_on_a_present_tense_verb_is_a_scheduled_event():
    # Barron's, published Tuesday 2019-11-19: "Lowe's reports earnings Wednesday" had been
    # put on the previous Wednesday; a habit ("every other Sunday") is no event at all
    article = from_text(
        "Earnings\n\nLowe’s reports earnings Wednesday. "
        "Home Depot said on Monday that sales were below its expectations. "
        "The band plays every other Sunday at the market.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-18", 1), ("2019-11-20", 0)]


def test_a_day_no_one_could_date_is_no_event_and_a_word_before_a_weekday_is_no_part_of_it():
    # "on a Monday?" (a rhetorical question) had been dated; "posted on Twitter Tuesday" was shown
    # as the date "Twitter Tuesday"; "a Tuesday research report" is Tuesday's report, dated
    article = from_text(
        "Games\n\nWas it a misjudgement to hold the opening ceremony at 2:30pm on a Monday? "
        "Omar asked for compassion in a letter posted on Twitter Tuesday. "
        "Prices fell, wrote Fadem in a Tuesday research report.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-19", 1), ("2019-11-19", 2)]


def test_what_something_is_today_is_no_event_of_the_day():
    # "Today, plague infections are rare" had been an event of the publication day
    article = from_text(
        "Plague\n\nToday, plague infections are rare, but they do happen. "
        "Today, we're excited to share a new approach to patching. "
        "Burberry is launching its autumn ad campaign today.", "t"
    )
    events = _timeline(article, "2019-11-18")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-18", 1), ("2019-11-18", 2)]


def test_a_month_and_day_on_a_present_tense_verb_is_a_scheduled_date():
    # Rolling Stone, 2019-11-19: the 2020 tour "kicks off June 9th" had been dated last June; the
    # band's tour that "continues November 19th" continues that very day
    article = from_text(
        "Tour\n\nThe four will tour together for the first time in nearly 25 years during the trek, which kicks off "
        "June 9th in West Palm Beach, Florida. "
        "The band’s current tour continues November 19th in Greenville, South Carolina.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-19", 1), ("2020-06-09", 0)]


def test_a_show_called_today_is_no_date():
    article = from_text(
        "Fauci speaks\n\nDr Anthony Fauci told NBC News' Today show the toll looks more like 60,000. "
        "Officials met on Thursday to agree the plan.", "t"
    )
    events = _timeline(article, "2020-04-10")
    assert [t.date for t in events] == ["2020-04-09"]


def test_a_dateline_or_a_tweets_byline_is_no_event():
    # found briefing unseen pages: "November 18, 2019" and "— Josh Apte (@joshapte) November 3,
    # 2019" were listed as events whose text said nothing but the date
    article = from_text(
        "Smog closes schools\n\nNovember 18, 2019\n\n"
        "Delhi closed its schools on Friday as the smog thickened over the city.\n\n"
        "The air is unbreathable this morning.\n\n— Josh Apte (@joshapte) November 3, 2019\n\n"
        "Officials will review the closures on Tuesday.", "t"
    )
    events = _timeline(article, "2019-11-18")
    assert [(t.date, t.text[:20]) for t in events] == [
        ("2019-11-15", "Delhi closed its sch"), ("2019-11-19", "Officials will revie")
    ]


def test_the_unknown_publication_note_only_when_that_is_the_reason(seed_brief):
    from dataclasses import replace

    from briefgen.render import render

    assert "publication date is not known" in render(seed_brief, "md").decode()
    dated = replace(seed_brief, source=replace(seed_brief.source, published="2020-02-19"))
    assert "publication date is not known" not in render(dated, "md").decode()


def test_speaker_named_in_the_next_sentence():
    text = (
        "Floods hit Riverton\n\n"
        "“We will rebuild every home that was lost in this flood, whatever it costs.”\n\n"
        "Mayor Jane Roe said this at a news conference in Riverton on Monday evening."
    )
    assert quotes_of(text) == [("Jane Roe", "We will rebuild every home that was lost in this flood, whatever it costs.")]


def _timeline(article, published: str):
    """The timeline of an article as if published on this date."""
    from dataclasses import replace

    return extract_timeline(analyse(replace(article, published=published)))


def _brief_parts(text: str):
    analysis = analyse(from_text(text, "t"))
    entities = extract_entities(analysis)
    return analysis, entities, extract_quotes(analysis, entities)


def test_the_speaker_is_the_subject_of_the_saying_verb_not_the_nearest_name():
    _, _, quotes = _brief_parts(
        'Executive producer Mark Wolper, son of the original producer David L. Wolper, added, '
        '"Kunta Kinte began telling his story over 200 years ago and it went through his family."'
    )
    assert [q.speaker for q in quotes] == ["Mark Wolper"]


def test_a_tweet_is_attributed():
    _, _, quotes = _brief_parts(
        'SpaceX founder Elon Musk tweeted: "Ascent successful. Dragon en route to the space station."'
    )
    assert [q.speaker for q in quotes] == ["Elon Musk"]


def test_words_the_article_shows_are_not_people_are_left_out():
    from briefgen.extract.entities import _not_a_person
    from briefgen.models import Analysis, Article, Mention

    sentences = ["Chelsea beat Burnley.", "Chelsea and Muto agreed terms.", "It was a record fee for MILES."]
    mentions = [
        Mention("Chelsea", "ORG", 0, 0, 7), Mention("Chelsea", "PERSON", 1, 0, 7), Mention("Chelsea", "ORG", 1, 0, 7),
        Mention("Muto", "PERSON", 1, 12, 16), Mention("Muto", "ORG", 1, 12, 16),
        Mention("Record", "PERSON", 2, 9, 15), Mention("MILES", "PERSON", 2, 24, 29),
    ]
    analysis = Analysis(
        article=Article(title="t", body=" ".join(sentences), input="t"), sentences=sentences,
        paragraphs=[0, 0, 0], mentions=mentions, tokens=[[], [], []],
    )
    verdicts = {name: _not_a_person(name, analysis, mentions) for name in ["Chelsea", "Muto", "Record", "MILES"]}
    # mostly labelled a club; a tie keeps the person; used as a lower-case word; shouted
    assert verdicts == {"Chelsea": True, "Muto": False, "Record": True, "MILES": True}
    assert not _not_a_person("Mark Wolper", analysis, mentions)  # full names are never dropped here
    assert _not_a_person("Q3", analysis, mentions)  # "a hurricane headwind in Q3": names carry no digits


def test_teams_places_and_things_spacy_calls_people_are_left_out():
    people, _ = _people_and_orgs(
        "The Thunder won't have to wait long. Chris Paul scored 20 points for the Thunder, who have lost three straight."
    )
    assert people == ["Chris Paul"]  # "the Thunder": a person's name takes no article
    people, _ = _people_and_orgs(
        "Rodgers' future at Anfield has been questioned after a third straight defeat.\n\n"
        "Liverpool manager Brendan Rodgers said he would stay at Anfield."
    )
    assert people == ["Brendan Rodgers"]  # "at Anfield" each time it is named
    people, _ = _people_and_orgs(
        "The Trump administration had planned a 15 percent tariff on laptops. Trump said on Friday that talks were going well."
    )
    assert people == ["Trump"]  # "the Trump administration": a modifier says nothing of the name itself
    people, _ = _people_and_orgs(
        "Turnout in New York municipal elections is notoriously low. Mayor Bill de Blasio urged residents to vote."
    )
    assert people == ["Bill de Blasio"]  # spaCy's tagger reads "Turnout" as a common noun, its NER as a person


def test_what_is_no_name_is_no_organisation():
    from briefgen.extract.entities import _clean, _not_a_name
    from briefgen.models import Analysis, Article

    sentences = ["GET OUT and VOTE on November 5th!", "Americans went out to vote.", "NASA launched it."]
    analysis = Analysis(Article("t", "", "t"), sentences, [0, 0, 0], [], [[], [], []])
    dropped = ["eczema", "file_list", "openssl-0.9.7c.tar.gz", "bar(int(sys.argv[1]", "of'Roots", "VOTE", "@Ilhan"]
    assert [name for name in dropped if not _not_a_name(name, analysis)] == []
    kept = ["NASA", "the supreme court", "commerce ministry", "eBay", "Amazon.com", "United Nations (UN)"]
    assert [name for name in kept if _not_a_name(name, analysis)] == []
    assert _clean("Shanghai Composite (SHCOMP") == "Shanghai Composite"  # a bracket the span left open


def test_organisation_spans_are_trimmed_to_the_name():
    from briefgen.extract.entities import _org_name

    assert _org_name("Associated Press that") == "Associated Press"
    assert _org_name("a White House") == "White House"
    assert _org_name("American Music Awards after Swift") == "American Music Awards"
    assert _org_name("Icahn School of Medicine at") == "Icahn School of Medicine"
    assert _org_name("Bruce added:'They") == ""
    # a trailing organisation noun stays; leading lower-case words go ("federal Bureau of Prisons")
    assert _org_name("the Labour party") == "Labour party" and _org_name("People magazine") == "People magazine"
    assert _org_name("federal Bureau of Prisons") == "Bureau of Prisons"
    assert _org_name("organisation’s Extraordinary Conference") == "Extraordinary Conference"
    assert _org_name("iPad Pro") == "iPad Pro" and _org_name("eBay") == "eBay"
    # a single quote opened after the name: "… Development Policy ‘Gold Standard"
    assert _org_name("Institute for Transportation and Development Policy ‘Gold Standard") == (
        "Institute for Transportation and Development Policy"
    )
    assert _org_name("Syrian Observatory for Human Rights") == "Syrian Observatory for Human Rights"
    # quote marks: one opened on the name goes, one run into it leaves no name
    assert _org_name("“Shabka Exchange") == "Shabka Exchange" and _org_name('channels"with Russia') == ""
    assert _org_name("Team “Crazy on You") == "" and _org_name("Renaldo “Peewee” Gilkes") == "Renaldo “Peewee” Gilkes"


def test_a_plural_proper_noun_is_no_person_unless_it_speaks():
    from briefgen.extract.entities import _grammar_of_a_thing
    from briefgen.models import Analysis, Article, Token

    def analysis_of(*sentences):
        tokens = [[Token(text, 0, "PROPN", tag, dep, head) for text, tag, dep, head in s] for s in sentences]
        return Analysis(Article("t", "", "t"), ["" for _ in sentences], [0] * len(sentences), [], tokens)

    delivery = analysis_of(
        [("given", "VBN", "ROOT", 0), ("Postmates", "NNPS", "dobj", 0)],
        [("for", "IN", "prep", 0), ("Postmates", "NNPS", "pobj", 0)],
    )
    assert _grammar_of_a_thing("Postmates", delivery)
    spokesman = analysis_of(  # spaCy tags the surname a plural noun: "Figgins declined to address ..."
        [("Figgins", "NNS", "nsubj", 1), ("declined", "VBD", "ROOT", 1)],
        [("Figgins", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1)],
    )
    assert not _grammar_of_a_thing("Figgins", spokesman)
    interest = analysis_of([("interest", "NN", "ROOT", 0), ("in", "IN", "prep", 0), ("Muto", "NNP", "pobj", 1)])
    assert not _grammar_of_a_thing("Muto", interest)  # "Chelsea's interest in Muto"


def test_timeline_dates_carry_only_the_parts_the_text_gives():
    text = (
        "Contract talks\n\n"
        "'He must first end his contract with Juventus, which runs until 2016.'We are talking,' the club said.\n\n"
        "He joined the academy in March 2004 and signed his first deal on 3 May 2006, his agent said."
    )
    dates = sorted(e.date for e in extract_timeline(analyse(from_text(text, "t"))) if e.resolved)
    # "until 2016" is a year (not 2016 with today's month and day); a sentence keeps its most specific date
    assert dates == ["2006-05-03", "2016"]


def test_a_year_describing_a_thing_is_no_event():
    text = (
        "Auction\n\n"
        "A dress worn in the classic 1939 film Gone With the Wind was sold at an auction in Dallas.\n\n"
        "Her brand new 2015 Ford Fusion was stolen from the driveway, police said. The theatre opened in 1939.\n\n"
        "The 2018 15-inch i9 MacBook Pro was a very hot machine."  # a model year before the model's size
    )
    events = extract_timeline(analyse(from_text(text, "t")))
    assert [(e.date, e.sentence) for e in events if e.resolved] == [("1939", 2)]


def test_british_single_quotes():
    text = (
        "Talks collapse\n\n"
        "Union leader Mick Lynch said: ‘We don’t accept the offer and the members’ strike goes ahead on Monday.’\n\n"
        "Ministers called the walkout ‘regrettable’ in a statement on Friday."
    )
    # the apostrophes in "don’t" and "members’" do not end the quote; the scare quote is no quote
    assert quotes_of(text) == [("Mick Lynch", "We don’t accept the offer and the members’ strike goes ahead on Monday.")]


def test_a_name_after_a_quote_attributes_it_only_when_nothing_intervenes():
    text = (
        "Ban upheld\n\n"
        "Captain James Haskell said: ‘Astounded would be an understatement for all of us,’ while fly-half "
        "Andy Goode added: ‘Really can’t believe or understand the ban for Nathan Hughes.’"
    )
    assert [speaker for speaker, _ in quotes_of(text)] == ["James Haskell", "Andy Goode"]


def test_an_unnamed_subject_leaves_the_quote_unattributed():
    text = (
        "Poldark returns\n\n"
        "Jane Smith watched the show on Sunday night with her family at home.\n\n"
        "The scene did not go unnoticed by fans, who posted on Twitter: “Poldark is rather good, would watch the next one now.”"
    )
    assert quotes_of(text) == [(None, "Poldark is rather good, would watch the next one now.")]


def test_a_hyphenated_title_is_taken_whole():
    # found briefing a BBC page: "Vice-President Mike Pence" was listed as President
    analysis = analyse(from_text("But Vice-President Mike Pence stressed on Thursday that the virus spreads fast.", "t"))
    assert [(p.name, p.role) for p in extract_entities(analysis).people] == [("Mike Pence", "Vice-President")]


# found briefing unseen pages (trafilatura's test corpus): wrong speakers are worse than none
def _speakers(text: str):
    return [q.speaker for q in _brief_parts(text)[2]]


def test_a_name_inside_the_quote_is_no_speaker():
    assert _speakers(
        '"I am a Jimmy Buffett fan, but this is far too large for the lake," said one person.\n\n'
        '"That just does not seem like nature based recreation to me at all," said another person.'
    ) == [None, None]


def test_she_said_continues_the_previous_quote_not_the_last_name():
    assert _speakers(
        'Meghan spoke about the royal family on Sunday.\n\n'
        '"This morning I woke up early and saw a note from our team in the UK," Meghan told Oprah Winfrey.\n\n'
        '"I just picked up the phone and I called the Queen, just to check in," she said.'
    ) == ["Meghan", "Meghan"]


def test_he_said_with_two_people_in_reach_is_left_unattributed():
    assert _speakers(
        'On Monday, Oprah Winfrey told CBS that Prince Harry had not named the royal in the talks.\n\n'
        '"But it was right at the beginning of all this, I think," he added.'
    ) == [None]


def test_an_answer_is_not_the_askers():
    quotes = _brief_parts(
        'Dan Wootton interviewed the actress Kirstie Alley in London last year.\n\n'
        'Wootton asked her, "Did you get it from a tick in the garden?"\n\n'
        'She answered, "Yeah, in Maine I got a tick bite that summer."'
    )[2]
    assert quotes[-1].speaker != "Dan Wootton"


def test_a_quote_paragraph_continues_the_named_speaker():
    assert _speakers(
        'Former chief whip Mark Harper told him: "These were twelve pages of detailed laws with criminal offences."\n\n'
        '"That is why we need to scrutinise the detail of the legislation before it comes into force."'
    ) == ["Mark Harper", "Mark Harper"]


def test_a_quote_left_open_for_the_next_paragraph_is_read_with_its_speaker():
    # the Independent's own layout: the first paragraph's quote is not closed, as the next goes on
    # with it; both had been missed or left unattributed
    quotes = _brief_parts(
        "Fines\n\nMPs criticised the health secretary on Monday.\n\n"
        "Former chief whip Mark Harper told him: “These were twelve pages of detailed laws with criminal offences.\n\n"
        "“That is why we need to scrutinise the detail of the legislation before it comes into force.”\n\n"
        "Officials said they were “working hard on it today”."
    )[2]
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("These were twelve pa", "Mark Harper"), ("That is why we need ", "Mark Harper")
    ]
    # an open quote with no quote paragraph after it is not read as one
    assert _speakers("Fines\n\nMark Harper told him: “These were twelve pages of detailed laws.\n\nThe House rose.") == []


def test_a_pronoun_subject_is_not_the_organisation_before_it():
    assert _speakers(
        'Ezra Klein wrote a book about politics last year.\n\n'
        'In a section on the GOP, he writes, "Republicans know that their coalition is endangered by change."'
    ) == ["Ezra Klein"]


def test_streets_datelines_and_police_are_not_people_or_places():
    # found briefing unseen pages (WSVN, The Intercept)
    analysis = analyse(from_text(
        "KHAN YOUNIS, GAZA — Officials said the crash happened on Miller Drive on Wednesday. "
        "Miami-Dade Police said Detective Alvaro Zabaleta was at the scene in Miami-Dade.", "t"
    ))
    entities = extract_entities(analysis)
    people = [p.name for p in entities.people]
    assert "KHAN YOUNIS" not in people and "Miller Drive" not in people and "Alvaro Zabaleta" in people
    assert [p.role for p in entities.people if p.name == "Alvaro Zabaleta"] == ["Detective"]
    assert "Miller Drive" in [p.name for p in entities.places]


def test_named_days_abbreviated_months_and_ahead_of():
    from briefgen.extract.timeline import _precision

    assert _precision("Dec. 19") == "day"  # was shown as the year alone
    article = from_text(
        "Primaries\n\nThe stakes are high ahead of Tuesday's debate in South Carolina. "
        "Voters in 14 states go to the polls on Super Tuesday, the party said.", "t"
    )
    events = _timeline(article, "2020-02-24")  # a Monday
    assert [t.date for t in events] == ["2020-02-25"]  # "Super Tuesday" is the primaries' name, not a date


def test_a_role_stops_at_a_verb_or_another_person():
    # found briefing unseen pages: "Prince Philip (Queen or Prince)", "Jim Davis (… running is state Sen.)"
    analysis = analyse(from_text(
        "Winfrey said the royal in question was not the Queen or Prince Philip. "
        "Running for the seat is state Sen. Jim Davis, who filed on Monday.", "t"
    ))
    roles = {p.name: p.role for p in extract_entities(analysis).people}
    assert roles.get("Prince Philip", "absent") in {None, "absent"}
    assert roles.get("Jim Davis") in {"state Sen.", "Sen.", None}


# found briefing scrapinghub's article-extraction-benchmark pages
def test_the_name_after_a_quote_that_is_the_saying_verbs_subject_speaks():
    assert _speakers(
        'NASA scientists found water vapour above Europa, the space agency said on Monday.\n\n'
        '"We performed diligent safety checks to remove possible contaminants in ground-based observations," '
        'Goddard planetary scientist Avi Mandell said of the discovery in the statement.'
    ) == ["Avi Mandell"]


def test_the_person_told_is_not_the_speaker():
    assert _speakers(
        'Apple chief executive Tim Cook spoke with Salesforce founder Marc Benioff at a conference on Tuesday.\n\n'
        'Cook said the admiration was mutual.\n\n'
        '"I love the way you are constantly taking all the new things and quickly incorporating them," he told Benioff.'
    ) == ["Tim Cook"]


def test_a_surname_spacy_tags_no_entity_is_the_one_person_of_that_name():
    assert _speakers(
        'Feliciano Lopez and Marcel Granollers won the doubles for Spain on Wednesday.\n\n'
        '"It was a difficult situation for us," Lopez said.'
    ) == ["Feliciano Lopez"]


def test_an_interrupted_quote_is_the_one_speakers_on_both_sides():
    # found briefing an LA Times column: the second half was left unattributed, because spaCy
    # tagged the surname before it ("Doctor asks, “…”") as no entity
    assert _speakers(
        "Newspaper analyst Ken Doctor has watched the industry shrink for a decade.\n\n"
        "“After two more years of this,” Doctor asks, “what kind of products are going to be left in local communities?”"
    ) == ["Ken Doctor", "Ken Doctor"]


def _people_and_orgs(text: str):
    entities = _brief_parts(text)[1]
    return [p.name for p in entities.people], [o.name for o in entities.organisations]


def test_the_surname_of_several_people_is_no_organisation():
    people, orgs = _people_and_orgs(
        "A Los Angeles judge has ordered V. Stiviano to pay back more than $2.6 million in gifts after Sterling's wife sued her.\n\n"
        "She claimed Donald Sterling used the couple's money to buy Stiviano a Ferrari.\n\n"
        "Shelly Sterling was thrilled with the court decision Tuesday, her lawyer told CNN affiliate KABC.\n\n"
        "NBA Commissioner Adam Silver banned Sterling from the league, fined him $2.5 million and pushed through a charge."
    )
    assert {"Donald Sterling", "Shelly Sterling"} <= set(people)
    assert "Sterling" not in orgs


def test_platforms_and_brand_shaped_words_are_not_people():
    people, orgs = _people_and_orgs(
        'Andros Townsend hit back at Paul Merson on Twitter after scoring for England against Italy.\n\n'
        'Merson later wrote on Twitter that he had been wrong about the winger.\n\n'
        'SpaceX launched the rocket on Thursday, the company said.'
    )
    assert "Twitter" not in people and "Twitter" in orgs
    assert "SpaceX" not in people
    assert {"Andros Townsend", "Paul Merson"} <= set(people)


def test_a_name_joined_by_a_plus_sign_is_cut_there():
    people, _ = _people_and_orgs(
        'The choir has included both Patti Smith and Stewart Copeland.\n\n'
        'On April 13, 2019, Patti Smith + Stewart Copeland (on percussion) joined the choir.'
    )
    assert "Patti Smith" in people and not any("+" in p for p in people)


def test_person_spans_are_trimmed_to_the_name_or_dropped():
    from briefgen.extract.entities import _person_name

    assert _person_name("• Tobias Harris") == "Tobias Harris"
    assert _person_name("rookie Emil Bemstrom") == "Emil Bemstrom"
    assert _person_name("’s Haqqani") == "Haqqani"
    assert _person_name("Jonathan Nackstrand/AFP") == "Jonathan Nackstrand"
    assert _person_name("Kim Kardashian -") == "Kim Kardashian"
    assert _person_name("al-Assad") == "al-Assad" and _person_name("de Blasio") == "de Blasio"
    assert _person_name("Kathleen DelGiorno") == "Kathleen DelGiorno"
    assert _person_name("turmeric powder") is None
    assert _person_name("Ilhan OmarIlhan") is None  # tweets run together
    assert _person_name("Billy Gordon,'black") == "Billy Gordon"  # a quote run into the span
    assert _person_name("Carragher added:'Brendan") == "Carragher"
    assert _person_name("George sighs") == "George" and _person_name("Ursula von der") == "Ursula"
    assert _person_name("Jeff Bezos’s Blue Origin") == "Jeff Bezos"  # the owner is the name
    assert _person_name("Browns DL Sheldon Richardson") == "Sheldon Richardson"  # team and position
    assert _person_name("Fossil Hybrid HR") is None and _person_name("DJI Mavic Mini") is None  # products
    assert _person_name("AJ Styles") == "AJ Styles" and _person_name("Elizabeth II") == "Elizabeth II"
    assert _person_name("Patrick O’Brien") == "Patrick O’Brien" and _person_name("Bashar al-Assad") == "Bashar al-Assad"


def test_football_clubs_spacy_calls_people_or_places_are_organisations():
    old_trafford = "Louis van Gaal wants to sign a new goalkeeper for Manchester United and Tottenham Hotspur are interested too."
    people, orgs = _people_and_orgs(old_trafford)
    assert people == ["Louis van Gaal"] and "Tottenham Hotspur" in orgs
    entities = _brief_parts(old_trafford)[1]
    assert [p.name for p in entities.places] == [] and "Manchester United" in [o.name for o in entities.organisations]
    people, orgs = _people_and_orgs(
        "Filipe Luis insists he wants to stay at Chelsea until the end of the season, despite interest from Atletico Madrid."
    )
    assert "Atletico Madrid" not in people and "Atletico Madrid" in orgs  # a club's opening word
    # a club named as a town no one calls that way; the cities keep their names as places
    entities = _brief_parts(
        "Joe Hart has kept 100 clean sheets for Manchester City, and Hull City signed a striker from West Ham. "
        "The team flew to Salt Lake City and New York City for two friendlies."
    )[1]
    assert {"Manchester City", "Hull City", "West Ham"} <= {o.name for o in entities.organisations}
    assert {p.name for p in entities.places} == {"Salt Lake City", "New York City"}


def test_mixed_quote_marks_pair_up_and_narration_is_no_quote():
    quotes = _brief_parts(
        'Auto loan rates should stay low for the rest of the year.\n\n'
        '“The end of the calendar year is a popular time for expensive vehicle purchases," Jessica Caldwell, '
        "an analyst at Edmunds, said in a statement.\n\n"
        '"And I asked, well, on whose authority?” said Hill, who will testify on Thursday.'
    )[2]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The end of the calendar year is a popular time for expensive vehicle purchases", "Jessica Caldwell"),
        ("And I asked, well, on whose authority?", "Hill"),
    ]


def test_a_saying_verb_joined_to_another_takes_its_subject():
    assert _speakers(
        'Patrick Carlineo was arrested in April for a call to the offices of Ilhan Omar.\n\n'
        'During the call, he asked about the group, called Omar a “terrorist” and said, '
        '“somebody ought to put a bullet in her skull," the prosecutor’s office said.'
    ) == ["Patrick Carlineo"]


def test_she_said_is_not_a_man_the_article_calls_he():
    assert _speakers(
        'John Ford wrote novels and poems for thirty years.\n\nHe died in his sleep in 2006.\n\n'
        '“Life was not long enough,” she recalled, “for Mike to do all the stuff that he would think of to do.”'
    ) == [None, None]


def test_a_middle_initial_or_jr_is_the_same_person():
    entities = _brief_parts(
        'James P. Kennedy Jr., the U.S. Attorney, spoke on Monday.\n\n'
        'Thomas W. Malone wrote the book, and Thomas Malone teaches at MIT.\n\n'
        'Kennedy said the case was closed.'
    )[1]
    assert canonical_name(entities, "Kennedy") == "James P. Kennedy Jr"
    assert canonical_name(entities, "Thomas Malone") == "Thomas W. Malone"


def test_the_one_told_after_a_quote_is_not_the_speaker():
    speakers = _speakers(
        'Senator Ben Sasse questioned Kathleen Hawk Sawyer, the prisons director, on Tuesday.\n\n'
        '"You are in this job because of this crisis," Sasse told Hawk Sawyer.\n\n'
        '"We have no comment on the investigation at this time," the spokesman told Reuters.'
    )
    assert speakers == ["Ben Sasse", "the spokesman"]  # not Reuters


def test_the_saying_verbs_subject_after_a_long_title_is_the_speaker():
    assert _speakers(
        'NASA added five companies to its lunar lander programme on Monday.\n\n'
        '“We were actually looking to do this a little bit later, but we saw the need to accelerate that,” '
        'Steve Clarke, deputy associate administrator for exploration in NASA’s science mission directorate, '
        'said of that on-ramp in a teleconference with reporters.'
    ) == ["Steve Clarke"]


def test_of_two_subjects_the_parse_gives_a_saying_verb_the_nearer_speaks():
    assert _speakers(
        'Asked about major discrepancies in her 1956 autobiography, Lady Sings the Blues, which was credited '
        'to her and the writer William Dufty, Billie Holliday replied, “Shit, man, I ain’t never read that book.”'
    ) != ["Lady Sings"]


def test_a_month_in_a_past_clause_is_the_last_one_and_a_weekday_fixes_the_year():
    # found briefing scrapinghub's benchmark pages, published in November 2019: these months
    # had been read as next year's, the nearer of the two readings
    assert resolve("Saturday, May 18", "2019-11-19").isoformat() == "2019-05-18"  # a Saturday in 2019
    assert resolve("since March", "2019-11-20").isoformat().startswith("2019-03")
    assert resolve("in May", "2019-11-18", past=True).isoformat().startswith("2019-05")
    # no tense to go by: the nearer reading, but ahead only up to three months
    assert resolve("in May", "2019-11-18").isoformat().startswith("2019-05")  # was 2020-05
    assert resolve("in February", "2019-11-18").isoformat().startswith("2020-02")
    # a range of days dates its first day: dateparser had read "Oct. 28–29" as 2029-10-28
    assert resolve("Oct. 28–29", "2018-10-04").isoformat() == "2018-10-28"
    assert resolve("June 6-10", "2022-04-21").isoformat() == "2022-06-06"
    article = from_text(
        "Laptops\n\nThe entry-level MacBook Pro was last updated in July, while other models were refreshed in May. "
        "Its fleet of 737 Max jets have been grounded since March. "
        "From there, I tried to enter California on May 16. "
        "He spoke in defence of the state budget approved by Republicans in April. "
        "Samsung was the first to release the feature for smart TVs back in February. "
        "The festival will open in January.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [t.date for t in events] == ["2019-02", "2019-03", "2019-04", "2019-05-16", "2019-07", "2020-01"]


def test_a_common_noun_tagged_as_an_organisation_is_left_out_but_a_name_is_kept():
    people, orgs = _people_and_orgs(
        'Time is not on the committee’s side.\n\n'
        'The hearings ran out of time on Tuesday, and the Labour party said the labour market was weak.'
    )
    assert "Time" not in orgs


def test_a_surname_two_people_share_is_neither_of_them():
    entities = _brief_parts(
        'Volker denied any effort to urge Ukraine to investigate Joe and Hunter Biden.\n\n'
        'He never urged Ukraine to investigate Joe Biden.\n\n'
        '"I think the allegations against Vice President Biden are self-serving," Volker said.'
    )[1]
    assert _roles(entities).get("Hunter Biden") != "Vice President"
    assert canonical_name(entities, "Biden") == "Biden"


def _roles(entities) -> dict:
    return {p.name: p.role for p in entities.people}


def test_a_role_is_the_noun_phrase_before_the_name_and_keeps_former():
    roles = _roles(_brief_parts(
        'Kentucky Democrats beat incumbent Gov. Matt Bevin on Tuesday.\n\n'
        'The son of former German President Richard von Weizsäcker was stabbed in Berlin.\n\n'
        'The event was hosted by the Oscar-winning actress Mary Steenburgen.'
    )[1])
    assert roles["Matt Bevin"] == "incumbent Gov."
    assert roles["Richard von Weizsäcker"] == "former German President"
    assert roles["Mary Steenburgen"] == "Oscar-winning actress"


def test_a_role_does_not_begin_with_the_object_of_the_clause_before():
    """A DailyMail caption run into the text: "his tenure" is no part of the title."""
    roles = _roles(_brief_parts(
        "Luis Enrique only took charge at the club last summer and has impressed during his tenure "
        "Barcelona president Josep Maria Bartomeu says the club are very happy.\n\n"
        "Prosecutors dropped an allegation made against Wikileaks co-founder Julian Assange in 2010."
    )[1])
    assert roles["Josep Maria Bartomeu"] == "Barcelona president"
    assert roles["Julian Assange"] == "Wikileaks co-founder"  # spaCy's objects of capitalised words stay


def test_a_named_persons_surname_and_lower_case_words_are_not_places():
    entities = _brief_parts(
        'Ambassador Gordon Sondland testified in Washington on Wednesday.\n\n'
        'Sondland said he followed the president’s orders.\n\n'
        'The town of Ziketan in Qinghai was sealed off after the outbreak of meth use in west London.'
    )[1]
    places = [p.name for p in entities.places]
    assert "Sondland" not in places and "Washington" in places
    assert all(any(word[:1].isupper() for word in p.split()) for p in places)



def test_the_credit_line_names_the_newsroom_not_the_story():
    people, orgs = _people_and_orgs(
        "Ambassador Gordon Sondland testified on Wednesday.\n\n"
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report."
    )
    assert people == ["Gordon Sondland"] and "Associated Press" not in orgs  # the newsroom, not an actor
    people, _ = _people_and_orgs("Alibaba priced its shares on Tuesday, said Daniel Zhang.\n\n(Reporting by Greg Roumeliotis; Editing by Martin Howell)")
    assert people == ["Daniel Zhang"]


def test_a_family_and_an_adjective_are_not_places_and_a_region_stays():
    from briefgen.extract.entities import _not_a_place
    from briefgen.models import Analysis, Article, Token

    entities = _brief_parts(
        "Joe Biden and his son Hunter Biden deny wrongdoing.\n\n"
        "Giuliani wants an inquiry into the Bidens and the Ukrainian gas company Burisma.\n\n"
        "Keynesian policies were popular in the Caribbean, officials in Kingston said."
    )[1]
    assert [p.name for p in entities.places] == ["Caribbean", "Kingston"]  # not "the Bidens"
    adjective = Analysis(Article("t", "", "t"), ["x"], [0], [], [[Token("the", 0, "DET", "DT", "det", 2),
        Token("Ukrainian", 4, "ADJ", "JJ", "amod", 2), Token("company", 14, "NOUN", "NN", "ROOT", 2)]])
    assert _not_a_place("Ukrainian", {}, adjective)


def test_a_title_spacy_split_from_the_name_is_the_persons_role():
    entities = _brief_parts(
        "In the morning, Democratic lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist on the "
        "National Security Council.\n\nThe Governor will meet the Acting Premier Honourable Natalio Wheatley."
    )[1]
    assert [(p.name, p.role) for p in entities.people] == [("Alexander Vindman", "Lt Col"), ("Natalio Wheatley", None)]


def test_a_predicate_noun_shows_she_and_he_said_passes_her_over():
    speakers = _speakers(
        'A New York man pleaded guilty on Monday to threatening to kill U.S. Rep. Ilhan Omar.\n\n'
        'Omar is one of the first two Muslim women elected to Congress.\n\n'
        'The staff member who reported the call recalled that he said, "I’ll put a bullet in her skull '
        'before the end of the year," the U.S. attorney’s office said.'
    )
    assert speakers == [None]


def test_an_organisation_span_with_a_verb_in_it_is_a_clause():
    _, orgs = _people_and_orgs(
        "Rudolph and Garrett engaged in a heated altercation before Garrett hit Rudolph in the head with Rudolph's helmet."
    )
    assert "Garrett hit Rudolph" not in orgs


def test_a_first_name_is_the_one_person_named_in_full_with_it():
    people, orgs = _people_and_orgs(
        "Taylor Swift accused Big Machine of trying to stop her performing at the awards.\n\n"
        "Fans rallied behind Taylor on Twitter, and Dick Clark Productions said it was working with her team."
    )
    assert "Taylor" not in people and "Taylor Swift" in people
    assert "Dick Clark Productions" not in people


def test_platforms_tagged_as_places_are_organisations():
    entities = _brief_parts(
        "Taylor Swift said the label had blocked her Netflix special.\n\n"
        "One user on Weibo, China's version of Twitter, posted a question about the patients in Beijing."
    )[1]
    places = [p.name for p in entities.places]
    assert "Netflix" not in places and "Weibo" not in places


def test_a_date_that_describes_a_thing_dates_the_thing_not_the_sentence():
    article = from_text(
        "Threat arrest\n\n"
        "He was arrested in April for the March 21 call to the offices of Omar. "
        "Morrison also said he was surprised that nobody came to him about the March 21 call. "
        "Mr. Trump recounted the figures in an Oct. 21 cabinet meeting.", "t"
    )
    events = [(t.date, t.text) for t in _timeline(article, "2019-11-20")]
    assert events == [
        ("2019-03-21", "… the March 21 call to the offices of Omar"),  # listed once for both mentions
        ("2019-04", "He was arrested in April for the March 21 call to the offices of Omar."),
        ("2019-10-21", "Mr. Trump recounted the figures in an Oct. 21 cabinet meeting."),  # a setting
    ]


def test_a_possessive_year_and_digits_that_are_no_year_are_not_events():
    article = from_text(
        "Cards\n\n"
        "The most recent Star Trek film was 2016’s Star Trek Beyond. "
        "Nobody can find an RTX 3080 or an RTX 3090 for sale. "
        "Please call the assisted travel team on 0800 138 1016 or 0800 138 1018.", "t"
    )
    assert _timeline(article, "2020-10-01") == []


def test_a_long_sentence_shows_the_part_that_holds_its_date():
    sentence = (
        "Paul Merson has restarted his row with Andros Townsend after the Tottenham midfielder was brought on "
        "with only seven minutes remaining in his team's 0-0 draw with Burnley on Sunday."
    )
    events = _timeline(from_text("Row\n\n" + sentence, "t"), "2019-11-19")
    assert [e.date for e in events] == ["2019-11-17"]
    text = events[0].text
    assert text.startswith("… ") and text.endswith("draw with Burnley on Sunday.") and len(text) <= 162
    assert text.strip(" …") in sentence


def test_a_name_right_before_the_saying_verb_speaks_when_the_parse_gives_the_verb_no_subject():
    # spaCy hangs "chairman" on the quote and gives "said" no subject
    speakers = [q.speaker for q in _brief_parts(
        "Results\n\n“Our results reflected broad-based growth across our business, yet sales were below our "
        'expectations," chairman, CEO and president Craig Menear said in the earnings release.'
    )[2]]
    assert speakers == ["Craig Menear"]


def test_a_month_far_ahead_with_no_tense_is_the_last_one_and_a_scheduled_day_is_ahead():
    # found auditing the 390 dev and unseen texts: months 4-6 months ahead of publication, read
    # as the nearer of the two readings, had all been past; and a month with its day on a
    # present-tense verb had not been seen as dating that verb (its day, not its month, was
    # taken as the date's token)
    article = from_text(
        # (the audit's sentence, "It is still down from the March high …", is now a comparison's
        # date and no event: test_the_date_an_amount_is_compared_with_is_not_the_events)
        "Sales\n\nIt is still close to the March high of 21.8 percent. "
        "Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22. "
        "The season pass ends on April 4.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [t.date for t in events] == ["2019-03", "2020-04-04", "2020-07-22"]


def test_a_month_after_an_earlier_year_in_its_sentence_is_not_placed_in_the_publication_year():
    # found auditing the 390 dev and unseen texts: each of these months had been put in the
    # publication year (2019-08, 2019-09-11)
    article = from_text(
        "Politics\n\nAfter denying retirement rumors in the summer of 2004, Lipinski announced a resignation "
        "in mid-August. Trump made her health an issue in the 2016 campaign, after she was seen feeling faint "
        "at a September 11 commemoration. That deal closed in June 2018; he owns 24.4% of it as of March 20.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.resolved) for t in events] == [
        ("2004", True), ("2019-03-20", True), ("September 11", False)
    ]


def test_a_quotes_today_is_not_read_against_publication():
    # found briefing a Deccan Herald page of 20 November 2019 on the hearing of the 19th:
    # "“Today's second hearing is over,” Grisham said" had been listed on the 20th
    article = from_text(
        "Hearing\n\n“Today's second hearing is over, and the allegation has again been debunked,” Grisham said. "
        "The committee concluded its third public hearing on Tuesday. "
        "Talks collapsed yesterday, officials said.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-19", 1), ("2019-11-19", 2)]


def test_the_one_date_in_an_expression_the_tagger_ran_on_is_read():
    # found auditing the 390 texts: these had been shown as written, at the foot of the timeline
    from briefgen.extract.timeline import _core_date

    assert _core_date("March 2018 after years") == "March 2018"
    assert _core_date("Dec. 18, a day") == "Dec. 18"
    assert _core_date("the first half of 2019") == "2019"
    # a range, a fiscal year, a decade or a relative date says more than one date: as written
    for expression in ("October 2019 to March 2020", "between 2010 and 2015", "fiscal 2019", "the late 1970's",
                       "next July", "June 13 to 17", "Nov. 11 – Dec. 13"):
        assert _core_date(expression) is None, expression
    assert resolve("This March", "2022-04-21").strftime("%Y-%m") == "2022-03"
    article = from_text("Disney\n\nMayer was named chairman of the division in March 2018 after years of serving.", "t")
    events = _timeline(article, "2019-11-19")
    assert [t.date for t in events] == ["2018-03"]


def test_a_weekday_or_year_that_describes_a_kind_of_thing_is_no_event():
    # found reading 40 randomly chosen timeline events of the 390 texts: 3 were wrong, these
    article = from_text(
        "Papers\n\nMcClatchy is planning to end Saturday publication of all its newspapers. "
        "Emissions decline by about 45% from 2010 levels. "
        "On Tuesday, Wednesday and Friday she tutors Jas at the museum. "
        "In 2011 winemaker Ludwig Kreuzberg was awarded a prize. "
        "Boudreau gave his players a pep talk on Tuesday morning.", "t"
    )
    events = _timeline(article, "2019-11-19")  # a Tuesday
    assert [(t.date, t.sentence) for t in events] == [("2011", 3), ("2019-11-19", 4)]


def test_a_word_never_tagged_a_name_and_a_member_of_a_list_of_companies_are_not_people():
    # found reading 35 randomly chosen people of the 390 texts: 7 were no person
    people, orgs = _people_and_orgs(
        "NYCHA tenants will vote on the plan in December.\n\n"
        "Email vote@NYCHA.nyc.gov or call 212-306-6794 for more information.\n\n"
        "Bidders included Microsoft, Oracle and Lockheed Martin.\n\n"
        "Tribune is the owner of the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant.\n\n"
        "Kevin McAleenan and Alex Azar, the Health and Human Services secretary, did not reply."
    )
    assert "Email" not in people
    assert "Lockheed Martin" not in people and "Hartford Courant" not in people
    assert {"Lockheed Martin", "Hartford Courant"} <= set(orgs)
    assert {"Kevin McAleenan", "Alex Azar"} <= set(people)


def test_a_title_after_a_quote_does_not_end_its_sentence():
    # found reading a New York Times brief: the speaker had been missed at "Mr."
    assert _speakers(
        "Bill Powers is a San Diego engineer.\n\n"
        "“It makes for a compelling story” if you have blackouts because of a lack of power plants, Mr. Powers said."
    ) == ["Bill Powers"]


def test_today_meaning_nowadays_is_no_event():
    # found reading a random sample of timeline events: 38 of 62 "today"s outside quotes on
    # dated unseen pages were the present age, listed on publication day
    article = from_text(
        "Today\n\nEven today's most advanced AI systems have only specialised intelligence. "
        "A kid can converse about more topics than any computer today. "
        "Today the Ahr Valley has a reputation for impeccable quality. "
        "Stadia, Google's streaming gaming platform, launches today. "
        "Today, we filed a landmark settlement with the court. "
        "Kepa will undergo a medical at Stamford Bridge today.", "t"
    )
    events = _timeline(article, "2019-11-18")
    assert [(t.date, t.sentence) for t in events] == [("2019-11-18", 3), ("2019-11-18", 4), ("2019-11-18", 5)]


def test_a_name_is_a_person_or_a_place_not_both():
    # found reading briefs: "Ubisoft" and "Stadia" under People and under Places of one brief
    from briefgen.extract.entities import _one_kind_per_name
    from briefgen.models import Person, Place

    people = {n: Person(n, mentions=m) for n, m in [("Vincent", 10), ("Curacao", 3), ("Spokane", 1), ("Penny", 4)]}
    places = {n: Place(n, mentions=m) for n, m in [("Vincent", 1), ("Curacao", 2), ("Spokane", 1), ("Zabul", 2)]}
    _one_kind_per_name(people, places)
    assert sorted(people) == ["Penny", "Vincent"]
    assert sorted(places) == ["Curacao", "Spokane", "Zabul"]


def test_a_name_cased_two_ways_is_listed_once():
    # found reading briefs: a caption's "TOYOTA" beside "Toyota", a dateline's "WASHINGTON"
    from briefgen.extract.entities import _one_spelling_per_name
    from briefgen.models import Organisation, Person, Place

    people = {"Jay Dasilva": Person("Jay Dasilva", mentions=2), "Jay DaSilva": Person("Jay DaSilva")}
    orgs = {n: Organisation(n) for n in ("TOYOTA", "Toyota", "BAAR", "Van der Wiel")}
    places = {n: Place(n) for n in ("WASHINGTON", "Washington", "Baar", "USA TODAY")}
    _one_spelling_per_name(people, orgs, places)
    assert [(p.name, p.mentions) for p in people.values()] == [("Jay Dasilva", 3)]
    assert sorted(orgs) == ["Toyota", "Van der Wiel"] and orgs["Toyota"].mentions == 2
    assert sorted(places) == ["Baar", "USA TODAY", "Washington"] and places["Baar"].mentions == 2
    # spaces, full stops and slashes aside too
    places = {"US": Place("US", mentions=3), "U.S.": Place("U.S."), "L.A.": Place("L.A.", mentions=2), "LA": Place("LA")}
    orgs = {n: Organisation(n) for n in ("IAAF / BTC World Relays", "IAAF/BTC World Relays")}
    _one_spelling_per_name({}, orgs, places)
    assert [(p.name, p.mentions) for p in places.values()] == [("US", 4), ("L.A.", 3)] and len(orgs) == 1


def test_an_ap_up_next_line_is_upcoming():
    # found reading a random brief: AP's "Up next" lines had been put on the Friday before
    article = from_text(
        "Lakers\n\nThe Lakers beat the Thunder 112-107 on Tuesday night.\n\n"
        "Thunder: Host the Lakers on Friday.\n\nNets: At Boston on Sunday.\n\n"
        "Update: At least five fans were hurt on Friday.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [(t.date, t.sentence) for t in events] == [
        ("2019-11-15", 3), ("2019-11-19", 0), ("2019-11-22", 1), ("2019-11-24", 2)
    ]


def test_an_organisation_span_that_is_a_list_is_split():
    # found reading briefs: "CBS All Access, Disney" and "Zotac, Asus and Gigabyte" were one organisation
    from briefgen.extract.entities import _listed_parts
    from briefgen.models import Mention

    sentence = "Retailers such as Zotac, Asus and Gigabyte sold out; Ministry of Trade, Industry and Energy said."
    def parts(name, label="ORG"):
        start = sentence.index(name)
        return [(m.text, sentence[m.start : m.end]) for m in _listed_parts(Mention(name, label, 0, start, start + len(name)))]

    assert parts("Zotac, Asus and Gigabyte") == [("Zotac", "Zotac"), ("Asus", "Asus"), ("Gigabyte", "Gigabyte")]
    assert parts("Ministry of Trade, Industry and Energy") == [("Ministry of Trade, Industry and Energy",) * 2]
    assert parts("Zotac, Asus and Gigabyte", "GPE") == [("Zotac, Asus and Gigabyte",) * 2]
    assert [m.text for m in _listed_parts(Mention("Dräger, Inc", "ORG", 0, 0, 11))] == ["Dräger, Inc"]
    assert [m.text for m in _listed_parts(Mention("Little, Brown and Company", "ORG", 0, 0, 25))] == [
        "Little, Brown and Company"
    ]


def test_a_noun_before_a_name_says_it_is_no_person():
    # found sampling 40 people of the 390 texts: 7 were companies, products or streets
    from briefgen.extract.entities import _named_as
    from briefgen.models import Mention

    def named_as(sentence, name, label="PERSON"):
        analysis = analyse(from_text("Names\n\n" + sentence, "t"))
        start = analysis.sentences[0].index(name)
        return _named_as(analysis, Mention(name, label, 0, start, start + len(name)))

    assert named_as("Trump asked Kyiv to investigate the Ukrainian energy company Burisma last year.", "Burisma") == "organisation"
    assert named_as("The star played Michael Knight in the hit action show Knight Rider for years.", "Knight Rider") == "thing"
    assert named_as("The company John Smith founded has grown to 300 staff.", "John Smith") is None
    assert named_as("According to the newspaper Miss Santillan worked in London and Paris.", "Miss Santillan") is None


def test_a_person_known_by_one_name_gets_the_full_name_the_article_gives():
    # found listing people of the 390 texts: "Perez", "Parise", "Hitler" where the text names them in full
    from briefgen.extract.entities import _name_in_full
    from briefgen.models import Person

    analysis = analyse(from_text(
        "Match\n\nThe referee waved play on when Dejan Lovren appeared to foul Ayoze Perez in the area. "
        "Perez said it was a clear penalty. Perez was booked later. "
        "Penelope Muse Abernathy of the University of North Carolina wrote the report. Abernathy said so. "
        "In March Tegnell spoke. Tegnell was calm.", "t"))
    people = {n: Person(n, mentions=2) for n in ("Perez", "Abernathy", "Tegnell")}
    _name_in_full(people, analysis)
    assert sorted(people) == ["Abernathy", "Ayoze Perez", "Tegnell"]
    assert people["Ayoze Perez"].mentions == 2


def test_a_name_made_of_ordinary_words_is_no_person():
    # found listing people of the 390 texts: "Best Buy", "Space Station", "Assistance Dogs" were people
    from briefgen.extract.entities import _not_a_person

    analysis = analyse(from_text(
        "Deals\n\nBest Buy has the best price we found. You can buy it today. "
        "Chris Early, who runs the studio, said the early reviews were fine. "
        "The space crew of the station met Space Station staff.", "t"))
    assert _not_a_person("Best Buy", analysis, analysis.mentions)
    assert _not_a_person("Space Station", analysis, analysis.mentions)
    assert not _not_a_person("Chris Early", analysis, analysis.mentions)


def test_a_name_spacy_mostly_tags_an_organisation_is_no_place():
    # spaCy tags "Liverpool" GPE twice and ORG three times here: the club, not the city
    entities = _brief_parts(
        "Raheem Sterling has rejected a new deal at Liverpool.\n\n"
        "Liverpool manager Brendan Rodgers said Liverpool would not sell him. "
        "Liverpool have offered him £100,000 a week. Arsenal and Liverpool are top."
    )[1]
    assert "Liverpool" not in [p.name for p in entities.places]
    assert "Liverpool" in [o.name for o in entities.organisations]
    # a brand's shape is no place's ("SpaceX" is tagged GPE once, PERSON once)
    entities = _brief_parts(
        "SpaceX bid its Starship rocket. The largest lander is from SpaceX, which bid its Starship. "
        "NASA picked SpaceX and Blue Origin in Houston."
    )[1]
    assert [p.name for p in entities.places] == ["Houston"]


def test_what_may_happen_on_a_weekday_lies_ahead_and_lists_and_named_days_are_no_date():
    # found reading random briefs: an AP story of Wednesday 20 November 2019 had put "should ease by
    # Thursday morning" on the Thursday before; a wiki's "On Tuesday, Wednesday, and Friday she
    # tutors" (tagged as two dates) on the Friday before; "Black Friday 2019 is going to be huge"
    # on publication day
    article = from_text(
        "Shutoff\n\nThe weather should ease by Thursday morning, a PG&E director said. "
        "Crews should have finished on Monday, the utility said. "
        "Johnson vowed that Britain would leave the EU on Oct. 31. "
        "On Tuesday, Wednesday, and Friday she tutors Jas and Vincent at the museum. "
        "Black Friday 2019 is going to be huge for all sorts of product categories.", "t"
    )
    events = _timeline(article, "2019-11-20")  # a Wednesday
    assert [(t.date, t.sentence) for t in events] == [("2019-10-31", 2), ("2019-11-18", 1), ("2019-11-21", 0)]


def test_four_digits_in_a_phone_number_or_an_amount_are_no_year():
    article = from_text(
        "Help\n\nFor assisted travel, please call 0800 0277 347 or 0151 702 2071 (Textphone). "
        "The previous design earned a total score of 2072 in the benchmark. "
        "The line reopened in 2019.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [(t.date, t.sentence) for t in events] == [("2019", 2)]


def test_a_name_set_in_quote_marks_of_its_own_is_a_title_not_a_person():
    people, _ = _people_and_orgs(
        "Disney’s service is stocked with movies from Pixar and classic Disney fare, including “Mary Poppins” "
        "and “Bambi.” Chief executive Bob Iger said demand was high."
    )
    assert "Mary Poppins" not in people and "Bob Iger" in people


def test_a_state_code_after_a_town_is_a_place():
    entities = _brief_parts(
        "The band will kick off the tour on June 9 in West Palm Beach, FL, the first stop of 30 cities. "
        "The Doobies will also play Shoreline Amphitheatre at Mountain View, CA for a hometown show. "
        "A CT of his chest showed nothing."
    )[1]
    assert {"FL", "CA"} <= {p.name for p in entities.places}
    assert not {"FL", "CA"} & {o.name for o in entities.organisations}


def test_a_forecast_or_a_likelihood_on_a_weekday_lies_ahead():
    article = from_text(
        "Smog\n\nForecasters warned that air pollution is likely to reach emergency levels on Wednesday. "
        "Snow is forecast to fall on Saturday.", "t"
    )
    events = _timeline(article, "2019-11-08")  # a Friday
    assert [t.date for t in events] == ["2019-11-09", "2019-11-13"]


def test_an_initialism_keeps_its_last_full_stop():
    entities = _brief_parts(
        "The merger will create the largest newspaper chain in the U.S. "
        "Ken Doctor said the chain would cut jobs in Washington, D.C., next year."
    )[1]
    places = [p.name for p in entities.places]
    assert "U.S." in places and "U.S" not in places


def test_an_event_told_twice_on_the_same_date_is_listed_once():
    article = from_text(
        "Papers\n\nSince 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole. "
        "The merger became final on Tuesday. "
        "“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole,” "
        "says veteran industry analyst Ken Doctor.\n\n"
        "October 20: ACCIDENT – A vehicle driven by Kimberly Carrell, no age or address reported, struck a pole. "
        "October 20: ACCIDENT – A vehicle driven by Benjamen Gaddis, no age or address reported, struck a pole.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.sentence) for t in events] == [("2008", 0), ("2019-10-20", 3), ("2019-10-20", 4), ("2019-11-19", 1)]


def test_a_name_after_a_persons_role_is_a_person_and_keeps_its_quotes():
    analysis, entities, quotes = _brief_parts(
        "At the scene, police press liaison officer Superintendent Audley Peters said officers were called at noon.\n\n"
        "Supt Peters said the man was approached by two men.\n\n"
        "“Those males discharged those weapons at that victim,” he added.\n\n"
        "The claim was not proven, as noted by health writer Hrefna Pálsdóttir."
    )
    people = {p.name: p.role for p in entities.people}
    assert people.get("Audley Peters") and "Hrefna Pálsdóttir" in people
    assert not {"Superintendent Audley Peters", "Hrefna Pálsdóttir"} & {o.name for o in entities.organisations}
    assert [q.speaker for q in quotes] == ["Audley Peters"]


def test_a_weekday_on_an_infinitive_under_a_future_verb_lies_ahead():
    article = from_text(
        "Swift\n\nBig Machine says she will be allowed to play her old tracks at the awards on Sunday. "
        "She was allowed to play them at a concert on Saturday.", "t"
    )
    events = _timeline(article, "2019-11-19")  # a Tuesday
    assert [(t.date, t.sentence) for t in events] == [("2019-11-16", 1), ("2019-11-24", 0)]


def test_a_person_span_opening_with_a_function_word_is_a_title():
    people, _ = _people_and_orgs(
        "The Mavic Mini is a tiny drone that weighs less than most phones, reviewer Jane Doe said.\n\n"
        "Explain Meta Outage\n\nA major outage disrupted access to Facebook on Friday."
    )
    assert "Mavic Mini" not in people and "Explain Meta Outage" not in people and "Jane Doe" in people


def test_the_page_speaking_of_itself_today_is_no_event():
    article = from_text(
        "Focus\n\nToday, we’re going to talk about why focus is important for success. "
        "Never miss the latest news by signing up to our newsletter today! "
        "Today, we filed a landmark settlement with the federal district court.", "t"
    )
    events = _timeline(article, "2019-07-25")
    assert [(t.date, t.sentence) for t in events] == [("2019-07-25", 2)]


def test_an_organisation_listed_among_people_is_a_person():
    people, orgs = _people_and_orgs(
        "Former England managers Graham Taylor, Glenn Hoddle, Kevin Keegan, Sven-Goran Eriksson and Steve McClaren "
        "have signed a letter addressed to Dyke, the Daily Telegraph reported."
    )
    assert "Sven-Goran Eriksson" in people and "Sven-Goran Eriksson" not in orgs


def test_an_unresolved_date_is_shown_without_what_the_tagger_ran_on():
    article = from_text(
        "Fixtures\n\nMay 24 Speaking as a pundit on Sky Sports, Henry said the club needed four players. "
        "Vanessa Santillan was killed at the end of March.", "t"
    )
    events = extract_timeline(analyse(article))  # no publication date: dates stay as written
    assert [(t.date, t.resolved) for t in events] == [("May 24", False), ("the end of March", False)]


def test_a_word_capitalised_only_to_open_a_sentence_is_no_name():
    entities = _brief_parts(
        "Televised debates are a relatively new phenomenon in Britain.\n\n"
        "Neuroscience graduate Zoe died within 30 minutes of the leak, the court in Bristol heard."
    )[1]
    names = {p.name for p in entities.places} | {o.name for o in entities.organisations}
    assert "Televised" not in names and "Neuroscience" not in names and "Britain" in names


def test_a_copyright_notice_is_no_event():
    article = from_text(
        "Excerpt\n\nThe book came out in 2018. Copyright © 2018 by Thomas W. Malone. "
        "Installation views, photos © Inexhibit, 2018. The band filed a copyright suit in 2019.", "t"
    )
    events = _timeline(article, "2019-11-19")
    assert [(t.date, t.sentence) for t in events] == [("2018", 0), ("2019", 3)]


def test_a_role_ends_before_an_honorific():
    entities = _brief_parts(
        "Trump's longtime physician Dr. Harold Bornstein said the president was healthy.\n\n"
        "It is not clear, said immunologist Dr. Lina Velikova."
    )[1]
    roles = {p.name: p.role for p in entities.people}
    assert roles.get("Harold Bornstein") == "Trump's longtime physician" and roles.get("Lina Velikova") == "immunologist"


def test_a_single_word_tagged_a_person_once_and_written_nowhere_else_is_left_out():
    # of 90 such 'people' sampled from the 390 dev and unseen texts, 67 were none
    people = [p.name for p in _brief_parts(
        "Fallen Order’s combat borrows from Souls and Sekiro, but evidently sets its own rules.\n\n"
        "Labels such as Meyer-Näkel, Deutzerhof and Jean Stodden are now commanding the type of hysterical "
        "response in the trade.\n\n"
        "On mornings when Penny stays inside all day, she may offer you Omelet, Hashbrowns, or Pancakes for "
        "breakfast.\n\n"
        "Penny said he and his wife Kali explained it on an episode of their podcast."
    )[1].people]
    assert not {"Sekiro", "Deutzerhof", "Hashbrowns"} & set(people)
    assert {"Jean Stodden", "Penny", "Kali"} <= set(people)  # named in full, twice, after "his wife"


def test_a_company_word_in_a_person_span_makes_it_an_organisation():
    entities = _brief_parts(
        "The five companies, selected from eight that submitted proposals to this on-ramp, join the original "
        "nine CLPS companies selected by NASA nearly a year ago: Astrobotic, Deep Space Systems, Draper, Firefly "
        "Aerospace, Intuitive Machines, Lockheed Martin, Masten Space Systems, Moon Express and OrbitBeyond."
    )[1]
    assert "Masten Space Systems" not in [p.name for p in entities.people]
    assert "Masten Space Systems" in [o.name for o in entities.organisations]


def test_the_date_an_amount_is_compared_with_is_not_the_events():
    article = from_text(
        "Car sales fall\n\n"
        "The average retail price of a new vehicle sold locally in October was $39,014, up from $38,373 a year "
        "ago and from $34,410 in October 2015.\n\n"
        "Nationally, dealers sold nearly 17.3 million new vehicles last year, an increase of just 0.3 percent "
        "from 2017.\n\n"
        "The firm ran the plant from 2004 – 2014, and the plant has been closed since.",
        "t",
    )
    events = [(e.date, e.sentence) for e in _timeline(article, "2019-11-20")]
    assert events == [("2004", 2), ("2019-10", 0)]


def test_a_full_name_spacy_tagged_an_organisation_names_the_person_it_calls_by_surname():
    # spaCy tagged "Eyamba Sowers" ORG and "Sowers" PERSON: the brief had listed "Sowers"
    _, entities, quotes = _brief_parts(
        "Patrick visits South Carolina\n\n"
        "Eyamba Sowers didn’t know Patrick was coming to Tuesday’s networking gathering but saw his visit as a "
        "pleasant surprise.\n\n"
        "“He has me thinking now,” said Sowers, who is also considering Bernie Sanders and Joe Biden."
    )
    assert "Eyamba Sowers" in [p.name for p in entities.people] and "Sowers" not in [p.name for p in entities.people]
    assert [q.speaker for q in quotes] == ["Eyamba Sowers"]


def test_a_weekday_that_is_forecast_lies_ahead():
    # a KBS weather story of Tuesday 7 November had put "Wednesday is forecast to be colder" on the 1st
    article = from_text(
        "Weather\n\nHowever, Wednesday is forecast to be colder, with lows near zero.\n\n"
        "Thursday is expected to be the busiest travel day of the year.\n\n"
        "Friday was expected to be the busiest day, but it was not.",
        "t",
    )
    assert [t.date for t in _timeline(article, "2023-11-07")] == ["2023-11-03", "2023-11-08", "2023-11-09"]


def test_a_name_in_capitals_alone_is_no_person():
    from briefgen.extract.entities import _not_a_person

    # "GB" of a laptop review's "16 GB" had been listed as a person; "MILES" already was none
    assert _not_a_person("GB", None, []) and _not_a_person("MILES", None, [])


def test_an_organisation_whose_surname_speaks_alone_is_a_person():
    # spaCy tagged "Diego Schwartzman" ORG and the later "Schwartzman" PRODUCT; the quote had no speaker
    _, entities, quotes = _brief_parts(
        "Argentina comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, 6-3 and "
        "Diego Schwartzman defeating Cristian Garin 6-2, 6-2.\n\n"
        "“It was one of the best matches for sure of the year, maybe in my career,” the 14th-ranked Schwartzman said."
    )
    assert "Diego Schwartzman" in [p.name for p in entities.people]
    assert [q.speaker for q in quotes] == ["Diego Schwartzman"]
    from briefgen.extract.entities import _surname_speaks

    chronicle = analyse(from_text("T\n\nThe San Francisco Chronicle reported it.\n\nThe Chronicle says police are looking.", "t"))
    assert not _surname_speaks("San Francisco", chronicle) and not _surname_speaks("Francisco Chronicle", chronicle)


def test_a_date_on_a_participle_dates_its_noun_not_the_sentence():
    # "… refused last week to hear answers …, saying responses to 28 questions asked last June arrived too
    # late" had been listed in full under June, as if the refusal had been then
    article = from_text(
        "Transit\n\nThe trust spending more than $100 million on a 20-mile Bus Rapid Transit line in South Dade "
        "refused last week to hear long-sought answers about how the corridor will work, saying meager responses "
        "to 28 questions asked last June finally arrived too late for thorough review.\n\n"
        "In a statement released November 5, the company said it had submitted a proposal.",
        "t",
    )
    events = [(t.date, t.text) for t in _timeline(article, "2023-11-07")]
    assert events[0] == ("2023-06", "… 28 questions asked last June …")
    assert events[1][0] == "2023-11-05" and events[1][1].startswith("In a statement released November 5, the company said")


def test_names_listed_before_a_plural_place_noun_are_places():
    # spaCy had tagged Berrien and Van Buren people (a CBS Detroit story on a virus)
    people, orgs = _people_and_orgs(
        "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties. "
        "Dr. Joneigh Khaldun said the risk remains until the first hard freeze."
    )
    assert not {"Berrien", "Van Buren", "Cass", "Kalamazoo"} & (set(people) | set(orgs))
    assert "Joneigh Khaldun" in people


def test_two_capitals_are_a_place_only_as_a_known_code():
    from briefgen.extract.entities import _not_a_place

    # "AI" had been a place on 3 of the 390 texts, and "ST" of a dateline's "ST. JOSEPH, Mich."
    analysis = analyse(from_text("T\n\nAI is used in the UK and in NY.", "t"))
    assert _not_a_place("AI", {}, analysis) and _not_a_place("ST", {}, analysis)
    assert not _not_a_place("UK", {}, analysis) and not _not_a_place("NY", {}, analysis)


# found reading a VentureBeat brief: '…,” said a WeWork spokesperson when contacted by
# Reuters' had been listed as "unattributed", though who is quoted is what a reader weighs a
# quote by; 27 quotes on 17 of the 290 unseen pages name such a speaker
def test_an_unnamed_speaker_is_described_as_the_article_describes_them():
    assert _speakers(
        "WeWork is under investigation\n\n"
        "“We received an inquiry from the office of the attorney general and are cooperating in the matter,” "
        "said a WeWork spokesperson when contacted by Reuters.\n\n"
        "“Prince Andrew is not entitled to any form of immunity by virtue of his position,” said one legal expert.\n\n"
        "“Not the U.S. nor any of the rebels are preventing civilians from leaving the camp,” the source said."
    ) == ["a WeWork spokesperson", "one legal expert", "the source"]


def test_a_description_is_no_speaker_when_someone_else_speaks():
    assert _speakers(
        "Man charged over threats\n\n"
        "During the call, he asked about the group, called the mayor a liar and said, “somebody ought to teach "
        "her a lesson she will never forget,” the prosecutor’s office said.\n\n"
        "He suggests we both head to the village, then for some reason adds, “It’s probably best if we split up.”\n\n"
        "“Meth. We’re on it” is rolling out with TV commercials and billboards in which actors say, “I’m on meth, "
        "and so is my whole town.”"
    ) == [None, None, None, "actors"]  # the slogan is nobody's; the actors' words are theirs


def test_a_name_in_apposition_to_the_speaker_is_the_speaker():
    assert _speakers(
        "Assange case dropped\n\n"
        "“The evidence is not strong enough to form the basis for filing an indictment,” Sweden’s deputy "
        "director of public prosecutions, Eva-Marie Persson, said on Tuesday."
    ) == ["Eva-Marie Persson"]


def test_a_date_left_as_written_has_no_trailing_conjunction():
    # found reading a dev brief (publication date unknown): "June 8 and" had been the event's date
    text = (
        "Curacao advance\n\nCuracao drew 2-2 at Montserrat to win 4-3 on aggregate.\n\n"
        "Curacao face Cuba in the next round, on June 8 and 16."
    )
    dates = [t.date for t in extract_timeline(analyse(from_text(text, "t")))]
    assert dates and not any(d.rstrip().endswith(("and", ",")) for d in dates)
    # nor an open bracket: "Today (Nov. 18" had been left unresolved as written
    article = from_text("NASA picks landers\n\nToday (Nov. 18), NASA announced the selection of five companies.", "t")
    assert [t.date for t in _timeline(article, "2019-11-18")] == ["2019-11-18"]


def test_a_bid_to_act_today_is_no_event():
    # found reading a WordPress.com brief: "Get in touch with Jill today!" had been listed on the day
    article = from_text(
        "Speakers\n\nIn 2017, Seattle had 60% women speakers. Get in touch with Jill today! "
        "Book your tickets through KLOOK and come and experience this performance today! "
        "Today, the group opened a second office in Vancouver.", "t"
    )
    events = _timeline(article, "2019-06-19")
    assert [(t.date, t.sentence) for t in events] == [("2017", 0), ("2019-06-19", 3)]


def test_a_full_name_tagged_a_place_names_the_person_called_by_surname():
    # found reading a dev brief: spaCy tagged "Usain Bolt" a place (GPE), so he was listed as "Bolt"
    people, _ = _people_and_orgs(
        "Usain Bolt will compete at the IAAF/BTC World Relays in the Bahamas next month, the Jamaica Athletics "
        "Administrative Association has announced.\n\n"
        "'I am fit, healthy and ready to run,' said Bolt.\n\n"
        "Bolt insists he always does his best to make his country proud while wearing Jamaica colours."
    )
    assert "Usain Bolt" in people and "Bolt" not in people


def test_a_references_authors_and_date_are_no_event():
    # found on a Wikipedia page of the unseen set: five references' dates had been listed as events
    article = from_text(
        "t-SNE\n\nThe method was published in 2008 by van der Maaten and Hinton.\n\n"
        "^ Schubert, Erich; Gertz, Michael (2017-10-04).\n\n"
        "Wattenberg, Martin; Viégas, Fernanda; Johnson, Ian (2016-10-13).", "t"
    )
    assert [t.date for t in _timeline(article, "2020-01-01")] == ["2008"]


def test_a_products_name_is_neither_a_person_nor_an_organisation():
    # found reading an AppleInsider brief: "MacBook Pro" led its people, "iPad Pro" its organisations
    people, orgs = _people_and_orgs(
        "Apple launches a laptop\n\n"
        "Apple unveiled the 16-inch MacBook Pro on Wednesday, and Tim Cook praised the keyboard.\n\n"
        "The MacBook Pro replaces the 15-inch model, MacBook Pro owners said.\n\n"
        "Apple also cut the price of the iPad Pro and the Chromecast Ultra sold out at Best Buy."
    )
    assert not {"MacBook Pro", "iPad Pro", "Chromecast Ultra"} & (set(people) | set(orgs))
    assert "Tim Cook" in people and "Apple" in orgs


def test_a_version_or_a_score_is_no_organisation():
    # "Python 3.7", "Mercurial 5.2", "Red Hat 8.0" were organisations of unseen pages, as was a
    # results line's "Iceland 0-0"
    _, orgs = _people_and_orgs(
        "Mercurial 5.2 drops Python 2\n\n"
        "The Mercurial project said that Mercurial 5.2 is the last release to support Python 2.7, and "
        "that Python 3.7 will be required. Gregory Szorc, a Mercurial developer, said the port took years."
    )
    assert orgs == ["Mercurial"]
    _, orgs = _people_and_orgs(
        "Euro 2020 qualifiers\n\n"
        "France beat Moldova while Iceland 0-0 Turkey sent Turkey through, the BBC reported. "
        "Coach Erik Hamren said his side were unlucky."
    )
    assert "Iceland 0-0" not in orgs and "BBC" in orgs


def test_a_plural_after_the_is_a_team_not_a_person():
    # a DailyMail dev article had listed "Spurs" among its people
    people, _ = _people_and_orgs(
        "Kane stars in cartoon\n\n"
        "Harry Kane has scored 30 goals this season. And now the Spurs striker features in a clever new "
        "animation of his best goals. Kane scored past Tim Krul for Spurs against Newcastle."
    )
    assert people == ["Harry Kane", "Tim Krul"]


def test_an_acronym_for_a_thing_is_no_organisation():
    # "CPU" had been an organisation on 8 unseen pages, "API" on 6; "an FBI agent" stays the FBI's
    _, orgs = _people_and_orgs(
        "Intel launches chips\n\n"
        "Intel said on Monday that its new CPU is 20 percent faster, and the FBI said it had no comment. "
        "The company's USB controller was also updated, Intel said."
    )
    assert orgs == ["Intel", "FBI"]
    _, orgs = _people_and_orgs(
        "Stripe opens platform\n\n"
        "Stripe released an API that lets shops take payments, and developers said the APIs were easy to use. "
        "Patrick Collison, Stripe's chief executive, said the FBI had not been involved."
    )
    assert orgs == ["Stripe", "FBI"]
    _, orgs = _people_and_orgs(
        "Uber plans listing\n\n"
        "Uber is preparing an IPO that could value it at $100 billion, Reuters reported. "
        "The IPO would be the largest since Alibaba, and an FBI agent said nothing."
    )
    assert "IPO" not in orgs and "FBI" in orgs
    # not in the list of common ones: written in the plural, so a thing
    _, orgs = _people_and_orgs(
        "Google builds chip\n\n"
        "Google said it had built a TPU for its data centres, and that the TPUs run its search models. "
        "Sundar Pichai said Nvidia was still a partner."
    )
    assert "TPU" not in orgs and "Google" in orgs


def test_a_name_paired_with_a_person_is_a_person():
    # an NHL round-up had listed "Boone Jenner" and "Nikolaj Ehlers" among its organisations
    people, orgs = _people_and_orgs(
        "Hockey\n\nEric Robinson and Boone Jenner also scored for the Blue Jackets. "
        "Patrik Laine and Nikolaj Ehlers scored, Connor Hellebuyck made 38 saves and Winnipeg defeated Nashville."
    )
    assert {"Boone Jenner", "Nikolaj Ehlers"} <= set(people)
    assert orgs == ["Blue Jackets"]


def test_a_speaker_called_by_first_name_is_the_person_the_people_list_holds():
    # found reading an Express brief: "Liu said … warning: “…”" was given to "Liu", while the
    # people list held Liu Xiaming (family name first)
    _, entities, quotes = _brief_parts(
        "China warns Hong Kong\n\n"
        "China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.\n\n"
        "Liu said that the army could be deployed, warning: “They are already there in the Hong Kong garrison.”"
    )
    assert [p.name for p in entities.people] == ["Liu Xiaming"]
    assert [q.speaker for q in quotes] == ["Liu Xiaming"]


def test_a_bid_to_comment_is_no_event():
    article = from_text(
        "Gadgets\n\nIn many ways, 2019 was the year of wireless earbuds. "
        "Leave a comment and let us know what your favorite gadget of 2019 is.", "t"
    )
    assert [t.sentence for t in _timeline(article, "2019-11-19")] == [0]


def test_a_weekday_on_a_participle_dates_its_noun_not_the_sentence():
    # found reading an Al Bawaba brief of Wednesday 20 November: the UN and EU's criticism (on
    # Tuesday) had been listed on Monday, the day of "the unilateral move announced on Monday"
    article = from_text(
        "Settlements\n\nThe United Nations stressed the decision would not change the reality that the "
        "settlements were illegal, while the Arab League condemned the unilateral move announced on Monday by "
        "US Secretary of State Mike Pompeo.", "t"
    )
    events = _timeline(article, "2019-11-20")
    assert [(t.date, t.text) for t in events] == [
        ("2019-11-18", "… the unilateral move announced on Monday by US Secretary of State Mike Pompeo")
    ]


def test_a_sunday_papers_name_is_no_date():
    # found in two dev briefs: "The Mail on Sunday" and "the Sunday People" had been events on a Sunday
    article = from_text(
        "Holiday chaos\n\nDetails obtained by The Mail on Sunday show scarcely any holidaymakers got money back. "
        "He told the Sunday People that he had been grabbed. The airline apologised on Sunday.", "t"
    )
    assert [t.sentence for t in _timeline(article, "2015-04-20")] == [2]


def test_a_quote_opening_a_sentence_inside_a_paragraph_is_read_when_attributed():
    # found reading a CNN dev brief: the dev articles are one paragraph each, and no quote in
    # "… were all evacuated safely. "Thanking God for our safety …,"she wrote." had been read
    text = (
        "Hillary Scott, co-lead singer for the band, posted a photo of the charred bus on Instagram and noted "
        "that she and the driver were all evacuated safely. \"Thanking God for our safety and the safety of all "
        "of those who helped put this fire out,\"she wrote. The tour manager said a rear tire blew out. "
        "\"We are grateful to everyone who stopped to help us today.\" The band will perform on Sunday."
    )
    assert quotes_of(text) == [
        ("Hillary Scott", "Thanking God for our safety and the safety of all of those who helped put this fire out")
    ]


def test_a_pronoun_saying_after_a_quote_is_the_speaker_not_the_name_after_it():
    # a CNN dev article: '…,"they said in the Globe column' had been given to "Globe"
    assert quotes_of(
        "Bill and Denise Richard wrote about the trial.\n\n"
        "\"Our family has grieved, buried our young son, and endured numerous surgeries,\"they said in the Globe column."
    ) == [(None, "Our family has grieved, buried our young son, and endured numerous surgeries")]


def test_a_quote_closed_on_a_question_or_exclamation_mark_is_spoken_by_the_next_sentences_subject():
    # found reading the quotes left unattributed on unseen pages: spaCy ends the sentence at the
    # mark, so '“…?”' and 'Schiff asked.' were two sentences and the question had no speaker
    assert quotes_of(
        "Adam Schiff pressed the witness about the call. \"So it's fair to say you have not fixed the "
        "Giuliani problem?\" Schiff asked. Donald Trump praised the governor. \"Governor Bevin has done a "
        "wonderful job for the people of Kentucky!\" Trump tweeted before Election Day. The vote is on "
        "Tuesday.\n\n\"Who could have seen this coming from so far away?\" The mayor resigned on Friday."
    ) == [
        ("Adam Schiff", "So it's fair to say you have not fixed the Giuliani problem?"),
        ("Donald Trump", "Governor Bevin has done a wonderful job for the people of Kentucky!"),
        (None, "Who could have seen this coming from so far away?"),
    ]


def test_two_closing_single_marks_close_a_double_quote():
    # found reading the quotes left unattributed on unseen pages: the '’’' had been read as
    # apostrophes, and the narration up to the next quote's end was "quoted", with no speaker
    assert quotes_of(
        "Organizations that seek to combat political misinformation cried foul.\n\n“It was an attempt to "
        "mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told "
        "the BBC. “And I think it is inappropriate and misleading for a party to behave that way.”"
    ) == [("Will Moy", "It was an attempt to mislead voters")]


def test_straight_single_quote_marks_are_read_where_they_leave_no_doubt():
    # 78 of the 87 DailyMail dev articles, which quote in straight single marks, had no quote at all
    assert quotes_of(
        "Usain Bolt will compete at the World Relays in the Bahamas next month. 'I'm happy to be part of "
        "the Jamaican team for the World Relays. I am fit, healthy and ready to run,' said Bolt. Jamaica's "
        "rock 'n' roll fans of the '90s cheered."
    ) == [("Usain Bolt", "I'm happy to be part of the Jamaican team for the World Relays. I am fit, healthy and ready to run")]
    # the dataset's detokenised copy moves closing marks before the next sentence: read by shape,
    # "Wiggins said. Four-time Olympic champion …" had been a quote; paired in order, it is none
    assert quotes_of(
        "Sir Bradley Wiggins will bid for the hour record at the Lee Valley VeloPark.'The Hour Record is a "
        "holy grail for cyclists, 'Wiggins said. Four-time Olympic champion Bradley Wiggins will bid to break "
        "the record in June Australian rider Rohan Dennis poses in Grenchen'It's been fought over tooth and "
        "nail by the greatest names in our sport.' I like the idea of challenging myself."
    ) == []


def test_a_saying_verb_in_a_clause_joined_by_and_after_a_quote_is_not_the_quotes():
    # found reading the new straight-quoted quotes: 'South Dakota says, '…,' and Twitter asks, …'
    # had given the state's slogan to Twitter; it is the state's, who says it before the quote (spaCy
    # tags no entity in "South Dakota" here: the name as written)
    assert quotes_of(
        "South Dakota says, 'Meth. We're on it and we will win this one,' and Twitter asks, are you guys OK?"
    ) == [("South Dakota", "Meth. We're on it and we will win this one")]


def test_an_initialisms_full_stop_does_not_end_the_attribution_after_a_quote():
    # found in a sample of unattributed quotes: "the U.S. attorney" had cut the clause at "U."
    assert quotes_of(
        "Two officers were charged on Tuesday.\n\n“As alleged, the defendants had a duty to ensure the safety of "
        "federal inmates in their care,” Geoffrey Berman, the U.S. attorney for the Southern District of New York, "
        "said in a news release."
    ) == [("Geoffrey Berman", "As alleged, the defendants had a duty to ensure the safety of federal inmates in their care")]


def test_he_said_is_not_a_name_his_own_clause_gives_after_him_nor_someone_the_people_list_lacks():
    # found reading the new straight-quoted dev quotes: "he" was given to Costa (named after "He"
    # in "He also said … police found Costa suggested …") and to Falcao (Dirar, who spoke, is no
    # listed person); and on an unseen page "Buser, however, …" then '"…," he says' to Lewis Ward
    assert quotes_of(
        "Luigi Costa, 71, is accused of killing his neighbour. Professor Mullin told the court on Monday that "
        "Costa made the calls. He also said the trail police found Costa suggested his confused mental state.\n\n"
        "\"I believe that at the time of the killing his brain was compromised by dementia,\" he said."
    ) == [(None, "I believe that at the time of the killing his brain was compromised by dementia")]
    assert quotes_of(
        "Lewis Ward, an analyst, was doubtful about the service. Jack Buser, the director of games at "
        "Stadia, spoke on Tuesday.\n\n\"It will take years for the service to grow into something big,\" says "
        "Ward. Buser, however, is counting on the performance of the new service.\n\n\"This is where you will "
        "see the next big jump in what games can be,\" he says."
    )[-1] == ("Jack Buser", "This is where you will see the next big jump in what games can be")


def test_a_datelines_place_is_a_place_written_as_a_name():
    # found reading a Hawaii News Now brief: "HONOLULU" had been listed among the organisations
    entities = _brief_parts(
        "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed "
        "the presence of water vapor on Europa.\n\nThe find almost certainly means the moon has liquid water."
    )[1]
    assert "HONOLULU" not in [o.name for o in entities.organisations]
    assert [p.name for p in entities.places][0] == "Honolulu"


def test_a_house_number_is_no_year():
    # found reading a police brief: "of 1909 Jolinda Drive" had been listed under 1909
    article = from_text(
        "Arrests\n\nOfficers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive. "
        "The department was founded in 1909 Main Street's fire station.", "t"
    )
    assert [(t.date, t.sentence) for t in _timeline(article, "2019-11-20")] == [("1909", 1)]


def test_a_span_of_years_is_no_relative_date_and_a_file_photos_date_is_a_date():
    # found in a sample of dated events: "2013-14" had been noted "relative to publication date
    # (unknown)", and "In this May 1, 1967, file photo" not resolved at all
    analysis = analyse(from_text(
        "In 2013-14, the most recent figures available, managers were handed £1.8 million in bonuses. "
        "In this May 1, 1967, file photo, singer Elvis Presley and his bride appear at their wedding.", "t"
    ))
    assert [(t.date, t.resolved, t.note) for t in extract_timeline(analysis)] == [
        ("1967-05-01", True, None), ("2013-14", False, "not one calendar date"),
    ]


def test_a_states_abbreviation_keeps_its_full_stop():
    # found reading a PolitiFact brief: "Monroe, La." had listed the places "Monroe; La"
    entities = _brief_parts(
        "Trump spoke at a rally in Monroe, La., on Wednesday. Officials in Fresno, Calif., agreed. "
        "Police in Peoria, Ill. said so."
    )[1]
    assert [p.name for p in entities.places] == ["Monroe", "La.", "Fresno", "Calif.", "Peoria", "Ill."]


def test_a_person_named_in_full_from_a_place_tag_is_no_place():
    # found reading a dev brief: "Usain Bolt", tagged a place twice, was listed among the places
    # as well as the people ("Bolt" is tagged a person)
    entities = _brief_parts(
        "Usain Bolt will compete at the IAAF/BTC World Relays in the Bahamas next month, the Jamaica Athletics "
        "Administrative Association has announced. The six-time Olympic gold medallist will compete at the relay "
        "championship on May 2 and 3 as part of the Jamaican team. 'I'm happy to be part of the Jamaican team for "
        "the IAAF / BTC World Relays in the Bahamas. I am fit, healthy and ready to run,' said Bolt. Usain Bolt has "
        "confirmed he will be part of Jamaica's team at the World Relays in the Bahamas Bolt reacts as he wins 4x100m "
        "gold at the London Olympic Games in 2012"
    )[1]
    assert [p.name for p in entities.people] == ["Usain Bolt"]
    assert "Usain Bolt" not in [p.name for p in entities.places]


def test_a_month_in_capitals_in_a_lower_case_sentence_is_no_date():
    # an IETF draft's "MAY" (RFC 2119) had dated 6 events May 2014
    article = from_text(
        "remoteStorage\n\nDELETE requests MAY have an 'If-Match' request header, the draft says.\n\n"
        "The server MAY expire bearer tokens at any time.\n\nThe draft was published on May 5, 2014.",
        "t",
    )
    assert [t.date for t in _timeline(article, "2014-12-15")] == ["2014-05-05"]


def test_a_reference_mark_after_a_year_does_not_hide_it():
    # "[41]" had left spaCy only "February", dated by a Wikipedia page's creation in 2001
    article = from_text("New Zealand\n\nThe Treaty of Waitangi was first signed in the Bay of Islands on 6 February 1840.[41]", "t")
    assert [t.date for t in _timeline(article, "2001-10-29")] == ["1840-02-06"]


def test_a_web_address_in_quote_marks_is_no_quote():
    # found reading mozilla/readability's ietf-1 page: 17 quoted addresses and JSON keys were quotes
    assert quotes_of(
        'For example, if the storage root is\n\n"https://storage.example.com/bob", then the client would make requests '
        'to it.\n\n"http://tools.ietf.org/html/rfc6750#section-2.3" property, set to the string value "true".'
    ) == []


def test_it_said_is_the_organisation_just_named_or_the_institution_just_quoted():
    # found in a sample of unattributed quotes: '“…,” it said in a statement' after "The Food
    # Standards Agency warned …", and '“…,” it added' after '…, the Swedish Prosecution Authority said.'
    assert quotes_of(
        "The Food Standards Agency warned people to stay away from slimming products.\n\n"
        "“We advise the public not to take any tablets containing DNP,” it said in a statement."
    ) == [("Food Standards Agency", "We advise the public not to take any tablets containing DNP")]
    assert quotes_of(
        "“The agencies of Pakistan are actively investigating this incident,” the government said in a statement.\n\n"
        "If the militants entered Pakistan, “they will be apprehended and brought to justice,” it said."
    )[-1] == ("the government", "they will be apprehended and brought to justice")
    # "it" after anyone or anything else stays unattributed: it may be a statement or a report
    assert quotes_of(
        "Now they have put out another statement to the organisers.\n\n"
        "“We have agreed to grant all licenses of our artists' performances,” it says."
    ) == [(None, "We have agreed to grant all licenses of our artists' performances")]
    assert quotes_of(
        "Jane Roe, the mayor, spoke on Monday.\n\n“We are doing everything we can to keep people safe,” it said."
    ) == [(None, "We are doing everything we can to keep people safe")]


def test_a_quote_mark_typed_against_a_word_does_not_hide_the_speaker():
    # found reading the CNN/DailyMail dev copy: 'the terrorists,"IRNA said' was one token to spaCy,
    # so IRNA was no entity and the quote had no speaker
    assert quotes_of(
        'Iran criticised its neighbour. "Iran has repeatedly criticized its eastern neighbor for failing to rein in '
        'the terrorists,"IRNA said, referring to Pakistan.'
    ) == [("IRNA", "Iran has repeatedly criticized its eastern neighbor for failing to rein in the terrorists")]


def test_units_and_parts_written_in_capitals_are_no_organisations_and_a_postscript_no_place():
    # found reading the next stop's briefs: "MW", "AC" and "P.S." had been listed
    _, orgs = _people_and_orgs(
        "Solar makers expand\n\n"
        "A recent report by the International Energy Agency stated the industry had grown. "
        "A further 17 manufacturers, according to the report, had production operations ranging from 30-600 MW. "
        "The Nighthawks are one of the most popular AC routers around, for gamers and non-gamers alike."
    )
    assert "MW" not in orgs and "AC" not in orgs and "International Energy Agency" in orgs
    _, entities, _ = _brief_parts(
        "Python 3.6.0 is now available!\n\nPython 3.6.0 is the newest major release of the Python language.\n\n"
        "P.S. We have a new logo, and the Python Software Foundation thanks everyone in London."
    )
    assert "P.S." not in [p.name for p in entities.places]



def test_a_bound_on_a_date_is_the_date_named():
    # found reading a Threatpost brief: "active since at least July 12" had been left unresolved
    assert resolve("at least July 12", "2019-07-30") == dt.date(2019, 7, 12)
    assert resolve("since at least July 12", "2019-07-30") == dt.date(2019, 7, 12)
    assert resolve("no later than March 31", "2019-03-01", future=True) == dt.date(2019, 3, 31)


def test_a_name_spacy_did_not_tag_speaks_as_the_article_writes_it():
    # found in a sample of the quotes left unattributed: spaCy's small model tags no entity in
    # "Haoyu" or "Dayna", so '“…,” Haoyu said' had no speaker though the article names one
    assert quotes_of(
        "The two students walked across the campus to the dining hall.\n\n"
        "“You just have to ignore them,” Haoyu said.\n\n"
        "The police closed the bridge. Uber tweeted this announcement: “We are all concerned with events in the city.”"
    ) == [
        ("Haoyu", "You just have to ignore them"),
        ("Uber", "We are all concerned with events in the city."),
    ]
    # a name several clauses before the quote is not its speaker
    assert quotes_of(
        "On 3 September 1939 New Zealand allied itself with Britain and declared war on Germany with Prime "
        "Minister Michael Joseph Savage proclaiming, “Where she goes, we go; where she stands, we stand.”"
    )[0][0] != "New Zealand"


def test_a_saying_verb_told_to_oneself_attributes_no_quote():
    assert quotes_of(
        "The results came in late.\n\n“It is? I have to call my mom right now!” Sarah Jones told herself she was content with the news."
    ) == [(None, "It is? I have to call my mom right now!")]


def test_a_source_framed_before_a_quote_is_its_speaker():
    # found in a sample of the quotes left unattributed: no saying verb, so no speaker
    assert quotes_of(
        "Everyone called him Mike.\n\nAccording to his aunt, Jane Starner, “He was brilliant from the start and "
        "read at an adult level in kindergarten.”\n\nNeil Gaiman admired the book.\n\nAs Gaiman put it, “Had he "
        "written five books in that world, he would have been famous.”"
    ) == [
        ("Jane Starner", "He was brilliant from the start and read at an adult level in kindergarten."),
        ("Neil Gaiman", "Had he written five books in that world, he would have been famous."),
    ]


def test_a_name_owned_by_an_organisation_is_the_person():
    analysis = analyse(from_text(
        "Rachel Stephens is an analyst at RedMonk. According to RedMonk’s Stephens, budgets are tight.", "t"
    ))
    assert canonical_name(extract_entities(analysis), "RedMonk’s Stephens") == "Rachel Stephens"


def test_a_name_before_a_persons_role_in_apposition_is_a_person():
    # found in a sample of the quotes left unattributed: spaCy tagged "Eswar Prasad" ORG, so "he
    # said" after his paraphrase had no one to name
    analysis, entities, quotes = _brief_parts(
        "The talks stalled again on Friday.\n\n"
        "Eswar Prasad, a trade professor at Cornell, said the president’s temperament had complicated the task.\n\n"
        "“By hyping up expectations, Trump makes any sort of trade deal more uncertain,” he said.\n\n"
        "BlackRock, the asset manager, declined to comment. Syracuse University economist Mary E. Lovely disagreed."
    )
    roles = {p.name: p.role for p in entities.people}
    # professors, economists, scientists and researchers have roles, as officials do
    assert roles["Eswar Prasad"] == "trade professor at Cornell"
    assert "Eswar Prasad" not in {o.name for o in entities.organisations}
    assert [q.speaker for q in quotes] == ["Eswar Prasad"]
    assert "BlackRock" not in roles
    assert roles["Mary E. Lovely"] == "Syracuse University economist"


def test_a_name_inside_a_title_in_quote_marks_is_no_entity():
    # a Rolling Stone brief had listed "Streets" (of the song “Takin’ It to the Streets”) among
    # the organisations
    people, orgs = _people_and_orgs(
        "Dressed in black pants, an untucked black shirt, and glasses, the white-haired McDonald took his place at "
        "a keyboard at the front of the stage and began the intro to “Takin’ It to the Streets.”\n\n"
        "The band signed with Warner Bros. Records in 1971.\n\n"
        "“We love playing for the fans at Warner Bros. Records,” said Tom Johnston."
    )
    assert "Streets" not in orgs and "Streets" not in people
    assert "Warner Bros. Records" in orgs or "Warner Bros." in orgs


def test_a_home_town_after_a_persons_name_is_a_place():
    # a DailyMail dev brief had listed Lamoni among the people
    people, _ = _people_and_orgs(
        "A southern Iowa chiropractor accused of accepting sex as payment for his services and performing "
        "exorcisms on patients has surrendered his state license. "
        "The Iowa Board of Chiropractic released a report Wednesday detailing charges against Charles Manuel, "
        "of Lamoni. Manuel signed an agreement last month admitting his misdeeds and pledging not to apply for "
        "reinstatement for at least 10 years. A Lamoni address listed on the Yelp page for Manuel's practice "
        "appears to be a home on a residential street."
    )
    assert people == ["Charles Manuel"]


def test_she_said_is_not_the_man_whose_his_the_sentence_before_shows():
    # a Variety page: '“…,” she said' had been given to Charlie McDowell, whom the sentence
    # before calls "his"; nor is it Mary Steenburgen, whom the quote names
    assert quotes_of(
        "Mary Steenburgen bought a house in Nashville.\n\n"
        "Charlie McDowell still laughs at the memory of hearing his mom begin to scat in the backseat of his car.\n\n"
        "“It could have been really easy for Mary Steenburgen to just put her name on something, but she didn’t do "
        "that,” she said."
    ) == [(None, "It could have been really easy for Mary Steenburgen to just put her name on something, but she didn’t do that")]


def test_he_said_finds_a_speaker_the_parse_hung_on_a_preposition():
    # a Vancouver Sun page: spaCy parsed "Satya Nadella" as the object of "in" (Redmond), so the
    # sentence had no subject and "he said" had no one
    assert quotes_of(
        "Microsoft said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030.\n\n"
        "Speaking from a stage at Microsoft’s headquarters in Redmond, Washington, Chief Executive Satya Nadella said "
        "that corporations need to create profitable solutions for the problems of both people and planet.\n\n"
        "“If the last decade has taught us anything, it’s that technology built without these principles can do more "
        "harm than good,” he said."
    )[0][0] == "Satya Nadella"


def test_he_or_she_said_after_a_quote_inside_the_sentence_before_is_read_right():
    # '“He looked a little surprised,” she wrote' had made Elise Matthesen a "he" (the quote's He
    # taken for the next sentence's subject), so "she wrote" passed her over
    assert quotes_of(
        "He was heavily in debt, and almost all of his work was out of print.\n\nElise Matthesen found him.\n\n"
        "“He looked a little surprised and very tired that morning,” she wrote in an email."
    ) == [("Elise Matthesen", "He looked a little surprised and very tired that morning")]


def test_he_said_after_a_person_listed_by_one_name_is_that_person():
    # "Trump" is listed by his surname alone; where spaCy tagged no entity in "Trump sent a similar
    # message …", "he said" had been left unattributed as if someone unlisted spoke
    assert quotes_of(
        "In each case, President Trump tied himself to the outcome.\n\n"
        "“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.\n\n"
        "Trump sent a similar message ahead of the Virginia elections.\n\n"
        "“Virginia, with all of the massive amount of defense and other work I brought to you, go out and vote "
        "Republican today,” he said."
    )[-1][0] == "Trump"


def test_a_description_may_hold_a_titles_quote_marks_or_an_age():
    # found in a sample of the quotes left unattributed: 'the "Pose" actor' and "The 56-year-old"
    # had not counted as descriptions of who spoke
    assert quotes_of(
        "The actor shared a clip of his wife getting her first ultrasound.\n\n"
        "\"Hearing the heartbeat was something we never take for granted,\" the \"Pose\" actor previously said on the show."
    ) == [('the "Pose" actor', "Hearing the heartbeat was something we never take for granted")]
    assert quotes_of(
        "The Portuguese boss had been out of work since December.\n\nThe 56-year-old said after his appointment: "
        "\"I am excited to be joining a club with such a great heritage and such passionate supporters.\""
    ) == [("The 56-year-old", "I am excited to be joining a club with such a great heritage and such passionate supporters.")]


def test_a_word_written_in_lower_case_is_found_as_the_pattern_found_it(seed_analysis):
    # the set of written words (built once) must answer as a pattern over every sentence did
    import re

    from briefgen.extract.entities import _written_in_lower_case

    def by_pattern(name: str) -> bool:
        word = re.compile(rf"(?<![\w’'-]){re.escape(name.lower())}(?![\w’'-])")
        return any(word.search(sentence) for sentence in seed_analysis.sentences)

    names = {token.text for tokens in seed_analysis.tokens for token in tokens}
    names |= {"Talks", "TURKEY", "Erdogan’s", "Pull-Back", "St.", "U.N.", "Idlib-", "Ankara", "Ankar", "İdlib", ""}
    found = {name for name in names if _written_in_lower_case(name, seed_analysis)}
    assert found == {name for name in names if by_pattern(name)}
    assert "Talks" in found and not {"TURKEY", "Ankara"} & found  # "talks" is written, "turkey" is not


def split_orgs_and_organisations(text: str) -> tuple[list[str], dict[str, int]]:
    """The ORG mentions spaCy tags in the first sentence, and the organisations (name: mentions)
    the brief lists: what the tests of organisations split at "and" compare."""
    analysis = analyse(from_text(text, "orgs.txt"))
    first = [m.text for m in analysis.mentions if m.sentence == 0 and m.label == "ORG"]
    return first, {o.name: o.mentions for o in extract_entities(analysis).organisations}


def test_an_organisation_split_at_and_is_whole_when_the_article_names_it_whole():
    text = (
        "Doctors offered flu vaccines at the San Ysidro, California, Customs and Border Protection "
        "processing facility.\n\n"
        "Customs and Border Protection, part of Homeland Security, did not accept the offer.\n\n"
        "Officials at Microsoft and Google declined to comment."
    )
    # what this test is about: spaCy's small model splits the first mention in two
    first, organisations = split_orgs_and_organisations(text)
    assert first == ["Customs", "Border Protection"]
    assert organisations.get("Customs and Border Protection") == 2
    assert "Customs" not in organisations and "Border Protection" not in organisations
    assert {"Microsoft", "Google"} <= set(organisations)  # no whole "Microsoft and Google" named elsewhere


def test_a_long_quote_inside_a_sentence_attributed_right_after_it_is_the_speakers():
    # a DailyMail dev article glues a photo caption before the quote; CNN quotes a statement in part
    assert quotes_of(
        "Liverpool manager Brendan Rodgers spoke on Friday.\n\n"
        "Reds have captain Steven Gerrard (centre) back after serving a three-match suspension ‘ When you "
        "get so close, whether it was in the title race or the cup, it hurts, ’ said Rodgers."
    ) == [("Brendan Rodgers", "When you get so close, whether it was in the title race or the cup, it hurts")]
    assert quotes_of(
        'The crew believed the pilot\'s actions were "unsafe and unprofessional due to the aggressive '
        'maneuvers it performed," Pentagon spokesman Mark Wright said.'
    ) == [("Mark Wright", "unsafe and unprofessional due to the aggressive maneuvers it performed")]
    # a label in quote marks is too short to be speech, and a book's title is none
    assert quotes_of('Officials called it "an act of terrorism," police said.') == []
    assert quotes_of(
        "In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” "
        "Rebecca Solnit wrote of the satisfaction people find in helping one another."
    ) == []


def test_a_single_quote_reopened_before_it_closes_ran_on_in_joined_paragraphs():
    # a DailyMail dev article: a manager's quote over three paragraphs, joined into one; its
    # middle sentences had been key points, read as the article's own statements
    from briefgen.extract.quotes import quoted_ranges

    body = (
        "Rodgers spoke before the semi-final. ‘ Trace back the winners in sport. If you look at everything "
        "they have won, also look at what they have lost. ‘ Look at players who have won Champions "
        "Leagues and you see they have also lost finals, ’ said Rodgers. The panel ruled he had been "
        "‘ reckless ’ for failing to stop. Fans disagreed. ‘ It ’ s a joke, ’ said Healey."
    )
    analysis = analyse(from_text(body, "dm.txt"))
    ranges = quoted_ranges(analysis)
    whole = [i for i, s in enumerate(analysis.sentences) if ranges.get(i) == [(0, len(s))]]
    assert [analysis.sentences[i][:14] for i in whole] == ["‘ Trace back t", "If you look at"]
    # a mark closed with a word after it ('‘ reckless ’ for') closed its quote: no run-on to the next
    assert not any(ranges.get(i) for i, s in enumerate(analysis.sentences) if s == "Fans disagreed.")


def test_an_institution_split_at_and_before_its_field_is_one_name():
    # mozilla/readability's CNN page: "Stanford University's Center on Poverty; Inequality" had been
    # two organisations; "inequality" is a word of the article, never a name on its own
    text = (
        "But a new report released on Monday by Stanford University's Center on Poverty and Inequality "
        "calls that into question.\n\n"
        "The report assessed poverty levels, income and wealth inequality and unemployment levels.\n\n"
        "Officials at the Department of Energy and Shell declined to comment.\n\n"
        "Shell said in a statement on Friday that it had sold the unit.\n\n"
        "Investigators say the money moved through a shell company."
    )
    first, organisations = split_orgs_and_organisations(text)
    assert first == ["Stanford University's Center on Poverty", "Inequality"]  # spaCy's split
    assert "Stanford University's Center on Poverty and Inequality" in organisations
    assert "Inequality" not in organisations
    # "shell" is written in lower case too, but Shell is named on its own: a second organisation
    assert {"Department of Energy", "Shell"} <= set(organisations)


def speakers_by_opening(text: str, chars: int) -> dict[str, str | None]:
    """Each quote's speaker, keyed by the quote's first ``chars`` characters."""
    return {quote[:chars]: speaker for speaker, quote in quotes_of(text)}


def test_a_quote_reopened_after_one_left_open_is_the_same_speakers():
    # the convention for a quote of several paragraphs: each paragraph opens a quote mark, only the
    # last closes it; whoever spoke first speaks on, be it a description or an organisation
    text = (
        "Tottenham appointed Jose Mourinho as manager on Wednesday.\n\n"
        'The 56-year-old said after his appointment: "I am excited to be joining a club with such a great heritage.\n\n'
        '"The quality in both the squad and the academy excites me."\n\n'
        'Tottenham said in a statement: "Jose is one of the most accomplished managers in the game.\n\n'
        '"He has won a domestic title in a record four different countries."\n\n'
        '"For a while now hibernation has been proposed as a tool for space travel," explains team '
        'leader Jennifer Ngo-Anh. "If we were able to reduce their metabolic rate we could save mass.\n\n'
        '"And the basic idea of putting astronauts into hibernation is actually not so crazy.\n\n'
        '"We aim to build on this in future, starting with animals and proceeding to people."'
    )
    speakers = speakers_by_opening(text, 20)
    assert speakers["The quality in both "] == "The 56-year-old"
    assert speakers["He has won a domesti"] == "Tottenham"
    assert speakers["And the basic idea o"] == speakers["We aim to build on t"] == "Jennifer Ngo-Anh"


def test_agreed_and_had_written_attribute_a_quote_but_writing_a_song_does_not():
    text = (
        "The country singer Caitlyn Smith has written for other artists for years.\n\n"
        "Smith agreed: \"It's a different job altogether, and it is hard to figure out.\"\n\n"
        "In the paper's acknowledgments, Edward Lorenz had written, \"Special thanks are due to Miss Ellen Fetter "
        "for handling the many numerical computations.\""
    )
    speakers = speakers_by_opening(text, 12)
    assert speakers["It's a diffe"] == "Caitlyn Smith"
    assert speakers["Special than"] == "Edward Lorenz"
    # "who had written the song, she was only half-surprised: “…”" reports no speech: a quote so
    # introduced is not taken for an unnamed speaker's
    import re

    from briefgen.text import SAYING_VERBS

    assert not re.search(rf"\b({SAYING_VERBS})\b", "who had written the song, she was only half-surprised:")


def test_a_quote_opening_a_sentence_is_attributed_to_a_speaker_described_then_named():
    # '…,” the group's regional director, Omar Haddad, said': 42 characters to "said"
    text = (
        "Court jails former minister\n\n"
        "Transparency International welcomed the ruling. \"Today shows that no one is above the law,\" "
        "the group's regional director, Omar Haddad, said in a statement.\n\nThe minister will appeal."
    )
    assert quotes_of(text) == [("Omar Haddad", "Today shows that no one is above the law")]


def test_a_datelines_place_taken_with_its_agency_is_still_the_place():
    # spaCy took "TOKYO (Reuters)" as one organisation
    entities = _brief_parts(
        "TOKYO (Reuters) - A magnitude 7.1 earthquake struck off Japan's northeast coast late on Tuesday, "
        "killing at least nine people, officials said.\n\nAbout 2.2 million households in Tokyo lost power."
    )[1]
    assert not any("TOKYO" in o.name for o in entities.organisations)
    assert [p.name for p in entities.places][0] == "Tokyo"
    # the agency named only in the dateline is no party to the story
    entities = _brief_parts(
        "WASHINGTON (Reuters) - The United States will raise tariffs on Chinese goods on Friday, officials said."
        "\n\nThe Commerce Department said the deficit narrowed."
    )[1]
    assert "Reuters" not in [o.name for o in entities.organisations]
    # a Reuters dateline gives the day too, which is when the story was filed, not an event
    article = from_text(
        "Japan votes\n\nTOKYO, Oct 28 (Reuters) - Japan's ruling party lost its majority in Sunday's election, "
        "dealing a blow to the prime minister.\n\nHe called the election on Sept. 27.", "t"
    )
    assert [(t.date, t.sentence) for t in _timeline(article, None)] == [("Sunday", 1), ("Sept. 27", 2)]
    # two places, one slash
    entities = _brief_parts(
        "CAIRO/GAZA (Reuters) - Israeli air strikes killed at least 45 Palestinians across the Gaza Strip on "
        "Saturday, the health ministry said.\n\nTalks stalled in Cairo."
    )[1]
    assert not any("GAZA" in o.name for o in entities.organisations)
    assert [p.name for p in entities.places][:2] == ["Cairo", "Gaza"]


def test_an_age_in_apposition_makes_a_person_and_a_temperature_scale_no_place():
    # spaCy's small model took "Clare Osei" for an organisation and "Fahrenheit" for a place
    entities = _brief_parts(
        "His former finance director, Clare Osei, 48, was jailed for seven years on Friday.\n\n"
        "Temperatures have topped 40 degrees Celsius (104 Fahrenheit) across much of Greece this summer."
    )[1]
    assert "Clare Osei" in [p.name for p in entities.people]
    assert "Clare Osei" not in [o.name for o in entities.organisations]
    assert "Fahrenheit" not in [p.name for p in entities.places]


def test_the_date_a_record_is_reckoned_from_is_not_when_it_happened():
    # "the smallest since March 2016" had listed March's figure under 2016-03
    article = from_text(
        "Trade\n\nThe U.S. trade deficit with China narrowed to $28.3 billion in March, the Commerce Department said, "
        "the smallest since March 2016. It was the agency's biggest conviction since 2012. The war has killed "
        "thousands since 2011.", "t"
    )
    events = [(t.date, t.sentence) for t in _timeline(article, "2019-05-10")]
    assert ("2016-03", 0) not in events and ("2012", 1) not in events
    assert ("2019-03", 0) in events and ("2011", 2) in events


def test_a_country_or_a_storm_is_no_person():
    # spaCy's small model took "Malawi" (three times) and "Cyclone Freddy" for people
    entities = _brief_parts(
        "Cyclone Freddy has killed at least 190 people in Malawi since it made landfall on Sunday, the government "
        "said.\n\nOfficials in Malawi said 584 people had been injured. In Mozambique, where Freddy made a second "
        "landfall on Saturday, at least 10 people have died, President Lazarus Chakwera said."
    )[1]
    assert [p.name for p in entities.people] == ["Lazarus Chakwera"]
    assert "Malawi" in [p.name for p in entities.places]


def test_a_date_whose_year_the_text_does_not_name_is_not_given():
    # dateparser read "its 2024-25 year" as 2001, which was listed as the event's date
    article = from_text(
        "Tesco\n\nThe group said it expected profit of at least 2.8 billion pounds in its 2024-25 year, it said on "
        "Wednesday. Inflation peaked in 2023.", "t"
    )
    dates = [t.date for t in _timeline(article, None)]
    assert "2001" not in dates and "2023" in dates


def test_described_speakers_keep_their_words_and_a_surname_tagged_a_noun_is_still_found():
    # "said a spokesman for the employment ministry, who declined to be named" had been unattributed
    # (the comma before "who"), "the chamber of commerce said" attributed to "chamber", and "she
    # said" after "Santos later added …" (spaCy tagged "Santos" a noun) unattributed
    text = (
        "\"We will not go back until the offer is fair,\" union leader Maria Santos, 52, told a rally.\n\n"
        "\"We are ready to talk at any time,\" said a spokesman for the employment ministry, who declined to be named.\n\n"
        "\"The economy is losing $40 million a day,\" the chamber of commerce said in a statement.\n\n"
        "Santos later added that members had voted 94% in favour of continuing the action. \"They are angry, and "
        "they have every right to be,\" she said."
    )
    assert [speaker for speaker, _ in quotes_of(text)] == [
        "Maria Santos", "a spokesman for the employment ministry", "the chamber of commerce", "Maria Santos"
    ]


def test_the_end_of_a_forecast_period_lies_ahead():
    # a Wednesday story's "forecast more heavy rain through Friday" had been put on the Friday before
    article = from_text(
        "Floods\n\nThe Meteorological Department forecast more heavy rain through Friday and warned of floods. "
        "The rains began on Sunday.", "t"
    )
    assert [(t.date, t.sentence) for t in _timeline(article, "2025-07-16")] == [("2025-07-13", 1), ("2025-07-18", 0)]


def test_a_british_officers_abbreviated_title_makes_a_person_and_a_time_zone_no_organisation():
    # spaCy took "Det Insp Karen Holt" and "BST" for organisations
    text = (
        "Officers were called to Briggate at about 23:40 BST following reports of a disturbance.\n\n"
        "Det Insp Karen Holt said: \"This was a shocking incident in a busy area.\""
    )
    entities = _brief_parts(text)[1]
    assert [(p.name, p.role) for p in entities.people] == [("Karen Holt", "Det Insp")]
    assert not any(o.name in {"BST", "Det Insp Karen Holt"} for o in entities.organisations)
    assert [speaker for speaker, _ in quotes_of(text)] == ["Karen Holt"]


def figure_sources(text: str) -> dict[str, object]:
    """{figure text: source} of a brief's tabled figures (the whole pipeline: the quotes' reading
    says who "he" is)."""
    from briefgen import brief_text

    return {f.text: f.attribution for f in brief_text(text).figures if f.kind == "figure"}


def test_he_who_says_a_number_is_the_person_the_text_makes_plain():
    # "about 50,000 | people | not attributed" had read as a fact, in a story of disputed crowd sizes
    text = (
        "Protest in Belgrade\n\n"
        "Tens of thousands of people marched through central Belgrade on Saturday.\n\n"
        "President Aleksandar Vucic has rejected calls for a snap vote and said the protests were financed from abroad. "
        "He said about 50,000 people had attended a rival rally in Jagodina last month."
    )
    assert figure_sources(text)["about 50,000"] == "Aleksandar Vucic"
    text = (
        "Stabbing at station\n\nA man was stabbed at a station on Friday.\n\n"
        "Police spokesman Ed Alvarez says transit officers quickly searched the area. "
        "He said there was no threat to the public because it was a fight between two people."
    )
    assert figure_sources(text)["two"] == "Ed Alvarez"


def test_he_stays_unnamed_where_someone_else_may_be_him():
    # a sentence whose subject is another person ends the search: he may be that person or not (a
    # looser reading had given a statement to the politician named before it)
    text = (
        "Trade talks\n\nTalks with Beijing resumed on Monday.\n\n"
        "President Donald Trump met the delegation on Monday. Senator Bob Corker criticised the talks. "
        "He said he had asked for up to $50 billion in annual purchases."
    )
    assert figure_sources(text)["up to $50 billion"] is None


def test_a_deed_written_is_no_source():
    # "She wrote hundreds of songs … and sent 12 of the best ones": the 12 are no claim of hers
    text = (
        "Songwriter\n\nMary Steenburgen began writing songs in her fifties.\n\n"
        "Steenburgen said she had to do something with the music in her head. "
        "She wrote hundreds of songs that summer and sent 12 of the best ones to a music lawyer."
    )
    assert figure_sources(text)["12"] is None


def test_a_name_the_model_cuts_at_a_particle_is_one_person():
    # "Prince Abdulaziz" and "bin Salman" had been two people, and the quote "bin Salman"'s
    text = (
        "Saudi Arabia will bear the largest share of the cut, Energy Minister Prince Abdulaziz bin Salman told reporters.\n\n"
        '"We will do whatever is necessary to bring stability to this market," he said.'
    )
    analysis = analyse(from_text(text, "t"))
    people = [p.name for p in extract_entities(analysis).people]
    assert people == ["Prince Abdulaziz bin Salman"]
    assert quotes_of(text)[0][0] == "Prince Abdulaziz bin Salman"


def test_a_storm_is_no_place():
    # "Delia weakened to a tropical storm" had listed Delia among the places
    text = (
        "Hurricane Delia slammed into the Louisiana coast early Thursday, knocking out power to 400,000 homes.\n\n"
        "Delia weakened to a tropical storm by Thursday afternoon as it moved inland over Mississippi."
    )
    places = [p.name for p in extract_entities(analyse(from_text(text, "t"))).places]
    assert "Delia" not in places and "Mississippi" in places


def test_an_acronym_written_later_without_brackets_joins_its_name_and_a_brand_is_no_place():
    text = (
        "The U.S. Food and Drug Administration on Friday approved the first pill to treat postpartum depression.\n\n"
        "The drug will be sold under the brand name Zurzuvae.\n\n"
        "The FDA declined, however, to approve the drug for major depressive disorder."
    )
    entities = extract_entities(analyse(from_text(text, "t")))
    # "FDA" had been listed beside the agency's full name, and the drug among the places
    assert [o.name for o in entities.organisations] == ["U.S. Food and Drug Administration (FDA)"]
    assert "Zurzuvae" not in [p.name for p in entities.places]


def test_a_dateline_of_two_words_is_one_place():
    # "SAO PAULO, Nov 3 (Reuters)" had listed "SAO" among the organisations
    text = "SAO PAULO, Nov 3 (Reuters) - Max Verstappen won a rain-hit Brazilian Grand Prix from 17th on the grid on Sunday.\n\nAbout 110,000 fans attended the race at Interlagos, organisers said."
    entities = extract_entities(analyse(from_text(text, "t")))
    assert "SAO" not in [o.name for o in entities.organisations]
    assert [p.name for p in entities.places][0] == "Sao Paulo"


def test_one_organisation_or_country_however_an_article_shortens_it():
    text = (
        "BEIJING, Feb 23 (Reuters) - The official Xinhua news agency said 47 people were buried in the collapse.\n\n"
        "Twenty-four had been rescued by early Thursday, Xinhua said.\n\n"
        "The European Commission said Apple's practices had harmed consumers, and the Commission said it would act.\n\n"
        "The United Nations said the mine's owner had broken rules. The UN did not say which.\n\n"
        "The recall covers vehicles sold in the United States. Federal rules have required cameras in the U.S. since 2018."
    )
    entities = extract_entities(analyse(from_text(text, "t")))
    orgs = [o.name for o in entities.organisations]
    # each had been listed twice
    assert "Xinhua news agency" in orgs and "Xinhua" not in orgs
    assert "European Commission" in orgs and "Commission" not in orgs
    assert "United Nations (UN)" in orgs and "UN" not in orgs
    assert [p.name for p in entities.places].count("United States") == 1 and "U.S." not in [p.name for p in entities.places]


def test_a_short_name_another_organisation_is_named_with_more_often_is_left_alone():
    # "the House" is not the "White House" named once (my first version had merged them, and "Wikipedia" into
    # "Turkish Wikipedia", "Christchurch" into "Auckland and Christchurch")
    text = (
        "The White House said the bill was flawed. The House voted on Monday, and the House will vote again.\n\n"
        "Officials in Auckland and Christchurch said schools were closed."
    )
    orgs = [o.name for o in extract_entities(analyse(from_text(text, "t"))).organisations]
    assert orgs == ["White House", "House", "Auckland and Christchurch"]


def test_places_and_companies_each_in_their_own_list():
    text = (
        "LUSAKA, Jan 16 (Reuters) - A cholera outbreak in Zambia has killed 412 people, the health ministry said.\n\n"
        "Most cases have been reported in the capital Lusaka.\n\n"
        "Southern Africa has been hit by outbreaks in Malawi, Mozambique and Zimbabwe over the past year.\n\n"
        "Nvidia Corp forecast revenue above estimates. Nvidia's market value has more than tripled in the past year.\n\n"
        "The European Union has banned Nepali airlines from its airspace since 2013."
    )
    entities = extract_entities(analyse(from_text(text, "t")))
    orgs, places = [o.name for o in entities.organisations], [p.name for p in entities.places]
    # Lusaka and Mozambique had been organisations too, Nvidia a place
    assert "Lusaka" not in orgs and "Lusaka" in places and "Mozambique" in places and "Mozambique" not in orgs
    assert "Nvidia Corp" in orgs and "Nvidia" not in places
    assert "European Union" in orgs and "European Union" not in places


def test_a_club_named_for_its_country_stays_an_organisation():
    # (my first version made every country an organisation was named for a place)
    text = (
        "Radamel Falcao's former Monaco team-mate Nabil Dirar believes the Colombian must be regretting his failed loan move "
        "to Manchester United even though he was not happy in France."
    )
    entities = extract_entities(analyse(from_text(text, "t")))
    assert "Monaco" not in [p.name for p in entities.places]


def test_what_the_text_calls_a_town_or_a_peninsula_is_a_place_in_every_mention():
    # Grindavik and Reykjanes had been organisations (spaCy), the town in every mention
    text = (
        "A volcano erupted in southwest Iceland on Sunday, sending lava towards the fishing town of Grindavik, whose "
        "nearly 4,000 residents had been evacuated, authorities said.\n\n"
        "The Reykjanes peninsula had been dormant for 800 years before an eruption in March 2021. The first eruption "
        "near Grindavik, on Dec. 18, spewed lava from a fissure about 4 km long."
    )
    entities = extract_entities(analyse(from_text(text, "t")))
    places, orgs = [p.name for p in entities.places], [o.name for o in entities.organisations]
    assert "Grindavik" in places and "Reykjanes" in places
    assert "Grindavik" not in orgs and "Reykjanes" not in orgs


def test_a_company_named_with_and_without_its_ltd_is_one():
    text = "The publisher, Northern Press Ltd, must also pay legal costs.\n\nNorthern Press said it was disappointed and would consider an appeal."
    assert [o.name for o in extract_entities(analyse(from_text(text, "t"))).organisations] == ["Northern Press Ltd"]


def test_a_first_name_said_in_quotes_is_the_person_not_an_organisation():
    text = (
        "The victim, Callum Reid, was stabbed once in the chest after an argument in a queue, the court heard.\n\n"
        '"Callum was a kind and gentle young man with his whole life ahead of him," his mother, Sarah Reid, said.'
    )
    orgs = [o.name for o in extract_entities(analyse(from_text(text, "t"))).organisations]
    assert "Callum" not in orgs  # (had been listed among the organisations)


def _lists(text: str) -> tuple[list[str], list[str], list[str]]:
    entities = extract_entities(analyse(from_text(text, "t")))
    return ([p.name for p in entities.people], [o.name for o in entities.organisations], [p.name for p in entities.places])


def test_a_score_run_into_a_name_and_a_nationality_before_it_are_no_part_of_it():
    # spaCy's "Daniil Medvedev 3-6" had left him out of the people and made "Medvedev" a place; "fellow
    # Kenyan Benson Kipruto" had been listed as "Kenyan Benson Kipruto"
    people, _, places = _lists(
        "MELBOURNE (Reuters) - Jannik Sinner came back from two sets down to beat Daniil Medvedev 3-6 3-6 6-4 6-4 6-3 "
        "on Sunday and win the Australian Open. Medvedev, 27, lost his third Australian Open final in four years. "
        "Aryna Sabalenka won the women's title on Saturday, beating Zheng Qinwen 6-3 6-2."
    )
    assert {"Daniil Medvedev", "Zheng Qinwen"} <= set(people) and "Medvedev" not in places
    people, _, _ = _lists(
        "CHICAGO (Reuters) - Kelvin Kiptum won the Chicago Marathon on Sunday, finishing ahead of fellow Kenyan Benson "
        "Kipruto, who was second."
    )
    assert "Benson Kipruto" in people and "Kenyan Benson Kipruto" not in people


def test_a_number_after_a_name_is_a_products_not_a_score():
    # my first version stripped any number and listed "Thunderbolt 3", "Destiny 2" as people
    people, _, _ = _lists(
        "The subscription only includes a single game as of today — Destiny 2. According to The Verge’s Stadia review, "
        "the streaming platform does not run its showcase launch title Destiny 2 in native 4K."
    )
    assert "Destiny" not in people


def test_a_company_whose_shares_trade_is_no_place_and_a_judge_named_lane_no_street():
    _, orgs, places = _lists(
        "NEW YORK (Reuters) - Wall Street closed higher as another surge in Nvidia shares lifted technology stocks. "
        "Nvidia jumped 4.6% to a record close. The Nasdaq gained 1.25%."
    )
    assert "Nvidia" in orgs and "Nvidia" not in places
    people, _, places = _lists("The settlement must still be approved by U.S. Bankruptcy Judge Sean Lane in White Plains, New York.")
    assert "Sean Lane" in people and "Sean Lane" not in places
    people, orgs, _ = _lists(
        "Morgan Stanley, Goldman Sachs and BofA Securities are the lead underwriters. "
        "OxyContin maker Purdue Pharma agreed to pay up to $7.4 billion."
    )
    assert {"BofA Securities", "Purdue Pharma"} <= set(orgs) and not {"BofA Securities", "Purdue Pharma"} & set(people)


def test_the_fed_is_the_federal_reserve():
    _, orgs, _ = _lists(
        "Financial markets expect the Federal Reserve to start cutting rates in June. The Fed has kept its policy rate "
        "in the 5.25%-5.50% range since July, the Labor Department said."
    )
    assert "Federal Reserve" in orgs and "Fed" not in orgs


def test_a_law_an_award_a_film_and_a_cited_source_are_no_people_or_places():
    people, orgs, places = _lists(
        "Under the EU's General Data Protection Regulation, fines can reach up to 4% of a company's global turnover. "
        "Emma Stone won best actress, her second Oscar after 2017. Robert Downey Jr. won his first Oscar. "
        "\"Oppenheimer,\" Christopher Nolan's epic, won seven Academy Awards. "
        "The ceremony drew 19.5 million viewers, according to Nielsen."
    )
    assert not {"Data Protection Regulation", "Oscar"} & set(people)
    assert "Oppenheimer" not in orgs and "Nielsen" in orgs and "Nielsen" not in places


def test_a_companys_short_name_and_its_brand_and_a_ruling_party():
    _, orgs, places = _lists(
        "Meta fined record 1.2 billion euros over EU-US data transfers\n\nDUBLIN (Reuters) - Meta Platforms was fined a "
        "record 1.2 billion euros ($1.3 billion) by its lead European Union privacy regulator on Monday over its handling "
        "of user information.\n\nMeta's Facebook has about 255 million daily active users in Europe, according to its "
        "latest quarterly figures."
    )
    assert "Meta Platforms" in orgs and "Meta" not in orgs and "Facebook" in orgs and "Meta's Facebook" not in orgs
    _, orgs, places = _lists("Her ruling Morena party was on course to win a supermajority in Mexico.")
    assert "Morena" in orgs and "Morena" not in places
    _, orgs, places = _lists("After a Berlin party on Saturday she flew home.")
    assert "Berlin" in places and "Berlin" not in orgs  # (my first version made any place before "party" a party)


def test_a_date_in_what_was_said_first_is_shown_and_a_records_start_is_no_event():
    text = (
        "The tariff on Chinese lithium-ion EV batteries will rise to 25% from 7.5% this year, while the rate on natural "
        "graphite and permanent magnets will rise to 25% in 2026, the White House said on Tuesday."
    )
    events = [e for e in extract_timeline(analyse(from_text(text, "t"))) if e.date == "2026"]
    assert events and "2026" in events[0].text  # (had shown the sentence's start, about another tariff)
    text = "Births fell 5.1% to 758,631, the lowest since records began in 1899, while deaths rose to a record 1.59 million."
    assert not [e for e in extract_timeline(analyse(from_text(text, "t"))) if "1899" in e.date]


def test_a_regulator_a_river_bank_and_a_speakers_role():
    _, orgs, places = _lists(
        "Customers will see their bills rise by 35% after the regulator Ofwat approved the company's spending plans. "
        "Ofwat said the industry would invest £104bn."
    )
    assert "Ofwat" in orgs and "Ofwat" not in places
    _, orgs, places = _lists("The package includes $9.2 billion for civilians in Gaza, the West Bank and Ukraine.")
    assert "West Bank" in places and "West Bank" not in orgs
    entities = extract_entities(analyse(from_text(
        "House Speaker Mike Johnson said the House would not be rushed. Senate Majority Leader Chuck Schumer called "
        "the vote a triumph.", "t"
    )))
    assert {(p.name, p.role) for p in entities.people} >= {("Mike Johnson", "House Speaker"), ("Chuck Schumer", "Senate Majority Leader")}


def test_a_models_name_after_its_number_is_no_organisation():
    # "Boeing 737 MAX 9 jets" had listed "MAX" among the organisations
    _, orgs, _ = _lists(
        "Alaska Airlines grounded all 65 of its Boeing 737 MAX 9 jets on Saturday. The Federal Aviation Administration "
        "ordered the grounding of 171 MAX 9 planes worldwide."
    )
    assert "MAX" not in orgs and "Alaska Airlines" in orgs


def test_a_neighbourhood_and_a_slum_are_places_and_a_verbs_preposition_no_role():
    _, orgs, places = _lists(
        "A gas explosion at a depot in Nairobi's Embakasi neighbourhood killed at least six people. The blast was the "
        "deadliest since a 2011 pipeline fire killed about 100 people in the Sinai slum."
    )
    assert {"Embakasi", "Sinai"} <= set(places) and not {"Embakasi", "Sinai"} & set(orgs)
    entities = extract_entities(analyse(from_text(
        "The Liverpool captain rose to meet the corner and nod past goalkeeper Djordje Petrovic in the 118th minute.", "t"
    )))
    assert [(p.name, p.role) for p in entities.people if p.name == "Djordje Petrovic"] == [("Djordje Petrovic", None)]


def test_a_hyphened_surname_after_a_quote_is_the_whole_name():
    # '"…," Bankman-Fried told the court' had been attributed to "Fried" (spaCy tagged no entity there)
    text = (
        "NEW YORK (Reuters) - Sam Bankman-Fried, the founder of the bankrupt FTX cryptocurrency exchange, was sentenced "
        "on Thursday to 25 years in prison.\n\n\"I made a series of bad decisions,\" Bankman-Fried told the court "
        "before he was sentenced."
    )
    assert [speaker for speaker, _ in quotes_of(text)] == ["Sam Bankman-Fried"]


def test_a_chief_executive_a_platform_and_a_research_firm():
    entities = extract_entities(analyse(from_text('"We are deeply sorry," chief executive Vanessa Hudson said in a statement.', "t")))
    assert [(p.name, p.role) for p in entities.people] == [("Vanessa Hudson", "chief executive")]
    _, orgs, places = _lists("Spot rates more than tripled to $4,400 in early January, according to freight platform Xeneta.")
    assert "Xeneta" in orgs and "Xeneta" not in places
    _, orgs, places = _lists(
        "Shares of Adani Group companies have lost more than $100 billion since U.S. short-seller Hindenburg Research "
        "accused the conglomerate of fraud. Hindenburg said it held short positions in Adani companies."
    )
    assert "Hindenburg Research" in orgs and "Hindenburg" not in places


def test_shares_in_a_company_and_an_airports_short_name():
    _, orgs, places = _lists(
        "ZURICH (Reuters) - Nestle will cut 16,000 jobs over the next two years, the world's largest food company said. "
        "Nestle's organic sales rose 4.3% in the first nine months.\n\nShares in Nestle jumped 7.5% to 79.20 francs."
    )
    assert "Nestle" in orgs and "Nestle" not in places
    people, _, _ = _lists(
        "LONDON (Reuters) - Heathrow Airport handled a record 83.9 million passengers in 2024, Britain's biggest airport "
        "said on Tuesday.\n\nHeathrow's adjusted core earnings rose 5% to £2.3 billion."
    )
    assert "Heathrow" not in people
    people, _, _ = _lists(
        "What would have been the reaction in 2012 had an anonymous Bush holdover at the Obama National Security Council "
        "gone to the IG? Would there have been impeachment proceedings against Obama? The diplomats were silent when "
        "Obama on a hot mic promised more flexibility."
    )
    assert "Obama" in people  # (my first version took any organisation a name begins for its owner: "the Obama administration")


def test_an_organisation_is_not_extended_by_the_person_a_deal_is_for():
    # "Syrian Observatory" + " for Human Rights" is extended; "Aston Villa" + " for Jack Grealish" had been too
    _, orgs, _ = _lists(
        "The fee surpasses the 100 million pounds Manchester City paid Aston Villa for Jack Grealish in 2021, "
        "the Premier League club said."
    )
    assert "Aston Villa for Jack Grealish" not in orgs


def test_a_startup_a_stake_is_in_and_a_typhoon_are_no_places_or_organisations():
    _, orgs, places = _lists(
        "SEATTLE (Reuters) - Amazon.com will invest up to $4 billion in Anthropic, the artificial intelligence startup "
        "founded by former OpenAI executives, the companies said on Monday.\n\nAmazon will make an initial investment "
        "of $1.25 billion for a minority stake in Anthropic, which could rise to $4 billion."
    )
    assert "Anthropic" in orgs and "Anthropic" not in places
    _, orgs, places = _lists(
        "BEIJING (Reuters) - More than 300,000 people were evacuated in Fujian as Typhoon Haikui made landfall on "
        "Tuesday.\n\nHaikui, the 11th typhoon of the year, struck Taiwan on Sunday, injuring at least 40 people."
    )
    assert "Haikui" not in orgs and "Haikui" not in places


def test_a_chief_executive_in_capitals_is_a_role_and_a_planemaker_a_source():
    entities = extract_entities(analyse(from_text("Boeing will cut 17,000 jobs, Chief Executive Kelly Ortberg said on Friday.", "t")))
    assert [(p.name, p.role) for p in entities.people] == [("Kelly Ortberg", "Chief Executive")]
