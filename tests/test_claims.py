"""Claims: a figure the article says nobody could verify, or someone disputes, is marked so."""

from __future__ import annotations

import pytest

from briefgen.analyse import analyse
from briefgen.extract.figures import extract_figures
from briefgen.ingest import from_text


def table_of(text: str) -> list[tuple]:
    """(text, attribution, caveat) of each tabled figure."""
    return [(f.text, f.attribution, f.caveat) for f in extract_figures(analyse(from_text(text, "t"))) if f.kind == "figure"]


@pytest.mark.parametrize(
    "text, row",
    [
        # a party's claim, doubted in the same breath: it had read "20 | soldiers killed | not attributed"
        ("Islamist militants said on Sunday they had killed 20 soldiers in an attack on an army base, a claim that "
         "could not be independently verified.", ("20", "Islamist militants", "unverified")),
        ("A local official said at least 30 civilians had fled to Mopti. Reuters could not independently verify the figure.",
         ("at least 30", "local official", "unverified")),
        ("Unconfirmed reports said as many as 50 people had died in a second attack.", ("as many as 50", "Unconfirmed reports", "unverified")),
        ("The observatory said 35 people were killed. The toll could not be independently confirmed.", ("35", "observatory", "unverified")),
        ("A person claiming to be behind the attack demanded a ransom of $1 million on a hacking forum. Reuters could not verify the post.",
         ("$1 million", None, "unverified")),
        ("The militants also said they had captured 12 soldiers, which the army denied.", ("12", "militants", "disputed")),
        ("A rebel group claimed to have shot down two army helicopters, a claim denied by the defence ministry.",
         ("two", "rebel group", "disputed")),
        ("Hospital sources told Reuters that 17 wounded people had been admitted. The army disputed the figure.",
         ("17", "Hospital sources", "disputed")),
    ],
)
def test_a_claim_the_article_doubts_or_someone_denies_is_marked(text, row):
    assert table_of(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # the doubt is about something else
        "The ministry said 40 people were injured in the blasts, but the identities of the victims could not be confirmed.",
        "The army said four soldiers were killed. Officials could not be reached for comment.",
        "The company said it paid 12 workers, which the union welcomed.",
        "The government said 30 people were killed, which it denied responsibility for.",
        "Police said 12 people were arrested. The suspects denied the charges in court.",
    ],
)
def test_a_doubt_about_something_else_marks_nothing(text):
    assert {caveat for *_, caveat in table_of(text)} == {None}


def test_the_table_says_which_claims_are_not_verified_or_disputed(tmp_path):
    from briefgen import brief
    from briefgen.render import render_text

    article = tmp_path / "claims.txt"
    article.write_text(
        "Militants claim attack\n\n"
        "Islamist militants said on Sunday they had killed 20 soldiers, a claim that could not be independently verified. "
        "The militants also said they had captured 12 soldiers, which the army denied. "
        "The army said four soldiers were killed.\n",
        encoding="utf-8",
    )
    result = brief(str(article))
    markdown = render_text(result, "md")
    assert "| 20 | soldiers killed | Islamist militants (**not verified**) |" in markdown
    assert "| militants (**disputed**) |" in markdown
    assert "| army |" in markdown  # the army's own count, not doubted
    html = render_text(result, "html")
    assert 'Islamist militants <span class="caveat">(not verified)</span>' in html
    assert [f["caveat"] for f in result.to_dict()["figures"] if f["kind"] == "figure"] == ["unverified", "disputed", None]


def test_the_ways_wire_copy_doubts_a_claim():
    text = (
        "Ukraine's air force said it had shot down 30 drones, while Russia's defence ministry said it had destroyed 17 drones. "
        "Reuters could not independently verify either side's battlefield reports. "
        "The Russian defence ministry claimed its forces had killed up to 400 Ukrainian soldiers, a figure Kyiv rejected as propaganda. "
        "Ukraine's military said Russian losses had reached about 650,000 troops. "
        "Moscow does not publish its losses and has dismissed Ukrainian estimates. "
        "The company said it had paid 12 workers. It denied wrongdoing in its annual report."
    )
    assert [caveat for *_, caveat in table_of(text)] == ["unverified", "unverified", "disputed", "disputed", None]


def test_an_expectation_is_its_makers():
    # "about 30 | seats | not attributed" had read as a result; so did "about 30 | seats | Analysts"
    # (analysts report results too): the row says it was a forecast
    assert table_of("Analysts had expected the Freedom Party to win about 30 seats.") == [("about 30", "Analysts", "expected")]


@pytest.mark.parametrize(
    "text, rows",
    [
        # a relative clause with no "that": "180,000 | economists" had been a count of economists, and
        # the sentence's forecaster the source of the 150,000 jobs that were counted
        ("Payrolls rose by 150,000 last month, compared with the 180,000 economists polled by Reuters had forecast.",
         [("150,000", None, None), ("180,000", "economists", "expected")]),
        # "12.3 billion euros | analysts | euros analysts" (and the orders the analysts' figure)
        ("Orders rose to 14.1 billion euros in the quarter, beating the 12.3 billion euros analysts had expected.",
         [("14.1 billion euros", None, None), ("12.3 billion euros", "analysts", "expected")]),
        ("The company now expects revenue growth of 15% to 17% this fiscal year.",
         [("15%", "company", "expected"), ("17%", "company", "expected")]),
        ("Wall Street predicted $2.52 a share.", [("$2.52 a share", "Wall Street", "expected")]),
        ("The Tax Foundation projected in May that the tariffs would reduce GDP by 0.25 percent.",
         [("0.25 percent", "Tax Foundation", "expected")]),
        # where the forecast change starts is today's (a row of the 391 audit texts)
        ("Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many as 80 by 2022.",
         [("16", "Analysts", None), ("as many as 80", "Analysts", "expected")]),
        # a forecast the tagger took for a noun ("The BoE forecast that …"); and a relative clause on the
        # way tells a fact about what is forecast (the 1.7% is September's inflation)
        ("The BoE forecast that inflation, which fell to 1.7% in September, would rise to around 2.75% late next year.",
         [("1.7%", None, None), ("around 2.75%", "BoE", "expected")]),
        # a forecast holds its object or clause only: the 20,000 who came are the organisers'
        ("Police had expected 5,000 people, but about 20,000 came, organisers said.",
         [("5,000", "Police", "expected"), ("about 20,000", "organisers", None)]),
        # a forecast verb whose object is something else forecasts no number
        ("Speaking of the 12 candidates on the ballot, I did not expect a runoff.", [("12", None, None)]),
    ],
)
def test_a_forecast_says_so_and_is_its_makers_only(text, rows):
    assert table_of(text) == rows


def test_a_forecaster_counted_is_no_count():
    text = "Payrolls rose by 150,000 last month, compared with the 180,000 economists polled by Reuters had forecast."
    forecast = [f for f in extract_figures(analyse(from_text(text, "t"))) if f.text == "180,000"]
    assert [(f.subject, f.unit) for f in forecast] == [("", "count")]


def test_agencies_are_a_source():
    assert table_of("Aid agencies say they need $25 million to respond.") == [("$25 million", "Aid agencies", None)]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Forecasters expect temperatures to climb further, to as high as 47C, on Sunday.", "Forecasters"),
        ("Economists polled by Reuters had expected inflation of 3.2%.", "Economists"),
        ("Traders said the yen fell 1% on the news.", "Traders"),
        ("Shares were down 2% at midday, dealers said.", "dealers"),
        ("At least 12 people were hurt, paramedics said.", "paramedics"),
        ("The plane was flying to Pokhara with 17 technical staff on board, the airline said.", "airline"),
        ("The club said it was now looking to raise $400m from a share issue.", "club"),
        ("In 2022, heatwaves killed more than 61,000 people across Europe, according to a study published in Nature Medicine.", "study"),
        ("The party won 37 seats in parliament, according to a near-complete count published on Thursday.", "near-complete count"),
    ],
)
def test_forecasters_economists_and_traders_are_sources(text, source):
    assert [attribution for _, attribution, _ in table_of(text)] == [source]


@pytest.mark.parametrize(
    "text, row",
    [
        # an expectation had read as what is: "about $2 billion | | not attributed"
        ("It had been expected to pay about $2 billion.", ("about $2 billion", None, "expected")),
        ("Revenue is expected to reach $5 billion this year.", ("$5 billion", None, "expected")),
        ("The deal is expected to close in the first half and to generate about $800 million in annual savings.",
         ("about $800 million", None, "expected")),
        ("Analysts expected revenue of $5 billion.", ("$5 billion", "Analysts", "expected")),  # its maker says whose
        ("Prices rose 5%, more than expected.", ("5%", None, None)),
        # a change's "by" is how far it is expected to go; a subject counted before "were expected to" is
        # expected (both had read as what happened)
        ("Consumer prices are projected to rise by 7.3 percent this year.", ("7.3 percent", None, "expected")),
        ("About 40,000 England fans were expected to travel to Munich, according to police.", ("About 40,000", "police", "expected")),
        ("The target is expected to be achieved by 2030 with 500 new turbines.", ("500", None, None)),  # "by" of no change
        # ...but not things that are there already
        ("While the 13 letters were expected to bring in a fortune, no one bid.", ("13", None, None)),
        # what is expected is something else (3 rows on the 521 audit texts)
        ("The ICC is expected to take key decisions on two cases against Israel.", ("two", None, None)),
        ("The target is expected to be achieved with a recently announced 2.1 GW floating solar project.", ("2.1 GW", None, None)),
    ],
)
def test_what_is_expected_says_so(text, row):
    assert table_of(text) == [row]


def test_an_expectation_is_no_disagreement_with_what_happened_in_a_digest():
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    ordered = Figure(1.3e9, "$1.3 billion", "exact", "money", "USD", "money", "fines", None, 0)
    expected = Figure(2e9, "about $2 billion", "approximately", "money", "USD", "money", "fines", None, 0, caveat="expected")
    rows = _figures([SimpleNamespace(table_figures=[ordered]), SimpleNamespace(table_figures=[expected])])
    assert not any(r.conflict for r in rows) and rows[1].caveat == "expected"


def test_the_value_an_expected_change_starts_from_is_no_expectation():
    text = "By 2050 the share of people aged over 60 is projected to rise from 18% to 29%."
    assert [(f.text, f.caveat) for f in extract_figures(analyse(from_text(text, "t"))) if f.unit == "percent"] == [
        ("18%", None), ("29%", "expected")
    ]
