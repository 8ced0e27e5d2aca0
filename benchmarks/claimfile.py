"""Claim files are validated in linear time: generated claim files of growing size, timed.

    python benchmarks/claimfile.py [--sizes 250,500,1000,2000,4000] [--repeat 3]

For each size (in KB, up to the 5 MB a claim file may have) it writes one claim file of that size
in three shapes and times ``load_claim_files`` on it (reading, YAML with line numbers, the schema,
every check), the least of ``--repeat`` runs in one process:

- valid: sources, and claims of every kind (quantities with units and ranges, dates and spans,
  ranks, roles), aliases and rejections, all well formed;
- errors: the same with every claim wrong (an unknown source, a figure no number holds, a date
  that is none, a span that ends before it starts, a duplicate id), so that every error path and
  its message (which lists the known sources) is taken thousands of times;
- flow: one line of flow style (``{...}``) per entry, as a script would write it.

Then, per shape, the time per KB at each size and the slope (ms per KB, a least-squares line
through the sizes); the ratio of the largest size's time per KB to the smallest's is about 1
when the time is linear and grows with the size when it is not.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from adversarial import slope  # noqa: E402  (seconds per KB: the least-squares line)
from reconcile.errors import InputErrors  # noqa: E402
from reconcile.sources.claimfile import load_claim_files  # noqa: E402

KINDS = ("quantity", "date", "rank", "role")


def _claim(i: int, errors: bool, n_sources: int) -> dict[str, str]:
    """The ``i``-th claim; with ``errors``, six in seven are wrong and the seventh repeats an id."""
    kind = KINDS[i % 4]
    bad = errors and i % 7 != 0
    source = f"nobody-{i}" if bad and i % 5 == 0 else f"src-{i // 10 % n_sources}"
    value = {
        "quantity": "1.0e+400" if bad else f"{i * 7 % 5000}",
        "date": ("2020-13-45" if i // 4 % 2 else "{start: 2020-02-01, end: 2020-01-01}") if bad
        else ("2020-01-%02d" % (i % 28 + 1) if i // 4 % 2 else "{start: 2019-12-30, end: 2020-01-02}"),
        "rank": "0" if bad else f"{i % 9 + 1}",
        "role": "''" if bad else f"Person Number {i}",
    }[kind]
    entry = {"id": f"c-{i % 3}" if errors else f"c-{i}", "source": source, "kind": kind,
             "subject": f"subject {i % 300} of the story", "value": value}
    if kind == "quantity":
        entry["qualifier"] = "at least" if i % 3 else "approximately"
        entry["unit"] = "tonnes" if i % 2 else "people"
    entry["quote"] = f"\"the words of source {i // 10}, which state claim {i}\""
    return entry


def claim_file(size: int, shape: str) -> str:
    """A claim file of about ``size`` bytes."""
    errors = shape == "errors"
    flow = shape == "flow"
    out: list[str] = ["sources:\n"]
    n_sources = max(1, size // 4000)
    for s in range(n_sources):
        if flow:
            out.append(f"  - {{id: src-{s}, outlet: Outlet {s}, published: 2020-01-05, credits: [AP]}}\n")
        else:
            out.append(f"  - id: src-{s}\n    outlet: Outlet {s}\n    published: 2020-01-05\n    credits: [AP, Reuters]\n")
    out.append("claims:\n")
    length = sum(map(len, out))
    i = 0
    while length < size * 0.9:
        entry = _claim(i, errors, n_sources)
        if flow:
            line = "  - {" + ", ".join(f"{k}: {v}" for k, v in entry.items()) + "}\n"
        else:
            line = "  - " + "\n    ".join(f"{k}: {v}" for k, v in entry.items()) + "\n"
        out.append(line)
        length += len(line)
        i += 1
    out.append("aliases:\n")
    for a in range(max(1, i // 50)):
        out.append(f"  - subjects: [subject {a} of the story, the story's subject {a}]\n")
    out.append("rejections:\n")
    for r in range(max(1, i // 50)):
        out.append(f"  - {{quote: words of source {r}, reason: misread}}\n")
    return "".join(out)


def time_validation(path: Path, repeat: int) -> tuple[float, int]:
    best, errors = float("inf"), 0
    for _ in range(repeat):
        t = time.process_time()
        try:
            load_claim_files([path], known_source_ids=set())
            errors = 0
        except InputErrors as err:
            errors = len(err.errors)
        best = min(best, time.process_time() - t)
    return best, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="250,500,1000,2000,4000", help="sizes in KB (default 250,500,1000,2000,4000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each size; the least time is kept (default 3)")
    ap.add_argument("--shape", action="append", choices=["valid", "errors", "flow"])
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    load_claim_files([])  # imports and the schema, once
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shape or ["valid", "errors", "flow"]:
            times: list[float] = []
            real: list[float] = []
            cells = []
            for kb in sizes:
                path = Path(tmp) / f"{shape}-{kb}.yaml"
                path.write_text(claim_file(kb * 1000, shape), "utf-8")
                real_kb = path.stat().st_size / 1000
                t, errors = time_validation(path, args.repeat)
                times.append(t)
                real.append(real_kb)
                cells.append(f"{real_kb:,.0f} KB {t:.2f} s ({t / real_kb * 1000:.2f} ms/KB"
                             + (f", {errors:,} errors)" if errors else ")"))
            per_kb = [t / kb for t, kb in zip(times, real)]
            print(f"{shape:<6} " + "; ".join(cells))
            print(f"{'':<6} slope {slope(real, times) * 1000:.2f} ms per KB; time per KB at the largest size "
                  f"/ at the smallest: {per_kb[-1] / per_kb[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
