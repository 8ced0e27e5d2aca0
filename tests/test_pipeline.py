"""The pipeline's joins: claim files over articles, rejections, unreadable files, line numbers."""
from __future__ import annotations

from datetime import date

from reconcile.pipeline import build_report

ARTICLE = "Storm hits the coast\n\nThe storm struck on Sunday, officials said.\nAt least 12 people were killed.\n"


def test_a_source_entry_with_an_article_s_id_supplies_its_date(tmp_path):
    (tmp_path / "storm.txt").write_text(ARTICLE)
    before = build_report([tmp_path])
    assert before.sources[0].published is None
    assert any(p.kind == "no-date" and "sources: [{id: storm, published: YYYY-MM-DD}]" in p.message
               for p in before.problems)
    (tmp_path / "desk.yaml").write_text("sources:\n  - {id: storm, published: 2021-03-12, outlet: Coast News}\n")
    after = build_report([tmp_path])
    (src,) = after.sources
    assert (src.published, src.outlet, src.published_from, src.path) == (
        date(2021, 3, 12), "Coast News", "claim file", str(tmp_path / "storm.txt"))
    sunday = next(c for c in after.claims if c.text == "Sunday")
    assert sunday.value == "2021-03-07" and not [p for p in after.problems if p.kind == "no-date"]


def test_extracted_claims_carry_their_line_and_rejections_remove_them(tmp_path):
    (tmp_path / "storm.txt").write_text(ARTICLE)
    report = build_report([tmp_path])
    killed = next(c for c in report.claims if c.value == 12)
    assert killed.line == 4 and killed.origin.value == "extracted"
    (tmp_path / "desk.yaml").write_text(
        f"rejections:\n  - {{claim: {killed.id}, reason: the toll was corrected}}\n"
        "  - {quote: no such words, reason: stale}\n")
    again = build_report([tmp_path])
    assert killed.id not in {c.id for c in again.claims}
    unused = [p for p in again.problems if p.kind == "rejection-unused"]
    assert len(unused) == 1 and "desk.yaml:3:" in unused[0].message


def test_an_undated_article_s_background_figures_are_dated_against_its_story(tmp_path):
    (tmp_path / "a.txt").write_text("River floods the town\n\nThe river flooded the town on Sunday and destroyed "
                                    "12 houses. In a 2015 flood the river destroyed 40 houses, officials said.\n")
    (tmp_path / "b.txt").write_text("Town counts the cost of the flood\n\nThe river flooded the town again and "
                                    "destroyed 12 houses. In a 2015 flood the river destroyed 40 houses.\n")
    (tmp_path / "desk.yaml").write_text("sources:\n  - {id: a, published: 2021-03-08}\n")
    report = build_report([tmp_path])
    forty = [c for c in report.claims if c.value == 40]
    assert {c.source for c in forty} == {"a", "b"} and {c.as_of for c in forty} == {"2015"}
    twelve = {c.id for c in report.claims if c.value == 12}
    (finding,) = [f for f in report.findings if twelve & set(f.claims)]
    assert set(finding.claims) == twelve and finding.verdict.value == "agreement"
    (older,) = [f for f in report.findings if {c.id for c in forty} & set(f.claims)]
    assert set(older.claims) == {c.id for c in forty} and older.verdict.value == "agreement"
