"""Shared fixtures: the seed article, its analysis and its brief (built once per run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3e29ec34f0816bdb.txt"
SAMPLES = ROOT / "seeds" / "digest"


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


@pytest.fixture(scope="session")
def digest_inputs(tmp_path_factory):
    """A folder like a morning's inbox: a wire copy, related and unrelated stories, junk."""
    folder = tmp_path_factory.mktemp("in")
    copies = {
        "seed.txt": SEED,
        "seed-copy.txt": SAMPLES / "idlib-wire-copy.txt",
        "aid.txt": SAMPLES / "idlib-aid-agencies.txt",
        "floods.txt": SAMPLES / "riverton-floods.txt",
    }
    for name, source in copies.items():
        (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 64)
    feed = (SAMPLES / "sample-feed.xml").read_text(encoding="utf-8").replace(
        "</channel>", "<item><title>Broken item with no content and no link</title></item></channel>"
    )
    (folder / "feed.xml").write_text(feed, encoding="utf-8")
    return folder
