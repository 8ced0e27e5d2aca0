"""How often something was done: a quantity rule of its own.

- "stabbed his wife 17 times", "was arrested three times": "N times" after its verb (past its
  hedge: "arrested a total of five times"); "has been in rehab five times" counts the stays in
  the place. Never a multiple: "three times as many", "five times the size", "times higher".
- "shot him once in the head", "reached the playoffs twice": once, twice, thrice after a verb.
- "a four-time All-Star", "a three-time Pro Bowl tackle": "N-time" before what was won.

The subject is "times" and the verb (or what was won); corpus: ``tests/corpus/counts/frequencies.yaml``.
"""
from __future__ import annotations

import re

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .phrases import Tok, lex, noun_phrase, tokens, verb_form
from .quantity import hedge_before, key_of, make_claim

_TIME_COMPOUND = re.compile(r"-time\s+")
_TIMES = re.compile(r"\s+times\b(?!\s+(?:as|more|less|higher|lower|larger|bigger|greater|smaller|the|than|over|that|a|an|"
                    r"per|faster|slower|longer|worse|better)\b)", re.IGNORECASE)
_ONCE = re.compile(r"\b(?P<w>once|twice|thrice)\b(?=\s*(?:[.,;:)]|in\b|on\b|at\b|during\b|before\b|since\b|and\b|$))",
                   re.IGNORECASE)
_ONCE_VALUE = {"once": 1, "twice": 2, "thrice": 3}


def read_frequency(article: Article, sent: tuple[int, int], fig: Figure, settings: Settings) -> Claim | None:
    """The claim of "17 times" or "a four-time All-Star", or None when ``fig`` is neither."""
    text = article.text
    if fig.unit is not None or fig.fraction:
        return None
    cm = _TIME_COMPOUND.match(text, fig.end, sent[1])
    if cm:
        words, _ = noun_phrase(tokens(text, cm.end(), min(sent[1], cm.end() + 60)), 0, lex())
        if not words:
            return None
        start, qualifier = hedge_before(text, sent[0], fig.start, lex())
        noun = " ".join(t.text for t in words)
        return make_claim(article, fig, qualifier, f"times {noun}", key_of("times " + noun), (start, words[-1].end),
                          sent, settings)
    tm = _TIMES.match(text, fig.end, sent[1])
    if not tm:
        return None
    start, qualifier = hedge_before(text, sent[0], fig.start, lex())
    before = tokens(text, max(sent[0], start - 60), start)
    verb = _verb(before)
    if verb is None:
        place = _been_in(before)
        if place is None:
            return None
        return make_claim(article, fig, qualifier, f"times in {place.text}", key_of("times " + place.text),
                          (start, tm.end()), sent, settings)
    return make_claim(article, fig, qualifier, f"times {verb.text}", key_of("times " + _event(verb)),
                      (start, tm.end()), sent, settings)


def _been_in(before: list[Tok]) -> Tok | None:
    """"has been in rehab five times", "had been to prison twice": the place of the stays."""
    for k in range(len(before) - 2, max(-1, len(before) - 6), -1):
        if before[k].low == "been" and before[k + 1].low in {"in", "to", "at", "into"}:
            rest = [t for t in before[k + 2:] if t.low not in {"the", "a", "an"}]
            return rest[0] if len(rest) == 1 and rest[0].text.isalpha() and rest[0].text.islower() else None
    return None


def once_twice(article: Article, sentences, settings: Settings) -> list[Claim]:
    """"shot him once in the head", "reached the playoffs twice": how often, after its verb."""
    text = article.text
    out: list[Claim] = []
    for m in _ONCE.finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        sent = sentences.around(m.start())
        verb = _verb(tokens(text, max(sent[0], m.start() - 50), m.start()))
        if verb is None:
            continue
        fig = Figure(m.start(), m.end(), float(_ONCE_VALUE[m.group("w").lower()]), words=True)
        out.append(make_claim(article, fig, None, f"times {verb.text}", key_of("times " + _event(verb)),
                              (m.start(), m.end()), sent, settings))
    return out


def _verb(before: list[Tok]) -> Tok | None:
    return next((t for t in reversed(before[-5:]) if verb_form(t) or t.low in lex().events), None)


def _event(verb: Tok) -> str:
    return lex().events.get(verb.low) or verb.text
