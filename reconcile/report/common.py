"""What every report format shares: how values, sources and quotes are printed.

The formats differ in layout only; the words a reader sees for a value ("approximately 5,200
(4,940-5,460)", "since 2019-10", "#2", "Mohamed al-Halbousi (acting)") come from here, so the
terminal, Markdown and any later format say the same thing.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..models import Claim, DateSpan, Finding, Kind, Problem, Report, Source, Story, Verdict
from ..trend import reported_time
from ..values import format_number

# Report sections, in report order (the order of Verdict: worst first).
SECTION_TITLES: dict[Verdict, str] = {
    Verdict.CONTRADICTION: "Contradictions",
    Verdict.DISCREPANCY: "Discrepancies",
    Verdict.AGREEMENT: "Agreements",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}

VERDICT_PLURALS: dict[Verdict, tuple[str, str]] = {
    Verdict.CONTRADICTION: ("contradiction", "contradictions"),
    Verdict.DISCREPANCY: ("discrepancy", "discrepancies"),
    Verdict.AGREEMENT: ("agreement", "agreements"),
    Verdict.SINGLE_SOURCE: ("single-source", "single-source"),
}

ELLIPSIS = "\u2026"
QUOTE_CONTEXT = 160  # characters of a shortened quote, the claim's own words included

_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- counts and headers

def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def verdict_counts(findings: Iterable[Finding]) -> dict[Verdict, int]:
    """How many findings have each verdict, every verdict present (0 when none), in report order."""
    counts = Counter(f.verdict for f in findings)
    return {v: counts.get(v, 0) for v in Verdict}


def headline(report: Report) -> str:
    """"5 sources, 23 claims, 12 findings (2 contradictions, 3 discrepancies, ...)", opened by
    "3 stories, " when the run's articles fall into several stories."""
    counts = verdict_counts(report.findings)
    by_verdict = ", ".join(plural(n, *VERDICT_PLURALS[v]) for v, n in counts.items())
    stories = f"{plural(len(report.stories), 'story', 'stories')}, " if len(report.stories) > 1 else ""
    return (f"{stories}{plural(len(report.sources), 'source')}, {plural(len(report.claims), 'claim')}, "
            f"{plural(len(report.findings), 'finding')} ({by_verdict})")


def findings_by_verdict(report: Report | list[Finding]) -> dict[Verdict, list[Finding]]:
    """The findings of each section (of a report, or a list of them), in the order given."""
    sections: dict[Verdict, list[Finding]] = {v: [] for v in Verdict}
    for f in (report.findings if isinstance(report, Report) else report):
        sections[f.verdict].append(f)
    return sections


def story_sections(report: Report) -> list[tuple[Story | None, list[Finding]]]:
    """Each story with its findings, in report order; one section without a story when the run
    is one story (a single-story report reads as it always has)."""
    if len(report.stories) <= 1:
        return [(None, list(report.findings))]
    by_story: dict[str | None, list[Finding]] = {s.id: [] for s in report.stories}
    for f in report.findings:
        by_story.setdefault(f.story, []).append(f)
    sections: list[tuple[Story | None, list[Finding]]] = [(s, by_story[s.id]) for s in report.stories]
    if by_story.get(None):
        sections.append((None, by_story[None]))
    return sections


def story_summary(story: Story, findings: list[Finding], sources: Mapping[str, Source] | None = None) -> str:
    """"5 sources (ap, france24, ...); 12 findings (1 contradiction, ...)"."""
    names = ", ".join(story.sources)
    counts = verdict_counts(findings)
    by_verdict = ", ".join(plural(n, *VERDICT_PLURALS[v]) for v, n in counts.items() if n)
    return (f"{plural(len(story.sources), 'source')} ({names}); {plural(len(findings), 'finding')}"
            + (f" ({by_verdict})" if by_verdict else ""))


def story_numbers(report: Report) -> dict[str, int]:
    """Story id -> its number in the report (1 for the first), for tables of sources."""
    return {s.id: i for i, s in enumerate(report.stories, 1)}


# ---------------------------------------------------------------- values

def format_quantity(x: float | int | None, unit: str | None = None) -> str:
    """A figure with its unit: "5,200", "40 %", "USD 3,000,000,000", "12 km".

    Currency codes (three capitals) and currency symbols go before the figure, other units after.
    """
    figure = format_number(x)
    if not unit:
        return figure
    if _CURRENCY_CODE.match(unit):
        return f"{unit} {figure}"
    if len(unit) == 1 and unicodedata.category(unit) == "Sc":
        return f"{unit}{figure}"
    return f"{figure} {unit}"


def quantity_bounds_label(claim: Claim) -> str | None:
    """The interval a quantity allows, when it is not the stated figure alone.

    "4,940-5,460"; open on one side: ">= 25", "> 25", "<= 25", "< 25". ``None`` when both bounds
    equal the value (an exact figure) or nothing is known of them.
    """
    low, high = claim.low, claim.high
    value = claim.value if isinstance(claim.value, (int, float)) else None
    if low is None and high is None:
        return None
    if low is not None and high is not None:
        if value is not None and low == high == value:
            return None
        if low == high:
            return format_number(low)
        return f"{format_number(low)}-{format_number(high)}"
    if high is None:
        return (">" if claim.low_exclusive else ">=") + " " + format_number(low)
    return ("<" if claim.high_exclusive else "<=") + " " + format_number(high)


def ordinal_suffix(n: int) -> str:
    """2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _with_qualifier(qualifier: str | None, text: str) -> str:
    return f"{qualifier} {text}" if qualifier else text


def format_value(claim: Claim) -> str:
    """One claim's value as the report prints it, qualifier, unit and bounds included."""
    v = claim.value
    if v is None:
        return "unresolved" + (f" ({claim.unresolved})" if claim.unresolved else "")
    if claim.kind == Kind.QUANTITY and isinstance(v, (int, float)):
        out = _with_qualifier(claim.qualifier, format_quantity(v, claim.unit))
        bounds = quantity_bounds_label(claim)
        if bounds is not None:
            out += f" ({bounds})"
    elif claim.kind == Kind.RANK and isinstance(v, (int, float)) and float(v) == int(v):
        out = _with_qualifier(claim.qualifier, f"#{int(v)} ({ordinal_suffix(int(v))})")
    elif claim.kind == Kind.DATE:
        out = format_date(claim)
    elif claim.kind == Kind.ROLE:
        out = str(v) + (f" ({claim.qualifier})" if claim.qualifier else "")
    else:
        out = _with_qualifier(claim.qualifier, str(v))
    if claim.as_of:
        out += f", as of {claim.as_of}"
    return out


def format_date(claim: Claim) -> str:
    """"2020-01-05", "2019-12-30..2020-01-05", "since 2019-10", "before 2016"."""
    v = claim.value
    label = f"{v.start.isoformat()}..{v.end.isoformat()}" if isinstance(v, DateSpan) else str(v)
    if claim.qualifier:
        return f"{claim.qualifier} {label}"
    if claim.end is None and claim.start is not None:
        return f"since {label}"
    if claim.start is None and claim.end is not None:
        return f"until {label}"
    return label


def format_spread(finding: Finding) -> str | None:
    """"200 (3.8 % of the larger figure)", or ``None`` when the finding has no spread."""
    if finding.spread is None:
        return None
    rel = finding.spread.relative * 100
    pct = f"{rel:.1f}".rstrip("0").rstrip(".") if rel else "0"
    return f"{format_quantity(finding.spread.absolute, finding.unit)} ({pct} % of the larger figure)"


def self_conflict_notes(finding: Finding, sources: Mapping[str, Source]) -> list[str]:
    """One sentence per source that states two different values itself."""
    notes = []
    for sid in finding.self_conflicts:
        stated = [g.value for g in finding.values if sid in g.sources]
        notes.append(f"{source_name(sid, sources)} itself states {len(stated)} different values: "
                     + ", ".join(stated))
    return notes


# ---------------------------------------------------------------- sources

def source_name(source_id: str, sources: Mapping[str, Source]) -> str:
    """The outlet when known, else the source id."""
    src = sources.get(source_id)
    return src.outlet if src is not None and src.outlet else source_id


def published_label(source: Source | None) -> str:
    if source is None or source.published is None:
        return "date unknown"
    return source.published.isoformat()


def reported_label(claim: Claim, sources: Mapping[str, Source]) -> str:
    """When a claim was stated: "2013-07-03", "2013-07-03 13:38" (its reported time, else the source's
    publication date); "earlier than 2013-07-03" for an earlier figure the article quotes without a time."""
    if not claim.reported:
        return published_label(sources.get(claim.source))
    label = claim.reported.replace("T", " ")[:16].replace("+00:00", "")
    if claim.earlier and claim.reported == reported_time(sources.get(claim.source)):
        return f"earlier than {label}"
    return label


def claim_marks(claim: Claim, finding: Finding) -> list[str]:
    """What a finding's timeline says of one of its claims: "stale", "latest", "earlier figure"."""
    marks = []
    if claim.id in finding.stale:
        marks.append("stale")
    if finding.trend and claim.id in finding.latest:
        marks.append("latest")
    if claim.earlier:
        marks.append("earlier figure")
    return marks


def source_lines(claim: Claim, sources: Mapping[str, Source]) -> list[str]:
    """Who states a claim: the outlet (or id), when it was stated, and where a manual claim was written."""
    lines = [source_name(claim.source, sources), reported_label(claim, sources)]
    where = claim_location(claim)
    if where:
        lines.append(where)
    return lines


def claim_location(claim: Claim) -> str | None:
    """``file:line`` of a claim written by hand (``None`` for an extracted claim)."""
    if claim.origin.value != "manual" or not claim.file:
        return None
    return f"{claim.file}:{claim.line}" if claim.line else claim.file


def source_path_label(source: Source) -> str:
    """The file a source was read from, or where a YAML-only source was declared."""
    if source.path:
        return source.path
    if source.file:
        return f"{source.file}:{source.line}" if source.line else source.file
    return "-"


def problem_location(problem: Problem) -> str:
    parts = [p for p in (problem.path, problem.source, problem.claim) if p]
    return ", ".join(parts) if parts else "-"


# ---------------------------------------------------------------- quotes

@dataclass(frozen=True)
class QuoteParts:
    """A quote cut around the claim: ``before`` + ``claim`` + ``after`` is what is shown.

    ``claim`` is the claim's own words (never shortened); ``before`` and ``after`` carry the
    ellipses where the sentence was shortened. ``claim`` is empty when the claim's text could
    not be found in its quote (``before`` then holds the whole shortened quote).
    """

    before: str
    claim: str
    after: str


def one_line(text: str) -> str:
    """Runs of whitespace (newlines included) made one space, ends trimmed."""
    return _SPACE.sub(" ", text).strip()


def _cut_left(text: str, budget: int) -> str:
    """The end of ``text`` in at most ``budget`` characters, cut between words, an ellipsis first."""
    if len(text) <= budget:
        return text
    tail = text[len(text) - budget:] if budget > 0 else ""
    if tail and not text[len(text) - budget - 1].isspace():  # the cut fell inside a word: drop it
        space = tail.find(" ")
        tail = tail[space + 1:] if space >= 0 else ""
    tail = tail.lstrip()
    if tail:
        return ELLIPSIS + " " + tail
    return ELLIPSIS + (" " if text[-1:].isspace() else "")


def _cut_right(text: str, budget: int) -> str:
    """The start of ``text`` in at most ``budget`` characters, cut between words, an ellipsis last."""
    if len(text) <= budget:
        return text
    head = text[:budget] if budget > 0 else ""
    if head and not text[budget].isspace():
        space = head.rfind(" ")
        head = head[:space] if space >= 0 else ""
    head = head.rstrip()
    if head:
        return head + " " + ELLIPSIS
    return (" " if text[:1].isspace() else "") + ELLIPSIS


def _find(needle: str, hay: str) -> int:
    i = hay.find(needle)
    if i < 0:
        i = hay.lower().find(needle.lower())
    return i


def split_quote(claim: Claim, width: int = QUOTE_CONTEXT) -> QuoteParts:
    """The claim's sentence, shortened to about ``width`` characters around the claim's words.

    Whitespace is made single spaces. The claim's own words are kept whole however long they are;
    the context on either side is cut at word boundaries, marked with an ellipsis, and shared
    so that the claim stays near the middle.
    """
    text = one_line(claim.text)
    quote = one_line(claim.quote)
    if not quote:
        return QuoteParts("", text, "")
    if not text:
        return QuoteParts(_cut_right(quote, width), "", "")
    at = _find(text, quote)
    if at < 0:
        return QuoteParts(_cut_right(quote, width), "", "")
    before, claim_words, after = quote[:at], quote[at:at + len(text)], quote[at + len(text):]
    room = max(width - len(claim_words), 0)
    left_room = room // 2
    right_room = room - left_room
    # give unused room on one side to the other
    if len(before) < left_room:
        right_room += left_room - len(before)
        left_room = len(before)
    elif len(after) < right_room:
        left_room += right_room - len(after)
        right_room = len(after)
    return QuoteParts(_cut_left(before, left_room), claim_words, _cut_right(after, right_room))


def highlight_quote(claim: Claim, open_mark: str = "\u00ab", close_mark: str = "\u00bb",
                    width: int = QUOTE_CONTEXT, escape=None) -> str:
    """The claim's sentence with its words marked, e.g. "... the «estimated 5,200 US troops» could ...".

    ``escape`` (a function) is applied to the article's words, not to the marks.
    """
    parts = split_quote(claim, width)
    esc = escape or (lambda s: s)
    if not parts.claim:
        if not parts.before:
            return ""
        shown = esc(parts.before)
        text = one_line(claim.text)
        return shown if not text else f"{shown} [{open_mark}{esc(text)}{close_mark}]"
    return esc(parts.before) + open_mark + esc(parts.claim) + close_mark + esc(parts.after)


def claim_note(claim: Claim) -> str | None:
    return f"note: {one_line(claim.note)}" if claim.note else None


def finding_claims(finding: Finding, claims: Mapping[str, Claim]) -> list[Claim]:
    """The claims of a finding, grouped by value in the finding's value order, unresolved last; a
    finding with a trend lists them in the order they were reported (its timeline)."""
    if finding.trend:
        members = [claims[cid] for cid in finding.claims if cid in claims]
        sign = 1 if finding.trend == "rising" else -1
        return sorted(members, key=lambda c: (c.reported is None, (c.reported or "")[:10], not c.earlier,
                                               c.reported or "", sign * float(c.value) if isinstance(c.value, (int, float))
                                               else 0.0, c.source, c.id))
    ordered: list[str] = []
    seen: set[str] = set()
    for group in finding.values:
        for cid in group.claims:
            if cid not in seen:
                seen.add(cid)
                ordered.append(cid)
    ordered.extend(cid for cid in finding.claims if cid not in seen)
    return [claims[cid] for cid in ordered if cid in claims]


def kind_label(finding: Finding) -> str:
    return finding.kind.value + (f", {finding.unit}" if finding.unit else "")


def index(report: Report) -> tuple[dict[str, Claim], dict[str, Source]]:
    return {c.id: c for c in report.claims}, {s.id: s for s in report.sources}


def credits_label(source: Source) -> str:
    return ", ".join(source.credits) if source.credits else "-"


# ---------------------------------------------------------------- output hygiene

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069]")


def printable(text: str, strip: bool = True) -> str:
    """``text`` on one line without control characters (no terminal escapes from article text).

    ``strip=False`` keeps a leading or trailing space, for pieces of a quote put back together.
    """
    out = _CONTROL.sub("", _SPACE.sub(" ", text))
    return out.strip() if strip else out


def first_line(content: str) -> str:
    """The first non-blank line of ``content``, a byte-order mark dropped."""
    for line in content.lstrip("\ufeff").splitlines():
        if line.strip():
            return line.strip()
    return ""


def sources_label(finding: Finding) -> str:
    """"3 sources, 2 independent" (sources crediting one wire service count once)."""
    n = len(finding.sources)
    label = plural(n, "source")
    if n > 1:
        label += f", {finding.independent_sources} independent"
    return label
