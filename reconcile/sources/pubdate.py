"""The publication date of an article, from the cues its text gives.

In order of trust (the first that gives a date wins; front matter and a metadata line are read
by :mod:`reconcile.sources.article` before any of these):

1. a *date line* near the top: a short line that is mostly a date ("11/30/09 05:40 PM ET",
   "Published: January 14, 2020", "Jul. 7 5:59 PM EDT"); an "Updated" or "Edited" label after
   the date on that line, or starting one of the two lines under it, gives ``updated`` (the same
   day when only a clock time follows it: "Jul. 7, 2020 | Updated 6:15 PM EDT"). A numeric
   date that reads both ways ("05/02/2013") is settled by a weekday on the line, the page
   address, or a full date of the article; else by the run (below).
   Failing that, a *closing stamp* among the last lines: a line that is only a full date with a
   label or a clock ("Date Published: Tuesday, May 7, 2013", "May 7, 2013-4:45pm");
2. a date in the *page address* (``/2013/06/06/``), when the file starts with one;
3. a *dateline* with a date: "BAGHDAD, Jan 5 (Reuters) -";
4. an *update stamp*: "Update 1/7:" gives the update date, and the publication date too when
   nothing better is known: the text as read is the updated one, so its relative dates
   ("on Monday") count from the update, and the original publication day is not stated;
5. a dated *photo caption*, checked against the weekdays the article mentions: the publication
   date is the first day on or after the caption's date that every weekday mention fits;
6. *weekdays* alone, anchored on the latest date the article states (dates that look ahead,
   "due in court Feb. 17", are not anchors): the first day after it on which every weekday
   mentioned falls in the past week, after the anchor. A weekday that names a date ("Friday,
   January 3") is not a free weekday: it only tells which years fit.

A cue without a year ("Update 1/7", "January 3") takes the year of a full date elsewhere in the
article; failing that it is *pending*, and :func:`complete_pending` settles it with the years of
the other articles of the run (stories cluster in time). When nothing fits, the date stays
unknown, with the reason: a wrong date is worse than none.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz.distance import Levenshtein

from ..datafiles import calendar
from ..datafiles import load as load_data

_DATA = load_data("articles.yaml")

MONTHS, WEEKDAYS = calendar()  # spelling -> month 1-12; spelling -> weekday 0 (Monday)-6
FUTURE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DATA["future_cues"]) + r")\b", re.I)
FUTURE_LOOKBACK = 80

_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
FULL_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+|-){_YEAR}\b", re.I),  # January 5, 2020; November 27-2005
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),  # 5 January 2020
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2020-01-05
]
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:st|nd|rd|th)?\s*(?:%|percent))", re.I)
NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)\b")  # 1/7/20, 14/09/2013
DOTTED_DMY = re.compile(r"\b(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)\b")  # 08.07.2012
DOTTED_YMD = re.compile(r"\b(?P<year>(?:19|20)\d\d)[./]\s?(?P<month>[01]?\d)[./]\s?(?P<day>[0-3]?\d)\b")  # 2012.08.08
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)(?:/|-|_)?(?P<month>[01]\d)(?:/|-|_)?(?P<day>[0-3]\d)(?:/|-|_|\b)")
UPDATE_STAMP = re.compile(r"^\s*(?:updated?|update \d+)\s*:?\s*(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b", re.I | re.M)
DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+(?:[A-Z][A-Za-z .'-]{{1,30}},\s+)?{_MONTH}\s+{_DAY}"
                      rf"(?:,?\s+{_YEAR})?\s*(?:\([A-Za-z .]+\))?\s*[-\u2013\u2014:]", re.M)
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
WEEKDAY = re.compile(rf"\b{_WEEKDAY}s?\b(?!\.?,?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH})",
                     re.I)  # a weekday not naming a date
WEEKDAY_DATE = [  # "Friday, January 3", "Fri 3 Jan", "Friday the 3rd of January"
    re.compile(rf"\b{_WEEKDAY}\.?,?\s+{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
    re.compile(rf"\b{_WEEKDAY}\.?,?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.I),
]
DATE_ONLY_REST = re.compile(r"^[\s,.:;|\-\u2013\u2014]*(?:[A-Za-z]+[\s,.:;|\-\u2013\u2014]*){0,2}$")

AMBIGUOUS_NEAR_DAYS = 30  # an article's own full date this close picks a reading of "05/02/2013"
MAX_RUN_GAP_DAYS = 120  # a year-less cue more than this from every other article stays unknown
TOP_LINES = 12  # a date line must sit among the first lines
CLOSING_LINES = 3  # a closing stamp must sit among the last lines
DATE_LINE_MAX_WORDS = 10
DATE_LINE_MAX_WORDS_STAMPED = 18  # "on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM"
DATE_LINE_START = re.compile(r"\s*(?:date\s+)?(?:on|published|posted|updated|last updated|first published)\b", re.I)
DATE_LINE_MAX_OTHER_WORDS = 4  # "PM EDT", "by the news desk"
WORD = re.compile(r"[A-Za-z]{2,}")
CLOCK = re.compile(r"\b\d{1,2}\s*:\s*\d\d\s*(?:[ap]\.?m\.?)?", re.I)

UPDATE_LABEL = re.compile(r"(?:last\s+)?(?:updated?|edited)\b", re.I)  # "Updated:", "Last updated at", "Edited time:"
STAMP_LABEL = re.compile(r"\b(?:date|time|edited|" + _WEEKDAY.replace("?P<weekday>", "?:") + r")\b", re.I)  # "Date published: Tuesday,"

DATE_WORDS = re.compile(
    "|".join([rx.pattern for rx in FULL_DATES] + [MONTH_DAY.pattern, NUMERIC.pattern, DOTTED_DMY.pattern,
              DOTTED_YMD.pattern, CLOCK.pattern, WEEKDAY.pattern.replace("?P<weekday>", "?:").replace("?P<month>", "?:"),
              r"\b(?:on|at|published|posted|updated|last|first|updated|am|pm|[a-z]{1,2}t|gmt|utc|hrs?|[ap]\.?m\.?)\b"])
    .replace("?P<month>", "?:").replace("?P<day>", "?:").replace("?P<year>", "?:").replace("?P<a>", "?:")
    .replace("?P<b>", "?:").replace("?P<weekday>", "?:"), re.I)


@dataclass(frozen=True)
class Ambiguous:
    """A numeric date that reads as two days (month/day and day/month)."""

    first: date
    second: date


@dataclass(frozen=True)
class Pending:
    """A cue that lacks its year: the month and day it gives, and how to use them."""

    kind: str  # "date line", "dateline", "update stamp", "caption", "weekdays"
    month: int
    day: int
    weekdays: frozenset[int] = frozenset()
    update: bool = False  # the cue is an update stamp
    named_days: frozenset[tuple[int, int, int]] = frozenset()  # (month, day, weekday) the text pairs
    choices: tuple[date, ...] = ()  # the readings of an ambiguous numeric date, years included


@dataclass
class PubDate:
    published: date | None = None
    updated: date | None = None
    source: str | None = None  # where the publication date came from
    pending: Pending | None = None
    reason: str | None = None  # why it is unknown


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(m: re.Match) -> date | None:
    month = m.group("month")
    mo = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    return _make(int(m.group("year")), mo, int(m.group("day")))


def _month_of(m: re.Match) -> int:
    month = m.group("month")
    return int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]


def full_dates(text: str) -> list[tuple[int, date]]:
    out = []
    for rx in FULL_DATES:
        for m in rx.finditer(text):
            d = _full_date(m)
            if d is not None:
                out.append((m.start(), d))
    return sorted(out)


def _year_for(month: int, day: int, known: list[date]) -> date | None:
    """The month-day in the year of the latest known full date (the next year if it would fall before it)."""
    if not known:
        return None
    ref = max(known)
    d = _make(ref.year, month, day)
    if d is not None and d < ref - timedelta(days=180):
        d = _make(ref.year + 1, month, day)
    return d


def weekday_fit(anchor: date, weekdays: frozenset[int], inclusive: bool) -> date | None:
    """The first day P on or after ``anchor`` (after it, unless ``inclusive``) whose past week holds
    every weekday mentioned, each on or after the anchor (after it, unless ``inclusive``)."""
    if not weekdays:
        return anchor if inclusive else None
    for offset in range(0 if inclusive else 1, 8):
        p = anchor + timedelta(days=offset)
        if p.weekday() not in weekdays:
            continue
        ok = True
        for wd in weekdays:
            back = (p.weekday() - wd) % 7
            d = p - timedelta(days=back)
            if d < anchor or (d == anchor and not inclusive):
                ok = False
                break
        if ok:
            return p
    return None


def url_date(url: str | None) -> date | None:
    """A date written in a page address: ``/2013/06/06/``, ``/20070403/``, ``/2012-08-08-``."""
    m = URL_DATE.search(url.replace(" ", "")) if url else None
    return _make(int(m.group("year")), int(m.group("month")), int(m.group("day"))) if m else None


def infer(text: str, lines: list[tuple[int, int]], captions: list[tuple[int, int]],
          body_start: int = 0, url: str | None = None) -> PubDate:
    """The publication date of ``text``; ``lines`` are (start, end) of its non-blank lines after
    any front matter, ``captions`` the spans of photo captions (whose dates date the photo). The
    first cue that gives one, in order: a date line near the top (else a closing stamp at the
    end), the page address, a dateline, an update stamp, a dated caption checked against the
    weekdays, the weekdays after the latest stated date."""
    caption_set = set(captions)
    caption_spans = _SpanSet(captions)
    stated = full_dates(text[body_start:])
    known = [d for _, d in stated]
    hint = url_date(url)
    named_days = frozenset(
        (_month_of(m), int(m.group("day")), WEEKDAYS[m.group("weekday").lower()])
        for rx in WEEKDAY_DATE for m in rx.finditer(text, body_start)
        if not m.group("year") and not _inside(m.start(), caption_spans) and 1 <= int(m.group("day")) <= 31)
    top = [(s, e) for s, e in lines[:TOP_LINES] if (s, e) not in caption_set]
    got = _from_date_lines(text, top, hint, known, named_days) or _closing_stamp(
        text, [(s, e) for s, e in lines[-CLOSING_LINES:] if (s, e) not in caption_set], hint)
    if got is not None:
        return got
    if hint is not None:
        return PubDate(published=hint, source="page address")
    weekdays = frozenset(WEEKDAYS[m.group("weekday").lower()] for m in WEEKDAY.finditer(text, body_start)
                         if not _inside(m.start(), caption_spans))
    body_dates = [(o, d) for o, d in stated
                  if not _inside(o + body_start, caption_spans) and not _future(text, o + body_start)]
    return (_from_dateline(text, body_start, known, named_days)
            or _from_update_stamp(text, body_start, known, named_days)
            or _from_captions(text, captions, weekdays)
            or _from_weekdays(text, body_start, caption_spans, body_dates, weekdays, named_days)
            or PubDate(reason="no date line, dateline, update stamp, dated caption or weekday cue"))


def _from_dateline(text: str, body_start: int, known: list[date], named_days: frozenset) -> PubDate | None:
    """A dateline with a date ("KABUL, Jan. 5 (Reuters) -"), its year given or found among the
    article's dates; with none, pending on the story's other articles."""
    m = DATELINE.search(text, body_start)
    if not m or m.start() - body_start >= 3000:
        return None
    if m.group("year"):
        d = _full_date(m)
        if d:
            return PubDate(published=d, source="dateline")
    d = _year_for(_month_of(m), int(m.group("day")), known)
    if d:
        return PubDate(published=d, source="dateline")
    return PubDate(pending=Pending("dateline", _month_of(m), int(m.group("day")), named_days=named_days),
                   reason="the dateline gives no year")


def _from_update_stamp(text: str, body_start: int, known: list[date], named_days: frozenset) -> PubDate | None:
    """An update stamp ("Updated 3/14"), its year found among the article's dates; with none,
    pending on the story's other articles."""
    m = UPDATE_STAMP.search(text, body_start)
    if not m or m.start() - body_start >= 3000:
        return None
    month, day = int(m.group("month")), int(m.group("day"))
    d = _year_for(month, day, known)
    if d:
        return PubDate(published=d, updated=d, source="update stamp")
    if 1 <= month <= 12 and 1 <= day <= 31:
        return PubDate(pending=Pending("update stamp", month, day, update=True, named_days=named_days),
                       reason="the update stamp gives no year")
    return None


def _from_captions(text: str, captions: list[tuple[int, int]], weekdays: frozenset[int]) -> PubDate | None:
    """The latest dated caption, moved to the first day on or after it that fits the weekdays the
    text names."""
    caption_dates = [d for s, e in captions for _, d in full_dates(text[s:e])]
    if not caption_dates:
        return None
    d = weekday_fit(max(caption_dates), weekdays, inclusive=True)
    return PubDate(published=d, source="caption" + (" and weekdays" if weekdays else "")) if d else None


def _from_weekdays(text: str, body_start: int, caption_spans: "_SpanSet", body_dates: list[tuple[int, date]],
                   weekdays: frozenset[int], named_days: frozenset) -> PubDate | None:
    """The first day after the latest stated date that fits the weekdays the text names; with
    dates but no year ("March 3"), pending on the story's other articles."""
    if not weekdays:
        return None
    if body_dates:
        d = weekday_fit(max(d for _, d in body_dates), weekdays, inclusive=False)
        if d:
            return PubDate(published=d, source="weekdays")
    partial = [(m.start(), _month_of(m), int(m.group("day"))) for m in MONTH_DAY.finditer(text, body_start)
               if not _inside(m.start(), caption_spans) and 1 <= int(m.group("day")) <= 31
               and not _future(text, m.start())]
    if partial and not body_dates:
        _, month, day = max(partial, key=lambda x: (x[1], x[2]))
        return PubDate(pending=Pending("weekdays", month, day, weekdays, named_days=named_days),
                       reason="the weekdays it mentions need the year of the dates it gives")
    return None


def _from_date_lines(text: str, top: list[tuple[int, int]], hint: date | None, known: list[date],
                     named_days: frozenset[tuple[int, int, int]]) -> PubDate | None:
    """The publication date a date line among the ``top`` lines gives (with ``updated`` from an
    update label on it or just under it), a pending cue when it lacks a year or reads two ways, or None."""
    for i, (start, end) in enumerate(top):
        line = text[start:end].lstrip()
        cut = UPDATE_LABEL.search(line, 1)  # "Posted: <date> | Updated: <date>": the first is published
        got = (cut and _date_line(line[:cut.start()], hint)[0]) or _date_line(line, hint)[0]
        if got is None:
            continue
        update = UPDATE_LABEL.match(line) is not None  # the text as read is the updated one
        if isinstance(got, Ambiguous):
            # the page's own date is one of two days; weaker cues are not trusted over it. The
            # article's own full dates may settle it, else the dates of the run's other articles
            near = [d for d in (got.first, got.second)
                    if known and min(abs((d - k).days) for k in known) <= AMBIGUOUS_NEAR_DAYS]
            if len(near) == 1:
                return PubDate(published=near[0], updated=near[0] if update else None, source="date line")
            return PubDate(pending=Pending("date line", got.first.month, got.first.day, update=update,
                                           choices=(got.first, got.second)),
                           reason=f"the date line reads as either {got.first} or {got.second} "
                                  "(month/day or day/month)")
        if isinstance(got, tuple):  # month and day, no year
            month, day = got
            d = _year_for(month, day, known)
            if d:
                return PubDate(published=d, source="date line")
            return PubDate(pending=Pending("date line", month, day, named_days=named_days),
                           reason="the date line gives no year")
        if update:
            if (first := _dateline_before(text, end, got)) is not None:
                return PubDate(published=first, updated=got, source="dateline")  # "Updated March 11" over "CALVERA, March 3 -"
            return PubDate(published=got, updated=got, source="update line")
        updated = _update_of(line, got, hint, anywhere=True) or next(
            (u for s2, e2 in top[i + 1:i + 3] if (u := _update_of(text[s2:e2], got, hint))), None)
        return PubDate(published=got, updated=updated, source="date line")
    return None


DATELINE_REACH = 600  # characters after an update line within which the dateline of the same page may open


def _dateline_before(text: str, pos: int, updated: date) -> date | None:
    """The day of a dateline opening the text soon after ``pos`` ("CALVERA, March 3 (Reuters) -"),
    on or before the ``updated`` day an update line above it gives (a dateline without a year
    takes the latest year that keeps it so); None when there is none."""
    m = DATELINE.search(text, pos)
    if m is None or m.start() - pos > DATELINE_REACH:
        return None
    if m.group("year"):
        d = _full_date(m)
    else:
        d = _make(updated.year, _month_of(m), int(m.group("day")))
        if d is not None and d > updated:
            d = _make(updated.year - 1, _month_of(m), int(m.group("day")))
    return d if d is not None and d <= updated else None


def _update_of(line: str, day: date, hint: date | None, anywhere: bool = False) -> date | None:
    """The update date a stamp gives for a page dated ``day``: the date after an "Updated" or
    "Edited" label that starts the line (or, ``anywhere``, follows the date on it: "May 2, 2016 |
    Updated May 3, 2016 9:56 AM"), or ``day`` itself when only a clock time follows the label
    ("Updated 4:08 PM CEST": the page shows its date once; one word, a time zone, may follow the
    clock). An update before ``day`` is none."""
    m = UPDATE_LABEL.search(line) if anywhere else UPDATE_LABEL.match(line.lstrip())
    if not m:
        return None
    rest = line[m.end():]
    later, _ = _date_line(rest, hint)
    if isinstance(later, date):
        return later if later >= day else None
    return day if later is None and CLOCK.search(rest) and len(_other_words(rest)) <= 1 else None


def _other_words(line: str) -> list[str]:
    """The words of a stamp that are neither its date's nor a label's ("Date published", a weekday)."""
    return WORD.findall(STAMP_LABEL.sub(" ", DATE_WORDS.sub(" ", line)))


def _closing_stamp(text: str, last: list[tuple[int, int]], hint: date | None) -> PubDate | None:
    """The date of a closing stamp among the ``last`` lines: a line that is nothing but a full date
    with a label or a clock time ("Date Published: Tuesday, May 7, 2013", "May 7, 2013-4:45pm",
    "Posted 05/07/13 9:00 PM"). A bare date, a date without its year, or a sentence that ends the
    article on a date ("Sentencing is set for May 7, 2013.") is no stamp. An "Updated ..." stamp
    dates the text as read, so it gives both dates, as an update line at the top does."""
    for start, end in reversed(last):
        line = text[start:end]
        got, stamped = _date_line(line, hint)
        if not isinstance(got, date) or not stamped or _other_words(line):
            continue
        update = UPDATE_LABEL.match(line.lstrip()) is not None
        return PubDate(published=got, updated=got if update else None,
                       source="closing update stamp" if update else "closing stamp")
    return None


def _numeric(m: re.Match, line: str, hint: date | None) -> date | Ambiguous | None:
    """A numeric date: month/day (US) or day/month. A first number over 12 is a day; when both
    readings are real dates, a weekday named on the line or a nearby ``hint`` (a date in the
    page address) decides, and nothing else does: the two readings are returned."""
    y = int(m.group("year"))
    y = y + 2000 if y < 100 else y
    a, b = int(m.group("a")), int(m.group("b"))
    us, eu = _make(y, a, b), _make(y, b, a)
    if us is None or eu is None or us == eu:
        return us or eu
    named = {WEEKDAYS[w.group("weekday").lower()] for w in WEEKDAY.finditer(line)}
    fits = [d for d in (us, eu) if not named or d.weekday() in named]
    if hint is not None:
        fits = [d for d in fits if abs((d - hint).days) <= 3]
    if len(fits) == 1:
        return fits[0]
    return Ambiguous(us, eu)


def _date_line(line: str, hint: date | None = None) -> tuple[date | tuple[int, int] | Ambiguous | None, bool]:
    """The date a short line near the top gives ("Published: May 2, 2013, 1:32 PM", "11/30/09",
    "Jul. 7 5:59 PM EDT"): a date, (month, day) when it gives no year, or None."""
    words = len(line.split())
    stamped = bool(DATE_LINE_START.match(line) or CLOCK.search(line))
    if words > (DATE_LINE_MAX_WORDS_STAMPED if stamped else DATE_LINE_MAX_WORDS):
        return None, stamped
    # what is left once dates, times, weekdays and stamp words are gone must be short: a sentence
    # that starts with a date ("On May 2, 2013 at 3 pm the court ruled...") is no date line
    rest = DATE_WORDS.sub(" ", line)
    if len(WORD.findall(rest)) > DATE_LINE_MAX_OTHER_WORDS:
        return None, stamped
    got = [d for _, d in full_dates(line)]
    for rx in (DOTTED_DMY, DOTTED_YMD):
        got += [_make(int(m.group("year")), int(m.group("month")), int(m.group("day"))) for m in rx.finditer(line)]
    for m in NUMERIC.finditer(line):
        got.append(_numeric(m, line, hint))
    if not got:
        got += [_misspelt(m) for m in MISSPELT_DATE.finditer(line)]
    got = [d for d in got if d is not None]
    if got:
        plain = [d for d in got if isinstance(d, date)]
        return (plain or got)[0], stamped
    m = MONTH_DAY.search(line)
    if m and 1 <= int(m.group("day")) <= 31:
        rest = CLOCK.sub(" ", line[:m.start()] + " " + line[m.end():])
        if DATE_ONLY_REST.match(rest):
            if _make(2000, _month_of(m), int(m.group("day"))):  # a leap year: any real month-day
                return (_month_of(m), int(m.group("day"))), stamped
    return None, stamped


MISSPELT_DATE = re.compile(rf"\b(?P<word>[A-Za-z]{{5,10}})\s+{_DAY}(?:,?\s+|-){_YEAR}\b")
_FULL_MONTHS = {name: n for name, n in MONTHS.items() if len(name) >= 5}


def _misspelt(m: re.Match) -> date | None:
    """A date line whose month is misspelt by one letter ("Novemer 27, 2005"): only a full month
    name of five letters or more, one edit away, and only on a line that is a date line."""
    word = m.group("word").lower()
    if word in MONTHS:
        return None
    near = [n for name, n in _FULL_MONTHS.items() if Levenshtein.distance(word, name) == 1]
    return _make(int(m.group("year")), near[0], int(m.group("day"))) if len(set(near)) == 1 else None


def _fits_named_days(cand: date, named: frozenset[tuple[int, int, int]]) -> bool:
    """True when every (month, day, weekday) the text pairs falls on its weekday in the year
    that puts it nearest to ``cand``."""
    for month, day, weekday in named:
        options = [d for y in (cand.year - 1, cand.year, cand.year + 1) if (d := _make(y, month, day))]
        if not options or min(options, key=lambda d: abs((d - cand).days)).weekday() != weekday:
            return False
    return True


def complete_pending(pending: Pending, others: list[date]) -> tuple[date | None, date | None, str]:
    """(published, updated, source) of a pending cue, its year taken from the run's other articles.

    Every year from the earliest to the latest of ``others`` (and one either side) is a candidate
    where the cue fits; the candidate nearest to some other article's date wins, if it lies within
    :data:`MAX_RUN_GAP_DAYS` of it (beyond that the year would be a guess).
    """
    if not others:
        return None, None, pending.kind
    ordered = sorted(set(others))
    best: date | None = None
    best_gap = None
    if pending.choices:
        anchors = list(pending.choices)
    else:
        anchors = [_make(year, pending.month, pending.day) for year in range(ordered[0].year - 1, ordered[-1].year + 2)]
    for anchor in anchors:
        if anchor is None:
            continue
        if pending.kind == "weekdays":
            cand = weekday_fit(anchor, pending.weekdays, inclusive=False)
        else:
            cand = anchor
        if cand is None or not _fits_named_days(cand, pending.named_days):
            continue
        gap = _nearest_gap(cand, ordered)
        if best_gap is None or gap < best_gap:
            best, best_gap = cand, gap
    if best is None or best_gap > MAX_RUN_GAP_DAYS:
        return None, None, pending.kind
    source = f"{pending.kind}, {'day/month order' if pending.choices else 'year'} from the other articles"
    return best, (best if pending.update else None), source


def _nearest_gap(day: date, ordered: list[date]) -> int:
    i = bisect.bisect_left(ordered, day)
    return min(abs((ordered[j] - day).days) for j in (i - 1, i) if 0 <= j < len(ordered))


def _future(text: str, offset: int) -> bool:
    """True when the words just before ``offset`` in its sentence look ahead ("due in court on",
    "will vote on", "is scheduled for"): such a date may lie after the publication date."""
    lo = max(0, offset - FUTURE_LOOKBACK)
    window = text[lo:offset]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return FUTURE.search(window[cut + 1:]) is not None


class _SpanSet:
    """Sorted, merged spans with a logarithmic membership test."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _inside(offset: int, spans: _SpanSet) -> bool:
    return offset in spans
