"""The terminal report: plain text, tables by tabulate, about 100 columns, no colours.

Layout: a header line (counts of sources, claims and findings by verdict), one section per
verdict (worst first), each finding with its summary, spread, self-conflict notes and a table of
its claims (value, source, quote with the claim's words in «»); then the sources and the problems.
"""
from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence

from tabulate import tabulate

from ..models import Claim, Finding, Report, Source
from .checks import claim_place, finding_line, headline as check_headline, new_claims, ordered, who
from .common import (SECTION_TITLES, claim_marks, claim_note, credits_label, finding_claims, findings_by_verdict,
                     first_line, format_spread, format_value, headline, highlight_quote, index,
                     kind_label, printable, problem_location, published_label, self_conflict_notes,
                     source_lines, source_path_label, sources_label, story_numbers, story_sections,
                     story_summary)

WIDTH = 100
INDENT = "  "
TITLE = "reconcile report"
_HEADER = re.compile(r"^reconcile report: (?:\d+ stories, )?\d+ sources?, \d+ claims?, \d+ findings?\b")
_GAP = 2  # tabulate "simple" puts two spaces between columns


def render(report: Report) -> str:
    claims, sources = index(report)
    out = _header(report)
    sections = story_sections(report)
    for n, (story, story_findings) in enumerate(sections, 1):
        if story is not None:
            out += ["", *_heading(f"STORY {n} OF {len(sections)}: {printable(story.title)}", "#")]
            out += _wrap(printable(story_summary(story, story_findings, sources)), INDENT, INDENT)
        for verdict, findings in findings_by_verdict(story_findings).items():
            out += ["", *_heading(f"{SECTION_TITLES[verdict].upper()} ({len(findings)})")]
            if not findings:
                out += ["", INDENT + "none"]
            for finding in findings:
                out += ["", *_finding(finding, claims, sources)]
    out += ["", *_heading(f"SOURCES ({len(report.sources)})"), ""]
    out += _sources(report.sources, story_numbers(report) if len(sections) > 1 else None) \
        if report.sources else [INDENT + "none"]
    out += ["", *_heading(f"PROBLEMS ({len(report.problems)})"), ""]
    out += _problems(report) if report.problems else [INDENT + "none"]
    return "\n".join(line.rstrip() for line in out) + "\n"


def is_generated(content: str) -> bool:
    """The first line is the header this format writes."""
    return bool(_HEADER.match(first_line(content)))


def _header(report: Report) -> list[str]:
    """One line, or two when the counts by verdict do not fit in ``WIDTH``."""
    line = f"{TITLE}: {headline(report)}"
    if len(line) <= WIDTH:
        return [line]
    cut = line.index(" (")
    return [line[:cut], INDENT + line[cut + 1:]]


def _piece(text: str) -> str:
    return printable(text, strip=False)


def _heading(title: str, rule: str = "=") -> list[str]:
    return [title, rule * len(title)]


def _finding(finding: Finding, claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[str]:
    out = [f"[{finding.verdict.value.upper()}] {printable(finding.subject)} ({kind_label(finding)})"]
    # the summary stays on one line, as it is: a reader (or a script) finds the whole comparison there
    out.append(INDENT + printable(finding.summary))
    out.append(f"{INDENT}{sources_label(finding)}")
    spread = format_spread(finding)
    if spread:
        out.append(f"{INDENT}spread: {spread}")
    for note in self_conflict_notes(finding, sources):
        out += _wrap(f"note: {printable(note)}", INDENT, INDENT + "      ")
    rows = []
    for claim in finding_claims(finding, claims):
        quote = highlight_quote(claim, escape=_piece)
        note = claim_note(claim)
        marks = claim_marks(claim, finding)
        rows.append([printable(format_value(claim)) + "".join(f"\n[{m}]" for m in marks),
                     "\n".join(printable(s) for s in source_lines(claim, sources)),
                     "\n".join(filter(None, [quote or "-", printable(note) if note else None]))])
    if rows:
        out += [""] + _table(["value", "source", "quote"], rows, fixed=(24, 24))
    return out


def _sources(sources: Sequence[Source], stories: Mapping[str, int] | None = None) -> list[str]:
    """The table of sources; with ``stories`` (story id -> number), a column of story numbers."""
    rows = [[printable(s.id), printable(s.outlet or "-"), published_label(s), printable(credits_label(s)),
             printable(source_path_label(s))] for s in sources]
    if stories is None:
        return _table(["id", "outlet", "published", "credits", "path"], rows, fixed=(20, 18, 12, 16))
    rows = [[str(stories.get(s.story or "", "-"))] + row for s, row in zip(sources, rows)]
    return _table(["story", "id", "outlet", "published", "credits", "path"], rows, fixed=(5, 20, 18, 12, 16))


def _problems(report: Report) -> list[str]:
    rows = [[p.kind, printable(problem_location(p)), printable(p.message)] for p in report.problems]
    return _table(["kind", "where", "message"], rows, fixed=(16, 28))


def _table(headers: list[str], rows: list[list[str]], fixed: tuple[int, ...]) -> list[str]:
    """A table in ``WIDTH`` columns: the first columns at most ``fixed`` wide, the last takes the rest.

    Cells are wrapped between words; a word longer than its column is kept whole (the column
    grows), so nothing a source said is cut.
    """
    widths = []
    for i, limit in enumerate(fixed):
        natural = max([len(headers[i])] + [len(part) for r in rows for part in r[i].split("\n")])
        widths.append(min(natural, limit))
    last = max(WIDTH - len(INDENT) - sum(widths) - _GAP * len(fixed), 30)
    widths.append(last)
    cells = [[_wrap_cell(cell, w) for cell, w in zip(row, widths)] for row in rows]
    lines = tabulate(cells, headers=headers, tablefmt="simple", disable_numparse=True).splitlines()
    heights = [max(cell.count("\n") + 1 for cell in row) for row in cells]
    separate = any(h > 1 for h in heights)  # rows of several lines: a blank line between rows
    out, at = lines[:2], 2  # header and rule
    for i, height in enumerate(heights):
        if separate and i:
            out.append("")
        out += lines[at:at + height]
        at += height
    return [INDENT + line if line else "" for line in out]


def _wrap_cell(cell: str, width: int) -> str:
    lines = []
    for part in cell.split("\n"):
        lines += textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(lines)


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def render_check(result) -> str:
    """The check result for a terminal: new findings first, each new claim with its file and line."""
    claims_by_id, sources = index(result.report)
    out = [check_headline(result), ""]
    for fc in ordered(result):
        out.append(f"{fc.status.upper()}: {printable(finding_line(fc))}")
        for claim in new_claims(fc, claims_by_id) if fc.status in ("new", "stale", "update") else []:
            path, line = claim_place(claim, sources)
            out.append(f"{INDENT}{path or claim.source}:{line or '?'}: {printable(who(claim, sources))}: "
                       f"{printable(claim.text or str(claim.value))}")
    if not result.checked:
        out.append("No findings at or above the threshold.")
    return "\n".join(out) + "\n"
