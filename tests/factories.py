"""Small builders of claims for unit tests, going through reconcile.values like real input."""
from __future__ import annotations

import itertools

from reconcile.models import Claim, DateSpan, Kind, Origin
from reconcile.values import date_bounds, open_date_bounds, quantity_bounds, rounding_unit

_ids = itertools.count()


def _id() -> str:
    return f"c{next(_ids)}"


def quantity(value, qualifier=None, *, source="a", subject="US troops in Iraq", unit=None, high=None,
             tolerance=0.05, key="", as_of=None) -> Claim:
    b = quantity_bounds(value, qualifier, tolerance=tolerance, unit=rounding_unit(value),
                        high_value=high, high_unit=rounding_unit(high) if high is not None else 0.0)
    return Claim(id=_id(), source=source, kind=Kind.QUANTITY, subject=subject, key=key, value=value,
                 qualifier=qualifier, unit=unit, low=b.low, high=b.high, low_exclusive=b.low_exclusive,
                 high_exclusive=b.high_exclusive, as_of=as_of, origin=Origin.MANUAL)


def when(value, qualifier=None, *, source="a", subject="the vote") -> Claim:
    if isinstance(value, tuple):
        start, end = value
        return Claim(id=_id(), source=source, kind=Kind.DATE, subject=subject,
                     value=DateSpan(start=start, end=end), start=start, end=end, precision="span")
    start, end, precision = date_bounds(value)
    start, end = open_date_bounds(start, end, qualifier)
    return Claim(id=_id(), source=source, kind=Kind.DATE, subject=subject, value=value,
                 qualifier=qualifier, start=start, end=end, precision=precision)


def rank(value, *, source="a", subject="Fatah among blocs") -> Claim:
    return Claim(id=_id(), source=source, kind=Kind.RANK, subject=subject, value=value, low=value, high=value)


def role(name, *, source="a", subject="Speaker of parliament", qualifier=None) -> Claim:
    return Claim(id=_id(), source=source, kind=Kind.ROLE, subject=subject, value=name, qualifier=qualifier)
