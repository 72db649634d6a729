"""SQLite cache of per-article briefs, keyed by content and configuration.

Re-running today's digest after new items arrive analyses only the new ones: the
key is a hash of the article's normalised text and title, the brief options and
the briefgen version and its code, so any change that could change a brief misses the cache.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import sqlite3
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .. import __version__
from ..models import Article

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def default_path() -> Path:
    from ..files import user_cache_dir

    return user_cache_dir() / "digest.sqlite"


# Bump when what the digest stores per article changes (2: brief + embeddings).
CACHE_FORMAT = 2


def article_key(article: Article, options: object) -> str:
    from ..summarise.encoder import layers_setting, precision_setting

    text = re.sub(r"\s+", " ", f"{article.title}\n{article.body}").strip()
    config = json.dumps(asdict(options), sort_keys=True) if hasattr(options, "__dataclass_fields__") else repr(options)
    # the encoder's precision and the layers key points read change embeddings and so key points:
    # an fp32 entry is not an int8 one, nor one from all the layers one from four
    config += f"\0encoder={precision_setting()}\0layers={layers_setting()}"
    code = code_fingerprint()
    return hashlib.sha256(f"{__version__}\0{code}\0{CACHE_FORMAT}\0{config}\0{text}".encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint(root: Path = PACKAGE_DIR) -> str:
    """A hash of briefgen's own source: a fixed extractor changes briefs without a new version
    number (a git checkout, an editable install), and a digest must not serve the old ones.
    Hashing its 31 modules takes about 4 ms, once per process."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class BriefCache:
    def __init__(self, path: Optional[Path]) -> None:
        self.path = path
        self._db: Optional[sqlite3.Connection] = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path))
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS briefs (key TEXT PRIMARY KEY, brief BLOB NOT NULL)")
            self._db.commit()

    def get(self, key: str) -> Optional[object]:
        if self._db is None:
            return None
        row = self._db.execute("SELECT brief FROM briefs WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # a cache written by an incompatible version: recompute
            return None

    def put(self, key: str, brief: object) -> None:
        if self._db is None:
            return
        self._db.execute("INSERT OR REPLACE INTO briefs (key, brief) VALUES (?, ?)", (key, pickle.dumps(brief)))
        self._db.commit()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
