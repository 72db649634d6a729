"""Summarisers: the ``embed`` (default, extractive) and ``seq2seq`` (abstractive) backends.

``get_summariser`` builds one instance per (backend, model) and caches it, so a
process loads each model once however many articles it briefs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..errors import ConfigError
from .base import Summariser

BACKENDS = ("embed", "seq2seq")


@lru_cache(maxsize=4)
def get_summariser(backend: str = "embed", model: Optional[str] = None) -> Summariser:
    if backend == "embed":
        from .embed import EmbedSummariser

        return EmbedSummariser(model) if model else EmbedSummariser()
    if backend == "seq2seq":
        from .seq2seq import Seq2SeqSummariser

        if not model:
            raise ConfigError("--backend seq2seq needs --model NAME_OR_PATH (a local checkpoint here)")
        return Seq2SeqSummariser(model)
    raise ConfigError(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")


__all__ = ["BACKENDS", "Summariser", "get_summariser"]
