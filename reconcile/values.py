"""Values as intervals: what a stated value allows.

Shared by the extractors and the claim-file loader, so that "approximately 5,000" means the same
interval whether it was read from an article or typed into YAML.

Quantities
    - A figure with one significant digit and at least two trailing zeros ("300", "5,000",
      "1,000,000"), or with three or more trailing zeros ("25,000"), is *rounded*: it allows what
      rounds to it (5,000 -> 4,500..5,500). Any other integer ("168", "5,200") is exact. A decimal
      figure is rounded to its last stated digit ("5.2 million" -> 5.15..5.25 million).
    - Approximate hedges (about, approximately, around, some, roughly, an estimated...) widen the
      interval to at least ``value * (1 +/- tolerance)``; the default tolerance is 5 %.
    - "nearly" / "almost" / "just under" allow ``value * (1 - tolerance)`` up to the value;
      "just over" the value up to ``value * (1 + tolerance)``.
    - "at least" is closed below, "more than" / "over" open below (the value itself excluded);
      "at most" / "up to" / "as many as" closed above, "fewer than" / "under" open above.
    - Ranges ("between 5,000 and 5,500", "5,000-5,500") allow from the low figure's lower bound to
      the high figure's upper bound.

Dates
    An ISO value at day, month or year precision allows every day of that day, month or year; a
    span (``start``/``end``) allows its days; "since"/"after" leave the end open and
    "before"/"until" the start.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

DEFAULT_TOLERANCE = 0.05

# Hedge words, by the interval they give. Keys are lower-case, single spaces.
APPROXIMATE = frozenset({
    "about", "approximately", "around", "some", "roughly", "an estimated", "estimated",
    "approx.", "approx", "circa", "c.", "nearly about", "close to", "in the region of",
    "on the order of", "or so",
})
BELOW_NEAR = frozenset({"nearly", "almost", "just under", "just below", "close to but under", "not quite"})
ABOVE_NEAR = frozenset({"just over", "just above", "slightly more than", "a little over", "a little more than"})
AT_LEAST = frozenset({"at least", "no fewer than", "no less than", "a minimum of", "not less than", "minimum"})
MORE_THAN = frozenset({"more than", "over", "above", "in excess of", "upwards of", "greater than", "exceeding"})
AT_MOST = frozenset({"at most", "up to", "as many as", "no more than", "a maximum of", "not more than",
                     "maximum", "as much as"})
FEWER_THAN = frozenset({"fewer than", "less than", "under", "below", "short of"})
RANGE = frozenset({"between", "range", "to", "-"})
EXACT = frozenset({"exactly", "precisely", "just", "only", "a total of"})

QUANTITY_QUALIFIERS = APPROXIMATE | BELOW_NEAR | ABOVE_NEAR | AT_LEAST | MORE_THAN | AT_MOST | FEWER_THAN | RANGE | EXACT

DATE_OPEN_END = frozenset({"since", "after", "from", "starting", "beginning"})
DATE_OPEN_START = frozenset({"before", "until", "till", "by", "prior to", "no later than"})
# Role qualifiers whose holder is not the current one (a past or a coming holder): never a
# contradiction of the current.
ROLE_NOT_CURRENT = frozenset({"former", "late", "then", "ex", "one-time", "onetime", "erstwhile", "previous",
                              "retired", "incoming", "designate"})

DATE_QUALIFIERS = DATE_OPEN_END | DATE_OPEN_START | frozenset({"early", "mid", "late", "about", "around"})


def normalise_qualifier(q: str | None) -> str | None:
    if q is None:
        return None
    q = re.sub(r"\s+", " ", q.strip().lower())
    return q or None


@dataclass(frozen=True)
class Bounds:
    """A closed or half-open interval; ``None`` is open to infinity on that side."""

    low: float | None
    high: float | None
    low_exclusive: bool = False
    high_exclusive: bool = False


MAX_FIGURE = 1e18  # no figure in the news is larger: past it a "figure" is a code or an error


def representable(value: object) -> bool:
    """Whether ``value`` is a figure the project can reason about: a finite number of magnitude
    below :data:`MAX_FIGURE`. Text and claim files become values through this one check."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(float(value)) and abs(float(value)) < MAX_FIGURE
    except OverflowError:  # an int too large for a float
        return False


def rounding_unit(value: float, decimals: int | None = None, scale: float = 1.0) -> float:
    """The unit a stated figure is rounded to, or 0 for an exact figure.

    ``decimals`` is the number of digits stated after the decimal point, and ``scale`` the
    magnitude word it was multiplied by ("5.2 million": decimals 1, scale 1e6 -> 100,000).
    """
    if decimals:
        return scale * 10.0 ** (-decimals)
    if scale > 1:
        return scale  # "5 million": rounded to the million
    if value != int(value) or value == 0:
        return 0.0
    n = abs(int(value))
    zeros = 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    significant = len(str(n))
    if zeros >= 3 or (zeros >= 2 and significant == 1):
        return 10.0 ** zeros
    return 0.0


def quantity_bounds(value: float, qualifier: str | None = None, *, tolerance: float = DEFAULT_TOLERANCE,
                    unit: float = 0.0, high_value: float | None = None, high_unit: float = 0.0) -> Bounds:
    """The interval a stated quantity allows.

    ``unit`` is the rounding unit of ``value`` (see :func:`rounding_unit`); ``high_value`` and
    ``high_unit`` give the upper figure of a range.
    """
    q = normalise_qualifier(qualifier)
    half = unit / 2
    lo, hi = value - half, value + half
    if high_value is not None:
        return Bounds(min(lo, high_value - high_unit / 2), max(hi, high_value + high_unit / 2))
    spread = abs(value) * tolerance
    if q in APPROXIMATE:
        return Bounds(min(lo, value - spread), max(hi, value + spread))
    if q in BELOW_NEAR:
        return Bounds(min(lo, value - spread), value)
    if q in ABOVE_NEAR:
        return Bounds(value, max(hi, value + spread))
    if q in AT_LEAST:
        return Bounds(value, None)
    if q in MORE_THAN:
        return Bounds(value, None, low_exclusive=True)
    if q in AT_MOST:
        return Bounds(None, value)
    if q in FEWER_THAN:
        return Bounds(None, value, high_exclusive=True)
    return Bounds(lo, hi)


# ---------------------------------------------------------------- dates

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(iso: str) -> tuple[date, date, str]:
    """First day, last day and precision of an ISO date at year, month or day precision.

    Raises ``ValueError`` for anything else.
    """
    m = ISO_DATE.match(iso.strip())
    if not m:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {iso!r}")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    year = int(y)
    if mo is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    month = int(mo)
    if d is None:
        last = calendar.monthrange(year, month)[1]  # raises ValueError for a bad month
        return date(year, month, 1), date(year, month, last), "month"
    day = date(year, month, int(d))
    return day, day, "day"


def open_date_bounds(start: date, end: date, qualifier: str | None) -> tuple[date | None, date | None]:
    """Open one end of a date interval: "since October", "before 2016", "by March"."""
    q = normalise_qualifier(qualifier)
    if q in DATE_OPEN_END:
        return start, None
    if q in {"before", "prior to"}:
        return None, start - timedelta(days=1)
    if q in DATE_OPEN_START:  # by, until, till, no later than: up to and including
        return None, end
    return start, end


def ordinal(d: date | None, default: float) -> float:
    return float(d.toordinal()) if d is not None else default


def format_number(x: float | int | None) -> str:
    """1234567 -> '1,234,567'; 5.25 -> '5.25'; None -> '?'."""
    if x is None:
        return "?"
    if isinstance(x, float) and (math.isinf(x) or math.isnan(x)):
        return str(x)
    if float(x) == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"
