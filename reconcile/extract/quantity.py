"""What every quantity rule shares: turning a read figure into a :class:`~reconcile.models.Claim`.

The rules (:mod:`.counts`, :mod:`.measures`, :mod:`.frequencies`, :mod:`.zeros`) each find a figure,
what it counts or measures and its key; :func:`make_claim` gives the claim its interval (rounding,
hedge, range), its unit and, for a measure, its value in the dimension's base unit. :func:`hedge_before`
reads the hedge in front of a figure, :func:`quote_around` the sentence to quote, :func:`as_of_year`
the year the figure held in, :func:`rate_after` what a figure is counted or measured per ("$23
million per season", "11 million barrels a day").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..datafiles import load as load_data
from ..lexicon import subject_key
from ..models import Article, Claim, Kind, Normalised
from ..settings import Settings
from ..values import FEWER_THAN, MORE_THAN, quantity_bounds, rounding_unit
from .numbers import Figure
from .phrases import Lex, lex
from .units import normalise, unit_named

# a figure and the span of time it counts ("six full seasons", "three days"), after "over" opening
# its clause: the span something happened across, not "more than"
_OVER_A_SPAN = re.compile(r"[\w.,-]+\s+(?:[a-z-]+\s+){0,2}?(?:seasons?|years?|months?|weeks?|days?|decades?|nights?|games?)\b", re.I)
_OPENERS = " \t\n\"'(\u201c\u2018"

AS_OF_WINDOW = 200  # characters either side of a figure searched for "in 2016"
QUOTE_LIMIT = 600  # a longer "sentence" (a table, a list) is quoted around the claim only


def hedge_before(text: str, s: int, start: int, lx: Lex, *, is_range: bool = False) -> tuple[int, str | None]:
    """Where a figure's hedge starts and the hedge as worded ("about", "an estimated"); "between"
    only before a range."""
    hm = lx.hedge_re.search(text, max(s, start - 40), start)
    if not hm:
        return start, None
    h = " ".join(hm.group("h").lower().split())
    if h == "between" and not is_range:
        return start, None
    if h == "over" and _OVER_A_SPAN.match(text, start) and _opens_clause(text, s, hm.start()):
        return start, None  # "Over six seasons, he hit 203 home runs": across the span, no hedge
    if h == "over" and _TURNED_OVER.search(text, max(s, hm.start() - 40), hm.start("h")):
        return start, None  # "turned the ball over 17 times", "handed over 300 files": a particle, no bound
    if h == "up to" and _MOVED_BEFORE.search(text, max(s, hm.start() - 20), hm.start("h")):
        return start, None  # "inflation edged up to 2.9%": where it moved to, no bound
    if (h in MORE_THAN or h in FEWER_THAN) and _NEGATED.search(text, max(s, hm.start() - 80), hm.start()):
        # "none of the offers is for more than eight years": at most eight
        return hm.start("h"), "not more than" if h in MORE_THAN else "not less than"
    if hm.group("det") and h in lx.determiner_hedges:
        # "an estimated 5,200", "the estimated 5,200"; "a nearly hourlong speech" is hedged by "nearly"
        return hm.start(), (hm.group("det").lower() + " " + h) if hm.group("det").lower() != "the" else h
    return hm.start("h"), h


# a negation in the clause of a bound turns it round: "is not worth more than $5m", "none of the
# offers are for more than eight years", "did not last over an hour" (at most); never across a
# clause that the negation governs instead ("it is not clear whether more than 40 died")
_NEGATED = re.compile(r"(?:\b(?:not|never|none|neither|nobody)\b|n't|\bno[ \t]+one\b)"
                      r"(?:(?![,;:]|\b(?:whether|if|how|that|because|when|while|who|which|whom|what|but|although|"
                      r"though|since|as|and|or|than)\b).)*$", re.I)


# a verb of moving before "up to" makes it a particle and a preposition ("edged up to 2.9%",
# "ticked up to", "shot up to"), not the hedge ("up to 800 staff could lose their jobs")
_MOVED_BEFORE = re.compile(r"\b(?:edged|edges|ticked|ticks|picked|picks|crept|creeps|inched|inches|moved|moves|went|goes|"
                           r"shot|jumped|jumps|climbed|climbs|rose|rises|revised|ratcheted|crawled)[ \t]+$", re.I)


# a verb whose particle is "over", right before it or after a short object: "turned the ball over
# 17 times", "handed over 300 documents", "forked over $5,000" ("gave over 40 interviews" is more than 40)
_TURNED_OVER = re.compile(r"\b(?:turn|hand|fork|roll|flipp?)(?:ed|s|ing)?"
                          r"(?:[ \t]+(?:the|a|an|it|them|his|her|their|its)(?:[ \t]+(?-i:[a-z])[\w-]*){0,2})?[ \t]+$", re.I)


def _opens_clause(text: str, s: int, at: int) -> bool:
    """Whether ``at`` opens the sentence or a clause set off by a comma."""
    before = text[s:at].rstrip()
    return not before.strip(_OPENERS) or before.endswith(",")


# what an amount or a share its own words do not name is called ("$250m", "41%")
AMOUNT, SHARE = "amount", "share"
BARE_AMOUNTS = frozenset({AMOUNT, SHARE})


# what sets a figure against another: a time after it belongs to the other ("64 percent, down
# from 71 percent in 2009": 2009 is the 71's; "18% last year from 24% in 2024"; "15 million fewer
# than in 2024"; "47 percent full, against 55 percent last year"; "compared with 31 in 2020")
_A_FIGURE = r"(?:(?:an?|about|around|some|nearly|roughly|almost|just[ \t]+(?:over|under))[ \t]+)?[$\u00a3\u20ac\u00a5]?[ \t]?\d"
COMPARED_FROM = re.compile(r"\b(?:(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased)[ \t]+from\b|"
                           rf"(?:from|against|versus|vs\.?)[ \t]+{_A_FIGURE}|"
                           r"(?:fewer|more|less|higher|lower|greater|smaller|larger|bigger)[ \t]+than(?![ \t]+" + _A_FIGURE + r")|"
                           r"compared[ \t]+(?:with|to)\b)", re.IGNORECASE)
# a time right after the figure a change starts from belongs to that figure, not to the level after
# it: "from 15% in 2000 to 27% today" (2000 is the 15%'s)
_FROM_FIGURE_BEFORE = re.compile(rf"\bfrom[ \t]+{_A_FIGURE}[\d,.]*(?:[ \t]*%|[ \t]+[a-z]+)?[ \t]+$", re.IGNORECASE)


def as_of_year(text: str, sent: tuple[int, int], fig: Figure, lx: Lex) -> str | None:
    """The year of the nearest "in/as of/by (the end of) YYYY" in the sentence, other than one
    after a figure it is compared with ("64 percent, down from 71 percent in 2009")."""
    best = None
    for m in lx.as_of_re.finditer(text, max(sent[0], fig.start - AS_OF_WINDOW), min(sent[1], fig.end + AS_OF_WINDOW)):
        if m.start() <= fig.start < m.end():
            continue
        if m.start() > fig.end and COMPARED_FROM.search(text, fig.end, m.start()):
            continue  # "64 percent, down from 71 percent in 2009": the year is the earlier figure's
        if m.end() <= fig.start and _FROM_FIGURE_BEFORE.search(text, max(sent[0], m.start() - 40), m.start()):
            continue  # "from 15% in 2000 to 27%": the year is the 15%'s
        d = abs(m.start() - fig.start)
        if best is None or d < best[0]:
            best = (d, m.group("y"))
    return best[1] if best else None


def quote_around(text: str, sent: tuple[int, int], start: int, end: int) -> str:
    """The sentence, or for an overlong one the words around the claim."""
    s, e = sent
    if e - s <= QUOTE_LIMIT:
        return text[s:e]
    half = QUOTE_LIMIT // 2
    a, b = max(s, start - half), min(e, end + half)
    while a > s and not text[a - 1].isspace():
        a -= 1
    while b < e and not text[b].isspace():
        b += 1
    return text[a:b].strip()


def number(x: float) -> int | float:
    x = round(x, 6)
    return int(x) if float(x) == int(x) else x


def key_of(core_words: str, context: str = "", fallback: str = "") -> str:
    """``CORE|CONTEXT`` from the words of what is counted or measured; ``fallback`` when none is
    left (a dimension alone: "duration", a finding of its own)."""
    core = subject_key(core_words) or fallback
    return core + "|" + context


def body_matches(article: Article, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of a text rule's ``pattern`` in the article's body, outside page furniture."""
    for m in pattern.finditer(article.text, article.body_start):
        if not article.in_furniture(m.start()):
            yield m


def make_claim(article: Article, fig: Figure, qualifier: str | None, subject: str, key: str,
               span: tuple[int, int], sent: tuple[int, int], settings: Settings, *, as_of: str | None = None,
               note: str | None = None, unit_override: float | None = None) -> Claim:
    """The claim of ``fig`` (value, unit, range) with its text ``article.text[span]``."""
    lx = lex()
    text = article.text
    ru = unit_override if unit_override is not None else rounding_unit(fig.value, fig.decimals, fig.scale)
    top = fig.high
    hu = rounding_unit(top.value, top.decimals, top.scale) if top is not None else 0.0
    if top is not None and unit_override is None:
        ru = hu = min(ru, hu)  # "between 200 and 250": the two ends are as precise as the finer one
    q_bounds = lx.hedge_alias.get(qualifier, qualifier) if qualifier else None
    b = quantity_bounds(fig.value, q_bounds, tolerance=settings.tolerance, unit=ru,
                        high_value=top.value if top is not None else None, high_unit=hu)
    low = None if b.low is None else number(b.low)
    high = None if b.high is None else number(b.high)
    measure_unit = unit_named(fig.unit)
    normalised = None
    if measure_unit is not None:  # a measure: its value and bounds in its dimension's base unit too
        base, value = normalise(measure_unit.name, fig.value)
        normalised = Normalised(unit=base, value=number(value),
                                low=None if low is None else number(normalise(measure_unit.name, low)[1]),
                                high=None if high is None else number(normalise(measure_unit.name, high)[1]))
    start, end = span
    return Claim(
        id="", source=article.source.id, kind=Kind.QUANTITY, subject=subject, key=key,
        value=number(fig.value), qualifier=qualifier, unit=fig.unit,
        dimension=measure_unit.dimension if measure_unit else None, normalised=normalised,
        precision="rounded" if (ru or hu) else "exact",
        low=low, high=high, low_exclusive=b.low_exclusive, high_exclusive=b.high_exclusive,
        as_of=as_of, text=text[start:end], quote=quote_around(text, sent, start, end), span=span, note=note)


@lru_cache(maxsize=1)
def _rate_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_data("counts.yaml")
    bases = {str(k): str(v) for k, v in data["rate_bases"].items()}
    adverbs = {str(k): str(v) for k, v in data["rate_adverbs"].items()}
    words = "|".join(sorted(map(re.escape, bases), key=len, reverse=True))
    advs = "|".join(sorted(map(re.escape, adverbs), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:(?:per|a|an|each|every)[ \t]+(?P<base>{words})|(?P<adverb>{advs}))\b"
                      r"(?![ \t]+(?:ago|earlier|later|before|after|since|old|into|ahead|behind|and[ \t]+a[ \t]+half"
                      r"|from[ \t]+(?:now|then|today))\b)(?!-)", re.I), {**bases, **adverbs}


# "per" a figure of a plural noun: "4.1 deaths per 1,000 live births", "85 per 100,000 residents"
_PER_FIGURE = re.compile(r"[ \t]+per[ \t]+(?P<n>\d{1,3}(?:,\d{3})+|\d+)[ \t]+"
                         r"(?P<w>(?:[a-z]+[ \t]+)?(?:[a-z]+s|people|population))\b(?![ \t]+(?:of|at|by)\b)")


def rate_base(word: str) -> str | None:
    """The canonical name of a unit a figure may be counted per ("kilo" -> kilogram), or None."""
    return _rate_pattern()[1].get(word.lower())


def rate_after(text: str, at: int, end: int) -> tuple[str, int] | None:
    """What a figure is counted per, right after ``at``: " per season" -> ("season", its end);
    " a year", " annually" -> year; " per 1,000 live births" -> "1000 live births"; None when no
    rate follows ("a year ago" is none). Vocabulary: ``rate_bases`` and ``rate_adverbs`` in
    counts.yaml."""
    pattern, canon = _rate_pattern()
    m = pattern.match(text, at, end)
    if m is None:
        per = _PER_FIGURE.match(text, at, end)
        if per is None:
            return None
        return f"{per.group('n').replace(',', '')} {' '.join(per.group('w').lower().split())}", per.end()
    return canon[(m.group("base") or m.group("adverb")).lower()], m.end()
