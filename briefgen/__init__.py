"""briefgen: traceable situation briefs from news articles.

    >>> from briefgen import brief
    >>> b = brief("seeds/000_3e29ec34f0816bdb.txt")     # doctest: +SKIP
    >>> b.bluf, b.key_points[0].sentences, b.figures[0].qualifier  # doctest: +SKIP

Heavy libraries (torch, transformers, spaCy, WeasyPrint) are imported on first
use, not here, so ``import briefgen`` and ``briefgen --help`` stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import Any

__all__ = ["brief", "brief_text", "brief_article", "render", "write_outputs", "BriefOptions", "__version__"]


def __getattr__(name: str) -> Any:
    if name in {"brief", "brief_text", "brief_article", "write_outputs", "BriefOptions"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name == "render":
        from .render import render

        return render
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
