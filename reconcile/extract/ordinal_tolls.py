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

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .phrases import lex
from .quantity import body_matches, key_of, make_claim

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_PERSONS = r"person|man|woman|child|boy|girl|victim|patient|passenger|worker|resident|soldier|officer|climber|student|firefighter|miner|hostage"
_TOLL = re.compile(rf"\b(?:an?|the)\s+(?P<n>{'|'.join(_ORDINALS)})\s+(?P<who>{_PERSONS})\s+"
                   r"(?:(?:has|had|have|was|is|now|also|later|since)\s+){0,3}(?P<ev>[a-z]+)(?:\s+(?P<ev2>positive|dead))?\b",
                   re.IGNORECASE)


def ordinal_tolls(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The toll claims "a fifth person has died" states (see the module docstring)."""
    lx = lex()
    out: list[Claim] = []
    for m in body_matches(article, _TOLL):
        ev = m.group("ev").lower()
        event = "infected" if m.group("ev2") and m.group("ev2").lower() == "positive" and ev == "tested" else (
            "killed" if m.group("ev2") and m.group("ev2").lower() == "dead" else lx.events.get(ev))
        if event is None or event not in lx.people_events:
            continue
        value = float(_ORDINALS[m.group("n").lower()])
        out.append(make_claim(article, Figure(m.start("n"), m.end("n"), value), None, f"people {event}",
                              key_of(f"people {event}"), (m.start(), m.end()), sentences.around(m.start()), settings))
    return out
