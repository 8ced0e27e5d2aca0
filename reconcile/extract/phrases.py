"""The phrases around a figure: the count vocabulary, word tokens and noun-phrase readers.

The count extractor (:mod:`.counts`) asks these readers what a figure counts: the noun phrase
after it, the scope that follows ("in Iraq", "to the region"), the noun phrase before a "who
number" clause, the owner of a possessive, the person noun an event verb refers back to, and the
subject of a copula. They look at a short window of :class:`Tok` tokens, never at the whole text.
The vocabulary is ``reconcile/data/counts.yaml``, read once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from ..datafiles import calendar, weekday_names
from ..datafiles import load as load_data
from ..lexicon import person_nouns
from .tokenindex import LastText

@lru_cache(maxsize=1)
def vocab() -> dict:
    return load_data("counts.yaml")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lex:
    breaks: frozenset
    events: dict  # surface word -> event key
    participle_only: frozenset
    people_events: frozenset
    markers: frozenset
    person_nouns: frozenset
    time_nouns: frozenset
    score_nouns: frozenset
    label_words: frozenset
    age_words: frozenset
    months: frozenset
    one_not_count: frozenset
    scope_preps: frozenset
    scope_fillers: frozenset
    scope_nouns: frozenset
    location_participles: frozenset
    plural_nouns: frozenset
    not_counted: frozenset
    weekdays: frozenset
    distance_units: frozenset
    count_nouns: frozenset
    money_verbs: frozenset
    number_words: frozenset
    of_heads: frozenset
    directions: frozenset
    hedge_alias: dict
    determiner_hedges: frozenset
    toll_nouns: frozenset
    thing_time_nouns: frozenset
    thing_events: frozenset
    workforce: frozenset  # the nouns whose loss is jobs lost ("laid off 4,500 workers")
    job_losses: frozenset  # nouns that name jobs lost ("4,500 layoffs")
    event_nouns: dict  # a noun of an event -> the count event of what it befalls ("the kidnapping of 287 pupils")
    holders: dict  # "a mother of 12": the noun before "of" -> what its bare figure counts
    collectives: frozenset  # the holders whose bare figure counts their members ("a crowd of 200")
    illnesses: frozenset  # "42 cases of salmonella": cases of these count people infected
    crowd_nouns: frozenset  # nouns whose count is of the people present ("a crowd of 5,000", "attendance was 40,000")
    compound_counts: dict  # "a 300-seat parliament": the singular noun after the hyphen -> its plural
    number_verbs: frozenset  # "the injured numbered 31": verbs that only give a figure
    debris_nouns: frozenset  # what people are trapped under: taken "from the rubble", rescued
    place_subject_verbs: frozenset  # "Corran province recorded 19 deaths": a place's verbs of recording
    place_subject_nouns: frozenset  # ... and the nouns that make their subject a place
    carrying_verbs: frozenset  # "a plane carrying 156 passengers": those on board
    capacity_verbs: frozenset  # "licensed to carry 250 passengers": what a thing can hold
    capacity_present: frozenset
    capacity_modals: frozenset
    capacity_participles: frozenset
    capacity_nouns: frozenset
    hedge_re: re.Pattern
    toll_re: re.Pattern
    toll_levels: dict
    number_re: re.Pattern
    as_of_re: re.Pattern


def _number_words() -> frozenset:
    from .numbers import vocabulary
    n = vocabulary()
    return frozenset(set(n["units"]) | set(n["tens"]) | set(n["scales"]) | {"dozen", "half"})


# a change told as a multiple, to a level: "complaints doubled to 900", "the number of X has tripled to 60"
MULTIPLIED = frozenset({"doubled", "tripled", "trebled", "quadrupled", "halved"})
# verbs of a level that falls or is multiplied, besides the toll's own: "the number of missing fell to 12"
LEVEL_VERBS = ("fell", "fallen", "dropped", "declined", "decreased", "has fallen", "had fallen", "fell to",
                "dropped to", "stood", "put", "was put", "been put", "put at",
                *sorted(MULTIPLIED))  # "has tripled to 60"


@lru_cache(maxsize=1)
def lex() -> Lex:
    v = vocab()
    events = {w: key for key, words in v["events"].items() for w in words}
    hedges = list(v["hedges"])
    hedge_re = re.compile(r"(?:\b(?P<det>the|an?)\s+)?\b(?P<h>" + _alt(hedges) + r")\s+$", re.IGNORECASE)
    # "the death toll rose to", "death toll from the disaster to", "the toll rose again, to"; a level
    # word names its own event ("the number of missing fell to")
    levels = {w: event for event, words in v["level_words"].items() for w in words}
    # the words that end what a toll is of: its verbs, but not "of" and "at", which may name the
    # event ("the death toll from the sinking of the Northern Star rose to nine")
    _SPAN_STOPS = [w for w in v["toll_verbs"] if w not in ("of", "at")]
    toll_re = re.compile(r"\b(?:(?P<level>" + _alt(sorted(levels)) + r")|" + _alt(v["toll_words"]) + r")"
                         r"(?:\s+(?:from|in|of)(?:\s+(?!(?:" + _alt(_SPAN_STOPS) + r")\b)[\w'\u2019-]+){1,12}?)?"
                         r"(?:[\s,]+(?:" + _alt(v["toll_verbs"] + v["toll_fillers"] + list(LEVEL_VERBS)) + r"))*\s+$",
                         re.IGNORECASE)
    number_re = re.compile(r",?\s+(?:who|which|that)?\s*(?:now\s+|currently\s+|still\s+|then\s+)?"
                           r"(?:" + _alt(v["number_verbs"]) + r")\s+$", re.IGNORECASE)
    month_names, _ = calendar()
    months = _alt(sorted(month_names))
    as_of_re = re.compile(r"\b(?:" + _alt(v["as_of_cues"]) + r")\s+(?:(?:early|late|mid)\s+)?(?:(?:"
                          + months + r")\.?\s+)?(?P<y>(?:19|20)\d\d)\b(?![,\d])", re.IGNORECASE)
    return Lex(
        breaks=frozenset(v["breaks"]), events=events, participle_only=frozenset(v["participle_only"]),
        people_events=frozenset(v["people_events"]), markers=frozenset(v["markers"]),
        person_nouns=person_nouns(), time_nouns=frozenset(v["time_nouns"]),
        score_nouns=frozenset(v["score_nouns"]), label_words=frozenset(v["label_words"]),
        age_words=frozenset(v["age_words"]), months=frozenset(month_names),
        one_not_count=frozenset(v["one_not_count"]), scope_preps=frozenset(v["scope_prepositions"]),
        scope_fillers=frozenset(v["scope_fillers"]), scope_nouns=frozenset(v["scope_nouns"]),
        location_participles=frozenset(v["location_participles"]), plural_nouns=frozenset(v["plural_nouns"]),
        not_counted=frozenset(v["not_counted"]), weekdays=weekday_names(), distance_units=frozenset(v["distance_units"]),
        count_nouns=frozenset(v["count_nouns"]), money_verbs=frozenset(v["money_verbs"]),
        number_words=_number_words(),
        of_heads=frozenset(v["of_heads"]), directions=frozenset(v["directions"]),
        hedge_alias=dict(v["hedge_alias"]), determiner_hedges=frozenset(v["determiner_hedges"]),
        toll_nouns=frozenset(v["toll_nouns"]), thing_time_nouns=frozenset(v["thing_time_nouns"]),
        thing_events=frozenset(v["thing_events"]), workforce=frozenset(v["workforce"]),
        job_losses=frozenset(v["job_losses"]), event_nouns=dict(v["event_nouns"]), holders={**v["holders"], **v["collectives"]},
        collectives=frozenset(v["collectives"]), crowd_nouns=frozenset(v["crowd_nouns"]),
        illnesses=frozenset(v["illnesses"]),
        compound_counts=dict(v["compound_counts"]), number_verbs=frozenset(v["number_verbs"]),
        debris_nouns=frozenset(v["debris_nouns"]), place_subject_verbs=frozenset(v["place_subject_verbs"]),
        place_subject_nouns=frozenset(v["place_subject_nouns"]), carrying_verbs=frozenset(v["carrying_verbs"]),
        capacity_verbs=frozenset(v["capacity_verbs"]), capacity_present=frozenset(v["capacity_present"]),
        capacity_modals=frozenset(v["capacity_modals"]), capacity_participles=frozenset(v["capacity_participles"]),
        capacity_nouns=frozenset(v["capacity_nouns"]), hedge_re=hedge_re, toll_re=toll_re, toll_levels=levels, number_re=number_re, as_of_re=as_of_re,
    )


# words: "U.S.", "don't", "Fateh-313" stay one token; anything else is one character

# a hyphen glued between a plural noun and a number word stands for a dash ("three workers-two
# women and a man-were killed"): no compound, the number word is a token (and a figure) of its own
_DASHED_NUMBER = (r"(?<=[a-z]s-|le-|en-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                  r"(?![\w-])")
DASH_BEFORE_NUMBER = r"(?=" + _DASHED_NUMBER + r")"  # at the number word, after such a hyphen
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:(?:['\u2019]|-(?!" + _DASHED_NUMBER + r"))[A-Za-z]+)*"
                    r"(?:['\u2019]s?)?|\d[\d,.]*\d|\d|[^\sA-Za-z\d]")

@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    low: str


def _tok(m: re.Match[str]) -> Tok:
    g = m.group()
    return Tok(g, m.start(), m.end(), g.lower())


_INDEX = LastText(_TOKEN, _tok)


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` (as ``_TOKEN.finditer(text, start, end)`` finds them). The
    text's tokens are made once and shared: the windows around an article's figures overlap."""
    return _INDEX.between(text, start, end)




_DESCENT = frozenset({"ethnic", "fellow", "native"})  # before a people's name: "100,000 ethnic Armenians"


def plural(word: str, lx: Lex) -> bool:
    """Whether a noun is plural: in -s or -men, an irregular plural (``plural_nouns``) or a compound
    ending in one ("grandchildren", "schoolchildren", "townspeople")."""
    # ("500,000 Sudanese", "3,000 Congolese": a people's name in -ese is its own plural)
    return word.endswith(("s", "men", "children", "people", "ese")) or word in lx.plural_nouns


_YEAR_DIGITS = re.compile(r"(?:1[89]|20|21)\d\d")


def model_code(toks: list[Tok], i: int) -> tuple[Tok, int] | None:
    """A make or model named by a capitalised word and a number ("AK-47", "AK 47", "Boeing 737",
    "T-72", "M16", "F-16s") starting at ``toks[i]``, as one word: a modifier of the noun after it
    ("six AK-47 rifles"), or a plural noun itself with a glued "s" ("30 AK-47s"). The number is
    glued to the word, hyphenated to it or one space after it, and is no year ("Euro 2016").
    Returns the word and the index of the token after it."""
    t = toks[i]
    if not (t.text[:1].isupper() and t.text.isalpha()):
        return None
    j = i + 1
    if j < len(toks) and toks[j].text in ("-", "\u2013") and toks[j].start == t.end:
        j += 1
    if j >= len(toks) or not toks[j].text.isdigit() or _YEAR_DIGITS.fullmatch(toks[j].text) \
            or toks[j].start - toks[j - 1].end > (0 if j > i + 1 else 1):
        return None
    j += 1
    if j < len(toks) and toks[j].text.isalpha() and toks[j].start == toks[j - 1].end:
        j += 1  # "F-16s", "A320neo"
    text = toks[i].text
    for a, b in zip(toks[i:j - 1], toks[i + 1:j]):
        text += (" " if b.start > a.end else "") + b.text
    return Tok(text, t.start, toks[j - 1].end, text.lower()), j


# participles that, right before a noun, describe it: "20 confirmed cases", "84 confirmed infections";
# the count they describe is the count itself ("12 confirmed deaths" and "12 deaths")
CONFIRMING = frozenset({"confirmed"})


def noun_phrase(toks: list[Tok], i: int, lx: Lex) -> tuple[list[Tok], int]:
    out: list[Tok] = []
    slots = 0  # a run of capitalised words (a name: "New York Police Department") fills one slot
    while i < len(toks) and slots < 4 and len(out) < 8:
        t = toks[i]
        in_name = t.text[:1].isupper() and t.text.isalpha() and (
            bool(out) and out[-1].text[:1].isupper()
            or t.low in lx.directions and i + 1 < len(toks) and toks[i + 1].text[:1].isupper())  # "South Korean"
        slots += not (out and in_name)
        w = t.low
        code = model_code(toks, i) if t.text[:1].isupper() else None
        if code is not None:
            out.append(code[0])  # "six AK-47 rifles": the model is one word of the noun phrase
            i = code[1]
            continue
        if not t.text[:1].isalpha():
            break
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if w in lx.markers and nxt != "than":
            out.append(t)
            i += 1
            continue
        if not out and w in CONFIRMING and i + 1 < len(toks) and toks[i + 1].text.isalpha() \
                and toks[i + 1].text.islower() and toks[i + 1].low not in lx.breaks and toks[i + 1].low not in lx.events:
            out.append(t)  # "20 confirmed cases of cholera": a participle before its noun describes it
            i += 1
            continue
        if not in_name and (w in lx.breaks or w in lx.events or w in lx.directions
                            or w.endswith("ly") and w not in {"family", "ally"}):
            break  # (a word of a name goes on: "two Brooklyn South Anti Crime officers")
        if out and t.text[:1].isupper() and not out[-1].text[:1].isupper() and (
                out[-1].low not in lx.markers | _DESCENT or w.rstrip(".") in lx.months or w in lx.weekdays):
            break  # a capitalised word after a common noun starts something else ("11 other FLDS men" goes
            # on; "killed three more Wednesday" does not)
        if out and w.endswith("ed") and not (i + 1 < len(toks) and toks[i + 1].text[:1].isalpha()
                                             and toks[i + 1].low not in lx.breaks):
            break  # "airfields used by ...", "force crossed the": a verb or participle after the noun
        out.append(t)
        i += 1
    if out and out[-1].low in lx.of_heads and i + 1 < len(toks) and toks[i].low == "of" \
            and toks[i + 1].text[:1].isalpha() and toks[i + 1].low not in lx.breaks:
        out += toks[i:i + 2]  # "members of parliament", "barrels of oil"
        i += 2
    while out and (out[-1].low in lx.markers):
        out.pop()
    if out and out[-1].low.endswith(("'s", "\u2019s", "'", "\u2019")):
        return [], i  # "seven of Jenkin's": the owner of something unsaid
    return out, i


def scope(toks: list[Tok], i: int, lx: Lex, compass: bool = False) -> tuple[list[Tok], list[Tok], int]:
    """A place after the counted noun ("in Iraq", "to the region") and a purpose ("for the vote");
    with ``compass``, a place may open with a direction ("in eastern China")."""
    scope: list[Tok] = []
    purpose: list[Tok] = []
    if i < len(toks) and toks[i].low in lx.scope_preps:
        j = i + 1
        words: list[Tok] = [toks[i]]
        adjectives: set[int] = set()
        place = False
        while j < len(toks) and len(words) < 7:
            t = toks[j]
            w = t.low
            if w in {"the", "of"} or w in lx.scope_fillers:
                words.append(t)
            elif w.endswith(("'s", "\u2019s")):
                break  # "in Thursday's attack": an owner, not a place
            elif t.text[:1].isupper() and t.text[:1].isalpha() and w.rstrip(".") not in lx.months \
                    and w not in lx.weekdays:
                words.append(t)
                place = True
            elif w in lx.scope_nouns:
                words.append(t)
                place = True
            elif t.text[:1].isalpha() and w not in lx.breaks and w not in lx.events and (
                    words[-1].low == "the" or words[-1].start in adjectives
                    or (compass and len(words) == 1 and w in lx.directions)):
                words.append(t)  # an adjective after "the", kept only if a place follows
                adjectives.add(t.start)
            else:
                break
            j += 1
        while words and (words[-1].low in {"the", "of"} or not (
                words[-1].text[:1].isupper() or words[-1].low in lx.scope_nouns)):
            words.pop()
        if place:
            scope = words
            i = i + len(words)
    if i < len(toks) and toks[i].low in {"for", "at"} and i + 2 < len(toks) and toks[i + 1].low == "the" \
            and toks[i + 2].text.isalpha() and toks[i + 2].low not in lx.breaks:
        purpose = toks[i:i + 3]
        i += 3
    return scope, purpose, i


def noun_phrase_before(toks: list[Tok], lx: Lex) -> tuple[list[str], list[Tok], int]:
    """The noun phrase ending ``toks`` ("US forces in Iraq" -> ["US", "forces"], scope "in Iraq")."""
    k = len(toks)
    scope: list[Tok] = []
    j = k
    while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha():
        j -= 1
    if j < k and j > 0 and toks[j - 1].low in lx.scope_preps:
        scope = toks[j - 1:k]
        k = j - 1
    out: list[str] = []
    first = 0
    while k > 0 and len(out) < 4:
        t = toks[k - 1]
        if not t.text[:1].isalpha() and t.text not in {".", "'"} or t.low in lx.breaks:
            break
        if t.text[:1].isalpha():
            out.insert(0, t.text)
            first = t.start
        k -= 1
    return out, scope, (first if out else 0)


def possessor(toks: list[Tok]) -> list[str]:
    """The nearest proper name before a possessive: "the United States ... its" -> United States."""
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        if t.text[:1].isupper() and t.text[:1].isalpha() and k - 1 > 0:
            j = k
            while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].text[:1].isalpha():
                j -= 1
            name = [x.text for x in toks[j:k] if x.low not in {"the", "a", "an"}]
            if j == 0 and len(name) == 1 and toks[0].low in {"the", "a", "an", "it", "they"}:
                return []
            return name
        k -= 1
    return []


def person_before(toks: list[Tok], lx: Lex) -> list[str]:
    for t in reversed(toks):
        if t.low in lx.person_nouns:
            return [t.text]
    return []


# verbs of change that take no object: a figure right after one is a change ("rose 5 to 42": up by 5,
# to 42), never the low end of a range; by which way the level went ("revenue slid 14%"; "edged"
# says neither)
FALL_VERBS = frozenset({"fell", "fallen", "falls", "falling", "decreased", "dropped", "declined", "slipped", "slipping",
                        "plunged", "plunging", "slumped", "tumbled", "tumbling", "slid", "sliding", "sank", "sunk",
                        "dipped", "dipping", "plummeted", "nosedived", "sagged", "shrank", "shrunk", "contracted",
                        "retreated", "eased", "narrowed", "narrowing"})
RISE_VERBS = frozenset({"rose", "risen", "rises", "rising", "increased", "grew", "grown", "climbed", "climbing", "jumped",
                        "jumping", "surged", "surging", "soared", "soaring", "leapt", "leaped", "spiked", "rallied",
                        "rebounded", "skyrocketed", "ballooned", "expanded", "advanced", "widened", "widening"})
CHANGE_VERBS = FALL_VERBS | RISE_VERBS | {"edged"}
COPULA = frozenset({"was", "is", "were", "are", "at", "to", "of", "reached", "hit", "stood", "totalled", "totaled",
                    "rose", "fell", "dropped", "climbed", "jumped", "grew", "increased", "decreased", "declined",
                    "around", "by", "had", "has", "have", "now", "worth", "closed", "opened", "traded", "ended",
                    "finished", "settled", "stands", "stood", "down", "up", "higher", "lower",
                    # a level held or reached at a pace: "core inflation held at 3.8%", "growth slowed to 1.6%"
                    "held", "remained", "slowed", "cooled", "averaged", "accelerated", "touched", "hovered",
                    "steadied",
                    # a level to be reached: "damage could reach 12m euros"
                    "reach", "could", "may", "might", "would",
                    # a total told: "net income came to $1.2bn"
                    "came", "comes"}) | CHANGE_VERBS | MULTIPLIED
# participles of a figure told: "was reported to be", "is believed to be"
SAID_TO = frozenset({"reported", "said", "believed", "thought", "estimated", "expected", "understood", "known",
                     "rumoured", "rumored", "alleged", "projected", "forecast"})
# participles of a figure set: "bail was set at $1 million", "damage is estimated at 3.2 million euros"
VALUING = frozenset({"set", "put", "estimated", "valued", "priced", "pegged", "fixed", "capped", "assessed",
                     "appraised", "placed", "calculated", "reported", "forecast", "projected"})
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be"})
# Links between a count noun and a bare figure: "the tally was 1,204", "the crowd reached 40,000".
STRICT_COPULA = frozenset({"was", "is", "stood", "stands", "at", "to", "reached", "totalled", "totaled", "rose",
                           "climbed", "now", "had", "has"}) | CHANGE_VERBS  # ("membership fell to 5,000")


# a level held or reached, before "at" only: "the jobless rate held steady at 3.7%", "inflation
# peaked at 6.6%", "remained unchanged at 2.1%" ("the peak was 8%" keeps its noun)
LEVEL_HELD = frozenset({"steady", "unchanged", "flat", "stable", "peak", "peaked", "peaks", "bottomed", "plateaued",
                        "stabilised", "stabilized", "stayed", "stays", "stay", "remain", "hold", "holds", "top", "topped"})
_BOUND_TO = frozenset({"likely", "set", "due", "poised", "seen", "tipped"})  # "is set to peak at"


def noun_before_copula(toks: list[Tok], lx: Lex, strict: bool = False, also: frozenset[str] = frozenset()) -> list[str]:
    """"turnout was 40%", "inflation rose to 5.2%" -> turnout / inflation; "the jobless rate held
    steady at 3.7%", "unemployment is expected to peak at 8%" (:data:`LEVEL_HELD`); ``also``: more
    links the caller has read as such ("shares gained 6%")."""
    k = len(toks)
    n = 0
    links = (STRICT_COPULA if strict else COPULA) | also
    if not strict and k >= 4 and toks[k - 1].low == "be" and toks[k - 2].low == "to" and toks[k - 3].low in SAID_TO:
        k, n = k - 3, 1  # "the fee was reported to be £48m": its copula before
    while k > 0 and (toks[k - 1].low in links or not strict and toks[k - 1].low in LEVEL_HELD and k < len(toks)
                     and toks[k].low == "at") and n < 3:
        k -= 1
        n += 1
    if n == 0:
        return []
    if not strict and k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in SAID_TO | _BOUND_TO:
        k -= 1  # ("to" read as a link)
    if not strict and 0 < k < len(toks) and toks[k].low == "to" and toks[k - 1].low in SAID_TO | _BOUND_TO:
        k -= 1  # "unemployment is expected to peak at 8%": the level foreseen is unemployment's
        while k > 0 and toks[k - 1].low in BE_FORMS | {"now", "still"}:
            k -= 1
    if not strict:
        k = _before_period(toks, k, lx)
    out: list[str] = []
    while k > 0 and len(out) < 3:
        t = toks[k - 1]
        if not t.text[:1].isalpha() or t.low in lx.breaks or t.low in lx.events or t.low.endswith("ed"):
            break
        out.insert(0, t.text)
        k -= 1
    if strict and (not out or out[-1].lower() not in lx.count_nouns):
        return []  # "the boy was 12" is an age; "the final tally was 1,204" a count
    if out and not strict:
        j = k - 1 if k > 0 and toks[k - 1].low in ("the", "a", "an") else k
        if j > 1 and toks[j - 1].low in _OF_PLACE and _plain_noun(toks[j - 2], lx):
            out.insert(0, toks[j - 2].text)  # "Exports to China rose 5%", "Sales in Europe fell": what moved
    return out


_OF_PLACE = frozenset({"in", "to", "of", "from", "at", "on", "across"})

# the period a level is told for, after what it is of: "for the fourth quarter", "in the first half",
# "in the three months to December", "for the year ended June 30", "over the past 12 months"
_PERIOD_AFTER = re.compile(r"(?:^| )(?:for|in|during|over) (?:the|its|their|this|last) (?:[a-z0-9-]+ ){0,3}?"
                           r"(?:quarter|half|year|months|period|weeks)(?: (?:to|ended|ending|through|until) [a-z]+(?: \d{1,2})?)?$")


def _before_period(toks: list[Tok], k: int, lx: Lex) -> int:
    """Where the words before ``toks[:k]``'s period phrase end, when a noun stands before it, else
    ``k``: "Net profit for the fourth quarter rose to $1.2bn", "Revenue in the three months to
    December was $6.5bn" (net profit, revenue: the quarter is when, not what)."""
    lows = [t.low for t in toks[max(0, k - 10):k]]
    m = _PERIOD_AFTER.search(" ".join(lows))
    if m is None:
        return k
    j = k - len(m.group().split())
    if j > 0 and _plain_noun(toks[j - 1], lx):
        return j
    return k


def _plain_noun(t: Tok, lx: Lex) -> bool:
    """A word that may head a noun phrase: letters, no break word, event or past form."""
    return t.text.isalpha() and t.low not in lx.breaks and t.low not in lx.events and not t.low.endswith("ed")




def verb_form(tok: Tok) -> str | None:
    """A lower-case past form or participle ("dropped", "fell", "shot"): a verb, for words no
    vocabulary lists (the irregular pasts are the date extractor's)."""
    from .dates import vocab as event_vocab  # the one list of irregular pasts

    w = tok.low
    if not tok.text.isalpha() or not tok.text.islower():
        return None
    if w.endswith("ed") or w in event_vocab().irregular:
        return w
    return None
