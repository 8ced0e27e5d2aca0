"""Report formats (text, Markdown, JSON) on reports built by hand: content, order, escaping, determinism."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from reconcile.models import (Claim, DateSpan, Finding, Kind, Origin, Problem, Report, Source, Spread,
                              ValueGroup, Verdict)
from reconcile.report import FORMATS, Format, is_generated, render
from reconcile.report import common, markdown, text

# ---------------------------------------------------------------- a report built by hand

SENTENCE_TROOPS_A = "Officials said roughly 4,800 American soldiers remain stationed across the country today."
SENTENCE_TROOPS_B = ("A withdrawal of the 5,100 American soldiers | still deployed there <b>could</b> "
                     "take many months, according to a defence ministry spokesperson who spoke on "
                     "condition of anonymity because the plans are not yet public.")
SENTENCE_DATE = "Lawmakers held the ballot on Sunday afternoon in the capital."
SENTENCE_RANK_A = "The alliance came first in the election."
SENTENCE_RANK_B = "The alliance, the second biggest bloc, backed the motion."
SENTENCE_ROLE = "Speaker Jane Doe opened the session."
SENTENCE_SHARE = "Turnout reached 40% in the north."


def article_claim(cid, source, kind, subject, value, surface, sentence, **extra) -> Claim:
    """An extracted claim whose span indexes ``sentence`` (the sentence stands for the article text)."""
    start = sentence.index(surface)
    return Claim(id=cid, source=source, kind=kind, subject=subject, value=value, text=surface,
                 quote=sentence, span=(start, start + len(surface)), origin=Origin.EXTRACTED, **extra)


def manual_claim(cid, source, kind, subject, value, surface="", line=1, **extra) -> Claim:
    return Claim(id=cid, source=source, kind=kind, subject=subject, value=value, text=surface,
                 quote=surface, origin=Origin.MANUAL, file="claims/figures.yaml", line=line, **extra)


def sample_claims() -> list[Claim]:
    return [
        article_claim("c-troops-a", "daily", Kind.QUANTITY, "US troops", 4800, "roughly 4,800 American soldiers",
                      SENTENCE_TROOPS_A, qualifier="roughly", low=4560, high=5040),
        article_claim("c-troops-b", "wire", Kind.QUANTITY, "US troops", 5100, "5,100 American soldiers",
                      SENTENCE_TROOPS_B, low=5100, high=5100),
        manual_claim("c-troops-c", "daily", Kind.QUANTITY, "US troops", 5100, "5,100 soldiers", line=7,
                     low=5100, high=5100),
        article_claim("c-vote-a", "daily", Kind.DATE, "the ballot", "2021-03-14", "on Sunday", SENTENCE_DATE,
                      start=date(2021, 3, 14), end=date(2021, 3, 14), precision="day"),
        manual_claim("c-vote-b", "briefing", Kind.DATE, "the ballot", "2021-03-14", line=12,
                     start=date(2021, 3, 14), end=date(2021, 3, 14), precision="day"),
        article_claim("c-rank-a", "daily", Kind.RANK, "the alliance among blocs", 1, "came first",
                      SENTENCE_RANK_A, low=1, high=1),
        article_claim("c-rank-b", "wire", Kind.RANK, "the alliance among blocs", 2, "the second biggest bloc",
                      SENTENCE_RANK_B, low=2, high=2),
        article_claim("c-role", "wire", Kind.ROLE, "Speaker of the assembly", "Jane Doe", "Speaker Jane Doe",
                      SENTENCE_ROLE),
        article_claim("c-share", "daily", Kind.QUANTITY, "turnout in the north", 40, "40%", SENTENCE_SHARE,
                      unit="%", low=40, high=40),
        manual_claim("c-open", "briefing", Kind.QUANTITY, "people injured", 30, "fewer than 30 people", line=20,
                     qualifier="fewer than", low=None, high=30, high_exclusive=True),
        manual_claim("c-since", "briefing", Kind.DATE, "the curfew", "2019-10", "since October 2019", line=25,
                     qualifier="since", start=date(2019, 10, 1), end=None, precision="month"),
        manual_claim("c-span", "briefing", Kind.DATE, "the talks", DateSpan(start=date(2021, 3, 8),
                     end=date(2021, 3, 14)), "last week", line=30, start=date(2021, 3, 8),
                     end=date(2021, 3, 14), precision="span"),
    ]


def sample_findings() -> list[Finding]:
    return [
        Finding(id="f-rank", subject="the alliance among blocs", kind=Kind.RANK, verdict=Verdict.CONTRADICTION,
                claims=["c-rank-a", "c-rank-b"], sources=["daily", "wire"],
                summary="#1 (Daily Post) vs #2 (Wire Service)",
                values=[ValueGroup(value="#1", claims=["c-rank-a"], sources=["daily"]),
                        ValueGroup(value="#2", claims=["c-rank-b"], sources=["wire"])]),
        Finding(id="f-troops", subject="US troops", kind=Kind.QUANTITY, verdict=Verdict.DISCREPANCY,
                claims=["c-troops-a", "c-troops-b", "c-troops-c"], sources=["daily", "wire"],
                summary="roughly 4,800 (Daily Post) vs 5,100 (Daily Post, Wire Service)",
                values=[ValueGroup(value="roughly 4,800", claims=["c-troops-a"], sources=["daily"]),
                        ValueGroup(value="5,100", claims=["c-troops-b", "c-troops-c"], sources=["daily", "wire"])],
                spread=Spread(absolute=300, relative=300 / 5100), self_conflicts=["daily"]),
        Finding(id="f-vote", subject="the ballot", kind=Kind.DATE, verdict=Verdict.AGREEMENT,
                claims=["c-vote-a", "c-vote-b"], sources=["briefing", "daily"],
                summary="2021-03-14 (Daily Post, briefing)",
                values=[ValueGroup(value="2021-03-14", claims=["c-vote-a", "c-vote-b"],
                                   sources=["briefing", "daily"])]),
        Finding(id="f-role", subject="Speaker of the assembly", kind=Kind.ROLE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-role"], sources=["wire"], summary="Jane Doe (Wire Service)",
                values=[ValueGroup(value="Jane Doe", claims=["c-role"], sources=["wire"])]),
        Finding(id="f-share", subject="turnout in the north", kind=Kind.QUANTITY, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-share"], sources=["daily"], summary="40 % (Daily Post)", unit="%",
                values=[ValueGroup(value="40 %", claims=["c-share"], sources=["daily"])]),
        Finding(id="f-open", subject="people injured", kind=Kind.QUANTITY, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-open"], sources=["briefing"], summary="fewer than 30 (briefing)",
                values=[ValueGroup(value="fewer than 30", claims=["c-open"], sources=["briefing"])]),
        Finding(id="f-since", subject="the curfew", kind=Kind.DATE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-since"], sources=["briefing"], summary="since 2019-10 (briefing)",
                values=[ValueGroup(value="since 2019-10", claims=["c-since"], sources=["briefing"])]),
        Finding(id="f-span", subject="the talks", kind=Kind.DATE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-span"], sources=["briefing"], summary="2021-03-08..2021-03-14 (briefing)",
                values=[ValueGroup(value="2021-03-08..2021-03-14", claims=["c-span"], sources=["briefing"])]),
    ]


def sample_report() -> Report:
    return Report(
        sources=[
            Source(id="briefing", file="claims/figures.yaml", line=3),
            Source(id="daily", path="articles/daily.txt", outlet="Daily Post", published=date(2021, 3, 15),
                   credits=["Reuters"]),
            Source(id="wire", path="articles/wire.txt", outlet="Wire Service", title="Troops & the vote"),
        ],
        claims=sample_claims(),
        findings=sample_findings(),
        problems=[Problem(kind="no-date", source="wire", path="articles/wire.txt",
                          message="publication date of articles/wire.txt unknown")],
    )


def every_format(report: Report) -> dict[Format, str]:
    return {fmt: render(report, fmt) for fmt in Format}


def squeeze(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- the hand-built report itself

def test_sample_spans_index_their_text():
    for claim in sample_claims():
        if claim.span is not None:
            start, end = claim.span
            assert claim.quote[start:end] == claim.text


# ---------------------------------------------------------------- registry and markers

def test_every_format_is_registered_under_its_cli_string():
    assert [f.value for f in Format] == ["text", "markdown", "json", "html"]
    assert set(FORMATS) == set(Format)
    report = sample_report()
    for fmt, module in FORMATS.items():
        assert render(report, fmt.value) == module.render(report)


def test_every_format_is_deterministic():
    first, second = every_format(sample_report()), every_format(sample_report())
    for fmt in Format:
        assert first[fmt] == second[fmt]
        assert first[fmt].endswith("\n") and not first[fmt].endswith("\n\n")


def test_is_generated_recognises_every_format_and_nothing_else():
    for fmt, out in every_format(sample_report()).items():
        assert is_generated(out), fmt
        assert is_generated("\ufeff" + out), fmt
    assert is_generated(render(Report(), Format.TEXT))
    for written_by_a_person in ["", "my notes\n", "# Report\n\nsome text\n", "{}\n",
                                '{"generator": "someone else"}', '{"generator": "reconcile", oops',
                                "reconcile report on the vote, by hand\n", "[1, 2]\n",
                                "<!-- my own comment -->\n# notes\n"]:
        assert not is_generated(written_by_a_person), written_by_a_person


# ---------------------------------------------------------------- text

def test_text_header_counts_sources_claims_and_findings_by_verdict():
    out = render(sample_report(), Format.TEXT)
    head = squeeze(" ".join(out.splitlines()[:2]))
    assert head.startswith("reconcile report: 3 sources, 12 claims, 8 findings")
    assert "(1 contradiction, 1 discrepancy, 1 agreement, 5 single-source)" in head


def test_text_sections_come_in_verdict_order_then_sources_and_problems():
    lines = render(sample_report(), Format.TEXT).splitlines()
    titles = ["CONTRADICTIONS (1)", "DISCREPANCIES (1)", "AGREEMENTS (1)", "SINGLE-SOURCE CLAIMS (5)",
              "SOURCES (3)", "PROBLEMS (1)"]
    at = [lines.index(t) for t in titles]
    assert at == sorted(at)
    assert lines.index("[CONTRADICTION] the alliance among blocs (rank)") < at[1]
    assert at[1] < lines.index("[DISCREPANCY] US troops (quantity)") < at[2]
    assert at[3] < lines.index("[SINGLE-SOURCE] turnout in the north (quantity, %)") < at[4]


def test_text_shows_every_claim_with_its_value_source_and_highlighted_words():
    report = sample_report()
    out = render(report, Format.TEXT)
    lines = out.splitlines()
    names = {s.id: s.outlet or s.id for s in report.sources}
    flat = squeeze(out)
    for claim in report.claims:
        value = common.format_value(claim)
        first_word = value.split()[0]
        # the row's first line holds the start of the value and the source
        assert any(ln.strip().startswith(first_word) and names[claim.source] in ln for ln in lines), claim.id
        if claim.text:
            assert f"«{squeeze(claim.text)}»" in flat, claim.id
        if claim.origin == Origin.MANUAL:
            assert f"claims/figures.yaml:{claim.line}" in out


def test_text_prints_the_summary_whole_on_one_line_with_spread_and_self_conflict():
    out = render(sample_report(), Format.TEXT)
    lines = out.splitlines()
    assert "  roughly 4,800 (Daily Post) vs 5,100 (Daily Post, Wire Service)" in lines
    assert "  spread: 300 (5.9 % of the larger figure)" in lines
    assert any("Daily Post itself states 2 different values: roughly 4,800, 5,100" in ln for ln in lines)


def test_text_values_of_every_kind():
    out = render(sample_report(), Format.TEXT)
    for shown in ["#1 (1st)", "#2 (2nd)", "Jane Doe", "40 %", "2021-03-14", "since 2019-10",
                  "2021-03-08..2021-03-14", "fewer than 30 (< 30)", "roughly 4,800", "(4,560-5,040)"]:
        assert shown in out, shown


def test_text_sources_and_problems_tables():
    lines = render(sample_report(), Format.TEXT).splitlines()
    src = lines[lines.index("SOURCES (3)"):lines.index("PROBLEMS (1)")]
    daily = next(ln for ln in src if ln.strip().startswith("daily"))
    assert all(x in daily for x in ("Daily Post", "2021-03-15", "Reuters", "articles/daily.txt"))
    wire = next(ln for ln in src if ln.strip().startswith("wire"))
    assert "date unknown" in wire
    briefing = next(ln for ln in src if ln.strip().startswith("briefing"))
    assert "claims/figures.yaml:3" in briefing
    problems = lines[lines.index("PROBLEMS (1)"):]
    assert any("no-date" in ln and "publication date of articles/wire.txt unknown" in ln for ln in problems)


def test_text_fits_in_100_columns_and_has_no_escape_sequences():
    report = sample_report()
    sneaky = "Some \x1b[31m12 people\x1b[0m were\nhurt."
    report.claims.append(article_claim("c-sneaky", "wire", Kind.QUANTITY, "people hurt", 12, "12 people",
                                       sneaky.replace("\x1b[31m", "").replace("\x1b[0m", "")))
    report.claims[-1] = report.claims[-1].model_copy(update={"quote": sneaky, "span": None})
    report.findings.append(Finding(id="f-sneaky", subject="people hurt", kind=Kind.QUANTITY,
                                   verdict=Verdict.SINGLE_SOURCE, claims=["c-sneaky"], summary="12 (Wire Service)"))
    out = render(report, Format.TEXT)
    assert "\x1b" not in out
    assert "Some «12 people» were hurt." in out
    assert text.WIDTH == 100 and max(len(ln) for ln in out.splitlines()) <= text.WIDTH
    assert not [ln for ln in out.splitlines() if ln != ln.rstrip()]


def test_text_of_an_empty_report_says_none_in_every_section():
    out = render(Report(), Format.TEXT)
    assert out.splitlines()[0].startswith("reconcile report: 0 sources, 0 claims, 0 findings")
    assert out.count("  none") == 6


# ---------------------------------------------------------------- quotes

def _claim_in(sentence: str, surface: str) -> Claim:
    return article_claim("q", "s", Kind.QUANTITY, "x", 1, surface, sentence)


def test_long_quote_is_shortened_around_the_claim_without_cutting_it():
    words = " ".join(f"word{i}" for i in range(60))
    sentence = f"{words} and then exactly 1,234 barrels of oil were counted {words}."
    claim = _claim_in(sentence, "exactly 1,234 barrels of oil")
    shown = common.highlight_quote(claim, width=80)
    assert "«exactly 1,234 barrels of oil»" in shown
    assert shown.startswith("… ") and shown.endswith(" …")
    assert len(shown) <= 80 + 6
    for piece in shown.strip("… ").replace("«", " ").replace("»", " ").split():
        assert piece in sentence.split() or piece in claim.text.split()  # whole words only


def test_claim_longer_than_the_width_is_kept_whole():
    surface = " ".join(["many"] * 40) + " 7 boats"
    claim = _claim_in(f"Before that, {surface} sailed away.", surface)
    parts = common.split_quote(claim, width=50)
    assert parts.claim == surface
    assert parts.before.endswith("…") or parts.before.endswith("… ")


def test_quote_without_the_claim_words_shows_them_apart():
    claim = Claim(id="q", source="s", kind=Kind.QUANTITY, subject="x", value=3, text="three ships",
                  quote="Officials counted the vessels at dawn.", origin=Origin.MANUAL)
    assert common.highlight_quote(claim) == "Officials counted the vessels at dawn. [«three ships»]"


# ---------------------------------------------------------------- values

def test_value_labels():
    q = Claim(id="v", source="s", kind=Kind.QUANTITY, subject="x", value=3_000_000_000, unit="USD",
              low=3_000_000_000, high=3_000_000_000)
    assert common.format_value(q) == "USD 3,000,000,000"
    approx = q.model_copy(update={"value": 5200, "unit": None, "qualifier": "approximately",
                                  "low": 4940, "high": 5460})
    assert common.format_value(approx) == "approximately 5,200 (4,940-5,460)"
    at_least = approx.model_copy(update={"value": 25, "qualifier": "at least", "low": 25, "high": None})
    assert common.format_value(at_least) == "at least 25 (>= 25)"
    r = Claim(id="r", source="s", kind=Kind.RANK, subject="x", value=11)
    assert common.format_value(r) == "#11 (11th)"
    role = Claim(id="o", source="s", kind=Kind.ROLE, subject="x", value="Jane Doe", qualifier="acting")
    assert common.format_value(role) == "Jane Doe (acting)"
    until = Claim(id="d", source="s", kind=Kind.DATE, subject="x", value="2016", start=None,
                  end=date(2016, 12, 31))
    assert common.format_value(until) == "until 2016"
    unresolved = Claim(id="u", source="s", kind=Kind.DATE, subject="x", value=None, unresolved="no date")
    assert common.format_value(unresolved) == "unresolved (no date)"


# ---------------------------------------------------------------- Markdown

def _cells(row: str) -> list[str]:
    """The cells of a pipe-table row, escaped pipes kept inside their cell."""
    assert row.startswith("| ") and row.endswith(" |")
    return [c.strip() for c in re.split(r"(?<!\\)\|", row[1:-1])]


def test_markdown_starts_with_the_marker_and_keeps_the_sections_in_order():
    out = render(sample_report(), Format.MARKDOWN)
    lines = out.splitlines()
    assert lines[0] == markdown.MARKER
    assert lines[0] == ("<!-- generated by reconcile; do not edit: regenerate with "
                        "`reconcile report --format markdown` -->")
    titles = ["## Contradictions (1)", "## Discrepancies (1)", "## Agreements (1)",
              "## Single-source claims (5)", "## Sources (3)", "## Problems (1)"]
    at = [lines.index(t) for t in titles]
    assert at == sorted(at)
    assert "3 sources, 12 claims, 8 findings (1 contradiction, 1 discrepancy, 1 agreement, 5 single-source)" in lines
    assert "- Spread: 300 (5.9 % of the larger figure)" in lines


def test_markdown_has_one_row_per_claim_with_value_source_and_quote():
    report = sample_report()
    lines = render(report, Format.MARKDOWN).splitlines()
    names = {s.id: s.outlet or s.id for s in report.sources}
    findings_part = lines[lines.index("## Contradictions (1)"):lines.index("## Sources (3)")]
    claim_rows = [_cells(ln) for ln in findings_part if ln.startswith("| ") and ln != "| Value | Source | Quote |"]
    assert len(claim_rows) == len(report.claims)
    for claim in report.claims:
        value = markdown.escape(common.format_value(claim))
        words = f"**{markdown.escape(claim.text)}**" if claim.text else "-"
        hits = [r for r in claim_rows if r[0] == value and r[1].startswith(names[claim.source]) and words in r[2]]
        assert len(hits) >= 1, claim.id
        if claim.origin == Origin.MANUAL:
            assert hits[0][1].endswith(f"claims/figures.yaml:{claim.line}")


def test_markdown_escapes_article_text():
    out = render(sample_report(), Format.MARKDOWN)
    row = next(ln for ln in out.splitlines() if "5,100 American soldiers" in ln)
    assert "\\|" in row and "&lt;b&gt;could&lt;/b&gt;" in row and "<b>" not in row
    assert len(_cells(row)) == 3
    assert markdown.escape("a|b\nc <i>*x*</i> & [y](z) _u_") == \
        "a\\|b c &lt;i&gt;\\*x\\*&lt;/i&gt; &amp; \\[y\\](z) \\_u\\_"


def test_markdown_of_an_empty_report():
    out = render(Report(), Format.MARKDOWN)
    assert out.count("None.") == 6 and is_generated(out)


# ---------------------------------------------------------------- JSON

def test_json_is_the_model_dump_in_model_order():
    report = sample_report()
    out = render(report, Format.JSON)
    assert out == json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    data = json.loads(out)
    assert list(data) == ["schema_version", "generator", "stories", "sources", "claims", "findings", "problems"]
    assert Report.model_validate(data) == report
    by_id = {c["id"]: c for c in data["claims"]}
    assert by_id["c-open"]["low"] is None and by_id["c-open"]["high"] == 30
    assert by_id["c-span"]["value"] == {"start": "2021-03-08", "end": "2021-03-14"}
    assert by_id["c-share"]["unit"] == "%"
    assert "«" not in out  # no report markup in the data


@pytest.mark.parametrize("fmt", list(Format))
def test_non_ascii_text_survives(fmt):
    report = sample_report()
    report.sources[1] = report.sources[1].model_copy(update={"outlet": "Le Quotidien Été"})
    assert "Le Quotidien Été" in render(report, fmt)
