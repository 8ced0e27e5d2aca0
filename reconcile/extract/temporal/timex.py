"""The tagger's records: :class:`Mention` (found, not yet resolved) and :class:`Timex` (resolved)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Grain = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century",
                "span", "ref", "unresolved"]

UNKNOWN_REFERENCE = "relative expression and the publication date is unknown"
NO_ANCHOR = "no date before it to count from"  # "two years later" with no date told before it
# "a day before the vote": counted from the event after it, whose date the tagger does not know
EVENT_ANCHOR = "counted from the event after it"


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression of a text.

    ``start``/``end``
        Half-open character offsets: ``source_text[start:end] == text``.
    ``value``
        TIMEX3-style normalised value, or ``None`` when unresolved:

        - calendar units: ``2020-01-05`` (day), ``2020-W01`` (ISO week), ``2020-W01-WE`` (a
          weekend), ``2020-01`` (month), ``2019-Q4`` (quarter), ``2019-H1`` (half year),
          ``2019-SU`` (season: SP, SU, FA, WI; winter ``Y`` runs from December ``Y`` to February
          ``Y+1``), ``2019`` (year), ``199`` (decade: the 1990s), ``19`` (century: the 20th);
        - spans: ``2014/2017``, ``2020-01-03/2020-01-05`` (ISO 8601 intervals);
        - vague references: ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.
    ``grain``
        The unit of ``value``: day, week, month, quarter, half, season, year, decade, century,
        span (a range, a weekend), ref (a vague reference such as "now" or "recently"), or
        unresolved (``value`` is ``None``).
    ``first``/``last``
        First and last day of the interval the expression allows, after its qualifier;
        ``None`` for an open end ("since October": no last day) or when unknown.
    ``qualifier``
        How the expression is hedged or bounded, as worded and lower case: ``since``,
        ``before``, ``until``, ``after``, ``early``, ``mid``, ``late``, ``earlier``, ``later``,
        a part of the day (``evening``), or a combination (``since early``). ``None`` if bare.
    ``relative``
        True when the value depends on the reference (publication) date.
    ``unresolved``
        Why the expression has no value (``value`` is then ``None``); ``None`` otherwise.
    ``offset``
        For a time counted from another event ("a day before the vote", "two weeks after the
        leak", "hours after"): its direction (-1 before, 1 after), count and unit (``(-1, 1,
        "day")``; ``(1, None, "hour")`` for a bare "hours after"). The tagger resolves it when a date follows it ("two days after
        June 3"); else it stays unresolved (``EVENT_ANCHOR``) and the event's date is the date
        extractor's to find.
    """

    start: int
    end: int
    text: str
    value: str | None
    grain: Grain
    first: date | None = None
    last: date | None = None
    qualifier: str | None = None
    relative: bool = False
    unresolved: str | None = None
    offset: tuple[int, int | None, str] | None = None


@dataclass(frozen=True)
class Mention:
    """A detected expression before resolution.

    ``kind`` says which fields are set: ``date`` (year?, month, day, weekday?), ``month``
    (year?, month, shift?), ``year`` (year), ``year2`` (two-digit year), ``decade``
    (decade | decade2), ``century``, ``season`` (season, year?, shift?), ``quarter`` / ``half``
    (n, year?, year_shift?, shift?), ``weekday`` (weekday, shift?), ``day`` (offset),
    ``unit`` (unit, shift), ``weekend`` (shift?), ``ago`` (n, unit), ``vague`` (value),
    ``year_span`` (year, year2), ``day_span`` (year?, month, day, day2), ``numeric``
    (a, b, year).
    """

    start: int
    end: int
    kind: str
    fields: dict = field(default_factory=dict)
    part: str | None = None  # early | mid | late | earlier | later
    day_part: str | None = None  # morning, evening...
    signal: str | None = None  # since, before, until...
