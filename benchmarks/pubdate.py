"""How well the reader infers publication dates: ESC articles against their gold document dates.

    python benchmarks/pubdate.py [ESC_TEXT_DIR]

ESC_TEXT_DIR holds the output of ``../shared/eval/esc_to_text.py`` (``*.txt`` with a ``.dct``
beside each); without it the texts are generated into a temporary folder. Prints how many dates
are right, wrong (worse than unknown) and unknown, before and after the run-level year completion
(each ESC topic is one run). The ESC events kept aside to measure the project (7, 14, 24, 32) are
never read.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a clone without installing

from reconcile.sources.article import UnreadableArticle, complete_years, read_article  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HELD_OUT = {7, 14, 24, 32}  # ESC events kept aside to measure the project: never read here


def esc_texts(target: Path | None) -> Path:
    if target is not None:
        return target
    out = Path(tempfile.mkdtemp(prefix="esc-"))
    topics = sorted({int(d.name) for d in (SHARED / "datasets" / "esc-v1.5" / "annotated_data" / "v1.5").iterdir()
                     if d.name.isdigit()} - HELD_OUT)
    subprocess.run([sys.executable, str(SHARED / "eval" / "esc_to_text.py"), str(out), "--topics",
                    ",".join(map(str, topics))], check=True, capture_output=True)
    return out


def _gold_day(value: str) -> date | None:
    """A day-precise gold document date (``2009-12-6T...`` too), or None for PRESENT_REF, a year..."""
    m = re.search(r"(\d{4})[-:](\d{1,2})[-:](\d{1,2})", value)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def main() -> int:
    root = esc_texts(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    by_topic = defaultdict(list)
    for txt in sorted(root.rglob("*.txt")):
        if not (txt.parent.name.isdigit() and int(txt.parent.name) in HELD_OUT):
            by_topic[txt.parent].append(txt)
    tally: Counter[str] = Counter()
    wrong = []
    for paths in by_topic.values():
        articles, gold = [], {}
        for p in paths:
            try:
                a = read_article(p)
            except UnreadableArticle:
                tally["unreadable"] += 1
                continue
            articles.append(a)
            dct = p.with_suffix(".dct")
            day = _gold_day(dct.read_text()) if dct.exists() else None
            if day is not None:
                gold[a.source.id] = day
        complete_years(articles)
        for a in articles:
            if a.source.id not in gold:
                tally["no gold date"] += 1
                continue
            got, want = a.source.published, gold[a.source.id]
            if got is None:
                tally["unknown"] += 1
            elif got == want:
                tally["right"] += 1
            else:
                tally["wrong"] += 1
                wrong.append(f"  {a.source.path}: {got} from {a.source.published_from}, gold {want}")
    total = sum(tally.values())
    print("\n".join(wrong))
    print(f"publication dates on {total} ESC articles: right {tally['right']}, wrong {tally['wrong']}, "
          f"unknown {tally['unknown']}, unreadable {tally['unreadable']}, without a gold date {tally['no gold date']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
