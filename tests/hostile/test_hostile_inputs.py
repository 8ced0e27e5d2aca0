"""Hostile but fair inputs through the command line: each gives a clear result, never a traceback,
and never exposes a file outside the run (issue: hardening). Each case states its exit code and
what the one-line message says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.extract.numbers import find_figures
from reconcile.values import representable


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _story(tmp_path: Path) -> Path:
    arts = tmp_path / "run" / "articles"
    arts.mkdir(parents=True)
    (arts / "a.txt").write_text("Flood\n date 2020-01-05\nAt least 25 people were killed on Sunday.\n", "utf-8")
    return tmp_path / "run"


@pytest.mark.parametrize("target", ["/etc/passwd", "../../outside.txt"])
def test_a_claim_file_cannot_name_a_file_outside_the_run(tmp_path, capsys, monkeypatch, target):
    run_dir = _story(tmp_path)
    (tmp_path / "outside.txt").write_text("SECRET-OUTSIDE-CONTENT\n", "utf-8")
    claims = run_dir / "claims"
    claims.mkdir()
    (claims / "c.yaml").write_text(f"sources:\n  - {{id: leak, article: {target}, outlet: X}}\n", "utf-8")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims", "--format", "json")
    assert code == 2
    assert err.count("\n") == 1 and "lies outside the folders this run reads" in err
    assert "root:" not in out and "SECRET-OUTSIDE-CONTENT" not in out + err


def test_a_claim_file_may_name_an_article_beside_its_folder(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    claims = run_dir / "claims"
    claims.mkdir()
    (claims / "c.yaml").write_text("sources:\n  - {id: a, article: ../articles/a.txt, outlet: Daily}\n", "utf-8")
    monkeypatch.chdir(run_dir)
    code, out, _ = run(capsys, "report", "articles", "claims", "--format", "json")
    assert code == 0
    assert json.loads(out)["sources"][0]["outlet"] == "Daily"


def _claiming(run_dir: Path, target: str) -> None:
    claims = run_dir / "claims"
    claims.mkdir(exist_ok=True)
    (claims / "c.yaml").write_text(f"sources:\n  - {{id: leak, article: '{target}', outlet: X}}\n", "utf-8")


def test_a_path_outside_is_refused_alike_whether_or_not_a_file_is_there(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    _claiming(run_dir, "../../no-such-file.txt")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims")
    assert code == 2 and err.count("\n") == 1 and "lies outside the folders this run reads" in err


def test_root_widens_where_claim_files_may_name_articles(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    (tmp_path / "outside.txt").write_text("Flood\n date 2020-01-05\nNOT-SECRET: 30 people were killed.\n", "utf-8")
    _claiming(run_dir, "../../outside.txt")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims", "--root", tmp_path, "--format", "json")
    assert code == 0, err
    assert "NOT-SECRET" in out and {s["id"] for s in json.loads(out)["sources"]} == {"a", "leak"}
    # the same run with the default root (the current folder) refuses it
    code, out, err = run(capsys, "report", "articles", "claims", "--format", "json")
    assert code == 2 and "NOT-SECRET" not in out + err


def test_root_does_not_open_the_rest_of_the_machine(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    _claiming(run_dir, "/etc/passwd")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims", "--root", tmp_path, "--format", "html")
    assert code == 2 and err.count("\n") == 1 and "root:" not in out + err


@pytest.mark.parametrize("command", ["report", "check", "baseline", "validate"])
def test_every_command_that_reads_claim_files_checks_the_root(tmp_path, capsys, monkeypatch, command):
    run_dir = _story(tmp_path)
    _claiming(run_dir, "/etc/passwd")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, command, "articles", "claims")
    assert code == 2 and err.count("\n") == 1 and "lies outside" in err and "root:" not in out + err
    assert not Path(".reconcile-baseline.json").exists()


def test_a_root_that_is_not_a_folder_is_one_line(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    code, _, err = run(capsys, "report", "articles", "--root", "no-such-folder")
    assert code == 2 and err == "reconcile: error: --root no-such-folder: not a folder\n"


def test_a_link_inside_the_run_to_a_file_outside_is_refused(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    (tmp_path / "outside.txt").write_text("SECRET-OUTSIDE-CONTENT\n", "utf-8")
    (run_dir / "link.txt").symlink_to(tmp_path / "outside.txt")  # under the root, pointing out of it
    _claiming(run_dir, "../link.txt")
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims", "--format", "json")
    assert code == 2 and "lies outside" in err and "SECRET-OUTSIDE-CONTENT" not in out + err


def test_a_fifo_a_claim_file_names_is_refused_and_read_by_no_one(tmp_path, capsys, monkeypatch):
    import os
    run_dir = _story(tmp_path)
    os.mkfifo(run_dir / "pipe.txt")
    _claiming(run_dir, "../pipe.txt")
    monkeypatch.chdir(run_dir)
    code, _, err = run(capsys, "report", "articles", "claims")
    assert code == 2 and err.count("\n") == 1 and "not a regular file" in err


@pytest.mark.parametrize("target", ["/proc/self/environ", "/proc/self/cmdline", "/dev/zero"])
def test_system_files_are_refused_even_under_root(tmp_path, capsys, monkeypatch, target):
    if not Path(target).exists():
        pytest.skip(f"{target} is not on this machine")
    run_dir = _story(tmp_path)
    _claiming(run_dir, target)
    monkeypatch.chdir(run_dir)
    code, out, err = run(capsys, "report", "articles", "claims", "--root", "/", "--format", "json")
    assert code == 2 and err.count("\n") == 1 and ("file of the system" in err or "not a regular file" in err)
    assert json.loads(out or "{}").get("sources") is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "JaVaScRiPt:alert(1)"])
def test_only_web_addresses_become_links_in_html(tmp_path, capsys, monkeypatch, url):
    run_dir = _story(tmp_path)
    (run_dir / "articles" / "b.md").write_text(
        f"---\ntitle: Flood\noutlet: Y\npublished: 2020-01-05\nurl: \"{url}\"\n---\n30 people were killed.\n", "utf-8")
    monkeypatch.chdir(run_dir)
    code, out, _ = run(capsys, "report", "articles", "--format", "html")
    assert code == 0
    assert 'href="javascript' not in out.lower() and 'href="data:' not in out.lower()


def test_a_web_address_is_a_link(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    (run_dir / "articles" / "b.md").write_text(
        "---\ntitle: Flood\noutlet: Y\npublished: 2020-01-05\nurl: https://example.org/flood\n---\n30 people "
        "were killed.\n", "utf-8")
    monkeypatch.chdir(run_dir)
    code, out, _ = run(capsys, "report", "articles", "--format", "html")
    assert code == 0 and 'href="https://example.org/flood"' in out


@pytest.mark.parametrize("value", [".inf", ".nan", "-.inf", "1.0e+309", "9" * 401])
def test_a_figure_no_number_can_hold_is_a_one_line_error(tmp_path, capsys, value):
    (tmp_path / "c.yaml").write_text(
        f"sources:\n  - {{id: s, outlet: X}}\nclaims:\n  - {{source: s, kind: quantity, subject: dead, value: {value}}}\n",
        "utf-8")
    code, _, err = run(capsys, "validate", tmp_path)
    assert code == 2
    assert err.count("\n") == 1 and "c.yaml:4" in err and "finite figure" in err


def test_a_310_digit_figure_in_an_article_is_no_claim(tmp_path, capsys):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.txt").write_text("Codes\n date 2020-01-05\n" + "1" * 310 + " people were counted.\n", "utf-8")
    code, out, err = run(capsys, "report", arts, "--format", "json")
    assert code == 0, err
    assert not [c for c in json.loads(out)["claims"] if c["kind"] == "quantity"]
    assert find_figures("1" * 310 + " people") == []
    assert not representable(float("inf")) and not representable(10 ** 400) and representable(5_200)


def test_ctrl_c_is_one_line_and_exit_130(capsys, monkeypatch):
    import reconcile.cli as cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_schema", interrupted)
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    for action in parser._subparsers._group_actions[0].choices.values():  # noqa: SLF001
        if action.get_default("func") is not None and action.prog.endswith("schema"):
            action.set_defaults(func=interrupted)
    code, _, err = run(capsys, "schema")
    assert code == 130 and err == "reconcile: interrupted\n"


@pytest.mark.parametrize("body,message", [
    ("a: " + "[" * 1000 + "]" * 1000 + "\n", "nested more than 100 levels"),
    ("sources:\n  - {id: s\x00, outlet: X}\n", "unacceptable character #x0000"),
    ("sources:\n  - {id: s\x0b, outlet: X}\n", "unacceptable character #x000b"),
])
def test_malformed_yaml_is_one_line(tmp_path, capsys, body, message):
    (tmp_path / "c.yaml").write_text(body, "utf-8")
    code, _, err = run(capsys, "validate", tmp_path)
    assert code == 2 and err.count("\n") == 1 and message in err


def test_front_matter_nested_deep_is_no_traceback(tmp_path, capsys):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.md").write_text("---\ntitle: " + "[" * 2000 + "]" * 2000 + "\n---\n5 people died.\n", "utf-8")
    code, _, err = run(capsys, "report", arts)
    assert code in (0, 2) and "Traceback" not in err


def test_a_baseline_nested_100000_deep_is_one_line(tmp_path, capsys):
    run_dir = _story(tmp_path)
    (run_dir / "base.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    code, _, err = run(capsys, "check", run_dir / "articles", "--baseline", run_dir / "base.json")
    assert code == 2 and err.count("\n") == 1 and "nested too deeply" in err


@pytest.mark.parametrize("name", ["/proc/self/report.md", "/sys/report.md", "x" * 300 + ".md"])
def test_output_where_nothing_can_be_written_is_one_line(tmp_path, capsys, monkeypatch, name):
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    code, _, err = run(capsys, "report", "articles", "-o", name)
    assert code == 2 and err.count("\n") == 1 and "reconcile: error:" in err


def test_output_to_a_fifo_is_refused(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    os = pytest.importorskip("os")
    os.mkfifo("pipe.md")
    code, _, err = run(capsys, "report", "articles", "-o", "pipe.md")
    assert code == 2 and "not a regular file" in err


@pytest.mark.parametrize("raw", [b"\xff\xfeh\x00i\x00", b"caf\xe9 notes\n", b"\x00\x01\x02binary"])
def test_a_file_a_person_wrote_is_never_overwritten_whatever_its_encoding(tmp_path, capsys, monkeypatch, raw):
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    Path("notes.md").write_bytes(raw)
    code, _, err = run(capsys, "report", "articles", "-o", "notes.md")
    assert code == 2 and "was not written by reconcile" in err
    assert Path("notes.md").read_bytes() == raw


@pytest.mark.parametrize("name", ["articles/r.markdown", "articles/r.text", "articles/r.md"])
def test_no_report_is_written_where_the_next_run_reads_articles(tmp_path, capsys, monkeypatch, name):
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    code, _, err = run(capsys, "report", "articles", "-o", name)
    assert code == 2 and "into an input folder" in err and not Path(name).exists()


def test_force_never_overwrites_an_article_a_claim_file_names(tmp_path, capsys, monkeypatch):
    run_dir = _story(tmp_path)
    other = run_dir / "other"
    other.mkdir()
    (other / "b.txt").write_text("Flood\n date 2020-01-05\n30 people were killed.\n", "utf-8")
    (run_dir / "claims").mkdir()
    (run_dir / "claims" / "c.yaml").write_text("sources:\n  - {id: b, article: ../other/b.txt, outlet: Y}\n", "utf-8")
    monkeypatch.chdir(run_dir)
    before = (other / "b.txt").read_bytes()
    code, _, err = run(capsys, "report", "articles", "claims", "-o", "other/b.txt", "--force")
    assert code == 2 and "refusing to write over an input" in err
    assert (other / "b.txt").read_bytes() == before


def test_reports_follow_the_umask(tmp_path, capsys, monkeypatch):
    import os
    run_dir = _story(tmp_path)
    monkeypatch.chdir(run_dir)
    old = os.umask(0o022)
    try:
        assert run(capsys, "report", "articles", "-o", "r.md")[0] == 0
    finally:
        os.umask(old)
    assert (Path("r.md").stat().st_mode & 0o777) == 0o644
    assert not [p for p in Path(".").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("body", ["On January 5, 2020, " * 300, "On Monday and " * 300,
                                  ", ".join(str(i) for i in range(3000))])
def test_a_run_on_sentence_of_dates_or_figures_gives_claims_with_their_spans(tmp_path, capsys, body):
    # once quadratic in the dates of one sentence (each date's clause was the whole run-on text);
    # the time bound is measured in benchmarks, this checks the result stays whole
    arts = tmp_path / "arts"
    arts.mkdir()
    text = "Title\n date 2020-01-07\n" + body + "\n"
    (arts / "a.txt").write_text(text, "utf-8")
    code, out, err = run(capsys, "report", arts, "--format", "json")
    assert code == 0, err
    for c in json.loads(out)["claims"]:
        assert text[c["span"][0]:c["span"][1]] == c["text"]


def test_an_article_named_by_bytes_that_are_not_utf8_is_read(tmp_path, capsys):
    import os
    arts = tmp_path / "arts"
    arts.mkdir()
    name = os.fsdecode(b"\xff\xfe.txt")
    (arts / name).write_text("Flood\n date 2020-01-05\n25 people were killed.\n", "utf-8")
    code, out, err = run(capsys, "report", arts, "--format", "json")
    assert code == 0, err
    (source,) = json.loads(out)["sources"]
    assert source["id"].startswith("article-") and source["path"].endswith("\\xff\\xfe.txt")


def test_a_claim_file_too_large_is_one_line(tmp_path, capsys, monkeypatch):
    import reconcile.sources.claimfile as claimfile
    monkeypatch.setattr(claimfile, "MAX_CLAIM_FILE_BYTES", 1000)
    (tmp_path / "c.yaml").write_text("sources:\n" + "".join(f"  - {{id: s{i}, outlet: X}}\n" for i in range(100)),
                                     "utf-8")
    code, _, err = run(capsys, "validate", tmp_path)
    assert code == 2 and err.count("\n") == 1 and "too large for a claim file" in err


def test_claims_are_read_from_a_bounded_part_of_an_article(tmp_path, capsys, monkeypatch):
    import reconcile.extract as extract
    monkeypatch.setattr(extract, "MAX_EXTRACT_CHARS", 2_000)
    arts = tmp_path / "arts"
    arts.mkdir()
    head = "Flood\n date 2020-01-05\nAt least 25 people were killed on Sunday.\n"
    filler = "The river rose and the roads closed.\n" * 80
    (arts / "a.txt").write_text(head + filler + "Officials said 40 people were missing.\n", "utf-8")
    code, out, err = run(capsys, "report", arts, "--format", "json")
    assert code == 0
    report = json.loads(out)
    figures = {c["value"] for c in report["claims"] if c["kind"] == "quantity"}
    assert 25 in figures and 40 not in figures  # the figure past the bound is not read
    (problem,) = [p for p in report["problems"] if p["kind"] == "partly-read"]
    assert problem["source"] == "a" and "first 1,9" in problem["message"]
    assert err.count("\n") == 1 and "partly-read" in err
    # the same input gives the same report: the bound is in characters, not in time
    assert run(capsys, "report", arts, "--format", "json")[1] == out


def test_a_reader_that_fails_on_one_article_loses_nothing_else(tmp_path, capsys, monkeypatch):
    """A fault of one reader on one article is a warning and a problem in the report, not a
    traceback: the article's other claims and the other articles are read, and the exit code is
    the findings' own."""
    import reconcile.extract as extract
    real = extract.extract_ranks

    def ranks_failing_on_b(article, settings):
        if article.source.id == "b":
            raise ValueError("a fault on purpose")
        return real(article, settings)

    ranks_failing_on_b.__name__ = "extract_ranks"
    monkeypatch.setattr(extract, "EXTRACTORS", [ranks_failing_on_b if e is real else e for e in extract.EXTRACTORS])
    arts = tmp_path / "arts"
    arts.mkdir()
    for name in ("a", "b"):
        (arts / f"{name}.txt").write_text("Flood\n date 2020-01-05\nAt least 25 people were killed on Sunday, "
                                          "the worst flood in the region's history.\n", "utf-8")
    code, out, err = run(capsys, "report", arts, "--format", "json")
    assert code == 0
    report = json.loads(out)
    kinds = {(c["source"], c["kind"]) for c in report["claims"]}
    assert {("a", "quantity"), ("a", "rank"), ("b", "quantity"), ("b", "date")} <= kinds
    assert ("b", "rank") not in kinds
    (problem,) = [p for p in report["problems"] if p["kind"] == "partly-read"]
    assert problem["source"] == "b" and "ranks reader failed" in problem["message"] and "a fault on purpose" in problem["message"]
    assert err.count("\n") == 1 and "partly-read" in err and "Traceback" not in err


def test_the_extraction_bound_cuts_at_a_line_break_or_space():
    from reconcile.extract import MAX_EXTRACT_CHARS, extract_limit
    assert extract_limit("short text") == len("short text")
    assert extract_limit("x" * MAX_EXTRACT_CHARS) == MAX_EXTRACT_CHARS
    lines = ("word " * 19 + "end.\n") * (MAX_EXTRACT_CHARS // 100 + 10)
    cut = extract_limit(lines)
    assert cut <= MAX_EXTRACT_CHARS and lines[cut] == "\n" and cut > MAX_EXTRACT_CHARS - 100
    spaces = "word " * (MAX_EXTRACT_CHARS // 5 + 10)
    assert spaces[extract_limit(spaces)] == " "
    assert extract_limit("x" * (MAX_EXTRACT_CHARS + 10)) == MAX_EXTRACT_CHARS
