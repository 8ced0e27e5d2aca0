"""Tallies: two figures joined by a dash that count two sides -- a rule of its own.

A tally states two quantities in one breath, and its words say which two:

- a **score**: "an 88-72 loss", "a 2-0 win", "won 3-1", "beat Riverton 21-14": the winner's score
  (the greater figure) and the loser's;
- a **vote**: "voted 7-2", "voting 31 to 24", "a 5-4 ruling", "by a 52-48 margin", "passed the
  bill 244 to 188", "passed the disputed Harbour Dues Bill 140-96" (an object of up to four words
  after its article), "by a vote of 60 to 39": the votes of the majority (the first figure) and of
  the minority ("N to M" only after a verb of voting or scoring, or "a vote of": elsewhere it is a
  range); told in words too, "voted seven to four", "carried by 212 votes to 190" ("by N votes to
  M" whatever comes between it and its verb: "approved the levy on Monday by 301 votes to 122";
  "from 300 votes to 450" is no tally), "seven in favour and four against" (the greater side is
  the majority). A figure a tally reads gives no count of its own.

A win-loss record ("a 9-14 start", "the Hawks (9-14)") is no claim: it is restated as every game
changes it, and readers of the labelled stories mostly do not count it. Any other pair of figures
joined by a dash is left to the other rules: a range ("10-15 people"), years ("the 2007-08
season", "1999-2003"), a date ("01-10"), or a tally of three ("10-5-3"). A tied score ("drew
1-1") names no winner and gives nothing. A comma after a tally ends it ("passed the bill 212-187,
with 14 abstentions"); one before a digit goes on the figure ("187,000"). Corpus:
``tests/corpus/counts/tallies.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Article, Claim
from ..settings import Settings
from .numbers import Figure, parse_number_words, vocabulary
from .quantity import body_matches, key_of, make_claim

_DASH = r"[ \t]?[-\u2013\u2014][ \t]?"
_TALLY = re.compile(rf"(?<![\w.,/:\u2013\u2014-])(?P<a>\d{{1,3}})(?:{_DASH}|(?P<to>[ \t]+to[ \t]+))(?P<b>\d{{1,3}})"
                    rf"(?![\w/:%\u00B0]|[.,]\w|{_DASH}\d)")

# a record's noun: a tally before it is a record, no score ("a 9-14 start")
_RECORD_NOUNS = r"records?|marks?|starts?|season|finish|campaign|run|stretch|slate"
_SCORE_NOUNS = (r"wins?|victory|victories|loss|losses|defeats?|setbacks?|routs?|triumphs?|drubbing|thrashing|"
                r"shutout|upsets?|blowout|comeback")
_VOTE_NOUNS = r"votes?|ruling|decision|majority|margin|verdict|split|tally"
# a noun after the tally, with up to two words before it ("an 88-72 road loss", "a disappointing
# 9-14 start" has its adjective before the tally)
_NOUN_AFTER = re.compile(rf"(?:[ \t]+(?-i:[a-z][\w-]*)){{0,2}}?[ \t]+(?:(?P<record>{_RECORD_NOUNS})|(?P<score>{_SCORE_NOUNS})"
                         rf"|(?P<vote>{_VOTE_NOUNS}))\b", re.I)
# a verb before the tally that says which: "voted", "won", "beat Riverton", "won the final" (a score on the way,
# "led 14-7 at halftime", is no final score and no claim)
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beats|defeated|defeats|edged|edges|routed|downed|downs|topped|tops|"
    r"fell|falls|whipped|blanked|crushed|thrashed)"
    r"(?:[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w.'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w.'\u2019-]*){0,2}"
    # or the game ("won the final 3-1", "lost their opener 21-14")
    r"|[ \t]+(?:the|a|an|their|its|his|her)(?:[ \t]+(?-i:[a-z][\w-]*)){1,2})?[ \t]+$", re.I)
# ("defeated" with a named object is a game's: "defeated the Miners 112-105"; "defeated the bill 52-48" a vote's)
_VOTE_BEFORE = re.compile(r"\b(?:(?:voted|vote|votes|voting|ruled|rules|approved|approves|passed|passes|confirmed|endorsed|"
                          r"backed|split|carried|adopted|rejected)(?:[ \t]+(?:the|a|an|its|their)(?:[ \t]+[\w-]+){1,4})?"
                          r"|defeated(?:[ \t]+(?:the|a|an|its|their)(?:[ \t]+(?-i:[a-z])[\w-]*){1,4})?)"
                          r"(?:[ \t]+by(?:[ \t]+(?:a[ \t]+)?(?:vote|margin|tally)[ \t]+of)?)?[ \t]+$", re.I)
# "by a vote of 60 to 39": a vote's tally whatever verb comes before it
_VOTE_OF = re.compile(r"\b(?:vote|margin|tally)[ \t]+of[ \t]+$", re.I)
# "by 301 votes to 122": votes on both sides of "to" after "by", whatever comes between it and its verb
# ("approved the levy on Monday by 301 votes to 122"); "from 300 votes to 450" is a change, no tally
_BY = re.compile(r"\bby[ \t]+$", re.I)
# after a tally that a verb introduced: the clause goes on, or ends ("won 3-1 at the weekend",
# "won 68-65 over X"); a noun there makes it something else ("won 10-15 seats")
_CLAUSE_GOES_ON = re.compile(
    r"(?:[ \t]*(?:[,.;:!?)\"\u201d]|$)|[ \t]+(?:in|on|at|over|against|to|with|after|before|for|this|last|and|but|as|when|"
    r"while|despite|under|since|(?-i:[A-Z])\w*)\b)")


def _kind(text: str, s_start: int, s_end: int, m: re.Match) -> tuple[str, int] | None:
    """Which tally ``m`` is ("record", "score", "vote"), and where its words end; None for none
    (a record is told by its noun alone: "a 9-14 start")."""
    noun = _NOUN_AFTER.match(text, m.end(), s_end)
    if noun and not m.group("to"):
        which = next(k for k in ("record", "score", "vote") if noun.group(k))
        return which, noun.end()
    before = text[max(s_start, m.start() - 60):m.start()]
    if not _CLAUSE_GOES_ON.match(text, m.end(), s_end):
        return None
    if _VOTE_OF.search(before):
        return "vote", m.end()
    # ("N to M" only after a verb of voting or scoring: elsewhere it is a range, "10 to 15 people")
    for which, rx in (("vote", _VOTE_BEFORE), ("score", _SCORE_BEFORE)):
        if rx.search(before):
            return which, m.end()
    return None


# a vote told in words: "voted seven to four", "by nine votes to two", "by 212 votes to 190" (after a
# verb of voting), "seven in favour and four against", "with 30 votes for and 12 against"
@lru_cache(maxsize=1)
def _worded() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a vote told in words: "N [votes] to M" and "N ... in favour and M against",
    their figures digits or the number words of ``numbers.yaml`` ("seven", "twenty-one")."""
    v = vocabulary()
    small = "|".join(sorted(map(re.escape, v["units"]), key=len, reverse=True))
    tens = "|".join(sorted(map(re.escape, v["tens"]), key=len, reverse=True))
    num = rf"(?:\d{{1,3}}|(?:{tens})(?:-(?:{small}))?|{small})"
    words_to = re.compile(rf"(?<![\w.,/:-])(?P<a>{num})(?P<votes>[ \t]+votes?)?[ \t]+to[ \t]+(?P<b>{num})(?![\w/:%-]|[.,]\d)", re.I)
    for_against = re.compile(
        rf"(?<![\w.,/:-])(?P<a>{num})(?:[ \t]+(?-i:[a-z]+)){{0,2}}?[ \t]+(?:(?:voting|votes?)[ \t]+)?(?:in[ \t]+favou?r|for)"
        rf"(?:[ \t]+(?:of[ \t]+)?(?:it|the[ \t]+\w+))?[ \t]*(?:,|and|with|to)[ \t]+(?P<b>{num})(?:[ \t]+(?-i:[a-z]+)){{0,2}}?"
        rf"[ \t]+(?:(?:voting|votes?)[ \t]+)?against\b", re.I)
    return words_to, for_against


def _worded_votes(text: str, sentences, article: Article) -> list[tuple[re.Match, int]]:
    """Votes told in words ("seven to four" or "212 votes to 190" after a verb of voting, "seven in
    favour and four against"), with where each ends."""
    out = []
    words_to, for_against = _worded()
    for m in body_matches(article, words_to):
        if m.group("a").isdigit() and m.group("b").isdigit() and not m.group("votes"):
            continue  # "voted 7 to 2": the digits' tally reads it
        sent = sentences.around(m.start())
        before = text[max(sent[0], m.start() - 60):m.start()]
        if _VOTE_OF.search(before) or _VOTE_BEFORE.search(before) or (m.group("votes") and _BY.search(before)):
            out.append((m, m.end()))
    out.extend((m, m.end()) for m in body_matches(article, for_against))
    return out


def _value(figure: str) -> int:
    return int(figure) if figure.isdigit() else int(parse_number_words(figure))


def stated_tallies(article: Article, sentences, settings: Settings) -> list[Claim]:
    """The two quantities of each score and vote told as "A-B" or in words (see the module docstring)."""
    text = article.text
    out: list[Claim] = []
    for m, end in _worded_votes(text, sentences, article):
        sent = sentences.around(m.start())
        big, small = ("a", "b") if _value(m.group("a")) >= _value(m.group("b")) else ("b", "a")
        for subject, core, group in (("number of votes in the majority", "majority votes", big),
                                     ("number of votes in the minority", "minority votes", small)):
            at = m.start(group)
            fig = Figure(at, m.end(group), float(_value(m.group(group))))
            out.append(make_claim(article, fig, None, subject, key_of(core), (m.start(), end), sent, settings))
    for m in body_matches(article, _TALLY):
        sent = sentences.around(m.start())
        got = _kind(text, sent[0], sent[1], m)
        if got is None:
            continue
        which, end = got
        if which == "score" and text.startswith(".", m.end()):
            continue  # a score closing its sentence ("beat X 108-102."): scores name no game, so a
            # season's other scores would meet it; a vote's tally closes its sentence freely
        a, b = int(m.group("a")), int(m.group("b"))
        if which == "record" or (which == "score" and a == b):
            continue
        if which == "score":
            sides = (("winning score", "winner score", max(a, b), m.start("a") if a > b else m.start("b")),
                     ("losing score", "loser score", min(a, b), m.start("b") if a > b else m.start("a")))
        else:
            sides = (("number of votes in the majority", "majority votes", a, m.start("a")),
                     ("number of votes in the minority", "minority votes", b, m.start("b")))
        for subject, core, value, at in sides:
            fig = Figure(at, at + len(str(value)), float(value))
            out.append(make_claim(article, fig, None, subject, key_of(core), (m.start(), end), sent, settings))
    return out
