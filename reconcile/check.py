"""Checking findings against a baseline of accepted ones: the CI use.

A *baseline* is a JSON file people read and review in a pull request: one entry per accepted
finding, naming it (id, kind, subject) and the values it accepted, with the matching keys that
let a later run recognise it. A finding at or above the threshold is

- ``accepted`` when a baseline entry matches it (same id, or same kind and unit and a shared
  claim key) and every value it states now was accepted then;
- ``new`` otherwise: a new conflict, or an accepted one to which a new article brings a value
  nobody accepted.

Findings of a figure that changes over time (:mod:`reconcile.trend`) are also, whatever their verdict,

- ``update`` when an accepted one gains a figure along its trend (a higher toll): news, not a new
  conflict, never failing;
- ``stale`` for claims stating a figure the trend had already passed, unless the baseline accepted
  them: reported, failing only with ``--fail-on stale``.

Finding ids and claim keys depend on what the claims say, not on file names or order, so
renaming or reordering files, re-extracting, or adding an article on another subject leaves
accepted findings accepted.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pydantic import Field, ValidationError

from .errors import InputError
from .match import claim_key
from .models import Claim, Finding, Model, Report, Verdict

BASELINE_FORMAT = 1


class BaselineEntry(Model):
    finding: str = Field(description="The finding's id when it was accepted.")
    kind: str
    subject: str
    verdict: str
    unit: str | None = None
    values: list[str] = Field(description="The values accepted, as the report prints them.")
    keys: list[str] = Field(default_factory=list, description="Matching keys of its claims, to recognise it later.")
    stale: list[str] = Field(default_factory=list, description="Claims accepted as stale (repeating a figure "
                                                                "the finding's trend had passed).")


class Baseline(Model):
    generator: str = "reconcile"
    baseline_format: int = BASELINE_FORMAT
    note: str = ("Findings accepted as they are: `reconcile check` fails only on findings (or values) "
                 "not listed here. Regenerate with `reconcile baseline PATH ... -o FILE`.")
    accepted: list[BaselineEntry] = Field(default_factory=list)


class FindingCheck(Model):
    finding: Finding
    status: str = Field(description="new | accepted | update (a new figure along the finding's trend) | "
                                    "stale (new claims repeating a figure the trend had passed)")
    new_values: list[str] = Field(default_factory=list, description="Values no baseline entry accepted.")
    new_claims: list[str] = Field(default_factory=list, description="Claims that state the new values.")


class CheckResult(Model):
    generator: str = "reconcile"
    threshold: Verdict
    baseline: str | None = None
    checked: list[FindingCheck] = Field(default_factory=list, description="Findings at or above the threshold.")
    report: Report

    @property
    def new(self) -> list[FindingCheck]:
        return [c for c in self.checked if c.status == "new"]

    @property
    def accepted(self) -> list[FindingCheck]:
        return [c for c in self.checked if c.status == "accepted"]

    @property
    def stale(self) -> list[FindingCheck]:
        return [c for c in self.checked if c.status == "stale"]

    @property
    def updates(self) -> list[FindingCheck]:
        return [c for c in self.checked if c.status == "update"]


def _claims_by_id(report: Report) -> dict[str, Claim]:
    return {c.id: c for c in report.claims}


def _keys(finding: Finding, claims: dict[str, Claim]) -> list[str]:
    return sorted({claim_key(claims[c]) for c in finding.claims if c in claims})


def make_baseline(report: Report, threshold: Verdict = Verdict.DISCREPANCY) -> Baseline:
    """Accept every finding of ``report`` at or above ``threshold`` as it stands."""
    claims = _claims_by_id(report)
    entries = [BaselineEntry(finding=f.id, kind=f.kind.value, subject=f.subject, verdict=f.verdict.value,
                             unit=f.unit, values=sorted(v.value for v in f.values), keys=_keys(f, claims),
                             stale=sorted(f.stale))
               for f in report.findings if f.verdict.at_least(threshold) or f.stale]
    entries.sort(key=lambda e: (e.kind, e.subject, e.finding))
    return Baseline(accepted=entries)


def render_baseline(baseline: Baseline) -> str:
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a bad one is an :class:`InputError` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise InputError("not a baseline (JSON nested too deeply)", file=str(path)) from None
    except OSError as err:
        raise InputError(f"cannot read the baseline: {err.strerror or err}", file=str(path)) from None
    except (ValueError, UnicodeDecodeError) as err:
        line = getattr(err, "lineno", None)
        raise InputError(f"not a baseline (malformed JSON: {getattr(err, 'msg', err)})", file=str(path),
                         line=line) from None
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"not a baseline written by reconcile: {first['msg']}", file=str(path),
                         field=where or None) from None
    if baseline.baseline_format != BASELINE_FORMAT:
        raise InputError(f"baseline format {baseline.baseline_format} is not supported "
                         f"(this reconcile writes format {BASELINE_FORMAT})", file=str(path))
    return baseline


def check(report: Report, baseline: Baseline | None, threshold: Verdict = Verdict.CONTRADICTION,
          baseline_name: str | None = None) -> CheckResult:
    """Findings of ``report`` at or above ``threshold``, each ``new`` or ``accepted``."""
    claims = _claims_by_id(report)
    entries = baseline.accepted if baseline else []
    by_id = {e.finding: e for e in entries}
    by_key: dict[tuple[str, str | None, str], list[BaselineEntry]] = defaultdict(list)
    for e in entries:
        for k in e.keys:
            by_key[e.kind, e.unit, k].append(e)
    checked = []
    for f in report.findings:
        matches = [by_id[f.id]] if f.id in by_id else []
        for k in _keys(f, claims):
            matches.extend(by_key.get((f.kind.value, f.unit, k), ()))
        accepted_stale = {c for e in matches for c in e.stale}
        stale = [c for c in f.stale if c not in accepted_stale]
        if stale:  # an article repeating a figure the trend had passed: said, and fails only with --fail-on stale
            labels = {c: v.value for v in f.values for c in v.claims}
            checked.append(FindingCheck(finding=f, status="stale", new_claims=stale,
                                        new_values=sorted({labels[c] for c in stale if c in labels})))
        accepted_values = {v for e in matches for v in e.values}
        new_groups = [v for v in f.values if v.value not in accepted_values and not set(v.claims) <= set(f.stale)]
        if f.trend and matches and new_groups:
            # a new figure along the trend of an accepted finding: news, not a new conflict
            checked.append(FindingCheck(finding=f, status="update", new_values=[v.value for v in new_groups],
                                        new_claims=[c for v in new_groups for c in v.claims]))
            continue
        if not f.verdict.at_least(threshold):
            continue
        status = "accepted" if matches and not new_groups else "new"
        checked.append(FindingCheck(
            finding=f, status=status, new_values=[v.value for v in new_groups] if matches else [],
            new_claims=[c for v in (new_groups if matches else f.values) for c in v.claims]))
    return CheckResult(threshold=threshold, baseline=baseline_name, checked=checked, report=report)
