"""Zeros the text states: a quantity rule of its own.

"no one was killed", "nobody was hurt", "there were no casualties", "no dead or wounded", "there
were no reports of injuries". Only with an event word of the count vocabulary (people killed,
wounded...) or a toll noun (casualties, deaths, injuries): "no one knows" and "no doubt" state
nothing. Corpus: ``tests/corpus/counts/zeros.yaml``.
"""
from __future__ import annotations

import re

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .phrases import lex
from .quantity import body_matches, key_of, make_claim

_ZERO = re.compile(r"\b(?:(?P<who>no\s+one|nobody|none)\s+(?:(?:was|were|had|has|have|been|being|is|are)\s+){1,2}"
                   r"(?:(?:reported|immediately|seriously|badly|critically)\s+)?(?P<ev>[a-z]+)"
                   r"|(?P<no>no)\s+(?:reports?\s+of\s+)?(?P<noun>[a-z]+)(?:\s+or\s+(?P<noun2>[a-z]+))?)\b",
                   re.IGNORECASE)


def stated_zeros(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The zero claims of ``article`` (see the module docstring)."""
    lx = lex()
    out: list[Claim] = []
    for m in body_matches(article, _ZERO):
        if m.group("who"):
            event = lx.events.get(m.group("ev").lower())
            if event is None or event not in lx.people_events:
                continue
            subject = key_words = f"people {event}"
        else:
            noun = m.group("noun").lower()
            event = lx.events.get(noun) or lx.events.get((m.group("noun2") or "").lower())
            if event is None and noun not in lx.toll_nouns:
                continue
            subject = " ".join(x for x in (m.group("noun"), "or" if m.group("noun2") else "", m.group("noun2") or "")
                               if x)
            key_words = f"people {event}" if event else noun
        out.append(make_claim(article, Figure(m.start(), m.end(), 0.0), None, subject, key_of(key_words),
                              (m.start(), m.end()), sentences.around(m.start()), settings))
    return out
