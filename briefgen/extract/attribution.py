"""Attribution: who says a figure, for the key-figures table's "According to" column.

A figure is its source's when a saying verb governs the clause that holds it ("the Turkish
defence ministry said 7000 troops were deployed"); otherwise the sentence's source applies
("according to X", for the numbers of the clause it hangs on, or the subject of a saying verb
anywhere in the sentence). A saying verb in
an aside ("…, for which Lee said he's thankful") or one whose clause only sets the time or place
("said before the Wild's 4-1 win … in front of 15,522") gives no source.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ..models import Mention, Token, head_chain, tokens_at
from ..months import MONTHS, WEEKDAYS
from .change import CHANGE_VERBS
from .numbers import NumberSpan

_SAY_VERBS = frozenset(
    "said says say told tells reported reports announced announces estimated estimates stated states "
    "confirmed confirms claimed claims according warned warns noted revealed "
    # a judge's or a court's word: "The publisher … must also pay about 1.1 million pounds towards Hale's legal costs,
    # she ruled" (had been "not attributed")
    "ruled rules".split()
)
# saying verbs that also name a deed when they take a thing as object ("added a goal", "declared
# a state of emergency", "She wrote hundreds of songs … and sent 12 of the best ones": no source
# of the songs): a source only without one; "admitted" is left out: "Rebbie admitted to filming …,
# according to the Pottstown Mercury" and "Taylor has admitted to owing …" are what others report
# of them
_SAY_OR_DO_VERBS = frozenset(
    "added adds declared acknowledged explained explains insisted argued tweeted stressed "
    "conceded cautioned commented asserted notes writes wrote testified testifies recounted recalled "
    # what data or a study shows or finds: "Exports rose 5% in May, official data showed on Monday",
    # "Smokers had a 30% higher chance of stroke, the study found" (both had been "not attributed");
    # "Police found 3 bodies" is a deed (a noun object)
    "showed shows show found finds find".split()
)
# a forecast is its maker's figure ("Analysts expect the number of electric vehicles … to grow
# … to as many as 80"): a source when the verb has a subject (see _is_say_verb)
_FORECAST_VERBS = frozenset(
    "projected projects predicted predicts forecast forecasts forecasted expect expects expected "
    # "It cut its growth forecasts, projecting the economy will expand by just 0.7%" (see _is_say_verb);
    # "The bank now sees inflation averaging 5.6% this year" (with a clause only: "sees 500 visitors a day" is a fact)
    "projecting predicting forecasting expecting sees see".split()
)
_SEE = frozenset({"sees", "see"})
_SEEN_MOVING = CHANGE_VERBS | frozenset("average averages averaging reach reaches reaching hit hitting total totalling totaling top topping".split())


def _sees_a_level(tokens: list[Token], i: int) -> bool:
    """"sees" as a forecaster's verb: a named or institutional subject, and a clause of a level or a move
    ("The bank now sees inflation averaging 5.6% this year"); not "a pricing scheme that sees you paying three
    times", "The campaign sees the 19-year-old singer stood …", "we can now see that …"."""
    subject = next((j for j, t in enumerate(tokens) if t.head == i and t.dep == "nsubj"), None)
    return (
        subject is not None and (tokens[subject].pos == "PROPN" or bool(_SOURCE_NOUNS.fullmatch(tokens[subject].text)))
        and any(t.head == i and t.dep in {"ccomp", "xcomp"} and t.text.lower() in _SEEN_MOVING for t in tokens)
    )
_SOURCE_NOUNS = re.compile(
    r"^(officials?|authorities|police|sources?|reports?|data|figures|estimates|statistics|the\s+)*"
    r"(officials?|authorities|police|sources?|reports?|data|figures|estimates|statistics|monitor|agency|"
    r"ministry|government|spokes(wo)?man|spokesperson|experts?|analysts?|researchers?|witnesses|medics|"
    r"rescuers|organi[sz]ers|council|authority|court|union|committee|commission|company|operators?|agencies|"
    r"regulator|charity|army|military|coastguard|prosecutors?|(?:official\s+|preliminary\s+|final\s+)?results|"
    # "the companies said", "The force said" (a police force), "Pollsters had expected the SDS to
    # win between 28 and 31 seats",
    # "according to a filing" (each had been "not attributed")
    r"companies|pollsters|filings?|court\s+(?:documents|papers|records)|documents|force|"
    # a party to a conflict claims what it did: "Islamist militants said they had killed 20 soldiers"
    # had been "not attributed", as if it were fact
    r"militants?|rebels?|insurgents?|fighters|militias?|jihadists|guerrillas?|separatists|activists|residents|observatory|"
    r"air\s+force|navy|border\s+guards?|national\s+guard|"
    # those whose estimates and forecasts wire copy reports: "Forecasters expect temperatures to
    # climb … to as high as 47C" had been "not attributed"
    r"forecasters|meteorologists|economists|scientists|doctors|traders|"
    # the trades wire copy quotes by name of trade: "Shares were down 2% at midday, dealers said" had
    # been "not attributed"
    r"dealers|brokers|strategists|bankers|diplomats|lawyers|investigators|paramedics|firefighters|officers|lobbyists|"
    # ...and those who settle or examine: "…, a mediator said in a court filing" (had been "not attributed")
    r"mediators?|arbitrators?|negotiators|auditors?|inspectors|coroners?|"
    # institutions that speak for themselves: "…, with two crew and 17 technical staff, the airline
    # said" had been "not attributed"
    r"airlines?|carrier|airport|hospital|firm|bank|club|team|league|school|university|embassy|department|"
    r"institute|foundation|utility|broadcaster|newspaper|party|group|board|bureau|cent(?:er|re)|media|prefecture|"
    # and businesses named by trade: "the Buenos Aires grains exchange said" (its harvest forecast had
    # been "not attributed"), "the lender said", "the carmaker said"
    r"exchange|lender|insurer|retailer|carmaker|automaker|drugmaker|planemaker|chipmaker|manufacturer|"
    # what a figure is according to: "according to a study published in Nature Medicine", "according
    # to a near-complete count" (both had been "not attributed")
    r"study|studies|survey|poll|analysis|census|count|tally|audit|assessment|projections?|calculations?|"
    r"(?:rebel|militant|armed|insurgent|jihadist|islamist|separatist)\s+(?:groups?|factions?)|"
    r"the\s+\w+\s+ministry)\b", re.I,
)
# a day or a month is when, never who
_WHEN = re.compile(rf"(?:{WEEKDAYS}|{MONTHS})\b", re.I)
# "according to Mr. Marcus": an honorific's full stop does not end the source ("Mr" did), nor does a
# web address's ("according to Layoffs.fyi" had been "Layoffs") or a number's ("78,000")
_ACCORDING = re.compile(
    r"\baccording to\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|St)\.\s+|(?:[A-Z]\.){2,}\s*|\d[,.]\d|\w\.(?=[a-z]{2,}\b)|[^,.;:])+)", re.I
)


def _head_chain(span: NumberSpan, tokens: list[Token]) -> list[int]:
    """The number's last token and its heads up to the sentence's root."""
    idx = tokens_at(tokens, span.start, span.end)
    return head_chain(tokens, idx[-1]) if idx else []


def _governing_verb(span: NumberSpan, tokens: list[Token]) -> Optional[int]:
    """The nearest saying (or forecasting) verb whose clause holds the number. A forecast holds
    only its object or its clause: not "Police had expected 5,000 people, but about 20,000 came,
    organisers said" (the 20,000 are the organisers'), nor "Speaking of …, I did not expect …"."""
    chain = _head_chain(span, tokens)
    for k, i in enumerate(chain):
        if _is_say_verb(tokens, i) and (
            tokens[i].text.lower() not in _FORECAST_VERBS
            or k > 0 and (tokens[chain[k - 1]].dep in _FORECAST_HOLDS or _a_second_object(tokens, i, chain[k - 1]))
            # (a relative clause on the way tells a fact about what is forecast: "The BoE forecast
            # that inflation, which fell to 1.7% in September, would rise to around 2.75%")
            # (but a participle on the forecast's object is what is forecast: "Economists had forecast
            # payrolls increasing by 200,000 jobs" had read as jobs added, not attributed)
            and not any(
                tokens[j].dep in {"relcl", "acl"}
                and not (tokens[j].dep == "acl" and tokens[j].tag == "VBG" and tokens[j].head == chain[k - 1])
                for j in chain[:k]
            )
        ):
            return i
    return None


def _a_second_object(tokens: list[Token], verb: int, noun: int) -> bool:
    """A noun the parser joined to the verb that is a second object of it: "now expects revenue of $1.78
    billion to $1.84 billion, …, and non-GAAP earnings per share of $3.40 to $3.55" (the earnings had read as
    a fact: the parser made "earnings" a conjunct of "expects")."""
    return (
        tokens[noun].dep == "conj" and tokens[noun].pos == "NOUN"
        and not any(t.head == noun and t.dep in {"nsubj", "nsubjpass"} for t in tokens)
        and any(t.head == verb and t.dep == "dobj" for t in tokens)
    )


# how a forecast's number hangs on it: its object ("expected 12.3 billion euros") or its clause
# ("expects 16.6 million vehicles will be sold")
_FORECAST_HOLDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def governing_attribution(span: NumberSpan, tokens: list[Token], mentions: list[Mention]) -> Optional[str]:
    """The source of the saying verb whose clause holds the number: in 'Turkey said it would
    keep its posts, and the Turkish defence ministry said 7000 troops were deployed', 7000
    is the ministry's figure, not Turkey's. None when no saying verb governs the number
    (the sentence-level attribution then applies)."""
    verb = _governing_verb(span, tokens)
    return _say_verb_source(verb, tokens, mentions, shared=True) if verb is not None else None


def pronoun_sayer(span: NumberSpan, tokens: list[Token]) -> Optional[str]:
    """"he" or "she" when that is who says the number ("He said about 50,000 people had attended"):
    the subject of the saying verb that governs it, or of the sentence's first one when none does;
    None otherwise. Who the pronoun is takes the quotes' reading (quotes.QuoteReading)."""
    verb = _governing_verb(span, tokens)
    governs = verb is not None
    verb = next(_saying_verbs(tokens), None) if verb is None else verb
    if verb is None:
        return None
    subjects = [tokens[j].text.lower() for j in (_subjects if governs else _own_subjects)(verb, tokens) if tokens[j].dep == "nsubj"]
    return subjects[0] if subjects and subjects[0] in {"he", "she"} else None


def forecast(span: NumberSpan, tokens: list[Token]) -> bool:
    """Whether the number is what someone expects, forecasts or predicts ("The company now expects
    revenue growth of 15% to 17%", "Analysts had expected 12.3 billion euros"): no figure of what
    happened, though the table lists it under its forecaster's name (see _governing_verb)."""
    verb = _governing_verb(span, tokens)
    return verb is not None and tokens[verb].text.lower() in _FORECAST_VERBS


def forecaster_of(tokens: list[Token], last: int) -> Optional[int]:
    """The noun after a number that is who forecast it, not what it counts: "compared with the
    180,000 economists polled by Reuters had forecast", "beating the 12.3 billion euros analysts had
    expected" (a relative clause with no "that": the parser makes the number the noun's, and
    "180,000 | economists" had read as a count of economists). ``last`` is the number's last token
    (its unit's, for a sum); None when the number hangs on no such noun."""
    noun = tokens[last].head
    if noun <= last or tokens[last].dep not in {"nummod", "compound", "quantmod", "amod"}:
        return None
    verb = tokens[noun].head
    return (
        noun
        if tokens[noun].dep == "nsubj" and verb > noun and tokens[verb].text.lower() in _FORECAST_VERBS
        and tokens[verb].pos == "VERB"
        and not any(t.head == verb and t.dep in _FORECAST_HOLDS for t in tokens)
        else None
    )


def expected_by(tokens: list[Token], last: int, mentions: list[Mention]) -> Optional[str]:
    """Who expected a number a participle says expected it: "beating the 1.35 billion euros expected by
    analysts in a company-compiled poll" (had read as a blank sum, not attributed). ``last`` is the
    number's last token (its unit's, for a sum); None when no such participle hangs on it. Also on the
    noun the number sizes: "a bigger fall than the 0.3% decline forecast by economists" (had read as a
    decline that happened)."""
    sized = _sized_noun(tokens, last)
    for j, t in enumerate(tokens):
        if t.head in {last, sized} and t.dep == "acl" and t.text.lower() in _FORECAST_VERBS and t.tag == "VBN":
            agent = next((k for k, u in enumerate(tokens) if u.head == j and u.dep == "agent"), None)
            who = next((k for k, u in enumerate(tokens) if agent is not None and u.head == agent and u.dep == "pobj"), None)
            return _name_at(tokens, who, mentions) if who is not None else None
    return None


def forecast_relative(tokens: list[Token], last: int) -> bool:
    """Whether a relative clause on the number says it was expected or forecast: "fewer than the 150,000 they had
    expected" (had read as 150,000 visitors who came). ``last`` is the number's last token."""
    sized = _sized_noun(tokens, last)
    return any(
        t.head in {last, sized} and t.dep == "relcl" and t.text.lower() in _FORECAST_VERBS and t.tag in {"VBN", "VBD"}
        for t in tokens
    )


def _sized_noun(tokens: list[Token], last: int) -> int:
    """The noun a number sizes ("the 0.3% decline"), or the number's own last token when it sizes none."""
    return tokens[last].head if tokens[last].dep in {"compound", "nummod", "amod"} and tokens[last].head > last else last


def told_of(tokens: list[Token], last: int, mentions: list[Mention]) -> Optional[str]:
    """Who a relative clause on a number says told of it as likely or expected: "far higher than the 500
    million euros that sources had told Reuters last month the Commission was likely to impose" (had read
    as a blank sum of last month, not attributed); None otherwise."""
    sized = _sized_noun(tokens, last)
    for j, t in enumerate(tokens):
        if t.head in {last, sized} and t.dep == "relcl" and _is_say_verb(tokens, j) and any(
            u.text.lower() in {"likely", "expected"} and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to"
            and j in head_chain(tokens, k) for k, u in enumerate(tokens)
        ):
            return _say_verb_source(j, tokens, mentions)
    return None


def is_say_verb(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` says or forecasts (see _is_say_verb)."""
    return _is_say_verb(tokens, i)


# prepositions that set a saying verb in time or place rather than give what was said ("said
# before the Wild's 4-1 win … in front of 15,522"); "warned of", "spoke about", "said on Monday
# that …" are left to the other rules
_SETTING = frozenset({"before", "after", "during", "since", "until", "at", "in", "amid", "following", "outside", "inside"})


def said_around(span: NumberSpan, tokens: list[Token]) -> bool:
    """The number is in a phrase that says when or where a saying verb happened, not in what
    was said: '“…,” Boudreau said before the Wild's 4-1 win … in front of 15,522' had tabled the
    crowd as Boudreau's figure. On the 390 dev and unseen texts that is the one tabled figure it
    changes (and 5 scores or names, none of them said)."""
    chain = _head_chain(span, tokens)
    for child, head in zip(chain, chain[1:]):
        if _is_say_verb(tokens, head):
            # (an estimate's "at" gives what it puts: "Police put the crowd at 35,000")
            # (an active estimate "at" a number is its maker's: "Parametrix estimated direct losses … at $5.4 billion";
            # not a passive one, whose subject is what was estimated: "Turnout was estimated at between 60% and 61.5%")
            return tokens[child].dep == "prep" and tokens[child].text.lower() in _SETTING and tokens[head].text.lower() not in _PUT and not (
                tokens[head].text.lower() in _ESTIMATED_AT and _puts_at(tokens, head)
            )
        if tokens[head].dep == "advcl" and tokens[head].tag == "VBG" and tokens[head].text.lower() in CHANGE_VERBS and _said_before(tokens, head):
            # what the news did next: "…, the company said on Saturday, sending its shares up 17%"; also
            # from a clause below the saying verb: "Lufthansa reported a record profit … as travellers
            # paid higher fares, sending its shares up 8%"
            return True
        if tokens[head].dep == "advcl" and tokens[head].text.lower() == "followed" and any(
            t.head == head and t.dep == "agent" for t in tokens
        ):
            # the next in a ranking is its own: "Kazakhstan reported the most cases, with 13,254,
            # followed by Russia with 10,819" (had given Russia's cases to Kazakhstan)
            return True
        if tokens[head].pos in {"VERB", "AUX"}:
            return False  # a clause of its own on the way: what was said, however it hangs ("told
            # reporters at a news conference that officials began receiving 911 calls")
    return False


def _said_before(tokens: list[Token], i: int) -> bool:
    """A saying verb above token ``i`` whose content does not hold it: not "projected … would reduce GDP
    by 0.25 percent, while lowering wages by 0.16 percent" (the lowering is what was projected)."""
    for j in head_chain(tokens, i)[1:]:
        if _is_say_verb(tokens, j):
            return True
        if tokens[j].dep in {"ccomp", "xcomp"}:
            return False
    return False


# A saying verb in a clause that comments on one thing is no source for the sentence: "The
# proposition received approximately 24,000 more yes votes …, for which Lee said he's thankful",
# "Three cases of plague have been diagnosed …, though officials say the risk is low". On the 390
# texts these took 4 of the 33 tabled figures attributed by the sentence; none was the speaker's.
_ASIDE_DEPS = frozenset({"relcl", "advcl", "acl"})


def _an_aside(tokens: list[Token], i: int) -> bool:
    """The saying verb comments on one thing; "As Dr. Sanjay Gupta noted at the time, …" is a
    source all the same."""
    if tokens[i].dep not in _ASIDE_DEPS:
        return False
    return not any(t.head == i and t.dep == "mark" and t.text.lower() == "as" for t in tokens)


def according_to(sentence: str) -> Optional[str]:
    """The X of 'according to X', when it names a source: the sentence's source before any saying
    verb's (see said_by), for the numbers of the clause it hangs on (see outside_according)."""
    match = _ACCORDING.search(sentence)
    return _source_phrase(match.group("who")) if match else None


def outside_according(span: NumberSpan, tokens: list[Token]) -> bool:
    """Whether 'according to' hangs on a clause of its own that does not hold the number: in
    "Orders rose to 14.1 billion euros, beating the 12.3 billion euros analysts had expected,
    according to a company-compiled consensus" the consensus is the expectation's source, not
    the orders'. A phrase on the sentence's main verb, or on a noun, covers the sentence."""
    chain = set(_head_chain(span, tokens))
    for i, token in enumerate(tokens):
        if token.text.lower() == "according" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "to":
            clause = token.head
            return (
                # (a clause before it: one after it is the parser's guess, "There are three scripts …,
                # according to The Wrap, so it's possible …" hangs the phrase on the "so" clause)
                clause < i and tokens[clause].pos == "VERB" and tokens[clause].dep in _CLAUSE_DEPS
                and clause not in chain
                # (a contrast with its own subject is the sentence's second half, not an aside: "Labour was on
                # 45%, …, while the Conservatives fell 3 points to 25%, according to the survey" covers both)
                and not any(t.head == clause and t.dep == "mark" and t.text.lower() in {"while", "whereas"} for t in tokens)
            )
    return False


# the clauses "according to" can hang on apart from the main one
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "pcomp"})


def said_by(tokens: list[Token], mentions: list[Mention]) -> Optional[str]:
    """The subject of the sentence's first saying verb that is no aside or forecast."""
    return next((name for name in (_say_verb_source(i, tokens, mentions) for i in _saying_verbs(tokens)) if name), None)


def _saying_verbs(tokens: list[Token]) -> Iterator[int]:
    """The sentence's saying verbs that speak for it: no aside, and no forecast, which is the source
    of what it forecasts only (see _governing_verb): "Payrolls rose by 150,000, compared with the
    180,000 economists had forecast" had given the economists the 150,000 jobs that were counted."""
    return (
        i for i, token in enumerate(tokens)
        if _is_say_verb(tokens, i) and not _an_aside(tokens, i) and token.text.lower() not in _FORECAST_VERBS
        and not _another_clause(tokens, i)
    )


def _another_clause(tokens: list[Token], i: int) -> bool:
    """A saying verb joined by "and" or "but" to a clause before it, with a subject of its own, says
    what it governs only: "The Met employs about 34,000 officers, … and Khan has said he needs 1,300
    more" (the 34,000 had been Khan's). Not after a quote, whatever the parse: '"… two tablets was a
    lethal dose – and she had taken eight," her mother, Fiona, said' (a misparse joins "said" to
    the quote's "was")."""
    head = tokens[i].head
    return (
        tokens[i].dep == "conj" and head < i and tokens[head].pos in {"VERB", "AUX"} and bool(_own_subjects(i, tokens))
        and not any(tokens[k].text in {"”", '"', "’", "'"} for k in range(head + 1, i))
    )


# an estimate "put at" a number is its maker's: "Police put the crowd at 35,000, while … the Public
# Meeting Archive estimated that about 140,000 people took part" had left the police's figure
# "not attributed" beside the archive's
_PUT = frozenset("put puts putting place places placed placing peg pegs pegged pegging".split())


# ...and one estimated or valued at a number, by whoever did ("estimated that …" is read as any saying)
_ESTIMATED_AT = frozenset("estimate estimates estimated estimating value values valued valuing".split())


def _puts_at(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` puts its object at a number: a subject, an object and an "at" (or "as high as") that
    holds the number."""
    at = next(
        (j for j, t in enumerate(tokens) if t.head == i and (t.dep == "prep" and t.text.lower() == "at" or t.dep == "advmod" and t.text.lower() in {"high", "low"})),
        None,
    )
    return at is not None and (
        any(t.head == i and t.dep == "nsubj" for t in tokens) and any(t.head == i and t.dep == "dobj" for t in tokens)
        and any(t.pos == "NUM" and at in head_chain(tokens, j) for j, t in enumerate(tokens))
    )


def _is_say_verb(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    word = token.text.lower()
    if word in _ESTIMATED_AT and token.pos == "VERB" and _puts_at(tokens, i):
        return True  # "Insurer Parametrix estimated direct losses … at $5.4 billion" (had been "not attributed")
    if word in _PUT and token.pos == "VERB":
        # (an estimate's "at" holds a number: not "put 5,000 troops at the border", a deed; or its "as
        # high as": "Some estimates put the toll as high as 150,000")
        return _puts_at(tokens, i)
    if word in _FORECAST_VERBS and (token.pos == "VERB" or token.dep == "ROOT"):
        # (a root with a subject is a verb, whatever the tagger says: "The BoE forecast that inflation
        # … would rise to around 2.75%" had "forecast" a noun)
        # only with a subject that makes the forecast: "the IMF projected consumer prices would
        # rise by 7.3 percent"; not "prices are projected to rise"; or a participle's on the clause it
        # hangs on ("It cut its growth forecasts, projecting …")
        if word in _SEE and not _sees_a_level(tokens, i):
            return False
        return any(t.head == i and t.dep == "nsubj" for t in tokens) or (
            token.tag == "VBG" and token.dep == "advcl" and any(t.head == token.head and t.dep == "nsubj" for t in tokens)
        )
    if word not in _SAY_VERBS | _SAY_OR_DO_VERBS or token.pos not in {"VERB", "AUX"}:
        return False
    if word in _SAY_OR_DO_VERBS:
        # "Bemstrom added a goal and an assist": adding a thing, not saying it; so is "Patton
        # added to his collection of state titles, winning the 200 yard …"
        if word in {"added", "adds"} and any(t.head == i and t.dep == "prep" and t.text.lower() == "to" for t in tokens):
            return False
        if word in _FINDING:
            # (with any object, or in the passive, a deed: "researchers found it via two domain links",
            # "Tsarnaev was found guilty on all 30 charges", "Epstein had been found in his jail cell")
            return not any(t.head == i and t.dep in {"dobj", "auxpass", "nsubjpass"} for t in tokens)
        return not any(t.head == i and t.dep == "dobj" and t.pos in {"NOUN", "PROPN", "NUM"} for t in tokens)
    return True


_FINDING = frozenset("showed shows show found finds find".split())


def _say_verb_source(verb: int, tokens: list[Token], mentions: list[Mention], shared: bool = False) -> Optional[str]:
    """The first nameable subject of a saying verb; a subject inside a named mention comes
    first ("the news agency IRNA reported": two subjects, the named one is the source). With
    ``shared``, for a number the verb governs, a subject it shares with the verb it is joined to
    (see _subjects); not for the sentence's other numbers: "Ireland owns a 25 per cent stake in
    the airline, which posted a €48m loss but said its long-haul business had performed well"."""
    subjects = _subjects(verb, tokens) if shared else _own_subjects(verb, tokens)
    if not subjects and verb > 0 and tokens[verb - 1].pos in {"NOUN", "PROPN"} and tokens[verb - 1].dep == "appos":
        # the parser made the speaker an aside of the name before it and left "said" without a
        # subject: "… customers of Optus, Australia's second-largest telecoms company said on Thursday"
        subjects = [verb - 1]
    named = [j for j in subjects if any(m.start <= tokens[j].idx < m.end and m.label in {"PERSON", "ORG"} for m in mentions)]
    for j in named + [j for j in subjects if j not in named]:
        name = _name_at(tokens, j, mentions)
        if name:
            return name
    return None


def _subjects(verb: int, tokens: list[Token]) -> list[int]:
    """A verb's subjects; a verb joined to another by "and" or "but" shares its subject: "Jansa
    conceded defeat but said his party had increased its number of votes by about 20,000" (the
    claim had read "not attributed", a fact)."""
    while True:
        subjects = _own_subjects(verb, tokens)
        head = tokens[verb].head
        if subjects or tokens[verb].dep != "conj" or head == verb or tokens[head].pos not in {"VERB", "AUX"}:
            return subjects
        verb = head


def _own_subjects(verb: int, tokens: list[Token]) -> list[int]:
    return [j for j, t in enumerate(tokens) if t.head == verb and t.dep in {"nsubj", "nsubjpass"} and j != verb]


def _source_phrase(phrase: str) -> Optional[str]:
    phrase = re.sub(r"\s+(on|in|at|last|this|who|which|that)\b.*$", "", phrase.strip())
    # "official results released Monday": what the results are, not a name ("Monday" had been the
    # source); "data released by MOTIE" names who released them, and stays
    phrase = re.sub(
        r"\s+(released|published|issued|compiled|posted|seen|obtained|cited|reported|announced)\b(?!.*\bby\b).*$", "", phrase
    )
    phrase = re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.I).strip()
    # what a study is of is no part of its name: "a study of more than 78,000 adults" (its "78,000"
    # had ended the phrase: "study of more than 78")
    phrase = re.sub(r"\s+of\s+[^,;]*\d.*$", "", phrase)
    if not phrase:
        return None
    if phrase[0].isupper():
        return phrase
    # lower-case descriptors before a name: "war monitor Syrian Observatory …"
    tail = re.match(r"^((?:[a-z-]+\s+){1,3})([A-Z].*)$", phrase)
    if tail and not re.search(r"\b(with|of|to|for|from|by|between|under|after|before)\b", tail.group(1)) and not _WHEN.match(
        tail.group(2)
    ):
        return tail.group(2)
    if _SOURCE_NOUNS.match(phrase) or _SOURCE_NOUNS.fullmatch(phrase.split()[-1]) and len(phrase.split()) <= 4:
        return phrase  # "war monitor", "near-complete count"
    return None


def _name_at(tokens: list[Token], j: int, mentions: list[Mention]) -> Optional[str]:
    token = tokens[j]
    for m in mentions:
        if m.start <= token.idx < m.end and m.label in {"PERSON", "ORG", "NORP", "GPE"}:
            name = re.sub(r"^the\s+", "", m.text, flags=re.I)
            return name + _acronym_after(tokens, m)
    for k, t in enumerate(tokens):  # "the state-run news agency IRNA": the name, not the noun
        if t.head == j and k > j and t.dep in {"appos", "compound", "npadvmod"}:
            for m in mentions:
                if m.start <= t.idx < m.end and m.label in {"PERSON", "ORG"}:
                    return re.sub(r"^the\s+", "", m.text, flags=re.I) + _acronym_after(tokens, m)
    for m in mentions:
        if m.label in {"ORG", "GPE", "NORP"} and m.end < token.idx <= m.end + 1 and token.pos == "NOUN" and any(
            t.head == j and k < j and t.dep in {"nmod", "compound"} and m.start <= t.idx < m.end for k, t in enumerate(tokens)
        ) and _SOURCE_NOUNS.fullmatch(token.text):
            # whose data: "Bank of England figures showed" (had been "figures"); the name's own words
            # hang on one another, not on the noun
            return re.sub(r"^the\s+", "", m.text, flags=re.I) + " " + token.text
    if token.pos in {"NOUN", "PROPN"}:
        phrase = _with_modifiers(tokens, j)
        if _SOURCE_NOUNS.match(phrase) or _SOURCE_NOUNS.fullmatch(token.text) or token.pos == "PROPN":
            return phrase + _whose_data(tokens, j, mentions)  # "war monitor", "the Turkish defence ministry"
    return None


def _whose_data(tokens: list[Token], j: int, mentions: list[Mention]) -> str:
    """" from X" when data or figures say where they come from: "data from CoinGlass showed" (had been "data")."""
    if tokens[j].text.lower() not in {"data", "figures", "statistics", "estimates"}:
        return ""
    prep = j + 1
    if prep >= len(tokens) or tokens[prep].text.lower() != "from" or tokens[prep].head != j:
        return ""
    named = next((k for k, t in enumerate(tokens) if t.head == prep and t.dep == "pobj"), None)
    # (the name or a name before its noun: "data from the EPEX Spot exchange showed")
    held = [named] + [k for k, t in enumerate(tokens) if named is not None and t.head == named and t.dep == "compound"]
    name = next(
        (m.text for k in held if k is not None for m in mentions if m.start <= tokens[k].idx < m.end and m.label in {"ORG", "PERSON", "GPE"}),
        None,
    )
    return " from " + re.sub(r"^the\s+", "", name, flags=re.I) if name else ""


def _with_modifiers(tokens: list[Token], j: int) -> str:
    """A noun with the modifiers before it, as written, the modifiers' own included: "Washington-based
    analysts" (its "Washington-" hangs on "based"; the source had read "based analysts")."""
    kept = {j}
    start = j
    for k in range(j - 1, -1, -1):
        head = tokens[k].head
        if head not in kept or head == j and tokens[k].dep not in {"compound", "amod"}:
            break
        kept.add(k)
        start = k
    phrase = tokens[start].text
    for previous, token in zip(tokens[start:j], tokens[start + 1 : j + 1]):
        phrase += " " * (token.idx > previous.idx + len(previous.text)) + token.text
    return phrase


def _acronym_after(tokens: list[Token], mention: Mention) -> str:
    """'the United Nations (UN)': keep the acronym that follows a name in brackets."""
    for k, t in enumerate(tokens[:-2]):
        if t.text == "(" and mention.end <= t.idx <= mention.end + 1 and tokens[k + 2].text == ")":
            acronym = tokens[k + 1].text
            if acronym.isupper() and 1 < len(acronym) <= 8:
                return f" ({acronym})"
    return ""
