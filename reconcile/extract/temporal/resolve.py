"""Normalising detected mentions against a reference (publication) date.

Each mention kind has one resolver that returns the TIMEX3 value, its grain and the first and
last day the expression allows. The qualifiers then narrow or open that interval:

- "early" / "mid" / "late" take the first, middle or last third of a month (days 1-10, 11-20,
  21-end) or of a year (January-April, May-August, September-December), and the matching part
  of a decade or century; the value keeps the unit ("late December 2019" is ``2019-12``).
- "earlier" / "later" ("earlier this month") cut the unit at the reference date.
- "since" / "from" keep the first day and open the end; "after" starts the day after the unit;
  "before" / "prior to" end the day before it; "until" / "by" / "through" keep the last day
  and open the start.

News semantics for expressions that need the reference date:

- a bare weekday in a past (or tenseless) clause is the latest such day on or before the
  reference; in a future clause it is the first one on or after it. Either way the reference
  day itself counts when it is that weekday: a report published on a Friday that says "on
  Friday" means that day whatever the tense (a week later would be "next Friday");
- "last Friday" is the latest Friday before the reference, "next Friday" the first after it,
  "this Friday" follows the tense like a bare weekday (on or after the reference without a cue);
- a month or a day-and-month without a year is the nearest such month or day that agrees with
  the clause's tense (on or before the reference in the past, on or after it in the future,
  nearest either way without a tense cue); a quarter or half without a year is the reference
  year's, or the year before in the past ("the fourth quarter", said in May) or after in the
  future ("will close in the first quarter", said in May); a day and month with its weekday
  ("Wednesday, October 15") takes the nearest year that puts the day on that weekday, against the
  clause's tense if need be;

Without a reference, such expressions are returned unresolved with the reason; nothing is
guessed. "Two years later", "four days earlier", "the following day", "later that day", "the
next morning" count from the last date
the text names before them in the paragraph ("three years after that" from the one just told);
"later that year", "that same month" and "September of that year" take its year or month, "the
following spring" the first spring after it and "later that summer" the summer of its year;
with none, they stay unresolved. One exception is no guess: a day and month with a weekday ("Thursday, November 10th")
takes the year when exactly one of the years the text writes out puts that day on that weekday.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .tense import Tense, tense_at
from .timex import EVENT_ANCHOR, NO_ANCHOR, UNKNOWN_REFERENCE, Mention, Timex

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_OPEN_END = {"since", "from", "starting", "beginning", "as of", "as from", "starting from",
             "starting on", "beginning on", "effective"}
_AFTER = {"after"}
_BEFORE = {"before", "prior to", "ahead of"}
_UNTIL = {"until", "till", "up to", "up until", "by", "no later than", "not later than", "through"}


class _Unresolved(Exception):
    """Raised inside a resolver: the mention cannot get a value (the message says why)."""


def _month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), _month_last(year, month)


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise _Unresolved(f"not a calendar date: {exc}") from None


def _need(ref: date | None) -> date:
    if ref is None:
        raise _Unresolved(UNKNOWN_REFERENCE)
    return ref


def _nearest_year(ref: date, tense: Tense | None, candidate) -> int:
    """The year that places ``candidate(year) -> (first, last)`` nearest the reference, by tense."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            first, last = candidate(y)
        except _Unresolved:
            continue
        if tense == "past" and first > ref:
            continue
        if tense == "future" and last < ref:
            continue
        dist = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
        options.append((dist, -y if tense != "future" else y, y))
    if not options:
        raise _Unresolved("no year fits the tense of the clause")
    return min(options)[2]


_YEAR_NAMED = re.compile(r"(?<![\d$.,:/-])(?:19|20)\d\d(?![\d%:/-]|,\d)")


_FAR = 180  # days: a year-less day this far from the reference is likely another year's


@lru_cache(maxsize=8)
def _month_years(text: str) -> dict[int, frozenset[int]]:
    """The years a text gives each month it writes with a year ("June 2005", "June 20, 2005")."""
    from .vocab import vocabulary
    months = vocabulary().month_of
    out: dict[int, set[int]] = {}
    for m in _MONTH_YEAR.finditer(text):
        month = months.get(m.group(1).lower().rstrip("."))
        if month:
            out.setdefault(month, set()).add(int(m.group(2)))
    return {k: frozenset(v) for k, v in out.items()}


_MONTH_YEAR = re.compile(r"\b([A-Z][a-z]{2,8}\.?)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b")


@lru_cache(maxsize=8)
def _years_named(text: str) -> frozenset[int]:
    """The years a text writes out in digits (1900-2099)."""
    return frozenset(int(m.group()) for m in _YEAR_NAMED.finditer(text))


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _week_span(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _split_third(first: date, last: date, part: str) -> tuple[date, date]:
    """The early / mid / late third of ``first..last`` (months and years by calendar thirds)."""
    if first.day == 1 and last == _month_last(last.year, last.month) and first.month == last.month \
            and first.year == last.year:
        if part == "early":
            return first, first.replace(day=10)
        if part == "mid":
            return first.replace(day=11), first.replace(day=20)
        return first.replace(day=21), last
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        y = first.year
        return {"early": (date(y, 1, 1), date(y, 4, 30)), "mid": (date(y, 5, 1), date(y, 8, 31)),
                "late": (date(y, 9, 1), date(y, 12, 31))}[part]
    days = (last - first).days + 1
    third = days // 3
    if part == "early":
        return first, first + timedelta(days=third - 1)
    if part == "mid":
        return first + timedelta(days=third), last - timedelta(days=third)
    return last - timedelta(days=third - 1), last


class _Resolver:
    def __init__(self, text: str, mention: Mention, ref: date | None, prior: list[Timex] | None = None):
        self.text = text
        self.prior = prior or []
        self.m = mention
        self.f = mention.fields
        self.ref = ref
        self.relative = False
        self._tense: Tense | None | bool = False

    @property
    def tense(self) -> Tense | None:
        if self._tense is False:
            # "since October": the bounded time lies behind the clause, whatever its verbs
            # "until"/"by" before a named day or month ("adjourned until September 5") set a
            # deadline, ahead of the reporting verb as often as behind it: the nearest one decides
            if self.m.signal in _OPEN_END - {"from", "effective"}:
                self._tense = "past"
            elif self.m.signal in _UNTIL and self.m.kind in {"date", "month", "day_span"}:
                self._tense = None
            else:
                self._tense = tense_at(self.text, self.m.start, self.m.end)
                if self._tense is None and self.m.signal in _UNTIL and self.m.kind == "weekday":
                    # "the goal is passage by Friday": a weekday set as a deadline, with no past
                    # in its clause, lies ahead ("had left by Friday" keeps its past)
                    self._tense = "future"
        return self._tense  # type: ignore[return-value]

    def _only_year(self, month: int | None) -> int | None:
        """With no reference, the year of a month written without one: the year the text gives
        that month ("killed in February 2009" ... "in February"), else the only year it names (for
        a season, ``month`` None: the only year)."""
        named = _month_years(self.text).get(month, frozenset())
        if len(named) == 1:
            return next(iter(named))
        years = _years_named(self.text)
        return next(iter(years)) if len(years) == 1 and not named else None

    def need_ref(self) -> date:
        self.relative = True
        return _need(self.ref)

    # -- one method per mention kind: returns (value, grain, first, last)

    def date(self):
        f = self.f
        if f["year"] is not None:
            d = _day(f["year"], f["month"], f["day"])
        elif f.get("year_shift") is not None:  # "March 3 last year"
            d = _day(self.need_ref().year + f["year_shift"], f["month"], f["day"])
        elif self.ref is None and f.get("weekday") is not None:
            # no reference, but a stated weekday: "Thursday, November 10th" in a text that names
            # years is in the one of them whose November 10 is a Thursday
            fits = {y for y in _years_named(self.text)
                    if _weekday_fits(y, f["month"], f["day"], f["weekday"])}
            if len(fits) != 1:
                raise _Unresolved(UNKNOWN_REFERENCE)
            d = _day(fits.pop(), f["month"], f["day"])
        elif self.ref is None and (y := self._only_year(f["month"])) is not None:
            d = _day(y, f["month"], f["day"])  # no reference: the one year the text gives
        else:
            ref = self.need_ref()

            def candidate(y):
                d = _day(y, f["month"], f["day"])
                if f.get("weekday") is not None and d.weekday() != f["weekday"]:
                    raise _Unresolved("the weekday does not match")
                return d, d
            try:  # a stated weekday ("Sunday, Jan. 5") picks the year when it can, against the tense too
                y = _nearest_year(ref, self.tense, candidate)
            except _Unresolved:
                try:
                    y = _nearest_year(ref, None, candidate) if f.get("weekday") is not None else None
                except _Unresolved:
                    y = None
                if y is None:
                    y = _nearest_year(ref, self.tense, lambda y: (_day(y, f["month"], f["day"]),) * 2)
            if f.get("weekday") is None and abs((_day(y, f["month"], f["day"]) - ref).days) > _FAR:
                # a day far from the reference takes the year the text gives that month ("killed in
                # June 2005" ... "killed on June 24", in a report of May 2007): the nearest June 24 is
                # not the story's
                named = _month_years(self.text).get(f["month"], frozenset())
                other = next(iter(named)) if len(named) == 1 else y
                if other != y:
                    d2 = _day(other, f["month"], f["day"])
                    if (self.tense != "future" or d2 >= ref) and (self.tense != "past" or d2 <= ref):
                        y = other
            d = _day(y, f["month"], f["day"])
        return d.isoformat(), "day", d, d

    def moveable(self):
        """A holiday whose day moves with the year ("Easter Sunday", "Thanksgiving"): in the year
        given, else the year that puts it nearest the reference by the clause's tense."""
        rule = self.f["rule"]

        def day_of(y: int) -> date:
            if rule[0] == "easter":
                return easter(y) + timedelta(days=rule[1])
            _, month, weekday, n = rule
            if n > 0:
                first = date(y, month, 1)
                return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
            last = date(y, month, calendar.monthrange(y, month)[1])
            return last - timedelta(days=(last.weekday() - weekday) % 7)

        if self.f["year"] is not None:
            d = day_of(self.f["year"])
        else:
            d = day_of(_nearest_year(self.need_ref(), self.tense, lambda y: (day_of(y),) * 2))
        return d.isoformat(), "day", d, d

    def day_span(self):
        f = self.f
        y = f["year"]
        if y is None:
            ref = self.need_ref()
            y = _nearest_year(ref, self.tense, lambda y: (_day(y, f["month"], f["day"]), _day(y, f["month"], f["day2"])))
        a, b = _day(y, f["month"], f["day"]), _day(y, f["month"], f["day2"])
        return f"{a.isoformat()}/{b.isoformat()}", "span", a, b

    def numeric(self):
        f = self.f
        a, b = f["a"], f["b"]
        month, day = (a, b) if a <= 12 else (b, a)
        raw = f["yy"]
        if len(raw) == 4:
            year = int(raw)
        else:
            year = self._century_for(int(raw))
        d = _day(year, month, day)
        return d.isoformat(), "day", d, d

    def _century_for(self, yy: int) -> int:
        ref = self.need_ref()
        year = (ref.year // 100) * 100 + yy
        return year - 100 if year > ref.year + 10 else year

    def month(self):
        f = self.f
        month = f["month"]
        if f.get("year") is not None:
            y = f["year"]
        elif self.ref is None and f.get("shift") is None and f.get("year_shift") is None \
                and (y := self._only_year(None)) is not None:
            pass  # no reference: the one year the text gives ("last summer" where it says 2009)
        else:
            ref = self.need_ref()
            shift = f.get("shift")
            if f.get("year_shift") is not None:  # "in October last year"
                y = ref.year + f["year_shift"]
            elif shift == -1:
                y = ref.year if month < ref.month else ref.year - 1
            elif shift == 1:
                y = ref.year if month > ref.month else ref.year + 1
            elif shift == 0:
                y = ref.year
            else:
                y = _nearest_year(ref, self.tense, lambda y: _month_span(y, month))
        first, last = _month_span(y, month)
        return f"{y:04d}-{month:02d}", "month", first, last

    def year(self):
        y = self.f["year"]
        return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)

    def year2(self):
        y = self._century_for(self.f["yy"])
        return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)

    def year_span(self):
        a, b = self.f["year"], self.f["year2"]
        return f"{a:04d}/{b:04d}", "span", date(a, 1, 1), date(b, 12, 31)

    def decade(self):
        d = self.f["decade"]
        return f"{d:03d}", "decade", date(d * 10, 1, 1), date(d * 10 + 9, 12, 31)

    def decade2(self):
        ref = self.need_ref()
        dd = self.f["dd"]
        y = (ref.year // 100) * 100 + dd
        if y > ref.year:
            y -= 100
        return f"{y // 10:03d}", "decade", date(y, 1, 1), date(y + 9, 12, 31)

    def century(self):
        c = self.f["century"]
        first_year = max(1, c * 100 + 1)
        return f"{c:02d}", "century", date(first_year, 1, 1), date(c * 100 + 100, 12, 31)

    def _season_span(self, y: int, code: str) -> tuple[date, date]:
        a, b = _SEASON_MONTHS[code]
        if code == "WI":
            return date(y, 12, 1), _month_last(y + 1, 2)
        return date(y, a, 1), _month_last(y, b)

    def season(self):
        f = self.f
        code = f["season"]
        if f.get("year") is not None:
            y = f["year"]
        elif self.ref is None and f.get("shift") is None and f.get("year_shift") is None \
                and (y := self._only_year(None)) is not None:
            pass  # no reference: the one year the text gives ("last summer" where it says 2009)
        else:
            ref = self.need_ref()
            shift = f.get("shift")
            this_y = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
            if shift is None:
                y = _nearest_year(ref, self.tense, lambda y: self._season_span(y, code))
            else:
                y = this_y + shift
        first, last = self._season_span(y, code)
        return f"{y:04d}-{code}", "season", first, last

    def quarter(self):
        return self._part_of_year("Q", 4)

    def half(self):
        return self._part_of_year("H", 2)

    def _part_of_year(self, letter: str, count: int):
        f = self.f
        n = f["n"]
        if n > count:
            raise _Unresolved(f"no {letter}{n} in a year")
        if f.get("year") is not None:
            y = f["year"]
        else:
            ref = self.need_ref()
            y = ref.year + (f.get("year_shift") or 0)
            if f.get("year_shift") is None:
                months = 12 // count
                cur = (ref.month - 1) // months + 1
                if self.tense == "past" and n > cur:
                    y -= 1
                elif self.tense == "future" and n < cur:
                    y += 1  # "will close in the first quarter", said in May: next year's
        months = 12 // count
        first = date(y, (n - 1) * months + 1, 1)
        last = _month_last(y, n * months)
        return f"{y:04d}-{letter}{n}", "quarter" if letter == "Q" else "half", first, last

    def weekday(self):
        ref = self.need_ref()
        wd, shift = self.f["weekday"], self.f.get("shift")
        delta = (ref.weekday() - wd) % 7
        if shift == -1:
            d = ref - timedelta(days=delta or 7)
        elif shift == 1:
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif self.tense == "future" or (shift == 0 and self.tense is None):
            d = ref + timedelta(days=(wd - ref.weekday()) % 7)
        else:
            d = ref - timedelta(days=delta)
        return d.isoformat(), "day", d, d

    def ordinal_day(self):
        """"on the 18th": that day of the reference's month or of the month next to it, before the
        reference in the past, after it in the future, else the nearest."""
        ref = self.need_ref()
        days = []
        for shift in (-1, 0, 1):
            y, mth = ref.year + (ref.month - 1 + shift) // 12, (ref.month - 1 + shift) % 12 + 1
            if self.f["day"] <= _month_last(y, mth).day:
                days.append(date(y, mth, self.f["day"]))
        if self.tense == "past":
            days = [d for d in days if d <= ref]
        elif self.tense == "future":
            days = [d for d in days if d >= ref]
        if not days:
            raise _Unresolved("no such day near the reference")
        d = min(days, key=lambda d: (abs((d - ref).days), d))
        return d.isoformat(), "day", d, d

    def day(self):
        ref = self.need_ref()
        d = ref + timedelta(days=self.f["offset"])
        return d.isoformat(), "day", d, d

    def unit(self):
        ref = self.need_ref()
        unit, shift = self.f["unit"], self.f["shift"]
        if self.f.get("implicit") and self.m.part in {"early", "mid", "late"} and unit in {"year", "month"}:
            # "the end of the year" without "this" is the current one, or the one before (after)
            # when the reference is early in the unit and the clause is past (late in it, future)
            u_first, u_last = self._unit_span(ref, unit, 0)
            first, last = _split_third(u_first, u_last, self.m.part)
            if self.tense == "past" and first > ref and ref <= _split_third(u_first, u_last, "early")[1]:
                shift = -1
            elif self.tense == "future" and last < ref and ref >= _split_third(u_first, u_last, "late")[0]:
                shift = 1
        return self._unit(ref, unit, shift)

    def _unit_span(self, ref: date, unit: str, shift: int) -> tuple[date, date]:
        _, _, first, last = self._unit(ref, unit, shift)
        return first, last

    def _unit(self, ref: date, unit: str, shift: int):
        if unit == "week":
            d = ref + timedelta(weeks=shift)
            first, last = _week_span(d)
            return _week_value(d), "week", first, last
        if unit == "month":
            d = ref + relativedelta(months=shift)
            first, last = _month_span(d.year, d.month)
            return f"{d.year:04d}-{d.month:02d}", "month", first, last
        if unit == "year":
            y = ref.year + shift
            return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)
        if unit == "quarter":
            q = (ref.month - 1) // 3 + shift
            y = ref.year + q // 4
            q = q % 4 + 1
            return f"{y:04d}-Q{q}", "quarter", date(y, q * 3 - 2, 1), _month_last(y, q * 3)
        if unit == "decade":
            d = ref.year // 10 + shift
            return f"{d:03d}", "decade", date(d * 10, 1, 1), date(d * 10 + 9, 12, 31)
        if unit == "century":
            c = (ref.year - 1) // 100 + shift
            return f"{c:02d}", "century", date(c * 100 + 1, 1, 1), date(c * 100 + 100, 12, 31)
        raise _Unresolved(f"unknown unit {unit!r}")

    def weekend(self):
        ref = self.need_ref()
        shift = self.f.get("shift")
        saturday = ref + timedelta(days=5 - ref.weekday())
        if shift is None:
            if self.tense == "future":
                if ref.weekday() == 6:
                    saturday += timedelta(days=7)
            elif ref.weekday() < 5:
                saturday -= timedelta(days=7)
        else:
            saturday += timedelta(weeks=shift)
        return f"{_week_value(saturday)}-WE", "span", saturday, saturday + timedelta(days=1)

    def ago(self):
        ref = self.need_ref()
        n, unit = self.f["n"], self.f["unit"]
        if n is None:
            return "PAST_REF", "ref", None, ref
        if unit == "day":
            d = ref - timedelta(days=n)
            return d.isoformat(), "day", d, d
        if self.f.get("exact") and unit in ("week", "month", "year"):
            d = ref - relativedelta(**{unit + "s": n})  # "exactly a year ago": that day a year back
            return d.isoformat(), "day", d, d
        if unit == "week":
            d = ref - timedelta(weeks=n)
            first, last = _week_span(d)
            return _week_value(d), "week", first, last
        if unit == "month":
            d = ref - relativedelta(months=n)
            first, last = _month_span(d.year, d.month)
            return f"{d.year:04d}-{d.month:02d}", "month", first, last
        if unit == "year":
            y = ref.year - n
            return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)
        if unit == "decade":
            y = ref.year - 10 * n
            return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)
        raise _Unresolved(f"unknown unit {unit!r}")

    def anchored(self):
        """"Two years later", "a day earlier", "the following day": counted from the last date the
        text told before it (within the paragraph), at that date's precision or finer."""
        n, unit = self.f["n"], self.f["unit"]
        # "three years after that" counts from the date just told, even an anchored one; "four
        # days earlier" from the last date the text names itself
        chain = _THAT.search(self.text, self.m.start, self.m.end) is not None
        anchor = None
        for t in reversed(self.prior):
            if self.m.start - t.end > _ANCHOR_REACH or "\n\n" in self.text[t.end:self.m.start]:
                break  # the text before is too far off
            if "\n" in self.text[t.end:self.m.start] and _is_stamp(self.text, t):
                break  # the article's own stamp above: "Published April 11, 2007"
            if t.value and t.first and t.last and t.grain in ("day", "month", "year") and not t.qualifier \
                    and (chain or not _ANCHORED.search(t.text)):
                anchor = t
                break
        if anchor is None:
            raise _Unresolved(NO_ANCHOR)
        if unit == "year" and self.f.get("month"):  # "September of that year"
            y, mo = anchor.first.year + n, self.f["month"]
            first, last = _month_span(y, mo)
            return f"{y:04d}-{mo:02d}", "month", first, last
        if unit == "year":
            y = anchor.first.year + n
            return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)
        if unit == "season":
            # "later that summer": the season of the date's year; "the following spring": the first
            # spring that begins after the date
            code = self.f["season"]
            y = anchor.first.year
            if n:
                y = next(y for y in range(anchor.last.year - 1, anchor.last.year + 2)
                         if self._season_span(y, code)[0] > anchor.last)
            first, last = self._season_span(y, code)
            return f"{y:04d}-{code}", "season", first, last
        if unit == "month" and self.f.get("month"):  # "the following May": the first May after the date
            mo = self.f["month"]
            y = anchor.last.year + (1 if mo <= anchor.last.month else 0)
            first, last = _month_span(y, mo)
            return f"{y:04d}-{mo:02d}", "month", first, last
        if unit == "month" and anchor.grain in ("day", "month"):
            d = anchor.first + relativedelta(months=n)
            first, last = _month_span(d.year, d.month)
            return f"{d.year:04d}-{d.month:02d}", "month", first, last
        if unit == "week" and anchor.grain == "day":
            d = anchor.first + timedelta(weeks=n)
            first, last = _week_span(d)
            return _week_value(d), "week", first, last
        if unit == "day" and anchor.grain == "day":
            d = anchor.first + timedelta(days=n)
            return d.isoformat(), "day", d, d
        raise _Unresolved(NO_ANCHOR)  # the date before it is too coarse to count days or months from

    def offset(self):
        raise _Unresolved(EVENT_ANCHOR)  # "a day before the vote": see count_from

    def vague(self):
        value = self.f["value"]
        if value == "PRESENT_REF" and self.ref is not None:
            return value, "ref", self.ref, self.ref
        if value == "PAST_REF":
            return value, "ref", None, self.ref
        if value == "FUTURE_REF":
            return value, "ref", self.ref, None
        return value, "ref", None, None


def _qualify(m: Mention, ref: date | None, first: date | None, last: date | None,
             relative: bool) -> tuple[date | None, date | None, str | None]:
    words = []
    if m.signal:
        words.append(m.signal)
    if m.part:
        words.append(m.part)
    if m.day_part and not m.part:
        words.append(m.day_part)
    if first is not None and last is not None:
        if m.part in {"early", "mid", "late"} and first != last:
            first, last = _split_third(first, last, m.part)
        elif m.part == "earlier" and ref is not None and first <= ref <= last:
            last = ref
        elif m.part == "later" and ref is not None and first <= ref <= last:
            first = ref
    if m.signal:
        sig = m.signal
        if sig in _OPEN_END:
            last = None
        elif sig in _AFTER:
            first = last + timedelta(days=1) if last is not None else None
            last = None
        elif sig in _BEFORE:
            last = first - timedelta(days=1) if first is not None else None
            first = None
        elif sig in _UNTIL:
            first = None
    return first, last, " ".join(words) or None


_STAMP_WORDS = frozenset({"published", "posted", "updated", "last", "first", "on", "date", "at", "am", "pm",
                          "a", "p", "m", "et", "edt", "est", "gmt", "utc", "bst", "cet", "pst", "pdt"})


def _weekdays():
    from .vocab import vocabulary
    return vocabulary().weekday_of


def _is_stamp(text: str, t: Timex) -> bool:
    """Whether the date ``t`` is told on a line of its own that is the article's stamp: nothing
    but the date, a clock and stamp words ("Published April 11, 2007", "Nov. 30, 2009 5:40 PM").
    A field ("End of Watch: June 24, 2005") or a headline is no stamp."""
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    rest = text[start:t.start] + " " + text[t.end:end if end >= 0 else len(text)]
    return all(w.lower() in _STAMP_WORDS or w.lower() in _weekdays() for w in re.findall(r"[A-Za-z]+", rest))


_ANCHOR_REACH = 600  # characters: an anchored expression counts from a date told this near before it
_THAT = re.compile(r"\b(?:after|before)\s+that\b", re.I)
_ANCHORED = re.compile(r"\b(?:later|earlier|afterwards|after\s+that|previous|following|next|preceding)\b", re.I)


def count_from(offset: tuple[int, int | None, str], grain: str, first: date | None, last: date | None
               ) -> tuple[str, str, date, date] | None:
    """(value, grain, first, last) of a time counted from an anchor of ``grain`` from ``first`` to
    ``last`` ("a day before" a day: the day before; "two weeks after": fourteen days after; "hours
    after": that day or the next; "a month after" a day or a month: the month after; "a year
    after": the year after), or None when the anchor is too coarse to count from (days from a
    month) or open."""
    sign, n, unit = offset
    if first is None or last is None:
        return None
    if unit in ("day", "week", "hour"):
        if grain != "day" or first != last:
            return None
        if unit == "hour":
            # an event some hours after (before) one at an unknown time of its day: that day or the
            # next (the one before); a count of hours reaches its whole days
            lo, hi = (0, 1) if n is None else (n // 24, (n + 23) // 24)
            a, b = (first + timedelta(days=lo), first + timedelta(days=hi)) if sign > 0 else \
                (first - timedelta(days=hi), first - timedelta(days=lo))
            return (a.isoformat(), "day", a, a) if a == b else (f"{a.isoformat()}/{b.isoformat()}", "span", a, b)
        d = first + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return d.isoformat(), "day", d, d
    if unit == "month" and grain in ("day", "month") and first.month == last.month and first.year == last.year:
        d = first + relativedelta(months=sign * n)
        a, b = _month_span(d.year, d.month)
        return f"{d.year:04d}-{d.month:02d}", "month", a, b
    if unit == "year" and grain in ("day", "month", "year") and first.year == last.year:
        y = first.year + sign * n
        return f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31)
    return None


_ANCHOR_DATE_GAP = re.compile(r"\s+(?:on\s+)?$")


def count_from_dates(text: str, found: list[Timex]) -> list[Timex]:
    """A time counted from a date told right after it ("two days after June 3", "a year before
    2019") is that date shifted, one expression; a date with an event of its own ("a day after
    Sunday's vote", "the day before his May 3 death") stays the event's."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if t.offset is not None and nxt is not None and nxt.value is not None and \
                _ANCHOR_DATE_GAP.match(text, t.end, nxt.start) and not _POSSESSIVE.match(text, nxt.end):
            counted = count_from(t.offset, nxt.grain, *_bare(nxt))
            if counted is not None:
                value, grain, first, last = counted
                out.append(Timex(t.start, nxt.end, text[t.start:nxt.end], value, grain, first, last, None,
                                 nxt.relative, None))
                i += 2
                continue
        out.append(t)
        i += 1
    return out


_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_ISO_DAY = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")


def _bare(t: Timex) -> tuple[date | None, date | None]:
    """The interval of a date without its signal ("after June 3": June 3 itself)."""
    m = _ISO_DAY.match(t.value or "")
    if t.grain == "day" and m and m.group(3):
        d = date.fromisoformat(t.value)
        return d, d
    if t.grain == "month" and m:
        return _month_span(int(m.group(1)), int(m.group(2)))
    if t.grain == "year" and re.fullmatch(r"\d{4}", t.value or ""):
        return date(int(t.value), 1, 1), date(int(t.value), 12, 31)
    return None, None


def resolve(text: str, mention: Mention, reference: date | None, prior: list[Timex] | None = None) -> Timex:
    """The :class:`Timex` of one detected ``mention`` of ``text``, against ``reference``; ``prior``
    are the expressions resolved before it, which "two years later" counts from."""
    r = _Resolver(text, mention, reference, prior)
    surface = text[mention.start:mention.end]
    try:
        value, grain, first, last = getattr(r, mention.kind)()
    except _Unresolved as exc:
        _, _, qualifier = _qualify(mention, reference, None, None, r.relative)
        offset = (mention.fields["sign"], mention.fields["n"], mention.fields["unit"]) \
            if mention.kind == "offset" else None
        return Timex(mention.start, mention.end, surface, None, "unresolved", None, None, qualifier,
                     r.relative, str(exc), offset)
    first, last, qualifier = _qualify(mention, reference, first, last, r.relative)
    return Timex(mention.start, mention.end, surface, value, grain, first, last, qualifier, r.relative, None)
