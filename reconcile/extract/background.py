"""When a count held: figures of earlier events and running totals are told apart from the story's.

News articles give background figures beside the story's own: "An earthquake in Bam killed
31,000 people in 2003", "600 were killed in Zarand in February", "the navy has seized 31
magazines so far". Compared with the story's figures they make false contradictions. After the
extractors have run, a count with no ``as_of`` of its own takes

- the time of an expression in its sentence that lies well before the article's publication date
  (a day more than :data:`BACKGROUND_DAYS` before it, a month or year that ended more than
  :data:`BACKGROUND_DAYS_COARSE` before it), as its ISO value ("2003", "2005-02", a span of
  years "1983/2005"), and
- the time expression nearest the figure decides: "killed five people on Tuesday in a region
  devastated by the tsunami of 2004" is Tuesday's, not 2004's;
- a sentence with no time of its own that opens "It killed ..." takes the background time of the
  sentence before ("The last major quake was in February ... It killed 612 people");
- ``"running total"`` when its sentence counts cumulatively ("so far", "to date"), unless the
  count is itself a running total of the story (:func:`~reconcile.trend.changes_over_time`: "five
  people had so far been confirmed dead" is the death toll).

An article that tells no publication date of its own is read again once its story is known
(:func:`date_background_in_story`), against the story's time: "he stabbed his wife 17 times in a
1999 incident" is 1999's in an undated article too.

The matcher compares only counts with the same ``as_of``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..models import Article, Claim, Kind
from ..values import date_bounds
from ..trend import changes_over_time
from .quantity import COMPARED_FROM
from .sentences import sentence_index

BACKGROUND_DAYS = 45  # a dated day this long before publication is another event's
BACKGROUND_DAYS_COARSE = 21  # a month or year that ended this long before publication is too
RUNNING_TOTAL = "running total"
_CUMULATIVE = re.compile(r"\b(?:so far|thus far|to date|since the (?:start|beginning) of"
                         # summed over several occurrences: "during the five operations it carried
                         # out", "in all four raids", "across its three missions" (not "crimes in
                         # three counties": places are not occurrences)
                         r"|(?:during|over|across|in all) (?:the |its |their |his |her )?"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) [a-z]+s)\b",
                         re.I)
_ISO = re.compile(r"^\d{4}(?:-\d\d)?$")
_YEARS = re.compile(r"^\d{4}/\d{4}$")


@lru_cache(maxsize=8)
def timexes(text: str, reference):
    """The article's time expressions, found once and shared by the extractors."""
    from .temporal import find_timexes
    return tuple(find_timexes(text, reference))


def date_background_in_story(article: Article, claims: list[Claim], story_time: date | None) -> list[Claim]:
    """:func:`date_background` for an article without a publication date, against its story's
    time (the stories stage's); an article with a date of its own was read at extraction."""
    if article.source.published is not None or story_time is None:
        return claims
    dated = article.model_copy(update={"source": article.source.model_copy(update={"published": story_time})})
    return date_background(dated, claims)


def date_background(article: Article, claims: list[Claim]) -> list[Claim]:
    counts = [c for c in claims if c.kind == Kind.QUANTITY and not c.as_of and c.span]
    if not counts:
        return claims
    published = article.source.published
    sentences = sentence_index(article.text)
    found = timexes(article.text, published) if published else ()
    updates: dict[int, str] = {}
    dated: dict[tuple[int, int], str | None] = {}  # each sentence's background time, once read
    for c in counts:
        s_start, s_end = sentences.around(c.span[0])
        if _CUMULATIVE.search(article.text, s_start, s_end):
            if not changes_over_time([c]):  # "24 dead so far" is the toll itself, not a figure apart
                updates[id(c)] = RUNNING_TOTAL
            continue
        here = [t for t in found if s_start <= t.start < s_end and t.value is not None and t.last is not None
                and not (t.start >= c.span[1] and COMPARED_FROM.search(article.text, c.span[1], t.start))]
        here += [t for t in _since_when(article.text, found, s_start, s_end) if t.end <= c.span[0]]
        if here:
            # the time nearest the figure is its own: "killed five people on Tuesday in a region
            # devastated by the tsunami of 2004" is Tuesday's
            near = min(here, key=lambda t: (_gap(t, c.span), t.start))
            when = _background(near, published)
            if when is None and _daily(c, near):
                when = near.value  # "22,946 new cases on Monday": that day's figure, not Tuesday's
            elif near.grain == "quarter" and near.first and near.last:
                # "grew 1.6% in the first quarter": a quarter's figure, one of a series ("3.4% in the
                # fourth quarter" is another's), however recent
                when = f"{near.first:%Y-%m}/{near.last:%Y-%m}"
        else:
            when = _after_dated_sentence(article.text, sentences, s_start, found, published, dated)
        if when is not None:
            updates[id(c)] = when
    return [c.model_copy(update={"as_of": updates[id(c)]}) if id(c) in updates else c for c in claims]


def _daily(c: Claim, t) -> bool:
    """A count of new things on one stated day ("reported 22,946 new cases on Monday", "1,200
    new infections were recorded Tuesday"): a day's figure, one of a series, as of that day."""
    return t.grain == "day" and "new" in c.key.partition("|")[0].split() and bool(re.fullmatch(r"\d{4}-\d\d-\d\d", t.value))


_WHEN_AFTER = re.compile(r"[ \t]*,[ \t]*when\b", re.I)


def _since_when(text: str, found, s_start: int, s_end: int) -> list:
    """Open times a clause of "when" tells of: "the deadliest fire since 1987, when 31 people died"
    is 1987's, all of it (a time from then on has no end of its own)."""
    out = []
    for t in found:
        if s_start <= t.start < s_end and t.last is None and t.value is not None and _WHEN_AFTER.match(text, t.end):
            try:
                _, last, _ = date_bounds(t.value)
            except ValueError:
                continue
            out.append(replace(t, last=last))
    return out


def _gap(t, span: tuple[int, int]) -> int:
    """Characters between a time expression and a claim's span."""
    return max(0, span[0] - t.end, t.start - span[1])


def _background(t, published) -> str | None:
    """The as-of value of a time expression well before publication, else None."""
    days = BACKGROUND_DAYS if t.grain in ("day", "week") else BACKGROUND_DAYS_COARSE
    if t.last >= published - timedelta(days=days):
        return None
    if _YEARS.match(t.value):  # "the latest war, from 1983-2005"
        return t.value
    if _ISO.match(t.value[:7] if len(t.value) >= 7 else t.value):
        return t.value[:7] if t.grain in ("day", "week", "span", "month") else t.value[:4]
    return None


_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|That|This|That quake|The quake|That earthquake|That one)\s+"
                              r"(?:had\s+|also\s+)?(?:killed|left|claimed|injured|wounded|destroyed|displaced)\b")


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern:
    from ..datafiles import load
    nouns = sorted(map(str, load("counts.yaml")["event_anaphora"]), key=len, reverse=True)
    return re.compile(r"\b(?:in|by|from|during|after)\s+the\s+(?P<noun>" + "|".join(nouns) + r")\b", re.I)


def _after_dated_sentence(text: str, sentences, s_start: int, found, published, cache) -> str | None:
    """A sentence with no time of its own that tells of the event the sentence before dated, that
    sentence's background time: its subject is "It" ("It killed 612 people"), or it names that
    sentence's event again ("Five people died in the quake", after "In April last year an
    8.6-magnitude quake struck")."""
    if s_start == 0:
        return None
    p_start, p_end = sentences.around(max(0, s_start - 2))
    if not _PRONOUN_SUBJECT.match(text, s_start):
        s_end = sentences.around(s_start)[1]
        nouns = {m.group("noun").lower() for m in _anaphora().finditer(text, s_start, s_end)}
        if not nouns or not any(re.search(r"\b" + n + r"\b", text[p_start:p_end], re.I) for n in nouns):
            return None
    if (p_start, p_end) not in cache:
        times = [t for t in found if p_start <= t.start < p_end and t.value is not None and t.last is not None]
        olds = [_background(t, published) for t in times]
        # only a sentence whose every time is background: one of the story's own leaves "It" unsettled
        cache[p_start, p_end] = olds[0] if olds and all(olds) else None
    return cache[p_start, p_end]
