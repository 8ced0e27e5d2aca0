"""Figures that change over time: when each claim was reported, and which way a finding's figure moves.

A death toll given as 1, 5 and 11 on the first day of a story and 24 the next is news, not a
contradiction: each figure may have been true when it was written. This module gives

- :func:`reported_time`: when a source stated its values (its update time, else its publication
  date), as the ISO string ``Claim.reported`` carries;
- :func:`changes_over_time`: whether a finding's claims are about a figure that changes over time
  (a running total of an event, from ``data/trends.yaml``, or a figure the text says rose or fell);
- :func:`timeline`: for such a finding, its ``trend`` (``rising`` / ``falling``), whether the trend
  explains all its differences, its ``latest`` claims and its ``stale`` ones.

Times are intervals: a date is its whole day, a date and time one second. One claim was reported
*before* another when its interval ends before the other's starts, so figures of one day whose
hours are unknown are not ordered among themselves: any order the trend needs may be theirs. An
earlier figure an article quotes ("initial reports said 5", ``Claim.earlier``) precedes that
article's own figures and, without a time of its own, may come at any moment before them.

A claim of a narrower place than the finding's own figure (a context its most common key lacks:
"10 killed in one district" beside the whole toll) is a part of the figure and does not vote.
A trend holds when the figures, in that order, move one way at least once and never the other,
leaving aside *stale* claims: a claim stating a figure that another source had already reported
past (11 on the 2nd, then 5 again on the 3rd). Stale claims must be fewer than the others. The
trend explains the finding's differences unless two figures of one moment disagree: two current
figures of one source that cannot both hold, or two sources at the very same date and time.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache

from .datafiles import load as load_data
from .models import Claim, Kind, Source

RISING, FALLING = "rising", "falling"
_DIRECTIONS = {RISING: 1, FALLING: -1}
_DAY = 86400.0
_INSTANT = 1.0  # a date and time is one second long


def reported_time(source: Source | None) -> str | None:
    """When a source's values were stated: its update time if it shows one, else its publication date."""
    if source is None:
        return None
    when = source.updated or source.published
    return when.isoformat() if when is not None else None


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("trends.yaml")
    totals = data["running_totals"]
    return frozenset(map(str, totals["events"] + totals["nouns"])), frozenset(map(str, data["fixed_dimensions"]))


def changes_over_time(claims: Iterable[Claim]) -> bool:
    """Whether the claims state a figure that changes over time: a count whose key names a running
    total of an event (killed, missing, evacuated, damage...), or one the text says has risen or
    fallen; never a date, rank or role, a magnitude, or a figure of an earlier period (``as_of``)."""
    totals, fixed = _vocabulary()
    claims = list(claims)
    if not claims or any(c.kind != Kind.QUANTITY for c in claims):
        return False
    if any(c.dimension in fixed for c in claims):
        return False
    if any(c.as_of and c.as_of != "running total" for c in claims):
        return False  # a settled figure of another period ("killed 612 in February")
    if any(c.changed for c in claims):
        return True
    return any(set(c.key.partition("|")[0].split()) & totals for c in claims if c.key)


# ---------------------------------------------------------------- times as intervals

@dataclass(frozen=True)
class When:
    """A reported time as an interval of seconds (UTC), ``end`` exclusive."""

    start: float
    end: float

    def before(self, other: "When") -> bool:
        return self.end <= other.start


def when_of(iso: str | None) -> When | None:
    """The interval of an ISO date (its whole day) or date-time (one second; no zone: UTC)."""
    if not iso:
        return None
    try:
        if len(iso) <= 10:
            d = date.fromisoformat(iso)
            start = datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp()
            return When(start, start + _DAY)
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return When(t.timestamp(), t.timestamp() + _INSTANT)


def time_label(when: When) -> str:
    """"2 Jul", "2 Jul 13:38" (UTC); "earlier" for an earlier figure quoted without a time."""
    if math.isinf(when.start):
        return "earlier"
    t = datetime.fromtimestamp(when.start, timezone.utc)
    label = f"{t.day} {_MONTHS[t.month - 1]}"
    return label if when.end - when.start > _INSTANT else f"{label} {t.hour:02d}:{t.minute:02d}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class _Point:
    """One distinct statement of a figure: a source, a value, a time (claims that repeat it share it)."""

    source: str
    value: float
    label: str
    low: float
    high: float
    when: When
    earlier: bool
    instant: bool  # a date and time, not a whole day


def _precedes(a: _Point, b: _Point) -> bool:
    if a.when.before(b.when):
        return True
    return a.source == b.source and a.earlier and not b.earlier


# ---------------------------------------------------------------- a finding's timeline

@dataclass
class Timeline:
    """What the times of a finding's claims say."""

    trend: str | None = None
    explained: bool = False  # the trend explains every difference of the finding
    latest: list[str] | None = None
    stale: list[str] | None = None
    order: list[tuple[When, str, list[str]]] | None = None  # (time, value label, claim ids), trend order


def timeline(claims: list[Claim], labels: Mapping[str, str], sources: Mapping[str, Source]) -> Timeline:
    """The timeline of one finding's claims (``labels``: claim id -> the value label it votes for;
    claims without one do not vote)."""
    points: dict[_Point, list[str]] = {}
    undated: list[Claim] = []
    parts = _parts(claims)
    for c in claims:
        if c.id not in labels or not isinstance(c.value, (int, float)) or c.id in parts:
            continue
        when = when_of(c.reported)
        if when is None:
            undated.append(c)
            continue
        if c.earlier and c.reported == reported_time(sources.get(c.source)):
            when = When(-math.inf, when.end)  # an earlier figure with no time of its own: any time before
        low = c.low if c.low is not None else -math.inf
        high = c.high if c.high is not None else math.inf
        p = _Point(c.source, float(c.value), labels[c.id], low, high, when, c.earlier, when.end - when.start <= _INSTANT)
        points.setdefault(p, []).append(c.id)
    out = Timeline()
    current = [p for p in points if not p.earlier]
    if current:
        out.latest = sorted(cid for p in _last(current) for cid in points[p])
    if not changes_over_time(claims) or len(points) < 2:
        return out
    found = []
    for name, sign in _DIRECTIONS.items():
        stale = _stale(current, sign)
        rest = [p for p in points if p not in stale]
        moves, against = _moves(rest, sign)
        if moves and not against and 2 * len(stale) < len(current):
            found.append((len(stale), name, stale, rest))
    if not found or (len(found) == 2 and found[0][0] == found[1][0]):
        return out
    _, name, stale, rest = min(found, key=lambda f: f[:2])
    sign = _DIRECTIONS[name]
    out.trend = name
    out.stale = sorted(cid for p in stale for cid in points[p])
    ends = _last([p for p in rest if not p.earlier])
    if ends:
        top = max(p.value * sign for p in ends)
        out.latest = sorted(cid for p in ends if p.value * sign == top for cid in points[p])
    out.explained = not _clash(rest) and _within(undated, [p.value for p in points])
    out.order = [(p.when, p.label, points[p]) for p in sorted(rest, key=lambda p: _order_key(p, rest, sign))]
    return out


def _last(points: list[_Point]) -> list[_Point]:
    """The points no other point was reported after."""
    if not points:
        return []
    latest_start = max(p.when.start for p in points)
    return [p for p in points if p.when.end > latest_start]


def _before(points: list[_Point]) -> tuple[list[float], list[_Point]]:
    """The points sorted by the end of their time, with those ends: the points reported before a
    time ``t`` are a prefix (``bisect_right(ends, t)``)."""
    ordered = sorted(points, key=lambda p: (p.when.end, p.value))
    return [p.when.end for p in ordered], ordered


def _stale(current: list[_Point], sign: int) -> set[_Point]:
    """Points reported after another source's point further along the direction ``sign``."""
    ends, ordered = _before(current)
    best: list[tuple[tuple[float, str] | None, float | None]] = []  # per prefix: best (value, source), best of another source
    top: tuple[float, str] | None = None
    other: float | None = None
    for p in ordered:
        v = p.value * sign
        if top is None or v > top[0]:
            if top is not None and top[1] != p.source:
                other = top[0] if other is None else max(other, top[0])
            top = (v, p.source)
        elif p.source != top[1]:
            other = v if other is None else max(other, v)
        best.append((top, other))
    out = set()
    for b in current:
        n = bisect.bisect_right(ends, b.when.start)
        if n == 0:
            continue
        (tv, ts), ov = best[n - 1]
        v = b.value * sign
        if (ts != b.source and tv > v) or (ov is not None and ov > v):
            out.add(b)
    return out


def _moves(points: list[_Point], sign: int) -> tuple[bool, bool]:
    """Whether, among points one reported before the other, the figure moves in the direction
    ``sign`` at least once, and whether it ever moves against it."""
    ends, ordered = _before(points)
    lo, hi = [], []
    for p in ordered:
        v = p.value * sign
        lo.append(v if not lo else min(lo[-1], v))
        hi.append(v if not hi else max(hi[-1], v))
    moves = against = False
    for b in points:
        n = bisect.bisect_right(ends, b.when.start)
        if n:
            v = b.value * sign
            moves = moves or lo[n - 1] < v
            against = against or hi[n - 1] > v
    by_source: dict[str, tuple[list[float], list[float]]] = {}
    for p in points:  # an earlier figure an article quotes precedes the article's own
        by_source.setdefault(p.source, ([], []))[0 if p.earlier else 1].append(p.value * sign)
    for earlier, own in by_source.values():
        if earlier and own:
            moves = moves or min(earlier) < max(own)
            against = against or max(earlier) > min(own)
    return moves, against


def _parts(claims: list[Claim]) -> set[str]:
    """Claims of a narrower place than the finding's own figure ("10 killed in one district" in a
    finding of the whole toll): a part of the figure, not a statement of it; they do not vote on
    its timeline."""
    if len(claims) < 2:
        return set()
    of = [(c.id, frozenset(c.key.partition("|")[2].split())) for c in claims if c.key]
    contexts = Counter(ctx for _, ctx in of)
    if len(contexts) < 2:
        return set()
    main = min(contexts, key=lambda ctx: (-contexts[ctx], len(ctx), sorted(ctx)))
    return {cid for cid, ctx in of if main < ctx}


def _order_key(p: _Point, points: list[_Point], sign: int) -> tuple:
    """Trend order: by time; an earlier figure with no time of its own just before its source's
    figures; figures of one moment in the trend's direction."""
    if math.isinf(p.when.start):
        own = [q.when.start for q in points if q.source == p.source and not q.earlier]
        start = (min(own) if own else p.when.end) - 0.5
    else:
        start = p.when.start
    return (start, p.value * sign, p.label, p.source)


def _clash(points: list[_Point]) -> bool:
    """Two figures of one moment that cannot both hold: two current figures of one source at one
    time, or two sources at the very same date and time."""
    moments: dict[tuple, list[_Point]] = {}
    for p in points:
        if not p.earlier:
            moments.setdefault(("source", p.source, p.when), []).append(p)
            if p.instant:
                moments.setdefault(("instant", p.when), []).append(p)
    for group in moments.values():
        if len(group) > 1 and max(p.low for p in group) > min(p.high for p in group):
            low = max(group, key=lambda p: p.low)
            high = min(group, key=lambda p: p.high)
            if low.value != high.value:
                return True
    return False


def _within(undated: list[Claim], values: list[float]) -> bool:
    """Claims of no known time are explained when their figure lies within the timeline's range."""
    if not undated:
        return True
    lo, hi = min(values), max(values)
    return all(lo <= float(c.value) <= hi for c in undated)  # type: ignore[arg-type]
