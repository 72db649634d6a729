"""Shared fixtures: the seed article, its analysis and its brief (built once per run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3e29ec34f0816bdb.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    from briefgen.ingest import ingest

    return ingest(str(SEED))


@pytest.fixture(scope="session")
def seed_analysis(seed_article):
    from briefgen.analyse import analyse

    return analyse(seed_article)


@pytest.fixture(scope="session")
def seed_brief(seed_article):
    from briefgen.pipeline import BriefOptions, brief_article

    return brief_article(seed_article, BriefOptions())
