"""When a count held: figures of earlier events and running totals are told apart from the story's.

News articles give background figures beside the story's own: "An earthquake in Bam killed
31,000 people in 2003", "600 were killed in Zarand in February", "the navy has seized 31
magazines so far". Compared with the story's figures they make false contradictions. After the
extractors have run, a count with no ``as_of`` of its own takes

- the time of an expression in its sentence that lies well before the article's publication date
  (a day more than :data:`BACKGROUND_DAYS` before it, a month or year that ended more than
  :data:`BACKGROUND_DAYS_COARSE` before it), as its ISO value ("2003", "2005-02", a span of
  years "1983/2005"), and
- ``"running total"`` when its sentence counts cumulatively ("so far", "to date").

The matcher compares only counts with the same ``as_of``.
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..models import Article, Claim, Kind
from .sentences import sentence_index

BACKGROUND_DAYS = 45  # a dated day this long before publication is another event's
BACKGROUND_DAYS_COARSE = 21  # a month or year that ended this long before publication is too
RUNNING_TOTAL = "running total"
_CUMULATIVE = re.compile(r"\b(?:so far|thus far|to date|since the (?:start|beginning) of)\b", re.I)
_ISO = re.compile(r"^\d{4}(?:-\d\d)?$")
_YEARS = re.compile(r"^\d{4}/\d{4}$")


@lru_cache(maxsize=8)
def timexes(text: str, reference):
    """The article's time expressions, found once and shared by the extractors."""
    from .temporal import find_timexes
    return tuple(find_timexes(text, reference))


def date_background(article: Article, claims: list[Claim]) -> list[Claim]:
    counts = [c for c in claims if c.kind == Kind.QUANTITY and not c.as_of and c.span]
    if not counts:
        return claims
    published = article.source.published
    sentences = sentence_index(article.text)
    found = timexes(article.text, published) if published else ()
    updates: dict[int, str] = {}
    for c in counts:
        s_start, s_end = sentences.around(c.span[0])
        if _CUMULATIVE.search(article.text, s_start, s_end):
            updates[id(c)] = RUNNING_TOTAL
            continue
        for t in found:
            if not (s_start <= t.start < s_end) or t.value is None or t.last is None:
                continue
            days = BACKGROUND_DAYS if t.grain in ("day", "week") else BACKGROUND_DAYS_COARSE
            if t.last >= published - timedelta(days=days):
                continue
            if _YEARS.match(t.value):  # "the latest war, from 1983-2005"
                updates[id(c)] = t.value
                break
            if _ISO.match(t.value[:7] if len(t.value) >= 7 else t.value):
                updates[id(c)] = t.value[:7] if t.grain in ("day", "week", "span", "month") else t.value[:4]
                break
    return [c.model_copy(update={"as_of": updates[id(c)]}) if id(c) in updates else c for c in claims]
