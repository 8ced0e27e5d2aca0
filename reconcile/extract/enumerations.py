"""Victims told one by one: a quantity rule of its own.

"killed a police officer and a bomb technician", "injuring a woman, a boy and a guard": a verb of
killing or wounding whose object is two or more people each named by "a"/"an" and a noun phrase
counts them (2, 3). Only such a list right after the verb: "killed a man and his son" (no
article) and "killed a cow and a horse" (no people) count nothing here. One person so told counts
one: "killing a receptionist who tried to stop him", "killed a man and wounded a woman" (one each),
"A night porter was killed", "left a cyclist dead"; not with a figure in its words ("a
17-year-old boy was killed": the figure is an age, and the claim would read as it). Corpus:
``tests/corpus/counts/enumerations.yaml``.
"""
from __future__ import annotations

import re

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure
from .phrases import lex
from .quantity import body_matches, key_of, make_claim

_VERBS = {"killed": "killed", "killing": "killed", "kills": "killed", "murdered": "killed", "murdering": "killed",
          "wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured"}
# one member of the list: "a police officer", "an Oregon State Police bomb squad technician" (up to
# six words, none a verb form in -ing or -ed after the first, none a pronoun or a preposition)
_NOT_IN_MEMBER = r"(?:and|or|in|on|at|of|with|who|when|while|after|before|by|near|outside|inside)\b"
_MEMBER = (rf"(?:an?)[ \t]+(?:(?!{_NOT_IN_MEMBER})[\w'\u2019-]+[ \t]+){{0,5}}?"
           r"(?!(?:and|or)\b)[\w'\u2019-]+")
# what may follow the last member: punctuation, or a word that opens a place, a time or a clause
_MEMBERS_END = r"[ \t]*(?:[,.;:)\"\u201d]|$)|[ \t]+(?:in|on|at|near|outside|inside|during|when|while|after|who|as)\b"
_LIST = re.compile(
    rf"\b(?P<verb>{'|'.join(_VERBS)})[ \t]+"
    rf"(?P<list>{_MEMBER}(?:,[ \t]+{_MEMBER}){{0,3}},?[ \t]+and[ \t]+{_MEMBER})(?={_MEMBERS_END})",
    re.IGNORECASE)
# one victim told by "a"/"an": "killing a receptionist who tried to stop him", "shot and killed a
# woman and wounded two men" (the next verb after "and"), "left a receptionist dead"
_ONE = re.compile(
    rf"\b(?P<verb>{'|'.join(_VERBS)})[ \t]+(?P<list>{_MEMBER})(?={_MEMBERS_END}|[ \t]+and[ \t]+[a-z]+(?:ed|ing)\b)",
    re.IGNORECASE)
_LEFT = re.compile(rf"\bleft[ \t]+(?P<list>{_MEMBER})[ \t]+(?P<verb>dead|wounded|injured)\b", re.IGNORECASE)
# and in the passive: "A receptionist was killed", "a guard has been wounded"
_PASSIVE = re.compile(rf"\b(?P<list>{_MEMBER})[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
                      rf"(?:(?:shot|stabbed|beaten)[ \t]+and[ \t]+)?(?P<verb>{'|'.join(v for v in _VERBS if v.endswith('ed'))})\b",
                      re.IGNORECASE)
_VERB_FORM = re.compile(r"\b[a-z]+(?:ing|ed)\b")
# a person: a noun of people (``counts.yaml``), a word of kin or age, or a noun of a doer or an
# office ("officer", "technician", "trooper", "resident", "chairman"); "a cow and a horse" are none
_KIN = frozenset("""man woman boy girl child baby son daughter wife husband mother father brother sister
teen teenager person friend relative neighbour neighbor toddler infant youth couple""".split())
_DOER = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ess)$")


def _person(noun: str) -> bool:
    noun = noun.lower()
    return noun in _KIN or noun + "s" in lex().person_nouns or bool(_DOER.search(noun))


def enumerated_victims(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The count of people killed or injured that a list of "a X and a Y" after the verb gives."""
    out: list[Claim] = []
    taken: set[int] = set()
    for m in [*body_matches(article, _LIST), *(m for rx in (_ONE, _LEFT, _PASSIVE) for m in body_matches(article, rx))]:
        if m.start("verb") in taken:
            continue  # one victim told again by a list's first member
        members = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group("list")) if m.re is _LIST else [m.group("list")]
        if m.re is not _LIST and any(ch.isdigit() for ch in m.group("list")):
            continue  # "a 16-year-old boy was killed": the figure is an age, the claim would read as it
        if any(_VERB_FORM.search(" ".join(w.split()[2:])) for w in members):
            continue  # "a man walking his dog": a clause, not a list of people
        if not all(_person(w.split()[-1]) for w in members):
            continue
        taken.add(m.start("verb"))
        fig = Figure(m.start("list"), m.end("list"), float(len(members)), words=True)
        verb = m.group("verb").lower()
        event = "killed" if verb == "dead" else _VERBS[verb]  # ("left a cyclist dead")
        out.append(make_claim(article, fig, None, f"people {event}", key_of(f"people {event}"),
                              (m.start(), m.end()), sentences.around(m.start()), settings))
    return out
