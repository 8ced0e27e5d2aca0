"""Date-event, role, rank and place extraction against the example corpora in
``tests/corpus/{events,roles,ranks,places}``.

Every case is a sentence written for the corpus; see the comment at the top of each file for the
format. A failure says which way the case went wrong (missing, extra, wrong value, wrong key).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile.extract.dates import extract_dates
from reconcile.extract.places import extract_places
from reconcile.extract.ranks import extract_ranks
from reconcile.extract.roles import extract_roles
from reconcile.match import group_claims
from reconcile.models import Article, DateSpan, Kind, Source
from reconcile.pipeline import assign_ids
from reconcile.sources.article import parse_article
from reconcile.settings import Settings

CORPUS = Path(__file__).parent / "corpus"
SETTINGS = Settings()


def _cases(folder: str, section: str = "cases"):
    out = []
    for f in sorted((CORPUS / folder).glob("*.yaml")):
        data = yaml.safe_load(f.read_text("utf-8"))
        for case in data.get(section, []) or []:
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            out.append(pytest.param(case, data.get("published"), id=f"{f.stem}-{case['id']}", marks=marks))
    return out


def _article(text: str, published: date | None, sid: str = "x") -> Article:
    article = Article(source=Source(id=sid, published=published), text=text)
    if "REUTERS/" in text or "\n" in text:  # cases about page furniture go through the reader
        article = parse_article(text, sid).model_copy(update={"source": Source(id=sid, published=published)})
    return article


def _spans_hold(article: Article, claims) -> None:
    for c in claims:
        assert article.text[c.span[0]:c.span[1]] == c.text, f"wrong span: {c.span} is not {c.text!r}"


def _value(claim) -> str:
    return claim.value.model_dump_json() if isinstance(claim.value, DateSpan) else str(claim.value)


@pytest.mark.parametrize("case, published", _cases("events"))
def test_event_dates(case, published):
    article = _article(case["text"], published)
    got = extract_dates(article, SETTINGS)
    _spans_hold(article, got)
    want = [] if case["claims"] == "none" else case["claims"]
    by_text = {c.text: c for c in got}
    for w in want:
        c = by_text.get(w["text"])
        assert c is not None, f"missing: {w['text']!r} (got {[x.text for x in got]})"
        if "value" in w:
            assert _value(c) == str(w["value"]), f"wrong value for {w['text']!r}: {_value(c)}"
        for end in ("start", "end", "qualifier"):  # the interval the value allows, when the case says
            if end in w:
                assert str(getattr(c, end)) == str(w[end]), f"wrong {end} for {w['text']!r}: {getattr(c, end)}"
        core, _, context = c.key.partition("|")
        assert core == w["event"], f"wrong key: event {core!r} for {w['text']!r}, expected {w['event']!r}"
        words = context.split()
        for word in w.get("with", []):
            assert word in {x.lstrip("^") for x in words}, f"wrong key: participants {context!r} lack {word!r}"
        for word in w.get("doer", []):
            assert "^" + word in words, f"wrong key: {word!r} is not the doer in {context!r}"
        for word in w.get("without", []):
            assert word not in words, f"wrong key: participants {context!r} hold {word!r}"
    extra = [c.text for c in got if c.text not in {w["text"] for w in want}]
    assert not extra, f"extra: {extra}"


@pytest.mark.parametrize("case, published", _cases("events", "matching"))
def test_event_matching(case, published):
    a = assign_ids(extract_dates(_article(case["a"], published, "a"), SETTINGS))
    b = assign_ids(extract_dates(_article(case["b"], published, "b"), SETTINGS))
    assert a and b, f"missing: a gave {len(a)} date claims, b gave {len(b)}"
    groups = group_claims(a + b, settings=SETTINGS)
    shared = any({c.source for c in g} == {"a", "b"} for g in groups)
    keys = [c.key for c in a + b]
    assert shared == case["same"], ("wrongly grouped" if shared else "not grouped") + f": {keys}"


@pytest.mark.parametrize("case, published", _cases("roles"))
def test_roles(case, published):
    article = _article(case["text"], None)
    got = extract_roles(article, SETTINGS)
    _spans_hold(article, got)
    want = [] if case["claims"] == "none" else case["claims"]
    assert [c.text for c in got] == [w["text"] for w in want], "missing or extra role claims"
    for c, w in zip(got, want):
        title, _, scope = c.key.partition("|")
        assert c.value == w["value"], f"wrong holder {c.value!r}"
        assert title == w["title"], f"wrong key: title {title!r}"
        assert c.qualifier == w.get("qualifier"), f"wrong qualifier {c.qualifier!r}"
        scope_words = [] if scope.startswith("~") else scope.split()
        assert sorted(scope_words) == sorted(w["scope"]), f"wrong key: scope {scope!r}"


@pytest.mark.parametrize("case, published", _cases("ranks"))
def test_ranks(case, published):
    article = _article(case["text"], None)
    got = extract_ranks(article, SETTINGS)
    _spans_hold(article, got)
    if case.get("claims") == "none":
        assert got == [], f"extra: {[(c.kind.value, c.text) for c in got]}"
        return
    ranks = [c for c in got if c.kind == Kind.RANK]
    roles = [c for c in got if c.kind == Kind.ROLE]
    assert len(ranks) == len(case["ranks"]) and len(roles) == len(case["roles"]), "missing or extra claims"
    for c, w in zip(ranks, case["ranks"]):
        core, _, scope = c.key.partition("|")
        assert (c.text, c.value) == (w["text"], w["value"]), f"wrong rank {c.text!r} = {c.value}"
        assert set(w["holder"]) <= set(core.split()), f"wrong key: holder words {core!r}"
        assert set(w["scope"]) <= set(scope.split()), f"wrong key: scope {scope!r}"
        assert c.key == case.get("key", c.key), f"wrong key {c.key!r}"
    for c, w in zip(roles, case["roles"]):
        assert c.value == w["value"], f"wrong holder {c.value!r}"
        assert c.key.partition("|")[0].split() == [str(x) for x in w["position"]], f"wrong key {c.key!r}"


@pytest.mark.parametrize("case, published", _cases("places"))
def test_places(case, published):
    article = _article(case["text"], None)
    got = extract_places(article, SETTINGS)
    _spans_hold(article, got)
    want = [] if case["claims"] == "none" else case["claims"]
    assert [c.text for c in got] == [w["text"] for w in want], f"missing or extra: {[c.text for c in got]}"
    for c, w in zip(got, want):
        assert c.kind == Kind.RANK and c.value == w["value"], f"wrong value {c.value} for {c.text!r}"
        words = set(c.key.replace("|", " ").split())
        assert set(w["key"]) <= words, f"wrong key {c.key!r}"


def test_one_outlet_giving_a_position_to_two_holders_is_a_contradiction_it_states_itself():
    from reconcile.compare import judge
    text = ("The motion came from the largest bloc in the assembly, known as Unity. "
            "Ortiz, who leads the largest bloc in the assembly, voted against it.")
    roles = [c for c in extract_ranks(_article(text, None, "s"), SETTINGS) if c.kind == Kind.ROLE]
    roles = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(roles)]
    (group,) = group_claims(roles, settings=SETTINGS)
    finding = judge(group, {"s": Source(id="s")}, SETTINGS)
    assert finding.verdict.value == "contradiction" and finding.self_conflicts == ["s"]


def test_a_former_holder_does_not_contradict_the_current_one():
    from reconcile.compare import judge
    text = ("Kenyan President Uhuru Kenyatta opened the summit, where former Kenyan President "
            "Daniel Moi was remembered.")
    roles = [c.model_copy(update={"id": f"c{i}"})
             for i, c in enumerate(extract_roles(_article(text, None, "s"), SETTINGS))]
    assert [c.qualifier for c in roles] == [None, "former"]
    (group,) = group_claims(roles, settings=SETTINGS)
    assert judge(group, {"s": Source(id="s")}, SETTINGS).verdict.value == "single-source"


def test_one_rank_phrase_read_by_two_readers_gives_one_rank_claim():
    from reconcile.extract import extract_claims
    text = "Hawks win\n\nThe Hawks are the sixth seed in the East. Rivera won her third straight title.\n"
    claims = extract_claims(Article(source=Source(id="x"), text=text), SETTINGS)
    ranks = sorted((c.value, c.key) for c in claims if c.kind == Kind.RANK)
    assert ranks == [(3, "rivera straight title|"), (6, "hawks seed|east")]


def _as_of_by_value(text: str, published: date) -> dict:
    """The as-of period of each quantity the extractors read in ``text``, by its value."""
    from reconcile.extract import extract_claims
    claims = extract_claims(Article(source=Source(id="x", published=published), text=text), SETTINGS)
    return {c.value: c.as_of for c in claims if c.kind == Kind.QUANTITY}


def test_background_and_running_figures_are_not_the_story_s():
    text = ("Quake kills 10\n\nThe earthquake on Sunday killed 10 people, officials said. "
            "An earthquake in the same province killed 600 people in February. "
            "The navy has seized 31 rifles so far.\n")
    as_of = _as_of_by_value(text, date(2005, 11, 28))
    assert as_of == {10: None, 600: "2005-02", 31: "running total"}


def test_a_figure_summed_over_several_occurrences_is_a_running_total():
    text = ("Coastguard seizes boat\n\nThe coastguard seized four rifles from the boat on Tuesday. "
            "It has seized a total of 19 rifles during the six patrols it carried out this year. "
            "The two boats had a total of 12 crew on board. "
            "The captain, a 50-year veteran, had served 30 years in three navies.\n")
    as_of = _as_of_by_value(text, date(2011, 11, 11))
    assert as_of[4] is None and as_of[12] is None  # this event's, "a total of" alone is not a sum over time
    assert as_of[30] is None  # "in three navies": places, not occurrences
    assert as_of[19] == "running total"


def test_a_when_clause_after_since_a_year_is_that_year_s():
    text = ("Tower fire\n\nAt least 12 people were killed in the fire on Thursday. It was the deadliest "
            "fire in the city since 1987, when 31 people died in a hotel blaze.\n")
    assert _as_of_by_value(text, date(2025, 3, 14)) == {12: None, 31: "1987"}


def test_new_things_counted_on_a_stated_day_are_that_day_s():
    # a day's figure of a series: Monday's new cases never contradict Tuesday's
    text = "Cases\n\nPennsylvania reported 22,946 new coronavirus cases on Monday. Four people died on Monday.\n"
    assert _as_of_by_value(text, date(2021, 1, 12)) == {22946: "2021-01-11", 4: None}


def test_a_quarter_s_figure_is_that_quarter_s():
    # quarterly figures are a series: the first quarter's growth never meets the fourth's
    text = ("GDP\n\nThe economy grew 1.6% in the first quarter, after 3.4% growth in the fourth quarter "
            "of 2023.\n")
    assert _as_of_by_value(text, date(2024, 4, 26)) == {1.6: "2024-01/2024-03", 3.4: "2023-10/2023-12"}


def test_a_month_well_before_publication_is_background_even_when_recent():
    text = ("Shooting at an office\n\nThe gunman killed one person on Monday. "
            "In February, a gunman killed five people at a mall in another state.\n")
    assert _as_of_by_value(text, date(2007, 4, 10)) == {1: None, 5: "2007-02"}


def test_a_span_of_years_well_before_publication_is_background():
    text = ("Bombing near the border\n\nThe bombing on Tuesday killed seven people. "
            "Some 2 million people died in the last civil war, from 1983-2005.\n")
    assert _as_of_by_value(text, date(2011, 11, 10)) == {7: None, 2000000: "1983/2005"}


def test_a_year_after_a_figure_set_against_it_is_the_other_figures():
    """"64 percent, down from 71 percent in 2009": 2009 is the 71's time, not the 64's (a figure
    whose own time the sentence does not give is the article's)."""
    text = "Turnout report\n\nTurnout was 64 percent, down from 71 percent in 2009.\n"
    assert _as_of_by_value(text, date(2013, 5, 2)) == {64: None, 71: "2009"}


def test_quotes_stay_short_on_run_on_text():
    """A run-on "sentence" of many claims gives each claim the words around it, not the whole
    sentence: otherwise every claim copies it, and a long text costs time and memory per claim."""
    from reconcile.extract import extract_claims
    from reconcile.models import Article, Source
    from reconcile.settings import Settings
    text = "Title\n" + "The army said on Monday 5 soldiers were killed in Basra and " * 300
    claims = extract_claims(Article(source=Source(id="a", published=date(2020, 1, 7)), text=text), Settings())
    kinds = {c.kind.value for c in claims}
    assert "date" in kinds and len(claims) > 100
    assert max(len(c.quote) for c in claims) <= 650


def test_a_rank_among_nouns_a_participle_follows_reads_as_a_person_would_say_it():
    """"the fifth coach fired this season" ranks coaches fired, not "coach fireds"."""
    article = _article("Lane is the fifth coach fired this season, after Ruiz.", None)
    (claim,) = [c for c in extract_ranks(article, SETTINGS) if c.kind == Kind.RANK]
    assert claim.value == 5 and claim.subject == "Lane among coaches fired"
