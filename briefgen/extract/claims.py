"""Claims: whether the article says a figure could not be verified, or that someone disputes it.

Wire copy gives a party's claim and says in the same breath that nobody could check it ("Islamist
militants said they had killed 20 soldiers, a claim that could not be independently verified";
"…. Reuters could not independently verify the figure.") or that the other side denies it
("…captured 12 soldiers, which the army denied"; "…. The army disputed the figure."). A table
row "20 | soldiers killed | militants" without that reads as a fact; with it, a duty officer
knows it is one side's word. The figure stays in the table (the claim is news), marked.

Only what the text says about a claim is read: the words after the number in its sentence, and
the next sentence when it opens by speaking of the claim, the figure or the report. A sentence
that doubts something else ("the identities of the victims could not be confirmed") marks nothing.

A number the article itself denies or calls wrong ("Police denied reports that 20 people were
killed") is no claim to mark but no figure at all: ``denied`` tells figures to keep it out.
"""

from __future__ import annotations

import re
from typing import Optional

from .change import CHANGE_VERBS

UNVERIFIED, DISPUTED, EXPECTED = "unverified", "disputed", "expected"

# what a sentence calls the claim it doubts or denies
_CLAIM = (
    r"(?:claims?|reports?|figures?|(?:death\s+)?toll|tally|numbers?|accounts?|estimates?|allegations?|assertions?|"
    # what a claim comes in: "Reuters could not verify the post" (a ransom demand on a hacking forum)
    r"posts?|videos?|footage|statements?)"
)
_NOT_VERIFIED = (
    r"(?:could|can|has|have|had|was|were)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:be|been)\s+"
    r"(?:(?:immediately|independently|officially|yet)\s+)*(?:verified|confirmed)"
)
_DISPUTE = r"(?:denied|disputed|rejected|dismissed|contested)"
# the dispute verb ends its clause: not "which the government denied responsibility for"
_DISPUTE_ENDS = r"(?=\s*(?:[,.;)]|$|\s+(?:as|on|in|at|late|earlier|later|last|this)\b))"
# the words that name the claim: "the figure", "either side's battlefield reports", "Ukrainian estimates"
# (modifiers only: "denied wrongdoing in its annual report" denies no report)
_WHOSE = (
    r"(?:(?:the|this|that|these|those|its|their|his|her|such|either|both|any|all)\s+)?"
    r"(?:(?!(?:in|of|on|at|for|to|from|with|by|and|or|but|as|about|over|after|before|wrongdoing|any)\b)[\w’'-]+\s+){0,3}?"
)

# after the number, in its sentence: ", a claim that could not be independently verified", ",
# which could not be confirmed", "…, though the figure could not be verified"
_UNVERIFIED_AFTER = re.compile(
    rf"(?:,|\bbut|\bthough|\balthough)\s*(?:(?:a|an|the|this|that|these|those|its|their)\s+(?:[a-z]+\s+)?{_CLAIM}\s+"
    rf"(?:(?:that|which)\s+)?|which\s+){_NOT_VERIFIED}",
    re.I,
)
# before it: "Unconfirmed reports said as many as 50 people had died"
# what a poll pointed to: "A Reuters poll of economists had pointed to a fall to 3.1%" (had read as a fall)
_POLL_POINTED_TO = re.compile(
    r"\b(?:poll|survey|consensus|forecasts?|estimates?|economists|analysts)\b[^.;:]{0,40}?\b(?:had\s+)?(?:pointed|points|point)\s+to\b[^.;:]*$",
    re.I,
)
_UNVERIFIED_BEFORE = re.compile(rf"\b(?:unverified|unconfirmed)\s+{_CLAIM}\b[^.;]*$", re.I)
# the next sentence, of the claim: "Reuters could not independently verify the figure.", "The
# claims could not be verified.", "It was not possible to independently confirm the toll."
_UNVERIFIED_NEXT = re.compile(
    rf"^(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}(?:could|can|was|were|has|have|had)\s*(?:not|n['’]t|unable\s+to)\s+"
    rf"(?:(?:immediately|independently|yet)\s+)*(?:verify|confirm)"
    rf"|It\s+(?:was|is|has\s+not\s+been)\s+(?:not\s+)?(?:immediately\s+)?possible\s+to\s+(?:independently\s+)?(?:verify|confirm))"
    rf"\s+{_WHOSE}{_CLAIM}\b"
    rf"|^(?:The|This|That|These|Those|Such|Its|Their)\s+(?:[a-z]+\s+)?{_CLAIM}\s+{_NOT_VERIFIED}",
)
# after the number, in its sentence: "…, which the army denied", "…, a claim denied by the defence
# ministry", "…, a figure the government disputes"
_DISPUTED_AFTER = re.compile(
    rf",\s*(?:(?:a|an)\s+(?:[a-z]+\s+)?{_CLAIM}\s+(?:(?:that|which)\s+)?(?:[\w’'.-]+\s+){{1,6}}?(?:{_DISPUTE}|disputes|denies|rejects){_DISPUTE_ENDS}"
    rf"|(?:a|an)\s+(?:[a-z]+\s+)?{_CLAIM}\s+{_DISPUTE}\s+by\b"
    rf"|which\s+(?:[\w’'.-]+\s+){{1,6}}?(?:has\s+|have\s+|had\s+)?{_DISPUTE}{_DISPUTE_ENDS})",
    re.I,
)
# before it, in its clause: what is expected, not what is ("It had been expected to pay about $2
# billion" had read as a sum paid; "Revenue is expected to reach $5 billion")
_EXPECTED_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:widely|also|now|still)\s+)?(?:expected|forecast|projected|predicted)\s+to\s+[^.;:,]*$",
    re.I,
)
# ...and the number is what the expected verb gives: the words after its last "to" are a verb and at
# most two more, none setting something else ("expected to take key decisions on two cases", "to be
# achieved with … a recently announced 2.1 GW project", "to rise from 18% to 29%": 18% is today's)
_EXPECTED_VERB = re.compile(r"\bto\s+(?P<words>(?:[\w’'-]+\s+){0,3})$", re.I)
_NOT_THE_AMOUNT = frozenset("on with such as of for against in at from by about than".split())
# ...though an amount's "of" is the amount's: "The cuts are expected to deliver annual savings of 1 billion Swiss
# francs" (had read as savings made)
_EXPECTED_AMOUNT_OF = re.compile(
    r"\bto\s+[\w’'-]+\s+(?:[\w’'-]+\s+){0,2}(?:savings|revenues?|profits?|sales|growth|losses|costs?|deficit|surplus|"
    r"earnings|output|spending|investment|income)\s+of\s+(?:(?:about|around|roughly|nearly|some|up\s+to|more\s+than)\s+)?"
    r"(?:[$£€¥]\s*)?$",
    re.I,
)
# ...but a verb of change's "by" gives how far: "Consumer prices are projected to rise by 7.3 percent"
# (had read as a rise that happened)
_CHANGE_BY = re.compile(rf"^(?:{'|'.join(sorted(CHANGE_VERBS, key=len, reverse=True))})\s+by\s+$", re.I)
# ...and a level's "at": "Public sector net debt is forecast to peak at 92.8% of GDP" (had read as today's debt)
_LEVEL_AT = re.compile(r"^(?:peak|stand|stabili[sz]e|settle|level\s+off|top\s+out|bottom\s+out|remain|stay)\s+at\s+$", re.I)
# after it, what its subject counts is expected: "About 40,000 England fans were expected to travel to
# Munich" (had read as fans who came); not a number of things that are there already: "the 13 letters
# were expected to bring in …"
# (not past a clause of its own: "would raise the minimum retirement age to 64 from 62 and is expected to
# save …" had marked the 64)
_EXPECTED_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|from|to)\s)[^\W\d][\w’'-]*\s+){0,3}?(?:is|are|was|were)\s+(?:(?:widely|also|now|still)\s+)?"
    r"(?:expected|forecast|projected|predicted)\s+to\b",
    re.I,
)
# what a result is set against: "beating estimates of $20.62 billion", "below expectations for 2.1%" (had
# read as a sum that is); an estimate alone may be of what happened ("estimates of 5,000 dead")
_SET_AGAINST_ESTIMATES = re.compile(
    r"\b(?:beat(?:ing|s)?|miss(?:ed|ing|es)?|top(?:ped|ping|s)?|exceed(?:ed|ing|s)?|above|below|ahead\s+of|short\s+of|than)\s+"
    # (or whose: "above the central bank's forecast of 5.8%", "the BoE's projection of 3.1%")
    r"(?:(?:the|analysts['’]?|market|consensus|average|Wall\s+Street|central|[\w.]+['’]s)\s+)*"
    r"(?:estimates?|forecasts?|expectations?|projections?)\s+(?:of|for)\s+"
    r"(?:(?:about|around|roughly|nearly)\s+)?(?:[$£€¥]\s*)?$",
    re.I,
)
# a figure a forecast sizes: "Imports dropped 12.4%, against a forecast 5.0% fall" (had read as a fall that happened)
_A_FORECAST_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:forecast|expected|projected|predicted)\s+(?:[$£€¥]\s*)?$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w’'-]+\s+)?$", re.I)
# the next sentence, of the claim: "The army disputed the figure.", "Israel has denied the report."
_DISPUTED_NEXT = re.compile(
    rf"^(?:[\w’'.-]+\s+){{1,10}}?(?:has\s+|have\s+|had\s+)?(?:{_DISPUTE}|disputes|denies|rejects)\s+{_WHOSE}{_CLAIM}\b"
)


def caveat_of(sentences: list[str], sid: int, start: int, end: int) -> Optional[str]:
    """``UNVERIFIED``, ``DISPUTED`` or ``EXPECTED`` when the article says so of the figure written
    at ``sentences[sid][start:end]``; None otherwise."""
    sentence = sentences[sid]
    following = sentences[sid + 1].strip() if sid + 1 < len(sentences) else ""
    if _DISPUTED_AFTER.search(sentence, end) or _DISPUTED_NEXT.match(following):
        return DISPUTED
    if _UNVERIFIED_AFTER.search(sentence, end) or _UNVERIFIED_BEFORE.search(sentence, 0, start) or _UNVERIFIED_NEXT.match(following):
        return UNVERIFIED
    verb = _EXPECTED_VERB.search(sentence, 0, start) if _EXPECTED_BEFORE.search(sentence, 0, start) else None
    if verb and (
        not _NOT_THE_AMOUNT & set(verb.group("words").lower().split()) or _CHANGE_BY.match(verb.group("words"))
        or _LEVEL_AT.match(verb.group("words"))
    ):
        return EXPECTED
    if _EXPECTED_BEFORE.search(sentence, 0, start) and _EXPECTED_AMOUNT_OF.search(sentence, 0, start):
        return EXPECTED
    if _EXPECTED_AFTER.match(sentence, end) and not _THE_BEFORE.search(sentence, 0, start):
        return EXPECTED
    if _SET_AGAINST_ESTIMATES.search(sentence, 0, start) or _A_FORECAST_BEFORE.search(sentence, 0, start):
        return EXPECTED
    if _POLL_POINTED_TO.search(sentence, 0, start):
        return EXPECTED
    return None


# A number the text denies or calls wrong is no figure of what happened: "Police denied reports that
# 20 people were killed" had tabled "20 | people killed", and "Earlier reports that 12 people had
# been killed were wrong, police said" "12 | people killed | police", the opposite of what police said
_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\s+"
    r"(?:(?:the\s+|earlier\s+|media\s+)*(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|accounts?)\s+(?:that\s+)?|that\s+)"
    r"[^.;:]*$",
    re.I,
)
_CALLED_WRONG = re.compile(
    r"\b(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|accounts?)\s+(?:that\s+)?(?P<claim>[^.;:]*?)\s+"
    r"(?:was|were|is|are|have\s+been|has\s+been|had\s+been)\s+(?:(?:completely|wildly|greatly|grossly|also)\s+)?"
    r"(?:wrong|false|untrue|inaccurate|incorrect|exaggerated|overstated|unfounded|baseless|denied|dismissed|rejected|fake)\b",
    re.I,
)


def denied(sentence: str, start: int, end: int) -> bool:
    """Whether the number at start..end is inside what the sentence denies or calls wrong, or
    is set aside with "not" ("Fewer than 10 people were injured, not 100 as initially reported")."""
    if _DENIED_BEFORE.search(sentence, 0, start) or re.search(r"(?:^|[,;—–(]\s*|\bbut\s+)not\s+$", sentence[:start], re.I):
        return True
    if re.search(r"\bnot\s+$", sentence[:start], re.I) and re.match(r"[^,;.]{0,30}?\s+but\b", sentence[end:]):
        return True  # "killed not 10 but 12 people"
    return any(found.start("claim") <= start and end <= found.end("claim") for found in _CALLED_WRONG.finditer(sentence))
