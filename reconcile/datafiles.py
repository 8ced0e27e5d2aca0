"""The vocabulary files of ``reconcile/data/``, each parsed once and shared by every stage."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


# libyaml's safe loader when PyYAML was built with it (the same data, several times faster: a tenth of
# a second off every run); the pure-Python one otherwise
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """``reconcile/data/<name>`` parsed (callers read it; they never change it)."""
    return yaml.load(resources.files("reconcile").joinpath("data", name).read_text("utf-8"), Loader=_LOADER)  # noqa: S506


def calendar() -> tuple[dict[str, int], dict[str, int]]:
    """Every spelling of a month -> 1..12 and of a weekday -> 0 (Monday)..6, lower case, from
    ``data/temporal.yaml`` (the tagger's vocabulary, shared by the reader and the extractors)."""
    data = load("temporal.yaml")
    months = {str(n).lower(): int(k) for k, names in data["months"].items() for n in names}
    weekdays = {str(n).lower(): int(k) for k, names in data["weekdays"].items() for n in names}
    return months, weekdays


def weekday_names() -> frozenset[str]:
    """The full weekday names ("monday"...), without abbreviations."""
    return frozenset(str(names[0]).lower() for names in load("temporal.yaml")["weekdays"].values())
