"""Time on adversarial inputs grows linearly: each family at several sizes, one whole run each.

    python benchmarks/adversarial.py [--sizes 12,25,50] [--family NAME]

Families: a run of spaces after a one-letter title; a run-on "sentence" of dates ("On January 5,
2020, ..."), of weekdays ("On Monday and ..."), of numbers ("0, 1, 2, ..."), of "1," and of
dated clauses with counts and places. For each size (in KB) it times ``reconcile report`` on one
article of that size as a whole process and prints the seconds; then the slope (seconds per
10 KB, from the smallest to the largest size) and the ratio of the largest time's growth to the
size's growth (about 1 when linear, 2 for quadratic, once the fixed start-up is taken off).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FAMILIES = {
    "spaces": lambda n: "T" + " " * n,
    "dates": lambda n: "Title\n" + ("On January 5, 2020, " * (n // 20 + 1))[:n],
    "weekdays": lambda n: "Title\n" + ("On Monday and " * (n // 14 + 1))[:n],
    "numbers": lambda n: "Title\n" + ", ".join(str(i) for i in range(n // 5))[:n],
    "commas": lambda n: "Title\n" + ("1," * (n // 2 + 1))[:n],
    "clauses": lambda n: "Title\n date 2020-01-07\n" + (
        "The army said on Monday 5 soldiers were killed in Basra and " * (n // 60 + 1))[:n],
}


def run_once(text: str, tmp: Path) -> float:
    folder = tmp / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, "utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reconcile", "report", str(folder), "--format", "json"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="12,25,50", help="sizes in KB (default 12,25,50)")
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = run_once("Title\n", Path(tmp))  # the fixed cost of a run
        print(f"start-up: {base:.2f} s")
        for name in args.family or sorted(FAMILIES):
            times = [run_once(FAMILIES[name](kb * 1000), Path(tmp)) for kb in sizes]
            slope = (times[-1] - times[0]) / (sizes[-1] - sizes[0]) * 10
            grow = (max(times[-1] - base, 1e-3) / max(times[0] - base, 1e-3)) / (sizes[-1] / sizes[0])
            cells = ", ".join(f"{kb} KB {t:.2f} s" for kb, t in zip(sizes, times))
            print(f"{name:<9} {cells}; slope {slope:.2f} s per 10 KB; growth ratio {grow:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
