"""Killings told by a multiplier: a quantity rule of its own.

"a double murder", "the triple homicide", "a quadruple slaying", "convicted double-murderer X":
the count of people killed the word "double" (two), "triple" (three), "quadruple" (four) or
"quintuple" (five) gives a noun of killing. Only a noun of killing: "a double shift", "triple
digits" and "a double-decker" count no one. Corpus: ``tests/corpus/counts/multiples.yaml``.
"""
from __future__ import annotations

import re

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .quantity import body_matches, key_of, make_claim

_TIMES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_KILLING = re.compile(r"\b(?P<m>double|triple|quadruple|quintuple)[ \t-]+"
                      r"(?P<noun>murders?|murderer|homicides?|killings?|killer|slayings?|slayer)\b", re.IGNORECASE)


def multiple_killings(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The counts of people killed that "a double murder" and its like state (see the module docstring)."""
    out: list[Claim] = []
    for m in body_matches(article, _KILLING):
        fig = Figure(m.start(), m.end(), float(_TIMES[m.group("m").lower()]), words=True)
        out.append(make_claim(article, fig, None, "people killed", key_of("people killed"),
                              (m.start(), m.end()), sentences.around(m.start()), settings))
    return out
