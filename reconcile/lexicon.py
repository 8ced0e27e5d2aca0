"""Text normalisation shared by the extractors and the matcher.

Subjects are reduced to *keys*: lower-case, accents and punctuation removed, news synonyms
folded to one word (``reconcile/data/lexicon.yaml``), stop words dropped, plurals singular-ish,
tokens sorted. "U.S. troops in Iraq" and "American forces in Iraq" both give ``iraq troops us``.
Names are reduced with :func:`name_key` and compared with :func:`same_name`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .datafiles import load as load_data

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                         "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})
_ABBREV = re.compile(r"\b([a-z])\.([a-z])\.(?:([a-z])\.)?")
_NON_WORD = re.compile(r"[^a-z0-9%$]+")


def fold(text: str) -> str:
    """Lower case, ASCII letters, typographic quotes and dashes made plain, "U.S." -> "us"."""
    text = text.translate(_QUOTES)
    if not text.isascii():  # (plain ASCII has no accents to strip)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    return _ABBREV.sub(lambda m: "".join(g for g in m.groups() if g), text)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], list[tuple[str, str]], frozenset[str], frozenset[str]]:
    data = load_data("lexicon.yaml")
    single: dict[str, str] = {}
    multi: list[tuple[str, str]] = []
    for canon, variants in data["synonyms"].items():
        for v in variants:
            v = fold(str(v))
            if " " in v:
                multi.append((v, canon))
            else:
                single[v] = canon
    multi.sort(key=lambda p: -len(p[0]))
    return single, multi, frozenset(data["stopwords"]), frozenset(single.values())


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The dictionary form of an English word, by simplemma's lexicon: "escaped", "escapes" ->
    "escape", "fell" -> "fall", "guards" -> "guard". An unknown word stays as it is. A plural in
    -is that the lexicon leaves as it is, of a singular it knows, is that singular: "Yemenis" ->
    "yemeni", "Somalis" -> "somali" (peoples' names, whose plurals the lexicon lists as words)."""
    out = simplemma.lemmatize(word, lang="en").lower()
    if out == word.lower() and len(out) > 5 and out.endswith("is") and simplemma.is_known(out[:-1], lang="en"):
        return out[:-1]
    if out.endswith("ll") and (low := word.lower()).endswith(("lled", "lling")):
        # a British doubled l the lexicon leaves ("cancelled" -> "cancell"): the form of one l
        single = simplemma.lemmatize(low.replace("lled", "led").replace("lling", "ling"), lang="en").lower()
        if single + "l" == out:
            return single
    return out


def _singular(tok: str) -> str:
    if len(tok) > 4 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-1]
    return tok


def key_tokens(text: str) -> list[str]:
    """The normalised content tokens of ``text``, in order."""
    single, multi, stop, canonical = _lexicon()
    s = " " + _NON_WORD.sub(" ", fold(text)).strip() + " "
    for variant, canon in multi:
        if " " + variant + " " in s:
            s = s.replace(" " + variant + " ", " " + canon + " ")
    out = []
    for tok in s.split():
        if tok in stop or tok == "s":
            continue  # ("Canada's": the possessive's "s" is no word of the subject)
        tok = single.get(tok, tok)
        tok = single.get(_singular(tok), tok) if tok not in canonical else tok
        out.append(tok)
    return out


@lru_cache(maxsize=1 << 16)
def subject_key(subject: str) -> str:
    """The matching key of a subject: its content tokens, de-duplicated and sorted."""
    return " ".join(sorted(set(key_tokens(subject))))


_INITIALS = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\.)")  # "J.R." -> "J R."
_NAME_PARTICLES = re.compile(r"\b(al|el| al|ad|as|an|ar|at|az|bin|ibn|the)\b[- ]?")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A person's name reduced for comparison: "Adel Abdul-Mahdi" -> "adel abdul mahdi"; a
    generation after the family name is left out ("W. Mark Felt Sr." -> "w mark felt"); initials
    written together are one word each ("J.R. Ortega" -> "j r ortega", as "James R. Ortega")."""
    s = fold(_INITIALS.sub(r"\1 ", name))
    s = _NAME_PARTICLES.sub(" ", s.replace("-", " "))
    s = re.sub(r"\b(mr|mrs|ms|dr|gen|sir)\b\.?", " ", s)
    words = re.sub(r"[^a-z ]+", " ", s).split()
    while len(words) > 1 and words[-1] in GENERATIONS:
        words.pop()
    return " ".join(words)


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a family name: "Jr.", "III"


WORD_SIMILARITY = 80  # one name word spelt two ways ("khalid" / "khaled")


def _one_letter_apart(a: str, b: str) -> bool:
    """Family names of four letters or more one letter apart ("Kopec" / "Kopek", "Lisek" /
    "Lysek"): a short name's one slip costs more of its ratio than a long name's."""
    return min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= 1


def same_name(a: str, b: str, threshold: float = 85) -> bool:
    """Whether two spellings name one person: "Mohammed al-Halboosi" / "Mohamed al-Halbousi".

    A name that is a part of the other ("Abdul Mahdi" / "Adel Abdul Mahdi"), even with its words
    spelt otherwise and not ending it ("Sawarmi Khalid" / "Sawarmi Khaled Saad"), counts as the
    same; one word alone never does.
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = ka.split(), kb.split()
    short, long = sorted((ta, tb), key=len)
    if len(short) >= 2 and len(short) < len(long) and all(
            max(fuzz.ratio(w, o) for o in long) >= WORD_SIMILARITY for w in short):
        return True  # every word of the shorter name in the longer, as spelt ("Sawarmi Khalid" / "Sawarmi Khaled Saad")
    if fuzz.ratio(ta[-1], tb[-1]) < threshold and not _one_letter_apart(ta[-1], tb[-1]):
        return False  # family names must agree
    if len(ta) == len(tb) and all(_given_alike(x, y) for x, y in zip(ta[:-1], tb[:-1])):
        return True  # a given name and its short form ("Ray Kelly" / "Raymond Kelly", "Bill" / "William")
    if len(ta) != len(tb) and _given_alike(ta[0], tb[0]) and (len(short) == 2 or short[1:-1] == long[1:-1]):
        return True  # ... with a middle name or initial in one only ("Bill Hayes" / "William R. Hayes")
    return fuzz.token_sort_ratio(ka, kb) >= threshold or fuzz.token_set_ratio(ka, kb) >= 95


def _given_alike(x: str, y: str) -> bool:
    """One given name, as spelt, shortened ("Ray" / "Raymond"), as a nickname ("Bill" / "William")
    or as its initial ("J" / "James")."""
    return x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))) or _nickname(x, y)


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer  # its table is bundled with it (a CSV read once)
    return NickNamer()


@lru_cache(maxsize=4096)
def _nickname(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other: "bill" / "william", "peggy" / "margaret"."""
    if len(a) < 2 or len(b) < 2:
        return False
    nn = _nicknamer()
    return b in nn.nicknames_of(a) or a in nn.nicknames_of(b)


@lru_cache(maxsize=1)
def generic_agents() -> frozenset[str]:
    """Agents that are a kind of body, not one actor ("police", "parliament", "protesters"), by
    the ``agents`` of ``data/events.yaml``: one of them alone does not tell two events apart."""
    return frozenset(str(k) for k in load_data("events.yaml")["agents"])


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Words of office inside a title ("deputy", "vice", "assistant": ``office_words`` of
    ``data/offices.yaml``): a title with one that another lacks is another office."""
    return frozenset(w for w in map(str, load_data("offices.yaml")["office_words"]) if " " not in w)


@lru_cache(maxsize=1)
def offices_apart() -> frozenset[frozenset[str]]:
    """Pairs of offices one body keeps apart, even when one person holds both or moves from one to
    the other (``offices_apart`` of ``data/offices.yaml``: the chair of a board and its chief
    executive)."""
    return frozenset(frozenset(map(str, pair)) for pair in load_data("offices.yaml").get("offices_apart", ()))


@lru_cache(maxsize=1)
def rank_words() -> tuple[dict[str, str], frozenset[str]]:
    """Rank key words folded to one (``rank_orders`` and ``rank_scopes`` of ``data/offices.yaml``:
    "busiest" -> "largest", "nationally" -> "country") and the words that only name a ranking
    (``rank_list_words``: "ranking", "place")."""
    data = load_data("offices.yaml")
    folded = {str(w): str(canon) for table in ("rank_orders", "rank_scopes")
              for canon, words in data[table].items() for w in words}
    return folded, frozenset(map(str, data["rank_list_words"]))


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Words of a kind of body ("city", "company", "team": ``bodies`` of ``data/offices.yaml``): a
    scope of these alone ("the city's public safety director") says which kind, not which one."""
    return frozenset(w for w in map(str, load_data("offices.yaml")["bodies"]) if " " not in w)


@lru_cache(maxsize=1)
def rate_words() -> frozenset[str]:
    """What a figure may be counted per, as its key says it ("per", "month", "season": the values of
    ``rate_bases`` and ``rate_adverbs`` of ``data/counts.yaml``)."""
    data = load_data("counts.yaml")
    return frozenset({"per"} | {str(v) for v in data["rate_bases"].values()}
                     | {str(v) for v in data["rate_adverbs"].values()})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The nouns of people (``person_nouns`` of ``data/counts.yaml``) and the forms a prefix of
    kin (``kin_prefixes``) makes of them ("sons" -> "grandsons", "stepsons"; "children" ->
    "great-grandchildren"): a derivation of the nouns already in the class, never of another word
    ("seasons" is no "sea" + "sons")."""
    data = load_data("counts.yaml")
    nouns = frozenset(map(str, data["person_nouns"]))
    return nouns | {p + n for p in map(str, data["kin_prefixes"]) for n in nouns}


@lru_cache(maxsize=1)
def vague_alone() -> frozenset[str]:
    """Counted nouns too vague to compare across sources without an event, place or owner."""
    data = load_data("lexicon.yaml")
    return frozenset(key_tokens(" ".join(data.get("vague_alone", []))))
