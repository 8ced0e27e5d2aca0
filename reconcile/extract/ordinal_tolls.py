"""Tolls told by an ordinal: a quantity rule of its own.

"a fifth person has died", "the third victim died in hospital on Monday", "a second patient has
tested positive": the toll has reached the ordinal's number, a count of people with the event of
the verb (people killed, infected...). Only ordinals from "second" on (a first death counts one,
which "one person died" says as well and "the first person to die" says of no toll), a singular
noun of a person and an event word of the count vocabulary for people. Corpus:
``tests/corpus/counts/disasters.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .phrases import lex
from .quantity import body_matches, key_of, make_claim
from .ranks import ordinal_values

_PERSONS = r"person|man|woman|child|boy|girl|victim|patient|passenger|worker|resident|soldier|officer|climber|student|firefighter|miner|hostage"


@lru_cache(maxsize=1)
def _toll() -> re.Pattern[str]:
    """The phrase of a toll told by an ordinal, the ordinals from "second" on (the ranks' table)."""
    words = sorted((w for w, n in ordinal_values().items() if n >= 2), key=len, reverse=True)
    return re.compile(rf"\b(?:an?|the)\s+(?P<n>{'|'.join(map(re.escape, words))})\s+(?P<who>{_PERSONS})\s+"
                      r"(?:(?:has|had|have|was|is|now|also|later|since)\s+){0,3}(?P<ev>[a-z]+)(?:\s+(?P<ev2>positive|dead))?\b",
                      re.IGNORECASE)


def ordinal_tolls(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The toll claims "a fifth person has died" states (see the module docstring)."""
    lx = lex()
    out: list[Claim] = []
    for m in body_matches(article, _toll()):
        ev = m.group("ev").lower()
        event = "infected" if m.group("ev2") and m.group("ev2").lower() == "positive" and ev == "tested" else (
            "killed" if m.group("ev2") and m.group("ev2").lower() == "dead" else lx.events.get(ev))
        if event is None or event not in lx.people_events:
            continue
        value = float(ordinal_values()[" ".join(m.group("n").lower().split())])
        out.append(make_claim(article, Figure(m.start("n"), m.end("n"), value), None, f"people {event}",
                              key_of(f"people {event}"), (m.start(), m.end()), sentences.around(m.start()), settings))
    return out
