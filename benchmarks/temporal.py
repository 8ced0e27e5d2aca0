"""Scores the temporal tagger on TimeML news corpora, DATE expressions only.

    python benchmarks/temporal.py CORPUS_DIR [--errors]

CORPUS_DIR is either the TempEval-3 platinum set (``.tml`` files, inline TimeML) or the English
MEANTIME corpus (``.xml`` files, tokens with stand-off TIMEX3 anchors, joined back into text
with ordinary spacing, only the annotated title and first sentences); both are found by
walking the folder. Each document's creation time (DCT) is the reference date.

Gold: every TIMEX3 of type DATE in the text (the DCT itself excluded). System: every expression
the tagger returns, except those overlapping a gold TIMEX3 of another type (TIME, DURATION,
SET) and no gold DATE, which this benchmark does not score. Matching is one-to-one with relaxed spans (any
overlap). Detection P/R/F1 count matched pairs; value F1 counts pairs whose value equals the
gold value exactly (value P = right values / system, value R = right values / gold). The last
line is ``DATE value F1: NN.N``. ``--errors`` lists every miss, extra and wrong value.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a clone without installing

from reconcile.extract.temporal import find_timexes  # noqa: E402


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: date | None
    gold: list[Gold] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


_DAY_DMY = re.compile(r"(\d\d)-(\d\d)-(\d{4})$")


def _day(value: str) -> date | None:
    """A gold ISO day; a few MEANTIME DCTs are written day-month-year (``03-02-2009``)."""
    m = _DAY.match(value or "")
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = _DAY_DMY.match(value or "")
    return date(int(m[3]), int(m[2]), int(m[1])) if m else None


def read_tml(path: Path) -> Document:
    raw = path.read_text("utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        raise ValueError(f"{path}: no <TEXT> element")
    src = body.group(1)
    parts: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict] | None = None
    pos = 0
    for m in _TAG.finditer(src):
        chunk = html.unescape(src[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m[2] != "TIMEX3":
            continue
        if m[1]:
            if open_timex:
                start, attrs = open_timex
                gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", "")))
                open_timex = None
        elif not m[4]:
            open_timex = (length, dict(_ATTR.findall(m[3])))
    parts.append(html.unescape(src[pos:]))
    return Document(path.name, "".join(parts), _day(dct_m[1]) if dct_m else None, gold)


# MEANTIME marks time expressions in the title and the first sentences only (sentence 0..5):
# the text is cut there so that dates later in an article do not count as extras.
MEANTIME_SENTENCES = 5
_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "?", "!", "%", "'s", "'", "\u2019s", "n't"}
_NO_SPACE_AFTER = {"(", "[", "$", "\u00a3", "\u20ac"}


def read_meantime(path: Path) -> Document:
    raw = path.read_text("utf-8")
    tokens = re.findall(r'<token [^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>(.*?)</token>', raw, re.S)
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    prev_sentence, prev_token = None, None
    for sentence, tid, word in tokens:
        if int(sentence) > MEANTIME_SENTENCES:
            break
        word = html.unescape(word)
        if prev_sentence is not None:
            if sentence != prev_sentence:
                sep = "\n"
            elif word in _NO_SPACE_BEFORE or prev_token in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        offsets[tid] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        prev_sentence, prev_token = sentence, word
    text = "".join(parts)
    gold: list[Gold] = []
    dct = None
    for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", raw, re.S):
        attrs = dict(_ATTR.findall(m[1]))
        anchors = [offsets[t] for t in re.findall(r'<token_anchor t_id="(\d+)"', m[2]) if t in offsets]
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = _day(attrs.get("value", ""))
            if anchors:  # the dateline: neither gold nor scored
                gold.append(Gold(anchors[0][0], anchors[-1][1], "DCT", ""))
            continue
        if not anchors:
            continue
        gold.append(Gold(anchors[0][0], anchors[-1][1], attrs.get("type", ""), attrs.get("value", "")))
    return Document(path.name, text, dct, gold)


def read_corpus(folder: Path) -> list[Document]:
    tml = sorted(folder.rglob("*.tml"))
    if tml:
        return [read_tml(p) for p in tml]
    xml = sorted(p for p in folder.rglob("*.xml") if "<Document" in p.read_text("utf-8")[:500])
    if xml:
        return [read_meantime(p) for p in xml]
    raise ValueError(f"{folder}: neither TimeML .tml files nor MEANTIME .xml documents found")


def score(docs: list[Document], errors: bool = False) -> dict[str, float]:
    n_gold = n_sys = n_match = n_value = 0
    for doc in docs:
        gold = [g for g in doc.gold if g.type == "DATE"]
        other = [g for g in doc.gold if g.type != "DATE"]
        found = [t for t in find_timexes(doc.text, doc.dct)
                 if any(g.start < t.end and t.start < g.end for g in gold)
                 or not any(g.start < t.end and t.start < g.end for g in other)]
        n_gold += len(gold)
        n_sys += len(found)
        free = list(found)
        for g in gold:
            hit = next((t for t in free if t.start < g.end and g.start < t.end), None)
            surface = doc.text[g.start:g.end]
            if hit is None:
                if errors:
                    print(f"MISS  {doc.name}: {surface!r} gold {g.value}  | {_context(doc.text, g.start, g.end)}")
                continue
            free.remove(hit)
            n_match += 1
            if hit.value == g.value:
                n_value += 1
            elif errors:
                print(f"VALUE {doc.name}: {surface!r} gold {g.value}, got {hit.value} for {hit.text!r} "
                      f"(DCT {doc.dct})  | {_context(doc.text, g.start, g.end)}")
        if errors:
            for t in free:
                print(f"EXTRA {doc.name}: {t.text!r} -> {t.value}  | {_context(doc.text, t.start, t.end)}")
    return {"gold": n_gold, "system": n_sys, "matched": n_match, "values": n_value,
            "P": _pct(n_match, n_sys), "R": _pct(n_match, n_gold), "F1": _f1(n_match, n_sys, n_gold),
            "value P": _pct(n_value, n_sys), "value R": _pct(n_value, n_gold),
            "value F1": _f1(n_value, n_sys, n_gold)}


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 60):end + 40].split())


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _f1(right: int, system: int, gold: int) -> float:
    p, r = _pct(right, system), _pct(right, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="TE3-platinum or MEANTIME folder")
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong values")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus} is not a folder", file=sys.stderr)
        return 2
    try:
        docs = read_corpus(args.corpus)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    s = score(docs, errors=args.errors)
    elapsed = time.perf_counter() - t0
    print(f"{len(docs)} documents, {s['gold']} gold DATE expressions, {s['system']} found, "
          f"{elapsed:.2f}s")
    print(f"detection (relaxed span): P {s['P']:.1f}  R {s['R']:.1f}  F1 {s['F1']:.1f}")
    print(f"value: P {s['value P']:.1f}  R {s['value R']:.1f}  "
          f"({s['values']} right of {s['matched']} matched)")
    print(f"DATE value F1: {s['value F1']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
