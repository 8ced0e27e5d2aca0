"""Reading article files: encodings, line ends, front matter, metadata line, furniture, credits,
unreadable files. Every article here is written for these tests."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reconcile.sources.article import UnreadableArticle, read_article
from reconcile.sources.credits import find_credits, normalise

BODY = (
    "Harbour workers end strike after nine days\n"
    "\n"
    "Dock workers in the port city voted on Monday to return to work, ending a strike that had left "
    "more than 40 ships waiting offshore.\n"
    "\n"
    "The union said 1,200 members took part in the vote.\n"
)


def write(tmp_path: Path, data: bytes, name: str = "harbour.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def span_text(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def furniture_texts(article) -> list[str]:
    return [span_text(article.text, s) for s in article.furniture]


def assert_in_furniture(article, needle: str) -> None:
    start = article.text.index(needle)
    end = start + len(needle)
    assert any(s <= start and end <= e for s, e in article.furniture), (
        f"{needle!r} is not inside a furniture span: {furniture_texts(article)}")


def assert_not_furniture(article, needle: str) -> None:
    start = article.text.index(needle)
    assert not any(s <= start < e for s, e in article.furniture), (
        f"{needle!r} was wrongly marked as furniture: {furniture_texts(article)}")


# ---------------------------------------------------------------- basics

def test_plain_text_headline_and_source(tmp_path):
    p = write(tmp_path, BODY.encode("utf-8"), "Port News 2.txt")
    a = read_article(p)
    assert a.text == BODY
    assert a.source.id == "port-news-2"
    assert a.source.path == str(p)
    assert a.source.title == "Harbour workers end strike after nine days"
    assert a.body_start == 0
    assert_not_furniture(a, "The union said 1,200")
    for s in a.furniture:
        assert 0 <= s[0] < s[1] <= len(a.text)


def test_no_date_gives_none_and_a_reason(tmp_path):
    a = read_article(write(tmp_path, BODY.encode("utf-8")))
    # "Monday" alone, with no date to anchor it, fixes nothing
    assert a.source.published is None
    assert a.source.published_from is None
    assert a._no_date_reason


# ---------------------------------------------------------------- encodings

def test_unicode_hyphens_read_as_the_hyphen_one_character_for_one(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Ferry\n\nForty\u2011seven people were rescued on a twenty\u2010one\u2012day search.\n", encoding="utf-8")
    art = read_article(p)
    assert "Forty-seven people were rescued on a twenty-one-day search." in art.text
    assert len(art.text) == len("Ferry\n\nForty-seven people were rescued on a twenty-one-day search.\n")


def test_strong_emphasis_marks_read_as_spaces_one_character_for_one(tmp_path):
    p = tmp_path / "a.md"
    raw = "Ferry\n\n**Forty-seven** people were rescued; __12__ died; 5 * 3 stays.\n"
    p.write_text(raw, encoding="utf-8")
    art = read_article(p)
    assert "  Forty-seven   people were rescued;   12   died; 5 * 3 stays." in art.text
    assert len(art.text) == len(raw)


def test_utf8_bom_is_dropped_and_offsets_index_the_decoded_text(tmp_path):
    a = read_article(write(tmp_path, b"\xef\xbb\xbf" + BODY.encode("utf-8")))
    assert a.text == BODY
    assert a.source.title.startswith("Harbour")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path, codec, bom):
    a = read_article(write(tmp_path, bom + BODY.encode(codec)))
    assert a.text == BODY


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_from_its_nul_pattern(tmp_path, codec):
    a = read_article(write(tmp_path, BODY.encode(codec)))
    assert a.text == BODY


def test_cp1252_fallback_keeps_curly_quotes(tmp_path):
    raw = b"Mayor\x92s plan wins\n\nThe mayor said the plan was \x93final\x94 \x96 and cost \x80 3m.\n"
    a = read_article(write(tmp_path, raw))
    assert "Mayor\u2019s plan wins" == a.source.title
    assert "\u201cfinal\u201d \u2013 and cost \u20ac 3m." in a.text


def test_curly_quotes_and_non_breaking_spaces_are_kept(tmp_path):
    body = "Fares rise\n\nThe operator said fares would rise by 4\u00a0per cent, \u201cfrom March\u201d.\n"
    a = read_article(write(tmp_path, body.encode("utf-8")))
    assert a.text == body
    i = a.text.index("4\u00a0per")
    assert a.text[i:i + 7] == "4\u00a0per c"


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_windows_and_old_mac_line_ends_become_newlines_one_for_one(tmp_path, newline):
    raw = BODY.encode("utf-8").replace(b"\n", newline)
    a = read_article(write(tmp_path, raw))
    assert a.text == BODY
    assert a.text.count("\n") == raw.count(newline)  # line numbers still count the file's lines


# ---------------------------------------------------------------- unreadable

@pytest.mark.parametrize("raw,why", [
    (b"", "empty"),
    (b"  \n\r\n\t \n", "empty"),
    (b"\xef\xbb\xbf", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_unreadable_files_raise_a_one_line_reason(tmp_path, raw, why):
    with pytest.raises(UnreadableArticle) as err:
        read_article(write(tmp_path, raw))
    assert why in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_is_unreadable_not_a_traceback(tmp_path):
    with pytest.raises(UnreadableArticle, match="cannot read"):
        read_article(tmp_path / "nowhere.txt")


def test_folder_is_unreadable(tmp_path):
    with pytest.raises(UnreadableArticle):
        read_article(tmp_path)


# ---------------------------------------------------------------- front matter, metadata line

def test_markdown_front_matter(tmp_path):
    raw = (
        "---\n"
        "title: Bridge reopens after repairs\n"
        "outlet: The Valley Courier\n"
        "published: 2022-05-14\n"
        "updated: 2022-05-15\n"
        "url: https://example.org/bridge\n"
        "credits: [Reuters, AFP]\n"
        "---\n"
        "# Bridge reopens after repairs\n"
        "\n"
        "The old bridge reopened on Saturday after 18 months of work.\n"
    )
    a = read_article(write(tmp_path, raw.encode("utf-8"), "bridge.md"))
    s = a.source
    assert (s.title, s.outlet, s.url) == ("Bridge reopens after repairs", "The Valley Courier",
                                         "https://example.org/bridge")
    assert (s.published, s.updated, s.published_from) == (date(2022, 5, 14), date(2022, 5, 15), "front matter")
    assert s.credits == ["Reuters", "AFP"]
    assert a.text == raw
    assert a.text[a.body_start:].startswith("# Bridge")
    assert (0, a.body_start) in a.furniture


def test_front_matter_without_title_takes_the_markdown_headline(tmp_path):
    raw = "---\noutlet: Hill Times\n---\n\n# Snow closes the pass\n\nThe pass closed on Friday.\n"
    a = read_article(write(tmp_path, raw.encode("utf-8"), "snow.md"))
    assert a.source.title == "Snow closes the pass"
    assert a.source.outlet == "Hill Times"


def test_metadata_line_gives_the_date_and_the_body_starts_after_it(tmp_path):
    raw = " date 2021-11-03 \nCouncil approves budget\n\nThe council approved the budget on Tuesday.\n"
    a = read_article(write(tmp_path, raw.encode("utf-8")))
    assert a.source.published == date(2021, 11, 3)
    assert a.source.published_from == "metadata line"
    assert a.text[a.body_start:].lstrip().startswith("Council approves budget")
    assert a.source.title == "Council approves budget"
    assert_in_furniture(a, "date 2021-11-03")


def test_first_line_that_is_a_photo_credit_is_not_a_title(tmp_path):
    raw = " date 2021-11-03\n\n(Stockfoto)\n\nThe council approved the budget on Tuesday, officials said.\n"
    a = read_article(write(tmp_path, raw.encode("utf-8")))
    assert a.source.title is None


# ---------------------------------------------------------------- furniture

ARTICLE_WITH_FURNITURE = (
    "Flood waters recede in river towns\n"
    "\n"
    "By JANE ROE and JOHN DOE Associated Press\n"
    "\n"
    "A resident walks through a flooded street in Riverton, March 2, 2023. (AP Photo/Sam Poe)\n"
    "\n"
    "RIVERTON (AP) \u2014 Flood waters began to fall on Thursday after three days of rain forced "
    "about 2,000 people from their homes.\n"
    "\n"
    "Related: How towns prepare for spring floods\n"
    "\n"
    "Officials said 14 roads remained closed.\n"
    "\n"
    "Sign up for our morning newsletter\n"
)


def test_bylines_captions_datelines_related_and_newsletter_boxes_are_furniture(tmp_path):
    a = read_article(write(tmp_path, ARTICLE_WITH_FURNITURE.encode("utf-8")))
    assert_in_furniture(a, "By JANE ROE and JOHN DOE Associated Press")
    assert_in_furniture(a, "A resident walks through a flooded street")
    assert_in_furniture(a, "RIVERTON (AP) \u2014 ")
    assert_in_furniture(a, "Related: How towns prepare for spring floods")
    assert_in_furniture(a, "Sign up for our morning newsletter")
    assert_not_furniture(a, "Flood waters began to fall")
    assert_not_furniture(a, "Officials said 14 roads")
    assert a.source.outlet == "Associated Press"
    assert a.source.credits == ["AP"]


def test_labelled_captions_image_alt_texts_trailing_photo_credits_and_cookie_banners_are_furniture(tmp_path):
    a = read_article(write(tmp_path, (
        "Ferry disaster kills twelve\n\n"
        "Twelve people were killed when the ferry capsized on Tuesday.\n\n"
        "Image caption: The minister, left, with relatives at the port on Wednesday\n\n"
        "Caption: Rescuers carry one of the 42 survivors ashore.\n\n"
        "![Rescuers carry one of the 40 survivors ashore](x.jpg)\n\n"
        "Rescuers carry one of the 44 survivors ashore on Monday. Photo: Ana Lima/The Southern Star\n\n"
        "We and our 842 partners use cookies to personalise content.\n\n"
        "Forty-seven people were rescued, the coast guard said.\n").encode("utf-8")))
    for needle in ("Image caption: The minister", "Caption: Rescuers carry one of the 42", "![Rescuers carry",
                   "Rescuers carry one of the 44", "We and our 842 partners"):
        assert_in_furniture(a, needle)
    assert_not_furniture(a, "Twelve people were killed")
    assert_not_furniture(a, "Forty-seven people were rescued")


def test_list_items_are_statements_with_or_without_a_full_stop_and_furniture_lists_stay_furniture(tmp_path):
    a = read_article(write(tmp_path, (
        "Ferry disaster: key facts\n\n"
        "- 12 people killed\n- 47 people rescued\n* Calvera is the country's third-largest port\n"
        "- Related: five things to know\n\n"
        "More details to follow\n").encode("utf-8")))
    for item in ("- 12 people killed", "- 47 people rescued", "* Calvera is the country's third-largest port"):
        assert_not_furniture(a, item)
    assert_in_furniture(a, "- Related: five things to know")
    assert_in_furniture(a, "More details to follow")


# ---------------------------------------------------------------- credits

@pytest.mark.parametrize("text,credits", [
    ("The minister resigned.\n\nReuters contributed to this report.\n", ["Reuters"]),
    ("The minister resigned.\n\nSource: Agence France-Presse\n", ["AFP"]),
    ("The minister resigned.\n\nSource: The Daily Lantern\n", ["The Daily Lantern"]),
    ("The minister resigned.\n\n(EURONEWS with AFP, dpa and REUTERS)\n", ["AFP", "dpa", "Reuters"]),
    ("CAIRO, June 3 (Reuters) - The minister resigned.\n", ["Reuters"]),
    ("The minister resigned.\n\nAdditional reporting by the Associated Press\n", ["AP"]),
    ("The minister resigned, Reuters said on Friday.\n", []),  # citing is not crediting
])
def test_credits(text, credits):
    found, _, spans = find_credits(text)
    assert found == credits
    for s, e in spans:
        assert text[s:e].strip()


def test_credit_line_outlet_and_span(tmp_path):
    raw = "Talks resume\n\nNegotiators met again on Friday.\n\n(EURONEWS with AFP and AP)\n"
    a = read_article(write(tmp_path, raw.encode("utf-8")))
    assert a.source.outlet == "Euronews"
    assert a.source.credits == ["AFP", "AP"]
    assert_in_furniture(a, "(EURONEWS with AFP and AP)")


def test_normalise_wire_names():
    assert normalise("The Associated Press") == "AP"
    assert normalise("  reuters. ") == "Reuters"
    assert normalise("Harbour Gazette") == "Harbour Gazette"


@pytest.mark.parametrize("text,outlet", [
    ("Talks resume\n\nCAIRO, June 3 (Reuters) - Negotiators met again on Friday.\n", "Reuters"),
    ("Talks resume\n\nBy MARY POE Associated Press\n\nCAIRO (AP) - Negotiators met again on Friday.\n",
     "Associated Press"),
    # a wire's dateline in a story that credits it is a republished story: the outlet stays unknown
    ("Talks resume\n\nCAIRO, June 3 (Reuters) - Negotiators met again.\n\nSource: Reuters\n", None),
    ("Talks resume\n\nCAIRO (AP) - Negotiators met again.\n\nAFP contributed to this report.\n", None),
    ("Talks resume\n\nNegotiators met again, Reuters reported.\n", None),
])
def test_outlet_from_a_wire_byline_or_dateline_only_when_clear(tmp_path, text, outlet):
    a = read_article(write(tmp_path, text.encode("utf-8")))
    assert a.source.outlet == outlet


def test_front_matter_outlet_wins_and_odd_values_are_ignored(tmp_path):
    raw = "---\noutlet: Coast Herald\ntitle: [not, a, title]\n---\nTalks resume\n\nCAIRO (AP) - They met.\n"
    a = read_article(write(tmp_path, raw.encode("utf-8"), "t.md"))
    assert a.source.outlet == "Coast Herald"
    assert a.source.title == "Talks resume"


def test_broken_front_matter_is_read_as_text_not_a_traceback(tmp_path):
    raw = "---\ntitle: [unclosed\n---\nTalks resume\n\nThey met on Friday.\n"
    a = read_article(write(tmp_path, raw.encode("utf-8"), "t.md"))
    assert a.text == raw
    assert a.source.title == "Talks resume"


def test_front_matter_with_an_unquoted_colon_keeps_its_fields(tmp_path):
    # invalid YAML ("DOCK SHOCK: ..."): read line by line, the outlet and date are not lost
    raw = ("---\ntitle: DOCK SHOCK: workers walk out\noutlet: Harbour Post\npublished: 2025-03-14\n---\n"
           "Workers walked out on Thursday.\n")
    a = read_article(write(tmp_path, raw.encode("utf-8"), "t.md"))
    assert a.text == raw
    assert (a.source.title, a.source.outlet, a.source.published) == (
        "DOCK SHOCK: workers walk out", "Harbour Post", date(2025, 3, 14))


def test_caption_above_a_photo_credit_line_is_furniture(tmp_path):
    raw = ("Bridge reopens\n\nCars cross the old bridge in Riverton, May 4, 2022.\n\n"
           "City press office/Handout via Reuters\n\nThe bridge reopened on Friday, the city said.\n")
    a = read_article(write(tmp_path, raw.encode("utf-8")))
    assert_in_furniture(a, "Cars cross the old bridge in Riverton, May 4, 2022.")
    assert_in_furniture(a, "City press office/Handout via Reuters")
    assert_not_furniture(a, "The bridge reopened on Friday")
    assert a.source.published == date(2022, 5, 6)  # caption date, then the Friday after it
    assert a.source.published_from == "caption and weekdays"


def test_outlet_from_the_page_address_when_nothing_better_names_it():
    from reconcile.sources.article import parse_article
    text = "http://www. dailyherald. com/news/2013/storm-hits\nStorm hits the coast\n\nThe storm killed 3 people.\n"
    assert parse_article(text, "x").source.outlet == "dailyherald.com"
    named = "---\noutlet: Daily Herald\nurl: https://www.dailyherald.com/a\n---\nStorm\n\nText.\n"
    assert parse_article(named, "y").source.outlet == "Daily Herald"
