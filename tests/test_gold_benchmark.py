"""The labelled-story benchmark finds the texts of corpus stories: ESC events and halves of ECB+ topics."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from benchmarks.gold import make_texts  # noqa: E402


def test_an_ecb_plus_story_is_one_half_of_its_topic(tmp_path):
    if not (SHARED / "eval" / "ecbplus_to_text.py").exists():
        pytest.skip(f"../shared not found: {SHARED / 'eval' / 'ecbplus_to_text.py'} makes the ECB+ texts")
    todo = [dict(name="ecbplus2", corpus="ecbplus", topic=2, texts=None),
            dict(name="ecb2", corpus="ecb", topic=2, texts=None)]
    assert make_texts(todo, SHARED, tmp_path) is None
    plus = sorted(p.name for p in todo[0]["texts"].iterdir())
    ecb = sorted(p.name for p in todo[1]["texts"].iterdir())
    assert plus and ecb
    assert all(n.endswith("ecbplus.txt") for n in plus)
    assert all(n.endswith("ecb.txt") for n in ecb)  # "2_1ecb.txt", never "2_1ecbplus.txt"


def test_a_missing_converter_is_an_error_not_a_traceback(tmp_path):
    todo = [dict(name="ecb2", corpus="ecb", topic=2, texts=None)]
    error = make_texts(todo, tmp_path / "nowhere", tmp_path)
    assert error and "ecbplus_to_text.py is missing" in error and "ecb2" in error
