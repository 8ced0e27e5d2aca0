"""The evidence that two mentions are about one fact, and its weighing.

A *mention* is what one or more claims say in one breath: the claims of one block (kind, unit)
that share their key, their sentence, their value and their as-of period (a syndicated sentence repeated in
one article is one mention). For a candidate pair of mentions, :func:`pair_features` gives the
evidence, each feature in [0, 1]:

==============  ===================================================================================
``agree``       the key rules say the two keys may name one fact (:func:`keys.keys_agree`)
``core``        the share of their cores' dictionary forms in common (Jaccard): "guard" and
                "prison guard", "escape" and "escape"
``ctx_shared``  their contexts (places, owners, participants) share a word, spelling variants allowed
``ctx_none``    neither has a context
``ctx_clash``   both have one and they cannot be one (:func:`keys.conflicting_contexts`)
``vague``       either key says too little alone ("people", an event with no participant)
``words``       the cosine of the TF-IDF vectors of their sentences' content words (the words
                around the claim: "pulled a gun on two guards" / "pulled a gun on two officers")
``near``        the same cosine over the words within :data:`NEAR` characters of the claims' texts
                ("pulled a gun on two guards"): what the figure or date is said of
``copy``        the same sentence in two sources (cosine at least 0.8)
``same_source`` both from one article
``same_time``   dates: the same days; other kinds: both person counts (of people of any name)
``overlap``     dates: overlapping days but not the same
``core_words``  ``core`` times ``words``: the same thing counted in like sentences
``vague_words`` ``vague`` times ``words``: a key that says little, in a like sentence
``time_words``  ``same_time`` times ``words``
``time_core``   ``same_time`` times ``core``: the same event on the same days
``names``       the share of the names their sentences hold in common (capitalised words inside a
                sentence, spelling variants allowed): who and where the sentence is about
``name_clash``  both claims have names near them and none is shared ("Rait fell 600 metres" /
                "Buckley fell 200 metres")
``same_value``  quantities and ranks: the same figure, within :data:`SAME_VALUE` of each other in the
                base unit ("200 feet", "61 metres"); dates say this in ``same_time`` and ``overlap``
``period``      their as-of periods differ: one says when its figure held and the other does not
                ("10-win improvement" / "a 10-win improvement in 2004"), or the periods overlap
                ("2001" / "June 2001"); periods that do not meet are a cannot-link
``population``  counts of people, one of an event and the other of none ("3 people killed" / "3
                people"): victims and a population, unless the figure is one (other figures are
                a cannot-link); being present, deployed or employed is no event here
==============  ===================================================================================

The weights are fitted by logistic regression on labelled stories
(``training/coref/``: the data, the script, and its report) and live in
``reconcile/data/coref.yaml``, one set for dates and one for the other kinds. Each family has a
second, *value-blind* set fitted without the features that compare the values themselves
(:data:`VALUE_FEATURES`: the same figure, the same or overlapping days), on the labelled pairs whose
values differ: it is the probability where the values differ, so it learns from those pairs alone.
A pair's probability is the greater of the two: the same figure or day is evidence for one fact;
where they differ, the other evidence decides, weighed as it was in pairs like them (a single
model that saw the values would learn that most findings agree and keep every discrepancy apart).
Two mentions are one fact when the probability is at least the fitted ``threshold``; clustering
(:mod:`reconcile.match.cluster`) averages it over the members of two groups.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..datafiles import calendar
from ..datafiles import load as load_data
from ..lexicon import fold, name_key, person_nouns
from ..lexicon import lemma as dictionary_form
from ..models import Claim, Kind
from ..values import date_bounds
from .keys import conflicting_contexts, keys_agree, one_holder, parts, plain_context, same_word

FEATURES = ("agree", "core", "ctx_shared", "ctx_none", "ctx_clash", "vague", "words", "near", "copy",
            "same_source", "same_time", "overlap", "core_words", "vague_words", "time_words", "names",
            "name_clash", "time_core", "same_value", "period", "population")
NEAR = 60  # characters either side of a claim's text that make its near words
COPY_COSINE = 0.8
# per family, the features that compare the two values: the value-blind weights do without them
VALUE_FEATURES = {"date": ("same_time", "overlap", "time_words", "time_core"), "other": ("same_value",)}
SAME_VALUE = 0.03  # relative difference of two figures that are one figure told in two units or roundings
_WORD = re.compile(r"[a-z]{3,}")


def lemma(word: str) -> str:
    """The dictionary form of an English word, by simplemma ("guards" -> "guard"); a token with
    digits or marks is its own form."""
    return dictionary_form(word) if word.isalpha() else word


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(load_data("lexicon.yaml")["stopwords"])


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lemma(w) for w in person_nouns())


@lru_cache(maxsize=1)
def count_events() -> frozenset[str]:
    """The event words a count's key carries ("killed", "wounded", "employed": ``counts.yaml``)."""
    return frozenset(load_data("counts.yaml")["events"])


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    return frozenset(load_data("counts.yaml")["markers"])


def counted_words(words: list[str]) -> list[str]:
    """The words of a count's key that say what is counted: not its event ("killed") or a marker
    ("other", "remaining")."""
    events, markers = count_events(), _markers()
    return [w for w in words if w not in events and w not in markers]


@lru_cache(maxsize=1 << 14)
def sentence_words(quote: str) -> tuple[str, ...]:
    """The content words of a sentence in their dictionary forms (numbers and function words out)."""
    stop = _stop()
    return tuple(lemma(w) for w in _WORD.findall(fold(quote)) if w not in stop)


@dataclass(slots=True)
class Mention:
    """Claims of one block that say one thing in one breath (see the module docstring)."""

    index: int
    kind: str
    key: str
    claims: list[Claim]
    vague: bool
    core: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    persons: bool = False
    events: frozenset[str] = frozenset()
    counted: frozenset[str] = frozenset()
    holders: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    words: dict[str, float] = field(default_factory=dict)
    near: dict[str, float] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    near_names: frozenset[str] = frozenset()
    keyed: bool = True
    start: date | None = None
    end: date | None = None
    amount: float | None = None
    as_of: str | None = None

    @classmethod
    def of(cls, index: int, key: str, claims: list[Claim], vague: bool) -> "Mention":
        first = claims[0]
        core, context = parts(key)
        words = core.split()
        lemmas = frozenset(lemma(t) for t in words)
        quantity = first.kind == Kind.QUANTITY
        holders = frozenset(n for c in claims if isinstance(c.value, str)
                            for n in [name_key(c.value)] if n) if first.kind == Kind.ROLE else \
            frozenset(n for c in claims for n in [_ranked_name(c.subject)] if n) if first.kind == Kind.RANK else frozenset()
        events = frozenset(words) & count_events() if quantity else frozenset()
        # what a count counts; a measure or a sum of money ("the value of the building", "$380,600")
        # is measured, not counted
        counted = frozenset(lemma(t) for t in counted_words(words)) if quantity and first.normalised is None \
            and not first.unit else frozenset()
        return cls(index=index, kind=first.kind.value, key=key, claims=claims, vague=vague,
                   core=lemmas, context=context, persons=quantity and not lemmas.isdisjoint(_person_nouns()), holders=holders,
                   events=events, counted=counted, sources=frozenset(c.source for c in claims),
                   start=first.start, end=first.end, keyed=all(c.key for c in claims), amount=_amount(first),
                   as_of=first.as_of)


def _amount(claim: Claim) -> float | None:
    """A quantity's or rank's figure, in its dimension's base unit for a measure."""
    if claim.normalised is not None:
        return claim.normalised.value
    value = claim.value
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


# count events that say where people are or what they do, not what befell them: "200 people
# present" is the crowd "200 people" told with its place
STATE_EVENTS = frozenset({"present", "deployed", "employed"})


def event_and_population(a: Mention, b: Mention) -> bool:
    """Both count people, and only one says what befell them ("12 people killed" / "20,000 people");
    being present, deployed or employed befalls no one (:data:`STATE_EVENTS`)."""
    return a.persons and b.persons and bool(a.events - STATE_EVENTS) != bool(b.events - STATE_EVENTS)


def same_value(a: Mention, b: Mention) -> bool:
    if a.amount is None or b.amount is None:
        return False
    return abs(a.amount - b.amount) <= SAME_VALUE * max(abs(a.amount), abs(b.amount))


def _near_text(claim: Claim) -> str:
    at = claim.quote.find(claim.text) if claim.text else -1
    if at < 0:
        return ""
    return claim.quote[max(0, at - NEAR):at + len(claim.text) + NEAR]


def weigh_words(mentions: list[Mention], document_frequency: dict[str, int], documents: int) -> None:
    """Each mention's sentence, and the words near its claim, as unit-length TF-IDF vectors (IDF
    over the run's sentences)."""
    def vector(words: tuple[str, ...]) -> dict[str, float]:
        counts: dict[str, float] = {}
        for w in words:
            counts[w] = counts.get(w, 0.0) + 1.0
        vec = {w: tf * (math.log((documents + 1) / (document_frequency.get(w, 0) + 1)) + 1.0)
               for w, tf in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    for m in mentions:
        first = m.claims[0]
        if not first.quote:
            continue  # nothing around the claim: no words, no names
        m.words = vector(sentence_words(first.quote))
        near = _near_text(first)
        m.near = vector(sentence_words(near))
        m.names = sentence_names(first.quote)
        m.near_names = sentence_names(near) & m.names


_NAME = re.compile(r"(?<=[a-z,;:)] )[A-Z][a-z]{2,}|(?<=[a-z,;:)] )[A-Z]{3,}\b")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    months, weekdays = calendar()
    return frozenset(months) | frozenset(weekdays)


@lru_cache(maxsize=1 << 14)
def sentence_names(text: str) -> frozenset[str]:
    """The names a sentence holds: capitalised words after a lower-case word (so not the word that
    opens the sentence), months and weekdays aside, folded ("Rait", "SEACOM" -> rait, seacom)."""
    out = set()
    for m in _NAME.finditer(text):
        word = fold(m.group())
        if word not in _not_names() and word not in _stop():
            out.add(word)
    return frozenset(out)


def _name_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    exact = a & b
    rest = b - exact
    shared = len(exact) + sum(1 for x in a - exact if any(same_word(x, y) for y in rest))
    return shared / (len(a) + len(b) - shared)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _shared_context(a: frozenset[str], b: frozenset[str]) -> bool:
    pa, pb = plain_context(a), plain_context(b)
    return any(x == y or same_word(x.lstrip("@~"), y.lstrip("@~")) for x in pa for y in pb)


def _period(as_of: str) -> tuple[date, date] | None:
    """The days of an as-of period ("2004", "2001-06", "2002/2003"), or None for one that names no
    days ("running total")."""
    try:
        ends = [date_bounds(part) for part in as_of.split("/")]
    except ValueError:
        return None
    return ends[0][0], ends[-1][1]


def other_periods(a: Mention, b: Mention) -> bool:
    """Both say when their figures held, and the periods do not meet ("in 2019" / "in 2020"): a
    figure of each period, not one fact."""
    if not a.as_of or not b.as_of or a.as_of == b.as_of:
        return False
    pa, pb = _period(a.as_of), _period(b.as_of)
    if pa is None or pb is None:
        return True
    return pa[1] < pb[0] or pb[1] < pa[0]


def dateless(m: Mention) -> bool:
    """A date that says nothing of its days (a weekday in an article whose publication date is
    unknown)."""
    return m.start is None and m.end is None


@lru_cache(maxsize=1)
def _event_classes() -> frozenset[str]:
    return frozenset(str(c) for c in load_data("events.yaml")["classes"])


def classes_apart(a: Mention, b: Mention) -> bool:
    """Dates of events of two classes of the vocabulary (``events.yaml``: "vote", "attack"); an
    event word outside it ("found", "at large") is of no known class and apart from none."""
    ka, kb = a.core & _event_classes(), b.core & _event_classes()
    return bool(ka and kb and not ka & kb)


def one_day(m: Mention) -> bool:
    """A date of one calendar day ("Monday" in a dated article, "June 6, 2013")."""
    return m.start is not None and m.start == m.end


NESTED_SPAN_DAYS = 366  # the widest date (a year) that :func:`nested_days` reads as a coarser telling


def nested_days(a: Mention, b: Mention) -> bool:
    """The days of one date lie inside the other's, and neither spans more than a year: "October
    21, 2011" inside "October 2011" or "2011" (one event told at two precisions)."""
    if None in (a.start, a.end, b.start, b.end):
        return False
    if (a.end - a.start).days > NESTED_SPAN_DAYS or (b.end - b.start).days > NESTED_SPAN_DAYS:
        return False
    return a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end


def same_days(a: Mention, b: Mention) -> tuple[bool, bool]:
    """(the same days, overlapping days but not the same). A side left open ("completed by 4
    November": no first day) reaches as far as it may; a date open on both sides says nothing."""
    if dateless(a) or dateless(b):
        return False, False
    if a.start == b.start and a.end == b.end:
        return True, False
    first = max(a.start or date.min, b.start or date.min)
    last = min(a.end or date.max, b.end or date.max)
    return False, first <= last


def pair_features(a: Mention, b: Mention, threshold: float) -> tuple[float, ...]:
    """The evidence for ``a`` and ``b`` being one fact, in the order of :data:`FEATURES`."""
    agree = keys_agree(a.kind, a.key, b.key, threshold, a.holders, b.holders)
    union = len(a.core | b.core)
    core = len(a.core & b.core) / union if union else 0.0
    words = _cosine(a.words, b.words)
    vague = a.vague or b.vague
    if a.kind == Kind.DATE.value:
        same, overlap = same_days(a, b)
    else:
        same, overlap = a.persons and b.persons, False
    shared = _shared_context(a.context, b.context)
    return (float(agree), core, float(shared),
            float(not a.context and not b.context),
            float(conflicting_contexts(a.kind, a.key, b.key) and not (a.kind == Kind.ROLE.value and agree
                                                                      and one_holder(a.holders, b.holders))),
            float(vague), words, _cosine(a.near, b.near), float(words >= COPY_COSINE and a.sources != b.sources),
            float(bool(a.sources & b.sources)), float(same), float(overlap), core * words,
            words * vague, words * same, _name_overlap(a.names, b.names),
            float(bool(a.near_names and b.near_names) and _name_overlap(a.near_names, b.near_names) == 0.0),
            float(same) * core, float(a.kind != Kind.DATE.value and same_value(a, b)), float(a.as_of != b.as_of),
            float(event_and_population(a, b)))


@lru_cache(maxsize=1)
def model() -> dict:
    """The fitted weights (``reconcile/data/coref.yaml``): per family (``date``, ``other``) a bias
    and one weight per feature, and the probability threshold."""
    data = load_data("coref.yaml")
    for family in ("date", "other", "date_blind", "other_blind"):
        if family not in data:
            raise ValueError(f"coref.yaml: no {family} weights")
        weights = data[family]["weights"]
        missing = [f for f in FEATURES if f not in weights]
        if missing:
            raise ValueError(f"coref.yaml: {family} lacks weights for {', '.join(missing)}")
    return data


@lru_cache(maxsize=4)
def _weights(family_name: str) -> tuple[float, tuple[float, ...]]:
    """A family's bias and its weights in the order of :data:`FEATURES`."""
    fam = model()[family_name]
    return fam["bias"], tuple(fam["weights"][name] for name in FEATURES)


def _logistic(family_name: str, features: tuple[float, ...]) -> float:
    bias, weights = _weights(family_name)
    z = bias + sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def family(kind: str) -> str:
    return "date" if kind == Kind.DATE.value else "other"


def probability(kind: str, features: tuple[float, ...], blind: bool = True) -> float:
    """The fitted probability that two mentions with these features are one fact: the greater of
    the model that compares their values and the value-blind one (without ``blind``, the first)."""
    name = family(kind)
    full = _logistic(name, features)
    return max(full, _logistic(name + "_blind", features)) if blind else full


_RANKED = re.compile(r"^(?P<name>(?-i:[A-Z])[\w'-]*(?:[ \t]+(?-i:[A-Z])[\w'-]*){0,2})(?:[ \t]+(?:among|\()|$)")


def _ranked_name(subject: str) -> str:
    """The name a rank's subject places, when it is one of capitalised words ("Peter Omondi (place)"
    -> "peter omondi", "Lind among fastest marathoners" -> "lind"); "" for any other subject."""
    m = _RANKED.match(subject)
    return name_key(m.group("name")) if m else ""
