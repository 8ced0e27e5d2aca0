"""The whole run: paths in, :class:`~reconcile.models.Report` out.

sources (articles and claim files) -> extract -> stories -> match -> compare, matching and
comparing the claims of each story apart. The CLI calls
:func:`build_report` and hands the result to a report format; nothing here prints.
"""
from __future__ import annotations

import bisect
import dataclasses
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from pydantic import TypeAdapter

from .cache import EXTRACTOR_PARTS, READER_PARTS, Cache, code_version, digest
from .compare import in_the_group_unit, judge_all, unique_ids
from .extract import extract_claims, extract_limit, warm_up
from .extract.background import date_background_in_story
from .match import AliasSet, group_claims
from .models import Article, Claim, Finding, Origin, Problem, Report, Source, Story, stable_id
from .settings import Settings
from .sources import discover, source_id_for_path
from .sources.article import (UnreadableArticle, article_text, complete_years, no_date_reason, printable_path,
                              read_article)
from .sources.pubdate import Pending
from .sources.claimfile import ManualInput, Rejection, input_roots, load_claim_files
from .stories import find_stories, story_time
from .trend import reported_time

OVERRIDABLE = ("title", "outlet", "published", "updated", "published_from", "credits", "url", "story")


def build_report(paths: Sequence[Path], settings: Settings | None = None, cache: Cache | None = None,
                 one_story: bool = False, root: Path | None = None) -> Report:
    """Read, extract, find the stories, match and compare everything under ``paths``.

    Claims are matched and compared only within a story (:mod:`reconcile.stories`); with
    ``one_story`` the whole run is one story. An article a claim file names must lie under
    ``root`` (None: the current folder) or in the folder tree of one of ``paths``. With a
    ``cache``, articles whose bytes were read before, and claims of article texts extracted
    before (same code, same settings, same publication date), are taken from it.
    """
    settings = settings or Settings()
    problems: list[Problem] = []
    manual, articles, sources = _read_sources(paths, settings, cache, root, problems)
    claims = _claims(articles, sources, manual, settings, cache, problems)
    problems += _dating_problems(articles, sources, claims)
    stories, sources, claims, findings = _match_and_judge(articles, sources, claims, manual, settings, one_story)
    order = {sid: i for i, sid in enumerate(sorted(sources))}
    claims.sort(key=lambda c: (order.get(c.source, len(order)), c.span or (0, 0), c.line or 0, c.id))
    return Report(
        stories=stories,
        sources=[sources[s] for s in sorted(sources)],
        claims=claims,
        findings=findings,
        problems=sorted(problems, key=lambda p: (p.kind, p.path or "", p.source or "", p.message)),
    )


def _read_sources(paths: Sequence[Path], settings: Settings, cache: Cache | None, root: Path | None,
                  problems: list[Problem]) -> tuple[ManualInput, list[Article], dict[str, Source]]:
    """The claim files, the articles (those on the command line and those a claim file declares,
    with the metadata it supplies) and every source by id; an unreadable article is a problem."""
    inputs = discover(list(paths))
    article_paths = list(inputs.articles)
    article_ids = _article_ids(article_paths)
    manual = load_claim_files(inputs.claim_files, settings, known_source_ids=set(article_ids.values()),
                              roots=input_roots(list(paths), root))

    # a claim file may declare an article the command line did not name: read it too
    declared = {Path(s.path).resolve(): s for s in manual.sources if s.path}
    # a source declared without an article path but with an article's id supplies its metadata
    by_id = {s.id: s for s in manual.sources if not s.path}
    known = {p.resolve() for p in article_paths} if declared else set()
    for resolved, src in declared.items():
        if resolved not in known:
            article_paths.append(Path(src.path))
            known.add(resolved)
    article_ids = _article_ids(article_paths)

    articles: list[Article] = []
    for path in article_paths:
        decl = (declared.get(path.resolve()) if declared else None) or by_id.get(article_ids[path])
        try:
            article = _read(path, cache)
        except UnreadableArticle as err:
            problems.append(Problem(kind="unreadable", path=printable_path(path), message=str(err),
                                    source=decl.id if decl else article_ids[path]))
            continue
        source = article.source.model_copy(update={"id": decl.id if decl else article_ids[path]})
        if decl is not None:
            source = _override(source, decl)
        articles.append(article.model_copy(update={"source": source}))
    complete_years(articles)

    sources: dict[str, Source] = {a.source.id: a.source for a in articles}
    for src in manual.sources:
        if not src.path and src.id not in sources:
            sources[src.id] = src
    return manual, articles, sources


def _claims(articles: list[Article], sources: dict[str, Source], manual: ManualInput, settings: Settings,
            cache: Cache | None, problems: list[Problem]) -> list[Claim]:
    """The articles' extracted claims less those a claim file rejects, then the claim files' own,
    each with the time its source reported it; a reader that failed, an article read in part and a
    rejection that matches nothing are problems."""
    extracted, failed = _extract_all(articles, settings, cache)
    claims: list[Claim] = [c for found in extracted for c in found]
    for a, failures in zip(articles, failed):
        for failure in failures:
            problems.append(Problem(kind="partly-read", source=a.source.id, path=a.source.path,
                                    message=f"the {failure.split(':')[0]} reader failed on this article, its other claims "
                                            f"are read (a fault of the tool, please report it: {failure})"))
    for a in articles:
        if (limit := extract_limit(a.text)) < len(a.text):
            problems.append(Problem(kind="partly-read", source=a.source.id, path=a.source.path,
                                    message=f"claims are read from the first {limit:,} of its {len(a.text):,} characters"))
    claims, unused = apply_rejections(claims, manual.rejections)
    for rej in unused:
        problems.append(Problem(kind="rejection-unused", source=rej.source, claim=rej.claim,
                                path=rej.file,
                                message=f"{rej.file}:{rej.line}: rejection matches no extracted claim"))
    claims.extend(manual.claims)
    stamps = {a.source.id: ([at for at, _ in a._stamps], [clock for _, clock in a._stamps])
              for a in articles if a._stamps}
    return [c if c.reported is not None else c.model_copy(update={"reported": _reported(c, sources, stamps)})
            for c in claims]


def _dating_problems(articles: list[Article], sources: dict[str, Source], claims: list[Claim]) -> list[Problem]:
    """An article whose publication date is unknown (with the reason), and each claim whose
    relative date could not be resolved."""
    problems = []
    reasons = {a.source.id: no_date_reason(a) for a in articles}
    for src in sources.values():
        if src.published is None and src.path is not None:
            why = reasons.get(src.id)
            problems.append(Problem(
                kind="no-date", source=src.id, path=src.path,
                message=(f"publication date of {src.path} unknown" + (f" ({why})" if why else "") +
                         ": relative dates in it stay unresolved; "
                         f"supply it in a claim file (sources: [{{id: {src.id}, published: YYYY-MM-DD}}])")))
    for c in claims:
        if c.value is None and c.unresolved:
            problems.append(Problem(kind="unresolved", source=c.source, claim=c.id,
                                    message=f"{c.text!r}: {c.unresolved}"))
    return problems


def _match_and_judge(articles: list[Article], sources: dict[str, Source], claims: list[Claim],
                     manual: ManualInput, settings: Settings, one_story: bool
                     ) -> tuple[list[Story], dict[str, Source], list[Claim], list[Finding]]:
    """Find the stories, then group and judge the claims of each story apart: the stories, the
    sources with their story, the claims as their findings state them, and the findings."""
    stories = find_stories(articles, sources, claims, one_story)
    story_of = {sid: story.id for story in stories for sid in story.sources}
    claims = _background_in_story(articles, claims, stories, sources)
    sources = {sid: src.model_copy(update={"story": story_of[sid]}) for sid, src in sources.items()}
    aliases = [AliasSet(subjects=a.subjects, kind=a.kind) for a in manual.aliases]
    by_story: dict[str | None, list[Claim]] = {story.id: [] for story in stories}
    largest = stories[0].id if stories else None
    for c in claims:  # a claim of a source no report holds (its article unreadable) goes with the largest story
        by_story.setdefault(story_of.get(c.source, largest), []).append(c)
    findings = []
    restated: dict[str, Claim] = {}
    for story_id, members in by_story.items():  # claims are matched and compared within their story only
        groups = [in_the_group_unit(g) for g in group_claims(members, aliases, settings)]
        restated.update((c.id, c) for g in groups for c in g)
        findings += [f.model_copy(update={"story": story_id}) for f in judge_all(groups, sources, settings)]
    findings = unique_ids(findings)  # one key in two stories
    claims = [restated.get(c.id, c) for c in claims]  # as their findings state them
    return stories, sources, claims, findings


def _background_in_story(articles: list[Article], claims: list[Claim], stories: list[Story],
                         sources: Mapping[str, Source]) -> list[Claim]:
    """Background figures of articles without a publication date, dated against their story's time."""
    times = {sid: story_time(story, sources) for story in stories for sid in story.sources}
    undated = {a.source.id: a for a in articles if a.source.published is None and times.get(a.source.id)}
    if not undated:
        return claims
    of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source in undated and c.origin == Origin.EXTRACTED:
            of[c.source].append(c)
    redated = {id(old): new for sid, mine in of.items()
               for old, new in zip(mine, date_background_in_story(undated[sid], mine, times[sid]))}
    return [redated.get(id(c), c) for c in claims]


def _reported(claim: Claim, sources: dict[str, Source], stamps: dict[str, tuple[list[int], list[str]]]) -> str | None:
    """When a claim was reported: the clock of the live-blog entry that holds it (``stamps``: per
    source, the entries' offsets and clocks), on its source's publication day, else its source's
    time (:func:`~.trend.reported_time`)."""
    source = sources.get(claim.source)
    entries = stamps.get(claim.source)
    if entries and source is not None and source.published is not None and claim.span is not None:
        k = bisect.bisect_right(entries[0], claim.span[0]) - 1
        if k >= 0:
            return f"{source.published.isoformat()}T{entries[1][k]}:00"
    return reported_time(source)


def _read(path: Path, cache: Cache | None) -> Article:
    """``read_article(path)``, or what an earlier run read from the same bytes at the same path."""
    if cache is None:
        return read_article(path)
    try:
        raw = path.read_bytes()
    except OSError:
        return read_article(path)  # raises UnreadableArticle with the reason
    key = digest(code_version(READER_PARTS), str(path), raw)
    hit = cache.get("article", key)
    if hit is not None:
        try:
            text = article_text(raw, path)
            article = Article(source=Source.model_validate(hit["source"]), text=text,
                              body_start=hit["body_start"], furniture=[tuple(f) for f in hit["furniture"]])
            pending = hit.get("pending")
            article._pending = None if pending is None else Pending(
                **{k: frozenset(v) if isinstance(v, list) else v for k, v in pending.items()})
            article._no_date_reason = hit.get("no_date_reason")
            article._stamps = [tuple(x) for x in hit.get("stamps", [])]
            return article
        except (ValueError, TypeError, KeyError, UnreadableArticle):
            pass  # an entry that does not fit this code: read afresh
    article = read_article(path)
    pending = article._pending
    cache.put("article", key, {
        "source": article.source.model_dump(mode="json"), "body_start": article.body_start,
        "furniture": [list(f) for f in article.furniture],
        "pending": None if pending is None else {k: sorted(v) if isinstance(v, frozenset) else v
                                                 for k, v in dataclasses.asdict(pending).items()},
        "no_date_reason": article._no_date_reason, "stamps": [list(x) for x in article._stamps]})
    return article


PARALLEL_FROM = 32  # articles to extract before a second process pays for itself


def _extract_all(articles: list[Article], settings: Settings, cache: Cache | None
                 ) -> tuple[list[list[Claim]], list[list[str]]]:
    """The claims of each article, in article order, and the readers that failed on it: from the
    cache when it has them, the rest extracted here or, for many articles on a machine with several
    cores, in worker processes forked once the vocabularies are loaded (the result is the same
    either way). Claims read with a failure are not cached."""
    found: list[list[Claim] | None] = [None] * len(articles)
    failed: list[list[str]] = [[] for _ in articles]
    keys: list[str | None] = [None] * len(articles)
    if cache is not None:
        for i, article in enumerate(articles):
            keys[i] = digest(code_version(EXTRACTOR_PARTS), settings.model_dump_json(),
                             article.source.model_dump_json(exclude={"story"}), str(article.body_start), repr(article.furniture),
                             article.text)
            hit = cache.get_raw("claims", keys[i])
            if hit is not None:
                try:
                    found[i] = _CLAIM_LIST.validate_json(hit)
                except ValueError:
                    pass
    todo = [i for i, claims in enumerate(found) if claims is None]
    workers = _workers(len(todo))
    if workers > 1:
        warm_up()  # every vocabulary loaded once, here, before the fork: the workers share them
        found[todo[0]], failed[todo[0]] = _extract(articles[todo[0]], settings)
        rest = todo[1:]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            chunk = max(1, len(rest) // (workers * 4))
            for i, (claims, failures) in zip(rest, pool.map(_extract, [articles[i] for i in rest],
                                                            [settings] * len(rest), chunksize=chunk)):
                found[i], failed[i] = claims, failures
    else:
        for i in todo:
            found[i], failed[i] = _extract(articles[i], settings)
    if cache is not None:
        for i in todo:
            if not failed[i]:
                cache.put("claims", keys[i], [c.model_dump(mode="json") for c in found[i]])  # type: ignore[union-attr]
    return found, failed  # type: ignore[return-value]


def _workers(n: int) -> int:
    """Processes for ``n`` articles: one below :data:`PARALLEL_FROM`, else one per core (at most
    four), where processes can be forked; ``RECONCILE_WORKERS`` sets it (1: never fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    wanted = os.environ.get("RECONCILE_WORKERS", "")
    limit = int(wanted) if wanted.isdigit() and int(wanted) > 0 else min(cores, 4)
    return 1 if n < PARALLEL_FROM else max(1, min(limit, n // (PARALLEL_FROM // 2)))


def _extract(article: Article, settings: Settings) -> tuple[list[Claim], list[str]]:
    """The claims of ``article`` with stable ids and line numbers, and the readers that failed on it."""
    failures: list[str] = []
    return with_lines(article.text, assign_ids(extract_claims(article, settings, failures))), failures


_CLAIM_LIST = TypeAdapter(list[Claim])


_NEWLINE = re.compile("\n")


def with_lines(text: str, claims: list[Claim]) -> list[Claim]:
    """Set each extracted claim's ``line``: the line of the article file its span starts on."""
    if not claims:
        return claims
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    return [c.model_copy(update={"line": bisect.bisect_right(newlines, c.span[0] - 1) + 1}) if c.span else c
            for c in claims]


def _article_ids(paths: list[Path]) -> dict[Path, str]:
    """Source ids for article paths; a clash of file names gets a suffix from the path."""
    ids = {p: source_id_for_path(p) for p in paths}
    counts = Counter(ids.values())
    for p, sid in ids.items():
        if counts[sid] > 1:
            ids[p] = stable_id(sid, str(p), length=6)
    return ids


def _override(source: Source, decl: Source) -> Source:
    """What the claim file says of an article wins over what was inferred from its text."""
    given = {f: getattr(decl, f) for f in OVERRIDABLE if f in decl.model_fields_set}
    given.update(file=decl.file, line=decl.line)
    return source.model_copy(update=given)


def assign_ids(claims: list[Claim]) -> list[Claim]:
    """Give extracted claims stable ids: same source, kind, key and words, same id on every run."""
    seen: Counter[tuple] = Counter()
    out = []
    for c in claims:
        if c.id:
            out.append(c)
            continue
        base = (c.source, c.kind.value, c.key or c.subject, c.text)
        n = seen[base]
        seen[base] += 1
        out.append(c.model_copy(update={"id": stable_id("c", *base, n)}))
    return out


def apply_rejections(claims: list[Claim], rejections: list[Rejection]) -> tuple[list[Claim], list[Rejection]]:
    """Drop extracted claims that a claim file rejects; return what is left and unused rejections."""
    if not rejections:
        return claims, []
    used: set[int] = set()
    by_id = {r.claim: i for i, r in enumerate(rejections) if r.claim}
    by_quote = [(i, r) for i, r in enumerate(rejections) if r.quote]
    kept = []
    for c in claims:
        hit = by_id.get(c.id)
        if hit is None:
            hit = next((i for i, r in by_quote if rejection_quote_matches(r, c)), None)
        if hit is None or c.origin != Origin.EXTRACTED:
            kept.append(c)
        else:
            used.add(hit)
    return kept, [r for i, r in enumerate(rejections) if i not in used]


def rejection_quote_matches(rejection: Rejection, claim: Claim) -> bool:
    """A rejection by quote names the claim's words, or words of its sentence that hold them."""
    if rejection.source is not None and rejection.source != claim.source:
        return False
    quote = " ".join(rejection.quote.lower().split())
    text = " ".join(claim.text.lower().split())
    sentence = " ".join(claim.quote.lower().split())
    return bool(text) and (quote == text or (text in quote and quote in sentence))


__all__ = ["build_report", "assign_ids", "apply_rejections", "ManualInput"]
