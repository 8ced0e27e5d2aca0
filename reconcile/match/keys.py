"""What a claim's key says about which other claims it may be about: the key rules.

A claim's key is ``CORE|CONTEXT`` (``Claim.key``, or the subject's
:func:`~reconcile.lexicon.subject_key` for a claim without one). Two keys *agree* (:func:`keys_agree`)

- for quantities, roles and ranks: when their cores are similar (:func:`similar_cores`: rapidfuzz
  ``token_sort_ratio`` at least ``settings.subject_similarity`` and every word paired with a close
  spelling) and their contexts are compatible (equal, one a subset of the other, or one empty);
  a title given without its scope (``president|~trump``) agrees with a scoped one whose holder
  has that name; two titles whose claims name one holder agree when their scopes may be one
  ("attorney X" / "her lawyer X", "Judge X" / "Justice X"); a role's scope word agrees with
  its people by a regular ending, for places the demonyms table does not know ("Morvanian prime
  minister" / "Morvania's prime minister"); and a count of people agrees with a count of one kind
  of people told alike ("people killed" / "workers killed": :func:`people_and_some`);
- for dates: when they name one event (equal cores) with a strong participant in common
  (``@name``, spelling variants allowed), a plain word of one naming the other's strong
  participant, or, with no strong participant, contexts one inside the other.

These are pairwise judgements, not groupings: :mod:`reconcile.match` weighs them with the other
evidence about two claims and clusters.
"""
from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from rapidfuzz import fuzz

from ..lexicon import (body_words, generic_agents, lemma, office_words, offices_apart, person_nouns, rank_words, rate_words,
                       same_name, subject_key, vague_alone)
from ..datafiles import load as load_data
from ..models import STATEMENT_EVENT, Claim, Kind, Model

MAX_CANDIDATES = 200


class AliasSet(Model):
    """Subjects a claim file declares to be one (``kind`` None: for every kind)."""

    subjects: list[str]
    kind: Kind | None = None


def claim_key(claim: Claim) -> str:
    """The key a claim is matched on: ``CORE|CONTEXT`` (CONTEXT may be empty)."""
    key = claim.key or subject_key(claim.subject)
    key = key if "|" in key else key + "|"
    return rank_key(key) if claim.kind == Kind.RANK and claim.key else key


@lru_cache(maxsize=1 << 14)
def rank_key(key: str) -> str:
    """A rank's key with one ranking told one way: its words in their dictionary form ("airports"
    / "airport"), superlatives of one order and words of one scope folded (:func:`rank_words`:
    "busiest" / "largest" / "top", "nationally" / "the nation's" / "in the country"), words that
    only name a ranking left out ("ranked 14th in the ranking", "15th place"), and a plural noun
    of the scope read as the category it ranks among ("15th among Europe's airports": airport in
    Europe, as "the 15th-busiest airport in Europe")."""
    folded, list_words = rank_words()
    core, _, context = key.partition("|")
    words = [folded.get(w, _plural_lemma(w)) for w in core.split() if w not in list_words]
    scope: list[str] = []
    for w in context.split():
        base = _plural_lemma(w)
        if base != w and w[:1].isalpha() and base not in words:
            words.append(base)  # a plural of the scope is what is ranked ("among European airports")
        elif w not in list_words:
            scope.append(folded.get(w, w))
    return " ".join(words or core.split()) + "|" + " ".join(sorted(set(scope)))


def _plural_lemma(word: str) -> str:
    """A plural noun's singular ("airports" -> "airport"); any other word as it is ("largest")."""
    return lemma(word) if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def parts(key: str) -> tuple[str, frozenset[str]]:
    core, _, context = key.partition("|")
    return core, frozenset(context.split())


def flat(key: str) -> str:
    return " ".join(sorted(set(key.replace("|", " ").split())))


def too_vague(claim: Claim, key: str) -> bool:
    """An event without participants, or with one unnamed participant ("attack|us"), or a count of
    "people" with no event, place or owner (per month or not: "amount per month" says no more). One unnamed participant is enough when it is the
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
        if "per" in core:
            core -= rate_words()  # "amount per month" says no more than "amount"
        return bool(core) and core <= vague_alone()
    return False


def unit_block(claim: Claim) -> str:
    """What a claim's unit allows it to be compared with: a measure's dimension ("200 feet" and "60
    metres" are both lengths, in metres), any other unit itself (currencies and % never mix)."""
    return claim.normalised.unit if claim.normalised is not None else (claim.unit or "")


STATEMENT_KEY = STATEMENT_EVENT + " "  # the key of a statement's date: "statement 2013-03-12|@kelly police"


def block(claim: Claim) -> tuple[str, str]:
    """Claims of one kind and unit (a measure's dimension) may be one fact; an as-of period is
    evidence, not a block (``features.other_periods``). The dates of statements ("police said on
    Friday") are a block of their own: a statement is never the event it reports, and the many
    statements of a story would crowd the events' candidates."""
    if claim.kind == Kind.DATE and (claim.key or "").startswith(STATEMENT_KEY):
        return claim.kind.value, "statement"
    return claim.kind.value, unit_block(claim)


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


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


@lru_cache(maxsize=1 << 16)
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


def skeleton(token: str) -> str:
    """Consonants with doubles collapsed: spelling variants of a name share it
    ("soleimani" / "suleimani" -> "slmn", "qasem" / "qassem" -> "qsm")."""
    out = []
    for ch in token:
        if ch in "aeiouy" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


# particles of family names, written apart or glued to the name ("Del Giudice" / "DelGiudice")
_GLUED_PARTICLES = ("de", "del", "della", "di", "da", "du", "dos", "das", "van", "von", "der", "den", "le", "la")


@lru_cache(maxsize=1 << 16)
def same_word(a: str, b: str) -> bool:
    """One word spelt two ways ("soleimani" / "suleimani"), a place and its people ("iraq" /
    "iraqi", "iran" / "iranian"), or a family name with its particle glued ("delgiudice" /
    "giudice")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    if len(short) >= 4 and long_.endswith(short) and long_[:-len(short)] in _GLUED_PARTICLES:
        return True
    return len(a) > 4 and len(b) > 4 and fuzz.ratio(a, b) >= 85


def fuzzy_subset(a: Collection[str], b: Collection[str]) -> bool:
    """Every word of ``a`` is a word of ``b``, spelling variants allowed."""
    return all(any(same_word(x, y) for y in b) for x in a)


def plain_context(ctx: frozenset[str]) -> frozenset[str]:
    """A context without its doer marks: "the US rejected" and "the US rejection" share ``us``."""
    return frozenset(t.lstrip("^") for t in ctx)


def keys_agree(kind: str, a: str, b: str, threshold: float,
               holders_a: frozenset[str] = frozenset(), holders_b: frozenset[str] = frozenset()) -> bool:
    """Whether keys ``a`` and ``b`` may name one fact of ``kind`` (see the module docstring);
    ``holders_*``: the names of the holders a role's claims name (:func:`~reconcile.lexicon.name_key`)."""
    if a == b or flat(a) == flat(b):
        return True
    (core_a, ctx_a), (core_b, ctx_b) = parts(a), parts(b)
    if kind == Kind.DATE.value:
        return _events_agree(core_a, ctx_a, core_b, ctx_b, threshold)
    if kind == Kind.ROLE.value:
        owned = _holder_scope(ctx_a, holders_b) or _holder_scope(ctx_b, holders_a)
        if core_a == core_b and (owned or one_holder(holders_a, holders_b)):
            return True
        # one holder under two titles of one function, where the scopes may be one ("attorney X" /
        # "her lawyer X", "Judge X" / "Justice X", "spokesman X" / "Williams' publicist X"); not
        # when a word of office tells two offices apart ("Deputy Prime Minister X" / "Prime Minister X")
        if one_holder(holders_a, holders_b) and _ranks_may_be_one(core_a, core_b) \
                and (not ctx_a or not ctx_b or compatible(ctx_a, ctx_b) or owned
                     or ctx_a <= body_words() or ctx_b <= body_words()):
            # (a scope of a kind of body may be any: "the city's public safety director X" /
            # "Palmer Public Safety Director X", "team president X" / "76ers general manager X")
            return True
    if kind == Kind.RANK.value and one_holder(holders_a, holders_b) and _beside_name(core_a, holders_a) == _beside_name(core_b, holders_b) \
            and (not ctx_a or not ctx_b or compatible(ctx_a, ctx_b)):
        return True  # one name told in full and by its family name ("Peter Omondi came second" / "Omondi came in third")
    if not similar_cores(core_a, core_b, threshold) and not (kind == Kind.RANK.value and _rank_within(core_a, core_b)) \
            and not (kind == Kind.QUANTITY.value and people_and_some(core_a, core_b)):
        return False
    if kind == Kind.ROLE.value and (_within_by_people(ctx_a, ctx_b) or _within_by_people(ctx_b, ctx_a)):
        return True  # ("Saravian Prime Minister X" / "Saravia's prime minister, Y")
    if kind == Kind.RANK.value and ctx_a and ctx_b and (fuzzy_subset(ctx_a, ctx_b) or fuzzy_subset(ctx_b, ctx_a)):
        return True  # one scope told as a place and as its people ("in Europe" / "among European airports")
    return not ctx_a or not ctx_b or compatible(ctx_a, ctx_b)


PEOPLE = "people"


@lru_cache(maxsize=1)
def _kinds_of_people() -> frozenset[str]:
    return frozenset(lemma(w) for w in person_nouns()) - {PEOPLE, lemma("persons")}


def people_and_some(core_a: str, core_b: str) -> bool:
    """A count of people and a count of one kind of people, told alike but for that word: "2 people
    killed" / "2 workers killed", "23 people arrested" / "23 pirates arrested". People is what
    every kind of people is; two kinds ("women killed" / "men killed") are not one another."""
    ta, tb = set(core_a.split()), set(core_b.split())
    only_a, only_b = ta - tb, tb - ta
    if not ta & tb or len(only_a) != 1 or len(only_b) != 1:
        return False
    kind = next(iter(only_b)) if only_a == {PEOPLE} else next(iter(only_a)) if only_b == {PEOPLE} else None
    return kind is not None and lemma(kind) in _kinds_of_people()


DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "i", "ese", "ish")  # Kenya -> Kenyan, Iraq -> Iraqi


def _people_of(a: str, b: str) -> bool:
    """Whether one scope word is the other's people by a regular ending, for places the table of
    demonyms does not know ("saravia" / "saravian", "kelton" / "keltonian"): a word of four
    letters or more and itself with the ending."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short):] in DEMONYM_ENDINGS


def _within_by_people(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every word of role scope ``a`` is a word of ``b`` or its people ("saravian" in "saravia")."""
    return bool(a) and all(x in b or any(_people_of(x, y) for y in b) for x in a)


SUBORDINATE = frozenset({"deputy", "assistant", "associate", "co", "second"})  # a lower office than the title alone


def _ranks_may_be_one(core_a: str, core_b: str) -> bool:
    """Whether two titles' words of office leave them one office: the same words under the head,
    or one title without the other's word that only singles out the top of the office ("coach X" /
    "head coach X", "Justice X" / "Chief Justice X"); a word of a lower office tells two apart
    ("Prime Minister X" / "Deputy Prime Minister X", "coach X" / "assistant coach X"), and so do
    two different words ("head coach" / "assistant coach")."""
    ra, rb = _ranks(core_a), _ranks(core_b)
    if ra == rb:
        return True
    if (ra & SUBORDINATE) != (rb & SUBORDINATE):
        return False
    return not ra or not rb


def _ranks(core: str) -> set[str]:
    """A title's words of office before its head, "vice" read as "deputy" (the same rank: "vice
    president" / "deputy head")."""
    return {"deputy" if w == "vice" else w for w in core.split()[:-1] if w in office_words()}


RANK_WITHIN_WORDS = 3  # a rank's key of at least this many words may leave out some of another's


def _rank_within(a: str, b: str) -> bool:
    """One ranking told with fewer of its words ("Ruiz the head coach", "Lena Ruiz the head
    coach"; "the ship's successful operation", "the ship's successful anti-piracy operation"): every
    word of the shorter key, of at least :data:`RANK_WITHIN_WORDS` words besides the ordinal mark,
    is a word of the longer."""
    ta, tb = [t for t in a.split() if t != "ordinal"], [t for t in b.split() if t != "ordinal"]
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < RANK_WITHIN_WORDS or not fuzzy_subset(short, long_):
        return False
    (head_a, order_a), (head_b, order_b) = _head_and_order(a), _head_and_order(b)
    return same_word(head_a, head_b) and (order_a == order_b or {order_a, order_b} <= DEFAULT_ORDERS)


DEFAULT_ORDERS = frozenset({"", "largest", "ordinal"})  # what a place told with no order ranks by ("sits 14th among airports")


def _head_and_order(core: str) -> tuple[str, str]:
    """What a rank's key ranks among and by what: the word before its order and the order
    ("airport", "largest" of "x airport largest"; "port", "most profitable"; "terminal",
    "ordinal"), or its last word and no order (a place: "x airport")."""
    words = core.split()
    if len(words) > 2 and words[-2] in ("most", "least"):
        return words[-3], " ".join(words[-2:])
    orders, not_orders = _orders()
    if len(words) > 1 and (words[-1] == "ordinal" or words[-1] in orders
                           or words[-1].endswith("est") and words[-1] not in not_orders):
        return words[-2], words[-1]
    return (words[-1] if words else ""), ""


@lru_cache(maxsize=1)
def _orders() -> tuple[frozenset[str], frozenset[str]]:
    """The orders a rank's key may end in ("largest", of ``rank_orders``) and the words in -est
    that are none ("forest", "contest": ``not_superlatives`` of ``data/offices.yaml``)."""
    data = load_data("offices.yaml")
    return frozenset(map(str, data["rank_orders"])), frozenset(map(str, data["not_superlatives"]))


def _beside_name(core: str, holders: frozenset[str]) -> frozenset[str]:
    """A rank key's words besides its holder's name: what the name is ranked among."""
    return frozenset(core.split()) - {w for h in holders for w in h.split()}


def offices_kept_apart(kind: str, a: str, b: str) -> bool:
    """Whether two role keys name two offices a body keeps apart (``offices_apart``: "chair" /
    "chief executive"), which no finding holds together, whoever holds them."""
    return kind == Kind.ROLE.value and frozenset((parts(a)[0], parts(b)[0])) in offices_apart()


def _holder_scope(ctx: frozenset[str], holders: frozenset[str]) -> bool:
    """A title given without its scope ("President Donald Trump": ``president|~trump``) agrees with
    a scoped one ("US President Donald Trump") whose claims name that holder, spelt either way
    ("Kopec" / "Kopek")."""
    if len(ctx) != 1 or not next(iter(ctx)).startswith("~"):
        return False
    name = next(iter(ctx))[1:]
    return any(same_word(name, h.split()[-1]) for h in holders)


CLOSE_NAME = 80  # rapidfuzz ratio of two spellings of one family name when the given names are one


def one_holder(holders_a: frozenset[str], holders_b: frozenset[str]) -> bool:
    """One title whose claims name one holder on both sides, its scope told two ways ("Dunmore Fire
    Chief Alan Pryce", "Rescue Chief Alan Pryce"; "City Councilman X", "Brooklyn Councilman X")."""
    if len(holders_a) != 1 or len(holders_b) != 1:
        return False
    a, b = next(iter(holders_a)).split(), next(iter(holders_b)).split()
    if same_word(a[-1], b[-1]) or same_name(" ".join(a), " ".join(b)):
        return True  # ("Sawarmi Khaled Saad" / "Al-Sawarmi Khalid": one name told two ways)
    # one given name and a family name spelt a letter apart ("Ilene Wolfe" / "Ilene Wolff")
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and len(a[0]) > 2 and a[-1][0] == b[-1][0] \
        and fuzz.ratio(a[-1], b[-1]) >= CLOSE_NAME


def named_participants(ctx: frozenset[str]) -> list[str]:
    """The participants a context names (``@name``): "attack|@soleimani us" -> soleimani."""
    return [t[1:] for t in ctx if t.startswith("@")]


def _events_agree(core_a: str, ctx_a: frozenset[str], core_b: str, ctx_b: frozenset[str],
                  threshold: float) -> bool:
    if not ctx_a and not ctx_b:
        return similar_cores(core_a, core_b, threshold)  # subjects written by hand
    if core_a != core_b:
        return False
    strong_a, strong_b = named_participants(ctx_a), named_participants(ctx_b)
    if strong_a and strong_b:
        return any(same_word(x, y) for x in strong_a for y in strong_b)
    if strong_a or strong_b:
        names, plain = (strong_a, plain_context(ctx_b)) if strong_a else (strong_b, plain_context(ctx_a))
        return any(same_word(x, y) for x in names for y in plain)
    pa, pb = plain_context(ctx_a), plain_context(ctx_b)
    return bool(pa) and bool(pb) and (fuzzy_subset(pa, pb) or fuzzy_subset(pb, pa))


def conflicting_contexts(kind: str, a: str, b: str) -> bool:
    """Contexts that cannot be one fact's: both given and neither holding the other ("troops in
    Iraq" and "troops in Syria"); for dates, different named participants, or one event with
    participants neither of which holds the other's ("the vote of Peru's parliament", "the vote
    of Chile's parliament")."""
    (_, ctx_a), (_, ctx_b) = parts(a), parts(b)
    if not ctx_a or not ctx_b:
        return False
    if kind == Kind.DATE.value:
        strong_a, strong_b = named_participants(ctx_a), named_participants(ctx_b)
        if strong_a and strong_b:
            return not any(same_word(x, y) for x in strong_a for y in strong_b)
        if strong_a or strong_b or parts(a)[0] != parts(b)[0]:
            return False  # one named side, or two events ("the attack", "dropped bombs"): the evidence decides
        pa, pb = plain_context(ctx_a), plain_context(ctx_b)
        return not (fuzzy_subset(pa, pb) or fuzzy_subset(pb, pa))  # one event, other participants
    if any(t.startswith("~") for t in ctx_a | ctx_b):
        return False
    return not compatible(ctx_a, ctx_b) and not (fuzzy_subset(ctx_a, ctx_b) or fuzzy_subset(ctx_b, ctx_a))
