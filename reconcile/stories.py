"""Stories: which articles of a run tell one story, so that claims are compared only within one.

A run may hold articles about many unrelated events (a folder of a newsroom's articles, a day's
feed). Two earthquakes years apart both have "people killed", and comparing those figures says
nothing. This stage, between reading (and extraction) and matching, groups the run's sources into
stories; the pipeline then matches and compares claims story by story.

How, in the words of information retrieval:

- **Terms.** Each article is a bag of terms: its content words in dictionary form (simplemma),
  its names (words written with a capital inside a sentence, and runs of them: "tara reid"),
  its figures ("4.6", "2:09") and the years it mentions. Function words and the vocabulary of any
  news page (``data/stories.yaml``) are left out; a name counts twice, the headline twice.
- **Weights.** TF-IDF: ``(1 + log tf) * log((N + B) / (df + B * r))``, where ``N`` and ``df`` count
  the run's articles and ``B`` articles of a virtual background corpus hold each term at the rate
  ``r``. A large run weighs its terms by how rare they are in it; a run of one story, where every
  article shares the story's words, keeps them, instead of weighing them down to nothing. Each
  vector has unit length, so the cosine of two articles is the share of weight they have in common.
- **Time.** Articles published within :data:`PUBLISHED_NEAR` days of each other, or one published
  in a year the other mentions, are of one period; an article that tells years but no publication
  date is of a dated article's period when it mentions the year that one was published (a year
  both merely recall, the tsunami of 2004 in two earthquakes' articles nine years apart, is not
  one period). Articles that both tell their time but share none are most likely two events:
  their similarity counts :data:`FAR_FACTOR` of itself. One that tells no time at all (no
  publication date, no year) cannot be placed: against one that does, its similarity counts
  :data:`UNKNOWN_FACTOR` of itself. A publication year the reader borrowed from the run's other
  articles (a weekday or a day and month alone) does not place an article: in a run of many
  stories it is the year of whatever else the run holds.
- **Blocking.** Articles are compared only when they share one of their :data:`TOP_TERMS` heaviest
  terms, through an inverted index from term to articles. A term in many articles pairs each with
  its :data:`NEIGHBOURS` nearest on either side in publication order (sorted-neighbourhood
  blocking): the comparisons grow with the number of articles, never with its square.
- **Clustering.** Average-linkage agglomerative clustering over those pairs (a pair never
  compared counts 0): the two clusters of highest average similarity merge while it reaches
  :data:`STORY_SIMILARITY`. Two clusters of :data:`COHESION_SIZE` articles or more must also be
  about as near to each other as each is within itself: their average similarity reaches
  :data:`COHESION` of the geometric mean of their average similarities within (the relative
  closeness of Chameleon clustering). Two events of one kind share their subject's names and
  words, which weigh about as much between the two as within either, while what each event's
  articles share only among themselves (the ship, the clinic, the figures) keeps each closer knit
  than the pair. Clusters whose median publication days are within :data:`PUBLISHED_NEAR` of each
  other (each with at least half its articles dated) are spared that test: sub-stories of one
  period (a fire, then the arrests) need not be as close. An article left alone then joins the
  story nearest to it when their average similarity reaches half of :data:`STORY_SIMILARITY`.
- **Strays.** Last, an article nearer on average to another story than to the rest of its own
  stands alone (:func:`strays`): which of the two it tells is not clear, and its figures set
  against its story's could compare two events. Average linkage puts an article where the order of
  the merges takes it; and the time factors place an article without a publication date of its
  own only by default (one that tells no time at all counts in full against articles as silent and
  half against dated ones, so it is drawn to a story of undated articles rather than to the one it
  tells): such an article is compared here by its words alone. A run of one story has no other
  story to be nearer to: nothing strays.
- **What a person says wins.** Sources a claim file puts in one story (``story:`` on a source entry)
  start as one cluster, and clusters of two named stories never merge. A source without an
  article (a briefing known from a claim file) joins the story its title and its claims' words
  are nearest to, however near (a story of its own when it shares no word with any).

The constants were fitted on labelled runs (ECB+ without the topics held out, and the
EventStoryLine events other than the held-out ones, each of which must stay one story when run
alone): see ``benchmarks/stories.py``. A cluster's publication days are merged the smaller into the
larger, and its median day is found only when the cohesion test needs it, once per cluster.

Everything is ordered by source id, never by input order, so the same articles give the same
stories whatever their order on the command line or on disk.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .datafiles import load as load_data
from .lexicon import fold, lemma
from .models import Article, Claim, Source, Story, stable_id

STORY_SIMILARITY = 0.09  # average cosine at which two clusters are one story (fitted)
UNKNOWN_FACTOR = 0.5  # an article that tells no time, against one that does (fitted)
FAR_FACTOR = 0.3  # two articles that tell their time and share none (fitted)
SINGLE_JOIN = 0.5  # an article left alone joins a story at this share of STORY_SIMILARITY
COHESION = 0.5  # two clusters are one story at this share of how close knit each is within (fitted)
COHESION_SIZE = 5  # ... when each holds at least this many articles (fitted)
PUBLISHED_NEAR = 180  # days: publication dates this close are one period
TOP_TERMS = 25  # the heaviest terms of an article that it is blocked on
NEIGHBOURS = 12  # in a long posting list, the articles on each side an article is compared with
NAME_WEIGHT = 2.0  # a name counts this many times a content word
TITLE_WEIGHT = 2.0  # a word of the headline counts this many times a word of the body
YEAR_WEIGHT = 1.0
FIGURE_WEIGHT = 1.0
BACKGROUND = 1000  # articles of a virtual background corpus every run is weighed against
BACKGROUND_RATE = 0.01  # the share of them that hold any one term

BORROWED_YEAR = "year from the other articles"  # how sources.pubdate marks a year taken from the run
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_TOKEN = re.compile(r"(?P<word>[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019\-]*[A-Za-z\u00C0-\u024F])"
                    r"|(?P<figure>\d(?:[\d,.:]*\d)?)|(?P<stop>[.!?;:\"\u201c\u201d]+)|(?P<pause>[,()\[\]\n])")
_URL = re.compile(r"(?:https?\s*:\s*//|www\s*\.)\S*(?:\s*\.\s*(?:com|org|net|co|uk|html?)\S*)*", re.I)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("stories.yaml")["stopwords"])


def text_terms(text: str, title: str | None = None) -> Counter[str]:
    """The weighted term counts of an article: content words (``w:``), names (``n:``, one word
    or a run of capitalised words) and years (``y:``)."""
    counts: Counter[str] = Counter()
    _add_terms(counts, text, 1.0)
    if title and TITLE_WEIGHT > 1.0:
        _add_terms(counts, title, TITLE_WEIGHT - 1.0)
    return counts


def _add_terms(counts: Counter[str], text: str, weight: float) -> None:
    stop = _stopwords()
    run: list[str] = []  # the capitalised words in a row: one name
    initial = True  # the next word opens a sentence (its capital says nothing)
    for m in _TOKEN.finditer(_URL.sub(" ", text)):
        kind = m.lastgroup
        if kind == "stop":
            _flush(counts, run, weight)
            initial = True
            continue
        if kind == "pause":
            _flush(counts, run, weight)
            continue
        token = m.group()
        was_initial, initial = initial, False
        if kind == "figure":
            _flush(counts, run, weight)
            figure = token.rstrip(".,:")
            if _YEAR.fullmatch(figure):
                counts["y:" + figure] += weight * YEAR_WEIGHT
            elif len(figure) >= 2:
                counts["d:" + figure.replace(",", "")] += weight * FIGURE_WEIGHT
            continue
        low = _folded(token)
        if low in stop or len(low) < 3:
            _flush(counts, run, weight)
            continue
        if not was_initial and (token[0].isupper() or token.isupper()):
            counts["n:" + low] += weight * NAME_WEIGHT
            run.append(low)
        else:
            _flush(counts, run, weight)
            counts["w:" + lemma(low)] += weight
    _flush(counts, run, weight)


@lru_cache(maxsize=100_000)
def _folded(token: str) -> str:
    low = fold(token).replace("\u2019", "'")
    return low[:-2] if low.endswith("'s") else low


def _flush(counts: Counter[str], run: list[str], weight: float) -> None:
    if len(run) > 1:
        counts["n:" + " ".join(run[-3:])] += weight * NAME_WEIGHT
    run.clear()


@dataclass
class _Doc:
    """One source as story detection sees it."""

    id: str
    terms: Counter[str]
    published: date | None
    title: str | None
    label: str | None = None
    textless: bool = False  # known from a claim file only: its title and its claims' words
    vector: dict[str, float] = field(default_factory=dict)
    years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        ys = {int(t[2:]) for t in self.terms if t.startswith("y:")}
        if self.published is not None:  # a year after publication is a plan, not the article's time
            ys = {y for y in ys if y <= self.published.year + 1} | {self.published.year}
        self.years = frozenset(ys)


def when_factor(a: _Doc, b: _Doc) -> float:
    """How much of two articles' similarity counts, from what they tell of their time."""
    ya, yb = a.years, b.years
    if not ya or not yb:
        return 1.0 if not ya and not yb else UNKNOWN_FACTOR
    if a.published is not None and b.published is not None:
        if abs((a.published - b.published).days) <= PUBLISHED_NEAR:
            return 1.0
        if a.published.year in yb or b.published.year in ya:
            return 1.0
        return FAR_FACTOR
    if a.published is not None:  # b tells years only: of a's period if it mentions the year of a
        return 1.0 if a.published.year in yb else FAR_FACTOR
    if b.published is not None:
        return 1.0 if b.published.year in ya else FAR_FACTOR
    return 1.0 if ya & yb else FAR_FACTOR


def weigh(docs: Sequence[_Doc]) -> None:
    """Set each document's unit TF-IDF vector from its term counts."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.terms.keys())
    total = len(docs) + BACKGROUND
    for d in docs:
        vec = {t: (1.0 + math.log(c)) * math.log(total / (df[t] + BACKGROUND * BACKGROUND_RATE))
               for t, c in d.terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        d.vector = {t: v / norm for t, v in vec.items()}


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def candidate_pairs(docs: Sequence[_Doc]) -> set[tuple[int, int]]:
    """Pairs of documents (indices, smaller first) that share one of their heaviest terms.

    A term among the heaviest of more than ``2 * NEIGHBOURS + 1`` documents pairs each of them
    only with its ``NEIGHBOURS`` nearest on either side in publication order: at most
    ``len(docs) * TOP_TERMS * NEIGHBOURS`` pairs, never quadratic."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for t, _ in sorted(d.vector.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]:
            postings[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) < 2:
            continue
        reach = len(ids) if len(ids) <= 2 * NEIGHBOURS + 1 else NEIGHBOURS
        if reach < len(ids):
            ids = sorted(ids, key=lambda i: (docs[i].published or date.max, docs[i].id))
        for a in range(len(ids)):
            for b in range(a + 1, min(len(ids), a + reach + 1)):
                pairs.add((min(ids[a], ids[b]), max(ids[a], ids[b])))
    textless = [i for i, d in enumerate(docs) if d.textless]
    if textless:  # a few words only: compared with the articles that hold any of them
        holders: dict[str, list[int]] = defaultdict(list)
        wanted = {t for i in textless for t in docs[i].vector}
        for j, d in enumerate(docs):
            for t in wanted & d.vector.keys():
                holders[t].append(j)
        for i in textless:
            for t in docs[i].vector:
                for j in holders[t][:2 * NEIGHBOURS]:
                    if j != i:
                        pairs.add((min(i, j), max(i, j)))
    return pairs


def cluster(docs: Sequence[_Doc], threshold: float | None = None) -> list[list[int]]:
    """Average-linkage agglomerative clustering of ``docs`` (sorted by id) over their candidate
    pairs; documents with one label start together, two labels never merge. Clusters as lists of
    indices, each sorted, in the order of their first member.

    Two clusters of :data:`COHESION_SIZE` documents or more merge only when they are about as near
    to each other as each is within itself (:func:`cohesive`), unless both tell their period and it
    is one (:func:`one_period`). A document left alone joins the nearest cluster at half the
    threshold; last, a document nearer to another cluster than to its own leaves it (:func:`strays`)."""
    threshold = STORY_SIMILARITY if threshold is None else threshold
    clusters = _Clusters(docs)
    clusters.join_labelled()
    clusters.agglomerate(threshold)
    groups = clusters.with_lone_articles(threshold)
    if len(groups) > 1:  # an article nearer to another story than to its own stands alone
        away = strays(docs, groups, clusters.compared)
        groups = [kept for m in groups if (kept := [i for i in m if i not in away])] + [[i] for i in sorted(away)]
    return sorted((sorted(m) for m in groups), key=lambda m: m[0])


class _Clusters:
    """The clusters of an agglomeration, each known by one of its documents' indices: their
    members, sizes, labels, smallest ids (to break ties alike on every run), the sums of the
    similarities within and between them (``link``), and their publication days."""

    def __init__(self, docs: Sequence[_Doc]) -> None:
        self.docs = docs
        self.size = {i: 1 for i in range(len(docs))}
        self.key = {i: d.id for i, d in enumerate(docs)}
        self.label = {i: d.label for i, d in enumerate(docs)}
        self.members = {i: [i] for i in range(len(docs))}
        self.version = {i: 0 for i in range(len(docs))}
        self.inner = {i: 0.0 for i in range(len(docs))}  # cluster -> sum of the similarities within it
        self.dated: dict[int, Counter[int]] = {i: Counter([d.published.toordinal()] if d.published else [])
                                               for i, d in enumerate(docs)}  # cluster -> its publication days
        self.periods: dict[int, int | None] = {}  # cluster -> its median publication day, found when needed
        self.link: dict[int, dict[int, float]] = defaultdict(dict)  # cluster -> cluster -> sum of similarities
        self.compared: list[tuple[int, int, float, float]] = []  # (a, b, cosine, time factor) of every pair compared
        for a, b in sorted(candidate_pairs(docs)):
            cosine = _dot(docs[a].vector, docs[b].vector)
            if cosine > 0:
                factor = when_factor(docs[a], docs[b])
                self.compared.append((a, b, cosine, factor))
                self.link[a][b] = self.link[b][a] = cosine * factor

    def period(self, x: int) -> int | None:
        if x not in self.periods:
            self.periods[x] = _period(self.dated[x], self.size[x])
        return self.periods[x]

    def merge(self, x: int, y: int) -> None:
        """Cluster ``y`` into ``x``."""
        link = self.link
        self.inner[x] += self.inner.pop(y) + link[x].get(y, 0.0)
        for z, s in link.pop(y, {}).items():
            if z != x:
                link[x][z] = link[x].get(z, 0.0) + s
                link[z][x] = link[x][z]
                del link[z][y]
        link[x].pop(y, None)
        self.size[x] += self.size.pop(y)
        self.members[x] += self.members.pop(y)
        small, large = sorted((self.dated.pop(y), self.dated[x]), key=len)
        large.update(small)  # the smaller into the larger: each day moves O(log n) times
        self.dated[x] = large
        self.periods.pop(x, None)
        self.periods.pop(y, None)
        taken = self.label.pop(y)
        self.label[x] = self.label[x] or taken
        self.key[x] = min(self.key[x], self.key.pop(y))
        del self.version[y]
        self.version[x] += 1

    def join_labelled(self) -> None:
        """A claim file's story: its sources start as one cluster."""
        first_of: dict[str, int] = {}
        for i, d in enumerate(self.docs):
            if d.label is not None:
                if d.label in first_of:
                    self.merge(first_of[d.label], i)
                else:
                    first_of[d.label] = i

    def apart(self, x: int, y: int) -> bool:
        return self.label[x] is not None and self.label[y] is not None and self.label[x] != self.label[y]

    def within(self, x: int) -> float:
        return self.inner[x] / (self.size[x] * (self.size[x] - 1) / 2)

    def agglomerate(self, threshold: float) -> None:
        """Merge the two clusters nearest on average, again and again, while any two at least
        ``threshold`` apart may merge."""
        heap: list[tuple[float, str, str, int, int, int, int]] = []
        size, key, version = self.size, self.key, self.version

        def push(x: int, y: int) -> None:
            if self.apart(x, y):
                return
            average = self.link[x][y] / (size[x] * size[y])
            if average < threshold:
                return
            if (size[x] >= COHESION_SIZE and size[y] >= COHESION_SIZE and not one_period(self.period(x), self.period(y))
                    and not cohesive(average, self.within(x), self.within(y))):
                return
            if key[x] > key[y]:
                x, y = y, x
            heapq.heappush(heap, (-average, key[x], key[y], x, version[x], y, version[y]))

        for x in sorted(self.members):
            for y in sorted(self.link[x]):
                if x < y:
                    push(x, y)
        while heap:
            _, _, _, x, vx, y, vy = heapq.heappop(heap)
            if version.get(x) != vx or version.get(y) != vy:
                continue  # a cluster that has merged since
            self.merge(x, y)
            for z in sorted(self.link[x], key=key.__getitem__):
                push(x, z)

    def with_lone_articles(self, threshold: float) -> list[list[int]]:
        """The clusters' members after an article left alone joins the story nearest to it, when
        near enough; a source without an article (a few claims and a title) joins the nearest
        that shares anything with it."""
        size, link, key, members = self.size, self.link, self.key, self.members
        moves = []
        for x in sorted(members, key=key.__getitem__):
            if size[x] == 1 and self.label[x] is None:
                best = max(((link[x][z] / size[z], key[z], z) for z in link[x] if size[z] > 1), default=None)
                if best is not None and best[0] >= (0.0 if self.docs[x].textless else threshold * SINGLE_JOIN):
                    moves.append((x, best[2]))
        for x, z in moves:
            members[z] += members.pop(x)
        return list(members.values())


def strays(docs: Sequence[_Doc], groups: Sequence[Sequence[int]],
           compared: Iterable[tuple[int, int, float, float]]) -> set[int]:
    """The articles (indices) that are nearer to another story than to the rest of their own.

    An article's nearness to a story is its average similarity to the story's articles (a pair never
    compared counts 0), its own story's without itself. One that is nearer to another story than to
    its own may tell either: average linkage put it where it went by the order of the merges, or by
    the time it tells, and its figures set against its story's could compare two events. An article
    that tells no publication date of its own is compared here by its words alone, without the time
    factors of :func:`when_factor`, which place it only by default: one that tells no time at all
    counts in full against the articles as silent and half against the dated ones, and so is drawn
    to a story of undated articles rather than to the one it tells. Sources a claim file puts in a
    story, and sources without an article, stay where they are."""
    story = {i: k for k, m in enumerate(groups) for i in m}
    size = Counter(story[i] for i in story if not docs[i].textless)
    near: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))  # article -> story -> sum
    for a, b, cosine, factor in compared:
        if docs[a].textless or docs[b].textless:
            continue
        near[a][story[b]] += cosine if docs[a].published is None else cosine * factor
        near[b][story[a]] += cosine if docs[b].published is None else cosine * factor
    away = set()
    for i, sums in near.items():
        own = story[i]
        if size[own] < 2 or docs[i].label is not None:
            continue
        mine = sums.get(own, 0.0) / (size[own] - 1)
        if any(total / size[k] > mine for k, total in sums.items() if k != own):
            away.add(i)
    return away


def cohesive(between: float, within_a: float, within_b: float) -> bool:
    """Whether two clusters are near enough to be one story for their size: the average similarity
    between them reaches :data:`COHESION` of the geometric mean of their average similarities within.

    Two events of one kind (two rehab check-ins of one actress, two offers to one free agent, two
    pirate attacks foiled by one navy) share their subject's words and names, which weigh about as
    much between the two as within either; what each article shares with the others of its own
    event (the ship, the clinic, the figures, the week) weighs only within. Average linkage alone
    merges the two once their shared subject reaches the threshold; this test keeps them apart when
    each is much closer knit than the pair."""
    return between >= COHESION * math.sqrt(within_a * within_b)


def one_period(a: int | None, b: int | None) -> bool:
    """Whether two clusters' periods (median publication days, :func:`_period`) are one: both known
    and within :data:`PUBLISHED_NEAR` days. Sub-stories published in the same weeks (the fire and
    the arrests; a cable cut and its repair) need not be as close knit as they are each within."""
    return a is not None and b is not None and abs(a - b) <= PUBLISHED_NEAR


def _period(days: Counter[int], size: int) -> int | None:
    """The median publication day of a cluster whose articles tell theirs, at least half of them;
    else None."""
    n = sum(days.values())
    if not n or 2 * n < size:
        return None
    seen = 0
    for day in sorted(days):
        seen += days[day]
        if 2 * seen >= n:
            return day
    return None  # not reached


# ---------------------------------------------------------------- the stage

def find_stories(articles: Iterable[Article], sources: Mapping[str, Source], claims: Iterable[Claim] = (),
                 one_story: bool = False) -> list[Story]:
    """The stories of a run: every source of ``sources`` in exactly one.

    ``articles`` give the text of the sources read from files; a source without one (declared in
    a claim file) is read from its title and the words of its ``claims``. ``Source.story``, when a
    claim file sets it, names the story the source must be in. With ``one_story``, the whole run
    is one story. Stories come largest first, then by title and id."""
    texts: dict[str, tuple[str, str | None]] = {a.source.id: (a.text[a.body_start:], a.source.title)
                                                for a in articles}  # front matter and metadata line aside
    said: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        if c.source not in texts:
            said[c.source] += [c.subject, c.quote or c.text]
    ids = sorted(sources)
    if one_story or len(ids) <= 1:
        groups = [ids] if ids else []
    else:
        docs = []
        for sid in ids:
            src = sources[sid]
            text, title = texts.get(sid) or (". ".join([src.outlet or ""] + said.get(sid, [])), src.title)
            docs.append(_Doc(id=sid, terms=text_terms(text, title), published=own_date(src), title=title,
                             label=src.story, textless=sid not in texts))
        weigh(docs)
        groups = [[ids[i] for i in members] for members in cluster(docs)]
    stories = [_story(members, sources) for members in groups]
    stories.sort(key=lambda s: (-len(s.sources), s.title.lower(), s.id))
    return stories


def own_date(source: Source) -> date | None:
    """The publication date an article tells of itself: not one whose year was borrowed from the
    run's other articles (a weekday or a day and month alone, placed near them), which would put it
    in the period of whatever else the run holds."""
    if source.published_from and BORROWED_YEAR in source.published_from:
        return None
    return source.published


def story_time(story: Story, sources: Mapping[str, Source]) -> date | None:
    """The story's time: the middle one of its sources' own publication dates (None when none has one)."""
    days = sorted(d for sid in story.sources if (d := own_date(sources[sid])) is not None)
    return days[(len(days) - 1) // 2] if days else None


def _story(members: list[str], sources: Mapping[str, Source]) -> Story:
    labels = sorted({sources[s].story for s in members if sources[s].story})
    ordered = sorted(members, key=lambda s: (sources[s].published or date.max, sources[s].title is None, s))
    first = sources[ordered[0]]
    title = " ".join((first.title or first.outlet or first.id).split())
    sid = labels[0] if labels else stable_id("s", *sorted(members), length=10)
    return Story(id=sid, title=title, sources=sorted(members))


__all__ = ["STORY_SIMILARITY", "find_stories", "story_time", "text_terms"]
