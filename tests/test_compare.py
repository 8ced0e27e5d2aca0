"""Verdict rules at their boundaries: exact, rounded, approximate, open, ranges, dates, ranks, roles."""
from datetime import date

import pytest

from reconcile.compare import judge
from reconcile.models import Origin, Source, Verdict
from tests.factories import quantity, rank, role, when

A, B, C = "a", "b", "c"
SOURCES = {s: Source(id=s, outlet=s.upper() + " News") for s in (A, B, C)}


def verdict(*claims):
    return judge(list(claims), SOURCES).verdict


@pytest.mark.parametrize("first, second, expected", [
    # exact figures
    ((168,), (168,), Verdict.AGREEMENT),
    ((168,), (169,), Verdict.CONTRADICTION),
    # a round figure allows what rounds to it: 5,000 -> 4,500..5,500
    ((5000,), (5200,), Verdict.DISCREPANCY),
    ((5000,), (5500,), Verdict.DISCREPANCY),
    ((5000,), (5501,), Verdict.CONTRADICTION),
    ((5000,), (4499,), Verdict.CONTRADICTION),
    ((5000, "approximately"), (5200,), Verdict.DISCREPANCY),
    ((5000, "approximately"), (5000,), Verdict.AGREEMENT),
    # approximate: 5 % either way
    ((168,), (180, "about"), Verdict.CONTRADICTION),
    ((171,), (180, "about"), Verdict.DISCREPANCY),
    ((170,), (180, "about"), Verdict.CONTRADICTION),
    ((189,), (180, "around"), Verdict.DISCREPANCY),
    ((190,), (180, "roughly"), Verdict.CONTRADICTION),
    # nearly: from 5 % under, up to the figure
    ((96,), (100, "nearly"), Verdict.DISCREPANCY),
    ((101,), (100, "nearly"), Verdict.CONTRADICTION),
    # open on one side
    ((25, "at least"), (30,), Verdict.DISCREPANCY),
    ((25, "at least"), (24,), Verdict.CONTRADICTION),
    ((25, "at least"), (25,), Verdict.AGREEMENT),  # a bound that includes its figure allows it
    ((25, "at least"), (25, "about"), Verdict.AGREEMENT),
    ((25, "at least"), (25, "at least"), Verdict.AGREEMENT),
    ((168, "more than"), (168,), Verdict.CONTRADICTION),
    ((168, "more than"), (169,), Verdict.DISCREPANCY),
    ((100, "more than"), (100,), Verdict.AGREEMENT),  # one figure, and a round 100 may be 120
    ((100, "more than"), (100, "about"), Verdict.AGREEMENT),
    # one round figure hedged from both sides: the outlets state one figure, hedges aside
    ((100, "more than"), (100, "nearly"), Verdict.AGREEMENT),
    ((168, "more than"), (168, "nearly"), Verdict.CONTRADICTION),  # a figure that is not round keeps its bounds
    ((100, "more than"), (90, "nearly"), Verdict.CONTRADICTION),  # two figures
    ((100, "fewer than"), (100, "more than"), Verdict.CONTRADICTION),  # firm bounds
    ((100, "more than"), (100, "over"), Verdict.AGREEMENT),
    ((10, "up to"), (10,), Verdict.AGREEMENT),
    ((10, "up to"), (11,), Verdict.CONTRADICTION),
    ((10, "up to"), (9,), Verdict.DISCREPANCY),
    ((10, "up to"), (10, "as many as"), Verdict.AGREEMENT),
    ((10, "fewer than"), (10,), Verdict.CONTRADICTION),
    ((10, "fewer than"), (9,), Verdict.DISCREPANCY),
    ((25, "at least"), (10, "fewer than"), Verdict.CONTRADICTION),
])
def test_quantity_verdicts(first, second, expected):
    assert verdict(quantity(*first, source=A), quantity(*second, source=B)) == expected


def test_a_percentage_told_to_fewer_digits_is_a_rounding():
    # "61 percent" and "61.3%": one figure rounded, a discrepancy; stated alike, 6% and 7% contradict
    assert verdict(quantity(61, unit="%"), quantity(61.3, unit="%", source=B)) == Verdict.DISCREPANCY
    assert verdict(quantity(61, unit="%"), quantity(61.6, unit="%", source=B)) == Verdict.CONTRADICTION
    assert verdict(quantity(6, unit="%"), quantity(7, unit="%", source=B)) == Verdict.CONTRADICTION
    assert verdict(quantity(61, unit="USD"), quantity(61.3, unit="USD", source=B)) == Verdict.CONTRADICTION


def test_range_allows_its_ends():
    rng = quantity(5000, "between", high=5500, source=A)
    assert (rng.low, rng.high) == (4500, 5500)  # 5,000 is rounded, 5,500 exact
    assert verdict(rng, quantity(5200, source=B)) == Verdict.DISCREPANCY
    assert verdict(quantity(10, "between", high=12, source=A), quantity(13, source=B)) == Verdict.CONTRADICTION


def test_tolerance_is_configurable():
    wide = quantity(180, "about", tolerance=0.10, source=A)
    assert verdict(wide, quantity(168, source=B)) == Verdict.DISCREPANCY


def test_single_source_and_self_conflict():
    f = judge([quantity(5000, source=A)], SOURCES)
    assert f.verdict == Verdict.SINGLE_SOURCE and f.self_conflicts == []
    f = judge([quantity(5000, source=A), quantity(5200, source=A), quantity(5200, source=B)], SOURCES)
    assert f.verdict == Verdict.DISCREPANCY
    assert f.self_conflicts == [A]
    assert f.summary == "5,000 (A News) vs 5,200 (A News, B News)"
    assert f.spread.absolute == 200 and f.spread.relative == pytest.approx(200 / 5200, abs=1e-6)
    assert [v.value for v in f.values] == ["5,000", "5,200"]


def test_one_source_stating_one_value_twice_is_single_source():
    assert verdict(quantity(3, source=A), quantity(3, source=A)) == Verdict.SINGLE_SOURCE


@pytest.mark.parametrize("first, second, expected", [
    (("2020-01-05",), ("2020-01-05",), Verdict.AGREEMENT),
    (("2020-01-05",), ("2020-01-06",), Verdict.CONTRADICTION),
    (("2020-01",), ("2020-01-03",), Verdict.AGREEMENT),  # month contains the day
    (("2019",), ("2019-12",), Verdict.AGREEMENT),  # "last year" and "in December"
    (("2019",), ("2020-01-05",), Verdict.CONTRADICTION),
    (("2019-12",), ("2020-01",), Verdict.CONTRADICTION),
    (("2019-10", "since"), ("2019-11-02",), Verdict.AGREEMENT),
    (("2016", "before"), ("2015-06",), Verdict.AGREEMENT),
    (("2016", "before"), ("2016-01-01",), Verdict.CONTRADICTION),
])
def test_date_verdicts(first, second, expected):
    assert verdict(when(*first, source=A), when(*second, source=B)) == expected


def test_date_spans():
    last_week = when((date(2019, 12, 30), date(2020, 1, 5)), source=A)
    assert verdict(last_week, when("2020-01-05", source=B)) == Verdict.AGREEMENT
    assert verdict(last_week, when("2020-01-06", source=B)) == Verdict.CONTRADICTION
    # overlapping but neither inside the other: could both hold, not the same
    assert verdict(last_week, when("2020-01", source=B)) == Verdict.DISCREPANCY


def test_three_dates_at_three_precisions_agree():
    assert verdict(when("2020", source=A), when("2020-01", source=B), when("2020-01-03", source=C)) \
        == Verdict.AGREEMENT


def test_ranks():
    assert verdict(rank(1, source=A), rank(1, source=B)) == Verdict.AGREEMENT
    assert verdict(rank(1, source=A), rank(2, source=B)) == Verdict.CONTRADICTION


def test_roles_with_spelling_variants_agree():
    f = judge([role("Mohammed al-Halboosi", source=A), role("Mohamed al-Halbousi", source=B),
               role("Mohamed Al Halbousi", source=C)], SOURCES)
    assert f.verdict == Verdict.AGREEMENT
    assert len(f.values) == 1 and f.values[0].sources == [A, B, C]
    assert verdict(role("Adil Abdul Mahdi", source=A), role("Adel Abdul-Mahdi", source=B)) == Verdict.AGREEMENT


def test_a_holder_named_by_initials_agrees():
    """Initials written together stand for the given names ("J.R." for "James R.")."""
    assert verdict(role("J.R. Ortega", source=A), role("James R. Ortega", source=B)) == Verdict.AGREEMENT


def test_two_holders_of_one_role_contradict():
    assert verdict(role("Mark Esper", source=A), role("Mark Milley", source=B)) == Verdict.CONTRADICTION


def test_outlets_naming_one_former_holder_agree():
    # a former holder never contradicts the current one; with no current holder in the finding,
    # two outlets that name one former holder agree on it, and two former holders of one office
    # (both may have held it) are no conflict
    def former(name, source):
        return role(name, source=source).model_copy(update={"qualifier": "former"})
    assert verdict(former("Billy King", A), former("Billy King", B)) == Verdict.AGREEMENT
    assert verdict(former("Billy King", A)) == Verdict.SINGLE_SOURCE
    assert verdict(former("Billy King", A), former("Larry Brown", B)) not in (Verdict.CONTRADICTION,
                                                                               Verdict.DISCREPANCY)
    assert verdict(role("Ed Stefanski", source=A), former("Billy King", B)) == Verdict.SINGLE_SOURCE


def test_unresolved_claims_do_not_vote():
    unresolved = when("2020-01-05", source=B).model_copy(update={"value": None, "start": None, "end": None,
                                                                 "unresolved": "no publication date"})
    f = judge([when("2020-01-05", source=A), unresolved], SOURCES)
    assert f.verdict == Verdict.SINGLE_SOURCE
    assert len(f.claims) == 2


def test_finding_id_is_stable_and_independent_of_claim_order():
    a, b = quantity(5000, source=A), quantity(5200, source=B)
    assert judge([a, b], SOURCES).id == judge([b, a], SOURCES).id
    assert judge([a, b], SOURCES).id != judge([quantity(1, subject="other", source=A)], SOURCES).id


def test_sources_crediting_one_wire_service_count_once():
    from reconcile.compare import independent_count
    from reconcile.models import Source
    sources = {
        "a": Source(id="a", outlet="Outlet A", credits=["Reuters"]),
        "b": Source(id="b", outlet="Outlet B", credits=["AFP", "Reuters"]),
        "c": Source(id="c", outlet="AFP"),  # the wire service itself
        "d": Source(id="d", outlet="Outlet D"),
        "e": Source(id="e", outlet="Outlet E", credits=["AP"]),
    }
    assert independent_count(["a", "b", "c", "d", "e"], sources) == 3  # {a, b, c}, {d}, {e}
    assert independent_count(["a", "d"], sources) == 2
    assert independent_count(["c", "a"], sources) == 2  # linked only through b, which is not here
    assert independent_count(["x"], sources) == 1  # unknown source: counts as itself


def test_summary_names_a_few_sources_and_says_how_many_more():
    claims = [quantity(5000, source=f"s{i:02d}") for i in range(9)] + [quantity(5200, source="t")]
    f = judge(claims, {})
    assert f.summary == "5,000 (s00, s01, s02, s03 and 5 more) vs 5,200 (t)"


def test_an_office_is_named_with_its_scope():
    claims = [role("Donald Trump", source="a", subject="president"),
              role("Donald Trump", source="b", subject="president (US)")]
    claims = [c.model_copy(update={"origin": Origin.EXTRACTED}) for c in claims]
    assert judge(claims, {}).subject == "president (US)"


def test_a_measure_is_named_by_what_it_measures_not_its_bare_dimension():
    # "His deputy got six years" says only "duration"; "a six-year sentence" names the fact
    claims = [quantity(6, source=s, subject=subj, unit="years", key=key).model_copy(
        update={"origin": Origin.EXTRACTED, "dimension": "duration"})
        for s, subj, key in [("a", "duration", "duration|"), ("b", "sentence", "duration sentence|")]]
    assert judge(claims, {}).subject == "sentence"
    alone = [c.model_copy(update={"subject": "duration"}) for c in claims]
    assert judge(alone, {}).subject == "duration"  # nothing else names it


def test_gerunds_of_verbs():
    from reconcile.compare import gerund
    assert [gerund(v) for v in ("restore", "cut", "die", "walk", "see", "fix", "visit", "buying", "sing")] == [
        "restoring", "cutting", "dying", "walking", "seeing", "fixing", "visiting", "buying", "singing"]
    # a verb stressed on its last syllable doubles its consonant; one stressed before it does not
    assert [gerund(v) for v in ("occur", "commit", "prefer", "control", "limit", "offer", "open", "enter")] == [
        "occurring", "committing", "preferring", "controlling", "limiting", "offering", "opening", "entering"]


def test_a_date_finding_is_named_by_its_event_and_the_participant_most_claims_name():
    claims = [when("2020-01-03", source=s, subject=subj).model_copy(update={"key": key, "origin": Origin.EXTRACTED})
              for s, subj, key in [("a", "drone strike on Friday killed", "attack|@soleimani us"),
                                   ("b", "killing of Soleimani", "attack|soleimani"),
                                   ("c", "strike near the airport", "attack|@suleimani baghdad")]]
    assert judge(claims, {}).subject == "date of the attack (Soleimani)"
    unnamed = [c.model_copy(update={"key": "resign|"}) for c in claims]
    assert judge(unnamed, {}).subject == "date of the resignation"
    # of a class's nouns, the one the sentences use ("land" is the class of crashes, floods, fires)
    fire = [c.model_copy(update={"key": "land|", "quote": "The fire destroyed the warehouse on Tuesday."})
            for c in claims]
    assert judge(fire, {}).subject == "date of the fire"
    unsaid = [c.model_copy(update={"key": "land|", "quote": "The warehouse burned on Tuesday."}) for c in claims]
    assert judge(unsaid, {}).subject == "date of the crash"  # none used: the class's first noun
    strike = [c.model_copy(update={"key": "walk out|", "quote": "Nurses went on strike on Tuesday."}) for c in claims]
    assert judge(strike, {}).subject == "date of the strike"  # a class's phrase "on strike": its noun
    # a class of its own: the verb's -ing form, or the word itself where the sentences use it as a noun
    restored = [c.model_copy(update={"key": "restore|", "quote": "Power was restored on Friday."}) for c in claims]
    assert judge(restored, {}).subject == "date of restoring"
    # the extractor's class of a thing's origin ("the mill dates back to 1928") has its noun
    origin = [c.model_copy(update={"key": "origin|", "quote": "The old mill dates back to 1928."}) for c in claims]
    assert judge(origin, {}).subject == "date of the origin"
    shut = [c.model_copy(update={"key": "shut|", "quote": "The port was shut on Friday."}) for c in claims]
    assert judge(shut, {}).subject == "date of shutting the port"  # with what it was done to
    closed = [c.model_copy(update={"key": "seal|", "quote": q}) for c, q in zip(claims, [
        "Police sealed all their offices on Friday.", "Officers sealed all their offices.", "They sealed them."])]
    assert judge(closed, {}).subject == "date of sealing all their offices"
    apart = [c.model_copy(update={"key": "seal|", "quote": q}) for c, q in zip(claims, [
        "Police sealed the offices on Friday.", "Officers sealed the border.", "They sealed the port."])]
    assert judge(apart, {}).subject == "date of sealing"  # no object most sentences give
    cut = [c.model_copy(update={"key": "cut|", "quote": "The cut on Friday left millions offline."}) for c in claims]
    assert judge(cut, {}).subject == "date of the cut"
    odd = [c.model_copy(update={"key": "x-ray|"}) for c in claims]  # not a word: the claims' words
    assert judge(odd, {}).subject == "killing of Soleimani"
    by_hand = claims[:2] + [claims[2].model_copy(update={"origin": Origin.MANUAL, "subject": "the Baghdad strike"})]
    assert judge(by_hand, {}).subject == "the Baghdad strike"


def test_a_count_is_named_as_a_number_of_what_it_counts():
    def named(subject, key=None, **kw):
        claim = quantity(2, subject=subject, **kw).model_copy(update={"origin": Origin.EXTRACTED, "key": key})
        return judge([claim], {}).subject
    assert named("guards taken hostage") == "number of guards taken hostage"
    assert named("people killed") == "number of people killed"
    assert named("turnout") == "turnout"  # itself a number
    assert named("bomb") == "bomb"  # one of a thing: no "number of"
    # one of a thing the key counts: its noun in the plural
    assert named("bomb", key="bomb|") == "number of bombs"
    assert named("man died", key="killed man|") == "number of men died"
    assert named("bomb", key="bomb|crater") == "number of bombs"
    assert named("grandchildren", key="grandchildren|") == "number of grandchildren"  # a plural already
    assert named("share", unit="%") == "share"
    # a count told with what befell it names the group, not its bare retellings
    def claim(subject, key):
        return quantity(23, subject=subject).model_copy(update={"origin": Origin.EXTRACTED, "key": key})
    told = [claim("pirates", "pirates|"), claim("pirates", "pirates|"), claim("pirates seized", "arrested pirates|")]
    assert judge(told, {}).subject == "number of pirates seized"
    assert judge(told[:2], {}).subject == "number of pirates"
    assert judge([quantity(2, subject="the two guards")], {}).subject == "the two guards"  # written by hand


def _measure(text: str, source: str):
    from reconcile.extract.quantities import extract_quantities
    from reconcile.models import Article
    from reconcile.settings import Settings

    (claim,) = extract_quantities(Article(source=Source(id=source), text=text), Settings())
    return claim


def test_one_figure_in_two_units_is_a_conversion_not_a_discrepancy():
    feet = _measure("The 170,000-square-foot building was shut.", A)
    metres = _measure("The 15,800-square-metre building was shut.", B)
    assert verdict(feet, metres) == Verdict.AGREEMENT
    far = _measure("The 25,000-square-metre building was shut.", C)
    assert verdict(feet, far) == Verdict.CONTRADICTION


def test_two_figures_in_one_unit_beside_a_conversion_stay_a_discrepancy():
    a = _measure("The road is 30 miles long.", A)
    b = _measure("The road is 31 miles long.", B)
    c = _measure("The road is 49 km long.", C)
    assert verdict(a, b, c) != Verdict.AGREEMENT


@pytest.mark.parametrize("first, second, expected", [
    # a figure in one unit is the other's conversion to its stated digit (30 mi = 48.28 km)
    ("The chase covered 30 miles.", "The chase covered 48km.", Verdict.AGREEMENT),
    ("The car reached 120 mph.", "The car reached up to 193 km/h.", Verdict.AGREEMENT),
    ("He was ordered into a 90-day stay.", "He was ordered into a three-month stay.", Verdict.AGREEMENT),
    ("The town lies 15 miles away.", "The town lies 24 kilometres away.", Verdict.AGREEMENT),
    # past the stated digit they contradict: 30 mi is 48.28 km, and 50 km is 31.07 mi
    ("The chase covered 30 miles.", "The chase covered 50 km.", Verdict.CONTRADICTION),
    ("The car reached 120 mph.", "The car reached 210 km/h.", Verdict.CONTRADICTION),
    # in one unit the digit is the figure itself: 48 km and 49 km are two figures
    ("The chase covered 48 km.", "The chase covered 49 km.", Verdict.CONTRADICTION),
])
def test_a_conversion_holds_to_its_stated_digit(first, second, expected):
    assert verdict(_measure(first, A), _measure(second, B)) == expected


def test_findings_of_one_key_told_apart_get_ids_of_their_own():
    from reconcile.compare import judge_all
    # one key, two groups (matching told the figures apart): two findings, two ids, each stable
    first, second = [quantity(600, source=A), quantity(600, source=B)], [quantity(200, source=A)]
    findings = judge_all([first, second], SOURCES)
    assert len({f.id for f in findings}) == 2
    again = judge_all([second, list(reversed(first))], SOURCES)
    assert {f.id for f in findings} == {f.id for f in again}
    # a finding alone keeps the id its key gives it
    assert judge_all([first], SOURCES)[0].id == judge(first, SOURCES).id


def test_a_date_told_loosely_differs_from_another_month_it_allows():
    from datetime import date
    # "6 months ago" in mid-November: May, allowing March to July; "in July" is another month, though both may hold
    loose = when("2011-05", source=A).model_copy(update={"start": date(2011, 3, 1), "end": date(2011, 7, 31)})
    assert judge([loose, when("2011-07", source=B)], SOURCES).verdict == Verdict.DISCREPANCY
    assert judge([loose, when("2011-05-20", source=B)], SOURCES).verdict == Verdict.AGREEMENT  # a day of May
    assert judge([loose, when("2011-09", source=B)], SOURCES).verdict == Verdict.CONTRADICTION


def test_a_duration_with_no_figure_is_restated_in_its_groups_unit():
    from reconcile.compare import in_the_group_unit
    from reconcile.models import Claim, Kind
    from reconcile.models import Normalised

    def duration(text, value, unit, days, source):
        return Claim(id=f"c-{source}-{unit}", source=source, kind=Kind.QUANTITY, subject="downtime", value=value,
                     unit=unit, dimension="duration", normalised=Normalised(value=days, unit="days"),
                     low=value, high=value, text=text)
    loose = duration("around an hour", 1, "h", 1 / 24, A)
    figured = duration("1hr 4 mins", 64, "min", 64 / 1440, B)
    restated, same = in_the_group_unit([loose, figured])
    assert (restated.value, restated.unit, restated.text) == (60, "min", "around an hour")
    assert same is figured
    # a figure stated in words or digits keeps its unit; so does a group with no figure in digits
    one = duration("one hour", 1, "h", 1 / 24, A)
    assert in_the_group_unit([one, figured])[0] is one
    assert in_the_group_unit([loose, duration("a day", 1, "days", 1, B)])[0] is loose
    # a larger unit is never the target: "a minute" beside "2 hours" stays a minute
    minute = duration("a minute", 1, "min", 1 / 1440, A)
    assert in_the_group_unit([minute, duration("2 hours", 2, "h", 2 / 24, B)])[0] is minute
