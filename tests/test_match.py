"""Grouping claims into findings: keys, aliases, fuzzy subjects, contexts, blocking."""
from datetime import date

from reconcile.match import AliasSet, group_claims
from reconcile.models import Kind, Origin
from tests.factories import quantity, role, when


def subjects(groups):
    return sorted(sorted(c.subject for c in g) for g in groups)


def test_equal_after_normalisation():
    groups = group_claims([quantity(5000, subject="US troops in Iraq"),
                           quantity(5200, subject="U.S. troops in Iraq", source="b"),
                           quantity(5200, subject="American forces in Iraq", source="c")])
    assert len(groups) == 1


def test_different_subjects_stay_apart():
    groups = group_claims([quantity(5000, subject="US troops in Iraq"),
                           quantity(900, subject="UK troops in Iraq", source="b"),
                           quantity(25, subject="people killed", source="b"),
                           quantity(3, subject="protesters wounded", source="b")])
    assert len(groups) == 4


def test_kind_unit_and_as_of_block_grouping():
    groups = group_claims([quantity(40, subject="turnout", unit="%"),
                           quantity(40, subject="turnout", source="b"),
                           quantity(5000, subject="US troops", as_of="2016", source="b"),
                           quantity(5200, subject="US troops", source="b"),
                           when("2020-01-05", subject="turnout")])
    assert len(groups) == 5


def test_alias_joins_subjects():
    claims = [quantity(165, subject="quorum of parliament"),
              quantity(165, subject="minimum attendance for a vote", source="b")]
    assert len(group_claims(claims)) == 2
    alias = AliasSet(subjects=["Quorum of parliament", "minimum attendance for a vote"])
    assert len(group_claims(claims, [alias])) == 1
    other_kind = AliasSet(subjects=["quorum of parliament", "minimum attendance for a vote"], kind=Kind.DATE)
    assert len(group_claims(claims, [other_kind])) == 2


def test_fuzzy_subjects_group():
    groups = group_claims([when("2020-01-03", subject="killing of Soleimani"),
                           when("2020-01-03", subject="killing of Suleimani", source="b"),
                           when("2020-01-03", subject="killing of Baghdadi", source="c")])
    assert subjects(groups) == [["killing of Baghdadi"], ["killing of Soleimani", "killing of Suleimani"]]


def test_context_free_key_joins_only_an_unambiguous_group():
    said = {"quote": "The United States keeps 5,000 troops in Iraq, officials said.", "text": "5,000 troops"}
    iraq = quantity(5000, key="troops us|iraq").model_copy(update=said)
    bare = quantity(5200, key="troops us|", source="b").model_copy(
        update={"quote": "Some 5,200 US troops remain in the country, officials said.", "text": "5,200 US troops"})
    assert len(group_claims([iraq, bare])) == 1
    syria = quantity(900, key="troops us|syria", source="c")
    groups = group_claims([iraq, bare, syria])
    assert len(groups) == 3
    wider = quantity(5100, key="troops us|baghdad iraq", source="c")
    assert len(group_claims([iraq, wider])) == 1  # one context inside the other


def test_a_date_is_not_ambiguous_between_tellings_of_its_own_day():
    # "Orozco was convicted in the Ortiz killing on March 20" beside two tellings of that day whose
    # participants clash with each other ("the Gardens court convicted ... Ortiz", "Orozco was
    # convicted"): one day's event told with other participants is one event as often as two, so
    # the clash between them does not keep the first from both (on other days, or for counts, it
    # still does: "US troops" beside Iraq's and Syria's)
    from reconcile.match import _ambiguous, candidate_pairs, mentions_of
    from reconcile.settings import Settings

    def dated(value, key, source):
        return when(value, source=source).model_copy(update={"key": key, "subject": "date of the conviction"})

    def ambiguous(day_b, day_c):
        claims = [dated("2007-03-20", "convict|@orozco @ortiz", "a"), dated(day_b, "convict|@gardens @ortiz", "b"),
                  dated(day_c, "convict|@orozco", "c")]
        (kind, mentions, must), = list(mentions_of(claims))
        pairs = {(a.index, b.index): f for a, b, f, cannot in candidate_pairs(kind, mentions, must, Settings())}
        first = next(m.index for m in mentions if m.key == "convict|@orozco @ortiz")
        return first in _ambiguous(kind, mentions, pairs)
    assert not ambiguous("2007-03-20", "2007-03-20")
    assert ambiguous("2007-03", "2007-03")


def test_flattened_key_matches_plain_subject():
    structured = quantity(5000, key="troops us|iraq")
    plain = quantity(5200, subject="US troops in Iraq", source="b")
    assert len(group_claims([structured, plain])) == 1


def test_roles_group_by_office_not_holder():
    groups = group_claims([role("Mohamed al-Halbousi"), role("Mohammed al-Halboosi", source="b"),
                           role("Adel Abdul Mahdi", subject="Prime Minister")])
    assert len(groups) == 2


def test_grouping_is_deterministic():
    claims = [quantity(v, subject=s, source=src) for v, s, src in
              [(1, "a b", "x"), (2, "b a", "y"), (3, "c", "x"), (4, "a b c", "z")]]
    first = [[c.id for c in g] for g in group_claims(claims)]
    again = [[c.id for c in g] for g in group_claims(claims)]
    assert first == again


def _event(key, source):
    return when("2020-01-03", source=source, subject=key).model_copy(update={"key": key})


def test_events_group_on_a_shared_named_participant_spelt_either_way():
    groups = group_claims([_event("attack|@soleimani pentagon", "a"),
                           _event("attack|@suleimani quds", "b"),
                           _event("attack|@muhandis @soleimani us", "c"),
                           _event("attack|@baghdadi us", "d"),  # another victim: another event
                           _event("vote|@soleimani", "e")])  # another kind of event
    assert subjects(groups) == [["attack|@baghdadi us"],
                                ["attack|@muhandis @soleimani us", "attack|@soleimani pentagon",
                                 "attack|@suleimani quds"],
                                ["vote|@soleimani"]]


def test_events_without_names_group_when_their_places_and_agents_fit():
    groups = group_claims([_event("vote|iraq parliament", "a"), _event("vote|iraqi parliament us", "b"),
                           _event("vote|parliament syria", "c")])
    assert subjects(groups) == [["vote|iraq parliament", "vote|iraqi parliament us"], ["vote|parliament syria"]]


def test_events_without_participants_agree_on_the_same_days_and_never_contradict():
    monday = _event("attack|", "c").model_copy(update={"value": "2020-01-06", "start": date(2020, 1, 6),
                                                       "end": date(2020, 1, 6)})
    groups = group_claims([_event("attack|", "a"), _event("attack|", "b"), monday,
                           _event("attack|us", "d"), monday.model_copy(update={"key": "attack|us", "source": "e"})])
    together = {frozenset(c.source for c in g) for g in groups}
    assert frozenset("ab") <= next(g for g in together if "a" in g)  # one event word, one day
    for g in groups:  # on other days, never: no contradiction between events nothing identifies
        assert len({c.start for c in g}) == 1, [c.source for c in g]



def test_a_copied_sentence_joins_vague_claims_whatever_their_values():
    said = "A bus crash killed three people on the coast road, police said."
    a = quantity(3, source="a", subject="people").model_copy(update={"key": "people|", "quote": said, "text": "three",
                                                                   "origin": Origin.EXTRACTED})
    b = a.model_copy(update={"id": "b1", "source": "b", "value": 4, "quote": said.replace("three", "four"),
                             "text": "four"})
    c = a.model_copy(update={"id": "c1", "source": "c", "value": 5, "quote": "Five people were seen at the border.",
                             "text": "Five"})
    groups = group_claims([a, b, c])
    assert sorted(sorted(x.source for x in g) for g in groups) == [["a", "b"], ["c"]]


def test_a_vaguer_event_does_not_bridge_two_places():
    groups = group_claims([_event("vote|iraq parliament", "a"), _event("vote|parliament syria", "b"),
                           _event("vote|parliament", "c")])
    assert len(groups) == 3


def test_occurrences_of_one_event_years_apart_are_two_findings():
    quake_2004 = _event("land|aceh sumatra", "a").model_copy(update={"value": "2004", "start": date(2004, 1, 1),
                                                                 "end": date(2004, 12, 31), "precision": "year"})
    quake_2013 = _event("land|aceh sumatra", "b").model_copy(update={"value": "2013-07-02", "start": date(2013, 7, 2),
                                                                 "end": date(2013, 7, 2)})
    close = _event("land|aceh sumatra", "c").model_copy(update={"value": "2013-07-03", "start": date(2013, 7, 3),
                                                            "end": date(2013, 7, 3)})
    groups = group_claims([quake_2004, quake_2013, close])
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a"], ["b", "c"]]


def test_a_plain_name_joins_the_named_event_and_one_vague_word_joins_nothing():
    def events(value):
        return [when(value, source=s, subject=k).model_copy(update={"key": k}) for k, s in (
            ("attack|@soleimani us", "a"), ("attack|soleimani us", "b"), ("attack|us", "c"), ("attack|militia us", "d"))]
    groups = group_claims(events("2020-01"))
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a", "b"], ["c"], ["d"]]
    # on one stated day, an attack with a plain word joins the named attack of that day by the
    # day's odds (match.ONE_DAY_ODDS); an attack with no participant still joins nothing
    groups = group_claims(events("2020-01-03"))
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a", "b", "d"], ["c"]]


def test_counts_of_people_with_no_event_place_or_owner_are_never_compared():
    three = quantity(3, source="a").model_copy(update={"origin": Origin.EXTRACTED})
    twenty = quantity(20, source="b").model_copy(update={"origin": Origin.EXTRACTED})
    # the same counted event in like sentences is compared; bare "people" never is
    said = "The floods in the valley killed {} people, the regional governor said on Monday."
    groups = group_claims([three.model_copy(update={"key": "people|"}), twenty.model_copy(update={"key": "people|"}),
                           three.model_copy(update={"key": "killed people|", "id": "k1", "quote": said.format(3)}),
                           twenty.model_copy(update={"key": "killed people|", "id": "k2", "quote": said.format(20)})])
    assert sorted(len(g) for g in groups) == [1, 1, 2]


def test_an_unscoped_title_joins_the_scoped_group_of_the_same_holder():
    def holder(name, key, source):
        return role(name, source=source).model_copy(update={"key": key})
    groups = group_claims([holder("Donald Trump", "president|us", "a"), holder("Donald Trump", "president|~trump", "b"),
                           holder("Hassan Rouhani", "president|iran", "c"), holder("Emmanuel Macron", "president|~macron", "d")])
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a", "b"], ["c"], ["d"]]


def test_one_holder_under_two_titles_is_one_role_unless_their_scopes_clash():
    def holder(name, key, source):
        return role(name, source=source).model_copy(update={"key": key})
    groups = group_claims([holder("Dana Reyes", "attorney|~reyes", "a"), holder("Dana Reyes", "lawyer|~reyes", "b"),
                           holder("Omar Bakr", "lawyer|~bakr", "c"),
                           holder("Lee Park", "minister|finance", "d"), holder("Lee Park", "governor|westland", "e")])
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a", "b"], ["c"], ["d"], ["e"]]
    # a scope that names only a kind of body ("the team's president") may be any body's
    groups = group_claims([holder("Lee Park", "president|team", "a"), holder("Lee Park", "general manager|rovers", "b")])
    assert len(groups) == 1


def test_a_context_the_other_sentence_names_is_shared():
    # "5,200 US troops" has no place in its key, but its sentence names Iraq: it is the count of
    # "5,000 US troops in Iraq", even beside another figure of its own article
    from reconcile.match import _context_named, mentions_of
    iraq = quantity(5000, key="troops us|iraq").model_copy(
        update={"quote": "The letter caused confusion about US forces in Iraq, who now number 5,000.", "text": "5,000"})
    same_article = quantity(5000, key="troops us|iraq", source="b").model_copy(
        update={"quote": "It wants the withdrawal of some 5,000 troops based in Iraq.", "text": "5,000 troops"})
    bare = quantity(5200, key="troops us|", source="b").model_copy(
        update={"quote": "A pullout of the 5,200 US troops could deepen Iran's influence in Iraq.",
                "text": "5,200 US troops"})
    elsewhere = bare.model_copy(update={"id": "e1", "source": "c", "quote": "A pullout of 5,200 US troops is planned.",
                                        "text": "5,200 US troops"})
    (_, mentions, _), = list(mentions_of([iraq, bare, elsewhere]))
    assert _context_named(mentions[0], mentions[1]) and not _context_named(mentions[0], mentions[2])
    assert len(group_claims([iraq, same_article, bare])) == 1


def _extracted(text: str, source: str):
    from reconcile.extract import extract_claims
    from reconcile.models import Article, Source
    from reconcile.settings import Settings
    return extract_claims(Article(source=Source(id=source, published=date(2021, 5, 4)), text=text), Settings())


def test_equal_count_keys_of_two_articles_are_weighed_not_joined_outright():
    from reconcile.match import mentions_of
    aldport = _extracted("Seven people were killed when bombs hit the market in Aldport, the governor said.", "a")
    again = _extracted("Nine people were killed when bombs hit the crowded market in Aldport.", "b")
    brenton = _extracted("In the hills near Brenton, three people were killed overnight when a landslide "
                         "buried two farmhouses, the mayor told regional radio.", "c")
    claims = [c for c in aldport + again + brenton if c.key == "killed people|"]
    assert [c.value for c in claims] == [7, 9, 3]
    (_, mentions, must), = list(mentions_of(claims))
    assert len(must) == 3  # no identity across articles: each figure starts alone
    # the like sentences about one market bombing join; whether the landslide joins them is for
    # the weighed evidence to say (here it is close to the threshold either way)
    groups = group_claims(claims)
    assert any({7, 9} <= {c.value for c in g} for g in groups)


def test_equal_count_keys_join_outright_when_a_figure_is_said_to_have_changed():
    first = _extracted("Officials first said 20 people were killed.", "a")
    elsewhere = _extracted("By evening the death toll had risen to 41, the regional governor said.", "b")
    assert {c.key for c in first + elsewhere} == {"killed people|"}
    assert [c.changed for c in elsewhere] == ["risen"]
    # against another article's figure: one running figure (within one article, one key is one fact)
    assert len(group_claims(first + elsewhere)) == 1


def test_equal_count_keys_within_one_article_are_one_fact_when_told_again_or_revised():
    again = _extracted("Officials said 20 people were killed. Later the mayor repeated that 20 people "
                       "were killed in the flooding.", "a")
    revised = _extracted("Officials said 20 people were killed. By evening the death toll had risen to 41.", "a")
    loose = _extracted("The plan would pull out its approximately 5,000 troops. A pullout of the estimated "
                       "5,200 troops could leave a gap.", "a")  # figures that could be one: a self-discrepancy
    for claims in (again, revised, loose):
        counts = [c for c in claims if c.kind.value == "quantity"]
        assert len(counts) == 2 and len({c.key for c in counts}) == 1
        assert len(group_claims(counts)) == 1
    # other figures of one bare key in one article are weighed like any pair: a camp's dead and a
    # war's are two facts
    apart = _extracted("The commissioner said 12 people were killed on Thursday. Some 2 million "
                       "people were killed in the civil war that ended in 2005.", "a")
    counts = [c for c in apart if c.kind.value == "quantity"]
    assert [c.value for c in counts] == [12, 2000000] and len({c.key for c in counts}) == 1
    assert len(group_claims(counts)) == 2


def test_a_cannot_link_vetoes_a_merge_only_where_the_values_differ():
    from reconcile.match import RULED_OUT, _veto, candidate_pairs, mentions_of
    from reconcile.settings import Settings
    monday = _extracted("The storm struck the coast on Monday.", "a")
    same = _extracted("Roofs were torn off when the storm struck on Monday.", "b")
    other = _extracted("The storm struck the coast on Sunday.", "c")
    (kind, mentions, must), = list(mentions_of(monday + same + other))
    verdicts = {}
    for a, b, f, cannot in candidate_pairs(kind, mentions, must, Settings()):
        verdicts[frozenset({a.claims[0].source, b.claims[0].source})] = (cannot, _veto(kind, a, b, f))
    # the same day: whatever else keeps them apart adds no evidence, but does not forbid a merge
    assert verdicts[frozenset("ab")] in {(False, False), (True, False)}
    # another day: a merge would set the two days against each other
    assert verdicts[frozenset("ac")][1] and verdicts[frozenset("bc")][1]
    assert _veto(kind, mentions[0], mentions[1], RULED_OUT)


def test_two_figures_of_one_key_in_one_sentence_are_a_list_not_a_conflict():
    listed = _extracted("The camp received a three-day ration on 29 October and a one-day ration on 7 November.", "a")
    rations = [c for c in listed if c.value in (1, 3)]
    assert len(rations) == 2 and len({c.key for c in rations}) == 1
    assert sorted(len(g) for g in group_claims(rations)) == [1, 1]
    risen = _extracted("The death toll rose from 20 to 41 overnight, officials said.", "a")
    assert [c.value for c in risen if c.changed] == [41]
    assert len(group_claims(risen)) == 1  # a figure said to have changed: one running figure


def test_an_as_of_period_is_evidence_and_periods_that_do_not_meet_are_a_cannot_link():
    from reconcile.match import candidate_pairs, mentions_of
    from reconcile.settings import Settings
    now = _extracted("The team posted a 10-win improvement over the previous season under its new coach.", "a")
    dated = _extracted("In 2004 the team posted a 10-win improvement over the previous season under its coach.", "b")
    other = _extracted("In 2001 the team posted a 12-win improvement over the previous season under its coach.", "c")
    claims = [c for c in now + dated + other if c.kind.value == "quantity"]
    assert [(c.value, c.as_of) for c in claims] == [(10, None), (10, "2004"), (12, "2001")]
    (kind, mentions, must), = list(mentions_of(claims))
    assert len(must) == 3  # one key, three periods: no identity
    cannot = {frozenset({a.claims[0].source, b.claims[0].source}): c
              for a, b, _, c in candidate_pairs(kind, mentions, must, Settings())}
    assert cannot[frozenset("bc")] and not cannot[frozenset("ab")]  # 2004 and 2001 do not meet
    groups = group_claims(claims)
    assert sorted(sorted(c.value for c in g) for g in groups) == [[10, 10], [12]]


def test_one_figure_told_with_two_periods_is_weighed_not_kept_apart():
    """Two outlets give one figure and disagree on the year of the event it belongs to ("approved
    a $3 million bond in 2010" / "in 2009"): the year is evidence, no cannot-link; two figures of
    two periods stay apart."""
    from reconcile.match import candidate_pairs, mentions_of
    from reconcile.settings import Settings
    a = _extracted("In 2010 Lakeside voters approved a $3 million bond to buy the old mill.", "a")
    b = _extracted("In 2009 Lakeside voters approved a $3 million bond to buy the old mill.", "b")
    c = _extracted("In 2007 Lakeside voters approved a $5 million bond to buy the old mill.", "c")
    claims = [x for x in a + b + c if x.kind.value == "quantity"]
    assert [(x.value, x.as_of) for x in claims] == [(3000000, "2010"), (3000000, "2009"), (5000000, "2007")]
    (kind, mentions, must), = list(mentions_of(claims))
    cannot = {frozenset({m.claims[0].source, n.claims[0].source}): c
              for m, n, _, c in candidate_pairs(kind, mentions, must, Settings())}
    assert not cannot[frozenset("ab")] and cannot[frozenset("bc")]
    groups = group_claims(claims)
    assert sorted(sorted(x.source for x in g) for g in groups) == [["a", "b"], ["c"]]


def test_one_title_and_one_holder_is_one_role_whatever_the_scope_wording():
    fire = _extracted("Dunmore Fire Chief Alan Pryce said the roof fell in.", "a")
    rescue = _extracted("Rescue Chief Alan Pryce said the crews pulled back.", "b")
    harbour = _extracted("Harbour Fire Chief Owen Tate said the roof fell in.", "c")
    scoped = _extracted("Hospital spokeswoman Mira Holt said two were hurt.", "d")
    bare = _extracted("Spokeswoman Mira Holte said both were stable.", "e")  # the name spelt another way
    roles = [c for c in fire + rescue + harbour + scoped + bare if c.kind.value == "role"]
    assert [c.key for c in roles] == ["chief|dunmore fire", "chief|rescue", "chief|fire harbour",
                                      "spokesperson|hospital ~holt", "spokesperson|~holte"]
    groups = sorted(sorted(c.source for c in g) for g in group_claims(roles))
    assert groups == [["a", "b"], ["c"], ["d", "e"]]  # another chief of another scope stays apart


def test_two_spokespeople_of_one_body_are_two_holders_and_one_name_told_two_ways_is_one():
    """A body speaks through several people at once: two of its spokespeople contradict no one;
    one spokesman whose name is told two ways ("Sawarmi Khaled Saad" / "Al-Sawarmi Khalid") is one."""
    a = _extracted("Ana Ruiz, a spokeswoman for the Harbor Ministry, said the port was shut.", "a")
    b = _extracted("Harbor Ministry spokesman Omar Reyes said the port would reopen.", "b")
    c = _extracted("Lakeland Army spokesman Tarek Khaled Saad said the camp was not hit.", "c")
    d = _extracted("Al-Tarek Khalid, spokesman for Lakeland's armed forces, denied it.", "d")
    roles = [x for x in a + b + c + d if x.kind.value == "role"]
    groups = sorted(sorted(x.source for x in g) for g in group_claims(roles))
    assert groups == [["a"], ["b"], ["c", "d"]]


def test_a_ranking_told_with_fewer_of_its_words_is_one_rank():
    from reconcile.match.keys import _rank_within
    told = ["This is the third successful rescue operation conducted by INS Tarkash in the course of her patrol.",
            "This is the third successful rescue operation conducted by Tarkash during the patrol.",
            "This rescue by INS Tarkash was the third successful operation by its crew during the patrol."]
    ranks = [c for i, t in enumerate(told) for c in _extracted(t, "abc"[i]) if c.kind.value == "rank"]
    assert len({c.key for c in ranks}) == 3 and [c.value for c in ranks] == [3, 3, 3]
    assert len(group_claims(ranks)) == 1
    # a key of two words says too little to be found inside another
    assert not _rank_within("successful operation ordinal", "tarkash successful rescue operation ordinal")
    assert _rank_within("tarkash successful operation ordinal", "tarkash successful rescue operation ordinal")


def _rank_groups(*told: str) -> list[list[str]]:
    ranks = [c for i, t in enumerate(told) for c in _extracted(t, "abcdefgh"[i]) if c.kind.value == "rank"]
    return sorted(sorted(c.source for c in g) for g in group_claims(ranks))


def test_one_ranking_told_by_other_superlatives_and_scope_words_is_one_rank():
    """"busiest", "biggest", "top" and "largest" order one ranking; "the nation's", "nationally"
    and "in the country" are one scope; so the outlets' ranks meet (and contradict: 2 vs 1)."""
    assert _rank_groups("Orvane Bank is the largest lender in the nation.",
                        "Orvane Bank is the country's biggest lender.",
                        "Orvane Bank is the nation's top lender.",
                        "Orvane Bank is the second-largest lender in the country.") == [["a", "b", "c", "d"]]
    assert _rank_groups("Pellmark Port is the third-busiest port in Asia.",
                        "Pellmark Port is Asia's third-largest port.") == [["a", "b"]]


def test_a_place_among_a_plural_category_meets_the_superlative_of_that_category():
    """"15th among Europe's ports" ranks ports in Europe, as "the 14th-busiest port in Europe"
    does ("ports" in the scope is the category, in its singular); a place told with no order is
    one of the default order (size), not of another ("the most profitable port"), and a place
    among another category ("its second terminal") is another ranking."""
    from reconcile.match.keys import claim_key
    told = ("Nova Pellmark is the 14th-busiest port in Europe.", "Nova Pellmark rose to 15th place among Europe's ports.",
            "Nova Pellmark opened its second terminal in May.", "Nova Pellmark is the most profitable port in Europe.")
    ranks = [c for i, t in enumerate(told) for c in _extracted(t, "abcd"[i]) if c.kind.value == "rank"]
    assert [claim_key(c) for c in ranks][:2] == ["nova pellmark port largest|europe", "nova pellmark port|europe"]
    assert _rank_groups(*told) == [["a", "b"], ["c"], ["d"]]


def test_a_family_name_alone_meets_the_full_name_in_one_ranking():
    """"Marek Sova finished second" / "Sova came in third": one runner's places, a contradiction;
    the family name ranked in another list ("Sova, the fifth-fastest sprinter in Asia") and
    another runner stay apart."""
    assert _rank_groups("Marek Sova finished second.", "Sova came in third.", "Ilsa Brandt finished fourth.",
                        "Sova is the fifth-fastest sprinter in Asia.") == [["a", "b"], ["c"], ["d"]]


def test_rank_keys_fold_plurals_orders_and_scopes_and_drop_words_of_a_ranking():
    from reconcile.match.keys import rank_key
    assert rank_key("kestrel airports|europe") == "kestrel airport|europe"
    assert rank_key("kestrel ranking|airports european") == "kestrel airport|european"
    assert rank_key("kestrel airport busiest|nation") == "kestrel airport largest|country"
    assert rank_key("kestrel airport largest|nationally") == "kestrel airport largest|country"
    # a superlative is no plural, and a scope that is no plural stays the scope
    assert rank_key("kestrel airport largest|lakeland") == "kestrel airport largest|lakeland"
    assert rank_key("kestrel address|") == "kestrel address|"


def test_two_days_of_one_article_are_two_occasions():
    text = ("In a press conference on Wednesday, President Mara Jovic said the army would not respond. "
            "President Jovic held a press conference on Thursday to condemn the second raid.")
    dates = [c for c in _extracted(text, "a") if c.kind.value == "date"]
    assert [c.start.day for c in dates] == [28, 29] and dates[0].key != dates[1].key
    assert len(group_claims(dates)) == 2  # not one conference told with two days


def test_statements_are_dated_in_a_block_of_their_own():
    from reconcile.match import mentions_of
    from reconcile.match.keys import block
    said = _extracted("The bridge collapsed on Thursday, police told reporters on Thursday.", "a")
    dates = [c for c in said if c.kind.value == "date"]
    statement = [c for c in dates if c.key.startswith("statement ")]
    event = [c for c in dates if not c.key.startswith("statement ")]
    assert len(statement) == 1 and len(event) == 1
    assert block(statement[0]) != block(event[0])
    # a statement's mentions never meet an event's: they cannot crowd its candidates
    assert sorted(len(mentions) for _, mentions, _ in mentions_of(dates)) == [1, 1]


def test_a_rare_shared_word_outranks_terms_many_mentions_share():
    from reconcile.match import CANDIDATES_EACH, candidate_pairs, mentions_of
    from reconcile.settings import Settings
    target = when("2020-01-05", subject="prison escape", source="a")
    partner = when("2020-01-07", subject="jail escape", source="b")
    # many mentions that each share two common terms with one of them (a word and the day)
    fillers = [when("2020-01-05", subject=f"prison riot {k}", source=f"f{k}") for k in range(CANDIDATES_EACH + 5)] + \
        [when("2020-01-07", subject=f"jail riot {k}", source=f"g{k}") for k in range(CANDIDATES_EACH + 5)]
    claims = [target] + fillers + [partner]
    (kind, mentions, must), = list(mentions_of(claims))
    pairs = {frozenset({a.claims[0].source, b.claims[0].source}) for a, b, _, _ in
             candidate_pairs(kind, mentions, must, Settings())}
    assert frozenset({"a", "b"}) in pairs


def test_mentions_holding_every_core_word_stay_candidates_when_others_crowd_them_out():
    from reconcile.match import CANDIDATES_EACH, candidate_pairs, mentions_of
    from reconcile.settings import Settings
    # "4 bombs": many mentions share its figure and its noun, and would take all its candidates;
    # "5 bombs dropped" holds its one core word, so it is weighed against it all the same
    target = quantity(5, source="a", subject="bombs dropped")
    fillers = [quantity(4, source=f"f{k}", subject=f"bombs school{k}") for k in range(CANDIDATES_EACH + 5)]
    partner = quantity(4, source="b", subject="bombs")
    (kind, mentions, must), = list(mentions_of([target] + fillers + [partner]))
    pairs = {frozenset({a.claims[0].source, b.claims[0].source}) for a, b, _, _ in
             candidate_pairs(kind, mentions, must, Settings())}
    assert frozenset({"a", "b"}) in pairs


def test_one_events_dates_start_together_only_where_their_days_meet():
    from reconcile.match import mentions_of
    tuesday = _extracted("Mayor Ilsa Brandt resigned on Tuesday after the audit.", "a")
    friday = _extracted("Mayor Ilsa Brandt resigned on Friday after the audit.", "b")
    again = _extracted("Mayor Ilsa Brandt resigned on Tuesday, aides said.", "c")
    dates = [c for c in tuesday + friday + again if c.kind.value == "date" and not c.key.startswith("statement ")]
    assert len({c.key for c in dates}) == 1 and len(dates) == 3
    (_, mentions, must), = list(mentions_of(dates))
    assert sorted(sorted(mentions[i].claims[0].source for i in g) for g in must) == [["a", "c"], ["b"]]
    # the other day is weighed, and here the evidence joins it: a day told two ways
    (group,) = group_claims(dates)
    assert {c.source for c in group} == {"a", "b", "c"}


def test_a_roles_candidates_naming_its_own_holder_make_it_no_less_sure():
    told = ["Mira Kerr's lawyer Dana Whitfield said the hearing went well.",
            "Kerr's lawyer Dana Whitfield told the court she was in treatment.",
            "MK's lawyer Dana Whitfield declined to comment.",         # the client by her initials
            "Her lawyer Dana Whitfield said the stay was voluntary."]   # no scope: keyed on the holder
    roles = [c for i, t in enumerate(told) for c in _extracted(t, "abcd"[i]) if c.kind.value == "role"]
    # a client has several lawyers at once: the keys name the holder too
    assert [c.key for c in roles] == ["lawyer|kerr mira ~whitfield", "lawyer|kerr ~whitfield", "lawyer|mk ~whitfield",
                                      "lawyer|~whitfield"]
    assert len(group_claims(roles)) == 1


def test_a_chief_and_a_head_of_one_body_are_one_title():
    chief = _extracted("Fund chief Anna Lindqvist said the loan was ready.", "a")
    head = _extracted("Fund head Anna Lindqvist said the terms were fair.", "b")
    roles = [c for c in chief + head if c.kind.value == "role"]
    assert len(roles) == 2 and roles[0].key == roles[1].key
    assert len(group_claims(roles)) == 1


def _counted_apart(a, b) -> bool:
    """Whether two quantity claims (``a`` from source "a", ``b`` from "b") are counts of two
    things, by the hard rule of the grouping."""
    from reconcile.match import _two_counted_events, mentions_of
    (_, pair, _), = list(mentions_of([a, b]))
    return _two_counted_events(pair[0], pair[1])


def test_a_sum_of_money_is_measured_not_counted():
    # "the value of the building" and "an amount" are two words for one sum, not two counted
    # things ("300 students", "one bomb") that can never be one fact
    value = quantity(380600, key="building|").model_copy(update={"unit": "USD", "text": "$380,600"})
    amount = quantity(380600, key="amount|", source="b").model_copy(update={"unit": "USD", "text": "about $380,600"})
    assert not _counted_apart(value, amount)
    assert _counted_apart(quantity(300, key="students|"), quantity(300, key="bombs|", source="b"))


def test_a_fall_and_a_rise_are_never_one_fact():
    # "prices fell 2.8%" / "prices rose 2.8%": the same size, two changes, never agreeing
    from reconcile.match import group_claims
    fall = quantity(2.8, key="change fall prices producer|", unit="%")
    rise = quantity(2.8, key="change prices producer rise|", unit="%", source="b")
    fall2 = quantity(2.8, key="change fall prices producer|", unit="%", source="c")
    groups = group_claims([fall, rise, fall2])
    assert sorted(sorted(c.source for c in g) for g in groups) == [["a", "c"], ["b"]]


def test_one_figure_of_two_counted_things_is_weighed_not_ruled_out():
    # "33 homers" and "33 home runs" count one thing in two words: with the very same figure the
    # evidence decides; with two figures ("33 homers", "121 runs") they stay two counts, and a
    # count of people beside one of things ("three women", "three counts") stays apart too
    homers = quantity(33, key="homers|")
    assert not _counted_apart(homers, quantity(33, key="home runs|", source="b"))
    assert _counted_apart(homers, quantity(121, key="home runs|", source="b"))
    assert _counted_apart(quantity(3, key="women|"), quantity(3, key="counts|", source="b"))


def test_victims_and_a_population_are_two_counts_unless_the_figure_is_one():
    # "12 people killed" beside "20,000 people" counts two sets of people; "3 people killed" beside
    # "the three people" may be one count told without its event: the evidence (with the fitted
    # weight of ``population``) decides, and never against the other figures
    from reconcile.match import mentions_of
    from reconcile.match.features import FEATURES, pair_features
    assert _counted_apart(quantity(12, key="killed people|"), quantity(20000, key="people|", source="b"))
    three = quantity(3, key="killed people|")
    same = quantity(3, key="people|", source="b")
    assert not _counted_apart(three, same)
    (_, one, _), = list(mentions_of([three, same]))
    assert pair_features(one[0], one[1], 85)[FEATURES.index("population")] == 1.0
    # being present befalls no one: "about 200 people attended" and "more than 200 people" may
    # be one crowd, whatever their figures, and are weighed
    present = quantity(200, key="people present|")
    crowd = quantity(210, key="people|", source="b")
    assert not _counted_apart(present, crowd)
    (_, pair, _), = list(mentions_of([present, crowd]))
    assert pair_features(pair[0], pair[1], 85)[FEATURES.index("population")] == 0.0


def test_a_role_is_found_as_a_candidate_by_its_holder():
    # "Police Commissioner Dan Ostrowski" and "HCPD Commissioner Daniel Ostrowski" may share no
    # word of their keys: the holder's name finds the pair in a story of many roles
    from reconcile.match import _index_terms, mentions_of
    a = role("Dan Ostrowski").model_copy(update={"key": "police chief|~ostrowski"})
    b = role("Daniel Ostrowski", source="b").model_copy(update={"key": "commissioner|hcpd"})
    (_, mentions, _), = list(mentions_of([a, b]))
    assert _index_terms(mentions[0]) & _index_terms(mentions[1])


def test_a_coarse_date_does_not_chain_two_days_of_one_event_into_one_group_outright():
    from reconcile.match import mentions_of

    def day(value, start, end, source):
        return _event("attack|@varga", source).model_copy(update={"value": value, "start": start, "end": end})
    claims = [day("2020", date(2020, 1, 1), date(2020, 12, 31), "a"), day("2020-01-03", date(2020, 1, 3),
              date(2020, 1, 3), "b"), day("2020-01-04", date(2020, 1, 4), date(2020, 1, 4), "c")]
    (_, mentions, must), = mentions_of(claims)
    started = sorted(sorted(c.source for n in group for c in mentions[n].claims) for group in must)
    assert started == [["a", "b"], ["c"]]  # the 4th is weighed against them, not joined through "2020"


def test_an_amount_per_month_says_no_more_than_an_amount():
    # two pensions "a month" of two people: a key of an amount per month alone is too vague to
    # set them against each other, as "amount" alone is
    from reconcile.match.keys import too_vague
    pension = quantity(345, key="amount month per|").model_copy(update={"unit": "EUR"})
    assert too_vague(pension, pension.key)
    assert not too_vague(pension, "month pension per|")
    assert not too_vague(pension, "amount|pension fund")


def test_one_figure_measured_from_a_place_named_two_common_ways_is_one_fact():
    bivvy = _extracted("The pair were within 80 metres of the hut when the storm hit.", "a")
    destination = _extracted("They were within 80m of their destination when one of them slipped.", "b")
    town = _extracted("The camp lies 80 metres from Lakeside.", "c")
    other = _extracted("The camp lies 80 metres from Brenton.", "d")
    claims = [c for c in bivvy + destination + town + other if c.kind == Kind.QUANTITY]
    assert [c.key for c in claims] == ["distance|hut", "distance|destination", "distance|lakeside", "distance|brenton"]
    groups = {frozenset(c.source for c in g) for g in group_claims(claims)}
    # "the hut" and "their destination": common nouns told two ways, no clash
    assert any({"a", "b"} <= g for g in groups)
    # two named places: two facts, whatever joins either of them
    assert not any({"c", "d"} <= g for g in groups)
    assert len(group_claims([c for c in claims if c.source in "cd"])) == 2


def test_counts_of_kinds_of_people_that_exclude_each_other_are_two_counts():
    """Women, men and children are counted apart: "more than 400 women" and "more than 400
    children" are two figures, though both count people; "400 children" and "401 children" are one."""
    women = _extracted("Authorities said more than 400 women lived at the ranch when it was raided.", "a")
    children = _extracted("Authorities said more than 400 children lived at the ranch when it was raided.", "b")
    again = _extracted("Officials said 401 children lived at the ranch when it was raided.", "c")
    claims = [c for c in women + children + again if c.kind == Kind.QUANTITY]
    groups = group_claims(claims)
    together = [g for g in groups if len(g) > 1]
    assert not any({c.source for c in g} >= {"a", "b"} for g in groups)  # women apart from children
    assert any({c.source for c in g} == {"b", "c"} for g in together)


def test_a_count_told_again_without_its_event_in_one_article_is_the_count_told_with_it():
    claims = _extracted("The frigate captured 17 smugglers near the reef on Monday. Later the 17 smugglers "
                        "were handed to the coast guard at Port Elsmere.", "a")
    counts = [c for c in claims if c.kind.value == "quantity"]
    assert [c.value for c in counts] == [17, 17] and len({c.key for c in counts}) == 2
    assert len(group_claims(counts)) == 1
    # in another article the bare count is weighed, not joined outright; and where two counts of
    # the article could be the one told again, neither is chosen
    other = [c for c in _extracted("The 17 smugglers were handed to the coast guard at Port Elsmere.", "b")
             if c.kind.value == "quantity"]
    assert len(group_claims(counts[:1] + other)) == 2
    two = [c for c in _extracted("The frigate captured 17 smugglers on Monday and police arrested 17 smugglers "
                                 "at the port. The 17 smugglers were flown to the capital.", "a")
           if c.kind.value == "quantity"]
    assert len(two) == 3 and len(group_claims(two)) >= 2


def test_people_is_every_kind_of_people_but_two_kinds_are_not_one():
    from reconcile.match.keys import keys_agree
    assert keys_agree(Kind.QUANTITY.value, "killed people|", "killed workers|", 85)
    assert keys_agree(Kind.QUANTITY.value, "arrested pirates|", "arrested people|", 85)
    assert not keys_agree(Kind.QUANTITY.value, "killed women|", "killed men|", 85)
    assert not keys_agree(Kind.QUANTITY.value, "killed people|", "wounded workers|", 85)
    assert not keys_agree(Kind.QUANTITY.value, "killed people|", "killed seasons|", 85)  # no kind of people
