"""When a figure was stated, as far as its own sentence says: an earlier figure, or a figure that moved.

An article on a developing story often quotes the figures it replaces: "the ministry's first
figures put the toll at no fewer than 20", "officials had earlier put the number of dead at more
than 30", "initial reports said three people were killed", "up from 12". Those are *earlier*
figures: stated before the article's own, and not its current figure. Figures the text says have
moved ("has risen to 41", "the death toll rose again, to 56", "climbed to", "fell to") are the
article's current figure, and say which way the figure went.

:func:`read_timing` looks at the clause before a figure (from the last ";", ":", "but", dash or
sentence start): the cue nearest the figure decides. The words are in ``data/trends.yaml``.
:func:`earlier_times` gives an earlier figure the day its sentence dates it ("on Monday the toll
stood at 5, officials had earlier said"), when that day is before the publication date.
:func:`earlier_levels` names a share or an amount after "from" by the level told before it
("Unemployment rose to 5.2% in March from 4.9% in February": the 4.9% is unemployment's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..datafiles import calendar
from ..datafiles import load as load_data
from ..models import Article, Claim, Kind
from .quantity import BARE_AMOUNTS

WINDOW = 160  # characters before a figure read for cues
_BOUNDARY = re.compile(r"[;:\u2014\u2013]|\s-\s|,?\s+(?:but|while|whereas|although|though)\s+|\.\s", re.I)


@dataclass(frozen=True)
class Timing:
    earlier: bool = False
    changed: str | None = None  # "risen" | "fallen"


def _words(phrases) -> str:
    return "|".join(sorted((r"\s+".join(map(re.escape, str(p).split())) for p in phrases), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_data("trends.yaml")
    cue = re.compile(r"\b(?:(?P<earlier>" + _words(data["earlier_cues"]) + r")|(?P<current>"
                     + _words(data["current_cues"]) + r"))\b", re.I)
    verb = re.compile(r"\b(?:(?P<up>" + _words(data["rising_verbs"]) + r")|(?P<down>"
                      + _words(data["falling_verbs"]) + r"))\b", re.I)
    # after the verb, up to the figure: "to", or "from" (where it was), a few words and a hedge allowed
    tail = re.compile(r"(?P<gap>(?:[\s,]+[\w'\u2019.,-]+){0,8}?)[\s,]+(?P<prep>to|from)"
                      r"(?:\s+[A-Za-z]+){0,3}\s*$", re.I)
    return cue, verb, tail


def read_timing(text: str, sent_start: int, fig_start: int) -> Timing:
    """What the clause before the figure at ``fig_start`` says of when it was stated."""
    lo = max(sent_start, fig_start - WINDOW)
    clause = lo
    for m in _BOUNDARY.finditer(text, lo, fig_start):
        clause = m.end()
    cue_re, verb_re, tail_re = _patterns()
    best: tuple[int, Timing] | None = None
    for m in cue_re.finditer(text, clause, fig_start):
        best = (m.end(), Timing(earlier=bool(m.group("earlier"))))
    for m in verb_re.finditer(text, clause, fig_start):
        t = tail_re.fullmatch(text, m.end(), fig_start)
        if t is None:
            continue
        if any(ch.isdigit() for ch in t.group("gap")) and (  # "rose from 5 to 11": 11 is where it went
                t.group("prep").lower() == "from" or not re.search(r"\bfrom\b", t.group("gap"), re.I)):
            continue
        if t.group("prep").lower() == "from":
            timing = Timing(earlier=True)
        else:
            timing = Timing(changed="risen" if m.group("up") else "fallen")
        if best is None or m.end() >= best[0]:
            best = (m.end(), timing)
    return best[1] if best else Timing()


def earlier_times(article: Article, claims: list[Claim]) -> list[Claim]:
    """An earlier figure whose sentence names a day before publication was reported that day."""
    published = article.source.published
    if published is None or not any(c.earlier for c in claims):
        return claims
    from .background import timexes
    from .sentences import sentence_index

    sentences = sentence_index(article.text)
    found = timexes(article.text, published)
    out = []
    for c in claims:
        if c.earlier and c.kind == Kind.QUANTITY and c.span and c.reported is None:
            s, e = sentences.around(c.span[0])
            days = [t for t in found if s <= t.start < e and t.grain == "day" and t.value and len(t.value) == 10]
            days = [t for t in days if date.fromisoformat(t.value) < published]
            if days:
                near = min(days, key=lambda t: abs(t.start - c.span[0]))
                c = c.model_copy(update={"reported": near.value})
        out.append(c)
    return out


_FROM_A_LEVEL = re.compile(r"\bfrom[ \t]+(?:(?:about|around|roughly|nearly|almost|some|just|over|under)[ \t]+)?$",
                           re.IGNORECASE)


def _other_months(a: int | None, b: int | None) -> bool:
    """Two figures each put in a month of its own, the months differing ("in March ... in February")."""
    return a is not None and b is not None and a != b


@lru_cache(maxsize=1)
def _month_re() -> re.Pattern:
    months, _ = calendar()
    return re.compile(r"[ \t]+(?:in|for|during)[ \t]+(?:(?:early|mid|late)[ \t-]+)?(?P<m>" + _words(months) + r")\b\.?",
                      re.IGNORECASE)


def _month_after(text: str, end: int) -> int | None:
    """The month a figure's own phrase puts it in ("5.2% in March"), 1-12, or None."""
    m = _month_re().match(text, end)
    return calendar()[0].get(m.group("m").lower().rstrip(".")) if m else None


def earlier_levels(article: Article, claims: list[Claim]) -> list[Claim]:
    """"Unemployment rose to 5.2% in March from 4.9% in February", "sales rose to $4.1 billion
    from $3.8 billion in 2024": a share or an amount after "from" that its own words do not name
    (a bare "share" or "amount") is an earlier level of the one told before it in its sentence,
    in the same unit, at the time its own phrase gives. Only with a time of its own, other than
    the level's (a year, or a month after each figure: "in March ... in February"): a level with no time ("fell to 61 percent from 68 percent") is left as it is,
    since one key with no time in one article would be one fact."""
    from .sentences import sentence_index

    text = article.text
    sentences = None
    named: dict[int, Claim] = {}
    levels: dict[tuple[int, int], list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.span or (0, 0)):
        if c.kind != Kind.QUANTITY or c.unit is None or not c.span or not c.key:
            continue
        sentences = sentences or sentence_index(text)
        sent = sentences.around(c.span[0])
        core = set(c.key.partition("|")[0].split())
        if core and not core <= BARE_AMOUNTS:
            levels.setdefault(sent, []).append(c)
            continue
        if not _FROM_A_LEVEL.search(text, max(sent[0], c.span[0] - 30), c.span[0]):
            continue
        base = next((b for b in reversed(levels.get(sent, [])) if b.unit == c.unit), None)
        if base is None:
            continue
        if (c.as_of and base.as_of != c.as_of) or _other_months(_month_after(text, c.span[1]), _month_after(text, base.span[1])):
            named[id(c)] = c.model_copy(update={"subject": base.subject, "key": base.key, "earlier": True})
    return [named.get(id(c), c) for c in claims] if named else claims
