"""The whole pipeline on real articles: the seeds and the 258 ESC articles (22 events, each run as
one folder). No article makes a run fail, and every claim's span holds on its article's text."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.pipeline import build_report
from reconcile.sources.article import read_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def esc_events(tmp_path_factory) -> list[Path]:
    script = SHARED / "eval" / "esc_to_text.py"
    if not script.exists():
        pytest.skip(f"../shared not found: {script} turns the ESC corpus into articles")
    out = tmp_path_factory.mktemp("esc")
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    return sorted(p for p in out.iterdir() if p.is_dir())


def _check_spans(folder: Path) -> int:
    report = build_report([folder])
    texts = {s.id: read_article(Path(s.path)).text for s in report.sources if s.path}
    checked = 0
    for c in report.claims:
        if c.span is None:
            continue
        assert texts[c.source][c.span[0]:c.span[1]] == c.text, (c.source, c.span, c.text)
        checked += 1
    assert not [p for p in report.problems if p.kind == "unreadable"]
    return checked


def test_seeds_spans_hold():
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found: {SHARED / 'seeds'} holds the seed articles")
    assert _check_spans(SHARED / "seeds") > 40


def test_every_esc_event_runs_and_its_spans_hold(esc_events):
    assert len(esc_events) == 22 and sum(len(list(e.glob("*.txt"))) for e in esc_events) == 258
    assert sum(_check_spans(event) for event in esc_events) > 500
