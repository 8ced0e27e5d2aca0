"""A light tense heuristic: is the clause around an expression about the past or the future?

The cue nearest to the expression wins (on a tie, the one before it: "said on Monday it would
buy"): a future marker ("will", "is to", "plans to", "scheduled") or a past form (an irregular
past from the vocabulary, or a word in -ed that is not listed as a non-verb). A past participle
after "will be" / "to be" counts as future ("will be held"); after "is" / "are" it is no cue ("is
closed until Friday"). Only the comma-bounded clause within
its sentence is searched: a cue in another
clause ("..., with a runoff later if needed") says nothing about this one, except that a date
fronting its sentence ("In February, a woman opened fire") takes the tense of the clause after
it. The bare present of a scheduled start or end after a plural subject, the time right after it
("polls open on Sunday", "nominations close on the 18th"), is a future cue; the present of a
scheduled event after the date with an object is none ("the sentencing on 12 March closes an
eight-month saga": what a done thing means). No cue: ``None``. In a clause of time the present passive is a future ("when he is
sentenced May 7"); a date that names a deadline ("a May 10 deadline") has no tense.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from .vocab import alternation, vocabulary

Tense = Literal["past", "future"]

_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u201d\u2019)]*)\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|[\r\n]")
# "dismissed a report Thursday that he might be involved"; "was elected on Sunday and will be sworn
# in on June 2": a conjunction before a modal opens a clause of its own tense
_CLAUSE_END = re.compile(r"[,;:\u2014()]|\s-\s|\bthat\b|\b(?:and|but)\s+(?=(?:will|would|shall)\b)")
_WINDOW = 240


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocabulary()
    modal = r"(?:will|would|shall|to|is\s+to|are\s+to|'ll)"
    # "should be completed", "may sign": lower-case modals only, so that the month May is no cue;
    # "may have killed" looks back (a perfect), no cue;
    # "could" only before a bare verb ("could come"): "could be seen", "could not be reached" narrate
    weak_modal = (r"(?-i:\b(?:(?:should|may|might|must)\s+(?:not\s+)?(?!have\b)(?:be\s+)?[a-z]+|"
                  r"could\s+(?!be\b|not\b|have\b)[a-z]+)\b)")
    # "when he's sentenced", "once the bill is signed": the present of a clause of time
    time_clause = (rf"\b{alternation(v.time_clause_openers)}\s+(?:[A-Za-z]+\s+){{0,3}}?[A-Za-z]+"
                   rf"(?:\s+(?:is|are)|['\u2019]s)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
    # "will cut", "will shut down": the verb after "will" is no past form, whatever it looks like
    will_verb = (r"(?-i:\b(?:will|shall|would)\s+(?:not\s+)?(?:[a-z]+ly\s+)?[a-z]+\b)|'ll\s+[a-z]+\b|"
                 r"(?-i:\b(?:(?:is|are|was|were)\s+)?(?:set|due|expected|scheduled|slated|poised|planning|plans|likely|going|intends|aims)"
                 r"\s+to\s+(?!be\b|have\b)[a-z]+\b)")  # "is set to shut" ("is due to be published": below), "plans to cut"
    # "Polls open on Sunday", "nominations close on the 18th": a plural subject, the bare present of a
    # scheduled start or end, the time right after it ("shares close higher on Monday" is none)
    plural_scheduled = (rf"(?-i:\b[A-Za-z][a-z]+[^\Wsiu]s\s+){alternation(v.scheduled_plural)}\b(?=\s+(?:on|at|from|"
                        rf"until|till|through|tomorrow|next|this|today|tonight|the\s+\d|\d))") if v.scheduled_plural else "(?!)"
    future = re.compile(
        rf"{plural_scheduled}|\b{modal}\s+(?:not\s+|no\s+longer\s+|also\s+|still\s+|only\s+|now\s+|soon\s+)?(?:be|have\s+been|have)\s+"
        rf"(?:[a-z]+ly\s+)?[a-z]+\b|{will_verb}|{weak_modal}|{time_clause}|"
        rf"(?<![a-z]){alternation(v.future_cues)}\b",
        re.IGNORECASE)
    past = re.compile(rf"\b(?:{_by_initial(v.past_irregular)}|[a-z]{{2,}}ed)\b", re.IGNORECASE)
    return future, past


def _by_initial(words) -> str:
    """:func:`alternation` of lower-case ``words`` with each first letter factored out ("k(?:new|ept)"):
    the same matches in a case-blind pattern (words of two first letters never match at one place,
    and each letter's words keep their order, longest first), tried three times as fast, since the
    engine reads a word's first letter once instead of once for each of 185 words."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    if not all(w == w.lower() and w[:1].isalpha() for w in ordered):
        return alternation(ordered)  # (the grouping holds for lower-case words only)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(f"{re.escape(k)}(?:{'|'.join(rest)})" for k, rest in groups.items()) + ")"


_ADJECTIVE_COMPOUND = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|well|so|"
                                 r"long|ill|much|self|highly|newly|\d+(?:st|nd|rd|th)?)-$", re.IGNORECASE)


# a figure or a determiner before a word in -s makes it a noun ("250 votes", "the rules", "its plays")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|your|of|these|those)|\d[\d,.]*)\s+$", re.IGNORECASE)
_BARE_PRESENT = re.compile(r"[a-z]+s", re.IGNORECASE)
# a determiner after the present of a scheduled event that follows the date: an object, so the
# verb tells what the dated thing means, no coming event ("its sale on Friday ends a century of
# family ownership"); "the trial begins Monday" has the date after the verb
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|his|her|their|this|that|years|decades|months|weeks)\b", re.IGNORECASE)


_PRESENT_BE = re.compile(r"\b(?:is|are|am|remains|remain)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


# a cue after the expression as near as one before it loses the tie: the verb before a date governs
# it ("said on Monday it would buy": the saying's Monday)
_AFTER_TIE = 0.5
# a cue right before the expression, only the date's preposition between, governs it whatever
# follows ("a heatwave that began on Saturday is expected to last": the past Saturday)
_GOVERNING_GAP = re.compile(r"\s+(?:(?:on|in|at|during)\s+)?")


def _distance(text: str, m: re.Match[str], start: int, end: int) -> float:
    """How far a cue stands from the expression: none right before it with only the date's
    preposition between (``_GOVERNING_GAP``); a cue after it loses a tie (``_AFTER_TIE``)."""
    if m.end() <= start:
        return 0 if _GOVERNING_GAP.fullmatch(text, m.end(), start) else start - m.end()
    return m.start() - end + _AFTER_TIE


def _nearest(text: str, lo: int, hi: int, start: int, end: int) -> tuple[float, Tense] | None:
    future, past = _patterns()
    not_past = vocabulary().not_past
    best: tuple[float, Tense] | None = None
    future_spans = []
    for m in future.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue
        if _NOUN_BEFORE.search(text, max(lo, m.start() - 16), m.start()) and _BARE_PRESENT.fullmatch(m.group()):
            continue  # "by 250 votes to 120", "the rules": a noun, not the present of a scheduled event
        if m.start() >= end and _BARE_PRESENT.fullmatch(m.group()) and _OBJECT_AFTER.match(text, m.end()):
            continue  # "the sentencing on 12 March closes an eight-month saga": what a done thing means
        future_spans.append((m.start(), m.end()))
        d = _distance(text, m, start, end)
        if best is None or d < best[0]:
            best = (d, "future")
    for m in past.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue
        if m.group().lower() in not_past or _ADJECTIVE_COMPOUND.search(text, max(0, m.start() - 12), m.start()):
            continue  # ("seventh-seeded", "so-called", "well-armed": an adjective; "rear-ended" is a verb)
        if any(a <= m.start() < b for a, b in future_spans):
            continue
        if _PRESENT_BE.search(text, max(lo, m.start() - 24), m.start()):
            continue  # "the road is closed until Friday": a present passive or a state, no past
        d = _distance(text, m, start, end)
        if best is None or d < best[0]:
            best = (d, "past")
    return best


@lru_cache(maxsize=1)
def _schedule_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(vocabulary().schedule_nouns)}\b", re.IGNORECASE)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_A_DAY = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)
# "originally scheduled for Tuesday": the day first set, told once it was put off, is no day ahead
_FIRST_SET_BEFORE = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:scheduled|set|planned|slated|due)"
                               r"\s+(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_SHIFT_BEFORE = re.compile(r"\b(?:this|next|coming|upcoming|last|past)\s+$", re.IGNORECASE)
# the possessed thing's own verb, a future: "Saturday's final at Orvell Park will decide"
_OWN_FUTURE = re.compile(r"['\u2019]s(?:\s+(?!that\b|which\b|who\b)[\w.-]+){1,5}?\s+(?:will|'ll|shall|(?:is|are)\s+(?:to|set|due|expected|"
                         r"scheduled|slated|likely|going))\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _put_off_before() -> re.Pattern[str]:
    stems = alternation(vocabulary().putting_off)
    return re.compile(rf"\b{stems}[a-z]*\b[^,.;:!?\n]{{0,60}}?\b(?:until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or ``None`` when no cue is found or the
    expression names a date set ahead ("a May 10 deadline": the nearest such day). A day set for a
    thing ("an election for 15 December") and a day a thing is put off to ("delayed until Monday")
    are ahead: ``future``. A day first set for a thing ("originally scheduled for Tuesday") has no
    tense. A weekday in the possessive ("Tuesday's verdict") names a thing done: ``past``, unless
    the thing's own verb is a future ("Saturday's final will decide") or a cue before the day in
    its clause says otherwise ("will meet before Sunday's vote")."""
    if _schedule_after().match(text, end) or _FIRST_SET_BEFORE.search(text, max(0, start - 40), start):
        return None
    if _FOR_BEFORE.search(text, max(0, start - 6), start) and _A_DAY.search(text, start, end):
        return "future"  # "called a snap election for 15 December": a day set for a thing lies ahead
        # ("figures for October": a month after "for" is the time the thing is of)
    if _UNTIL_BEFORE.search(text, max(0, start - 12), start) and _put_off_before().search(text, max(0, start - 90), start):
        return "future"
    possessive = _WEEKDAY.match(text[start:end]) is not None and _POSSESSIVE_AFTER.match(text, end) is not None \
        and not _SHIFT_BEFORE.search(text, max(0, start - 12), start)
    if possessive and _OWN_FUTURE.match(text, end, min(len(text), end + 60)):
        return "future"
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    s_lo = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s_lo = m.end()
    m = _SENTENCE_END.search(text, end, hi)
    s_hi = m.start() + 1 if m else hi
    c_lo = s_lo
    for m in _CLAUSE_END.finditer(text, s_lo, start):
        c_lo = m.end()
    m = _CLAUSE_END.search(text, end, s_hi)
    c_hi = m.start() if m else s_hi
    if possessive:
        # "Tuesday's verdict ... means residents will keep paying": a thing named by its weekday
        # is done, unless a cue before it in its clause says otherwise ("will meet before Sunday's vote")
        found = _nearest(text, c_lo, start, start, end)
        return found[1] if found else "past"
    found = _nearest(text, c_lo, c_hi, start, end)
    if found is None and c_hi < s_hi and c_lo == s_lo and len(text[s_lo:start].split()) <= 3:
        # a fronted adverbial ("In February, a woman opened fire"): the main clause after it
        m = _CLAUSE_END.search(text, c_hi + 1, s_hi)
        found = _nearest(text, c_hi + 1, m.start() if m else s_hi, start, end)
    return found[1] if found else None
