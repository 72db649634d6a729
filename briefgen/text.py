"""Facts about plain text that more than one stage needs.

A sentence "ends" at terminal punctuation, possibly followed by closing quotes or brackets:
ingest uses it to tell headlines and cut-off lines from prose, the summariser to penalise
captions and fragments, and compose to keep a label line out of the bottom line.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does ("… said.”", "… (pictured)."), not as a label."""
    return bool(SENTENCE_END.search(text))
