"""The temporal tagger's example corpus: ``tests/corpus/dates/*.yaml``, one file per form.

Each file has a default ``reference`` date (the publication date) and a list of ``cases``. A case
has an ``id``, a ``text`` and ``expect``: either ``none`` or the exact list of expressions the
tagger must return, each with its ``text`` and ``value`` and, when given, ``grain``, ``first``,
``last``, ``qualifier``, ``relative`` and ``start`` (to pick one of several equal surfaces). A
case may override ``reference`` (``null``: unknown) and record a known gap as
``xfail: "<reason>"``. The assertion says which way a case failed: missing, extra, wrong span,
wrong value.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from reconcile.extract.temporal import UNKNOWN_REFERENCE, find_timexes

CORPUS = Path(__file__).resolve().parent / "corpus" / "dates"
CHECKED = ("value", "grain", "first", "last", "qualifier", "relative")


def _load_cases():
    cases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text("utf-8"))
        default = doc.get("reference")
        for case in doc["cases"]:
            ref = case.get("reference", default)
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            cases.append(pytest.param(case, ref, id=f"{path.stem}::{case['id']}", marks=marks))
    return cases


CASES = _load_cases()


def _as_date(v):
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _expected(case) -> list[dict]:
    exp = case["expect"]
    if exp in ("none", None, []):
        return []
    text = case["text"]
    out = []
    for e in exp:
        e = dict(e)
        start = e.get("start", text.find(e["text"]))
        assert start >= 0 and text[start:start + len(e["text"])] == e["text"], \
            f"corpus error: {e['text']!r} is not in the sentence at {start}"
        e["start"], e["end"] = start, start + len(e["text"])
        out.append(e)
    return out


def check_case(case, reference) -> list[str]:
    """Every way the tagger's output differs from the case, as readable messages."""
    text = case["text"]
    ref = _as_date(reference)
    got = find_timexes(text, ref)
    problems = []
    for t in got:
        if text[t.start:t.end] != t.text:
            problems.append(f"bad span: text[{t.start}:{t.end}] != {t.text!r}")
    unmatched = list(got)
    for e in _expected(case):
        exact = [t for t in unmatched if (t.start, t.end) == (e["start"], e["end"])]
        if exact:
            t = exact[0]
            unmatched.remove(t)
            for key in CHECKED:
                if key in e:
                    want = _as_date(e[key]) if key in ("first", "last") else e[key]
                    if key == "value" and want is not None:
                        want = str(want)
                    if getattr(t, key) != want:
                        problems.append(f"wrong value: {e['text']!r} {key} is {getattr(t, key)!r}, expected {want!r}")
            continue
        overlap = [t for t in unmatched if t.start < e["end"] and e["start"] < t.end]
        if overlap:
            t = overlap[0]
            unmatched.remove(t)
            problems.append(f"wrong span: found {t.text!r} ({t.start}:{t.end}), expected {e['text']!r} "
                            f"({e['start']}:{e['end']})")
        else:
            problems.append(f"missing: {e['text']!r} ({e.get('value')})")
    for t in unmatched:
        problems.append(f"extra: {t.text!r} ({t.start}:{t.end}) -> {t.value}")
    return problems


@pytest.mark.parametrize("case,reference", CASES)
def test_corpus_case(case, reference):
    problems = check_case(case, reference)
    assert not problems, f"{case['text']!r} (reference {reference}):\n  " + "\n  ".join(problems)


def test_corpus_size():
    n = len(CASES)
    negatives = sum(1 for p in CASES if p.values[0]["expect"] in ("none", None, []))
    assert n >= 170, f"only {n} corpus cases"
    assert negatives >= 30, f"only {negatives} negative cases"


def test_relative_without_reference_is_unresolved_with_reason():
    text = "The council met on Friday and will vote next month; it was founded in 1998."
    got = {t.text: t for t in find_timexes(text, None)}
    for surface in ("Friday", "next month"):
        t = got[surface]
        assert t.value is None and t.grain == "unresolved" and t.relative
        assert t.unresolved == UNKNOWN_REFERENCE
        assert text[t.start:t.end] == surface
    assert got["1998"].value == "1998" and not got["1998"].relative


def test_long_text_reads_every_time():
    # (its speed is measured by benchmarks/adversarial.py, not here)
    para = ("Officials said on Tuesday that 1,250 people had left since early March 2019, "
            "and the board will meet again next month. ") * 2000
    found = find_timexes(para, date(2019, 6, 12))
    assert len(found) == 3 * 2000
    assert {t.value for t in found} == {"2019-06-11", "2019-03", "2019-07"}


def test_datetime_reference_and_bad_input():
    text = "Talks ended on Friday."
    [t] = find_timexes(text, datetime(2020, 1, 5, 18, 30))
    assert (t.value, text[t.start:t.end]) == ("2020-01-03", "Friday")
    with pytest.raises(TypeError, match="decoded text"):
        find_timexes(b"Talks ended on Friday.", None)
    with pytest.raises(TypeError, match="reference must be a date"):
        find_timexes(text, "2020-01-05")
