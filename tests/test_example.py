"""The bundled example's committed reports are fresh, and its JSON keeps the contract."""
from pathlib import Path

import pytest

from reconcile.pipeline import build_report
from reconcile.report import Format, render
from tests.contract import check_report_contract

ROOT = Path(__file__).resolve().parents[1]
REPORTS = {Format.MARKDOWN: ROOT / "reports" / "example.md", Format.JSON: ROOT / "reports" / "example.json"}
REGENERATE = "regenerate with: python -m reconcile report --format {fmt} -o {path}"


@pytest.fixture(scope="module")
def example_report():
    """Built as ``reconcile report`` builds it from the project folder: paths relative to it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return build_report([Path("claims")])


@pytest.mark.parametrize("fmt", list(REPORTS), ids=lambda f: f.value)
def test_committed_report_is_fresh(example_report, fmt):
    path = REPORTS[fmt]
    assert path.exists(), REGENERATE.format(fmt=fmt.value, path=path.relative_to(ROOT))
    assert path.read_text(encoding="utf-8") == render(example_report, fmt), \
        "stale: " + REGENERATE.format(fmt=fmt.value, path=path.relative_to(ROOT))


def test_example_json_follows_the_contract(example_report):
    import json
    data = json.loads(render(example_report, Format.JSON))
    assert check_report_contract(data) == []


def test_example_verdicts(example_report):
    by_subject = {f.subject: f for f in example_report.findings}
    assert by_subject["US troops in Iraq"].verdict.value == "discrepancy"
    assert by_subject["Fatah alliance among parliament's blocs"].verdict.value == "contradiction"
    assert by_subject["Abdul Mahdi resigned"].verdict.value == "agreement"
    assert by_subject["Iraqi parliament's vote on foreign troops"].verdict.value == "agreement"
    assert by_subject["Prime Minister of Iraq"].verdict.value == "agreement"
    assert by_subject["largest bloc in the Iraqi parliament"].self_conflicts == ["france24"]
