"""Story detection on labelled runs: B-cubed scores, mixed findings, whole-process time and memory.

    python benchmarks/stories.py [--shared PATH] [--runs N] [--only ecbplus,esc] [--keep DIR]

Writes the ECB+ articles and their story key (``../shared/eval/ecbplus_to_text.py``) and the ESC
articles (``../shared/eval/esc_to_text.py``; the key is the topic folder) into a temporary folder,
then for each corpus runs ``python -m reconcile report DIR --format json`` as a whole process,
``--runs`` times with story detection (the default) and as many with ``--one-story`` (every claim
compared with every other: the run as it was before stories), alternately. Prints for each
corpus and mode the median wall time and the peak memory of the process, and the line of
``../shared/eval/stories.py`` (B-cubed precision, recall, F1; findings that mix stories).

The last lines compare the two modes: ``ecbplus: stories add N % to the wall time, M MiB``.
Exit status 0, or 2 when the shared folder is missing.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_NOTE = "ESC events 7, 14, 24 and 32 (and the ECB+ topics of the same numbers) were not used to fit"


def _run(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, peak MiB) of one whole process and its children."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # a child of our own, so that its resource usage is its own
        os.chdir(cwd)
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def _key_for_esc(folder: Path) -> Path:
    key = folder / "stories.tsv"
    rows = sorted(p.relative_to(folder).as_posix() for p in folder.glob("*/*.txt"))
    key.write_text("path\tstory\n" + "".join(f"{r}\t{r.split('/')[0]}\n" for r in rows), encoding="utf-8")
    return key


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="ecbplus,esc")
    ap.add_argument("--keep", type=Path, help="write the texts and reports here instead of a temporary folder")
    args = ap.parse_args()
    if not (args.shared / "eval" / "stories.py").is_file():
        print(f"stories: no shared folder at {args.shared}", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="reconcile-stories-"))
    work.mkdir(parents=True, exist_ok=True)
    corpora = {}
    if "ecbplus" in args.only:
        subprocess.run([sys.executable, str(args.shared / "eval" / "ecbplus_to_text.py"), str(work / "ecbplus")],
                       check=True, stdout=subprocess.DEVNULL)
        corpora["ecbplus"] = (work / "ecbplus", work / "ecbplus" / "stories.tsv")
    if "esc" in args.only:
        subprocess.run([sys.executable, str(args.shared / "eval" / "esc_to_text.py"), str(work / "esc")],
                       check=True, stdout=subprocess.DEVNULL)
        corpora["esc"] = (work / "esc", _key_for_esc(work / "esc"))
    print(f"stories: {HELD_OUT_NOTE}")
    summary = []
    for name, (texts, key) in corpora.items():
        figures: dict[str, list[tuple[float, float]]] = {"stories": [], "one-story": []}
        for i in range(args.runs + 1):  # the first pair warms the disk cache and is not counted
            for mode in ("stories", "one-story"):
                out = work / f"{name}-{mode}.json"
                cmd = [sys.executable, "-m", "reconcile", "report", str(texts), "--format", "json",
                       "-o", str(out), "--force"] + (["--one-story"] if mode == "one-story" else [])
                wall, peak = _run(cmd, ROOT)
                if i:
                    figures[mode].append((wall, peak))
        for mode, runs in figures.items():
            wall = statistics.median(w for w, _ in runs)
            peak = max(p for _, p in runs)
            score = subprocess.run([sys.executable, str(args.shared / "eval" / "stories.py"), "--report",
                                    str(work / f"{name}-{mode}.json"), "--key", str(key)],
                                   capture_output=True, text=True).stdout.strip().splitlines()[-1]
            print(f"{name} {mode}: wall {wall:.2f} s (median of {len(runs)}), peak {peak:.0f} MiB; {score}")
        (w1, p1), (w0, p0) = [(statistics.median(w for w, _ in figures[m]), max(p for _, p in figures[m]))
                              for m in ("stories", "one-story")]
        summary.append(f"{name}: stories add {100 * (w1 / w0 - 1):+.1f} % to the wall time, "
                       f"{p1 - p0:+.0f} MiB to the peak memory")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
