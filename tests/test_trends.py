"""Figures that change over time (issue 14): the stories of ``tests/corpus/trends/``, the cues that
mark a figure earlier or moved, the timeline rules, and ``reconcile check`` on a developing story.

Each case of ``tests/corpus/trends/cases.yaml`` is a folder of short articles written for these
tests and the finding it must give: its figures, trend, verdict, latest and stale figures.
"""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile.cli import main
from reconcile.extract import extract_claims
from reconcile.models import Article, Claim, Kind, Source, Verdict
from reconcile.pipeline import build_report
from reconcile.settings import Settings
from reconcile.trend import changes_over_time, timeline

CORPUS = Path(__file__).parent / "corpus" / "trends"
CASES = yaml.safe_load((CORPUS / "cases.yaml").read_text("utf-8"))["cases"]


def _finding(report, core: list[str]):
    claims = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind == Kind.QUANTITY
             and all(set(core) <= set(claims[c].key.partition("|")[0].split()) for c in f.claims)]
    assert found, f"no finding of {core}: {[f.subject for f in report.findings]}"
    return max(found, key=lambda f: len(f.claims)), claims


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_story(case: dict) -> None:
    report = build_report([CORPUS / case["folder"]])
    f, claims = _finding(report, case["core"])
    values = sorted({claims[c].value for c in f.claims})
    assert values == case["values"], f"wrong figures: {values}"
    assert f.trend == case["trend"], f"wrong trend: {f.trend} ({f.summary})"
    assert f.verdict == Verdict(case["verdict"]), f"wrong verdict: {f.verdict.value} ({f.summary})"
    if "latest" in case:
        assert sorted({claims[c].value for c in f.latest}) == case["latest"], f"wrong latest: {f.summary}"
    assert sorted({claims[c].value for c in f.stale}) == case["stale"], f"wrong stale: {f.summary}"
    if "earlier" in case:
        assert sorted({claims[c].value for c in f.claims if claims[c].earlier}) == case["earlier"]
    for c in f.claims:
        assert claims[c].reported, f"claim without a reported time: {claims[c].text}"


def test_timeline_summary_reads_as_the_issue_asks() -> None:
    report = build_report([CORPUS / "three-days"])
    f, _ = _finding(report, ["killed"])
    assert f.summary == "rising: >=12 (10 Aug) -> 30 (11 Aug); latest 30, Northern Star; stale: 12 (Weekly Digest, 12 Aug)"


CUES = [
    ("The ministry's first figures put the toll at no fewer than 20.", 20, True, None),
    ("Officials had earlier put the number of dead at more than 30.", 30, True, None),
    ("Initial reports said three people were killed.", 3, True, None),
    ("By evening the death toll had risen to 41.", 41, False, "risen"),
    ("The death toll rose again, to 56, on Wednesday.", 56, False, "risen"),
    ("The toll climbed to 1,240 as crews reached cut-off towns.", 1240, False, "risen"),
    ("The number of missing fell to 12 as people were found.", 12, False, "fallen"),
    ("The toll stands at 41, up from 20 on Monday.", 20, True, None),
    ("The toll stands at 41, up from 20 on Monday.", 41, False, None),
    ("The death toll rose from 5 to 11.", 5, True, None),
    ("The death toll rose from 5 to 11.", 11, False, "risen"),
    ("The quake killed 24 people, officials said.", 24, False, None),
]


@pytest.mark.parametrize("sentence,value,earlier,changed", CUES, ids=[f"{c[0][:30]}-{c[1]}" for c in CUES])
def test_cues(sentence: str, value: int, earlier: bool, changed: str | None) -> None:
    article = Article(source=Source(id="s", published=date(2021, 6, 2)), text=sentence)
    got = [c for c in extract_claims(article, Settings()) if c.kind == Kind.QUANTITY and c.value == value]
    assert got, f"missing: {value} in {sentence!r}"
    assert (got[0].earlier, got[0].changed) == (earlier, changed)


def test_no_earlier_result_for_a_figure_that_does_not_run() -> None:
    article = Article(source=Source(id="s", published=date(2021, 6, 2)), text="The list won 73 seats, up from 54.")
    assert [c.value for c in extract_claims(article, Settings()) if c.kind == Kind.QUANTITY] == [73]


def test_a_bare_share_or_amount_after_from_is_the_earlier_level_of_the_one_before_it() -> None:
    def quantities(text: str) -> dict:
        article = Article(source=Source(id="s", published=date(2026, 5, 14)), text=text)
        return {c.value: c for c in extract_claims(article, Settings()) if c.kind == Kind.QUANTITY}
    got = quantities("Joblessness rose to 6.1% in March from 5.8% in January.")
    assert (got[6.1].key, got[6.1].as_of, got[6.1].earlier) == ("joblessness|", "2026-03", False)
    assert (got[5.8].key, got[5.8].as_of, got[5.8].earlier) == ("joblessness|", "2026-01", True)
    got = quantities("Revenue climbed to $2.4 billion from $2.1 billion in 2024.")
    assert (got[2.1e9].key, got[2.1e9].as_of) == (got[2.4e9].key, "2024") and got[2.4e9].key.startswith("revenue")
    # a month after each figure, even one the reader leaves undated (this March, just begun)
    article = Article(source=Source(id="s", published=date(2024, 3, 14)),
                      text="Unemployment in Veloria rose to 5.2% in March from 4.9% in February.")
    got = {c.value: c for c in extract_claims(article, Settings()) if c.kind == Kind.QUANTITY}
    assert (got[4.9].key, got[4.9].earlier) == (got[5.2].key, True) and got[5.2].key.startswith("unemployment")
    # with no time of its own it stays a bare share: one key with no time in one article is one fact
    got = quantities("Turnout fell to 61 percent from 68 percent.")
    assert got[68].key == "share|" and not got[68].earlier


def test_background_figures_stay_apart() -> None:
    text = ("A quake struck the province on Tuesday, killing at least five people in a region devastated by the "
            "tsunami of 2004.\nThe last major quake was in February, when a tremor rocked the north.\n"
            "It killed 612 people.\n")
    article = Article(source=Source(id="s", published=date(2013, 7, 2)), text=text)
    by_value = {c.value: c for c in extract_claims(article, Settings()) if c.kind == Kind.QUANTITY}
    assert by_value[5].as_of is None
    assert by_value[612].as_of == "2013-02"


def _claim(cid: str, source: str, value: float, reported: str, key: str = "killed people|", **kw) -> Claim:
    return Claim(id=cid, source=source, kind=Kind.QUANTITY, subject="people killed", key=key, value=value,
                 low=value, high=value, reported=reported, **kw)


def test_what_changes_over_time() -> None:
    assert changes_over_time([_claim("a", "s", 1, "2021-01-01")])
    assert not changes_over_time([_claim("a", "s", 1, "2021-01-01", key="troops us|iraq")])
    assert changes_over_time([_claim("a", "s", 1, "2021-01-01", key="troops us|iraq", changed="risen")])
    assert not changes_over_time([_claim("a", "s", 1, "2021-01-01", as_of="2004")])


def test_unknown_order_within_a_day_and_same_source_clash() -> None:
    one_day = [_claim("a", "x", 1, "2021-01-01"), _claim("b", "y", 5, "2021-01-01"),
               _claim("c", "z", 24, "2021-01-02")]
    t = timeline(one_day, {c.id: str(c.value) for c in one_day}, {})
    assert (t.trend, t.explained, t.latest) == ("rising", True, ["c"])
    clash = one_day + [_claim("d", "z", 12, "2021-01-02")]  # one source, one moment, two figures
    t = timeline(clash, {c.id: str(c.value) for c in clash}, {})
    assert t.trend == "rising" and not t.explained
    same_day = [_claim("a", "x", 10, "2021-01-01"), _claim("b", "y", 14, "2021-01-01")]
    assert timeline(same_day, {c.id: str(c.value) for c in same_day}, {}).trend is None


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, "utf-8")


def test_check_reports_an_update_and_a_stale_repeat(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story"
    story.mkdir()
    for name in ("valley-post.md", "northern-star.md"):
        shutil.copy(CORPUS / "three-days" / name, story / name)
    assert main(["baseline", "story", "-o", "base.json"]) == 0
    _write(story, "late-bulletin.md", "---\ntitle: Lindar valley toll\noutlet: Late Bulletin\npublished: 2022-08-12\n"
           "---\nRescue teams worked on in the Lindar valley on Friday.\n\n"
           "The death toll from the floods rose to 41, the regional governor said.\n")
    capsys.readouterr()
    assert main(["check", "story", "--baseline", "base.json", "--fail-on", "discrepancy"]) == 0
    out = capsys.readouterr().out
    assert "UPDATE: discrepancy in quantity" in out and "(new figure: 41)" in out, out
    shutil.copy(CORPUS / "three-days" / "weekly-digest.md", story / "weekly-digest.md")
    assert main(["check", "story", "--baseline", "base.json"]) == 0
    out = capsys.readouterr().out
    assert "STALE:" in out and "weekly-digest.md" in out, out
    assert main(["check", "story", "--baseline", "base.json", "--fail-on", "stale"]) == 1
    capsys.readouterr()
    assert main(["check", "story", "--baseline", "base.json", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {c["status"] for c in data["checked"]} >= {"stale", "update"}


@pytest.mark.parametrize("folder", sorted({c["folder"] for c in CASES}))
def test_json_keeps_the_contract(folder: str) -> None:
    from reconcile.report import render
    from tests.contract import check_report_contract

    data = json.loads(render(build_report([CORPUS / folder]), "json"))
    assert check_report_contract(data) == []
    assert any(f["trend"] for f in data["findings"]) or folder in ("same-time", "levels")


def test_a_bad_reported_time_in_a_claim_file_is_one_line(tmp_path, capsys) -> None:
    (tmp_path / "c.yaml").write_text("sources: [{id: b, published: 2021-01-02}]\nclaims:\n"
                                     "  - {source: b, kind: quantity, subject: dead, value: 3, reported: soon}\n", "utf-8")
    assert main(["report", str(tmp_path / "c.yaml")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "reported" in err[0], err


LIVE_BLOG = ("---\noutlet: Live\npublished: 2026-03-03\n---\nFerry capsizes: live\n\n"
             "14:05 GMT - The coast guard now says 12 people are dead.\n\n"
             "12:15 GMT - The death toll has risen to 9.\n\n"
             "10:42 GMT - Police say at least five people are dead after the ferry capsized.\n")


def test_a_live_blog_entry_is_reported_at_its_clock_and_its_rising_toll_is_no_contradiction(tmp_path) -> None:
    from reconcile.sources.article import live_stamps, parse_article
    article = parse_article(LIVE_BLOG, "live", "live.md")
    assert [t for _, t in article._stamps] == ["14:05", "12:15", "10:42"]
    assert live_stamps("Ferry\n\n10:42 - Police say five people are dead.\n", 0) == []  # one clock is no live blog
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "live.md").write_text(LIVE_BLOG, encoding="utf-8")
    (folder / "wire.md").write_text("---\noutlet: Wire\npublished: 2026-03-04\n---\nFerry toll\n\n"
                                    "Twelve people were killed when the ferry capsized on Tuesday.\n", encoding="utf-8")
    for cache in ([], ["--cache", str(tmp_path / "cache")], ["--cache", str(tmp_path / "cache")]):
        out = tmp_path / "r.json"
        assert main(["report", str(folder), "--format", "json", "-o", str(out), "--force", *cache]) in (0, 1)
        report = json.loads(out.read_text())
        live = {c["value"]: c["reported"] for c in report["claims"] if c["source"] == "live" and c["kind"] == "quantity"}
        assert live == {12: "2026-03-03T14:05:00", 9: "2026-03-03T12:15:00", 5: "2026-03-03T10:42:00"}
        toll = next(f for f in report["findings"] if f["kind"] == "quantity" and f["trend"])
        assert (toll["trend"], toll["verdict"]) == ("rising", "discrepancy")
