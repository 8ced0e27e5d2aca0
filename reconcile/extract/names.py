"""Personal names as news text writes them, for the holders of roles.

A name is one to six name words: capitalised words ("Amara", "Al-Tamimi", "O'Brien",
"McDonald"), initials ("A.", "T."), and the particles names keep inside them ("al-Baghdadi",
"van der", "de la", "bin"), with an optional "Jr."/"Sr." or Roman numeral after it:
"Mary T. Ellis", "Abu Bakr al-Baghdadi", "Jean-Claude van der Berg"; a given name of two or three
capitals may open it ("JD Roundy"). Honorifics and ranks
before a name ("Mr.", "Col.", "Insp") are read by :func:`name_after` and left out of the name.

Every pattern here is bounded (a fixed number of words, no nested open repetition), so matching
is linear in the length of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

_UP = r"A-Z\u00C0-\u00DE"
_LOW = r"a-z\u00DF-\u024F"
# a capitalised word: "Amara", "Al-Tamimi", "O'Brien", "McDonald", "Jean-Claude"
_CAP = rf"(?:[{_UP}](?:['\u2019][{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}{_LOW}][{_LOW}]+)*)"
_INITIAL = rf"(?:[{_UP}]\.)"
# lower-case particles joined to the next word by a hyphen ("al-Baghdadi") or standing alone ("van der")
_JOINED = rf"(?:(?:al|el|ad|as|an|ar|at|az|ash|ibn|bin|bint|abu|abd|ould)-{_CAP})"
_PARTICLE = r"(?:van|von|der|den|de|la|le|du|da|di|del|della|dos|das|bin|ibn|ter|ten|y|e)"
# a given name of two or three capitals before a capitalised word ("JD Roundy", "CC Sabathia";
# "BBC reporter" is none), opening a name only
_CAPS_GIVEN = rf"(?:[{_UP}]{{2,3}}(?=[ \t]+{_CAP}(?![ \t]*-)))"
# initials written together before a capitalised word ("J.D. Vance", "A.J. Brown")
_INITIALS = rf"(?:(?:[{_UP}]\.){{2,3}}(?=[ \t]+[{_UP}][{_LOW}]))"
NAME_WORD = rf"(?:{_INITIALS}|{_CAP}|{_INITIAL}|{_JOINED})"
_FIRST_WORD = rf"(?:{NAME_WORD}|{_CAPS_GIVEN})"
# an initial written without its full stop, inside a name only ("Paul K Brandt")
_BARE_INITIAL = rf"(?:[{_UP}](?=[ \t]+[{_UP}][{_LOW}]))"
_SUFFIX = r"(?:[ \t]+(?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b))"
# one to six name words; particles only between name words
# a nickname in quotes between the given name and the family name ('Tom "Tommy" Hale')
_NICKNAME = rf"(?:[ \t]+[\"\u201c\u2018'][{_UP}][{_LOW}]+[\"\u201d\u2019'](?=[ \t]+[{_UP}]))"
NAME = rf"(?:{_FIRST_WORD}{_NICKNAME}?(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{NAME_WORD}|{_BARE_INITIAL})){{0,5}}{_SUFFIX}?)"

# words that open a sentence or clause before a name ("However Smith", "But Jones"), lower case
_NOT_NAME = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december the a an and but or of in
on at to for by with from said says told after before when while as if he she it they we his her
its their this that these those there here who which what where how why mr mrs ms dr however
meanwhile later then also under over without against among between behind during despite unlike
like including following amid""".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())



@lru_cache(maxsize=4)
def _after_rx(honorifics: frozenset[str]) -> re.Pattern[str]:
    hon = "|".join(sorted((re.escape(h) for h in honorifics), key=len, reverse=True))
    # an age told as a modifier may stand before the name: "the chief, 46-year-old Scott Russell"
    return re.compile(rf"(?P<hon>(?:(?i:{hon})\.?[ \t]+){{0,2}}(?:\d{{1,3}}-year-old[ \t]+)?)(?P<name>{NAME})")


def name_after(text: str, pos: int, end: int, honorifics: frozenset[str]) -> tuple[int, int, int] | None:
    """The name that starts at ``pos`` (after any honorifics), as ``(start, name_start, name_end)``,
    or None. Trailing words that cannot end a name (weekdays, "Said" after a name is still a name)
    are cut; a possessive "'s" is left out."""
    m = _after_rx(honorifics).match(text, pos, end)
    if not m:
        return None
    n_start, n_end = m.start("name"), m.end("name")
    n_end = _trim(text, n_start, n_end)
    if n_end <= n_start:
        return None
    return m.start(), n_start, n_end


_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})$")


def name_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The name that ends at ``end`` (searching no further back than ``lo``), as
    ``(name_start, name_end)``; a sentence word before it ("However", "But") is left out."""
    m = _NAME_BEFORE.search(text, lo, end)
    if not m:
        return None
    start = m.start("name")
    # the match may start inside a word ("...ing Smith"): only whole words
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
        nxt = re.search(r"[ \t]+", text[start:end])
        if not nxt:
            return None
        start += nxt.end()
    words = text[start:end].split()
    while words and words[0].lower().strip(".") in _NOT_NAME:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    if not words:
        return None
    return start, end


def _trim(text: str, start: int, end: int) -> int:
    """Cut a weekday ("Diallo Thursday") or a dated month ("Diallo May 5") from the name's end; drop a
    possessive."""
    words = list(re.finditer(r"\S+", text[start:end]))
    keep = len(words)
    while keep > 1:
        w = words[keep - 1].group().lower().strip(".")
        dated = w in _MONTHS and re.match(r"\s+\d", text[start + words[keep - 1].end():start + words[keep - 1].end() + 3])
        if w not in _WEEKDAYS and not dated:
            break
        keep -= 1
    end = start + words[keep - 1].end()
    if text[end - 2:end] in ("'s", "\u2019s"):
        end -= 2
    return end


@lru_cache(maxsize=4)
def _before_rx(honorifics: frozenset[str]) -> re.Pattern[str]:
    hon = "|".join(sorted((re.escape(h) for h in honorifics), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?i:{hon})\.?[ \t]+$")


def honorific_before(text: str, start: int, honorifics: frozenset[str]) -> int:
    """Where an honorific right before ``start`` begins ("Mr. Vidal", "Col. Said"), or ``start``."""
    m = _before_rx(honorifics).search(text, max(0, start - 16), start)
    return m.start() if m else start


def name_words(name: str) -> list[str]:
    return name.replace("\u2019", "'").split()
