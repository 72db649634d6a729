"""Facts about plain text that more than one stage needs.

A sentence "ends" at terminal punctuation, possibly followed by closing quotes or brackets:
ingest uses it to tell headlines and cut-off lines from prose, the summariser to penalise
captions and fragments, and compose to keep a label line out of the bottom line. A call to
action speaks of the outlet, not the story: no key point, and no timeline event. A person
word says the name beside it is a person's: an age in apposition ("his daughter, 7") is one,
and so is a name met once ("his wife Kali"). Saying verbs tell quotes their speaker, figures and
entities who says so, the timeline what was said when.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# text ending in a title written before a name, or in an initialism ("U.S."), whose full stop
# ends no sentence: analyse joins what spaCy split there (3 splits on unseen pages, 1 in the 100
# dev articles), ingest does not cut a headline there ("… intercepted a U.S." had been a title)
HONORIFIC_END = re.compile(r"\b(?:Hon|Rt|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Supt|Det|Insp)\.$")
INITIALISM_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")


# a wire story's dateline: the place in capitals (or two: "CAIRO/GAZA"), perhaps its state or
# country and the day, perhaps the agency, then a dash ("HONOLULU, Hawaii (HawaiiNewsNow) -",
# "WASHINGTON (AP) —", "CLEVELAND, Ohio –", "TOKYO, Oct 28 (Reuters) -", "BLANTYRE, Malawi, March
# 14 (Reuters) -"); or an agency in brackets, perhaps after the place, as CNN writes it
# ("(CNN)President Donald Trump …", "Hong Kong (CNN Business)A muddled view …"). analyse splits it
# off the first paragraph, ingest off a title taken from the body, entities reads its place.
DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'/ ]{2,30}?)(?:, [A-Z][a-z.]+(?: [A-Z][a-z.]+| \d{1,2})?){0,2}\s*(?:\((?P<agency>[^()]{1,30})\)\s*)?"
    r"[—–-](?:\s|$)"
    r"|(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} )?\((?P<wire>(?:CNN|AP|AFP|Reuters|UPI|PA|dpa|Xinhua|Bloomberg)(?: [A-Z][a-z]+)?)\)"
    r"(?:\s*[—–-])?(?:\s|$|(?=[A-Z])))"
)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does ("… said.”", "… (pictured)."), not as a label."""
    return bool(SENTENCE_END.search(text))

# a call to action about the outlet: "Sign up for the free daily newsletter.", "download the
# Nationnews apps for iOS and Android", "Click through for the whole thing.", "Never miss the
# latest news by signing up to our newsletter today!" (15 sentences on the 390 dev and unseen
# texts, all of this kind; none on the dev set)
# Also an exclamation that bids the reader act today or now: "Get in touch with Jill today!",
# "Book your tickets through KLOOK … today!" (2 sentences on the 390 texts, both of this kind;
# not a quote: "“Get out now!”" is someone's words),
# and a bid to comment: "Leave a comment and let us know what your favorite gadget of 2019 is.",
# "Tell us what YOU think..." (4 sentences, all of this kind),
# and a subscription's offer: "Get Motor Cycle Monthly delivered through your letterbox every month."
CALL_TO_ACTION = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|download|follow us|click)\b[^.!?]*"
    r"\b(?:newsletters?|apps?|podcasts?|here|through|twitter|facebook|instagram|updates)\b"
    r"|^(?![“\"‘'])\W*(?:book|get|join|buy|order|call|visit|contact|try|register|grab|shop|reserve|donate|apply|come|check out|start)"
    r"\b[^.?]*\b(?:today|now)\b[^.?]*!\W*$"
    r"|^(?:leave a comment|let us know|tell us what)\b"
    r"|\bdelivered (?:to|through) your (?:letterbox|door|doorstep|inbox)\b",
    re.I,
)

# singular words for a person (figures.PERSON_NOUNS holds the counted forms)
PERSON_WORDS = frozenset(
    """boy girl pupil student son daughter teenager teen child baby toddler mother father mum mom dad
    wife husband victim friend brother sister driver officer suspect pensioner grandmother grandfather
    partner girlfriend boyfriend woman man schoolboy schoolgirl""".split()
)

# a title's words are capitalised but for these ("Takin’ It to the Streets", "Saving Private Ryan"):
# entities skip the names inside a title in quote marks, quotes take no title for speech
TITLE_SMALL_WORDS = frozenset("a an the of to in on at by for from with and or nor but as vs".split())

# verbs that report speech: quotes find speakers by them, the summariser keeps a reported call
# to action (news), the timeline and entities read who says what
SAYING_VERBS = (
    r"said|says|say|told|tells|added|adds|explained|warned|stated|insisted|noted|wrote|asked|declared|"
    r"continued|replied|argued|tweeted|posted|according to|recalled|recalls|responded|joked|admitted|"
    r"acknowledged|stressed|claimed|announced|remarked|conceded|cautioned|predicted|suggested|commented|"
    r"concluded|shared|answered|asserted|confided|writes|explains|notes|recounted|testified|testifies|"
    r"comments|asks|quipped|remembers|remembered|agreed|agrees|observed|observes|"
    r"written(?=\s*[,:.])"  # "Lorenz had written, “…”", "…,” Gleckman … has written." (not "had written the song")
)
