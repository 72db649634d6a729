"""The daily digest: duplicates, stories, conflicting figures, failures, cache."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.digest.build import digest
from briefgen.digest.cache import BriefCache
from briefgen.digest.cluster import DUPLICATE_JACCARD, jaccard, near_duplicates, shingles
from briefgen.pipeline import brief_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3e29ec34f0816bdb.txt"
SAMPLES = ROOT / "seeds" / "digest"


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_duplicate_kinds_collapse():
    text = body(SEED).split("Stop biggest")[0]
    rewrapped = "\n".join(" ".join(line.split()) for line in text.replace(". ", ".\n").splitlines())
    edited = text.replace("has ended once again without any conclusive deal", "ended without a deal").replace(
        "told reporters in Ankara", "told journalists in Ankara"
    )
    other = body(SAMPLES / "riverton-floods.txt")
    assert jaccard(shingles(text), shingles(rewrapped)) == 1.0
    assert jaccard(shingles(text), shingles(edited)) >= DUPLICATE_JACCARD
    assert near_duplicates([text, rewrapped, edited, other]) == {1: 0, 2: 0}


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, article, options):
        self.calls += 1
        return brief_article(article, options)


def test_digest_stories_duplicates_conflicts_and_failures(digest_inputs, tmp_path, monkeypatch):
    counter = Counter()
    cache = BriefCache(tmp_path / "cache.sqlite")
    result = digest([str(digest_inputs)], title="Test", cache=cache, analyse_fn=counter, today="2020-02-20")
    titles = [s.title for s in result.stories]
    assert len(result.stories) == 3, titles  # Idlib (2 sources), Riverton (2), Port Haven (1)
    idlib = next(s for s in result.stories if "Idlib" in s.title)
    assert len(idlib.articles) == 2
    assert [(d.input.split("/")[-1], d.duplicate_of.split("/")[-1]) for d in result.duplicates] == [("seed.txt", "seed-copy.txt")] or \
        [(d.input.split("/")[-1], d.duplicate_of.split("/")[-1]) for d in result.duplicates] == [("seed-copy.txt", "seed.txt")]
    conflicting = {(f.text, f.attribution) for f in idlib.figures if f.conflict}
    assert ("900,000", "United Nations (UN)") in conflicting
    assert any(text == "about one million" for text, _ in conflicting)
    reasons = {f.input.split("/")[-1]: f.reason for f in result.failures}
    assert "binary data" in reasons["photo.txt"]
    assert any("neither content nor a link" in r for r in reasons.values())
    for story in result.stories:
        for point in story.key_points:
            for ref in point.sources:
                source_sentences = story.articles[ref.article]
                assert source_sentences.input
    assert counter.calls == 5  # 6 readable articles, 1 duplicate never analysed

    # second run with the cache: no model work for unchanged articles, not even loading one
    def no_model(*args, **kwargs):
        raise AssertionError("a warm digest must not load a model")

    monkeypatch.setattr("briefgen.summarise.encoder.get_encoder", no_model)
    monkeypatch.setattr("briefgen.summarise.get_summariser", no_model)
    again = Counter()
    second = digest([str(digest_inputs)], title="Test", cache=cache, analyse_fn=again, today="2020-02-20")
    assert again.calls == 0 and second.cached == 5
    assert json.dumps(second.to_dict(), sort_keys=True) == json.dumps(result.to_dict() | {"analysed": 0, "cached": 5}, sort_keys=True)
    cache.close()


def test_cached_briefs_are_kept_apart_by_the_encoder_precision(monkeypatch):
    """int8 and float embeddings choose different key points on near-ties: neither may serve the other."""
    from briefgen.digest.cache import article_key
    from briefgen.models import Article
    from briefgen.pipeline import BriefOptions

    article = Article("Floods in Riverton", "Floods forced 1,200 residents from their homes.", "t")
    keys = {}
    for precision in ("int8", "fp32", "int8"):
        monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", precision)
        keys.setdefault(precision, set()).add(article_key(article, BriefOptions()))
    assert len(keys["int8"]) == 1 and keys["int8"] != keys["fp32"]


def test_cached_briefs_are_kept_apart_by_the_code_that_made_them(tmp_path):
    """A fix to an extractor changes briefs without a new version number (a git checkout):
    the digest must not serve the briefs the old code made."""
    import shutil

    from briefgen.digest.cache import PACKAGE_DIR, code_fingerprint

    copy = tmp_path / "briefgen"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(copy)
    assert before == code_fingerprint(PACKAGE_DIR)  # the same code, the same fingerprint
    timeline = copy / "extract" / "timeline.py"
    timeline.write_text(timeline.read_text() + "\n# a fix\n")
    assert code_fingerprint.__wrapped__(copy) != before


def test_percentages_of_one_thing_are_not_taken_for_sources_disagreeing():
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    def brief_with(*figures):
        return SimpleNamespace(table_figures=list(figures))

    winner = Figure(58, "58%", "exact", "percent", None, "percent", "of the vote", None, 1)
    loser = Figure(41, "41%", "exact", "percent", None, "percent", "of the vote", None, 3)
    killed = [Figure(n, str(n), "exact", "people", None, "killed", "civilians killed", None, 0) for n in (300, 250)]
    rows = _figures([brief_with(winner, killed[0]), brief_with(loser, killed[1])])
    assert {(r.text, r.conflict) for r in rows} == {("58%", False), ("41%", False), ("300", True), ("250", True)}


def test_sources_disagree_only_when_no_one_value_fits_both():
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    def flagged(first, second):
        """(qualifier, value) of two sources' counts of the same thing -> flagged as a conflict?"""
        rows = _figures([
            SimpleNamespace(table_figures=[Figure(v, str(v), q, "people", None, "killed", "civilians killed", None, 0)])
            for q, v in (first, second)
        ])
        assert len(rows) == 2 and rows[0].conflict == rows[1].conflict
        return rows[0].conflict

    assert not flagged(("at least", 1000), ("exact", 1200))  # "more than 1,000" / "1,200"
    assert not flagged(("at most", 300), ("exact", 250))  # "up to 300" / "250"
    assert not flagged(("approximately", 1200), ("exact", 1150))  # "about 1,200" / "1,150"
    assert not flagged(("exact", 1200), ("exact", 1200.0000001))
    assert not flagged(("at least", 300), ("approximately", 300))
    assert flagged(("exact", 900_000), ("approximately", 1_000_000))  # "about one million" allows 5%
    assert flagged(("at least", 1000), ("exact", 900))
    assert flagged(("at least", 300), ("at most", 250))
    assert flagged(("exact", 300), ("exact", 250))


def test_a_range_in_one_source_is_a_span_of_values_against_another():
    # "some 30 to 40 guests" is tabled as at least 30 and at most 40: "35 guests" elsewhere fits it
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    def flagged(other):
        ranged = [Figure(30, "30", "at least", "people", None, "", "guests", None, 0),
                  Figure(40, "40", "at most", "people", None, "", "guests", None, 0)]
        rows = _figures([SimpleNamespace(table_figures=ranged),
                         SimpleNamespace(table_figures=[Figure(other, str(other), "exact", "people", None, "", "guests", None, 0)])])
        return any(r.conflict for r in rows)

    assert not flagged(35) and not flagged(30) and not flagged(40)
    assert flagged(50) and flagged(25)


def test_a_noun_counting_different_things_is_no_disagreement():
    # found digesting 161 benchmark pages: a plague story flagged 2, 12 and 28 "people" (diagnosed,
    # quarantined, ...) and "22 launch titles" / "10 extra titles" as sources disagreeing
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    def conflicts(*articles):
        """articles: lists of (value, subject) -> the flagged (article, value) pairs"""
        briefs = [
            SimpleNamespace(table_figures=[Figure(v, str(v), "exact", "people", None, "", subject, None, i) for i, (v, subject) in enumerate(figures)])
            for figures in articles
        ]
        return sorted((r.article, r.value) for r in _figures(briefs) if r.conflict)

    # one article gives "people" two values: the noun counts different things
    assert conflicts([(2, "people"), (28, "people")], [(28, "people"), (12, "people")]) == []
    # different modifiers count different things
    assert conflicts([(22, "launch titles")], [(10, "extra titles")]) == []
    # one count each, of the same thing: still a disagreement ("1,200 residents" / "1,500 residents")
    assert conflicts([(1200, "residents")], [(1500, "residents")]) == [(0, 1200), (1, 1500)]
    assert conflicts([(22, "launch titles")], [(10, "titles")]) == [(0, 22), (1, 10)]
    # a part of a group is no count of the group ("11 of the 12 cities" / "12 cities")
    assert conflicts([(11, "of the 12 cities")], [(12, "cities")]) == []


def test_a_story_opens_with_a_bottom_line_not_a_detail_two_sources_repeat():
    # found digesting benchmark pages: "Among the issues the NYAG is examining is …", a detail
    # two articles shared, had led the WeWork story instead of "The NYAG is investigating WeWork"
    from types import SimpleNamespace

    import numpy as np

    from briefgen.digest.build import Analysed, _story
    from briefgen.models import KeyPoint

    def article(lead, detail, detail_sentence):
        return SimpleNamespace(
            title="t", bluf=lead, bluf_sentences=[0], key_points=[KeyPoint(detail, [detail_sentence])], table_figures=[]
        )

    a = article("The attorney general is investigating WeWork.", "Among the issues is self-dealing.", 5)
    b = article("WeWork confirmed it had been contacted by the office.", "Among the issues is self-dealing by Neumann.", 2)
    lead_a, lead_b, detail = np.eye(3)
    items = [Analysed(a, lead_a, np.vstack([lead_a, detail])), Analysed(b, lead_b, np.vstack([lead_b, detail]))]
    sources = [SimpleNamespace(input=f"{n}.html", url=None, publisher=None, published=None) for n in "ab"]
    story = _story(items, sources, "2019-11-20")
    assert story.bluf == "The attorney general is investigating WeWork."
    # the shared detail, cited by both, still comes right after
    assert [len(p.sources) for p in story.key_points] == [1, 2, 1]


def test_digest_cli_writes_all_formats_and_reports_partial(digest_inputs, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["digest", str(digest_inputs), "-o", str(out), "--cache", str(tmp_path / "c.sqlite"), "--title", "Morning"])
    assert result.exit_code == 8, result.output  # partial: the binary file and the broken feed item
    assert "skipped:" in result.output and "Traceback" not in result.output
    assert "1 duplicate removed" in result.output  # the summary line reads as English too
    for ext in ("md", "html", "pdf", "json"):
        assert (out / f"digest.{ext}").stat().st_size > 300
    data = json.loads((out / "digest.json").read_text())
    assert {"title", "date", "stories", "duplicates", "failures"} <= set(data)
    story = data["stories"][0]
    assert {"title", "key_points", "figures", "articles"} <= set(story)
    assert {"text", "sources"} <= set(story["key_points"][0])
    assert {"article", "sentence"} == set(story["key_points"][0]["sources"][0])
    assert {"title", "input", "url"} <= set(story["articles"][0])
    assert {"input", "duplicate_of"} == set(data["duplicates"][0])
    assert {"input", "reason"} == set(data["failures"][0])


def test_nothing_readable_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text("")
    result = CliRunner().invoke(app, ["digest", str(tmp_path), "-o", str(tmp_path / "o"), "--no-cache"])
    assert result.exit_code == 2 and "nothing to digest" in result.output


def test_digest_table_shows_what_the_quoted_words_do_not(digest_inputs, tmp_path):
    """'more than 2100 vehicles and 7000 troops': 7000 is 'at least' too, in the digest as in the brief."""
    from briefgen.digest.render import render_digest

    result = digest([str(digest_inputs)], title="Test", cache=BriefCache(tmp_path / "c.sqlite"), today="2020-02-20")
    markdown = render_digest(result, "md").decode()
    assert "| 7000 (at least) | troops" in markdown
    assert "| thirteen (13) |" in markdown
    # counts read as English: "1 duplicate removed", not "1 duplicates removed"
    assert "1 duplicate removed" in markdown and "(1 source)" in markdown
    assert not re.search(r"\b1 (?:stories|articles|duplicates|inputs|sources)\b", markdown)


def test_inputs_given_as_one_string_or_paths_and_unreadable_folders(tmp_path, monkeypatch):
    import os

    from briefgen.digest import sources

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Floods hit Riverton\n\nThe river burst its banks on Monday and 300 people fled.\n")
    (folder / "sub" / "b.txt").write_text("Talks resume\n\nThe two sides met again in Geneva on Tuesday to talk.\n")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    names = lambda items: [os.path.basename(i.input) for i in items]  # noqa: E731
    # one string is one input, not its characters ("/" had been walked as an input)
    assert names(sources.expand(str(folder))) == ["a.txt", "b.txt"]
    assert names(sources.expand([folder])) == ["a.txt", "b.txt"]  # a Path works as a str does; .git is skipped

    real_walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **kw):
        onerror(PermissionError(13, "Permission denied", str(folder / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(sources.os, "walk", walk_with_a_locked_folder)
    items = list(sources.expand([str(folder)]))
    assert [(i.input, i.reason) for i in items if isinstance(i, sources.Failure)] == [
        (str(folder / "locked"), "cannot read: Permission denied")
    ]
    assert names(i for i in items if not isinstance(i, sources.Failure)) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("name", ["../escaped", "", "a/b", ".hidden"])
def test_digest_name_stays_a_file_in_the_output_folder(tmp_path, name):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["digest", str(tmp_path), "-o", str(out), "--name", name])
    assert result.exit_code == 4, result.output
    assert "--name must give a plain file name" in result.output
    assert not (tmp_path / "escaped.md").exists() and not out.exists()  # refused before any work


def test_a_story_table_keeps_disagreeing_and_key_point_figures_when_it_is_cut():
    from briefgen.digest.build import DigestFigure, DigestPoint, SourceRef, Story
    from briefgen.digest.render import story_figures
    from briefgen.render import MAX_FIGURES_SHOWN

    rows = [DigestFigure(i, str(i), "exact", "count", "other", "", None, 0, i) for i in range(30)]
    rows[25].conflict = rows[26].conflict = True
    rows[20].subject = "things"
    story = Story("T", "b", [DigestPoint("p", [SourceRef(0, 28)])], rows, [])
    shown, left_out = story_figures(story)
    assert len(shown) == MAX_FIGURES_SHOWN and left_out == 30 - MAX_FIGURES_SHOWN
    assert {25, 26, 28, 20} <= {r.sentence for r in shown}
    assert [r.sentence for r in shown] == sorted(r.sentence for r in shown)


def test_a_hidden_file_named_with_o_is_refused_in_terms_of_o(tmp_path):
    result = CliRunner().invoke(app, ["digest", str(tmp_path), "-o", str(tmp_path / ".hidden.md")])
    assert result.exit_code == 4, result.output
    assert "-o must give a plain file name" in result.output and "--name" not in result.output


def test_a_range_in_a_story_table_is_one_row_as_in_a_brief_and_still_a_span_against_another():
    from types import SimpleNamespace

    from briefgen.digest.build import DigestPoint, SourceRef, Story, _figures
    from briefgen.digest.render import story_figures
    from briefgen.models import Figure

    sentence = "Losses reached $10-12 million, officials said."
    ends = [Figure(10_000_000, "$10", "at least", "money", "USD", "other", "Losses", "officials", 0),
            Figure(12_000_000, "12 million", "at most", "money", "USD", "other", "Losses", "officials", 0)]
    other = Figure(20_000_000, "$20 million", "exact", "money", "USD", "other", "Losses", None, 0)
    rows = _figures([SimpleNamespace(table_figures=ends, sentences=[sentence]),
                     SimpleNamespace(table_figures=[other], sentences=["Losses hit $20 million."])])
    assert [r.range_phrase for r in rows if r.article == 0] == ["$10-12 million", "$10-12 million"]
    assert all(r.conflict for r in rows)  # $20 million is outside the other source's range
    story = Story("T", "b", [DigestPoint("p", [SourceRef(0, 0)])], rows, [])
    shown, left_out = story_figures(story)
    assert [(r.text, r.article) for r in shown] == [("$10-12 million", 0), ("$20 million", 1)] and left_out == 0
    assert shown[0].conflict


def test_a_storys_figures_come_as_the_articles_tell_them_after_any_disagreement():
    # sorted by category, a cyclone's "584 | people injured" had come before its "at least 190 |
    # people killed", and a story's sums before its casualties
    from types import SimpleNamespace

    from briefgen.digest.build import _figures
    from briefgen.models import Figure

    first = [Figure(190, "at least 190", "at least", "people", None, "killed", "people killed", None, 1),
             Figure(584, "584", "exact", "people", None, "injured", "people injured", None, 2),
             Figure(12e6, "$12 million", "exact", "money", "USD", "money", "", None, 5)]
    second = [Figure(1200, "1,200", "exact", "people", None, "displaced", "residents displaced", None, 1),
              Figure(1500, "1,500", "exact", "people", None, "displaced", "residents displaced", None, 3)]
    third = [Figure(1500, "1,500", "exact", "people", None, "displaced", "residents displaced", None, 4)]
    rows = _figures([SimpleNamespace(table_figures=first), SimpleNamespace(table_figures=[second[0]]),
                     SimpleNamespace(table_figures=third)])
    assert [(r.article, r.value) for r in rows] == [(1, 1200), (2, 1500), (0, 190), (0, 584), (0, 12e6)]
