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
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .vocab import Vocabulary, alternation, vocabulary


@dataclass(frozen=True)
class Mention:
    """A detected expression before resolution.

    ``kind`` says which fields are set: ``date`` (year?, month, day, weekday?), ``month``
    (year?, month, shift?), ``year`` (year), ``year2`` (two-digit year), ``decade``
    (decade | decade2), ``century``, ``season`` (season, year?, shift?), ``quarter`` / ``half``
    (n, year?, year_shift?, shift?), ``weekday`` (weekday, shift?), ``day`` (offset),
    ``unit`` (unit, shift), ``weekend`` (shift?), ``ago`` (n, unit), ``vague`` (value),
    ``year_span`` (year, year2), ``day_span`` (year?, month, day, day2), ``numeric``
    (a, b, year).
    """

    start: int
    end: int
    kind: str
    fields: dict = field(default_factory=dict)
    part: str | None = None  # early | mid | late | earlier | later
    day_part: str | None = None  # morning, evening...
    signal: str | None = None  # since, before, until...


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str], Mention | None]


def _word_before(text: str, start: int, n: int = 40) -> str:
    """The lower-case words right before ``start`` (up to ``n`` characters), spaces folded."""
    return " ".join(text[max(0, start - n):start].lower().split())


def _ends_with_phrase(before: str, phrases) -> bool:
    return any(before == p or before.endswith(" " + p) or before.endswith(p) and not p[-1].isalnum()
               for p in phrases)


class _Builder:
    """Holds the vocabulary and the shared regex fragments; its methods are the rule builders."""

    def __init__(self, v: Vocabulary):
        self.v = v
        full_months = [m for m in v.month_of if m in v.month_full]
        abbr_months = [m for m in v.month_of if m not in v.month_full]
        self.MONTH = rf"(?P<mon>{alternation(full_months)}\b|{alternation(abbr_months)}\b\.?)"
        self.MONTH_FULL = rf"(?P<mon>{alternation(full_months)})\b"
        full_wd = [w for w in v.weekday_of if w in v.weekday_full]
        abbr_wd = [w for w in v.weekday_of if w not in v.weekday_full]
        self.WD_ANY = rf"(?P<wd>{alternation(full_wd)}\b|{alternation(abbr_wd)}\b\.?)"
        self.WD_FULL = rf"(?P<wd>{alternation(full_wd)})\b"
        self.DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])"
        self.YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?![\d])"
        self.PART = rf"(?:(?P<part>{alternation(v.part_of)})(?:\s*[-\u2010\u2011\u2013]\s*|\s+))"
        self.DEIC = rf"(?P<deic>{alternation(v.deictic)})"
        self.DAYPART = rf"(?P<dp>{alternation(v.day_parts)})\b"
        self.SEASON = rf"(?P<season>{alternation(v.season_of)})\b"
        numbers = [w for w in v.numbers]
        self.NUM = rf"(?P<n>\d{{1,3}}|{alternation(numbers)})"
        self.DASH = r"\s*(?:-|\u2013|\u2014|\u2010|\u2011)\s*"
        self.month_cue_re = re.compile(rf"(?:^|[\s(])(?:{alternation(v.month_cues)})[\s-]*$", re.I)
        self.year_not_before_re = re.compile(
            rf"\s*(?:{alternation(v.year_not_before)})(?![a-z])", re.I)
        self.year_not_after_re = re.compile(
            rf"(?:^|[\s(])(?:{alternation(v.year_not_after)})\s*$", re.I)
        self.wd_after_re = re.compile(rf"['\u2019]?s?\s+(?:{alternation(v.weekday_name_after)})\b", re.I)

    # -- helpers

    def month(self, word: str) -> int:
        return self.v.month_of[word.lower().rstrip(".")]

    def capitalised(self, word: str) -> bool:
        return word[:1].isupper()

    def part(self, m: re.Match[str]) -> str | None:
        p = m.groupdict().get("part")
        if not p:
            return None
        p = " ".join(p.lower().split())
        return self.v.part_of.get(p, p)

    def year_context_ok(self, text: str, start: int, end: int) -> bool:
        if self.year_not_before_re.match(text, end, min(len(text), end + 20)):
            return False
        return not self.year_not_after_re.search(text, max(0, start - 20), start)

    # -- builders

    def date_mdy(self, m, text):
        if not self.capitalised(m["mon"]):
            return None
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        wd = m["wd"]
        if wd and not self.capitalised(wd):
            return None
        if m["year"] is None and m["mon"].lower() in self.v.ambiguous_months and not m["wd"]:
            # "May 5" is a date, but "Theresa May 5 ..." is rare; keep, unless a count follows
            if re.match(r"\s*(?:%|percent|per cent)", text[m.end():m.end() + 10]):
                return None
        return Mention(m.start(), m.end(), "date", {
            "year": int(m["year"]) if m["year"] else None, "month": self.month(m["mon"]), "day": day,
            "weekday": self.v.weekday_of[wd.lower().rstrip(".")] if wd else None})

    date_dmy = date_mdy

    def day_span(self, m, text):
        if not self.capitalised(m["mon"]):
            return None
        d1, d2 = int(m["day"]), int(m["day2"])
        if not (1 <= d1 < d2 <= 31):
            return None
        return Mention(m.start(), m.end(), "day_span", {
            "year": int(m["year"]) if m["year"] else None, "month": self.month(m["mon"]),
            "day": d1, "day2": d2})

    def month_year(self, m, text):
        if not self.capitalised(m["mon"]):
            return None
        if not self.year_context_ok(text, m.start("year"), m.end()):
            return None
        return Mention(m.start(), m.end(), "month", {"year": int(m["year"]), "month": self.month(m["mon"])},
                       part=self.part(m))

    def month_alone(self, m, text):
        word = m["mon"]
        if not self.capitalised(word):
            return None
        part, deic = self.part(m), m["deic"]
        if word.lower() in self.v.ambiguous_months and not part and not deic:
            before = text[max(0, m.start() - 25):m.start()]
            if not self.month_cue_re.search(before):
                return None
            if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) and not re.search(
                    r"(?:in|of|since|until|by|during|from|before|after)\s+$", before, re.I):
                return None
        ydeic = m["ydeic"]
        return Mention(m.start(), m.end(), "month", {
            "month": self.month(word), "shift": self.v.deictic[deic.lower()] if deic else None,
            "year_shift": self.v.deictic[ydeic.lower()] if ydeic else None}, part=part)

    def year(self, m, text):
        y = int(m["year"])
        fiscal = m["fy"]
        part = self.part(m)
        if not fiscal and not part and not self.year_context_ok(text, m.start(), m.end()):
            return None
        if y < 1900 and not (fiscal or part or re.search(
                r"(?:\b(?:in|since|from|until|till|by|before|after|during|of|circa|year)|[(])\s*$",
                text[max(0, m.start() - 12):m.start()], re.I)):
            return None
        return Mention(m.start(), m.end(), "year", {"year": y}, part=part)

    def year2(self, m, text):
        return Mention(m.start(), m.end(), "year2", {"yy": int(m["yy"])})

    def year_span(self, m, text):
        y1 = int(m["year"])
        raw2 = m["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not (y1 < y2 <= y1 + 100):
            return None
        # a count range ("1500-2000 people") is told by the word after it; "over 1998-2003" is a span
        if self.year_not_before_re.match(text, m.end(), min(len(text), m.end() + 20)):
            return None
        return Mention(m.start(), m.end(), "year_span", {"year": y1, "year2": y2})

    def decade(self, m, text):
        if m["d4"]:
            return Mention(m.start(), m.end(), "decade", {"decade": int(m["d4"]) // 10}, part=self.part(m))
        return Mention(m.start(), m.end(), "decade2", {"dd": int(m["d2"])}, part=self.part(m))

    def century(self, m, text):
        raw = m["cent"].lower()
        digits = re.match(r"\d+", raw)
        n = int(digits.group()) if digits else self.v.century_ordinals.get(" ".join(raw.replace("-", " ").split()))
        if n is None:
            n = self.v.century_ordinals.get(raw)
        if not n or n > 22:
            return None
        return Mention(m.start(), m.end(), "century", {"century": n - 1}, part=self.part(m))

    def iso(self, m, text):
        return Mention(m.start(), m.end(), "date", {
            "year": int(m["year"]), "month": int(m["month"]), "day": int(m["day"]), "weekday": None})

    def numeric(self, m, text):
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        return Mention(m.start(), m.end(), "numeric", {"a": a, "b": b, "yy": m["y"], "order": m["order"]})

    def numeric_dot(self, m, text):
        d, mo = int(m["a"]), int(m["b"])
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        return Mention(m.start(), m.end(), "date", {"year": int(m["year"]), "month": mo, "day": d, "weekday": None})

    def relday(self, m, text):
        rel = " ".join(m["rel"].lower().split())
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[rel]
        dp = m["dp"].lower() if m["dp"] else ("night" if rel == "tonight" else None)
        return Mention(m.start(), m.end(), "day", {"offset": offset}, part=self.part(m), day_part=dp)

    def this_daypart(self, m, text):
        deic = m["deic2"].lower()
        offset = -1 if deic in {"last", "yesterday"} else 0
        return Mention(m.start(), m.end(), "day", {"offset": offset}, part=self.part(m), day_part=m["dp"].lower())

    def weekday(self, m, text):
        word = m["wd"]
        if not self.capitalised(word):
            return None
        before = _word_before(text, m.start(), 15).split()
        if before and before[-1].strip("\"'(") in self.v.weekday_name_before:
            return None
        if self.wd_after_re.match(text, m.end()):
            return None
        # all-capital headlines aside, "Sunday Times"-like titles: the + Weekday + Capitalised word
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I) and \
                re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) and not m["deic"]:
            return None
        deic = m["deic"]
        return Mention(m.start(), m.end(), "weekday", {
            "weekday": self.v.weekday_of[word.lower()],
            "shift": self.v.deictic[deic.lower()] if deic else None},
            part=self.part(m), day_part=m["dp"].lower() if m["dp"] else None)

    def unit(self, m, text):
        unit = m["unit"].lower()
        shift = self.v.deictic[m["deic"].lower()]
        part = self.part(m)
        if m["el"]:
            part = m["el"].lower()
        if unit in self.v.season_of:
            return Mention(m.start(), m.end(), "season", {"season": self.v.season_of[unit], "shift": shift},
                           part=part)
        if unit == "weekend":
            return Mention(m.start(), m.end(), "weekend", {"shift": shift}, part=part)
        return Mention(m.start(), m.end(), "unit", {"unit": unit, "shift": shift}, part=part)

    def part_unit(self, m, text):
        """ "the end of the year", "the start of the month": the current one."""
        if self.part(m) not in {"early", "mid", "late"}:
            return None
        return Mention(m.start(), m.end(), "unit", {"unit": m["unit"].lower(), "shift": 0, "implicit": True},
                       part=self.part(m))

    def weekend(self, m, text):
        return Mention(m.start(), m.end(), "weekend", {"shift": None})

    def season(self, m, text):
        word = m["season"].lower()
        deic, year = m["deic"], m["year"]
        if not deic and not year:
            before = text[max(0, m.start() - 20):m.start()]
            if not re.search(r"\b(?:in|during|by|since|until|over|through|throughout|this|last|next|"
                             r"early|late|mid)\s+(?:the\s+)?$", before, re.I) and not m["part"]:
                return None
            if word == "fall" or re.match(r"\s+of\b", text[m.end():m.end() + 4]):
                return None
        if word == "fall" and not (deic or year):
            return None
        return Mention(m.start(), m.end(), "season", {
            "season": self.v.season_of[word], "year": int(year) if year else None,
            "shift": self.v.deictic[deic.lower()] if deic else None}, part=self.part(m))

    def quarter(self, m, text):
        gd = m.groupdict()
        kind = "half" if (gd.get("qh") or "").lower().startswith("h") else "quarter"
        n = None
        if gd.get("ord"):
            n = self.v.ordinals[gd["ord"].lower()]
            if kind == "half":
                if n == 4:  # "the last half"
                    n = 2
                if n > 2:
                    return None
        elif gd.get("qn"):
            n = int(gd["qn"])
        year = int(gd["year"]) if gd.get("year") else None
        year_shift = self.v.deictic[gd["ydeic"].lower()] if gd.get("ydeic") else None
        if n is None:
            return None
        return Mention(m.start(), m.end(), kind, {"n": n, "year": year, "year_shift": year_shift})

    def deictic_quarter(self, m, text):
        return Mention(m.start(), m.end(), "unit", {"unit": "quarter", "shift": self.v.deictic[m["deic"].lower()]})

    def ago(self, m, text):
        raw = " ".join(m["n"].lower().split())
        n = int(raw) if raw.isdigit() else self.v.numbers.get(raw)
        return Mention(m.start(), m.end(), "ago", {"n": n, "unit": m["unit"].lower()})

    def vague(self, m, text):
        phrase = " ".join(m.group().lower().split())
        return Mention(m.start(), m.end(), "vague", {"value": self.v.vague[phrase]})


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, in priority order (an earlier rule wins a tie on length)."""
    v = vocabulary()
    b = _Builder(v)
    MONTH, DAY, YEAR, PART, DEIC, DASH = b.MONTH, b.DAY, b.YEAR, b.PART, b.DEIC, b.DASH
    WD_ANY, WD_FULL, DAYPART, SEASON, NUM = b.WD_ANY, b.WD_FULL, b.DAYPART, b.SEASON, b.NUM
    # a weekday before a date, on the same line ("Friday\nSeptember 18" is a title and a dateline)
    wd_prefix = rf"(?:{WD_ANY}[^\S\n]*,?[^\S\n]+(?:the\s+)?)?"
    year_tail = rf"(?:(?:\s*,\s*|\s+(?:of\s+)?){YEAR})?"
    no_digit_before = r"(?<![\d$\u20ac\u00a3#.,/:-])"
    units = r"(?P<unit>week|month|year|quarter|decade|century|weekend|" + alternation(v.season_of)[3:-1] + r")"
    ord_words = alternation(v.ordinals)
    cent_words = alternation(v.century_ordinals)
    vague_words = alternation(v.vague)
    unit_words = r"(?:days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|hours?|quarters?|half)"
    spec: list[tuple[str, str, Callable]] = [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])", b.iso),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<order>/)(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", b.numeric),
        ("numeric_dot", r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4})(?![\d.])", b.numeric_dot),
        ("day_span_mdy", rf"{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:{DASH}|\s+(?:to|through|until)\s+)"
                         rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d){year_tail}", b.day_span),
        ("day_span_dmy", rf"{no_digit_before}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:{DASH}|\s+(?:to|until)\s+)"
                         rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{year_tail}", b.day_span),
        ("date_mdy", rf"{wd_prefix}{MONTH}\s+{DAY}(?!\s*(?:%|:\d|\.\d))(?:(?:\s*,\s*|\s+){YEAR})?", b.date_mdy),
        ("date_dmy", rf"{wd_prefix}{no_digit_before}{DAY}(?:\s+of)?\s+{MONTH}(?:\s*,?\s*{YEAR})?", b.date_dmy),
        ("month_year", rf"{PART}?{MONTH}(?:\s*,\s*|\s+of\s+|\s+){YEAR}", b.month_year),
        ("month", rf"{PART}?(?:{DEIC}\s+)?{b.MONTH_FULL}(?:,?\s+(?:of\s+)?(?P<ydeic>last|this|next)\s+year\b)?",
         b.month_alone),
        ("quarter", rf"(?:the\s+)?(?P<ord>{ord_words})[\s-]+(?P<qh>quarter|half)\b"
                    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:year\s+)?{YEAR}|"
                    rf"(?P<ydeic>last|this|next)\s+year))?", b.quarter),
        ("quarter_code", rf"\b(?P<qh>[QH])(?P<qn>[1-4])(?:\s+|-|/)?(?:{YEAR})?\b", b.quarter),
        ("deictic_quarter", rf"(?:the\s+)?{DEIC}\s+quarter\b", b.deictic_quarter),
        ("year_span", rf"{no_digit_before}{YEAR}(?:{DASH}|/)(?P<y2>\d{{4}}|\d{{2}})(?![\d%])", b.year_span),
        ("decade", rf"(?:the\s+)?{PART}?(?:(?P<d4>1\d\d0|20\d0)s|['\u2019\u2018](?P<d2>\d0)s)\b", b.decade),
        ("century", rf"(?:the\s+)?{PART}?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{cent_words})[\s-]+century\b", b.century),
        ("year", rf"{no_digit_before}{PART}?(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar\s+year|the\s+year|financial\s+year)\s*)?"
                 rf"\b{YEAR}(?!\s*(?:%|[-\u2013/]\d|\.\d|:\d|,\d{{3}}))", b.year),
        ("year2", r"(?<![\w'\u2019])['\u2019](?P<yy>\d\d)\b(?!s)", b.year2),
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
        ("ago", rf"\b{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", b.ago),
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
    if sig in {"from", "between"} and _RANGE_AFTER.match(text[m.end:m.end + 10]):
        return m
    return replace(m, signal=sig)


_WINDOW = 80  # every expression lies within this many characters of its trigger word

# The trigger classes each rule needs: a rule only runs around words (or digits) of its classes.
# Windows of two classes may overlap; a mention found twice is dropped as an overlap below.
_RULE_TRIGGERS = {
    "iso": "digit", "numeric": "digit", "numeric_dot": "digit", "year_span": "digit", "year": "digit",
    "year2": "digit", "decade": "digit", "quarter_code": "digit",
    "day_span_mdy": "month", "day_span_dmy": "month", "date_mdy": "month", "date_dmy": "month",
    "month_year": "month", "month": "month",
    "quarter": "unit", "deictic_quarter": "unit", "part_unit": "unit", "unit": "unit season", "weekend": "unit", "century": "unit",
    "relday": "relday", "this_daypart": "daypart", "weekday": "weekday", "season": "season",
    "ago": "ago", "vague": "vague",
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
    return out


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
