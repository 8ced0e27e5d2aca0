"""Grouping as coreference: the clustering, and the fitted weights against their training data."""
import subprocess
import sys
from pathlib import Path

from reconcile.match.cluster import average_linkage
from reconcile.match.features import FEATURES, model

ROOT = Path(__file__).resolve().parents[1]


def test_average_linkage_does_not_chain_through_one_strong_pair():
    # a-b and b-c are strong, but a and c can never be one fact: b joins one of them, not both
    groups = average_linkage([[0], [1], [2]], [(0, 1, 0.95, False), (1, 2, 0.9, False), (0, 2, 0.0, True)], 0.5)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]


def test_average_linkage_weighs_every_scored_pair_between_two_groups():
    # 3 fits 0 well but 1 and 2 badly: the mean over the group {0, 1, 2} is below the threshold
    pairs = [(0, 1, 0.9, False), (0, 2, 0.9, False), (1, 2, 0.9, False),
             (3, 0, 0.8, False), (3, 1, 0.1, False), (3, 2, 0.1, False)]
    assert sorted(map(sorted, average_linkage([[0], [1], [2], [3]], pairs, 0.5))) == [[0, 1, 2], [3]]
    # must-link groups stay whole; groups come out in order of their first node
    assert average_linkage([[2, 0], [1]], [], 0.5) == [[0, 2], [1]]


def test_average_linkage_keeps_a_vague_date_from_days_it_does_not_meet_even_unscored():
    from datetime import date
    # a vague event on the 3rd, a dated one in 2020, a vague one on the 4th: the pair 0-2 was
    # never scored (no candidates), yet the two vague days would contradict in one group
    spans = [(date(2020, 1, 3), date(2020, 1, 3), True), (date(2020, 1, 1), date(2020, 12, 31), False),
             (date(2020, 1, 4), date(2020, 1, 4), True)]
    pairs = [(0, 1, 0.95, False), (1, 2, 0.9, False)]
    assert sorted(map(sorted, average_linkage([[0], [1], [2]], pairs, 0.5, spans))) == [[0, 1], [2]]
    assert average_linkage([[0], [1], [2]], pairs, 0.5) == [[0, 1, 2]]  # (without days: chained)
    # a day that is not vague may stand beside others: the evidence weighed them
    firm = [(s, e, False) for s, e, _ in spans]
    assert average_linkage([[0], [1], [2]], pairs, 0.5, firm) == [[0, 1, 2]]


def test_the_committed_weights_are_what_the_committed_pairs_give(tmp_path):
    weights = model()
    assert set(weights["date"]["weights"]) == set(FEATURES) == set(weights["other"]["weights"])
    out = tmp_path / "coref.yaml"
    proc = subprocess.run([sys.executable, str(ROOT / "training" / "coref" / "fit.py"), "--write", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text("utf-8") == (ROOT / "reconcile" / "data" / "coref.yaml").read_text("utf-8"), \
        "stale: refit with python training/coref/fit.py --write"


def _mention(claim):
    from reconcile.match.features import Mention
    return Mention.of(0, claim.key or "x|", [claim], False)


def test_the_same_figure_told_in_two_units_is_one_figure_and_another_figure_is_not():
    from reconcile.match.features import same_value
    from reconcile.models import Normalised
    from tests.factories import quantity
    feet = quantity(200, subject="fall", unit="ft").model_copy(update={"normalised": Normalised(unit="m", value=60.96)})
    metres = quantity(61, subject="fall", unit="m", source="b").model_copy(
        update={"normalised": Normalised(unit="m", value=61.0)})
    far = metres.model_copy(update={"value": 600, "normalised": Normalised(unit="m", value=600.0)})
    assert same_value(_mention(feet), _mention(metres))
    assert not same_value(_mention(feet), _mention(far))
    assert same_value(_mention(quantity(12)), _mention(quantity(12, source="b")))
    assert not same_value(_mention(quantity(12)), _mention(quantity(13, source="b")))


def test_a_figure_that_differs_is_no_evidence_against_one_fact():
    # the same figure makes one fact likelier; "US troops" 5,000 and 5,200 in like sentences are
    # one fact whose figures differ, and must be as likely one fact as if the figures were equal
    # but the model had not looked
    from reconcile.match.features import _logistic, pair_features, probability
    from tests.factories import quantity
    same = FEATURES.index("same_value")
    a = quantity(5000, key="troops us|iraq").model_copy(
        update={"quote": "The United States keeps 5,000 troops in Iraq.", "text": "5,000 troops"})
    b = quantity(5200, key="troops us|iraq", source="b").model_copy(
        update={"quote": "The United States keeps 5,200 troops in Iraq.", "text": "5,200 troops"})
    differ = pair_features(_mention(a), _mention(b), 85)
    equal = pair_features(_mention(a), _mention(b.model_copy(update={"value": 5000})), 85)
    assert (differ[same], equal[same]) == (0.0, 1.0)
    assert probability("quantity", equal) > probability("quantity", differ) >= _logistic("other_blind", equal)


def test_dates_open_on_one_side_are_the_same_days_when_their_bound_is():
    from reconcile.match.features import pair_features
    from tests.factories import when
    # "repairs have been completed" on the day of the report: done by then, no first day
    by_friday = when("2011-11-04").model_copy(update={"start": None})
    other = by_friday.model_copy(update={"id": "b", "source": "b"})
    same, overlap = FEATURES.index("same_time"), FEATURES.index("overlap")
    f = pair_features(_mention(by_friday), _mention(other), 85)
    assert (f[same], f[overlap]) == (1.0, 0.0)
    f = pair_features(_mention(by_friday), _mention(when("2011-10-20", source="c")), 85)
    assert (f[same], f[overlap]) == (0.0, 1.0)  # before the 4th: may be the same days
    f = pair_features(_mention(by_friday), _mention(when("2011-11-20", source="c")), 85)
    assert (f[same], f[overlap]) == (0.0, 0.0)


def test_a_date_with_no_days_is_weighed_only_against_dates_with_none():
    """A weekday in an article whose publication date is unknown says nothing of its days: it is no
    evidence for or against a dated mention (it joins one by its key), so no pair of the two is
    scored, while two undated mentions are."""
    from reconcile.match import candidate_pairs, mentions_of
    from reconcile.settings import Settings
    from tests.factories import when
    dated = [when("2013-06-06", source=s, subject="Esther Williams died") for s in "ab"]
    undated = [when("2013-06-06", source=s, subject="Esther Williams died").model_copy(
        update={"value": None, "start": None, "end": None, "unresolved": "relative expression"}) for s in "cd"]
    for claims in (dated + undated[:1], undated):
        (kind, mentions, must), = list(mentions_of([c.model_copy(update={
            "key": "die|williams perished", "text": "Thursday",
            "quote": f"Esther Williams died on Thursday, outlet {c.source} said."}) for c in claims]))
        pairs = {(a.index, b.index) for a, b, _, _ in candidate_pairs(kind, mentions, [[m.index] for m in mentions],
                                                                      Settings())}
        no_days = {m.index for m in mentions if m.start is None}
        assert pairs and all((a in no_days) == (b in no_days) for a, b in pairs), pairs


def test_one_and_the_same_calendar_day_counts_its_probability_twice_over(monkeypatch):
    """Two mentions of one stated day are weighed at ONE_DAY_ODDS times the fitted probability,
    unless they name events of two classes of the vocabulary; the same two mentions of one month
    are weighed as fitted."""
    import reconcile.match as match
    from reconcile.match import candidate_pairs, mentions_of
    from reconcile.settings import Settings
    from tests.factories import when

    def probabilities(value, first="fire|warehouse", second="sound|alarm"):
        fire = when(value, source="a", subject="the fire").model_copy(update={
            "key": first, "text": "Monday", "quote": "The warehouse fire broke out on Monday, police said."})
        alarm = when(value, source="b", subject="the alarm").model_copy(update={
            "key": second, "text": "Monday", "quote": "Firefighters heard the alarm at the warehouse on Monday."})
        (kind, mentions, must), = list(mentions_of([fire, alarm]))
        return [match.score(True, a, b, f, cannot) for a, b, f, cannot in
                candidate_pairs(kind, mentions, [[m.index] for m in mentions], Settings())]

    day, month, two_classes = probabilities("2013-06-06"), probabilities("2013-06"), \
        probabilities("2013-06-06", second="call|firefighters")
    monkeypatch.setattr(match, "ONE_DAY_ODDS", 1.0)
    day_as_fitted, month_as_fitted = probabilities("2013-06-06"), probabilities("2013-06")
    assert day and month_as_fitted == month and 0 < month[0] < 1
    assert day == [min(1.0, 2.0 * p) for p in day_as_fitted] and day != day_as_fitted
    # "fire" and "call" are two classes of events: one day in common is weighed as fitted
    assert two_classes == probabilities("2013-06-06", second="call|firefighters")


def test_one_event_told_at_two_precisions_gets_the_same_odds(monkeypatch):
    """A day inside a month of one event word ("killed on October 21" / "killed in October") is
    weighed at ONE_DAY_ODDS times the fitted probability; two event words, or a span of more than
    a year, as fitted."""
    import reconcile.match as match
    from reconcile.match import candidate_pairs, mentions_of
    from reconcile.match.features import nested_days
    from reconcile.settings import Settings
    from tests.factories import when

    def probabilities(day, month, second_key="attack|brownsville"):
        first = when(day, source="a", subject="the shooting").model_copy(update={
            "key": "attack|horton", "text": "Oct. 21", "quote": "Horton was killed on Oct. 21 near a school."})
        second = when(month, source="b", subject="the shooting").model_copy(update={
            "key": second_key, "text": "October", "quote": "The mother was shot dead in October in Brownsville."})
        (kind, mentions, must), = list(mentions_of([first, second]))
        return [(nested_days(a, b), match.score(True, a, b, f, cannot)) for a, b, f, cannot in
                candidate_pairs(kind, mentions, [[m.index] for m in mentions], Settings())]

    told = {"nested": probabilities("2011-10-21", "2011-10"), "two events": probabilities(
        "2011-10-21", "2011-10", "protest|brownsville"), "decade": probabilities("2011-10-21", ("2010-01-01", "2012-12-31"))}
    monkeypatch.setattr(match, "ONE_DAY_ODDS", 1.0)
    fitted = {"nested": probabilities("2011-10-21", "2011-10"), "two events": probabilities(
        "2011-10-21", "2011-10", "protest|brownsville"), "decade": probabilities("2011-10-21", ("2010-01-01", "2012-12-31"))}
    (inside, p), = told["nested"]
    (_, p_fitted), = fitted["nested"]
    assert inside and p_fitted < 0.5 and p == 2.0 * p_fitted
    assert told["two events"] == fitted["two events"] and told["decade"] == fitted["decade"]
    assert not told["decade"][0][0]  # three years are no coarser telling of one day


def test_a_prefix_of_kin_makes_a_noun_of_people_of_one_in_the_class():
    # "four grandsons" / "four grandchildren": two nouns of people, which the evidence may join;
    # no other word is made one by its ending ("seasons" is no "sea" + "sons")
    from reconcile.lexicon import person_nouns
    from reconcile.match import _two_counted_events
    from tests.factories import quantity
    assert {"grandsons", "stepchildren", "great-grandchildren"} <= person_nouns()
    assert "seasons" not in person_nouns()
    grandsons, grandchildren = _mention(quantity(4, key="grandsons|")), _mention(quantity(4, key="grandchildren|", source="b"))
    assert grandsons.persons and grandchildren.persons
    assert not _two_counted_events(grandsons, grandchildren)
    assert _two_counted_events(grandsons, _mention(quantity(4, key="seasons|", source="b")))
