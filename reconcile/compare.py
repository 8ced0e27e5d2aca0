"""Verdicts: how the claims of one group relate.

A group's claims are split into distinct *values* (quantities by stated figure and unit, dates by
their ISO value or span, ranks by number, roles by holder, spelling variants folded together).
Claims whose value could not be resolved are kept in the finding but do not vote.

- **agreement**: two or more sources, one value (quantities: one stated figure, hedges that
  and bounds aside, so "about 5,000" and "5,000" agree, and so do "at least 25" and "25" or
  "more than 100" and a round "100", or "nearly 100" and "more than 100" (one round figure
  near it from both sides), but "more than 168" and "168" contradict; a measure given as one
  figure per unit, each within the others' last stated digit ("30 miles", 29.5 to 30.5, and
  "48 km"; "170,000 square feet" and "15,800 square metres"), is one value and its conversions;
  dates: every value contains the narrowest one, so "last year" and "in December" agree; a date
  told loosely counts as the value it states: "6 months ago", May, and "in July" differ).
- **discrepancy**: the values differ, but their intervals have a common point, so they could all
  hold within their stated approximation or precision ("approximately 5,000" and "5,200").
- **contradiction**: they cannot all hold: the intervals have no common point ("168" against
  "about 180"); two ranks; two different holders of one role.
- **single-source**: one source only, stating one value.

Holders of an office named as past ("former", "late") do not vote beside a current holder: a
former holder contradicts no one. A finding of past holders only is judged by them when they name
one holder (two outlets naming one former mayor agree); several former holders of one office are
no conflict.

A source that states two different values itself is named in ``self_conflicts``; its values
are judged like any others, so it makes a discrepancy or contradiction on its own.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .collector import paused_gc
from .datafiles import load as load_data
from .disjoint import DisjointSets
from .lexicon import lemma, same_name
from .match import claim_key, unit_block as _unit_block
from .match.features import count_events, counted_words
from .models import Claim, DateSpan, Finding, Kind, Source, Spread, ValueGroup, Verdict, stable_id
from .settings import Settings
from .trend import Timeline, time_label, timeline, when_of
from .values import ABOVE_NEAR, APPROXIMATE, BELOW_NEAR, MORE_THAN, ROLE_NOT_CURRENT, date_bounds, format_number, ordinal

INF = float("inf")


def judge(claims: list[Claim], sources: Mapping[str, Source], settings: Settings | None = None) -> Finding:
    """The finding for one group of claims (all of one kind and unit)."""
    settings = settings or Settings()
    kind = claims[0].kind
    # unresolved values, and holders of an office named as past ("former", "late"), do not vote
    resolved = [c for c in claims if c.value is not None and not _past_holder(c)]
    values = _value_groups(resolved, settings)
    if not resolved:
        # past holders only: outlets that name one former holder agree on it; several former
        # holders of one office are no conflict, so they still do not vote
        past = [c for c in claims if c.value is not None]
        past_values = _value_groups(past, settings)
        if len(past_values) == 1:
            resolved, values = past, past_values
    verdict = _verdict(kind, resolved, values)
    times = timeline(claims, {c.id: label for label, cs in values for c in cs}, sources)
    if times.trend and times.explained and verdict == Verdict.CONTRADICTION:
        verdict = Verdict.DISCREPANCY  # each figure could be true when it was reported
    source_ids = _unique(c.source for c in claims)
    # values that all allow each other ("last year" and "in December") are no conflict, in one source either
    self_conflicts = [] if verdict == Verdict.AGREEMENT else _self_conflicts(values)
    if verdict == Verdict.AGREEMENT and len(_unique(c.source for c in resolved)) < 2:
        verdict = Verdict.SINGLE_SOURCE
    subject = _subject(claims)
    units = {c.unit for c in claims}
    # measures stated in several units of one dimension: the finding's unit (and spread) is the base unit
    unit = claims[0].unit if len(units) == 1 or claims[0].normalised is None else claims[0].normalised.unit
    # built from values this module made and typed itself: constructed without validation, since a
    # report of 100,000 claims builds tens of thousands of findings
    return Finding.model_construct(
        id=_finding_id(claims),
        subject=subject,
        kind=kind,
        verdict=verdict,
        claims=[c.id for c in claims],
        summary=_trend_summary(times, claims, sources) if times.trend else _summary(values, sources, unit, verdict),
        unit=unit,
        sources=source_ids,
        independent_sources=independent_count(source_ids, sources),
        values=[ValueGroup.model_construct(value=label, claims=[c.id for c in cs], sources=_unique(c.source for c in cs))
                for label, cs in values],
        spread=_spread(kind, values),
        self_conflicts=self_conflicts,
        trend=times.trend,
        latest=times.latest or [],
        stale=times.stale or [],
    )


def judge_all(groups: Iterable[list[Claim]], sources: Mapping[str, Source],
              settings: Settings | None = None) -> list[Finding]:
    """Findings for all groups, in report order: worst verdict first, then by subject."""
    kinds = {k: i for i, k in enumerate(Kind)}
    with paused_gc():  # tens of thousands of findings that live on: no collector passes over them
        findings = unique_ids([judge(g, sources, settings) for g in groups])
        findings.sort(key=lambda f: (f.verdict.order, kinds[f.kind], f.subject.lower(), f.id))
    return findings


_NO_FIGURE = re.compile(r"\b(?:an?|\w+-?long)\b", re.I)


def in_the_group_unit(group: list[Claim]) -> list[Claim]:
    """A group's durations told with no figure ("around an hour", "a week") restated in the unit
    its figures are stated in, where that unit is smaller: beside "1hr 4 mins" (64 min), "around an
    hour" is 60 min, not 1 h; beside "eight days", "a week" is 7 days. The words are the same; the
    value is the one the figures are compared in, as a reader would put it."""
    figured = Counter(c.unit for c in group if c.kind == Kind.QUANTITY and c.dimension == "duration"
                      and c.unit and re.search(r"\d", c.text))
    if not figured:
        return group
    target = figured.most_common(1)[0][0]
    from .extract.units import convert  # pint's registry, only for a group that needs it
    out = []
    for c in group:
        if (c.kind == Kind.QUANTITY and c.dimension == "duration" and c.unit and c.unit != target
                and c.value == 1 and not re.search(r"\d", c.text) and _NO_FIGURE.search(c.text)):
            try:
                factor = convert(1.0, c.unit, target)
            except KeyError:
                factor = 0.0
            if factor > 1:
                c = c.model_copy(update={
                    "value": _round_restated(factor), "unit": target,
                    "low": None if c.low is None else _round_restated(c.low * factor),
                    "high": None if c.high is None else _round_restated(c.high * factor)})
        out.append(c)
    return out


def _round_restated(x: float) -> float | int:
    r = round(x, 6)
    return int(r) if float(r).is_integer() else r


def unique_ids(findings: list[Finding]) -> list[Finding]:
    """Findings whose ids would be equal (one key's claims told apart by matching: "fell 600 m" of
    one climber and "fell 200 m" of another, or one key in two stories) each take an id that also
    names their first claim (the least claim id, which does not depend on order), so that every id
    names one finding and a baseline entry accepts only the finding it was written for."""
    seen: dict[str, int] = {}
    for f in findings:
        seen[f.id] = seen.get(f.id, 0) + 1
    return [f if seen[f.id] == 1 else f.model_copy(update={"id": stable_id("f", f.id, min(f.claims), length=10)})
            for f in findings]


# ---------------------------------------------------------------- values

def value_label(claim: Claim) -> str:
    """The value of a claim as one short string, used to tell values apart and to print them."""
    v = claim.value
    if claim.kind == Kind.QUANTITY and isinstance(v, (int, float)):
        return _open_mark(claim) + format_number(v) + (f" {claim.unit}" if claim.unit else "")
    if claim.kind == Kind.RANK and isinstance(v, (int, float)):
        return f"#{int(v)}"
    if isinstance(v, DateSpan):
        return f"{v.start.isoformat()}..{v.end.isoformat()}"
    return str(v)


def _open_mark(claim: Claim) -> str:
    """"at least 25" and "25" are different values (they may both hold: a discrepancy)."""
    if claim.high is None and claim.low is not None:
        return ">" if claim.low_exclusive else ">="
    if claim.low is None and claim.high is not None:
        return "<" if claim.high_exclusive else "<="
    return ""


def _value_groups(claims: list[Claim], settings: Settings) -> list[tuple[str, list[Claim]]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    if claims and claims[0].kind == Kind.ROLE:
        # spelling variants are one holder; the first spelling seen names the group
        names: list[str] = []
        for c in claims:
            name = str(c.value)
            label = next((n for n in names if same_name(n, name, settings.name_similarity)), None)
            if label is None:
                names.append(name)
                label = name
            groups[label].append(c)
    else:
        for c in claims:
            groups[value_label(c)].append(c)
    return sorted(groups.items(), key=lambda item: _value_order(item[1][0]))


def _value_order(claim: Claim) -> tuple:
    v = claim.value
    if isinstance(v, (int, float)):
        return (0, float(v), "")
    if claim.kind == Kind.DATE:
        return (1, ordinal(claim.start, -INF), ordinal(claim.end, INF))
    return (2, 0.0, str(v).lower())


def _bounds(claim: Claim, stated_digit: bool = False) -> tuple[float, float, bool, bool]:
    if claim.kind == Kind.DATE:
        return ordinal(claim.start, -INF), ordinal(claim.end, INF), False, False
    lo, hi = claim.figure_bounds()  # a measure compares in its base unit ("200 feet" against "60 metres")
    low = lo if lo is not None else -INF
    high = hi if hi is not None else INF
    if stated_digit and claim.normalised is not None:
        half = _half_last_digit(claim)
        low, high = low - half, high + half
    return low, high, claim.low_exclusive, claim.high_exclusive


def _half_last_digit(claim: Claim) -> float:
    """Half the last stated digit of a measure, in its dimension's base unit: "30 miles" is stated
    to the mile, so it allows 29.5 to 30.5 miles, and "48 km" is its conversion."""
    n, v = claim.normalised, claim.value
    if n is None or not isinstance(v, (int, float)) or isinstance(v, bool) or not v:
        return 0.0
    return abs(n.value / float(v)) * 10.0 ** -_decimals(v) / 2


def intervals_intersect(claims: list[Claim], stated_digit: bool = False) -> bool:
    """Whether the intervals of all ``claims`` have a common point; with ``stated_digit``, a measure
    allows half its last stated digit either way (figures in several units, one a conversion of
    another)."""
    low, high, low_x, high_x = -INF, INF, False, False
    for c in claims:
        lo, hi, lx, hx = _bounds(c, stated_digit)
        if lo > low or (lo == low and lx):
            low, low_x = lo, lx
        if hi < high or (hi == high and hx):
            high, high_x = hi, hx
    return low < high or (low == high and not low_x and not high_x)


def _decimals(value: float) -> int:
    """The digits a figure states after its decimal point ("61.3": 1, "61": 0)."""
    text = repr(float(value))
    return 0 if float(value).is_integer() or "e" in text else len(text.split(".")[1])


def _rounded_alike(claims: list[Claim]) -> bool:
    """Whether percentages stated to different digits meet once each allows half its last stated
    digit: "61 percent" is "61.3%" rounded (a discrepancy, not a contradiction); "6%" and "7%",
    stated alike, still contradict."""
    if any(c.unit != "%" or not isinstance(c.value, (int, float)) or isinstance(c.value, bool) for c in claims):
        return False
    digits = [_decimals(c.value) for c in claims]
    if len(set(digits)) < 2:
        return False
    low, high = -INF, INF
    for c, d in zip(claims, digits):
        lo, hi = c.figure_bounds()
        half = 10.0 ** -d / 2 if d < max(digits) else 0.0
        low = max(low, (lo if lo is not None else -INF) - half)
        high = min(high, (hi if hi is not None else INF) + half)
    return low <= high


def _round_figure_from_both_sides(claims: list[Claim]) -> bool:
    """Whether the claims state one round figure, said to be near it from below and above it:
    "nearly 100 people" and "more than 100 people", "nearly $100 billion" and "over a hundred
    billion dollars" meet at the figure they round to (one stated figure, hedges aside: an
    agreement). A figure that is not round keeps its bounds ("more than 168" and "nearly 168"
    contradict), and so does a firm bound ("fewer than 100" and "more than 100")."""
    figures = {(c.value, c.unit) for c in claims}
    if len(figures) != 1:
        return False
    value = next(iter(figures))[0]
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not float(value).is_integer() \
            or value < 10 or int(value) % 10:
        return False
    hedges = {" ".join((c.qualifier or "").lower().split()) for c in claims}
    return bool(hedges & BELOW_NEAR) and bool(hedges & (MORE_THAN | ABOVE_NEAR)) \
        and hedges <= BELOW_NEAR | MORE_THAN | ABOVE_NEAR | APPROXIMATE | {""}


def _dates_nested(claims: list[Claim]) -> bool:
    """Whether every date's stated interval contains the narrowest one (compatible precisions:
    "last year" and "in December"). A date told loosely ("6 months ago": May, allowing March to
    July) is nested as the value it states, not as all it allows: "6 months ago" and "in July"
    differ, though both may hold (a discrepancy)."""
    spans = [_stated_days(c) for c in claims]
    nlo, nhi = min(spans, key=lambda s: s[1] - s[0])
    return all(lo <= nlo and nhi <= hi for lo, hi in spans)


def _stated_days(claim: Claim) -> tuple[float, float]:
    """The days a date claim's value names, where they lie inside the days it allows and no bound
    is stated ("since October" allows any day from October on); else the days it allows."""
    lo, hi, _, _ = _bounds(claim)
    if isinstance(claim.value, str) and not claim.qualifier:
        try:
            first, last, _ = date_bounds(claim.value)
        except ValueError:
            return lo, hi
        if lo <= first.toordinal() and last.toordinal() <= hi:
            return first.toordinal(), last.toordinal()
    return lo, hi


def _one_figure_per_unit(claims: list[Claim]) -> bool:
    """One stated figure in each unit, hedged or as a bound ("at least 7" and "7", "more than 200"
    and "about 200", "up to 83 %" and "83 %"), and, for a measure given in several units, the
    others its conversions ("30 miles" and "48 km", "170,000 square feet" and "15,800 square
    metres"): the outlets state one figure, and a hedge or a bound only says how closely. The
    caller has checked that the intervals meet ("more than 168" and "168" contradict)."""
    figures: dict[str | None, set] = defaultdict(set)
    for c in claims:
        figures[c.unit].add(c.value)
    if any(len(values) != 1 for values in figures.values()):
        return False
    return len(figures) == 1 or all(c.normalised is not None for c in claims)


def _verdict(kind: Kind, claims: list[Claim], values: list[tuple[str, list[Claim]]]) -> Verdict:
    if not claims:
        return Verdict.SINGLE_SOURCE
    if kind in (Kind.RANK, Kind.ROLE):
        return Verdict.AGREEMENT if len(values) == 1 else Verdict.CONTRADICTION
    # figures in several units are conversions of each other to their stated digit
    if not intervals_intersect(claims, stated_digit=kind == Kind.QUANTITY and len({c.unit for c in claims}) > 1) \
            and not (kind == Kind.QUANTITY and (_rounded_alike(claims) or _round_figure_from_both_sides(claims))):
        return Verdict.CONTRADICTION
    if len(values) == 1 or (kind == Kind.QUANTITY and _one_figure_per_unit(claims)):
        return Verdict.AGREEMENT
    if kind == Kind.DATE and _dates_nested(claims):
        return Verdict.AGREEMENT
    return Verdict.DISCREPANCY


def _self_conflicts(values: list[tuple[str, list[Claim]]]) -> list[str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for label, claims in values:
        for c in claims:
            seen[c.source].add(label)
    return sorted(s for s, labels in seen.items() if len(labels) > 1)


def _spread(kind: Kind, values: list[tuple[str, list[Claim]]]) -> Spread | None:
    if kind != Kind.QUANTITY or len(values) < 2:
        return None
    mixed = len({cs[0].unit for _, cs in values}) > 1  # several units of one dimension: in its base unit
    nums = [float(cs[0].normalised.value if mixed and cs[0].normalised else cs[0].value)  # type: ignore[arg-type]
            for _, cs in values if isinstance(cs[0].value, (int, float))]
    if len(nums) < 2:
        return None
    lo, hi = min(nums), max(nums)
    rel = (hi - lo) / max(abs(hi), abs(lo)) if max(abs(hi), abs(lo)) else 0.0
    return Spread(absolute=round(hi - lo, 6), relative=round(rel, 6))


# ---------------------------------------------------------------- naming

def _past_holder(claim: Claim) -> bool:
    return claim.kind == Kind.ROLE and (claim.qualifier or "").lower() in ROLE_NOT_CURRENT


def independent_count(source_ids: list[str], sources: Mapping[str, Source]) -> int:
    """How many of ``source_ids`` are independent reports: sources that credit a common wire
    service, or credit the service another source is, count as one."""
    sets = DisjointSets(source_ids)
    first_with: dict[str, str] = {}
    for sid in source_ids:
        for wire in _wires(sources.get(sid)):
            if wire in first_with:
                sets.union(first_with[wire], sid)
            else:
                first_with[wire] = sid
    return len({sets.find(sid) for sid in source_ids})


def _wires(source: Source | None) -> set[str]:
    if source is None:
        return set()
    names = {c.strip().lower() for c in source.credits if c.strip()}
    if source.outlet:
        names.add(source.outlet.strip().lower())
    return names


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _subject(claims: list[Claim]) -> str:
    """The subject most claims use; a hand-written subject wins, then (for an office) one that
    names its scope, then the shortest."""
    manual = [c.subject for c in claims if c.origin.value == "manual"]
    if not manual and claims[0].kind == Kind.DATE and (named := _event_subject(claims)):
        return named
    pool = manual or [c.subject for c in claims]
    if not manual and claims[0].kind == Kind.QUANTITY:
        # a count told with what befell it names the fact better than the same count told again
        # bare ("number of pirates seized", not "number of pirates")
        told = [c.subject for c in claims if c.key and not count_events().isdisjoint(c.key.partition("|")[0].split())]
        pool = told or pool
        # a measure's bare dimension ("duration": "got six years") names nothing another claim names
        pool = [s for s in pool if s != claims[0].dimension] or pool
    counts = Counter(pool)
    # an office with its scope ("president (US)") says more than the bare title
    scoped = claims[0].kind == Kind.ROLE
    subject = min(counts, key=lambda s: (-counts[s], -(scoped and s.endswith(")")), len(s), s))
    return subject if manual else _count_subject(claims, subject)


def _count_subject(claims: list[Claim], subject: str) -> str:
    """A count named as a person names it: "number of guards", "number of people killed"; a
    measure, an amount, a share, a singular noun or a word that is itself a number ("turnout",
    "death toll") stays as it is."""
    first = claims[0]
    if first.kind != Kind.QUANTITY or first.unit or first.normalised is not None:
        return subject
    words = [w.lower() for w in subject.split()]
    numbers, plurals = _count_words()
    if not words or any(w in numbers for w in words):
        return subject
    if not any(w in plurals or (w.endswith("s") and not w.endswith("ss") and len(w) > 3) for w in words):
        head = _counted_noun(claims)  # "one man died", "one bomb": the counted noun in the plural
        if head is None or head not in words:
            return subject
        words = [plural(w) if w == head else w for w in subject.split()]
        return "number of " + " ".join(words)
    return "number of " + subject


def _counted_noun(claims: list[Claim]) -> str | None:
    """The one noun a count's key counts ("killed man" -> man), if it names one."""
    keys = {c.key.partition("|")[0] for c in claims if c.key}
    if len(keys) != 1:
        return None
    nouns = [w for w in counted_words(next(iter(keys)).split()) if w.isalpha()]
    return nouns[0] if len(nouns) == 1 else None


@lru_cache(maxsize=1)
def _irregular_plurals() -> dict[str, str]:
    return dict(load_data("counts.yaml")["irregular_plurals"])


def plural(noun: str) -> str:
    """The plural of an English noun: "bomb" -> "bombs", "man" -> "men", "city" -> "cities"."""
    irregular = _irregular_plurals()
    if noun in irregular:
        return irregular[noun]
    if noun.isalpha() and not noun.endswith("s") and lemma(noun) != noun:
        return noun  # a plural already ("grandchildren", "men")
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if len(noun) > 1 and noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def _count_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that are numbers themselves ("turnout", "toll"), and plurals without an s ("people")."""
    nouns = load_data("counts.yaml")
    return frozenset(nouns["count_nouns"]) | {"toll", "death"}, frozenset(nouns["plural_nouns"])


@lru_cache(maxsize=1)
def _event_nouns() -> dict[str, tuple[str, ...]]:
    """An event class's nouns (``events.yaml``), its first one first: "attack", "strike", "shooting"..."""
    classes = load_data("events.yaml")["classes"]
    return {cls: tuple(str(n) for n in words["nouns"]) for cls, words in classes.items() if words.get("nouns")}


def _said_noun(nouns: tuple[str, ...], claims: list[Claim]) -> str:
    """Of a class's nouns, the one the claims' sentences use most ("the fire", "the shooting"); the
    class's first noun when they use none."""
    text = " ".join((c.quote or c.text).lower() for c in claims)
    uses = {n: len(re.findall(r"\b" + re.escape(n) + r"\b", text)) for n in nouns}
    said = max(nouns, key=lambda n: (uses[n], -nouns.index(n)))
    first, _, rest = said.partition(" ")
    return rest if first in _NOT_OBJECT and rest else said  # "went on strike": the strike, not "the on strike"


def _event_subject(claims: list[Claim]) -> str | None:
    """A date finding named as a person names it: "date of the resignation", "date of the attack
    (Soleimani)", from the group's most common event class and the participant most of its claims
    name; None when the class has no noun."""
    cores = Counter(c.key.partition("|")[0] for c in claims if c.key)
    if not cores:
        return None
    core = min(cores, key=lambda k: (-cores[k], k))
    noun = _event_name(core, claims)
    if noun is None:
        return None
    contexts = [set(c.key.partition("|")[2].split()) for c in claims if c.key]
    strong = {t[1:] for ctx in contexts for t in ctx if t.startswith("@")}
    # a participant named in most claims, whether as a name ("@soleimani") or a plain word
    names = Counter(n for ctx in contexts for n in strong if "@" + n in ctx or n in ctx)
    named = [n for n, k in names.items() if k * 2 > len(claims)]
    if named:
        name = min(named, key=lambda n: (-names[n], n))
        return f"date of {noun} ({name.title()})"
    return f"date of {noun}"


_DAY_OF_EVENT = re.compile(r" \d{4}-\d\d-\d\d$")
_NOMINALISATION = re.compile(r"(?:tion|sion|ment|ance|ence|ure)$")


def _event_name(core: str, claims: list[Claim]) -> str | None:
    """How a person names an event: its class's noun its sentences use most ("the attack", "the
    fire"; the class's first noun when they use none); for a class of its own, the
    word itself where the sentences use it as a noun ("more bloodshed", "the cut"), else its verb's
    -ing form ("restoring", "going down")."""
    core = _DAY_OF_EVENT.sub("", core)  # a class known by its day ("statement 2021-03-12")
    nouns = _event_nouns().get(core)
    if nouns:
        return f"the {_said_noun(nouns, claims)}"
    words = core.split()
    if not words or not all(w.isalpha() for w in words):
        return None
    if len(words) == 1 and _NOMINALISATION.search(core):
        return f"the {core}"  # a noun already ("the statement", "the closure")
    said = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|more|of)\s+" + re.escape(core) + r"\b", re.I)
    if any(said.search(c.quote or c.text) for c in claims):  # "more bloodshed", "the cut": a noun
        return f"the {core}"
    return " ".join([gerund(words[0])] + words[1:] + _object_words(words[0], claims))


_WORD = re.compile(r"[A-Za-z][\w'-]*|\S")
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_OWNERS = frozenset({"the", "its", "his", "her", "their", "our", "all"})
_NOT_OBJECT = frozenset({
    "a", "an", "the", "in", "on", "at", "to", "for", "from", "by", "with", "of", "after", "before", "during", "since",
    "until", "and", "or", "but", "that", "which", "who", "when", "while", "as", "than", "into", "over", "about",
    "between", "through", "throughout", "without", "within", "across", "against", "near", "yesterday", "today",
    "tonight", "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "weekend", "time",
    "last", "this", "next", "early", "late", "earlier", "later", "again", "up", "out", "off", "down", "away", "back",
    "not", "also", "just", "then", "is", "was", "were", "are", "has", "have", "had", "will", "would", "could"})
OBJECT_WORDS = 2  # words after the object's determiner ("restoring all circuits", "recovering his body")
_NAMED_CLAIMS = 20  # claims whose sentences are read for the object


def _object_words(verb: str, claims: list[Claim]) -> list[str]:
    """What the event's verb was done to, as the group's sentences say it: a determiner and up to
    :data:`OBJECT_WORDS` common words after an active verb ("restored all circuits": "all
    circuits"; "recovered his body") or before a passive one ("the port was shut": "the port");
    the words most sentences give, none when fewer than two or half of them give the same.
    Names, times, pronouns, adverbs and verbs end the words."""
    said: Counter[str] = Counter()
    for c in claims[:_NAMED_CLAIMS]:
        toks = _WORD.findall(c.quote or "")
        i = next((i for i, t in enumerate(toks) if t[:1].islower() and lemma(t.lower()) == verb), None)
        if i is None:
            continue
        if i > 0 and toks[i - 1].lower() in _PASSIVE:
            k = i - 1
            while k > 0 and toks[k - 1].lower() in _PASSIVE:
                k -= 1
            if k > 1 and _common(toks[k - 1]) and toks[k - 2].lower() in _OWNERS:
                said[f"{toks[k - 2].lower()} {toks[k - 1]}"] += 1
            continue
        if i + 2 >= len(toks) or toks[i + 1].lower() not in _OWNERS:
            continue
        words = [toks[i + 1].lower()]
        start = i + 2
        if start < len(toks) and words[0] == "all" and toks[start].lower() in _OWNERS - {"all"}:
            words.append(toks[start].lower())  # "all their customers"
            start += 1
        for t in toks[start:start + OBJECT_WORDS]:
            if not _common(t):
                break
            words.append(t)
        if _common(words[-1]):
            said[" ".join(words)] += 1
    if not said:
        return []
    best = min(said, key=lambda w: (-said[w], len(w), w))
    return [best] if said[best] >= 2 or said[best] * 2 > min(len(claims), _NAMED_CLAIMS) else []


def _common(word: str) -> bool:
    """A lower-case word that may be part of a noun phrase: no function or time word, adverb in -ly,
    or past form in -ed."""
    low = word.lower()
    return word.isalpha() and word.islower() and low not in _NOT_OBJECT and not low.endswith(("ly", "ed"))


@lru_cache(maxsize=1)
def _final_stress() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("events.yaml").get("final_stress", ()))


def gerund(verb: str) -> str:
    """The -ing form of a verb's dictionary form: "restore" -> "restoring", "cut" -> "cutting",
    "die" -> "dying", "walk" -> "walking"."""
    if verb.endswith("ing") and len(verb) > 5:
        return verb  # already one ("buying")
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    vowels = "aeiou"
    groups = re.findall(r"[aeiou]+", verb)
    if verb in _final_stress():
        return verb + verb[-1] + "ing"  # stressed on its last syllable ("occurring", "committing")
    if (len(groups) == 1 and len(verb) >= 3 and verb[-1] not in vowels + "wxy"
            and verb[-2] in vowels and verb[-3] not in vowels):
        return verb + verb[-1] + "ing"  # one syllable ending consonant-vowel-consonant
    return verb + "ing"


def _finding_id(claims: list[Claim]) -> str:
    c = claims[0]
    key = min(claim_key(x) for x in claims)
    return stable_id("f", c.kind.value, _unit_block(c), c.as_of or "", key, length=10)


def source_label(source_id: str, sources: Mapping[str, Source]) -> str:
    src = sources.get(source_id)
    return (src.outlet if src and src.outlet else source_id)


def _summary(values: list[tuple[str, list[Claim]]], sources: Mapping[str, Source], unit: str | None,
             verdict: Verdict) -> str:
    if not values:
        return "no value could be resolved"
    parts = []
    for label, claims in values[:SUMMARY_VALUES]:
        names = _unique(source_label(c.source, sources) for c in claims)
        shown = ", ".join(names[:SUMMARY_SOURCES])
        if len(names) > SUMMARY_SOURCES:
            shown += f" and {len(names) - SUMMARY_SOURCES} more"
        parts.append(f"{label} ({shown})")
    if len(values) > SUMMARY_VALUES:
        parts.append(f"{len(values) - SUMMARY_VALUES} more values")
    return ("; " if verdict == Verdict.AGREEMENT else " vs ").join(parts)  # agreeing values are not set against each other


def _trend_summary(times: Timeline, claims: list[Claim], sources: Mapping[str, Source]) -> str:
    """"rising: 1 -> 5 -> 11 (2 Jul) -> 24 (3 Jul); latest 24, Independent, BBC; stale: 5 (Post, 4 Jul)"."""
    by_id = {c.id: c for c in claims}
    steps: list[tuple[str, str, float]] = []  # (value, time label, figure)
    for when, label, cids in times.order or []:
        tlabel = time_label(when)
        figure = float(by_id[cids[0]].value)  # type: ignore[arg-type]
        if steps and steps[-1][2] == figure and (steps[-1][1] == tlabel or any(
                t == tlabel for _, t, _ in steps)):
            continue  # the same figure again at one time: shown once
        steps.append((label, tlabel, figure))
    parts = []
    for i, (label, tlabel, _) in enumerate(steps):
        last_of_time = i + 1 == len(steps) or steps[i + 1][1] != tlabel
        parts.append(f"{label} ({tlabel})" if last_of_time and tlabel else label)
    line = f"{times.trend}: " + " -> ".join(parts)
    latest = [by_id[c] for c in times.latest or [] if c in by_id]
    if latest:
        names = _unique(source_label(c.source, sources) for c in latest)
        shown = ", ".join(names[:SUMMARY_SOURCES]) + (f" and {len(names) - SUMMARY_SOURCES} more"
                                                      if len(names) > SUMMARY_SOURCES else "")
        shown_value = Counter(value_label(c) for c in latest)
        line += f"; latest {min(shown_value, key=lambda v: (-shown_value[v], len(v), v))}, {shown}"
    stale = [by_id[c] for c in times.stale or [] if c in by_id]
    if stale:
        seen = _unique(f"{value_label(c)} ({source_label(c.source, sources)}"
                       + (f", {time_label(w)}" if (w := when_of(c.reported)) else "") + ")" for c in stale)
        line += "; stale: " + ", ".join(seen[:SUMMARY_VALUES])
    return line


SUMMARY_VALUES = 6  # values named in a finding's one-line summary
SUMMARY_SOURCES = 4  # sources named for each
