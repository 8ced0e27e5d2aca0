"""The tagger's vocabulary, read once from ``reconcile/data/temporal.yaml``.

Everything here is data: word lists turned into lookup tables and regular-expression
alternations. The rules in ``detect.py`` and the tense heuristic in ``tense.py`` are built from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from ...datafiles import load as load_data


def alternation(words) -> str:
    """A regex alternation of ``words`` (longest first, spaces matching any blank run)."""
    parts = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)
    return f"(?:{body})"


@dataclass(frozen=True)
class Vocabulary:
    month_of: dict[str, int]  # every month name and abbreviation -> 1..12
    month_full: frozenset[str]
    ambiguous_months: frozenset[str]
    month_cues: tuple[str, ...]
    weekday_of: dict[str, int]  # name or abbreviation -> 0 (Monday) .. 6
    weekday_full: frozenset[str]
    weekday_name_before: frozenset[str]
    weekday_name_after: tuple[str, ...]
    day_parts: tuple[str, ...]
    season_of: dict[str, str]  # word -> SP | SU | FA | WI
    numbers: dict[str, int | None]
    ordinals: dict[str, int]
    deictic: dict[str, int]
    vague: dict[str, str]  # phrase -> PRESENT_REF | PAST_REF | FUTURE_REF
    open_end: tuple[str, ...]
    open_start: tuple[str, ...]
    part_of: dict[str, str]  # phrase -> early | mid | late
    future_cues: tuple[str, ...]
    past_irregular: frozenset[str]
    not_past: frozenset[str]
    year_not_before: tuple[str, ...]
    year_not_after: tuple[str, ...]
    century_ordinals: dict[str, int]
    schedule_nouns: tuple[str, ...] = ()
    time_clause_openers: tuple[str, ...] = ()
    putting_off: tuple[str, ...] = ()
    scheduled_plural: tuple[str, ...] = ()
    holiday_of: dict[str, tuple[int, int]] | None = None  # name -> (month, day)
    moveable_of: dict[str, tuple] | None = None  # name -> ("easter", days) or ("nth", month, weekday, n)


def _norm(w: object) -> str:
    return " ".join(str(w).lower().split())


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = load_data("temporal.yaml")
    month_of: dict[str, int] = {}
    month_full: set[str] = set()
    for num, names in raw["months"].items():
        month_full.add(_norm(names[0]))
        for n in names:
            month_of[_norm(n)] = int(num)
    weekday_of: dict[str, int] = {}
    weekday_full: set[str] = set()
    for num, names in raw["weekdays"].items():
        weekday_full.add(_norm(names[0]))
        for n in names:
            weekday_of[_norm(n)] = int(num)
    season_of = {_norm(w): code for code, words in raw["seasons"].items() for w in words}
    vague = {_norm(p): kind for kind, phrases in raw["vague"].items() for p in phrases}
    part_of = {_norm(p): kind for kind, phrases in raw["part_of"].items() for p in phrases}
    return Vocabulary(
        month_of=month_of,
        month_full=frozenset(month_full),
        ambiguous_months=frozenset(_norm(w) for w in raw["ambiguous_months"]),
        month_cues=tuple(_norm(w) for w in raw["month_cues"]),
        weekday_of=weekday_of,
        weekday_full=frozenset(weekday_full),
        weekday_name_before=frozenset(_norm(w) for w in raw["weekday_name_before"]),
        weekday_name_after=tuple(_norm(w) for w in raw["weekday_name_after"]),
        day_parts=tuple(_norm(w) for w in raw["day_parts"]),
        season_of=season_of,
        numbers={_norm(k): v for k, v in raw["numbers"].items()},
        ordinals={_norm(k): int(v) for k, v in raw["ordinals"].items()},
        deictic={_norm(k): int(v) for k, v in raw["deictic"].items()},
        vague=vague,
        open_end=tuple(_norm(w) for w in raw["open_end"]),
        open_start=tuple(_norm(w) for w in raw["open_start"]),
        part_of=part_of,
        future_cues=tuple(_norm(w) for w in raw["future_cues"]),
        past_irregular=frozenset(_norm(w) for w in raw["past_irregular"]),
        not_past=frozenset(_norm(w) for w in raw["not_past"]),
        year_not_before=tuple(_norm(w) for w in raw["year_not_before"]),
        year_not_after=tuple(_norm(w) for w in raw["year_not_after"]),
        century_ordinals={_norm(k): int(v) for k, v in raw["century_ordinals"].items()},
        schedule_nouns=tuple(_norm(w) for w in raw["schedule_nouns"]),
        time_clause_openers=tuple(_norm(w) for w in raw["time_clause_openers"]),
        putting_off=tuple(_norm(w) for w in raw.get("putting_off", ())),
        scheduled_plural=tuple(_norm(w) for w in raw.get("scheduled_plural", ())),
        # (a name with a full stop is also known without it: "St. Patrick's Day", "St Patrick's Day")
        holiday_of={name: (int(str(v)[:2]), int(str(v)[3:5])) for k, v in (raw.get("holidays") or {}).items()
                    for name in {_norm(k), _norm(k).replace(".", "")}},
        moveable_of={_norm(k): _moveable(str(v)) for k, v in (raw.get("moveable_holidays") or {}).items()},
    )


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _moveable(spec: str) -> tuple:
    """"easter-2" -> ("easter", -2); "11-thu-4" -> ("nth", 11, 3, 4); "05-mon--1" -> ("nth", 5, 0, -1)."""
    if spec.startswith("easter"):
        return ("easter", int(spec[len("easter"):] or 0))
    month, wd, n = spec.split("-", 2)
    return ("nth", int(month), _WEEKDAYS.index(wd), int(n))
