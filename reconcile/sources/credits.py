"""Who an article credits: the wire services and outlets its text names as sources.

"Reuters contributed to this report", "Source: Reuters", "(FRANCE 24 with AFP, AP and REUTERS)",
"By NAME and NAME Associated Press", "BAGHDAD (AP) -". Known wire services are normalised through
``data/articles.yaml`` (AP, Reuters, AFP...); other names in a credit line are kept as written.
Photo credits are not credits of the text and are not read here.
"""
from __future__ import annotations

import re
from functools import lru_cache


from ..datafiles import load as load_data

_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|/)\s*", re.I)
CONTRIBUTED = re.compile(r"([A-Z][\w .,&'-]{1,80}?)\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)",
                         re.M)
SOURCE_LINE = re.compile(r"^\s*Sources?\s*:\s*(.{2,80}?)\s*$", re.M)
WITH_LINE = re.compile(r"^\s*\(([A-Z][A-Za-z0-9 .'-]{1,40}?)\s+with\s+([^)]{2,80})\)\s*$", re.M)
BYLINE = re.compile(r"^\s*By\s+[A-Z][^\n]{2,150}$", re.M)
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z0-9 ,.'-]{1,60}\(([A-Za-z .]{2,30})\)\s*[-\u2013\u2014:]", re.M)
REPORTING_BY = re.compile(r"(?:Additional\s+)?[Rr]eporting\s+by\b[^\n]*", re.M)


@lru_cache(maxsize=1)
def wire_names() -> dict[str, str]:
    """Lower-case spelling -> canonical name."""
    data = load_data("articles.yaml")
    return {spelling.lower(): canon for canon, spellings in data["wires"].items() for spelling in spellings}


@lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """Canonical wire name -> the name it goes by as an outlet (AP -> Associated Press)."""
    data = load_data("articles.yaml")
    return dict(data.get("outlet_names") or {})


@lru_cache(maxsize=1)
def _wire_pattern() -> re.Pattern[str]:
    names = sorted(wire_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.I)


def normalise(name: str) -> str:
    name = " ".join(name.split()).strip(" .")
    return wire_names().get(name.lower(), name)


def _names(text: str, keep_unknown: bool) -> list[str]:
    out = []
    for part in _SPLIT.split(text):
        part = part.strip(" .()")
        if not part:
            continue
        canon = wire_names().get(part.lower())
        if canon:
            out.append(canon)
        elif keep_unknown and len(part.split()) <= 4 and part[:1].isupper():
            out.append(part)
    return out


def find_credits(text: str) -> tuple[list[str], str | None, list[tuple[int, int]]]:
    """(credits in order of first mention, an outlet the text names itself, spans of credit lines)."""
    credits: list[str] = []
    spans: list[tuple[int, int]] = []
    outlet: str | None = None
    for m in CONTRIBUTED.finditer(text):
        credits += _names(m.group(1).split(".")[-1], keep_unknown=True)
        spans.append(m.span())
    for m in SOURCE_LINE.finditer(text):
        credits += _names(m.group(1), keep_unknown=True)
        spans.append(m.span())
    for m in WITH_LINE.finditer(text):
        own = m.group(1).strip()
        outlet = own.title() if own.isupper() and not wire_names().get(own.lower()) else own
        if wire_names().get(own.lower()):
            credits.append(wire_names()[own.lower()])
        credits += _names(m.group(2), keep_unknown=True)
        spans.append(m.span())
    credited_elsewhere = bool(credits)  # a credit line names others: the article is not the wire's own
    own_wires: list[str] = []
    for m in BYLINE.finditer(text[:3000]):
        found = [wire_names()[w.group(1).lower()] for w in _wire_pattern().finditer(m.group(0))]
        credits += found
        own_wires += found
        spans.append(m.span())
    for m in DATELINE_AGENCY.finditer(text[:5000]):
        canon = wire_names().get(m.group(1).strip().lower())
        if canon:
            credits.append(canon)
            own_wires.append(canon)
    if outlet is None and not credited_elsewhere and len(set(own_wires)) == 1:
        # "By ... Associated Press" or "CITY (AP) -" and no other credit: the wire's own story
        outlet = outlet_names().get(own_wires[0], own_wires[0])
    for m in REPORTING_BY.finditer(text):
        credits += [wire_names()[w.group(1).lower()] for w in _wire_pattern().finditer(m.group(0))]
    seen: list[str] = []
    for c in credits:
        if c not in seen:
            seen.append(c)
    return seen, outlet, spans
