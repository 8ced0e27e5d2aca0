"""What the check formats share: where a claim is written, and one line per checked finding."""
from __future__ import annotations

from ..check import CheckResult, FindingCheck
from ..models import Claim, Source
from .common import one_line, source_name

STATUS_ORDER = {"new": 0, "stale": 1, "update": 2, "accepted": 3}


def claim_place(claim: Claim, sources: dict[str, Source]) -> tuple[str | None, int | None]:
    """(file, line) where a claim is written: the article for an extracted claim, the claim file
    for a manual one."""
    if claim.origin.value == "manual":
        return claim.file, claim.line
    src = sources.get(claim.source)
    return (src.path if src else None), claim.line


def headline(result: CheckResult) -> str:
    new, accepted = len(result.new), len(result.accepted)
    base = f" (baseline {result.baseline})" if result.baseline else " (no baseline)"
    stories = len(result.report.stories)
    across = f" in {stories} stories" if stories > 1 else ""
    extra = ""
    if result.stale or result.updates:
        extra = f"; {len(result.stale)} with stale claims, {len(result.updates)} updated"
    return (f"reconcile check: {new} new and {accepted} accepted finding(s) at or above "
            f"{result.threshold.value}{across}{base}{extra}")


def ordered(result: CheckResult) -> list[FindingCheck]:
    return sorted(result.checked, key=lambda c: (STATUS_ORDER[c.status], c.finding.verdict.order,
                                                 c.finding.kind.value, c.finding.subject, c.finding.id))


def finding_line(fc: FindingCheck) -> str:
    f = fc.finding
    word = {"stale": "stale", "update": "new figure"}.get(fc.status, "new")
    extra = f" ({word}: {', '.join(fc.new_values)})" if fc.new_values else ""
    return f"{f.verdict.value} in {f.kind.value} '{one_line(f.subject)}': {one_line(f.summary)}{extra}"


def new_claims(fc: FindingCheck, claims: dict[str, Claim]) -> list[Claim]:
    """The claims that bring a finding's new values (``claims``: the report's claims by id)."""
    return [claims[c] for c in fc.new_claims if c in claims]


def who(claim: Claim, sources: dict[str, Source]) -> str:
    return source_name(claim.source, sources)
