"""The command line end to end: formats, exit codes, output files, errors without tracebacks."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_on_the_bundled_example_names_the_troop_discrepancy(capsys):
    code, out, err = run(capsys, "report")
    assert code == 0, err
    assert "[DISCREPANCY] number of US troops" in out
    line = next(ln for ln in out.splitlines() if "5,000 (" in ln and "5,200 (" in ln)
    for outlet in ("The World (PRI)", "France 24", "Associated Press"):
        assert outlet in line


def test_the_bundled_example_reports_from_any_folder(capsys, monkeypatch, tmp_path):
    # its claim files name ../articles/: the project folder it ships in is the run's root
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report")
    assert code == 0, err
    assert "[DISCREPANCY] number of US troops" in out
    # a root given by hand is still the only one: the example's articles lie outside it
    code, _, err = run(capsys, "report", "--root", str(tmp_path))
    assert code == 2 and "lies outside the folders this run reads" in err and "Traceback" not in err


def test_json_report_is_deterministic_and_lists_the_discrepancy(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, first, _ = run(capsys, "report", "--format", "json")
    assert code == 0
    _, second, _ = run(capsys, "report", "claims", "--format", "json")
    assert first == second
    assert '"path": "articles/ap.txt"' in first  # paths as a person in the project names them
    assert '"file": "claims/editor.yaml"' in first
    data = json.loads(first)
    values = {c["id"]: (c["kind"], json.dumps(c["value"])) for c in data["claims"]}
    troops = [f for f in data["findings"]
              if {("quantity", "5000"), ("quantity", "5200")} <= {values[c] for c in f["claims"]}]
    assert len(troops) == 1 and troops[0]["verdict"] == "discrepancy"
    assert troops[0]["self_conflicts"] == ["france24"]


def test_fail_on_threshold_sets_exit_code(capsys):
    assert run(capsys, "report", "--fail-on", "contradiction")[0] == 1  # rank 1 vs rank 2
    assert run(capsys, "report", "--fail-on", "never")[0] == 0


def test_fail_on_is_clean_without_conflicts(tmp_path, capsys):
    f = tmp_path / "c.yaml"
    f.write_text("sources: [{id: s, outlet: S}, {id: t, outlet: T}]\n"
                 "claims:\n  - {source: s, kind: rank, subject: x, value: 1}\n"
                 "  - {source: t, kind: rank, subject: x, value: 1}\n")
    assert run(capsys, "report", str(f), "--fail-on", "discrepancy")[0] == 0


def test_output_file_is_written_and_rewritten_but_never_over_a_person_s_file(tmp_path, capsys):
    target = tmp_path / "report.md"
    assert run(capsys, "report", "--format", "markdown", "-o", str(target))[0] == 0
    text = target.read_text()
    assert "### number of US troops" in text
    assert run(capsys, "report", "--format", "markdown", "-o", str(target))[0] == 0  # ours: rewritten
    assert target.read_text() == text
    mine = tmp_path / "notes.md"
    mine.write_text("my notes\n")
    code, _, err = run(capsys, "report", "-o", str(mine))
    assert code == 2 and "not written by reconcile" in err
    assert mine.read_text() == "my notes\n"
    assert run(capsys, "report", "-o", str(mine), "--force")[0] == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_output_refuses_claim_files_and_inputs(tmp_path, capsys):
    claim = tmp_path / "c.yaml"
    claim.write_text("sources: [{id: s}]\n")
    code, _, err = run(capsys, "report", str(claim), "-o", str(claim))
    assert code == 2 and "claim file" in err
    assert claim.read_text() == "sources: [{id: s}]\n"
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nSome 30 people were hurt.\n")
    code, _, err = run(capsys, "report", str(article), "-o", str(article), "--force")
    assert code == 2 and "input" in err
    assert article.read_text().startswith("Headline")


def test_missing_path_is_a_usage_error(capsys):
    code, _, err = run(capsys, "report", "no/such/folder")
    assert code == 2 and "no such file or folder" in err and "Traceback" not in err


def test_bad_tolerance_is_a_usage_error(capsys):
    code, _, err = run(capsys, "report", "--tolerance", "3")
    assert code == 2 and "--tolerance" in err


def test_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "--format", "pdf"])
    assert exc.value.code == 2


def test_validate_reports_file_line_and_field(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: s\nclaims:\n  - source: s\n    kind: quantity\n"
                   "    subject: troops\n    value: five thousand-ish\n")
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert f"{bad}:7: claims[0].value:" in err
    assert "Traceback" not in err


def test_validate_accepts_the_bundled_example(capsys):
    code, out, _ = run(capsys, "validate", str(CLAIMS))
    assert code == 0 and out.startswith("ok:")


def test_schema_is_json_schema(capsys):
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["type"] == "object"
    assert {"sources", "claims", "aliases", "rejections"} <= set(schema["properties"])


def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "reconcile", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("reconcile ")


def test_an_empty_existing_file_is_written(tmp_path, capsys):
    target = tmp_path / "out.json"
    target.write_text("")  # as mktemp leaves it
    assert run(capsys, "report", "--format", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text())["generator"] == "reconcile"
