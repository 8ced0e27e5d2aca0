"""Rank claims: a position in an order ("the second largest bloc in parliament").

A rank phrase is ``DETERMINER [ORDINAL] SUPERLATIVE CATEGORY [in|of|among SCOPE]``: "the largest
bloc in the legislature", "the third-biggest party", "Lebanon's biggest city". Its holder is
read from the sentence:

- ``HOLDER has/is/was/remains/became ... the second largest bloc``;
- ``HOLDER, the third-biggest party``, or ``the largest bloc ..., known as HOLDER``
  (also "called", "named", "led by");
- ``NAME, who leads the largest bloc`` -> "NAME's bloc";
- ``SCOPE's biggest city, HOLDER``.

A phrase with no holder makes no claim. Each holder gives two claims:

- a **rank** claim about the holder ("Fatah alliance among parliament blocs": 2), keyed on the
  holder's name words, the category and the scope, so outlets that rank one holder differently
  contradict each other;
- a **role** claim about the position ("largest bloc in parliament": Fatah alliance), so that two
  holders given one position (by two outlets, or by one outlet twice) contradict each other.
"""
from __future__ import annotations

import re
from functools import lru_cache


from ..datafiles import load as load_data
from ..lexicon import fold, key_tokens
from ..models import Article, Claim, Kind
from ..settings import Settings
from .sentences import sentence_index

_WORD = r"[\w\u00C0-\u024F'\u2019-]+"


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_data("offices.yaml")


def _alt(words) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    v = _vocab()
    return re.compile(
        rf"\b(?P<det>the|its|their|his|her|a|(?P<owner>[A-Z][\w\u2019'.-]*)['\u2019]s)[ \t]+"
        rf"(?:(?P<ord>{_alt(v['ordinals'])})[ \t-]+)?(?P<sup>{_alt(v['superlatives'])})[ \t]+"
        rf"(?P<cat>(?!(?:of|in|on|and|to|for)\b)[a-z][a-z-]+)"
        rf"(?:[ \t]+(?P<prep>in|of|among|on)[ \t]+(?:the[ \t]+)?(?P<scope>{_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,2}}))?",
        re.I)


_HOLDER_BEFORE = re.compile(
    rf"(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD}(?:[ \t]+(?:alliance|bloc|party|coalition|movement|group|list|front))?)"
    rf"[ \t]+(?:(?:also|still|now)[ \t]+)?(?:has|had|is|was|remains|remained|became|becomes|holds|held|won|controls|formed|forms)"
    rf"[ \t]+(?:(?:also|still|now|again)[ \t]+)?$")
_HOLDER_APPOSITION = re.compile(rf"(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD}),[ \t]+$")
_LEADER_BEFORE = re.compile(rf"(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}}),[ \t]+who[ \t]+(?:leads|led|heads|headed|controls)[ \t]+$")
_HOLDER_AFTER = re.compile(
    rf"^[^.;]{{0,60}}?,?[ \t]+(?:known[ \t]+as|called|named|led[ \t]+by)[ \t]+(?:the[ \t]+)?"
    rf"(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})")
_HOLDER_APPOSITION_AFTER = re.compile(rf"^,[ \t]+(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})[ \t]*[,.;]")
_LEADING_ADJECTIVES = re.compile(r"^(?:The|A|An)[ \t]+(?:[A-Z][\w-]*-(?:backed|led|based|aligned)[ \t]+)?")


def extract_ranks(article: Article, settings: Settings) -> list[Claim]:
    """Rank claims (and the role claims of the ranked positions) of ``article``."""
    text = article.text
    v = _vocab()
    ordinals = {str(k).lower(): int(n) for k, n in v["ordinals"].items()}
    org_words = set(v["org_words"])
    same_order = {str(w): canon for canon, ws in v["superlative_synonyms"].items() for w in ws}
    sentences = sentence_index(text)
    claims: list[Claim] = []
    for m in _pattern().finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        s_start, s_end = sentences.around(m.start())
        before = text[max(s_start, m.start() - 120):m.start()]
        after = text[m.end():min(s_end, m.end() + 100)]
        holder, possessive = _holder(before, after)
        if holder is None:
            continue
        n = ordinals.get(fold(m.group("ord") or ""), 1) if m.group("ord") else 1
        cat = m.group("cat").lower()
        scope_words = [w for w in (m.group("scope") or "").split()]
        owner = m.group("owner")
        if owner:
            scope_words = [owner.replace("\u2019", "'")] + scope_words
        scope = " ".join(scope_words)
        holder_name = holder + ("'s " + cat if possessive else "")
        holder_key = " ".join(sorted(t for t in key_tokens(holder) if t not in org_words)) or fold(holder)
        cat_key = " ".join(key_tokens(cat)) or cat
        scope_key = " ".join(sorted(set(key_tokens(scope))))
        quote = " ".join(text[s_start:s_end].split())
        sup = " ".join(fold(m.group("sup")).split())
        sup_key = same_order.get(sup, sup)
        position = (f"{m.group('ord').lower()} " if m.group("ord") else "") + f"{sup} {cat}" + \
            (f" {m.group('prep').lower()} {scope}" if m.group("scope") else (f" of {owner}" if owner else ""))
        base = dict(source=article.source.id, text=text[m.start():m.end()], quote=quote, span=(m.start(), m.end()))
        if not possessive:
            claims.append(Claim(
                id="", kind=Kind.RANK, subject=f"{holder} among {sup} {_plural(cat)}" + (f" ({scope})" if scope else ""),
                key=f"{holder_key} {cat_key} {sup_key}|{scope_key}", value=n, low=float(n), high=float(n), **base))
        claims.append(Claim(
            id="", kind=Kind.ROLE, subject=position, key=f"{n} {sup_key} {cat_key}|{scope_key}",
            value=holder_name, **base))
    return claims


def _holder(before: str, after: str) -> tuple[str | None, bool]:
    """The holder of a rank phrase from the words around it, and whether it is a leader's ("X, who
    leads the largest bloc" -> X, True)."""
    for rx, possessive in ((_LEADER_BEFORE, True), (_HOLDER_BEFORE, False), (_HOLDER_APPOSITION, False)):
        m = rx.search(before)
        if m and _clean(m.group("holder")):
            return _clean(m.group("holder")), possessive
    for rx in (_HOLDER_AFTER, _HOLDER_APPOSITION_AFTER):
        m = rx.search(after)
        if m and _clean(m.group("holder")):
            return _clean(m.group("holder")), False
    return None, False


def _clean(holder: str) -> str | None:
    holder = _LEADING_ADJECTIVES.sub("", " ".join(holder.replace("\u2019", "'").split())).strip()
    return None if holder.lower() in _PRONOUNS else holder


_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "that", "these", "those", "which", "who", "we",
                       "i", "you", "there", "here", "its", "the", "a", "an"})


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"
