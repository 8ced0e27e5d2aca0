#!/usr/bin/env python3
"""Throughput of the count extractor, in characters per second, on one core.

    python benchmarks/extract_counts.py [DIR] [--repeat N] [--profile]

DIR holds plain-text articles (searched recursively for *.txt). Without it, the ESC corpus is
turned into text with ``../shared/eval/esc_to_text.py`` in a temporary folder.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile.extract.quantities import extract_quantities  # noqa: E402
from reconcile.models import Article, Source  # noqa: E402
from reconcile.settings import Settings  # noqa: E402

SHARED = ROOT.parent / "shared"


def load(folder: Path) -> list[Article]:
    return [Article(source=Source(id=p.stem), text=p.read_text("utf-8")) for p in sorted(folder.rglob("*.txt"))]


def run(articles: list[Article], repeat: int) -> tuple[float, int, int]:
    settings = Settings()
    chars = sum(len(a.text) for a in articles) * repeat
    claims = 0
    t0 = time.perf_counter()
    for _ in range(repeat):
        for a in articles:
            claims += len(extract_quantities(a, settings))
    return time.perf_counter() - t0, chars, claims // repeat


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir
        if folder is None:
            script = SHARED / "eval" / "esc_to_text.py"
            if not script.is_file():
                print(f"error: no DIR given and {script} not found", file=sys.stderr)
                return 2
            folder = Path(tmp)
            subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True)
        if not folder.is_dir():
            print(f"error: {folder}: not a folder", file=sys.stderr)
            return 2
        articles = load(folder)
        if not articles:
            print(f"error: no *.txt articles under {folder}", file=sys.stderr)
            return 2
        run(articles[:5], 1)  # warm up: vocabulary and regular expressions
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            run(articles, 1)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        secs, chars, claims = run(articles, args.repeat)
    print(f"{len(articles)} articles, {chars // args.repeat:,} characters, {claims} claims")
    print(f"{chars / secs:,.0f} characters/second ({secs / args.repeat * 1000:.0f} ms per pass)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
