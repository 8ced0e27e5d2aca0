"""The rule builders: each turns one regex match into a :class:`Mention` or rejects it.

A builder checks what a pattern cannot say alone (a capital letter, a count word after a year,
a name before a weekday) and records what was said, without resolving anything against a date.
"""
from __future__ import annotations

import re

from .timex import Mention
from .vocab import Vocabulary, alternation


def _word_before(text: str, start: int, n: int = 40) -> str:
    """The lower-case words right before ``start`` (up to ``n`` characters), spaces folded."""
    return " ".join(text[max(0, start - n):start].lower().split())


_COUNT_BEFORE = re.compile(r"(?:\d|[a-z]-[a-z]+)\s+$", re.I)


class Builder:
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
        # a holiday's name, its apostrophe straight or curly ("New Year's Day")
        self.HOLIDAY = alternation([*(v.holiday_of or ["holiday never named"]), *(v.moveable_of or ())]
                                   ).replace("'", "['\u2019]").replace(r"\.", r"\.?")
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

    def holiday(self, m, text):
        """A holiday on a fixed day ("Valentine's Day", "Christmas Eve"), with its year if one follows."""
        name = m["hol"]
        if not all(w[:1].isupper() for w in name.split() if w != "of"):
            return None  # "a christmas day out": not the named day
        key = " ".join(name.lower().replace("\u2019", "'").split())
        year = int(m["year"]) if m["year"] else None
        if year is None and _word_before(text, m.start(), 6).endswith(("the", "a", "an", "'s")) \
                and not key.startswith("fourth of"):  # ("the Fourth of July": "the" is the name's own)
            return None  # "the Boxing Day tsunami", "the Valentine's Day massacre": a name, of any year
        if key not in self.v.holiday_of:
            # a holiday whose day moves with the year ("Easter Sunday", "Thanksgiving")
            return Mention(m.start(), m.end(), "moveable", {"year": year, "rule": self.v.moveable_of[key]})
        month, day = self.v.holiday_of[key]
        return Mention(m.start(), m.end(), "date", {"year": year, "month": month, "day": day, "weekday": None})

    def holiday_by(self, m, text):
        """"by Christmas": the day (Christmas alone is a season)."""
        if not m["hol"][:1].isupper():
            return None
        month, day = self.v.holiday_of["christmas day"]
        return Mention(m.start("hol"), m.end(), "date", {"year": int(m["year"]) if m["year"] else None,
                                                         "month": month, "day": day, "weekday": None})

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
        ydeic = m["ydeic"]
        return Mention(m.start(), m.end(), "date", {
            "year": int(m["year"]) if m["year"] else None, "month": self.month(m["mon"]), "day": day,
            "weekday": self.v.weekday_of[wd.lower().rstrip(".")] if wd else None,
            "year_shift": self.v.deictic[ydeic.lower()] if ydeic else None})

    date_dmy = date_mdy

    def ordinal_day(self, m, text):
        day = int(m["day"])
        return Mention(m.start(), m.end(), "ordinal_day", {"day": day}) if 1 <= day <= 31 else None

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
        return Mention(m.start(), m.end(), "ago", {"n": n, "unit": m["unit"].lower(),
                                                   "exact": bool(m["exact"] or m["today"])})

    def anchored(self, m, text):
        if m["same"] or m["nextpart"]:  # "later that day", "that night": its day; "the next morning": the one after
            return Mention(m.start(), m.end(), "anchored", {"n": 1 if m["nextpart"] else 0, "unit": "day"})
        if m["unit3"]:  # "later that year", "that same month": the year or month of the date before
            return Mention(m.start(), m.end(), "anchored", {"n": 0, "unit": m["unit3"].lower()})
        if m["aseason"]:  # "the following spring": the first after the date before; "later that summer": its year's
            return Mention(m.start(), m.end(), "anchored", {"n": 1 if m["fseason"] else 0, "unit": "season",
                                                             "season": self.v.season_of[m["aseason"].lower()]})
        if m["mon"]:  # "the following May": the first May after the date before
            return Mention(m.start(), m.end(), "anchored", {"n": 1, "unit": "month", "month": self.month(m["mon"])})
        if m["rel"]:
            n = -1 if m["rel"].lower() in ("previous", "preceding") else 1
            return Mention(m.start(), m.end(), "anchored", {"n": n, "unit": m["unit2"].lower()})
        raw = " ".join(m["n"].lower().split())
        n = int(raw) if raw.isdigit() else self.v.numbers.get(raw)
        if n is None:
            return None
        sign = -1 if m["dir"].lower() == "earlier" else 1
        unit = m["unit"].lower()
        if m["half"]:  # "a year and a half later": 18 months; a half of a shorter unit is no whole count
            if unit != "year":
                return None
            n, unit = n * 12 + 6, "month"
        return Mention(m.start(), m.end(), "anchored", {"n": sign * n, "unit": unit})

    def anchored_month(self, m, text):
        """"September of that year", "May of the same year": a month of the year of the date before."""
        return Mention(m.start(), m.end(), "anchored", {"n": 0, "unit": "year", "month": self.month(m["mon"])})

    def offset(self, m, text):
        direction = m["dir"].lower()
        sign = -1 if direction.startswith(("before", "prior", "ahead")) else 1
        if m["the"]:  # "the day after", "the night before": one day
            return Mention(m.start(), m.end(), "offset", {"sign": sign, "n": 1, "unit": "day"})
        if m["bare"]:  # "hours after", "moments before": within a day of the event
            if _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                return None  # "Forty-eight hours after": a count this rule does not read, no bare "hours"
            return Mention(m.start(), m.end(), "offset", {"sign": sign, "n": None, "unit": "hour"})
        raw = " ".join(m["n"].lower().split())
        n = int(raw) if raw.isdigit() else self.v.numbers.get(raw)
        unit = m["unit"].lower()
        if m["half"]:  # "a year and a half after the vote": 18 months
            if unit != "year" or n is None:
                return None
            n, unit = n * 12 + 6, "month"
        if n is None and unit not in ("hour", "minute"):
            return None  # "a few days after", "several weeks before": no count of days
        if unit == "minute":  # minutes count as the hours they reach: the same day or the next
            unit, n = "hour", None if n is None else -(-n // 60)
        return Mention(m.start(), m.end(), "offset", {"sign": sign, "n": n, "unit": unit})

    def vague(self, m, text):
        phrase = " ".join(m.group().lower().split())
        return Mention(m.start(), m.end(), "vague", {"value": self.v.vague[phrase]})
