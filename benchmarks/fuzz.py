"""Fuzzing the reader and the extractors: seeded random articles, no exception, every span holds.

    python benchmarks/fuzz.py [--n 100000] [--seed 1] [--max-len 1500]

Each input is built from the pieces news text is made of and the pieces that break parsers:
figures in every format (digits, commas, decimals, words, hyphenated, ranges, signs, currency,
units, per cent), dates (months, weekdays, years, relative words), names and titles, hedges,
punctuation and brackets, front matter and metadata lines, odd characters (NUL, vertical tab,
non-breaking space, dotted capital I, right-to-left marks, surrogate-free emoji) and long runs
of one piece. Each is read as an article (``parse_article``) and its claims extracted; a claim
whose ``text[span]`` is not its text, and any exception, is a failure. Prints the counts and the
first failures with the seed and index that reproduce them. ``tests/test_fuzz.py`` runs a few
hundred of these in CI.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reconcile.extract import extract_claims  # noqa: E402
from reconcile.settings import Settings  # noqa: E402
from reconcile.sources.article import parse_article  # noqa: E402

PIECES = [
    "5", "25", "5,200", "1,000,000", "3.5", "0.2", "12.5%", "40 per cent", "$2.6 million", "£1.7m", "EUR 2 million",
    "two", "twenty-five", "a dozen", "two dozen", "a half-dozen", "one", "no one", "none", "half", "two-thirds",
    "10-15", "between 5 and 7", "5 to 6 million", "-15C", "minus 20 degrees", "150m", "200ft", "6-foot-2",
    "6 feet 3 inches", "1hr 4 mins", "an hour", "a week", "weeklong", "three-day", "10-year-old", "magnitude-6.1",
    "5.8 on the Richter scale", "17 times", "twice", "four-time", "9-11", "49-0", "3-1", "555-1234", "#5", "No. 7",
    "1979", "2020", "the 1990s", "January 5, 2020", "Jan. 5", "5 January", "Monday", "on Tuesday", "last week",
    "two days ago", "since October", "until Dec. 7", "this morning", "yesterday", "tomorrow", "next year",
    "about", "at least", "more than", "nearly", "up to", "an estimated", "some", "only",
    "people", "soldiers", "were killed", "wounded", "arrested", "fell", "weighing", "miles east of", "metres wide",
    "the death toll rose to", "rose by", "fell by", "to", "of", "in", "the", "and", "said", "told", "that", "who",
    "Ana Ruiz", "Mary T. Ellis", "al-Baghdadi", "Jean-Claude van der Berg", "Interior Minister", "spokesman",
    "the country's second-largest port", "the busiest", "head coach", "Gov.", "Dist. Atty.", "U.S.", "Iraq",
    ",", ".", ";", ":", "(", ")", "\"", "'", "-", "\u2013", "\u2014", "/", "?", "!", "\n", "\n\n", "  ",
    "\u00a0", "\u0130", "\u200f", "\x00", "\x0b", "\t", "\ufeff", "\U0001f600", "---", "date 2020-01-05",
]


def article_text(rng: random.Random, max_len: int) -> str:
    parts: list[str] = []
    size = 0
    if rng.random() < 0.2:
        parts.append("---\ntitle: X\npublished: 2020-01-05\n---\n")
    elif rng.random() < 0.3:
        parts.append("Headline\n date 2020-01-05\n")
    target = rng.randint(0, max_len)
    while size < target:
        piece = rng.choice(PIECES)
        if rng.random() < 0.02:
            piece = piece * rng.randint(2, 200)  # a long run of one piece
        parts.append(piece)
        parts.append(" " if rng.random() < 0.8 else "")
        size += len(piece) + 1
    return "".join(parts)[:max_len * 2]


def check(text: str, settings: Settings) -> str | None:
    """None, or what went wrong."""
    try:
        article = parse_article(text, "fuzz", None)
        if article.source.published is None:
            article = article.model_copy(update={"source": article.source.model_copy(
                update={"published": date(2020, 1, 5)})})
        claims = extract_claims(article, settings)
    except Exception as err:  # noqa: BLE001 - any exception is the finding
        return f"{type(err).__name__}: {err}"
    for c in claims:
        if c.span is None or article.text[c.span[0]:c.span[1]] != c.text:
            return f"span violation: {c.span} {c.text!r}"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=1500)
    args = ap.parse_args()
    settings = Settings()
    failures: list[tuple[int, str]] = []
    t = time.perf_counter()
    for i in range(args.n):
        rng = random.Random(f"{args.seed}:{i}")
        problem = check(article_text(rng, args.max_len), settings)
        if problem:
            failures.append((i, problem))
    spent = time.perf_counter() - t
    print(f"{args.n:,} inputs (seed {args.seed}) in {spent:.0f} s: {len(failures)} failures")
    for i, problem in failures[:20]:
        print(f"  input {i}: {problem[:200]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
