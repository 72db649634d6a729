"""The CLI end to end on the seed article with the real models."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_help_is_fast_and_imports_no_model():
    code = (
        "import sys, briefgen.cli;"
        "heavy = [m for m in ('torch', 'transformers', 'spacy', 'weasyprint') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    result = run("--help")
    assert result.exit_code == 0 and "brief" in result.output


@pytest.fixture(scope="module")
def seed_outputs(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("reports")
    result = run("brief", str(seed_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_writes_all_four_formats_named_after_the_input(seed_outputs, seed_path):
    stem = seed_path.stem
    for ext in ("md", "html", "pdf", "json"):
        assert (seed_outputs / f"{stem}.{ext}").stat().st_size > 500
    assert (seed_outputs / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    assert not list(seed_outputs.glob(".*.tmp"))  # atomic writes leave no temp files


def test_json_contract_on_the_seed(seed_outputs, seed_path):
    data = json.loads((seed_outputs / f"{seed_path.stem}.json").read_text())
    assert data["title"] == "No deal following second Turkish-Russian talks on Idlib"
    assert data["bluf"]
    assert len(data["key_points"]) == 5
    for point in data["key_points"]:
        # embed backend: a key point is its source sentence verbatim
        assert [point["text"]] == [data["sentences"][i] for i in point["sentences"]]
        assert "You might also like" not in point["text"]
        assert "Stop biggest humanitarian" not in point["text"]
    assert all(f["qualifier"] in {"exact", "approximately", "at least", "at most"} for f in data["figures"])


def test_every_number_in_the_prose_appears_in_the_source(seed_outputs, seed_path):
    """Prose (bottom line, key points, quotes, timeline, figure spans and subjects) only
    repeats the article; derived values (1,000,000 for "one million", ISO dates) live in
    their own columns and are checked against the words they come from."""
    source = seed_path.read_text(encoding="utf-8").replace(",", "")
    data = json.loads((seed_outputs / f"{seed_path.stem}.json").read_text())
    prose = [data["bluf"]]
    prose += [p["text"] for p in data["key_points"]]
    prose += [q["text"] for q in data["quotes"]]
    prose += [t["text"] for t in data["timeline"]]
    prose += [f["text"] + " " + f["subject"] + " " + (f["attribution"] or "") for f in data["figures"]]
    for text in prose:
        for number in re.findall(r"\d[\d,.]*\d|\d", text):
            assert number.replace(",", "") in source, (number, text)
    from briefgen.extract.numbers import find_numbers

    for f in data["figures"]:
        assert f["text"] in seed_path.read_text(encoding="utf-8")
        assert any(abs(n.value - f["value"]) < 1e-6 for n in find_numbers(f["text"])), f
    md = (seed_outputs / f"{seed_path.stem}.md").read_text()
    assert "thirteen (13)" in md or "thirteen |" in md


def test_stdout_json_and_single_format(seed_path):
    result = run("brief", str(seed_path), "-o", "-", "--format", "json", "--points", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["key_points"]) == 3


def test_stdout_needs_one_format(seed_path):
    result = run("brief", str(seed_path), "-o", "-", "--format", "md,json")
    assert result.exit_code == 4
    assert "exactly one input and one --format" in result.output


def test_stdin_output_is_named_by_title_slug(tmp_path, seed_path):
    result = runner.invoke(app, ["brief", "-", "-o", str(tmp_path), "--format", "md"], input=seed_path.read_text())
    assert result.exit_code == 0, result.output
    assert (tmp_path / "no-deal-following-second-turkish-russian-talks-on-idlib.md").exists()


def test_batch_skips_bad_inputs_and_reports_partial(tmp_path, seed_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    out = tmp_path / "out"
    result = run("brief", str(empty), str(seed_path), str(binary), str(tmp_path / "missing.txt"), "-o", str(out), "--format", "md")
    assert result.exit_code == 8, result.output
    assert (out / f"{seed_path.stem}.md").exists()
    assert "empty input" in result.output and "binary data" in result.output and "no such file" in result.output
    assert "Traceback" not in result.output
    assert "1 of 4 briefs produced, 3 failed" in result.output


def test_single_bad_input_exit_code(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("  ")
    result = run("brief", str(bad))
    assert result.exit_code == 2
    assert result.output.strip() == f"briefgen: error: {bad}: empty input"


def test_console_script_end_to_end(tmp_path, seed_path):
    exe = Path(sys.executable).with_name("briefgen")
    if not exe.exists():
        pytest.fail("the briefgen console script is not installed in this environment")
    proc = subprocess.run(
        [str(exe), "brief", str(seed_path), "-o", str(tmp_path), "--format", "md,pdf"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / f"{seed_path.stem}.pdf").exists()
    assert "Traceback" not in proc.stderr


def test_output_path_that_is_a_file_is_refused_before_any_work(tmp_path, seed_path):
    target = tmp_path / "notes"  # a file already there: -o names neither a folder nor an output file
    target.write_text("keep me")
    for command in (["brief", str(seed_path)], ["digest", str(seed_path)]):
        result = run(*command, "-o", str(target))
        assert result.exit_code == 4, result.output
        assert result.output.strip() == f"briefgen: error: -o {target}: is a file, not a folder (a missing folder is created)"
    assert target.read_text() == "keep me"


def test_output_named_as_a_file_writes_that_file_in_the_format_of_its_suffix(tmp_path, seed_path):
    target = tmp_path / "briefs" / "morning.json"
    result = run("brief", str(seed_path), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert [p.name for p in target.parent.iterdir()] == ["morning.json"]  # not a folder called morning.json
    assert json.loads(target.read_text())["title"]
    digest = tmp_path / "digest" / "wire.markdown"
    assert run("digest", str(seed_path), "-o", str(digest), "--date", "2020-02-19", "-q").exit_code == 0
    assert [p.name for p in digest.parent.iterdir()] == ["wire.markdown"] and digest.read_text().startswith("#")


def test_output_file_conflicting_with_format_name_or_inputs_is_refused(tmp_path, seed_path):
    cases = [
        (["brief", str(seed_path), "-o", str(tmp_path / "b.md"), "--format", "pdf"], "names a .md file: give --format md, or no --format"),
        (["brief", str(seed_path), str(seed_path), "-o", str(tmp_path / "b.md")], "names one file: give one input, or -o a folder for several"),
        (["digest", str(seed_path), "-o", str(tmp_path / "d.md"), "--name", "x"], "names the file already: drop --name, or -o a folder"),
        (["brief", str(seed_path), "-o", str(tmp_path / "b.txt")], "briefgen writes .md, .html, .pdf or .json files, or into a folder"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 4 and message in result.output, result.output
    assert list(tmp_path.iterdir()) == []
