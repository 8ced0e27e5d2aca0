"""Publication dates from text cues, and the run-level year completion. The articles are
written for these tests; the last test checks the shared seed articles against their gold dates."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from reconcile.sources.article import complete_years, no_date_reason, parse_article, read_article
from reconcile.sources.pubdate import weekday_fit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def article(text: str, sid: str = "a"):
    return parse_article(text, sid, f"{sid}.txt")


def dates(a) -> tuple:
    s = a.source
    return s.published, s.updated, s.published_from


# ---------------------------------------------------------------- single-article cues

@pytest.mark.parametrize("given", ["4 March 2026", '"Wednesday, 4 March 2026"', "March 4, 2026", "2026-03-04"])
def test_front_matter_date_written_out_or_iso(given):
    a = article(f"---\noutlet: A\npublished: {given}\n---\nFerry\n\nTwelve people were killed on Tuesday.\n")
    assert dates(a) == (date(2026, 3, 4), None, "front matter")


def test_front_matter_date_that_reads_two_ways_is_unknown_and_says_why():
    a = article("---\noutlet: A\npublished: 04/03/2026\n---\nFerry\n\nTwelve people were killed on Tuesday.\n")
    assert a.source.published is None
    assert no_date_reason(a) == "the front matter's date '04/03/2026' cannot be read; write it as YYYY-MM-DD"


def test_date_line_near_the_top():
    a = article("Museum reopens its east wing\n\nPublished: September 12, 2019\n\n"
                "The museum reopened its east wing on Thursday after a year of work.\n")
    assert dates(a) == (date(2019, 9, 12), None, "date line")


def test_dateline_without_a_year_takes_it_from_a_full_date_in_the_article():
    a = article("Strike halts trains\n\n"
                "LISBON, Oct 4 (Reuters) - Rail workers walked out on Tuesday, a day after talks "
                "that began on October 3, 2022 broke down.\n")
    assert dates(a) == (date(2022, 10, 4), None, "dateline")


def test_dateline_with_a_year():
    a = article("Strike halts trains\n\nLISBON, October 4, 2022 - Rail workers walked out on Tuesday.\n")
    assert dates(a) == (date(2022, 10, 4), None, "dateline")


def test_update_stamp_sets_updated_and_published_with_the_caption_year():
    a = article(
        "Ferry service suspended\n\n"
        "A ferry waits at the quay in Dover, England, March 8, 2021. (AP Photo/Ann Lee)\n\n"
        "Update 3/9: The operator said on Tuesday that crossings would resume next week.\n\n"
        "The ferry operator halted crossings on Monday as a storm moved in.\n")
    published, updated, source = dates(a)
    assert (published, updated, source) == (date(2021, 3, 9), date(2021, 3, 9), "update stamp")
    # the stamp itself is furniture: no claims from "Update 3/9:"
    stamp = a.text.index("Update 3/9:")
    assert any(s <= stamp < e for s, e in a.furniture)


def test_dated_caption_checked_against_the_weekdays():
    # 2 June 2021 was a Wednesday; "on Friday" puts publication on Friday 4 June
    a = article(
        "Farmers block the ring road\n\n"
        "Tractors line the ring road outside Lyon, France, June 2, 2021. REUTERS/Ann Lee via Reuters\n\n"
        "Farmers blocked the ring road on Friday to protest against new water rules.\n")
    assert dates(a) == (date(2021, 6, 4), None, "caption and weekdays")


def test_dated_caption_alone():
    a = article(
        "Farmers block the ring road\n\n"
        "Tractors line the ring road outside Lyon, France, June 2, 2021. (AP Photo/Ann Lee)\n\n"
        "Farmers blocked the ring road to protest against new water rules.\n")
    assert dates(a) == (date(2021, 6, 2), None, "caption")


def test_weekdays_after_the_latest_stated_date():
    # 1 March 2022 was a Tuesday; "on Thursday" after it is 3 March
    a = article("Storm damage counted\n\nThe storm struck the coast on March 1, 2022. "
                "On Thursday officials said 300 homes were damaged.\n")
    assert dates(a) == (date(2022, 3, 3), None, "weekdays")


def test_no_cue_leaves_the_date_unknown_with_a_reason():
    a = article("Storm damage counted\n\nOfficials said 300 homes were damaged.\n")
    assert dates(a) == (None, None, None)
    assert "no date line" in no_date_reason(a)


@pytest.mark.parametrize("line,expected", [
    ("Posted: 14/09/2016 10:05", date(2016, 9, 14)),  # a first number over 12 is the day
    ("Published on Thu, 06/09/2016", date(2016, 6, 9)),  # the weekday picks month/day
    ("Tue 06/09/2016 08:15", date(2016, 9, 6)),  # ... or day/month
    ("Article posted on 08.07.2016", date(2016, 7, 8)),  # dotted dates are day.month.year
    ("Published: 2016. 07. 08 09:01 AM", date(2016, 7, 8)),
    ("Sunday, November 27-2005 at 16:12", date(2005, 11, 27)),
])
def test_numeric_and_dotted_date_lines(line, expected):
    a = article(f"Dam repairs finish\n{line}\nThe repairs finished early, engineers said.\n")
    assert dates(a)[0::2] == (expected, "date line")


def test_ambiguous_numeric_date_line_is_settled_by_a_full_date_of_the_article():
    a = article("Dam repairs finish\n06/09/2016\nThe dam shut on September 1, 2016 for repairs.\n")
    assert dates(a)[0::2] == (date(2016, 9, 6), "date line")


def test_ambiguous_numeric_date_line_waits_for_the_run():
    a = article("Dam repairs finish\n06/09/2016\nThe repairs finished early, engineers said.\n", "dam")
    assert a.source.published is None
    assert "either 2016-06-09 or 2016-09-06" in a._no_date_reason
    b = article("Dam reopens\nPublished: September 8, 2016\nThe dam reopened.\n", "b")
    run = [a, b]
    complete_years(run)
    assert dates(run[0]) == (date(2016, 9, 6), None, "date line, day/month order from the other articles")
    assert no_date_reason(run[0]) is None


def test_date_line_with_an_update_line_under_it():
    a = article("Dam repairs finish\nPublished: May 2, 2016, 1:32 PM\nUpdated: May 3, 2016, 9:56 AM\n"
                "The repairs finished early.\n")
    assert dates(a) == (date(2016, 5, 2), date(2016, 5, 3), "date line")


@pytest.mark.parametrize("dateline, published", [
    ("CALVERA, March 3, 2026 (Reuters) - ", date(2026, 3, 3)),
    ("CALVERA, March 3 (Reuters) - ", date(2026, 3, 3)),  # the dateline's year: the update's
])
def test_an_update_line_above_the_dateline_dates_the_update_and_the_dateline_the_article(dateline, published):
    a = article("Twelve dead after ferry capsizes\n\nUpdated March 11, 2026\n\n"
                f"{dateline}Twelve people were killed when the ferry capsized on Tuesday.\n")
    assert dates(a) == (published, date(2026, 3, 11), "dateline")


def test_an_update_line_alone_dates_the_text_as_read():
    a = article("Twelve dead after ferry capsizes\n\nUpdated March 11, 2026\n\n"
                "Twelve people were killed when the ferry capsized on Tuesday.\n")
    assert dates(a) == (date(2026, 3, 11), date(2026, 3, 11), "update line")


@pytest.mark.parametrize("stamp, expected", [
    # an update label after the date on the same line: the date after it, or the same day for a time
    ("First Posted: 06/27/16 09:10 AM ET Updated: 06/29/16 11:00 AM ET", (date(2016, 6, 27), date(2016, 6, 29))),
    ("Posted: 06/07/16 09:10 AM Updated: 06/29/16 11:00 AM", (None, None)),  # June 7 or July 6: not the update's date
    ("Tuesday, Jun 7, 2016 | Updated 6:15 PM EDT", (date(2016, 6, 7), date(2016, 6, 7))),
    ("7 June 2016 Last updated at 14:05 GMT", (date(2016, 6, 7), date(2016, 6, 7))),
    # an update label starting the next line: "Edited", a time only, a time zone after the clock
    ("Published time: June 7, 2016 09:10\nEdited time: June 8, 2016 10:00", (date(2016, 6, 7), date(2016, 6, 8))),
    ("June 7, 2016, 9:10 AM\nUpdated 3:12 p.m. ET", (date(2016, 6, 7), date(2016, 6, 7))),
    ("Posted: Jun 07, 2016 9:10 AM CEST\nUpdated: Jun 07, 2016 9:10 AM CEST", (date(2016, 6, 7), date(2016, 6, 7))),
    # the date line is itself an update stamp: the text as read is the updated one
    ("Last updated on: June 8, 2016 10:00 BST", (date(2016, 6, 8), date(2016, 6, 8))),
    # not updates: a sentence starting with "Updated", an "update" earlier than the date line
    ("June 7, 2016, 9:10 AM\nUpdated figures from the ministry are due at 10:30 on Friday.", (date(2016, 6, 7), None)),
    ("Posted: June 7, 2016 9:10 AM\nUpdated: June 6, 2016 8:00 AM", (date(2016, 6, 7), None)),
])
def test_updated_labels_on_and_under_the_date_line(stamp, expected):
    a = article("Dam repairs finish\n" + stamp + "\nThe repairs finished early, the engineers said.\n")
    assert (a.source.published, a.source.updated) == expected


def test_a_sentence_that_starts_with_a_date_is_no_date_line():
    a = article("Dam repairs finish\nOn May 2, 2016 at 3 pm engineers closed the dam for the repairs.\n")
    assert a.source.published_from != "date line"


_LIBRARY_BODY = "Library extends its hours\n" + "".join(  # longer than the top lines a date line sits in
    f"The library's {room} will stay open later on weeknights, the council said.\n"
    for room in ("reading room", "music room", "map room", "study hall", "children's floor", "archive",
                 "computer lab", "print shop", "east wing", "west wing", "roof garden", "cafe", "lobby"))


@pytest.mark.parametrize("closing, expected", [
    ("Date Published: Wednesday, March 4, 2015", date(2015, 3, 4)),
    ("March 4, 2015-6:20pm", date(2015, 3, 4)),
    ("Posted 03/24/15 6:20 PM EST", date(2015, 3, 24)),
    ("Published on 4 March 2015, 18:20 GMT", date(2015, 3, 4)),
])
def test_closing_stamp_at_the_end(closing, expected):
    a = article(_LIBRARY_BODY + closing + "\n")
    assert dates(a) == (expected, None, "closing stamp")
    stamp = a.text.index(closing)
    assert any(s <= stamp < e for s, e in a.furniture)  # no claims from the stamp


def test_closing_update_stamp_dates_the_text_as_read():
    a = article(_LIBRARY_BODY + "Last updated: March 5, 2015 9:10 AM\n")
    assert dates(a) == (date(2015, 3, 5), date(2015, 3, 5), "closing update stamp")


@pytest.mark.parametrize("closing", [
    "The trial ends on March 4, 2016.",  # a sentence naming a date
    "Sentencing is set for March 4, 2016 at 10 am.",  # a sentence with a clock
    "March 4, 2015",  # a bare date: a sign-off, a heading, a note
    "Posted at 6:20 PM on March 4",  # no year
    "Posted March 4, 2015 by the library's press office at 6:20 PM",  # more than a stamp
])
def test_a_date_at_the_end_that_is_no_stamp(closing):
    a = article(_LIBRARY_BODY + closing + "\n")
    assert a.source.published is None


def test_a_date_line_at_the_top_wins_over_a_closing_stamp():
    a = article("Library extends its hours\nPublished: March 3, 2015\n" + _LIBRARY_BODY.split("\n", 1)[1]
                + "Posted: March 9, 2015 10:00 AM\n")
    assert dates(a) == (date(2015, 3, 3), None, "date line")


def test_a_closing_stamp_wins_over_the_page_address():
    a = article("https://news.example.com/2015/03/05/library-hours\n" + _LIBRARY_BODY
                + "Date published: March 4, 2015 6:20 PM\n")
    assert dates(a) == (date(2015, 3, 4), None, "closing stamp")


def test_date_in_the_page_address():
    a = article("https://news.example.com/2016/05/02/dam-repairs\nDam repairs finish\n"
                "The repairs finished early on Monday.\n")
    assert dates(a) == (date(2016, 5, 2), None, "page address")
    assert a.source.url == "https://news.example.com/2016/05/02/dam-repairs"
    assert a.source.title == "Dam repairs finish"


def test_weekday_naming_a_date_is_not_a_free_weekday():
    # "Sunday, February 1, 2015" only dates an event; without a free weekday nothing is inferred
    a = article("Player arrested\n\nThe player was arrested early on Sunday, February 1, 2015. "
                "His case was not filed as of Tuesday, February 3, 2015.\n")
    assert a.source.published is None


def test_dates_that_look_ahead_do_not_anchor_weekdays():
    # 6 Jan 2015 was a Tuesday; "due in court Feb. 17" must not push the date into February
    a = article("Player arrested\n\nA teammate was arrested on Jan. 6, 2015 and is due in court "
                "Feb. 17, 2015. The club said on Friday it would wait.\n")
    assert dates(a) == (date(2015, 1, 9), None, "weekdays")


def test_a_scheduled_event_in_the_present_tense_looks_ahead():
    # "turns 29 on April 11" lies ahead: the weekday is read after the past date, not after April 11
    a = article("Slugger weighs offers\n\nThe club made its offer on Dec. 9, 2008. Its executives flew "
                "to Texas on Thursday. The player, who turns 29 on April 11, 2009, is weighing it.\n")
    assert dates(a) == (date(2008, 12, 11), None, "weekdays")


def test_named_days_choose_among_candidate_years():
    # Friday 3 January fits 2020 and 2014, not 2019 or 2021; the other articles sit in 2019-2021
    text = "Talks collapse\n\nThe vote on Friday, January 3 failed. On Saturday the leader quit.\n"
    a = article(text, "a")
    assert a.source.published is None
    others = [article(f"Other\n\nPublished: {d}\n\nText.\n", f"o{i}")
              for i, d in enumerate(["December 30, 2019", "January 20, 2021"])]
    run = [a, *others]
    complete_years(run)
    assert run[0].source.published == date(2020, 1, 4)


# ---------------------------------------------------------------- run-level year completion

YEARLESS = ("Coalition talks collapse\n\nThe vote held on January 3 failed. "
            "On Friday the party leader said talks were over.\n")


def test_weekdays_without_a_year_stay_pending_until_the_run_gives_one():
    a = article(YEARLESS, "yearless")
    assert a.source.published is None
    assert "year" in a._no_date_reason
    other = article("Talks resume\n\nPublished: January 6, 2020\n\nTalks resumed on Monday.\n", "other")
    run = [a, other]
    complete_years(run)
    # 3 January 2020 was itself a Friday: "on Friday" after it is the 10th
    assert run[0].source.published == date(2020, 1, 10)
    assert run[0].source.published_from == "weekdays, year from the other articles"
    assert run[1].source.published == date(2020, 1, 6)


def test_update_stamp_year_from_the_run():
    a = article("Ferry service suspended\n\nUpdate 3/9: Crossings resume next week, the operator said.\n", "ferry")
    assert a.source.published is None
    b = article("Storms close ports\n\nPublished: March 7, 2021\n\nPorts closed.\n", "ports")
    run = [b, a]
    complete_years(run)
    assert (run[1].source.published, run[1].source.updated) == (date(2021, 3, 9), date(2021, 3, 9))


def test_year_completion_needs_other_dated_articles():
    run = [article(YEARLESS)]
    complete_years(run)
    assert run[0].source.published is None


def test_year_completion_refuses_far_away_runs():
    a = article(YEARLESS, "yearless")
    b = article("Harvest in\n\nPublished: July 6, 2020\n\nThe harvest ended.\n", "b")
    run = [a, b]
    complete_years(run)
    assert run[0].source.published is None  # half a year from any candidate: better unknown


def test_front_matter_wins_over_text_cues():
    a = article("---\npublished: 2018-04-02\n---\nStrike\n\nLISBON, Oct 4, 2022 - Workers walked out.\n")
    assert dates(a) == (date(2018, 4, 2), None, "front matter")


# ---------------------------------------------------------------- weekday arithmetic

@pytest.mark.parametrize("anchor,weekdays,inclusive,expected", [
    (date(2020, 1, 3), {4}, False, date(2020, 1, 10)),  # Friday after Friday 3 Jan
    (date(2020, 1, 3), {4}, True, date(2020, 1, 3)),
    (date(2020, 1, 3), {0, 1}, False, date(2020, 1, 7)),  # Monday 6 and Tuesday 7
    (date(2020, 1, 3), set(), True, date(2020, 1, 3)),
    (date(2020, 1, 3), {3, 4, 5}, False, date(2020, 1, 10)),  # Sat 4, Thu 9, Fri 10
])
def test_weekday_fit(anchor, weekdays, inclusive, expected):
    assert weekday_fit(anchor, frozenset(weekdays), inclusive) == expected


# ---------------------------------------------------------------- the seed articles

def test_seed_articles_against_gold_dates_and_credits():
    seeds, gold_file = SHARED / "seeds", SHARED / "gold" / "seeds.yaml"
    if not seeds.is_dir() or not gold_file.is_file():
        pytest.skip(f"../shared not found: {SHARED} (the seed articles and their gold file)")
    gold = yaml.safe_load(gold_file.read_text("utf-8"))["sources"]
    run = [read_article(seeds / name) for name in sorted(gold)]
    complete_years(run)
    for name, a in zip(sorted(gold), run):
        want = gold[name]
        got = a.source
        acceptable = {want["published"], want.get("updated")} - {None}
        assert got.published in acceptable, f"{name}: published {got.published} from {got.published_from}"
        if "updated" in want:
            assert got.updated == want["updated"], f"{name}: updated {got.updated}"
        assert got.published_from
        assert got.credits == want["credits"], f"{name}: credits {got.credits}"
        for s, e in a.furniture:
            assert 0 <= s < e <= len(a.text)


def test_pending_cue_survives_a_copy_of_the_article():
    # the pipeline copies each article with its final source id before completing the years
    a = article(YEARLESS, "yearless")
    copy = a.model_copy(update={"source": a.source.model_copy(update={"id": "renamed"})})
    other = article("Talks resume\n\nPublished: January 6, 2020\n\nTalks resumed on Monday.\n", "other")
    run = [copy, other]
    complete_years(run)
    assert (run[0].source.id, run[0].source.published) == ("renamed", date(2020, 1, 10))
