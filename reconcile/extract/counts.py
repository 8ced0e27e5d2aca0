"""Count claims: how many people, troops, dollars or per cent an article states.

The quantity driver (:func:`~.quantities.extract_quantities`) asks :func:`read_count` about each
figure that is neither a measure nor a frequency. :func:`read_count` reads the phrase around the
figure in stages (:data:`_STAGES`: hedge, counted noun, level, event, scope, owner, what is
counted when no noun follows, references), each a small function that may rule the figure out,
and returns one :class:`~reconcile.models.Claim` (kind ``quantity``) per count. Vocabulary lives in
``reconcile/data/counts.yaml`` and ``reconcile/data/numbers.yaml``; examples in
``tests/corpus/counts/``.

What is counted
    The noun phrase after the figure ("5,200 US troops"), with the participle or relative
    clause that qualifies it ("lawmakers present for the vote", "25 people were killed") and
    its scope ("in Iraq", "to the region"); an aside between commas does not part the noun phrase
    from its verb ("one bomb, which did not explode, fell"; "his two sons, 17 and 22, were
    arrested": the claim's text is the noun phrase), nor an "of" phrase of whose they are ("two
    sons of the mayor were arrested"), and nor does a second subject coordinated
    with it ("the two women and a man were killed"; in "two women and one man" the second figure
    is a count of its own); suffering a hurt is being hurt ("14 passengers suffered injuries":
    wounded; "serious injuries": seriously wounded). With no noun after the figure: "X, who now number
    5,000" counts X; "the death toll rose to 40" counts people killed; a verb before the figure
    gives the event and the nearest person noun before it the counted people ("fired on the
    protesters, wounding three" -> protesters wounded). A possessive before the figure ("its
    5,000 troops") takes its owner from the nearest proper name before it. A verb before a possessive of people is the
    count's event all the same ("killed his two sons", "arrested their three leaders"). "Troops present in
    Iraq" / "stationed in" only place the troops: no event; nor are the people a vehicle is
    carrying loaded ("a plane carrying 156 passengers": those on board; "a truck carrying 30
    rifles" is), and what a thing can hold is its capacity ("licensed to carry 250 passengers",
    "the jet seats 180 people", "a capacity of 250 passengers": ``capacity`` in the key). Per cent and fractions count the
    noun after "of" ("40% of voters"; a fraction also before "the" or a possessive: "half the milk") or the subject of a copula ("turnout was 41%"; a period after it is when, not what: "net profit for the fourth quarter came to $1.2bn" is net profit's; a change set off by a comma after a level is that level's: "Revenue was $6.5bn, up 18%"); money
    with no noun is what follows "in" ("$250m in aid") or its verb ("fined 250 million euros",
    "set aside $1.5bn for bad loans"), the noun a participle of value follows ("a deal valued at
    $3bn") or the price of what a verb of sale took ("sold its unit for $2bn": unit price);
    a bare figure after a count noun's copula counts that noun ("the final tally was 1,204"); a
    crowd counts the people present ("a crowd of 5,000", "police put the crowd at 8,000": as "5,000
    people took part"; ``crowd_nouns``), and cases of an illness the people infected ("42 cases of
    salmonella": as "42 people were sickened"; ``illnesses``; "12 cases of beer" stay cases);
    "pulled out alive", "brought from the rubble alive", people "pulled from the water" or "winched
    to safety" (and "rescuers pulled 270 people from the sea") are a rescue, and so is taking people
    "from the rubble" (``debris_nouns``: "freed 44 people from the rubble"; "freed 12 hostages
    from a camp" is a release); "there
    were four in the climbing party", with nothing counted named before, counts the people in it.

The key
    ``CORE|CONTEXT``: CORE is ``subject_key`` of the owner, the counted noun phrase, the event
    (killed, wounded, present, deployed...) and the words that make it another quantity
    (additional, new, more...; not "another" added to what befell others: "Sixteen people died.
    Another 35 were wounded" is the wounded, all of them); CONTEXT is ``subject_key`` of the scope's place words, or of the
    place the sentence opens with ("In Central Aceh district, 10 people were killed") when the
    count has no scope of its own and no verb of speech stands between, or of a place that is the
    subject of a verb of recording before a count of people befallen ("Marren province recorded 19
    deaths": killed people|marren; ``place_subject_verbs``, ``place_subject_nouns``; "the ministry
    recorded" is none). A scope over two named places joined by "and" is one context word for both
    ("23 people in Marren and Tesk": killed people|marren+tesk), never the first place's alone. A rate's base joins CORE
    ("$23 million per season", "5 million visitors a year", "$50 a barrel": :func:`rate_after`),
    so a figure per season and the total are two facts. Whose seats or votes they are joins
    CONTEXT, marked ``^``: the name before a verb of winning, receiving or keeping ("Labour won 33
    seats", "The Greens kept their 10 seats"; a clause of "which"/"who" between is passed over:
    "The Bluebell Party, which has governed since 2019, won 19 seats"; so is the share it won
    "with": "won 19 seats with 33.1% of the vote"), and a share right after such a verb, with no
    noun of its own, is of the vote ("The Harbour Front won 33 per cent"). Votes after "margin of"
    or a verb of winning's "by" are a margin ("won by 4,100 votes"), and seats or votes gained a
    gain ("gained six seats"), never the votes or seats won.

What a figure with no noun of its own counts
    A holder noun before "of" says it ("a mother of 12": children; "a town of 14,000":
    residents), and a collective noun counts its members ("a crowd of about 200": people in the
    crowd; "a majority of 160"; "a crowd of 5,000 fans" counts the fans); a count noun
    hyphenated to the figure (or apart from it, before a singular noun: "the 200 person crowd")
    counts those of the noun it modifies ("the 300-seat parliament": the parliament's seats; "a
    10-day siege" is a measure, "a 12-gauge shotgun" nothing); "two of them managed to escape", "of which four exploded" count a part of
    the plural noun named before (the nearest figure's, else the nearest plural), keyed by what
    the part did (no verb after it: no count of its own); so is "two of the bombs fell" (a part of
    the bombs named). A part right after the count it is of ("12 people, five of them") is told
    by how badly it was hurt ("17 hurt, five of them seriously", "injuring 31 people, four of them
    seriously": people seriously wounded) or by a noun of people ("killed 12 people, five of them
    children": children killed), else it is a bare part. A bare figure after "and" with a place
    of its own counts what the placed figure before it counts, as what befell that ("18 people
    died in Marren and 12 in Tesk": people killed|tesk); a part after "including" or "among
    them" that follows its whole's verb takes that verb's event ("35 were wounded, including 14
    children": children wounded). Vocabulary: ``holders`` and ``compound_counts`` in
    counts.yaml. A part of those an event befell placed after its copula is placed there
    ("Seventeen of the deaths were in Marren province", "Of the dead, ten were in the camp":
    people killed|camp).

Derived figures
    "N more/fewer than X", "N short of X", "twice/double/half X" with another count stated
    earlier in the sentence give a claim about X (note "derived: 168 - 3").

Not counts
    Years (four digits 1000-2100 without a comma), days of a month, clock times, ages,
    measures and durations (:mod:`.measures`), labels after a capitalised word or a label word ("Article 58",
    "Fourth Division" has no cardinal), codes glued to letters ("epa08127441", "Fateh-313"),
    "1/7", sport scores ("3-1"), compound modifiers ("a 10-day siege"), "one of", pronoun
    "one", ratios ("one in five"), rate bases ("per 100,000"), distances that place something
    ("40 miles southwest of"), changes in per cent ("3.5 per cent higher" is a change, keyed as
    "rose 3.5 per cent" is, after a verb of being or of a market's close: "prices were 3.5 per
    cent higher", "shares closed 3% lower ... at 412 pence", the figure after "at" its level; so is a share
    after a verb by which a price moves, "shares gained 6%", "the peso weakened by 2%"), a figure before a
    singular noun ("a million man march") or a singular verb ("12 was"), a count in a
    modal perfect ("there might have been two killed"), and figures after which no counted noun
    can be found. A figure in words after a demonstrative ("those two crews", "both") refers
    back to things already named ("that one" too, unless "that" opens what a verb of speech
    reports: "said that one person died"); "one official said" and "one member of the board
    said" name a speaker, and "not one witness" says what is not. "One" is otherwise a count,
    as any figure ("noticed one missed call"). An amount or share with no noun is still a claim,
    named by its verb or the name before it, and stays a finding of its own.

Vague plurals
    "hundreds of", "thousands", "dozens" are skipped: they give no figure to compare, and a
    wide interval would only add noise to the report.

Text, quote and as_of
    ``text`` runs from the hedge (with "the"/"an" before "estimated") through the counted noun
    phrase and what qualifies it; for "who number" and death-toll constructions it starts at
    the counted noun. ``quote`` is the sentence (around the claim only, for a "sentence" longer
    than :data:`QUOTE_LIMIT`). ``as_of`` is the year of the nearest "in/as of/by (the end of)
    YYYY" in the sentence; "now" leaves it empty.

Page furniture
    Figures before ``article.body_start`` or inside ``article.furniture`` spans (captions,
    bylines) are skipped when the article reader provides them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..datafiles import weekday_names
from ..lexicon import fold, lemma, subject_key
from ..models import Article, Claim, Kind
from ..settings import Settings
from ..values import rounding_unit
from .dates import vocab as event_vocab
from .numbers import CHANGE_VERBS, Figure, find_figures
from .phrases import FALL_VERBS, LEVEL_VERBS, RISE_VERBS, vocab as phrases_vocab
from .phrases import (BE_FORMS, CONFIRMING, MULTIPLIED, VALUING, Lex, Tok, lex, noun_before_copula, noun_phrase, noun_phrase_before,
                      person_before, plural, possessor, scope, tokens, verb_form)
from .quantity import AMOUNT, SHARE, as_of_year, hedge_before, key_of, make_claim, number, rate_after, rate_base
from .ranks import ordinal_values
from ..trend import changes_over_time
from .sentences import QUOTE_OPENERS, sentence_index
from .timing import read_timing

_YEARLIKE = re.compile(r"\d{4}")
_AUX = frozenset({"remain", "remained", "remains", "still", "were", "was", "are", "is", "been", "being", "have", "has", "had", "be", "who", "that",
                  "which", "reportedly", "also", "all", "later", "since", "now", "still", "then"})
_POSSESSIVE = frozenset({"its", "their"})
# an adverb of degree inside a counted noun phrase, before its adjective: "heavily armed", "mostly young"
_DEGREE_ADVERB = re.compile(r"(?-i:[a-z]{3,}ly)")
# "N people are believed / feared / reported to have been killed": a hedged report of the event
# words that state what befell the counted as said or supposed: the event is the word after them
_STATED_AS = frozenset({"confirmed", "feared", "presumed", "reported", "believed", "declared", "pronounced"})
_MADE_TO = frozenset({"forced", "ordered", "told", "made", "compelled", "obliged"})  # not "urged", "allowed": no act
_RAISING = frozenset({"believed", "thought", "reported", "feared", "said", "understood", "known", "presumed"})
_ADJECTIVE = re.compile(r"(?:able|ible|ful|ous|ive|ent|ant|ic|al|sure|certain|right|wrong|true|behind|committed)$")
# "there might have been two people killed": what did not happen is no count
_HYPOTHETICAL = re.compile(r"\b(?:might|could|would|may)(?:\s+not)?\s+have\s+(?:been\s+)?(?:[a-z]+\s+){0,2}$",
                           re.IGNORECASE)
# a figure in words after a demonstrative points back at things already counted ("those two
# crews"); after "the" it says how many there are ("the five merchant vessels", "the three divers
# who found the wreck", "between the two countries"), except of the sides of a dispute ("the two
# sides"), which are no figure
_REFERENCE = frozenset({"these", "those", "both"})
_SIDES = frozenset({"side", "sides"})
_OWN = frozenset({"the", "its", "their", "all", "those", "these", "our", "his", "her", "my", "your"})
_PRONOUN_ONE = frozenset({"of", "in", "another", "more", "last", "other", "who", "that", "which", "such"})
_ONE_BEFORE = frozenset({"the", "no", "any", "every", "this", "that", "which", "each", "someone", "anyone"})
# "when one is killed": anyone ("when one soldier was killed" is a count)
_GENERIC_ONE = (frozenset({"when", "if", "whenever", "once", "unless"}),
                frozenset({"is", "was", "has", "had", "does", "did", "can", "could", "will", "would", "gets", "must"}))
_CHANGE = frozenset({"higher", "lower", "more", "less", "fewer", "up", "down", "above", "below", "cheaper",
                     "dearer", "increase", "rise", "drop", "fall", "gain", "jump", "decline", "year-on-year"})
_COMPOUND = re.compile(r"-(?:[A-Za-z]+)(?:-[A-Za-z]+)*")
_DERIVED = re.compile(r"\s+(?P<d>more|fewer|less)\s+than\s+|\s+short\s+of\s+", re.IGNORECASE)
# ("the first half of the year", "the second half" are spans of time, no multiple)
_MULTIPLE = re.compile(r"(?<!first )(?<!second )(?<!latter )(?<!other )\b(?P<m>twice|double|half|three times|four times)"
                       r"\s+(?:as\s+many\s+as\s+|of\s+)?"
                       r"(?P<x>the\s+[A-Za-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_MULT_VALUE = {"twice": 2.0, "double": 2.0, "half": 0.5, "three times": 3.0, "four times": 4.0}


# ------------------------------------------------------------------ one figure


_LABEL_BEFORE = re.compile(r"(?:\b(?-i:No|Nos)\.[ \t]*|#[ \t]*|\b(?:the|a)[ \t]+number[ \t]+)$", re.I)  # not "who now number 5,000"


def _looks_not_count(text: str, fig: Figure) -> bool:
    """What the characters around a figure show it is not a count: years, scores, codes, ages."""
    surface = text[fig.start:fig.end]
    if text[fig.end:fig.end + 1].isalpha():
        return True  # "10k", "80m people": letters glued to the figure that are no unit of measure
    if not fig.words and fig.unit is None and fig.scale == 1 and fig.high is None \
            and _YEARLIKE.fullmatch(surface) and 1000 <= fig.value <= 2100:
        return True  # a year
    if _LABEL_BEFORE.search(text, max(0, fig.start - 8), fig.start):
        return True  # "the No. 1 seed", "#3 Duke": a place or a label (extract/places.py)
    if fig.start >= 3 and text[fig.start - 1] == " " and text[fig.start - 2] == "." and text[fig.start - 3].isdigit():
        return True  # "6. 1": a decimal split by tokenisation
    if fig.value < 120 and fig.unit is None and text[fig.start - 2:fig.start] == ", " \
            and text[fig.end:fig.end + 1] == ",":
        return True  # "a boy, 12, was killed": an age
    if fig.high is None and not fig.words:
        if text[fig.end:fig.end + 2][:1] in "-\u2013" and text[fig.end + 1:fig.end + 2].isdigit():
            return True  # a score or a code: "3-1"
        if fig.start >= 2 and text[fig.start - 1] in "-\u2013" and text[fig.start - 2].isdigit():
            return True
        if re.match(r" \d", text[fig.end:fig.end + 2]) or (fig.start >= 2 and re.match(r"\d ", text[fig.start - 2:fig.start])):
            return True  # digit groups: a phone number or a code
    # hyphenated compounds: "34-year-old", "a 10-day siege"; "5,000-strong" and "a 300-seat
    # parliament" (:func:`_compound_count`) go on
    cm = _COMPOUND.match(text, fig.end)
    if cm and cm.group()[1:].lower() in _DASH_WORDS and text[cm.end():cm.end() + 1].isspace():
        return False  # "a mother of 12-another mother was hurt": a hyphen for a dash, no compound
    return bool(cm and not cm.group().lower().startswith("-strong") and _compound_noun(text, fig) is None)


# words that open a phrase and never end a compound: after a hyphen glued to a figure, the hyphen is a dash
_DASH_WORDS = frozenset({"another", "the", "a", "an", "who", "which", "whose", "he", "she", "they", "his", "her",
                         "their", "its", "this", "these", "those"})


def _compound_noun(text: str, fig: Figure) -> str | None:
    """The plural of the count noun hyphenated to ``fig`` ("300-seat" -> seats), or written apart
    from it before a singular noun ("the 200 person crowd"; "200 student protesters" counts the
    protesters), when a word follows the compound for it to modify; None otherwise."""
    m = _compound_match(text, fig)
    return lex().compound_counts.get(m.group(1).lower()) if m else None


def _compound_match(text: str, fig: Figure) -> re.Match[str] | None:
    if fig.unit is not None or fig.high is not None or fig.value < 2 or fig.fraction:
        return None
    m = _COUNT_COMPOUND.match(text, fig.end)
    if m:
        return m
    lx = lex()
    m = _SPACED_COMPOUND.match(text, fig.end)
    if not m or m.group(1) not in lx.compound_counts:
        return None
    nxt = m.group(2).lower()
    if plural(nxt, lx) or nxt in lx.breaks or nxt in lx.events or nxt in lx.compound_counts or nxt.endswith("ed"):
        return None
    return m


_COUNT_COMPOUND = re.compile(r"-([A-Za-z]+)\s+(?=[A-Za-z])")
_SPACED_COMPOUND = re.compile(r" ([a-z]+) (?=([a-z]+)\b)")


def _is_not_count(text: str, sent: tuple[int, int], fig: Figure, before: list[Tok], after: list[Tok]) -> bool:
    """What the words around a figure show it is not a count: labels, dates, times, "one of"."""
    lx = lex()
    surface = text[fig.start:fig.end]
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    if prev is not None:
        p = prev.low.rstrip(".")
        if p == "per":
            return True  # "85 per 100,000 residents": a rate's base
        if p in lx.months or p in lx.age_words:
            return True
        if prev.text == "." and len(before) > 1 and before[-2].low in lx.months and prev.start == before[-2].end:
            return True  # "a Jan. 1 earthquake": a day of a month
        if p in ("and", ",", "or") and len(before) > 2 and _is_figure(before[-2], lx) and \
                (before[-3].low in lx.age_words or (before[-3].text == "," and len(before) > 4
                                                      and before[-4].text[:1].isdigit() and before[-5].low in lx.age_words)):
            return True  # "aged 80 and 92", "aged 45, 67 and 80": ages listed
        if (p in lx.label_words or prev.low in lx.label_words) and (prev.text[:1].isupper() or p == "no"):
            return True
        if prev.text[:1].isupper() and prev.text.isalpha() and text[sent[0]:prev.start].strip(QUOTE_OPENERS) \
                and prev.end >= fig.start - 1 and not _hedge_word(prev.low) and fig.unit is None:
            return True  # "Article 58", "Resolution 2334", "Apollo 11"
        if prev.text == "#":
            return True
        if p == "number" and not (len(before) >= 2 and (before[-2].low in {"who", "which", "that", "now", "currently", "still", "then", "they"}
                                                         or plural(before[-2].low, lx))):
            return True  # "wear number 10"; "forces who number 5,000" is a count
        if p == "in" and len(before) >= 2 and (before[-2].text[:1].isdigit() or before[-2].low in {"one", "two", "three", "four", "five"}):
            return True  # "one in five": a ratio
    if nxt is not None:
        n = nxt.low.rstrip(".")
        if n in lx.months or (n in lx.time_nouns and not _thing_counted(after, 0, before, lx)
                              and not _period_on_period(after)) \
                or (n in lx.score_nouns and not _is_money(fig)) \
                or (nxt.low in lx.not_counted and not rate_after(text, fig.end, sent[1])):
            return True
    if surface.lower() == "one" or surface.lower() == "a dozen":
        # "one of", "one another", "one other" read "one" as a pronoun; "a dozen other people",
        # "a dozen of them" are counts, and only the nouns ("a dozen times") make it none
        if nxt is not None and nxt.low in lx.one_not_count and (surface.lower() == "one" or nxt.low not in _PRONOUN_ONE):
            return True
        if prev is not None and prev.low in _ONE_BEFORE and surface.lower() == "one" \
                and not (prev.low == "that" and _reported(before[:-1])):
            return True
        if prev is not None and nxt is not None and prev.low in _GENERIC_ONE[0] and nxt.low in _GENERIC_ONE[1]:
            return True
    if prev is not None and prev.low in {"at", "by"} and len(before) >= 2 and before[-2].low in {"o'clock"}:
        return True
    return False


def _reported(before: list[Tok]) -> bool:
    """Whether a verb of speech stands just before "that" ("said that one", "told reporters that
    one"): "that" opens what was said, and "one" is a figure, no pronoun."""
    speech = event_vocab().reporting
    return any(t.low in speech for t in before[-3:])


def _thing_counted(after: list[Tok], k: int, before: list[Tok], lx: Lex) -> bool:
    """Whether the time noun ``after[k]`` names things here: "300 rounds of ammunition", "fired 30
    rounds", "seized six rifles and 300 rounds" (a verb of seizing, firing or loading earlier in the
    clause); "went 12 rounds" and "after three rounds" are times."""
    if after[k].low not in lx.thing_time_nouns:
        return False
    if k + 2 < len(after) and after[k + 1].low == "of" and after[k + 2].text[:1].isalpha() \
            and after[k + 2].low not in lx.breaks:
        return True
    for t in reversed(before[-16:]):
        if t.text in {".", ";", ":"}:
            break
        if lx.events.get(t.low) in lx.thing_events and t.low not in lx.participle_only:
            return True
    return False


@lru_cache(maxsize=4096)
def _hedge_word(word: str) -> bool:
    return bool(lex().hedge_re.search(word + " "))


# ------------------------------------------------------------------ reading a count, stage by stage


@dataclass
class _Reading:
    """What the stages of :func:`read_count` have read of one figure so far."""

    text: str
    sent: tuple[int, int]
    fig: Figure
    before: list[Tok]  # the words before the figure (before its hedge, once that is read)
    after: list[Tok]  # the words after it
    start: int  # where the claim's text starts
    end: int = 0  # and ends
    i: int = 0  # how far into ``after`` the reading has got
    qualifier: str | None = None
    markers: list[str] = field(default_factory=list)  # "additional", "more": another quantity
    np_words: list[Tok] = field(default_factory=list)  # the counted noun phrase
    head: Tok | None = None
    strong: bool = False  # "a 5,000-strong force"
    event: str | None = None  # killed, wounded, present... (the count vocabulary's event key)
    event_words: list[Tok] = field(default_factory=list)
    open_event: str | None = None  # any verb after the noun phrase ("bombs were dropped")
    located: list[Tok] = field(default_factory=list)  # "present in", "stationed in"
    scope: list[Tok] = field(default_factory=list)  # "in Iraq"
    purpose: list[Tok] = field(default_factory=list)  # "for the vote"
    owner: list[str] = field(default_factory=list)  # "its 5,000 troops": the United States
    verb_event: str | None = None  # the verb before the figure ("killed 25 people")
    counted: list[str] = field(default_factory=list)  # what is counted when no noun follows
    governor: list[str] = field(default_factory=list)  # the verb or name an amount with no noun is told by
    change: bool = False  # "rose by 5", "fell 3%": how much a figure moved, not where it stands
    direction: str | None = None  # which way it moved: "fall", "rise"
    level_at: int | None = None  # "rose by 5 to 42": where the phrase naming the level's subject ends
    owner_words: list[Tok] = field(default_factory=list)  # the noun a compound count modifies
    holder: Tok | None = None  # "a mother of 12": the noun that has what the figure counts
    compound: str | None = None  # "the 300-seat parliament": what the figure counts (seats)
    attributive: str | None = None  # "three wounded soldiers": the event its participle names
    rest: bool = False  # "intercepted the remaining three": the rest of things named before
    severity: str | None = None  # "17 hurt, five of them seriously": how badly (:data:`_SEVERITY`)
    partitive: bool = False  # "two of the bombs": a part of things named, told apart by what it did
    of_whole: bool = False  # "33 of the 61 seats": a part of a whole the text counts too
    of_event: bool = False  # "the kidnapping of 287 pupils": the event is the noun's before "of"
    modifier: str | None = None  # "three 10-year sentences": a measure that says which things are counted
    aside: bool = False  # "two sons, 17 and 22, were arrested": the verb is read past an aside
    relative: bool = False  # "pirates who attacked": the event after the noun is a relative clause's
    joined: list[Tok] = field(default_factory=list)  # "in Marren and Tesk": the second place of a scope over two


_HYPERBOLE = re.compile(r"(?:a|an)[ \t]+(?:million|billion|thousand|zillion|gazillion)", re.I)
_FIRST_PERSON = re.compile(r"(?-i:\b(?:I|I've|I'd|I'm|We|we)\b)[^.;:!?]*$")


def read_count(article: Article, sent: tuple[int, int], fig: Figure, settings: Settings) -> Claim | None:
    """The count claim of ``fig``, or None when it counts nothing (see the module docstring). Each
    stage reads one part of the phrase around the figure and may rule the figure out."""
    lx = lex()
    text = article.text
    s, e = sent
    if _looks_not_count(text, fig):
        return None
    r = _Reading(text, sent, fig, tokens(text, max(s, fig.start - 120), fig.start),
                 tokens(text, fig.end, min(e, fig.end + 120)), fig.start)
    if _is_not_count(text, sent, fig, r.before, r.after) or _HYPOTHETICAL.search(text, max(s, fig.start - 60), fig.start):
        return None
    if _HYPERBOLE.fullmatch(text, fig.start, fig.end) and _FIRST_PERSON.search(text, max(s, fig.start - 60), fig.start):
        return None  # "I dated a million guys": a way of speaking, not a count
    if fig.high is not None and fig.connector.lower() == "to" and _moved_from(text, s, fig.start):
        return read_count(article, sent, fig.high, settings)  # "rose from 5 to 11": the level is 11
    for stage in _STAGES:
        if not stage(r, lx):
            return None
    return _count_claim(article, r, settings, lx)


def _hedge_and_markers(r: _Reading, lx: Lex) -> bool:
    """"about 5,000", "an estimated 5,200", "5,000-5,500"; "an additional 3,000", "a further 500"."""
    fig = r.fig
    r.start, r.qualifier = hedge_before(r.text, r.sent[0], fig.start, lx, is_range=fig.high is not None)
    if r.qualifier is None and fig.hedge:
        r.qualifier = fig.hedge  # "2,000-plus people": more than 2,000
    if fig.high is not None and r.qualifier is None:
        r.qualifier = fig.connector  # "5,000-5,500", "30 to 35": the range as worded
    before = [t for t in r.before if t.end <= r.start]
    if before and before[-1].low in lx.markers and before[-1].end >= r.start - 2:
        r.markers.append(before[-1].low)
        r.start = before[-1].start
        before = before[:-1]
        if before and before[-1].low in {"a", "an"}:
            r.start = before[-1].start
            before = before[:-1]
    r.before = before
    return True


def _noun_after(r: _Reading, lx: Lex) -> bool:
    """The counted noun phrase: "5,200 US troops", "40% of voters", "three 10-year sentences".
    Whether a noun (or what stands for one) was found; the steps below fill ``r``."""
    fig, text = r.fig, r.text
    r.strong = text[fig.end:fig.end + 7].lower() == "-strong"
    if r.strong:  # "a 5,000-strong force": the force numbers 5,000
        r.after = tokens(text, fig.end + 7, min(r.sent[1], fig.end + 160))
    if (compound := _compound_noun(text, fig)) is not None:
        return _of_compound(r, compound, lx)
    _holder_before(r, lx)
    if r.change and r.i == 0 and (span := _period_on_period(r.after)):
        r.i, r.end = span, fig.end  # "exports fell 45.7% year on year": what the change is measured against, no noun
        return True
    words = _words_after(r, lx)
    if fig.fraction and words:
        return False  # "a third US carmaker", "half an hour": an ordinal or a measure, no share
    of = r.i < len(r.after) and r.after[r.i].low == "of"
    if not words and of and _part_of_them(r, lx):
        return True
    if not words and (of or _fraction_of_the(r, lx)):  # "40% of voters", "5,000 of the troops", "half the milk"
        words = _part_of_whole(r, of, lx)
    _set_noun(r, _widened(r, words, lx), lx)
    return True


def _of_compound(r: _Reading, compound: str, lx: Lex) -> bool:
    """"the 300-seat parliament": seats, of the noun after the compound."""
    r.compound = compound
    r.after = tokens(r.text, _compound_match(r.text, r.fig).end(), min(r.sent[1], r.fig.end + 160))
    r.owner_words, r.i = noun_phrase(r.after, 0, lx)
    r.end = r.owner_words[-1].end if r.owner_words else r.fig.end
    return bool(r.owner_words)


def _holder_before(r: _Reading, lx: Lex) -> None:
    """"a mother of 12": what she has (``r.holder``); a noun after the figure says what."""
    before = r.before
    if len(before) > 1 and before[-1].low == "of" and before[-2].low in lx.holders \
            and (r.start == r.fig.start or before[-2].low in lx.collectives) \
            and not (len(before) > 2 and before[-3].low in {"that", "this", "any", "every"}) \
            and (before[-2].low not in lx.collectives or before[-2].text.islower()):
        r.holder = before[-2]


def _words_after(r: _Reading, lx: Lex) -> list[Tok]:
    """The noun phrase right after the figure: "three 10-year sentences" (the modifier a measure of
    its own), "a crowd of 200 gathered" (the holder's verb: none), "four heavily armed men", the
    attributive participle; none for "$2m worth of" or a verb ("of which four exploded")."""
    fig, after = r.fig, r.after
    if len(after) > 2 and after[0].text[:1].isdigit() and after[1].text == "-" and after[0].start == fig.end + 1 \
            and after[2].text.isalpha():
        r.i = 3  # "three 10-year sentences": the modifier is a measure of its own, and says which
        r.modifier = f"{after[0].text}-{after[2].text.lower()}"  # sentences are counted ("10-year")
    words, r.i = noun_phrase(after, r.i, lx)
    if r.holder is not None and words:
        if verb_form(words[0]):  # "a crowd of 200 gathered": the verb of the holder
            words, r.i = [], after.index(words[0])
        elif r.holder.low in lx.collectives:
            r.holder = None  # "a crowd of 5,000 fans": the fans are counted
    if not words:
        words, r.i, r.attributive = _attributive_participle(after, r.i, fig, lx)
    if not words and r.i + 2 < len(after) and _DEGREE_ADVERB.fullmatch(after[r.i].text) \
            and after[r.i + 1].text.isalpha() and after[r.i + 1].text.islower() and after[r.i + 1].low not in lx.breaks:
        more, j = noun_phrase(after, r.i + 1, lx)  # "four heavily armed men", "three dozen mostly young people"
        if len(more) > 1 and plural(more[-1].low, lx) and fig.unit is None:
            words, r.i = more, j
    if len(words) == 1 and words[0].low == "worth":  # "$2m worth of drugs"
        words = []
    if words and verb_form(words[0]) and not _before_its_verb(words, after, r.i, lx) and ((len(r.before) > 1 and r.before[-2].low == "of") or (
            fig.words and (not r.before or r.before[-1].low in _CLAUSE_OPENERS))):
        words, r.i = [], after.index(words[0])  # "of which four exploded", "Two managed to": a verb, no noun
    return words


def _part_of_them(r: _Reading, lx: Lex) -> bool:
    """"78 wives, 24 of them under age 17", "12 people, three of whom were children": a part of the
    things counted before, kept apart from their total ("wounding two of them" is read as the
    people wounded); "five of them seriously" (people seriously hurt), "five of them children"."""
    after = r.after
    if not (r.i + 1 < len(after) and after[r.i + 1].low in _OF_PRONOUN) \
            or (r.before and (verb_form(r.before[-1]) or r.before[-1].low in lx.events
                              or r.before[-1].low.endswith("ing"))):
        return False
    back = _counted_before(r.before, lx)
    if not back:
        return False
    r.np_words, r.head, r.partitive = back, back[-1], True
    r.i += 2
    r.end = after[r.i - 1].end
    if r.i < len(after) and after[r.i].low in _SEVERITY and (event := _event_of_whole(r.before, lx)):
        # "17 people were hurt, five of them seriously": people seriously hurt
        r.severity, r.event = _SEVERITY[after[r.i].low], event
        r.end = after[r.i].end
        r.i += 1
    elif r.i < len(after) and after[r.i].low in lx.person_nouns and after[r.i].text.islower() \
            and (r.i + 1 == len(after) or not after[r.i + 1].text.isalpha() or after[r.i + 1].low in lx.breaks):
        # "killed 12 people, five of them children": children killed, as "five of the dead
        # were children"; "312 people, 300 of them passengers": passengers
        r.np_words, r.head, r.event = [after[r.i]], after[r.i], _event_of_whole(r.before, lx)
        r.end = after[r.i].end
        r.i += 1
    else:
        r.markers.append("part")
    return True


def _part_of_whole(r: _Reading, of: bool, lx: Lex) -> list[Tok]:
    """"40% of voters", "5,000 of the troops", "half the milk", "33 of the assembly's 61 seats" (the
    owner of the whole, like "its"), "two of the 40 passengers" (a part of a total the text counts
    too): the noun of the whole."""
    after, fig = r.after, r.fig
    j = r.i + 1 if of else r.i
    while j < len(after) and (after[j].low in _OWN or (of and j > r.i + 1 and after[j].low.endswith(("'s", "\u2019s"))
                                                        and j + 1 < len(after) and _is_figure(after[j + 1], lx))):
        j += 1  # "33 of the assembly's 61 seats": the owner of the whole, like "its"
    if of and j + 1 < len(after) and _is_figure(after[j], lx) and fig.unit is None:
        j += 1  # "two of the 40 passengers", "completed 24 of 31 passes": a part of a total the text counts too
        r.of_whole = True
    words, j2 = noun_phrase(after, j, lx)
    if words:
        r.partitive = of and j > r.i + 1 and fig.unit is None and not fig.fraction
        r.i = j2
    return words


def _widened(r: _Reading, words: list[Tok], lx: Lex) -> list[Tok]:
    """The noun phrase with a noun shared with the next figure ("12 Somali and 11 Yemeni suspects":
    the first counts suspects too) or both kinds of one noun ("23 Somali and Yemeni pirates")."""
    shared = _shared_noun(words, r.after, r.i, r.fig, lx)
    if shared is not None:
        r.i = r.after.index(shared) + 1
        return words + [shared]
    if (joined := _joined_kinds(words, r.after, r.i, r.fig, lx)) is not None:
        words, r.i = joined
    return words


def _set_noun(r: _Reading, words: list[Tok], lx: Lex) -> None:
    """Fill the counted noun phrase and its head (the noun before "of", else the last): one that
    runs past a plural head ends there ("300 beds free"); "a deal in the $75 million range" is
    about that figure."""
    head = next((words[k - 1] for k in range(1, len(words)) if words[k].low == "of"), words[-1] if words else None)
    if head is not None and r.fig.unit is None and r.fig.value > 1 and not r.strong and not plural(head.low, lx):
        cut = [k for k, t in enumerate(words) if plural(t.low, lx)]
        if cut:  # "300 beds free": the noun phrase ends at its plural head
            words = words[:cut[-1] + 1]
            r.i = r.after.index(words[-1]) + 1
            head = words[-1]
    r.end = words[-1].end if words else r.fig.end
    ranged = _range_of(r.before, words, lx)
    if ranged:  # "a deal in the $75 million range", "the offer was in the range of $145 million": about
        words, head = ranged, ranged[-1]
        r.qualifier = r.qualifier or "about"
    r.np_words, r.head = words, head
    r.markers += [t.low for t in words if t.low in lx.markers]


_OF_PRONOUN = frozenset({"them", "whom", "which"})
_PERIODS = frozenset({"year", "month", "quarter", "week", "day"})


def _period_on_period(after: list[Tok]) -> int:
    """The number of tokens of "year on year", "year-on-year", "month on month", "compared with"
    opening ``after``: what a change is measured against; else 0."""
    lows = [t.low.rstrip(".") for t in after[:5]]
    if len(lows) >= 3 and lows[0] in _PERIODS and lows[1] == "on" and lows[2] == lows[0]:
        return 3
    if len(lows) >= 5 and lows[0] in _PERIODS and lows[1] == "-" and lows[2] == "on" and lows[3] == "-" and lows[4] == lows[0]:
        return 5
    if lows and "-on-" in lows[0] and lows[0].split("-on-")[0] in _PERIODS:
        return 1
    if len(lows) >= 2 and lows[0] == "compared" and lows[1] in ("with", "to"):
        return 2  # "rose 4% compared with a year earlier"
    return 0


def _joined_kinds(words: list[Tok], after: list[Tok], i: int, fig: Figure, lx: Lex) -> tuple[list[Tok], int] | None:
    """A figure with one word of kind, "and" another word of kind, and the plural noun both qualify
    (one or two words): "23 Somali and Yemeni pirates", "23 Somali and Yemeni sea brigands", "12
    local and foreign journalists" (the words and where they end); None otherwise."""
    if len(words) != 1 or fig.unit is not None or fig.value < 2 or plural(words[0].low, lx) \
            or i + 2 >= len(after) or after[i].low not in ("and", "or"):
        return None
    kind = after[i + 1]
    if kind.text[:1].isupper() != words[0].text[:1].isupper() or not kind.text.isalpha() or plural(kind.low, lx):
        return None
    for n in (1, 2):  # the noun: "pirates", "sea brigands"
        noun = after[i + 2:i + 2 + n]
        if len(noun) == n and all(t.text.isalpha() and t.text.islower() and t.low not in lx.breaks for t in noun) \
                and plural(noun[-1].low, lx) and not any(plural(t.low, lx) for t in noun[:-1]):
            return [*words, after[i], kind, *noun], i + 2 + n
    return None


def _shared_noun(words: list[Tok], after: list[Tok], i: int, fig: Figure, lx: Lex) -> Tok | None:
    """The plural noun a figure with one word of kind and no noun shares with the figure after
    "and": "12 Somali and 11 Yemeni suspects", "20 Kenyan and 15 Ugandan passengers" (suspects,
    passengers); None otherwise ("5 men and 3 women" has its noun)."""
    if len(words) != 1 or fig.unit is not None or fig.value < 2 or plural(words[0].low, lx) \
            or i + 3 >= len(after) or after[i].low != "and" \
            or not (after[i + 1].text[:1].isdigit() or after[i + 1].low in lx.number_words):
        return None
    kind, noun = after[i + 2], after[i + 3]  # the other figure's word of kind ("Yemeni"), then the noun
    if kind.text[:1].isupper() == words[0].text[:1].isupper() and noun.text.isalpha() and plural(noun.low, lx):
        return noun
    return None


# how badly people were hurt: a count of its own beside the whole ("17 hurt, five of them seriously")
_SEVERITY = {"seriously": "seriously", "severely": "seriously", "critically": "seriously", "gravely": "seriously",
             "badly": "seriously", "slightly": "slightly", "lightly": "slightly", "moderately": "moderately"}


def _event_of_whole(before: list[Tok], lx: Lex) -> str | None:
    """The event the count before a part names after its figure: "17 people were hurt, five of
    them" -> wounded; or the verb right before that figure, its hedge passed over: "injuring 31
    people, four of them" -> wounded."""
    for k in range(len(before) - 1, max(-1, len(before) - 12), -1):
        t = before[k]
        if t.text[:1].isdigit() or t.low in lx.number_words:
            j = k - 1
            while j >= 0 and before[j].low in _VERB_HEDGES:
                j -= 1  # "injuring at least 31 people"
            if j >= 0 and before[j].low in lx.events and before[j].low not in lx.participle_only:
                return lx.events[before[j].low]
            return None
        if t.low in lx.events:
            return lx.events[t.low]
    return None


def _event_of_included(before: list[Tok], lx: Lex) -> str | None:
    """The event of the whole a part after "including" or "among them" is taken from, told before
    the comma: "35 were wounded, including 14 children", "shells killed 14 people, among them
    four children", "the injured numbered 31, among them 12 children" (the children wounded or
    killed); with no event ("40 members, including 12 women") the part has none."""
    lows = [t.low for t in before[-3:]]
    if lows[-2:] == [",", "including"]:
        k = len(before) - 3
    elif lows == [",", "among", "them"]:
        k = len(before) - 4
    else:
        return None
    if (event := _event_of_whole(before[:k + 1], lx)) is not None:
        return event  # "35 were wounded, including"
    figure = next((j for j in range(k, max(-1, k - 10), -1) if _is_figure(before[j], lx)), None)
    if figure is None:
        return None
    v = figure - 1
    while v >= 0 and (before[v].low in _VERB_HEDGES or before[v].low in lx.number_verbs):
        v -= 1  # "killed at least 14 people", "the injured numbered 31"
    if v < 0 or before[v].low not in lx.events or before[v].low in lx.participle_only and v == figure - 1:
        return None
    return lx.events[before[v].low]


def _counted_before(before: list[Tok], lx: Lex) -> list[Tok]:
    """The noun phrase counted by the nearest figure before, in the same clause run: "78 wives" in
    "78 wives, 24 of them"."""
    for k in range(len(before) - 1, max(-1, len(before) - 12), -1):
        t = before[k]
        if t.text[:1].isdigit() or t.low in lx.number_words:
            words, _ = noun_phrase(before, k + 1, lx)
            return words if words and plural(words[-1].low, lx) else []
        if t.low in (";", ".", ":"):
            break
    return []


_RANGE_SKIP = frozenset({"be", "to", "was", "is", "were", "are", "been", "expected", "believed", "said", "thought",
                         "likely", "probably", "reportedly", "somewhere", "well", "still"})


def _range_of(before: list[Tok], words: list[Tok], lx: Lex) -> list[Tok]:
    """The thing whose amount a range gives: "a five-year deal in the $75 million range" (deal),
    "the offer was expected to be in the range of $145 million" (offer); [] when there is none."""
    if words and words[-1].low == "range" and len(words) == 1 and len(before) > 2 \
            and [t.low for t in before[-2:]] == ["in", "the"]:
        k = len(before) - 3
    elif not words and len(before) > 4 and [t.low for t in before[-4:]] == ["in", "the", "range", "of"]:
        k = len(before) - 5
    else:
        return []
    while k >= 0 and before[k].low in _RANGE_SKIP:
        k -= 1
    if k < 0 or not before[k].text.isalpha() or before[k].low in lx.breaks or not before[k].text.islower():
        return []
    return [before[k]]


def _fraction_of_the(r: _Reading, lx: Lex) -> bool:
    """A fraction before "the" or a possessive, as before "of the": "half the milk", "a third their
    income"; not "half the quorum" or "half the total", a figure derived from another count."""
    after, i = r.after, r.i
    if not r.fig.fraction or i + 1 >= len(after) or after[i].low not in _OWN - {"all"}:
        return False
    return after[i + 1].low not in lx.count_nouns and after[i + 1].low not in lx.markers


_ATTRIBUTIVE = frozenset({"dead", "hurt", "missing", "slain"})  # adjectives of the event vocabulary


def _attributive_participle(after: list[Tok], i: int, fig: Figure, lx: Lex) -> tuple[list[Tok], int, str | None]:
    """"three wounded soldiers", "five armed men", "200,000 displaced people": an event's participle
    right after the figure that qualifies the plural noun after it, read as part of the noun phrase;
    the event it names when it befalls people (the soldiers were wounded). Empty when the word is no
    participle or no plural noun follows it ("three wounded were flown out", "killed two")."""
    if i >= len(after) or i + 1 >= len(after) or fig.unit is not None or after[i].start > fig.end + 1:
        return [], i, None
    w = after[i].low
    if w not in lx.events or not after[i].text.islower() or not (w.endswith("ed") or w in _ATTRIBUTIVE):
        return [], i, None
    nxt = after[i + 1]
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.low in lx.breaks or nxt.low in lx.events:
        return [], i, None
    more, j = noun_phrase(after, i + 1, lx)
    if not more or not plural(more[-1].low, lx) or verb_form(more[0]):
        return [], i, None
    event = lx.events[w]
    return [after[i]] + more, j, (event if event in lx.people_events else None)


def _before_its_verb(words: list[Tok], after: list[Tok], i: int, lx: Lex) -> bool:
    """Whether a noun phrase that opens with a participle ("suspected gunmen", "accused smugglers")
    is the subject of the verb after it ("Two suspected gunmen were arrested"), not a verb and its
    object ("Two managed to escape", "two fired rockets at the town")."""
    if len(words) < 2 or not plural(words[-1].low, lx) or i >= len(after):
        return False
    nxt = after[i]
    return nxt.low in _AUX - {"who", "that", "which", "all", "also", "since", "now", "then", "later"} \
        or (nxt.low != words[0].low and verb_form(nxt) is not None)


def _a_level(r: _Reading, lx: Lex) -> bool:
    """No place, change, emphasis or measure of time: "35 miles southwest of the port", "a mother
    of 12 was killed", "3.5 per cent higher", "100 percent sure", "three days"."""
    fig, after, i, words = r.fig, r.after, r.i, r.np_words
    nxt = after[i].low if i < len(after) else ""
    if fig.unit in lx.distance_units and not words and (
            nxt in lx.directions or nxt in {"from", "away", "off", "outside", "inland", "offshore"}):
        return False  # where, not how much
    if not words and fig.value > 1 and nxt in {"was", "is", "has"} and r.holder is None and r.compound is None \
            and not _amount_subject(r):
        return False  # the figure is not the subject
    if _stood_changed(r):
        return True
    if (fig.unit is not None and not words or len(words) == 1 and words[0].low == "points") and nxt in _CHANGE:
        return False  # a change, not a level
    if fig.unit == "%" and fig.value == 100 and words and _ADJECTIVE.search(words[0].low):
        return False  # emphasis, not a share
    if fig.fraction and not words:
        return False  # "half the quorum" is a derived figure, "half" alone nothing
    return not (words and ((words[-1].low.rstrip(".") in lx.time_nouns
                            and not _thing_counted(after, after.index(words[-1]), r.before, lx))
                           or (words[-1].low in lx.score_nouns and not _is_money(fig))))  # "an $87m loss" is money


# a level that stood or closed higher or lower than before: "house prices were 4.5% higher than a
# year ago", "shares closed 3% lower"
_STOOD = frozenset({"is", "are", "was", "were", "be", "been", "being", "closed", "ended", "finished", "opened",
                    "traded", "stood", "came", "remained"})
_COMPARED = {"higher": "rise", "lower": "fall"}


def _stood_changed(r: _Reading) -> bool:
    """A share after a verb of being or of a market's close and before "higher"/"lower" is how
    much the level changed, keyed as "rose 4.5%" is: "House prices are 4.5 per cent higher than a
    year ago", "Shares closed 3% lower" (a change, not a level; "3% higher costs" is neither)."""
    fig, after, i, words = r.fig, r.after, r.i, r.np_words
    if fig.unit != "%" or words or i >= len(after) or after[i].low not in _COMPARED \
            or not r.before or r.before[-1].low not in _STOOD:
        return False
    if i + 1 < len(after) and after[i + 1].text.isalpha() and after[i + 1].text.islower() \
            and after[i + 1].low not in {"than", "in", "on", "at", "from", "for", "after", "over", "compared", "and", "but"}:
        return False  # "were 3% higher costs": the noun's
    r.change, r.direction = True, _COMPARED[after[i].low]
    return True


def _amount_subject(r: _Reading) -> bool:
    """Whether an amount or a share with no noun is the subject of the singular verb after it: "$5
    million was stolen", "the other 61 percent was shipped in" (a count takes a plural verb: "12
    were", while "12 was" is no count)."""
    return _is_money(r.fig) or r.fig.unit == "%"


def _is_money(fig: Figure) -> bool:
    return _money_unit(fig.unit)


def _money_unit(unit: str | None) -> bool:
    """Whether a unit is a currency's code ("USD", "EUR"), not "%" or a measure."""
    return unit is not None and unit.isupper() and len(unit) == 3


def _event_after(r: _Reading, lx: Lex) -> bool:
    """"people killed", "were wounded", "troops present in Iraq" (where, not an event)."""
    after, i = r.after, r.i
    if r.compound is not None or r.holder is not None:
        return True  # "a 300-seat parliament voted", "a father of 12 was killed": the owner's event
    if r.np_words and (_whole_of_a_part(r.before, lx) or [t.low for t in r.before[-2:]] == ["all", "but"]):
        # "two of the 40 passengers died": the part died, the 40 were on board ("30 of the 80
        # wounded remained": with no noun, the word after the figure names the whole)
        r.event = r.attributive
        return True
    i = j = _past_aside(after, _past_conjunct(after, i, lx), lx) if r.np_words else i
    if r.np_words and i < len(after) and after[i].text == "," and _closes_a_part(r.before, after, i + 1, lx):
        i = j = i + 1  # the part that closes an aside takes the count's verb: "including 12 children, died"
    while j < len(after) and after[j].low in _AUX and j - i < 3:
        j += 1
    k = j
    if j > i and k + 1 < len(after) and after[k].low in _STATED_AS and after[k + 1].low in lx.events:
        j = k = k + 1  # "12 were confirmed dead", "three are feared missing": dead, missing
    if j > i and k + 1 < len(after) and after[k].low in _RAISING and after[k + 1].low == "to":
        k += 2  # "one person is believed to have been arrested": the event is the infinitive's
        while k < len(after) and after[k].low in {"have", "be", "been", "being"} and k - j < 5:
            k += 1
        if k < len(after) and after[k].low in lx.events:
            j = k
    phrase = _event_phrase(after, j, lx) if j < len(after) else None
    if phrase and phrase[1] == "rescued" and after[phrase[0]].low != "alive" and r.head is not None \
            and r.head.low not in lx.person_nouns:
        phrase = None  # "12 bodies were pulled from the river": no rescue
    if r.np_words and j < len(after) and after[j].low in lx.location_participles and j + 1 < len(after) \
            and after[j + 1].low in lx.scope_preps - {"to", "at"}:
        r.located = after[i:j + 1]
        r.i = j + 1
    elif r.partitive and r.head is not None and (befell := subject_key(r.head.low)) in lx.people_events \
            and j > i and j < len(after) and after[j - 1].low in BE_FORMS and after[j].low in lx.scope_preps - _NOT_WHERE:
        r.event = befell  # "Seventeen of the deaths were in Marren province": where they befell
        r.i = j
    elif r.attributive is not None and not (j < len(after) and after[j].low in lx.events):
        r.event = r.attributive  # "three wounded soldiers were flown out": wounded
    elif j == i and j + 1 < len(after) and after[j].low == "to" and r.np_words \
            and (infinitive := _event_by_lemma(after[j + 1].low)) is not None:
        r.event = infinitive  # "forced 300 people to flee": what befell them is the infinitive's
        r.event_words = after[j:j + 2]
        r.end = after[j + 1].end
        r.i = j + 2
    elif j > i and j + 2 < len(after) and after[j].low == "among" and after[j + 1].low == "the" \
            and after[j + 2].low in lx.events:
        r.event = lx.events[after[j + 2].low]  # "eight officers were among the dead": killed
        r.event_words = after[j:j + 3]
        r.end = after[j + 2].end
        r.i = j + 3
    elif j == i and r.np_words and _active_verb(after, j, lx):
        pass  # "Four gunmen killed 137 people": the count did it, nothing befell it
    elif j > i and j + 2 < len(after) and after[j].low in _MADE_TO and after[j + 1].low == "to" \
            and (made := _event_by_lemma(after[j + 2].low)) is not None:
        r.event = made  # "3,000 people were forced to flee": what they were made to do befell them
        r.event_words = after[j:j + 3]
        r.end = after[j + 2].end
        r.i = j + 3
    elif j < len(after) and (after[j].low in lx.events or phrase):
        last, event = phrase or (j, None)
        r.event = event or lx.events.get(after[j].low) or lx.events["arrested"]
        if after[j].low in _SUFFERED or event == "wounded" and after[j].low == "treated":
            # "four people suffered serious injuries": people seriously wounded
            r.severity = next((_SEVERITY[w] for t in after[j + 1:last] if (w := t.low + "ly") in _SEVERITY), r.severity)
        r.relative = any(t.low in _RELATIVE for t in after[i:j])
        r.event_words = after[j:last + 1] if i > r.i else after[i:last + 1]
        r.aside = i > r.i  # past an aside, the claim's text stays the noun phrase: "two sons, 17 and 22,"
        r.end = r.end if r.aside else after[last].end
        r.i = last + 1
    r.open_event = r.event or (verb_form(after[j]) if j < len(after) and r.np_words else None)
    if r.partitive and r.event is None and r.open_event and r.open_event not in event_vocab().reporting:
        r.event = r.open_event  # "two of the bombs fell in the camp": the bombs that fell, not all of them
        r.event_words = after[j:j + 1]
        r.end = after[j].end
    return True


_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "at", "least", "more", "dozens", "hundreds",
                             "scores", "several", "many", "all", "both"})


# events done to someone: their active verb's subject is the doer ("gunmen killed", "police arrested")
_DONE_TO = frozenset({"killed", "wounded", "arrested", "kidnapped", "rescued", "released", "struck", "infected", "seized"})


def _active_verb(after: list[Tok], j: int, lx: Lex) -> bool:
    """Whether the event word right after a counted noun is its active verb, an object after it:
    "Four gunmen killed 137 people", "Five soldiers wounded the driver" (not "four people killed
    Monday", "three people wounded in the blast")."""
    if j + 1 >= len(after) or lx.events.get(after[j].low) not in _DONE_TO or after[j].low in lx.participle_only \
            or not after[j].low.endswith("ed"):
        return False  # ("100 people attended the rally", "two million fled the floods": what they did)
    nxt = after[j + 1]
    if _is_figure(nxt, lx):
        return True
    return nxt.low in _OBJECT_OPENERS and j + 2 < len(after) and not any(
        t.low in lx.time_nouns or t.low in lx.weekdays or t.low.rstrip(".") in lx.months
        for t in after[j + 2:j + 4])  # ("12 people killed the previous day")


_PART_WORDS = frozenset({"none", "all", "most", "some", "many", "both", "each", "several", "half", "few"})
_FRACTION_WORDS = frozenset({"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority",
                             "minority", "percent", "%"})  # "a third of the 2.3 million residents"


def _whole_of_a_part(before: list[Tok], lx: Lex) -> bool:
    """Whether the figure is the whole a part before it is taken from: "two of the 40 passengers",
    "none of the 150 passengers", "all but two of the 150"."""
    k = len(before) - 1
    if k >= 0 and before[k].low.endswith(("'s", "\u2019s")) and k >= 1 and before[k - 1].low in _OWN:
        k -= 1  # "half of the city's 400,000 residents"
    if k < 2 or before[k].low not in _OWN or before[k - 1].low != "of":
        return False
    part = before[k - 2]
    return _is_figure(part, lx) or part.low in _PART_WORDS or part.low in _FRACTION_WORDS


def _event_by_lemma(word: str) -> str | None:
    """The count event of a verb in its bare form, by dictionary form: "flee" (fled), "evacuate"."""
    return _events_by_lemma().get(lemma(word)) if word.isalpha() else None


@lru_cache(maxsize=1)
def _events_by_lemma() -> dict[str, str]:
    """Dictionary form -> count event, for the event words in -ed ("fled" is irregular, so listed
    by its form: flee), the ones whose bare form names that event alone."""
    out: dict[str, str] = {}
    for w, event in lex().events.items():
        if w.endswith("ed") or w in ("fled", "slain", "hurt"):
            out.setdefault(lemma(w), event)
    return out


_LIVES = frozenset({"life", "lives"})
_THEIR = _POSSESSIVE | {"his", "her"}
_KIN_POSSESSIVE = frozenset({"his", "her", "their"})  # whose people they are, between a verb and its count


def _lost_lives(after: list[Tok], j: int) -> int:
    """The index of "lives" in "lost their lives" (they were killed) from ``j``; else 0."""
    if j + 2 < len(after) and after[j].low in ("lost", "losing") and after[j + 1].low in _THEIR \
            and after[j + 2].low in _LIVES:
        return j + 2
    return 0


# two-word phrases of what befell the counted: "were taken hostage", "tested positive", "fell ill"
_TWO_WORD_EVENTS = {("taken", "hostage"): "kidnapped", ("held", "hostage"): "kidnapped", ("taken", "captive"): "kidnapped",
                    ("tested", "positive"): "infected", ("fell", "ill"): "infected", ("fallen", "ill"): "infected",
                    ("became", "ill"): "infected", ("been", "infected"): "infected",
                    ("forced", "from"): "evacuated", ("forced", "out"): "evacuated",
                    # taking part is being there, not a win ("65 firefighters took part")
                    ("took", "part"): "present", ("take", "part"): "present", ("taking", "part"): "present",
                    ("takes", "part"): "present"}


def _event_phrase(after: list[Tok], j: int, lx: Lex) -> tuple[int, str | None] | None:
    """The last index and the event of a phrase from ``j`` that says what befell the counted, the
    first of its rules that applies: custody (the verb's own event, else an arrest), "lost their
    lives" and a manner of killing, a way to hospital, a hurt suffered, jobs lost, an escape, a rescue
    (out alive, out of the water, to safety), a two-word phrase."""
    if k := _in_custody(after, j):
        return k, None
    if k := _lost_lives(after, j) or _killed_by_manner(after, j, lx):
        return k, "killed"
    for rule, event in ((_to_hospital, "wounded"), (_suffered_hurt, "wounded"), (_lost_jobs, _LAID_OFF),
                        (_broke_out, "escaped"), (_out_alive, "rescued"), (_out_of_water, "rescued")):
        if k := rule(after, j):
            return k, event
    if j + 1 < len(after) and (after[j].low, after[j + 1].low) in _TWO_WORD_EVENTS:
        return j + 1, _TWO_WORD_EVENTS[after[j].low, after[j + 1].low]
    return None


def _from_the_debris(r: _Reading, lx: Lex) -> bool:
    """A verb of taking out (:data:`_BROUGHT_OUT`) before the count or right after its noun, then
    "from" or "out of" what people are trapped under (``debris_nouns``): "Rescuers freed 44 people
    from the rubble", "12 miners were pulled out of the debris" (they were rescued; "freed 12
    hostages from a camp" is a release)."""
    k = len(r.before) - 1
    while k >= 0 and r.before[k].low in _VERB_HEDGES:
        k -= 1
    taken = k >= 0 and r.before[k].low in _BROUGHT_OUT or any(t.low in _BROUGHT_OUT for t in r.event_words)
    after = r.after[r.i:r.i + 10] if r.i < len(r.after) else []
    for j, t in enumerate(after):
        if t.low in _BROUGHT_OUT:
            taken = True
        elif t.low in ("from", "of") and taken:
            n = j + 2 if j + 1 < len(after) and after[j + 1].low == "the" else j + 1
            return n < len(after) and after[n].low in lx.debris_nouns
        elif t.low not in _AUX and t.low != "out":
            return False
    return False


# verbs of taking someone out of where they were trapped: with "alive" after them, a rescue
_BROUGHT_OUT = frozenset({"pulled", "brought", "dug", "hauled", "lifted", "carried", "plucked", "winched", "freed",
                          "extracted", "taken", "got", "gotten", "led", "airlifted", "recovered"})


def _out_alive(after: list[Tok], j: int) -> int:
    """The index of "alive" in "pulled out alive", "brought out alive", "pulled from the rubble
    alive" from ``j`` (they were rescued), "alive" no more than five words after the verb and in
    its clause; else 0 ("were found alive" is no rescue)."""
    if j >= len(after) or after[j].low not in _BROUGHT_OUT:
        return 0
    for k in range(j + 1, min(len(after), j + 7)):
        if after[k].low == "alive":
            return k
        if not after[k].text.isalpha() or after[k].low in {"and", "but", "who", "which", "after", "before", "when"}:
            return 0
    return 0


_WATERS = frozenset({"water", "waters", "sea", "seas", "river", "lake", "ocean", "waves", "surf", "sea's"})


def _out_of_water(after: list[Tok], j: int) -> int:
    """The index of the water in "were pulled from the water", "plucked out of the sea", or of
    "safety" in "winched to safety", from ``j`` (they were rescued: people taken out of the sea
    alive or brought to safety); else 0."""
    if j >= len(after) or after[j].low not in _BROUGHT_OUT:
        return 0
    k = j + 1
    if k < len(after) and after[k].low in ("out", "up"):
        k += 1
    if k + 1 < len(after) and after[k].low == "to" and after[k + 1].low == "safety":
        return k + 1
    if k < len(after) and after[k].low == "of" and after[k - 1].low == "out":
        k += 1
    elif k < len(after) and after[k].low == "from":
        k += 1
    else:
        return 0
    if k < len(after) and after[k].low == "the":
        k += 1
    return k if k < len(after) and after[k].low in _WATERS else 0


def _broke_out(after: list[Tok], j: int) -> int:
    """The index of "out" in "broke out of (the jail)" from ``j`` (they escaped); else 0 ("a fire
    broke out" has no "of")."""
    if j + 2 < len(after) and after[j].low in ("broke", "break", "breaks", "breaking") and after[j + 1].low == "out" \
            and after[j + 2].low == "of":
        return j + 1
    return 0


_LOSE = frozenset({"lose", "lost", "losing", "loses"})
_LAID_OFF = "laid off"  # the event of jobs lost, told of the people who lost them
_JOB_LOSS_WORDS = frozenset({"laid", "off", "cuts", "losses"})
_LAY = frozenset({"laid", "lay", "lays", "laying"})


def _lost_jobs(after: list[Tok], j: int) -> int:
    """The index of the last word of "were laid off" or "(could) lose their jobs" from ``j`` (their
    jobs were cut); else 0."""
    if j < len(after) and after[j].low in ("could", "would", "will", "may", "might", "to"):
        j += 1  # "800 staff could lose their jobs", "1,000 workers are set to lose their jobs"
    if j + 1 < len(after) and after[j].low in _LAY and after[j + 1].low == "off":
        return j + 1
    if j + 2 < len(after) and after[j].low in _LOSE and after[j + 1].low in _THEIR \
            and after[j + 2].low in ("job", "jobs"):
        return j + 2
    return 0


# how a killing was done, before what says it killed: "shot dead", "stabbed to death", "gunned
# down", "shot and killed"
_MANNERS = frozenset({"shot", "stabbed", "beaten", "burned", "burnt", "crushed", "hacked", "gunned", "trampled",
                      "clubbed", "bludgeoned", "starved", "frozen", "strangled", "choked"})


# "to death" after these is no killing: "sentenced to death" is a sentence
_NOT_KILLED_TO_DEATH = frozenset({"sentenced", "condemned", "scared", "bored", "frightened", "worried", "tickled"})


def _killed_by_manner(after: list[Tok], j: int, lx: Lex) -> int:
    """The index of the last word of "shot dead", "stabbed to death", "gunned down", "shot and
    killed" from ``j`` (they were killed); else 0."""
    if j + 2 < len(after) and after[j + 1].low == "to" and after[j + 2].low == "death" \
            and after[j].low.endswith("ed") and after[j].low not in _NOT_KILLED_TO_DEATH:
        return j + 2  # any manner: "suffocated to death", "bludgeoned to death"
    if j + 1 >= len(after) or after[j].low not in _MANNERS:
        return 0
    nxt = after[j + 1].low
    if nxt == "dead" or (nxt == "down" and after[j].low == "gunned"):
        return j + 1
    if j + 2 < len(after) and nxt == "to" and after[j + 2].low == "death":
        return j + 2
    if j + 2 < len(after) and nxt == "and" and lx.events.get(after[j + 2].low) == "killed":
        return j + 2
    return 0


_SUFFERED = frozenset({"suffered", "suffer", "suffers", "suffering", "sustained", "sustain", "sustains", "sustaining"})
_HURTS = frozenset({"injuries", "injury", "wounds", "wound", "burns", "fractures", "trauma"})


def _suffered_hurt(after: list[Tok], j: int) -> int:
    """The index of the hurt in "suffered (serious) injuries", "sustained minor burns", "suffered
    head wounds", "were treated for injuries" from ``j`` (they were hurt: wounded); else 0. Up to
    two words of how or where stand between."""
    if j + 1 < len(after) and after[j].low == "treated" and after[j + 1].low == "for":
        j += 1  # "12 people were treated for minor injuries"
    elif j >= len(after) or after[j].low not in _SUFFERED:
        return 0
    for k in range(j + 1, min(len(after), j + 4)):
        if after[k].low in _HURTS:
            return k
        if not after[k].text.isalpha() or not after[k].text.islower() or after[k].low in ("of", "and", "to", "in", "from"):
            return 0
    return 0


_CONDITIONS = frozenset({"critical", "serious", "stable", "grave", "fair", "satisfactory", "poor"})
_HOSPITAL_VERBS = frozenset({"taken", "rushed", "airlifted", "flown", "admitted", "brought", "transported"})


def _to_hospital(after: list[Tok], j: int) -> int:
    """The index of "hospital" in "taken / rushed / admitted to (a) hospital" or "(are) in
    hospital", or of "condition" in "in critical condition", from ``j`` (they were hurt); else 0."""
    if j + 2 < len(after) and after[j].low == "in" and after[j + 2].low == "condition" \
            and after[j + 1].low in _CONDITIONS:
        return j + 2  # "four remain in critical condition"
    if j + 1 < len(after) and after[j].low == "in":
        k = j + 1  # "eight people are in (the) hospital"
    elif j + 2 >= len(after) or after[j].low not in _HOSPITAL_VERBS or after[j + 1].low not in ("to", "into"):
        return 0
    else:
        k = j + 2
    while after[k].low in ("a", "the", "local", "nearby", "area", "two", "three", "several") and k + 1 < len(after) and k < j + 4:
        k += 1
    return k if after[k].low.rstrip(".") in ("hospital", "hospitals") else 0


_CUSTODY_VERBS = frozenset({"taken", "placed", "remanded", "put", "kept"})
_CUSTODIANS = frozenset({"the", "police", "federal", "state", "military", "their", "its", "his", "her", "our"})


def _in_custody(after: list[Tok], j: int) -> int:
    """The index of "custody" when the words from ``j`` say the counted were arrested: "(taken)
    into custody", "in custody" ("took 23 pirates into custody", "four suspects remain in
    custody"); else 0."""
    if j < len(after) and after[j].low in _CUSTODY_VERBS:
        j += 1
    if j + 1 < len(after) and after[j].low in ("in", "into"):
        k = j + 1
        while k < len(after) and k - j <= 3 and after[k].low != "custody" and (
                after[k].low in _CUSTODIANS or after[k].text[:1].isupper() or after[k].low.endswith(("'s", "\u2019s"))):
            k += 1  # whose custody: "in INS Mysore's custody", "into police custody"
        if k < len(after) and after[k].low == "custody":
            return k
    return 0


def _closes_a_part(before: list[Tok], after: list[Tok], k: int, lx: Lex) -> bool:
    """A figure after "including" or "among them" whose noun phrase ends an aside, with the
    count's verb after the comma: "45 people, including 12 children, died"."""
    lows = [t.low for t in before[-2:]]
    if lows[-1:] != ["including"] and lows != ["among", "them"]:
        return False
    while k < len(after) and after[k].low in _AUX - {"who", "that", "which"}:
        k += 1
    return k < len(after) and after[k].low in lx.events


def _past_conjunct(after: list[Tok], i: int, lx: Lex) -> int:
    """Past a second subject coordinated with the counted noun phrase, whose verb is the phrase's
    too: "two women and a man were killed", "three guards and one driver died"; ``i`` when
    there is none or no verb follows it."""
    if i + 2 >= len(after) or after[i].low != "and" or not (after[i + 1].low in {"a", "an"} or _is_figure(after[i + 1], lx)):
        return i
    words, j = noun_phrase(after, i + 2, lx)
    if not words or j >= len(after):
        return i
    nxt = after[j]
    return j if nxt.low in _AUX - {"who", "that", "which"} or nxt.low in lx.events or verb_form(nxt) is not None else i


def _is_figure(t: Tok, lx: Lex) -> bool:
    return t.text[:1].isdigit() or t.low in lx.number_words


# words that open an aside between a counted noun phrase and its verb
_ASIDE_OPENERS = frozenset({"which", "who", "including", "among", "most", "many", "mostly", "mainly", "all"})
_NAMING_OPENERS = frozenset({"a", "an", "both", "each", "half"})
_ASIDE_MARKS = frozenset({",", "-", "\u2013", "\u2014"})


def _past_aside(after: list[Tok], i: int, lx: Lex) -> int:
    """Past an aside between commas that stands between a counted noun phrase and its verb: a
    relative clause ("one bomb, which did not explode, fell"), a part of the count ("45 people,
    including 12 children, died"; "30 people, most of them women, were hurt"), ages ("his two
    sons, 17 and 22, were arrested") or who they are ("three people, a man and two women, were
    killed"), between commas or dashes; ``i`` when there is none or no verb follows it."""
    p = i + 2 if i + 2 < len(after) and after[i].low in ("who", "that") and after[i + 1].low in ("were", "was", "are", "is") \
        else i  # ("three climbers who were with Mr Buckley were rescued")
    the = 1 if p + 2 < len(after) and after[p + 1].low == "the" else 0
    if p + 1 + the < len(after) and after[p].low in ("from", "of", "with", "at") and after[p + 1 + the].text[:1].isupper():
        k = p + 1 + the  # "seven aid workers from World Central Kitchen were killed": whose, then the verb
        while k < len(after) and k - p <= 6 and (after[k].text[:1].isupper() or after[k].low in ("of", "the", "&")):
            k += 1
        if k < len(after) and k - p <= 6 and (after[k].low in _AUX or after[k].low in lx.events):
            return k
    if p + 1 < len(after) and after[p].low == "of" and (k := _past_of_owner(after, p + 1, lx)):
        return k  # "two sons of the mayor were arrested", "three members of the gang were killed"
    if i + 1 < len(after) and after[i].low in lx.age_words and after[i + 1].text[:1].isdigit():
        k = i + 2  # "two people aged 80 and 92 died": ages without commas
        while k + 1 < len(after) and after[k].text in {",", "and"} and after[k + 1].text[:1].isdigit():
            k += 2
        return k if k < len(after) and (after[k].low in _AUX or after[k].low in lx.events
                                        or verb_form(after[k]) is not None) else i
    if i + 2 >= len(after) or after[i].text not in _ASIDE_MARKS:
        return i
    mark, opener = after[i].text, after[i + 1]
    # an aside that names the counted ("three people, a man and two women, were killed"; "three
    # workers - two women and a man - died"; "three people, one of them a pregnant woman, were")
    naming = opener.low in _NAMING_OPENERS or opener.low in lx.number_words
    if not (opener.low in _ASIDE_OPENERS or opener.text[:1].isdigit() or naming):
        return i
    ages = opener.text[:1].isdigit()
    for k in range(i + 2, min(len(after) - 1, i + 16)):
        t = after[k]
        if t.text == mark:
            nxt = after[k + 1]
            verb = nxt.low in _AUX or nxt.low in lx.events or verb_form(nxt) is not None
            return k + 1 if verb and nxt.low not in {"who", "that", "which"} else i
        if t.text in {".", ";", ":", "(", ")"} or ages and not (t.text.isdigit() or t.low in {"and", "aged"}):
            return i
    return i


_OF_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})


def _past_of_owner(after: list[Tok], k: int, lx: Lex) -> int:
    """The index of the verb after an "of" phrase in lower case that says whose the counted are,
    from ``k`` (past "of"): "two sons of the mayor were arrested", "five residents of the village
    died" (the noun's own verb: a passive or an event word); 0 when no such verb follows ("40%
    of voters", "two of the bombs" are read before; "two sons of the mayor who were" is a
    relative clause's)."""
    if k < len(after) and after[k].low in _OF_DETERMINERS:
        k += 1
    if k < len(after) and after[k].low.endswith(("'s", "\u2019s")):
        k += 1  # "three members of the mayor's staff"
    words, j = noun_phrase(after, k, lx)
    if not words or j >= len(after) or j - k > 3 or any(_is_figure(t, lx) for t in words):
        return 0
    nxt = after[j]
    if nxt.low in _AUX - _RELATIVE - {"all", "also", "since", "now", "then", "later", "still", "reportedly"}:
        return j if j + 1 < len(after) and (after[j + 1].low in lx.events or verb_form(after[j + 1]) is not None) else 0
    return j if nxt.low in lx.events and nxt.low not in lx.participle_only else 0


def _scope_after(r: _Reading, lx: Lex) -> bool:
    """"in Iraq", "to the region"; "for the vote" only qualifies an event or a presence."""
    r.scope, r.purpose, r.i = scope(r.after, r.i, lx)
    if r.event is None and not r.located and r.purpose:
        r.i -= len(r.purpose)
        r.purpose = []
    if r.scope and not r.purpose and r.scope[-1].text[:1].isupper():
        r.joined, r.i = _joined_place(r.after, r.i, lx)
    if (r.scope or r.purpose) and not r.aside:
        r.end = (r.after[r.i - 1] if r.joined else (r.purpose or r.scope)[-1]).end
    else:
        r.located = []
        r.scope = _place_of_agent(r.after, r.i, lx)
    return True


def _joined_place(after: list[Tok], i: int, lx: Lex) -> tuple[list[Tok], int]:
    """A second named place joined to the scope by "and" ("in Marren and Tesk", "in the provinces
    of Marren and Tesk", "across Marren and Tesk provinces"): the count is over both, a total, not
    the first place's; and the name run after "and" (a plural place noun after it is read too)."""
    if i + 1 >= len(after) or after[i].low != "and" or not after[i + 1].text[:1].isupper():
        return [], i
    j = i + 1
    while j < len(after) and after[j].text[:1].isupper() and after[j].text.isalpha() \
            and after[j].low.rstrip(".") not in lx.months and after[j].low not in lx.weekdays:
        j += 1
    if j == i + 1 or j < len(after) and (after[j].low in lx.events or verb_form(after[j]) is not None
                                         and after[j].low not in lx.scope_nouns and not plural(after[j].low, lx)):
        return [], i  # "in Marren and Tesk officials said", "in Marren and Tesk reported": a new clause
    names = after[i + 1:j]
    if j < len(after) and plural(after[j].low, lx) and after[j].low.rstrip("s") in lx.scope_nouns:
        j += 1  # "Marren and Tesk provinces"
    return names, j


_CLAUSE_END = frozenset({",", ";", ":", ".", "said", "says", "when", "which", "who", "where", "while", "after",
                         "before", "as", "because", "according"})


def _place_of_agent(after: list[Tok], i: int, lx: Lex) -> list[Tok]:
    """"were killed ... by a landslide in Bener Meriah district", "killed by a quake in eastern
    China": the place of what did it, further on in the count's clause, is the count's place."""
    agent = None
    for j in range(i, min(len(after), i + 25)):
        w = after[j].low
        if w in _CLAUSE_END:
            return []
        if w == "by":
            agent = j
        elif w == "in" and agent is not None:
            place, _, _ = scope(after, j, lx, compass=True)
            return place
    return []


def _event_noun_of(before: list[Tok], lx: Lex) -> str | None:
    """The count event of an event noun before "of" (and "the") and the figure, the noun itself
    opening its phrase or owned: "the kidnapping of 287 schoolchildren", "Monday's release of 20
    hostages", "the arrest of the 23 pirates"; else None."""
    k = len(before) - (2 if before and before[-1].low == "the" else 1)
    if k < 1 or before[k].low != "of" or before[k - 1].low not in lx.event_nouns:
        return None
    owner = k - 2
    if owner >= 1 and before[owner].low.isalpha() and before[owner].text.islower() \
            and before[owner].low not in _OWN and before[owner - 1].low in _OWN:
        owner -= 1  # one adjective between: "the tragic death of the three workers"
    if owner >= 0 and before[owner].low not in _OWN and not before[owner].low.endswith(("'s", "\u2019s")):
        return None
    return lx.event_nouns[before[k - 1].low]


def _owner_and_verb_before(r: _Reading, lx: Lex) -> bool:
    """"its 5,000 troops", "Washington's 5,000 troops"; "killed 25 people", "hit by seven bullets"."""
    before = r.before
    if before and before[-1].low in _POSSESSIVE:
        r.owner = possessor(before[:-1])
    elif before and before[-1].text[:1].isupper() and before[-1].low.endswith(("'s", "\u2019s")):
        r.owner = [before[-1].text[:-2]]
        if r.start == r.fig.start:
            r.start = before[-1].start
    prevw = before[-1].low if before else ""
    if prevw == "by" and r.head is not None and r.head.low in lx.person_nouns:
        return True  # "was killed by two officers": the doers, not what befell them ("hit by seven bullets")
    if prevw in ("with", "by") and len(before) > 1:
        prevw = before[-2].low
    elif prevw in _PARTITION_DETERMINERS and r.markers and len(before) > 1:
        prevw = before[-2].low  # "intercepted the remaining three boats": a part, told by its verb
    elif prevw == "all" and len(before) > 1:
        prevw = before[-2].low  # "killed all 228 people on board"
    elif prevw in _KIN_POSSESSIVE and len(before) > 1:
        prevw = before[-2].low  # "killed her four grandsons", "arrested his two brothers"
    lows = [t.low for t in before[-4:]]
    if prevw == "down" and len(before) > 1 and _killed_by_manner(before, len(before) - 2, lx):
        r.verb_event = "killed"  # "gunned down four people"
    elif prevw == "up" and len(before) > 1 and before[-2].low == "rounded":
        r.verb_event = "arrested"  # "police rounded up 12 suspects"
    elif event := _event_noun_of(before, lx):
        r.verb_event = event  # "the kidnapping of 287 schoolchildren", "Monday's release of 20 hostages"
        r.of_event = True  # the verb after the noun phrase is the event noun's ("the loss of 4,500 jobs hit the town")
    elif prevw == "off" and len(before) > 1 and before[-2].low in _LAY:
        r.verb_event = _LAID_OFF  # "the bank laid off 4,500 workers": their jobs were cut
    elif len(lows) >= 3 and lows[-3] == "the" and lows[-2] in lx.events and lows[-1] in _INCLUDED \
            and (lows[-1] != "were" or (len(lows) == 4 and lows[0] == "among")):
        r.verb_event = lx.events[lows[-2]]  # "the dead included four children", "among the dead were two boys"
    elif prevw in lx.events and prevw not in lx.participle_only:
        r.verb_event = lx.events[prevw]
    elif event := _event_of_included(before, lx):
        r.verb_event = event  # "14 people were killed, including four children": four children killed
    elif before and before[-1].low in _BROUGHT_OUT and r.head is not None and r.head.low in lx.person_nouns \
            and _out_of_water([before[-1]] + r.after[r.i:], 0):
        r.verb_event = "rescued"  # "rescuers pulled 270 people from the water": rescued
    elif prevw == "and":
        r.verb_event = _shared_verb(before, lx)
    return True


# verbs whose subject owns the figure after them: "Labour won 33 seats", "Ruiz received 412,806
# votes", "Ferrante scored 27 goals" (two parties' or players' figures are two facts)
_OWNING_VERBS = frozenset({"received", "receives", "polled", "polls", "garnered", "garners", "obtained", "obtains"})
# ... and verbs of winning, for what an election gives ("The BJP won 240 seats"), or of keeping it
# ("The Greens held 19 seats", "kept their 10 seats", "retained 40 seats"); a team's games or
# points won are told by many names of one team ("the Lakers", "Los Angeles"), so not those
_WINNING_VERBS = frozenset({"won", "wins", "win", "secured", "secures", "took", "takes", "captured", "gained", "gains",
                            "held", "holds", "kept", "keeps", "retained", "retains"})
_ELECTION_NOUNS = frozenset({"seats", "seat", "votes", "vote", "ballots", "delegates", "mandates", "electors"})
_DOER_VERBS = _OWNING_VERBS | _WINNING_VERBS
# verbs whose "by" gives a margin: "won by 4,100 votes", "beat the incumbent by 4,120 votes", "the
# motion was defeated by 14 votes"
_MARGIN_VERBS = frozenset({"won", "wins", "win", "winning", "beat", "beats", "beating", "defeated", "defeats", "lost",
                           "loses", "losing", "passed", "passes", "carried", "edged", "trailed", "trails", "led", "leads",
                           "leading", "ousted", "rejected"})


def _margin_before(before: list[Tok]) -> bool:
    """Whether the votes or seats a figure counts are a margin: after "margin of" ("by a margin of
    25 votes", "The margin of 25 votes was"), or after "by" with a verb of winning or passing before
    it in its clause, its object between ("won by 4,100 votes", "beat the incumbent Tor Aske by
    4,120 votes"); "up by 300 votes" is a change, no margin."""
    if len(before) >= 2 and before[-1].low == "of" and before[-2].low in ("margin", "margins"):
        return True
    if not before or before[-1].low != "by":
        return False
    for t in reversed(before[max(0, len(before) - 8):-1]):
        if not (t.text[:1].isalnum()):
            return False
        if t.low in _MARGIN_VERBS:
            return True
    return False


def _won_with(before: list[Tok], k: int, lx: Lex) -> int | None:
    """Where the verb of winning is that "with" at ``before[k]`` follows, right after it or after
    the seats or votes it won ("won with 52% of the vote", "took 40 seats with 38 per cent"), or
    None."""
    j = k - 1
    if j >= 1 and before[j].low in _ELECTION_NOUNS and _is_figure(before[j - 1], lx):
        j -= 2
        while j >= 0 and before[j].low in _VERB_HEDGES:
            j -= 1
    return j if j >= 1 and before[j].low in _WINNING_VERBS | _OWNING_VERBS else None


_GAINING = frozenset({"gained", "gains"})  # seats or votes gained are a change: "The party gained six seats"
_DOERS_OWN = frozenset({"their", "its", "his", "her"})  # "kept their 10 seats"
_RELATIVES = frozenset({"which", "who", "whose"})  # a clause about the name: "X, which has governed since 2019,"
_BODY_AFTER_NAME = frozenset({"party", "alliance", "coalition", "bloc", "movement", "front", "list"})
# a place won with what won it (an ordinal place after one of these): "Civic Renewal came first
# with 142 seats" (the seats it won)
_PLACED = frozenset({"came", "finished", "ended", "placed", "comes", "finishes"})


def _doer_of(before: list[Tok], lx: Lex) -> tuple[list[str], str]:
    """The name right before a verb of :data:`_OWNING_VERBS` or :data:`_WINNING_VERBS` that the
    figure follows (its hedge or the doer's "their"/"its" passed over), and the verb: "The BJP won
    240 seats" -> BJP, won; "Ruiz has received 9,000 votes" -> Ruiz, received; "The Greens kept
    their 10 seats" -> Greens, kept. A clause of "which" or "who" set off by commas between the
    name and the verb is passed over ("The Bluebell Party, which has governed since 2019, won 19
    seats" -> Bluebell Party), and the name before ", who" is the doer ("Tim Orrick, who won 4,000
    votes" -> Orrick)."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _VERB_HEDGES:
        k -= 1
    if k >= 1 and before[k].low in _DOERS_OWN:
        k -= 1
    if k >= 3 and before[k].low == "with" and (before[k - 1].low in ordinal_values() or before[k - 1].low == "last") \
            and before[k - 2].low in _PLACED:
        placed = before[k - 2]
        before = before[:k - 2] + [Tok("won", placed.start, placed.end, "won")]  # "X came first with 142 seats": won
        k = len(before) - 1
    if k >= 2 and before[k].low == "with" and (verb_at := _won_with(before, k, lx)) is not None:
        k = verb_at  # "The Harbour Front won 19 seats with 33.1% of the vote", "Varn won with 52%": the winner's
    if k < 1 or before[k].low not in _DOER_VERBS:
        return [], ""
    verb = before[k].low
    k -= 1
    while k >= 0 and before[k].low in ("has", "have", "had", "also", "again", "already", "reportedly"):
        k -= 1
    if k >= 1 and before[k].low in _RELATIVES and before[k - 1].text == ",":
        k -= 2  # "Tim Orrick, who won 4,000 votes": the name before the clause
    elif k >= 0 and before[k].text == ",":
        j = k - 1  # "The Bluebell Party, which has governed since 2019, won 19 seats": the clause passed over
        while j >= 1 and before[j].text not in ",;:." and not (before[j].low in _RELATIVES and before[j - 1].text == ","):
            j -= 1
        if j >= 1 and before[j].low in _RELATIVES:
            k = j - 2
    name: list[str] = []
    if k > 0 and before[k].low in _BODY_AFTER_NAME and before[k - 1].text[:1].isupper():
        name, k = [before[k].text], k - 1  # "The Unity party won 240 seats": the party's name and its noun
    while k >= 0 and len(name) < 4 and before[k].text[:1].isupper() and before[k].text.replace("'", "").replace("-", "").isalpha() \
            and before[k].low not in lx.breaks and before[k].low not in lx.months and before[k].low not in lx.weekdays:
        name.insert(0, before[k].text)
        k -= 1
    return name, verb


_INCLUDED = frozenset({"included", "include", "includes", "including", "were"})


def _shared_verb(before: list[Tok], lx: Lex) -> str | None:
    """The event of the verb a count after "and" shares with the count before it: "killed three
    soldiers and two civilians" (two civilians killed), "seized three towns and two bases"; the
    count before is a figure and up to four words of its noun phrase, right after the verb."""
    k = len(before) - 2  # the word before "and"
    words = 0
    while k >= 0 and words < 4 and before[k].text.isalpha() and not _is_figure(before[k], lx) \
            and before[k].low not in lx.events and before[k].low not in lx.breaks:
        k -= 1
        words += 1
    if not words or k < 1 or not _is_figure(before[k], lx):
        return None
    k -= 1
    while k >= 0 and before[k].low in _VERB_HEDGES:
        k -= 1  # "killed at least three soldiers and two civilians"
    if k < 0 or before[k].low not in lx.events or before[k].low in lx.participle_only:
        return None
    return lx.events[before[k].low]


_VERB_HEDGES = frozenset({"at", "least", "about", "around", "some", "nearly", "almost", "more", "than", "over",
                          "up", "to", "roughly", "an", "estimated", "another", "a", "further"})


def _counted(r: _Reading, lx: Lex) -> bool:
    """What is counted: the noun phrase, or with none the first of :data:`_UNSAID` that applies."""
    if r.np_words:
        if r.verb_event is not None and r.of_event and r.event is not None and r.event_words:
            r.event_words, r.end = [], r.np_words[-1].end  # the verb after is the event noun's, not the count's
        if r.verb_event is not None and (r.event is None or r.relative or r.of_event):
            # "captured 23 pirates who attacked a ship": what befell the count is the verb before it
            r.event = r.verb_event
        if r.event is None and r.head is not None and r.head.low in lx.person_nouns:
            at = r.level_at if r.level_at is not None else r.start  # "put the toll at 20 people"
            tm = lx.toll_re.search(r.text, max(r.sent[0], at - 110), at)
            if tm:
                level = tm.group("level")
                r.event = lx.toll_levels[" ".join(level.lower().split())] if level else "killed"
        return True
    for rule in _UNSAID:
        got = rule(r, lx)
        if got is not None:
            return got
    return False


# With no noun after the figure, each rule says True (read), False (no count) or None (not its case).

def _owned(r: _Reading, lx: Lex) -> bool | None:
    """"the 300-seat parliament" counts the parliament's seats; "a mother of 12" her children, "a
    town of 14,000" its residents (``compound_counts`` and ``holders`` in counts.yaml)."""
    if r.compound is not None:
        r.counted, r.owner = [r.compound], r.owner + [t.text for t in r.owner_words]
        return True
    if r.holder is None:
        return None
    counted = lx.holders[r.holder.low]
    r.counted = [counted]
    r.owner = r.owner + ([r.holder.text] if counted != r.holder.low else [])
    r.start = r.holder.start
    return True


def _bare_event(r: _Reading, lx: Lex) -> bool | None:
    """"25 killed", "three were wounded": people, for an event that befalls people (another
    event's bare figure is left to the rules after: "destroyed 40 homes and damaged 200")."""
    if r.event is None or r.event not in lx.people_events:
        return None
    r.counted = ["people"]
    return True


def _who_number(r: _Reading, lx: Lex) -> bool | None:
    """"US forces in Iraq, who now number 5,000"."""
    s = r.sent[0]
    nm = lx.number_re.search(r.text, max(s, r.start - 40), r.start)
    if not nm:
        return None
    words, scope_back, first = noun_phrase_before(tokens(r.text, max(s, nm.start() - 120), nm.start()), lx)
    if not words:
        return False
    r.counted = words
    r.start = min(r.start, first)
    if scope_back and not r.scope:
        r.scope = scope_back
    return True


def _death_toll(r: _Reading, lx: Lex) -> bool | None:
    """"the death toll rose to 40", "the death toll from the disaster to 11"; "the number of missing
    fell to 12" counts the missing."""
    at = r.level_at if r.level_at is not None else r.start  # "the number of dead rose by 5 to 42"
    tm = lx.toll_re.search(r.text, max(r.sent[0], at - 110), at)
    if not tm:
        return None
    level = tm.group("level")
    r.event, r.counted = (lx.toll_levels[" ".join(level.lower().split())] if level else "killed"), ["people"]
    r.start = min(r.start, tm.start())
    return True


def _object_of_verb(r: _Reading, lx: Lex) -> bool | None:
    """"fired on the protesters, wounding three": the person noun before, or people."""
    if r.verb_event is None or r.fig.unit is not None or r.verb_event not in lx.people_events:
        return None  # (another event's bare figure counts the thing told before it: :func:`_gapped`)
    r.event = r.verb_event
    r.counted = person_before(r.before[:-1], lx) or ["people"]
    r.start = min(r.start, r.before[-1].start)
    return bool(r.counted)


def _amount(r: _Reading, lx: Lex) -> bool | None:
    """"turnout was 41%", "$250m in aid", "fined 250 million euros"; else an amount or share named
    by its verb or the name before it ("paid him $4 million"), a finding of its own."""
    if r.fig.unit is None:
        return None
    moved = _SHARE_LINKS if r.change and _share_moved(r) else frozenset()  # "shares gained 6%": the shares'
    r.counted = _valued_noun(r.before, lx) or noun_before_copula(r.before, lx, also=moved) or _apposed_noun(r, lx) \
        or _price_of(r.before, lx) or (_sale_price(r.before, lx) if _is_money(r.fig) else [])
    if not r.counted and r.change:
        r.counted = _level_changed(r, lx)
    if not r.counted:
        r.counted, phrase_end = _what_money_is(r.after, r.i, r.before, r.fig, lx)
        r.end = max(r.end, phrase_end)
    if not r.counted and _share_won(r, lx):
        r.counted = ["votes"]
    if not r.counted:
        r.counted = [AMOUNT if r.fig.unit != "%" else SHARE]
        r.governor = _governor(r.before) or _passive_after(r.after, r.i)
    return True


_SHARE_WON = frozenset({"won", "wins", "win", "took", "takes", "secured", "secures", "captured", "polled", "polls",
                        "garnered", "garners", "received", "receives", "obtained", "obtains"})


def _share_won(r: _Reading, lx: Lex) -> bool:
    """A share with no noun of its own right after a verb of winning is a share of the vote: "The
    Harbour Front won 33 per cent", "Mara Quist polled about 12% in the first round", "Labour took 40
    seats with 38 per cent" (its doer,
    :func:`_doer_of`, says whose); a change is no such share ("Prices rose 3 per cent")."""
    if r.fig.unit != "%" or r.change or not r.before:
        return False
    k = len(r.before) - 1
    if r.before[k].low == "with" and (verb_at := _won_with(r.before, k, lx)) is not None:
        k = verb_at  # "Labour took 40 seats with 38 per cent"
    return r.before[k].low in _SHARE_WON


def _level_changed(r: _Reading, lx: Lex) -> list[str]:
    """A change set off by a comma after a level is the change of that level's noun: "Revenue was
    $6.5bn, up 18%", "net profit of $1.2bn, down 4% from a year earlier", "Exports rose to $40bn,
    up 8%" (revenue, net profit, exports)."""
    before = r.before
    if len(before) < 4 or before[-1].low not in {"up", "down"} or before[-2].text != ",":
        return []
    level = [f for f in find_figures(r.text[r.sent[0]:before[-2].start]) if f.end + r.sent[0] == before[-2].start]
    if not level:
        return []
    j = next((k for k, t in enumerate(before) if t.end > level[0].start + r.sent[0]), 0)
    return _valued_noun(before[:j], lx) or noun_before_copula(before[:j], lx)


_PRICING = frozenset({"costs", "cost", "sells", "sold", "retails", "retailed", "priced", "fetches", "fetched"})
_PRICE_LINKS = frozenset({"for", "at", "now", "currently", "still", "only", "just", "is", "was", "are", "were"})


def _price_of(before: list[Tok], lx: Lex) -> list[str]:
    """The price of a thing, by the unit it is sold in when that comes first: "A litre of petrol now
    costs 1.89 euros" -> petrol price per litre ("Petrol costs 1.89 euros a litre" names the unit
    after the figure, :func:`~.quantity.rate_after`), "bread sells for $3" -> bread price."""
    k = len(before) - 1
    while k >= 0 and before[k].low in ("for", "at"):
        k -= 1
    if k < 1 or before[k].low not in _PRICING:
        return []
    k -= 1
    while k >= 0 and before[k].low in _PRICE_LINKS:
        k -= 1
    if k < 0 or not before[k].text.isalpha() or before[k].low in lx.breaks:
        return []
    noun = [before[k].low]
    if k >= 3 and before[k - 1].low == "of" and (base := rate_base(before[k - 2].low)) \
            and before[k - 3].low in ("a", "an", "one", "per", "each"):
        return noun + ["price", "per", base]  # "A litre of petrol costs"
    return noun + ["price"]


_SALE_VERBS = frozenset({"sold", "sell", "sells", "selling", "bought", "buy", "buys", "buying", "acquired", "acquire",
                         "acquires", "acquiring", "purchased", "purchase", "purchases", "purchasing"})
_NOT_OBJECT = frozenset({"per", "cent", "percent", "stake", "more", "also"})  # ("its 30 per cent holding")


def _sale_price(before: list[Tok], lx: Lex) -> list[str]:
    """The price a thing changed hands for: a verb of sale, its object and "for" before the amount:
    "sold its lighting unit for 2.4 billion Swiss francs" -> lighting unit price; "Halvard bought
    the building for £45m" -> building price (the object's last two words; a figure in it is passed
    over: "its 30 per cent holding")."""
    if len(before) < 3 or before[-1].low != "for":
        return []
    words: list[Tok] = []
    for t in reversed(before[-8:-1]):
        if t.low in _SALE_VERBS:
            out = [w.text for w in words if w.low not in lx.breaks and w.low not in _OWN and w.low not in _NOT_OBJECT
                   and w.text.isalpha()][-2:]
            return out + ["price"] if out else []
        if t.text in {",", ";", ":", "(", ")"} or verb_form(t) or t.low in lx.events:
            return []
        words.insert(0, t)
    return []


def _apposed_noun(r: _Reading, lx: Lex) -> list[str]:
    """The noun an amount set off by commas restates: "The embezzled funds, about 7.8 million
    pesos, were never recovered" -> funds (the words before the comma, in lower case)."""
    before = r.before
    if len(before) < 2 or before[-1].low != "," or r.i >= len(r.after) or r.after[r.i].low != ",":
        return []
    out: list[str] = []
    for t in reversed(before[:-1]):
        if len(out) == 2 or not t.text.isalpha() or not t.text.islower() or t.low in lx.breaks or t.low in lx.events:
            break
        out.insert(0, t.text)
    return out


def _valued_noun(before: list[Tok], lx: Lex) -> list[str]:
    """The noun an amount is the value of, in the passive: "Bail was set at $1 million" -> bail;
    "Damages were estimated at $5 million" -> damages; "the house was valued at $380,000"."""
    if len(before) >= 3 and before[-1].low == "at" and before[-2].low in VALUING and before[-3].text.isalpha() \
            and before[-3].text.islower() and before[-3].low not in lx.breaks and before[-3].low not in BE_FORMS \
            and not verb_form(before[-3]) and before[-3].low not in lx.events and before[-3].low not in _DASH_WORDS \
            and before[-3].low not in {"it", "them", "this", "that", "which", "what"}:
        return [before[-3].text]  # "a deal valued at $3bn": a participle after its noun
    if len(before) < 4 or before[-1].low != "at" or before[-2].low not in VALUING or before[-3].low not in BE_FORMS:
        return []
    k = len(before) - 4
    while k >= 0 and before[k].low in {"has", "have", "had", "been", "already", "now", "initially"}:
        k -= 1
    if k < 0:
        return []
    noun = before[k]
    if not noun.text.isalpha() or noun.low in lx.breaks or noun.low in _DASH_WORDS or noun.low in lx.number_words \
            or noun.low in {"it", "they", "he", "she", "which", "that", "this"}:
        return []
    return [noun.text]


def _passive_after(after: list[Tok], i: int) -> list[str]:
    """The participle of the passive after an amount that is its subject: "$5 million was stolen"
    -> stolen; "61 percent was shipped in" -> shipped."""
    if i + 1 < len(after) and after[i].low in {"was", "is", "has", "were", "are", "had", "have"}:
        j = i + 1
        if after[j].low == "been" and j + 1 < len(after):
            j += 1
        if verb_form(after[j]) and after[j].low not in {"been"}:
            return [after[j].text]
    return []


def _tally(r: _Reading, lx: Lex) -> bool | None:
    """"the final tally was 1,204"; a plural noun whose number moved ("cases rose to 312", "job
    openings fell to 8.49 million", "payrolls increased by 175,000")."""
    r.counted = noun_before_copula(r.before, lx, strict=True) or _moved_count(r, lx)
    return bool(r.counted)


_MOVE_LINKS = frozenset({"to", "by"})
# verbs by which someone moves a level ("raised its rate by 0.25 points to 5.75%")
_MOVED_BY_SOMEONE = frozenset({"raised", "raises", "lowered", "lowers", "cut", "cuts", "increased", "increases",
                               "reduced", "reduces", "hiked", "hikes", "lifted", "lifts", "trimmed", "trims"})
_REACHED = frozenset({"reached", "hit", "topped", "totalled", "totaled", "numbered", "exceeded", "surpassed", "passed"})


def _moved_count(r: _Reading, lx: Lex) -> list[str]:
    """The plural noun before a verb of change and "to"/"by" a bare figure, or before a verb of a level
    reached ("reports reached 48,700"): what is counted."""
    before, fig = r.before, r.fig
    if len(before) < 2 or not (before[-1].low in _REACHED or len(before) > 2 and before[-1].low in _MOVE_LINKS
                               and (before[-2].low in CHANGE_VERBS or before[-1].low == "to" and before[-2].low in MULTIPLIED)):
        return []  # ("cases rose to 312", "cybercrime reports reached 48,700")
    if fig.scale == 1 and _YEARLIKE.fullmatch(r.text[fig.start:fig.end]):
        return []  # ("rose to 2010 levels")
    noun = noun_before_copula(before, lx)
    return noun if noun and plural(noun[-1].lower(), lx) and noun[-1].lower() not in lx.time_nouns else []


_CLAUSE_OPENERS = frozenset({",", "while", "whereas", "but", "and", "\u2014", ";"})
_PART_OF = frozenset({"them", "which", "whom"})  # ("four of those elected": those elected are named)
_TRY = frozenset({"managed", "tried", "failed", "attempted", "sought", "began", "started", "continued"})


def _part_of_befallen(r: _Reading, lx: Lex) -> bool | None:
    """"Nine of the dead were children", "two of the injured are women": a part of those an event
    befell, counted by the noun after the copula, with that event (children killed); "two of the
    injured were in critical condition": people seriously hurt; "nine of the dead were inside the
    camp", "Of the dead, ten were in the camp": people killed, the place after the copula their
    context (not whence they came: "from Selby")."""
    after = r.after
    i = r.i
    if (event := _of_the_befallen_opening(r.before, lx)) is not None and i + 1 < len(after) \
            and after[i].low in BE_FORMS and after[i + 1].low in lx.scope_preps - _NOT_WHERE:
        # "Of the dead, ten were in the camp": the part of those it befell in a place
        r.scope, r.purpose, r.i = scope(after, i + 1, lx)
        if not r.scope or _a_state(r.scope):
            return None
        r.counted, r.event, r.end = ["people"], event, r.scope[-1].end
        return True
    if not (i + 4 < len(after) and after[i].low == "of" and after[i + 1].low == "the"
            and after[i + 2].low in lx.events and (after[i + 3].low in BE_FORMS or after[i + 3].low in _REMAIN)):
        return None
    k = i + 5 if i + 5 < len(after) and after[i + 4].low == "in" and after[i + 5].low == "a" else i + 4
    if k + 2 < len(after) and after[i + 4].low == "in" and after[k + 2].low == "condition" \
            and (severity := _SEVERITY.get(after[k + 1].low + "ly")):
        # "two of the injured were in critical condition" (critically), "four of the injured remain in
        # a serious condition": people seriously hurt
        r.counted, r.event, r.severity = ["people"], lx.events[after[i + 2].low], severity
        r.end = after[k + 2].end
        return True
    if after[i + 3].low in _REMAIN:
        return None
    if after[i + 4].low in lx.scope_preps - _NOT_WHERE:
        # "Nine of the dead were inside the camp": where the event befell them
        r.scope, r.purpose, r.i = scope(after, i + 4, lx)
        if not r.scope or _a_state(r.scope):
            return None
        r.counted, r.event, r.end = ["people"], lx.events[after[i + 2].low], r.scope[-1].end
        return True
    noun = after[i + 4]
    if not noun.text.isalpha() or not noun.text.islower() or not plural(noun.low, lx):
        return None
    r.counted, r.event = [noun.text], lx.events[after[i + 2].low]
    r.end = noun.end
    return True


_NOT_WHERE = frozenset({"to", "from", "for"})  # "six of the victims were from Selby": whence, not where it befell


def _a_state(scope_words: list[Tok]) -> bool:
    """A preposition and one bare common noun is a state, not a place: "(two of the injured were)
    in hospital", "in custody", "in care"; "in the camp", "inside the shelter", "in Selby" are places."""
    return len(scope_words) == 2 and scope_words[1].text.isalpha() and scope_words[1].text.islower()


def _of_the_befallen_opening(before: list[Tok], lx: Lex) -> str | None:
    """The event of a clause opening "Of the dead," (or "Of the injured,") right before the figure."""
    lows = [t.low for t in before[-4:]]
    if len(lows) == 4 and lows[0] == "of" and lows[1] == "the" and lows[2] in lx.events and lows[3] == ",":
        return lx.events[lows[2]]
    return None


_REMAIN = frozenset({"remain", "remains", "remained"})


def _part_of_named(r: _Reading, lx: Lex) -> bool | None:
    """"two of them managed to escape", "of which four exploded", "took 23 of them into custody": a
    part of things named before (the nearest figure's plural noun earlier in the sentence, else the
    nearest plural noun in it or the sentence before), told apart from the whole by what the part
    did, or what was done to it. With no verb, no count."""
    after, before = r.after, r.before
    if r.i + 1 < len(after) and after[r.i].low == "of" and after[r.i + 1].low in _PART_OF:
        j = r.i + 2
        at = r.start
        if before and verb_form(before[-1]) and before[-1].low not in event_vocab().reporting:
            named = _named_before(r.text, r.sent, before[-1].start, lx)  # "took 23 of them": what was done to them
            if named is None:
                return None
            event = lx.events.get(before[-1].low)  # "killed three of them"; "took 23 of them" is no win
            if _in_custody(after, j):
                event = "arrested"  # "took 23 of them into custody"
            r.counted, r.event = [named], event if event in lx.people_events else before[-1].low
            r.start, r.end = min(r.start, before[-1].start), after[r.i + 1].end
            return True
    elif len(before) > 1 and before[-2].low == "of" and before[-1].low in {"which", "whom"}:
        j = r.i
        at = before[-2].start
    elif r.event is None and r.fig.words and r.fig.value > 1 and r.i < len(after) and verb_form(after[r.i]) \
            and (not before or before[-1].low in _CLAUSE_OPENERS):
        j, at = r.i, r.start  # "Two managed to slip away": a figure alone opening its clause
    else:
        return None
    while j < len(after) and after[j].low in _AUX and j - r.i < 5:
        j += 1
    tried = j + 2 < len(after) and after[j].low in _TRY and after[j + 1].low == "to"
    if tried:
        j += 2  # "managed to escape": escaped
    if j >= len(after) or not after[j].text.isalpha() or not after[j].text.islower() \
            or (after[j].low in lx.breaks and not tried) or after[j].low in event_vocab().reporting:
        return None
    named = _named_before(r.text, r.sent, at, lx)
    if named is None:
        return None
    r.counted = [named]
    r.event = lx.events.get(after[j].low, after[j].low)
    r.end = after[j].end
    return True


def _rest_of_named(r: _Reading, lx: Lex) -> bool | None:
    """"intercepted the remaining three", "searches were carried out on the other two": the rest of
    things named before (as :func:`_part_of_named` finds them), a count of its own, with or without
    a verb (the verb before it, when it names an event, is its event)."""
    before = r.before
    if not (before and before[-1].low in _PARTITION_DETERMINERS and any(m in _PARTS for m in r.markers)) \
            or r.fig.unit is not None or r.fig.value < 2:
        return None
    if r.i < len(r.after) and r.after[r.i].low == "of":
        return None  # "the other two of them": read as a part
    named = _named_before(r.text, r.sent, before[-1].start, lx)
    if named is None:
        return None
    r.counted, r.event, r.rest = [named], r.event or r.verb_event, True
    return True


def _there_were(r: _Reading, lx: Lex) -> bool | None:
    """"Police put the crowd at 30,000 people, but witnesses said there were more than 50,000": a
    bare figure after "there were/are" counts the plural things named before (as
    :func:`_part_of_named` finds them)."""
    before = r.before
    if len(before) < 2 or before[-1].low not in {"were", "are"} or before[-2].low != "there" \
            or r.fig.unit is not None or r.fig.value < 2:
        return None
    named = _named_before(r.text, r.sent, before[-2].start, lx, counted_only=True)
    if named is None:
        return _members_of(r, lx)
    r.counted = [named]
    return True


def _members_of(r: _Reading, lx: Lex) -> bool | None:
    """"There were four in the climbing party": with nothing counted named before, a bare figure
    before "in" and a singular noun counts the people in it (the noun is its scope)."""
    after, i = r.after, r.i
    if i + 2 >= len(after) or after[i].low != "in" or after[i + 1].low not in {"the", "a", "an", "their", "his", "her"}:
        return None
    words, j = noun_phrase(after, i + 2, lx)
    if not words or plural(words[-1].low, lx) or words[-1].low in lx.time_nouns or not words[-1].text.islower() \
            or (j < len(after) and after[j].text not in {".", ",", ";"}):
        return None
    r.counted, r.scope = ["people"], after[i:j]
    r.end, r.i = words[-1].end, j
    return True


def _named_before(text: str, sent: tuple[int, int], at: int, lx: Lex, counted_only: bool = False) -> str | None:
    """The plural noun a part ("two of them") is a part of: see :func:`_part_of_named`; with
    ``counted_only``, only the plural noun of a figure."""
    prev = sentence_index(text).around(sent[0] - 1)[0] if sent[0] > 0 else sent[0]
    toks = tokens(text, max(prev, sent[0] - 400), at)
    inside = [k for k, t in enumerate(toks) if t.start >= sent[0]]
    first = inside[0] if inside else len(toks)
    for k in range(len(toks) - 1, -1, -1):  # "Three aerials ..., two of which"; "Five boats tried ..."
        if toks[k].text[:1].isdigit() or toks[k].low in lx.number_words:
            words, _ = noun_phrase(toks, k + 1, lx)
            if words and plural(words[-1].low, lx):
                return words[-1].low
    if counted_only:
        return None
    for k in range(len(toks) - 1, -1, -1):  # "the skiffs tried to flee. While two of them"
        t = toks[k]
        if t.text in {".", "!", "?"} and k < first - 1 and toks[k + 1].start >= sent[0]:
            continue  # the previous sentence's end
        if t.text.isalpha() and t.text.islower() and len(t.low) > 3 and t.low not in lx.breaks \
                and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")) and verb_form(t) is None \
                and k > 0 and toks[k - 1].low not in {"he", "she", "it", "who", "which", "that"} \
                and (k + 1 >= len(toks) or toks[k + 1].low not in {"the", "a", "an", "his", "her", "its", "their"}):
            return t.low
    return None


def _gapped(r: _Reading, lx: Lex) -> bool | None:
    """"attacked nearly 100 vessels and hijacked nearly 40", "destroyed 40 homes and damaged 200":
    a bare figure right after a verb counts the noun of the figure told before it in its sentence,
    as what that verb did (a verb with its object left out because the clause before names it);
    so does a bare figure after "and" with its participle ("40 homes were destroyed and 200
    damaged")."""
    before = r.before
    if r.fig.unit is not None or not before:
        return None
    # or the participle after it: "40 homes were destroyed and 200 damaged"
    after_and = before[-1].low in ("and", ",") and r.event is not None and r.event_words
    if verb_form(before[-1]) is None and not after_and:
        return None
    toks = [t for t in before[:-1] if t.start >= r.sent[0]]
    for k in range(len(toks) - 1, -1, -1):
        if _is_figure(toks[k], lx):
            words, _ = noun_phrase(toks, k + 1, lx)
            if not words or not plural(words[-1].low, lx):
                return None
            if after_and:
                r.counted = [words[-1].low]
                return True
            r.counted, r.open_event = [words[-1].low], before[-1].low
            r.event = r.event or lx.events.get(before[-1].low) or before[-1].low
            r.start = min(r.start, before[-1].start)
            return True
    return None


def _gapped_place(r: _Reading, lx: Lex) -> bool | None:
    """"18 people died in Marren and 12 in Tesk", "killed 11 people inside the camp and six in the
    town": a bare figure after "and" with a place of its own counts what the figure before it in its
    sentence counts, placed too, as what befell it there (the noun and the verb are left out
    because the clause before names them); its own place is its context."""
    before = r.before
    if r.fig.unit is not None or not r.scope or r.np_words or not before or before[-1].low not in ("and", ","):
        return None
    toks = [t for t in before[:-1] if t.start >= r.sent[0]]
    for k in range(len(toks) - 1, -1, -1):
        if not _is_figure(toks[k], lx):
            continue
        words, j = noun_phrase(toks, k + 1, lx)
        rest = toks[j:]
        if not any(t.low in lx.scope_preps for t in rest):
            return None  # the figure before has no place: "12 died and four in hospital" is not told apart
        events = [lx.events[t.low] for t in rest if t.low in lx.events]
        v = k - 1
        while v >= 0 and toks[v].low in _VERB_HEDGES:
            v -= 1  # "killed at least 11 people inside the camp and six in the town"
        if v >= 0 and toks[v].low in lx.events and toks[v].low not in lx.participle_only:
            events = [lx.events[toks[v].low]] + events
        if (opening := _of_the_befallen_opening(toks[:k], lx)) is not None:
            events = [opening]  # "Of the dead, ten were in the camp and six in the town"
        if not events or words and not plural(words[-1].low, lx):
            return None
        r.event = events[0]
        r.counted = [words[-1].low] if words else ["people"]
        return True
    return None


_NP_PREPOSITIONS = frozenset({"in", "at", "on", "from", "since", "across", "over", "during", "for", "by", "after"})


@lru_cache(maxsize=1)
def _number_of_re() -> re.Pattern[str]:
    """"the number of NOUN PHRASE" and the verbs of a level after it, up to the figure: "the number
    of confirmed cases has climbed to", "the total number of people killed stood at", "the number
    of people killed in Monday's shelling of the town rose to" (up to nine words: what is counted
    ends at the first preposition)."""
    v = phrases_vocab()
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted({*v["toll_verbs"], *v["toll_fillers"], *LEVEL_VERBS}, key=len, reverse=True))
    return re.compile(r"\bthe\s+(?:total\s+)?number\s+of\s+(?P<np>(?:[A-Za-z][\w'\u2019-]*\s+){0,8}?[A-Za-z][\w'\u2019-]*)"
                      r"(?:[\s,]+(?:" + verbs + r"))+\s+$", re.IGNORECASE)


def _number_of(r: _Reading, lx: Lex) -> bool | None:
    """"the number of confirmed cases has climbed to 1,024": what the number is of is counted, with
    the event its words name ("the number of people killed has risen to 40": people killed). The
    closed phrases of a toll ("the number of dead") are :func:`_death_toll`'s."""
    if r.fig.unit is not None:
        return None
    m = _number_of_re().search(r.text, max(r.sent[0], r.start - 140), r.start)
    if not m:
        return None
    words = [w.lower() for w in m.group("np").split()]
    cut = next((k for k, w in enumerate(words) if w in _NP_PREPOSITIONS), len(words))
    # "people killed in Monday's shelling of the town": what is counted ends at its preposition;
    # "people who died after": a relative pronoun says nothing of it
    words = [w for w in words[:cut] if w not in _RELATIVE]
    if not words or any(w in lx.time_nouns for w in words):
        return None  # "the number of days", "the number of times"
    events = [lx.events[w] for w in words if w in lx.events]
    r.event = r.event or (events[0] if events else None)
    r.counted = [w for w in words if w not in lx.events] or ["people"]
    r.start = min(r.start, m.start())
    return True


_UNSAID = (_owned, _part_of_befallen, _part_of_named, _rest_of_named, _there_were, _bare_event, _who_number, _death_toll, _number_of,
           _object_of_verb, _gapped, _gapped_place, _amount, _tally)


def _not_a_reference(r: _Reading, lx: Lex) -> bool:
    """"a one million man march", "those two crews", "the two sides", "one official said", "one
    member of the board said", "it will not be one witness": no count; "the five merchant
    vessels", "those five raids it carried out", "their five raids so far", "noticed one missed
    call", "has one member, who" say how many, a count."""
    fig = r.fig
    if r.head is not None and fig.unit is None and fig.value > 1 and not r.strong and not plural(r.head.low, lx):
        return False
    part = r.rest or r.open_event is not None and any(m in _PARTS for m in r.markers)  # "the other two bombs were dropped"
    # "one count of attempted murder": a noun counted with its "of" phrase says what the one is
    part = part or (fig.value == 1 and r.head is not None and r.head.low in lx.of_heads
                    and any(t.low == "of" for t in r.np_words))
    if fig.words and r.event is None and fig.unit is None and not part and r.compound is None and (
            r.before and (r.before[-1].low in _REFERENCE or _sides(r)) and not _defined_here(r, lx)):
        return False
    return not (fig.value == 1 and (r.open_event in event_vocab().reporting or _speaker_of(r) or _not_one(r)))


def _speaker_of(r: _Reading) -> bool:
    """"one witness told NBC", "one member of the board said": a speaker (told by the body he
    belongs to), not a count."""
    after, i = r.after, r.i
    speech = event_vocab().reporting
    if i < len(after) and after[i].low in speech:
        return True
    if i >= len(after) or after[i].low != "of":
        return False
    return any(t.low in speech for t in after[i + 1:i + 6])


_NOT_ONE = frozenset({"not", "without", "never"})


def _not_one(r: _Reading) -> bool:
    """"it will not be one witness ... but all of them", "without one single dime": what the figure
    is not, no count."""
    words = [t.low for t in r.before[-2:]]
    return bool(words) and (words[-1] in _NOT_ONE or words == ["not", "be"])


def _sides(r: _Reading) -> bool:
    """"the two sides": the parties of a dispute, not a count."""
    return r.before[-1].low == "the" and r.head is not None and r.head.low in _SIDES


_PARTITION_DETERMINERS = frozenset({"the", "its", "their", "all"})
_RELATIVE = frozenset({"who", "that", "which"})
_PARTS = frozenset({"other", "remaining"})
_CLAUSE_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
_SO_FAR = (("so", "far"), ("thus", "far"), ("to", "date"), ("in", "all"))


def _defined_here(r: _Reading, lx: Lex) -> bool:
    """Whether a counted noun phrase after "the"/a possessive says how many there are rather than
    referring back: a relative clause with its own subject ("the five raids it carried out", "the
    26 men they detained") or a running total ("their five raids so far")."""
    after, i = r.after, r.i
    if not r.np_words or r.scope or i >= len(after):
        return False
    if tuple(t.low for t in after[i:i + 2]) in _SO_FAR:
        return True
    if after[i].low in {"that", "which"}:
        i += 1
    if i + 1 < len(after) and after[i].low in _CLAUSE_SUBJECTS:
        j = i + 1
        while j < len(after) and after[j].low in {"has", "have", "had"} and j - i < 3:
            j += 1
        return j < len(after) and verb_form(after[j]) is not None
    return False


def _change_or_level(r: _Reading, lx: Lex) -> bool:
    """"unemployment fell by 2% to 7%", "prices rose 3%": the figure after the verb of change (and
    "by") is the change; the figure after "to" is the level, read as if the change were not there
    ("rose from 5 to 11" too: the 5 is an earlier level, :func:`derived_figures` reads it)."""
    before = r.before
    if before and ((before[-1].low in _CHANGE_VERBS and before[-1].low not in _TRANSITIVE_CHANGE) or (
            before[-1].low == "by" and len(before) > 1 and before[-2].low in _CHANGE_VERBS)):
        r.change = True
        verb = before[-1].low if before[-1].low != "by" else before[-2].low
        r.direction = "fall" if verb in _FALLS else "rise" if verb in _RISES else None
        return True
    if _share_moved(r):
        r.change = True
        verb = before[-1].low if before[-1].low != "by" else before[-2].low
        r.direction = _SHARE_MOVES[verb]
        return True
    if len(before) > 2 and (before[-1].low == "to" or before[-1].low == "at" and _level_after_change(before)):
        k = len(before) - 2
        # a time phrase set off by a comma may stand between the change and its level: "dropped 17%
        # last year, to 142"; so may a change in words: "raised rates by a quarter of a percentage point to 4.5%"
        reach = 9 if before[-2].low in {",", "point"} else 5
        while k > 0 and not before[k].text[:1].isdigit() and before[k].low != "by" and len(before) - k < reach:
            k -= 1
        while k > 0 and before[k].text[:1].isdigit():
            k -= 1
        if before[k].low in ("by", "from") and k > 0 and before[k - 1].low in _CHANGE_VERBS:
            r.before = before[:k] + [before[-1]]  # "fell to 7%": the verb, then the level
            r.level_at = before[k].start
        elif before[k].low in ("by", "from") and k > 2 and any(before[x].low in _MOVED_BY_SOMEONE
                                                               for x in range(max(0, k - 5), k - 1)):
            # "raised its benchmark rate by 25 basis points to 5.75 percent", "lifted its key rate
            # from 4.25% to 4.5%": the level is the object's, the noun right before "by"/"from"
            r.before = before[:k] + [before[-1]]
            r.level_at = before[k].start
        elif before[k].low in _CHANGE_VERBS and before[k].low not in _TRANSITIVE_CHANGE and k + 1 < len(before) - 1:
            r.before = before[:k + 1] + [before[-1]]  # "sales fell 5 percent to $3.2 billion": the level
            r.level_at = before[k + 1].start
        elif before[-1].low == "at" and before[k].low in _STOOD and k + 1 < len(before) - 1:
            r.before = before[:k + 1] + [before[-1]]  # "sales were 3.4% lower at $8.1 billion": the level
            r.level_at = before[k + 1].start
    return True


def _level_after_change(before: list) -> bool:
    """Whether "at" closes a change told just before it, so the figure after it is the level the
    change reached, as after "to": "The index closed down 1.8% at 7,412", "sales were 3.4% lower at
    $8.1 billion" (not "grew 3% at its stores": a place, or "rose 3% at the open": a time)."""
    k = len(before) - 2
    while k > 0 and before[k].low in {"higher", "lower", "percent", "per", "cent", "%", "points", "basis"} \
            and len(before) - k < 5:
        k -= 1
    if k <= 0 or not before[k].text[:1].isdigit():
        return False
    said = before[k + 1:-1]
    return before[k - 1].low in {"up", "down"} or (before[k - 1].low in _STOOD and any(t.low in _COMPARED for t in said))


_CHANGE_VERBS = CHANGE_VERBS | {"gained", "raised", "reduced", "cut", "up", "down"}
# which way a change went: a fall and a rise of one size are two facts ("prices fell 2.8%" /
# "prices rose 2.8%" never agree)
# verbs by which a price or a rate moves, a change only before a share ("shares gained 6%", "the
# crown strengthened by 0.8%"); before a count they are taken ("gained 20 seats", "lost 300 jobs")
_SHARE_MOVES = {"gained": "rise", "added": "rise", "strengthened": "rise", "firmed": "rise", "appreciated": "rise",
                "lost": "fall", "shed": "fall", "weakened": "fall", "softened": "fall", "depreciated": "fall"}

_SHARE_LINKS = frozenset(_SHARE_MOVES)


def _share_moved(r: _Reading) -> bool:
    """A share right after a verb of :data:`_SHARE_MOVES` (and "by") is how much the subject moved,
    keyed as "rose 6%" is: "Ordale shares gained 6%", "the peso weakened by 2%", "the index added
    1.1%"; not a share of a thing named after it ("lost 6% of its staff")."""
    before = r.before
    if r.fig.unit != "%" or not before or (r.after and r.after[0].low == "of"):
        return False
    verb = before[-2].low if before[-1].low == "by" and len(before) > 1 else before[-1].low
    return verb in _SHARE_MOVES


_FALLS = FALL_VERBS | {"down", "reduced", "cut"}
_RISES = RISE_VERBS | {"up", "gained", "raised"}
_TRANSITIVE_CHANGE = frozenset({"raised", "reduced", "cut", "gained"})  # "raised $300", "cut 300 jobs": no change

_STAGES = (_hedge_and_markers, _change_or_level, _noun_after, _a_level, _event_after, _scope_after, _owner_and_verb_before, _counted,
           _not_a_reference)


def _count_claim(article: Article, r: _Reading, settings: Settings, lx: Lex) -> Claim | None:
    """The subject a person reads, and the key ``CORE|CONTEXT`` the matcher groups on: the subject
    (:func:`_count_subject`), what befell the counted (:func:`_settle_event`), the core words
    (:func:`_count_core`) and the context (:func:`_count_context`)."""
    text, (s, _) = r.text, r.sent
    if r.event == "loaded" and r.verb_event == "loaded" and _carried_people(r, lx):
        r.event = None  # "a plane carrying 156 passengers": the passengers on board
    subject, where, subject_np = _count_subject(r, lx)
    counted_words = " ".join(r.counted) if r.governor else subject_np
    illness = _settle_event(r, counted_words, lx)
    if illness is not None:
        counted_words, illness = illness
    core, subject = _count_core(r, counted_words, subject, where, lx)
    if not core:
        return None
    context = _count_context(r, core, counted_words, illness or "", lx)
    claim = make_claim(article, r.fig, r.qualifier, subject, " ".join(sorted(core)) + "|" + context, (r.start, r.end),
                       r.sent, settings, as_of=as_of_year(text, r.sent, r.fig, lx))
    timing = read_timing(text, s, r.fig.start) if not r.change else None
    if timing is not None and (timing.earlier or timing.changed):
        claim = claim.model_copy(update={"earlier": timing.earlier, "changed": timing.changed})
    return claim


def _count_subject(r: _Reading, lx: Lex) -> tuple[str, str, str]:
    """The subject as a person reads it (the owner, the noun phrase, the event, the place: "US
    troops in Iraq", "fall in producer prices"), its place words, and its noun phrase."""
    subject_np = " ".join(r.counted + r.governor) if not r.np_words else " ".join(t.text for t in r.np_words)
    parts = r.owner + [subject_np]
    if r.event_words:
        parts += [t.text for t in r.event_words if t.low in lx.events]
    elif r.event is not None and not any(lx.events.get(w, w) == r.event for w in subject_np.lower().split()):
        parts.append(r.event)  # ("two wounded men": not "wounded men wounded")
    where = " ".join(t.text for t in (r.located + r.scope + r.purpose)) if r.scope or r.purpose else ""
    subject = " ".join(p for p in parts + [where] if p).strip()
    if r.change and not r.np_words:  # "cut by 300 jobs" counts jobs
        subject = f"{r.direction or 'change'} in {subject}"  # "fall in producer prices"
        r.markers = r.markers + ["change"] + ([r.direction] if r.direction else [])
    return subject, where, subject_np


def _settle_event(r: _Reading, counted_words: str, lx: Lex) -> tuple[str, str] | None:
    """What befell the counted, told by what they are: people taken who recovered, captives
    kidnapped, people seized arrested, people freed from rubble rescued, cases of an illness
    infected people (then the counted words and the illness: "42 cases of salmonella")."""
    people = any(w.lower() in lx.person_nouns for w in counted_words.split())
    if r.event in _TAKEN and people and any(t.low in _HEALED for t in r.event_words):
        r.event = "recovered"  # "412 people have recovered": from an illness, not taken
    elif r.event in _TAKEN and any(w.lower() in _CAPTIVES for w in counted_words.split()):
        r.event = "kidnapped"  # hostages seized are taken captive, not into custody: "seized 12 hostages"
    elif r.event in _TAKEN and people:
        r.event = "arrested"  # people seized or captured are taken into custody: "23 pirates captured" / "arrested 23 pirates"
    if r.event in (None, "released", "seized") and people and _from_the_debris(r, lx):
        r.event = "rescued"  # "freed 44 people from the rubble", "pulled 12 people from the wreckage"
    if r.event in (None, "recorded", "infected") and (sick := _cases_of_illness(counted_words, lx)) is not None:
        r.event = "infected"  # "42 cases of salmonella": 42 people infected
        return sick
    return None


def _count_core(r: _Reading, counted_words: str, subject: str, where: str, lx: Lex) -> tuple[set[str], str]:
    """The key's core words (what is counted and what befell it, with the markers that tell one
    count from another: a part, a capacity, a margin, a forecast, a rate, an average, a market
    share), and the subject as these make it read."""
    text, s = r.text, r.sent[0]
    core = set(subject_key(" ".join(r.owner + [counted_words] + ([r.event] if r.event else []))).split())
    if core - CONFIRMING:
        core -= CONFIRMING  # "84 confirmed infections", "12 confirmed deaths": as "84 infections"
    if _job_loss(counted_words, r.event, lx):
        core = (core - lx.workforce - lx.job_losses - lx.person_nouns - _JOB_LOSS_WORDS) | {"jobs", "lost"}  # "laid off 4,500 workers", "4,500 job cuts": jobs lost
    if _crowd(r, counted_words, lx):
        core = (core - lx.crowd_nouns) | {"people", "present"}  # "a crowd of 5,000": people present
        subject = f"size of the crowd {where}".strip()  # as a person names it (it was "crowd people")
    if core and core <= lx.people_events:
        core.add("people")  # "12 deaths", "12 dead": people killed, as "12 people were killed" is keyed
    if r.markers and _added_to_another_event(r, lx):
        r.markers = [m for m in r.markers if m not in _ADDING]  # "Sixteen people died ... Another 35 were wounded"
    core |= set(r.markers)
    if _capacity(r.before, lx):
        core.add("capacity")  # "licensed to carry 250 passengers": what it may hold, not who is on board
    if core & _ELECTION_NOUNS and _margin_before(r.before):
        core = (core - {"won"}) | {"margin"}  # "won by 4,100 votes": the margin, never the votes won
    if _forecast(text, s, r.fig):
        core.add("forecast")  # "economists had expected 3.4%": what was foreseen, never the figure itself
    if r.of_whole and r.event is None:
        core.add("part")  # "holds 33 of the 61 seats": a part, never the whole's 61 ("won 34 of" is told by its event)
    if r.modifier:
        core.add(r.modifier)
    if r.severity:
        core.add(r.severity)
    rate = rate_after(text, max(r.end, r.fig.end), r.sent[1])
    if rate is not None:  # "$23 million per season": a figure per season is not the total
        subject += f" per {rate[0]}"
        core |= {"per", rate[0]}
        r.end = rate[1]
    elif _averaged(r.before):  # "averages 26.4 points": an average, never one game's 34 points
        subject += " on average"
        core.add("average")
    if r.fig.unit == "%" and not r.change and _market_share(core, counted_words, text, r.end, r.sent[1], lx):
        core, subject = {"market", "share"}, "market share"  # "12% of the market", "a 12 percent share of the market"
    core.discard("")
    return core, subject


def _count_context(r: _Reading, core: set[str], counted_words: str, illness: str, lx: Lex) -> str:
    """The key's context: the place words (both places of "in Marren and Tesk" as one word), a
    place fronted or before the verb ("Corran province recorded 19 deaths"), the illness, and
    whose figure it is ("Labour won 33 seats" / "the Tories won 24 seats")."""
    text, s = r.text, r.sent[0]
    context = subject_key(" ".join(t.text for t in r.scope if t.low not in lx.scope_fillers
                                   and t.low.rstrip("'s") not in lx.scope_fillers))
    if r.joined:  # "in Marren and Tesk": one context word for both places, no place of the two alone
        first = [t for t in r.scope if t.text[:1].isupper() and t.low not in lx.scope_fillers]
        names = sorted("_".join(subject_key(" ".join(t.text for t in run)).split()) for run in (first, r.joined))
        rest = [w for w in context.split() if w not in subject_key(" ".join(t.text for t in first)).split()]
        context = " ".join(sorted(rest + ["+".join(names)]))
    if not context and r.start > s:
        context = _fronted_place(text, s, r.start, lx)
    if not context and core & lx.people_events and r.np_words:
        context = _place_subject(r.before, s, lx)  # "Corran province recorded 19 deaths"
    if illness:  # of which illness: "cases of measles" and "cases of mumps" are two counts
        context = " ".join(sorted(set(context.split()) | {illness}))
    doer, verb = _doer_of(r.before, lx)
    if doer and (verb not in _WINNING_VERBS or any(w.lower() in _ELECTION_NOUNS for w in counted_words.split())):
        # whose figure it is: "Labour won 33 seats" and "the Tories won 24 seats" are two
        context = " ".join(filter(None, [context] + ["^" + w for w in subject_key(" ".join(doer)).split()]))
        if verb == "won" and any(w.lower() in _ELECTION_NOUNS for w in counted_words.split()):
            core.add("won")  # "came first with 142 seats": the seats won
    if verb in _GAINING and any(w.lower() in _ELECTION_NOUNS for w in counted_words.split()):
        core.add("gained")  # "gained six seats": a gain, never the seats held ("won 31 seats")
    return context


_OF_THE_MARKET = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|a)[ \t]+(?:[a-z-]+[ \t]+){0,2}?market\b")


def _market_share(core: set[str], counted: str, text: str, end: int, limit: int, lx: Lex) -> bool:
    """A percentage of a market is its market share, however told: "12% of the global phone
    market", "a 12 percent share of the market", "a market share of 12 percent"."""
    words = counted.lower().split()
    if words[-1:] == ["market"] and not any(w in lx.breaks for w in words):
        return True
    return core == {"share"} and _OF_THE_MARKET.match(text, end, limit) is not None


_AVERAGING = frozenset({"average", "averages", "averaged", "averaging"})
_HEDGES_BUT_ARTICLES = _VERB_HEDGES - {"an", "a"}  # "averaged about 3.2 million", not "an average of"


def _averaged(before: list[Tok]) -> bool:
    """Whether a figure is an average told by its verb or noun before it: "is averaging 26.4
    points", "averaged 3.2 million viewers", "an average of 22 points"."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _HEDGES_BUT_ARTICLES:
        k -= 1
    if k >= 1 and before[k].low == "of":
        k -= 1
    return k >= 0 and before[k].low in _AVERAGING


_ADDING = frozenset({"another", "additional", "further", "extra", "more"})
_ADDED_WINDOW = 400  # how far back (characters) the words of the count's event are sought


def _added_to_another_event(r: _Reading, lx: Lex) -> bool:
    """"Sixteen people died ... Another 35 were wounded": a count "added" to what befell others (no
    word of its own event before it in the sentence or the text just before) is the whole of its
    own event, not more of it; "20 were wounded in the first blast. Another 35 were wounded" stays
    another count, and so does one with no other event before it ("Another 35 villagers remain
    missing")."""
    if r.event is None or not any(m in _ADDING for m in r.markers):
        return False
    other = False
    for t in tokens(r.text, max(0, r.start - _ADDED_WINDOW), r.start):
        event = lx.events.get(t.low) or subject_key(t.low)
        if event == r.event:
            return False
        other = other or event in lx.people_events
    return other


def _carried_people(r: _Reading, lx: Lex) -> bool:
    """People a verb of carrying takes are those on board, no load: "a plane carrying 156 passengers
    and six crew" (passengers, crew), "a bus carrying 40 people"; "a truck carrying 30 rifles" is
    loaded (``carrying_verbs``)."""
    return r.head is not None and r.head.low in lx.person_nouns and any(t.low in lx.carrying_verbs for t in r.before[-8:])


def _capacity(before: list[Tok], lx: Lex) -> bool:
    """Whether the figure says what a thing can hold: a verb of holding after a modal ("can carry
    250 passengers", "could only seat 180") or after "to" and a participle of leave or design
    ("licensed to carry 250", "designed to hold 40"), its present form ("the jet seats 180 people"),
    or a noun of capacity before "of", "for" or a colon ("a capacity of 250 passengers", "room for
    40 people"). The words before the figure's hedge: "could carry a maximum of 250" too."""
    verbs, present, modals = lx.capacity_verbs, lx.capacity_present, lx.capacity_modals
    participles, nouns = lx.capacity_participles, lx.capacity_nouns
    lows = [t.low for t in before[-4:]]
    if not lows:
        return False
    if lows[-1] in present:
        return True
    if lows[-1] in ("of", "for", ":") and len(lows) > 1 and lows[-2] in nouns:
        return True
    if lows[-1] not in verbs:
        return False
    k = len(lows) - 2
    if k >= 0 and lows[k].endswith("ly"):
        k -= 1  # "can safely carry"
    return k >= 0 and (lows[k] in modals or (lows[k] == "to" and k >= 1 and lows[k - 1] in participles))


_CASES = frozenset({"cases", "case"})
_UNSURE = frozenset({"suspected", "probable", "possible", "presumed", "presumptive", "unconfirmed"})  # another count


def _cases_of_illness(counted_words: str, lx: Lex) -> tuple[str, str] | None:
    """What cases of an illness count, the people infected ("42 cases of salmonella", "42 measles
    cases", "42 confirmed cases of the virus" -> people; "42 suspected cases of cholera" ->
    suspected people, another count), and the illness, their context ("salmonella"); None for
    cases of anything else ("42 cases of beer")."""
    words = [w.strip(".,'\u2019").lower() for w in counted_words.split()]
    if not _CASES & set(words) or not lx.illnesses & set(words):
        return None
    illness = next(w for w in words if w in lx.illnesses)
    return " ".join([w for w in words if w in _UNSURE] + ["people"]), subject_key(illness)


def _crowd(r: _Reading, counted_words: str, lx: Lex) -> bool:
    """Whether the figure counts a crowd, the people present, as "20,000 people took part" does:
    "a crowd of 5,000" (the holder), "police put the crowd at 8,000", "attendance was 40,000"
    (the noun counted; not "200 crowd control officers", nor "a crowd of 5,000 fans")."""
    if r.holder is not None:
        return r.holder.low in lx.crowd_nouns
    words = counted_words.lower().split()
    return bool(words) and words[-1] in lx.crowd_nouns and r.event in (None, "present")


def _job_loss(counted_words: str, event: str | None, lx: Lex) -> bool:
    """Whether a count is of jobs lost: the workforce told with the event of a loss ("4,500 workers
    were laid off", "cut 300 positions"), or a noun of job loss ("4,500 layoffs", "job cuts")."""
    words = counted_words.lower().split()
    if event == _LAID_OFF:
        return True  # "laid off 300 people", "120 staff could lose their jobs"
    if event == "lost":
        return any(w in lx.workforce for w in words)
    return bool(words) and (words[-1] in lx.job_losses or (words[-1] in ("cuts", "losses") and "job" in words[:-1]))


_FORECASTERS = r"(?:economists|analysts|forecasters|markets?|investors|traders|experts|polls?|surveys?|consensus)"
_FORESEEING = r"(?:expected|expecting|forecast|forecasted|forecasting|predicted|predicting|projected|anticipated|estimated)"
# a figure foreseen: "economists had expected growth of 2.4%", "a forecast of 3.1%", "the 0.3%
# economists had forecast"
_FORECAST_BEFORE = re.compile(
    rf"(?:\b{_FORECASTERS}\b[^.;:,]{{0,40}}\b(?:had[ \t]+)?{_FORESEEING}\b[^.;:,]{{0,40}}"
    rf"|\b(?:forecasts?|expectations|estimates?|projections?|predictions?)[ \t]+(?:of|for)[ \t]+(?:a[ \t]+|an[ \t]+)?)$", re.I)
_FORECAST_AFTER = re.compile(rf"[ \t]+(?:that[ \t]+)?(?:the[ \t]+)?{_FORECASTERS}[ \t]+(?:had[ \t]+)?{_FORESEEING}\b", re.I)


def _forecast(text: str, s: int, fig: Figure) -> bool:
    """Whether a figure is one foreseen, by forecasters, not one that came about."""
    return bool(_FORECAST_BEFORE.search(text, max(s, fig.start - 90), fig.start) or _FORECAST_AFTER.match(text, fig.end))


_HEALED = frozenset({"recovered", "recovering"})  # of people: well again
_TAKEN = frozenset({"seized"})  # the count events that, said of people, are an arrest
_CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives"})  # ... unless they are hostages


def _governor(before: list[Tok]) -> list[str]:
    """The verb (or else the name) just before an amount with no noun: "paid him $4 million" ->
    paid; "Randy Ayers ($2 million)" -> Randy Ayers; "shooting 51.2 percent" -> shooting."""
    for t in reversed(before[-4:]):
        if verb_form(t) or (t.text.isalpha() and t.text.islower() and t.low.endswith("ing")):
            return [t.text]
        if t.text in {".", ";", ":"}:
            break
    name = []
    for t in reversed(before[-4:]):
        if t.text[:1].isupper() and t.text.isalpha() and t.low not in lex().breaks:
            name.insert(0, t.text)
        elif name or t.text not in {"(", ","}:
            break
    return name


_SET_ASIDE = frozenset({("set", "aside"), ("put", "aside"), ("sets", "aside"), ("setting", "aside"), ("wrote", "off"),
                        ("written", "off"), ("writes", "off"), ("paid", "out"), ("pays", "out"), ("paid", "back")})


def _what_money_is(after: list[Tok], i: int, before: list[Tok], fig: Figure, lx: Lex) -> tuple[list[str], int]:
    """What an amount with no noun is: "$250 million in aid" -> aid; "raised £20k for the shelter"
    -> raised for the shelter; "fined 250 million euros" -> fined. Returns the words and where
    the phrase ends (0 when it ends at the figure)."""
    if not _is_money(fig):
        return [], 0
    verb = before[-1] if before and before[-1].text.isalpha() and before[-1].low in lx.money_verbs else None
    if verb is None and len(before) > 1 and (before[-2].low, before[-1].low) in _SET_ASIDE:
        verb = Tok(f"{before[-2].text} {before[-1].text}", before[-2].start, before[-1].end,
                   f"{before[-2].low} {before[-1].low}")  # "set aside $1.5 billion for bad loans"
    if i < len(after) and after[i].low in {"in", "for", "into", "to", "on"}:
        j = i + 1
        if after[i].low != "in" and j < len(after) and after[j].low in {"the", "a", "an", "its", "their"}:
            j += 1
        words: list[Tok] = []
        while j < len(after) and len(words) < 3 and after[j].text[:1].isalpha() and after[j].low not in lx.breaks \
                and after[j].low not in lx.events and after[j].low not in lx.number_words \
                and not after[j].low.endswith("ly"):
            words.append(after[j])
            j += 1
        if words and after[i].low == "in" and not words[0].text[:1].isupper():
            return [t.text for t in words], words[-1].end  # "$250 million in emergency aid"
        if words and after[i].low != "in" and verb is not None:
            return [verb.text] + [t.text for t in after[i:j]], words[-1].end  # "raised ... for the shelter"
    if verb is not None:
        return [verb.text], 0  # "fined 250 million euros"
    return [], 0


_WORD = re.compile(r"[A-Za-z]+")
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|At|Across|Throughout|Near|Elsewhere\s+in)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?P<place>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:\s+[a-z]+)?)\s*,")


def _fronted_place(text: str, s: int, start: int, lx: Lex) -> str:
    """The place a sentence opens with ("In neighbouring Central Aceh district, 10 people were
    killed"), as a count's scope when the count has none of its own; never a date ("In February,")."""
    m = _FRONTED_PLACE.match(text, s, start)
    if not m:
        return ""
    speech = event_vocab().reporting
    if any(w.group().lower() in speech for w in _WORD.finditer(text, m.end(), start)):
        return ""  # "In Washington, officials said 5,000 troops ...": where it was said
    words = m.group("place").split()
    if any(fold(w) in lx.months or fold(w) in weekday_names() for w in words) or \
            any(c.isdigit() for c in m.group("place")):
        return ""
    return subject_key(" ".join(w for w in words if w.lower() not in lx.scope_fillers))


def _place_subject(before: list[Tok], s: int, lx: Lex) -> str:
    """A place that is the subject of a verb of recording right before the count ("Corran province
    recorded 19 deaths", "the camp saw at least nine deaths", ``place_subject_verbs``): where the
    count befell, as its context. The place opens its clause: a name before a place noun
    (``place_subject_nouns``), or "the" and a place noun; "the ministry recorded 19 deaths" has none."""
    verbs, places = lx.place_subject_verbs, lx.place_subject_nouns
    toks = [t for t in before if t.start >= s]
    k = len(toks) - 1
    while k >= 0 and toks[k].low in _VERB_HEDGES:
        k -= 1  # "recorded at least 19 deaths"
    if k < 2 or toks[k].low not in verbs or toks[k - 1].low not in places:
        return ""
    j = k - 2
    if toks[j].low == "the":
        words = [toks[k - 1].text]
    else:
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha():
            j -= 1
        if j == k - 2:
            return ""
        words = [t.text for t in toks[j + 1:k - 1]]
        j = j + 1 if j >= 0 and toks[j].low == "the" else j + 1
        j -= 1 if j > 0 and toks[j - 1].low == "the" else 0
    if j > 0 and toks[j - 1].low not in {",", ";", "and", "while", "but", "whereas", "that"} \
            and toks[j - 1].low not in event_vocab().reporting:
        return ""  # the place opens its clause: "officials in the province recorded" is no subject
    return subject_key(" ".join(words))


# ------------------------------------------------------------------ derived figures


def derived_figures(article: Article, sent: tuple[int, int], items: list[tuple[Figure, Claim | None]],
                    settings: Settings) -> list[Claim]:
    """"The 168 lawmakers ... were three more than the quorum" -> quorum 165: from the figures of one
    sentence (``items``: each with the claim it gave, or None)."""
    lx = lex()
    text = article.text
    out: list[Claim] = []
    s, e = sent
    base: Claim | None = None
    for fig, claim in items:
        if claim is not None:
            if claim.unit is None and claim.high is not None and claim.low is not None and fig.high is None:
                base = claim
            continue
        if base is None or fig.high is not None or fig.unit is not None:
            continue
        dm = _DERIVED.match(text, fig.end, e)
        if not dm:
            continue
        x = tokens(text, dm.end(), min(e, dm.end() + 60))
        k = 1 if x and x[0].low in {"the", "a", "an"} else 0
        xw, _ = noun_phrase(x, k, lx)
        if not xw or xw[-1].low.rstrip(".") in lx.time_nouns:
            continue
        d = dm.group("d")
        bval = float(base.value)  # type: ignore[arg-type]
        if d and d.lower() == "more":
            value, op = bval - fig.value, "-"
        else:
            value, op = bval + fig.value, "+"
        if value <= 0:
            continue
        ru = rounding_unit(bval) if base.precision == "rounded" else 0.0
        f = Figure(fig.start, xw[-1].end, value)
        subject = " ".join(t.text for t in xw)
        out.append(make_claim(article, f, None, subject, _key(subject), (fig.start, xw[-1].end), sent, settings,
                              as_of=base.as_of, note=f"derived: {_fmt(bval)} {op} {_fmt(fig.value)}",
                              unit_override=ru))
    out += _earlier_levels(article, sent, items, settings)
    if base is not None:
        for m in _MULTIPLE.finditer(text, s, e):
            if m.start() < (base.span or (0, 0))[1]:
                continue
            x = tokens(text, m.start("x"), m.end("x"))
            xw, _ = noun_phrase(x, 1, lx)
            if not xw and len(x) > 1 and x[1].low in lx.markers:
                xw = [x[1]]  # "twice the total"
            if not xw:
                continue
            mult = _MULT_VALUE[" ".join(m.group("m").lower().split())]
            bval = float(base.value)  # type: ignore[arg-type]
            value = bval / mult
            subject = " ".join(t.text for t in xw)
            span = (m.start(), xw[-1].end)
            out.append(make_claim(article, Figure(span[0], span[1], value), None, subject, _key(subject), span, sent,
                                  settings, as_of=base.as_of, note=f"derived: {_fmt(bval)} / {_fmt(mult)}",
                                  unit_override=0.0))
    return out


_FROM_BEFORE = re.compile(r"\b(?P<dir>up|down|(?P<verb>[a-z]+))\s+from\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+", re.IGNORECASE)


_WORD = re.compile(r"[\w'\u2019-]+")


def _moved_from(text: str, s: int, start: int) -> bool:
    """"rose from", "fell from" just before ``start``; or a verb that moves a level, with its object:
    "the bank raised its key rate from 4.25% to 4.5%" (the level is 4.5%, no range)."""
    m = _FROM_BEFORE.search(text, max(s, start - 30), start)
    if m and m.group("verb") and m.group("verb").lower() in _CHANGE_VERBS:
        return True
    words = [w.lower() for w in _WORD.findall(text, max(s, start - 50), start)]
    return len(words) > 2 and words[-1] == "from" and any(w in _MOVED_BY_SOMEONE for w in words[-6:-2])


def _earlier_levels(article: Article, sent: tuple[int, int], items: list[tuple[Figure, Claim | None]],
                    settings: Settings) -> list[Claim]:
    """"the toll rose from 5 to 11", "41 dead, up from 20 on Monday": the figure after "from" is an
    earlier level of the count the sentence gives, with its key (an earlier figure, not the current
    one), when that count changes over time (a running total; "won 73 seats, up from 54" is an
    earlier result, no claim)."""
    lx = lex()
    text = article.text
    out: list[Claim] = []
    for i, (fig, claim) in enumerate(items):
        if fig.high is not None and claim is not None and _moved_from(text, sent[0], fig.start) \
                and not claim.earlier and changes_over_time([claim]):
            low = Figure(fig.start, fig.start + len(text[fig.start:fig.end].split()[0]), fig.value, fig.decimals,
                         fig.scale, fig.unit, fig.words)
            start, qualifier = hedge_before(text, sent[0], fig.start, lx)
            earlier = make_claim(article, low, qualifier, claim.subject, claim.key, (start, low.end), sent, settings,
                                 as_of=claim.as_of, note="earlier figure")
            out.append(earlier.model_copy(update={"earlier": True}))
            continue
        if claim is not None or fig.unit is not None or fig.high is not None:
            continue
        start, qualifier = hedge_before(text, sent[0], fig.start, lx)
        m = _FROM_BEFORE.search(text, max(sent[0], start - 30), start)
        if not m:
            continue
        base: Claim | None = None
        if m.group("verb") is None:  # "up from 20": the level stated before
            base = next((c for _, c in reversed(items[:i]) if c is not None and c.unit is None), None)
        elif m.group("verb").lower() in _CHANGE_VERBS and _TO_AFTER.match(text, fig.end) and i + 1 < len(items):
            base = items[i + 1][1]  # "rose from 5 to 11": the level after "to"
        if base is None or base.unit is not None or base.earlier or not changes_over_time([base]):
            continue  # "won 73 seats, up from 54": an earlier result, not an earlier report
        claim = make_claim(article, fig, qualifier, base.subject, base.key, (start, fig.end), sent, settings,
                           as_of=base.as_of, note="earlier figure")
        out.append(claim.model_copy(update={"earlier": True}))
    return out


_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?:or[ \t]+)?")


def converted_amounts(text: str, claims: list[Claim]) -> list[Claim]:
    """An amount in brackets after an amount in another currency is its conversion, and is of what
    that one is: "The plant will cost €1.2bn ($1.3bn)" -> the $1.3bn is the plant's cost too (not a
    bare amount). ``claims`` in text order."""
    out: list[Claim] = []
    prev: Claim | None = None
    for c in claims:
        money = c.kind == Kind.QUANTITY and _money_unit(c.unit) and c.span
        if money and prev is not None and c.unit != prev.unit and c.key.partition("|")[0] == AMOUNT \
                and prev.span[1] <= c.span[0] and _BRACKETED.fullmatch(text, prev.span[1], c.span[0]):
            c = c.model_copy(update={"subject": prev.subject, "key": prev.key})
        out.append(c)
        prev = c if money else None
    return out


def _key(subject: str) -> str:
    """The key of a derived figure's subject, or its words when they are all stop words ("the total")."""
    return key_of(subject, "", " ".join(sorted(set(subject.lower().split()))))


def _fmt(x: float) -> str:
    v = number(x)
    return f"{v:,}" if isinstance(v, int) else str(v)
