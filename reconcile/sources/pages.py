"""Articles that come as web pages or JSON: their article text, in the shape the article reader
reads (YAML front matter with the page's title, outlet, dates and address, then the body as
paragraphs), so that every later stage sees one kind of article.

- **HTML** (``.html``, ``.htm``): the title from ``og:title`` or ``<title>``; the publication
  and update times from ``article:published_time`` / ``article:modified_time`` (or
  ``datePublished`` / ``dateModified`` in ``itemprop`` or ``name`` metas, or the first ``<time
  datetime>``), the outlet from ``og:site_name``, the address from ``og:url`` or the canonical
  link. The body is the text of the headings, paragraphs, list items, quotes and table cells
  inside ``<article>`` (else ``<main>``, else ``<body>``), each a paragraph; scripts, styles,
  navigation, asides, headers and footers outside the article, figures and their captions, forms
  and buttons are page furniture and left out. Python's own HTML parser reads the page: no
  download, no model.
- **JSON** (``.json``): one article object, its text under ``body``, ``text``, ``content``,
  ``articleBody`` or ``article``; ``title`` / ``headline``; ``published`` / ``date`` /
  ``datePublished`` / ``published_at`` / ``pubDate``; ``updated`` / ``dateModified``;
  ``outlet`` / ``source`` / ``publisher`` / ``site_name`` (a name, or an object with a
  ``name``); ``url``. A JSON file that holds no article text is unreadable, with the reason.

Claim spans and line numbers of such an article index this text, not the file's bytes.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import yaml

# elements whose text is never the article's
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
                   "figure", "figcaption", "svg", "iframe", "select", "label"})
# elements that hold a paragraph of text
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "dd", "dt", "pre",
                     "div", "section", "article", "main", "body", "br", "tr", "ul", "ol", "table", "header"})
_VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed",
                   "param", "track"})
_SPACE = re.compile(r"\s+")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.time: str | None = None
        self.canonical: str | None = None
        self.stack: list[str] = []
        self.skip = 0  # depth inside elements left out
        self.in_title = False
        # paragraphs per container: the article's, the main's, the body's
        self.parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.depth = {"article": 0, "main": 0}
        self.header_outside = 0
        self.current: list[str] = []

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.current)).strip()
        self.current = []
        if not text:
            return
        self.parts["body"].append(text)
        for name in ("article", "main"):
            if self.depth[name]:
                self.parts[name].append(text)

    def handle_starttag(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.canonical = a["href"].strip()
            return
        if tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"].strip()
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        if tag == "title":
            self.in_title = True
        if tag in _BLOCKS:
            self._flush()
        self.stack.append(tag)
        if tag in _SKIP or (tag == "header" and not self.depth["article"]):
            self.skip += 1
        if tag in self.depth:
            self.depth[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:  # close what was left open inside it
            top = self.stack.pop()
            if top in _BLOCKS:
                self._flush()
            if top in _SKIP or (top == "header" and not self.depth["article"]):
                self.skip = max(0, self.skip - 1)
            if top in self.depth:
                self.depth[top] = max(0, self.depth[top] - 1)
            if top == "title":
                self.in_title = False
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if not self.skip and "head" not in self.stack:
            self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _front(fields: dict[str, str | None]) -> str:
    kept = {k: v for k, v in fields.items() if v}
    if not kept:
        return ""
    return "---\n" + yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=10_000) + "---\n"


def html_article(text: str) -> str:
    """The article text of an HTML page (see the module doc)."""
    page = _Page()
    page.feed(text)
    page.close()
    meta = page.meta
    body = page.parts["article"] or page.parts["main"] or page.parts["body"]
    title = meta.get("og:title") or _SPACE.sub(" ", page.title).strip() or None
    published = (meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
                 or meta.get("pubdate") or page.time)
    fields = {"title": title, "outlet": meta.get("og:site_name"), "published": published,
              "updated": meta.get("article:modified_time") or meta.get("datemodified"),
              "url": meta.get("og:url") or page.canonical}
    if body and title and _SPACE.sub(" ", body[0]).strip() == title:
        body = body[1:]  # the headline repeated as the first heading
    return _front(fields) + "\n\n".join(body) + "\n"


_BODY_KEYS = ("body", "text", "content", "articleBody", "article_body", "article")
_TITLE_KEYS = ("title", "headline")
_PUBLISHED_KEYS = ("published", "date", "datePublished", "published_at", "publishedAt", "pubDate", "date_published")
_UPDATED_KEYS = ("updated", "dateModified", "updated_at", "modified", "date_modified")
_OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "siteName")


class NotAnArticle(ValueError):
    """A JSON file that holds no article."""


def _first(obj: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, (str, int, float)) and str(v).strip():
            return str(v).strip()
    return None


def json_article(text: str) -> str:
    """The article text of a JSON article (see the module doc); raises :class:`NotAnArticle`."""
    try:
        obj = json.loads(text)
    except ValueError as err:
        raise NotAnArticle(f"not valid JSON ({err})") from None
    if not isinstance(obj, dict):
        raise NotAnArticle("JSON that is no article object (a list or a value)")
    body = obj.get(next((k for k in _BODY_KEYS if isinstance(obj.get(k), (str, list))), ""), None)
    if isinstance(body, list):
        body = "\n\n".join(str(p) for p in body if isinstance(p, (str, int, float)))
    if not isinstance(body, str) or not body.strip():
        raise NotAnArticle(f"JSON with no article text ({', '.join(_BODY_KEYS[:4])})")
    title = _first(obj, _TITLE_KEYS)
    fields = {"title": title, "outlet": _first(obj, _OUTLET_KEYS), "published": _first(obj, _PUBLISHED_KEYS),
              "updated": _first(obj, _UPDATED_KEYS), "url": _first(obj, ("url", "link"))}
    return _front(fields) + body.strip() + "\n"


PAGE_SUFFIXES = {".html": html_article, ".htm": html_article, ".json": json_article}
