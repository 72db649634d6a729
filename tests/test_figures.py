"""Figures: the seed's eight key figures and the rules, sentence by sentence."""

from __future__ import annotations

import pytest

from briefgen.analyse import analyse
from briefgen.extract.figures import extract_figures
from briefgen.ingest import from_text


def figures_of(text: str):
    return [f for f in extract_figures(analyse(from_text(text, "t"))) if f.kind == "figure"]


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
    ],
)
def test_not_key_figures(sentence):
    assert figures_of(sentence) == []
