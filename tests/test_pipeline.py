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
