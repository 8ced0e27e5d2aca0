"""Labelled mention pairs for the claim-coreference model, from the labelled stories.

    python training/coref/build.py [--shared PATH] [-o training/coref/pairs.csv]

Runs ``reconcile report`` on every labelled story that ``benchmarks/gold.py`` scores (the seeds,
the ESC dev events, our own stories in ``benchmarks/gold/``), labels each claim with the gold
finding it holds, and writes one row per candidate pair of mentions (the runtime's own blocking,
mentions and features, :func:`reconcile.match.candidate_pairs`): the story, the family (date /
other), the label (1: one gold finding; 0: two gold findings, or a gold finding and a claim that
holds no gold value) and the features. Only numbers leave the articles: no text is written.

A claim holds gold finding K when its article's value for K matches (the scorer's own
``value_matches``) and, where the gold's comment quotes the article ("# \"two guards\""), its
sentence holds that quote or its key is the key of a claim whose sentence does. A claim that
matches a value of two findings and no quote, or a value but not the quote, is left out.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.gold import make_texts, stories  # noqa: E402
from reconcile.match import LEARNED, candidate_pairs, mentions_of  # noqa: E402
from reconcile.match.features import FEATURES, family  # noqa: E402
from reconcile.models import Claim  # noqa: E402
from reconcile.settings import Settings  # noqa: E402

_VALUE_LINE = re.compile(r"^\s+([\w.\-]+\.txt):.*?#\s*\"([^\"]+)\"")
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def quotes_of(gold_text: str, event: str | None) -> dict[tuple[int, str], str]:
    """(finding index within the event, file) -> the quote the gold's comment gives."""
    out: dict[tuple[int, str], str] = {}
    current_event, finding = None, -1
    for line in gold_text.splitlines():
        if m := re.match(r"^  (\w+):\s*$", line):
            current_event, finding = m.group(1), -1
        if event is not None and current_event != event:
            continue
        if re.match(r"^\s+- what:", line):
            finding += 1
        elif finding >= 0 and (m := _VALUE_LINE.match(line)):
            out.setdefault((finding, m.group(1)), m.group(2))
    return out


def label_claims(report: dict, gold: dict, quotes: dict, matches) -> dict[str, int]:
    """claim id -> gold finding index, or -1 for a claim that holds no gold value."""
    files = {s["id"]: os.path.basename(str(s.get("path") or "")) for s in report["sources"]}
    by_file: dict[str, list[dict]] = defaultdict(list)
    for c in report["claims"]:
        by_file[files.get(c["source"], "")].append(c)
    held: dict[str, set[int]] = defaultdict(set)
    for k, finding in enumerate(gold.get("findings") or []):
        for f, v in finding["values"].items():
            candidates = [c for c in by_file.get(f, []) if c["kind"] == finding["kind"]
                          and any(matches(finding["kind"], c.get("value"), one)
                                  for one in (v if isinstance(v, list) else [v]))]
            quote = quotes.get((k, f))
            if quote:
                hits = [c for c in candidates if _norm(quote) in _norm(c.get("quote", ""))]
                if hits:
                    keys = {c["key"] for c in hits}
                    candidates = [c for c in candidates if c in hits or c["key"] in keys]
            for c in candidates:
                held[c["id"]].add(k)
    labels = {}
    for c in report["claims"]:
        ks = held.get(c["id"])
        if ks is None:
            labels[c["id"]] = -1
        elif len(ks) == 1:
            labels[c["id"]] = next(iter(ks))
    return labels


def story_rows(story: dict, report: dict, matches) -> list[list]:
    gold_text = Path(story["gold"]).read_text("utf-8")
    data = yaml.safe_load(gold_text)
    event = data["events"][story["event"]] if story["event"] else data
    labels = label_claims(report, event, quotes_of(gold_text, story["event"]), matches)
    claims = [Claim.model_validate(c) for c in report["claims"]]
    rows = []
    settings = Settings()
    for kind, mentions, must in mentions_of(claims):
        if kind not in LEARNED:
            continue  # roles and ranks follow their key rules: their pairs would only blur the counts' fit
        def label(m):
            ls = {labels.get(c.id) for c in m.claims}
            return next(iter(ls)) if len(ls) == 1 else None
        for a, b, features, cannot in candidate_pairs(kind, mentions, must, settings):
            la, lb = label(a), label(b)
            if la is None or lb is None or (la == -1 and lb == -1) or cannot:
                continue
            rows.append([story["name"], family(kind), int(la == lb), *(f"{x:.4f}" for x in features)])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).with_name("pairs.csv"))
    args = ap.parse_args(argv)
    scorer = args.shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"error: the scorer {scorer} is missing", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("gold_scorer", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    todo = stories(args.shared)
    rows: list[list] = []
    with tempfile.TemporaryDirectory(prefix="coref-") as tmp:
        tmp = Path(tmp)
        error = make_texts(todo, args.shared, tmp)
        if error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        for s in todo:
            texts = s["texts"]
            out = tmp / f"{s['name']}.json"
            subprocess.run([sys.executable, "-m", "reconcile", "report", str(texts), "--format", "json",
                            "-o", str(out)], cwd=ROOT, check=True, capture_output=True)
            story_rows_ = story_rows(s, json.loads(out.read_text("utf-8")), module.value_matches)
            print(f"{s['name']:<6} {len(story_rows_):5} pairs, {sum(r[2] for r in story_rows_):4} same fact")
            rows.extend(story_rows_)
    with open(args.output, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story", "family", "same", *FEATURES])
        writer.writerows(rows)
    print(f"{len(rows)} pairs -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
