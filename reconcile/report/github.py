"""GitHub Actions workflow commands: an ``::error`` annotation on the line of each new claim.

GitHub shows at most 10 error annotations per step; the first :data:`MAX_ANNOTATIONS` - 1 are
annotations, and one more says how many were left out (the text lines after them list all).
"""
from __future__ import annotations

from ..check import CheckResult
from .checks import claim_place, finding_line, headline, new_claims, ordered, who
from .common import index, one_line

MAX_ANNOTATIONS = 10


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_check(result: CheckResult) -> str:
    claims_by_id, sources = index(result.report)
    annotations: list[str] = []
    for fc in ordered(result):
        if fc.status not in ("new", "stale"):
            continue
        level = "error" if fc.status == "new" else "warning"
        title = (f"reconcile: {fc.finding.verdict.value} ({fc.finding.kind.value})" if fc.status == "new"
                 else f"reconcile: stale figure ({fc.finding.kind.value})")
        line_text = finding_line(fc)
        for claim in new_claims(fc, claims_by_id) or [None]:
            if claim is None:
                annotations.append(f"::{level} title={_prop(title)}::{_data(line_text)}")
                continue
            path, line = claim_place(claim, sources)
            where = ",".join(p for p in (f"file={_prop(path)}" if path else "",
                                         f"line={line}" if line else "") if p)
            message = f"{line_text} | {who(claim, sources)} says {one_line(claim.text) or claim.value!s}"
            annotations.append(f"::{level} {where + ',' if where else ''}title={_prop(title)}::{_data(message)}")
    out = [headline(result)]
    if len(annotations) > MAX_ANNOTATIONS:
        shown = annotations[:MAX_ANNOTATIONS - 1]
        shown.append(f"::error title=reconcile::{len(annotations) - len(shown)} more new claim(s) not annotated "
                     f"(GitHub shows {MAX_ANNOTATIONS} per step); see the list below or the Markdown summary")
        annotations = shown
    out += annotations
    for fc in ordered(result):
        out.append(f"{fc.status}: {finding_line(fc)}")
    return "\n".join(out) + "\n"
