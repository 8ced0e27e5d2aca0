"""The JSON report contract (``contracts/report-json.md``, schema_version 1) as explicit checks.

:func:`check_report_contract` takes the parsed JSON of one report and returns the problems found,
each naming the field (``claims[3].span: ...``); an empty list means the report keeps the contract.
Other tests run it on real reports.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

SCHEMA_VERSION = 1
KINDS = ("quantity", "date", "rank", "role")
VERDICTS = ("contradiction", "discrepancy", "agreement", "single-source")
ORIGINS = ("extracted", "manual")
_ISO_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x) -> bool:
    return (isinstance(x, (int, float))) and not isinstance(x, bool)


def _is_day(x) -> bool:
    if not isinstance(x, str) or not _ISO_DAY.match(x):
        return False
    try:
        date.fromisoformat(x)
    except ValueError:
        return False
    return True


def _is_time(x) -> bool:
    """An ISO date ("2013-07-03") or date-time ("2013-07-03T13:38:00Z")."""
    if not isinstance(x, str):
        return False
    try:
        datetime.fromisoformat(x.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_iso_value(x) -> bool:
    """"2020-01-05", "2020-01" or "2019", and a real calendar date."""
    if not isinstance(x, str) or not _ISO_VALUE.match(x):
        return False
    parts = [int(p) for p in x.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def field(self, obj: dict, where: str, name: str, test, expected: str, required: bool = True) -> bool:
        """Check ``obj[name]`` with ``test``; a missing required field is a problem."""
        if name not in obj:
            if required:
                self.fail(f"{where}.{name}", "missing")
            return False
        if not test(obj[name]):
            self.fail(f"{where}.{name}", f"expected {expected}, got {obj[name]!r}")
            return False
        return True

    def list_of(self, data: dict, name: str) -> list:
        if name not in data:
            self.fail(name, "missing")
            return []
        items = data[name]
        if not isinstance(items, list):
            self.fail(name, f"expected a list, got {type(items).__name__}")
            return []
        good = []
        for i, item in enumerate(items):
            if isinstance(item, dict):
                good.append((i, item))
            else:
                self.fail(f"{name}[{i}]", f"expected an object, got {type(item).__name__}")
        return good


def _str(x) -> bool:
    return isinstance(x, str)


def _nonempty_str(x) -> bool:
    return isinstance(x, str) and bool(x.strip())


def _opt_str(x) -> bool:
    return x is None or isinstance(x, str)


def check_report_contract(data: dict) -> list[str]:
    """Every problem with ``data`` against the JSON report contract (empty when it keeps it)."""
    ck = _Checker()
    if not isinstance(data, dict):
        return [f"report: expected a JSON object, got {type(data).__name__}"]
    ck.field(data, "report", "schema_version", lambda x: _is_int(x) and x == SCHEMA_VERSION,
             f"the integer {SCHEMA_VERSION}")
    ck.field(data, "report", "generator", lambda x: x == "reconcile", '"reconcile"')

    source_ids = _check_sources(ck, data)
    claim_ids = _check_claims(ck, data, source_ids)
    _check_findings(ck, data, claim_ids)
    return ck.problems


def _check_sources(ck: _Checker, data: dict) -> set[str]:
    ids: Counter[str] = Counter()
    for i, src in ck.list_of(data, "sources"):
        where = f"sources[{i}]"
        if ck.field(src, where, "id", _nonempty_str, "a non-empty string"):
            ids[src["id"]] += 1
        ck.field(src, where, "path", _opt_str, "a string or null")
        ck.field(src, where, "published", lambda x: x is None or _is_day(x), "an ISO date string or null")
        ck.field(src, where, "updated", lambda x: x is None or _is_time(x), "an ISO date or date-time string or null",
                 required=False)
        ck.field(src, where, "title", _opt_str, "a string or null", required=False)
        ck.field(src, where, "outlet", _opt_str, "a string or null", required=False)
        ck.field(src, where, "credits", lambda x: isinstance(x, list) and all(isinstance(c, str) for c in x),
                 "a list of strings", required=False)
    for sid, n in sorted(ids.items()):
        if n > 1:
            ck.fail("sources", f"id {sid!r} is used {n} times")
    return set(ids)


def _check_value(ck: _Checker, claim: dict, where: str) -> None:
    if "value" not in claim:
        ck.fail(f"{where}.value", "missing")
        return
    value, kind = claim["value"], claim.get("kind")
    if value is None:
        # an unresolved value says why in a sibling field
        if not _nonempty_str(claim.get("unresolved")):
            ck.fail(f"{where}.value", "null without a reason in 'unresolved'")
        return
    if kind == "quantity":
        if not _is_number(value):
            ck.fail(f"{where}.value", f"a quantity must be a number, got {value!r}")
        for bound in ("low", "high"):
            ck.field(claim, where, bound, lambda x: x is None or _is_number(x), "a number or null", required=False)
        ck.field(claim, where, "qualifier", _opt_str, "a string or null", required=False)
    elif kind == "date":
        if isinstance(value, dict):
            if set(value) != {"start", "end"} or not (_is_day(value.get("start")) and _is_day(value.get("end"))):
                ck.fail(f"{where}.value", f"a date span must be {{start, end}} ISO days, got {value!r}")
            elif value["start"] > value["end"]:
                ck.fail(f"{where}.value", f"a date span ends before it starts: {value!r}")
        elif not _is_iso_value(value):
            ck.fail(f"{where}.value", f"a date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    elif kind == "rank":
        if not (_is_int(value) and value >= 1):
            ck.fail(f"{where}.value", f"a rank must be an integer >= 1, got {value!r}")
    elif kind == "role":
        if not _nonempty_str(value):
            ck.fail(f"{where}.value", f"a role must be the holder's name, got {value!r}")


def _check_span(ck: _Checker, claim: dict, where: str) -> None:
    if "span" not in claim:
        ck.fail(f"{where}.span", "missing")
        return
    span = claim["span"]
    if span is None:
        return
    if not (isinstance(span, list) and len(span) == 2 and all(_is_int(x) for x in span)
            and 0 <= span[0] <= span[1]):
        ck.fail(f"{where}.span", f"expected [start, end] with 0 <= start <= end, or null, got {span!r}")
        return
    text = claim.get("text")
    if isinstance(text, str) and span[1] - span[0] != len(text):
        ck.fail(f"{where}.span", f"{span} is {span[1] - span[0]} characters long but text {text!r} "
                                 f"is {len(text)}")


def _check_claims(ck: _Checker, data: dict, source_ids: set[str]) -> set[str]:
    ids: Counter[str] = Counter()
    for i, claim in ck.list_of(data, "claims"):
        where = f"claims[{i}]"
        if ck.field(claim, where, "id", _nonempty_str, "a non-empty string"):
            ids[claim["id"]] += 1
        if ck.field(claim, where, "source", _nonempty_str, "a non-empty string") and claim["source"] not in source_ids:
            ck.fail(f"{where}.source", f"{claim['source']!r} is not a sources[].id")
        ck.field(claim, where, "kind", _nonempty_str, "a string")  # more kinds may be added
        ck.field(claim, where, "subject", _nonempty_str, "a non-empty string")
        _check_value(ck, claim, where)
        ck.field(claim, where, "text", _str, "a string")
        ck.field(claim, where, "quote", _str, "a string")
        _check_span(ck, claim, where)
        ck.field(claim, where, "origin", lambda x: x in ORIGINS, " or ".join(ORIGINS))
        ck.field(claim, where, "reported", lambda x: x is None or _is_time(x), "an ISO date or date-time string or null",
                 required=False)
    for cid, n in sorted(ids.items()):
        if n > 1:
            ck.fail("claims", f"id {cid!r} is used {n} times")
    return set(ids)


def _check_findings(ck: _Checker, data: dict, claim_ids: set[str]) -> None:
    ids: Counter[str] = Counter()
    owners: Counter[str] = Counter()
    for i, finding in ck.list_of(data, "findings"):
        where = f"findings[{i}]"
        if ck.field(finding, where, "id", _nonempty_str, "a non-empty string"):
            ids[finding["id"]] += 1
        ck.field(finding, where, "subject", _nonempty_str, "a non-empty string")
        ck.field(finding, where, "kind", _nonempty_str, "a string")
        ck.field(finding, where, "verdict", lambda x: x in VERDICTS, " / ".join(VERDICTS))
        ck.field(finding, where, "summary", lambda x: _nonempty_str(x) and "\n" not in x, "one non-empty line")
        if ck.field(finding, where, "claims", lambda x: isinstance(x, list) and bool(x)
                    and all(isinstance(c, str) for c in x), "a non-empty list of claim ids"):
            for cid in finding["claims"]:
                owners[cid] += 1
                if cid not in claim_ids:
                    ck.fail(f"{where}.claims", f"{cid!r} is not a claims[].id")
        ck.field(finding, where, "trend", lambda x: x in (None, "rising", "falling"), "rising, falling or null",
                 required=False)
        for name in ("latest", "stale"):  # the ids of claims of the finding itself
            ck.field(finding, where, name, lambda x: isinstance(x, list) and all(c in finding.get("claims", ())
                                                                                for c in x),
                     "a list of the finding's claim ids", required=False)
    for fid, n in sorted(ids.items()):
        if n > 1:
            ck.fail("findings", f"id {fid!r} is used {n} times")
    for cid in sorted(claim_ids):
        if owners[cid] != 1:
            ck.fail("claims", f"{cid!r} belongs to {owners[cid]} findings, not exactly one")
