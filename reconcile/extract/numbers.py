"""Figures in text: digits, number words, fractions, with their currency or unit, and ranges.

:func:`find_figures` scans a text once with three regular expressions (digits, number words,
fractions), compiled at import from ``reconcile/data/numbers.yaml``, and returns
:class:`Figure` records in text order. It knows numbers, not what they count: years, dates,
labels and the like are told apart by the count extractor, which sees the words around them.

- Digits: "5,200", "5.2 million", "1.5bn", "$3bn", "US$40m", "40%", "3.5 per cent", "10km",
  "a 110bn-euro package" (a currency word hyphenated to the figure), "Rs 40 crore", "R$480
  million", "212 pence" (a hundredth named as written, no pounds). "Rs" is a sign only so
  written ("RS 80" is a label); lakh and crore are scales ("Rs 5 lakh": 500,000).
  A figure glued to letters, slashes or colons ("epa08127441", "1/7", "10:30", "4th") is none.
  "m"/"k"/"mm" after digits mean million/thousand only after a currency sign ("$5m", "$160MM",
  and the range "$140-150MM"), or before a plural noun ("1.2m people", "10k runners"; "a 1.2m wall"
  is metres). A whole and a half or a quarter is one figure ("4 1/2 hours"). A hedge written after
  the figure is kept: "2,000-plus", "20+" (more than), "40-odd" (about).
- Words: "three", "twenty-five", "one million", "a dozen", "two hundred and fifty", "two and a
  half (million)"; two that make
  no number side by side are two figures ("three ten-year sentences"). The
  vocabulary is a small YAML list rather than a library such as ``text2num``: news prose needs
  only cardinals up to the trillions, and a single compiled regex keeps the scan in C.
- Points of per cent: "25 basis points", "40bps", "0.25 percentage points", "a 25-basis-point
  cut", "a quarter of a percentage point", "a quarter-point rise" are one figure in percentage
  points (unit "pp", 0.25), the wording aside (``percentage_points`` in numbers.yaml); "120
  points" alone stays a count of points.
- Fractions: "two-thirds", "half", "a quarter" are given as per cent (unit "%"); so is a part
  in a whole, "one in four" (25), "1 in 3" (33.33), but not after "number" nor before a span of
  time ("the worst one in ten years").
- Vague plurals ("hundreds", "thousands of", "dozens") are not figures at all: the number words
  are matched whole, so a plural never matches.
- Ranges: two figures joined by "-", "to", "or" ("two or three", "40 or 50") or "and" after
  "between" become one figure with ``high``; a scale or unit stated once applies to both ("5 to 6 million", "10-15%",
  "$140-150 million").
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


from ..datafiles import load as load_data
from ..values import representable
from .phrases import CHANGE_VERBS, DASH_BEFORE_NUMBER


@dataclass
class Figure:
    start: int
    end: int
    value: float
    decimals: int = 0
    scale: float = 1.0
    unit: str | None = None
    words: bool = False  # written in words
    fraction: bool = False
    high: "Figure | None" = None
    connector: str = ""  # what joins a range: "-", "to", "and"
    hedge: str | None = None  # a hedge written after the figure: "2,000-plus" (more than), "40-odd" (about)


# function words a minus sign or a dash may be glued to: "gusts and-15C temperatures" (text whose
# spaces were lost), where a letter before a hyphen is otherwise a name's number ("F-16", "COVID-19")
GLUED_DASH_WORDS = ("and", "or", "to", "of", "at", "by", "from", "than")
_GLUED_AFTER_WORD = "|".join(rf"(?<=\b{w}[\-\u2013])" for w in GLUED_DASH_WORDS)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return load_data("numbers.yaml")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> "_Patterns":
    v = vocabulary()
    signs = {k.lower(): c for k, c in v["currency_signs"].items()}
    cur_words = {k.lower(): c for k, c in v["currency_words"].items()}
    measures = {k.lower(): u for k, u in v["measures"].items()}
    pct = [p.lower() for p in v["percent"]]
    scales = {k: float(x) for k, x in {**v["scales"], **v["scales_after_digits"]}.items()}
    scale_abbr = {k: float(x) for k, x in v["scale_abbreviations"].items()}
    cur_abbr = {k: float(x) for k, x in v["currency_scale_abbreviations"].items()}
    units = sorted(set(cur_words) | set(measures) | set(pct) | set(v["percentage_points"]) - {"%"})
    glued_cur = {k.lower(): c for k, c in v["currency_glued"].items()}
    # a unit of measure glued to the digits ("150m", "1hr", "-15C"): the figure ends there, the
    # measure reader (extract/measures.py) reads the unit
    glued = {str(sp).lower() for d in load_data("units.yaml")["units"].values() for sp in d["spellings"]
             if " " not in str(sp)}
    digits = re.compile(
        r"(?<![\w.,/:#+])(?:(?<=magnitude-)|(?<![A-Za-z][\-\u2013])|" + _GLUED_AFTER_WORD + r")"
        r"(?:(?P<cur>" + _alt(signs) + r")\s?|(?P<glued>" + _alt(glued_cur) + r")(?=\d))?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+(?![\s-]?calib(?:er|re)))"  # ".308", ".5 percent" (".32-caliber": a bore)
        r"(?:[\s-]?(?P<scale>" + _alt(set(scales) | set(scale_abbr) | set(cur_abbr)) + r")(?![\w]))?"
        r"(?:\s?(?P<pct>%)|\s?(?P<unit>" + _alt(units) + r")(?![\w])"
        r"|-(?P<hunit>" + _alt(set(cur_words) | set(pct) | set(v["percentage_points"]) - {"%"}) + r")(?![\w]))?"  # "a 110bn-euro package"
        r"(?:(?=(?:" + _alt(glued) + r")(?![\w]))|(?![\w/:]|[.,]\d))",
        re.IGNORECASE)
    word_alt = _alt(set(v["units"]) | set(v["tens"]) | set(v["scales"]))
    # "a three-member panel", "the million-member union": a count noun hyphenated to a number word
    # (the count extractor reads what the compound counts)
    compounds = set(load_data("counts.yaml")["compound_counts"])
    words = re.compile(
        r"(?:(?<![\w\-])|" + DASH_BEFORE_NUMBER + r")(?P<w>(?:a\s+(?:" + _alt(v["a_words"]) + r")|(?:" + word_alt + r"))"
        r"(?:(?:\s+and\s+|\s+|-)(?:" + word_alt + r"))*)(?!\w)"
        r"(?:(?!-)|(?=-(?:" + _alt(glued | {"time"} | set(cur_words) | compounds) + r")\b))"
        r"(?:[\s-](?P<unit>" + _alt(units) + r")(?![\w]))?",
        re.IGNORECASE)
    fractions = re.compile(r"(?<![\w\-])(?P<f>" + _alt(v["fractions"]) + r")(?![\w\-])", re.IGNORECASE)
    # "one in four", "3 in 10": a share of what follows; not after "number" ("number one in ten
    # categories"), nor before a span of time ("the worst one in ten years")
    small = _alt(set(v["units"]) | set(v["tens"]))
    shares = re.compile(r"(?<![\w\-.,])(?<!number )(?<!no\. )(?P<a>" + small + r"|\d{1,3})[ \t]+in[ \t]+(?P<b>" + small
                        + r"|\d{1,3}(?:,\d{3})*)(?![\w\-]|[.,]\d|[ \t]+(?:" + _alt(v["share_not_before"]) + r")\b)",
                        re.IGNORECASE)
    # the same patterns without IGNORECASE, for text lowered beforehand: two to three times faster
    lowered = tuple(re.compile(r.pattern) for r in (digits, words, fractions, shares))
    signs = {**glued_cur, **signs}  # "euro22": the glued word, once matched, is read as a sign
    return _Patterns(signs, cur_words, measures, pct, scales, scale_abbr, cur_abbr, (digits, words, fractions, shares), lowered)


@lru_cache(maxsize=1)
def _cased_signs() -> dict[str, str]:
    """Signs that are a currency only as written in ``currency_signs_cased`` ("Rs 80", not "RS 80"):
    lower case -> as written."""
    return {str(s).lower(): str(s) for s in vocabulary()["currency_signs_cased"]}


_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|and|or)\s*$", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|" + "|".join(sorted(CHANGE_VERBS)) + r")\s+$", re.IGNORECASE)  # "fell by 2% to 7%"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _unit_of(word: str | None, cur_words: dict, measures: dict, pct: list) -> str | None:
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w in pct or w == "%":
        return "%"
    return cur_words.get(w) or measures.get(w)


# a fraction of a point of per cent: "a quarter of a percentage point", "half a basis point"
_OF_A_POINT = re.compile(r"(?:[ \t]+of)?[ \t]+a[ \t]+(?P<u>(?:percentage|basis)[ \t]+point)\b", re.I)
# a part of a point told as one word, as of a rate: "a quarter-point cut", "a half-point rise" (alone,
# "a quarter point" is a rate's too; "half a point" is left, as often a score's)
_POINT_PART = re.compile(r"(?<![\w-])(?:a|one)[ \t]+(?P<f>quarter|half)(?:[ \t]+|-)(?:percentage[ \t-]+)?point\b", re.I)


def _percentage_point(word: str | None) -> float | None:
    """What one point of ``word`` is in percentage points ("basis points": 0.01), or None when it
    is no point of per cent."""
    return vocabulary()["percentage_points"].get(" ".join(word.lower().split())) if word else None


def parse_number_words(phrase: str) -> float:
    """"twenty-five" -> 25; "two hundred and fifty thousand" -> 250000; "a dozen" -> 12."""
    v = vocabulary()
    units, tens, scales, a_words = v["units"], v["tens"], v["scales"], v["a_words"]
    if re.fullmatch(r"(?:a\s+)?half[\s-]+dozen", phrase.strip().lower()):
        return 6.0
    toks = [t for t in re.split(r"[\s\-]+", phrase.lower()) if t and t != "and"]
    total = 0.0
    current = 0.0
    for i, t in enumerate(toks):
        if t == "a" and i + 1 < len(toks):
            current += 1
        elif t == "dozen":
            current = (current or 1) * a_words["dozen"]
        elif t == "couple":
            current = (current or 1) * a_words["couple"]
        elif t in units:
            current += units[t]
        elif t in tens:
            current += tens[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t in scales:
            total += (current or 1) * scales[t]
            current = 0
    return total + current


_VAGUE_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
_VAGUE_MULTIPLE = re.compile(r"(?<![\w-])(?:several|a[ \t]+few|few|many|numerous|multiple)[ \t]+$", re.I)
_MIXED_VALUE = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
_PLURAL_AFTER = re.compile(r"[ \t]+(?:people|children|men|women|[a-z]{2,}[^s\W]s)\b(?![ \t]+(?:high|tall|long|wide|deep|away|above|below)\b)")
# a hedge written after the figure: "2,000-plus people", "40-odd protesters", "20-something"
_SUFFIX_HEDGE = re.compile(r"-(plus|odd)(?![\w-])|(\+)(?![\w+])", re.I)
_SUFFIX_HEDGES = {"plus": "more than", "+": "more than", "odd": "about"}


def _suffix_hedge(text: str, end: int) -> tuple[int, str | None]:
    """A figure's end past a hedge written after it, and the hedge ("2,000-plus": more than)."""
    after = _SUFFIX_HEDGE.match(text, end)
    if after is None:
        return end, None
    return after.end(), _SUFFIX_HEDGES[(after.group(1) or after.group(2)).lower()]

_HALF_BEFORE = re.compile(r"(?<![\w-])(?:a[ \t]+)?half[ \t]+$", re.I)  # "half a million", "a half million"
# a fraction of a scale: "a quarter of a million", "three-quarters of a billion", "two-thirds of a million"
_FRACTION_OF_BEFORE = re.compile(r"(?<![\w-])(?P<f>(?:a|one)[ \t-]+(?:quarter|third|fifth)|three[ \t-]+quarters|two[ \t-]+thirds)"
                                 r"[ \t]+of[ \t]+$", re.I)
_FRACTION_OF = {"quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "quarters": 0.75, "thirds": 2 / 3}
# a whole in words and a half or a quarter: "two and a half (million)"
_UNIT_AFTER_HALF = re.compile(r"[ \t]+(?P<u>per[ \t]+cent|percent|%|[a-z]+)\b", re.I)
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+(?P<f>half|quarter)\b(?![ \t-]+(?:of|dozen)\b)"
                         r"(?:[ \t]+(?P<scale>thousand|million|billion|trillion)\b)?", re.I)
_MIXED = re.compile(r"(?:[ \t]+|-)(?P<f>1/2|1/4|3/4)(?![\d/]|-|[ \t]+(?:hundred|thousand|million|billion|trillion)\b)",
                    re.I)  # "2 1/2 million shares", "12 3/4-inch pipes": not a whole and a fraction
_CURRENCY_RANGE = re.compile(r"[$\u00a3\u20ac\u00a5][ \t]?\d[\d,.]*[ \t]?[-\u2013][ \t]?$")


def _second_number(phrase: str) -> int | None:
    """Where a second figure starts in a run of number words that is two ("three ten-year", "two
    five-year"): a unit or a ten right after a unit, or a ten after a ten; None for one number
    ("twenty five", "three hundred", "one hundred and five"). "and" joins a number only after a
    hundred or a scale: "six and eight" are two ("between six and eight years")."""
    v = vocabulary()
    units, tens = v["units"], v["tens"]
    prev = None
    joined = False  # an "and" after a unit or a ten: the next word starts a second number
    for m in re.finditer(r"[a-z]+", phrase.lower()):
        w = m.group()
        if w == "and":
            joined = prev in units or prev in tens
            prev = None
            continue
        if joined or (prev is not None and ((prev in units and (w in units or w in tens))
                                            or (prev in tens and w in tens))):
            return m.start()
        prev = w
    return None


class _Patterns(NamedTuple):
    """The vocabulary and the compiled readers of :func:`find_figures` (:func:`_patterns`)."""

    signs: dict[str, str]
    cur_words: dict[str, str]
    measures: dict[str, str]
    pct: list[str]
    scales: dict[str, float]
    scale_abbr: dict[str, float]
    cur_abbr: dict[str, float]
    anycase: tuple[re.Pattern[str], ...]  # digits, words, fractions, shares
    lowered: tuple[re.Pattern[str], ...]  # the same for text lowered beforehand


def find_figures(text: str) -> list[Figure]:
    """Every figure of ``text`` in order, ranges merged. Each reader finds one shape of figure
    (digits, number words, fractions, parts of a point, shares); a figure inside another ("one" in
    "one-third") is dropped."""
    p = _patterns()
    low = text.lower()
    if len(low) == len(text):  # lower() kept every offset: scan the lowered text
        scan, (digits, words, fractions, shares) = low, p.lowered
    else:  # a character whose lower case is longer ("\u0130"): scan the text as it is
        scan, (digits, words, fractions, shares) = text, p.anycase
    figs = [*_digit_figures(scan, text, digits, p), *_word_figures(scan, words, p),
            *_fraction_figures(scan, fractions), *_point_parts(scan), *_share_figures(scan, shares)]
    figs.sort(key=lambda f: (f.start, -f.end))
    kept: list[Figure] = []
    for f in figs:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return _merge_ranges(scan, kept)


def _digit_figures(text: str, written: str, digits: re.Pattern[str], p: _Patterns) -> Iterator[Figure]:
    """Figures in digits, with what is glued to them: "$5m", "12m euros", "1.2m people", "45%",
    "25 basis points" (0.25 pp), "4 1/2 hours", "2,000-plus"; "08" and "0958" are codes. ``written``
    is the text as written (``text`` may be lowered)."""
    for m in digits.finditer(text):
        cur = m.group("cur") or m.group("glued")
        start = m.start()
        if cur and cur.lower() in _cased_signs() and written[m.start("cur"):m.end("cur")] not in _cased_signs().values():
            cur, start = None, m.start("num")  # "RS 80": no "Rs", a label before a figure
        num = m.group("num")
        if num[0] == "0" and len(num) > 1 and num[1] != ".":
            continue  # "08", "0958": a code
        scale, end, dropped = _digit_scale(text, m, cur, p)
        raw = num.replace(",", "")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        value = float(raw) * scale
        if not representable(value):
            continue  # "1111...1" (310 digits): a code or an error, never a figure
        unit = p.signs.get(cur.lower()) if cur else None
        if dropped:
            pass
        elif m.group("pct"):
            unit = "%"
        elif m.group("unit") or m.group("hunit"):
            unit = _unit_of(m.group("unit") or m.group("hunit"), p.cur_words, p.measures, p.pct) or unit
            if (point := _percentage_point(m.group("unit") or m.group("hunit"))) is not None:
                unit, value = "pp", value * point  # "25 basis points": 0.25 pp
                decimals += round(-math.log10(point))
        if scale == 1.0 and unit is None and not m.group("pct") and (mixed := _MIXED.match(text, end)):
            value += _MIXED_VALUE[mixed.group("f")]  # "4 1/2 hours", "2-1/2 years": a whole and a fraction
            decimals = max(decimals, 2 if mixed.group("f") != "1/2" else 1)
            end = mixed.end()
        end, hedge = _suffix_hedge(text, end) if unit is None else (end, None)
        yield Figure(start, end, value, decimals, scale, unit, hedge=hedge)


def _digit_scale(text: str, m: re.Match[str], cur: str | None, p: _Patterns) -> tuple[float, int, bool]:
    """The scale after a figure in digits, where the figure ends, and whether a scale-like word was
    left to the measure reader: "5 million", "$5m", "$140-150mm" (the range's sign is the first
    figure's), "12m euros" (a currency's name after it), "1.2m people", "10k runners" (a plural
    noun is counted in thousands or millions; "a 1.2m wall" is metres), "150m" alone (metres)."""
    scale_w = (m.group("scale") or "").lower()
    if not scale_w:
        return 1.0, m.end(), False
    if scale_w in p.scales:
        return p.scales[scale_w], m.end(), False
    if scale_w in p.scale_abbr and (cur or scale_w in {"bn", "tn", "trn"}):
        return p.scale_abbr[scale_w], m.end(), False
    if scale_w in p.cur_abbr and (cur or _CURRENCY_RANGE.search(text, max(0, m.start() - 20), m.start())
                                  or (m.group("unit") or "").lower() in p.cur_words
                                  or (scale_w in ("m", "mn", "mln", "k") and _PLURAL_AFTER.match(text, m.end()))):
        return p.cur_abbr[scale_w], m.end(), False
    return 1.0, m.end("num"), True  # the figure alone; the measure reader sees the letters


def _word_figures(text: str, words: re.Pattern[str], p: _Patterns) -> Iterator[Figure]:
    """Figures in number words: "twenty-five", "a dozen", "two percentage points" (2 pp), with a
    half or a part of a scale (:func:`_word_figure`); "several thousand" is no figure, and
    "three ten-year sentences" is two figures side by side, not thirteen."""
    for m in words.finditer(text):
        phrase = m.group("w")
        if phrase.lower().split()[0] in _VAGUE_SCALES and _VAGUE_MULTIPLE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "several thousand fans", "a few hundred people": some thousands, no figure
        cut = _second_number(phrase)
        if cut is not None:  # "three ten-year sentences": two figures side by side, not thirteen
            first = re.sub(r"[ \t]+and$", "", phrase[:cut].rstrip(" \t-"), flags=re.I)  # "six and | eight"
            yield Figure(m.start(), m.start() + len(first), parse_number_words(first), 0, 1.0, None, words=True)
            rest = words.match(text, m.start("w") + cut)
            if rest is None:
                continue
            m = rest
        yield _word_figure(text, m, p)


def _word_figure(text: str, m: re.Match[str], p: _Patterns) -> Figure:
    """One run of number words: "a million and a half", "two and a half hours", "three and a half
    percent", "half a million", "a quarter of a million", "two percentage points", "40-odd"."""
    phrase = m.group("w")
    value = parse_number_words(phrase)
    unit = _unit_of(m.group("unit"), p.cur_words, p.measures, p.pct)
    last = phrase.lower().split()[-1]
    half = _AND_A_HALF.match(text, m.end()) if unit is None else None
    if half and last in p.scales and not half.group("scale"):
        # "a million and a half": half the scale more
        value += (0.5 if half.group("f") == "half" else 0.25) * p.scales[last]
        return Figure(m.start(), half.end(), value, 0, p.scales[last], None, words=True)
    if half and last not in p.scales and last != "hundred":
        # "two and a half hours", "three and a half million": one figure
        scale = p.scales.get((half.group("scale") or "").lower(), 1.0)
        value = (value + (0.5 if half.group("f") == "half" else 0.25)) * scale
        end, unit = half.end(), None
        if (after := _UNIT_AFTER_HALF.match(text, end)) and (unit := _unit_of(after.group("u"), p.cur_words, p.measures, p.pct)):
            end = after.end()  # "three and a half percent", "two and a half million dollars"
        return Figure(m.start(), end, value, 0 if scale > 1 else 1, scale, unit, words=True)
    halved = _HALF_BEFORE.search(text, max(0, m.start() - 8), m.start()) if last in p.scales and \
        re.fullmatch(r"(?:a[ \t]+)?[a-z]+", phrase.lower()) else None
    if halved:  # "half a million", "a half million": half the scale
        return Figure(halved.start(), m.end(), value / 2, 0, p.scales[last], unit, words=True)
    part = _FRACTION_OF_BEFORE.search(text, max(0, m.start() - 24), m.start()) if last in p.scales and \
        re.fullmatch(r"(?:a|one)[ \t]+[a-z]+", phrase.lower()) else None
    if part:  # "a quarter of a million": that part of the scale
        share = _FRACTION_OF[re.split(r"[ \t-]+", part.group("f").lower())[-1]]
        return Figure(part.start(), m.end(), round(value * share), 0, p.scales[last], unit, words=True)
    decimals = 0
    if (point := _percentage_point(m.group("unit"))) is not None:
        unit, value, decimals = "pp", value * point, round(-math.log10(point))  # "two percentage points"
    end, hedge = _suffix_hedge(text, m.end()) if unit is None else (m.end(), None)
    return Figure(m.start(), end, value, decimals, 1.0, unit, words=True, hedge=hedge)


def _fraction_figures(text: str, fractions: re.Pattern[str]) -> Iterator[Figure]:
    """Fractions as shares: "a third" (33.3 %), "half"; "a quarter of a percentage point" is 0.25 pp."""
    fr = vocabulary()["fractions"]
    for m in fractions.finditer(text):
        f = m.group("f").lower()
        if (point := _OF_A_POINT.match(text, m.end())) is not None:  # "a quarter of a percentage point": 0.25 pp
            yield Figure(m.start(), point.end(), float(fr[" ".join(f.split())]) / 100
                         * _percentage_point(point.group("u")), 4, 1.0, "pp", words=True)
            continue
        yield Figure(m.start(), m.end(), float(fr[" ".join(f.split())]), 2 if "." in str(fr[f]) else 0,
                     1.0, "%", words=True, fraction=True)


def _point_parts(text: str) -> Iterator[Figure]:
    """"a quarter-point rise", "a half point": 0.25, 0.5 pp."""
    for m in _POINT_PART.finditer(text):
        yield Figure(m.start(), m.end(), 0.25 if m.group("f").lower() == "quarter" else 0.5, 2, 1.0, "pp", words=True)


def _share_figures(text: str, shares: re.Pattern[str]) -> Iterator[Figure]:
    """"one in four", "3 in 10": a share (25 %, 30 %) of what follows."""
    for m in shares.finditer(text):
        share = _share(m.group("a"), m.group("b"))
        if share is not None:
            yield Figure(m.start(), m.end(), share[0], share[1], 1.0, "%", words=not m.group("a")[0].isdigit())


def _share(a: str, b: str) -> tuple[float, int] | None:
    """"one in four" -> (25.0, 0): the per cent and its decimals (two at most: "one in three" is
    33.33); None unless the part is smaller than the whole."""
    part, whole = (float(parse_number_words(x)) if x[0].isalpha() else float(x.replace(",", "")) for x in (a, b))
    if not 0 < part < whole:
        return None
    value = 100 * part / whole
    decimals = next((d for d in range(7) if abs(round(value, d) - value) < 1e-9), 2)
    decimals = min(decimals, 2) if value >= 1 else decimals
    return round(value, decimals), decimals


def _merge_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    currencies = set(_patterns().signs.values())  # a currency sign's unit ("USD"), not "%" or a measure
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs) and not f.fraction:
            g = figs[i + 1]
            gap = text[f.end:g.start]
            jm = _RANGE_JOIN.match(gap) if len(gap) <= 6 else None
            if jm and not g.fraction:
                join = gap.strip().lower()
                between = bool(_BETWEEN.search(text, max(0, f.start - 20), f.start))
                change = join == "to" and bool(_BY.search(text, max(0, f.start - 12), f.start))
                ok = (join != "and" or between) and (join != "-" or gap == "-" or gap == "\u2013") and not change
                if join == "or":  # "two or three people", "100 or 200 of them": a guess between two figures
                    ok = ok and not between and f.words == g.words and f.scale == g.scale and f.unit == g.unit \
                        and not f.fraction and not (f.value >= 1000 and g.value <= 2100 and not f.words) \
                        and g.value <= 10 * f.value
                if ok and f.unit is not None and g.unit is not None and f.unit != g.unit:
                    ok = False  # "slid 14% to EUR 18.3bn": a change and a level, no range
                value, scale, unit, g_unit = f.value, f.scale, f.unit, g.unit
                if ok and f.scale == 1.0 and g.scale > 1 and f.value * g.scale <= g.value:
                    value, scale = f.value * g.scale, g.scale
                elif ok and f.words and g.words and f.scale == 1.0 and f.value < 100:
                    # "two to three thousand": the scale said once, in words, is both figures'
                    last = text[g.start:g.end].split()[-1].lower()
                    said = 100.0 if last == "hundred" else vocabulary()["scales"].get(last, 1.0)
                    if said > 1 and f.value * said <= g.value:
                        value = f.value * said
                if ok and f.unit is None and g.unit is not None and not (f.words != g.words):
                    unit = g.unit
                if ok and g.unit is None and f.unit in currencies and join == "-" and not (f.words or g.words):
                    g_unit = f.unit  # "$140-150 million": the currency sign is the first figure's
                # the first figure takes the second's scale and unit only in a range: "from 15% in
                # 2000 to 27%" leaves 2000 a year
                if ok and value < g.value and unit == g_unit:
                    f.value, f.scale, f.unit, g.unit = value, scale, unit, g_unit
                    f.high = g
                    f.connector = join if join in {"to", "and", "or"} else "-"
                    f.end = g.end
                    out.append(f)
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out


_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*)+")
_OPENERS = "\"'\u201c\u2018(:\u2014\u2013-"


def in_a_name(text: str, sent_start: int, fig: Figure) -> bool:
    """A figure in words that is part of a name or a title, not a figure: a capitalised number word
    inside a sentence followed by capitalised words ("the Three Gorges Dam", "at Three Mile
    Island"), or one opening a quotation whose capitalised words run to its end ("starred in
    "Million Dollar Mermaid""). A sentence or a quoted sentence may open with one ("Three
    Americans were killed", ""Two Russian jets crossed ...")."""
    if not fig.words or not text[fig.start:fig.start + 1].isupper():
        return False
    run = _CAPITALISED_RUN.match(text, fig.end)
    if run is None:
        return False
    before = text[sent_start:fig.start].rstrip()
    if not before:
        return False
    if before[-1] not in _OPENERS:
        return True
    after = text[run.end():run.end() + 3].lstrip(" ,.!?")
    return after[:1] in ("\"", "\u201d", "'", "\u2019") or before[-1] == "("
