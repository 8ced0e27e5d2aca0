"""Units of measure: their spellings, dimensions and conversions.

The vocabulary is ``reconcile/data/units.yaml`` (spellings, the claim's unit name, the dimension and
pint's name for each unit). :func:`normalise` gives a value in its dimension's base unit
(metres, kilograms, days, km/h, km2, litres, degrees Celsius, MW, MWh, Mbps, µg/m3, ppm), with pint doing every
conversion; pint is imported the first time a conversion is asked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import load as load_data


@dataclass(frozen=True)
class Unit:
    name: str  # what a claim carries: "m", "ft", "days"
    dimension: str  # length, mass, duration...
    pint: str  # pint's name for it


@lru_cache(maxsize=1)
def vocab() -> dict:
    return load_data("units.yaml")


@lru_cache(maxsize=1)
def units() -> tuple[dict[str, Unit], dict[str, Unit], re.Pattern, re.Pattern]:
    """Spelling -> unit, unit name -> unit, the unit pattern after a figure, the second part of a compound."""
    v = vocab()
    by_spelling: dict[str, Unit] = {}
    by_name: dict[str, Unit] = {}
    for name, d in v["units"].items():
        u = Unit(str(name), d["dimension"], d["pint"])
        by_name[u.name] = u
        for s in d["spellings"]:
            by_spelling.setdefault(str(s).lower(), u)
    glued = {str(s).lower() for s in v["glued_only"]}
    spaced = sorted((s for s in by_spelling if s not in glued), key=lambda s: (-len(s), s))
    every = sorted(by_spelling, key=lambda s: (-len(s), s))
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)  # noqa: E731
    # a unit after a figure: glued ("150m", "-15C"), hyphenated ("200-pound") or after one space
    adjectives = alt(str(w) for w in v["between_figure_and_unit"])
    hyphened = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in ws)  # noqa: E731 ("170,000-square-foot")
    after = re.compile(r"(?:(?P<glue>)(?P<g>" + alt(every) + r")|-(?P<h>" + hyphened(every) + r")|\s(?:(?:" + adjectives
                       + r")\s+)?(?P<s>" + alt(spaced) + r"))(?![\w\u00b0])", re.IGNORECASE)
    # the second part of a compound: "6 feet 3 inches", "1hr 4 mins", "5-foot-8"
    second = re.compile(r"(?:\s*(?:and\s+|,\s*)?(?P<n>\d+(?:\.\d+)?)\s?(?P<u>" + alt(every) + r")"
                        r"|-(?P<bare>\d{1,2})(?:\s?(?P<u2>inches|inch|in)\b)?)(?![\w])", re.IGNORECASE)
    return by_spelling, by_name, after, second


def unit_named(name: str | None) -> Unit | None:
    """The unit a claim's ``unit`` names, when it is a unit of measure (not a currency or %)."""
    return units()[1].get(name) if name else None


# ------------------------------------------------------------------ conversion (pint)

@lru_cache(maxsize=1)
def _registry():
    import pint  # loaded only when an article holds a measure

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _affine(unit: str) -> tuple[str, float, float]:
    """(base unit, a, b) with base = a * x + b, from pint; b is 0 but for temperatures."""
    u = unit_named(unit)
    if u is None:
        raise KeyError(unit)
    base_name = vocab()["bases"].get(u.dimension)
    if not base_name:  # magnitude and the like: no conversion
        return u.name, 1.0, 0.0
    base = unit_named(base_name).pint  # type: ignore[union-attr]
    reg = _registry()
    if not u.pint.isidentifier():  # an expression: "10 * year", "kilometer ** 2", "mile / hour"
        return base_name, float(reg.parse_expression(u.pint).to(reg.parse_expression(base)).magnitude), 0.0
    q = reg.Quantity
    b = q(0.0, u.pint).to(base).magnitude
    a = q(1.0, u.pint).to(base).magnitude - b
    return base_name, float(a), float(b)


def normalise(unit: str, value: float) -> tuple[str, float]:
    """``value`` in ``unit`` expressed in its dimension's base unit: ("ft", 200) -> ("m", 60.96)."""
    base, a, b = _affine(unit)
    return base, a * value + b


def convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` in unit ``to`` of the same dimension (compounds: 6 ft -> 72 in)."""
    _, a1, b1 = _affine(unit)
    _, a2, b2 = _affine(to)
    return ((a1 * value + b1) - b2) / a2
