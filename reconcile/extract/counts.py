"""Count claims: how many people, troops, dollars or per cent an article states.

``extract_counts(article, settings)`` reads each figure that :func:`~.numbers.find_figures` finds,
decides whether it counts something, and if so what, and returns one
:class:`~reconcile.models.Claim` (kind ``quantity``) per count. Vocabulary lives in
``reconcile/data/counts.yaml`` and ``reconcile/data/numbers.yaml``.

What is counted
    The noun phrase after the figure ("5,200 US troops"), with the participle or relative
    clause that qualifies it ("lawmakers present for the vote", "25 people were killed") and
    its scope ("in Iraq", "to the region"). With no noun after the figure: "X, who now number
    5,000" counts X; "the death toll rose to 40" counts people killed; a verb before the figure
    gives the event and the nearest person noun before it the counted people ("fired on the
    protesters, wounding three" -> protesters wounded). A possessive before the figure ("its
    5,000 troops") takes its owner from the nearest proper name before it. "Troops present in
    Iraq" / "stationed in" only place the troops: no event. Per cent and fractions count the
    noun after "of" ("40% of voters") or the subject of a copula ("turnout was 41%"); money
    with no noun is what follows "in" ("$250m in aid") or its verb ("fined 250 million euros");
    a bare figure after a count noun's copula counts that noun ("the final tally was 1,204").

The key
    ``CORE|CONTEXT``: CORE is ``subject_key`` of the owner, the counted noun phrase, the event
    (killed, wounded, present, deployed...) and the words that make it another quantity
    (additional, new, more...); CONTEXT is ``subject_key`` of the scope's place words, or of the
    place the sentence opens with ("In Central Aceh district, 10 people were killed") when the
    count has no scope of its own and no verb of speech stands between.

Derived figures
    "N more/fewer than X", "N short of X", "twice/double/half X" with another count stated
    earlier in the sentence give a claim about X (note "derived: 168 - 3").

Not counts
    Years (four digits 1000-2100 without a comma), days of a month, clock times, ages,
    durations ("three days"), labels after a capitalised word or a label word ("Article 58",
    "Fourth Division" has no cardinal), codes glued to letters ("epa08127441", "Fateh-313"),
    "1/7", sport scores ("3-1"), compound modifiers ("a 10-day siege"), "one of", pronoun
    "one", ratios ("one in five"), rate bases ("per 100,000"), distances that place something
    ("40 miles southwest of"), changes in per cent ("3.5 per cent higher"), a figure before a
    singular noun ("a million man march") or a singular verb ("a mother of 12 was"), and
    figures after which no counted noun can be found. "One" and "two" in words, and any
    figure in words after "the" ("the two sides"), count only with an event: they mostly
    refer back to things already named.

Vague plurals
    "hundreds of", "thousands", "dozens" are skipped: they give no figure to compare, and a
    wide interval would only add noise to the report.

Text, quote and as_of
    ``text`` runs from the hedge (with "the"/"an" before "estimated") through the counted noun
    phrase and what qualifies it; for "who number" and death-toll constructions it starts at
    the counted noun. ``quote`` is the sentence (around the claim only, for a "sentence" longer
    than :data:`QUOTE_LIMIT`). ``as_of`` is the year of the nearest "in/as of/by (the end of)
    YYYY" in the sentence; "now" leaves it empty.

Page furniture
    Figures before ``article.body_start`` or inside ``article.furniture`` spans (captions,
    bylines) are skipped when the article reader provides them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import weekday_names
from ..lexicon import fold, subject_key
from ..models import Article, Claim, Kind, Normalised
from ..settings import Settings
from ..values import quantity_bounds, rounding_unit
from .dates import vocab as event_vocab
from .measures import Measure, describe, is_no_measure, normalise, numberless_durations, read_measure, unit_named
from .numbers import Figure, find_figures
from .phrases import (Lex, Tok, lex, noun_before_copula, noun_phrase, noun_phrase_before,
                      person_before, plural, possessor, scope, tokens)
from .sentences import sentence_index


_YEARLIKE = re.compile(r"\d{4}")
_AUX = frozenset({"remain", "remained", "remains", "still", "were", "was", "are", "is", "been", "being", "have", "has", "had", "be", "who", "that",
                  "which", "reportedly", "also", "all", "later", "since", "now", "still", "then"})
_POSSESSIVE = frozenset({"its", "their"})
_ADJECTIVE = re.compile(r"(?:able|ible|ful|ous|ive|ent|ant|ic|al|sure|certain|right|wrong|true|behind|committed)$")
# "there might have been two people killed": what did not happen is no count
_HYPOTHETICAL = re.compile(r"\b(?:might|could|would|may)(?:\s+not)?\s+have\s+(?:been\s+)?(?:[a-z]+\s+){0,2}$",
                           re.IGNORECASE)
_REFERENCE = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"})
_OWN = frozenset({"the", "its", "their", "all", "those", "these", "our", "his", "her", "my", "your"})
_ONE_BEFORE = frozenset({"the", "no", "any", "every", "this", "that", "which", "each", "someone", "anyone"})
# "when one is killed": anyone ("when one soldier was killed" is a count)
_GENERIC_ONE = (frozenset({"when", "if", "whenever", "once", "unless"}),
                frozenset({"is", "was", "has", "had", "does", "did", "can", "could", "will", "would", "gets", "must"}))
AS_OF_WINDOW = 200  # characters either side of a figure searched for "in 2016"
QUOTE_LIMIT = 600  # a longer "sentence" (a table, a list) is quoted around the claim only
_CHANGE = frozenset({"higher", "lower", "more", "less", "fewer", "up", "down", "above", "below", "cheaper",
                     "dearer", "increase", "rise", "drop", "fall", "gain", "jump", "decline", "year-on-year"})
_COMPOUND = re.compile(r"-(?:[A-Za-z]+)(?:-[A-Za-z]+)*")
_DERIVED = re.compile(r"\s+(?P<d>more|fewer|less)\s+than\s+|\s+short\s+of\s+", re.IGNORECASE)
_MULTIPLE = re.compile(r"\b(?P<m>twice|double|half|three times|four times)\s+(?:as\s+many\s+as\s+|of\s+)?"
                       r"(?P<x>the\s+[A-Za-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_MULT_VALUE = {"twice": 2.0, "double": 2.0, "half": 0.5, "three times": 3.0, "four times": 4.0}


def extract_counts(article: Article, settings: Settings) -> list[Claim]:
    """The count claims of ``article``, in text order (see the module docstring)."""
    text = article.text
    figures = find_figures(text)
    sentences = sentence_index(text)
    claims: list[Claim] = []
    by_sentence: dict[tuple[int, int], list[tuple[Figure, Claim | None]]] = {}
    covered = 0  # end of the last measure: "6 feet 3 inches" is one measure, "(6.6 feet)" a conversion
    for fig in figures:
        if fig.start < article.body_start or article.in_furniture(fig.start) or fig.start < covered:
            continue
        sent = sentences.around(fig.start)
        if fig.end > sent[1]:
            continue
        measure = read_measure(text, sent, fig, tokens(text, max(sent[0], fig.start - 120), fig.start), fig.end)
        if measure is not None:  # a measure is never a count
            claim = None if is_no_measure(measure) else _measure_claim(article, text, sent, measure, settings)
            covered = max(covered, measure.end, measure.covers)
        else:
            claim = _times(article, text, sent, fig, settings) or _read(article, text, sent, fig, settings)
        by_sentence.setdefault(sent, []).append((fig, claim))
        if claim is not None:
            claims.append(claim)
    for sent, items in by_sentence.items():
        claims.extend(_derived(article, text, sent, items, settings))
    claims.extend(_numberless(article, text, sentences, settings))
    claims.extend(_zeros(article, text, sentences, settings))
    claims.extend(_once(article, text, sentences, settings))
    claims.sort(key=lambda c: c.span or (0, 0))
    return claims


# ------------------------------------------------------------------ one figure


def _looks_not_count(text: str, fig: Figure) -> bool:
    """What the characters around a figure show it is not a count: years, scores, codes, ages."""
    surface = text[fig.start:fig.end]
    if text[fig.end:fig.end + 1].isalpha():
        return True  # "10k", "80m people": letters glued to the figure that are no unit of measure
    if not fig.words and fig.unit is None and fig.scale == 1 and fig.high is None \
            and _YEARLIKE.fullmatch(surface) and 1000 <= fig.value <= 2100:
        return True  # a year
    if fig.start >= 3 and text[fig.start - 1] == " " and text[fig.start - 2] == "." and text[fig.start - 3].isdigit():
        return True  # "6. 1": a decimal split by tokenisation
    if fig.value < 120 and fig.unit is None and text[fig.start - 2:fig.start] == ", " \
            and text[fig.end:fig.end + 1] == ",":
        return True  # "a boy, 12, was killed": an age
    if fig.high is None and not fig.words:
        if text[fig.end:fig.end + 2][:1] in "-\u2013" and text[fig.end + 1:fig.end + 2].isdigit():
            return True  # a score or a code: "3-1"
        if fig.start >= 2 and text[fig.start - 1] in "-\u2013" and text[fig.start - 2].isdigit():
            return True
        if re.match(r" \d", text[fig.end:fig.end + 2]) or (fig.start >= 2 and re.match(r"\d ", text[fig.start - 2:fig.start])):
            return True  # digit groups: a phone number or a code
    # hyphenated compounds: "34-year-old", "a 10-day siege"; "5,000-strong" goes on
    cm = _COMPOUND.match(text, fig.end)
    return bool(cm and not cm.group().lower().startswith("-strong"))


def _is_not_count(text: str, sent: tuple[int, int], fig: Figure, before: list[Tok], after: list[Tok]) -> bool:
    """What the words around a figure show it is not a count: labels, dates, times, "one of"."""
    lx = lex()
    surface = text[fig.start:fig.end]
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    if prev is not None:
        p = prev.low.rstrip(".")
        if p == "per":
            return True  # "85 per 100,000 residents": a rate's base
        if p in lx.months or p in lx.age_words:
            return True
        if (p in lx.label_words or prev.low in lx.label_words) and (prev.text[:1].isupper() or p == "no"):
            return True
        if prev.text[:1].isupper() and prev.text.isalpha() and prev.start > sent[0] \
                and prev.end >= fig.start - 1 and not _hedge_word(prev.low) and fig.unit is None:
            return True  # "Article 58", "Resolution 2334", "Apollo 11"
        if prev.text == "#":
            return True
        if p == "number" and not (len(before) >= 2 and (before[-2].low in {"who", "which", "that", "now", "currently", "still", "then", "they"}
                                                         or plural(before[-2].low, lx))):
            return True  # "wear number 10"; "forces who number 5,000" is a count
        if p == "in" and len(before) >= 2 and (before[-2].text[:1].isdigit() or before[-2].low in {"one", "two", "three", "four", "five"}):
            return True  # "one in five": a ratio
    if nxt is not None:
        n = nxt.low.rstrip(".")
        if n in lx.months or n in lx.time_nouns or n in lx.score_nouns or nxt.low in lx.not_counted:
            return True
    if surface.lower() == "one" or surface.lower() == "a dozen":
        if nxt is not None and nxt.low in lx.one_not_count:
            return True
        if prev is not None and prev.low in _ONE_BEFORE and surface.lower() == "one":
            return True
        if prev is not None and nxt is not None and prev.low in _GENERIC_ONE[0] and nxt.low in _GENERIC_ONE[1]:
            return True
    if prev is not None and prev.low in {"at", "by"} and len(before) >= 2 and before[-2].low in {"o'clock"}:
        return True
    return False


@lru_cache(maxsize=4096)
def _hedge_word(word: str) -> bool:
    return bool(lex().hedge_re.search(word + " "))


def _read(article: Article, text: str, sent: tuple[int, int], fig: Figure, settings: Settings) -> Claim | None:
    lx = lex()
    s, e = sent
    if _looks_not_count(text, fig):
        return None
    before = tokens(text, max(s, fig.start - 120), fig.start)
    after = tokens(text, fig.end, min(e, fig.end + 120))
    if _is_not_count(text, sent, fig, before, after) or _HYPOTHETICAL.search(text, max(s, fig.start - 60), fig.start):
        return None
    # hedge
    start = fig.start
    qualifier: str | None = None
    hm = lx.hedge_re.search(text, max(s, fig.start - 40), fig.start)
    if hm:
        h = " ".join(hm.group("h").lower().split())
        if h in {"between"} and fig.high is None:
            hm = None
        elif hm.group("det") and (h in lx.determiner_hedges or hm.group("det").lower() != "the"):
            start = hm.start()
            qualifier = (hm.group("det").lower() + " " + h) if hm.group("det").lower() != "the" else h
        else:
            start = hm.start("h")
            qualifier = h
    if fig.high is not None and qualifier is None:
        qualifier = fig.connector  # "5,000-5,500", "30 to 35": the range as worded
    before_h = [t for t in before if t.end <= start]
    markers: list[str] = []
    # "an additional 3,000", "a further 500"
    if before_h and before_h[-1].low in lx.markers and before_h[-1].end >= start - 2:
        markers.append(before_h[-1].low)
        start = before_h[-1].start
        before_h = before_h[:-1]
        if before_h and before_h[-1].low in {"a", "an"}:
            start = before_h[-1].start
            before_h = before_h[:-1]

    i = 0
    strong = text[fig.end:fig.end + 7].lower() == "-strong"
    if strong:  # "a 5,000-strong force": the force numbers 5,000
        after = tokens(text, fig.end + 7, min(e, fig.end + 160))
    if len(after) > 2 and after[0].text[:1].isdigit() and after[1].text == "-" and after[0].start == fig.end + 1 \
            and after[2].text.isalpha():
        i = 3  # "three 10-year sentences": the modifier is a measure of its own
    np_words, i = noun_phrase(after, i, lx)
    if len(np_words) == 1 and np_words[0].low == "worth":  # "$2m worth of drugs"
        np_words = []
    if fig.fraction and np_words:
        return None  # "a third US carmaker", "half an hour": an ordinal or a measure, no share
    # "40% of voters", "5,000 of the troops"
    if not np_words and i < len(after) and after[i].low == "of":
        j = i + 1
        while j < len(after) and after[j].low in _OWN:
            j += 1
        np_words, j2 = noun_phrase(after, j, lx)
        if np_words:
            i = j2
    head = next((np_words[k - 1] for k in range(1, len(np_words)) if np_words[k].low == "of"),
                np_words[-1] if np_words else None)
    if head is not None and fig.unit is None and fig.value > 1 and not strong and not plural(head.low, lx):
        cut = [k for k, t in enumerate(np_words) if plural(t.low, lx)]
        if cut:  # "300 beds free": the noun phrase ends at its plural head
            np_words = np_words[:cut[-1] + 1]
            i = after.index(np_words[-1]) + 1
            head = np_words[-1]
    if fig.unit in lx.distance_units and not np_words and i < len(after) and (
            after[i].low in lx.directions or after[i].low in {"from", "away", "off", "outside", "inland", "offshore"}):
        return None  # "35 miles southwest of the port": where, not how much
    if not np_words and fig.value > 1 and i < len(after) and after[i].low in {"was", "is", "has"}:
        return None  # "a mother of 12 was killed": the figure is not the subject
    if (fig.unit is not None and not np_words or len(np_words) == 1 and np_words[0].low == "points") \
            and i < len(after) and after[i].low in _CHANGE:
        return None  # "3.5 per cent higher", "2 points lower": a change, not a level
    if fig.unit == "%" and fig.value == 100 and np_words and _ADJECTIVE.search(np_words[0].low):
        return None  # "100 percent preventable", "100 per cent sure": emphasis, not a share
    if fig.fraction and not np_words:
        return None  # "half the quorum" is a derived figure, "half" alone nothing
    end = np_words[-1].end if np_words else fig.end
    np_text = [t.text for t in np_words]
    for t in np_words:
        if t.low in lx.markers:
            markers.append(t.low)
    if np_words and (np_words[-1].low.rstrip(".") in lx.time_nouns or np_words[-1].low in lx.score_nouns):
        return None
    # event after the noun phrase: "people killed", "were wounded", "present"
    event = None
    event_words: list[Tok] = []
    j = i
    while j < len(after) and after[j].low in _AUX and j - i < 3:
        j += 1
    located: list[Tok] = []
    if np_words and j < len(after) and after[j].low in lx.location_participles and j + 1 < len(after) \
            and after[j + 1].low in lx.scope_preps - {"to", "at"}:
        located = after[i:j + 1]  # "troops present in Iraq": where they are, not an event
        i = j + 1
    elif j < len(after) and after[j].low in lx.events:
        event = lx.events[after[j].low]
        event_words = after[i:j + 1]
        end = after[j].end
        i = j + 1
    open_event = event or (_verb_form(after[j]) if j < len(after) and np_words else None)
    # scope: "in Iraq", "to the region", "for the vote"
    scope_toks, purpose_toks, i = scope(after, i, lx)
    if event is None and not located and purpose_toks:
        i -= len(purpose_toks)
        purpose_toks = []  # "for the vote" qualifies an attendance, not a plain count
    if scope_toks or purpose_toks:
        end = (purpose_toks or scope_toks)[-1].end
    elif located:
        located = []
    owner: list[str] = []
    # possessive before the figure
    if before_h and before_h[-1].low in _POSSESSIVE:
        owner = possessor(before_h[:-1])
    elif before_h and before_h[-1].text[:1].isupper() and before_h[-1].low.endswith(("'s", "\u2019s")):
        owner = [before_h[-1].text[:-2]]  # "Washington's 5,000 troops"
        if start == fig.start:
            start = before_h[-1].start
    verb_event = None
    prevw = before_h[-1].low if before_h else ""
    if prevw in ("with", "by") and len(before_h) > 1:
        prevw = before_h[-2].low  # "loaded with four bullets", "hit by seven bullets"
    if prevw in lx.events and prevw not in lx.participle_only:
        verb_event = lx.events[prevw]
    counted: list[str] = []
    governor: list[str] = []  # the verb or name an amount with no noun is told by: in its subject, not its key
    subject_np = " ".join(np_text)
    if not np_words:
        if event is not None:
            # "25 killed", "three were wounded"
            counted = ["people"] if event in lx.people_events else []
            if not counted:
                return None
        else:
            nm = lx.number_re.search(text, max(s, start - 40), start)
            tm = lx.toll_re.search(text, max(s, start - 60), start)
            if nm:
                back = tokens(text, max(s, nm.start() - 120), nm.start())
                np_back, scope_back, np_start = noun_phrase_before(back, lx)
                if not np_back:
                    return None
                counted = np_back
                start = min(start, np_start)  # "US forces in Iraq, who now number 5,000"
                if scope_back and not scope_toks:
                    scope_toks = scope_back
            elif tm:
                event = "killed"
                counted = ["people"]
                start = min(start, tm.start())  # "the death toll rose to 40"
            elif verb_event is not None and fig.unit is None:
                event = verb_event
                counted = person_before(before_h[:-1], lx) or (["people"] if event in lx.people_events else [])
                if not counted:
                    return None
                start = min(start, before_h[-1].start)  # "wounding three": the figure alone says nothing
            elif fig.unit is not None:
                counted = noun_before_copula(before_h, lx)
                if not counted:
                    counted, phrase_end = _what_money_is(after, i, before_h, fig, lx)
                    end = max(end, phrase_end)
                if not counted:
                    # an amount or a share is a claim even when its noun is unsaid: named by the verb
                    # or the name before it ("paid him $4 million", "Randy Ayers ($2 million)");
                    # with neither it stays a finding of its own
                    counted = ["amount" if fig.unit != "%" else "share"]
                    governor = _governor(before_h)
            else:
                counted = noun_before_copula(before_h, lx, strict=True)  # "the final tally was 1,204"
                if not counted:
                    return None
        subject_np = " ".join(counted + governor)
    elif event is None and verb_event is not None:
        event = verb_event
    if head is not None and fig.unit is None and fig.value > 1 and not strong and not plural(head.low, lx):
        return None  # "a one million man march"
    if fig.words and event is None and fig.unit is None and (
            (before_h and before_h[-1].low in _REFERENCE) or (fig.value == 1 and not open_event)):
        return None  # "the two sides", "one city": references, not reported counts
    if fig.value == 1 and open_event in event_vocab().reporting:
        return None  # "one official said": a speaker, not a count
    # readable subject
    parts = owner + [subject_np]
    if event_words:
        parts += [t.text for t in event_words if t.low in lx.events]
    elif event is not None:
        parts.append(event)
    if scope_toks or purpose_toks:
        parts.append(" ".join(t.text for t in (located + scope_toks + purpose_toks)))
    subject = " ".join(p for p in parts if p).strip()
    core_words = " ".join(owner + [" ".join(counted) if governor else subject_np] + ([event] if event else []))
    core = set(subject_key(core_words).split()) | set(markers)
    core.discard("")
    if not core:
        return None
    context = subject_key(" ".join(t.text for t in scope_toks if t.low not in lx.scope_fillers
                                   and t.low.rstrip("'s") not in lx.scope_fillers))
    if not context and start > s:
        context = _fronted_place(text, s, start, lx)
    key = " ".join(sorted(core)) + "|" + context
    surface = text[start:end]
    return _claim(article, fig, qualifier, subject, key, surface, (start, end), _quote(text, sent, start, end),
                  _as_of(text, sent, fig, lx), settings)


def _hedge(text: str, s: int, start: int, lx: Lex) -> tuple[int, str | None]:
    """Where a figure's hedge starts and the hedge as worded ("about", "an estimated")."""
    hm = lx.hedge_re.search(text, max(s, start - 40), start)
    if not hm:
        return start, None
    h = " ".join(hm.group("h").lower().split())
    if h == "between":
        return start, None
    if hm.group("det") and (h in lx.determiner_hedges or hm.group("det").lower() != "the"):
        return hm.start(), (hm.group("det").lower() + " " + h) if hm.group("det").lower() != "the" else h
    return hm.start("h"), h


def _measure_claim(article: Article, text: str, sent: tuple[int, int], m: Measure, settings: Settings) -> Claim | None:
    """The claim of a measure (:mod:`.measures`): "fell about 150 metres", "a 10-year sentence"."""
    lx = lex()
    start, qualifier = _hedge(text, sent[0], m.start, lx)
    if m.high is not None and qualifier is None:
        qualifier = "-"
    core = set(subject_key(" ".join(m.core)).split()) or {m.dimension}  # "duration" alone: a finding of its own
    key = " ".join(sorted(core)) + "|" + m.context
    fig = Figure(m.start, m.end, m.value, m.decimals, 1.0, m.unit,
                 high=Figure(m.start, m.end, m.high) if m.high is not None else None)
    surface = text[start:m.end]
    return _claim(article, fig, qualifier, m.subject, key, surface, (start, m.end), _quote(text, sent, start, m.end),
                  _as_of(text, sent, fig, lx), settings, unit_override=0.0 if m.exact else None)


def _numberless(article: Article, text: str, sentences, settings: Settings) -> list[Claim]:
    """Durations with no figure: "for a week", "an outage of around an hour", "a weeklong hunt"."""
    lx = lex()
    out = []
    for start, end, unit, value, hedge in numberless_durations(text, article.body_start, len(text)):
        if article.in_furniture(start):
            continue
        sent = sentences.around(start)
        before = tokens(text, max(sent[0], start - 120), start)
        m = Measure(start, end, value, unit, "duration", "", [], exact=True)
        describe(text, sent, Figure(start, end, value), m, before, text[end - 4:end].lower() == "long", lx)
        fig = Figure(start, m.end, value, 0, 1.0, unit)
        h_start, qualifier = _hedge(text, sent[0], start, lx)  # "less than an hour", "about a week"
        core = set(subject_key(" ".join(m.core)).split()) or {"duration"}
        out.append(_claim(article, fig, qualifier, m.subject, " ".join(sorted(core)) + "|" + m.context,
                          text[h_start:m.end], (h_start, m.end), _quote(text, sent, h_start, m.end), None, settings,
                          unit_override=0.0))
    return out


_ONCE = re.compile(r"\b(?P<w>once|twice|thrice)\b(?=\s*(?:[.,;:)]|in\b|on\b|at\b|during\b|before\b|since\b|and\b|$))",
                   re.IGNORECASE)
_ONCE_VALUE = {"once": 1, "twice": 2, "thrice": 3}
_TIME_COMPOUND = re.compile(r"-time\s+")
_TIMES = re.compile(r"\s+times\b(?!\s+(?:as|more|less|higher|lower|larger|bigger|greater|smaller|the|than|over|that|a|an|per|"
                    r"faster|slower|longer|worse|better)\b)", re.IGNORECASE)


def _times(article: Article, text: str, sent: tuple[int, int], fig: Figure, settings: Settings) -> Claim | None:
    """"stabbed his wife 17 times", "was arrested three times": how often something was done, with
    the verb before; never a multiple ("three times as many", "five times the size")."""
    if fig.unit is not None or fig.fraction:
        return None
    cm = _TIME_COMPOUND.match(text, fig.end, sent[1])
    if cm:  # "a four-time All-Star", "a three-time Pro Bowl tackle": how often a title was won
        words, _ = noun_phrase(tokens(text, cm.end(), min(sent[1], cm.end() + 60)), 0, lex())
        if not words:
            return None
        end = words[-1].end
        start, qualifier = _hedge(text, sent[0], fig.start, lex())
        noun = " ".join(t.text for t in words)
        return _claim(article, fig, qualifier, f"times {noun}", subject_key("times " + noun) + "|", text[start:end],
                      (start, end), _quote(text, sent, start, end), None, settings)
    tm = _TIMES.match(text, fig.end, sent[1])
    if not tm:
        return None
    before = tokens(text, max(sent[0], fig.start - 60), fig.start)
    verb = next((t for t in reversed(before[-5:]) if _verb_form(t) or t.low in lex().events), None)
    if verb is None:
        return None
    start, qualifier = _hedge(text, sent[0], fig.start, lex())
    key = subject_key("times " + (lex().events.get(verb.low) or verb.text))
    return _claim(article, fig, qualifier, f"times {verb.text}", key + "|", text[start:tm.end()], (start, tm.end()),
                  _quote(text, sent, start, tm.end()), None, settings)


_ZERO = re.compile(r"\b(?:(?P<who>no\s+one|nobody|none)\s+(?:(?:was|were|had|has|have|been|being|is|are)\s+){1,2}"
                   r"(?:(?:reported|immediately|seriously|badly|critically)\s+)?(?P<ev>[a-z]+)"
                   r"|(?P<no>no)\s+(?:reports?\s+of\s+)?(?P<noun>[a-z]+)(?:\s+or\s+(?P<noun2>[a-z]+))?)\b", re.IGNORECASE)


def _once(article: Article, text: str, sentences, settings: Settings) -> list[Claim]:
    """"shot him once in the head", "reached the playoffs twice": how often, after its verb."""
    out: list[Claim] = []
    for m in _ONCE.finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        sent = sentences.around(m.start())
        fig = Figure(m.start(), m.end(), float(_ONCE_VALUE[m.group("w").lower()]), words=True)
        before = tokens(text, max(sent[0], m.start() - 50), m.start())
        verb = next((t for t in reversed(before[-5:]) if _verb_form(t) or t.low in lex().events), None)
        if verb is None:
            continue
        key = subject_key("times " + (lex().events.get(verb.low) or verb.text))
        out.append(_claim(article, fig, None, f"times {verb.text}", key + "|", m.group(), (m.start(), m.end()),
                          _quote(text, sent, m.start(), m.end()), None, settings))
    return out


def _zeros(article: Article, text: str, sentences, settings: Settings) -> list[Claim]:
    """A zero the text states: "no one was killed", "nobody was hurt", "there were no casualties",
    "no dead or wounded". Only with an event word of the count vocabulary (or a toll word): "no
    one knows" and "no doubt" state nothing."""
    lx = lex()
    out: list[Claim] = []
    for m in _ZERO.finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        if m.group("who"):
            event = lx.events.get(m.group("ev").lower())
            if event is None or event not in lx.people_events:
                continue
            subject, key = f"people {event}", subject_key(f"people {event}")
        else:
            noun = m.group("noun").lower()
            event = lx.events.get(noun) or lx.events.get((m.group("noun2") or "").lower())
            if event is None and noun not in lx.toll_nouns:
                continue
            subject = " ".join(x for x in (m.group("noun"), "or" if m.group("noun2") else "", m.group("noun2") or "") if x)
            key = subject_key(f"people {event}" if event else noun)
        sent = sentences.around(m.start())
        fig = Figure(m.start(), m.end(), 0.0)
        out.append(_claim(article, fig, None, subject, key + "|", text[m.start():m.end()], (m.start(), m.end()),
                          _quote(text, sent, m.start(), m.end()), None, settings))
    return out


def _governor(before: list[Tok]) -> list[str]:
    """The verb (or else the name) just before an amount with no noun: "paid him $4 million" ->
    paid; "Randy Ayers ($2 million)" -> Randy Ayers; "shooting 51.2 percent" -> shooting."""
    for t in reversed(before[-4:]):
        if _verb_form(t) or (t.text.isalpha() and t.text.islower() and t.low.endswith("ing")):
            return [t.text]
        if t.text in {".", ";", ":"}:
            break
    name = []
    for t in reversed(before[-4:]):
        if t.text[:1].isupper() and t.text.isalpha() and t.low not in lex().breaks:
            name.insert(0, t.text)
        elif name or t.text not in {"(", ","}:
            break
    return name


def _verb_form(tok: Tok) -> str | None:
    """A lower-case past form or participle after a counted noun and its auxiliary ("were dropped",
    "fell"): the event, for words the event vocabulary does not list."""
    w = tok.low
    if not tok.text.isalpha() or not tok.text.islower():
        return None
    if w.endswith("ed") or w in event_vocab().irregular:
        return w
    return None


def _what_money_is(after: list[Tok], i: int, before: list[Tok], fig: Figure, lx: Lex) -> tuple[list[str], int]:
    """What an amount with no noun is: "$250 million in aid" -> aid; "raised £20k for the shelter"
    -> raised for the shelter; "fined 250 million euros" -> fined. Returns the words and where
    the phrase ends (0 when it ends at the figure)."""
    money = fig.unit is not None and fig.unit.isupper() and len(fig.unit) == 3
    if not money:
        return [], 0
    verb = before[-1] if before and before[-1].text.isalpha() and before[-1].low in lx.money_verbs else None
    if i < len(after) and after[i].low in {"in", "for", "into", "to", "on"}:
        j = i + 1
        if after[i].low != "in" and j < len(after) and after[j].low in {"the", "a", "an", "its", "their"}:
            j += 1
        words: list[Tok] = []
        while j < len(after) and len(words) < 3 and after[j].text[:1].isalpha() and after[j].low not in lx.breaks \
                and after[j].low not in lx.events and after[j].low not in lx.number_words \
                and not after[j].low.endswith("ly"):
            words.append(after[j])
            j += 1
        if words and after[i].low == "in" and not words[0].text[:1].isupper():
            return [t.text for t in words], words[-1].end  # "$250 million in emergency aid"
        if words and after[i].low != "in" and verb is not None:
            return [verb.text] + [t.text for t in after[i:j]], words[-1].end  # "raised ... for the shelter"
    if verb is not None:
        return [verb.text], 0  # "fined 250 million euros"
    return [], 0


_WORD = re.compile(r"[A-Za-z]+")
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|At|Across|Throughout|Near|Elsewhere\s+in)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?P<place>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:\s+[a-z]+)?)\s*,")


def _fronted_place(text: str, s: int, start: int, lx: Lex) -> str:
    """The place a sentence opens with ("In neighbouring Central Aceh district, 10 people were
    killed"), as a count's scope when the count has none of its own; never a date ("In February,")."""
    m = _FRONTED_PLACE.match(text, s, start)
    if not m:
        return ""
    speech = event_vocab().reporting
    if any(w.group().lower() in speech for w in _WORD.finditer(text, m.end(), start)):
        return ""  # "In Washington, officials said 5,000 troops ...": where it was said
    words = m.group("place").split()
    if any(fold(w) in lx.months or fold(w) in weekday_names() for w in words) or \
            any(c.isdigit() for c in m.group("place")):
        return ""
    return subject_key(" ".join(w for w in words if w.lower() not in lx.scope_fillers))


def _as_of(text: str, sent: tuple[int, int], fig: Figure, lx: Lex) -> str | None:
    best = None
    for m in lx.as_of_re.finditer(text, max(sent[0], fig.start - AS_OF_WINDOW), min(sent[1], fig.end + AS_OF_WINDOW)):
        if m.start() <= fig.start < m.end():
            continue
        d = abs(m.start() - fig.start)
        if best is None or d < best[0]:
            best = (d, m.group("y"))
    return best[1] if best else None


def _quote(text: str, sent: tuple[int, int], start: int, end: int) -> str:
    """The sentence, or for an overlong one the words around the claim."""
    s, e = sent
    if e - s <= QUOTE_LIMIT:
        return text[s:e]
    half = QUOTE_LIMIT // 2
    a, b = max(s, start - half), min(e, end + half)
    while a > s and not text[a - 1].isspace():
        a -= 1
    while b < e and not text[b].isspace():
        b += 1
    return text[a:b].strip()


def _number(x: float) -> int | float:
    x = round(x, 6)
    return int(x) if float(x) == int(x) else x


def _claim(article: Article, fig: Figure, qualifier: str | None, subject: str, key: str, surface: str,
           span: tuple[int, int], quote: str, as_of: str | None, settings: Settings,
           note: str | None = None, unit_override: float | None = None) -> Claim:
    lx = lex()
    ru = unit_override if unit_override is not None else rounding_unit(fig.value, fig.decimals, fig.scale)
    high = fig.high
    hu = rounding_unit(high.value, high.decimals, high.scale) if high is not None else 0.0
    q_bounds = lx.hedge_alias.get(qualifier, qualifier) if qualifier else None
    b = quantity_bounds(fig.value, q_bounds, tolerance=settings.tolerance, unit=ru,
                        high_value=high.value if high is not None else None, high_unit=hu)
    low = None if b.low is None else _number(b.low)
    high = None if b.high is None else _number(b.high)
    measure_unit = unit_named(fig.unit)
    normalised = None
    if measure_unit is not None:
        base = normalise(measure_unit.name, fig.value)[0]
        normalised = Normalised(unit=base, value=_number(normalise(measure_unit.name, fig.value)[1]),
                                low=None if low is None else _number(normalise(measure_unit.name, low)[1]),
                                high=None if high is None else _number(normalise(measure_unit.name, high)[1]))
    return Claim(
        id="", source=article.source.id, kind=Kind.QUANTITY, subject=subject, key=key,
        value=_number(fig.value), qualifier=qualifier, unit=fig.unit,
        dimension=measure_unit.dimension if measure_unit else None, normalised=normalised,
        precision="rounded" if (ru or hu) else "exact",
        low=low, high=high, low_exclusive=b.low_exclusive, high_exclusive=b.high_exclusive,
        as_of=as_of, text=surface, quote=quote, span=span, note=note)


# ------------------------------------------------------------------ derived figures


def _derived(article: Article, text: str, sent: tuple[int, int], items: list[tuple[Figure, Claim | None]],
             settings: Settings) -> list[Claim]:
    """"The 168 lawmakers ... were three more than the quorum" -> quorum 165."""
    lx = lex()
    out: list[Claim] = []
    s, e = sent
    base: Claim | None = None
    for fig, claim in items:
        if claim is not None:
            if claim.unit is None and claim.high is not None and claim.low is not None and fig.high is None:
                base = claim
            continue
        if base is None or fig.high is not None or fig.unit is not None:
            continue
        dm = _DERIVED.match(text, fig.end, e)
        if not dm:
            continue
        x = tokens(text, dm.end(), min(e, dm.end() + 60))
        k = 1 if x and x[0].low in {"the", "a", "an"} else 0
        xw, _ = noun_phrase(x, k, lx)
        if not xw or xw[-1].low.rstrip(".") in lx.time_nouns:
            continue
        d = dm.group("d")
        bval = float(base.value)  # type: ignore[arg-type]
        if d and d.lower() == "more":
            value, op = bval - fig.value, "-"
        else:
            value, op = bval + fig.value, "+"
        if value <= 0:
            continue
        ru = rounding_unit(bval) if base.precision == "rounded" else 0.0
        f = Figure(fig.start, xw[-1].end, value)
        subject = " ".join(t.text for t in xw)
        out.append(_claim(article, f, None, subject, _subject_key(subject) + "|", text[fig.start:xw[-1].end],
                          (fig.start, xw[-1].end), _quote(text, sent, fig.start, xw[-1].end), base.as_of, settings,
                          note=f"derived: {_fmt(bval)} {op} {_fmt(fig.value)}", unit_override=ru))
    if base is not None:
        for m in _MULTIPLE.finditer(text, s, e):
            if m.start() < (base.span or (0, 0))[1]:
                continue
            x = tokens(text, m.start("x"), m.end("x"))
            xw, _ = noun_phrase(x, 1, lx)
            if not xw and len(x) > 1 and x[1].low in lx.markers:
                xw = [x[1]]  # "twice the total"
            if not xw:
                continue
            mult = _MULT_VALUE[" ".join(m.group("m").lower().split())]
            bval = float(base.value)  # type: ignore[arg-type]
            value = bval / mult
            subject = " ".join(t.text for t in xw)
            span = (m.start(), xw[-1].end)
            out.append(_claim(article, Figure(span[0], span[1], value), None, subject, _subject_key(subject) + "|",
                              text[span[0]:span[1]], span, _quote(text, sent, *span), base.as_of, settings,
                              note=f"derived: {_fmt(bval)} / {_fmt(mult)}", unit_override=0.0))
    return out


def _subject_key(subject: str) -> str:
    """``subject_key``, or the words themselves when they are all stop words ("the total")."""
    return subject_key(subject) or " ".join(sorted(set(subject.lower().split())))


def _fmt(x: float) -> str:
    v = _number(x)
    return f"{v:,}" if isinstance(v, int) else str(v)
