"""Measures: a figure with a unit of length, mass, duration, speed, area, temperature, power, energy,
concentration ("112 µg/m3", "64 parts per billion") or magnitude.

The quantity driver (:func:`~.quantities.extract_quantities`) asks :func:`read_measure` about
each figure before it reads the figure as a count; a figure that is a measure is never a count.
:func:`numberless_durations` finds the durations that have no figure ("for a week", "an outage
of around an hour", "a weeklong manhunt"), :func:`numberless_lengths` the lengths ("a mile from
the river", "half a mile north of the border", "three-quarters of a mile from", "within a
quarter-mile"). Each rule below is a small function; its examples are
in ``tests/corpus/measures/``. The vocabulary is ``reconcile/data/units.yaml``; the conversions
come from pint (:func:`normalise`), loaded the first time an article holds a measure.

Rules, in the order :func:`read_measure` tries them
    unit         "150 metres", "150m", "-15C", "200-pound", "a 10-year sentence", "6 feet 3
                 inches" (a compound is given in its smaller unit: 75 in), "1hr 4 mins" (64 min);
                 "pounds" is a weight only after a verb of weighing or as a modifier ("200-pound").
                 "310,000 bpd" is barrels per day (``per_spellings``).
    magnitude    "a magnitude-6.1 quake", "a 6.1-magnitude quake", "5.8 on the Richter scale",
                 "a magnitude of 6.1", "a 6.1 quake".
    a bore       "a 9mm pistol", "155mm artillery shells": millimetres before a noun of arms
                 name a kind of weapon, no measure.
    not a length of time
                 "two days ago", "34 years old", "a 20-year-old", "in two weeks", "every three
                 days", "the past five years": the date extractor reads these, or nothing does.
    time between "re-entered 10 minutes later", "his firing four days earlier": right after a verb,
                 a duration with "later"/"earlier" is the time between two events (subject
                 "time re-entered later"); "Two years later the mill closed" only dates.

What is measured (the subject)
    - an extent word after the unit: "six feet tall" (height), "two metres wide" (width),
      "100 metres away from the compound" (distance);
    - a direction: "25 miles east of Houston" (distance east of Houston), "within 80m of the
      hut" (distance from the hut; "about 310 mm of rain" is of a thing, no place);
    - a modifier: "a 10-year sentence" (sentence), "a four-day ski tour" (ski tour); whose it
      is, a name's possessive or the named subject of its verb, is the context ("the Angels'
      eight-year offer", "The Red Sox made an eight-year offer");
    - the noun a magnitude is of: "an earthquake of magnitude 6.3", "the quake, with a magnitude
      of 5.8" (earthquake, quake; as "a magnitude-6.3 earthquake");
    - "of" after the unit: "40 tonnes of chlorine" (chlorine);
    - a noun before "of" or a copula: "downtime of an hour", "total downtime was 1hr 4 mins";
      what lasted is the head of the subject ("the standoff at the plant lasted ten minutes":
      duration of the standoff);
    - what takes or lasts a time, the noun before the verb past its auxiliaries: "the flight
      took 14 hours", "the trial is expected to last six months" (duration of the flight, of
      the trial); not after a pronoun or before "to" and a verb ("took 12 days to fix");
    - a state after a duration: "eight days on the run" (on the run), "three weeks in hospital";
    - an altitude: a length after a verb of flight and "at", or of climbing and "to" ("cruising at
      35,000 feet", "climbed to 30,000 feet"), keyed as "at an altitude of 10,700 metres";
    - the verb before: "fell 150 metres" (fell), "weighing 200 pounds" (weighing), "spent four
      years in prison" (spent in prison), "took 12 days to fix" (took to fix); a named subject
      of the verb is the context ("Robert Buckley fell about 600m": fell, Buckley), so two
      people's falls in one story are two facts.
    A measure with none of these is kept with its dimension as subject ("duration") and never
    grouped with another: it says too little to compare.

Its hedge: the words before it ("about 150 metres"), or a bounding word ("within 40 km": up to;
"passed 12 GW": more than; ``bound_before`` in units.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..datafiles import calendar
from ..lexicon import key_tokens, subject_key
from ..models import Article, Claim
from ..settings import Settings
from .numbers import GLUED_DASH_WORDS, Figure
from .phrases import BE_FORMS, SAID_TO, VALUING, Lex, Tok, lex, noun_phrase, tokens, verb_form
from .quantity import as_of_year, hedge_before, key_of, make_claim, rate_after
from .units import Unit, convert, units as _units, vocab


@dataclass
class Measure:
    """A raw match: the figure, its unit and what it measures; :mod:`.counts` makes the claim."""

    start: int
    end: int
    value: float
    unit: str
    dimension: str
    subject: str
    core: list[str]
    context: str = ""
    qualifier: str | None = None
    decimals: int = 0
    high: float | None = None
    exact: bool = False  # a value converted from a compound ("6 feet 3 inches") or a word ("an hour")
    covers: int = 0  # end of a conversion in brackets after it ("two metres (6.6 feet)")
    scale: float = 1.0  # the figure's multiplier ("2.5 billion tonnes": rounded to 100 million)
    per: str = ""  # what a unit's spelling says it is counted per ("310,000 bpd": day)


# ------------------------------------------------------------------ rules

# "minus 15C", "-15C", and a minus glued to a function word ("gusts and-15C": spaces lost)
_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?<![\w-])-|" + "|".join(rf"(?<=\b{w})-" for w in GLUED_DASH_WORDS) + r")$",
                         re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"magnitude(?:\s+of)?[\s-]$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"(?:-|\s)?(?:magnitude\b|on\s+the\s+richter\s+scale\b)", re.IGNORECASE)
# a figure with decimals before a quake ("a 4.4 quake", "a 2.9 aftershock") is its magnitude
_QUAKE_AFTER = re.compile(r"\s+(?=(?:earth)?quakes?\b|aftershocks?\b|tremors?\b|temblors?\b)", re.IGNORECASE)
# a figure with decimals that a quake is said to measure ("the quake, which measured 4.2", "an
# earthquake registering 6.1"): its magnitude
_QUAKE_MEASURED = re.compile(r"\b(?:(?:earth)?quakes?|aftershocks?|tremors?|temblors?)\b(?:,?\s+which)?(?:\s+(?:was|had|has))?"
                             r"\s+(?:measured|measuring|registered|registering)\s+(?:at\s+)?(?:about\s+|around\s+)?$",
                             re.IGNORECASE)
_DIRECTION = re.compile(r"\s+(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west|away|off|outside|inland|offshore|"
                        r"from|short\s+of|above|below)\b(?:\s+(?:of|from))?", re.IGNORECASE)
_WITHIN = re.compile(r"\b(within|about|around|some|only|just)\s+$", re.IGNORECASE)
# "of" and a bare common noun: what the measure is of ("about 310 mm of rain"), no place it is from
_OF_A_THING = re.compile(r"[ \t]+of[ \t]+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]")
# a loan named by its term: "the 10-year yield", "two-year notes", "a 30-year fixed mortgage"
_MATURITY_AFTER = re.compile(r"[ \t]+(?:(?:fixed|benchmark|government|treasury|us|u\.s\.|german|japanese)[ \t]+)?"
                             r"(?:yields?|notes?|bonds?|treasur(?:y|ies)|gilts?|bunds?|mortgages?|bills?|paper|debt)\b", re.I)
_RECORD_AFTER = re.compile(r"[ \t]+(?:highs?|lows?|peaks?|records?)\b", re.IGNORECASE)
_OLD = re.compile(r"(?:-|\s+)old\b", re.IGNORECASE)
# pounds of a thing that is no money: "8.8 million pounds of thrust", "500 pounds of cocaine"
_POUNDS_OF_A_THING = re.compile(r"(?<=pounds)[ \t]+of[ \t]+(?!(?:the[ \t]+)?(?:public|taxpayers?|funding|funds|cash|money|"
                                r"investment|aid|debt|damages?|revenue|profit|savings|spending|budget|compensation)\b)[a-z]",
                                re.IGNORECASE)
# a body's weight lost or put on: "he lost 52 pounds", "gained 20 pounds", "shed 30 pounds"
_BODY_WEIGHT = re.compile(r"\b(?:lost|losing|lose|gained|gaining|gain|shed|shedding|dropped|put[ \t]+on)[ \t]+"
                          r"(?:(?:about|nearly|almost|some|over|more[ \t]+than|an[ \t]+average[ \t]+of)[ \t]+)?$", re.IGNORECASE)
_WEIGH = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compound_rest() -> re.Pattern[str]:
    """The larger part of a compound duration right before a figure ("2 hours [and] 3 minutes"),
    in the duration spellings of ``units.yaml``."""
    spellings = sorted((w for w, u in _units()[0].items() if u.dimension == "duration"), key=len, reverse=True)
    return re.compile(r"\d[\d.,]*\s*(?:" + "|".join(map(re.escape, spellings)) + r")[,\s]+(?:and\s+)?$", re.IGNORECASE)


def read_measure(text: str, sent: tuple[int, int], fig: Figure, before: list[Tok], after_start: int) -> Measure | None:
    """The measure ``fig`` states, or None when it has no unit of measure (see the module doc)."""
    lx = lex()
    got = _magnitude(text, fig) or _with_unit(text, sent, fig)
    if got is None:
        return None
    unit, end, hyphen = got
    if unit.name == "h" and _clock_hours(text, sent, fig, end):
        return _NOT_A_MEASURE  # "at 1100 hours", "about 1230 hrs IST": a time of day, not a length of time
    if unit.dimension == "duration" and not hyphen and not _is_length_of_time(text, sent, fig, end, before, lx):
        return _NOT_A_MEASURE
    if unit.dimension == "duration" and _compound_rest().search(text, max(sent[0], fig.start - 24), fig.start):
        return _NOT_A_MEASURE  # "in 2 hours 3 minutes": the minutes are the compound's, read with its hours or not at all
    if text[fig.end:end].strip(" -").lower() in vocab()["need_of_after"] and not _OF_OR_EXTENT.match(text, end):
        return None  # "a 9mm", "35mm film": no measure told ("310 mm of rain" is one)
    if unit.name in vocab()["bore_units"] and _bore_after().match(text, end):
        return _NOT_A_MEASURE  # "a 9mm pistol", "120mm mortar rounds": a bore, the name of a kind of arm
    if hyphen and _OLD.match(text, end):
        return _NOT_A_MEASURE  # "a 20-year-old", "the 16-year old" (an age, however hyphenated)
    if hyphen and unit.dimension == "duration" and _RECORD_AFTER.match(text, end):
        return _NOT_A_MEASURE  # "a 40-year high", "a 13-year low": a record over a span, no length of anything
    if hyphen and unit.dimension == "duration" and _MATURITY_AFTER.match(text, end):
        return _NOT_A_MEASURE  # "the 10-year yield", "a 30-year fixed mortgage": the name of a loan, no length
    if fig.value == 0 and unit.dimension == "duration" and (
            hyphen or "-" in text[fig.end:end] or not text[fig.end:end].rstrip().lower().endswith("s")):
        return _NOT_A_MEASURE  # "a zero-day flaw", "zero-days", "zero hour": a term, not a length of time
    if fig.words and fig.value == 1 and not hyphen and not _governed_one(text, sent, fig) \
            and not _relates_two_events(text, end):
        return _NOT_A_MEASURE  # "One day the shelling stopped": when, not how long ("a year later": how long)
    value, end, unit, exact = _compound(text, fig.value, end, unit)
    start = fig.start
    if unit.dimension == "magnitude":
        mb = _MAGNITUDE_BEFORE.search(text, max(0, fig.start - 16), fig.start)
        start = mb.start() if mb else start  # "magnitude 6.4"
    if unit.dimension == "temperature":
        sign = _BELOW_ZERO.search(text, max(0, fig.start - 8), fig.start)
        if sign:  # "minus 15C", "-15C"
            value, start = -value, sign.start()
    m = Measure(start, end, value, unit.name, unit.dimension, "", [], decimals=fig.decimals,
                high=fig.high.value if fig.high is not None else None, exact=exact, qualifier=fig.hedge,
                scale=fig.scale)
    m.per = vocab()["per_spellings"].get(text[fig.end:end].strip(" -").lower(), "")  # "310,000 bpd"
    conversion = _CONVERSION.match(text, end, min(sent[1], end + 48))
    if conversion:
        m.covers = conversion.end()
    h_start, hedged = _hedge(text, sent[0], start, unit.dimension)
    if hedged:  # "a storm surge of up to 18 feet": what is measured stands before the hedge
        before = [t for t in before if t.end <= h_start]
    describe(text, sent, fig, m, before, hyphen, lx)
    return m


_OF_OR_EXTENT = re.compile(r"[ \t]+(?:of|wide|long|deep|thick|high|tall|across|in[ \t]+(?:diameter|length|width))\b", re.I)


@lru_cache(maxsize=1)
def _bore_after() -> re.Pattern[str]:
    """A noun of arms within two words after a length ("9mm semi-automatic pistol"): ``bore_nouns``."""
    nouns = "|".join(sorted(map(re.escape, vocab()["bore_nouns"]), key=len, reverse=True))
    return re.compile(r"[ \t-]+(?:[a-z-]+[ \t]+){0,2}?(?:" + nouns + r")\b", re.IGNORECASE)


_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|around|about|from|until|till|since|before|after|approximately|circa)[ \t]+$", re.I)
_TIME_ZONE_AFTER = re.compile(r"[ \t]+(?-i:[A-Z]{2,4})\b")


def _clock_hours(text: str, sent: tuple[int, int], fig: Figure, end: int) -> bool:
    """A time of day told in four digits and hours ("at 1100 hours", "about 1230 hrs IST", "0630
    hours"): the digits a clock reads (00-23, 00-59), after a word of time or before a time zone."""
    if fig.words or fig.high is not None or not _CLOCK_DIGITS.fullmatch(text[fig.start:fig.end]):
        return False
    return text[fig.start] == "0" or bool(_CLOCK_BEFORE.search(text, max(sent[0], fig.start - 16), fig.start)) \
        or bool(_TIME_ZONE_AFTER.match(text, end))


_CONVERSION = re.compile(r"\s*\((?:about\s+|around\s+|some\s+|or\s+)?[\d.,\s]+[^()\d]{0,24}\)")


# a figure with a unit that is no measure claim ("two days ago"): the count extractor skips it too
_NOT_A_MEASURE = Measure(0, 0, 0.0, "", "", "", [])


def is_no_measure(m: Measure | None) -> bool:
    return m is _NOT_A_MEASURE


def _governed_one(text: str, sent: tuple[int, int], fig: Figure) -> bool:
    """"for one week", "lasted about one hour": a length of time; "one day" alone is a time."""
    head = text[max(sent[0], fig.start - 40):fig.start].lower().split()
    k = len(head)
    while k > 0 and head[k - 1] in _HEDGES:
        k -= 1
    return k < len(head) or (k > 0 and head[k - 1] in vocab()["duration_a_before"])


_HEDGES = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "just", "only",
                     "barely"})
# the words of hedges before a figure, the parts of "more than", "at least"... included
_HEDGE_WORDS = _HEDGES | {"than", "more", "less", "under", "least", "at"}
_LINKS = frozenset({"is", "was", "are", "were", "stands", "stood", "measuring", "measured"})  # "a crater was ..."


@lru_cache(maxsize=1)
def _point_in_time_words() -> re.Pattern:
    words = "|".join(re.escape(str(w)) for w in sorted(vocab()["duration_after_not"], key=lambda w: -len(str(w))))
    return re.compile(r"(?:" + words + r")|\s+(?:" + words + r")\b", re.IGNORECASE)


def _point_in_time_after(text: str, pos: int, reach: int) -> bool:
    """"two days ago", "34 years old", "a week later": the words after a duration that make it a
    point or a relation in time (``duration_after_not`` in units.yaml), within ``reach`` characters."""
    return _point_in_time_words().match(text, pos, pos + reach) is not None


def _magnitude(text: str, fig: Figure) -> tuple[Unit, int, bool] | None:
    """"magnitude 6.1", "magnitude-6.1", "a magnitude of 6.1", "6.1-magnitude", "5.8 on the Richter
    scale", "a 6.1 quake", "the quake, which measured 4.2"."""
    mag = Unit("magnitude", "magnitude", "")
    if _MAGNITUDE_BEFORE.search(text, max(0, fig.start - 16), fig.start):
        return mag, fig.end, False
    am = _MAGNITUDE_AFTER.match(text, fig.end)
    if am:
        return mag, am.end(), True
    if fig.decimals and fig.high is None and _QUAKE_AFTER.match(text, fig.end):
        return mag, fig.end, True
    if fig.decimals and fig.high is None and _QUAKE_MEASURED.search(text, max(0, fig.start - 48), fig.start):
        return mag, fig.end, False
    return None


_PER_HOUR = re.compile(r"[ \t]+(?:per|an|a)[ \t]+hour\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lower_case_only() -> frozenset[str]:
    return frozenset(str(s).lower() for s in vocab()["lower_case_only"])


def _with_unit(text: str, sent: tuple[int, int], fig: Figure) -> tuple[Unit, int, bool] | None:
    """The unit after ``fig``: the one the figure reader found, or one glued, hyphenated or spaced."""
    by_spelling, by_name, after, _ = _units()
    if fig.unit is not None:
        u = by_name.get(fig.unit)
        if u is not None:
            # a unit the figure reader took may begin a longer one: "120 miles per hour" is a speed
            if (per := _PER_HOUR.match(text, fig.end)) and (word := re.search(r"[A-Za-z]+$", text[fig.start:fig.end])):
                faster = by_spelling.get(f"{word.group().lower()} {' '.join(per.group().lower().split())}")
                if faster is not None:
                    return faster, per.end(), False
            return u, fig.end, False
        if fig.unit == "GBP" and text[fig.start:fig.start + 1].isdigit() and (
                _WEIGH.search(text, max(sent[0], fig.start - 40), fig.start)
                or _POUNDS_OF_A_THING.match(text, fig.end)
                or (fig.scale == 1 and fig.value < 1000 and _BODY_WEIGHT.search(text, max(sent[0], fig.start - 20), fig.start))):
            return by_name["lb"], fig.end, False  # "weighing 200 pounds", "8.8 million pounds of thrust", "lost 52 pounds"
        return None
    m = after.match(text, fig.end, min(len(text), fig.end + 40))
    if not m:
        return None
    word = m.group("g") or m.group("h") or m.group("s")
    u = by_spelling.get(" ".join(re.split(r"[\s-]+", word.lower()) if m.group("h") else word.lower().split()))
    if u is None:  # matched case-insensitively but lowers to something else ("MI\u0130")
        return None
    if word.isupper() and word.lower() in _lower_case_only():
        return None  # "203 HR, 676 RBI": a statistic's abbreviation, not hours
    if m.group("g") is not None and u.name == "m" and re.match(r"\s+[a-z]+s\b", text[m.end():m.end() + 30]):
        return None  # "80m people": million, not metres
    return u, m.end(), m.group("h") is not None


def _is_length_of_time(text: str, sent: tuple[int, int], fig: Figure, end: int, before: list[Tok], lx: Lex) -> bool:
    """"for four years", "12 days to fix": yes; "two days ago", "in two weeks", "aged 30 years": no."""
    v = vocab()
    if _point_in_time_after(text, end, 20):
        return _relates_two_events(text, end)
    prev = [t for t in before if t.end <= fig.start]
    k = len(prev)
    # skip the hedge ("in about two weeks")
    while k > 0 and prev[k - 1].low in _HEDGE_WORDS - {"barely"}:
        k -= 1
    if k > 0 and prev[k - 1].low in v["duration_before_not"]:
        return False
    if k > 0 and prev[k - 1].low == "the" and not text[fig.end:end].startswith("-") and not (
            k > 1 and prev[k - 2].low in {"for", "over", "during", "throughout", "within"}) \
            and not _SINCE_AFTER.match(text, end):
        return False  # "the three years": a period referred to; "for the past three years" is one,
        # and so is "in the four years since his arrest" (the time since it)
    return True


_SINCE_AFTER = re.compile(r"[ \t]+since[ \t]+(?:his|her|their|its|the|a|an)\b", re.I)


def _relates_two_events(text: str, end: int) -> bool:
    """A duration that "later", "earlier" or "apart" follows is the time between two events ("gave up
    about two hours later", "five years later it shut", "moved west six months apart"), a length
    of time; "two days ago" and "three years old" are none."""
    after = tokens(text, end, min(len(text), end + 20))
    return bool(after) and after[0].low in vocab()["duration_between"]


def _time_between(text: str, fig: Figure, end: int, before: list[Tok], lx: Lex) -> tuple[Tok, Tok] | None:
    """"re-entered 10 minutes later", "his firing four days earlier", "Fourteen months later, he was
    arrested": the verb and the word (``duration_between`` in units.yaml) of a duration that is the
    time between two events, which names it; None for "two days ago", and where no verb is found
    ("Two years later the mill closed": no comma, the duration is told from the event before)."""
    after = tokens(text, end, min(len(text), end + 80))
    if not after or after[0].low not in vocab()["duration_between"]:
        return None
    prev = [t for t in before if t.end <= fig.start]
    if prev and prev[-1].low in _PARTICLES:
        prev = prev[:-1]  # "came back 20 minutes later"
    verb = _verb_before(prev, fig, lx)
    if verb is None and prev and verb_form(prev[-1]):
        verb = prev[-1]  # an irregular past: "came back a minute later"
    if verb is None and _FRONTED_LATER.match(text, after[0].end) and _opens_sentence(text, fig.start):
        verb = _verb_after(after[1:6], lx)  # "Fourteen months later, he was arrested": time arrested later
    return (verb, after[0]) if verb is not None else None


_FRONTED_LATER = re.compile(r"\s*,")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only a hedge, a conjunction or nothing stands between the sentence's start and ``at``."""
    line = text[max(0, at - 40):at]
    head = re.split(r"(?:[.!?]\s|\n)", line)[-1]
    return re.fullmatch(r"\s*(?:(?:and|but|then|about|some|nearly|almost|just|only)\s+)*", head, re.I) is not None


def _verb_after(toks: list[Tok], lx: Lex) -> Tok | None:
    """The past verb of a clause that follows ("he was arrested", "police found"): the first word in
    -ed, or an irregular past, among its first words."""
    for t in toks:
        if not t.text.isalpha() or t.text[:1].isupper() and t is not toks[0]:
            continue
        if t.low.endswith("ed") or t.low in _IRREGULAR or (t.low in lx.events and t.low not in {"was", "were"}):
            return t
        if verb_form(t) and t.low not in {"was", "were", "had", "has", "is", "are", "been"}:
            return t
    return None


_PARTICLES = frozenset({"back", "out", "off", "away", "up", "down", "in"})


_OF_THING = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")


def _compound(text: str, value: float, end: int, unit: Unit) -> tuple[float, int, Unit, bool]:
    """"6 feet 3 inches" -> 75 in; "1hr 4 mins" -> 64 min: the smaller unit of the two."""
    by_spelling, _, _, second = _units()
    m = second.match(text, end, min(len(text), end + 24))
    if not m:
        return value, end, unit, False
    if m.group("bare") is not None:  # "5-foot-8": feet and inches
        if unit.name != "ft":
            return value, end, unit, False
        return value * 12 + float(m.group("bare")), m.end(), _units()[1]["in"], True
    u2 = by_spelling.get(" ".join(m.group("u").lower().split()))
    if u2 is None or u2.dimension != unit.dimension or u2 is unit or unit.dimension in ("temperature", "magnitude"):
        return value, end, unit, False
    if convert(1.0, u2.name, unit.name) >= 1.0:
        return value, end, unit, False  # "5 minutes 2 hours": not a compound
    if _OF_THING.match(text, m.end()):
        return value, end, unit, False  # "six months and 200 hours of community service": two terms
    total = convert(value, unit.name, u2.name) + float(m.group("n"))
    return round(total, 6), m.end(), u2, True


def describe(text: str, sent: tuple[int, int], fig: Figure, m: Measure, before: list[Tok], hyphen: bool, lx: Lex) -> None:
    """Fill ``m.subject``, ``m.core`` and ``m.context`` (see the module doc, "What is measured"):
    the first of the steps below that reads the words around the measure says what it measures;
    when none does, its dimension alone ("duration"), which is never grouped."""
    after = tokens(text, max(m.end, m.covers), min(sent[1], m.end + 100))
    if not (_subject_compared(m, after)
            or _subject_extent(fig, m, before, after, lx)
            or _subject_direction(text, sent, fig, m, lx)
            or _subject_modified(text, fig, m, before, after, hyphen, lx)
            or _subject_of_magnitude(m, before, lx)
            or _subject_time_around(fig, m, before, after, lx)
            or _subject_time_between(text, fig, m, before, lx)
            or _subject_of(m, after, lx)
            or _subject_noun_before(fig, m, before, lx)
            or _subject_what_lasted(fig, m, before, after, lx)
            or _subject_altitude(fig, m, before)
            or _subject_verb_before(fig, m, before, after, lx)
            or _subject_state_after(m, after, lx)):
        m.subject = m.dimension
        m.core = []


# Each step below fills ``m.subject`` and ``m.core`` (and ``m.context``, ``m.end`` when it reads
# words after the measure) and returns True, or leaves ``m`` as it is and returns False.

@lru_cache(maxsize=1)
def _comparatives() -> frozenset[str]:
    """Comparatives that make a measure before them a difference (``comparatives`` of units.yaml)."""
    return frozenset(map(str, vocab()["comparatives"]))


def _subject_compared(m: Measure, after: list[Tok]) -> bool:
    """A comparative after the unit makes the measure a difference: "12 grams lighter than its
    predecessor", "two hours later than planned" (``comparatives``), never the weight or the time."""
    if not after or after[0].low not in _comparatives():
        return False
    m.subject = f"difference in {m.dimension}"
    m.core = [m.dimension, "difference", after[0].low]
    m.end = after[0].end
    return True


def _subject_extent(fig: Figure, m: Measure, before: list[Tok], after: list[Tok], lx: Lex) -> bool:
    """An extent word after the unit, with the noun before the figure and a place after: "six feet
    tall", "a crater about two metres wide", "100 metres away from the compound"."""
    extents = vocab()["extent_words"]
    if not after or after[0].low not in extents:
        return False
    what = extents[after[0].low]
    m.end = after[0].end
    owner = _noun_before(before, fig, lx)
    place = _place_after(after, 1, lx) if after[0].low == "away" or (
        len(after) > 1 and after[1].low in {"from", "of"}) else []
    if place:
        m.end = place[-1].end
    link = after[1].low if len(after) > 1 and after[1].low in {"from", "of"} else "from"
    m.subject = " ".join([what] + (["of " + " ".join(owner)] if owner else []) + (
        [link + " " + " ".join(t.text for t in place)] if place else []))
    m.core = [what] + owner
    m.context = subject_key(" ".join(t.text for t in place))
    return True


def _subject_direction(text: str, sent: tuple[int, int], fig: Figure, m: Measure, lx: Lex) -> bool:
    """A length with a direction and the place it is measured from: "25 miles east of Houston"
    (distance east of Houston), "within 80m of their destination" (distance from ...)."""
    if m.dimension != "length":
        return False
    s, e = sent
    dm = _DIRECTION.match(text, m.end, e)
    hedge = _WITHIN.search(text, max(s, fig.start - 12), fig.start)
    within = hedge and text[m.end:m.end + 4].lower().startswith(" of") and (
        hedge.group(1).lower() == "within" or not _OF_A_THING.match(text, m.end))
    if not (dm or within):
        return False
    j_start = dm.end() if dm else m.end + 3
    place = _place_after(tokens(text, j_start, min(e, j_start + 80)), 0, lx)
    direction = " ".join(dm.group().lower().split()) if dm else "from"  # "east of", "away from"
    if place:
        m.end = place[-1].end
    elif dm:
        m.end = dm.end()
    where = " ".join(t.text for t in place)
    if direction in ("below", "beneath", "under") and _SURFACE.fullmatch(where):
        m.subject, m.core, m.context = "depth", ["length", "depth"], ""  # "one mile below ground level": a depth
        return True
    m.subject = f"distance {direction} {where}".strip()
    m.core = ["distance"]
    m.context = subject_key(where)
    return True


# what a depth is measured from: "below ground level", "beneath the surface", "under the sea floor"
_SURFACE = re.compile(r"(?:the[ \t]+)?(?:ground(?:[ \t]+level)?|surface|sea[ \t]+level|seabed|sea[ \t]+floor|sea[ \t]+bed|"
                      r"earth(?:'s)?(?:[ \t]+surface)?)", re.I)


# an amount of money between a hyphenated duration and its noun ("an eight-year, $200 million offer")
_MONEY_BETWEEN = re.compile(r",\s*(?:US|C|A)?[$\u20ac\u00a3]\s?\d[\d.,]*(?:\s*(?:million|billion|m|bn|mn)\b)?\s+(?=[a-z])")


def _subject_modified(text: str, fig: Figure, m: Measure, before: list[Tok], after: list[Tok], hyphen: bool, lx: Lex) -> bool:
    """The noun a measure modifies: "a 10-year sentence", "a four-day ski tour", "a magnitude 6.1
    quake", and a unit in the singular after a plural figure ("a new 20 year sentence")."""
    if not (hyphen or m.dimension == "magnitude" or _singular_unit(text, fig, m) or _glued_after_article(text, fig, m, before)):
        return False
    money = _MONEY_BETWEEN.match(text, max(m.end, m.covers))
    if money:  # "an eight-year, $200 million offer": the noun after the amount
        after = [t for t in after if t.start >= money.end()]
    np_words, _ = noun_phrase(after, 0, lx)
    if not np_words:
        return False
    m.subject = " ".join(t.text for t in np_words)
    m.core = [m.dimension] + [t.text for t in np_words]
    owner = _owner_of_modified(before, lx)
    if owner:  # "the Angels' eight-year offer", "The Red Sox made an eight-year offer": two teams' offers
        m.context = owner
        m.subject += f" ({owner.title()})"
    return True


def _subject_of_magnitude(m: Measure, before: list[Tok], lx: Lex) -> bool:
    """The noun a magnitude is of, before it: "an earthquake of magnitude 6.3", "the quake, with a
    magnitude of 5.8" (keyed as "a magnitude-6.3 earthquake" is)."""
    if m.dimension != "magnitude":
        return False
    k = len(before)
    if k and before[k - 1].low == "of":
        k -= 1
    if not k or before[k - 1].low != "magnitude":
        return False
    k -= 1
    if k > 1 and before[k - 1].low in {"a", "an"} and before[k - 2].low == "with":
        k -= 2
        if k and before[k - 1].text == ",":
            k -= 1
    elif k and before[k - 1].low == "of":
        k -= 1
    else:
        return False
    if not k or not before[k - 1].text.isalpha() or not before[k - 1].text.islower() or before[k - 1].low in lx.breaks:
        return False
    m.subject = before[k - 1].text
    m.core = [m.dimension, before[k - 1].text]
    return True


_OWNED_DETS = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def _owner_of_modified(before: list[Tok], lx: Lex) -> str:
    """Whose thing a measure's noun is: a name's possessive before it ("the Angels' eight-year
    offer", "Lakeside ’ s 10-year plan"), or the named subject of the verb it is the object of
    ("The Red Sox made an eight-year offer", "Ruiz has signed a four-year deal"). A hedge before
    the figure is passed over."""
    k = len(before)
    while k > 0 and before[k - 1].low in _OWNED_DETS:
        k -= 1
    if k == 0:
        return ""
    last = before[k - 1]
    if last.text[:1].isupper() and last.text.endswith(("'", "'s", "\u2019s", "\u2019")) and len(last.text) > 2:
        return " ".join(key_tokens(last.text.rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s")))
    if k > 2 and before[k - 1].low == "s" and before[k - 2].text in ("'", "\u2019") and before[k - 3].text[:1].isupper():
        return " ".join(key_tokens(before[k - 3].text))  # "Angels ’ s" as the corpus tokenises it
    if k < len(before) and (verb_form(last) or last.low in _GIVING):
        return _named_subject(before, last, lx)
    return ""


_LASTING = frozenset({"lasted", "lasts", "last", "lasting", "took", "takes", "take", "taking", "spent", "spends",
                      "spend", "spending", "waited", "waits", "wait", "waiting"})
_GIVING = frozenset({"made", "make", "makes", "offered", "offers", "gave", "gives", "signed", "signs", "got", "gets",
                     "won", "wins", "received", "receives", "agreed", "proposed", "sought", "seeks", "wants"})


def _subject_time_around(fig: Figure, m: Measure, before: list[Tok], after: list[Tok], lx: Lex) -> bool:
    """The time between two events, the second after "after/before/since": "five days before the
    final", "about a week after the vote" (time after vote); a name there is no event ("a week after
    Easter"), and after a verb of lasting the time is what lasted ("the standoff lasted two hours
    before the gunman gave up": the standoff's length)."""
    if m.dimension != "duration" or not after or after[0].low not in {"after", "before", "since"}:
        return False
    verb = _verb_before(before, fig, lx)
    if verb is not None and verb.low in _LASTING:
        return False
    k = 1
    while k < len(after) and after[k].low in _DETS:
        k += 1
    np_words, _ = noun_phrase(after, k, lx)
    if not np_words and k < len(after) and after[k].low in lx.events and after[k].text.isalpha():
        np_words = [after[k]]  # "four years since his arrest": an event word is its own noun phrase
    if not np_words or np_words[0].text[:1].isupper():
        return False
    m.end = np_words[-1].end
    m.subject = f"time {after[0].low} " + " ".join(t.text for t in np_words)
    m.core = ["time"] + [t.text for t in np_words]
    return True


def _subject_time_between(text: str, fig: Figure, m: Measure, before: list[Tok], lx: Lex) -> bool:
    """The time between the verb's event and the one before it: "re-entered 10 minutes later"
    (time re-entered later)."""
    between = _time_between(text, fig, m.end, before, lx) if m.dimension == "duration" else None
    if between is None:
        return False
    verb, word = between
    m.end = word.end
    m.subject = f"time {verb.text} {word.low}"
    m.core = ["time", verb.text, word.low]
    return True


def _subject_of(m: Measure, after: list[Tok], lx: Lex) -> bool:
    """The noun after "of": "40 tonnes of chlorine" (chlorine); a duration before "of the" is the
    time from it ("within a week of the vote")."""
    if not after or after[0].low != "of":
        return False
    k = 1
    while k < len(after) and after[k].low in {"the", "a", "an", "its", "their", "his", "her"}:
        k += 1
    np_words, _ = noun_phrase(after, k, lx)
    if not np_words:
        return False
    m.end = np_words[-1].end
    m.subject = " ".join(t.text for t in np_words)
    m.core = [t.text for t in np_words]
    if m.dimension == "duration" and after[1].low == "the":
        m.subject, m.core = "time from " + m.subject, ["time"] + m.core
    return True


def _subject_noun_before(fig: Figure, m: Measure, before: list[Tok], lx: Lex) -> bool:
    """A noun before "of" or a copula: "downtime of around an hour", "total downtime was 1hr 4
    mins", "the fall was 150 metres"."""
    noun, link = _noun_of_or_copula(before, fig, lx)
    if not noun:
        return False
    m.subject = " ".join(noun)
    m.core = [m.dimension] + noun
    if m.dimension == "duration" and link == "lasted":
        m.subject = "duration of the " + m.subject  # "the standoff lasted ten minutes"
    return True


def _subject_altitude(fig: Figure, m: Measure, before: list[Tok]) -> bool:
    """A length after a verb of flight and "at" ("cruising at 35,000 feet", "was flying at about
    11,000 metres") or after a verb of climbing and "to" ("climbed to 30,000 feet") is an altitude, as
    "at an altitude of 10,700 metres" is (``altitude_at``, ``altitude_to``); "climbed 300 metres" and
    "flying at 800 km/h" are not."""
    if m.dimension != "length":
        return False
    prev = [t for t in before if t.end <= fig.start]
    k = len(prev)
    while k > 0 and prev[k - 1].low in _HEDGE_WORDS - {"at"}:
        k -= 1  # "at about", "to just over"
    if k < 2:
        return False
    link, verb = prev[k - 1].low, prev[k - 2].low
    if not (link == "at" and verb in vocab()["altitude_at"] or link == "to" and verb in vocab()["altitude_to"]):
        return False
    m.subject, m.core = "altitude", [m.dimension, "altitude"]
    return True


def _subject_verb_before(fig: Figure, m: Measure, before: list[Tok], after: list[Tok], lx: Lex) -> bool:
    """The verb before, with a lower-case word after "to/in/into/at/behind": "fell 150 metres",
    "spent four years in prison" (spent in prison), "take 12 days to fix" (take to fix)."""
    verb = _verb_before(before, fig, lx)
    if not verb:
        return False
    rest: list[Tok] = []
    if after and after[0].low in {"to", "in", "into", "at", "behind"} and len(after) > 1 \
            and after[1].text.isalpha() and after[1].text.islower() and after[1].low not in lx.breaks \
            and after[1].low not in _DETS:
        rest = after[:2]
    m.subject = " ".join([verb.text] + [t.text for t in rest])
    m.core = [m.dimension, verb.low] + [t.text for t in rest]
    who = _named_subject(before, verb, lx)
    if who:
        m.context = who
        m.subject += f" ({who.title()})"
    return True


_AUXILIARIES = frozenset({"has", "had", "have", "was", "were", "is", "are", "reportedly", "apparently",
                          "allegedly", "then", "also", "later", "eventually", "finally", "only", "just"})
_NOT_SUBJECT_BEFORE = frozenset({"in", "of", "at", "from", "to", "for", "on", "by", "with", "near", "the", "into",
                                 "across", "over", "under", "about", "than", "between", "after", "before", "since"})


def _named_subject(before: list[Tok], verb: Tok, lx: Lex) -> str:
    """The family name of the named subject of a measure's verb ("Robert Buckley fell about
    600m" -> buckley; "Rait had fallen 150 metres" -> rait): a context, so that two people's
    falls told in one story are two facts. None after a preposition ("the road in Baytown fell")
    or for a month or weekday."""
    k = next((i for i, t in enumerate(before) if t.start == verb.start), None)
    if k is None:
        return ""
    while k > 0 and before[k - 1].low in _AUXILIARIES:
        k -= 1
    j = k
    while j > 0 and before[j - 1].text[:1].isupper() and before[j - 1].text.replace("-", "").replace("'", "").isalpha():
        j -= 1
    if j == k or (j > 0 and before[j - 1].low in _NOT_SUBJECT_BEFORE):
        return ""
    name = before[k - 1]
    if name.low in lx.breaks or name.low in _DETS or name.low in _calendar_words() or len(name.text) < 3:
        return ""
    return " ".join(key_tokens(name.text))


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    months, weekdays = calendar()
    return frozenset(w.lower() for w in (*months, *weekdays))


_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "to", "shall"})


_TAKING = frozenset({"last", "lasts", "lasting", "took", "takes", "take", "taking"})
# words between what lasts and its verb: "the trial is expected to last", "the repairs could take"
_BEFORE_TAKING = _AUXILIARIES | _MODALS | {"be", "been", "expected", "likely", "set", "due", "scheduled", "going",
                                           "usually", "normally", "typically", "still", "already"}
_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "he", "she", "they", "we", "i", "you", "who"})


def _subject_what_lasted(fig: Figure, m: Measure, before: list[Tok], after: list[Tok], lx: Lex) -> bool:
    """A duration after "take" or "last" is the length of what takes or lasts it, the noun before
    the verb past its auxiliaries: "The flight took 14 hours" (duration of the flight), "the trial
    is expected to last six months" (the trial), "the siege of the town lasted" (the siege);
    after a pronoun ("It took 12 days to fix") or before "to" and a verb ("the line would take 9
    days to repair": the time to repair it) the verb says it."""
    verb = _verb_before(before, fig, lx)
    if m.dimension != "duration" or verb is None or verb.low not in _TAKING:
        return False
    if len(after) > 1 and after[0].low == "to" and after[1].text.isalpha() and after[1].text.islower():
        return False
    k = next((i for i, t in enumerate(before) if t.start == verb.start), None)
    if k is None:
        return False
    while k > 0 and before[k - 1].low in _BEFORE_TAKING:
        k -= 1
    if k == 0:
        return False
    noun = before[k - 1]
    if not noun.text.isalpha() or not (noun.text.islower() or k == 1) or noun.low in _PRONOUNS \
            or noun.low in lx.breaks or noun.low in _DETS or noun.low.endswith("ly"):
        return False
    head = _head_before_preposition(before, k, lx) or [noun.low if k == 1 else noun.text]
    m.subject = "duration of the " + " ".join(head)
    m.core = [m.dimension] + head
    return True


# words after "on/in/at" that make no state ("three days in a row", "for days on end", "at a time")
_NOT_STATES = frozenset({"row", "end", "time", "least", "most", "total", "all", "advance", "part", "length",
                         "succession", "morning", "afternoon", "evening", "night", "day", "week", "month",
                         "year", "years", "days", "weeks", "months", "which", "that", "this"})


def _subject_state_after(m: Measure, after: list[Tok], lx: Lex) -> bool:
    """A duration in a state, told by "on/in/at" and a common noun after it: "after eight days on
    the run" (on the run), "three weeks in hospital", "two years in office"; a name there is a
    place or a date ("eight days in Houston", "two days in March"), and none is read."""
    if m.dimension != "duration" or len(after) < 2 or after[0].low not in {"on", "in", "at", "behind"}:
        return False
    k = 1
    if after[k].low in {"the", "a"} and k + 1 < len(after):
        k += 1
    word = after[k]
    if not word.text.isalpha() or not word.text.islower() or word.low in _NOT_STATES or word.low in lx.breaks \
            or word.low in _DETS:
        return False
    m.end = word.end
    m.subject = f"{after[0].low} {' '.join(t.text for t in after[1:k + 1])}"
    m.core = [m.dimension, word.low]
    return True


def _glued_after_article(text: str, fig: Figure, m: Measure, before: list[Tok]) -> bool:
    """"a 6.7in screen", "a 5 kg bag": a unit after "a" and its figure modifies the noun after it,
    as "a 6.7-inch screen" does ("it ran 10km" has no article)."""
    if m.covers or not before or before[-1].low not in {"a", "an"} or before[-1].end > fig.start:
        return False
    unit = text[fig.end:m.end].lstrip(" ")
    return unit.isalpha()


def _singular_unit(text: str, fig: Figure, m: Measure) -> bool:
    """"20 year sentence": the unit written in the singular after a figure other than one."""
    if fig.value == 1 or m.covers:
        return False
    unit = text[fig.end:m.end].strip().lower()
    return unit.isalpha() and len(unit) > 2 and not unit.endswith("s") and unit not in {"feet"}


def _noun_before(before: list[Tok], fig: Figure, lx: Lex) -> list[str]:
    """The noun a measure describes: "a crater about two metres wide" -> crater."""
    prev = [t for t in before if t.end <= fig.start]
    k = len(prev)
    while k > 0 and prev[k - 1].low in _HEDGE_WORDS - {"only", "barely"} | _LINKS:
        k -= 1
    if k > 0 and prev[k - 1].text[:1].isalpha() and prev[k - 1].low not in lx.breaks and prev[k - 1].low not in _DETS:
        return [prev[k - 1].text]
    return []


def _noun_of_or_copula(before: list[Tok], fig: Figure, lx: Lex) -> tuple[list[str], str]:
    """"downtime of (around) an hour" / "total downtime was 1hr 4 mins" / "the repair time will be
    twelve days" -> downtime, repair time; with the linking word ("of", "was", "lasted"...)."""
    prev = [t for t in before if t.end <= fig.start]
    k = len(prev)
    while k > 0 and prev[k - 1].low in _HEDGE_WORDS - {"barely"}:
        k -= 1
    if k == 0 or prev[k - 1].low not in {"of", "was", "is", "were", "are", "lasted", "totalled", "totaled", "reached",
                                         "hit", "topped", "exceeded", "be", "worth", "at"}:
        return [], ""
    link = prev[k - 1].low
    k -= 1
    if link == "at":  # "damage is estimated at 3.2 million euros", "the fine was set at $2.5 million"
        if k < 2 or prev[k - 1].low not in VALUING or prev[k - 2].low not in BE_FORMS:
            return [], link
        k -= 2
    if link == "be":  # "the repair time will be twelve days"
        if k == 0 or prev[k - 1].low not in _MODALS:
            return [], link
        k -= 1
        if prev[k].low == "to" and k >= 2 and prev[k - 1].low in SAID_TO and prev[k - 2].low in BE_FORMS:
            k -= 2  # "the fee was reported to be about £48m"
    if k > 0 and link != "of" and prev[k - 1].low in {"has", "had", "have", "been"}:
        k -= 1
    words: list[str] = []
    while k > 0 and len(words) < 2:
        t = prev[k - 1]
        if not t.text[:1].isalpha() or t.low in lx.breaks or t.low in _DETS or t.low.endswith(("ly", "ed")) or \
                (t.text[:1].isupper() and words):
            break
        words.insert(0, t.text)
        k -= 1
    if len(words) == 1 and words[0][:1].isupper() and k >= 2 and prev[k - 1].low in _PLACE_PREPOSITIONS \
            and prev[k - 2].text.isalpha() and (prev[k - 2].text[:1].islower() or k == 2) and prev[k - 2].low not in lx.breaks \
            and prev[k - 2].low not in _DETS:
        words.insert(0, prev[k - 2].low)  # "rainfall in Tornby reached 300 mm": what was measured, and where
    elif words and link == "lasted":
        words = _head_before_preposition(prev, k, lx) or words
    return words, link


# a phrase after the head of a subject: "the standoff at the plant", "talks between the sides"
_SUBJECT_PREPOSITIONS = frozenset({"at", "in", "of", "on", "with", "between", "near", "over", "against", "among",
                                   "from", "to", "for", "outside", "inside"})
# nouns of a measure: "the length of the delay" measures the delay
_MEASURE_NOUNS = frozenset({"length", "duration", "time", "period", "height", "width", "depth", "distance",
                            "size", "cost", "price", "value", "total", "amount", "number"})


def _head_before_preposition(prev: list[Tok], k: int, lx: Lex) -> list[str]:
    """What lasted when the nouns before "lasted" end a phrase after a preposition: the head
    before it ("the standoff at the Morwen plant lasted": standoff; "the siege of the town":
    siege; "talks between the two sides": talks), unless it names a measure ("the length of the
    delay": the delay)."""
    while k > 0 and (prev[k - 1].low in _DETS or prev[k - 1].text[:1].isupper() or prev[k - 1].low in lx.number_words):
        k -= 1  # "the Morwen", "the two"
    if k < 2 or prev[k - 1].low not in _SUBJECT_PREPOSITIONS:
        return []
    head = prev[k - 2]
    if not head.text.isalpha() or not (head.text.islower() or k == 2) or head.low in lx.breaks or head.low in _DETS \
            or head.low in _MEASURE_NOUNS or head.low.endswith(("ly", "ed")):
        return []
    return [head.low if k == 2 else head.text]  # a sentence's first word in lower case


_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "near", "around"})


def _verb_before(before: list[Tok], fig: Figure, lx: Lex) -> Tok | None:
    """The verb that governs a measure: "fell (about) 150 metres", "spent four years"."""
    prev = [t for t in before if t.end <= fig.start]
    k = len(prev)
    while k > 0 and prev[k - 1].low in _HEDGE_WORDS - {"barely"} | {"for", "another", "a", "further", "up", "to",
                                                                     "down"}:
        k -= 1
    if k == 0:
        return None
    t = prev[k - 1]
    w = t.low
    if not t.text.replace("-", "").isalpha() or t.text[:1].isupper():
        return None  # ("re-entered" is a verb)
    if w.endswith(("ed", "ing")) or w in _IRREGULAR or w in lx.events:
        return t
    return None


_IRREGULAR = frozenset({"fell", "fall", "falls", "spent", "spend", "took", "take", "takes", "ran", "run", "runs",
                        "swam", "flew", "rose", "sank", "drove", "went", "grew", "lost", "won", "kept", "held",
                        "lasted", "last", "lasts", "slid", "weighs", "weigh", "stands", "stood", "measures",
                        "serve", "serves", "served", "walked", "walk", "plunged", "dropped", "climbed",
                        "fallen", "taken", "risen", "driven", "flown", "grown", "swum", "sunk", "run", "gone"})


_HEDGE_OPENERS = frozenset({"less", "more", "fewer", "nearly", "almost", "about", "around", "roughly", "shortly",
                            "just", "some", "barely"})  # open another figure: no word of a place


def _place_after(toks: list[Tok], i: int, lx: Lex) -> list[Tok]:
    """"(from) an aid agency compound", "Houston", "where he escaped", "their destination"; up to a
    clause word or a hedge that opens another figure ("5 km from land less than an hour later":
    land)."""
    k = i
    if k < len(toks) and toks[k].low in {"from", "of", "to"}:
        k += 1
    out: list[Tok] = []
    while k < len(toks) and len(out) < 5:
        t = toks[k]
        if not t.text[:1].isalpha() and t.text not in {".", "'"}:
            break
        if (t.low in {"and", "but", "when", "after", "before", "on", "in", "at", "as", "while", "with"}
                or t.low in _HEDGE_OPENERS) and out:
            break
        out.append(t)
        k += 1
    while out and (out[-1].low in lx.breaks or out[-1].text in {".", "'"}):
        out.pop()
    return out


# ------------------------------------------------------------------ durations with no figure

_NUMBERLESS = re.compile(
    r"\bhalf[ \t]+(?P<a2>an?)[ \t]+(?P<hu>hour|day|week|month|year|decade)\b"  # "half an hour": 0.5
    r"|\b(?P<a3>an?)[ \t]+half[ \t](?P<hu2>hour|day|week|month|year|decade)\b"  # "a half hour": 0.5
    r"|\b(?P<a>an?)\s+(?:full\s+|entire\s+|whole\s+)?(?P<u>hour|day|week|fortnight|month|year|decade)\b"
    r"(?P<andhalf>[ \t]+and[ \t]+a[ \t]+half\b)?"  # "an hour and a half": 1.5
    r"|\b(?P<long>hour|day|week|month|year)-?long\b"
    r"|(?<![\w-])half-(?P<hlong>hour|day)\b", re.IGNORECASE)  # "a half-hour show", "took a half-hour": 0.5
# a unit with no figure is one of that unit, as stated ("an hour" = 1 h, "a weeklong strike" = 1 week);
# it compares with "eight days" through its value in days
_UNIT_OF = {"hour": "h", "day": "days", "week": "weeks", "fortnight": "fortnights", "month": "months",
            "year": "years", "decade": "decades"}


_PAST_BEFORE = re.compile(r"[a-z]{3,}ed")  # a verb in the past right before a numberless duration ("waited")
_SPAN_AFTER = re.compile(r"[\s,]*(?:into|after|before|later|earlier|ago|early|late|of|from|since|in|on)\b")


def numberless_durations(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float, str]]:
    """Durations in ``text[lo:hi]`` with no figure: (start, end, unit, value, hedge)."""
    v = vocab()
    out = []
    for m in _NUMBERLESS.finditer(text, lo, hi):
        word = (m.group("u") or m.group("long") or m.group("hu") or m.group("hu2") or m.group("hlong")).lower()
        unit, value = _UNIT_OF[word], 1.0
        if m.group("hu") or m.group("hu2") or m.group("hlong"):
            value = 0.5
        elif m.group("andhalf"):
            value = 1.5
        if m.group("long") or m.group("hlong"):
            out.append((m.start(), m.end(), unit, value, ""))
            continue
        rest = text[m.end():m.end() + 16].lower()
        if _point_in_time_after(text, m.end(), 16):
            continue
        if re.match(r"[\s-]+(?:old|long)\b", rest) or re.match(r"\s*-", rest):
            continue  # "a year-old", "a day-long" (read above)
        head = text[max(lo, m.start() - 40):m.start()].lower().split()
        hedge = ""
        k = len(head)
        while k > 0 and head[k - 1] in _HEDGES:
            hedge = head[k - 1] + (" " + hedge if hedge else "")
            k -= 1
        if hedge and k > 0 and head[k - 1] in {"than"}:
            continue
        if not hedge and (k == 0 or (head[k - 1] not in v["duration_a_before"]
                                     and not (_PAST_BEFORE.fullmatch(head[k - 1]) and not _SPAN_AFTER.match(rest)))):
            continue  # "lasted an hour", "waited half an hour"; not "an hour" alone, nor "killed a week into"
        if k > 0 and head[k - 1] in {"once", "twice", "per", "a"}:
            continue
        out.append((m.start(), m.end(), unit, value, hedge))
    return out


# ------------------------------------------------------------------ claims


def measure_claim(article: Article, sent: tuple[int, int], m: Measure, settings: Settings) -> Claim:
    """The claim of a measure :func:`read_measure` read: "fell about 150 metres", "a 10-year sentence"."""
    text = article.text
    start, qualifier = _hedge(text, sent[0], m.start, m.dimension)
    qualifier = qualifier or m.qualifier  # "20+ years": more than 20
    if m.high is not None and qualifier is None:
        qualifier = "-"
    fig = Figure(m.start, m.end, m.value, m.decimals, m.scale, m.unit,
                 high=Figure(m.start, m.end, m.high) if m.high is not None else None)
    subject, core, end = m.subject, " ".join(m.core), m.end
    rate = rate_after(text, m.end, sent[1]) or ((m.per, m.end) if m.per else None)
    if rate is not None and m.dimension in ("length", "speed") and rate[0] in ("hour", "minute"):
        rate = None  # "90 miles per hour", "20 knots an hour": a speed, written out
    if rate is not None:  # "11 million barrels a day": a measure per day is not the total
        subject, core, end = f"{subject} per {rate[0]}", f"{core or m.dimension} per {rate[0]}", rate[1]
    return make_claim(article, fig, qualifier, subject, key_of(core, m.context, m.dimension),
                      (start, end), sent, settings, as_of=as_of_year(text, sent, fig, lex()),
                      unit_override=0.0 if m.exact else None)


def _hedge(text: str, s: int, start: int, dimension: str) -> tuple[int, str | None]:
    """Where the claim of a measure starting at ``start`` begins, and its hedge ("about 150
    metres", "less than an hour"); "over" a length of time may be the span, not "more than"; a
    bounding word before it is a hedge too, the claim beginning at the figure ("within 40 km": up
    to 40 km; "passed 12 GW": more than 12 GW)."""
    h_start, qualifier = hedge_before(text, s, start, lex())
    if qualifier == "over" and dimension == "duration" and _over_is_across(text, s, h_start):
        return start, None
    if qualifier is None and (bound := _bound_before().search(text, max(s, start - 16), start)):
        return start, vocab()["bound_before"][bound.group(1).lower()]  # "within 40 km", "passed 12 GW"
    return h_start, qualifier


@lru_cache(maxsize=1)
def _bound_before() -> re.Pattern[str]:
    """A word right before a measure that bounds it (``bound_before`` in units.yaml)."""
    words = "|".join(sorted(map(re.escape, vocab()["bound_before"]), key=len, reverse=True))
    return re.compile(r"\b(" + words + r")[ \t]+$", re.IGNORECASE)


def _over_is_across(text: str, s: int, at: int) -> bool:
    """Whether the "over" at ``at`` before a length of time is the span something happens across
    ("loans over three years", "spread over two days"), not "more than" ("for over a year",
    "took over an hour": ``over_means_more_after`` in units.yaml)."""
    before = text[max(s, at - 40):at].split()
    word = before[-1].lower().strip(",;:()\"'") if before else ""
    return word not in vocab()["over_means_more_after"]


# a length with no figure, before a word of distance or after "within": "a mile from the camp",
# "within a foot of the guard", "half a mile away", "three-quarters of a mile from", "a quarter-mile
# around" ("a foot soldier", "a mile-long queue", "walked half a mile" are none)
_LENGTH_UNIT = r"(?P<u>mile|kilometre|kilometer|metre|meter|foot|yard)"
# a fraction of the unit: "half a mile", "three-quarters of a mile", "a quarter-mile"
_FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25,
              "three quarters": 0.75, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3}
_FRACTION = r"(?P<frac>half|(?:a|one)[ \t-]+(?:half|quarter|third)|three[ \t-]+quarters|two[ \t-]+thirds)"
_LENGTH_WORDS = (rf"(?:{_FRACTION}(?:[ \t]+of)?[ \t]+an?[ \t]+{_LENGTH_UNIT}"
                 rf"|an?[ \t]+(?:(?P<hyph>half|quarter|third)-)?{_LENGTH_UNIT.replace('<u>', '<u2>')})")
_NUMBERLESS_LENGTH = re.compile(rf"\b(?:(?P<within>within)[ \t]+)?(?P<words>{_LENGTH_WORDS})", re.IGNORECASE)
_LENGTH_OF = {"mile": "miles", "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "foot": "ft",
              "yard": "yd"}


def _length_value(m: re.Match) -> float:
    if m.group("frac"):
        return _FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split())]
    return {"half": 0.5, "quarter": 0.25, "third": 1 / 3}.get((m.group("hyph") or "").lower(), 1.0)


_LENGTH_AFTER = re.compile(
    r"[ \t]+(?:from|away|north|south|east|west|northeast|northwest|southeast|southwest|short[ \t]+of|off|"
    r"outside|inside|below|above|beneath|beyond|down|up|into|long|wide|deep|high|tall|around)\b"
    r"|[ \t]+of[ \t]+(?:the|a|an|his|her|their|its)\b", re.IGNORECASE)


def _told_as_a_length(text: str, m: re.Match) -> bool:
    """What follows the unit makes it a distance or an extent ("a mile from", "a mile long", "a
    mile of the"), or "within" comes before it, or it is hyphenated to what it measures ("a
    quarter-mile radius")."""
    return bool(m.group("within") or m.group("hyph") or _LENGTH_AFTER.match(text, m.end()))


def numberless_lengths(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float]]:
    """Lengths in ``text[lo:hi]`` with no figure: (start, end, unit, value)."""
    out = []
    for m in _NUMBERLESS_LENGTH.finditer(text, lo, hi):
        if not _told_as_a_length(text, m):
            continue
        start = m.start("words")
        unit = (m.group("u") or m.group("u2")).lower()
        out.append((start, m.end(), _LENGTH_OF[unit], _length_value(m)))
    return out


def numberless_claims(article: Article, sentences, settings: Settings) -> list[Claim]:
    """Durations and lengths with no figure: "for a week", "an outage of around an hour", "a
    weeklong hunt", "a mile from the camp"."""
    text = article.text
    found = [(start, end, unit, value, "length") for start, end, unit, value
             in numberless_lengths(text, article.body_start, len(text))]
    found += [(start, end, unit, value, "duration") for start, end, unit, value, _
              in numberless_durations(text, article.body_start, len(text))]
    return [_numberless_claim(article, sentences.around(start), start, end, unit, value, dimension, settings)
            for start, end, unit, value, dimension in found if not article.in_furniture(start)]


def _numberless_claim(article: Article, sent: tuple[int, int], start: int, end: int, unit: str, value: float,
                      dimension: str, settings: Settings) -> Claim:
    """The claim of one figureless measure ("about a mile", "a weeklong hunt"): "an hour" is a
    round figure, half an hour either side."""
    text = article.text
    m = Measure(start, end, value, unit, dimension, "", [], exact=True)
    # "a weeklong hunt", "a half-hour show": the compound measures the noun after it
    long_ = dimension == "duration" and (text[end - 4:end].lower() == "long" or text[start:start + 5].lower() == "half-")
    describe(text, sent, Figure(start, end, value), m, tokens(text, max(sent[0], start - 120), start), long_, lex())
    h_start, qualifier = _hedge(text, sent[0], start, dimension)
    return make_claim(article, Figure(start, m.end, value, 0, 1.0, unit), qualifier, m.subject,
                      key_of(" ".join(m.core), m.context, dimension), (h_start, m.end), sent, settings,
                      unit_override=1.0)
