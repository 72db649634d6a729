"""The one interface every summariser implements.

A summariser is a callable ``(analysis, points) -> list[KeyPoint]``: swapping one
for another touches nothing else in the pipeline (as in sumy, one module per
summariser behind one ``__call__``). Each key point cites the sentence ids that
support it; extractive backends return the source sentence verbatim.
"""

from __future__ import annotations

from typing import Protocol

from ..models import Analysis, KeyPoint


class Summariser(Protocol):
    name: str

    def __call__(self, analysis: Analysis, points: int) -> list[KeyPoint]: ...
