"""The JSON report against contracts/report-json.md: every field, its type, and the links between records."""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from reconcile.report import Format, render
from tests.contract import check_report_contract
from tests.test_report_formats import sample_report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CONTRACT = SHARED / "contracts" / "report-json.md"


def sample() -> dict:
    return json.loads(render(sample_report(), Format.JSON))


def problems_after(change) -> list[str]:
    data = sample()
    change(data)
    return check_report_contract(data)


def claim(data: dict, cid: str) -> dict:
    return next(c for c in data["claims"] if c["id"] == cid)


def test_the_sample_report_keeps_the_contract():
    assert check_report_contract(sample()) == []


def test_links_between_records():
    data = sample()
    source_ids = {s["id"] for s in data["sources"]}
    claim_ids = [c["id"] for c in data["claims"]]
    owners = [cid for f in data["findings"] for cid in f["claims"]]
    assert sorted(owners) == sorted(claim_ids)  # every claim in exactly one finding
    assert all(c["source"] in source_ids for c in data["claims"])


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(schema_version=2), "schema_version"),
    (lambda d: d.update(schema_version="1"), "schema_version"),
    (lambda d: d.pop("claims"), "claims: missing"),
    (lambda d: d["sources"][0].pop("id"), "sources[0].id: missing"),
    (lambda d: d["sources"][0].pop("path"), "sources[0].path: missing"),
    (lambda d: d["sources"][1].update(published="15/03/2021"), "sources[1].published"),
    (lambda d: d["sources"][1].update(published="2021-02-30"), "sources[1].published"),
    (lambda d: d["sources"][1].update(credits="Reuters"), "sources[1].credits"),
    (lambda d: d["sources"].append(dict(d["sources"][0])), "id 'briefing' is used 2 times"),
    (lambda d: d["claims"][0].update(source="nobody"), "claims[0].source: 'nobody' is not a sources[].id"),
    (lambda d: d["claims"][0].update(kind=3), "claims[0].kind"),
    (lambda d: d["claims"][0].update(subject=""), "claims[0].subject"),
    (lambda d: d["claims"][0].update(value="4800"), "a quantity must be a number"),
    (lambda d: d["claims"][0].update(value=True), "a quantity must be a number"),
    (lambda d: d["claims"][0].update(low="4560"), "claims[0].low"),
    (lambda d: d["claims"][0].update(value=None), "null without a reason"),
    (lambda d: claim(d, "c-vote-a").update(value="14 March 2021"), "a date must be"),
    (lambda d: claim(d, "c-vote-a").update(value="2021-13"), "a date must be"),
    (lambda d: claim(d, "c-span").update(value={"start": "2021-03-14", "end": "2021-03-08"}), "ends before"),
    (lambda d: claim(d, "c-span").update(value={"start": "2021-03-08"}), "a date span must be"),
    (lambda d: claim(d, "c-rank-a").update(value=0), "a rank must be"),
    (lambda d: claim(d, "c-rank-a").update(value=1.5), "a rank must be"),
    (lambda d: claim(d, "c-role").update(value=""), "a role must be"),
    (lambda d: claim(d, "c-role").pop("text"), ".text: missing"),
    (lambda d: claim(d, "c-role").update(quote=None), ".quote"),
    (lambda d: claim(d, "c-role").update(span=[5, 2]), ".span"),
    (lambda d: claim(d, "c-role").update(span=[0, 3]), "is 3 characters long"),
    (lambda d: claim(d, "c-role").pop("span"), ".span: missing"),
    (lambda d: claim(d, "c-role").update(origin="guessed"), ".origin"),
    (lambda d: d["findings"][0].update(verdict="conflict"), "findings[0].verdict"),
    (lambda d: d["findings"][0].update(summary="two\nlines"), "findings[0].summary"),
    (lambda d: d["findings"][0].pop("subject"), "findings[0].subject: missing"),
    (lambda d: d["findings"][0]["claims"].append("c-nowhere"), "'c-nowhere' is not a claims[].id"),
    (lambda d: d["findings"][1]["claims"].append("c-rank-a"), "'c-rank-a' belongs to 2 findings"),
    (lambda d: d["findings"].pop(), "'c-span' belongs to 0 findings"),
    (lambda d: d["findings"].append(copy.deepcopy(d["findings"][0])), "id 'f-rank' is used 2 times"),
])
def test_each_breach_is_named(change, expected):
    found = problems_after(change)
    assert any(expected in p for p in found), found


def test_not_an_object():
    assert check_report_contract([]) != []
    assert check_report_contract({"schema_version": 1, "generator": "reconcile", "sources": {},
                                  "claims": [], "findings": []}) == ["sources: expected a list, got dict"]


def test_unresolved_value_with_its_reason_is_allowed():
    def unresolve(d):
        claim(d, "c-vote-a").update(value=None, unresolved="publication date unknown")
    assert problems_after(unresolve) == []


def _contract_fields() -> dict[str, list[tuple[str, str]]]:
    """The fields each table of the contract names, with their type column: {"sources": [(field, type)]}."""
    if not CONTRACT.is_file():
        pytest.skip(f"../shared not found: {CONTRACT} is needed to read the contract's field list")
    tables: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)\[\]", line)
        if heading:
            current = tables.setdefault(heading.group(1), [])
            continue
        row = re.match(r"^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|", line)
        if current is not None and row and row.group(1) not in ("field",) and not row.group(1).startswith("-"):
            for name in row.group(1).split(","):
                current.append((name.strip(), row.group(2)))
    return tables


def test_every_field_the_contract_lists_is_checked():
    tables = _contract_fields()
    assert set(tables) == {"sources", "claims", "findings"}
    data = sample()
    checked = 0
    for section, fields in tables.items():
        for name, type_ in fields:
            assert name in data[section][0], f"{section}[].{name} is not in the JSON report"
            if type_ == "optional":
                continue
            broken = copy.deepcopy(data)
            broken[section][0].pop(name)
            assert any(f"{section}[0].{name}: missing" in p for p in check_report_contract(broken)), \
                f"{section}[].{name}: dropping it goes unnoticed"
            broken[section][0][name] = {"not": "valid"}
            assert check_report_contract(broken) != [], f"{section}[].{name}: a wrong type goes unnoticed"
            checked += 1
    assert checked >= 16
