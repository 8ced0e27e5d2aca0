"""Unit tests of the count extractor's parts, and a run over real articles.

The example corpus (``tests/corpus/counts``) is run by ``test_counts_corpus.py``; here are the
number parser, the sentence splitter, furniture handling, the seeds' gold counts and a sweep of
the seeds and the ESC articles that checks every span and that nothing raises.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile.extract import EXTRACTORS
from reconcile.extract.quantities import extract_quantities
from reconcile.extract.numbers import find_figures, parse_number_words
from reconcile.extract.sentences import split_sentences
from reconcile.models import Article, Kind, Source
from reconcile.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETTINGS = Settings()


def article(text: str, **extra) -> Article:
    a = Article(source=Source(id="x", published=date(2020, 1, 6)), text=text)
    return a.model_copy(update=extra) if extra else a


def claims_of(text: str, **extra):
    a = article(text, **extra)
    out = extract_quantities(a, SETTINGS)
    for c in out:
        assert a.text[c.span[0]:c.span[1]] == c.text
    return out


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("phrase,value", [
    ("three", 3), ("twenty-five", 25), ("one million", 1_000_000), ("a dozen", 12),
    ("two hundred and fifty", 250), ("a hundred thousand", 100_000), ("ninety nine", 99),
    ("three million two hundred thousand", 3_200_000),
])
def test_number_words(phrase, value):
    assert parse_number_words(phrase) == value


@pytest.mark.parametrize("text,value,unit,high", [
    ("5,200", 5200, None, None), ("5.2 million", 5_200_000, None, None), ("1.5bn", 1.5e9, None, None),
    ("$3bn", 3e9, "USD", None), ("40%", 40, "%", None), ("3.5 per cent", 3.5, "%", None),
    ("£20m", 20e6, "GBP", None), ("€90m", 90e6, "EUR", None), ("two-thirds", 66.67, "%", None),
    ("5 to 6 million", 5e6, None, 6e6), ("10-15%", 10, "%", 15), ("12 km", 12, "km", None),
])
def test_figures(text, value, unit, high):
    (f,) = find_figures(text)
    assert (f.start, f.end) == (0, len(text))
    assert f.value == pytest.approx(value) and f.unit == unit
    assert (f.high.value if f.high else None) == (pytest.approx(high) if high else None)


def test_figures_keep_offsets_when_lower_case_is_longer():
    text = "\u0130stanbul: Some 40 Ships and TWELVE boats"
    figs = find_figures(text)
    assert [text[f.start:f.end] for f in figs] == ["40", "TWELVE"]
    (c1, c2) = claims_of(text)
    assert (c1.text, c2.text) == ("Some 40 Ships", "TWELVE boats")


@pytest.mark.parametrize("text", ["epa08127441", "1/7", "10:30", "4th", "Fateh-313", "hundreds", "dozens",
                                  "thousands", "0958", "10k"])
def test_not_figures(text):
    assert find_figures(text) == [] or claims_of(text) == []


def test_letters_glued_to_a_figure_are_a_unit_or_nothing():
    # "150m" is a figure whose unit the measure reader reads; "10k" gives no claim at all
    (f,) = find_figures("150m")
    assert (f.start, f.end, f.value, f.unit) == (0, 3, 150.0, None)
    assert claims_of("They ran a 10k race.") == []


# ------------------------------------------------------------------ sentences

def test_sentences_keep_abbreviations_and_offsets():
    text = "Gen. Smith met U.S. envoys on Jan. 5 in Baghdad. Then he left!\nA new line"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Gen. Smith met U.S. envoys on Jan. 5 in Baghdad.", "Then he left!", "A new line"]


def test_initials_written_together_end_no_sentence():
    text = "Sen. J.D. Vance spoke. A.J. Brown left the U.S. Army in 2004. He said no."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sen. J.D. Vance spoke.", "A.J. Brown left the U.S. Army in 2004.", "He said no."]


def test_claim_quote_is_its_sentence():
    (c,) = claims_of("Nothing happened. Then 40 people were hurt. Later, calm.")
    assert c.quote == "Then 40 people were hurt."


# ------------------------------------------------------------------ claims

def test_claim_fields():
    (c,) = claims_of("There are approximately 5,200 US troops in Iraq.")
    assert c.kind is Kind.QUANTITY and c.id == "" and c.source == "x"
    assert (c.value, c.qualifier, c.unit, c.precision) == (5200, "approximately", None, "exact")
    assert (c.low, c.high) == (4940, 5460)
    assert c.key == "troops us|iraq" and c.subject == "US troops in Iraq"


def test_rounded_figure_and_integer_value():
    (c,) = claims_of("Some 5,000 soldiers remain.")
    assert c.value == 5000 and isinstance(c.value, int) and c.precision == "rounded"
    assert (c.low, c.high) == (4500, 5500)


def test_derived_quorum():
    cs = claims_of("The 168 lawmakers present for the vote were just three more than the quorum.")
    quorum = [c for c in cs if c.note]
    assert [(c.text, c.value, c.subject, c.note) for c in quorum] == [
        ("three more than the quorum", 165, "quorum", "derived: 168 - 3")]


def test_derived_half():
    cs = claims_of("The 40 arrests this week were double the number a year earlier.")
    assert any(c.value == 20 and c.note == "derived: 40 / 2" for c in cs)


def test_furniture_and_body_start_are_skipped():
    text = "By staff, 3 reporters\nPhoto: 12 tanks on parade\nAbout 300 people marched."
    cap = text.index("Photo")
    cs = claims_of(text, body_start=text.index("Photo"), furniture=[(cap, text.index("\nAbout"))])
    assert [c.text for c in cs] == ["About 300 people"]


def test_registered():
    assert extract_quantities in EXTRACTORS


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "12", "$", "5,,000 troops", "-" * 500,
                                  "\u00a0 5\u00a0000 troops", "Two.", "one", "1" * 400])
def test_odd_input_never_raises(text):
    claims_of(text)


# ------------------------------------------------------------------ real articles

def _need_shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found: {SHARED} holds the seed articles and the ESC corpus")
    return SHARED


def _read(path: Path) -> Article:
    try:
        from reconcile.sources.article import read_article
    except ImportError:  # the article reader is not there yet: plain UTF-8
        return Article(source=Source(id=path.stem), text=path.read_text("utf-8"))
    return read_article(path)


def _seed_claims() -> dict[str, list]:
    seeds = _need_shared() / "seeds"
    return {p.name: extract_quantities(_read(p), SETTINGS) for p in sorted(seeds.glob("*.txt"))}


def test_seed_gold_counts():
    claims = _seed_claims()
    gold = yaml.safe_load((SHARED / "gold" / "seeds.yaml").read_text("utf-8"))

    def values(name, core_word):
        return sorted(c.value for c in claims[name] if core_word in c.key.partition("|")[0].split())

    troop_files = {"000_523b0a6459f41ffd.txt": [5000], "002_6794677325c9a79f.txt": [5000, 5200],
                   "004_90267a0c835213d2.txt": [5200]}
    troop_cores = set()
    for name, want in troop_files.items():
        assert values(name, "troops") == want, name
        troop_cores |= {c.key.partition("|")[0] for c in claims[name] if "troops" in c.key}
    assert troop_cores == {"troops us"}
    f2, f4, f1 = claims["002_6794677325c9a79f.txt"], claims["004_90267a0c835213d2.txt"], claims["001_017d4f346cb3be16.txt"]
    assert any(c.value == 168 and c.key.startswith("lawmakers present|") for c in f2)
    assert any(c.value == 165 and c.subject == "quorum" for c in f2)
    assert any(c.value == 3 and "wounded" in c.key for c in f2)
    assert any(c.value == 25 and "killed" in c.key for c in f4)
    assert any(c.value == 2 and "struck" in c.key for c in f4)
    assert any(c.value == 1_000_000 and "people" in c.key for c in f1)
    keys = {c.key for cs in claims.values() for c in cs if "troops" not in c.key}
    assert not any("troops" in k for k in keys)
    not_claims = gold.get("not_claims") or []
    assert not_claims
    for bad in not_claims:
        bad = str(bad["text"]) if isinstance(bad, dict) else str(bad)
        assert not any(bad in c.text for cs in claims.values() for c in cs), bad


@pytest.fixture(scope="session")
def esc_dir(tmp_path_factory) -> Path:
    shared = _need_shared()
    script = shared / "eval" / "esc_to_text.py"
    if not script.is_file():
        pytest.skip(f"{script} not found")
    out = tmp_path_factory.mktemp("esc")
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    return out


def test_every_real_article_gives_sound_spans(esc_dir):
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted(esc_dir.rglob("*.txt"))
    assert len(paths) >= 258
    total = 0
    for p in paths:
        a = _read(p)
        for c in extract_quantities(a, SETTINGS):
            assert a.text[c.span[0]:c.span[1]] == c.text, (p, c.span, c.text)
            assert c.kind is Kind.QUANTITY and c.key.count("|") == 1 and c.subject
            assert c.low is None or c.high is None or c.low <= c.high
            total += 1
    assert total > 100
