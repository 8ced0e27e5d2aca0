"""Reading one article: bytes -> decoded text, metadata, and the page furniture to skip.

Articles arrive as plain text (headline on the first line, maybe a metadata line such as
`` date 2020-01-10``, captions, bylines, datelines, newsletter boxes) or as Markdown with YAML
front matter (title, outlet, published, updated, url, credits).

- Encodings: UTF-8 with or without BOM, UTF-16 (BOM, or evident from its NUL bytes), else
  cp1252. Windows and old Mac line endings become ``\\n`` (one for one, so line numbers still
  count the file's lines). Curly quotes and non-breaking spaces are kept as they are.
- ``Article.text`` is the whole decoded file, front matter included: every claim span and line
  number indexes it. ``Article.body_start`` is where the article proper starts, and
  ``Article.furniture`` lists spans (captions, bylines, credit lines, promotions) that extractors
  take no claims from.
- An empty, binary or undecodable file raises :class:`UnreadableArticle`; the pipeline reports
  it and goes on.
"""
from __future__ import annotations

import os

import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path


from ..datafiles import load as load_data
from ..models import Article, Source
from . import pubdate, source_id_for_path
from .credits import find_credits
from .pages import PAGE_SUFFIXES, NotAnArticle
from .yamlsafe import load_yaml

MAX_BYTES = 2_000_000  # no news article comes near (claims are read from its first 250,000 characters at most)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
METADATA_LINE = re.compile(r"\A[ \t]*\n*[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[^\n]*", re.I)
URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S*(?:\s+\S+){0,12}\s*$", re.I)
AGENCY_ID = re.compile(r"^\s*[a-z]{2,5}\d{6,}\b")
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}(?:\s*(?:,|and)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})*\b")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,\s+[A-Za-z0-9 .,'-]{1,40}?)?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-\u2013\u2014]+\s+")
UPDATE_PREFIX = re.compile(r"^\s*(?:updated?|update \d+)\s*:?\s*\d{1,2}/\d{1,2}\s*:\s*", re.I)
BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*$")
SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
SHORT_LINE_WORDS = 12
# a list item: a statement of its own, with or without a full stop ("- 12 people killed")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+\S")
PHOTO_CREDIT_WORDS = 8  # "Parliament media office/Handout/Reuters"
CAPTION_MAX_WORDS = 60


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than tab, newlines, \f, \v


class UnreadableArticle(Exception):
    """An article that cannot be read as text; the message says why, in one line."""


@lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data("articles.yaml")
    return tuple(data["furniture_starts"]), tuple(data["caption_marks"])


# ---------------------------------------------------------------- decoding

# the Unicode hyphens (hyphen, non-breaking hyphen, figure dash) are the hyphen: "Forty\u2011seven"
# is forty-seven, not seven (one character for one: spans index the decoded text)
_HYPHENS = {0x2010: "-", 0x2011: "-", 0x2012: "-"}


# Markdown's strong emphasis around words ("**47** people were rescued"): the marks become spaces,
# one character for one, so that the words read as written
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^\n*_]{1,200}?)(?<=[^\s*_])\1")


def decode(raw: bytes) -> tuple[str, str]:
    """(text with ``\\n`` line ends, encoding name); raises :class:`UnreadableArticle`."""
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableArticle("empty file")
    encoding = None
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        sample = raw[:4000]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if len(sample) >= 4 and odd > len(sample) / 4 and even < odd / 10:
            encoding = "utf-16-le"
        elif len(sample) >= 4 and even > len(sample) / 4 and odd < even / 10:
            encoding = "utf-16-be"
        elif b"\x00" in sample:
            raise UnreadableArticle("binary file (it holds NUL bytes), not text")
    candidates = [encoding] if encoding else ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadableArticle(f"cannot decode as {' or '.join(candidates)}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_HYPHENS)
    text = _STRONG.sub(lambda m: "  " + m.group(2) + "  ", text)  # "**Forty-seven** people": the words, not the marks
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > max(3, len(text[:20000]) // 100):
        raise UnreadableArticle("binary file (control characters), not text")
    if not text.strip():
        raise UnreadableArticle("empty file")
    return text, (encoding or enc)


# ---------------------------------------------------------------- reading

def printable_path(path: Path) -> str:
    """``path`` as text every report can hold: bytes of a name that are not UTF-8 as ``\\xff``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def read_article(path: Path) -> Article:
    """Read ``path`` into an :class:`Article` (its Source id from the file name)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableArticle(f"too large for an article ({size:,} bytes)")
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableArticle(f"cannot read: {err.strerror or err}") from None
    return parse_article(article_text(raw, path), source_id_for_path(path), printable_path(path))


def article_text(raw: bytes, path: Path) -> str:
    """The text an article file's bytes hold: decoded, and for a web page or a JSON article its
    article text as front matter and body (``pages.py``); raises :class:`UnreadableArticle`."""
    text, _ = decode(raw)
    page = PAGE_SUFFIXES.get(path.suffix.lower())
    if page is None:
        return text
    try:
        return page(text)
    except NotAnArticle as err:
        raise UnreadableArticle(str(err)) from None


_META_LINE = re.compile(r"^(?P<key>title|outlet|published|date|updated|url)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.M)


def _lenient_front_matter(block: str) -> dict:
    """The fields of a front matter that is no valid YAML, line by line: a headline with a colon
    left unquoted ("title: DOCK SHOCK: workers walk out") keeps the outlet and date beside it. A
    value in quotes loses its quotes; a date stays text, read like any date line."""
    meta: dict = {}
    for m in _META_LINE.finditer(block):
        value = m.group("value")
        if value[0] in "[{|>&*!%@`":
            continue  # a broken list or map, or YAML's own marks: no title, outlet or date
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta.setdefault(m.group("key"), value)
    return meta


def parse_article(text: str, source_id: str, path: str | None = None) -> Article:
    """An Article from decoded text: metadata, publication date, credits and furniture."""
    meta, published_from, furniture, body_start = _front_matter(text, path or source_id)
    lines = [(a, b) for a, b in _lines(text, body_start) if text[a:b].strip()]
    title, url, address, headline_span = _headline(text, lines, meta, furniture)
    captions = _furniture_lines(text, lines, headline_span, furniture)
    captions += _repeated_lines(text, lines, headline_span, furniture)
    credits, own_outlet, credit_spans = find_credits(text[body_start:])
    furniture += [(body_start + s, body_start + e) for s, e in credit_spans]

    inferred = pubdate.infer(text, lines, sorted(set(captions)), body_start, address)
    published = _as_date(meta.get("published") or meta.get("date"))
    updated = _as_time(meta.get("updated"))
    pending = None
    if published is None:
        published, published_from = inferred.published, inferred.source
        updated = updated or inferred.updated
        pending = inferred.pending
    outlet = meta.get("outlet") or own_outlet or _outlet_from_url(url or address)
    meta_credits = meta.get("credits")
    if isinstance(meta_credits, str):
        meta_credits = [meta_credits]
    source = Source(
        id=source_id, path=path, title=str(title).strip() if title else None,
        outlet=str(outlet) if outlet else None, published=published, updated=updated,
        published_from=published_from if published else None,
        credits=[str(c) for c in meta_credits] if isinstance(meta_credits, list) else credits,
        url=str(url) if url else None,
    )
    article = Article(source=source, text=text, body_start=body_start, furniture=_merge(furniture))
    article._pending = pending
    article._stamps = live_stamps(text, body_start)
    given = meta.get("published") or meta.get("date")
    article._no_date_reason = None if published else (
        f"the front matter's date {str(given)!r} cannot be read; write it as YYYY-MM-DD"
        if given and not isinstance(given, (date, datetime)) else inferred.reason)
    return article


def _front_matter(text: str, name: str) -> tuple[dict, str | None, list[tuple[int, int]], int]:
    """The metadata of a YAML front matter block and of a metadata line after it ("Published:
    2020-01-05"): the metadata, where its publication date came from, their spans as furniture
    and where the body starts. Front matter YAML cannot read is read leniently, line by line."""
    meta: dict = {}
    furniture: list[tuple[int, int]] = []
    body_start = 0
    m = FRONT_MATTER.match(text)
    if m:
        body_start = m.end()
        furniture.append((0, m.end()))
        loaded = load_yaml(m.group(1) or "", name)
        if isinstance(loaded.data, dict) and not loaded.errors:
            # scalars only (and a list of credits): a list or a map is no title, outlet or date
            meta = {k: v for k, v in loaded.data.items()
                    if k == "credits" or isinstance(v, (str, int, float, date))}
        elif loaded.errors:
            meta = _lenient_front_matter(m.group(1) or "")
    published_from = "front matter" if meta.get("published") or meta.get("date") else None
    mm = METADATA_LINE.match(text, body_start)
    if mm:
        meta.setdefault("published", mm.group(1))
        published_from = published_from or "metadata line"
        furniture.append((mm.start(), mm.end()))
        body_start = mm.end()
    return meta, published_from, furniture, body_start


def _headline(text: str, lines: list[tuple[int, int]], meta: dict, furniture: list[tuple[int, int]]
              ) -> tuple[str | None, str | None, str | None, tuple[int, int] | None]:
    """The title (the metadata's, else the body's first line unless that line is furniture), the
    page's URL and address (the metadata's, else a URL line before the headline, which becomes
    furniture) and the headline's span."""
    title = meta.get("title")
    url = meta.get("url")
    address = str(url) if url else None  # the page address as written, for a date in it
    headline_span = None
    for a, b in lines:
        if (a, b) in furniture or any(s <= a < e for s, e in furniture):
            continue
        line = text[a:b].strip()
        if URL_LINE.match(line):
            furniture.append((a, b))
            address = address or line
            if url is None and " " not in line:
                url = line
            continue
        # the headline is the first line of the body, unless that line is furniture itself
        # (a photo credit, a byline, a "Loading..." label): then the title stays unknown
        if not _not_headline(line):
            headline_span = (a, b)
        break
    if title is None and headline_span:
        title = text[headline_span[0]:headline_span[1]].strip().lstrip("#").strip() or None
    return title, url, address, headline_span


def _furniture_lines(text: str, lines: list[tuple[int, int]], headline_span: tuple[int, int] | None,
                     furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add to ``furniture`` the lines that are no prose (bylines, labels, short lines without a
    sentence's end, captions and their photo credits, a dateline's or update note's opening);
    returns the captions."""
    captions: list[tuple[int, int]] = []
    starts, marks = _vocab()
    for i, (a, b) in enumerate(lines):
        if (a, b) == headline_span:
            continue
        line = text[a:b]
        low = line.strip().lower()
        if LIST_ITEM.match(line):
            low = low.lstrip("-*\u2022\u2013 \t")  # ("- Related: ...", "* Sign up ...")
        if low.startswith(starts) or BYLINE.match(line) and len(line.split()) <= 16:
            furniture.append((a, b))
        elif AGENCY_ID.match(line) or any(mk in low for mk in marks):
            furniture.append((a, b))
            captions.append((a, b))
            # a photo credit on a line of its own ends the caption written just above it
            if i > 0 and len(line.split()) <= PHOTO_CREDIT_WORDS and lines[i - 1] != headline_span:
                pa, pb = lines[i - 1]
                if len(text[pa:pb].split()) <= CAPTION_MAX_WORDS and not BYLINE.match(text[pa:pb]):
                    furniture.append((pa, pb))
                    captions.append((pa, pb))
        elif not SENTENCE_END.search(line) and len(line.split()) <= SHORT_LINE_WORDS and not LIST_ITEM.match(line):
            furniture.append((a, b))  # a label, an image's alt text, a date line, a section name
        else:
            d = DATELINE.match(line)
            if d and d.end() - d.start() < 80:
                furniture.append((a, a + d.end()))
            u = UPDATE_PREFIX.match(line)
            if u:
                furniture.append((a, a + u.end()))
    return captions


def _repeated_lines(text: str, lines: list[tuple[int, int]], headline_span: tuple[int, int] | None,
                    furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A caption is often followed by its own credit line or repeated: a line said again (or
    begun again within three lines) is a caption; added to ``furniture`` and returned."""
    captions: list[tuple[int, int]] = []
    seen: dict[str, tuple[int, int]] = {}
    for a, b in lines:
        key = text[a:b].strip()
        if key in seen and (a, b) != headline_span:
            captions.append(seen[key])
            furniture.append(seen[key])
        seen.setdefault(key, (a, b))
        for prev in list(seen.values())[-3:]:
            pk = text[prev[0]:prev[1]].strip()
            if len(pk) > 30 and key.startswith(pk) and (a, b) != prev:
                captions += [prev, (a, b)]
                furniture += [prev, (a, b)]
    return captions


def _outlet_from_url(url) -> str | None:
    """The site an article was taken from, when nothing better names its outlet:
    "http://www.nydailynews.com/..." -> "nydailynews.com" (spaces from tokenised text removed)."""
    if not url:
        return None
    m = re.match(r"^\s*(?:https?\s*:\s*//)?\s*([a-z0-9-]+(?:\s*\.\s*[a-z0-9-]+)+)", str(url), re.I)
    if not m:
        return None
    host = re.sub(r"\s+", "", m.group(1)).lower().split(".")
    # the registered name: "query.nytimes.com" -> nytimes.com, "news.bbc.co.uk" -> bbc.co.uk
    keep = 3 if len(host) >= 3 and len(host[-1]) == 2 and host[-2] in _SECOND_LEVEL else 2
    return ".".join(host[-keep:])


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "nic", "or", "ne", "go"})


def complete_years(articles: list[Article]) -> None:
    """Settle the publication dates whose cues lack a year, from the dates of the run's other
    articles (in place). Called by the pipeline once every article is read."""
    known = [a.source.published for a in articles if a.source.published is not None]
    for i, article in enumerate(articles):
        pending = getattr(article, "_pending", None)
        if pending is None or article.source.published is not None:
            continue
        published, updated, source = pubdate.complete_pending(pending, known)
        if published is None:
            continue
        new_source = article.source.model_copy(update={
            "published": published, "updated": article.source.updated or updated, "published_from": source})
        articles[i] = article.model_copy(update={"source": new_source})


# a live blog's entry opens with its clock: "14:05 GMT - The coast guard now says 12 are dead"
_LIVE_STAMP = re.compile(r"^[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>[ap])\.?m\.?)?"
                         r"(?:[ \t]+(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|local(?:[ \t]+time)?))?"
                         r"[ \t]*[-\u2013\u2014:|][ \t]+\S", re.M | re.I)


def live_stamps(text: str, body_start: int) -> list[tuple[int, str]]:
    """The clocks that open a live blog's entries, as (offset, "HH:MM") in text order: at least
    two lines of the body opening with a clock and a dash ("10:42 GMT - Police say ..."); the
    claims of an entry were reported at its clock, on the article's day. None for other texts."""
    out = []
    for m in _LIVE_STAMP.finditer(text, body_start):
        h = int(m.group("h"))
        if m.group("ap"):
            if h > 12:
                continue
            h = h % 12 + (12 if m.group("ap").lower() == "p" else 0)
        out.append((m.start(), f"{h:02d}:{m.group('m')}"))
    return out if len(out) >= 2 else []


def no_date_reason(article: Article) -> str | None:
    """Why the article's publication date is unknown (None when it is known), for a report's hint."""
    if article.source.published is not None:
        return None
    return getattr(article, "_no_date_reason", None) or "no publication date cue found"


def _not_headline(line: str) -> bool:
    """True for a first line that cannot be a headline: a bracketed credit, a byline, a label."""
    starts, marks = _vocab()
    low = line.lower()
    return (BRACKETED.match(line) is not None or BYLINE.match(line) is not None
            or low.startswith(starts) or any(mk in low for mk in marks))


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        out.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _as_time(v) -> date | datetime | None:
    """A front matter update stamp: a date, or a date and time when it gives one ("2013-07-03T13:38Z")."""
    if isinstance(v, datetime):
        return v if (v.hour, v.minute, v.second) != (0, 0, 0) else v.date()
    if isinstance(v, str) and "T" in v.strip()[10:11]:
        try:
            return _as_time(datetime.fromisoformat(v.strip().replace("Z", "+00:00")))
        except ValueError:
            return _as_date(v)
    return _as_date(v)


def _as_date(v) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v.strip()[:10])
        except ValueError:
            pass
        written = pubdate.full_dates(v)  # "4 March 2026", "Wednesday, March 4, 2026"
        return written[0][1] if len(written) == 1 else None
    return None


__all__ = ["UnreadableArticle", "article_text", "complete_years", "decode", "no_date_reason", "parse_article",
           "read_article"]
