"""The property tests of tests/test_properties.py run long: many random examples, seeded.

    python benchmarks/properties.py [--examples 2000] [--seed 1] [-k EXPRESSION]

CI runs each property on a few dozen derandomized examples; this runs ``--examples`` per property
(scaled as in the tests: the cheap ones more, the whole run fewer) with hypothesis drawing them
from ``--seed``, so that a failure is reproduced by the same command. Prints, per property, the
examples that passed and failed, then the totals and the time.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000, help="examples per property (default 2000)")
    ap.add_argument("--seed", type=int, default=1, help="hypothesis seed (default 1)")
    ap.add_argument("-k", help="only the properties whose name matches (as pytest -k)")
    args = ap.parse_args()
    env = dict(os.environ, RECONCILE_PROPERTY_PROFILE="long", RECONCILE_PROPERTY_EXAMPLES=str(args.examples))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_properties.py",
           f"--hypothesis-seed={args.seed}", "--hypothesis-show-statistics"] + (["-k", args.k] if args.k else [])
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t
    passed = failed = 0
    name = ""
    for line in done.stdout.splitlines():
        if line.startswith("tests/test_properties.py::"):
            name = line.split("::", 1)[1].rstrip(":")
        m = re.search(r"(\d+) passing examples, (\d+) failing examples", line)
        if m and name:
            passed += int(m.group(1))
            failed += int(m.group(2))
            print(f"{name:<90} {int(m.group(1)):>7,} passed {int(m.group(2)):>3} failed")
    tail = [line for line in done.stdout.splitlines() if re.search(r"\d+ (passed|failed)", line)]
    print(f"{passed:,} examples passed, {failed} failed, seed {args.seed}, {seconds:.0f} s; pytest: "
          f"{tail[-1].strip('= ') if tail else 'no summary'}")
    if done.returncode != 0:
        sys.stdout.write(done.stdout[-6000:])
        sys.stderr.write(done.stderr[-2000:])
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
