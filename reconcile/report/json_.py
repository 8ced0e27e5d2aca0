"""The JSON report: the model dump, fixed by ``contracts/report-json.md``.

Key order is the field order of :mod:`reconcile.models`, so the same report gives byte-identical
output.
"""
from __future__ import annotations

import json

from ..models import Report


def render(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def is_generated(content: str) -> bool:
    """A JSON object whose ``generator`` is ``"reconcile"``."""
    body = content.lstrip("\ufeff \t\r\n")
    if not body.startswith("{"):
        return False
    try:
        data = json.loads(body)
    except ValueError:  # not valid JSON: not ours, or no longer ours
        return False
    return isinstance(data, dict) and data.get("generator") == "reconcile"


def render_check(result) -> str:
    """The check result: the threshold, the baseline, each checked finding's status, and the report."""
    data = {"generator": "reconcile", "schema_version": result.report.schema_version,
            "threshold": result.threshold.value, "baseline": result.baseline,
            "new": len(result.new), "accepted": len(result.accepted),
            "checked": [{"finding": c.finding.id, "status": c.status, "verdict": c.finding.verdict.value,
                         "subject": c.finding.subject, "new_values": c.new_values, "new_claims": c.new_claims}
                        for c in result.checked],
            "report": result.report.model_dump(mode="json")}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
