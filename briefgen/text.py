"""Facts about plain text that more than one stage needs.

A sentence "ends" at terminal punctuation, possibly followed by closing quotes or brackets:
ingest uses it to tell headlines and cut-off lines from prose, the summariser to penalise
captions and fragments, and compose to keep a label line out of the bottom line. A call to
action speaks of the outlet, not the story: no key point, and no timeline event.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does ("… said.”", "… (pictured)."), not as a label."""
    return bool(SENTENCE_END.search(text))

# a call to action about the outlet: "Sign up for the free daily newsletter.", "download the
# Nationnews apps for iOS and Android", "Click through for the whole thing.", "Never miss the
# latest news by signing up to our newsletter today!" (15 sentences on the 390 dev and unseen
# texts, all of this kind; none on the dev set)
CALL_TO_ACTION = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|download|follow us|click)\b[^.!?]*"
    r"\b(?:newsletters?|apps?|podcasts?|here|through|twitter|facebook|instagram|updates)\b",
    re.I,
)
