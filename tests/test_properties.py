"""Property tests (hypothesis) of the reader, the extractors, the YAML layer and the whole run:
no exception escapes, every claim's span holds, the output is the same every time.

CI runs a few dozen examples of each, derandomized (the same examples every run, a few seconds
in all); ``python benchmarks/properties.py`` runs them long. The examples are built from the
pieces news text and claim files are made of (``benchmarks/fuzz.py``) and from arbitrary text.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from fuzz import PIECES  # noqa: E402

from reconcile.cli import main  # noqa: E402
from reconcile.errors import InputErrors  # noqa: E402
from reconcile.extract import EXTRACTORS, extract_claims  # noqa: E402
from reconcile.extract import dates, phrases  # noqa: E402
from reconcile.extract.tokenindex import TokenIndex  # noqa: E402
from reconcile.pipeline import build_report  # noqa: E402
from reconcile.report import Format, render  # noqa: E402
from reconcile.settings import Settings  # noqa: E402
from reconcile.sources import yamlsafe  # noqa: E402
from reconcile.sources.article import parse_article, read_article  # noqa: E402
from reconcile.sources.claimfile import load_claim_files  # noqa: E402

_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=40, derandomize=True, deadline=None, database=None,
                          suppress_health_check=_HEALTH, print_blob=True)
settings.register_profile("long", max_examples=int(os.environ.get("RECONCILE_PROPERTY_EXAMPLES", "2000")),
                          deadline=None, database=None, suppress_health_check=_HEALTH, print_blob=True)
PROFILE = settings.get_profile(os.environ.get("RECONCILE_PROPERTY_PROFILE", "ci"))


def examples(factor: float) -> settings:
    """The profile with ``factor`` times its examples (cheap properties run more of them)."""
    return settings(PROFILE, max_examples=max(1, int(PROFILE.max_examples * factor)))


# ---------------------------------------------------------------- strategies

odd_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), st.sampled_from(PIECES), odd_text)
run_of = st.builds(lambda p, n: p * n, st.sampled_from(PIECES), st.integers(2, 40))
joiner = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". "])
article_texts = st.lists(st.tuples(st.one_of(piece, piece, piece, run_of), joiner), max_size=60).map(
    lambda parts: "".join(p + j for p, j in parts))
dated = st.sampled_from(["", "Headline\n date 2020-01-05\n", "---\ntitle: X\npublished: 2020-01-05\n---\n"])
articles = st.builds(lambda head, body: head + body, dated, article_texts)

YAML_PIECES = [
    "sources:", "claims:", "aliases:", "rejections:", "\n", "\n  ", "\n    ", "\n      ", "- ", "  - ", "id: ", "source: ",
    "kind: ", "quantity", "date", "rank", "role", "value: ", "subject: ", "article: ", "outlet: ", "published: ", "quote: ",
    "qualifier: ", "high: ", "unit: ", "reason: ", "subjects: ", "5", "-3", "0.5", "1.0e+400", ".inf", ".nan", "9" * 40,
    "2020-01-05", "2020-13-45", "0001-01-01", "9999-12-31", "{start: 2020-01-01, end: 2020-01-02}", "{", "}", "[", "]",
    ", ", ": ", ":", "&a ", "*a", "<<: ", "!!str ", "!!python/object:os.system ", "!x ", "'", "\"", "# c", "---", "...",
    "|", ">", "|-", "\t", "? ", "%YAML 1.1\n", "x", "s", " ", "\\", "\u00e9", "\u0085", "\u2028", "\ufeff", "\r\n", "@",
    "`", "yes", "~", "null", "0x1F", "12:30:00", "=", "&", "*", "-", "about", "at least", "/etc/passwd", "../x.txt",
]
yaml_texts = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.sampled_from(YAML_PIECES), odd_text),
                      max_size=40).map("".join)
_PLAIN_PIECES = [p for p in YAML_PIECES if yamlsafe._plain(p) and p not in ("|", ">", "|-")]
plain_yaml_texts = st.lists(st.one_of(st.sampled_from(_PLAIN_PIECES), st.sampled_from(["|", ">", "|-", "|2"]).map(
    lambda h: h + "\n    block\n")), max_size=40).map("".join)


def _claim_file(s: dict) -> str:
    """A claim file of generated entries, some well formed and some not."""
    article = f", article: {s['article']}" if s["article"] else ""
    return (f"sources:\n  - {{id: a, outlet: {s['outlet']}, published: {s['published']}{article}}}\n"
            f"claims:\n  - {{source: {s['source']}, kind: {s['kind']}, subject: {s['subject']}, value: {s['value']}}}\n"
            f"aliases:\n  - {{subjects: {s['subjects']}}}\n")


claim_files = st.fixed_dictionaries({
    "outlet": st.sampled_from(["X", "'Le Monde'", "\"\"", "[1, 2]"]),
    "published": st.sampled_from(["2020-01-05", "9999-11-03", "2020-02-30", "yesterday"]),
    "source": st.sampled_from(["a", "nobody", "b"]),
    "kind": st.sampled_from(["quantity", "date", "rank", "role", "colour"]),
    "subject": st.sampled_from(["dead", "people killed", "''", "the vote"]),
    "value": st.sampled_from(["25", "-1", "1.0e+309", ".nan", "2020-01-05", "0001-01-01", "{start: 2020-01-02, end: 2020-01-01}",
                              "Ana Ruiz", "''", "[1]", "3"]),
    "article": st.sampled_from(["", "missing.txt", "../../outside.txt", "/etc/passwd", "/dev/zero", "c.yaml"]),
    "subjects": st.sampled_from(["[dead, killed]", "[dead]", "[]", "dead"]),
}).map(_claim_file)


def _spans_hold(text: str, claims) -> None:
    for c in claims:
        assert c.span is not None and text[c.span[0]:c.span[1]] == c.text, (c.span, c.text)


# ---------------------------------------------------------------- the reader and the extractors

@examples(2)
@given(articles)
def test_the_reader_reads_anything_and_its_offsets_hold(text):
    article = parse_article(text, "a", None)
    assert 0 <= article.body_start <= len(article.text)
    for start, end in article.furniture:
        assert 0 <= start <= end <= len(article.text)


@examples(2)
@given(articles)
def test_every_extractor_keeps_its_spans_and_says_the_same_twice(text):
    article = parse_article(text, "a", None)
    for extractor in EXTRACTORS:
        first = extractor(article, Settings())
        _spans_hold(article.text, first)
        # a copy of the text (another object: nothing kept from the first reading is reused)
        again = extractor(article.model_copy(update={"text": "".join(list(article.text))}), Settings())
        assert [c.model_dump() for c in again] == [c.model_dump() for c in first]
    _spans_hold(article.text, extract_claims(article, Settings()))


_PATTERNS = [(dates._TOKEN, dates._tok, lambda t: (t.start, t.end, t.text, t.low)),
             (phrases._TOKEN, phrases._tok, lambda t: (t.start, t.end, t.text, t.low))]


@examples(5)
@given(st.text(st.sampled_from("ab1,.:/-'_ \u2019Z\u00e99xU.S$%\n"), max_size=60), st.data())
def test_a_windows_tokens_are_those_of_reading_the_window_alone(text, data):
    for pattern, make, key in _PATTERNS:
        index = TokenIndex(pattern, text, make, alone=data.draw(st.sampled_from([0, 0, 0, 10, 40])))
        for _ in range(4):
            start = data.draw(st.integers(0, len(text)))
            end = data.draw(st.integers(start, len(text)))
            expected = [key(make(m)) for m in pattern.finditer(text, start, end)]
            assert [key(t) for t in index.between(start, end)] == expected


# ---------------------------------------------------------------- the YAML layer

@examples(5)
@given(st.one_of(yaml_texts, st.text(max_size=80)))
def test_yaml_of_any_shape_loads_or_is_refused_in_words(text):
    loaded = yamlsafe.load_yaml(text, "f.yaml")
    lines = sum(text.count(c) for c in "\n\r\x85\u2028\u2029") + 2  # YAML's line breaks
    for err in loaded.errors:
        assert err.line is None or 1 <= err.line <= lines
        assert "\n" not in str(err)
    for line in loaded.lines.values():
        assert 1 <= line <= lines


def _same(loaded) -> tuple:
    return repr(loaded.data), loaded.lines, [str(e) for e in loaded.errors]


@examples(5)
@given(plain_yaml_texts)
def test_libyaml_and_pyyaml_read_a_plain_text_alike(text):
    assume(yamlsafe._plain(text))
    fast = yamlsafe.load_yaml(text, "f.yaml")
    saved = yamlsafe._FAST_LOADER
    yamlsafe._FAST_LOADER = None
    try:
        slow = yamlsafe.load_yaml(text, "f.yaml")
    finally:
        yamlsafe._FAST_LOADER = saved
    assert _same(fast) == _same(slow)


@examples(2)
@given(st.one_of(claim_files, yaml_texts))
def test_a_claim_file_loads_or_gives_one_line_errors(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.yaml"
        path.write_text(text, "utf-8")
        try:
            load_claim_files([path], roots=[Path(tmp)])
        except InputErrors as err:
            assert err.errors and all("\n" not in str(e) for e in err.errors)


# ---------------------------------------------------------------- the whole run

def _cli(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@examples(0.5)
@given(st.lists(articles, min_size=1, max_size=3), st.one_of(st.none(), claim_files))
def test_a_whole_run_ends_in_a_report_or_one_line_errors_and_says_the_same_twice(texts, claims):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"a{i}.txt").write_text(text, "utf-8")
        if claims is not None:
            (folder / "c.yaml").write_text(claims, "utf-8")
        code, out, err = _cli("report", folder, "--format", "json", "--root", tmp)
        assert code in (0, 2), err
        assert "Traceback" not in err
        if code == 2:
            assert err and all(line.startswith("reconcile: error: ") for line in err.splitlines())
            return
        assert _cli("report", folder, "--format", "json", "--root", tmp)[1] == out
        report = build_report([folder], root=Path(tmp))
        assert render(report, Format.JSON) == out
        by_source = {s.id: s for s in report.sources}
        for c in report.claims:
            source = by_source.get(c.source)
            if c.span is None or source is None or source.path is None:
                continue
            text = read_article(Path(source.path)).text
            assert text[c.span[0]:c.span[1]] == c.text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@examples(0.25)
@given(articles)
def test_every_format_renders_any_article(fmt, text):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_text(text, "utf-8")
        code, out, err = _cli("report", tmp, "--format", fmt, "--root", tmp)
        assert code == 0, err
        assert out and re.search(r"\S", out)
