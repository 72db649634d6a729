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


def test_file_and_api_values_are_typed_and_checked(tmp_path, monkeypatch):
    # these reached the pipeline and ended as "internal error: ValueError" or a 3.7-point brief
    monkeypatch.delenv("BRIEFGEN_POINTS", raising=False)
    cfg = tmp_path / "c.toml"
    for line, message in [
        ('points = "x"', r"\[brief\] points in .*c.toml must be a whole number, not 'x'"),
        ("points = 3.7", r"\[brief\] points in .*c.toml must be a whole number, not 3.7"),
        ("points = true", r"must be a whole number, not True"),
        ('template_dir = ["a"]', r"\[brief\] template_dir .* must be text, not \['a'\]"),
        ("backend = 5", r"backend .* must be text, not 5"),
    ]:
        cfg.write_text(f"[brief]\n{line}\n")
        with pytest.raises(ConfigError, match=message):
            BriefOptions.resolve(str(cfg))
    cfg.write_text('[brief]\npoints = "4"\n')  # a number written as text reads as the environment's would
    assert BriefOptions.resolve(str(cfg)).points == 4
    with pytest.raises(ConfigError, match="points must be a whole number, not 'x'"):
        BriefOptions.resolve(points="x")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        BriefOptions.resolve(colour="red")
    assert BriefOptions.resolve(template_dir=tmp_path).template_dir == str(tmp_path)  # a Path is a path
    cfg.write_text('[digest]\nscheduler_timeout = 5\n')
    assert settings("digest", {"scheduler_timeout": 20.0}, None, cfg)["scheduler_timeout"] == 5.0
