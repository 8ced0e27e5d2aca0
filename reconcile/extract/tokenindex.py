"""A text's tokens, read once and shared by every window a reader looks at.

The readers look at words in windows around each figure and each date ("the 120 characters
before the figure", "the date's clause"). Read afresh for each, a text dense with figures or
dates is read again and again: 50 KB of numbers is a million tokens made for 23,000 windows.
:class:`TokenIndex` reads the text once, as far as it is asked, and gives each window the very
tokens ``pattern.finditer(text, start, end)`` would: a slice of the text's tokens, with the words
a window's edges cut read again from the cut.

That holds for a pattern that looks neither behind nor ahead and has no anchors or ``\\b``
(``[A-Za-z]+|\\d[\\d,]*\\d|.`` and the like), which is what the readers' word patterns are: where
such a pattern finds a match in the whole text, it finds the same match reading from the same
place with the text cut after the match, and where it finds none it finds none in a cut text.

Until the windows asked for add up to twice the text, each is simply read alone: the index pays
only where windows overlap (a run-on text of figures or dates), not in news prose.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Generic, TypeVar

T = TypeVar("T")
_BATCH = 64


class TokenIndex(Generic[T]):
    """The tokens ``make(match)`` of ``pattern`` in ``text``; :meth:`between` gives a window's."""

    def __init__(self, pattern: re.Pattern[str], text: str, make: Callable[[re.Match[str]], T],
                 alone: int | None = None) -> None:
        self.pattern, self.text, self.make = pattern, text, make
        self.toks: list[T] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._scan: Iterator[re.Match[str]] | None = pattern.finditer(text)
        # windows are read alone until they add up to twice the text: news prose, whose windows
        # hardly overlap, never pays for the index; a text dense with figures or dates soon does
        # (``alone``: how many characters of windows to read alone first, if not that)
        self._alone = 2 * len(text) + 4096 if alone is None else alone

    def _read_to(self, end: int) -> None:
        """Read the text's tokens until one starts at ``end`` or later (or the text ends), a batch
        at a time (a few tokens more than needed cost less than reading them one by one)."""
        starts = self.starts
        while self._scan is not None and (not starts or starts[-1] < end):
            batch = list(islice(self._scan, _BATCH))
            if len(batch) < _BATCH:
                self._scan = None
            self.toks.extend(map(self.make, batch))
            starts.extend([m.start() for m in batch])
            self.ends.extend([m.end() for m in batch])

    def between(self, start: int, end: int) -> list[T]:
        """``[make(m) for m in pattern.finditer(text, start, end)]``, the whole text's tokens shared."""
        if start >= end:
            return []
        if self._alone > 0:
            self._alone -= end - start
            return [self.make(m) for m in self.pattern.finditer(self.text, start, end)]
        self._read_to(end)
        text, starts, ends, make = self.text, self.starts, self.ends, self.make
        out: list[T] = []
        k = bisect.bisect_left(starts, start)  # the first token of the text starting in the window
        if k > 0 and ends[k - 1] > start:
            # a token the window's start cuts: read from the cut until a match starts where a token
            # of the text starts; from there the two readings are one
            for m in self.pattern.finditer(text, start, end):
                j = bisect.bisect_left(starts, m.start())
                if j < len(starts) and starts[j] == m.start():
                    k = j
                    break
                out.append(make(m))
            else:
                return out
        hi = bisect.bisect_right(ends, end, lo=k)  # the text's tokens wholly in the window
        out.extend(self.toks[k:hi])
        if hi < len(starts) and starts[hi] < end:  # a token the window's end cuts: read it (and what
            out.extend(make(m) for m in self.pattern.finditer(text, starts[hi], end))  # follows) again
        return out


class LastText(Generic[T]):
    """The :class:`TokenIndex` of the last text asked about: readers that are handed the text, not
    an index, share one per article (one article is read at a time in a process)."""

    def __init__(self, pattern: re.Pattern[str], make: Callable[[re.Match[str]], T]) -> None:
        self.pattern, self.make = pattern, make
        self.index: TokenIndex[T] | None = None

    def between(self, text: str, start: int, end: int) -> list[T]:
        index = self.index
        if index is None or index.text is not text:
            index = self.index = TokenIndex(self.pattern, text, self.make)
        return index.between(start, end)


__all__ = ["LastText", "TokenIndex"]
