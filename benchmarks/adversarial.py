"""Time on adversarial inputs grows linearly, and 50 KB of any of them reports in under 2 s.

    python benchmarks/adversarial.py [--sizes 12,25,50] [--family NAME] [--repeat 3]

Families: a run of spaces after a one-letter title; a run-on "sentence" of dates ("On January 5,
2020, ..."), of weekdays ("On Monday and ..."), of numbers ("0, 1, 2, ..."), of "1," and of
dated clauses with counts and places. For each size (in KB) it times ``reconcile report`` on one
article of that size as a whole process (start-up included), ``--repeat`` times, and keeps the
least wall time and the least CPU time (the machine may be shared: the least is the run that
was not kept waiting). Then, per family, the slope (seconds per KB, a least-squares line through
the sizes' wall times) and the ratio of the largest time's growth to the size's growth (about 1
when linear, 2 for quadratic, once the fixed start-up is taken off); last, the largest time at
50 KB or less over all families, which must stay under 2 s.

Runs compile their bytecode once into a temporary folder, as an installed package has it
(``--no-bytecode`` reads every module from source each time, as with PYTHONDONTWRITEBYTECODE).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_KB, LIMIT_S = 50, 2.0

FAMILIES = {
    "spaces": lambda n: "T" + " " * n,
    "dates": lambda n: "Title\n" + ("On January 5, 2020, " * (n // 20 + 1))[:n],
    "weekdays": lambda n: "Title\n" + ("On Monday and " * (n // 14 + 1))[:n],
    "numbers": lambda n: "Title\n" + ", ".join(str(i) for i in range(n // 5))[:n],
    "commas": lambda n: "Title\n" + ("1," * (n // 2 + 1))[:n],
    "clauses": lambda n: "Title\n date 2020-01-07\n" + (
        "The army said on Monday 5 soldiers were killed in Basra and " * (n // 60 + 1))[:n],
}


def run_once(text: str, tmp: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole ``reconcile report`` on ``text``."""
    folder = tmp / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, "utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reconcile", "report", str(folder), "--format", "json"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(text: str, tmp: Path, env: dict[str, str], repeat: int) -> tuple[float, float]:
    runs = [run_once(text, tmp, env) for _ in range(repeat)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def slope(sizes: list[int], times: list[float]) -> float:
    """Seconds per KB: the least-squares line through (size, time)."""
    n = len(sizes)
    mx, my = sum(sizes) / n, sum(times) / n
    var = sum((x - mx) ** 2 for x in sizes)
    return sum((x - mx) * (y - my) for x, y in zip(sizes, times)) / var if var else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="12,25,50", help="sizes in KB (default 12,25,50)")
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each size; the least time is kept (default 3)")
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module afresh in every run")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        if not args.no_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            run_once("Title\n", Path(tmp), env)  # compiles once
        base, base_cpu = best("Title\n", Path(tmp), env, args.repeat)  # the fixed cost of a run
        print(f"start-up: {base:.2f} s (CPU {base_cpu:.2f} s); least of {args.repeat} runs each")
        worst: tuple[float, str, int] = (0.0, "", 0)
        for name in args.family or sorted(FAMILIES):
            runs = [best(FAMILIES[name](kb * 1000), Path(tmp), env, args.repeat) for kb in sizes]
            times = [w for w, _ in runs]
            grow = (max(times[-1] - base, 1e-3) / max(times[0] - base, 1e-3)) / (sizes[-1] / sizes[0])
            cells = ", ".join(f"{kb} KB {w:.2f} s (CPU {c:.2f})" for kb, (w, c) in zip(sizes, runs))
            print(f"{name:<9} {cells}; slope {slope(sizes, times) * 1000:.1f} ms per KB; growth ratio {grow:.2f}")
            for kb, w in zip(sizes, times):
                if kb <= LIMIT_KB and w > worst[0]:
                    worst = (w, name, kb)
        if worst[1]:
            verdict = "under" if worst[0] < LIMIT_S else "OVER"
            print(f"largest at {LIMIT_KB} KB or less: {worst[0]:.2f} s ({worst[1]}, {worst[2]} KB), "
                  f"{verdict} the {LIMIT_S:.0f} s limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
