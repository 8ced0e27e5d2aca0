"""Finding time expressions: named regex rules built once from the vocabulary.

Each :class:`Rule` has a compiled pattern and a builder that turns a match into a
:class:`Mention` (the span and what was said, not yet resolved against any date) or rejects it.
:func:`detect` runs every rule, keeps the longest non-overlapping mentions, then notes the
words that bound an interval ("since", "before") right in front of a mention. Such a word is a
signal, not part of the expression: the span stays the expression's own (TimeML practice).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .builders import Builder
from .timex import Mention
from .vocab import alternation, vocabulary


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str], Mention | None]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, in priority order (an earlier rule wins a tie on length)."""
    v = vocabulary()
    b = Builder(v)
    MONTH, DAY, YEAR, PART, DEIC, DASH = b.MONTH, b.DAY, b.YEAR, b.PART, b.DEIC, b.DASH
    WD_ANY, WD_FULL, DAYPART, SEASON, NUM = b.WD_ANY, b.WD_FULL, b.DAYPART, b.SEASON, b.NUM
    # a weekday before a date, on the same line ("Friday\nSeptember 18" is a title and a dateline)
    wd_prefix = rf"(?:{WD_ANY}[^\S\n]*,?[^\S\n]+(?:the\s+)?)?"
    year_tail = rf"(?:(?:\s*,\s*|\s+(?:of\s+)?){YEAR})?"
    # a day or a counted span that a holiday's day is counted from ("the day before", "two days after")
    counted_days = (r"(?:(?:the|a)\s+(?:day|night)|(?:a\s+few|several|" + NUM.replace("(?P<n>", "(?:", 1)
                    + r")\s+(?:days?|weeks?|nights?))")
    # a deictic year after a day and month: "March 3 last year", "December 15 of this year"
    year_deic = r"(?:,?\s+(?:of\s+)?(?P<ydeic>last|this|next)\s+year\b)"
    no_digit_before = r"(?<![\d$\u20ac\u00a3#.,/:-])"
    units = r"(?P<unit>week|month|year|quarter|decade|century|weekend|" + alternation(v.season_of)[3:-1] + r")"
    ord_words = alternation(v.ordinals)
    cent_words = alternation(v.century_ordinals)
    vague_words = alternation(v.vague)
    seasons = alternation(v.season_of)[3:-1]
    unit_words = r"(?:days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|hours?|quarters?|half)"
    spec: list[tuple[str, str, Callable]] = [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])", b.iso),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<order>/)(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", b.numeric),
        ("numeric_dot", r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4})(?![\d.])", b.numeric_dot),
        ("day_span_mdy", rf"{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:{DASH}|\s+(?:to|through|until)\s+)"
                         rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d){year_tail}", b.day_span),
        ("day_span_dmy", rf"{no_digit_before}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:{DASH}|\s+(?:to|until)\s+)"
                         rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{year_tail}", b.day_span),
        ("date_mdy", rf"{wd_prefix}{MONTH}\s+{DAY}(?!\s*(?:%|:\d|\.\d))(?:(?:\s*,\s*|\s+){YEAR}|{year_deic})?", b.date_mdy),
        ("date_dmy", rf"{wd_prefix}{no_digit_before}{DAY}(?:\s+of)?\s+{MONTH}(?:\s*,?\s*{YEAR}|{year_deic})?", b.date_dmy),
        ("month_year", rf"{PART}?{MONTH}(?:\s*,\s*|\s+of\s+|\s+){YEAR}", b.month_year),
        ("holiday", rf"\b(?P<hol>{b.HOLIDAY})(?:\s*,?\s+(?:in\s+|of\s+)?{YEAR})?", b.holiday),
        # "Christmas" alone is a season, but by or until it the day: "would like to sign by Christmas";
        # so it is counted from: "the day before Christmas", "two days after Christmas 2010"
        ("holiday_by", rf"\b(?:by|until|till|{counted_days}\s+(?:before|after))\s+(?P<hol>christmas)\b(?!\s+(?:day|eve|season|holidays?|break|period)\b)"
                       rf"(?:\s*,?\s+{YEAR})?", b.holiday_by),
        ("month", rf"{PART}?(?:{DEIC}\s+)?{b.MONTH_FULL}(?:,?\s+(?:of\s+)?(?P<ydeic>last|this|next)\s+year\b)?",
         b.month_alone),
        ("quarter", rf"(?:the\s+)?(?P<ord>{ord_words})[\s-]+(?P<qh>quarter|half)\b"
                    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:year\s+)?{YEAR}|"
                    rf"(?P<ydeic>last|this|next)\s+year))?", b.quarter),
        ("quarter_code", rf"\b(?P<qh>[QH])(?P<qn>[1-4])(?:\s+|-|/)?(?:{YEAR})?\b", b.quarter),
        ("deictic_quarter", rf"(?:the\s+)?{DEIC}\s+quarter\b", b.deictic_quarter),
        ("year_span", rf"{no_digit_before}{YEAR}(?:{DASH}|/)(?P<y2>\d{{4}}|\d{{2}})(?![\d%])", b.year_span),
        ("decade", rf"(?:the\s+)?{PART}?(?:(?P<d4>1\d\d0|20\d0)s|['\u2019\u2018](?P<d2>\d0)s)\b", b.decade),
        # "the 1940's": with the article, an apostrophe before the s is still the decade (not a possessive)
        ("decade_apostrophe", rf"\bthe\s+{PART}?(?P<d4>1\d\d0|20\d0)['\u2019]s\b", b.decade),
        ("century", rf"(?:the\s+)?{PART}?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{cent_words})[\s-]+century\b", b.century),
        ("year", rf"{no_digit_before}{PART}?(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar\s+year|the\s+year|financial\s+year)\s*)?"
                 rf"\b{YEAR}(?!\s*(?:%|[-\u2013/]\d|\.\d|:\d|,\d{{3}}))", b.year),
        ("year2", r"(?<![\w'\u2019])['\u2019](?P<yy>\d\d)\b(?!s)", b.year2),
        # a day of the month alone, after a preposition of time: "nominations close on the 18th",
        # "brought under control on the 9th" (not "the 18th of ...", "the 18th century", "the 9th floor")
        ("ordinal_day", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("on", "by", "until", "till", "from", "since", "before", "after"))
                        + r")the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b"
                        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|at|in|after|before|but|while|as|with|until|to|through)\b)",
         b.ordinal_day),
        ("relday", rf"(?:(?P<part>early|late|earlier|later)\s+)?(?P<rel>the\s+day\s+before\s+yesterday|"
                   rf"the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)\b(?:\s+{DAYPART})?", b.relday),
        ("this_daypart", rf"(?:(?P<part>early|late|earlier|later)\s+)?(?P<deic2>this|last)\s+{DAYPART}", b.this_daypart),
        ("weekday", rf"(?:(?P<part>early|late|earlier|later)\s+(?:on\s+)?)?(?:{DEIC}\s+)?{WD_FULL}(?:\s+{DAYPART})?",
         b.weekday),
        ("unit", rf"(?:(?:{PART}|(?P<el>earlier|later)\s+)(?:in\s+)?)?(?:the\s+)?{DEIC}\s+(?:fiscal\s+|financial\s+)?{units}\b(?!['\u2019]s\s+\w+\s+{unit_words})",
         b.unit),
        ("part_unit", rf"{PART}(?:the\s+)?(?P<unit>year|month)\b(?!\s+(?:of|in|when|that|before|after)\b)", b.part_unit),
        ("weekend", r"\bthe\s+weekend\b", b.weekend),
        ("season", rf"(?:{PART})?(?:the\s+)?(?:{DEIC}\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?", b.season),
        # "exactly two years ago", "a year ago to the day": the same day that many units back
        ("ago", rf"(?:\b(?P<exact>exactly|precisely)\s+)?\b{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"
                rf"(?P<today>\s+to\s+the\s+day\b)?", b.ago),
        # anchored on the date told before it: "two years later", "a day earlier", "the following day"
        ("anchored", rf"\b{NUM}\s+(?P<unit>day|week|month|year)s?(?P<half>\s+and\s+a\s+half)?"
                     rf"\s+(?P<dir>later|earlier|afterwards|after\s+that)\b"
                     rf"|(?<!over\s)(?<!within\s)(?<!during\s)(?<!in\s)(?<!for\s)"
                     rf"\bthe\s+(?P<rel>previous|following|next|preceding)\s+(?P<unit2>day|year)\b"
                     rf"(?!\s+(?:of|in|to|at|after|before|when|that|or)\b)"
                     # the day of the date told before: "later that day", "the same day", "that night";
                     # the day after it: "the next morning"
                     rf"|\b(?P<same>(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)"
                     rf"|(?:that|the)\s+same\s+(?:day|morning|afternoon|evening|night)"
                     rf"|(?<!\bof\s)that\s+(?:morning|afternoon|evening|night))\b(?!['\u2019])"
                     rf"|\bthe\s+(?P<nextpart>next|following)\s+(?:morning|afternoon|evening|night)\b"
                     rf"(?!\s+(?:of|after|before)\b)"
                     # the year or month of the date told before: "later that year", "that same month"
                     # ("the same month" as often compares: "up 4% on the same month a year earlier")
                     rf"|\b(?:(?:later|earlier)\s+(?:in\s+)?that(?:\s+same)?|that\s+same)\s+(?P<unit3>year|month)\b"
                     rf"(?!['\u2019])(?!\s+(?:of|as|when|that|after|before)\b)"
                     # a season after it ("the following spring") or of its year ("later that summer")
                     rf"|\b(?:the\s+(?P<fseason>following|next)|(?:later|earlier)\s+that(?:\s+same)?|that\s+same)"
                     rf"\s+(?P<aseason>{seasons})\b(?!['\u2019])(?!\s+(?:of|as|when|that|after|before)\b)"
                     # a month after it: "the following May" (not "the following May 3": a date)
                     rf"|\bthe\s+(?:following|next)\s+{b.MONTH_FULL}(?!['\u2019])(?!\s+(?:\d|of|as|when|that|after|before)\b)",
                     b.anchored),
        # a month in the year of the date told before: "September of that year", "in May of the same year"
        ("anchored_month", rf"{b.MONTH_FULL}\s+(?:of\s+)?(?:that|the\s+same)\s+year\b(?!['\u2019])", b.anchored_month),
        # counted from another event: "a day before the vote", "two weeks after the leak", "hours
        # after the quake", "the morning after the election" (not "within two days after", "more than
        # a week before": bounds, not days; not "days after": no count)
        ("offset", rf"(?<!within\s)(?<!\bfor\s)(?<!\bthan\s)(?<!\bover\s)(?<!\bin\s)(?<!\bto\s)"
                   rf"(?:(?<![-\u2010\u2011])\b{NUM}\s+(?P<unit>day|week|month|year|hour|minute)s?(?P<half>\s+and\s+a\s+half)?"
                   rf"|\b(?P<bare>hours|minutes|moments)"
                   rf"|\bthe\s+(?P<the>day|morning|evening|night))"
                   rf"\s+(?P<dir>after|before|following|ahead\s+of|prior\s+to)\b"
                   rf"(?!\s+(?:that|this|then|tomorrow|yesterday|it|which|and|or)\b)(?!\s*[,.;:)])", b.offset),
        ("vague", rf"(?<!as\s)\b{vague_words}\b(?![-\u2010\u2011])(?!\s+(?:(?:\d+|few|several|couple|\w+)\s+)?{unit_words}\b)", b.vague),
    ]
    return tuple(Rule(name, re.compile(pat, re.IGNORECASE), build) for name, pat, build in spec)


@lru_cache(maxsize=1)
def _signals() -> tuple[re.Pattern[str], dict[str, str]]:
    v = vocabulary()
    words = {w: "end" for w in v.open_end} | {w: "start" for w in v.open_start}
    pat = re.compile(rf"(?:^|(?<=[\s(\"']))(?P<sig>{alternation(words)})\s+(?:(?:the|on|in)\s+)?$", re.IGNORECASE)
    return pat, words


_RANGE_AFTER = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013|\u2014)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['\u2019]s?\b")
_BOUNDS_EVENT = frozenset({"after", "before", "prior to", "ahead of", "following"})
_NOUN_AFTER = re.compile(r"[^\S\n]+[a-z][a-z-]+\b(?<!\band)(?<!\bor)(?<!\bto)(?<!\bthrough)(?<!\buntil)")


def _attach_signal(text: str, m: Mention) -> Mention:
    pat, _ = _signals()
    found = pat.search(text, max(0, m.start - 30), m.start)
    if not found:
        return m
    sig = " ".join(found["sig"].lower().split())
    if m.kind in {"year_span", "day_span"}:  # "from 2014-17": the span already has both ends
        return m
    if _POSSESSIVE.match(text[m.end:m.end + 3]):  # "after Sunday's vote": the signal bounds the vote
        return m
    if sig in _BOUNDS_EVENT and found.group().lower().split()[-1:] == ["the"] and _NOUN_AFTER.match(text, m.end):
        return m  # "after the Saturday shooting": the date is the shooting's, the signal bounds the shooting
    if sig in {"from", "between"} and _RANGE_AFTER.match(text[m.end:m.end + 10]):
        return m
    return replace(m, signal=sig)


_WINDOW = 80  # every expression lies within this many characters of its trigger word

# The trigger classes each rule needs: a rule only runs around words (or digits) of its classes.
# Windows of two classes may overlap; a mention found twice is dropped as an overlap below.
_RULE_TRIGGERS = {
    "iso": "digit", "numeric": "digit", "numeric_dot": "digit", "year_span": "digit", "year": "digit",
    "year2": "digit", "decade": "digit", "decade_apostrophe": "digit", "quarter_code": "digit",
    "day_span_mdy": "month", "day_span_dmy": "month", "date_mdy": "month", "date_dmy": "month",
    "month_year": "month", "month": "month", "holiday": "holiday", "holiday_by": "holiday",
    "quarter": "unit", "deictic_quarter": "unit", "part_unit": "unit", "unit": "unit season", "weekend": "unit", "century": "unit",
    "relday": "relday", "this_daypart": "daypart", "weekday": "weekday", "season": "season",
    "ago": "ago", "vague": "vague", "anchored": "anchor", "anchored_month": "month", "offset": "offset", "ordinal_day": "digit",
}


@lru_cache(maxsize=1)
def _trigger() -> re.Pattern[str]:
    """One pass over the text finds every trigger word, named by its class."""
    v = vocabulary()
    classes = {
        "digit": None,
        "month": list(v.month_of), "weekday": list(v.weekday_of), "season": list(v.season_of),
        "daypart": list(v.day_parts), "vague": list(v.vague),
        "unit": ["week", "weekend", "month", "year", "quarter", "half", "decade", "century"],
        "relday": ["yesterday", "today", "tonight", "tomorrow"], "ago": ["ago"],
        "holiday": sorted({name.split()[0].split("'")[0].rstrip(".")
                           for name in [*(v.holiday_of or ()), *(v.moveable_of or ())]}),
    }
    body = "|".join(rf"(?P<{name}>\d+)" if words is None else rf"\b(?P<{name}>{alternation(words)})\b"
                    for name, words in classes.items())
    return re.compile(body, re.IGNORECASE)


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, the merged stretches of ``text`` around its words."""
    out: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _trigger().finditer(text):
        spans = out.setdefault(m.lastgroup, [])
        lo, hi = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    # anchored expressions ("two years later") around their own, rarer words: a separate scan keeps
    # the main one as fast as it was
    spans = [(max(0, m.start() - 40), min(n, m.end() + 20)) for m in _ANCHOR_WORDS.finditer(text)]
    if spans:
        out["anchor"] = spans
    spans = [(max(0, m.start() - 40), min(n, m.end() + 12)) for m in _OFFSET_WORDS.finditer(text)]
    if spans:
        out["offset"] = spans
    return out


_OFFSET_WORDS = re.compile(r"\b(?:after|before|following|ahead|prior)\b", re.IGNORECASE)
_ANCHOR_WORDS = re.compile(r"\b(?:later|earlier|afterwards|after that|previous|following|next|preceding|same|"
                           r"that\s+(?:morning|afternoon|evening|night))\b", re.IGNORECASE)


def detect(text: str) -> list[Mention]:
    """All time expressions of ``text``, unresolved, in text order, without overlaps."""
    found: list[tuple[int, int, int, Mention]] = []
    windows = _windows(text)
    for priority, rule in enumerate(rules()):
        spans = sorted(w for name in _RULE_TRIGGERS[rule.name].split() for w in windows.get(name, ()))
        for lo, hi in spans:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                mention = rule.build(m, text)
                if mention is not None:
                    found.append((-(mention.end - mention.start), priority, mention.start, mention))
    found.sort(key=lambda t: t[:3])
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Mention] = []
    for _, _, _, mention in found:
        i = bisect.bisect_right(starts, mention.start)
        if i > 0 and ends[i - 1] > mention.start:
            continue
        if i < len(starts) and starts[i] < mention.end:
            continue
        starts.insert(i, mention.start)
        ends.insert(i, mention.end)
        kept.insert(i, mention)
    return [_attach_signal(text, mention) for mention in kept]
