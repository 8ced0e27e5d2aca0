"""Where the project stands: the tool run over every labelled story, scored against its gold.

    python benchmarks/gold.py [--shared PATH] [--only NAME[,NAME]] [-v]

The stories are ../shared/gold/seeds.yaml (the five seed articles), each event of
../shared/gold/esc-dev.yaml, and each event of benchmarks/gold/*.yaml (an event named escN is
ESC topic N, its texts made by ``esc_to_text.py`` in a temporary folder; one named ecbN or
ecbplusN is that half of ECB+ topic N, made by ``ecbplus_to_text.py``; a ``texts:`` key, on the
event or the file, names a folder of articles instead, relative to the gold file). Each story is
one ``reconcile report`` run, scored by ``../shared/eval/score.py --min-coverage 0.8 --claims``.
Prints each story's ``score:`` and ``claims:`` lines (or the error that stopped it) and a ``pairs:``
line, the grouping's claim-pair precision and recall: of the report's claims that hold one gold
value of one gold finding (by the scorer's own value match), the pairs a report finding puts
together that one gold finding holds (precision), and the pairs of one gold finding that one
report finding holds (recall). Then the sums for dev (seeds and esc-dev), own (benchmarks/gold)
and all, with percentages. ``--only`` takes
story names (esc5) or gold file names (esc-dev); ``-v`` shows the scorer's detail. Exits 1 when
a story failed, 2 when the shared folder or the scorer is missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _natural(path: Path) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.stem)]


_CORPUS_NAME = re.compile(r"(esc|ecbplus|ecb)(\d+)")


def stories(shared: Path) -> list[dict]:
    """One dict per story: group, name, gold file, event (or None), texts folder or corpus topic
    (``topic``: the number; ``corpus``: ``esc``, or ``ecb`` / ``ecbplus`` for a half of an ECB+ topic)."""
    found = [dict(group="dev", name="seeds", gold=shared / "gold" / "seeds.yaml", event=None,
                  texts=shared / "seeds", topic=None)]
    for group, gold in [("dev", shared / "gold" / "esc-dev.yaml")] + [
            ("own", p) for p in sorted((ROOT / "benchmarks" / "gold").glob("*.yaml"), key=_natural)]:
        data = yaml.safe_load(gold.read_text("utf-8")) or {}
        events = data.get("events") or {gold.stem: data}
        for name, event in events.items():
            texts = (event or {}).get("texts") or data.get("texts")
            m = _CORPUS_NAME.fullmatch(name)
            found.append(dict(group=group, name=name, gold=gold, event=name if "events" in data else None,
                              texts=gold.parent / texts if texts else None,
                              topic=None if texts or not m else int(m.group(2)),
                              corpus=None if texts or not m else m.group(1)))
    return found


def make_texts(todo: list[dict], shared: Path, tmp: Path) -> str | None:
    """Write the texts of the corpus stories (ESC events ``escN``; halves of ECB+ topics, ``ecbN``
    and ``ecbplusN``) under ``tmp`` with the shared converters, and set each story's ``texts``.
    Returns an error message, or None."""
    for corpus, script in (("esc", "esc_to_text.py"), ("ecb", "ecbplus_to_text.py")):
        mine = [s for s in todo if s.get("corpus") and s["corpus"].startswith(corpus)]
        if not mine:
            continue
        converter = shared / "eval" / script
        if not converter.is_file():
            return f"{converter} is missing, needed for {', '.join(s['name'] for s in mine)}"
        out = tmp / corpus
        subprocess.run([sys.executable, str(converter), str(out), "--topics",
                        ",".join(sorted({str(s["topic"]) for s in mine}))], check=True, capture_output=True)
        for s in mine:
            s["texts"] = out / str(s["topic"])
            if corpus == "ecb":  # one half of the topic: N_Kecb.txt or N_Kecbplus.txt ("*ecb.txt" is not "*ecbplus.txt")
                half = out / s["name"]
                half.mkdir(exist_ok=True)
                for txt in s["texts"].glob(f"{s['topic']}_*{s['corpus']}.txt"):
                    (half / txt.name).write_bytes(txt.read_bytes())
                s["texts"] = half
    return None


def run(story: dict, tmp: Path, scorer: Path, verbose: bool) -> tuple[str, list[str]]:
    """The scorer's output for one story, or ("error", [message])."""
    if story["texts"] is None:
        return "error", ["no texts: name the event escN, ecbN or ecbplusN, or give a texts: folder"]
    report = Path(tempfile.mkstemp(suffix=".json", dir=tmp)[1])
    report.unlink()
    proc = subprocess.run([sys.executable, "-m", "reconcile", "report", str(story["texts"]), "--format", "json",
                           "-o", str(report)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0 or not report.is_file():
        lines = (proc.stderr or proc.stdout).strip().splitlines() or [f"exit {proc.returncode}"]
        return "error", [f"reconcile report failed: {lines[-1]}"]
    cmd = [sys.executable, str(scorer), "--report", str(report), "--gold", str(story["gold"]),
           "--min-coverage", "0.8", "--claims"] + (["--event", story["event"]] if story["event"] else [])
    proc = subprocess.run(cmd + (["-v"] if verbose else []), cwd=ROOT, capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not any(line.startswith("claims:") for line in lines):
        return "error", [f"score.py failed: {(lines or proc.stderr.strip().splitlines() or ['?'])[-1]}"]
    return "ok", lines + [pairs_line(report, story, scorer)]


def _value_matches(scorer: Path):
    spec = importlib.util.spec_from_file_location("gold_scorer", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.value_matches


def pairs_line(report_path: Path, story: dict, scorer: Path) -> str:
    """``pairs: TP/PREDICTED precision (recall TP/GOLD)`` over the claims that hold exactly one
    gold finding's value (see the module docstring); linear in the number of claims."""
    matches = _value_matches(scorer)
    report = json.loads(report_path.read_text("utf-8"))
    gold = yaml.safe_load(story["gold"].read_text("utf-8"))
    event = gold["events"][story["event"]] if story["event"] else gold
    files = {s["id"]: os.path.basename(str(s.get("path") or "")) for s in report["sources"]}
    by_file: dict[str, list[dict]] = {}
    for c in report["claims"]:
        by_file.setdefault(files.get(c["source"], ""), []).append(c)
    held: dict[str, set[int]] = {}  # claim id -> the gold findings whose values it holds
    for k, finding in enumerate(event.get("findings") or []):
        for f, v in finding["values"].items():
            for one in (v if isinstance(v, list) else [v]):
                for c in by_file.get(f, []):
                    if c["kind"] == finding["kind"] and matches(finding["kind"], c.get("value"), one):
                        held.setdefault(c["id"], set()).add(k)
    gold_of = {cid: next(iter(ks)) for cid, ks in held.items() if len(ks) == 1}
    cells: dict[tuple[int, int], int] = {}
    for n, finding in enumerate(report["findings"]):
        for cid in finding["claims"]:
            if cid in gold_of:
                cells[(gold_of[cid], n)] = cells.get((gold_of[cid], n), 0) + 1
    pairs = lambda counts: sum(x * (x - 1) // 2 for x in counts)  # noqa: E731
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    for (g, n), x in cells.items():
        rows[g] = rows.get(g, 0) + x
        cols[n] = cols.get(n, 0) + x
    tp = pairs(cells.values())
    return f"pairs: {tp}/{pairs(cols.values())} precision (recall {tp}/{pairs(rows.values())})"


def parse(line: str) -> list[list[tuple[str, int, int | None]]]:
    """'score: 8/26 findings (agree 5/18, ...); 0 unconfirmed conflicts; ...' as its total, its
    per-kind fractions and its other parts, each a list of (label, n, of) with of None for a count."""
    m = re.match(r"\w+: (\d+)/(\d+) ([^(;]+?) \((.*?)\)(.*)", line)
    if not m:
        return [[], [], []]
    kinds = [(k, int(a), int(b)) for k, a, b in re.findall(r"([\w-]+) (\d+)/(\d+)", m.group(4))]
    rest = []
    for piece in filter(None, (p.strip() for p in m.group(5).split(";"))):
        if f := re.fullmatch(r"(.+?) (\d+)/(\d+)", piece):
            rest.append((f.group(1), int(f.group(2)), int(f.group(3))))
        elif c := re.fullmatch(r"(\d+) (.+)", piece):
            rest.append((c.group(2), int(c.group(1)), None))
    return [[(m.group(3), int(m.group(1)), int(m.group(2)))], kinds, rest]


def total_line(head: str, lines: list[str]) -> str:
    """The sum of several stories' ``head:`` lines, in the scorer's own shape, with percentages."""
    sums: list[dict[str, list]] = [{}, {}, {}]
    for line in lines:
        for part, items in zip(sums, parse(line)):
            for label, n, of in items:
                s = part.setdefault(label, [0, of if of is None else 0])
                s[0] += n
                s[1] = None if of is None else s[1] + of
    frac = lambda n, of: f"{n}/{of} {100 * n / of:.0f}%" if of else f"{n}/{of}"
    if not sums[0]:
        return f"{head}: -"
    (label, (n, of)), = sums[0].items()
    out = f"{head}: {frac(n, of)} {label} ({', '.join(f'{k} {frac(*v)}' for k, v in sorted(sums[1].items()))})"
    for k, (n, of) in sums[2].items():
        out += f"; {n} {k}" if of is None else f"; {k} {frac(n, of)}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", help="comma-separated story or gold file names")
    ap.add_argument("-v", "--verbose", action="store_true", help="show the scorer's detail")
    args = ap.parse_args(argv)
    scorer = args.shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"error: the scorer {scorer} is missing (is {args.shared} beside the checkout?)", file=sys.stderr)
        return 2
    todo = stories(args.shared)
    if args.only:
        names = set(args.only.split(","))
        todo = [s for s in todo if s["name"] in names or s["gold"].stem in names]
    with tempfile.TemporaryDirectory(prefix="gold-") as tmp:
        tmp = Path(tmp)
        error = make_texts(todo, args.shared, tmp)
        if error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        width = max((len(s["name"]) for s in todo), default=3)
        results = []
        with ThreadPoolExecutor(2) as pool:
            for s, (status, lines) in zip(todo, pool.map(lambda s: run(s, tmp, scorer, args.verbose), todo)):
                results.append((s, status, lines))
                if args.verbose and status == "ok":
                    print(f"--- {s['name']}", *lines[:-3], sep="\n")
                for line in (lines[-3:] if status == "ok" else lines):
                    print(f"{s['name']:<{width}}  {line}")
    print()
    for group in ("dev", "own", "all"):
        done = [(s, lines) for s, status, lines in results
                if status == "ok" and group in (s["group"], "all")]
        failed = [s["name"] for s, status, _ in results if status != "ok" and group in (s["group"], "all")]
        if not done and not failed:
            continue
        note = f"  ({len(done)} {'story' if len(done) == 1 else 'stories'}" + (
            f"; failed: {', '.join(failed)})" if failed else ")")
        for head in ("score", "claims", "pairs"):
            print(f"{group:<{width}}  " + total_line(head, [l for _, ls in done for l in ls if l.startswith(head + ":")])
                  + (note if head == "claims" else ""))
    return 1 if any(status != "ok" for _, status, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
