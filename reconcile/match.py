"""Which claims are about the same thing: grouping claims into findings.

Claims are grouped when they have the same kind, unit and as-of date and their subjects are one:

1. equal keys (``Claim.key``, or the subject's :func:`~reconcile.lexicon.subject_key` for a claim
   without one), or keys whose tokens are the same once the ``CORE|CONTEXT`` split is flattened;
2. subjects an alias in a claim file declares to be one;
3. keys whose CORE parts are similar (:func:`similar_cores`: rapidfuzz ``token_sort_ratio`` at
   least ``settings.subject_similarity`` and every word paired with a close spelling) and whose CONTEXT parts are compatible (equal, or one a
   subset of the other). A key without a context joins a group with a context only when exactly
   one such group is on offer, so "US troops" never bridges "US troops in Iraq" and "US troops
   in Syria".

Nothing here is quadratic in the number of claims: claims are first reduced to their distinct
keys, keys are blocked by kind, unit and as-of, and fuzzy candidates come from an inverted index
on core tokens, leaving out tokens shared by more than :data:`MAX_CANDIDATES` cores.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from .lexicon import generic_agents, name_key, subject_key, vague_alone
from .models import Claim, Kind, Model, Origin
from .settings import Settings

MAX_CANDIDATES = 200


class AliasSet(Model):
    """Subjects a claim file declares to be one (``kind`` None: for every kind)."""

    subjects: list[str]
    kind: Kind | None = None


def claim_key(claim: Claim) -> str:
    """The key a claim is matched on: ``CORE|CONTEXT`` (CONTEXT may be empty)."""
    key = claim.key or subject_key(claim.subject)
    return key if "|" in key else key + "|"


def _parts(key: str) -> tuple[str, frozenset[str]]:
    core, _, context = key.partition("|")
    return core, frozenset(context.split())


def _flat(key: str) -> str:
    return " ".join(sorted(set(key.replace("|", " ").split())))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root, so group identity does not depend on input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _too_vague(claim: Claim, key: str) -> bool:
    """An event without participants, or with one unnamed participant ("attack|us"), or a count of
    "people" with no event, place or owner. One unnamed participant is enough when it is the
    doer (``^``) and either a named actor ("reject|^us": the United States rejected) or a group
    whose activity has gone on since the date ("protest|^protesters", "since October")."""
    if claim.kind == Kind.DATE:
        if not claim.key:
            return False  # a subject written by hand
        context = claim.key.partition("|")[2].split()
        if not context:
            return True
        if len(context) > 1 or context[0].startswith("@"):
            return False
        doer = context[0][1:] if context[0].startswith("^") else None
        if doer is None:
            return True
        return doer in generic_agents() and not (claim.qualifier or "").startswith("since")
    if claim.kind == Kind.QUANTITY and key.endswith("|"):
        core = set(key[:-1].split())
        return bool(core) and core <= vague_alone()
    return False


def unit_block(claim: Claim) -> str:
    """What a claim's unit allows it to be compared with: a measure's dimension ("200 feet" and "60
    metres" are both lengths, in metres), any other unit itself (currencies and % never mix)."""
    return claim.normalised.unit if claim.normalised is not None else (claim.unit or "")


def _block(claim: Claim) -> tuple[str, str, str]:
    return claim.kind.value, unit_block(claim), claim.as_of or ""


def group_claims(claims: Iterable[Claim], aliases: Iterable[AliasSet] = (),
                 settings: Settings | None = None) -> list[list[Claim]]:
    """Group claims about the same subject. Groups and their members keep input order."""
    settings = settings or Settings()
    by_block: dict[tuple[str, str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        key = claim_key(claim)
        if claim.origin == Origin.EXTRACTED and _too_vague(claim, key):
            key += " #" + claim.id  # nothing to tell it from another claim of its kind: its own finding
        by_block[_block(claim)][key].append(claim)

    alias_keys = _alias_keys(aliases)
    groups: list[list[Claim]] = []
    for block, by_key in by_block.items():
        uf = _UnionFind()
        keys = list(by_key)
        for k in keys:
            uf.find(k)
        _union_aliases(uf, keys, alias_keys, block[0])
        _union_flat(uf, keys)
        if block[0] == Kind.DATE.value:
            _union_events(uf, keys)  # events: by class and participants, see _union_events
            _union_similar(uf, [k for k in keys if k.endswith("|")], settings.subject_similarity)
        else:
            _union_similar(uf, keys, settings.subject_similarity)
        if block[0] == Kind.ROLE.value:
            _union_holders(uf, by_key)
        merged: dict[str, list[Claim]] = defaultdict(list)
        for k in keys:
            merged[uf.find(k)].extend(by_key[k])
        if block[0] == Kind.DATE.value:
            for group in merged.values():
                groups.extend(split_distant_dates(group))
        else:
            groups.extend(merged.values())
    return groups


def _union_holders(uf: _UnionFind, by_key: dict[str, list[Claim]]) -> None:
    """A title given without its scope ("President Donald Trump", key ``president|~trump``) joins the
    one scoped group of that title whose claims name the same holder ("US President Donald Trump")."""
    scoped: dict[tuple[str, str], set[str]] = defaultdict(set)  # (title, holder's last name) -> keys
    for k, claims in by_key.items():
        title, _, scope = k.partition("|")
        if scope and not scope.startswith("~") and "#" not in scope:
            for c in claims:
                last = name_key(str(c.value)).split()
                if last:
                    scoped[title, last[-1]].add(k)
    for k in by_key:
        title, _, scope = k.partition("|")
        if scope.startswith("~"):
            roots = {uf.find(other) for other in scoped.get((title, scope[1:]), ())}
            if len(roots) == 1:
                uf.union(k, roots.pop())


EVENT_GAP_DAYS = 180


def split_distant_dates(claims: list[Claim]) -> list[list[Claim]]:
    """Date claims of one event whose dates lie more than :data:`EVENT_GAP_DAYS` apart are about two
    occurrences (the 2004 earthquake and the 2013 one; a coach fired in 2004 and again in 2005),
    not one event told two ways. Claims without a date stay with the first occurrence."""
    dated = sorted((c for c in claims if c.start is not None or c.end is not None),
                   key=lambda c: (c.start or c.end, c.end or c.start))
    if len(dated) < 2:
        return [claims]
    clusters: list[list[Claim]] = [[]]
    reach = None
    for c in dated:
        first, last = c.start or c.end, c.end or c.start
        if reach is not None and (first - reach).days > EVENT_GAP_DAYS:
            clusters.append([])
        clusters[-1].append(c)
        reach = last if reach is None else max(reach, last)
    if len(clusters) == 1:
        return [claims]
    order = {id(c): i for i, c in enumerate(claims)}
    clusters[0].extend(c for c in claims if c.start is None and c.end is None)
    return [sorted(cl, key=lambda c: order[id(c)]) for cl in clusters]


def _alias_keys(aliases: Iterable[AliasSet]) -> list[tuple[Kind | None, set[str]]]:
    out = []
    for alias in aliases:
        out.append((alias.kind, {_flat(subject_key(s)) for s in alias.subjects}))
    return out


def _union_aliases(uf: _UnionFind, keys: list[str], alias_keys: list[tuple[Kind | None, set[str]]],
                   kind: str) -> None:
    if not alias_keys:
        return
    by_flat: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_flat[_flat(k)].append(k)
    for alias_kind, flats in alias_keys:
        if alias_kind is not None and alias_kind.value != kind:
            continue
        members = [k for f in flats for k in by_flat.get(f, ())]
        for k in members[1:]:
            uf.union(members[0], k)


def _union_flat(uf: _UnionFind, keys: list[str]) -> None:
    first: dict[str, str] = {}
    for k in keys:
        f = _flat(k)
        if f in first:
            uf.union(first[f], k)
        else:
            first[f] = k


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


def similar_cores(a: str, b: str, threshold: float) -> bool:
    """Two cores are alike when rapidfuzz rates them at least ``threshold`` overall and every
    word has a partner: a short word (three letters or fewer: "us", "uk") only itself, a longer
    one a close spelling ("soleimani" / "suleimani")."""
    if fuzz.token_sort_ratio(a, b) < threshold:
        return False
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    for tok in ta:
        if tok in tb:
            continue
        if len(tok) <= 3 or max(fuzz.ratio(tok, o) for o in tb) < 80:
            return False
    return True


def _skeleton(token: str) -> str:
    """Consonants with doubles collapsed: spelling variants of a name share it
    ("soleimani" / "suleimani" -> "slmn", "qasem" / "qassem" -> "qsm")."""
    out = []
    for ch in token:
        if ch in "aeiouy" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def _same_word(a: str, b: str) -> bool:
    """One word spelt two ways ("soleimani" / "suleimani"), or a place and its people
    ("iraq" / "iraqi", "iran" / "iranian")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return len(a) > 4 and len(b) > 4 and fuzz.ratio(a, b) >= 85


def _fuzzy_subset(a: frozenset[str], b: frozenset[str]) -> bool:
    return all(any(_same_word(x, y) for y in b) for x in a)


def _plain(ctx: frozenset[str]) -> frozenset[str]:
    """A context without its doer marks: "the US rejected" and "the US rejection" share ``us``."""
    return frozenset(t.lstrip("^") for t in ctx)


def _union_events(uf: _UnionFind, keys: list[str]) -> None:
    """Date claims: events of one class that share a strong participant (``@name``, spelling
    variants allowed), or that have none and whose other participants are compatible."""
    strong_index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    weak_only: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for k in keys:
        core, ctx = _parts(k)
        if any(t.startswith("#") for t in ctx):
            continue
        strong = [t[1:] for t in ctx if t.startswith("@")]
        if strong:
            for name in strong:
                strong_index[core, _skeleton(name)].append((k, name))
        elif ctx:
            weak_only[core].append((k, ctx))
    doers = {k for members in weak_only.values() for k, ctx in members if len(ctx) == 1 and next(iter(ctx))[:1] == "^"}
    weak_only = {core: [(k, _plain(ctx)) for k, ctx in members] for core, members in weak_only.items()}
    for bucket in strong_index.values():
        if len(bucket) > MAX_CANDIDATES:
            continue
        first_key, first_name = bucket[0]
        for k, name in bucket[1:]:
            if _same_word(first_name, name):
                uf.union(first_key, k)
    # a key without named participants joins the one named event whose name it holds as a plain
    # word ("the killing of Soleimani" in an article that never gives his full name)
    for core, members in weak_only.items():
        for k, ctx in members:
            roots = set()
            for tok in ctx:
                for other, name in strong_index.get((core, _skeleton(tok)), ()):
                    if _same_word(tok, name):
                        roots.add(uf.find(other))
            if len(roots) == 1:
                uf.union(k, roots.pop())
    for members in weak_only.values():
        if len(members) > MAX_CANDIDATES:
            continue
        # widest contexts first; a narrower one joins only when every context it fits is one group,
        # so "parliament" never bridges "Iraq parliament" and "Syria parliament"; a context of one
        # word ("us") is too vague to join anything unless it is the event's doer ("^us")
        members = sorted(members, key=lambda m: (-len(m[1]), m[0]))
        for i, (k, ctx) in enumerate(members):
            if len(ctx) < 2 and k not in doers:
                continue
            roots = {uf.find(other) for other, octx in members[:i]
                     if _fuzzy_subset(ctx, octx) or _fuzzy_subset(octx, ctx)}
            if len(roots) == 1:
                uf.union(k, roots.pop())


def _union_similar(uf: _UnionFind, keys: list[str], threshold: float) -> None:
    """Union keys with similar cores and compatible contexts (see the module docstring)."""
    parts = {k: _parts(k) for k in keys}
    cores = sorted({core for core, _ in parts.values()})
    # cores that are alike: blocked on each core's rarest token
    index: dict[str, list[str]] = defaultdict(list)
    for core in cores:
        for tok in set(core.split()):
            index[tok].append(core)
    similar: dict[str, list[str]] = defaultdict(list)
    for core in cores:
        toks = sorted(set(core.split()), key=lambda t: (len(index[t]), t))
        if not toks:
            continue
        # every token whose bucket is small enough, or else the rarest one, cut to size
        buckets = [index[t] for t in toks if len(index[t]) <= MAX_CANDIDATES] or [index[toks[0]][:MAX_CANDIDATES]]
        seen: set[str] = set()
        for bucket in buckets:
            for other in bucket:
                if other in seen:
                    continue
                seen.add(other)
                if other == core or similar_cores(core, other, threshold):
                    similar[core].append(other)
    by_core: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_core[parts[k][0]].append(k)

    # keys with a context: union with compatible contexts among similar cores
    for k in keys:
        core, ctx = parts[k]
        if not ctx:
            continue
        for other_core in similar.get(core, ()):
            for other in by_core[other_core]:
                octx = parts[other][1]
                if other != k and octx and _compatible(ctx, octx):
                    uf.union(k, other)
    # keys without a context: with each other, then into the one group with a context, if unique
    for k in keys:
        core, ctx = parts[k]
        if ctx:
            continue
        roots_with_context = set()
        for other_core in similar.get(core, ()):
            for other in by_core[other_core]:
                if parts[other][1]:
                    roots_with_context.add(uf.find(other))
                elif other != k:
                    uf.union(k, other)
        if len(roots_with_context) == 1:
            uf.union(k, roots_with_context.pop())
