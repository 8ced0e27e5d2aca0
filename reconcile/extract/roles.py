"""Role claims: who holds an office ("Parliament Speaker Mohamed al-Halbousi").

Offices are those one person holds at a time within a scope (``data/offices.yaml``: prime
minister, president, speaker, secretary of state, mayor, chief executive...); titles many people
hold at once (spokesman, commander, minister, lawmaker) make no claim, since two of their
holders never contradict each other. The forms read:

- ``[SCOPE] [QUALIFIER] TITLE NAME``: "Iraqi Parliament Speaker Mohamed al-Halbousi",
  "US Secretary of State Mike Pompeo", "caretaker Prime Minister Adel Abdul Mahdi";
- ``SCOPE's [QUALIFIER] TITLE, NAME``: "Iraq's caretaker prime minister, Adel Abdul Mahdi";
- ``NAME, the [QUALIFIER] TITLE of SCOPE``: "Mohamed al-Halbousi, the speaker of parliament";
- ``NAME, SCOPE's [QUALIFIER] TITLE``: "Adel Abdul Mahdi, Iraq's prime minister".

The scope is folded ("Iraqi" -> ``iraq``) into the key ``TITLE|SCOPE``. A title with no scope
takes the scope of another mention of the same holder in the article; failing that its key names
the holder, so an unscoped "President X" and "President Y" (two countries' presidents) are never
set against each other. Qualifiers are kept: "former", "late", "then" holders do not contradict
the current one (see :mod:`reconcile.compare`); "deputy" and "vice" make another office.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from ..datafiles import load as load_data
from ..lexicon import fold, key_tokens, name_key
from ..models import Article, Claim, Kind
from ..settings import Settings
from .sentences import sentence_index

_NAME_WORD = r"[A-Z][a-z\u00C0-\u024F'\u2019]+(?:-[A-Z][a-z\u00C0-\u024F'\u2019]+)*"
_PARTICLE = r"(?:al|el|ad|as|bin|ibn|de|van|von|da|di|du|del|der|la|le|abu|abd|abdul)"
NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[- \t])?{_NAME_WORD}){{0,3}}|{_NAME_WORD})"
_SCOPE_WORD = r"(?:[A-Z][\w.\u2019'-]*|[A-Z]\.[A-Z]\.)"


@dataclass(frozen=True)
class Offices:
    spellings: dict[str, str]  # spelling -> canonical title
    qualifiers: tuple[str, ...]
    other_office: frozenset[str]
    demonyms: dict[str, str]  # folded word or phrase -> country key


@lru_cache(maxsize=1)
def offices() -> Offices:
    data = load_data("offices.yaml")
    spellings = {str(s).lower(): canon for canon, ss in data["offices"].items() for s in ss}
    demonyms = {fold(str(v)): canon for canon, vs in data["demonyms"].items() for v in [canon, *vs]}
    return Offices(spellings, tuple(data["qualifiers"]), frozenset(data["other_office"]), demonyms)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    o = offices()
    title = rf"(?P<title>{_alt(o.spellings)})"
    qual = rf"(?:(?P<qual>{_alt(o.qualifiers)})[\s-]+)?"
    scope_before = rf"(?P<scope>(?-i:(?:{_SCOPE_WORD}[ \t]+){{1,3}}))?"
    possessive = rf"(?P<pscope>(?-i:{_SCOPE_WORD}(?:[ \t]+{_SCOPE_WORD}){{0,2}}))['\u2019]s[ \t]+"
    flags = re.I
    return [
        # SCOPE's qualifier title, NAME  /  SCOPE's title NAME
        re.compile(rf"\b{possessive}{qual}{title},?[ \t]+(?-i:{NAME})", flags),
        # [SCOPE] [qualifier] TITLE NAME
        re.compile(rf"(?<![\w'\u2019])(?:(?P<pqual>{_alt(o.qualifiers)})[ \t]+(?=[A-Z]))?{scope_before}{qual}{title},?[ \t]+(?-i:{NAME})", flags),
        # NAME, the [qualifier] TITLE of SCOPE
        re.compile(rf"(?-i:{NAME}),\s+(?:the\s+)?{qual}{title}\s+of\s+(?:the\s+)?"
                   rf"(?P<oscope>[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){{0,2}}?)(?=[,.;)]|\s+(?:said|says|who|and|has|had|was|is)\b)", flags),
        # NAME, SCOPE's [qualifier] TITLE
        re.compile(rf"(?-i:{NAME}),\s+{possessive}{qual}{title}\b", flags),
    ]


@dataclass
class _Mention:
    start: int
    end: int
    title: str
    name: str
    scope: frozenset[str]
    scope_words: str
    qualifier: str | None


def extract_roles(article: Article, settings: Settings) -> list[Claim]:
    """Role claims of ``article``: one per office-holder apposition."""
    text = article.text
    o = offices()
    mentions: list[_Mention] = []
    taken = bytearray(len(text) + 1)  # characters already inside a mention
    for rx in _patterns():
        for m in rx.finditer(text, article.body_start):
            if article.in_furniture(m.start()):
                continue
            if any(taken[m.start():m.end()]) or _title_case_line(text, m.start()):
                continue
            mention = _mention(m, o)
            if mention is not None:
                mentions.append(mention)
                taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    if not mentions:
        return []
    # an unscoped title takes the scope of another mention of the same holder
    scoped = [mm for mm in mentions if mm.scope]
    sentences = sentence_index(text)
    claims = []
    for mm in sorted(mentions, key=lambda x: x.start):
        scope = mm.scope
        if not scope:
            same = {s.scope for s in scoped if s.title == mm.title and _same_holder(s.name, mm.name)}
            if len(same) == 1:
                scope = next(iter(same))
        context = " ".join(sorted(scope)) if scope else "~" + (name_key(mm.name).split() or ["?"])[-1]
        s_start, s_end = sentences.around(mm.start)
        subject = mm.title + (f" ({mm.scope_words})" if mm.scope_words else "")
        claims.append(Claim(
            id="", source=article.source.id, kind=Kind.ROLE, subject=subject.strip(),
            key=f"{mm.title}|{context}", value=mm.name, qualifier=mm.qualifier,
            text=text[mm.start:mm.end], quote=" ".join(text[s_start:s_end].split()), span=(mm.start, mm.end)))
    return claims


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in Title Case ("Prime Minister Calls Riot Deaths Murder"): names cannot be told
    from the words around them there."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text[start:end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 5 and sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


def _same_holder(a: str, b: str) -> bool:
    ka, kb = name_key(a).split(), name_key(b).split()
    return bool(ka and kb) and ka[-1] == kb[-1]


def _mention(m: re.Match, o: Offices) -> _Mention | None:
    title = o.spellings.get(" ".join(m.group("title").lower().split()))
    if title is None:
        return None
    qual = m.group("qual") or (m.group("pqual") if "pqual" in m.re.groupindex else None)
    qual = " ".join(qual.lower().split()) if qual else None
    if qual in o.other_office:
        return None
    name = m.group("name").replace("\u2019", "'")
    name_end = m.end("name")
    if name.endswith("'s"):
        name, name_end = name[:-2], name_end - 2
    # a name that is a title or a place is not a holder ("President Obama" is; "President Of" is not)
    words = name.split()
    if any(w.lower() in o.spellings for w in words) or fold(name) in o.demonyms:
        return None
    scope_text = ""
    for group in ("scope", "pscope", "oscope"):
        if group in m.re.groupindex and m.group(group):
            scope_text = m.group(group)
            break
    scope_words = [w.removesuffix("'s") for w in scope_text.replace("\u2019", "'").split()]
    lead = 0  # words opening the sentence ("Later", "But") are not scope
    while lead < len(scope_words) and scope_words[lead].lower() in _NOT_SCOPE:
        lead += 1
    scope_words = scope_words[lead:]
    # a capitalised qualifier ("Caretaker Prime Minister", "Deputy Prime Minister") is no scope
    if scope_words and scope_words[-1].lower() in o.qualifiers and not qual:
        qual = scope_words.pop().lower()
        if qual in o.other_office:
            return None
    scope = _scope_key(" ".join(scope_words), o)
    start = m.start()
    for group in ("scope", "pscope"):
        if group in m.re.groupindex and m.group(group) and m.start(group) < m.start("title"):
            start = m.start(group)
            for _ in range(lead):  # skip the sentence words left out of the scope
                nxt = re.match(r"\S+\s+", m.string[start:m.end()])
                start += nxt.end() if nxt else 0
    end = max(name_end, m.end("title"), m.end("oscope") if "oscope" in m.re.groupindex and m.group("oscope") else 0)
    start = min(start, m.start("name"), m.start("title"))
    return _Mention(start, end, title, name, scope, " ".join(scope_words), qual)


_NOT_SCOPE = frozenset({"the", "later", "then", "meanwhile", "when", "but", "and", "as", "after", "before", "on",
                        "in", "at", "with", "while", "however", "also", "now", "today", "yesterday", "earlier",
                        "so", "if", "by", "for", "from", "of", "to", "a", "an"})


def _scope_key(scope: str, o: Offices) -> frozenset[str]:
    """Scope words folded: demonyms to their country ("Iraqi" -> iraq), other words as keys."""
    folded = f" {fold(scope)} "
    out = set()
    for phrase, country in sorted(o.demonyms.items(), key=lambda p: -len(p[0])):
        if " " in phrase and f" {phrase} " in folded:
            out.add(country.replace(" ", "_"))
            folded = folded.replace(f" {phrase} ", "  ")
    for tok in re.findall(r"[a-z]+", folded):
        if tok in o.demonyms:
            out.add(o.demonyms[tok].replace(" ", "_"))
        else:
            out.update(key_tokens(tok))
    return frozenset(out)
