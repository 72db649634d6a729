"""Configuration precedence: defaults < briefgen.toml < environment < flags."""

from __future__ import annotations

import pytest

from briefgen.config import settings
from briefgen.errors import ConfigError
from briefgen.pipeline import BriefOptions


def test_precedence(tmp_path, monkeypatch):
    cfg = tmp_path / "briefgen.toml"
    cfg.write_text('[brief]\npoints = 3\nbackend = "embed"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_POINTS", raising=False)
    assert BriefOptions.resolve().points == 3
    monkeypatch.setenv("BRIEFGEN_POINTS", "4")
    assert BriefOptions.resolve().points == 4
    assert BriefOptions.resolve(points=7).points == 7


def test_env_values_are_typed_and_checked(monkeypatch):
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "2525")
    assert settings("smtp", {"port": 25})["port"] == 2525
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "abc")
    with pytest.raises(ConfigError, match="BRIEFGEN_SMTP_PORT"):
        settings("smtp", {"port": 25})


def test_unknown_setting_and_bad_values(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[brief]\npoinst = 3\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        BriefOptions.resolve(str(cfg))
    with pytest.raises(ConfigError, match="points"):
        BriefOptions.resolve(points=0)
    with pytest.raises(ConfigError, match="needs --model"):
        BriefOptions.resolve(backend="seq2seq")
    with pytest.raises(ConfigError, match="unknown backend"):
        BriefOptions.resolve(backend="gpt")
