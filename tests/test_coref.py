"""Grouping as coreference: the clustering, and the fitted weights against their training data."""
import subprocess
import sys
from pathlib import Path

from reconcile.match.cluster import average_linkage
from reconcile.match.features import FEATURES, model

ROOT = Path(__file__).resolve().parents[1]


def test_average_linkage_does_not_chain_through_one_strong_pair():
    # a-b and b-c are strong, but a and c can never be one fact: b joins one of them, not both
    groups = average_linkage([[0], [1], [2]], [(0, 1, 0.95, False), (1, 2, 0.9, False), (0, 2, 0.0, True)], 0.5)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]


def test_average_linkage_weighs_every_scored_pair_between_two_groups():
    # 3 fits 0 well but 1 and 2 badly: the mean over the group {0, 1, 2} is below the threshold
    pairs = [(0, 1, 0.9, False), (0, 2, 0.9, False), (1, 2, 0.9, False),
             (3, 0, 0.8, False), (3, 1, 0.1, False), (3, 2, 0.1, False)]
    assert sorted(map(sorted, average_linkage([[0], [1], [2], [3]], pairs, 0.5))) == [[0, 1, 2], [3]]
    # must-link groups stay whole; groups come out in order of their first node
    assert average_linkage([[2, 0], [1]], [], 0.5) == [[0, 2], [1]]


def test_the_committed_weights_are_what_the_committed_pairs_give(tmp_path):
    weights = model()
    assert set(weights["date"]["weights"]) == set(FEATURES) == set(weights["other"]["weights"])
    out = tmp_path / "coref.yaml"
    proc = subprocess.run([sys.executable, str(ROOT / "training" / "coref" / "fit.py"), "--write", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text("utf-8") == (ROOT / "reconcile" / "data" / "coref.yaml").read_text("utf-8"), \
        "stale: refit with python training/coref/fit.py --write"
