"""Place claims: an ordinal that gives a place in a list or a sequence, without a superlative.

Each form is a rule below, composed by :func:`extract_places`; each gives a rank claim (its value
the ordinal's number), keyed on what is placed, the list or sequence, and the list's owner:

- :func:`_rule_floor`: the floor a thing is on -- "a second-floor office", "the lab on the
  building's third floor", "the offices are on the fourth floor" (``floor_words``), or what was done there ("the clerks were found on
  the third floor", "the fifth floor, where the fire began", "the gunman opened fire from the 32nd
  floor"), keyed on the building named after it ("of the Pell Tower") and not on a thing's verb
  ("the fire started/broke out on"); a person's floor ("she ran to the third floor") changes and is
  no claim;
- :func:`_rule_respectively`: places of several names told in turn -- "Vesta, Norland and Castile
  ranked first, second and fifth respectively in the index";
- :func:`_rule_list_place`: a bare ordinal after a verb of placing, with the list after it --
  "ranks fourth in rebounds", "finished third on the club's scoring list", "tied for second in
  the division", "is tied for third after the second round" (two names tied each hold it), "came second with 98 seats" (a list of what the figure counts), "ranks 34th out
  of 180 countries in the index", "finished a distant fourth in the race"; after a verb of a result
  (``closing_placing_verbs``) a place that closes its clause is one in the contest told of
  ("finished a distant fourth, failing to ...", "slipped to fourth."), or in the field it is out
  of ("came in fifth out of seven candidates"); "the club's all-time leader in goals" is first on
  that list; a move gives the place reached ("jumped from 30th to 12th in the table", "rose to
  fifth from ninth", "climbed three spots to No. 6"); "ranks 88th nationally" is in the nation's;
  a table of a statistic takes the statistic after it ("fourth in the league in scoring":
  ``stat_tables``);
- :func:`_rule_stat_leader`: a leader of a statistic -- "leads the league in assists", "the
  league leader in rebounds" (first), "the team's second-leading rusher" (``stat_doers``);
- :func:`_rule_selection`: a place in a draft -- "the 12th overall pick", "a third-round
  choice" (``selection_nouns``; a "second-round loss" is the name of a round, no place);
- :func:`_rule_repetition`: an event that happens again -- "was fined for the second time"
  (the event ranked among its occurrences; "for the first time" says only that it is new);
- :func:`_rule_standing`: a standing in a ranking or a seeding -- "No. 3 Lakeside State",
  "fifth-ranked Riverton", "the Hawks clinched the No. 1 seed in the West", "Riverton, ranked
  No. 4 in the nation", "seeded Tomas Reyes fourth" (a street number, "No. 10 Downing Street", is
  none); "Pell, the world No. 4,", "beat the eighth seed, Ana Ruiz," (the name set after it);
- :func:`_rule_table`: a place in a table, a streak and a ranked noun -- "the Hawks are in first
  place in the West", "won their third straight game", "Lakeside is the top-ranked team", "the
  Greens were the runner-up" (second).
- :func:`_rule_named_place`: a place given to a name with no verb of its own -- "Lind was
  second, with Petra Nowak in third", "Third place went to Samuel Otieno";
- :func:`_rule_term`: a term of office told by its ordinal -- "was re-elected for a third term",
  "is seeking a fourth consecutive term" (``term_verbs``, ``term_nouns``);
- :func:`_rule_topped`: first on a list a name "topped" -- "Ruiz topped the poll", "Vesta tops the
  happiness index" (``topped_lists``; "sales topped the 2019 peak" is none);
- :func:`_rule_occurrence`: an event told as one of a series -- "a second protest the next
  night", "A sixth trial is under way", "the third and final vote", "a second no-confidence vote"
  (an event noun of the date vocabulary; "a third client" is none, nor is "the third in stoppage
  time").

Their holder is what is placed: the noun a floor qualifies or the thing "on" it, or the
subject of the clause, a name, a title in quotes ("Her single 'Blue Lights' peaked at No. 17") or
a name's thing ("Piet Aalders' side"; a common noun, "the team ranks fifth", does not say which);
a name opening its clause keeps it across an apposition or an age between commas ("Kestrel, the
defending champions, finished second", "Ana Ruiz, 43, finished fourth"), past a description before
it ("defending champion Ana Ruiz": a noun of a person, a title or ``contestant_nouns``) and with its
origin after it ("Ana Ruiz of Brensk"). A subject "he", "she" or "they" stands for the name that last opened a
sentence before it (at most :data:`_BACK` sentences back); with none there is no claim.
Ordinals in names ("Second Avenue", "Third World", "first lady", "the 11th hour") are none of
these forms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import load as load_data
from ..lexicon import fold, key_tokens
from ..models import Article, Claim, Kind
from ..settings import Settings
from .dates import vocab as event_vocab  # the one vocabulary of event nouns
from .ranks import _ordinal_value, ordinal_values
from .sentences import quote_of, sentence_index

_BACK = 4  # sentences searched back for the name a pronoun subject stands for
_W = r"[\w\u00C0-\u024F'\u2019-]+"
_NAME = rf"(?-i:[A-Z]{_W}(?:[ \t]+(?:[A-Z]{_W}|de|van|von|al|el))*)"


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_data("offices.yaml")


@lru_cache(maxsize=1)
def _ord() -> str:
    words = "|".join(sorted((re.escape(w) for w in ordinal_values() if " " not in w), key=len, reverse=True))
    return rf"(?:{words}|\d{{1,3}}(?:st|nd|rd|th))"


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------- holders

_PRONOUNS = {"he", "she", "they"}
# the apposition after the name may lack its closing comma ("X, the club's striker was arrested")
_OPENING_NAME = re.compile(rf"[\"\u201c\s]*(?P<name>{_NAME})(?:,[^,.;]{{1,80}}(?:,|(?=[ \t]+(?:is|was|were|are|has|had)[ \t])))?[ \t]+(?-i:[a-z])")
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\b(?:and|but|while|after|when|as)\b)[ \t]*$", re.I)
_NOT_HOLDER = frozenset("""it this that there here which who what the a an its his her their some many
all each one we i you""".split())


def _antecedent(text: str, sentences, pos: int) -> str | None:
    """The name a pronoun subject at ``pos`` stands for: the name that opens the nearest sentence
    before it that opens with a name (sentences opened by another pronoun are passed over)."""
    start = sentences.around(pos)[0]
    for _ in range(_BACK):
        if start <= 0:
            return None
        start, end = sentences.around(start - 1)
        m = _OPENING_NAME.match(text, start, end)
        if m and m.group("name").split()[0].lower() not in _NOT_HOLDER | _PRONOUNS:
            return m.group("name")
    return None


_BOUNDARY = re.compile(r"[,;:(\"\u201c]|\b(?:and|but|then|when|after|while|that|as)\b")
_SUBJECT = re.compile(
    rf"^[ \t]*(?P<subject>(?:the[ \t]+)?(?-i:[A-Z]){_W}(?:[ \t]+(?-i:[A-Z]){_W}){{0,3}}"
    rf"(?:(?:(?<=['\u2019])|(?<=['\u2019]s))[ \t]+(?-i:[a-z][\w-]*)|[ \t]+of[ \t]+(?-i:[A-Z]){_W}(?:[ \t]+(?-i:[A-Z]){_W})?)?"  # "Piet Aalders' side", "Ana Ruiz of Brensk"
    rf"|[Hh]e|[Ss]he|[Tt]hey)"
    rf"[ \t]+(?:(?:still|now|currently|also|again|then)[ \t]+)?"
    rf"(?:(?:is|was|are|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:(?:still|now|currently|also)[ \t]+)?)?$")  # "X was placed third on"


# a title in quotes right before its verb, opening its clause or after a common noun ("Her single")
_QUOTED_TITLE = re.compile(
    rf"(?:^|(?<=[ \t(]))[\"\u201c\u2018'](?P<title>(?-i:[A-Z])[^\"\u201c\u201d\u2018\u2019.;:!?]{{0,60}}?)"
    rf"[,.]?[\"\u201d\u2019'][ \t]+$")
# a name opening its clause with an apposition or an age between commas: "Kestrel, the defending
# champions, (finished)", "and Ana Ruiz, 43, (finished)"
_APPOSITION = r",[ \t]+(?:\d{1,3}|(?:the|a|an|its|his|her|their|(?-i:[A-Z])[\w.-]*['\u2019]s)[ \t]+[^,;:()\"\u201c]{1,60}?),"
_APPOSED_NAME = re.compile(rf"(?:^[ \t\"\u201c]*|\b(?:and|but)[ \t]+)(?P<name>{_NAME}){_APPOSITION}[ \t]+"
                           rf"(?:(?:still|now|also|currently|then)[ \t]+)?(?:(?:is|was|are|were|has[ \t]+been)[ \t]+)?$")
_BEFORE_TITLE = re.compile(r"(?:^|[,;:]|\b(?:and|but|while|after|when|as)\b)[ \t]*"
                           r"(?:(?:the|her|his|their|its|a|an)[ \t]+(?:(?-i:[a-z])[\w-]*[ \t]+){1,2})?$", re.I)
_RELATIVE_OF = re.compile(rf"(?:^|[ \t\"\u201c])(?P<name>{_NAME}),[ \t]+(?:(?:the|a|an)[ \t]+[^,;:()\"\u201c]{{1,40}}?[ \t]+)?(?:who|which)[ \t]+"
                          rf"(?:(?:still|now|also)[ \t]+)?(?:(?:is|was|are|were|had[ \t]+been|has[ \t]+been)[ \t]+)?$")  # "X, the 24-year-old who was (seeded fifth)"


# the lower-case words of a description before a name: "defending champion", "two-time winner"
_DESCRIPTION = re.compile(r"^[ \t]*(?:(?:the|a|an)[ \t]+)?(?P<desc>(?:(?-i:[a-z][\w-]*)[ \t]+){1,3})(?=(?-i:[A-Z]))")


def _describes(desc: str) -> bool:
    """Whether words before a name describe its bearer: they end in a noun of a person, a title or
    a contestant's word (``contestant_nouns``: "defending champion", "veteran", "top seed")."""
    from .phrases import lex
    from .ranks import _plural, _titles
    head = desc.split()[-1].lower()
    return _plural(head) in lex().person_nouns or head in _titles() or head in _contestants()


@lru_cache(maxsize=1)
def _contestants() -> frozenset[str]:
    return frozenset(str(w) for w in _vocab()["contestant_nouns"])


def _holder(text: str, sentences, lo: int, verb: int, opener: bool = False) -> str | None:
    """The subject of the clause whose verb starts at ``verb``: a name, or a pronoun's antecedent;
    with the clause's subject elided ("..., and was fifth on") the sentence's subject."""
    clause = text[lo:verb]
    if (rel := _RELATIVE_OF.search(clause)) and rel.group("name").split()[0].lower() not in _NOT_HOLDER:
        return rel.group("name")  # "Kestrel, who finished second in the league, ...": the name before
    if (app := _APPOSED_NAME.search(clause)) and app.group("name").split()[0].lower() not in _NOT_HOLDER | {"the"}:
        return re.sub(r"^[Tt]he[ \t]+", "", app.group("name"))  # "Kestrel, the defending champions, finished"
    if (title := _QUOTED_TITLE.search(clause)) and _BEFORE_TITLE.search(clause, 0, title.start()):
        return title.group("title")  # "(Her single) 'Blue Lights' peaked at No. 17": the title
    if opener or re.search(r"(?:,[ \t]*)?\b(?:and|but)[ \t]+$", clause) or not clause.strip():
        m = re.match(rf"[ \t\"\u201c]*(?P<s>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\b", text[lo:verb])
        subject = m.group("s") if m else None
    else:
        piece = _BOUNDARY.split(clause)[-1]
        if (d := _DESCRIPTION.match(piece)) and _describes(d.group("desc")):
            piece = piece[d.end():]  # "defending champion Tomas Lind (finished second)": the name
        m = _SUBJECT.match(piece)
        subject = m.group("subject") if m else None
    if subject is None:
        return None
    if subject.lower() in _PRONOUNS:
        return _antecedent(text, sentences, lo)
    subject = re.sub(r"^[Tt]he[ \t]+", "", subject)
    words = subject.split()
    if words[0].lower() in _NOT_HOLDER or not any(w[:1].isupper() for w in words):
        return None  # "the team ranks fifth": a common noun is no holder (which team?)
    return subject


# ---------------------------------------------------------------- rules

@lru_cache(maxsize=1)
def _floor_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = _vocab()
    floor = _alt(v["floor_words"])
    compound = re.compile(rf"\b(?P<ord>{_ord()})[ \t]*-[ \t]*(?:{floor})[ \t]+"
                          rf"(?P<noun>(?:[A-Z][\w.'\u2019-]*[ \t]+){{1,3}}[a-z]+|(?:[a-z]+[ \t]+){{0,2}}[a-z]+)\b")
    on = re.compile(rf"\b(?P<prep>on|to|onto|from|at|of)[ \t]+(?:the|(?P<owner>(?:the[ \t]+)?{_W})['\u2019]s?)[ \t]+"
                    rf"(?P<ord>{_ord()})[ \t]+(?:{floor})\b(?![ \t-]*(?:{_alt(v['floor_not_after'])})\b)", re.I)
    return compound, on


_NOUN_STOP = re.compile(r"\b(?:where|which|that|who|and|or|of|in|on|at|to|for|with|by|as|when|was|is|were|are|had|has|"
                        r"inside|outside|near|next|above|below|beside|behind|across|into|onto|through|from|before|after|during|until|since)\b")
# the thing on a floor, right before it or the subject of a copula ("The firm's offices are on the fourth floor")
_THING_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|{_W}['\u2019]s)[ \t]+(?P<thing>(?:[a-z][\w-]*[ \t]+){{0,2}}?[a-z][\w-]*)"
                           rf"[ \t]+(?:(?:is|are|was|were|remains|remain|remained|sits|sit|lies|lie)[ \t]+)?$")


def _rule_floor(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``ORD-floor NOUN`` ("a second-floor office") and ``on/to the [OWNER's] ORD floor``
    ("the lab on the building's third floor", "the offices are on the fourth floor"): the thing, or
    the clause's subject, is on that floor."""
    compound, on = _floor_rx()
    out = []
    for m in compound.finditer(text, lo, hi):
        noun = _NOUN_STOP.split(m.group("noun"))[0].strip()
        if noun:
            out.append((m.start(), m.start("noun") + len(noun), _ordinal_value(m.group("ord")), noun, "floor", ""))
    for m in on.finditer(text, lo, hi):
        owner = re.sub(r"^the[ \t]+", "", m.group("owner") or "", flags=re.I)
        if m.group("prep").lower() == "of" and re.match(r"[ \t]+(?-i:[a-z]+)\b", text[m.end():hi]) \
                and not _NOUN_STOP.match(text[m.end():hi].lstrip()) \
                and not re.match(r"(?:while|because|but|so|then|until|though|although|if|once)\b", text[m.end():hi].lstrip()):
            continue  # "critics of the third floor plan": the floor names something else
        if not owner and (building := _BUILDING.match(text, m.end(), hi)):
            owner = building.group("name")  # "on the 12th floor of the Pell Tower": the tower's floor
        # a thing "to/from" a floor moves there ("the men went to the sixth floor"): only a thing on, at or
        # of it is placed, or one that acts from it ("the gunman opened fire from the 32nd floor")
        prep = m.group("prep").lower()
        before = _THING_BEFORE.search(text, max(lo, m.start() - 60), m.start()) if prep in ("on", "at", "of", "from") else None
        thing = before.group("thing") if before and not _NOUN_STOP.search(before.group("thing")) else ""
        thing, act = _thing_and_act(thing)
        if prep == "from" and not (act and _FROM_ACT.fullmatch(act)):
            thing = ""  # "the company moved from the third floor": it is there no longer
        if thing:
            out.append((before.start("thing"), m.end(), _ordinal_value(m.group("ord")), thing, "floor", owner))
            continue
        done = _DONE_ON.search(text, max(lo, m.start() - 80), m.start()) if m.group("prep").lower() == "on" else None
        if done and done.group("subject").split()[-1].lower() not in _NOT_HOLDER | _PRONOUNS:
            # "the clerks were found on the third floor": where it was done does not change
            subject = re.sub(r"^(?:(?:the|a|an|two|three|four|five|both|all)[ \t]+)+", "", done.group("subject"), flags=re.I)
            out.append((done.start("subject"), m.end(), _ordinal_value(m.group("ord")),
                        f"{subject} {done.group('event')}", "floor", owner))
        elif (where := _DONE_WHERE.match(text, m.end(), hi)):
            # "she ran to the second floor, where the fire began": what was done there does not change
            subject = _where_subject(text, sentences, lo, where.group("subject"))
            if subject:
                out.append((m.start(), where.end(), _ordinal_value(m.group("ord")),
                            f"{subject} {where.group('event')}", "floor", owner))
        # else "she ran to the third floor": a person's floor changes, a room's does not
    return out


# a passive event on a floor: "the two clerks were found on", "Ana Ruiz was shot on", "the suspect
# was found hiding on"
_DONE_ON = re.compile(
    rf"(?P<subject>(?:\b(?i:the|a|an|two|three|four|five|both|all)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}[a-z][\w-]*|{_NAME}))"
    rf"[ \t]+(?:was|were|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+(?P<event>(?-i:[a-z]+ed|[a-z]+en|shot|hit|held|hurt|caught|found|kept|left|struck))"
    rf"(?:[ \t]+(?-i:[a-z]+ing))?[ \t]+$")
# the building a floor is of, named after it: "the 12th floor of (the) Pell Tower"
_BUILDING = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})")
# a verb after the thing before a floor: "The fire started (on)", "The gunman opened fire (from)"
_ACT = re.compile(r"(?-i:[a-z]+ed|broke|began|begun|fell|hid|took|shot|fired|opened|struck|caught|lay|sat|stood|"
                  r"jumped|leapt|leaped|plunged|died|is|was|were|are)")
# what is done from a floor where its doer stays: "opened fire from", "fell from"
_FROM_ACT = re.compile(r"(?:opened[ \t]+fire|fired(?:[ \t]+\w+)?|shot(?:[ \t]+\w+)?|fell|jumped|leapt|leaped|plunged)")


def _thing_and_act(thing: str) -> tuple[str, str]:
    """The thing before a floor and what it did there ("fire started" -> fire, started): the
    act says what happened, no part of what is placed."""
    words = thing.split()
    for i, w in enumerate(words[1:], 1):
        if _ACT.fullmatch(w):
            return " ".join(words[:i]), " ".join(words[i:])
    return thing, ""


def _where_subject(text: str, sentences, lo: int, subject: str) -> str | None:
    """The doer of a "where" clause: a noun or a name; "he/she/they" stand for the name that opens
    the sentence ("Ruiz, 43, ran to the second floor, where she hid"), or the one before it."""
    if subject.lower() in _PRONOUNS:
        m = _OPENING_NAME.match(text, lo)
        name = m.group("name") if m and m.group("name").split()[0].lower() not in _NOT_HOLDER | _PRONOUNS else None
        return name or _antecedent(text, sentences, lo)
    if subject.split()[0].lower() in _NOT_HOLDER - {"the", "a", "an"}:
        return None
    return re.sub(r"^(?:the|a|an)[ \t]+", "", subject, flags=re.I)


# what was done on a floor, said after it: "..., where she barricaded", "where the fire began"
_DONE_WHERE = re.compile(
    rf",?[ \t]+where[ \t]+(?P<subject>(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*|{_NAME})[ \t]+"
    rf"(?:(?:was|were|had[ \t]+been|has[ \t]+been|had|has)[ \t]+)?"
    rf"(?P<event>(?-i:[a-z]+ed|began|broke|started|shot|hit|held|found|kept|hid|fell|caught|struck|took))\b", re.I)


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern[str]:
    v = _vocab()
    return re.compile(
        rf"\b(?P<verb>{_alt(v['placing_verbs'])})[ \t]+(?:(?:his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
        rf"(?:career|season|year|tenure|run)[ \t]+|the[ \t]+(?:season|campaign|year|race|tournament|day)[ \t]+(?:ranked[ \t]+)?"
        rf"|[\w-]+[ \t]+(?:places?|spots?|positions?|notches|rungs?)[ \t]+to[ \t]+"  # ("dropped two places to ninth")
        rf"|from[ \t]+(?:{_ord()}|(?-i:No)\.[ \t]*\d{{1,3}})(?:[ \t]+place)?[ \t]+to[ \t]+"  # ("jumped from 30th to 12th")
        rf"|(?<=spent[ \t])(?:a|an|[\w-]+)[ \t]+(?:weeks?|months?|days?)[ \t]+at[ \t]+)?"  # ("spent two weeks at No. 1")
        rf"(?:(?P<tied>tied[ \t]+for|in[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?tie[ \t]+for)[ \t]+|(?:now|still|currently|joint|equal)[ \t]+)?"
        rf"(?:(?P<adj>an?[ \t]+(?-i:[a-z]+))[ \t]+)?"  # "finished a distant fourth"
        rf"(?P<ord>{_ord()}|(?-i:No)\.[ \t]*\d{{1,3}}|(?<=\bat[ \t])number[ \t]+(?:\d{{1,3}}|one)\b)(?P<all>[ \t]+all[ \t-]time)?(?:[ \t]+place)?"
        rf"(?:[ \t]+from[ \t]+(?:{_ord()}|(?-i:No)\.[ \t]*\d{{1,3}})(?:[ \t]+place)?)?"  # "rose to fifth from ninth"
        rf"(?:{_FIELD})?"  # "34th out of 180 countries"
        rf"(?:[ \t]+(?P<prep>in|on|among|at)[ \t]+|[ \t]+(?P<adv>nationally|worldwide|globally)\b|{_WITH_FIGURE}|{_CLOSES})", re.I)


# the field a place is out of: "ranks 34th out of 180 countries", "fifth of the 12 mayors"
_FIELD = (r"(?P<field>[ \t]+(?:out[ \t]+of|of)[ \t]+(?:the[ \t]+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
          r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[ \t]+(?P<fielded>(?-i:[a-z]+)))")
# a place that closes its clause, with no list after it: "finished a distant fourth, failing to",
# "came in second behind X", "slipped to fourth."
_CLOSES = r"(?P<closes>(?=[ \t]*(?:[,;:!]|\.(?!\d)|$)|[ \t]+(?:behind|ahead|with|after)\b))"


# the figure a place was won with, and what it counts: "with 98 seats", "with 41% of the vote"
_WITH_FIGURE = (r"[ \t]+with[ \t]+\d[\d,.]*(?:[ \t]*%|[ \t]+per[ \t]?cent)?[ \t]+(?:of[ \t]+the[ \t]+)?"
                r"(?!per[ \t]?cent\b)(?P<counted>(?-i:[a-z]+))\b")
_LIST_AFTER = re.compile(r"[ \t]+(?:in|on|among|at)[ \t]+")


# two names tied for one place: "The Wolves and the Bears are tied for first" (the second is the subject)
_TIED_PAIR = re.compile(rf"(?:^|[,;:][ \t]+)[ \t\"\u201c]*(?:(?-i:The)[ \t]+)?(?P<first>{_NAME})[ \t]+and[ \t]+(?:the[ \t]+)?{_NAME}"
                        rf"[ \t]+(?:(?:are|were|remain|remained|finished|sit|ended)[ \t]+)?(?:(?:still|now)[ \t]+)?$")
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained"})
# words after "a" before an ordinal that make the ordinal no place ("finished a further fourth" is
# none of them; "came a full second" is a time)
_NOT_PLACE_ADJECTIVES = frozenset({"full", "whole", "mere", "split", "further"})


@lru_cache(maxsize=1)
def _closing_verbs() -> frozenset[str]:
    return frozenset(" ".join(str(w).split()) for w in _vocab()["closing_placing_verbs"])


@lru_cache(maxsize=1)
def _leader_rx() -> re.Pattern[str]:
    v = _vocab()
    return re.compile(rf"\b(?P<verb>is|was|remains|remained|retired[ \t]+as|finished[ \t]+as|became|as)[ \t]+"
                      rf"(?:(?:still|now|also)[ \t]+)?(?P<phrase>the|(?P<owner>(?:the[ \t]+)?{_W})['\u2019]s?)[ \t]+"
                      rf"(?:{_alt(v['all_time_words'])})[ \t]+(?:{_alt(v['list_leaders'])})[ \t]+(?P<prep>in)[ \t]+", re.I)


# a list: up to four words, ending before a time or a clause ("the Northern League this season");
# a figure after a capitalised word is part of its name ("the Global 500 list", "the Hot 100")
_LIST_STOP = r"(?:and|at|in|on|of|with|for|since|by|after|when|but|as)\b"
_LIST = re.compile(rf"(?:the[ \t]+)?(?:(?P<owner>(?:the[ \t]+)?{_W})['\u2019]s?[ \t]+)?"
                   rf"(?P<list>(?!{_LIST_STOP})[a-zA-Z][\w-]*[ \t]*"
                   rf"(?:(?!{_LIST_STOP}|(?:this|last|next|behind|ahead|before|during|over|from|to|than|while|because|despite|so"
                   rf"|released|published|issued|compiled|unveiled|announced|produced|launched|updated)\b)"
                   rf"(?:[a-zA-Z][\w-]*|\d{{1,4}}(?![\d,.]))[ \t]*){{0,3}})", re.I)


def _list_of(text: str, pos: int, hi: int) -> tuple[str, str, int] | None:
    """The list after a place: its words and its owner ("the club's all-time scoring list")."""
    m = _LIST.match(text, pos, hi)
    if not m or re.match(r"\d|(?:19|20)\d\d", m.group("list")):
        return None
    words = m.group("list").split()
    if not words or words[0].lower() in _not_lists():
        return None
    for i, w in enumerate(words):
        if w[0].isdigit() and not words[i - 1][0].isupper():
            words = words[:i]  # a figure after a lower-case word is no part of the list's name
            break
    end = m.start("list") + len(" ".join(words)) if words != m.group("list").split() else pos + len(m.group().rstrip())
    return " ".join(words), (m.group("owner") or "").removeprefix("the ").strip(), end


@lru_cache(maxsize=1)
def _not_lists() -> frozenset[str]:
    return frozenset(str(w) for w in _vocab()["not_lists"])


@lru_cache(maxsize=1)
def _more_places_rx() -> re.Pattern[str]:
    """``and ORD in/on/among`` after a place: "ranks sixth in rebounds and ninth in blocks"."""
    return re.compile(rf"[ \t]+and[ \t]+(?P<ord>{_ord()})[ \t]+(?:in|on|among)[ \t]+", re.I)


def _rule_list_place(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``HOLDER ranks/finished/was ORD [all-time] in/on/among LIST`` ("ranks fourth in rebounds",
    "was second on the club's scoring list"), with more places joined by "and" ("and ninth in
    assists"), or with the figure it was won by ("came second with 98 seats": among seats, unless a
    list is told after it); ``HOLDER is the [OWNER's] all-time leader in LIST``: first on it."""
    out = []
    closing = _closing_verbs()
    for m in _place_rx().finditer(text, lo, hi):
        raw = m.group("ord")
        n = (int(re.sub(r"\D", "", raw) or 1) if raw[:2].lower() in ("no", "nu")  # "No. 3", "number one"
             else _ordinal_value(raw))
        if not n or (n == 1 and m.group("verb").lower() in ("is", "was", "are", "were") and not m.group("tied")):
            continue  # "was first in line": "first" after a copula is as often an adverb
        verb = " ".join(m.group("verb").lower().split())
        if m.group("adj") and (verb in _COPULAS or m.group("adj").split()[-1].lower() in _NOT_PLACE_ADJECTIVES):
            continue  # "is a close second" may be, "was a second cousin" is not: only a verb of placing takes one
        if verb in ("ranked", "rated", "seeded") and m.group("field") is None \
                and re.search(r"\b(?:is|was|are|were|been)[ \t]+$", text[lo:m.start("verb")]):
            continue  # "X is ranked third in the nation": a standing (:func:`_rule_standing`)
        holder = _holder(text, sentences, lo, m.start("verb"))
        if m.group("counted"):  # "came second with 98 seats (in the election)": the list told after, or what the figure counts
            after = _LIST_AFTER.match(text, m.end(), hi)
            got = (after and _list_of(text, after.end(), hi)) or (m.group("counted"), "", m.end())
        elif m.group("adv"):  # "ranks 88th nationally": in the nation's (the world's) table
            got = ("nation" if m.group("adv").lower() == "nationally" else "world", "", m.end())
        elif m.group("closes") is not None:
            # "finished a distant fourth, failing to ...": the place in the contest told of (or
            # among the field it is out of: "came in fifth out of seven candidates")
            if (verb not in closing and not m.group("tied")) \
                    or (m.group("field") is None and n == 1 and verb.startswith("came")):
                continue  # ("it came first": an order of doing)
            got = (m.group("fielded"), "", m.end()) if m.group("field") else ("place", "", m.end())
        else:
            got = _list_of(text, m.end(), hi)
        if holder is None or got is None:
            continue
        lst, owner, end = _in_statistic(text, *got, hi)
        out.append((m.start("verb"), end, n, holder, lst, owner))
        if m.group("tied") and (pair := _TIED_PAIR.search(text, lo, m.start("verb"))) \
                and pair.group("first").split()[0].lower() not in _NOT_HOLDER:
            out.append((pair.start("first"), pair.end("first"), n, pair.group("first"), lst, owner))  # the first of two tied
        while (a := _more_places_rx().match(text, end, hi)) and (got := _list_of(text, a.end(), hi)):
            lst, owner2, end2 = got
            out.append((a.start("ord"), end2, _ordinal_value(a.group("ord")), holder, lst, owner2 or owner))
            end = end2
    for m in _leader_rx().finditer(text, lo, hi):
        holder = _holder(text, sentences, lo, m.start("verb"), opener=m.group("verb").lower().endswith("as"))
        got = _list_of(text, m.end(), hi)
        if holder is None or got is None:
            continue
        lst, _, end = got
        out.append((m.start("phrase"), end, 1, holder, lst,
                    re.sub(r"^the[ \t]+", "", m.group("owner") or "", flags=re.I)))
    return out


@lru_cache(maxsize=1)
def _stat_tables() -> str:
    return _alt(_vocab()["stat_tables"])


_STAT_IN = re.compile(r"[ \t]+in[ \t]+(?!(?:the|a|an|his|her|their|its)\b)")


def _in_statistic(text: str, lst: str, owner: str, end: int, hi: int) -> tuple[str, str, int]:
    """A table and the statistic it is ranked in after it: "fourth in the league in scoring" is a place
    in the league in scoring ("league scoring"), so that "leads the league in assists" is another
    table; a time after it ("in the first half", "in 2023") is none."""
    if not re.fullmatch(rf"(?:{_stat_tables()})", lst, re.I) or not (m := _STAT_IN.match(text, end, hi)):
        return lst, owner, end
    stat = _list_of(text, m.end(), hi)
    if stat is None or stat[1] or stat[0].split()[0].lower() in _not_lists():
        return lst, owner, end
    return f"{lst} {stat[0]}", owner, stat[2]


@lru_cache(maxsize=1)
def _stat_leader_rx() -> tuple[re.Pattern[str], ...]:
    tables, doers = _stat_tables(), _alt(_vocab()["stat_doers"])
    # "leads the league in assists", "led all rookies in sacks" (the statistic with no article)
    leads = re.compile(rf"\b(?P<verb>leads|led|leading|paces|paced|pacing)[ \t]+(?:the[ \t]+|all[ \t]+)?(?P<table>{tables})"
                       rf"(?=[ \t]+in[ \t]+(?!(?:the|a|an|his|her|their|its)\b))", re.I)
    # "the league leader in rebounds", "the conference's leader in steals"
    leader = re.compile(rf"\b(?-i:the)[ \t]+(?P<table>{tables})(?:['\u2019]s)?[ \t]+leader(?=[ \t]+in[ \t]+"
                        rf"(?!(?:the|a|an|his|her|their|its)\b))", re.I)
    # "the league's leading scorer", "the team's second-leading rusher", "the top scorer in the league"
    doer = re.compile(rf"\b(?:(?-i:the)|(?:(?-i:the)[ \t]+)?(?P<owner>{_W})['\u2019]s?)[ \t]+(?:(?P<ord>{_ord()})[ \t]*-[ \t]*)?"
                      rf"(?:leading|top)[ \t]+(?P<doer>{doers})\b(?:[ \t]+(?:in|of)[ \t]+the[ \t]+(?P<table>{tables})\b)?")
    return leads, leader, doer


def _rule_stat_leader(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """A leader of a statistic in a table: "HOLDER leads the league in assists", "HOLDER is the league
    leader in rebounds" (first in the league in it), "HOLDER, the team's second-leading rusher" (second
    in the team in rushing: ``stat_doers``); the holder is the clause's subject, or the name set
    before or after the phrase by a comma."""
    leads, leader, doer = _stat_leader_rx()
    doers = {str(k): str(v) for k, v in _vocab()["stat_doers"].items()}
    out = []
    for m in leads.finditer(text, lo, hi):
        holder = _holder(text, sentences, lo, m.start("verb"))
        lst, _, end = _in_statistic(text, m.group("table").lower(), "", m.end(), hi)
        if holder and end > m.end():
            out.append((m.start("verb"), end, 1, holder, lst, ""))
    for m in leader.finditer(text, lo, hi):
        lst, _, end = _in_statistic(text, m.group("table").lower(), "", m.end(), hi)
        holder = _stat_holder(text, sentences, lo, hi, m.start(), end)
        if holder and end > m.end():
            out.append((m.start(), end, 1, holder, lst, ""))
    for m in doer.finditer(text, lo, hi):
        owner = re.sub(r"['\u2019]s?$", "", m.group("owner") or "")
        table = m.group("table") or (owner if re.fullmatch(rf"(?:{_stat_tables()})", owner, re.I) else "")
        if not table and not owner:
            continue  # "the top scorer" in no table told
        n = _ordinal_value(m.group("ord")) if m.group("ord") else 1
        holder = _stat_holder(text, sentences, lo, hi, m.start(), m.end())
        if n and holder:
            stat = doers[m.group("doer").lower()]
            out.append((m.start(), m.end(), n, holder, f"{table.lower()} {stat}".strip(), "" if table else owner))
    return out


def _stat_holder(text: str, sentences, lo: int, hi: int, start: int, end: int) -> str | None:
    """The holder of a phrase of a place: the subject of a copula before it, or the name set before or
    after it by a comma ("Ruiz, the league's leading scorer,")."""
    holder = None
    if (by := _HELD_BY.search(text, max(lo, start - 40), start)):
        holder = _holder(text, sentences, lo, by.start("verb"))
    elif (name := _NAME_BEFORE_COMMA.search(text, max(lo, start - 80), start)):
        holder = name.group("name")
    elif (name := _NAME_AFTER_COMMA.match(text, end, hi)):
        holder = name.group("name")
    if holder and holder.split()[0].lower() not in _NOT_HOLDER:
        return re.sub(r"^[Tt]he[ \t]+", "", holder)
    return None


@lru_cache(maxsize=1)
def _selection_rx() -> re.Pattern[str]:
    v = _vocab()
    nouns = _alt(v["selection_nouns"])
    return re.compile(
        rf"(?:\b(?P<ord>{_ord()})|\bNo\.[ \t]*(?P<num>\d{{1,3}}))(?:[ \t]*-[ \t]*(?P<round>round)|[ \t]+(?P<overall>overall)|(?P<bare>))"
        rf"[ \t]+(?P<draft>(?:draft|draft-day)[ \t]+)?(?P<noun>{nouns})\b", re.I)


# a draft told after a pick: "the No. 2 pick in the 2010 draft", "the first pick of the NBA draft"
_IN_DRAFT = re.compile(r"[ \t]+(?:in|of)[ \t]+the[ \t]+(?:\d{4}[ \t]+)?(?:[\w-]+[ \t]+){0,2}?draft\b", re.I)


_DRAFTED_IN = re.compile(r"\b(?P<verb>selected|drafted|taken|picked)[ \t]+in[ \t]+the[ \t]+(?P<ord>[a-z]+|\d{1,3}(?:st|nd|rd|th))"
                         r"[ \t]+round\b(?![ \t]+(?:of[ \t]+)?(?:talks|voting|votes|cuts|layoffs|sanctions|fighting|play|playoffs))", re.I)


def _rule_selection(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``ORD overall pick``, ``No. N [overall] pick``, ``ORD pick in the draft``, ``ORD-round [draft] choice``: a place in a
    draft, held by the clause's subject ("Ruiz was a second-round pick"); ``was selected/drafted
    in the ORD round``: a round pick too."""
    out = []
    for m in _DRAFTED_IN.finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord"))
        aux = re.search(r"\b(?:was|were|is|been|be)[ \t]+(?:(?-i:[a-z]+ly)[ \t]+)?$", text[lo:m.start()], re.I)
        holder = _holder(text, sentences, lo, lo + aux.start()) if aux else None
        if n and holder is not None:
            out.append((m.start(), m.end(), n, holder, "round pick", ""))
    for m in _selection_rx().finditer(text, lo, hi):
        if m.group("bare") is not None and not (m.group("draft") or _IN_DRAFT.match(text, m.end(), hi)
                                                or (m.group("num") and m.group("noun").lower() == "pick")):
            continue  # "the No. 2 pick", "the first pick in the draft" are overall picks; "the second choice" none
        n = _ordinal_value(m.group("ord")) if m.group("ord") else int(m.group("num"))
        cop = re.search(r"\b(?:was|is|were|became|as|by|selected|drafted|taken|picked)\b", text[lo:m.start()])
        holder = _holder(text, sentences, lo, lo + cop.start()) if cop else None
        if holder is None and (name := _NAME_BEFORE_COMMA.search(text, max(lo, m.start() - 80), m.start())):
            holder = name.group("name")  # "Dale, the No. 2 pick in the 2010 draft, signed"
        if not n or holder is None:
            continue
        out.append((m.start(), m.end(), n, holder, "round pick" if m.group("round") else "overall pick", ""))
    return out


# verbs of an event in the past tense that do not end in -ed or -en ("won the title for the fourth time")
_IRREGULAR_EVENTS = "won|lost|beat|took|broke|led|held|made|set|met|drew"
_REPEAT = re.compile(r"\bfor[ \t]+the[ \t]+(?P<ord>[a-z]+|\d{1,3}(?:st|nd|rd|th))[ \t]+time\b"
                     r"|\b(?:for|in|on)[ \t]+(?:a|the|its|their|his|her)[ \t]+(?P<ord2>[a-z]+|\d{1,3}(?:st|nd|rd|th))[ \t]+"
                     r"(?:straight|consecutive|successive)[ \t]+(?-i:[a-z]+)\b", re.I)
_EVENT_AFTER = re.compile(
    rf"^[^,;]{{0,60}},[ \t]+(?P<subject>(?:(?:a|an|the)[ \t]+)?(?:{_W}[ \t]+){{0,5}}?{_W})[ \t]+"
    rf"(?:(?:was|were|has[ \t]+been|had[ \t]+been|got|is|are)[ \t]+)?(?P<event>(?-i:[a-z]+ed|[a-z]+en))\b")
# a time that may open the sentence before "for the Nth time, X was ...": "Sunday,", "On Monday
# night,", "Earlier this week,"
_DAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
_DAY_PART = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
_TIME_OPENER = re.compile(
    r"[ \t\"\u201c]*(?:(?:on|late|early|earlier|later|last|this|by)[ \t]+)*(?:(?:this|last)[ \t]+)?"
    rf"(?:{_DAY}|tonight|week|month|year|weekend){_DAY_PART}[ \t]*,[ \t]*", re.I)
_EVENT_BEFORE = re.compile(
    rf"(?P<subject>(?-i:[A-Z]){_W}(?:[ \t]+{_W}){{0,3}}?)[ \t]+(?:(?:was|were|has[ \t]+been|had[ \t]+been|got|is|are|has|had)[ \t]+)?"
    rf"(?P<event>(?-i:[a-z]+ed|[a-z]+en|{_IRREGULAR_EVENTS}))\b[^,;.]{{0,80}}$")


# a first set against a span of history: "for the first time in its history", "... since 1991", "... ever"
_FIRST_RECORD = re.compile(r"[ \t]+(?:ever\b|since\b|in[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?history\b)", re.I)


def _rule_repetition(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``X was VERBed ... for the ORD time`` and ``[TIME,] For the ORD time ..., X was VERBed`` (a time
    may open the sentence: "Sunday, for the second time ..."): the event's
    place among its occurrences; so is ``X VERBed ... for a ORD straight/consecutive day``. "For
    the first time" marks what is new and counts nothing."""
    out = []
    for m in _REPEAT.finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord") or m.group("ord2"))
        if not n or (n < 2 and not _FIRST_RECORD.match(text, m.end(), hi)):
            continue  # "for the first time" marks what is new; "for the first time in its history" a record
        opens = not text[lo:m.start()].strip() or _TIME_OPENER.fullmatch(text, lo, m.start())
        after = _EVENT_AFTER.match(text[m.end():hi]) if opens else None
        before = None if after else _EVENT_BEFORE.search(text, max(lo, m.start() - 160), m.start())
        ev = after or before
        if ev is None:
            continue
        subject = ev.group("subject")
        event = ev.group("event")
        if m.group("ord2") and before:  # "X, angered by Y, poured into the streets for a third straight night"
            event = re.findall(r"\b(?-i:[a-z]+ed)\b", text[before.start("event"):m.start()])[-1:] or [event]
            event = event[0]
        if subject.split()[0].lower() in _NOT_HOLDER - {"a", "an", "the"} or subject.lower() in _PRONOUNS:
            continue
        subject = re.sub(r"^(?:a|an|the)[ \t]+", "", subject, flags=re.I)
        subject = _SUBJECT_TIME.sub("", subject)  # "the Indian Navy on Saturday foiled": the navy
        out.append((m.start(), m.end(), n, subject, event, ""))
    return out


# a time told between the subject and its verb: no part of the subject
_SUBJECT_TIME = re.compile(rf"[ \t]+(?:on[ \t]+)?(?:(?:last|this|early|late)[ \t]+)?(?:{_DAY}|week|weekend){_DAY_PART}$",
                           re.I)


_STREET = re.compile(r"[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Square|Place|Court|Way)\b")


_STANDINGS = {"seeded": "seed", "placed": "place", "place": "place"}  # what a standing is by its word (else a ranking)


@lru_cache(maxsize=1)
def _standing_rx() -> tuple[re.Pattern[str], ...]:
    # a standing: "No. 3", "#3", "the number 3"; an ordinal; "top"
    number = rf"(?:(?-i:No)\.[ \t]*|#[ \t]*|(?:(?<=\bthe[ \t])|(?<=\ba[ \t]))number[ \t]+)(?P<num>\d{{1,3}})"
    place = rf"(?:{number}|(?P<ord>{_ord()})|(?P<top>top))"
    # before a name: "No. 3 Duke", "fifth-ranked Kansas", "top-seeded Ruiz", "the No. 2-seeded Hawks",
    # "the second-placed Mariners"
    before_name = re.compile(
        rf"\b{place}(?:[ \t]*-[ \t]*(?P<word>ranked|seeded|rated|placed|place)|(?(num)|(?!)))[ \t]+(?P<name>{_NAME})", re.I)
    # a seed held: "the No. 1 seed", "the third seed", "the top seed in the West"
    seed = re.compile(rf"\b(?:the|a|an|(?P<owner>{_W})['\u2019]s?)[ \t]+{place}(?:[ \t]+overall)?[ \t]+(?P<what>seed)\b"
                      rf"(?:[ \t]+in[ \t]+the[ \t]+(?P<scope>{_NAME}))?", re.I)
    # a standing told after the holder: "Duke, ranked No. 3, lost", "Kansas is ranked No. 5"
    # ("ranked 34th out of 180 countries in the index" is a place in that list: :func:`_rule_list_place`)
    ranked = re.compile(rf"\b(?P<word>ranked|seeded|rated)[ \t]+(?:{number}|(?P<ord>{_ord()}))\b"
                        rf"(?!{_FIELD})(?P<top>)(?:[ \t]+(?:in|on|among)[ \t]+(?P<list>))?", re.I)
    # a standing given with an active verb: "the committee seeded Tomas Reyes fourth"
    given = re.compile(rf"\b(?P<word>ranked|seeded|rated)[ \t]+(?P<name>{_NAME})[ \t]+(?:{number}|(?P<ord>{_ord()}))\b(?P<top>)", re.I)
    return before_name, seed, ranked, given


@lru_cache(maxsize=1)
def _place_in_table_rx() -> tuple[re.Pattern[str], ...]:
    # "the Hawks are in first place in the West", "moved into second place"
    table = re.compile(
        rf"\b(?P<verb>is|are|was|were|remains|remained|moved|climbed|jumped|fell|dropped|slipped|sits|sat|"
        rf"stands|stood|finished|ended|stayed|remain|stay|came(?:[ \t]+home)?|comes(?:[ \t]+home)?|crossed[ \t]+the[ \t]+line|"
        rf"crosses[ \t]+the[ \t]+line|settled|settles)[ \t]+(?:(?:still|now|alone|back)[ \t]+)?"  # "came home in second place"
        rf"(?:in|into|to|for)[ \t]+(?:sole[ \t]+)?(?P<ord>{_ord()})[ \t]+place\b"
        rf"(?:[ \t]+in[ \t]+the[ \t]+(?P<scope>{_NAME}))?", re.I)
    # "won their third straight game", "lost a fourth consecutive match"
    streak = re.compile(
        rf"\b(?P<verb>(?-i:[a-z]+ed)|won|lost|beat|took|had|made)[ \t]+(?:their|its|his|her|a|the)[ \t]+"
        rf"(?P<ord>{_ord()})[ \t]+(?:straight|consecutive|successive)[ \t]+(?P<noun>(?-i:[a-z]+))\b", re.I)
    # "Kansas is the top-ranked team in the country", "the third-seeded player"
    ranked_noun = re.compile(
        rf"\b(?P<verb>is|are|was|were|remains|remained|became|as)[ \t]+(?:the|a|(?:the[ \t]+)?(?P<owner>{_W})['\u2019]s?)[ \t]+"  # "the world's top-ranked player"
        rf"(?:(?:No\.|#)[ \t]*(?P<num>\d{{1,3}})|(?P<ord>{_ord()})|(?P<top>top))[ \t]*-[ \t]*(?P<word>ranked|seeded|rated)[ \t]+"
        rf"(?P<noun>(?-i:[a-z]+))\b(?:[ \t]+in[ \t]+the[ \t]+(?P<scope>(?-i:[a-z]+)|{_NAME}))?", re.I)
    # "Rivera claimed first place", "took the runner-up spot": a place won
    won = re.compile(
        rf"\b(?P<verb>claimed|claims|took|takes|secured|secures|won|wins|clinched|clinches|grabbed|earned|captured|posted|recorded|achieved"
        rf"|holds|held|regained|regains|reclaimed|reclaims|retained|retains|kept|keeps)[ \t]+"  # "regained the top spot", "holds the No. 1 ranking"
        rf"(?:the[ \t]+|(?:a|an|his|her|their|its)[ \t]+(?=[\w-]+[ \t]*-[ \t]*place[ \t]+finish))?"  # "earned a fourth-place finish"
        rf"(?:(?P<ord>{_ord()}|top|(?-i:No)\.[ \t]*\d{{1,3}})(?:[ \t]+(?:place|spot|position|ranking)|[ \t]*-[ \t]*place[ \t]+finish)"
        rf"|(?P<ru>runner-up)(?:[ \t]+(?:spot|place|position))?)\b"
        rf"(?:[ \t]+in[ \t]+the[ \t]+(?P<scope>{_NAME}))?", re.I)
    # "The Greens were the runner-up", "ended last season as runners-up": second place
    runner_up = re.compile(
        r"\b(?P<verb>is|are|was|were|remains|remained|became|finished|finish|ended|end|came|come)[ \t]+"
        r"(?:(?:the|last|this)[ \t]+(?:season|year|campaign|tournament|race|contest)[ \t]+)?(?:as[ \t]+)?(?:the[ \t]+)?"
        r"runners?[ \t]*-[ \t]*up\b(?![ \t]*-|[ \t]+(?:spot|place|position|prize|finish))", re.I)
    return table, streak, ranked_noun, won, runner_up


@lru_cache(maxsize=1)
def _named_place_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "..., with Petra Nowak in third": a name given a place in a clause of "with" and no verb
    with_in = re.compile(rf"\bwith[ \t]+(?P<name>{_NAME})[ \t]+in[ \t]+(?P<ord>{_ord()})(?:[ \t]+place)?"
                         rf"(?=[ \t]*(?:[,;]|\.(?!\d)|$))", re.I)
    # "Third place went to Samuel Otieno": the name the place went to
    went_to = re.compile(rf"\b(?P<ord>{_ord()})[ \t]+(?:place|spot)[ \t]+(?:went|goes|has[ \t]+gone)[ \t]+to[ \t]+"
                         rf"(?:the[ \t]+)?(?P<name>{_NAME})", re.I)
    # "The Hawks, in third place, beat ...": a place set after a name between commas
    apposed = re.compile(rf"(?P<name>{_NAME}),[ \t]+(?:(?:now|currently|still)[ \t]+)?in[ \t]+(?P<ord>{_ord()})[ \t]+place[ \t]*,", re.I)
    # "Runner-up Ivo Tamm praised the winner": second, before the name
    runner_up = re.compile(rf"\b(?-i:[Rr])unner[ \t]*-[ \t]*up[ \t]+(?P<name>{_NAME})(?P<ord>)")
    return with_in, went_to, apposed, runner_up


def _rule_named_place(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """A place given to a name with no verb of its own: "Lind was second, with Petra Nowak in
    third", "Third place went to Samuel Otieno", "The Hawks, in third place, beat ...", "Runner-up
    Ivo Tamm" (second)."""
    out = []
    for rx in _named_place_rx():
        for m in rx.finditer(text, lo, hi):
            n, name = _ordinal_value(m.group("ord")) if m.group("ord") else 2, re.sub(r"^(?-i:The)[ \t]+", "", m.group("name"))
            if n and name.split()[0].lower() not in _NOT_HOLDER | _TIME_NAMES:
                out.append((m.start(), m.end(), n, name, "place", ""))
    return out


@lru_cache(maxsize=1)
def _topped_rx() -> re.Pattern[str]:
    """``topped/tops the [OWNER's] [WORDS] LIST``: "topped the poll", "tops the Premier League table";
    ``sits atop / is top of the LIST`` ("the Hawks sit atop the standings", "finished top of the
    table"); ``leads the LIST`` of a table (``led_tables``: "leads the standings"; "led the survey"
    is no place)."""
    v = _vocab()
    return re.compile(
        rf"\b(?P<verb>topped|tops|top|topping"
        rf"|(?:sits?|sat|is|are|was|were|remains?|remained|stays?|stayed|finished|ended|moved|climbed|went|rose)[ \t]+(?:atop|top[ \t]+of)"
        rf"|(?=(?:leads?|led|leading)[ \t]+the[ \t]+(?:[\w-]+['\u2019]s?[ \t]+)?(?:(?:[A-Z][\w-]*|(?-i:[a-z][\w-]*))[ \t]+){{0,2}}?(?:{_alt(v['led_tables'])})\b)"
        rf"(?:leads?|led|leading))"
        rf"[ \t]+(?:the[ \t]+)?(?:(?P<owner>{_W})['\u2019]s?[ \t]+)?"
        rf"(?P<list>(?:(?:[A-Z][\w-]*|(?-i:[a-z][\w-]*))[ \t]+){{0,3}}?(?:{_alt(v['topped_lists'])}))\b", re.I)


@lru_cache(maxsize=1)
def _term_rx() -> re.Pattern[str]:
    v = _vocab()
    return re.compile(
        rf"\b(?P<verb>{_alt(v['term_verbs'])})[ \t]+(?:(?:to|for|in)[ \t]+)?(?:a|an)[ \t]+(?P<ord>{_ord()})[ \t]+"
        rf"(?:(?:straight|consecutive|successive|full|(?-i:[a-z]+)-year)[ \t]+)?(?P<noun>{_alt(v['term_nouns'])})\b"
        rf"(?![ \t-]+(?!(?:as|in|at|on|with|after|and|but|while|when|since|for|to|by|from|this|last|next|until|"
        rf"despite|which|that|amid|starting|beginning|behind|ahead)\b)(?-i:[a-z]))", re.I)  # ("a third term sheet", "term of funding")


def _rule_term(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``HOLDER won/sought/was re-elected for a ORD [consecutive] term``: the holder's place among its
    terms of office ("Ruud was re-elected for a third term", "Voss is seeking a fourth consecutive
    term"); a term the clause's subject names by a common noun, or one with a noun after it ("a
    third term sheet"), is none."""
    out = []
    for m in _term_rx().finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord"))
        holder = _holder(text, sentences, lo, m.start("verb"))
        if n and holder:
            out.append((m.start("verb"), m.end(), n, holder, m.group("noun").lower(), ""))
    return out


def _rule_topped(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``HOLDER topped the LIST``: first on a poll, a table, a chart or an index ("Ruiz topped the
    poll", "Vesta tops the happiness index"); what tops a figure ("sales topped the 2019 peak") or
    a bill is no list."""
    out = []
    for m in _topped_rx().finditer(text, lo, hi):
        holder = _holder(text, sentences, lo, m.start("verb"))
        if holder:
            owner = re.sub(r"^the[ \t]+", "", m.group("owner") or "", flags=re.I)
            out.append((m.start("verb"), m.end(), 1, holder, m.group("list"), owner))
    return out


def _rule_table(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """A place in a table, a streak and a ranked noun: "the Hawks are in first place in the West",
    "the Greens were the runner-up" (second, in the list told after it),
    "Riverton won their third straight game" (a place among the wins, as "for a third straight
    night" is), "Lakeside is the top-ranked team in the country". The clause's subject holds it."""
    table, streak, ranked_noun, won, runner_up = _place_in_table_rx()
    out = []
    for m in runner_up.finditer(text, lo, hi):
        holder = _holder(text, sentences, lo, m.start("verb"))
        after = _LIST_AFTER.match(text, m.end(), hi)
        lst, owner, end = (after and _list_of(text, after.end(), hi)) or ("place", "", m.end())
        if holder:
            out.append((m.start("verb"), end, 2, holder, lst, owner))
    for m in won.finditer(text, lo, hi):
        raw = (m.group("ord") or "").lower()
        n = 2 if m.group("ru") else 1 if raw == "top" else int(raw[3:].strip()) if raw.startswith("no") else _ordinal_value(raw)
        holder = _holder(text, sentences, lo, m.start("verb"))
        if n and holder:
            out.append((m.start("verb"), m.end(), n, holder, "place", m.group("scope") or ""))
    for m in table.finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord"))
        holder = _holder(text, sentences, lo, m.start("verb"))
        if n and holder:
            out.append((m.start("verb"), m.end(), n, holder, "place", m.group("scope") or ""))
    for m in streak.finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord"))
        holder = _holder(text, sentences, lo, m.start("verb"))
        if n and n > 1 and holder:
            out.append((m.start("verb"), m.end(), n, holder, f"straight {m.group('noun')}", ""))
    for m in ranked_noun.finditer(text, lo, hi):
        n = _standing_value(m)
        holder = _holder(text, sentences, lo, m.start("verb"))
        if n and holder:
            what = _STANDINGS.get(m.group("word").lower(), "ranking")
            out.append((m.start("verb"), m.end(), n, holder, what, m.group("scope") or m.group("owner") or ""))
    return out


def _standing_value(m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    if m.group("ord"):
        return _ordinal_value(m.group("ord"))
    return 1 if m.group("top") else None


_HELD_BY = re.compile(r"\b(?P<verb>is|was|are|were|be|been|became|remains|remained|as|earned|earns|got|gets|received|clinched|"
                      r"clinches|secured|secures|claimed|claims|locked[ \t]+up|grabbed|took|takes|holds|held)[ \t]+$", re.I)
_NAME_BEFORE_COMMA = re.compile(rf"(?P<name>{_NAME}),[ \t]+(?:the[ \t]+)?$")
# a name set after a standing by commas: "the eighth seed, Ottilie Brandt, ..."
_NAME_AFTER_COMMA = re.compile(rf",[ \t]+(?P<name>{_NAME})(?=[ \t]*(?:[,;]|\.(?!\d)|$))")
# ... or right after it, as a title before a name: "beat the No. 1 seed Tomas Lind by 41 seconds"
_NAME_AFTER_SEED = re.compile(rf"[ \t]+(?P<name>{_NAME})")
_TIME_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# a place in the world ranking: "the world No. 4", "the world number one" (the article before it
# is its own: "World No. 4 Jonah Pell" is a standing before a name)
_WORLD_NUMBER = re.compile(r"\b(?-i:the)[ \t]+(?:world|World)[ \t]+(?:(?-i:No)\.[ \t]*|[Nn]umber[ \t]+|#[ \t]*)"
                           r"(?P<num>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![ \t]*-)", re.I)


def _rule_standing(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """A standing in a ranking or a seeding: "No. 3 Duke", "fifth-ranked Kansas", "top-seeded
    Ruiz" (the name after it holds it); "the Hawks clinched the No. 1 seed in the West", "Ruiz,
    the top seed," (the clause's subject, or the name set before it); "Duke, ranked No. 3, lost",
    "Kansas is ranked fifth"; "seeded Tomas Reyes fourth" (the object holds it). A street number ("No. 10 Downing Street") is none."""
    before_name, seed, ranked, given = _standing_rx()
    out = []
    for m in given.finditer(text, lo, hi):
        n = _standing_value(m)
        if n and m.group("name").split()[0].lower() not in _NOT_HOLDER:
            out.append((m.start(), m.end(), n, m.group("name"), _STANDINGS.get(m.group("word").lower(), "ranking"), ""))
    for m in before_name.finditer(text, lo, hi):
        n, name = _standing_value(m), m.group("name")
        if not n or _STREET.match(text, m.end()) or _STREET.search(" " + name) or name.split()[0].lower() in _NOT_HOLDER:
            continue  # "No. 10 Downing Street": an address
        what = _STANDINGS.get((m.group("word") or "").lower(), "ranking")
        out.append((m.start(), m.end(), n, name, what, ""))
    for m in seed.finditer(text, lo, hi):
        n = _standing_value(m)
        if not n:
            continue
        start = m.start("owner") if m.group("owner") else m.start()
        holder = None
        if (by := _HELD_BY.search(text, max(lo, start - 40), start)):
            holder = _holder(text, sentences, lo, by.start("verb"))
        elif (name := _NAME_BEFORE_COMMA.search(text, max(lo, m.start() - 80), m.start())):
            holder = name.group("name")
        elif (name := _NAME_AFTER_COMMA.match(text, m.end(), hi) or _NAME_AFTER_SEED.match(text, m.end(), hi)):
            holder = name.group("name")  # "beat the eighth seed, Ottilie Brandt, in", "the No. 1 seed Tomas Lind"
        if holder is None or holder.split()[0].lower() in _TIME_NAMES:
            continue
        owner = m.group("owner") if m.group("owner") and m.group("owner").lower() not in _NOT_HOLDER else ""
        out.append((m.start(), m.end(), n, holder, "seed", m.group("scope") or owner))
    for m in _WORLD_NUMBER.finditer(text, lo, hi):
        # "Pell, the world No. 4, lost", "Pell is the world number one", "the world No. 1, Ana Ruiz,"
        raw = m.group("num").lower()
        n = int(raw) if raw.isdigit() else _CARDINALS.index(raw) + 1
        holder = None
        if (name := _NAME_BEFORE_COMMA.search(text, max(lo, m.start() - 80), m.start())):
            holder = name.group("name")
        elif (by := _HELD_BY.search(text, max(lo, m.start() - 40), m.start())):
            holder = _holder(text, sentences, lo, by.start("verb"))
        elif (name := _NAME_AFTER_COMMA.match(text, m.end(), hi)):
            holder = name.group("name")
        if n and holder and holder.split()[0].lower() not in _NOT_HOLDER:
            out.append((m.start(), m.end(), n, holder, "ranking", "world"))
    for m in ranked.finditer(text, lo, hi):
        n = _standing_value(m)
        if not n:
            continue
        holder, what, end, owner = None, _STANDINGS.get(m.group("word").lower(), "ranking"), m.end(), ""
        if m.group("list") is not None:  # "ranked No. 4 in the nation": the ranking's scope
            got = _list_of(text, m.end(), hi)
            if got is None:
                continue
            owner, _, end = got
        if (name := _NAME_BEFORE_COMMA.search(text, max(lo, m.start() - 80), m.start())):
            holder = name.group("name")
        elif (cop := re.search(r"\b(?P<verb>is|was|are|were|be|been)[ \t]+(?:(?:now|still|currently)[ \t]+)?$",
                               text[max(lo, m.start() - 30):m.start()], re.I)):
            holder = _holder(text, sentences, lo, max(lo, m.start() - 30) + cop.start("verb"))
        if holder is None or holder.split()[0].lower() in _NOT_HOLDER:
            continue
        out.append((m.start(), end, n, holder, what, owner))
    return out


# the words that say a person ranks among the officials of a body: "the No. 2 official",
# "second-in-command", "the third-ranking Republican", "the second-highest official"
_RANKED_PERSONS = r"(?:official|officer|executive|leader|man|woman|person|figure|member|commander|deputy|[A-Z][a-z]+)"


@lru_cache(maxsize=1)
def _rank_in_body_rx() -> re.Pattern[str]:
    numbered = rf"(?:(?-i:No)\.[ \t]*|(?<=\bthe[ \t])number[ \t]+)(?P<num>\d|two|three|four|five)[ \t]+(?P<noun>(?-i:{_RANKED_PERSONS}))\b"
    ordinal = rf"(?P<ord>{_ord()})[ \t]*-[ \t]*(?:in[ \t]*-[ \t]*command\b|(?:highest[ \t-]+)?ranking[ \t]+(?P<noun2>(?-i:{_RANKED_PERSONS}))\b" \
              rf"|highest[ \t]+(?P<noun3>(?-i:{_RANKED_PERSONS}))\b)"
    return re.compile(rf"\b(?:(?P<owner>(?-i:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){{0,3}}))[ \t]+)?(?:{numbered}|{ordinal})", re.I)


_BODY_AFTER = re.compile(rf"[ \t]+(?:at|in|of)[ \t]+(?:the[ \t]+)?(?P<body>{_NAME})")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_WHO_WAS = re.compile(rf"(?P<name>{_NAME}),[ \t]+who[ \t]+(?:is|was|became|remains|remained|had[ \t]+been)[ \t]+$")


def _rule_rank_in_body(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """A person's rank among a body's officials: "Felt, the No. 2 official at the FBI", "the former
    FBI second-in-command", "He is the third-ranking Republican in the Senate" (the name set before
    it, or the clause's subject, holds it; the body before or after it owns the ranking)."""
    out = []
    for m in _rank_in_body_rx().finditer(text, lo, hi):
        raw = m.group("num")
        n = (int(raw) if raw.isdigit() else _NUMBER_WORDS[raw.lower()]) if raw else _ordinal_value(m.group("ord"))
        if not n or n > 5:
            continue
        start = m.start("owner") if m.group("owner") else m.start() if raw else m.start("ord")
        owner = m.group("owner") or ""
        if owner.lower() in _NOT_HOLDER or owner.lower() in ("former", "then"):
            owner = ""
        end = m.end()
        if not owner and (body := _BODY_AFTER.match(text, end, hi)):
            owner, end = body.group("body"), body.end()
        before = re.search(r"\b(?:the|a|its|his|her|their)[ \t]+(?:(?:former|then|longtime|onetime)[ \t]+)?$",
                           text[max(lo, start - 30):start], re.I)
        at = max(lo, start - 30) + before.start() if before else start
        holder = None
        if (name := _NAME_BEFORE_COMMA.search(text, max(lo, at - 80), at)):
            holder = name.group("name")
        elif (who := _WHO_WAS.search(text, max(lo, at - 100), at)):
            holder = who.group("name")  # "W. Mark Felt, who was the No. 2 official"
        elif (by := _HELD_BY.search(text, max(lo, at - 40), at)):
            holder = _holder(text, sentences, lo, by.start("verb"))
        if holder is None or holder.split()[0].lower() in _NOT_HOLDER:
            continue
        noun = m.group("noun") or m.group("noun2") or m.group("noun3") or "command"
        out.append((start, end, n, holder, "rank", owner if not noun[:1].isupper() else noun))
    return out


@lru_cache(maxsize=1)
def _occurrence_rx() -> re.Pattern[str]:
    return re.compile(rf"\b(?:a|an|the)[ \t]+(?P<ord>{_ord()})(?:[ \t]+and[ \t]+(?:final|last))?"
                      rf"[ \t]+(?P<noun>(?-i:[a-z]+(?:-[a-z]+)*))(?![\w-])"
                      rf"(?:[ \t]+(?P<noun2>(?-i:[a-z]+))\b)?", re.I)


def _rule_occurrence(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """An event told as one of a series by an ordinal: "a second protest the next night", "A sixth
    trial is under way", "the third and final vote", "a second no-confidence vote" (the event noun
    ranked among its occurrences, as "for the second time" ranks a verb's). A thing or a person ("a
    third client") is no occurrence."""
    v = event_vocab()
    out = []
    for m in _occurrence_rx().finditer(text, lo, hi):
        n = _ordinal_value(m.group("ord"))
        noun, end = m.group("noun").lower(), m.end("noun")
        if _NOUN_STOP.fullmatch(noun):
            continue  # "added the third in stoppage time": an ordinal before a preposition
        if not (noun in v.nouns or noun in v.event_nouns) and m.group("noun2"):
            noun, end = m.group("noun2").lower(), m.end("noun2")  # "a third successive strike"
        if not n or n < 2 or not (noun in v.nouns or noun in v.event_nouns):
            continue
        out.append((m.start(), end, n, noun, "occurrence", ""))
    return out


@lru_cache(maxsize=1)
def _respectively_rx() -> re.Pattern[str]:
    """``A, B and C ranked first, second and fifth (respectively) in LIST``: one place for each name."""
    return re.compile(
        rf"(?P<names>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})[ \t]+(?:(?:were|are)[ \t]+)?"
        rf"(?:ranked|finished|placed|came|ended|rank|finish|place|come)[ \t]+"
        rf"(?P<ords>{_ord()}(?:,[ \t]+{_ord()})*,?[ \t]+and[ \t]+{_ord()}),?[ \t]+"
        rf"(?P<resp>respectively,?[ \t]+)?(?:in|on|among|at)[ \t]+", re.I)


_LIST_SPLIT = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def _rule_respectively(text: str, lo: int, hi: int, sentences) -> list[tuple[int, int, int, str, str, str]]:
    """``A, B and C ranked first, second and fifth respectively in LIST`` (or with "respectively"
    after the list): each name holds the place told in its turn."""
    out = []
    for m in _respectively_rx().finditer(text, lo, hi):
        got = _list_of(text, m.end(), hi)
        if got is None:
            continue
        lst, owner, end = got
        if not m.group("resp") and not re.match(r",?[ \t]+respectively\b", text[end:hi], re.I):
            continue  # without "respectively" the places may be shared ("A and B finished first and second")
        names = [n for n in _LIST_SPLIT.split(m.group("names")) if n]
        ords = [(o.start(), o.end(), _ordinal_value(o.group())) for o in re.finditer(_ord(), m.group("ords"), re.I)]
        if len(names) != len(ords) or not all(n for _, _, n in ords):
            continue
        base = m.start("ords")
        out.extend((base + a, base + b, n, name, lst, owner) for name, (a, b, n) in zip(names, ords))
    return out


_RULES = (_rule_floor, _rule_respectively, _rule_list_place, _rule_stat_leader, _rule_selection, _rule_repetition, _rule_standing,
          _rule_table, _rule_named_place, _rule_topped, _rule_term, _rule_occurrence, _rule_rank_in_body)


# ---------------------------------------------------------------- the driver

def extract_places(article: Article, settings: Settings) -> list[Claim]:
    """Rank claims of ordinal places (floors, places in a list or a draft, repeated events)."""
    text = article.text
    sentences = sentence_index(text)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for lo, hi in sentences.spans:
        if hi <= article.body_start:
            continue
        lo = max(lo, article.body_start)
        for rule in _RULES:
            for start, end, n, holder, what, owner in rule(text, lo, hi, sentences):
                if (start, end) in seen or article.in_furniture(start):
                    continue
                seen.add((start, end))
                claims.append(_claim(article, sentences, start, end, n, holder, what, owner))
    return claims


def _claim(article: Article, sentences, start: int, end: int, n: int, holder: str, what: str, owner: str) -> Claim:
    text = article.text
    s_start, s_end = sentences.around(start)
    holder = " ".join(holder.replace("\u2019", "'").split())
    owner = owner.replace("\u2019", "'")
    subject = f"{holder} ({what}" + (f", {owner})" if owner else ")")
    key = " ".join([*sorted(set(key_tokens(holder))), *key_tokens(what)]) or fold(holder)
    return Claim(id="", source=article.source.id, kind=Kind.RANK, subject=subject,
                 key=f"{key}|{' '.join(sorted(set(key_tokens(owner))))}", value=n, low=float(n), high=float(n),
                 text=text[start:end], quote=quote_of(text, s_start, s_end, start, end), span=(start, end))
