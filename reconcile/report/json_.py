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
