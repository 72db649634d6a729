"""The README's Python examples run as written (they are the API's first documentation)."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)


def test_readme_has_python_examples():
    assert len(BLOCKS) >= 3


@pytest.mark.model
@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_readme_example_runs(code, tmp_path, monkeypatch, capsys):
    # run where a user would: a folder holding the sample articles; files it writes land there
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    if "open(\"brief.pdf\", \"wb\")" in code:
        assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    if "print(" in code:
        assert capsys.readouterr().out.strip()
