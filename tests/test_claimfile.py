"""Claim files: what a good file gives, and that every kind of bad file is named by file, line and field."""
from datetime import date
from pathlib import Path

import pytest

from reconcile.errors import InputErrors
from reconcile.models import DateSpan, Kind, Origin
from reconcile.settings import Settings
from reconcile.sources.claimfile import claim_file_schema, load_claim_files
from reconcile.sources.yamlsafe import load_yaml


def write(tmp_path: Path, text: str, name: str = "c.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def errors_of(*paths: Path, known=()) -> list[str]:
    with pytest.raises(InputErrors) as exc:
        load_claim_files(list(paths), Settings(), known_source_ids=known)
    return [str(e) for e in exc.value.errors]


GOOD = """\
sources:
  - id: briefing
    outlet: State Department
    published: 2020-01-10
    credits: [AP]
claims:
  - source: briefing
    kind: quantity
    subject: US troops in Iraq
    value: 5000
    qualifier: About
    quote: about 5,000 troops
  - {source: briefing, kind: quantity, subject: aid, value: 3, unit: USD, high: 4}
  - {source: briefing, kind: date, subject: vote, value: 2020-01-05, quote: on Sunday}
  - {source: briefing, kind: date, subject: protests began, value: 2019-10, qualifier: since}
  - {source: briefing, kind: date, subject: resigned, value: 2019}
  - {source: briefing, kind: date, subject: vote, value: {start: 2019-12-30, end: 2020-01-05}}
  - {source: briefing, kind: rank, subject: bloc, value: 2}
  - {id: my-claim, source: briefing, kind: role, subject: Speaker, value: "  Mohamed   al-Halbousi "}
aliases:
  - subjects: [US troops in Iraq, American forces in Iraq]
    kind: quantity
rejections:
  - {quote: "Fourth Division", reason: "a unit's name, not a count"}
  - {claim: c-0123456789ab, reason: wrong figure}
"""


def test_good_file_gives_exact_records(tmp_path):
    path = write(tmp_path, GOOD)
    manual = load_claim_files([path], Settings(tolerance=0.05))
    (src,) = manual.sources
    assert (src.id, src.outlet, src.published, src.credits, src.path) == (
        "briefing", "State Department", date(2020, 1, 10), ["AP"], None)
    assert (src.file, src.line, src.published_from) == (str(path), 2, "claim file")
    c = {(cl.subject, cl.kind): cl for cl in manual.claims}
    troops = c["US troops in Iraq", Kind.QUANTITY]
    assert (troops.value, troops.qualifier, troops.precision) == (5000, "about", "rounded")
    assert (troops.low, troops.high) == (4500, 5500)  # rounding is wider than 5 %
    assert (troops.text, troops.quote, troops.origin, troops.line) == (
        "about 5,000 troops", "about 5,000 troops", Origin.MANUAL, 7)
    aid = c["aid", Kind.QUANTITY]
    assert (aid.unit, aid.low, aid.high, aid.qualifier) == ("USD", 3, 4, "between")
    dates = [cl for cl in manual.claims if cl.kind == Kind.DATE]
    assert [(d.value, d.start, d.end, d.precision) for d in dates] == [
        ("2020-01-05", date(2020, 1, 5), date(2020, 1, 5), "day"),
        ("2019-10", date(2019, 10, 1), None, "month"),
        ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        (DateSpan(start=date(2019, 12, 30), end=date(2020, 1, 5)), date(2019, 12, 30), date(2020, 1, 5), "span"),
    ]
    rank = c["bloc", Kind.RANK]
    assert (rank.value, rank.low, rank.high) == (2, 2, 2)
    role = c["Speaker", Kind.ROLE]
    assert (role.id, role.value) == ("my-claim", "Mohamed al-Halbousi")
    assert manual.aliases[0].subjects == ["US troops in Iraq", "American forces in Iraq"]
    assert manual.aliases[0].kind == Kind.QUANTITY
    assert [(r.quote, r.claim, r.line) for r in manual.rejections] == [
        ("Fourth Division", None, 24), (None, "c-0123456789ab", 25)]


def test_ids_are_stable_and_differ_by_claim(tmp_path):
    first = load_claim_files([write(tmp_path, GOOD)]).claims
    second = load_claim_files([write(tmp_path, "\n\n" + GOOD, "moved.yaml")]).claims
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)


def test_article_source_is_resolved_relative_to_the_file(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Headline\n\nText.\n")
    (tmp_path / "claims").mkdir()
    path = write(tmp_path / "claims", "sources:\n  - {id: a, article: ../articles/a.txt, outlet: X}\n")
    (src,) = load_claim_files([path]).sources
    assert Path(src.path).resolve() == (tmp_path / "articles" / "a.txt").resolve()
    assert {"outlet"} <= src.model_fields_set and "published" not in src.model_fields_set


def test_references_cross_files_and_known_articles(tmp_path):
    a = write(tmp_path, "sources: [{id: s}]\n", "a.yaml")
    b = write(tmp_path, "claims: [{source: s, kind: rank, subject: x, value: 1},"
                        " {source: art, kind: rank, subject: x, value: 2}]\n", "b.yaml")
    manual = load_claim_files([a, b], known_source_ids={"art"})
    assert [c.source for c in manual.claims] == ["s", "art"]


def test_empty_file_declares_nothing(tmp_path):
    manual = load_claim_files([write(tmp_path, "# nothing yet\n")])
    assert manual.sources == manual.claims == manual.aliases == manual.rejections == []


@pytest.mark.parametrize("text, expected", [
    ("claims:\n  - source: s\n    kind: quantity\n    subject: troops\n    value: five thousand-ish\n",
     ":5: claims[0].value: expected a number, got 'five thousand-ish'"),
    ("claims:\n  - source: s\n    kind: date\n    subject: vote\n    value: last Sunday\n",
     ":5: claims[0].value: expected a date (YYYY-MM-DD, YYYY-MM, YYYY or {start: ..., end: ...}), got 'last Sunday'"),
    ("claims:\n  - {source: s, kind: date, subject: vote, value: 2020-13-05}\n",
     ":2: claims[0].value: expected a date"),
    ("claims:\n  - {source: s, kind: rank, subject: bloc, value: 0}\n",
     ":2: claims[0].value: expected a positive whole number"),
    ("claims:\n  - {source: s, kind: role, subject: Speaker, value: 12}\n",
     ":2: claims[0].value: expected the holder's name, got 12"),
    ("claims:\n  - source: s\n    kind: count\n    subject: x\n    value: 1\n",
     ":3: claims[0].kind: expected one of 'quantity', 'date', 'rank' or 'role', got 'count'"),
    ("claims:\n  - source: s\n    kind: rank\n    subject: x\n    vlaue: 1\n",
     ":5: claims[0].vlaue: unknown key 'vlaue' (allowed: id, source, kind, subject, value,"),
    ("claims:\n  - source: s\n    kind: rank\n    value: 1\n",
     ":2: claims[0].subject: required, but missing"),
    ("claims:\n  - {source: s, kind: quantity, subject: x, value: 5, qualifier: kinda}\n",
     ":2: claims[0].qualifier: unknown qualifier 'kinda' for a quantity (accepted: "),
    ("claims:\n  - {source: nobody, kind: rank, subject: x, value: 1}\n",
     ":2: claims[0].source: no source 'nobody' is declared"),
    ("sources:\n  - {id: s, published: last week}\n",
     ":2: sources[0].published: expected a date YYYY-MM-DD, got 'last week'"),
    ("sources:\n  - {id: s, article: missing.txt}\n",
     ":2: sources[0].article: article 'missing.txt' not found"),
    ("sources:\n  - id: s\n  - id: s\n", ":3: sources[1].id: duplicate source id 's' (first declared at "),
    ("sources: [{id: s}]\nclaims:\n  - {id: a, source: s, kind: rank, subject: x, value: 1}\n"
     "  - {id: a, source: s, kind: rank, subject: y, value: 2}\n",
     ":4: claims[1].id: duplicate claim id 'a' (first at "),
    ("sources:\n  - id: s\n    outlet: A\n    outlet: B\n", ":4: sources[0].outlet: duplicate key 'outlet' (first given on line 3)"),
    ("sources: [{id: s}]\nrejections:\n  - {reason: bad}\n",
     ":3: rejections[0]: give either claim (an id) or quote"),
    ("sources: {id: s}\n", ":1: sources: expected a list, got a mapping"),
    ("- just\n- a list\n", ":1: expected a mapping with sources, claims, aliases or rejections at the top, got a list"),
    ("claims: [\n  {source: s\n", ": malformed YAML"),
    ("sources: [{id: s}]\n---\nsources: [{id: t}]\n", ":2: a claim file holds one YAML document"),
    ("sources: !!python/object:os.system {id: s}\n", ":1: sources: unsupported YAML tag"),
    ("sources:\n  - id: !!python/name:os.system s\n", ":2: sources[0].id: unsupported YAML tag"),
    ("extra: 1\n", ":1: extra: unknown key 'extra' (allowed: sources, claims, aliases, rejections)"),
])
def test_bad_files_name_file_line_and_field(tmp_path, text, expected):
    if text.startswith("claims:\n  -"):  # claim cases: declare their source on a first line
        text = "sources: [{id: s}]\n" + text
        line, rest = expected[1:].split(":", 1)
        expected = f":{int(line) + 1}:{rest}"
    path = write(tmp_path, text)
    messages = errors_of(path)
    assert any(m.startswith(str(path)) and expected in m for m in messages), messages


def test_every_error_is_reported_not_only_the_first(tmp_path):
    a = write(tmp_path, "claims:\n  - {source: x, kind: rank, subject: a, value: 1}\n", "a.yaml")
    b = write(tmp_path, "claims:\n  - {source: y, kind: rank, subject: a, value: 1}\n", "b.yaml")
    messages = errors_of(a, b)
    assert len(messages) == 2 and messages[0].startswith(f"{a}:2:") and messages[1].startswith(f"{b}:2:")


def test_undecodable_file_is_an_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"sources: [{id: \xff\xfe\xfa}]\n")
    (message,) = errors_of(path)
    assert message.startswith(str(path)) and "not UTF-8" in message


def test_billion_laughs_is_refused(tmp_path):
    # refused before any expansion (benchmarks/claimfile.py measures claim files' speed)
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    (message,) = errors_of(path)
    assert "refusing to expand" in message and message.startswith(f"{path}:1:")


def test_recursive_alias_is_refused(tmp_path):
    (message,) = errors_of(write(tmp_path, "sources: &s [*s]\n"))
    assert "refusing to expand" in message


def test_anchors_and_merge_keys_work_within_bounds(tmp_path):
    text = ("base: &b {kind: rank, subject: bloc}\n")
    loaded = load_yaml(text + "x: {<<: *b, value: 1}\n", "f.yaml")
    assert loaded.errors == [] and loaded.data["x"] == {"kind": "rank", "subject": "bloc", "value": 1}
    assert loaded.lines[("x", "value")] == 2


def test_schema_describes_the_format():
    schema = claim_file_schema()
    assert schema["additionalProperties"] is False
    claim = schema["$defs"]["ClaimEntry"]
    assert set(claim["required"]) == {"source", "kind", "subject", "value"}
    assert claim["additionalProperties"] is False
    assert {"number", "string", "object"} == {t.get("type") for t in claim["properties"]["value"]["anyOf"]}


def test_bundled_example_loads():
    root = Path(__file__).resolve().parents[1] / "claims"
    manual = load_claim_files(sorted(root.glob("*.yaml")))
    assert len(manual.sources) == 6 and len(manual.claims) == 1 and len(manual.aliases) == 1
    assert sum(1 for s in manual.sources if s.path) == 5  # five articles, one source without one
