"""A count broken down in brackets: a quantity rule of its own.

"23 pirates (12 Somali and 11 Yemeni)", "300 troops (200 American, 100 British)": the figures in
brackets right after a counted noun, each followed by one word that is no noun of its own (a
nationality, a kind), count parts of the noun: 12 Somali pirates, 11 Yemeni pirates. Parts told
with their own noun ("40 victims (25 women and 15 men)") are counts the figure rules read already;
a bracket of one figure ("(12 Somali)") is a gloss, not a breakdown. Corpus:
``tests/corpus/counts/breakdowns.yaml``.
"""
from __future__ import annotations

import re

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure, parse_number_words, vocabulary
from .phrases import lex, plural
from .quantity import body_matches, key_of, make_claim


def _number() -> str:
    """A figure in digits or in words (the number words of ``numbers.yaml``: "twelve", "twenty-three")."""
    v = vocabulary()
    units = "|".join(sorted(map(str, v["units"]), key=len, reverse=True))
    tens = "|".join(map(str, v["tens"]))
    return rf"(?:\d{{1,3}}(?:,\d{{3}})*|\d+|(?:{tens})(?:-(?:{units}))?|{units})"


_NUMBER = _number()


def _part(i: int) -> str:
    return rf"(?P<n{i}>{_NUMBER})[ \t]+(?P<w{i}>[A-Za-z][a-z]+)"


_AND = r"(?:,[ \t]+|,?[ \t]+and[ \t]+)"
_BREAKDOWN = re.compile(
    rf"\b{_NUMBER}[ \t]+(?P<noun>[a-z][a-z-]+)[ \t]*\({_part(0)}{_AND}{_part(1)}"
    rf"(?:{_AND}{_part(2)})?(?:{_AND}{_part(3)})?[ \t]*\)", re.IGNORECASE)


def _value(word: str) -> float:
    return float(word.replace(",", "")) if word[:1].isdigit() else parse_number_words(word)


def counted_parts(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The parts of a count its brackets tell (see the module docstring)."""
    out: list[Claim] = []
    for m in body_matches(article, _BREAKDOWN):
        noun = m.group("noun").lower()
        parts = [(m.start(f"n{i}"), m.group(f"n{i}"), m.group(f"w{i}")) for i in range(4) if m.group(f"n{i}")]
        if any(plural(w.lower(), lex()) for _, _, w in parts):
            continue  # "(25 women and 15 men)", "(12 Americans and 3 Britons)": parts with nouns of their own
        sent = sentences.around(m.start())
        for start, figure, word in parts:
            fig = Figure(start, start + len(figure), _value(figure), words=not figure[:1].isdigit())
            out.append(make_claim(article, fig, None, f"{word} {noun}", key_of(f"{word} {noun}"),
                                  (start, start + len(figure) + 1 + len(word)), sent, settings))
    return out
