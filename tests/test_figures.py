"""Figures: the seed's eight key figures and the rules, sentence by sentence."""

from __future__ import annotations

import pytest

from briefgen.analyse import analyse
from briefgen.extract.figures import extract_figures
from briefgen.ingest import from_text


def figures_of(text: str):
    return [f for f in extract_figures(analyse(from_text(text, "t"))) if f.kind == "figure"]


def subjects_of(text: str) -> list[str]:
    """What each tabled figure of the text counts (its "What" column)."""
    return [f.subject for f in figures_of(text)]


def test_seed_key_figures(seed_analysis):
    table = {(f.value, f.qualifier, f.unit) for f in extract_figures(seed_analysis) if f.kind == "figure"}
    expected = {
        (300, "approximately", "people"), (900_000, "exact", "people"), (13, "exact", "people"),
        (2100, "at least", "count"), (7000, "at least", "people"), (40_000, "at least", "people"),
        (1_000_000, "approximately", "people"), (12, "exact", "count"),
    }
    assert table == expected


def test_seed_attributions_and_subjects(seed_analysis):
    by_value = {f.value: f for f in extract_figures(seed_analysis) if f.kind == "figure"}
    assert by_value[300].attribution == "United Nations (UN)"
    assert by_value[300].category == "killed" and "civilians" in by_value[300].subject
    assert by_value[2100].attribution == "Syrian Observatory for Human Rights (SOHR)"
    assert by_value[2100].subject == "military vehicles"
    assert by_value[900_000].category == "displaced"
    assert by_value[13].subject == "Turkish troops killed"
    assert by_value[40_000].attribution == "David Swanson"
    assert by_value[2100].text == "more than 2100"


def test_no_years_dates_ordinals_or_durations_in_the_table(seed_analysis):
    table = [f for f in extract_figures(seed_analysis) if f.kind == "figure"]
    assert not {2019, 21, 1}.intersection(f.value for f in table)
    assert all("week" not in f.text and "day" not in f.text for f in table)


@pytest.mark.parametrize(
    "sentence, value, qualifier, unit, currency",
    [
        ("Officials said up to £3,500 in bonuses was paid to each manager last year.", 3500, "at most", "money", "GBP"),
        ("The company reported a £42 million profit for the year, its accounts show.", 42_000_000, "exact", "money", "GBP"),
        ("Unemployment rose to 5.2 per cent in March, the statistics office said.", 5.2, "exact", "percent", None),
        ("The boat sank about 80 miles off the Libyan coast, the coast guard said.", 80, "approximately", "measure", None),
        ("Nearly 2,000 migrants were rescued at sea over the weekend, officials said.", 2000, "approximately", "people", None),
        ("Fewer than 50 protesters gathered outside the parliament building in the rain.", 50, "at most", "people", None),
        ("The charity raised $1.5bn from donors across the country, it said.", 1_500_000_000, "exact", "money", "USD"),
        ("He was fined 5,000 pounds by the court for the offence, the paper said.", 5000, "exact", "money", "GBP"),
        ("The capsule will carry 3,000 pounds of science experiments to the station.", 3000, "exact", "measure", None),
        ("A 300-pound bear was spotted near the school on Monday, police said.", 300, "exact", "measure", None),
        ("There is a sanctuary up the river (200m away) that runs out to the sea.", 200, "exact", "measure", None),
        ("The app now has more than 200m users around the world, the company said.", 200_000_000, "at least", "people", None),
        ("Police deployed 1900 officers across the city on Saturday night, they said.", 1900, "exact", "people", None),
        # found by briefing unseen pages (trafilatura's test corpus): scale words hyphened
        # before a noun, "no more than", weight, data sizes, tons, degrees
        ("The 1.2-billion-yuan telescope took half a decade to build in the south.", 1_200_000_000, "exact", "money", "CNY"),
        ("The observatory will move to a $23-million data centre being built in the city.", 23_000_000, "exact", "money", "USD"),
        ("It will be outdoor seating only and no more than 15 customers at a time.", 15, "at most", "people", None),
        ("In the end, she lost 75 pounds with a diet plan and did her famous advert.", 75, "exact", "measure", None),
        ("The company lost 5 million pounds in the deal last year, its accounts show.", 5_000_000, "exact", "money", "GBP"),
        ("The ransomware skips files with a size of less than 150 KB, researchers said.", 150, "at most", "measure", None),
        ("In 2019 so far, the fires have already released 200 metric tons of the gas.", 200, "exact", "measure", None),
        ("Warm days are best for the plant, with 30° in the shade, the gardener said.", 30, "exact", "measure", None),
        # found briefing the article-extraction-benchmark's pages: a deictic between the number
        # and "year" had made money a duration, left out of the table
        ("Sales are expected to grow from $1.47 billion last year, the report said.", 1_470_000_000, "exact", "money", "USD"),
        ("The listing would raise at least 88 billion Hong Kong dollars, the bank said.", 88_000_000_000, "at least", "money", "HKD"),
        # a bound before "the" compares something else with the amount, which is exact
        ("That is less than the $53 million figure the sheriff cited at the meeting.", 53_000_000, "exact", "money", "USD"),
        ("Developers try to stay under the 75kb limit for the page's styles.", 75, "exact", "measure", None),
        # a dollar sign's country after the sum
        ("The company would charge a minimum of $100 Australian to take passengers out.", 100, "exact", "money", "AUD"),
        ("Tickets for the show cost $50 Canadian dollars at the door this year.", 50, "exact", "money", "CAD"),
    ],
)
def test_rules(sentence, value, qualifier, unit, currency):
    figures = figures_of(sentence)
    assert [(f.value, f.qualifier, f.unit, f.currency) for f in figures] == [(pytest.approx(value), qualifier, unit, currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in 2011 and the talks resumed on March 3.",
        "The meeting starts at 10:30 on Tuesday at the ministry in the capital.",
        "It was the second round of talks in the 21st century between them.",
        "Call the hotline on 0800 555 0199 for help with the claims process.",
        "John Smith, 45, was arrested on Friday after a search of his home.",
        "The fighting lasted three weeks before a ceasefire was agreed by both.",
        "Dozens of towns have fallen under the control of government forces.",
        "Chelsea drew 0-0 with Burnley at Stamford Bridge on Sunday afternoon.",
        # found by auditing the CNN/DailyMail dev articles (rates, years, names, ages, vague amounts)
        "By two years old, one in five boys and one in ten girls was overweight or obese.",
        "A dress from the classic 1939 film Gone With the Wind was sold at auction on Saturday.",
        "SpaceX launched a Falcon 9 rocket carrying an uncrewed cargo spacecraft on Tuesday.",
        "Just before the hour mark England Under 17 star Callum Gribbin scored the first.",
        "The plane can carry several dozen passengers in its lounge and bedrooms, he said.",
        "The videos were captured over a three- or four-year time period, prosecutors said.",
        "He admitted filming the girl, now 15, and others with a hidden camera at the house.",
        "She is accused of having sex with a pupil, 15, in her car on consecutive nights.",
        "The defeat dented hopes of another top-four finish for the club this season.",
        "Williams eventually prevailed 4-6 7-6 (3) 6-3 against the dogged Italian.",
        "The club agreed a 200m deal with the sponsor, its chairman said on Friday.",
        "The fire started at 12:15am on Saturday at a petrol station, police said.",
        "The plane was intercepted by a Russian SU-27 Flanker over the Baltic Sea.",
        "He has coached in deprived areas of Merseyside through his 23 Foundation.",
        "A 23-year-old mother-of-two is at risk of being banned from seeing her child.",
        # found by briefing unseen pages (trafilatura's test corpus)
        "The report found researchers making up two-thirds of the research staff on short contracts.",
        "Covid-19 was about three times as contagious as influenza, the vice-president stressed.",
        "The rate increased from 43 to 66 per 100,000 people in the week, officials said.",
        "The court ruled that the more than two and a half year block was unconstitutional.",
        "I realise this plan had no phase two when the bandits drew their weapons.",
        "Features in iOS 13 make it look like you are staring at the camera during calls.",
        "It was a two-phase approach, and the team went 0-for-9 from three-point range.",
        "The department has a zero-tolerance policy and aims to reach net zero around 2050.",
        "All subsequent patch releases are built from the 20.10 branch of the project.",
        "Alley knocked down a big three that helped spark a run to end the quarter.",
        "The philosophers wrote A Thousand Plateaus while living in the city after the war.",
        "A Thousand Plateaus is the second volume of their Capitalism and Schizophrenia.",
        "The system traces back to the 80's and still works on modern machines today.",
        "The measurements are taken with calipers on the skin at the hip bone (2).",
        "7. LED face mask for being seen at night when cycling home from the office",
        "The case involved children catching type 1 diabetes at the clinic last year.",
        # found briefing the article-extraction-benchmark's pages
        "The agency wants to fly the SLS Block 1B on the mission to the Moon.",
        "The 5500M chipset is toasty, and the RAM is too, the reviewer found.",
        "Moreover: the installation consists of 1.000 led lights made of recycled plastic.",
        # model numbers and inch marks had been tabled as counts
        "The Series 3 features an aluminum case and a brighter screen than before.",
        "Fortunately, the price of the Airpods 2 has dropped today to the lowest price yet.",
        'Today only: a 70" Element 4K UHD Smart HDTV with Roku for the holidays.',
        "A family friend spotted the sedan and called 911.",
        "San Antonio is the home of five time NBA champion Tim Duncan.",
        "Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol. 2015; 28: 685-690.",
        "The Chromecast is the only device that supports 4K streaming at release.",
        "Victor Burton, of 3170 W. County Road 600S, was arrested by a deputy.",
        "Lawmakers do not expect to boost school funding until at least 2021.",
        "I believe the #1 enemy of online progress is the flood of information.",
        "Apple devices with Wi-Fi 6 support are arriving this autumn.",
        # a model or a series after an acronym ("US RTX 3080 resellers" had been 3,080 resellers)
        "US RTX 3080 resellers at a glance: eBay, StockX and Newegg all list the cards.",
        "Impressively, that beats the VEGA 20 graphics from the previous design.",
        "AirPods 2 dropped to an all-time low on Amazon.",  # a brand-shaped name's model
        "A crackdown sparks a year or two of international fury.",  # about one, not two
        "Push your fingers into the soil about an inch or two deep.",
        "When one or two people dominated the conversation, the group did worse.",  # a few, not two
        "A couple hundred fans waited outside the arena.",  # not a hundred
        # a name's number before a plural, a figure's or a commit's label, a port (briefing the audit pages)
        "Stafford, a member of the Apollo 10 crew, responded to the question.",
        "And over time, developers saw a flurry of Python 3 patches from the team.",
        "Wireless routers that support Wi-Fi 6 devices are markedly more expensive.",
        "The same result holds for the larger sample (See Fig. 1 above).",
        "Both children of rev 1 were dropped from the repository by the merge.",
        "Point the client at https://3pp.io:4439/oauth/michiel to log in with the token.",
        "The server listens on port 8080 for requests from the local network.",
        "The request goes to Host: 3pp.io:4439 with the token in its header.",
        # a web server's status codes
        "A sudden increase in 400 status code: you may have a problem in the client.",
        "The request must fail with a 412 response code if the document exists.",
        "If no document exists at that path, the response would have a 404.",
        "And the server may respond with a 304 Not Modified status to the client.",
    ],
)
def test_not_key_figures(sentence):
    assert figures_of(sentence) == []


def test_names_and_age_limits_do_not_hide_real_figures():
    figures = figures_of("The woman has two children under five by two different fathers, the court heard.")
    assert [f.value for f in figures] == [2, 2]
    figures = figures_of("Wenger said he was happy with the £32million Chile forward, who has scored 19 goals.")
    assert [(f.value, f.unit) for f in figures] == [(32_000_000, "money"), (19, "count")]
    figures = figures_of("More than 200 Yazidis were released on Wednesday, Kurdish officials said.")
    assert [(f.value, f.unit) for f in figures] == [(200, "people")]


def test_a_name_opening_a_sentence_takes_its_number_when_the_article_writes_the_pair_as_a_name():
    text = "Thunderbolt 3 docks start at $199 retail. We tested an 87W Thunderbolt 3 dock for a week."
    assert [(f.value, f.unit) for f in figures_of(text)] == [(199, "money")]
    # the same opening counts when the article never writes the pair inside a sentence, and a
    # number after a place before a plural counts too
    assert [f.value for f in figures_of("Yesterday 300 workers walked out of the plant in protest.")] == [300]
    assert [f.value for f in figures_of("In Britain 300 people die of the disease each year.")] == [300]


def test_a_ranges_first_end_counts_what_its_second_end_counts():
    text = "The jet is a longer variant of the Dreamliner, seating 242 to 330 passengers in two classes."
    ends = [(f.value, f.qualifier, f.unit, f.subject) for f in figures_of(text)][:2]
    assert ends == [(242, "at least", "people", "passengers"), (330, "at most", "people", "passengers")]


def test_a_temperature_after_a_capital_c_or_f_only_in_a_sentence_about_heat_or_weather():
    assert [(f.text, f.value, f.unit) for f in figures_of("Temperatures reached 30C in London on Tuesday.")] == [
        ("30C", 30, "measure")
    ]
    # spaCy's small model calls "86F" a date
    assert [(f.text, f.unit) for f in figures_of("It was 86F in Miami, the hottest day of the year.")] == [("86F", "measure")]
    assert figures_of("She has lived in flat 4C with her son since the spring.") == []
    assert figures_of("The iPhone 5C was cheaper than the model it replaced.") == []


def test_a_height_in_feet_and_inches_is_not_cut_to_its_feet():
    assert figures_of("The striker, who is 6ft 2in, joined the club from Leeds.") == []
    assert figures_of("The suspect is 5 feet 9 inches tall, police said.") == []
    text = "The wall is 10 feet high and 3 inches thick along the road."
    assert [(f.text, f.unit) for f in figures_of(text)] == [("10 feet", "measure"), ("3 inches", "measure")]


def test_requests_a_server_handles_still_count():
    assert [f.value for f in figures_of("The server handled 500 requests a second at the peak.")] == [500]


def test_who_did_the_killing_is_no_count_of_the_killed():
    figures = figures_of("Two gunmen killed three people in the attack on the market.")
    assert [(f.value, f.subject, f.category) for f in figures] == [(2, "gunmen", "other"), (3, "people killed", "killed")]
    figures = figures_of("Six died in the crash and five were rescued from the rubble.")
    assert [(f.value, f.category) for f in figures] == [(6, "killed"), (5, "rescued")]


def test_the_dead_and_the_wounded_a_number_leaves_say_what_it_counts():
    figures = figures_of("The bombing left at least 14 people dead and 30 wounded, officials said.")
    assert [(f.value, f.subject, f.category) for f in figures] == [
        (14, "people dead", "killed"), (30, "people wounded", "injured")
    ]
    figures = figures_of("The flood left 200 homeless and 3 missing in the valley.")
    assert [(f.subject, f.category) for f in figures] == [("people displaced", "displaced"), ("people missing", "missing")]
    # an adjective before the noun is no state of the counted
    assert [(f.subject, f.category) for f in figures_of("Three dead whales washed up on the beach.")] == [("dead whales", "other")]


def test_people_forced_from_their_homes_are_displaced():
    text = "Heavy rain flooded the town on Monday, forcing about 1,200 residents from their homes, the council said."
    assert [(f.subject, f.category) for f in figures_of(text)] == [("residents displaced", "displaced")]
    text = "The council said about one million people had now been forced from their homes."
    assert [(f.subject, f.category) for f in figures_of(text)] == [("people displaced", "displaced")]
    # forced from anything else is no displacement
    assert [f.category for f in figures_of("The ban forced 300 workers from the industry last year.")] == ["personnel"]


def test_a_number_word_opening_a_sentence_in_lower_case_is_a_name():
    # the Python package "six", in a Mercurial developer's post
    assert figures_of("six probably would have saved some work for the team.") == []


def test_a_month_a_few_words_before_a_number_does_not_make_it_a_day():
    text = "Inflation rose to 8.5% in March from 7.9% in February, the statistics office said."
    assert [f.value for f in figures_of(text)] == [pytest.approx(8.5), pytest.approx(7.9)]
    assert figures_of("The vote is on May 13 and the results follow on 14 May.") == []


def test_a_sum_with_its_currency_sign_is_no_name_whatever_the_entity_recogniser_says():
    # spaCy's small model calls "€390bn" an organisation here
    figures = figures_of("The EU agreed a €750bn recovery fund, of which €390bn will be grants.")
    assert [(f.value, f.currency) for f in figures] == [(750e9, "EUR"), (390e9, "EUR")]


def test_the_label_of_the_next_glued_caption_is_no_subject():
    text = ("The jet is one of the most luxurious private planes ever built, with the price tag believed to "
            "have reached a total of £400million Sofa: Parts of the plane are set aside for guests.")
    assert [(f.value, f.subject) for f in figures_of(text) if f.kind == "figure"] == [(400e6, "")]
    # a noun before a colon that opens a list is the subject
    text = "This post is logically divided into two sections: a mostly factual recount and a commentary."
    assert [f.subject for f in figures_of(text)] == ["sections"]


def test_an_earlier_value_says_when_it_was_true():
    text = "The firm posted a quarterly profit of £1.2bn, up from £800m a year earlier, and its shares jumped."
    assert [(f.value, f.subject) for f in figures_of(text)] == [
        (1.2e9, "quarterly profit"), (800e6, "quarterly profit a year earlier")
    ]
    # ...and, with no subject of its own, is of what the current value in its clause is of
    text = "Debt will eat up 13 percent of spending, up from 6.6 percent in 2017, the office said."
    assert [f.subject for f in figures_of(text)] == ["of spending", "of spending in 2017"]
    # the start of a change is no earlier value with a time of its own (the new value is the sales')
    assert [f.subject for f in figures_of("Sales rose from 5 to 7 percent in 2019 across the region.")] == ["", "Sales"]


def test_an_earlier_value_in_a_month_or_quarter_is_of_what_the_current_one_is_of():
    text = "Inflation in the eurozone slowed to 2.9% in October from 4.3% in September, Eurostat said."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(2.9, "Inflation"), (4.3, "Inflation in September")]
    text = "Output rose 2.1% in the third quarter, compared with 1.5% in the second quarter, officials said."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(2.1, "Output"), (1.5, "Output in the second quarter")]
    text = "Sales rose to $5.2 billion from $4.8 billion in the same quarter last year, the company said."
    assert [f.subject for f in figures_of(text)] == ["Sales", "Sales in the same quarter last year"]
    # another clause's value is another thing's: its own verb's subject with the time, not "Exports"
    text = "Exports rose 4% in May, while imports fell from 3% in April, the ministry said."
    assert [f.subject for f in figures_of(text)] == ["Exports", "imports in April"]
    # a month with a day after it is a date, not an earlier value's time
    text = "Prices rose to 5% from 4% in May 12 trading, the exchange said."
    assert "4% in May" not in " ".join(f"{f.text} {f.subject}" for f in figures_of(text))


def test_above_and_below_bound_a_figure():
    # (a sentence that fears the toll "could rise above 100" is a projection, no longer tabled: the bound is
    # tested on one that says it did)
    assert [(f.text, f.qualifier) for f in figures_of("Officials said the toll rose above 100 by Friday.")] == [
        ("above 100", "at least")
    ]
    assert [(f.text, f.qualifier) for f in figures_of("Temperatures fell below 5 degrees across the north.")] == [
        ("below 5 degrees", "at most")
    ]
    # after the number, "above" says where
    assert [(f.text, f.qualifier) for f in figures_of("The peak stands 3,000 feet above sea level.")] == [("3,000 feet", "exact")]


def test_a_dash_between_counts_of_people_is_a_range_not_a_score():
    figures = figures_of("An estimated 300-400 people gathered outside parliament on Sunday.")
    assert [(f.value, f.qualifier) for f in figures] == [(300, "approximately"), (400, "approximately")]
    # spaCy's small model dates "Between 20-30"
    figures = figures_of("Between 20-30 protesters were arrested by police in the capital.")
    assert [(f.value, f.qualifier) for f in figures] == [(20, "at least"), (30, "at most")]
    # scores and years stay out
    assert figures_of("Chelsea won 3-1 at Burnley on Saturday afternoon.") == []
    assert figures_of("In 1990-1995 prices rose faster than wages in the region.") == []
    assert [f.value for f in figures_of("It announced an order of 50 Airbus A350-900 jets on Monday.")] == [50]


def test_a_tally_is_no_range():
    figures = figures_of("The measure passed 52 to 48, with two Republicans joining the Democrats.")
    assert [(f.value, f.qualifier) for f in figures][:2] == [(52, "exact"), (48, "exact")]


def test_whom_a_sum_was_taken_from_is_not_what_it_is():
    text = "Prosecutors say the scheme defrauded 3,000 investors of more than $50 million over four years."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(3000, "investors"), (50e6, "")]
    assert [f.subject for f in figures_of("He has a net worth of $17 million, the magazine said.")] == ["net worth"]
    # (spaCy's small model makes the year a number of the growth)
    text = "Home Depot sees fiscal year 2019 sales growth of 1.8 percent, the retailer said."
    assert [f.subject for f in figures_of(text) if f.unit == "percent"] == ["sales growth"]


def test_a_time_of_day_in_a_wire_story_is_no_figure():
    assert figures_of("The ceasefire is due to take effect at 0600 local time (0300 GMT).") == []
    assert figures_of("The strike begins at 0900 CET on Friday across the country.") == []


def test_a_footnote_marker_is_no_figure():
    text = "Samoan is the most widely spoken non-official language (2.2%),[n 10] followed by Hindi (1.7%)."
    assert [f.value for f in figures_of(text)] == [pytest.approx(2.2), pytest.approx(1.7)]


def test_a_currency_code_before_a_number_is_no_model_name():
    figures = figures_of("The council set aside TTD 500 grants for each of the families, the mayor said.")
    assert [f.value for f in figures] == [500]


def test_range_takes_the_unit_of_its_second_number():
    figures = figures_of("The boy fell between 10 and 12ft into the pit, the zoo said on Saturday.")
    assert [(f.value, f.unit) for f in figures] == [(10, "measure"), (12, "measure")]
    figures = figures_of("Prices rose by between 3 and 4 per cent in the year to March, data showed.")
    assert [(f.value, f.unit) for f in figures] == [(3, "percent"), (4, "percent")]


def test_a_label_before_a_number_is_its_subject():
    figures = figures_of(
        "Chelsea have made an offer for the forward. "
        "Club: FC Tokyo Appearances: 37 Goals: 16 International caps (Japan): 11 International goals: 1."
    )
    subjects = {f.value: f.subject for f in figures}
    assert subjects[37] == "Appearances" and subjects[16] == "Goals"
    assert subjects[11] == "International caps (Japan)" and subjects[1] == "International goals"
    # a number with its own noun keeps it: the heading is no label of the tips
    tips = figures_of("Bougainvillea needs little water.\n\nCheck Out: 12 Tips on Bougainvillea Watering in summer.")
    assert [f.subject for f in tips] == ["Tips"]


def test_a_weight_in_pounds_is_not_money():
    figures = figures_of("It will deliver more than 4,300 pounds (1,950 kilograms) of supplies to the station.")
    assert [(f.value, f.unit, f.currency) for f in figures] == [(4300, "measure", None), (1950, "measure", None)]


def test_the_saying_verb_that_governs_the_number_gives_its_source():
    figures = figures_of(
        "Turkey said it would keep reinforcing its posts in Idlib, and the Turkish defence ministry "
        "said 7000 troops were now deployed in the area."
    )
    assert [(f.value, f.attribution) for f in figures] == [(7000, "Turkish defence ministry")]
    figures = figures_of("Three of the militants were killed by Iranian forces on Monday, the state-run news agency IRNA reported.")
    assert [f.attribution for f in figures] == ["IRNA"]
    figures = figures_of("Heavy rain flooded the town on Monday, forcing about 1,200 residents from their homes, the regional council said.")
    assert [f.attribution for f in figures] == ["regional council"]


def test_a_noun_in_another_nouns_phrase_does_not_take_its_verb():
    # found reading a digest: "21 cities killed"
    figures = figures_of("At least 106 protesters in 21 cities have been killed, according to credible reports.")
    assert [(f.value, f.subject) for f in figures] == [(106, "protesters killed"), (21, "cities")]
    figures = figures_of("The crash killed a total of 346 people, the report said.")
    assert [(f.value, f.subject) for f in figures] == [(346, "people killed")]


def test_a_number_that_says_when_or_where_something_was_said_is_not_said():
    # found sampling 40 tabled figures: the crowd had been tabled as the coach's figure
    figures = figures_of(
        "“He is getting a little bit of confidence back,” Boudreau said before the Wild’s win over the Sabres "
        "in front of 15,522 in KeyBank Center."
    )
    assert [(f.value, f.attribution) for f in figures] == [(15_522, None)]
    figures = figures_of("Police chief Ed Alvarez told reporters at a news conference that officials received 911 calls about two men.")
    assert [(f.value, f.attribution) for f in figures] == [(2, "Ed Alvarez")]


def test_more_saying_verbs_give_a_source_but_not_a_deed_or_a_confession():
    # found auditing the 390 dev and unseen texts: 14 figures had no source though someone
    # "explained", "stressed", "testified" or "recounted" them
    figures = figures_of("Sherine Abed, a doctor, explained that there were 22 infants in the neonatal ward.")
    assert [f.attribution for f in figures] == ["Sherine Abed"]
    figures = figures_of("Last month, the authority testified to the City Council that it had reached 67 percent of residents.")
    assert [f.attribution for f in figures] == ["authority"]
    figures = figures_of("The governor declared a state of emergency in 12 counties.")
    assert [f.attribution for f in figures] == [None]
    figures = figures_of(
        "Rebbie admitted to filming 15 victims in the house, according to the Pottstown Mercury."
    )
    assert [f.attribution for f in figures] == ["Pottstown Mercury"]


def test_the_ends_of_a_range_bound_the_figure_but_a_change_has_two_exact_values():
    # found reading 40 randomly chosen figures of the 390 texts: "some 30 to 40 guests" had
    # tabled "40 guests" as exact
    ends = lambda text: [(f.text, f.qualifier) for f in figures_of(text)]  # noqa: E731
    assert ends("Some 30 to 40 guests were allowed in.") == [("Some 30", "approximately"), ("40", "approximately")]
    assert ends("The house has a guide price of between £200,000 and £250,000.") == [
        ("£200,000", "at least"), ("£250,000", "at most")
    ]
    assert ends("Prices range from $699.99 to $849.99, depending on the model.") == [
        ("$699.99", "at least"), ("$849.99", "at most")
    ]
    assert ends("The Dreamliner seats 242 to 330 passengers.") == [("242", "at least"), ("330", "at most")]
    # a change: both values are exact; so are two things
    assert ends("Tariffs were increased from 10% to 25% in May.") == [("10%", "exact"), ("25%", "exact")]
    assert ends("Revenue rose 3.5 percent to $27.2 billion.") == [("3.5 percent", "exact"), ("$27.2 billion", "exact")]
    assert ends("It offers 335 horsepower and 517 lb-ft of torque.") == [("335 horsepower", "exact"), ("517 lb-ft", "exact")]


def test_a_qualifier_reaches_a_conversion_and_a_number_of_the_same_kind_only():
    # found reading 40 randomly chosen tabled figures of the 390 texts
    quals = lambda text: [(f.text, f.qualifier) for f in figures_of(text)]  # noqa: E731
    assert quals("The cat had traveled more than 1,200 miles (1,931 kilometers) from Oregon.") == [
        ("more than 1,200 miles", "at least"), ("1,931 kilometers", "at least")
    ]
    # "over" counts the lawyers, not the money
    assert quals("Twenty-two months, over 20 lawyers and investigators and $35 million later, Mueller folded.") == [
        ("over 20", "at least"), ("$35 million", "exact")
    ]
    assert quals("Carlineo faces up to a $250,000 fine.") == [("up to a $250,000", "at most")]
    assert quals("Warm days (70°-85° Fahrenheit) and cool nights (60°-70° Fahrenheit) suit it.") == [
        ("70°", "at least"), ("85°", "at most"), ("60°", "at least"), ("70°", "at most")
    ]


def test_a_saying_verb_in_an_aside_is_no_source_for_the_sentence():
    # found reading 40 randomly chosen tabled figures of the 390 texts
    figures = figures_of(
        "The proposition received approximately 24,000 more yes votes than the other one, for which Lee said he is thankful."
    )
    assert [f.attribution for f in figures] == [None]
    figures = figures_of("Three cases of plague have been diagnosed in China, though officials say the risk is low.")
    assert [f.attribution for f in figures] == [None]
    figures = figures_of("As Gupta noted at the time, the risk of a heart attack was 12 percent.")
    assert [f.attribution for f in figures] == ["Gupta"]


def test_a_subject_never_repeats_the_figure():
    figures = figures_of("The union is asking for a 6 per cent pay rise, and the boat sank 80 miles off the coast.")
    # "per cent", "miles" said nothing more; what the percentage is of does
    assert [(f.text, f.subject) for f in figures] == [("6 per cent", "pay rise"), ("80 miles", "")]


def test_a_plural_before_this_season_still_counts():
    figures = figures_of("Kane has scored 14 Premier League goals this season for his club.")
    assert [(f.value, f.unit) for f in figures] == [(14, "count")]


def test_a_model_number_after_a_count_is_a_name():
    figures = figures_of("Its fleet of roughly 400 737 Max jets around the world have been grounded.")
    assert [(f.value, f.qualifier) for f in figures] == [(400, "approximately")]


def test_ounces_are_a_measure():
    figures = figures_of("The lunch is 4 oz. cooked chicken with a salad.")
    assert [(f.value, f.unit, f.text) for f in figures] == [(4, "measure", "4 oz")]


def test_millimetres_are_a_measure():
    figures = figures_of("The storm dumped about 2 inches (50.8 millimeters) of rain on Tuesday.")
    assert [(f.value, f.unit) for f in figures] == [(2, "measure"), (50.8, "measure")]


def test_torque_in_pound_feet_and_each_measure_its_own_qualifier():
    figures = figures_of("The Sportback is just over 16 feet long and six feet wide, with 414 lb-ft of torque.")
    assert [(f.text, f.qualifier) for f in figures] == [
        ("just over 16 feet", "at least"), ("six feet", "exact"), ("414 lb-ft", "exact"),
    ]


@pytest.mark.parametrize(
    "sentence, subjects",
    [
        ("The union is asking for a 6 per cent pay rise; the port operators have offered 3 per cent.", ["pay rise", ""]),
        ("The company reported a 12 percent jump in profit.", ["jump in profit"]),
        # what fell, with its modifiers ("drop" alone had said nothing)
        ("Orbis reported a 15% drop in quarterly revenue as carmakers cut orders.", ["drop in quarterly revenue"]),
        ("The firm saw a 12% fall in pre-tax profit.", ["fall in pre-tax profit"]),
        ("Unemployment fell to 3.5 percent in October.", ["Unemployment"]),
        ("Turnout was 62 percent, the highest since 1990.", ["Turnout"]),
        ("About 40% of voters backed the plan.", ["of voters"]),
        ("Truth: 45% of NFL fans are female.", ["of NFL fans"]),  # the "of" phrase, not the label
        ("Three-month aluminum on the London Metal Exchange lost 0.06% to $1,737.00 a tonne.", ["Three-month aluminum"] * 2),
        # the object changes, not the subject: "tariffs" would be wrong (test_a_change_by_an_amount_is_its_objects_change)
        ("The tariffs imposed so far would reduce GDP by 0.25 percent, the office said.", ["GDP"]),
        ("Home Depot shares are up about 40% year to date.", [""]),  # not "year"
        # the range's first end shares what the second is of (_one_thing)
        ("Depending on the season, vehicles contribute 40 to 80 percent of the region's pollution.", ["of the region's pollution", "of the region's pollution"]),
        ("Marie Yovanovitch has a net worth of $17 million, the tweet claimed.", ["net worth"]),
        ("U.S. agricultural exports to China dropped to $9.1 billion in 2018.", ["agricultural exports to China"]),
        ("The retail price on this configuration is $3,299.", ["retail price"]),
        ("The managers received up to £3,500 in bonuses.", ["bonuses"]),  # who got it is not what it is; bonuses are
        ("Farmers were paid to the tune of $28 billion over two years.", [""]),
        ("Normally you would be paying $7.99/mo for this service.", [""]),
        # a price: what costs or sells for it, never the buyer or the seller
        ("The campaign, which includes TV ads, cost the state roughly $449,000, the paper said.", ["campaign"]),
        ("A dress worn by Vivien Leigh has fetched $137,000 at auction.", ["dress"]),
        ("The auction house sold it for 24.4 million euros in 2014.", [""]),
        ("One costs $599 and the other costs $649.", ["", ""]),
        # what a sum totals or tops is the verb's subject: not one who paid or got it
        ("Student loan obligations in this country total $1.5 trillion, researchers say.", ["Student loan obligations"]),
        ("Revenues from the tariffs have totaled about $63 billion through June.", ["Revenues"]),
        # (the payer with its verb says what the sum is: "fund paid", not "fund"; it had been blank)
        ("The fund paid $2 million to the victims.", ["fund paid"]),
        # a modifier's own modifier is part of what it is, unless that is a name (the event's)
        ("Problematic cannabis use rose to 37 percent.", ["Problematic cannabis use"]),
        ("He won the 200 yard Individual Medley state title.", [""]),
        # a count with no noun of its own: the same rules, but never the noun it is "of"
        ("The state's confirmed caseload of Covid-19 is nearly 162,000, of whom 7,844 have died.", ["confirmed caseload of Covid-19", "people died"]),
        ("Ten of the 18 staffers who reported for duty were working overtime.", ["of the 18 staffers", "staffers"]),
        ("She is a Choctaw mother of two now living in Los Angeles.", [""]),
        ("The researchers compared the weight and height of more than 12,000 healthy children.", ["healthy children"]),
        ("The former mayor argued that 95% of “murders and murderers and murder victims” were young men of color.", ["of murders"]),  # not 'of “murders'
    ],
)
def test_a_percentage_or_a_sum_says_what_it_is_of_or_nothing(sentence, subjects):
    assert [f.subject for f in figures_of(sentence)] == subjects


def test_a_hyphenated_modifier_is_kept_whole_but_not_the_numbers_own():
    subjects = lambda text: [f.subject for f in figures_of(text)]  # noqa: E731
    assert subjects("The soldier was freed in a prisoner swap for three high-ranking insurgents.") == ["high-ranking insurgents"]
    assert subjects("The cuts would eliminate 195,600 full-time-equivalent jobs.") == ["full-time-equivalent jobs"]
    every = extract_figures(analyse(from_text("He signed a five-year deal and bought a 302-horsepower car.", "t")))
    assert [(f.text, f.subject) for f in every] == [("five", "year"), ("302-horsepower", "car")]  # not "five-year"


def test_a_term_and_a_multiplier_are_not_counts():
    every = lambda text: [(f.text, f.kind) for f in extract_figures(analyse(from_text(text, "t")))]  # noqa: E731
    assert every("A major drawback to 3-D printing is its pace.") == [("3", "name")]
    assert every("Aim to save 25 to 30 times your annual expenses.") == [("25", "ratio"), ("30", "ratio")]
    assert [f.subject for f in figures_of("Blend 1 scoop Shakeology and 8 oz. water.")] == ["water"]


def test_ratios_versions_and_glued_list_numbers_are_not_counts():
    kinds = lambda text: [(f.text, f.kind) for f in extract_figures(analyse(from_text(text, "t")))]  # noqa: E731
    assert kinds("It is one of the best 16:9 gaming monitors.") == [("one", "vague"), ("16", "ratio")]
    assert kinds("Stunnel 4.x has been stable for a long time.") == [("4", "name")]
    assert kinds("8.Lori Kelly") == []  # a list item run into the name
    watts = figures_of("Production is going from 175 gigawatts to 450 gigawatts, about 2.8 gigawatt-hours a day.")
    assert [(f.text, f.unit) for f in watts] == [("175 gigawatts", "measure"), ("450 gigawatts", "measure"),
                                                 ("about 2.8 gigawatt-hours a day", "measure")]


def test_pounds_weigh_in_an_article_that_counts_its_money_in_dollars():
    units = lambda text: [(f.text, f.unit) for f in figures_of(text)]  # noqa: E731
    dollars = "Fresh halibut sells for $24 a pound at the market, traders said.\n\n"
    assert units(dollars + "The fishery is capped at 29.4 million pounds this year.") == [
        ("$24 a pound", "money"), ("29.4 million pounds", "measure")  # a price per pound (a rate)
    ]
    assert units(dollars + "Beirut's bakers now pay 1,500 Lebanese pounds for a bag of flour.")[-1] == ("1,500 Lebanese pounds", "money")
    assert units(dollars + "The club was fined 5 million pounds ($6.5 million) on Monday.")[1] == ("5 million pounds", "money")
    sterling = "The shop charges £5 for a loaf, its owner said.\n\n"
    assert units(sterling + "The club was fined 5 million pounds on Monday.")[-1] == ("5 million pounds", "money")
    assert units("The club was fined 5 million pounds on Monday, the league said.") == [("5 million pounds", "money")]
    pence = "Petrol rose by 5p a litre, and a US tanker's cargo sold for $2 million.\n\n"
    assert units(pence + "The club was fined 5 million pounds on Monday.")[-1] == ("5 million pounds", "money")


def test_a_year_cut_to_two_digits_is_no_figure():
    assert figures_of("It did not hurt the way it did when he ran afoul of Bush in ’91.") == []
    assert figures_of("The ’94 team won 12 games, the coach said.")[0].value == 12
    assert [f.text for f in figures_of("He said '17% of voters' would back the plan.")] == ["17%"]


def test_a_journals_volume_issue_and_pages_are_no_figures():
    # a Wikipedia reference list had tabled "323" of "Science. 323 (5913): 527–530."
    assert figures_of("Trends in Ecology & Evolution. 8 (12): 429.\n\nScience. 323 (5913): 527–530.") == []
    assert figures_of("The quotient is defined as:[3]:p. 234 in the textbook.") == []
    assert [f.value for f in figures_of("Officials said 323 people (5 of them children) were evacuated.")] == [323, 5]


def test_names_before_the_counted_noun_horsepower_and_code_values():
    assert [f.subject for f in figures_of("Two United States service members have been killed.")] == [
        "United States service members killed"
    ]
    assert [(f.text, f.unit) for f in figures_of("The motor gives the car 355 horsepower.")] == [("355 horsepower", "measure")]
    assert extract_figures(analyse(from_text("Set default_days = 365 in the file.", "t"))) == []


def test_a_share_out_of_a_whole_is_a_ratio_not_a_count():
    kinds = lambda text: [(f.text, f.kind) for f in extract_figures(analyse(from_text(text, "t")))]  # noqa: E731
    assert kinds("Eight out of ten companies are writing custom apps.") == [("Eight", "ratio"), ("ten", "ratio")]
    assert kinds("Two out of every three voters agreed.") == [("Two", "ratio"), ("three", "ratio")]
    assert kinds("The raid left 200 out of work.") == [("200", "figure")]


def test_who_says_so_is_neither_cut_at_an_abbreviation_nor_someone_who_added_a_goal():
    jet = figures_of("A Russian jet flew within 100 feet of the plane, according to U.S. officials who called it dangerous.")
    assert [f.attribution for f in jet] == ["U.S. officials"]
    game = figures_of("Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15 rebounds.")
    assert [f.attribution for f in game] == [None, None]


def test_the_figure_is_not_repeated_in_what_it_counts_and_triple_zero_is_a_phone_number():
    assert [f.subject for f in figures_of("The master bedroom of the £400million plane has a huge bed.")] == ["plane"]
    calls = extract_figures(analyse(from_text("He told the court that the triple 0 calls proved his mood changed.", "t")))
    assert [(f.text, f.kind) for f in calls] == [("0", "name")]


def test_worth_of_and_a_bare_number_in_brackets():
    assert [f.subject for f in figures_of("Tariffs on $360 billion worth of Chinese goods will stay.")] == ["of Chinese goods"]
    votes = extract_figures(analyse(from_text("Amy Klobuchar (17) and Elizabeth Warren (12) lead, followed by Biden (11).", "t")))
    assert {f.kind for f in votes} == {"vague"}  # counts of nothing the sentence names


def test_a_surname_shaped_like_a_brand_names_no_model():
    from briefgen.extract.figures import _ACRONYM_BEFORE

    assert _ACRONYM_BEFORE.search("the new AirPods ") and _ACRONYM_BEFORE.search("in the iPhone ")
    assert _ACRONYM_BEFORE.search("Rory McIlroy ") is None and _ACRONYM_BEFORE.search("Bryson DeChambeau ") is None


def test_a_forecast_is_its_makers_figure_when_it_has_a_maker():
    figures = figures_of("The International Monetary Fund projected consumer prices would rise by 7.3 percent this year.")
    assert [(f.value, f.attribution) for f in figures] == [(7.3, "International Monetary Fund")]
    figures = figures_of("Consumer prices are projected to rise by 7.3 percent this year, the bank's forecasters added.")
    assert [(f.value, f.attribution) for f in figures] == [(7.3, "forecasters")]  # the sayer, not the passive forecast
    figures = figures_of("Consumer prices are projected to rise by 7.3 percent this year.")
    assert [(f.value, f.attribution) for f in figures] == [(7.3, None)]  # a passive forecast names no maker
    # (what a report shows is the report's: this sentence had read None before "shows" named a source)
    figures = figures_of("Consumer prices are projected to rise by 7.3 percent this year, the bank's report shows.")
    assert [(f.value, f.attribution) for f in figures] == [(7.3, "report")]


def test_a_local_phone_number_is_no_number_at_all():
    # a Trinidad page's "Contact:" line had given 13 numbers (624, 6456, 225, 8452, …), read as scores
    def found(text: str):
        return [f.text for f in extract_figures(analyse(from_text(text, "t")))]

    assert found("Contact: 624-6456; 225-8452; 225-8458 or 225-8491.") == []
    assert found("Anyone with information is asked to call police at 502-9991.") == []
    assert found("Crowds of 500-1000 people gathered.") == ["500", "1000"]


def test_code_counts_nothing():
    # a Python tutorial's "for i in [1, 2, 3, 4, 5]:" had tabled 1, 2 and 5 (22 such figures on 2 pages)
    for line in (
        "for i in [1, 2, 3, 4, 5]:", "x += 1", "timeout = 600", "$ python3 foo.py 2", "p = Point(0, 1)",
        "chmod 400 /usr/local/ssl/CA/private/*.pem", "$IPTABLES -t nat -A PREROUTING --dport 273",
        "expand file_list to 4000 bytes, matches=0 data=172 wrote 360 bytes",
        "1 # Printed a second time, this one is our call to 'g'",
        "400 │ 2020-08-01 18:00:00+00 │ 24 │ 6.823777205473068 │ t",  # a terminal's table
    ):
        text = f"Loops in Python\n\nA loop over a list is written like this.\n\n{line}\n\nThe loop adds to each item."
        assert [f.text for f in extract_figures(analyse(from_text(text, "t"))) if f.kind == "figure"] == [], line
    assert figures_of("Keep the soil moist until the plant(s) have about 5 leaves.") != []
    # not code: its numbers are read (401 as the plan's name, $19,000 a year as a rate)
    assert extract_figures(analyse(from_text("You can put up to $19,000 a year into a 401(k) plan.", "t"))) != []


def test_a_minus_sign_is_part_of_the_number():
    # "fell to −12 degrees" had been tabled as 12 degrees
    assert [(f.text, f.value) for f in figures_of("Temperatures fell to −12 degrees overnight.")] == [("−12 degrees", -12)]
    assert [f.value for f in figures_of("The index closed at -0.4 percent on Friday.")] == [-0.4]
    assert [f.value for f in figures_of("Prices rose by 5 percent in May.")] == [5]  # no sign, no minus
    assert [f.kind for f in extract_figures(analyse(from_text("T\n\nThe Eagles led 14-7 at halftime.", "t")))] == [
        "score", "score"
    ]


def test_a_hyphenated_range_of_percentages_is_a_range_not_a_score():
    # "grew 3-4%" had been read as a score (and, hyphen aside, "4%" alone as exact)
    assert [(f.text, f.qualifier) for f in figures_of("Wages grew 3-4% last year.")] == [("3", "at least"), ("4%", "at most")]
    assert [(f.text, f.qualifier) for f in figures_of("Prices rose 2.5–3 percent in May.")] == [
        ("2.5", "at least"), ("3 percent", "at most")
    ]


def test_a_number_before_a_models_suffix_is_a_model():
    # a MacRumors page had tabled "11 | Pro models"; "$549 Plus $50 Dell eGift Card" is a price
    assert figures_of("Night mode uses the new wide-angle camera that's in the iPhone 11 and 11 Pro models.") == []
    assert [f.text for f in figures_of("The LG 4K Smart HDTV is now $549 Plus $50 Dell eGift Card.")] == ["$549", "$50"]


def test_a_screen_size_in_a_models_name_is_no_measurement():
    # a review of "the 16-inch MacBook Pro" had tabled "16-inch" 27 times, with no What
    assert figures_of("The 16-inch MacBook Pro is a heck of a lot like the old 15-inch MacBook Pro.") == []
    assert [f.text for f in figures_of("Apple's 12.9-inch iPad Pro drops to $799.")] == ["$799"]
    assert [f.text for f in figures_of("The phone has a 6.1-inch display and a 4,000mAh battery.")][:1] == ["6.1-inch"]


def test_a_rate_per_second_keeps_its_unit():
    # a blog on JSON parsers had tabled "about 0.1 GB | s" and "2 GB | s." for "0.1 GB/s", "2 GB/s."
    rows = [(f.text, f.subject) for f in figures_of(
        "The easier-to-use library has a speed of about 0.1 GB/s, so about 20x slower. "
        "We can easily read files from disk at speeds higher than 2 GB/s."
    )]
    assert rows == [("about 0.1 GB/s", "speed"), ("higher than 2 GB/s", "")]  # ("higher than": at least)


def test_plus_a_second_amount_is_an_addition_and_added_to_is_no_saying():
    # found reading a digest of 10 random pages
    price = figures_of("The LG 4K Smart HDTV is now $549 Plus $50 Dell eGift Card.")
    assert [(f.text, f.qualifier) for f in price] == [("$549", "exact"), ("$50", "exact")]
    assert [f.qualifier for f in figures_of("He has scored 50 plus goals this season.")] == ["at least"]
    swim = figures_of(
        "Trinity Academy junior Ben Patton added to his collection of state titles, winning the 200 yard "
        "Individual Medley state title."
    )
    assert [f.attribution for f in swim] == [None]


def test_an_estimates_bounds_after_a_change_verb_are_a_range():
    # "risen some 30 to 50ft" had tabled "50ft" as exact (found in a sample of 40 tabled figures)
    mass = figures_of("The mass, which has risen some 30 to 50ft above sea level, is 100ft wide.")
    assert [(f.text, f.qualifier) for f in mass][:2] == [("some 30", "approximately"), ("50ft", "approximately")]
    change = figures_of("Revenue rose 3.5 percent to $27.2 billion.")
    assert [f.qualifier for f in change] == ["exact", "exact"]


def test_a_stages_number_set_off_by_commas_is_a_label():
    # "3 | Marcus" had been tabled (found in a sample of 30 attributed figures)
    blackouts = figures_of("The final stage, 3, the rolling blackouts, began at 6:30 p.m., Mr. Marcus said.")
    assert [f.text for f in blackouts] == []
    assert [f.kind for f in extract_figures(analyse(from_text("T\n\nShe had sex with a pupil, 15, in her car.", "t")))] == ["age"]


def test_a_bound_on_a_named_measure():
    # "walkers up to a width of 60cm" had been tabled as exactly 60cm (found in a sample of 40 tabled figures)
    walkers = figures_of("Wheeled walkers up to a width of 60cm and up to a length of 100cm are allowed.")
    assert [(f.text, f.qualifier) for f in walkers] == [("up to a width of 60cm", "at most"), ("up to a length of 100cm", "at most")]
    assert [f.qualifier for f in figures_of("The drone flew at a height of 120 metres.")] == ["exact"]


def test_two_numbers_joined_by_or_bound_an_amount():
    # "three or four players" had tabled both as exact (found in a sample of 40 tabled figures)
    men = figures_of("Police arrested two or three men on Friday.")
    assert [(f.text, f.qualifier) for f in men] == [("two", "at least"), ("three", "at most")]
    sites = figures_of("Measurements are taken at either 3 or 7 different sites on the body.")
    assert [f.qualifier for f in sites] == ["exact", "exact"]


def test_a_starting_price_is_a_lower_bound():
    # "ecobee thermostats from $139" had been tabled as exactly $139 (found in a sample of 40 tabled figures)
    assert [(f.text, f.qualifier) for f in figures_of("Black Friday pricing on ecobee thermostats from $139.")] == [
        ("from $139", "at least")
    ]
    ranged = figures_of("Prices range from $539 to $899.")
    assert [f.qualifier for f in ranged] == ["at least", "at most"]
    assert [f.qualifier for f in figures_of("Exports fell from $19.5 billion to $9.1 billion.")] == ["exact", "exact"]


# found reading a ScienceAlert brief: "Titan, with a diameter of 3,200 miles" had been tabled
# with nothing under "What"; 79 tabled measures of the 390 texts got a subject this way, each read
def test_a_measure_says_what_it_measures_when_the_parse_does():
    subjects = {f.text: f.subject for f in figures_of(
        "Titan, with a diameter of 3,200 miles, is the second-biggest moon. "
        "Turbine-style 22-inch aluminum-alloy wheels have five aero flaps. "
        "A search of the vehicle yielded nearly 30 grams of methamphetamine."
    )}
    assert subjects == {
        "3,200 miles": "diameter", "22-inch": "aluminum-alloy wheels", "five": "aero flaps",
        "nearly 30 grams": "of methamphetamine",
    }


def test_a_measure_of_a_name_or_of_an_average_has_no_subject():
    subjects = [(f.text, f.subject) for f in figures_of(
        "As iFixit points out, the 16-inch MacBook’s keyboard is virtually identical to the old one. "
        "The diet decreased daily calorie intake by an average of 441 calories. "
        "With a range of up to 4km and battery life of 30 minutes, it is cheap."
    )]
    # "16-inch" names the model (test_a_screen_size_in_a_models_name_is_no_measurement); it had
    # been a measure with "MacBook’s keyboard" as its subject
    assert subjects == [("441 calories", ""), ("up to 4km", "")]


def test_as_high_as_is_a_ceiling_and_as_low_as_a_floor():
    # found reading a dev brief: "has risen as high as 50ft" had been tabled as exactly 50ft
    figures = figures_of(
        "The coastline has risen as high as 50ft from the sea surface. "
        "Retailers match B&H with prices as low as $2,299. "
        "He expects to wring as much as $300 million in savings."
    )
    assert [(f.value, f.qualifier) for f in figures] == [(50, "at most"), (2299, "at least"), (300_000_000, "at most")]


def test_an_inch_mark_before_a_dimension_is_a_measure():
    # found on a deals page: 'measures 22" long and 22" wide' had tabled 22 as a count
    figures = [f for f in extract_figures(analyse(from_text("The set measures 22\" long and 18\" wide.", "t")))]
    assert [(f.text, f.unit) for f in figures] == [("22\"", "measure"), ("18\"", "measure")]


def test_a_count_in_a_short_quoted_phrase_is_a_name():
    # found reading an Express brief: "two | systems | China" had been tabled from the formula
    figures = figures_of(
        "China said it is committed to the “one country, two systems” formula. "
        "Volker said he never used the term \"three amigos\". "
        "“We lost 300 homes in one night,” the mayor said."
    )
    assert [f.value for f in figures] == [300]


def test_a_401k_is_no_count_and_a_range_of_multipliers_is_no_count():
    # found reading a Business Insider brief: "401" had been tabled twice, and "25 | expected annual expenses"
    figures = figures_of(
        "You can contribute up to $19,000 pretax to a 401(k) this year. "
        "He suggests having between 25 and 30 times your expected annual expenses saved."
    )
    assert [f.text for f in figures] == ["up to $19,000"]


def test_a_sums_currency_said_twice_is_not_what_the_sum_is():
    # found reading a PolitiFact brief: "$75.3 billion | dollar" had been tabled
    subjects = {f.text: f.subject for f in figures_of(
        "That would work out to a $75.3 billion dollar hit on economic growth, said Ross Burkhart. An auditor "
        "found that the label owes her $7.9 million dollars. The company reported a $75 billion dollar loss."
    )}
    assert subjects == {"$75.3 billion": "", "$7.9 million": "", "$75 billion": "loss"}


def test_two_numbers_measuring_one_thing_share_what_they_measure():
    # found in a sample of figures tabled with no "What": one end of a range or a conversion
    # had it, the other not
    subjects = {f.text: f.subject for f in figures_of(
        "The bar lets shoppers breathe 80% to 90% pure oxygen. Titan, with a diameter of 3,200 miles (5,150 km), "
        "is a moon. They will have 71 kWh and 95 kWh of battery capacity. The engine makes 335 horsepower and 517 "
        "lb-ft of torque. European pricing will start at 71,350 euro ($78,770) in spring. Problematic cannabis "
        "use rose by 37 percent, from 0.90 percent to 1.23 percent."
    )}
    assert subjects == {
        "80%": "pure oxygen", "90%": "pure oxygen", "3,200 miles": "diameter", "5,150 km": "diameter",
        "71 kWh": "of battery capacity", "95 kWh": "of battery capacity", "335 horsepower": "", "517 lb-ft": "of torque",
        "71,350 euro": "European pricing", "$78,770": "European pricing",
        "37 percent": "Problematic cannabis use", "0.90 percent": "Problematic cannabis use",
        "1.23 percent": "Problematic cannabis use",  # a modifier's modifier too
    }


def test_a_sum_in_goods_is_a_sum_of_those_goods_but_not_where_or_how_it_is_counted():
    # found reading briefs with blank "What" columns: "$156 billion in Chinese consumer goods" had none
    assert [f.subject for f in figures_of(
        "Trump decided against tariffs on some $156 billion in Chinese consumer goods.")] == ["Chinese consumer goods"]
    assert [f.subject for f in figures_of("SoftBank agreed to inject $6.5 billion in debt and equity.")] == ["debt and equity"]
    # where, when and how it is counted say nothing of what it is
    assert [f.subject for f in figures_of("He kept $500 in the bank.")] == [""]
    assert [f.subject for f in figures_of(
        "It is the cheapest device on the market - $0.50 in low volume and less than $0.40 in larger quantities.")] == ["", ""]
    assert [f.subject for f in figures_of("The firm lost $2 billion in the first quarter.")] == [""]


def test_a_sum_in_goods_is_found_after_a_total_and_when_the_verb_holds_the_in():
    # a DailyMail dev article: "handed a total of £1.8 million in bonuses" had a blank "What"; so
    # had "paid $6 million in fines", whose "in" spaCy hangs on the verb
    assert subjects_of("Managers were handed a total of £1.8 million in bonuses.") == ["bonuses"]
    assert subjects_of("The company paid $6 million in fines last year.") == ["fines"]
    assert subjects_of("The startup raised $5 million in funding.") == ["funding"]
    # still not where, when or how: on the verb as on the sum
    assert subjects_of("She spent $500 in the first week.") == [""]
    assert subjects_of("They invested $2 billion in Ohio.") == [""]
    assert subjects_of("He paid $10 in advance.") == [""]


def test_a_share_up_or_down_is_its_subjects_change_and_a_name_stays_whole():
    # market reports: "UK sales were up 6.1 per cent", "… shares closed …, up 0.35%" had blank
    # "What" columns; "Home Depot shares" had been "Depot shares", "the Dow Jones Industrial
    # Average" "Average"
    assert subjects_of("Meanwhile UK sales were up 6.1 per cent on March 2014.") == ["UK sales"]
    assert subjects_of("Profits were down 12% from a year earlier.") == ["Profits"]
    assert subjects_of("Alibaba shares closed on Tuesday at $185.25, up 0.35%.") == [
        "Alibaba shares", "Alibaba shares"]
    assert subjects_of("Home Depot shares are up 39 percent this year.") == ["Home Depot shares"]
    # an object that moved is not the subject's change; a pronoun is no subject
    assert subjects_of("The news sent its shares down 10 per cent in early trading.") == [""]
    assert subjects_of("It is down 5% this week.") == [""]
    # after a number a name is still the number's: the size of a swimming race, not of a title
    assert subjects_of("Patton won the 200 yard Individual Medley state title.") == [""]


def test_another_numbers_hyphenated_modifier_is_part_of_the_subject():
    # a CNN dev article: "a $299 two-speed blender" had been tabled "$299 | speed blender"
    assert subjects_of("She registered for a $299 two-speed blender.") == ["two-speed blender"]
    # the figure's own hyphenated words are still not its subject's
    assert subjects_of("The squad was promised £500,000-a-man bonuses.") == ["bonuses"]
    assert subjects_of("The 302-horsepower system is new.") == ["system"]


def test_a_hyphenated_subject_is_written_as_the_article_writes_it():
    # "86 | triple doubles", "more than 1,300 | lane miles": the hyphen had become a space
    assert subjects_of("Westbrook has 86 triple-doubles in his career.") == ["triple-doubles"]
    assert subjects_of("The city repaved more than 1,300 lane-miles last year.") == ["lane-miles"]
    assert subjects_of("The galaxy is some 230 million light-years away.") == ["light-years"]
    # words apart stay apart
    assert subjects_of("Police arrested 12 young men.") == ["young men arrested"]


def test_a_share_in_brackets_after_a_name_is_that_names():
    # mozilla/readability's Wikipedia page: a list of shares had blank "What" columns
    assert subjects_of(
        "Minority religions grew, such as Hinduism (2.6%), Buddhism (1.1%) and Sikhism (0.5%).") == [
        "Hinduism", "Buddhism", "Sikhism"]
    assert subjects_of(
        "The main trading partners are China (NZ$27.8b), Australia ($26.2b) and Japan ($8.4b).") == [
        "China", "Australia", "Japan"]
    # a conversion, a share of a share, and a bracket after an "of" phrase restate or belong elsewhere
    assert subjects_of("The city could forfeit up to $90m (£59m) in federal money.")[1] == ""
    assert subjects_of("Over half (55%) said yes.") == [""]
    assert subjects_of("Widgets are the most popular product of Outbrain (38%).") == [""]


def test_a_change_by_an_amount_is_its_objects_change():
    # PolitiFact's tariff guide: "would reduce GDP by 0.25 percent" had a blank "What" (the case
    # in test_a_percentage_or_a_sum_says_what_it_is_of_or_nothing)
    assert subjects_of("The company raised prices by 10% last year.") == ["prices"]
    assert subjects_of("A budget bill raised spending by $300 billion over two years.") == ["spending"]
    # a pronoun is no subject, and not every verb with an object changes it
    assert subjects_of("It cut them by 5%.") == [""]
    assert subjects_of("The company beat estimates by 3%.") == [""]


def test_a_category_comes_from_a_whole_word_not_part_of_one():
    # "championships" had been equipment (ship), "based on … children" facilities (base), "planets"
    # equipment (plane)
    categories = lambda text: [f.category for f in figures_of(text)]  # noqa: E731
    assert categories("He has won three championships with the club.") == ["other"]
    assert categories("Based on an estimated 200,000 children in federal care, the rate is high.") == ["other"]
    assert categories("Astronomers found two planets orbiting the star.") == ["other"]
    assert categories("The navy sent four ships to the strait.") == ["equipment"]
    assert categories("Police arrested six people on Monday.") == ["detained"]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The bridge closure is costing the region $53 million a week, the report said.", "$53 million a week"),
        ("Disney’s $6.99-a-month service is stocked with movies and TV shows.", "$6.99-a-month"),
        ("The service will cost around $17.99 per month, analysts said.", "around $17.99 per month"),
        ("Spot gold was at $1,472.19 an ounce on Monday.", "$1,472.19 an ounce"),
        ("The company earned $2.52 a share in the quarter.", "$2.52 a share"),
        ("Prices rose 2% a year over the decade, the agency said.", "2% a year"),
    ],
)
def test_a_sum_per_week_month_ounce_or_share_is_tabled_as_that_rate(sentence, text):
    # a weekly or monthly sum tabled bare reads as a total; with "a month" after it it had been
    # taken for a duration and left out
    tabled = [f.text for f in figures_of(sentence)]
    assert tabled == [text]


def test_a_time_after_a_sum_is_no_rate():
    tabled = [f.text for f in figures_of("Walmart paid $2 billion a year earlier for the chain, the filing shows.")]
    assert "$2 billion a year" not in tabled


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The average price was $39,014, up from $38,373 a year ago.", "$38,373"),
        ("The city will spend $5 million over five years on the park.", "$5 million"),
        ("Subscribers would be saving $60 every year, the analyst said.", "$60 every year"),
    ],
)
def test_a_sum_is_never_a_length_of_time(sentence, text):
    # a time after a sum had made it a duration, left out of the table
    assert text in [f.text for f in figures_of(sentence)]


@pytest.mark.parametrize(
    "sentence, text, subject",
    [
        ("Residents counted 100 dump trucks a day along Lakeview Road.", "100", "dump trucks a day"),
        ("The cluster runs 10,000 async tasks per second at peak.", "10,000", "async tasks per second"),
        ("The drive reaches read speeds of 3150 megabytes per second.", "3150 megabytes per second", None),
        ("Each must post $100,000 bond within a week, the judge ruled.", "$100,000", "bond"),
    ],
)
def test_a_counts_rate_is_part_of_what_it_counts(sentence, text, subject):
    (figure,) = figures_of(sentence)
    assert figure.text == text
    if subject is not None:
        assert figure.subject == subject  # "within a week" is a deadline, not a rate


def test_a_source_keeps_the_modifiers_of_its_modifiers():
    # "Washington-" hangs on "based", not on "analysts": the source had read "based analysts"
    sentence = (
        "Washington-based analysts say China could buy little more than $30 billion of farm goods, "
        "and Inner Mongolia health officials said 12 people were tested."
    )
    assert [f.attribution for f in figures_of(sentence)] == ["Washington-based analysts", "Inner Mongolia health officials"]


def ends_of(text: str) -> list[tuple]:
    """Each tabled figure as (text, value, unit, currency, qualifier)."""
    return [(f.text, f.value, f.unit, f.currency, f.qualifier) for f in figures_of(text)]


def test_a_ranges_bare_first_end_takes_the_scale_and_currency_of_its_second():
    # "$10-12 million" had been $10 (exact) and a count of 12 million: a wrong number in the JSON
    assert ends_of("The company expects revenue of $10-12 million this year.") == [
        ("$10", 10_000_000, "money", "USD", "at least"), ("12 million", 12_000_000, "money", "USD", "at most")
    ]
    assert ends_of("Officials fear the fine could be 10 to 20 million euros.") == [
        ("10", 10_000_000, "money", "EUR", "at least"), ("20 million euros", 20_000_000, "money", "EUR", "at most")
    ]
    # spaCy's small model calls "between 5" a date; no date counts in millions
    assert [f.value for f in figures_of("Officials said between 5 and 7 million people fled.")] == [5_000_000, 7_000_000]
    assert ends_of("It costs $3-5 a bottle.") == [("$3", 3, "money", "USD", "at least"), ("5", 5, "money", "USD", "at most")]
    # the first end must be the smaller: "from 900 to 1.2 million" is 900
    assert [f.value for f in figures_of("Membership grew from 900 to 1.2 million in a decade.")] == [900, 1_200_000]


def test_a_dash_between_amounts_is_a_range_and_between_results_a_score():
    assert [(f.text, f.qualifier) for f in figures_of("The company cut 2,000-3,000 jobs.")] == [
        ("2,000", "at least"), ("3,000", "at most")
    ]
    assert [(f.text, f.qualifier) for f in figures_of("He earns £40,000-£50,000 a year.")] == [
        ("£40,000", "at least"), ("£50,000 a year", "at most")
    ]
    assert [f.value for f in figures_of("The population fell to 350–375 million.")] == [350_000_000, 375_000_000]
    assert [f.text for f in figures_of("Plants ranged from 30-600 MW.")] == ["30", "600 MW"]
    for score in ("Wales beat Hungary 2-0 to earn the 20th spot.", "The Eagles (6-5, 3-4) lost again.",
                  "The car does 0-60 mph in 5 seconds.", "Boeing's 787-9 jet is larger."):
        assert not [f for f in figures_of(score) if f.value in (0, 2, 3, 4, 5, 6, 9, 60, 787)], score


def test_rupees_francs_and_currency_codes_are_money():
    # "Rs 300 for fresh air" (a Delhi story) had been left out as a name, "₹1,200 crore" a count of 1,200
    assert ends_of("Anyone ready to pay Rs 300 for fresh air for 15 minutes can come.") == [
        ("Rs 300", 300, "money", "INR", "exact")
    ]
    assert ends_of("The deal is worth ₹1,200 crore, officials said.") == [
        ("₹1,200 crore", 12_000_000_000, "money", "INR", "exact")
    ]
    assert [f[1:4] for f in ends_of("It cost CHF 200 million.")] == [(200_000_000, "money", "CHF")]
    assert [f[1:4] for f in ends_of("The bank lent USD 5 million to the firm.")] == [(5_000_000, "money", "USD")]
    assert ends_of("Mrs 5 was there.") == []  # "rs" ending another word is no rupee


def test_british_and_reuters_abbreviations_keep_their_units():
    assert ends_of("Inflation rose to 5pc in March.") == [("5pc", 5, "percent", None, "exact")]
    assert ends_of("The firm paid 5.5 pct more.") == [("5.5 pct", 5.5, "percent", None, "exact")]
    assert ends_of("Salaries are £50,000pa for new staff.") == [("£50,000pa", 50_000, "money", "GBP", "exact")]


def test_a_plus_is_a_qualifier_never_what_a_figure_counts():
    assert [(f.text, f.qualifier, f.subject) for f in figures_of("The firm is worth $10 billion-plus.")] == [
        ("$10 billion", "at least", "")
    ]
    assert [f.subject for f in figures_of("Over 10,000+ people signed the petition.")] != ["+"]


def test_a_change_to_a_sum_is_no_range_and_a_conversion_in_miles_is_a_measure():
    # "sales climb 1 per cent to $1.9bn" had tabled "$1.9bn (at most)": a range's ends share a unit
    assert [(f.text, f.qualifier) for f in figures_of(
        "Ralph Lauren saw sales climb 1 per cent to $1.9bn (£1.2bn) in the quarter."
    )] == [("1 per cent", "exact"), ("$1.9bn", "exact"), ("£1.2bn", "exact")]
    # mozilla/readability's Wikipedia page had tabled "199 kilometres | mi"
    assert [(f.text, f.unit, f.subject) for f in figures_of("It has 199 kilometres (124 mi) of motorways.")][1][:2] == ("124 mi", "measure")
    assert "mi" not in subjects_of("It has 199 kilometres (124 mi) of motorways.")


def test_metric_horsepower_newton_metres_square_miles_and_milliseconds():
    assert [(f.text, f.unit) for f in figures_of("It puts out 151 PS along with 197 Nm of torque.")] == [
        ("151 PS", "measure"), ("197 Nm", "measure")
    ]
    assert [f.text for f in figures_of("A land area of 268,000 square kilometres (103,500 sq mi).")] == [
        "268,000 square kilometres", "103,500 sq mi"
    ]
    assert figures_of("Requests took between 100 ms and 300 ms.") == []  # lengths of time: "100 | ms" had been tabled
    # a letter of a model's name or a scale is no What: "$279 | S.", "£25m | m"
    assert subjects_of("Everyone else might be better off opting for the $279 Xbox One S.") == [""]
    assert subjects_of("The group raised £5m of the £25m it is seeking from investors.") == ["", ""]


def test_a_range_of_percentages_opened_by_between_is_no_date():
    # spaCy's small model calls "between 5" a date before "and 7 percent" as before "and 7 million"
    assert [(f.text, f.qualifier) for f in figures_of(
        "Losses reached $10-12 million, between 5 and 7 percent of the county's annual output, officials said."
    )][-2:] == [("5", "at least"), ("7 percent", "at most")]


def test_a_ranges_first_end_takes_any_scale_its_second_is_written_in():
    assert [(f.value, f.subject) for f in figures_of("About 5-7 lakh people came to the rally.")] == [
        (500_000, "people"), (700_000, "people")
    ]
    assert [f.value for f in figures_of("The loss was $2-3 bln, Reuters said.")] == [2e9, 3e9]


def test_a_bare_number_that_borrows_its_unit_opens_a_range_even_after_a_verb_of_change():
    # "Sales rose 5 to 7 percent" had tabled "5" alone, its unit written only on "7 percent"
    assert [(f.text, f.qualifier, f.subject) for f in figures_of("Sales rose 5 to 7 percent in March.")] == [
        ("5", "at least", "Sales"), ("7 percent", "at most", "Sales")
    ]
    # a change: from one value to another, or points to a level
    assert [f.qualifier for f in figures_of("Sales rose from 5 to 7 percent in March.")] == ["exact", "exact"]
    assert [f.qualifier for f in figures_of("The Dow fell 100 to 25,000 on Monday.")] == ["exact", "exact"]


def test_a_changed_or_sized_object_is_what_the_amount_is_of():
    # "cut X to A", "raised X to A": the object's new value; "put X at A", "valued X at A": its size
    text = "The central bank raised its main interest rate to 5.25% on Thursday, the statement said."
    assert [f.subject for f in figures_of(text)] == ["main interest rate"]
    text = "Thousands marched through the capital; police put the crowd at 15,000, the agency reported."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(15000, "crowd")]
    text = "Investors valued the company at $2 billion in the latest funding round, the filing shows."
    assert [f.subject for f in figures_of(text)] == ["company"]
    # ...while what a subject paid or got stays blank: the object is not what the sum is
    text = "Managers received up to £3,500 in bonuses at the bank, the union said."
    assert [f.subject for f in figures_of(text)] != ["Managers"]
    text = "He paid the contractor $5,000 to finish the roof before winter."
    assert [f.subject for f in figures_of(text)] == [""]
    # an empty noun says nothing, its "of" phrase may
    text = "NASA's announcement increased the total of commercial providers to 14, officials said."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(14, "of commercial providers")]


def test_a_power_written_out_is_no_figure():
    # mozilla/readability's ars-1: "… reduced our maximum payload size to 2^15 - 1."
    text = "The format reduced our maximum payload size to 2^15 - 1 bytes, the developers said."
    assert [f.text for f in figures_of(text)] == []
    text = "The data puts the figure at about $44 million, officials said on Monday."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(44e6, "")]


def test_over_a_stretch_of_time_after_an_amount_is_the_span_not_more_than():
    def qualified(text):
        return [(f.text, f.qualifier) for f in extract_figures(analyse(from_text(text, "t")))]

    # mozilla/readability's nytimes-4: "… reduce federal revenue by an additional $631 billion over 10 years"
    text = "That would reduce federal revenue by an additional $631 billion over 10 years, the center said."
    assert qualified(text) == [("$631 billion", "exact"), ("10", "exact")]
    text = "Mourinho won three titles over two spells in charge of Chelsea, the club said."
    assert qualified(text)[-1] == ("two", "exact")
    # "over" as "more than" stays so: after "for" or "in", before "ago", or with no amount before it
    for text, over in (
        ("Rust has had 3 kinds of futures for over three years, the team said.", "over three"),
        ("It was the longest recession in over thirty years, officials said on Monday.", "over thirty"),
        ("Kunta Kinte began telling his 1 story over 200 years ago, the producer said.", "over 200"),
        ("Any request over one second is an error, the handbook says.", "over one"),
    ):
        assert (over, "at least") in qualified(text), text


def test_what_is_worth_a_sum_is_the_noun_before_worth():
    text = "A former minister was jailed for taking bribes worth $4.5 million from drug companies."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(4.5e6, "bribes")]
    text = "Police seized 3.5 tonnes of cocaine worth an estimated £250m at the port, officials said."
    assert [(f.value, f.subject) for f in figures_of(text) if f.unit == "money"] == [(250e6, "cocaine")]
    assert [f.subject for f in figures_of("It was worth $5 million to the club, the agent said.")] == [""]


def test_who_flees_or_is_made_to_flee_is_displaced_and_who_remains_missing_is_missing():
    def counted(text):
        return [(f.value, f.subject, f.category) for f in figures_of(text)]

    # a wire story's "fled their homes" had been the people doing a deed to their homes: no category
    assert counted("About 5,000 people fled their homes on Sunday, officials said.") == [
        (5000, "people fled", "displaced")
    ]
    assert counted("The typhoon forced more than 150,000 people to flee their homes, officials said.") == [
        (150000, "people displaced", "displaced")
    ]
    assert counted("The floods prompted 3,000 residents to evacuate, the mayor said on Monday.") == [
        (3000, "residents displaced", "displaced")
    ]
    assert counted("Eight people remain missing after the landslide, police said.") == [(8, "people missing", "missing")]
    # urged to flee is not fled; who remains in hospital is not missing
    assert counted("The army urged 5,000 people to flee before the storm, officials said.")[0][2] != "displaced"
    assert counted("Two soldiers remained in hospital on Monday, the army said.")[0][2] != "missing"
    # the dead a number is part of; a measure that a verb says something reached
    assert [f.subject for f in figures_of("The council said 14 of the dead were in Cagayan province.")] == ["of the dead"]
    assert [f.subject for f in figures_of("Floodwaters reached 3 metres in some towns, officials said.")] == ["Floodwaters"]


def test_a_day_in_an_according_to_phrase_is_when_not_who():
    # "according to official results released Monday" had given "Monday" as the source
    text = "The party won 191 of the 465 seats, according to official results released Monday."
    assert {f.attribution for f in figures_of(text)} == {"official results"}
    text = "Turnout was 53.85%, according to figures published on Monday by the electoral commission."
    assert {f.attribution for f in figures_of(text)} == {"figures"}
    text = "About 300 people attended, according to local organiser Jane Roe."
    assert {f.attribution for f in figures_of(text)} == {"Jane Roe"}
    text = "Capacity reached 30.8 GW, according to data released by MOTIE on Tuesday."
    assert {f.attribution for f in figures_of(text)} == {"data released by MOTIE"}


def test_an_earlier_value_spacy_dates_with_its_time_is_still_a_figure():
    # spaCy's small model dates "36 the year before": the count had been left out as a duration
    text = "Fifty-seven countries reported large or disruptive outbreaks, up from 36 the year before."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(57, "countries"), (36, "countries the year before")]
    # a stretch of time stays one
    assert figures_of("The drought lasted 36 months, the longest on record, officials said.") == []


def test_no_one_dies_something():
    # spaCy's small model made "a figure" the object of "died": the dead had been a plain count
    text = ('An estimated 107,500 people, mostly children under five, died of measles in 2023, the report said, '
            'a figure that health officials called "tragic and preventable."')
    assert [(f.value, f.subject, f.category) for f in figures_of(text)] == [(107500, "people died", "killed")]


def test_a_qualifier_is_not_shared_across_a_verb_of_its_own():
    # "about" had carried over to 58: "cut about 4,000 jobs and close 58 of its 420 stores"
    text = "HomeWorld said it would cut about 4,000 jobs and close 58 of its 420 stores by March."
    assert [(f.value, f.qualifier) for f in figures_of(text)] == [(4000, "approximately"), (58, "exact"), (420, "exact")]
    # coordinated counts still share one
    text = "At least 3 people were killed and 40 injured when the bus overturned, police said."
    assert [f.qualifier for f in figures_of(text)] == ["at least", "at least"]
    text = "Organisers said about 200 men and 300 women marched through the city on Sunday."
    assert [f.qualifier for f in figures_of(text)] == ["approximately", "approximately"]


def test_a_range_spacy_dates_is_a_count_when_a_plural_follows():
    text = "Between 30 and 40 people attended the rally in the capital, police said."
    assert [(f.value, f.qualifier) for f in figures_of(text)] == [(30, "at least"), (40, "at most")]
    assert figures_of("Between 1990 and 2000 prices doubled across the region, the study found.") == []


def test_a_change_and_the_new_value_are_both_the_subjects():
    # "61%" had been taken for the verb's object, and spaCy tags this "to" a particle: £112m had no What
    text = "HomeWorld said pre-tax profit fell 61% to £112 million in the year to February."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(61, "pre-tax profit"), (112e6, "pre-tax profit")]
    # an object that is a thing still is what changed, not the subject
    text = "The government cut fuel duty by 5% on Wednesday, the Treasury said."
    assert [f.subject for f in figures_of(text)] == ["fuel duty"]
    # ...and a counted thing is an object: the share is the vehicles', not the dealers'
    text = "Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, the data show."
    assert [f.subject for f in figures_of(text) if f.unit == "percent"] == [""]


def test_the_counted_of_a_forced_evacuation_are_displaced():
    text = ("A wildfire in the mountains of southern Spain has forced the evacuation of about 2,600 people from "
            "eight villages and burned 7,400 hectares, regional authorities said on Friday.")
    assert [(f.value, f.subject, f.category) for f in figures_of(text)][0] == (2600, "people displaced", "displaced")
    text = "The storm triggered the evacuation of 10,000 people along the coast, officials said."
    assert [(f.subject, f.category) for f in figures_of(text)] == [("people displaced", "displaced")]
    # an order is not yet done
    text = "Officials ordered the evacuation of 3,000 residents on Monday, the mayor said."
    assert [f.category for f in figures_of(text)] != ["displaced"]


def test_an_earlier_value_through_a_noun_of_says_when():
    # "$800 million | profit" had stood beside "$1.3 billion | net loss" as if it were this year's
    text = ("The company reported a net loss of $1.3 billion, or 42 cents a share, compared with a profit of "
            "$800 million a year earlier.")
    assert [(f.value, f.subject) for f in figures_of(text) if f.unit == "money"] == [
        (1.3e9, "net loss"), (800e6, "profit a year earlier")
    ]


def test_a_share_given_asked_or_won_is_not_a_change_of_whoever_gives_it():
    # "Employers have offered 50%" had tabled "50% | Employers", as if the employers had changed by 50%
    text = "The union is seeking a 77% pay rise over six years. Employers have offered 50%, the union said."
    assert [(f.value, f.subject) for f in figures_of(text)] == [(77, "pay rise"), (50, "")]
    # a change verb's percentage is still its subject's change
    assert [f.subject for f in figures_of("The index lost 0.12% on Monday, traders said.")] == ["index"]


def test_an_earthquakes_magnitude_is_a_measure():
    # "A magnitude 7.1 earthquake" had tabled nothing (a fraction with no unit is no count), and a
    # whole magnitude had been a count ("9.0 | quake")
    text = "A magnitude 7.1 earthquake struck off the coast late on Tuesday, officials said."
    assert [(f.text, f.unit, f.subject) for f in figures_of(text)] == [("magnitude 7.1", "measure", "earthquake")]
    text = "A 6.4-magnitude quake hit the island, and aftershocks of up to magnitude 6 could follow, the agency said."
    assert [(f.text, f.qualifier) for f in figures_of(text)] == [("6.4-magnitude", "exact"), ("up to magnitude 6", "at most")]
    text = "It had earlier put the magnitude at 7.3, and the USGS said the quake had a magnitude of 6.2."
    assert [(f.value, f.unit, f.subject) for f in figures_of(text)] == [(7.3, "measure", "magnitude"), (6.2, "measure", "")]


def test_a_named_index_is_what_its_move_is_of():
    # proper-noun subjects had left every index's move blank
    text = ("The Dow Jones Industrial Average dropped 473 points, or 1.8%, to 26,438, while the S&P 500 lost "
            "1.7% and the Nasdaq Composite fell 2%.")
    assert [(f.text, f.subject) for f in figures_of(text)][1:] == [
        ("1.8%", "Dow Jones Industrial Average"), ("26,438", "Dow Jones Industrial Average"),
        ("1.7%", "S&P 500"), ("2%", "Nasdaq Composite"),
    ]
    # a pronoun still says nothing
    assert subjects_of("It fell 2% on Monday, traders said.") == [""]
    # a Reuters instrument code is no part of the name
    text = "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Sterling GBP= was last at $1.2925, traders said."
    assert subjects_of(text) == ["crude", "crude", "Sterling"]
    # a share someone has is no change of theirs
    assert subjects_of("In 2017, Seattle had 60% women speakers and in 2018, Vancouver had 63%.") == ["women speakers", ""]


def test_an_adjective_after_the_amount_is_no_object():
    # the parser made "the smallest" the verb's object, which left the deficit blank
    text = ("The U.S. trade deficit with China narrowed to $28.3 billion in March, the Commerce Department said, "
            "the smallest since March 2016.")
    assert subjects_of(text) == ["U.S. trade deficit"]


def test_a_sums_of_phrase_hangs_on_the_noun_before_its_preposition():
    # "costs from the attack of $80 million to $100 million" had been tabled as the attack's
    text = "The company said it expected costs from the attack of $80 million to $100 million."
    assert subjects_of(text) == ["costs from the attack", "costs from the attack"]
    assert subjects_of("The retailer reported a rise in sales of 5% in the quarter.") == ["rise in sales"]
    assert subjects_of("It paid a fine of $5 million in March.") == ["fine"]
    # not when the noun before has a sum of its own
    text = "McClatchy reported a loss of $304.7 million on revenue of $167.4 million in the third quarter."
    assert subjects_of(text) == ["loss", "revenue"]


def test_a_few_before_a_superlative_is_a_reference():
    # "the world's two largest economies" had tabled "two | largest economies"
    assert figures_of("It escalates a trade dispute between the world's two largest economies.") == []
    assert subjects_of("The city's two protest camps were cleared by police on Monday.") == ["protest camps"]
    assert figures_of("In a dissent joined by the court's two other liberal justices, Kagan wrote.") == []


def test_crowns_pesos_won_and_one_countrys_currencies_are_money():
    # "17.3 billion Danish crowns" had been a count of crowns
    text = "Wegovy sales rose 79% to 17.3 billion Danish crowns in the third quarter, the company said."
    assert [(f.text, f.unit, f.currency) for f in figures_of(text)][1:] == [("17.3 billion Danish crowns", "money", "DKK")]
    text = "Samsung posted an operating profit of 10.4 trillion won, and the Nigerian unit lost 300 million naira."
    assert [(f.unit, f.currency) for f in figures_of(text)] == [("money", "KRW"), ("money", "NGN")]
    # "won" alone is a verb
    assert all(f.unit != "money" for f in figures_of("The club has 12 won titles in its cabinet."))


def test_one_person_to_whom_something_happened_is_counted():
    # "One person was killed" had been left out with "one of the", "no one"
    text = "One person was killed and one firefighter was injured in the blast, the fire service said."
    assert [(f.value, f.unit, f.subject, f.category) for f in figures_of(text)] == [
        (1, "people", "person killed", "killed"), (1, "people", "firefighter injured", "injured")
    ]
    assert figures_of("One of the victims was killed in the blast, police said.") == []
    assert figures_of("One building was damaged in the blast, police said.") == []


def test_what_a_relative_clause_says_cost_a_sum_is_its_noun():
    # "a fraud that cost savers about 1.2 billion dollars" had left the sum blank
    assert subjects_of("He was jailed for a fraud that cost savers about 1.2 billion dollars.") == ["fraud"]
    # ...also through what someone said of it (blank before)
    text = "He was jailed for his role in a fraud that prosecutors said cost investors more than $4 billion."
    assert [(f.subject, f.attribution) for f in figures_of(text)] == [("fraud", "prosecutors")]
    assert subjects_of("The bridge, which cost $5 million, opened on Monday.") == ["bridge"]


def test_villages_evacuated_are_not_people_displaced():
    text = "The wildfire forced the evacuation of at least 12 villages and a hospital, authorities said."
    assert [f.category for f in figures_of(text)] != ["displaced"]
    text = "The storm forced the evacuation of 2,600 people, authorities said."
    assert [f.category for f in figures_of(text)] == ["displaced"]


def test_a_count_that_is_missing_or_dead_says_so():
    # "584 people had been injured and 37 were missing" had tabled the 37 as plain people
    text = "Officials said 584 people had been injured and 37 were missing after the storm."
    assert [(f.value, f.subject, f.category) for f in figures_of(text)] == [
        (584, "people injured", "injured"), (37, "people missing", "missing")
    ]
    # a fear is no count of the missing, and a thing's state no casualty
    text = ("On Tuesday, a spokesman with Save the Children told CNN the group fears 400 migrants could be missing, "
            "citing testimony from survivors who said their ship had capsized.")
    assert [f.category for f in figures_of(text)] == ["other"]
    assert all(f.category != "killed" for f in figures_of("It is now 2020 and support for the 2 versions is dead."))
    # "quadrupled its seats to 28": the seats
    assert subjects_of("The Democratic Party for the People quadrupled its seats to 28.") == ["seats"]


def test_the_part_a_casualty_count_includes_is_counted_the_same_way():
    # "including 12 children" had been plain children beside "45 Palestinians killed"
    text = "Israeli air strikes killed at least 45 Palestinians on Saturday, including 12 children, the ministry said."
    assert [(f.value, f.subject, f.category) for f in figures_of(text)] == [
        (45, "Palestinians killed", "killed"), (12, "children killed", "killed")
    ]
    assert [f.category for f in figures_of("The company has 500 employees, including 20 engineers.")] == ["other", "other"]
    text = "Officers arrested a man, 32, on several charges including two local warrants, police said."
    assert [f.category for f in figures_of(text)] == ["other"]


def test_pence_are_money_as_the_stock_exchange_quotes_them():
    # "a final dividend of 8.25 pence a share" had been left out as a fraction of nothing
    text = "Tesco will pay a final dividend of 8.25 pence a share. Its shares were up 4.8% at 295.5 pence on Monday."
    assert [(f.text, f.unit, f.currency) for f in figures_of(text) if f.unit == "money"] == [
        ("8.25 pence a share", "money", "GBX"), ("295.5 pence", "money", "GBX")
    ]


def test_a_death_toll_counts_the_dead():
    # "The death toll rose to 57" had been a plain count, never set beside "people killed"
    assert [(f.unit, f.category) for f in figures_of("The death toll rose to 57 on Monday, officials said.")] == [
        ("people", "killed")
    ]
    assert [f.category for f in figures_of("The number of dead climbed to 112, police said.")] == ["killed"]
    assert [f.category for f in figures_of("The toll road costs 5 dollars a trip.")] == ["money"]


def test_a_bound_is_shared_by_a_round_number_or_one_counting_the_same():
    # "More than 17,000 suspected cases and 517 deaths" had tabled "517 (at least)"
    text = "More than 17,000 suspected cases and 517 deaths have been reported in Africa this year."
    assert [f.qualifier for f in figures_of(text)] == ["at least", "exact"]
    assert [f.qualifier for f in figures_of("At least 10 people were killed and 43 injured in the blast.")] == [
        "at least", "at least"
    ]
    text = "More than 2100 military vehicles and 7000 troops were sent, the monitor said."
    assert [f.qualifier for f in figures_of(text)] == ["at least", "at least"]


def test_the_value_a_change_started_from():
    # "The unemployment rate climbed from 3.9% in April" had left 3.9% with only "in April"
    assert subjects_of("The unemployment rate climbed from 3.9% in April, the department said.") == [
        "unemployment rate in April"
    ]
    # with no time of its own the start is no value now: blank, as before, while the new value is named
    assert subjects_of("Inflation fell from 5% to 4% in March, the statistics office said.") == ["", "Inflation"]
    assert subjects_of("The rate climbed from 3.9% on Friday.") == [""]


def test_a_rate_kept_or_set_at_a_level_is_the_rates():
    # "kept its key rate at 5.5%" had been blank
    assert subjects_of("The central bank kept its key rate at 5.5% for a fifth straight meeting.") == ["key rate"]
    assert subjects_of("The Fed held interest rates at 5.25% on Wednesday, as expected.") == ["interest rates"]


def test_stabbed_is_injured_and_to_death_or_dead_is_killed():
    # "two people were stabbed" had been plain people; "shot dead" too
    text = "Two people were stabbed to death and three men were stabbed in the attack, police said."
    assert [(f.value, f.category) for f in figures_of(text)] == [(2, "killed"), (3, "injured")]
    assert [f.category for f in figures_of("Four people were shot dead on Friday, police said.")] == ["killed"]
    assert [f.category for f in figures_of("Gunmen shot dead five people in the market, police said.")] == ["killed"]


def test_a_polls_share_on_a_percentage_is_the_partys():
    # "put Labour on 47%, … with the Conservatives on 20%" had left every share blank
    text = "The survey put Labour on 47%, up three points from last week, with the Conservatives on 20%, down four."
    assert [(f.value, f.subject) for f in figures_of(text) if f.unit == "percent"] == [(47, "Labour"), (20, "Conservatives")]
    text = "The Liberal Democrats were on 9% and Reform UK on 10%, the pollster said."
    assert subjects_of(text) == ["Liberal Democrats", "Reform UK"]


def test_the_exceptions_to_a_whole_are_not_what_happened_to_it():
    # "killing all but two on board" had tabled "two | people killed": 179 were
    text = "A jet carrying 181 people burst into flames, killing all but two on board, authorities said."
    assert [(f.value, f.category) for f in figures_of(text)] == [(181, "other")]
    # an exception nothing happened to stays: the homes still without power
    assert [f.value for f in figures_of("Supply had been restored to all but 35,000 homes by Wednesday.")] == [35000]
    # and the whole after "all but three of" is not what the verb says of the rest
    assert [(f.value, f.category) for f in figures_of("All but three of the 12 miners were rescued on Friday.")] == [
        (12, "other")
    ]


def test_what_did_not_happen_to_the_counted_is_not_said_of_them():
    # "None of the 78 passengers was hurt" had tabled "78 | passengers injured", the opposite
    assert [(f.subject, f.category) for f in figures_of("None of the 78 passengers was hurt, the railway said.")] == [
        ("passengers", "other")
    ]
    assert [f.category for f in figures_of("The 40 workers were not hurt, the company said.")] != ["injured"]
    assert [f.category for f in figures_of("There were no reports of the 40 workers being hurt.")] != ["injured"]
    assert [f.category for f in figures_of("No fewer than 20 people were killed, police said.")] == ["killed"]


def test_a_number_the_text_denies_or_only_fears_is_not_tabled():
    # "Earlier reports that 12 people had been killed were wrong, police said" had tabled
    # "12 | people killed | police", the opposite of what police said
    for text in (
        "Police denied reports that 20 people were killed in the clashes.",
        "Earlier reports that 12 people had been killed were wrong, police said.",
        "Claims that 5,000 people had fled were exaggerated, the governor said.",
        "Officials said the death toll could rise to 100.",
    ):
        assert figures_of(text) == [], text
    # a denial of something else leaves the count alone, and a forecast stays a figure
    assert [f.value for f in figures_of("Police denied wrongdoing and said 20 people were arrested.")] == [20]
    assert [f.value for f in figures_of("Sales are expected to reach $5 billion next year, the company said.")] == [5e9]


def test_a_number_set_aside_with_not_is_not_tabled_and_a_participle_says_what_happened():
    text = "Fewer than 10 people were injured, not 100 as initially reported, the hospital said."
    assert [f.value for f in figures_of(text)] == [10]
    assert [f.value for f in figures_of("The attack killed not 10 but 12 people, police said.")] == [12]
    # "He was one of 12 people killed": the participle on the counted noun, not "was"
    assert [f.category for f in figures_of("He was one of 12 people killed in the attack, police said.")] == ["killed"]


@pytest.mark.parametrize(
    "text, sources",
    [
        # "according to" on a clause of its own is that clause's source: the orders had been the
        # consensus's figure, though the consensus is what analysts expected
        ("Orders rose to 14.1 billion euros in the quarter, beating the 12.3 billion euros analysts had expected, "
         "according to a company-compiled consensus.", {"14.1 billion euros": None, "12.3 billion euros": "analysts"}),
        ("At least 30 people were killed in the attack on the village, according to local officials.",
         {"At least 30": "local officials"}),
        ("Sales rose 5% to $2 billion, according to the company, beating forecasts.", {"5%": "company", "$2 billion": "company"}),
        # the parser hangs the phrase on the clause after it: still the sentence's source
        ("There are three scripts still in contention for the fourth Trek film, according to The Wrap, so it’s "
         "possible Paramount is still deciding on a direction.", {"three": "Wrap"}),
    ],
)
def test_according_to_is_the_source_of_the_clause_it_follows(text, sources):
    assert {f.text: f.attribution for f in figures_of(text) if f.kind == "figure"} == sources


def test_a_phrase_set_off_after_a_level_is_no_object_of_its_verb():
    # "the highest reading this summer", parsed as a second object of "reached", had left the What blank
    text = (
        "Temperatures reached 46.2C in the southern town of El Granado on Monday, the highest reading this summer, "
        "the state weather agency AEMET said."
    )
    assert [(f.text, f.subject) for f in figures_of(text) if f.kind == "figure"] == [("46.2C", "Temperatures")]


def test_an_estimate_put_at_a_number_is_its_makers():
    # the police's count had been "not attributed" beside the monitoring group's
    text = (
        "Police put the crowd at 35,000, while an independent monitoring group, the Public Meeting Archive, "
        "estimated that about 140,000 people took part."
    )
    assert [(f.text, f.attribution) for f in figures_of(text) if f.kind == "figure"] == [
        ("35,000", "Police"), ("about 140,000", "Public Meeting Archive")
    ]
    assert [f.attribution for f in figures_of("Officials put the death toll at 57 on Monday.")] == ["Officials"]
    # ... or "as high as" it
    assert [(f.subject, f.attribution) for f in figures_of("Some estimates put the toll as high as 150,000.")] == [("toll", "estimates")]
    # a deed: troops put at a border are nobody's estimate
    assert [f.attribution for f in figures_of("The government put 5,000 troops at the border on Monday.")] == [None]


def test_a_sum_someone_is_fined_is_a_fine():
    # "The court fined him 150,000 euros" had a blank What (a sum object says who paid, not what it is)
    assert [(f.text, f.subject) for f in figures_of("The court fined him 150,000 euros for insider trading.")] == [
        ("150,000 euros", "fine")
    ]
    text = "NBA Commissioner Adam Silver banned Sterling from the league, fined him $2.5 million and pushed through a charge."
    assert [(f.text, f.subject) for f in figures_of(text) if f.kind == "figure"] == [("$2.5 million", "fine")]
    text = "Regulators have fined tech companies more than 4 billion euros under the rules."
    assert [(f.text, f.subject) for f in figures_of(text)] == [("more than 4 billion euros", "fines")]


def test_a_part_of_them_is_no_row_unless_something_happened_to_it():
    # "18 months in prison, 12 of them suspended" had tabled "12 |  |"
    def kinds(text):
        return {f.text: f.kind for f in extract_figures(analyse(from_text(text, "t")))}

    assert kinds("A Paris court sentenced him to 18 months in prison, 12 of them suspended.")["12"] == "vague"
    rows = [(f.text, f.subject) for f in figures_of("Twenty people were on a boat that sank, and 12 of them were killed.")]
    assert ("12", "people killed") in rows
    # "three of those companies" says what it counts
    assert kinds("Analysts cut ratings on ten companies; three of those companies are in Ohio.")["three"] == "figure"


@pytest.mark.parametrize(
    "text, rows",
    [
        # the whole of a part counted apart: the 19 and the 40 had been tabled as killed and injured
        ("A plane caught fire on Wednesday, killing at least 18 of the 19 people on board, officials said.",
         [("at least 18", "killed"), ("19", "other")]),
        ("Police said 12 of the 40 passengers were injured.", [("12", "injured"), ("40", "other")]),
        # all of them: the whole is what happened to it
        ("Police said all of the 40 passengers were injured.", [("40", "injured")]),
    ],
)
def test_what_happened_to_a_part_did_not_happen_to_the_whole(text, rows):
    assert [(f.text, f.category) for f in figures_of(text)] == rows


def test_the_whole_on_board_says_so():
    text = "A plane caught fire on Wednesday, killing at least 18 of the 19 people on board, officials said."
    assert [(f.text, f.subject) for f in figures_of(text)] == [("at least 18", "people killed"), ("19", "people on board")]
    assert subjects_of("A plane crashed, killing all 72 people on board, officials said.") == ["people killed"]


@pytest.mark.parametrize(
    "text, subject",
    [
        # a relative clause's "which" stands for the noun it hangs on: these had blank Whats
        ("The BoE said inflation, which fell to 1.7% in September, would rise again.", "inflation"),
        ("Amazon competes for a bigger slice of U.S. food and beverage retail sales, which totaled $726 billion in 2017.",
         "retail sales"),
    ],
)
def test_which_is_the_noun_it_stands_for(text, subject):
    assert subjects_of(text) == [subject]


@pytest.mark.parametrize(
    "text, subject",
    [
        # what an amount is added to or taken off is what changed ("up … | budget" had read as the
        # budget's rise; the others were blank)
        ("He said the budget would add about 0.5 percentage points to inflation at its peak.", "inflation"),
        ("The turmoil has wiped $182 billion off the wealth of the 400 richest billionaires.",
         "wealth of the 400 richest billionaires"),
        ("The Congressional Budget Office estimated that they would add $250 billion to the deficit.", "deficit"),
    ],
)
def test_what_an_amount_is_added_to_or_taken_off_is_what_changed(text, subject):
    assert subjects_of(text)[0] == subject


def test_what_the_news_did_next_is_no_claim_of_whoever_made_it():
    # "…, the company said on Saturday, sending its shares up 17%": the market's move, not the company's word
    text = "Wegovy cut the risk by 20% in a large trial, the company said on Saturday, sending its shares up 17%."
    assert [(f.text, f.attribution) for f in figures_of(text)] == [("20%", "company"), ("17%", None)]
    # what a speaker adds is still theirs
    assert [f.attribution for f in figures_of("Officials said 5 people died, adding that 12 were injured.")] == ["Officials", "Officials"]
    # also from a clause below the saying verb (the share move had been Lufthansa's word)
    text = "Lufthansa reported a record quarterly operating profit on Thursday as travellers paid higher fares, sending its shares up 8%."
    assert [f.attribution for f in figures_of(text)] == [None]
    # but not what the saying verb's content goes on to say (a guard from an audit page against my first version)
    text = (
        "The Tax Foundation projected in May that the tariffs would reduce GDP by 0.25 percent, while lowering wages by "
        "0.16 percent."
    )
    assert [f.attribution for f in figures_of(text)] == ["Tax Foundation", "Tax Foundation"]


def test_what_could_happen_is_no_count_of_what_did():
    # "a new superbug could infect up to 200,000 Britons and kill 80,000" had tabled "80,000 | people killed"
    text = "The Government has warned that a new superbug could infect up to 200,000 Britons and kill 80,000 in a single outbreak."
    rows = [(f.text, f.subject) for f in figures_of(text)]
    assert rows == [("up to 200,000", "Britons")]  # (not "Britons infected")
    # an estimate of the past stays (a guard: my first version had left this out)
    assert [f.text for f in figures_of("More than 100 million people may have perished in the plague.")] == ["More than 100 million"]


def test_infected_and_sickened_say_what_happened():
    assert subjects_of("A cholera outbreak has infected more than 40,000 people since August, the health ministry said.") == ["people infected"]
    # (and where they were is no one sickened: "two Los Angeles hospitals")
    assert subjects_of("An outbreak sickened 11 people at two Los Angeles hospitals.") == ["people sickened", "Los Angeles hospitals"]


def test_a_speaker_the_parser_hung_on_the_name_before_it_is_the_source():
    # "… of Optus, Australia's second-largest telecoms company said on Thursday": "said" had no subject
    text = (
        "Hackers stole the personal data of up to 9.8 million customers of Optus, Australia's second-largest telecoms "
        "company said on Thursday, in one of the country's biggest data breaches."
    )
    assert [f.attribution for f in figures_of(text)] == ["second-largest telecoms company"]


def test_a_saying_verb_joined_to_another_shares_its_subject():
    # "conceded defeat but said …": the loser's claim had read "not attributed", a fact
    text = "Jansa conceded defeat but said his party had increased its number of votes by about 20,000 compared with 2018."
    assert [f.attribution for f in figures_of(text)] == ["Jansa"]
    assert [f.attribution for f in figures_of("Smith arrived on Monday and said 40 people had died.")] == ["Smith"]
    # only for what that verb says: the stake is no claim of the airline's "said"
    text = (
        "Ireland owns a 25 per cent stake in the airline, which posted a loss of 48 million euros yesterday but said "
        "its long-haul business had performed well."
    )
    assert [f.attribution for f in figures_of(text)][0] is None


@pytest.mark.parametrize(
    "text, source",
    [
        ("The combined company would employ roughly 38,000 people, the companies said.", "companies"),
        ("Pollsters had expected the SDS to win 28 seats.", "Pollsters"),
        ("Vantor will pay a break fee of $500 million if the deal falls through, according to a filing.", "filing"),
    ],
)
def test_companies_pollsters_and_filings_are_sources(text, source):
    assert figures_of(text)[0].attribution == source


def test_a_saying_verb_after_and_says_only_what_it_governs():
    # the officers had been Khan's figure: he said only what he needs
    text = "The Met employs about 34,000 officers, roughly 1,000 fewer than its target, and Khan has said he needs 1,300 more."
    assert [(f.text, f.attribution) for f in figures_of(text)] == [
        ("about 34,000", None), ("roughly 1,000", None), ("1,300", "Khan")
    ]
    # a quote's speaker, whatever the parse joins "said" to
    text = (
        "“The drug was in her system, there was no anti-dote, two tablets was a lethal dose – and she had taken "
        "eight,” her mother, Fiona, said in a statement yesterday."
    )
    assert [(f.text, f.attribution) for f in figures_of(text)] == [("two", "Fiona")]


def test_a_police_force_is_a_source():
    assert figures_of("The force said it had arrested 3,900 people for carrying knives.")[0].attribution == "force"


@pytest.mark.parametrize(
    "text, source",
    [
        # what data or a study shows or finds is theirs (each had been "not attributed")
        ("Exports rose 5% in May, official data showed on Monday.", "official data"),
        ("Smokers had a 30% higher chance of stroke, the study found.", "study"),
        ("The Lancet Commission found that in 2015 there were 9 million premature deaths from air pollution.", "Lancet Commission"),
        # a study's sample is no part of its name ("78,000" had ended the source: "study of more than 78")
        ("People who walk 9,800 steps a day are 51% less likely to develop dementia, according to a study of more than "
         "78,000 adults published on Tuesday.", "study"),
        # a finding, not a deed: in the passive or with an object, "found" is what happened
        ("Last week, Tsarnaev was found guilty on all 30 charges he faced.", None),
        ("The ransomware has been active since July, when researchers found it via two domain links.", None),
    ],
)
def test_what_data_or_a_study_shows_is_theirs(text, source):
    assert figures_of(text)[0].attribution == source


@pytest.mark.parametrize(
    "text, subject",
    [
        # a share that sizes a comparative is of the comparative and its noun (both had been blank)
        ("Walking faster was linked to a 62% lower risk of dementia.", "lower risk of dementia"),
        ("The new model has an over 30% larger display.", "larger display"),
    ],
)
def test_a_share_of_a_comparative_says_what_it_compares(text, subject):
    assert subjects_of(text) == [subject]


@pytest.mark.parametrize(
    "text, subject",
    [
        # what is expected to move or come to a level is the forecast's subject (both had been blank)
        ("Consumer prices are projected to rise by 7.3 percent this year.", "Consumer prices"),
        ("The deficit is expected to total nearly $1 trillion next year.", "deficit"),
    ],
)
def test_what_is_expected_to_move_is_the_subject(text, subject):
    assert subjects_of(text) == [subject]


def test_an_unrelated_verb_lends_no_subject_to_a_measure():
    # "The fans … start to get audible … at about 83 degrees": the fans are not 83 degrees (the processor
    # temperature is, now that the degrees keep their "Celsius", which had hidden the noun after it)
    text = "The fans on the new laptop start to get audible at about 83 degrees Celsius processor temperature."
    assert subjects_of(text) == ["processor temperature"]


@pytest.mark.parametrize(
    "text, subject",
    [
        # the group a bare count is the size of (each had been blank)
        ("A crowd of 61,612 watched the game, organisers said.", "crowd"),
        ("The stadium has a capacity of 65,000, officials said.", "capacity"),
        ("Four teams from there will join the field of 20.", "field"),
        # (with its owner's name, since owners are kept: "population" before)
        ("The majority of New Zealand's population of 4.9 million is of European descent.", "New Zealand's population"),
    ],
)
def test_a_bare_count_of_a_group_is_its_size(text, subject):
    assert subjects_of(text)[-1] == subject


@pytest.mark.parametrize(
    "text, subject",
    [
        # who gives, pays or asks for a sum, and how (each had been blank)
        ("Donors pledged $1.5 billion at a conference in Paris last month.", "Donors pledged"),
        ("The United Nations appealed on Monday for $2.5 billion to help 14.7 million people.", "United Nations appealed for"),
        ("She said the agency would need $840 million to treat the children.", "agency would need"),
        ("United will have to pay £46million to make the transfer permanent.", "United will have to pay"),
        ("The government gave $5 million to the families of the victims.", "government gave"),  # (a "to" is no other object)
        ("The company paid him $5,000 for the story.", ""),  # (to whom: another reading)
        # no one to name: blank, as before (a verb alone reads badly)
        ("You'll pay $6.99 per month for the service.", ""),
    ],
)
def test_a_sum_given_or_asked_for_says_by_whom(text, subject):
    assert [f.subject for f in figures_of(text) if f.unit == "money"] == [subject]


def test_a_number_expected_by_someone_is_their_forecast():
    # "beating the 1.35 billion euros expected by analysts" had read as a blank sum, not attributed
    text = "Adjusted operating profit rose to 1.5 billion euros, beating the 1.35 billion euros expected by analysts in a poll."
    assert [(f.text, f.attribution, f.caveat) for f in figures_of(text)] == [
        ("1.5 billion euros", None, None), ("1.35 billion euros", "analysts", "expected")
    ]


@pytest.mark.parametrize(
    "text, subject",
    [
        # what is so much higher or lower (both had been blank)
        # (and, since, than what: "15% | bookings" read as a share of them)
        ("He told analysts that bookings for the winter were 15% higher than a year ago.", "bookings higher than a year ago"),
        ("Native ads on mobile devices generate more clicks, though the effective CPM is 30% lower on mobile.", "effective CPM lower on mobile"),
        ("Compared with January last year, prices were 1.1% lower, the first annual fall since June 2020.", "prices lower"),
        # an offer is its maker's
        ("The union is demanding a 5.5% pay rise; the company has offered 900 euros in two steps.", "company has offered"),
    ],
)
def test_what_is_higher_lower_or_offered(text, subject):
    assert subject in subjects_of(text)


def test_what_a_price_averaged_and_a_price_of_energy():
    # "0.18 euros | | Eurostat data" had said neither what averaged it nor that it was per kilowatt hour
    text = "Electricity prices for EU industry averaged 0.18 euros per kilowatt hour last year, Eurostat data showed."
    assert [(f.text, f.subject) for f in figures_of(text)] == [("0.18 euros per kilowatt hour", "Electricity prices")]


def test_a_web_address_is_a_whole_source_and_a_market_value_says_what_it_is():
    # "according to Layoffs.fyi" had read "Layoffs" (5 rows on the audit texts: "Edmunds", "Philly", …)
    text = "More than 150,000 tech workers have lost their jobs this year, according to Layoffs.fyi, a website that tracks job cuts."
    assert [f.attribution for f in figures_of(text)] == ["Layoffs.fyi"]
    # a value with a noun before it says what it is ("market value" had been blank; "a value of" alone still says nothing)
    assert subjects_of("The rally gave the company a market value of about $480 billion.") == ["market value"]
    assert subjects_of("The painting has a value of about $5 million.") == [""]


@pytest.mark.parametrize(
    "text, subject",
    [
        # how far below or above a level, and which (both had been blank)
        ("Passenger numbers on Britain's railways are still about 10% below pre-pandemic levels, official data showed.",
         "Passenger numbers below pre-pandemic levels"),
        ("Rainfall in parts of the province was 60% below normal between June and November.", "Rainfall below normal"),
        # whose: the owner had been dropped ("shares" beside "Shares of Sage")
        ("Shares of Sage fell 54% in after-hours trading, while Biogen's shares dropped 3%.", "Biogen's shares"),
        ("Farm exports are the main source of dollars, and the central bank's reserves stood at $38.6 billion on Wednesday.", "central bank's reserves"),
    ],
)
def test_what_is_below_above_or_owned(text, subject):
    assert subjects_of(text)[-1] == subject


def test_a_verb_joined_on_by_and_or_but_shares_the_subject():
    # the 5.4% had been blank, beside "6.65% | average rate"
    text = "The average rate on a two-year fixed mortgage hit 6.65% in October but has since eased to about 5.4%, according to Moneyfacts."
    assert [(f.text, f.subject) for f in figures_of(text)] == [("6.65%", "average rate"), ("about 5.4%", "average rate")]
    # not a misparse that hangs a second clause's verb on the first with no "and" or "but"
    text = "In the quarter, the general unemployment rate was around 5.8%, while the unemployment rate for youth aged 15 to 21 was 15.6%."
    assert subjects_of(text)[-1] != "general unemployment rate"


def test_how_far_a_price_moved_in_money_says_its_direction_and_what_moved():
    # "$1.42 | |" and "$1.20 | |" had said neither that they were rises nor of what
    text = (
        "Brent crude futures rose $1.42, or 1.9%, to $76.30 a barrel by 1400 GMT, while U.S. West Texas Intermediate crude "
        "gained $1.20 to $71.85."
    )
    rows = [(f.change, f.text, f.subject) for f in figures_of(text) if f.text in {"$1.42", "$1.20"}]
    assert rows == [("up", "$1.42", "Brent crude futures"), ("up", "$1.20", "U.S. West Texas Intermediate crude")]
    # a sum gained or lost, with no level or share after it, is what was gained or lost
    assert [(f.change, f.subject) for f in figures_of("The insurer lost $5 million on the bond sale, the filing showed.")] == [(None, "")]


def test_a_business_named_by_its_trade_is_a_source_and_what_will_likely_come_is_expected():
    # "12.4 million tonnes | wheat harvest | not attributed" had read as a harvest the article counted
    text = "Argentina's wheat harvest will likely total just 12.4 million tonnes, the Buenos Aires grains exchange said on Thursday."
    assert [(f.attribution, f.caveat) for f in figures_of(text)] == [("Buenos Aires grains exchange", "expected")]


@pytest.mark.parametrize(
    "text",
    [
        # what could come, though no verb of forecasting says so (each had read as what is)
        "Up to 15 inches of rain could fall in parts of southern Mississippi through Saturday, the hurricane center said.",
        "The exchange said exports could fall to about 6 million tonnes next season, hurting farm incomes.",
        "Analysts estimated it could cost between $10,000 and $15,000 for a course of treatment.",
        "The deal could eventually raise up to $12.9 billion if an option to sell more shares is exercised.",
    ],
)
def test_what_could_come_is_expected(text):
    assert {f.caveat for f in figures_of(text)} == {"expected"}


@pytest.mark.parametrize(
    "text",
    [
        # not what is there already, may have been, or can be; nor what a modal does other than come to a level or sum
        "More than a third of WeWork's 12,000 employees will likely receive notice this week that they no longer have a job.",
        "More than 100 million people may have perished in the famine, historians estimate.",
        "The new stadium can hold 60,000 fans and will open next year.",
        "Going upstairs to bed was slow, as I could only manage two stairs at a time, the patient said.",
        "The fire could be seen from 20 miles away, residents said.",
    ],
)
def test_what_is_or_was_is_not_expected(text):
    assert "expected" not in {f.caveat for f in figures_of(text)}


def test_a_change_from_an_earlier_value_gives_it_its_date_and_unit():
    # "last season" had dated the 6 million tonnes, and "14 million" had read as a blank count
    text = "The exchange said exports could fall to about 6 million tonnes from 14 million last season, hurting farm incomes."
    assert [(f.text, f.subject, f.when) for f in figures_of(text)] == [
        ("about 6 million tonnes", "exports", None), ("14 million", "exports last season", None)
    ]


def test_a_number_forecast_by_someone_is_their_expectation():
    # "0.3% | decline | not attributed" had read as a decline that happened
    text = "Prices dropped 0.6% from December, a bigger fall than the 0.3% decline forecast by economists in a Reuters poll."
    assert [(f.text, f.attribution, f.caveat) for f in figures_of(text)] == [("0.6%", None, None), ("0.3%", "economists", "expected")]


def test_barrels_per_day_written_bpd_are_a_measure():
    # "2 million | bpd" had read as a count of bpd
    text = "The group, which pumps about 40% of the world's crude, had already cut output by 2 million bpd last year."
    assert [(f.text, f.unit, f.subject) for f in figures_of(text)][-1] == ("2 million bpd", "measure", "output")


def test_a_centre_that_speaks_is_a_source():
    # "Up to 15 inches | of rain | not attributed" (the hurricane center's forecast)
    text = "Up to 15 inches of rain could fall in parts of southern Mississippi through Saturday, the hurricane center said."
    assert [(f.attribution, f.caveat) for f in figures_of(text)] == [("hurricane center", "expected")]


def test_data_named_by_whose_they_are_names_them():
    # "to 35,600 | Mortgage approvals | figures" had not said whose figures
    text = "Mortgage approvals fell to 35,600 in December, the lowest since January 2009, Bank of England figures showed on Tuesday."
    assert [f.attribution for f in figures_of(text)] == ["Bank of England figures"]


def test_a_sum_spacy_runs_into_a_name_is_still_a_sum():
    # "fined Apple 1.8 billion euros" was one ORG to spaCy, and the fine had been left out of the table
    text = "EU antitrust regulators fined Apple 1.8 billion euros ($1.95 billion) on Monday for breaking competition rules."
    assert [(f.text, f.subject) for f in figures_of(text)] == [("1.8 billion euros", "fine"), ("$1.95 billion", "fine")]


def test_forecasts_by_participle_or_by_sees_and_a_series_of_years():
    # "5.6% | inflation", "3.2% | inflation", "2.1% | inflation" had read as what inflation is, the 2025 unsaid
    text = "The bank now sees inflation averaging 5.6% this year, 3.2% next year and 2.1% in 2025."
    assert [(f.text, f.subject, f.attribution, f.caveat, f.when) for f in figures_of(text)] == [
        ("5.6%", "inflation", "bank", "expected", None), ("3.2%", "inflation", "bank", "expected", "next year"),
        ("2.1%", "inflation", "bank", "expected", "in 2025"),
    ]
    # "1.0% | |" had been blank and no forecast; the values it came down from are no forecast
    text = "It cut its growth forecasts, projecting the economy will expand by just 0.7% this year and 1.0% in 2024, down from 0.9% and 1.5% previously."
    assert [(f.text, f.subject, f.caveat, f.change) for f in figures_of(text)] == [
        # ("expand by just 0.7%": a rise since "just" no longer hides it)
        ("0.7%", "economy", "expected", "up"), ("1.0%", "economy", "expected", None), ("0.9%", "", None, "from"), ("1.5%", "", None, "from"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "sees" that forecasts nothing
        "Google has a pricing scheme that sees you paying three times just to be an early adopter.",
        "The campaign sees the 19-year-old singer stood against a blurred city background, with 12 dancers behind her.",
        "In the results we can now see that for every entry, we have the mean of the previous 60 rows.",
    ],
)
def test_sees_that_forecasts_nothing_marks_nothing(text):
    assert "expected" not in {f.caveat for f in extract_figures(analyse(from_text(text, "t")))}


@pytest.mark.parametrize(
    "text, row",
    [
        # an aside that owns what it leaves unsaid is no subject ("down 0.3% | bloc")
        ("Germany's economy, the bloc's largest, shrank 0.3% in the fourth quarter, official data showed.",
         ("0.3%", "Germany's economy", "official data")),
        # state media speak for the state ("not attributed" before)
        ("Rescuers were searching for 17 miners trapped after a coal mine collapsed in Inner Mongolia, state media reported.",
         ("17", "miners", "state media")),
        # an earlier count of the dead that the table had left blank ("| the year before")
        ("The country recorded 245 coal mining deaths in 2022, up from 178 the year before, officials said.",
         ("178", "coal mining deaths recorded the year before", "officials")),  # (its "coal" had been dropped)
        # a count each year, spaCy's date, had been left out as a length of time
        ("The agency estimates that backup crashes kill about 250 people and injure 12,000 each year.",
         ("12,000", "people injured each year", "agency")),
    ],
)
def test_subjects_sources_and_counts_from_the_central_bank_mine_and_recall_probes(text, row):
    assert row in [(f.text, f.subject, f.attribution) for f in figures_of(text)]


def test_what_sources_told_was_likely_is_their_expectation_not_dated_by_the_telling():
    # "500 million euros | last month | not attributed" had read as a fine of last month
    text = "The fine is far higher than the 500 million euros that sources had told Reuters last month the Commission was likely to impose."
    assert [(f.text, f.attribution, f.caveat, f.when) for f in figures_of(text)] == [("500 million euros", "sources", "expected", None)]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, subject, caveat, change) of the one row the sentence is about; each had misled
        ("The company expects revenue of $24 billion, plus or minus 2%, for the quarter ending in April.",
         ("$24 billion", "revenue", "expected", None)),  # "minus 2%" had been tabled as a share
        ("Fourth-quarter revenue rose 265% to $22.1 billion, beating estimates of $20.62 billion.",
         ("$20.62 billion", "estimates", "expected", None)),
        ("Net income rose to $12.3 billion, or $4.93 per share, from $1.41 billion, or 57 cents per share, a year earlier.",
         ("$1.41 billion", "Net income a year earlier", None, "from")),
        ("A cholera outbreak in Zambia has killed 412 people and infected more than 10,000 since October, the ministry said.",
         ("more than 10,000", "people infected", None, None)),
        ("Nepal has a poor air safety record, with at least 350 people killed in plane and helicopter crashes since 2000.",
         ("at least 350", "people killed", None, None)),
        ("The Interior Ministry said 1.28 million people took part nationwide, including 81,000 in Paris, the biggest turnout yet.",
         ("81,000", "people in Paris", None, None)),
        # the 62 spaCy dated had been lost, and the 64 marked expected by a later clause's "is expected to"
        ("The reform would raise the minimum retirement age to 64 from 62 and is expected to save about 17.7 billion euros a year.",
         ("62", "minimum retirement age", None, "from")),
        ("The reform would raise the minimum retirement age to 64 from 62 and is expected to save about 17.7 billion euros a year.",
         ("64", "minimum retirement age", None, "to")),
    ],
)
def test_rows_from_the_earnings_outbreak_protest_and_crash_probes(text, row):
    assert row in [(f.text, f.subject, f.caveat, f.change) for f in figures_of(text)]


def test_only_the_rows_the_probes_meant():
    # "minus 2%" is no row; "30 times your annual expenses saved" is no rescue; "Carlineo Jr., 55," no figure
    assert [f.text for f in figures_of("The company expects revenue of $24 billion, plus or minus 2%, for the quarter.")] == ["$24 billion"]
    text = "If you are planning to retire early, you should aim to have at least 25 to 30 times your estimated annual expenses saved or invested."
    assert {f.category for f in extract_figures(analyse(from_text(text, "t")))} == {"other"}
    text = "Patrick Carlineo Jr., 55, could face up to 10 years in prison after pleading guilty to threatening a U.S. official."
    assert "55" not in [f.text for f in figures_of(text)]


def test_a_police_prefecture_is_a_source():
    text = "Police fired tear gas at protesters in Paris, and 43 people were arrested, the Paris police prefecture said."
    assert [f.attribution for f in figures_of(text)] == ["Paris police prefecture"]


def test_a_british_story_that_converts_its_pounds_to_dollars_counts_money_in_pounds():
    # "11 billion pounds a year" and "11.44 pounds an hour" had been weights: the article also wrote "$12.5 billion"
    text = (
        "LONDON, Nov 22 (Reuters) - Jeremy Hunt announced a 10 billion pound ($12.5 billion) cut in payroll taxes on Wednesday.\n\n"
        "Hunt also made permanent a tax break that the Treasury estimates will cost 11 billion pounds a year, and raised "
        "the minimum wage by 9.8% to 11.44 pounds an hour from April."
    )
    rows = [(f.text, f.unit, f.currency, f.caveat) for f in figures_of(text)]
    assert ("10 billion pound", "money", "GBP", None) in rows
    assert ("11 billion pounds a year", "money", "GBP", None) in rows  # (what a thing "will cost" is left unmarked: see below)
    assert ("11.44 pounds an hour", "money", "GBP", None) in rows  # (not the "will" of the clause before)


@pytest.mark.parametrize(
    "text, row",
    [
        ("The tax burden will rise to 38% of GDP by 2028/29, the highest since records began.", ("38%", "tax burden (of GDP)", "expected")),
        ("Public sector net debt is forecast to peak at 92.8% of GDP in 2025/26, the OBR said.", ("92.8%", "net debt (of GDP)", "expected")),
        ("Temperatures were 10 to 15 degrees above normal for the time of year, the agency said.", ("15 degrees", "Temperatures above normal", None)),
        ("Customers withdrew $42 billion on Thursday alone, according to a filing by California regulators.", ("$42 billion", "Customers withdrew", None)),
    ],
)
def test_rows_from_the_budget_heatwave_and_bank_probes(text, row):
    assert row in [(f.text, f.subject, f.caveat) for f in figures_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        # what a thing will do or be, not a forecast of a level (my first "will" had marked both)
        "Yet the 302-horsepower system will take the car from zero to 60 mph (97 kph) in 5.8 seconds, the company said.",
        "Li hopes that operations will soon move from near the remote site to a $23-million data-processing centre being built in Guiyang.",
    ],
)
def test_what_will_be_done_is_no_forecast(text):
    assert "expected" not in {f.caveat for f in figures_of(text)}


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, subject, attribution); each had misled in the libel and poll probes
        ("The publisher must also pay about 1.1 million pounds towards Hale's legal costs, Justice Karen Steyn ruled.",
         ("about 1.1 million pounds", None, "publisher must also pay", "Karen Steyn")),
        ("Britain's opposition Labour Party has extended its lead over the ruling Conservatives to 20 percentage points.",
         ("20 percentage points", "to", "lead", None)),
        ("Labour was on 45%, up 4 points from a week earlier, while the Conservatives fell 3 points to 25%, according to the survey.",
         ("45%", None, "Labour", "survey")),
        ("Prime Minister Rishi Sunak's personal approval rating fell to minus 31, the poll showed.",
         ("minus 31", "to", "Prime Minister Rishi Sunak's personal approval rating", "poll")),
        ("Labour would win a majority of about 250 seats, according to a projection by the Electoral Calculus website.",
         ("about 250", None, "seats", "projection by the Electoral Calculus website")),
    ],
)
def test_rows_from_the_libel_and_poll_probes(text, row):
    assert row in [(f.text, f.change, f.subject, f.attribution) for f in figures_of(text)]


def test_a_price_a_thing_will_cost_is_no_forecast_and_a_count_a_thing_reaches_says_what():
    # "Tickets … will cost" is a set price (my "will" rule had marked it expected); a count "reached" had been blank
    text = "Tickets for the final will cost between 70 and 690 euros, UEFA said on Monday."
    assert {f.caveat for f in figures_of(text)} == {None}
    text = "The US Embassy reported Wednesday that the air quality index reached 408, earning a rating of hazardous."
    assert subjects_of(text) == ["air quality index"]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, subject, caveat) from the trade-data probe; each had misled
        ("Shipments to the United States slumped 23.1%, while exports to the European Union fell 20.6%.",
         ("23.1%", "down", "Shipments to the United States", None)),  # (had read as all shipments)
        ("Shipments to the United States slumped 23.1%, while exports to the European Union fell 20.6%.",
         ("20.6%", "down", "exports to the European Union", None)),
        ("China's economy grew just 0.8% in the second quarter from the previous three months, official data showed.",
         ("0.8%", "up", "China's economy", None)),  # ("just" had hidden the growth)
        ("Imports dropped 12.4%, against a forecast 5.0% fall, customs data showed.",
         ("5.0%", None, "fall", "expected")),
    ],
)
def test_rows_from_the_trade_data_probe(text, row):
    assert row in [(f.text, f.change, f.subject, f.caveat) for f in figures_of(text)]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, subject, attribution, caveat, when) from the jobs-report, markets, IPO, measles,
        # settlement and tariff probes; each row had been blank or had misled
        ("Economists polled by Reuters had forecast payrolls increasing by 200,000 jobs.",
         ("200,000", "up", "jobs", "Economists", "expected", None)),  # (had read as jobs added, not attributed)
        ("Estimates ranged from 130,000 to 325,000.", ("130,000", None, "Estimates", None, None, None)),
        ("Estimates ranged from 130,000 to 325,000.", ("325,000", None, "Estimates", None, None, None)),
        ("Measles cases rose sharply, the agency said. Kazakhstan reported the most cases, with 13,254, followed by Russia with 10,819.",
         ("13,254", None, "most cases", "Kazakhstan", None, None)),
        ("Measles cases rose sharply, the agency said. Kazakhstan reported the most cases, with 13,254, followed by Russia with 10,819.",
         ("10,819", None, "Russia", None, None, None)),  # (had been Kazakhstan's)
        ("The WHO said vaccination rates for the first dose had fallen to 93% in 2022 from 96% in 2019, "
         "and for the second dose to 91% from 92%.",
         ("92%", "from", "vaccination rates for second dose", "WHO", None, None)),  # (had read as a 2022 level)
        ("The WHO said vaccination rates for the first dose had fallen to 93% in 2022 from 96% in 2019, "
         "and for the second dose to 91% from 92%.",
         ("91%", "to", "vaccination rates for second dose", "WHO", None, "in 2022")),
        ("About 48,000 runners started the race, with temperatures around 10 degrees Celsius (50 degrees Fahrenheit).",
         ("around 10 degrees Celsius", None, "temperatures", None, None, None)),  # (had been "around 10 degrees")
        ("Purdue and its owners have agreed to pay up to $7.4 billion to resolve the lawsuits, a mediator said in a court filing on Thursday.",
         ("up to $7.4 billion", None, "Purdue and its owners have agreed to pay", "mediator", None, None)),
        ("Under the deal, Purdue will contribute about $1.4 billion.",
         ("about $1.4 billion", None, "Purdue will contribute", None, None, None)),
        ("The company reported a net loss of $90.8 million for 2023, narrowing from $158.6 million a year earlier.",
         ("$158.6 million", "from", "net loss a year earlier", None, None, None)),  # (had been "a year earlier")
        ("Reddit priced its initial public offering at $34 per share on Wednesday, the top of its marketed range.",
         ("$34 per share", None, "initial public offering", None, None, None)),
        ("December's figure was also cut by 43,000 to 290,000.", ("290,000", "to", "December's figure", None, None, None)),
        ("The growth forecast was raised to 2.5% from 2.1%.", ("2.5%", "to", "growth forecast", None, None, None)),
        ("Nvidia jumped 4.6%, bringing its market value to about $2.36 trillion.",
         ("about $2.36 trillion", "to", "market value", None, None, None)),
        ("The dollar rose as high as 151.86 yen, its strongest since 1990.",
         ("as high as 151.86 yen", "to", "", None, None, None)),  # (had read as a rise of 151.86 yen)
    ],
)
def test_rows_from_the_jobs_markets_and_settlement_probes(text, row):
    assert row in [(f.text, f.change, f.subject, f.attribution, f.caveat, f.when) for f in figures_of(text)]


def test_the_noun_a_gapped_clause_or_a_relative_clause_hangs_on_is_the_one_beside_it():
    # a list is no apposition ("2 soft-boiled eggs, 1 tsp" had read "1 tsp | eggs" in my first version), nor is a
    # conversion in brackets ("4,300 pounds (1,950 kilograms)" had read "| pounds")
    assert "pounds" not in subjects_of("The capsule will deliver more than 4,300 pounds (1,950 kilograms) of supplies.")
    # "which" right after its noun: the parser gave the timepiece's price to "the beneficiary"
    text = "The 26-year-old was the beneficiary of the timepiece - which ranges in price from £299 to £13,500 - on Thursday."
    assert "beneficiary of the timepiece" not in subjects_of(text)
    assert subjects_of("The inflation rate, which fell to 1.7% in September, rose again in October.")[0] == "inflation rate"
    # a clause with a verb of its own is no gap: "and imports rose to 3% from 2%"
    rows = [(f.text, f.change, f.subject) for f in figures_of("Exports fell to 5% from 7%, and imports rose to 3% from 2%.")]
    assert ("3%", "to", "imports") in rows and ("7%", "from", "Exports") in rows


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, qualifier, change, subject, attribution, when) from the drone-war, bitcoin, central-bank,
        # wildfire, election, Oscars, GDPR and census probes; each row had been blank or had misled
        ("Japan's population fell by a record 837,000 last year to 124.4 million, government data showed on Friday.",
         ("837,000", "exact", "down", "Japan's population", "government data", "last year")),  # (had been "record", "by last year")
        ("Russia's defence ministry said its air defences had destroyed 53 Ukrainian drones overnight over eight regions, "
         "including 28 over the Bryansk region bordering Ukraine.",
         ("eight", "exact", None, "regions", "defence ministry", None)),  # (had read as more than eight)
        ("Russia's defence ministry said its air defences had destroyed 53 Ukrainian drones overnight over eight regions, "
         "including 28 over the Bryansk region bordering Ukraine.",
         ("28", "exact", None, "Ukrainian drones over the Bryansk region", "defence ministry", None)),
        ("They have shipped over eight million units to date, the company said.",
         ("over eight million", "at least", None, "units", "company", None)),  # (my first "over" rule made it exact)
        ("Ukrainian attacks have knocked out as much as 14% of Russia's oil refining capacity this year, according to Reuters calculations.",
         ("as much as 14%", "at most", None, "of Russia's oil refining capacity", "Reuters calculations", None)),
        ("About $1.1 billion in leveraged positions were liquidated over 24 hours, data from CoinGlass showed.",
         ("About $1.1 billion", "approximately", None, "leveraged positions", "data from CoinGlass", None)),  # (had been "data")
        ("Power prices spiked to a record 2,586 pounds per megawatt hour on Tuesday, data from the EPEX Spot exchange showed.",
         ("2,586 pounds per megawatt hour", "exact", "to", "Power prices", "data from EPEX Spot", None)),
        ("The lira firmed about 1% against the dollar to 32.05 after the decision.",
         ("about 1%", "approximately", "up", "lira", None, None)),
        ("The bank has raised rates from 8.5% since June, when the president appointed a new economic team.",
         ("8.5%", "exact", "from", "rates", None, None)),
        ("The blaze, which started on Wednesday near the city of Chico, was 12% contained, Cal Fire said.",
         ("12%", "exact", None, "blaze contained", "Cal Fire", None)),
        ("The film, which had led the field with 13 nominations, has grossed more than $950 million at the global box office.",
         ("more than $950 million", "at least", None, "film", None, None)),
        ("Sheinbaum, 61, a former mayor of Mexico City, won between 58.3% and 60.7% of the vote, the electoral institute said.",
         ("60.7%", "at most", None, "Sheinbaum's share of the vote", "electoral institute", None)),
        ("Her main rival, Xochitl Galvez, took between 26.6% and 28.6%.", ("26.6%", "at least", None, "Xochitl Galvez's share", None, None)),
    ],
)
def test_rows_from_the_war_markets_fire_and_election_probes(text, row):
    assert row in [(f.text, f.qualifier, f.change, f.subject, f.attribution, f.when) for f in figures_of(text)]


def test_a_counts_own_of_and_an_appreciation_stay_as_they_were():  # (each part failed on my first version)
    # the longer "of" phrase is a share's only ("one of John M. Ford's novels" had gained a What in my first
    # version), and "appreciate" is no currency's rise ("will appreciate one change" had been marked expected)
    text = "As in one of John M. Ford’s novels, a kind of happy ending has been reached after 12 years."
    assert [f.subject for f in extract_figures(analyse(from_text(text, "t"))) if f.text == "one"] == [""]
    text = "Pros who are well-versed in the video space will appreciate one change to the display, which has 120 hertz."
    assert all(f.caveat is None for f in extract_figures(analyse(from_text(text, "t"))))


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, subject, attribution, caveat) from the water-bills, drug-trial, police-appeal, Senate,
        # blizzard and press-release probes; each row had been blank or had misled
        ("For fiscal 2025, the company now expects revenue of $1.78 billion to $1.84 billion, up from its prior outlook "
         "of $1.70 billion to $1.76 billion, and non-GAAP earnings per share of $3.40 to $3.55.",
         ("$3.40", None, "non-GAAP earnings per share", "company", "expected")),  # (had read as a fact, of "share")
        ("GAAP net income was $51.2 million, or $0.87 per diluted share, compared to $30.4 million a year earlier.",
         ("$0.87 per diluted share", None, "net income", None, None)),  # (had read "$0.87 | net income")
        ("Gross margin expanded by 210 basis points to 47.3%.", ("47.3%", "to", "Gross margin", None, None)),
        ("A powerful winter storm is expected to dump up to 2 feet (61 centimeters) of snow on parts of Minnesota, "
         "the National Weather Service said.",
         ("61 centimeters", None, "snow", "National Weather Service", "expected")),  # (had read as a fact, of nothing)
        ("Wind chills could fall to minus 35 degrees Fahrenheit (minus 37 Celsius) by Friday morning.",
         ("minus 37 Celsius", "to", "Wind chills", None, "expected")),  # (had been "minus 37 | Celsius")
        ("The average annual bill will increase from £438 to £591 by 2030, before inflation is taken into account.",
         ("£591", "to", "average annual bill", None, "expected")),  # (blank, and no forecast, before)
        ("The firm was fined £123m last year for breaching rules on dividends, the regulator said.",
         ("£123m", None, "fine", "regulator", None)),
        ("The package includes about $60 billion for Ukraine, $14 billion for Israel's war with Hamas and $9.2 billion "
         "in humanitarian assistance.", ("about $60 billion", None, "for Ukraine", None, None)),
    ],
)
def test_rows_from_the_bills_trial_senate_blizzard_and_results_probes(text, row):
    assert row in [(f.text, f.change, f.subject, f.attribution, f.caveat) for f in figures_of(text)]


def test_no_row_for_a_phone_number_a_confidence_level_or_a_day_of_the_month():
    text = "Anyone with information is asked to call 101 quoting reference 13240512345, or contact Crimestoppers."
    assert figures_of(text) == []
    assert [f.text for f in figures_of("The team will call 120 people this week.")] == ["120"]  # (a count called stays)
    text = "The risk fell by 20%, a hazard ratio of 0.80 (95% confidence interval, 0.72 to 0.90)."
    assert [f.text for f in figures_of(text)] == ["20%"]
    text = "Acme today reported financial results for the fourth quarter and fiscal year ended December 31, 2024."
    assert extract_figures(analyse(from_text(text, "t"))) == []  # (the 31 had been a duration, "BOSTON"'s)


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, subject, unit, when) from the mpox, climate-report, EV-sales, plane-panel and obituary
        # probes; each row had been blank, a name or of the wrong time
        ("Congo has recorded more than 15,600 suspected mpox cases this year, the ministry said, surpassing last year's "
         "total of 14,600 cases.", ("14,600", None, "cases", "count", "last year")),  # (had read as this year's)
        ("The world is on course for global warming of 2.5C to 2.9C above pre-industrial levels this century, a report said.",
         ("2.5C", None, "global warming", "measure", None)),  # (had been a name, like a model's)
        ("Carbon dioxide in the atmosphere reached 420 parts per million in 2023, the agency said.",
         ("420 parts per million", None, "", "measure", "in 2023")),  # (had been "420 | parts")
        ("The collider, a 27-km ring buried about 100 metres underground, cost about 4.75 billion Swiss francs to build.",
         ("about 4.75 billion Swiss francs", None, "collider", "money", None)),  # (had been a count of "Swiss francs")
        ("Boeing shares fell 8% on Monday, wiping about $10 billion off its market value.",
         ("about $10 billion", "down", "market value", "money", None)),  # (had read as a market value of $10 billion)
        ("Tesla delivered a record 1.81 million vehicles, short of Chief Executive Elon Musk's target of 2 million.",
         ("2 million", None, "Chief Executive Elon Musk's target", "count", None)),
    ],
)
def test_rows_from_the_outbreak_climate_ev_and_aviation_probes(text, row):
    assert row in [(f.text, f.change, f.subject, f.unit, f.when) for f in figures_of(text)]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, kind, change, subject, attribution) from the protest, mortgage, lottery, IT-outage, football and
        # explosion probes; each row had been left out, blank or unattributed
        ("Sales of previously owned homes fell 2.2% in July to a seasonally adjusted annual rate of 4.07 million units, "
         "the National Association of Realtors said.",
         ("4.07 million", "figure", None, "units", "National Association of Realtors")),  # (4070000.0000000005: a fraction, left out)
        ("The average rate rose to 7.22% this week, Freddie Mac said. The rate was up from 7.09% last week and 5.13% a year ago.",
         ("7.09%", "figure", "from", "rate last week", None)),
        ("The average rate rose to 7.22% this week, Freddie Mac said. The rate was up from 7.09% last week and 5.13% a year ago.",
         ("5.13%", "figure", "from", "", None)),  # (had read as no change)
        ("Insurer Parametrix estimated direct losses for Fortune 500 companies, excluding Microsoft, at $5.4 billion.",
         ("$5.4 billion", "figure", None, "direct losses", "Insurer Parametrix")),
        ("The largest Powerball prize, $2.04 billion, was won in California in November 2022.",
         ("$2.04 billion", "figure", None, "largest Powerball prize", None)),
        ("A winner could choose an annuity paid over 29 years or a lump sum estimated at $551.7 million before taxes.",
         ("$551.7 million", "figure", None, "lump sum", None)),
        ("The jackpot grew, officials said. The numbers drawn were 12, 21, 33, 45, 60 and Powerball 17.",
         ("12", "vague", None, "numbers", None)),  # (had been tabled as a count of 12 numbers)
    ],
)
def test_rows_from_the_protest_mortgage_lottery_and_outage_probes(text, row):
    rows = [(f.text, f.kind, f.change, f.subject, f.attribution) for f in extract_figures(analyse(from_text(text, "t")))]
    assert row in rows


def test_a_verbs_up_from_keeps_the_value_it_is_set_against():
    # my first "was up from" rule also took a verb's "up": "The Korea Times reported, down from 19% a week earlier"
    # had read "Korea Times a week earlier", and "interest … will eat up 13 percent of government spending, up from
    # 6.6 percent in 2017" lost "of government spending"
    text = "In a decade, interest on the debt will eat up 13 percent of government spending, up from 6.6 percent in 2017."
    assert ("6.6 percent", "of government spending in 2017") in [(f.text, f.subject) for f in figures_of(text)]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, qualifier, change, subject) from the quake, Suez, Adani, Qantas, power-price and layoffs probes;
        # each row had misled or been blank
        ("The ACCC had sought a penalty of up to A$250 million when it filed the case in August.",
         ("up to A$250 million", "at most", None, "penalty")),  # (had read "to A$250 million", a level reached)
        ("Qantas Airways agreed on Monday to pay A$120 million ($79 million) to settle a lawsuit by the consumer watchdog.",
         ("A$120 million", "exact", None, "Qantas Airways agreed to pay")),  # (had carried "on Monday")
        ("British day-ahead power prices spiked to a record 2,586 pounds ($3,172) per megawatt hour (MWh) on Tuesday.",
         ("2,586 pounds", "exact", "to", "British day-ahead power prices (per megawatt hour)")),  # (had read as 2,586 pounds)
        ("The death toll rose to 2,946 on Tuesday, up from 2,862 a day earlier, the interior ministry said.",
         ("2,862", "exact", "from", "death toll a day earlier")),
        ("The company called off a 200 billion rupee ($2.5 billion) share sale.", ("200 billion rupee", "exact", None, "share sale")),
        ("Gautam Adani has fallen to 15th on Forbes' list, with his net worth down to about $72 billion.",
         ("about $72 billion", "approximately", "to", "net worth")),
        ("Life Insurance Corporation of India said its holdings in Adani companies were worth 560 billion rupees.",
         ("560 billion rupees", "exact", None, "holdings")),
        ("The canal earned a record $10.25 billion in its 2022-23 fiscal year.", ("$10.25 billion", "exact", None, "canal earned")),
    ],
)
def test_rows_from_the_quake_suez_adani_qantas_and_power_probes(text, row):
    assert row in [(f.text, f.qualifier, f.change, f.subject) for f in figures_of(text)]


def test_a_span_of_years_is_no_score():
    text = "The canal earned a record $10.25 billion in its 2022-23 fiscal year, the authority said."
    assert [f.text for f in extract_figures(analyse(from_text(text, "t")))] == ["$10.25 billion"]


def test_a_cost_someone_estimates_will_come_is_expected():
    # a thing's own "will cost" stays a set price (see test_a_price_a_thing_will_cost_is_no_forecast…); one an
    # estimate says will come is a forecast (the Argentine drought probe's $10 billion had lost its "expected")
    text = (
        "Argentina's soy harvest will be the smallest in years, the exchange said. "
        "The government has estimated that the drought will cost the economy about $10 billion in lost output."
    )
    assert [(f.text, f.caveat) for f in figures_of(text)] == [("about $10 billion", "expected")]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, caveat, subject, when) from the Heathrow, Nepal floods, Nestle and Uvalde probes
        ("It was the deadliest school shooting in the U.S. since 20 children and six adults were killed at Sandy Hook "
         "Elementary in Newtown, Connecticut, in 2012.", ("20", None, "children killed", "in 2012")),  # (had read as today's dead)
        ("The cuts are expected to deliver annual savings of 1 billion Swiss francs ($1.25 billion) by the end of 2027.",
         ("1 billion Swiss francs", "expected", "annual savings", "by the end of 2027")),  # (had read as savings made)
        ("The cuts are expected to deliver annual savings of 1 billion Swiss francs ($1.25 billion) by the end of 2027.",
         ("$1.25 billion", "expected", "annual savings", "by the end of 2027")),
        ("Chief executive Thomas Woldbye urged the government to back a third runway, which it estimates would cost £49 billion.",
         ("£49 billion", "expected", "third runway", None)),
    ],
)
def test_rows_from_the_airport_floods_food_and_shooting_probes(text, row):
    assert row in [(f.text, f.caveat, f.subject, f.when) for f in figures_of(text)]


def test_an_expected_verbs_other_objects_stay_unmarked():
    # "of" still keeps the number from what is expected unless an amount's noun owns it
    assert [f.caveat for f in figures_of("The court is expected to take key decisions on two cases this week.")] == [None]


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, unit, subject, caveat) from the UK-inflation, transfer-fee and migration probes
        ("British inflation fell to 3.2% in March, official figures showed. A Reuters poll of economists had pointed to "
         "a fall to 3.1%.", ("3.1%", "percent", "Reuters poll of economists", "expected")),  # (had read as a fall)
        ("Services inflation slowed only slightly to 6.0% from 6.1%, above the central bank's forecast of 5.8%.",
         ("5.8%", "percent", "central bank's forecast", "expected")),
        ("Chelsea have signed Enzo Fernandez from Benfica for a British record fee of 121 million euros ($131 million), "
         "or 107 million pounds, the club said.",
         ("107 million pounds", "money", "British record fee", None)),  # (had been blank, and a weight beside the dollars)
    ],
)
def test_rows_from_the_inflation_transfer_and_migration_probes(text, row):
    assert row in [(f.text, f.unit, f.subject, f.caveat) for f in figures_of(text)]


def test_a_year_after_its_month_is_no_duration():
    text = "Net migration in the 12 months to June 2023 was 672,000, the ONS said."
    assert [f.text for f in extract_figures(analyse(from_text(text, "t"))) if f.text == "2023"] == []


def test_a_clause_that_leaves_out_its_verb_names_its_own_noun():
    # "Exports dropped 1.8% and imports 3.0%" had tabled the 3.0% as the exports', with no fall
    rows = [(f.text, f.change, f.subject) for f in figures_of("Exports dropped 1.8% and imports 3.0%, the office said.")]
    assert ("3.0%", "down", "imports") in rows and ("1.8%", "down", "Exports") in rows


def test_a_planemaker_is_a_source():
    text = "The planemaker also said it expected to report a loss of $9.97 per share for the third quarter."
    assert [(f.text, f.attribution, f.caveat) for f in figures_of(text)] == [("$9.97 per share", "planemaker", "expected")]


def test_a_passive_estimates_subject_is_no_source():
    # my "estimated at" rule made the turnout its own source ("Turnout was estimated at between 60% and 61.5%")
    text = "Turnout was estimated at between 60% and 61.5% of the roughly 98 million registered voters, the institute said."
    assert "Turnout" not in {f.attribution for f in figures_of(text)}


@pytest.mark.parametrize(
    "text, row",
    [
        # (text, change, caveat) from the Israeli-GDP and Eurovision probes
        ("Israel's economy contracted at an annualised rate of 19.4% in the fourth quarter, preliminary data showed.",
         ("19.4%", "down", None)),  # (had read as no change: a rate of 19.4%)
        ("The final was watched by 163 million people, the European Broadcasting Union said, up 1 million from last year.",
         ("1 million", "up", None)),
        ("About 100,000 visitors travelled to Malmo during the week, local authorities said, fewer than the 150,000 they "
         "had expected.", ("150,000", None, "expected")),  # (had read as 150,000 who came)
    ],
)
def test_rows_from_the_gdp_and_song_contest_probes(text, row):
    assert row in [(f.text, f.change, f.caveat) for f in figures_of(text)]
