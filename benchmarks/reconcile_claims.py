#!/usr/bin/env python3
"""Benchmark: group and judge many synthetic claims (the match and compare stages).

    python benchmarks/reconcile_claims.py [--claims 100000] [--subjects 20000] [--sources 200]

Prints claims per second for grouping, for judging, and end to end, and the peak resident memory.
Subjects are drawn from a vocabulary so that many share words (the hard case for blocking), with
spelling variants so that fuzzy matching has real work to do.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reconcile.compare import judge_all  # noqa: E402
from reconcile.match import group_claims  # noqa: E402
from reconcile.models import Claim, Kind, Source  # noqa: E402
from reconcile.settings import Settings  # noqa: E402
from reconcile.values import quantity_bounds, rounding_unit  # noqa: E402

NOUNS = ["troops", "people", "protesters", "lawmakers", "votes", "homes", "vehicles", "flights",
         "patients", "students", "workers", "refugees", "ships", "rockets", "schools", "seats"]
EVENTS = ["killed", "wounded", "arrested", "evacuated", "deployed", "present", "missing", "rescued"]
PLACES = ["north", "south", "capital", "province", "coast", "border", "valley", "island", "harbour",
          "district", "county", "region", "city", "camp", "airport", "port"]
QUALIFIERS = [None, None, None, "about", "at least", "more than", "nearly", "up to"]


def synthetic_claims(n: int, n_subjects: int, n_sources: int, seed: int = 7) -> list[Claim]:
    rnd = random.Random(seed)
    subjects = []
    for i in range(n_subjects):
        place = f"{rnd.choice(PLACES)}{i}"
        subjects.append(f"{rnd.choice(NOUNS)} {rnd.choice(EVENTS)} in {place}")
    claims = []
    tol = Settings().tolerance
    for i in range(n):
        subject = subjects[rnd.randrange(n_subjects)]
        if rnd.random() < 0.05:  # a spelling variant
            subject = subject.replace("o", "ou", 1)
        value = rnd.choice([rnd.randint(1, 500), rnd.randint(1, 50) * 100])
        qual = rnd.choice(QUALIFIERS)
        b = quantity_bounds(value, qual, tolerance=tol, unit=rounding_unit(value))
        claims.append(Claim(id=f"c{i}", source=f"s{rnd.randrange(n_sources)}", kind=Kind.QUANTITY,
                            subject=subject, value=value, qualifier=qual, low=b.low, high=b.high,
                            low_exclusive=b.low_exclusive, high_exclusive=b.high_exclusive))
    return claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--subjects", type=int, default=20_000)
    ap.add_argument("--sources", type=int, default=200)
    args = ap.parse_args()

    t0 = time.perf_counter()
    claims = synthetic_claims(args.claims, args.subjects, args.sources)
    sources = {f"s{i}": Source(id=f"s{i}", outlet=f"Outlet {i}") for i in range(args.sources)}
    t1 = time.perf_counter()
    groups = group_claims(claims)
    t2 = time.perf_counter()
    findings = judge_all(groups, sources)
    t3 = time.perf_counter()

    n = len(claims)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"claims: {n:,}  subjects: {args.subjects:,}  sources: {args.sources}  findings: {len(findings):,}")
    print(f"build claims: {t1 - t0:6.2f} s")
    print(f"group:        {t2 - t1:6.2f} s  ({n / (t2 - t1):,.0f} claims/s)")
    print(f"judge:        {t3 - t2:6.2f} s  ({n / (t3 - t2):,.0f} claims/s)")
    print(f"match+compare: {t3 - t1:6.2f} s  ({n / (t3 - t1):,.0f} claims/s)")
    print(f"peak memory:  {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
