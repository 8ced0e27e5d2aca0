"""Which claims are about the same fact: cross-document coreference of claims.

1. **Blocks.** Claims are compared only with claims of the same kind and unit (a measure's
   dimension): what cannot be one fact is never scored.
2. **Mentions.** In a block, claims with one key, one sentence, one date and one as-of period
   (and, with a sentence, one value: the figures of a list are two) are one mention
   (:class:`~reconcile.match.features.Mention`); a claim whose key says too little alone is a
   mention of its own.
3. **Must-links.** Mentions with equal keys and one as-of period (``Claim.key``, or the subject's
   :func:`~reconcile.lexicon.subject_key`; the ``CORE|CONTEXT`` split flattened), or subjects
   an alias in a claim file declares to be one, start in one group. A key that says too little
   alone (:func:`keys.too_vague`: "people", an event with no participant) starts alone; a count's
   key with no context starts in one group only with figures of its own article that could be
   the same or are said to have changed (:func:`_keyed_alone`); a count told again in its article
   without what befell it ("the 23 pirates") starts with the one count of that figure told with
   it (:func:`_told_again`); one event's dates start together
   only where their days meet the days all the group's dates share ("2010" does not chain
   September 9 to September 10; on other days the evidence decides).
4. **Candidates.** Pairs of mentions that share a word of their cores, a context word (names by
   their consonant skeleton), one of their sentences' most telling words (by TF-IDF weight), the
   same days (dates), the same figure to two digits (counts and measures), both counting people,
   or both measuring one dimension, from an inverted
   index; a key word shared by more than :data:`MAX_CANDIDATES` mentions (another term by more
   than :data:`WEAK_BUCKET`) is no evidence and is not followed, and each mention keeps the
   :data:`CANDIDATES_EACH` that share the most telling terms with it (each term weighed by the
   log of the block's mentions over the mentions holding it: a rare shared word of the key counts
   for more than the same day of many). A date that says nothing of its days (a weekday in an
   undated article) is paired only with dates that say none: against a dated one it is no evidence
   either way, and it joins one only by its key. Nothing is quadratic in the number of claims.
5. **Evidence.** Each candidate pair gets the fitted probability of being one fact
   (:mod:`reconcile.match.features`). A subject written by hand (a claim without an extracted
   key) is taken at its word: it joins what its key rules agree with, and nothing else; so do
   roles and ranks (:data:`LEARNED`). Cannot-links:
   - contexts that clash ("troops in Iraq" / "troops in Syria"); for one figure, not when either
     context is common nouns as its claims state it ("within 80m of their destination" / "80 metres
     of the hut"), and a veto when both are names ("80 metres from X" / "80 metres from Y");
     for dates on the same days, only
     when their sentences share no name (when they do, the evidence decides: "the Yida camp was
     bombed on Thursday" / "a camp in Unity state was bombed Thursday", both "in South Sudan");
   - dates more than :data:`keys.EVENT_GAP_DAYS` apart;
   - a key whose agreeing candidates have clashing contexts ("US troops" beside both of those);
   - a key that says too little alone ("7 seasons", "the attack") outside a copy of its own
     sentence or the same figure: like sentences are not enough when nothing says what is counted
     or who acted (an event without participants may still agree with one on the same or
     overlapping days, never contradict it);
   - dates of two different events that each name a participant, on days that differ (two
     different events on days that differ are weighed without the value-blind model);
   - counts of two different things (:func:`_two_counted_events`), people of kinds that exclude
     each other among them ("400 women" / "400 children");
   - two figures of two as-of periods that do not meet ("in 2019" / "in 2020":
     :func:`~reconcile.match.features.other_periods`); a figure with a period and one without, and
     one figure told with two periods ("a $3 million bond" approved "in 2010" / "in 2009"), are
     weighed (the ``period`` feature);
   - two figures in one sentence of one article (:func:`_listed_together`);
   - two dates of one article on days that do not meet (:func:`_two_days_of_one_article`).
6. **Clustering.** Average linkage over the scored pairs (:mod:`reconcile.match.cluster`). A
   cannot-link vetoes a merge when its two values differ (:func:`_veto`); between mentions of one
   figure or day it is a probability of 0 in the mean. A date that says too little alone never
   joins a group holding days it does not meet, even through pairs never scored.
   Dates of one group more than :data:`keys.EVENT_GAP_DAYS` apart are split
   (:func:`keys.split_distant_dates`).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from ..collector import paused_gc
from ..disjoint import DisjointSets
from ..lexicon import subject_key
from ..models import Claim, Kind, Origin
from ..settings import Settings
from .cluster import average_linkage
from .features import (FEATURES, Mention, classes_apart, dateless, event_and_population, model, nested_days, one_day,
                       other_periods, pair_features, probability, same_days, same_value, sentence_words, weigh_words)
from .keys import (EVENT_GAP_DAYS, MAX_CANDIDATES, AliasSet, block, claim_key, conflicting_contexts,
                   flat, fuzzy_subset, keys_agree, named_participants, offices_kept_apart, one_holder,
                   similar_cores, skeleton, split_distant_dates, too_vague, unit_block)

__all__ = ["AliasSet", "EVENT_GAP_DAYS", "MAX_CANDIDATES", "Mention", "claim_key", "group_claims",
           "keys_agree", "mentions_of", "candidate_pairs", "similar_cores", "split_distant_dates", "unit_block"]

TELLING_WORDS = 10  # a sentence's words by TF-IDF weight that find candidates
WEAK_BUCKET = 50  # a sentence word, or "both count people", shared by more mentions than this finds none
RECENT_GROUPS = 16  # a new mention of a key is compared with the key's latest distinct figures or days only
CANDIDATES_EACH = 10  # a mention's candidates: those sharing the rarest index terms with it
RULED_OUT = (0.0,) * len(FEATURES)  # the features of a pair a hard rule keeps apart: not weighed
AGREE, COPY, CLASH, NAMES, SAME_TIME, OVERLAP, SAME_VALUE = (FEATURES.index(f) for f in (
    "agree", "copy", "ctx_clash", "names", "same_time", "overlap", "same_value"))
# kinds whose pairs the fitted model weighs; roles and ranks follow their key rules (an office
# and its scope, a title's holder), which the labelled stories hold too few pairs to improve on
LEARNED = frozenset({Kind.DATE.value, Kind.QUANTITY.value})
# two mentions of one and the same calendar day, unless they name events of two classes of the
# vocabulary ("the vote", "the rockets hit"): their probability counts this many times over in the
# clustering (the bar is halved). One stated day is rarer evidence than a month or a year in
# common, which the fitted model weighs alike. Chosen on the labelled stories (benchmarks/gold.py):
# factors 1.33, 1.6, 2 and 3 gave +13, +18, +19 and +19 findings on our own stories and left the
# dev stories unchanged; on every day in common (months and years too) 1.33 cost a dev finding.
# (The class gate keeps the +19 at 2 and the bundled example's vote apart from its rockets.)
# The same odds go to a date whose days lie inside the other's, at most a year, when the two name
# one event word ("killed on Oct. 21, 2011" / "killed in October 2011"): one event told at two
# precisions (+5 findings on our own stories at 2, dev unchanged; +4 at 3).
ONE_DAY_ODDS = 2.0


def group_claims(claims: Iterable[Claim], aliases: Iterable[AliasSet] = (),
                 settings: Settings | None = None) -> list[list[Claim]]:
    """Group claims about the same fact. Groups come in order of their first claim, within the order
    of the blocks' first claims; members keep input order."""
    with paused_gc():  # many objects that live on: the cycle collector would walk them again and again
        return _group_claims(claims, aliases, settings)


def _group_claims(claims: Iterable[Claim], aliases: Iterable[AliasSet], settings: Settings | None) -> list[list[Claim]]:
    settings = settings or Settings()
    claims = list(claims)
    order = {id(c): i for i, c in enumerate(claims)}
    alias_keys = [(a.kind, {flat(subject_key(s)) for s in a.subjects}) for a in aliases]
    threshold = model()["threshold"]
    groups: list[list[Claim]] = []
    for kind, mentions, must in mentions_of(claims, alias_keys):
        learned = kind in LEARNED
        scored = [(a.index, b.index, score(learned, a, b, f, cannot), cannot and _veto(kind, a, b, f))
                  for a, b, f, cannot in candidate_pairs(kind, mentions, must, settings)]
        spans = [(m.start, m.end, m.vague) for m in mentions] if kind == Kind.DATE.value else None
        for nodes in average_linkage(must, scored, threshold, spans):
            group = list(mentions[nodes[0]].claims) if len(nodes) == 1 else sorted(
                (c for n in nodes for c in mentions[n].claims), key=lambda c: order[id(c)])  # input order
            groups.extend(split_distant_dates(group) if kind == Kind.DATE.value else [group])
    return groups


def score(learned: bool, a: Mention, b: Mention, f: tuple[float, ...], cannot: bool) -> float:
    """A candidate pair's probability of being one fact: 0 under a cannot-link; the fitted model's
    for extracted dates and counts (:func:`_weigh`), times :data:`ONE_DAY_ODDS` for one and the
    same calendar day (of one event class, or of a word outside the classes) and for one event word
    told at two precisions (:func:`~.features.nested_days`); otherwise the key
    rules' word, for keys of one as-of period (a subject written by hand, a role, a rank)."""
    if cannot:
        return 0.0
    if learned and a.keyed and b.keyed:
        p = _weigh(a.kind, a, b, f)
        if a.kind == Kind.DATE.value and (f[SAME_TIME] and one_day(a) and one_day(b) and not classes_apart(a, b)
                                          or f[OVERLAP] and a.core & b.core and nested_days(a, b)):
            return min(1.0, p * ONE_DAY_ODDS)
        return p
    return f[AGREE] if a.as_of == b.as_of else 0.0


def _veto(kind: str, a: Mention, b: Mention, f: tuple[float, ...]) -> bool:
    """Whether a cannot-link keeps the two mentions' groups apart whatever else joins them: always
    for a pair ruled out (two events, dates far apart) and for roles and ranks; for counts and dates
    only when their values differ, so that the merge would set them against each other, and for one
    figure of two named places ("80 metres from X" / "80 metres from Y"). Any other pair of one
    figure or day that cannot be linked on its own evidence is no evidence (a probability of 0 in
    the groups' mean), not a veto."""
    if kind not in LEARNED or f is RULED_OUT:
        return True
    if kind == Kind.DATE.value:
        return not (f[SAME_TIME] or f[OVERLAP])  # the same or overlapping days (features.same_days)
    if f[CLASH] and a.context and b.context and not _common_context(a) and not _common_context(b):
        return True  # one figure of two named places ("80 metres from X", "80 metres from Y")
    return not f[SAME_VALUE]


def _weigh(kind: str, a: Mention, b: Mention, f: tuple[float, ...]) -> float:
    """The fitted probability; keys the rules say agree are one fact outright, unless only one of
    them has a context that the other's sentence does not name ("people killed" beside "people
    killed in eastern China"): then the words around them decide. "5,200 US troops ... its
    influence in Iraq" names the place of "5,000 US troops in Iraq". Equal count keys without a
    context (:func:`_keyed_alone`) with two figures are weighed too, unless one is said to have
    changed ("the toll rose to 30")."""
    # two different events on days that differ get no help from the value-blind model: a day that
    # differs is no evidence against one fact told alike, but here the event differs too ("bells
    # rang on Tuesday for those killed when the quake struck on Monday")
    p = probability(kind, f, blind=not _events_apart(kind, a, b))
    if f[AGREE] and a.as_of == b.as_of and (bool(a.context) == bool(b.context) or _context_named(a, b) or _context_named(b, a)):
        if _keyed_alone(kind, a) and _keyed_alone(kind, b) and not f[SAME_VALUE] and not _changed(a, b):
            return p  # "7 killed" and "none killed": the evidence decides
        return max(p, f[AGREE])
    return p


def _changed(a: Mention, b: Mention) -> bool:
    """Either says its figure has changed ("the toll rose to 30"): figures that differ are expected."""
    return any(c.changed for c in a.claims) or any(c.changed for c in b.claims)


def _context_named(a: Mention, b: Mention) -> bool:
    """``a`` has a context and every word of it is in the sentence of ``b``, which has none."""
    if not a.context or b.context or not b.words:
        return False
    return fuzzy_subset(frozenset(t.lstrip("^@~") for t in a.context), b.words.keys())


def mentions_of(claims: list[Claim], alias_keys: list[tuple[Kind | None, set[str]]] = ()
                ) -> Iterator[tuple[str, list[Mention], list[list[int]]]]:
    """Per block: its kind, its mentions (with their sentence vectors) and the must-link groups
    (lists of mention indices)."""
    quotes = {c.quote for c in claims if c.quote}
    frequency: Counter[str] = Counter(w for q in quotes for w in set(sentence_words(q)))
    blocks: dict[tuple[str, str], dict[tuple, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    vague: dict[tuple, bool] = {}
    for claim in claims:
        key = claim_key(claim)
        one: tuple = (key, claim.quote, claim.start, claim.end, claim.as_of)
        if claim.quote:
            one += (str(claim.value),)  # two figures of one sentence (a list) are two mentions
        if claim.origin == Origin.EXTRACTED and too_vague(claim, key):
            one += (claim.id,)  # nothing tells it from another claim of its kind: a mention alone
            vague[one] = True
        blocks[block(claim)][one].append(claim)
    for (kind, _), by_mention in blocks.items():
        mentions = [Mention.of(i, one[0], members, vague.get(one, False))
                    for i, (one, members) in enumerate(by_mention.items())]
        weigh_words(mentions, frequency, len(quotes))
        yield kind, mentions, _must_links(kind, mentions, alias_keys)


def _must_links(kind: str, mentions: list[Mention], alias_keys) -> list[list[int]]:
    sets = DisjointSets(range(len(mentions)))  # equal keys and declared aliases: identities, not evidence
    by_key: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for m in mentions:
        if not m.vague:
            by_key[flat(m.key), m.as_of].append(m.index)  # a figure of another period is weighed
    for _, nodes in by_key.items():
        if kind == Kind.DATE.value:
            # one event's dates are one fact where their days meet; on days that do not meet the
            # evidence decides (a day told two ways, or the event again: "restored" on the 11th
            # for one customer, on the 14th for all)
            # (a group keeps the days all its dates share: "2010" does not chain September 9 to
            # September 10, which the evidence weighs)
            firsts: list[int] = []
            shared: dict[int, tuple[date, date]] = {}  # (a side left open, or no date, reaches as far as it may)
            for i in nodes:
                first, last = mentions[i].start or date.min, mentions[i].end or date.max
                j = next((j for j in firsts[-RECENT_GROUPS:]
                          if max(shared[j][0], first) <= min(shared[j][1], last)), None)
                if j is None:
                    firsts.append(i)
                    shared[i] = (first, last)
                else:
                    sets.union(j, i)
                    shared[j] = (max(shared[j][0], first), min(shared[j][1], last))
            continue
        if not _keyed_alone(kind, mentions[nodes[0]]):
            for i in nodes[1:]:
                sets.union(nodes[0], i)
            continue
        # within one article, one key told again with a figure that could be the same ("about
        # 5,000", "an estimated 5,200"), or with one said to have changed ("20 ... had risen to
        # 41"), is one fact; figures that cannot both hold are weighed ("12 people were killed in
        # the camp", "seven were killed in the town", "some 2 million died in the war"). Not within one
        # sentence, where two figures of one key are a list ("a three-day ration on 29 October, a
        # one-day ration on 7 November"): only the first figure of each sentence is linked
        seen: dict[str, list[int]] = defaultdict(list)
        sentences: set[tuple[str, str | None]] = set()
        for i in nodes:
            quote = mentions[i].claims[0].quote
            for source in sorted(mentions[i].sources):
                if (source, quote) not in sentences:
                    sentences.add((source, quote))
                    earlier = seen[source]
                    j = next((j for j in earlier[-RECENT_GROUPS:] if _could_be_one(mentions[j], mentions[i])
                              or _changed(mentions[j], mentions[i])), None)
                    if j is None:
                        earlier.append(i)  # (only the latest few are compared: linear on any text)
                    else:
                        sets.union(j, i)
    if kind == Kind.QUANTITY.value:
        _told_again(mentions, sets)
    for alias_kind, flats in alias_keys:
        if alias_kind is not None and alias_kind.value != kind:
            continue
        named = [i for (f, _), nodes in by_key.items() if f in flats for i in nodes]
        for i in named[1:]:
            sets.union(named[0], i)
    groups: dict[int, list[int]] = defaultdict(list)
    for m in mentions:
        groups[sets.find(m.index)].append(m.index)
    return list(groups.values())


def _told_again(mentions: list[Mention], sets: DisjointSets) -> None:
    """Within one article, a count told again without what befell it is the count told with it:
    "The Indian navy captured 23 pirates" ... "The 23 pirates were taken on board". The bare
    count's words lie within the fuller key and its figure is the same; when two fuller counts of
    the article fit, neither is chosen."""
    fuller: dict[tuple[str, float, str | None], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.events and m.amount is not None and not m.vague:
            for source in m.sources:
                fuller[source, m.amount, m.as_of].append(m)
    if not fuller:
        return
    for m in mentions:
        if m.events or m.amount is None or m.vague or not m.core:
            continue
        for source in m.sources:
            fits = {sets.find(e.index) for e in fuller.get((source, m.amount, m.as_of), ())
                    if m.core <= e.core and m.context <= e.context}
            if len(fits) == 1:
                sets.union(fits.pop(), m.index)


def _could_be_one(a: Mention, b: Mention) -> bool:
    """The figures' intervals meet: "approximately 5,000" and "an estimated 5,200" may be one figure
    told loosely; 12 and 7 may not."""
    if same_value(a, b):
        return True
    (lo_x, hi_x), (lo_y, hi_y) = a.claims[0].figure_bounds(), b.claims[0].figure_bounds()
    if (lo_x is None and hi_x is None) or (lo_y is None and hi_y is None):
        return False
    return (lo_x is None or hi_y is None or lo_x <= hi_y) and (lo_y is None or hi_x is None or lo_y <= hi_x)


def _keyed_alone(kind: str, m: Mention) -> bool:
    """A count whose key has no context ("people killed"): across articles, equal keys are strong
    evidence, not an identity, since a story tells counts of several occurrences in the same words
    ("7 killed" in one town, "none killed" in another). They are weighed like any pair
    (:func:`_weigh`); within one article they are one fact when the figures could be one
    (:func:`_could_be_one`) or one is said to have changed ("20 ... risen to 41"), and weighed
    otherwise ("12 killed" in the camp, "2 million died" in the war)."""
    return kind == Kind.QUANTITY.value and not m.context and not m.vague


def _index_terms(m: Mention) -> set[str]:
    terms = {"c:" + t for t in m.core}
    if _keyed_alone(m.kind, m):
        terms.add("k:" + flat(m.key))  # equal keys find each other first
    terms.update("x:" + skeleton(t.lstrip("^@~")) for t in m.context)
    terms.update("x:" + skeleton(h.split()[-1]) for h in m.holders)  # a role's holder ("Police Commissioner Ray Kelly")
    telling = sorted(m.words.items(), key=lambda wv: (-wv[1], wv[0]))[:TELLING_WORDS]
    terms.update("w:" + w for w, _ in telling)
    if m.start is not None or m.end is not None:
        terms.add(f"d:{m.start}/{m.end}")  # dates: the same days
    if m.persons:
        terms.add("p:")  # counts of people ("two guards", "two officers")
    if m.kind == Kind.QUANTITY.value and m.amount is not None:
        terms.add(f"v:{float(f'{m.amount:.2g}')}")  # the same figure ("three operators", "three providers")
    if m.claims[0].normalised is not None:
        terms.add("m:")  # measures of one dimension ("fell 600 metres", "a 600m fall")
    return terms


def candidate_pairs(kind: str, mentions: list[Mention], must: list[list[int]], settings: Settings
                    ) -> Iterator[tuple[Mention, Mention, tuple[float, ...], bool]]:
    """Each candidate pair of mentions in different must-link groups, once: (a, b, features,
    cannot-link), ``a`` before ``b``."""
    group_of = {n: g for g, nodes in enumerate(must) for n in nodes}
    terms = {m.index: _index_terms(m) for m in mentions}
    index: dict[str, list[int]] = defaultdict(list)
    for m in mentions:
        for t in sorted(terms[m.index]):
            index[t].append(m.index)
    threshold = settings.subject_similarity
    chosen: set[tuple[int, int]] = set()
    total = len(mentions) + 1
    for m in mentions:
        mine = sorted(terms[m.index])
        buckets = [index[t] for t in mine if len(index[t]) <= (MAX_CANDIDATES if t[0] in "ckx" else WEAK_BUCKET)]
        if not buckets and mine:
            rarest = min(mine, key=lambda t: len(index[t]))
            buckets = [index[rarest][:MAX_CANDIDATES]]
        shared: dict[int, float] = defaultdict(float)
        for bucket in buckets:
            weight = math.log(total / len(bucket))  # a term few mentions share says more
            for o in bucket:
                shared[o] += weight
        shared.pop(m.index, None)
        best = sorted((o for o in shared if group_of[o] != group_of[m.index]), key=lambda o: (-shared[o], o))
        chosen.update((min(m.index, o), max(m.index, o)) for o in best[:CANDIDATES_EACH])
        # mentions that hold every core word of this one are candidates too, up to twice as many
        # again, however many others share its figure and its sentence's words ("four bombs" in a
        # story of many bombs and many fours still meets "five bombs were dropped")
        cores = [t for t in mine if t[0] == "c"]
        if cores and len(best) > CANDIDATES_EACH:
            extra = [o for o in best[CANDIDATES_EACH:] if all(t in terms[o] for t in cores)][:2 * CANDIDATES_EACH]
            chosen.update((min(m.index, o), max(m.index, o)) for o in extra)
    pairs: dict[tuple[int, int], tuple[float, ...]] = {}
    ruled_out: set[tuple[int, int]] = set()
    for i, j in sorted(chosen):
        a, b = mentions[i], mentions[j]
        if kind == Kind.DATE.value and dateless(a) != dateless(b):
            continue  # a date that says nothing of its days is no evidence for or against a dated one
        if (_far_apart(a, b) or _two_events_of_one_participant(kind, a, b) or _two_counted_events(a, b)
                or _listed_together(kind, a, b) or _two_days_of_one_article(kind, a, b) or _two_ways(a, b)):
            ruled_out.add((i, j))  # never one fact: no need to weigh the evidence
        else:
            pairs[i, j] = pair_features(a, b, threshold)
    ambiguous = _ambiguous(kind, mentions, pairs)
    same = SAME_TIME if kind == Kind.DATE.value else SAME_VALUE
    overlap = OVERLAP if kind == Kind.DATE.value else COPY
    for (i, j), f in pairs.items():
        a, b = mentions[i], mentions[j]
        cannot = ((f[CLASH] and not (kind == Kind.DATE.value and (f[same] or f[overlap]) and f[NAMES])
                   and not (kind == Kind.QUANTITY.value and f[same] and (_common_context(a) or _common_context(b))))
                  or ((a.vague or b.vague) and not (f[COPY] or f[same] or f[overlap]))
                  or (i in ambiguous and b.context != a.context) or (j in ambiguous and a.context != b.context)
                  or (other_periods(a, b) and not f[SAME_VALUE]) or offices_kept_apart(kind, a.key, b.key))
        yield a, b, f, bool(cannot)
    for i, j in sorted(ruled_out):
        yield mentions[i], mentions[j], RULED_OUT, True


def _common_context(m: Mention) -> bool:
    """A count's or measure's context is common nouns only, written in lower case where its claims
    state it ("within 80m of their destination"): told one way in one outlet and another way
    ("of the bivvy") in the next, it is no clash with another context for the same figure."""
    if not m.context:
        return False
    return _lower_case_words(m.context, tuple(c.text for c in m.claims if c.text))


_WORDS = re.compile(r"[\w'\u2019-]+")


@lru_cache(maxsize=1 << 14)
def _lower_case_words(context: frozenset[str], texts: tuple[str, ...]) -> bool:
    """Every word of ``context`` starts a word written in lower case in ``texts``."""
    if not texts:
        return False
    written = [w for t in texts for w in _WORDS.findall(t) if w[:1].islower()]
    return all(any(x.startswith(w.lstrip("^@~")) for x in written) for w in context)


def _ambiguous(kind: str, mentions: list[Mention], pairs: dict[tuple[int, int], tuple[float, ...]]) -> set[int]:
    """Mentions whose agreeing candidates have contexts that clash with each other: "US troops"
    beside "US troops in Iraq" and "US troops in Syria", "the vote of parliament" beside the
    Iraqi and the Syrian parliaments' votes, joins none of them. A role's candidates that name its
    own holder do not count: "Kerr's lawyer X" and "the singer's lawyer X" are one scope told two ways,
    and nor do a date's candidates on its very days that name participants: one day's event is told
    with other participants as often as two events are ("Orozco was convicted", "the Gardens court
    convicted ... Ortiz"), while two places on one day ("the Iraqi and the Syrian parliaments'
    votes") are two events."""
    offered: dict[int, set[str]] = defaultdict(set)
    for (i, j), f in pairs.items():
        if f[AGREE]:
            a, b = mentions[i], mentions[j]
            if kind == Kind.ROLE.value and one_holder(a.holders, b.holders):
                continue
            same_day = kind == Kind.DATE.value and f[SAME_TIME]
            if not (same_day and named_participants(b.context)):
                offered[i].add(b.key)
            if not (same_day and named_participants(a.context)):
                offered[j].add(a.key)
    out = set()
    for i, keys in offered.items():
        distinct = sorted(keys)[:MAX_CANDIDATES // 10]
        if any(conflicting_contexts(kind, x, y) for n, x in enumerate(distinct) for y in distinct[n + 1:]):
            out.add(i)
    return out


def _two_events_of_one_participant(kind: str, a: Mention, b: Mention) -> bool:
    """Dates of two events that each name a participant, on days that differ ("Duarte resigned on
    Sunday", "Duarte was arrested on Monday"): named apart, they are two facts however alike their
    sentences. On the same days the evidence decides: one attack is told as "the gunman opened fire"
    and "the officer was shot"."""
    if not _events_apart(kind, a, b):
        return False
    return bool(named_participants(a.context)) and bool(named_participants(b.context))


def _events_apart(kind: str, a: Mention, b: Mention) -> bool:
    """Dates of two different events on days that differ."""
    if kind != Kind.DATE.value or a.core == b.core:
        return False
    if dateless(a) or dateless(b):
        return False  # a date not resolved says nothing of its days
    return not any(same_days(a, b))


def _two_counted_events(a: Mention, b: Mention) -> bool:
    """Counts of two things: two events ("14 workers killed", "31 workers injured"), victims and a
    population of other figures ("12 people killed", "20,000 refugees"; of one figure the
    evidence decides: "3 people killed", "3 people"), or two counted nouns neither of which names
    people ("300 students", "one bomb"; "two guards" and "two officers" may be one count). Two
    counted things of the very same figure, neither of them people, may be one thing in two words
    ("33 homers", "33 home runs"): the evidence decides."""
    if a.events and b.events:
        return not (a.events & b.events)
    if event_and_population(a, b):
        return not same_value(a, b)  # "3 people killed" and "3 people": the evidence decides
    if a.counted and b.counted and not (a.counted & b.counted):
        if not a.persons and not b.persons and a.amount is not None and a.amount == b.amount:
            return False  # "33 homers", "33 home runs": one figure, two words for it; the evidence decides
        return not (a.persons and b.persons) or _other_people(a.counted, b.counted)
    return False


_DIRECTIONS = frozenset({"fall", "rise"})


def _two_ways(a: Mention, b: Mention) -> bool:
    """A fall and a rise ("prices fell 2.8%" / "prices rose 2.8%"): two changes, never one fact."""
    da, db = a.core & _DIRECTIONS, b.core & _DIRECTIONS
    return bool(da) and bool(db) and da != db


# people no one is counted among twice: "400 women" and "400 children" are two counts
_PEOPLE_APART = (frozenset({"woman", "women", "mother", "wife", "daughter", "sister"}),
                 frozenset({"man", "men", "father", "husband", "son", "brother"}),
                 frozenset({"child", "children", "kid", "minor", "infant", "baby", "toddler"}))


def _other_people(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two counts of people count kinds that exclude each other (women / men / children)."""
    ka = {k for k, group in enumerate(_PEOPLE_APART) if a & group}
    kb = {k for k, group in enumerate(_PEOPLE_APART) if b & group}
    return bool(ka) and bool(kb) and ka.isdisjoint(kb)


def _listed_together(kind: str, a: Mention, b: Mention) -> bool:
    """Two figures in one sentence of one article: a list ("a three-day ration on 29 October, a
    one-day ration on 7 November"), not one fact told twice, unless one is said to have changed
    ("the toll rose from 20 to 41")."""
    if kind != Kind.QUANTITY.value or same_value(a, b) or _changed(a, b):
        return False
    quote = a.claims[0].quote  # a mention's claims share their sentence
    return bool(quote) and quote == b.claims[0].quote and bool(a.sources & b.sources)


def _two_days_of_one_article(kind: str, a: Mention, b: Mention) -> bool:
    """Two dates of one article on days that do not meet ("a press conference on November 9", "held
    a press conference today"): the writer tells two occasions, not one told two ways."""
    if kind != Kind.DATE.value or not (a.sources & b.sources):
        return False
    if dateless(a) or dateless(b):
        return False
    return not any(same_days(a, b))


def _far_apart(a: Mention, b: Mention) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    gap = max((a.start - b.end).days, (b.start - a.end).days)
    return gap > EVENT_GAP_DAYS

