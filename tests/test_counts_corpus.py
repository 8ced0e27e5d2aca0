"""The count extractor against the example corpora in ``tests/corpus/counts/*.yaml`` and
``tests/corpus/measures/*.yaml`` (measures: ``normalised: [value, base unit]`` and ``dimension``
may be given too).

Each file holds one topic. A case is a sentence (or a short passage) written for this corpus and
the claims it must give, or ``claims: none``:

    - id: troops-roughly            # selectable with pytest -k troops-roughly
      text: "Roughly 4,000 French soldiers remain."
      claims:
        - text: Roughly 4,000 French soldiers   # the exact surface; its span is checked
          value: 4000
          qualifier: roughly                    # absent: must be none
          unit: null                            # absent: must be none
          low: 3800                             # optional: the interval
          high: 4200
          core: [troops, french]                # words the key's CORE must hold
          context: [mali]                       # words the CONTEXT must hold (absent: anything)
          core_lacks: [killed]                  # words the CORE must not hold
          as_of: "2016"                         # absent: must be none
          note: "derived: ..."                  # optional
      xfail: "reason"                           # a known gap

``matching`` entries (in ``matching.yaml``) are pairs of sentences whose claims must, or must not,
share a CORE. The assertion message says which way a case failed: missing, extra, wrong span,
wrong value, wrong bounds, wrong key.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile.extract.quantities import extract_quantities
from reconcile.match import similar_cores
from reconcile.models import Article, Claim, Source
from reconcile.settings import Settings

CORPUS = Path(__file__).parent / "corpus" / "counts"
MEASURES = Path(__file__).parent / "corpus" / "measures"  # read by the same driver: a measure is never a count
SETTINGS = Settings()
UNSET = object()


def _load() -> tuple[list, list]:
    cases, pairs = [], []
    for f in sorted(CORPUS.glob("*.yaml")) + sorted(MEASURES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text("utf-8"))
        published = data.get("published", date(2021, 6, 1))
        for case in data.get("cases", []):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            cases.append(pytest.param(case, published, id=f"{f.stem}-{case['id']}", marks=marks))
        for pair in data.get("matching", []):
            marks = [pytest.mark.xfail(reason=pair["xfail"], strict=True)] if pair.get("xfail") else []
            pairs.append(pytest.param(pair, published, id=f"{f.stem}-{pair['id']}", marks=marks))
    return cases, pairs


CASES, PAIRS = _load()


def extract(text: str, published: date) -> list[Claim]:
    article = Article(source=Source(id="case", published=published), text=text)
    claims = extract_quantities(article, SETTINGS)
    for c in claims:
        assert c.span is not None and text[c.span[0]:c.span[1]] == c.text, f"wrong span: {c.span} for {c.text!r}"
    return claims


def _core(c: Claim) -> set[str]:
    return set(c.key.partition("|")[0].split())


def _context(c: Claim) -> set[str]:
    return set(c.key.partition("|")[2].split())


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def check_claim(got: Claim, want: dict) -> list[str]:
    errors = []
    where = f"{want['text']!r}"
    if not _close(got.value, want["value"]):
        errors.append(f"wrong value: {where} gave {got.value}, expected {want['value']}")
    for field in ("qualifier", "unit", "as_of", "note"):
        expected = want.get(field, UNSET)
        if expected is UNSET and field == "note":
            continue
        expected = None if expected is UNSET else expected
        if expected is not None and not isinstance(expected, str):
            expected = str(expected)
        if getattr(got, field) != expected:
            errors.append(f"wrong {field}: {where} gave {getattr(got, field)!r}, expected {expected!r}")
    if "normalised" in want:  # a measure's value in its dimension's base unit: [value, unit]
        n = got.normalised
        if n is None or not _close(n.value, want["normalised"][0]) or n.unit != want["normalised"][1]:
            errors.append(f"wrong normalised value: {where} gave {n}, expected {want['normalised']}")
    if "dimension" in want and got.dimension != want["dimension"]:
        errors.append(f"wrong dimension: {where} gave {got.dimension}, expected {want['dimension']}")
    for field in ("low", "high"):
        if field in want and not _close(getattr(got, field), want[field]):
            errors.append(f"wrong bounds: {where} {field} {getattr(got, field)}, expected {want[field]}")
    for field in ("low_exclusive", "high_exclusive"):
        if field in want and getattr(got, field) != want[field]:
            errors.append(f"wrong bounds: {where} {field} {getattr(got, field)}, expected {want[field]}")
    if "subject" in want and got.subject != want["subject"]:  # what a reader is shown
        errors.append(f"wrong subject: {where} gave {got.subject!r}, expected {want['subject']!r}")
    core, context = _core(got), _context(got)
    if not set(want.get("core", [])) <= core:
        errors.append(f"wrong key: {where} core {sorted(core)} lacks {sorted(set(want['core']) - core)}")
    if set(want.get("core_lacks", [])) & core:
        errors.append(f"wrong key: {where} core {sorted(core)} holds {sorted(set(want['core_lacks']) & core)}")
    if "context" in want and not set(want["context"] or []) <= context:
        errors.append(f"wrong key: {where} context {sorted(context)}, expected {want['context']}")
    if want.get("context", UNSET) == [] and context:
        errors.append(f"wrong key: {where} context {sorted(context)}, expected none")
    return errors


@pytest.mark.parametrize("case,published", CASES)
def test_case(case: dict, published: date) -> None:
    claims = extract(case["text"], published)
    wanted = [] if case["claims"] in (None, "none") else case["claims"]
    by_text: dict[str, list[Claim]] = {}
    for c in claims:
        by_text.setdefault(c.text, []).append(c)
    errors: list[str] = []
    for want in wanted:
        got = by_text.get(want["text"])
        if not got:
            near = [c.text for c in claims if want["text"] in c.text or c.text in want["text"]]
            kind = f"wrong span: expected {want['text']!r}, got {near}" if near else f"missing: {want['text']!r}"
            errors.append(kind)
            if near:
                by_text.pop(near[0], None)
            continue
        errors.extend(check_claim(got.pop(0), want))
    for rest in by_text.values():
        for c in rest:
            errors.append(f"extra: {c.text!r} (value {c.value}, key {c.key!r})")
    assert not errors, "\n".join(errors) + f"\nin: {case['text']!r}"


def _claim_of(text: str, published: date, surface: str | None) -> Claim:
    claims = extract(text, published)
    if surface is not None:
        claims = [c for c in claims if c.text == surface]
    assert len(claims) == 1, f"expected one claim in {text!r}, got {[c.text for c in claims]}"
    return claims[0]


@pytest.mark.parametrize("pair,published", PAIRS)
def test_matching(pair: dict, published: date) -> None:
    a = _claim_of(pair["a"], published, pair.get("a_text"))
    b = _claim_of(pair["b"], published, pair.get("b_text"))
    core_a, core_b = a.key.partition("|")[0], b.key.partition("|")[0]
    if pair["same_core"]:
        assert core_a == core_b, f"cores differ: {a.key!r} / {b.key!r}"
        if "same_as_of" in pair:
            assert (a.as_of == b.as_of) == pair["same_as_of"], f"as_of {a.as_of!r} / {b.as_of!r}"
    else:
        assert core_a != core_b and not similar_cores(core_a, core_b, SETTINGS.subject_similarity), \
            f"cores alike: {a.key!r} / {b.key!r}"


def test_corpus_size() -> None:
    negatives = sum(1 for p in CASES if p.values[0]["claims"] in (None, "none"))
    assert len(CASES) + len(PAIRS) >= 170, len(CASES) + len(PAIRS)
    assert negatives >= 40, negatives
