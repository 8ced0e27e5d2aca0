"""The temporal tagger: time expressions of news text, found and normalised.

``find_timexes(text, reference)`` returns one :class:`Timex` per expression, in text order and
without overlaps. Detection (``detect.py``) is a set of named regular-expression rules built once
from ``reconcile/data/temporal.yaml``; resolution (``resolve.py``) turns each mention into a
TIMEX3-style value against the reference (publication) date, using the clause's tense
(``tense.py``) where the calendar alone does not decide.
"""
from __future__ import annotations

from datetime import date, datetime

from .detect import detect
from .resolve import count_from, count_from_dates, resolve
from .timex import UNKNOWN_REFERENCE, Grain, Mention, Timex

__all__ = ["Grain", "Mention", "Timex", "UNKNOWN_REFERENCE", "count_from", "detect", "find_timexes", "resolve"]


def find_timexes(text: str, reference: date | None) -> list[Timex]:
    """Every time expression of ``text``, resolved against ``reference`` (``None``: unknown).

    Expressions that need the reference date are returned with ``value=None`` and the reason in
    ``unresolved`` when ``reference`` is ``None``; they are never guessed. A month (or a day of a
    month) written without a year is no guess when the text gives that month a year, or names one
    year only: it takes that year.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_timexes needs decoded text (str), not {type(text).__name__}")
    if isinstance(reference, datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, date):
        raise TypeError(f"the reference must be a date or None, not {type(reference).__name__}")
    out: list[Timex] = []
    for mention in detect(text):
        out.append(resolve(text, mention, reference, out))
    return count_from_dates(text, out)
