"""Incremental checking: a repository of N articles, checked cold, then after one more article.

    python benchmarks/check_incremental.py [N]        (default 2,000 articles)

Articles are generated (fixed seed) from templates about many stories: counts hedged and exact,
dates relative to each article's date line, ranks and office holders, with filler paragraphs to
news length. Prints the time of ``reconcile check`` (as CI runs it: a new process) on a cold
cache, the time after adding one article, and their ratio (GitHub annotations, as a pull request
check prints them); the target is under a tenth.
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Northvale", "Eastport", "Marrow Bay", "Kestrel", "Old Harbour", "Linden", "Brackwater", "Sorrel Hills"]
EVENTS = ["flood", "earthquake", "fire", "storm", "landslide", "explosion"]
NAMES = ["Ana Ruiz", "Tomas Berg", "Lena Okafor", "Marek Nowak", "Sofia Lind", "Idris Kane", "Hana Sato", "Paul Dane"]
FILLER = ("Residents described a long night of uncertainty as emergency crews worked through the area, "
          "and local businesses said they did not yet know when they would reopen. ")


def article(i: int, rng: random.Random) -> str:
    story = i % 200
    place = PLACES[story % len(PLACES)] + f" {story}"
    event = EVENTS[story % len(EVENTS)]
    published = date(2021, 1, 1) + timedelta(days=story)
    killed = 10 + story % 50 + rng.choice([0, 0, 0, 2])
    hedge = rng.choice(["", "at least ", "about ", "more than "])
    mayor = NAMES[story % len(NAMES)]
    paragraphs = [
        f"{event.title()} hits {place}",
        f"date {published.isoformat()}",
        f"The {event} in {place} killed {hedge}{killed} people on {published.strftime('%A')}, officials said.",
        f"Mayor {mayor} said {rng.randint(2, 9)} schools would stay closed this week.",
        f"The Unity party has the {rng.choice(['largest', 'second largest'])} bloc in the {place} council.",
        f"Some {rng.randint(2, 40) * 100} residents were evacuated from the coast.",
    ]
    paragraphs += [FILLER * rng.randint(2, 5) for _ in range(6)]
    return "\n\n".join(paragraphs) + "\n"


def timed_check(folder: Path, cache: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "reconcile", "check", str(folder), "--cache", str(cache),
                           "--format", "github"], capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"reconcile check failed: {proc.stderr}")
    return elapsed


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "articles", Path(tmp) / "cache"
        folder.mkdir()
        for i in range(n):
            (folder / f"article-{i:05d}.txt").write_text(article(i, rng), encoding="utf-8")
        size = sum(p.stat().st_size for p in folder.iterdir())
        cold = timed_check(folder, cache)
        (folder / f"article-{n:05d}.txt").write_text(article(n, rng), encoding="utf-8")
        warm = timed_check(folder, cache)
    print(f"{n:,} articles ({size / 1e6:.1f} MB): cold check {cold:.2f} s; "
          f"after adding one article {warm:.2f} s ({warm / cold:.1%} of the cold run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
