"""Articles that come as web pages or JSON (reconcile/sources/pages.py)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from reconcile.sources import discover
from reconcile.sources.article import UnreadableArticle, read_article
from reconcile.sources.pages import NotAnArticle, html_article, json_article

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry capsizes off Calvera | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
<meta property="article:modified_time" content="2026-03-05T10:30:00Z">
<meta property="og:title" content="Ferry capsizes off Calvera">
<link rel="canonical" href="https://harbour.example/ferry">
<script>var views = 12345;</script>
</head><body>
<nav><a href="/">Home</a> Top 10 lists of 2026</nav>
<div class="cookie">We and our 842 partners use cookies.</div>
<header><p>Sign in to read 3 free articles</p></header>
<article>
<h1>Ferry capsizes off Calvera</h1>
<p>Twelve people were killed when the ferry capsized off Calvera on Tuesday, the coast guard said.</p>
<figure><img src="x.jpg"><figcaption>Rescuers carried 41 survivors ashore.</figcaption></figure>
<p>Transport Minister Helena Marsh ordered an inquiry.</p>
<ul><li>47 people were rescued.</li></ul>
</article>
<aside>Related: 5 things to know</aside>
<footer>&copy; 2026 Harbour Daily</footer>
</body></html>
"""


def test_a_web_page_gives_its_article_text_and_its_metadata(tmp_path):
    p = tmp_path / "harbour.html"
    p.write_text(PAGE, encoding="utf-8")
    a = read_article(p)
    assert a.source.title == "Ferry capsizes off Calvera"
    assert a.source.outlet == "Harbour Daily"
    assert a.source.published == date(2026, 3, 4)
    assert a.source.url == "https://harbour.example/ferry"
    body = a.text[a.body_start:]
    assert "Twelve people were killed" in body and "Helena Marsh ordered" in body and "47 people were rescued." in body
    for furniture in ("12345", "Top 10", "842 partners", "3 free articles", "41 survivors", "5 things", "\u00a9 2026"):
        assert furniture not in body


def test_a_page_without_an_article_element_reads_its_main_or_body():
    text = html_article("<html><head><title>T</title></head><body><nav>Menu 7</nav>"
                        "<p>Nine people were hurt.</p><p>Police said.</p></body></html>")
    assert "Nine people were hurt.\n\nPolice said." in text
    assert "Menu 7" not in text
    text = html_article("<html><body><p>Outside 5</p><main><p>Inside 6.</p></main></body></html>")
    assert "Inside 6." in text and "Outside 5" not in text


def test_a_page_dated_only_by_a_time_element():
    text = html_article('<html><body><article><time datetime="2026-03-04">4 March</time>'
                        "<p>Twelve people were killed.</p></article></body></html>")
    assert "published: '2026-03-04'" in text or "published: 2026-03-04" in text


def test_broken_markup_is_read_without_error():
    text = html_article("<html><body><article><p>Twelve people <b>were killed</p><div><p>More.</article>")
    assert "Twelve people were killed" in text and "More." in text


@pytest.mark.parametrize("obj", [
    {"title": "Twelve dead", "publisher": {"name": "Island Courier"}, "datePublished": "2026-03-04",
     "body": "Twelve people were killed on Tuesday.\n\nTransport Minister Helena Marsh ordered an inquiry."},
    {"headline": "Twelve dead", "source": "Island Courier", "published": "2026-03-04T09:00:00Z",
     "text": ["Twelve people were killed on Tuesday.", "Transport Minister Helena Marsh ordered an inquiry."]},
])
def test_a_json_article_under_its_usual_field_names(tmp_path, obj):
    p = tmp_path / "courier.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    a = read_article(p)
    assert (a.source.title, a.source.outlet, a.source.published) == ("Twelve dead", "Island Courier", date(2026, 3, 4))
    assert "Twelve people were killed on Tuesday." in a.text[a.body_start:]


@pytest.mark.parametrize("raw, reason", [
    ("[1, 2, 3]", "no article object"),
    ('{"title": "No body here"}', "no article text"),
    ('{"title": ', "not valid JSON"),
])
def test_json_that_holds_no_article_is_unreadable_with_the_reason(tmp_path, raw, reason):
    with pytest.raises(NotAnArticle, match=reason):
        json_article(raw)
    p = tmp_path / "x.json"
    p.write_text(raw, encoding="utf-8")
    with pytest.raises(UnreadableArticle, match=reason):
        read_article(p)


def test_pages_and_json_in_a_folder_are_articles(tmp_path):
    for name in ("a.html", "b.htm", "c.json", "d.md", "e.dct", ".f.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = discover([tmp_path])
    assert sorted(p.name for p in found.articles) == ["a.html", "b.htm", "c.json", "d.md"]


def test_a_run_over_pages_groups_their_facts_and_lists_an_unreadable_json(tmp_path, capsys):
    from reconcile.cli import main
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour.html").write_text(PAGE, encoding="utf-8")
    (folder / "courier.json").write_text(json.dumps({
        "title": "Twelve dead", "outlet": "Island Courier", "published": "2026-03-04",
        "body": "Twelve people were killed when a ferry capsized off Calvera on Tuesday."}), encoding="utf-8")
    (folder / "broken.json").write_text('{"title": ', encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["report", str(folder), "--format", "json", "-o", str(out)]) == 0
    assert "broken.json: unreadable: not valid JSON" in capsys.readouterr().err
    r = json.loads(out.read_text())
    assert [p["kind"] for p in r["problems"]] == ["unreadable"]
    killed = [f for f in r["findings"] if f["kind"] == "quantity" and "12" in [v["value"] for v in f["values"]]]
    assert len(killed) == 1 and killed[0]["verdict"] == "agreement" and len(killed[0]["sources"]) == 2


def test_a_cache_kept_inside_a_folder_of_articles_is_not_read(tmp_path):
    from reconcile.cache import Cache
    (tmp_path / "a.json").write_text('{"body": "Twelve people were killed."}', encoding="utf-8")
    Cache(tmp_path / "cache").put("claims", "ab" * 20, {"x": 1})
    assert [p.name for p in discover([tmp_path]).articles] == ["a.json"]


def test_a_page_read_again_from_the_cache_gives_the_same_article(tmp_path):
    from reconcile.cache import Cache
    from reconcile.pipeline import _read
    p = tmp_path / "in" / "harbour.html"
    p.parent.mkdir()
    p.write_text(PAGE, encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    first, again = _read(p, cache), _read(p, cache)
    assert again.text == first.text and again.body_start == first.body_start
    assert "Twelve people were killed" in again.text[again.body_start:] and "<p>" not in again.text
