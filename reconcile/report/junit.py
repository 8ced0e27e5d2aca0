"""JUnit XML for CI systems: one test case per finding, failed when it is new and at or above
the threshold. Text is escaped by the XML library."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..check import CheckResult
from .checks import claim_place, finding_line, new_claims, who
from .common import index, one_line


def render_check(result: CheckResult) -> str:
    claims_by_id, sources = index(result.report)
    checked = {fc.finding.id: fc for fc in result.checked if fc.status != "new"}
    checked.update({fc.finding.id: fc for fc in result.checked if fc.status == "new"})  # a new conflict first
    findings = result.report.findings
    failures = sum(1 for fc in result.checked if fc.status == "new")
    suites = ET.Element("testsuites", name="reconcile", tests=str(len(findings)), failures=str(failures))
    suite = ET.SubElement(suites, "testsuite", name="reconcile check", tests=str(len(findings)),
                          failures=str(failures), errors="0", skipped="0")
    for f in findings:
        case = ET.SubElement(suite, "testcase", classname=f"reconcile.{f.kind.value}",
                             name=f"{one_line(f.subject)} [{f.id}]")
        fc = checked.get(f.id)
        if fc is not None and fc.status == "new":
            lines = []
            for claim in new_claims(fc, claims_by_id):
                path, line = claim_place(claim, sources)
                lines.append(f"{path or claim.source}:{line or '?'}: {who(claim, sources)}: "
                             f"{one_line(claim.quote or claim.text)}")
            failure = ET.SubElement(case, "failure", message=finding_line(fc), type=f.verdict.value)
            failure.text = "\n".join(lines)
        else:
            out = ET.SubElement(case, "system-out")
            state = {"accepted": "accepted in the baseline", "stale": "stale claims: " + ", ".join(fc.new_values),
                     "update": "new figure along its trend: " + ", ".join(fc.new_values)}.get(
                fc.status, "") if fc is not None else f"below the threshold ({result.threshold.value})"
            out.text = f"{f.verdict.value}: {one_line(f.summary)} ({state})"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
