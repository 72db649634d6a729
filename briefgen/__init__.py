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

# Bound eagerly (render.py imports nothing heavy): the function shares its name with the
# submodule briefgen.render, and a lazy binding lost to the module: `from briefgen import
# brief, render` gave the module once anything had imported it. Reach the module itself
# with `from briefgen.render import ...` or importlib.import_module("briefgen.render").
from .render import render

__all__ = ["brief", "brief_text", "brief_article", "render", "write_outputs", "BriefOptions", "__version__"]


def __getattr__(name: str) -> Any:
    if name in {"brief", "brief_text", "brief_article", "write_outputs", "BriefOptions"}:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
