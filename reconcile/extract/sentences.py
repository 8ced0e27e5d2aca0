"""Sentence boundaries of an article's text, as half-open offsets.

A sentence ends at a line break, or at ``.``/``!``/``?`` (and any closing quotes or brackets)
followed by white space and a capital letter, digit or opening quote, unless the word before
the full stop is an abbreviation ("Gen.", "Jan.", "U.S.", a single initial, initials written
together: "J.D."). The splitter never
changes the text: :func:`split_sentences` gives ``(start, end)`` pairs into it, with the
sentence's surrounding white space left out.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
import re

# Words that take a full stop without ending a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov",
    "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "co", "corp", "inc", "ltd", "no", "nos",
    "vs", "v", "etc", "approx", "est", "dept", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
    "sat", "sun", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "pres", "brig", "rs",
})

QUOTE_OPENERS = " \t\n\"'(\u201c\u2018[\u2014\u2013-"  # what may open a sentence before its first word
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])|\n""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text``, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n":
            w = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in ABBREVIATIONS or len(word) == 1 or _INITIALS.fullmatch(word):
                    continue  # ("J.D. Vance": initials written together)
        end = m.end() if m.group() != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """Finds the sentence holding an offset in O(log n)."""

    def __init__(self, text: str):
        self.spans = split_sentences(text)
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return (0, 0)
        return self.spans[i]


@lru_cache(maxsize=8)
def sentence_index(text: str) -> SentenceIndex:
    """The :class:`SentenceIndex` of ``text``, built once and shared by the extractors."""
    return SentenceIndex(text)


def quote_of(text: str, s_start: int, s_end: int, start: int, end: int, limit: int = 600) -> str:
    """The sentence around a claim, white space folded; a sentence longer than ``limit`` is cut
    to the ``limit`` characters around the claim, so that quotes stay short on run-on text."""
    if s_end - s_start > limit:
        s_start = max(s_start, start - limit // 2)
        s_end = min(s_end, max(end, s_start + limit))
    return " ".join(text[s_start:s_end].split())
