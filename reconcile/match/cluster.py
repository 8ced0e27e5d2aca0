"""Average-linkage clustering over a sparse graph of scored pairs.

Nodes start in given groups (what must go together: one key, an alias a person declared). Two
groups merge while the mean probability of the scored pairs between them is at least the
threshold, best first, and never when any pair between them is a cannot-link. Because the
mean is taken over every scored pair of the two groups, a node that fits one member of a group
but clashes with the others does not pull the groups together: no chaining through one strong
pair, unlike a union of pairwise decisions. For dates, each group also keeps the days its members
share: a vague member (an event nothing identifies, which never contradicts) must meet every other
member's days, including those of pairs never scored (two groups whose days rule that out do not
merge; four dates per group make the test constant-time).

Work is proportional to the scored pairs (times a logarithm): each merge moves the smaller
group's links into the larger one's.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import date


Days = tuple[date, date, date, date]  # latest first day, earliest last day: of all members, of the vague ones
_OPEN: Days = (date.min, date.max, date.min, date.max)


def _days(spans: Sequence[tuple[date | None, date | None, bool]], nodes: list[int]) -> Days:
    out = _OPEN
    for n in nodes:
        start, end, vague = spans[n]
        if start is None and end is None:
            continue  # no days: meets any
        out = _joined(out, (start or date.min, end or date.max) * 2 if vague else
                      (start or date.min, end or date.max, date.min, date.max))
    return out


def _joined(a: Days, b: Days) -> Days:
    return max(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), min(a[3], b[3])


def _days_meet(a: Days, b: Days) -> bool:
    """Every vague member of each group meets the days of every member of the other (a vague date,
    an event nothing identifies, never contradicts: pairs never scored are no way round that)."""
    return a[2] <= b[1] and b[0] <= a[3] and b[2] <= a[1] and a[0] <= b[3]


def average_linkage(groups: list[list[int]], pairs: Iterable[tuple[int, int, float, bool]],
                    threshold: float, spans: Sequence[tuple[date | None, date | None, bool]] | None = None
                    ) -> list[list[int]]:
    """``groups``: a partition of nodes 0..n-1 (each a list, in node order); ``pairs``: (i, j,
    probability, cannot); ``spans`` (dates): each node's first and last day and whether it is
    vague, whose days must meet every other member's. Returns the merged groups, each sorted, in
    order of their first node."""
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    days: dict[int, Days] = {}
    for g, nodes in enumerate(groups):
        members[g] = list(nodes)
        if spans is not None:
            days[g] = _days(spans, nodes)
        for n in nodes:
            group_of[n] = g
    # links[g][h] = [sum of probabilities, scored pairs, cannot-links]
    links: dict[int, dict[int, list[float]]] = {g: {} for g in members}
    for i, j, p, cannot in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        for a, b in ((gi, gj), (gj, gi)):
            stat = links[a].setdefault(b, [0.0, 0, 0])
            stat[0] += p
            stat[1] += 1
            stat[2] += int(cannot)
    label = {g: min(nodes) for g, nodes in members.items()}  # ties break by first node: deterministic
    version = {g: 0 for g in members}
    heap: list[tuple[float, int, int, int, int, int, int]] = []

    def push(g: int, h: int) -> None:
        total, count, cannot = links[g][h]
        if cannot or total / count < threshold or (spans is not None and not _days_meet(days[g], days[h])):
            return
        a, b = (g, h) if label[g] < label[h] else (h, g)
        heapq.heappush(heap, (-total / count, label[a], label[b], a, b, version[a], version[b]))

    for g in members:
        for h in links[g]:
            if g < h:
                push(g, h)
    while heap:
        _, _, _, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        big, small = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        members[big].extend(members.pop(small))
        if spans is not None:
            days[big] = _joined(days[big], days.pop(small))
        label[big] = min(label[big], label.pop(small))
        del links[big][small]
        for k, stat in links.pop(small).items():
            if k == big:
                continue
            mine = links[big].setdefault(k, [0.0, 0, 0])
            theirs = links[k].setdefault(big, [0.0, 0, 0])
            for s in (mine, theirs):
                s[0] += stat[0]
                s[1] += stat[1]
                s[2] += stat[2]
            del links[k][small]
        version[big] += 1  # the big group's old entries are stale; the others' stay true
        del version[small]
        for k in links[big]:
            push(big, k)
    return sorted((sorted(nodes) for nodes in members.values()), key=lambda nodes: nodes[0])
