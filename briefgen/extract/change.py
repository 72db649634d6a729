"""Change: whether a figure is the size of a rise or a fall, or a level a change went to or from.

A table row "23.5% | Imports" does not say whether imports rose or fell by 23.5%, or are 23.5%
of something; "25% | tariffs" and "10% | tariffs" do not say which is the new rate. Wire copy
says it with a verb ("fell 23.5%", "raise tariffs … to 25% from 10%") or with "up"/"down"
("closed up 4.8%", "$39,014, up from $38,373"); this module reads those words around a figure
and returns one of ``CHANGES``, or None when the text says no change. Only the words next to
the number and the verb they hang on are read: a direction is never guessed from a noun alone
("a 23.5% drop" already says it in the row's What).
"""

from __future__ import annotations

import re
from typing import Optional

from ..models import Token, head_chain, phrase_root, tokens_at

# up: the figure is how much something rose; down: how much it fell; to: the level it went to;
# from: the level it started from
CHANGES = ("up", "down", "to", "from")

_RISE = frozenset(
    "rise rises rose risen rising climb climbs climbed climbing jump jumps jumped jumping gain gains gained "
    "gaining increase increases increased increasing grow grows grew grown growing surge surges surged surging "
    "soar soars soared soaring rally rallies rallied rallying advance advances advanced advancing rebound "
    "rebounds rebounded rebounding raise raises raised raising lift lifts lifted lifting boost boosts boosted "
    "boosting hike hikes hiked hiking widen widens widened widening double doubles doubled doubling triple "
    "triples tripled tripling quadruple quadruples quadrupled quadrupling expand expands expanded expanding "
    "spike spikes spiked spiking leap leaps leapt leaped leaping add adds added adding "
    # "Labour has extended its lead over the ruling Conservatives to 20 percentage points" (had been blank)
    "extend extends extended extending "
    # a currency's moves: "The lira firmed about 1% against the dollar to 32.05" (had read as no change)
    # ("appreciate" left out: "will appreciate one change to the display" had been marked expected)
    "firm firms firmed firming strengthen strengthens strengthened strengthening".split()
)
_FALL = frozenset(
    "fall falls fell fallen falling drop drops dropped dropping decline declines declined declining decrease "
    "decreases decreased decreasing slip slips slipped slipping slump slumps slumped slumping plunge plunges "
    "plunged plunging plummet plummets plummeted plummeting sink sinks sank sunk sinking dip dips dipped "
    "dipping slide slides slid sliding tumble tumbles tumbled tumbling lose loses lost losing shed sheds "
    "shedding cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing slash slashes "
    "slashed slashing trim trims trimmed trimming narrow narrows narrowed narrowing shrink shrinks shrank "
    "shrunk shrinking ease eases eased easing retreat retreats retreated retreating halve halves halved "
    "halving sag sags sagged sagging contract contracts contracted contracting skid skids skidded "
    "skidding weaken weakens weakened weakening soften softens softened softening depreciate depreciates "
    "depreciated depreciating "
    # a sum wiped off a value: "Boeing shares fell 8%, wiping about $10 billion off its market value" (had read as
    # a market value of $10 billion)
    "wipe wipes wiped wiping shave shaves shaved shaving".split()
)
# verbs of change that say no direction themselves: "edged up 0.2%", "moved to 3%", "slowed to 2.9%"
_MOVE = frozenset(
    "edge edges edged edging tick ticks ticked ticking inch inches inched inching move moves moved moving "
    "change changes changed changing shift shifts shifted shifting swing swings swung swinging revise revises "
    "revised revising adjust adjusts adjusted adjusting slow slows slowed slowing accelerate accelerates "
    "accelerated accelerating creep creeps crept creeping".split()
)
# verbs whose money object is what was lost, gained or added, not a fall or rise of a level: "the
# company lost $5 million", "added $2 billion in new loans"; and "cut 500 jobs", "raised $2m"
_RESULT_WITH_MONEY = frozenset(
    "gain gains gained gaining lose loses lost losing add adds added adding shed sheds shedding cut cuts "
    "cutting raise raises raised raising".split()
)
_ADDS = frozenset({"add", "adds", "added", "adding"})
# verbs whose "up" or "down" is no direction: "made up 95% of", "racked up $6 million", "anted up $129",
# "gave up 2%" (a fall); "was last trading up 0.4%" and "sent its shares down 10%" are directions
_PHRASAL = frozenset(
    "make makes made making eat eats ate eaten eating rack racks racked racking ante antes anted use uses used "
    "using take takes took taken taking set sets setting serve serves served serving snap snaps snapped tie "
    "ties tied cough coughs coughed pony ponied shell shells shelled fork forks forked pay pays paid paying sum "
    "sums summed divvy divvied save saves saved free frees freed buy buys bought give gives gave given giving "
    "open opens opened opening write writes wrote written mark marks marked marking".split()
)
_UP_WORDS = frozenset({"up", "higher"})
_DOWN_WORDS = frozenset({"down", "lower"})
# a bound that is a level passed: "dipped below $80", "climbed above 3%"
_BOUND = re.compile(r"(?:below|above|under|over|past|beyond)\b", re.I)
# a count is a change only when it counts an index's points: "The Dow dropped 473 points"
POINTS = re.compile(r"\s*(?:basis\s+|percentage\s+)?points?\b", re.I)


def _direction(tokens: list[Token], verb: int) -> Optional[str]:
    """'up' or 'down' for a verb of change, from the verb or its particle; None when it says neither."""
    word = tokens[verb].text.lower()
    for j, t in enumerate(tokens):  # "edged up", "ticked down", "moved higher"
        if t.head == verb and j > verb and t.dep in {"prt", "advmod"} and t.text.lower() in _UP_WORDS | _DOWN_WORDS:
            return "up" if t.text.lower() in _UP_WORDS else "down"
    if word in _RISE:
        return "up"
    if word in _FALL:
        return "down"
    return None


# verbs that take their object to a level: "bringing the total death toll to more than 38,000",
# "taking the toll to 57"...
BRINGS = frozenset("bring brings brought bringing take takes took taken taking".split())
# ...but only a total, a toll, a count: not "take the car from zero to 60 mph", "bring in anywhere
# from $300,000 to $600,000", "take her career record to 8-0" (3 rows on the 521 audit texts)
# ...and a value or a level: "bringing its market value to about $2.36 trillion" (had been blank)
_TOTALS = frozenset("total toll tally number count figure sum value valuation capitalisation capitalization".split())
# verbs that send any object to a level: "pushed inflation to 9.1%", "sent temperatures to 47.4C"
# (both had blank Whats), "drove prices up 10%"; not to a count ("sent the message to 5,000 people")
_SENDS = frozenset("push pushes pushed pushing send sends sent sending drive drives drove driven driving".split())
# every verb of change, as written (lower case): figures reads what changed, and from what, with them
CHANGE_VERBS = _RISE | _FALL | _MOVE | BRINGS | _SENDS
# "lost by five points", "won by 12 votes": a margin, not a fall
_MARGIN = frozenset("lose loses lost losing win wins won winning".split())


# the words before a total's new level, however the parser hangs them: "bringing the total since
# the outbreak began in July to 15,400" (its "to" hangs on "began")
_BROUGHT_TO = re.compile(
    rf"\b(?:{'|'.join(sorted(BRINGS | _SENDS))})\s+(?:the|its|their|this|that)\s+"
    rf"(?P<total>(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(_TOTALS))}))\b[^,;:]*\bto\s+$",
    re.I,
)


def brought_total(sentence: str, start: int) -> Optional[str]:
    """The total a verb takes to the figure at ``start`` ("total", "death toll"), or None."""
    found = _BROUGHT_TO.search(sentence, 0, start)
    return found.group("total") if found else None


def _changing(word: str) -> bool:
    return word in CHANGE_VERBS


def moves_object(tokens: list[Token], verb: int, thing: int) -> bool:
    """Whether verb ``verb`` changes its object ``thing`` ("reduce GDP by 0.25 percent", "bringing
    the total death toll to 38,000")."""
    word = tokens[verb].text.lower()
    return word in CHANGE_VERBS and (word not in BRINGS or tokens[thing].text.lower() in _TOTALS)


def _moves_a_total(tokens: list[Token], verb: int) -> bool:
    """Whether the verb's object is a total, a toll, a count ("pushed the death toll to 57")."""
    return any(t.head == verb and t.dep == "dobj" and t.text.lower() in _TOTALS for t in tokens)


def ended_at(tokens: list[Token], up: int) -> bool:
    """Whether ``up`` is the "up" or "down" of a change whose "at" gives where it ended ("were up
    9.7% at 58.20 euros", "was down 0.3% at $1.0850")."""
    return tokens[up].text.lower() in _UP_WORDS | _DOWN_WORDS and tokens[up].dep == "advmod" and any(
        t.head == up and t.dep == "npadvmod" for t in tokens
    )


def _verb_above(tokens: list[Token], i: int, steps: int = 3) -> Optional[int]:
    """The nearest verb of change token ``i`` hangs from, within a few steps; None when a noun
    comes first ("a rise to 5%": the row's What says it already)."""
    for j in head_chain(tokens, i)[1 : steps + 1]:
        if tokens[j].pos == "NOUN":
            return None
        if tokens[j].pos == "VERB":
            # the first verb decides: "fell to a record low …, ranking third from twenty-seven
            # nations" is no change from 27
            word = tokens[j].text.lower()
            return j if _changing(word) and (word not in BRINGS or _moves_a_total(tokens, j)) else None
    return None


def _first_of(tokens: list[Token], amount: int) -> int:
    """The first token of an amount: its number and symbols before it ("473 points", "$5 billion")."""
    first = amount
    while first > 0 and tokens[first - 1].pos in {"NUM", "SYM"} and tokens[first - 1].head in {amount, first}:
        first -= 1
    return first


# a record or a high between a change's "to" or "from" and its level: "rose to a record 41,200
# megawatts", "fell to a 10-year low of 3.5%", "climbed to an all-time high of $69,000"; and a record
# move: "fell by a record 837,000" (had read as no change)
_TO_A_RECORD = re.compile(
    r"\b(?P<to>to|from|by)\s+(?:a|an)\s+(?:new\s+)?(?:record|all-time|[\w-]+-(?:year|month|week)|decade|multi-year)"
    r"(?:\s+(?:high|low|peak))?(?:\s+of)?\s+$",
    re.I,
)


# words that say how little between a verb of change and its figure
_JUST = frozenset({"just", "only", "merely", "barely"})


def change_of(sentence: str, start: int, end: int, unit: str, tokens: list[Token]) -> Optional[str]:
    """How the figure written at ``sentence[start:end]`` (its qualifier included) changed, from
    the words around it: "fell 23.5%" → down, "up 4.8%" → up, "to 26,438" → to, "from 10%" →
    from; None when they say no change."""
    before = [j for j, t in enumerate(tokens) if t.idx + len(t.text) <= start]
    inside = tokens_at(tokens, start, end)
    if not before or not inside:
        return None
    p = before[-1]
    while p > 0 and tokens[p].text.lower() in _JUST and tokens[p].head in inside:
        p -= 1  # "China's economy grew just 0.8%", "rose only 0.1%" (neither had said it grew)
    record = _TO_A_RECORD.search(sentence, 0, start)
    if record:  # "rose to a record 41,200 megawatts": the level is the figure, the record what it is
        p = next((j for j in reversed(before) if tokens[j].idx == record.start("to")), p)
    word = tokens[p].text.lower()
    sized = unit in {"percent", "money"} or unit == "count" and bool(POINTS.match(sentence, end))
    if (word in _RISE or word in _FALL) and re.match(r"as\s+(?:high|low)\s+as\b", sentence[start:end], re.I):
        return "to"  # a level reached: "The dollar rose as high as 151.86 yen" (had read as a rise of 151.86 yen)
    at_a_rate = _AT_A_RATE_OF.search(sentence, 0, start)
    if at_a_rate and unit == "percent":
        # how fast: "Israel's economy contracted at an annualised rate of 19.4%" (had read as no change)
        verb = at_a_rate.group("verb").lower()
        return "up" if verb in _RISE else "down" if verb in _FALL else None
    if unit == "count" and word in {"up", "down"} and re.match(r"\s+from\b", sentence[end:]):
        return word  # a count's move said with its start: "up 1 million from last year" (had read as no change)
    if word in {"to", "from"}:  # ("The death toll rose to 57 from 41": 41 is no count of the dead now)
        return _level(sentence, start, unit, sized, tokens, p)
    if word == "at" and sized and ended_at(tokens, tokens[p].head):
        return "to"  # "Shares were up 9.7% at 58.20 euros": where the change ended
    if word == "by":  # "rose by 1,200", "cut rates by 25 basis points"
        verb = _verb_above(tokens, p)
        return _direction(tokens, verb) if verb is not None and tokens[verb].text.lower() not in _MARGIN else None
    if not sized:
        return None
    if word in _UP_WORDS | _DOWN_WORDS and tokens[p].pos in {"ADV", "ADP", "ADJ"}:
        if tokens[p].dep == "prt" and tokens[tokens[p].head].text.lower() in _PHRASAL or p > 0 and tokens[p - 1].text.lower() in _PHRASAL:
            return None  # "made up 95% of the personnel", "racked up $6 million in sales"
        return "up" if word in _UP_WORDS else "down"  # "closed up 4.8%", "were down 1.1%", "edged up 0.2%"
    if _BOUND.match(sentence, start):
        return None  # "dipped below $80": the level it went past, not how far it fell
    return _by_its_verb(sentence, end, unit, tokens, inside, p) or _by_the_word_after(sentence, end, unit, tokens)


def _level(sentence: str, start: int, unit: str, sized: bool, tokens: list[Token], p: int) -> Optional[str]:
    """"to" or "from" when the preposition ``p`` before the figure sets a level a change went to
    or started from; None when it sets something else."""
    word = tokens[p].text.lower()
    verb = _verb_above(tokens, p)
    up = tokens[p].head
    if verb is None and tokens[up].text.lower() in _UP_WORDS | _DOWN_WORDS and (
        word == "from"  # "$39,014, up from $38,373", "averaged 5.7 percent, down from 6.2 percent"
        or tokens[tokens[up].head].pos == "AUX"  # "are down to $164.99"
        or tokens[up].head == up - 1  # "goes down to about 50 percent"
        or any(t.head == up and t.dep == "npadvmod" for t in tokens)  # "the euro up 0.05% to $1.1075"
    ):
        # (not "create lists within lists, down to five levels")
        return word
    if (
        verb is None and p > 0 and tokens[p - 1].text.lower() in _UP_WORDS | _DOWN_WORDS
        and tokens[p - 1].head == tokens[p].head and (sized or unit == "measure")
    ):
        return word  # "goes down to about 50 percent" (not "it came down to two teams")
    if word == "to" and re.search(r"\bbetween\s+\S+\s*$", sentence[: tokens[p].idx], re.I):
        return None  # "fell between 10 to 12ft": a range, not the height it fell to
    if verb is None and word == "to" and brought_total(sentence, start):
        return "to"
    if verb is None:
        # the parser hangs "from 5% to 4%" anywhere; the words say it: "Inflation fell from 5% to"
        words = re.findall(r"[a-z]+", re.split(r"[,;:()]", sentence[:start])[-1].lower())
        if word == "to" and "from" in words and any(w in _RISE or w in _FALL for w in words[: words.index("from")]):
            return "to"
        if word == "from" and "to" in words and any(w in _RISE or w in _FALL for w in words[: words.index("to")]):
            return "from"  # "fell to 24 seats from 34"
        if _gapped(sentence, start, words, word, tokens):
            return word
        return None
    mover = tokens[verb].text.lower()
    if not sized and unit != "measure" and (mover in _MOVE or mover in _SENDS and not _moves_a_total(tokens, verb)):
        return None  # "moved to 3 new offices", "sent the message to 5,000 people": no level
    if word == "to" and not sized and any(t.head == verb and t.dep == "dobj" and t.text.lower() in _SUPPLIES for t in tokens):
        return None  # "cut power to about 65,000 customers": who lost it, not a level it was cut to
    return word


# a change's pace: "contracted at an annualised rate of 19.4%", "grew at an annual rate of 3%"
_AT_A_RATE_OF = re.compile(r"\b(?P<verb>[a-z]+)\s+at\s+an?\s+(?:[\w-]+\s+){0,2}rate\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


def _gapped(sentence: str, start: int, words: list[str], word: str, tokens: list[Token]) -> bool:
    """Whether the figure is a level in a clause that leaves out the verb of change before it: "rates
    … had fallen to 93% in 2022 from 96% in 2019, and for the second dose to 91% from 92%" (the
    91% and 92% had read as no change, and the 92% as a level of 2022, the first clause's year)."""
    other = "from" if word == "to" else "to"
    after = re.split(r"[,;:()]", sentence[start:])[0]
    if not words or words[0] not in {"and", "while", "but", "with"} or not (other in words or re.search(rf"\b{other}\b", after)):
        return False
    clause = start - len(re.split(r"[,;:()]", sentence[:start])[-1])
    if any(clause <= t.idx < start and t.pos in {"VERB", "AUX"} for t in tokens):
        return False  # a verb of its own ("and imports rose to …") is read as any other
    first = re.findall(r"[a-z]+", sentence[:clause].lower())
    return any(w in _RISE or w in _FALL for w in first) and bool(re.search(r"\bto\b[^,;]*\bfrom\b|\bfrom\b[^,;]*\bto\b", sentence[:clause]))


# what a verb of change cuts or restores to people rather than to a level: "cut power to about
# 65,000 customers" had read "to about 65,000 | customers", as if the customers were cut to that many
_SUPPLIES = frozenset("power electricity water gas heat heating service services supplies supply aid access internet".split())


def _by_its_verb(sentence: str, end: int, unit: str, tokens: list[Token], inside: list[int], p: int) -> Optional[str]:
    """"up" or "down" when the figure is the object of a verb of rise or fall ("fell 23.5%"), or
    restates one that is ("dropped 473 points, or 1.8%"); None otherwise."""
    word = tokens[p].text.lower()
    root = phrase_root(tokens, inside)
    if root is None:
        return None
    if unit == "count" and tokens[tokens[root].head].text.lower() in {"point", "points"}:
        root = tokens[root].head  # "dropped 473 points": the points hang on the verb
    if word in {"or", ","} and tokens[root].dep == "conj":
        # "dropped 473 points, or 1.8%": the share restates the points
        root = tokens[root].head
        p = _first_of(tokens, root) - 1
        if p < 0:
            return None
        word = tokens[p].text.lower()
        if word in _UP_WORDS | _DOWN_WORDS and tokens[p].pos in {"ADV", "ADP"} and tokens[tokens[p].head].text.lower() not in _PHRASAL:
            return "up" if word in _UP_WORDS else "down"  # "settled up $1.20, or 1.5%"
    if not (word in _RISE or word in _FALL) or _verb_above(tokens, root, steps=1) != p:
        return None
    if unit == "money" and word in _RESULT_WITH_MONEY and not moved_a_level(sentence, end):
        return None  # "the company lost $5 million": a loss, not a fall of a level
    if unit == "count" and word in _ADDS and not re.match(r"\s*points?\s*,?\s+(?:or|to)\s", sentence[end:], re.I):
        # "Gallinari added 25 points" scored them; "the Nasdaq added 20.72 points, or 0.24%"
        # (an index's move says its share or its level too)
        return None
    return "up" if word in _RISE else "down"  # "fell 23.5%", "the S&P 500 lost 1.7%"


# a sum a price moved by says the share or the level it moved to: "crude gained $1.20 to $71.85",
# "lost $2.10, or 3%" (the $1.20 had read as a sum gained, with no direction and no What)
_MOVED_A_LEVEL = re.compile(r"\s*(?:,\s*or\s+\d[\d.,]*\s*(?:%|percent|per\s*cent)|,?\s*to\s+(?:a\s+)?[$£€¥]\s*\d)", re.I)


def moved_a_level(sentence: str, end: int) -> bool:
    """Whether the sum that ends at ``end`` is followed by the share or the level of its move."""
    return bool(_MOVED_A_LEVEL.match(sentence, end))


def _by_the_word_after(sentence: str, end: int, unit: str, tokens: list[Token]) -> Optional[str]:
    """"up" or "down" from "higher", "lower", "up" or "down" after the figure, when a verb takes
    it ("closed 2% higher", "sales ended the year 5% up"); not a comparison ("the CPM is 30% lower
    on mobile", "10.9 percent higher than")."""
    rest = POINTS.match(sentence, end).end() if unit == "count" else end
    following = re.compile(r"\s+(higher|lower|up|down)\b(?!\s+(?:to|from|than)\b)", re.I).match(sentence, rest)
    if not following:
        return None
    at = next((j for j, t in enumerate(tokens) if t.idx >= following.start(1)), None)
    if at is None or tokens[tokens[at].head].pos != "VERB":
        return None
    return "up" if following.group(1).lower() in _UP_WORDS else "down"
