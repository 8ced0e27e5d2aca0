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


def _finding(report, kind, *values):
    """The finding of ``kind`` whose claims state all of ``values``."""
    by_id = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind.value == kind
             and set(values) <= {_plain(by_id[c].value) for c in f.claims}]
    assert len(found) == 1, f"{kind} finding with {values}: {[f.subject for f in found]}"
    return found[0]


def _plain(value):
    return value.model_dump_json() if hasattr(value, "model_dump_json") else value


def test_example_verdicts(example_report):
    """The bundled articles carry the disagreements of the real coverage; the report finds them."""
    assert _finding(example_report, "quantity", 5000, 5200).verdict.value == "discrepancy"
    assert _finding(example_report, "rank", 1, 2).verdict.value == "contradiction"
    assert _finding(example_report, "date", "2019", "2019-12").verdict.value == "agreement"  # resigned
    vote = _finding(example_report, "date", "2020-01-05", '{"start":"2019-12-30","end":"2020-01-05"}')
    assert vote.verdict.value == "agreement" and len(vote.sources) == 3
    assert _finding(example_report, "date", "2020-01-03").verdict.value == "agreement"  # the drone strike
    largest = _finding(example_report, "role", "Fatah", "Sadr's bloc")
    assert largest.verdict.value == "contradiction" and largest.self_conflicts == ["france24"]
    quorum = _finding(example_report, "quantity", 165)
    assert quorum.verdict.value == "agreement" and {"france24", "iraqi-parliament-rules"} <= set(quorum.sources)


def test_example_reads_every_bundled_article(example_report):
    paths = sorted(s.path for s in example_report.sources if s.path)
    assert paths == sorted(str(Path("articles") / p.name) for p in (ROOT / "articles").iterdir())
    assert example_report.problems == []
