"""Date claims: when an event happened, tied to the event of the clause the date sits in.

For every time expression the temporal tagger finds (:mod:`reconcile.extract.temporal`), outside
page furniture:

1. the *clause* around it is cut out of its sentence (at ``;``, dashes, and words that open
   another clause: "which", "who", "after", "following", "while", "that"...);
2. the *event* is the clause's word that names what happened: an event noun of the vocabulary
   (``data/events.yaml``) right next to the date ("the January 3 drone attack", "a phone call
   ... on Thursday", "a vote by Iraq's parliament last week"), any event noun the date modifies
   ("the March 2 escape", "Monday's eviction") or that opens the clause before "be" ("attempts
   on Sunday were abandoned"), or a nominalisation opening it, owned or with its "of" phrase,
   before any verb ("its resumption on 8 September came after ..."), else the nearest verb ("parliament passed on Sunday a
   resolution"), near in words that weigh (names, figures, determiners and prepositions do not),
   else a dated state ("was on the run until March 3"; "was at Harbor Clinic from 2010 to 2011", a
   stay at a named place). A date opening its sentence is its main
   verb's, past asides and subordinate clauses; a date in a phrase of time that opens the
   sentence is that phrase's event noun's ("Since the robbery ... in 2017, the owner has ..."),
   and one after a participle opening the sentence the participle's ("Discovered in 1994, the
   comet ..."). A year alone in brackets after a work (``works``: "her memoir (2006)", "'The
   Tallow Road' (2011)") is the work's release. "Dates back to" a date is a thing's origin, the
   construction of a building or the founding of a body named right before it (``origin_of``:
   "the town hall dates to 1935" is "was built in 1935"). A negated verb dates nothing, but "not ... until"
   a date does ("was not published until 1961"). An event noun that hangs by a preposition from
   another head ("the man accused of the bombing was born") gives the verb no class; one before
   "with" and its other party gives it its own ("talks with the union broke down": the talks), and
   so does an event named by its shape (a nominalisation, a listed event noun, a verb and its
   particle) before a verb of beginning ("the sitting began on Monday", "the walkout started"),
   the head before a preposition being the subject ("work on the new building began": a start). A
   passive done to the event its subject names is an act of its own ("the fire was extinguished
   on Wednesday": extinguish), unless its verb holds, performs or perceives the event
   (``passive_keeps_subject``: "the vote was held", "the quake was felt"); a verb of a phase
   (a suspension, a resumption) keeps its class ("construction resumed on 8 September").
   "broke" is a beginning only with "out". Words the
   vocabulary does not list are keyed by their dictionary form (simplemma), so "escaped" and "the
   escape" are one event, and a nominalisation by the verb it is made from ("the completion":
   complete, "the resumption": resume). Verbs of
   speech ("said", "told") are no events of the story: the date of a statement says nothing about
   what it reports. A day right beside an act of speech (``speaking``: "police said Friday",
   "told reporters on Tuesday", "said last week") dates the statement itself, class ``statement``
   keyed by its day or week, so two statements on different days never contradict each other; unless the statement
   reports a thing done ("announced on Wednesday that it had reconnected most
   homes": reconnected by Wednesday); a verb that puts a thing out (``publishing``: released,
   announced, issued...) is an event when what it puts out is a thing ("the results were released
   Wednesday", "announced Sunday drastic cuts"), a statement before "that" or a pronoun. A date
   with no event word in its clause makes no claim. A verb
   of several senses takes the one its object or subject tells (``object_senses``: "hit 9%" is no
   attack, "shares fell" no crash), also as the event a time is counted from ("five days after
   Ana Ruiz was dismissed": a dismissal).
   Two dates joined as a range ("between 2004 and 2009") are one span, and a deictic date that a
   date in figures beside it restates otherwise ("this morning 10th March") gives way to it;
3. the event's *participants* are the names and agents around the event word: people and
   organisations named in full ("Qassem Soleimani" -> ``@soleimani``, marked as strong), and
   places or bodies ("Iraq's parliament" -> ``iraq parliament``). The doer of a verb is marked
   ``^`` ("the United States rebuffed" -> ``^us``); a seat of government or a country's ministry
   acting stands for the country ("the State Department rejected" -> ``^us``), and "they" or
   "who" stands for the nearest group before it ("protesters ..., who have been demonstrating");
   a participle set off by commas keeps its words apart from the main verb's ("The ferry, built in
   Norway in 1989, was bought by X": X bought, Norway built);
4. an ongoing effort of a group named by its activity dates that activity ("the government they
   have been trying to bring down since October", of protesters: the protests, since October).

The claim's key is ``CLASS|PARTICIPANTS``; :mod:`reconcile.match` groups date claims of one
class that share a strong participant (spelling variants allowed), or whose other participants
are compatible. A relative expression in an article whose publication date is unknown stays
unresolved, with the reason; it is never guessed.
"""
from __future__ import annotations

import bisect
from datetime import date
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import lru_cache


import simplemma
from dateutil.relativedelta import relativedelta

from ..datafiles import calendar, weekday_names
from ..datafiles import load as load_data
from ..lexicon import fold, key_tokens, lemma, name_key
from ..models import STATEMENT_EVENT, Article, Claim, DateSpan, Kind
from ..settings import Settings
from .sentences import SentenceIndex, quote_of, sentence_index
from .temporal import Timex, count_from
from .temporal.timex import EVENT_ANCHOR, NO_ANCHOR
from .temporal.vocab import vocabulary as temporal_vocabulary
from .tokenindex import TokenIndex

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'\u2019.-]*|\d[\d,.:/-]*")
# (each word alternative is led by a look at its first letter, which it implies: the engine then
# tries the words only where one may start, three times as fast on a long clause)
_CLAUSE_BREAK = re.compile(
    r"[;\u2014\u2013]|\s-\s|\(|\)|[\"\u201c\u201d]|,\s*(?=(?:which|who|whom|whose|while(?!\s+[a-z]+ing\b)|when|where|but|"
    r"although|though|because|as|after|before|saying|amid|and)\b)|(?=[atw])\b(?:although|though|whereas)\b"
    r"|(?=[abfsuw])\b(?:after|following|before|amid|because|while(?!\s+[a-z]+ing\b)|whereas|until|since the)\b"
    r"(?!\s*(?:,|$)|\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d\d|\s*[ap]\.?\s?m\b)"
    r"|\s+(?:midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|dark|nightfall)\b)",  # "shortly after midnight on Friday"
    re.I)
# a regular past: three letters or more before "-ed", or one of the short verbs in -e whose past has
# four letters ("was sued", "owed", "tied", "vied"): "need", "seed", "shed" are no pasts; a
# compound in lower case too ("rear-ended", "test-fired")
_PAST_VERB = re.compile(r"^(?:[a-z]{2,}-)?(?:[a-z]{3,}|su|ow|ey|ti|li|vi|ax|dy|di)ed$")
_AGO = re.compile(r"\bago\b", re.I)
_GERUND = re.compile(r"^[a-z]{3,}ing$")
_NOT_GERUNDS = frozenset({
    "during", "morning", "evening", "building", "meeting", "nothing", "something", "anything",
    "everything", "according", "including", "following", "regarding", "concerning", "being", "having",
    "king", "thing", "things", "ring", "spring", "string", "wing", "bring", "sing", "ceiling", "funding",
    "training", "housing", "hearing", "ruling", "wedding", "painting", "clothing", "shipping", "pending",
    "trying", "going", "doing", "saying", "seeking", "looking", "making", "taking", "getting", "coming",
    "growing", "rising", "increasing", "ongoing", "remaining", "leading", "working", "living", "serving",
})
# a verb after one of these is no event ("calls were not answered on Monday"); "the case hadn't been
# submitted as of Tuesday" is a status as of that day, and stays a claim
_VERB_NEGATIONS = frozenset({"not", "never", "n't", "no", "didn't", "wasn't", "weren't", "hasn't", "haven't"})
_NEGATIONS = _VERB_NEGATIONS | frozenset({"hadn't", "isn't", "aren't", "won't", "cannot", "can't", "couldn't"})
_PARTICLES = {"in": "in", "into": "in", "out": "out", "off": "off", "up": "up", "down": "down", "over": "over",
              "away": "away", "back": "back"}
PRECISION = {"day": "day", "month": "month", "year": "year"}
NOUN_REACH = 10  # tokens between an event noun and its date
MODIFIER_REACH = 4  # tokens between a date and the event noun it modifies ("the January 3 US drone attack")
VERB_REACH = 12
# the words around a date that _trigger reads: an event noun within NOUN_REACH before the date or
# MODIFIER_REACH after it, a verb within twice VERB_REACH before it or VERB_REACH + 4 after (its
# first word, the last one after it), a verb of speech between them; one more either side
TRIGGER_REACH_LEFT = max(NOUN_REACH, 2 * VERB_REACH) + 1
TRIGGER_REACH_RIGHT = max(MODIFIER_REACH, VERB_REACH + 4) + 2
WINDOW_BEFORE = 6
WINDOW_AFTER = 8


@dataclass(frozen=True)
class Vocab:
    verbs: dict[str, str]  # word -> class
    nouns: dict[str, str]  # word or two-word phrase -> class
    reporting: frozenset[str]
    not_events: frozenset[str]
    agents: dict[str, str]
    titles: frozenset[str]
    irregular: frozenset[str]  # irregular past tenses: verbs, of their own class
    stand_for: dict[str, str]  # folded seat of government -> country key
    state_bodies: frozenset[str]
    efforts: frozenset[str]
    doers: dict[str, str]  # agent -> class of its activity
    lemma_class: dict[str, str]  # dictionary form of a vocabulary verb -> its class ("kill" -> attack)
    event_nouns: frozenset[str]  # nouns of events that are neither verbs nor nominalisations ("incident")
    intents: frozenset[str]  # nouns of an attempt, whose infinitive is the event ("efforts to sell")
    participles: frozenset[str]  # irregular past participles ("taken", "shot"): verbs after be / have
    publishing: frozenset[str] = frozenset()  # reporting verbs that may put a thing out ("released")
    speaking: frozenset[str] = frozenset()  # reporting verbs of an act of speech ("said", "told")
    kin: dict[str, tuple[str, ...]] | None = None  # class -> classes one person's event may be told in
    scheduled: tuple[tuple[str, ...], ...] = ()  # present forms of scheduled events ("ends", "takes place"), as words
    scheduled_plural: frozenset[str] = frozenset()  # their plural present ("polls open", "nominations close")


PERSON_TITLES = frozenset({
    "minister", "president", "secretary", "general", "commander", "leader", "spokesman", "spokeswoman",
    "spokesperson", "speaker", "prime", "chief", "king", "queen", "prince", "sheikh", "cleric", "ayatollah",
    "mr", "mrs", "ms", "dr", "sir", "senator", "governor", "mayor", "ambassador", "lawmaker", "officer",
})
NON_NAME_ENDS = PERSON_TITLES | frozenset({
    "department", "ministry", "force", "forces", "council", "party", "army", "guard", "guards", "corps",
    "university", "center", "centre", "division", "brigade", "command", "office", "house", "embassy",
    "zone", "group", "alliance", "bloc", "movement", "front", "committee", "agency", "court", "union",
    "bank", "company", "airport", "base", "province", "state", "states", "city", "street", "square",
    "day", "eve",  # "Boxing Day", "Election Day": occasions, not people
})
_MONTH_NAMES, _ = calendar()
_MONTHS_DAYS = frozenset(_MONTH_NAMES) | weekday_names()  # capitalised, but no names


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    data = load_data("events.yaml")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for cls, words in data["classes"].items():
        for w in words.get("verbs", []):
            verbs.setdefault(str(w).lower(), cls)
        for w in words.get("nouns", []):
            nouns.setdefault(str(w).lower(), cls)
    agents = {str(v).lower(): canon for canon, vs in data["agents"].items() for v in vs}
    stand_for = {fold(str(v)): str(country) for country, vs in data["stand_for"].items() for v in vs}
    lemma_class: dict[str, str] = {}
    for w, cls in verbs.items():
        first, _, rest = w.partition(" ")
        lemma_class.setdefault(f"{lemma(first)} {rest}" if rest else lemma(w), cls)  # "pushing out": pushed out
    # the irregular past tenses of the vocabulary and of the temporal tagger's tense cues (auxiliaries,
    # speech and words that are also nouns or adjectives left out)
    irregular = frozenset(data["irregular_past"]) | (
        temporal_vocabulary().past_irregular - frozenset(data["not_irregular_events"]) - frozenset(data["reporting"]))
    return Vocab(verbs, nouns, frozenset(data["reporting"]), frozenset(data["not_events"]), agents,
                 NON_NAME_ENDS, irregular, stand_for, frozenset(fold(str(b)) for b in data["state_bodies"]),
                 frozenset(data["efforts"]), {str(k): str(v) for k, v in data["doers"].items()}, lemma_class,
                 frozenset(str(w) for w in data["event_nouns"]), frozenset(str(w) for w in data["intents"]),
                 frozenset(str(w) for w in data["participles"]), frozenset(str(w) for w in data["publishing"]),
                 frozenset(str(w) for w in data.get("speaking", ())),
                 {str(k): tuple(map(str, v)) for k, v in (data.get("kin") or {}).items()},
                 tuple(sorted((tuple(str(w).lower().split()) for w in data.get("scheduled", ())), key=len, reverse=True)),
                 frozenset(str(w).lower() for w in data.get("scheduled_plural", ())))


def event_class(word: str, particle: str | None = None) -> str:
    """The class of an event word the vocabulary does not list: its verb's class when its dictionary
    form is a vocabulary verb's ("kills" -> attack), else the dictionary form itself, so that "the
    escape" and "escaped" are one event; a particle stays ("checked into" is not "checked out"). A
    noun made of a verb and its particle is that verb with it ("the break-in": broke in)."""
    if particle is None and (phrasal := phrasal_noun(word)):
        word, particle = phrasal
    base = lemma(word)
    if particle is None and not _verbal(base):
        base = _nominal_verb(base) or base  # "the completion": complete, as "was completed"
    if particle and (phrase := vocab().lemma_class.get(f"{base} {particle}")):
        return phrase  # "pushing out": a dismissal, as "pushed out"
    cls = vocab().lemma_class.get(base, base)
    return cls + (f" {particle}" if particle else "")


class Tok:
    """A word of a clause: its offsets, its text, and its lower-case form without a final stop."""

    __slots__ = ("start", "end", "text", "low", "inert")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.low = text.lower().replace("\u2019", "'").rstrip(".")
        self.inert: bool | None = None  # see _inert; found when first asked

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


@dataclass(frozen=True)
class Trigger:
    index: int  # token index of the event word (its last word for a phrase)
    first: int  # token index of its first word
    cls: str
    noun: bool
    by: bool = False  # the date is a deadline the event was done by ("announced Friday that it had restored")


def _between_dates(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a <= s and e <= b for s, e in spans)


def extract_dates(article: Article, settings: Settings) -> list[Claim]:
    """Date claims of ``article``: one per time expression tied to an event (:class:`_Reader`), one
    per event a "when" clause tells after a day that ends a state (:func:`_until_when`), and one per
    time counted from an event the article dates (:func:`_counted_from_events`)."""
    from .background import timexes as article_timexes

    text = article.text
    # ("two years later" with no date before it to count from says nothing checkable; "his 2008
    # Bentley" is a model year; "a day before the vote" waits for the vote's date, below)
    found = [t for t in article_timexes(text, article.source.published)
             if t.start >= article.body_start and not article.in_furniture(t.start) and t.grain != "ref"
             and t.unresolved != NO_ANCHOR and not _model_year(text, t)]
    timexes = [t for t in found if t.unresolved != EVENT_ANCHOR]
    counted = [t for t in found if t.unresolved == EVENT_ANCHOR]
    if not timexes:
        return []  # (a time counted from an event has nothing to count from)
    reader = _Reader.of(article, _restated(text, _ranges(text, timexes)))
    claims: list[Claim] = []
    for i, tx in enumerate(reader.timexes):
        claim = reader.claim(tx, i, tx.end)
        if claim is not None:
            claims.append(claim)
        when = _until_when(text, tx, reader.sentences, reader.index, reader.spans, reader.make)
        if when is not None:
            claims.append(when)
    if counted:
        claims.extend(_counted_from_events(text, counted, claims, reader.sentences, reader.index, reader.claim,
                                           reader.spans, reader.make, reader.timexes))
        claims.sort(key=lambda c: c.span)
    return claims


@dataclass
class _Reader:
    """What reading one article's dates needs at hand: its dates (in text order), their starts and
    spans, its sentences, its strong names and its token index."""

    article: Article
    timexes: list[Timex]
    starts: list[int]
    spans: list[tuple[int, int]]
    sentences: SentenceIndex
    strong_names: frozenset[str]
    index: TokenIndex[Tok]

    @classmethod
    def of(cls, article: Article, timexes: list[Timex]) -> "_Reader":
        text = article.text
        return cls(article, timexes, [t.start for t in timexes], [(t.start, t.end) for t in timexes],
                   sentence_index(text), article_surnames(text[article.body_start:]), token_index(text))

    def claim(self, tx: Timex, i: int | None, reach_end: int) -> Claim | None:
        """The claim of date ``tx`` (``timexes[i]``, or a time counted from an event whose words
        end at ``reach_end``: they are no words of the claim's own event)."""
        text, spans = self.article.text, self.spans
        s_start, s_end = self.sentences.around(tx.start)
        if not (s_start <= tx.start < s_end):
            return None
        # the sentence's other dates within reach of this one's clause (a run-on text costs linear time)
        lo_i = bisect.bisect_left(self.starts, max(s_start, tx.start - 2 * CLAUSE_REACH))
        hi_i = bisect.bisect_left(self.starts, min(s_end, reach_end + 2 * CLAUSE_REACH))
        others_i = [j for j in range(lo_i, hi_i) if j != i and not tx.start <= spans[j][0] < reach_end]
        near = [spans[j] for j in others_i]
        # another date right beside this one restates it ("today (12 March 2021)"): not a date of
        # its own (only a date within three characters can be one)
        others = [spans[j] for j in others_i
                  if spans[j][0] > tx.end + 3 or spans[j][1] < tx.start - 3 or not _apposed(text, tx, self.timexes[j])]
        frame = _frame(text, s_start, s_end, tx.start, reach_end, self.strong_names, others, near, self.index)
        if frame is None:
            return None
        subject, key, by = frame
        if key.startswith(STATEMENT + "|"):
            # a statement is known by its day: two made on different days are two statements
            published = self.article.source.published
            if tx.grain not in ("day", "week") or not tx.value or tx.qualifier or (
                    published and tx.first and tx.first > published):
                return None  # (a statement told in the past is not made after the article)
            key = f"{STATEMENT} {tx.value}{key[len(STATEMENT):]}"
        return _claim(self.article, tx, subject, key, quote_of(text, s_start, s_end, tx.start, tx.end), by)

    def make(self, tx: Timex, subject: str, key: str) -> Claim:
        """The claim of date ``tx`` with the subject and key given."""
        s_start, s_end = self.sentences.around(tx.start)
        return _claim(self.article, tx, subject, key, quote_of(self.article.text, s_start, s_end, tx.start, tx.end))


_UNTIL_BEFORE = re.compile(r"\buntil[ \t]+$", re.I)
_WHEN_AFTER = re.compile(r",?[ \t]+when[ \t]+", re.I)


def _until_when(text: str, tx: Timex, sentences, index: TokenIndex[Tok], dates: list[tuple[int, int]],
                make_claim) -> Claim | None:
    """The event a "when" clause tells right after a day that ends a state: "He was at large until
    Dec. 7, when he was found", "remained anonymous until May 30, 2005 when his family revealed his
    identity" (found, revealed on that day); the state's own claim keeps its "until"."""
    if tx.value is None or not _UNTIL_BEFORE.search(text, max(0, tx.start - 8), tx.start):
        return None
    s_end = sentences.around(tx.start)[1]
    w = _WHEN_AFTER.match(text, tx.end, s_end)
    if w is None:
        return None
    anchor = _anchor_event(text, index, w.end(), s_end, dates)
    if anchor is None:
        return None
    cls, anchor_end, _ = anchor
    toks = index.between(w.end(), anchor_end)
    day = Timex(tx.start, anchor_end, text[tx.start:anchor_end], tx.value, tx.grain, tx.first, tx.last, None,
                tx.relative, None)
    return make_claim(day, " ".join(t.text for t in toks), _event_key(cls, _name_runs(toks)))


# where the words of the event a time is counted from end ("a day after the vote, the speaker ...")
_ANCHOR_END = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s|\.(?:\s|$)")
ANCHOR_WORDS = 8  # words after "a day before" that may name the event it counts from
_BOUNDING = frozenset({"since", "from", "after", "before", "until", "by", "through", "till", "prior to",
                       "ahead of", "up to", "up until", "as of"})


def _counted_from_events(text: str, counted: list[Timex], claims: list[Claim], sentences, index: TokenIndex[Tok],
                         date_claim, dates: list[tuple[int, int]], make_claim, days: Sequence[Timex] = ()
                         ) -> list[Claim]:
    """Times counted from another event ("A day before the vote, the speaker resigned"): the date
    of that event, told by a claim of the same article in the same sentence or an earlier one
    (the nearest before the sentence's end), shifted by the count (:func:`count_from`); the claim
    is the event of the time's own clause (the resignation), never the anchor's. The dated
    events are indexed once by class; an anchor with no date in the article gives no claim."""
    dated: dict[str, list[tuple[int, Claim]]] = {}  # class -> (start, claim) in text order
    for c in claims:
        _index_dated(dated, c)
    out: list[Claim] = []
    ends = [t.end for t in days]
    for tx in counted:
        s_end = sentences.around(tx.start)[1]
        anchor = _anchor_event(text, index, tx.end, s_end, dates)
        if anchor is None:
            continue
        cls, anchor_end, names = anchor
        if (restated := _counted_apposition(text, tx, days, ends)) is not None:
            # "Roads reopened on Saturday, a week after the mudslide": the count restates the day
            # before it, so the event it counts from lies that count away (the mudslide a week before)
            claim = _anchor_dated_back(text, tx, restated.grain, restated.first, restated.last, cls, anchor_end,
                                       index, make_claim)
            if claim is not None:
                out.append(claim)
                _index_dated(dated, claim)
            continue
        source = _dated_before(dated, cls, s_end, names)
        if source is None and names:
            # "a day after Ana Ruiz was killed", and the article dates her death
            source = next((c for kin in (vocab().kin or {}).get(cls, ()) if (c := _dated_before(dated, kin, s_end, names, True))),
                          None)
        if source is None:
            back = _counted_back(text, tx, anchor, dated, s_end, index, date_claim, make_claim)
            if back is not None:
                out.append(back)
                _index_dated(dated, back)
            continue
        value = count_from(tx.offset, source.precision or "", source.start, source.end)
        if value is None:
            continue
        v, grain, first, last = value
        # the claim reads the time and what it counts from ("a week after the leak"), unless a
        # date of the anchor's own stands between ("the day before his May 3 death")
        inner = any(tx.end <= c.span[0] < anchor_end for c in claims)
        end = tx.end if inner else anchor_end
        resolved = Timex(tx.start, end, text[tx.start:end], v, grain, first, last, None, True, None)
        claim = date_claim(resolved, None, anchor_end)
        if claim is not None:
            out.append(claim)
            _index_dated(dated, claim)
    return out


_APPOSITION_GAP = re.compile(r"[ \t]*,[ \t]*")


def _counted_apposition(text: str, tx: Timex, days: Sequence[Timex], ends: list[int]) -> Timex | None:
    """The day a count set after it by a comma restates ("on Saturday, a week after the mudslide",
    "on Monday, two days before the vote"): the resolved date that ends right before the comma."""
    if tx.offset is None:
        return None
    k = bisect.bisect_right(ends, tx.start) - 1
    if k < 0 or days[k].value is None or days[k].grain != "day" \
            or not _APPOSITION_GAP.fullmatch(text, days[k].end, tx.start):
        return None
    return days[k]


def _counted_back(text: str, tx: Timex, anchor: tuple[str, int, set[str]], dated, s_end: int, index: TokenIndex[Tok],
                  date_claim, make_claim) -> Claim | None:
    """The other way round: the time's own event is dated in the article and the event it counts
    from is not ("Buckley's death came a day after Duncan Rait was killed", Buckley's death dated
    Saturday): the anchor's date is the own event's counted back (Rait killed on Friday). None when
    the own event is undated, is of the anchor's class, or the count cannot be taken back."""
    if tx.offset is None:
        return None
    cls, anchor_end, _ = anchor
    probe = Timex(tx.start, tx.end, tx.text, "0001", "year", date(1, 1, 1), date(1, 12, 31), None, True, None)
    own = date_claim(probe, None, anchor_end)
    if own is None or own.key.startswith(STATEMENT):
        return None
    own_cls, _, own_ctx = own.key.partition("|")
    own_names = {w.lstrip("@^~") for w in own_ctx.split()}  # ("Mr Buckley's death": buckley)
    toks = index.between(tx.end, anchor_end)
    names = _name_runs(toks)
    if own_cls == cls and not (own_names and names and own_names.isdisjoint(names)):
        return None  # one class, and nothing tells the two events apart
    source = _dated_before(dated, own_cls, s_end, own_names, bool(own_names))
    if source is None:
        return None
    return _anchor_dated_back(text, tx, source.precision or "", source.start, source.end, cls, anchor_end, index,
                              make_claim)


def _anchor_dated_back(text: str, tx: Timex, grain: str, first, last, cls: str, anchor_end: int,
                       index: TokenIndex[Tok], make_claim) -> Claim | None:
    """The claim of the event a time counts from (its words from the time's end to ``anchor_end``),
    dated by counting the time's offset back from the days ``first``-``last`` of ``grain`` its own
    event is dated; None when the count cannot be taken back."""
    sign, n, unit = tx.offset
    value = count_from((-sign, n, unit), grain, first, last)
    if value is None:
        return None
    toks = index.between(tx.end, anchor_end)
    resolved = Timex(tx.start, anchor_end, text[tx.start:anchor_end], *value, None, True, None)
    subject = " ".join(t.text for t in toks if t.low not in _DATE_LEAD)
    return make_claim(resolved, subject, _event_key(cls, _name_runs(toks)))


def _event_key(cls: str, names: set[str]) -> str:
    """The key of an event of class ``cls`` told with ``names`` ("killed|@rait")."""
    return f"{cls}|{' '.join(sorted('@' + n for n in names))}"


def _name_runs(toks: list[Tok]) -> set[str]:
    """The family names of the names among ``toks``: the last word of each run of capitalised words
    ("36-year-old Duncan Rait was killed" -> rait)."""
    out: set[str] = set()
    run: list[Tok] = []
    for t in [*toks, None]:
        if t is not None and t.text[:1].isupper() and t.low not in _MONTHS_DAYS and t.low not in _COMMON_OPENERS:
            run.append(t)
            continue
        if run and (key := name_key(_POSSESSIVE_END.sub("", run[-1].text))):
            out.add(key.split()[-1])
        run = []
    return out


_DATE_AFTER_NOUN = re.compile(r"[^\S\n]+(?:on|in|of|at|last|this|early|late)?[^\S\n]*")


def _dated_noun_end(text: str, end: int, dates: list[tuple[int, int]]) -> int:
    """The end of an anchor noun's words, its own date after it included ("a day before the vote
    on Tuesday")."""
    m = _DATE_AFTER_NOUN.match(text, end)
    if m is None:
        return end
    k = bisect.bisect_left(dates, (m.end(), 0))
    return dates[k][1] if k < len(dates) and dates[k][0] == m.end() else end


def _dated_before(dated: dict[str, list[tuple[int, Claim]]], cls: str, end: int, names: set[str],
                  named: bool = False) -> Claim | None:
    """The nearest claim of class ``cls`` before ``end`` that names none but ``names`` of the people
    (with ``named``: that names one of them)."""
    entries = dated.get(cls, ())
    k = bisect.bisect_left(entries, end, key=lambda e: e[0])
    for _, c in reversed(entries[max(0, k - 4):k]):
        persons = {w[1:] for w in c.key.partition("|")[2].split() if w.startswith("@")}
        if names and persons and not names & persons:
            continue  # "a day after Ruiz was killed", and the dated killing is another person's
        if named and not names & persons:
            continue
        return c
    return None


def _index_dated(dated: dict[str, list[tuple[int, Claim]]], c: Claim) -> None:
    """Index a date claim that dates its event at a day, month or year, unbounded, by its class."""
    if c.value is None or c.precision not in ("day", "month", "year") or c.start is None or c.end is None \
            or (c.qualifier and c.qualifier in _BOUNDING) or c.key.startswith(STATEMENT):
        return
    entries = dated.setdefault(c.key.partition("|")[0], [])
    bisect.insort(entries, (c.span[0], c), key=lambda e: e[0])


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _anchor_event(text: str, index: TokenIndex[Tok], start: int, s_end: int, dates: list[tuple[int, int]] = ()
                  ) -> tuple[str, int, set[str]] | None:
    """The event a time is counted from, in the words after it up to a mark: (its class, the end
    of its words, the surnames they name). An event noun ("the vote", "his May 3 death",
    "the killing of Ana Ruiz") or a verb ("Ruiz was killed", "police arrested him"); the words
    of a verb's clause run to the mark. The first lower-case word that is either is the event."""
    end = _anchor_end(text, start, min(s_end, start + 160), dates)
    toks = index.between(start, end)[:ANCHOR_WORDS]
    names = _anchor_names(toks)
    v = vocab()
    for k, t in enumerate(toks):
        if not _LOWER_WORD.match(t.text.rstrip(".")):
            continue
        low = t.low.removesuffix("'s")
        prev = toks[k - 1].low if k else ""
        nxt = _particle_word(toks, k + 1)
        if k >= 2 and _LOWER_WORD.match(prev) and prev not in _PREPOSITIONS and _determiner(toks[k - 2].low):
            prev = toks[k - 2].low  # a modifier between ("a 4-0 home defeat", "the deadly mudslide")
        noun = _anchor_noun(low, prev, nxt, v)
        if noun:
            return noun, _anchor_noun_end(text, toks, k, nxt, end, dates, v), names
        verb = _anchor_verb(low, prev, nxt, v)
        if verb is not None:
            return _anchor_sense(toks, k, verb), end, names
    return None


def _anchor_sense(toks: list[Tok], k: int, cls: str) -> str:
    """The class of the anchor's verb at token ``k`` by the person it is done to (``object_senses``
    of events.yaml), as a verb with its own date reads it: the subject of its passive or its object
    a name or a word of persons ("five days after Ana Ruiz was dismissed" is a dismissal, "two days
    after the appeal was dismissed" stays a rejection)."""
    senses, _, persons, _ = _senses()
    low = toks[k].low
    sense = senses.get(low) or senses.get(lemma(low))
    if not sense or "person" not in sense:
        return cls
    j = k - 1
    if j >= 0 and toks[j].low in _PASSIVE_AUX:
        while j >= 0 and (toks[j].low in _PASSIVE_AUX or toks[j].low in _HAVE or toks[j].low in _MODALS):
            j -= 1
    else:
        j = k + 1
    if not 0 <= j < len(toks):
        return cls
    who = toks[j]
    named = who.text[:1].isupper() and who.low not in _MONTHS_DAYS_LOW and who.low not in _COMMON_OPENERS
    return sense["person"] if named or who.low in persons or lemma(who.low) in persons else cls


def _anchor_end(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> int:
    """Where the words after a time counted from an event end: at the first mark before ``end``
    that is no date's own ("a day after his May 3, 2019 death": the date's comma is no mark)."""
    at = start
    while (brk := _ANCHOR_END.search(text, at, end)) is not None:
        k = bisect.bisect_right(dates, (brk.start(), len(text))) - 1
        if k >= 0 and dates[k][0] <= brk.start() < dates[k][1]:
            at = dates[k][1]
            continue
        return brk.start()
    return end


def _anchor_names(toks: list[Tok]) -> set[str]:
    """The surnames the anchor's words may name: the keys of its capitalised words but months, days
    and common sentence openers ("a day after Ana Ruiz's arrest" -> ana, ruiz)."""
    return {key.split()[-1] for t in toks if t.text[:1].isupper() and t.low not in _MONTHS_DAYS
            and t.low not in _COMMON_OPENERS and (key := name_key(_POSSESSIVE_END.sub("", t.text)))}


def _anchor_noun(low: str, prev: str, nxt: str, v: Vocab) -> str | None:
    """The class of an event noun among the anchor's words: one of the vocabulary, of one or two
    words ("the vote", "the general strike"), a plural of one ("the bombings"), or a noun that
    names an event after a determiner, a possessive or a figure ("a week after the leak")."""
    noun = v.nouns.get(f"{prev} {low}") or (v.nouns.get(low) if f"{low} {nxt}" not in v.nouns else None)
    if noun is None and low.endswith("s") and lemma(low) in v.nouns:
        noun = v.nouns[lemma(low)]
    if noun is None and _determiner(prev) \
            and not _PAST_VERB.match(low) and low not in _TIME_NOUNS and low not in v.not_events \
            and not (nxt and _LOWER_WORD.match(nxt) and nxt not in _PREPOSITIONS) and eventive(low):
        noun = event_class(low)
    return noun


def _determiner(word: str) -> bool:
    """A word that opens a noun phrase of an event: a determiner, a possessive or a figure."""
    return word in _DETERMINERS or word.endswith("'s") or bool(_DIGIT.search(word))


def _anchor_noun_end(text: str, toks: list[Tok], k: int, nxt: str, end: int, dates: list[tuple[int, int]],
                     v: Vocab) -> int:
    """The end of the words of the anchor noun at token ``k``: the mark when a verb follows it
    ("hours after the quake struck on Monday": the clause is the event's), the name after "of"
    ("the killing of Ana Ruiz"), else the noun and its own date (:func:`_dated_noun_end`)."""
    j = k + 1
    while j < len(toks) and (toks[j].low in _AUXILIARIES or toks[j].low in ("that", "which")
                             or (toks[j].low.endswith("ly") and len(toks[j].low) > 4)):
        j += 1
    if j < len(toks) and j > k + 1 and toks[j - 1].low in _AUXILIARIES or j < len(toks) and (
            toks[j].low in v.verbs or toks[j].low in v.irregular or _PAST_VERB.match(toks[j].low)):
        return end
    if nxt == "of":
        j = k + 2
        while j < len(toks) and (toks[j].text[:1].isupper() or toks[j].low in _DETERMINERS):
            j += 1
        return toks[j - 1].end
    return _dated_noun_end(text, toks[k].end, dates)


def _anchor_verb(low: str, prev: str, nxt: str, v: Vocab) -> str | None:
    """The class of a verb among the anchor's words ("Ruiz was killed", "police arrested him"); no
    verb of speech, auxiliary or word mostly no event, nor a participle before its noun ("the
    attempted coup"). A verb that puts a thing out is one in the passive ("the poll was
    published": a publishing, as "the poll was published on Sunday")."""
    if (low in v.reporting and not (low in v.publishing and prev in _BE)) or low in v.not_events \
            or low in _AUXILIARIES or low in _BE:
        return None
    if (prev in _DETERMINERS or prev.endswith("'s")) and nxt and _LOWER_WORD.match(nxt):
        return None
    if low in v.verbs:
        return v.verbs[low]
    if _PAST_VERB.match(low) or low in v.irregular or (low in v.participles and prev in _BE_HAVE):
        return event_class(low, _PARTICLES.get(nxt))
    return None


_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _model_year(text: str, tx: Timex) -> bool:
    """A year between a personal possessive and a capitalised name is a model year ("his 2008
    Bentley"), not the date of anything that happened."""
    return tx.grain == "year" and _OWNER_BEFORE.search(text, max(0, tx.start - 7), tx.start) is not None \
        and _NAME_AFTER.match(text, tx.end) is not None


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|\u2013)\s*$", re.I)
_DIGIT = re.compile(r"\d")
_APPOSED = re.compile(r"^[\s,(]*$|^[\s,)]*$")


def _ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Two dates of one grain joined as a range ("between 2004 and 2009", "from March to June")
    become one span: the tagger keeps them apart (TimeML practice), but the claim is the span."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None and a.grain == b.grain and a.grain in ("day", "month", "year") and \
                a.first and b.last and a.first <= b.last and not a.qualifier and not b.qualifier and \
                _RANGE_JOIN.match(text[a.end:b.start]) and _RANGE_OPEN.search(text[max(0, a.start - 12):a.start]):
            out.append(Timex(start=a.start, end=b.end, text=text[a.start:b.end], value=f"{a.value}/{b.value}",
                             grain="span", first=a.first, last=b.last, relative=a.relative or b.relative))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:again|once more)\s*(?:in|on|at|during)?\s*$", re.I)


def _coordinated(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two dates are two times of one event, said as a repetition ("tried to sell it in 1986
    and again in 1990"): neither is then a nearer date of the event's own. Plain "in 2002 and 2003"
    stays one date: two occurrences a year apart would read as one contradicted date."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return hi - lo <= 30 and bool(_COORDINATED.match(text[lo:hi]))


def _restated(text: str, timexes: list[Timex]) -> list[Timex]:
    """Drop a deictic date that a date named in figures beside it restates otherwise ("this morning
    16th August" in a report published two days later: the quoted morning is the 16th)."""
    drop = set()
    for a, b in zip(timexes, timexes[1:]):
        a_named, b_named = _DIGIT.search(a.text) is not None, _DIGIT.search(b.text) is not None
        if a_named != b_named and a.value and b.value and a.value != b.value and a.grain == b.grain == "day" \
                and len(text[a.end:b.start]) <= 3 and _APPOSED.match(text[a.end:b.start]):
            drop.add(id(b) if a_named else id(a))  # the day named in figures wins over "this morning"
    return [t for t in timexes if id(t) not in drop] if drop else timexes


def _apposed(text: str, a: Timex, b: Timex) -> bool:
    """Whether two dates stand side by side, one restating the other ("today (12 March 2021)")."""
    between = text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]
    return len(between) <= 3 and bool(_APPOSED.match(between)) and a.value == b.value


def _claim(article: Article, tx, subject: str, key: str, quote: str, by: bool = False) -> Claim:
    fields: dict = {}
    qualifier = tx.qualifier
    if tx.value is None:
        fields.update(value=None, unresolved=tx.unresolved or "could not be resolved")
    elif _AGO.search(tx.text) and tx.grain in ("month", "year") and tx.first and tx.last:
        # "six months ago", "four years ago": a round distance, as loose as it is long: a quarter
        # of it either side, at least one unit ("six months ago" in November: March to July)
        published = article.source.published
        months = tx.grain == "month"
        n = (published.year - tx.first.year) * (12 if months else 1) + (
            published.month - tx.first.month if months else 0) if published else 1
        slack = max(1, -(-n // 4))
        if months:
            first = tx.first.replace(day=1) - relativedelta(months=slack)
            last = tx.last.replace(day=1) + relativedelta(months=slack + 1) - relativedelta(days=1)
        else:
            first, last = tx.first.replace(year=tx.first.year - slack, month=1, day=1), tx.last.replace(
                year=tx.last.year + slack, month=12, day=31)
        # the value is what the text says, at its precision ("6 months ago" in November: May); the
        # interval it allows is the looser one
        fields.update(value=tx.value, precision=tx.grain, start=first, end=last)
    else:
        precision = PRECISION.get(tx.grain)
        if precision and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", tx.value):
            fields.update(value=tx.value, precision=precision)
        elif tx.first is not None and tx.last is not None:
            fields.update(value=DateSpan(start=tx.first, end=tx.last), precision="span")
        elif tx.first is not None or tx.last is not None:
            fields.update(value=tx.value, precision=tx.grain)
        else:
            fields.update(value=None, unresolved=f"{tx.value!r} is not a calendar date")
        if fields.get("value") is not None:
            fields.update(start=tx.first, end=tx.last)
    if by and fields.get("value") is not None and not qualifier:
        qualifier = "by"  # done by that day: the start is open
        fields.update(start=None)
    return Claim(id="", source=article.source.id, kind=Kind.DATE, subject=subject, key=key,
                 qualifier=qualifier, text=tx.text, quote=quote,
                 span=(tx.start, tx.end), **fields)


CLAUSE_REACH = 400  # characters either side of a date: further words are another clause's


def _tok(m: re.Match[str]) -> Tok:
    return Tok(m.start(), m.end(), m.group())


def token_index(text: str) -> TokenIndex[Tok]:
    """The words of ``text``, read once: a date's clause takes its slice, so many dates in one
    run-on sentence do not read its words again each (a date costs its reach, not its sentence)."""
    return TokenIndex(_TOKEN, text, _tok)


def _tokens(index: TokenIndex[Tok], start: int, end: int, t_start: int, t_end: int,
            other_dates) -> tuple[list[Tok], int, int, _InDates]:
    """The tokens of ``text[start:end]``, the index of the date's first token and of the first token
    right of it, and the indices of the tokens of the other dates (as a set to ask)."""
    toks = index.between(start, end)
    t_first = bisect.bisect_left([t.end for t in toks], t_start + 1)  # first token not ending before the date
    t_last = t_first
    while t_last < len(toks) and toks[t_last].start < t_end:
        t_last += 1
    return toks, t_first, t_last, _InDates(toks, other_dates)


class _InDates:
    """``k in dates``: whether token ``k`` starts inside one of some dates' spans. Asked of a few
    tokens only, so the spans are sorted when first asked, and a token is checked against the
    spans that start within the longest span's length before it."""

    __slots__ = ("toks", "spans", "starts", "longest")

    def __init__(self, toks: list[Tok], spans) -> None:
        self.toks, self.spans = toks, spans
        self.starts: list[int] | None = None
        self.longest = 0

    def __contains__(self, k: int) -> bool:
        if self.starts is None:
            self.spans = sorted(self.spans)
            self.starts = [a for a, _ in self.spans]
            self.longest = max((b - a for a, b in self.spans), default=0)
        p = self.toks[k].start
        spans = self.spans
        return any(spans[j][1] > p for j in range(bisect.bisect_left(self.starts, p - self.longest),
                                                  bisect.bisect_right(self.starts, p)))


def _frame(text: str, s_start: int, s_end: int, t_start: int, t_end: int,
           strong_names: frozenset[str], other_dates: list[tuple[int, int]] = (),
           near_dates: list[tuple[int, int]] | None = None,
           index: TokenIndex[Tok] | None = None) -> tuple[str, str, bool] | None:
    """(readable subject, key, whether the date is a deadline) of the event a date at
    ``t_start:t_end`` belongs to, or None. ``other_dates`` are the sentence's other dates that
    may be an event's own; ``near_dates`` all of them, restatements of this one included.

    The driver: the date's clause, its event word (:func:`_event_word`), the event's class
    (:func:`_classed`), a nearer date of the event's own rules it out, then the words around the
    event give its participants (:func:`_context`) and a readable subject."""
    near_dates = other_dates if near_dates is None else near_dates
    index = index if index is not None and index.text is text else token_index(text)
    c_start, c_end = _clause(text, s_start, s_end, t_start, t_end, near_dates)
    # a clause is read within a bounded reach of its date, so a run-on "sentence" costs linear time
    c_start, c_end = max(c_start, t_start - CLAUSE_REACH), min(c_end, t_end + CLAUSE_REACH)
    found = _event_word(text, index, s_start, s_end, c_start, c_end, t_start, t_end, near_dates)
    if found is None:
        return None
    toks, t_first, t_last, trigger, effort = found
    trigger = _classed(toks, trigger, t_first, t_last, effort)
    trig_start, trig_end = toks[trigger.first].start, toks[trigger.index].end
    other_dates = [d for d in other_dates if not _coordinated(text, d, (t_start, t_end))]
    if t_end <= trig_start:  # (a date in a relative clause between is that clause's own)
        other_dates = [d for d in other_dates if not _in_relative(text, d, t_end, trig_start)]
    if _between_dates(other_dates, trig_end, t_start) or _between_dates(other_dates, t_end, trig_start):
        return None  # the event word has a nearer date of its own
    context, antecedent, said_of, first = _context(text, s_start, c_start, t_start, t_end, toks, t_last,
                                                   trigger, effort, strong_names)
    subject = _readable(_subject_words(toks, trigger, t_first, t_last, antecedent, said_of, first))
    return subject, f"{trigger.cls}|{context}", trigger.by


def _event_word(text: str, index: TokenIndex[Tok], s_start: int, s_end: int, c_start: int, c_end: int,
                t_start: int, t_end: int, near_dates) -> tuple[list[Tok], int, int, Trigger, tuple | None] | None:
    """The clause's tokens (read again when the date opens its clause), the date's first token and
    the first past it, the event word and, for an effort ("tried to sell the mill"), what
    :func:`_effort` read; None when the clause has no event word."""
    toks, t_first, t_last, skip = _tokens(index, c_start, c_end, t_start, t_end, near_dates)
    if not toks:
        return None
    effort = _effort(text, s_start, toks, t_first)
    trigger = effort[0] if effort else (
        _work_year(text, toks, t_first, t_last, t_start, t_end)
        or _fronted_event_noun(text, s_start, c_start, toks, t_first, t_end)
        or _trigger(toks, t_first, t_last, text[t_end:t_end + 2].lstrip().startswith(","), skip))
    opening = _TIME_PREPOSITION_BEFORE.search(text, max(s_start, c_start - 24), c_start) \
        if trigger is None and not effort else None
    if opening and _NOUN_CLAUSE.fullmatch(text, c_start, t_start):
        # "died after a long illness on Monday", "crashed shortly after takeoff on Tuesday": a
        # phrase of time with no event of its own dates the verb before it
        lo = s_start
        for m in _CLAUSE_BREAK.finditer(text, max(s_start, opening.start() - CLAUSE_REACH), opening.start()):
            lo = m.end()
        if lo < opening.start():
            more, m_first, m_last, m_skip = _tokens(index, max(s_start, lo), c_end, t_start, t_end, near_dates)
            found = _trigger(more, m_first, m_last, False, m_skip) if more else None
            if found is not None:
                toks, t_first, t_last, skip, trigger = more, m_first, m_last, m_skip, found
    if trigger is None and not effort and _fronted(toks, t_first):
        # "On Sunday, a walker from the coast, but living inland, slipped": a date that
        # opens its clause is the date of the sentence's main verb, past the asides
        hard = _HARD_BREAK.search(text, t_end, s_end)
        from_tok = None
        if hard and hard.group().strip() in ("\u2014", "-") and not text[t_end:hard.start()].strip(" \t,"):
            # "On Wednesday -- the day the report came out -- the crowd turned": the verb after the aside
            close = text.find(hard.group(), hard.end(), s_end)
            if close > 0:
                from_tok = close + len(hard.group())
                hard = _HARD_BREAK.search(text, from_tok, s_end)
        c_end = hard.start() if hard else s_end
        toks, t_first, t_last, skip = _tokens(index, c_start, c_end, t_start, t_end, near_dates)
        start = t_last if from_tok is None else next((k for k, t in enumerate(toks) if t.start >= from_tok), len(toks))
        trigger = _main_verb(text, toks, start)
    if trigger is None:
        return None
    return toks, t_first, t_last, trigger, effort


# a preposition of time opening its sentence, before the clause it opens ("Since the", "Following")
_FRONTED_TIME = re.compile(r"\s*(?:since|after|following|before)(?:\s+the)?\s*", re.I)
_FRONTED_REACH = 24  # characters from the sentence's start to the clause the preposition opens


def _fronted_event_noun(text: str, s_start: int, c_start: int, toks: list[Tok], t_first: int, t_end: int
                        ) -> Trigger | None:
    """The event noun of a phrase of time that opens the sentence with its date, up to a comma:
    "Since the robbery of the Calloway pharmacy in 2017, the owner has installed cameras" (the
    robbery's year), "Following the announcement on Monday, shares rose" (the announcement's
    day); of a compound, its head ("After the bridge collapse on Monday": the collapse). The noun
    names an event by its form (:func:`eventive`); a verb before the date leaves the phrase to
    the rules of verbs."""
    if t_first == 0 or c_start - s_start > _FRONTED_REACH or not text[t_end:t_end + 2].lstrip().startswith(",") \
            or not _FRONTED_TIME.fullmatch(text, s_start, c_start):
        return None
    v = vocab()
    for i in range(t_first):
        t = toks[i]
        if t.low in v.irregular or t.low in v.verbs or _PAST_VERB.match(t.low) or _GERUND.match(t.low) \
                and t.low not in _NOT_GERUNDS:
            return None
    for i in range(t_first):
        t = toks[i]
        low = t.low
        if low in _DETERMINERS or low in _PRENOMINAL_WORDS or not _LOWER_WORD.match(t.text):
            continue
        while low not in _PREPOSITIONS and i + 1 < t_first and _compound_next(toks[i + 1]):
            i += 1  # "the bank robbery", "the court appearance": the compound's head
            low = toks[i].low
        if low in _TIME_NOUNS or low in v.not_events or low in _PREPOSITIONS or not eventive(low):
            return None
        return Trigger(i, i, v.nouns.get(low) or event_class(low), True)
    return None


def _compound_next(tok: Tok) -> bool:
    """Whether a word may follow a noun in one compound ("bank" robbery, "bridge" collapse): a
    lower-case word that is no preposition, determiner, conjunction or time."""
    return bool(_LOWER_WORD.match(tok.text)) and tok.low not in _PREPOSITIONS and tok.low not in _DETERMINERS \
        and tok.low not in _TIME_NOUNS and tok.low not in ("and", "or", "but")


_PRENOMINAL_WORDS = frozenset({"first", "last", "latest", "second", "third", "final", "recent", "surprise",
                               "initial", "original", "official", "formal", "public"})


_YEAR_AFTER_TITLE = re.compile(r"\s*\(\s*\d{4}\s*\)")
_YEAR_IN_BRACKETS = re.compile(r"\(\s*\d{4}\s*\)")
_TITLE_CLOSE = re.compile(r"['\u2019\"\u201d*_]\s*$")


@lru_cache(maxsize=1)
def _works() -> frozenset[str]:
    """``works`` of events.yaml: nouns of a work put out ("memoir", "album", "film")."""
    return frozenset(str(w).lower() for w in load_data("events.yaml").get("works", ()))


def _work_year(text: str, toks: list[Tok], t_first: int, t_last: int, t_start: int, t_end: int) -> Trigger | None:
    """A year alone in brackets right after a work, named by a noun of ``works`` or by its title
    in quotes: the year the work came out, a release of it ("In her memoir (2006), she described
    ...", "'The Tallow Road' (2011) was adapted in 2017", "her collection 'Iron Lantern' (2020)"),
    never a date of the clause's verb."""
    if t_first == 0 or t_last - t_first != 1:
        return None
    open_at = text.rfind("(", max(0, t_start - 3), t_start)
    close_at = text.find(")", t_end, t_end + 3)
    if open_at < 0 or close_at < 0 or not _YEAR_IN_BRACKETS.fullmatch(text, open_at, close_at + 1):
        return None
    before = toks[t_first - 1]
    gap = text[before.start:open_at]
    if before.low.strip("'\u2019") in _works() or (_TITLE_CLOSE.search(gap) and before.text[:1].isupper()):
        return Trigger(t_first - 1, t_first - 1, "release", True)
    return None


def _classed(toks: list[Tok], trigger: Trigger, t_first: int, t_last: int, effort) -> Trigger:
    """The event word with the class its object, subject or extent gives it: "fired its coach" is
    a dismissal, "the quake struck" a disaster's landing ("talks resumed" stays a resumption:
    ``_PHASES``), "restored some services" a part."""
    sense = None if effort else _object_sense(toks, trigger, t_first, t_last)
    if sense:
        trigger = Trigger(trigger.index, trigger.first, sense, trigger.noun, trigger.by)  # "fired its coach"
    if not trigger.noun and not effort and trigger.cls not in _PHASES:
        cls = _subject_noun_class(toks, trigger.first, t_first, t_last)
        if cls:
            trigger = Trigger(trigger.index, trigger.first, cls, False, trigger.by)  # "the quake struck": land
        elif _partial(toks, trigger):
            # "restored some services by Saturday" and "fully restored on 4 November" are two events
            trigger = Trigger(trigger.index, trigger.first, trigger.cls + " part", False, trigger.by)
    return trigger


def _context(text: str, s_start: int, c_start: int, t_start: int, t_end: int, toks: list[Tok], t_last: int,
             trigger: Trigger, effort, strong_names: frozenset[str]
             ) -> tuple[str, list[Tok], tuple[int, str] | None, int]:
    """The event's participants as a key's context (``@`` people and named bodies, ``^`` the doer),
    with what the readable subject needs: the antecedent of a relative clause, the group a pronoun
    stands for, and the first token the subject may take."""
    lo = max(0, trigger.first - WINDOW_BEFORE)
    hi = min(len(toks), max(trigger.index + 1, t_last) + WINDOW_AFTER)
    while hi < len(toks) and (toks[hi].text[:1].isupper() or _PARTICLE.match(toks[hi].text)):  # do not cut a name
        hi += 1
    hi = min(hi, _fronted_end(text, c_start, toks, trigger, t_end), _aside_end(text, toks, trigger, t_end))
    aside = _aside_before(text, toks, lo, trigger)
    window = [t for t in toks[lo:hi] if not (t_start <= t.start < t_end) and not aside[0] <= t.start < aside[1]]
    antecedent = _antecedent(text, s_start, c_start) if lo == 0 else []
    apposed = [] if antecedent or trigger.noun else _name_before_apposition(text, toks, trigger.first, s_start)
    if len(apposed) > 1:  # "Corin Aldana, the chief executive of X, resigned": Aldana resigned
        antecedent = apposed
    # "X, whose films made her famous, died on Tuesday": X is the subject of a verb after the
    # relative clause, and the clause's own words are none of the event's
    closing = -1 if trigger.noun or effort or not re.match(r"\s*whose\b", text[c_start:c_start + 8], re.I) \
        else text.find(",", c_start, toks[trigger.first].start)
    if closing >= 0:
        antecedent = _antecedent(text, s_start, c_start)
        window = [t for t in window if t.start > closing]
    # the agent of a verb comes before it; of an event noun, before or after ("a vote by parliament")
    agents_until = len(text) if trigger.noun else toks[trigger.first].start
    if effort:
        doer, agent_group = None, effort[1]
    elif trigger.noun or closing >= 0:
        doer, agent_group = None, None
    else:
        doer, agent_group = _agent(text, s_start, toks, trigger.first)
    if doer and _own_noun(toks[doer[0]:doer[1] + 1], trigger.cls):
        # "Sentencing is set for April 16": the subject names the event, it does nothing
        own = range(toks[doer[0]].start, toks[doer[1]].end)
        window, doer = [t for t in window if t.start not in own], None
    if doer:  # the doer's words are read apart, and marked
        d_start, d_end = toks[doer[0]].start, toks[doer[1]].end
        window = [t for t in window if not (d_start <= t.start < d_end)]
    strong, weak = _participants(antecedent + window, strong_names, agents_until=agents_until)
    if doer:
        phrase = toks[doer[0]:doer[1] + 1]
        country = _country_of([t.text for t in phrase])
        d_strong, d_weak = _participants(phrase, strong_names, agents_until=len(text))
        strong |= d_strong
        weak |= {"^" + t for t in (key_tokens(country) if country else d_weak)}
    if agent_group:
        weak.discard(agent_group)
        weak.add("^" + agent_group)
    if antecedent and (closing >= 0 or antecedent is apposed or re.match(r"\s*who\b", text[c_start:c_start + 6], re.I)):
        strong.add((name_key(antecedent[-1].text).split() or [""])[-1])  # "X, who ...": X is a person
        strong.discard("")
        weak -= set(key_tokens(antecedent[-1].text))
    # "who have been demonstrating" reads as "protesters have been demonstrating"
    said_of = (_subject_index(toks, trigger.first), agent_group) if agent_group else None
    first = next((i for i, t in enumerate(toks) if t.start > closing), 0) if closing >= 0 else 0
    return " ".join(sorted({"@" + s for s in strong} | weak)), antecedent, said_of, first


def _own_noun(phrase: list[Tok], cls: str) -> bool:
    """Whether a doer's words end in a noun of the event's own class, which names the event and
    does not do it ("Proceedings opened on March 3": a trial; "Sentencing is set for April 16")."""
    nouns = vocab().nouns
    last = phrase[-1].low if phrase else ""
    two = f"{phrase[-2].low} {last}" if len(phrase) > 1 else ""
    return nouns.get(two) == cls or nouns.get(last) == cls or (last.endswith("s") and nouns.get(lemma(last)) == cls)


# a clause of a preposition of time and a noun phrase, up to its date ("after a long illness on")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:after|before|during|following|amid)\s*$", re.I)
_NOUN_CLAUSE = re.compile(r"\s*(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:on|in|at)\s+")
_FRONTING = frozenset({"with", "amid", "after", "following", "despite", "during", "before", "since"})


# a participle set off by commas: ", built in Norway in 1989,", ", which was built in 1989,"
_ASIDE = re.compile(r",[ \t]+(?:(?:which|who)[ \t]+(?:(?:had|has|have)[ \t]+been|was|were|is|are)[ \t]+)?"
                    r"(?P<verb>[a-z]+)\b[^,;:()]*,")
_ASIDE_OPEN = frozenset({"which", "who", "had", "has", "have", "been", "was", "were", "is", "are"})


def _aside_end(text: str, toks: list[Tok], trigger: Trigger, t_end: int) -> int:
    """The end (a token index) of a participle set off by commas that is the event ("The ferry,
    built in Norway in 1989, was bought by X": the building's words end at the second comma, X is
    no participant of it); ``len(toks)`` when the event is no such participle."""
    k = trigger.first
    if trigger.noun or not _participle(toks[k].low):
        return len(toks)
    j = k
    while j > 0 and k - j < 3 and toks[j - 1].low in _ASIDE_OPEN:
        j -= 1  # ", which was built in 1989,"
    if not text[max(0, toks[j].start - 4):toks[j].start].rstrip(" \t").endswith(","):
        return len(toks)
    comma = text.find(",", max(toks[trigger.index].end, t_end), toks[-1].end)
    if comma < 0:
        return len(toks)
    end = bisect.bisect_left(toks, comma, k, key=lambda t: t.start)
    # the main clause's verb right after it ("..., was bought", "..., sank"); else the comma closes
    # something else ("X, whose films made her famous, died on Tuesday in Port Ellis, Westland")
    return end if end < len(toks) and _finite_after_aside(toks[end]) else len(toks)


def _finite_after_aside(tok: Tok) -> bool:
    """Whether a word may open the main clause's verb after an aside: an auxiliary, a modal or a
    past ("was", "had", "will", "sank", "bought")."""
    low = tok.low
    return tok.text.islower() and (low in _AUXILIARIES or low in _MODALS or low in _BE_HAVE
                                   or low in vocab().irregular or bool(_PAST_VERB.match(low)))


def _aside_before(text: str, toks: list[Tok], lo: int, trigger: Trigger) -> tuple[int, int]:
    """The offsets of a participle set off by commas between token ``lo`` and the event verb
    ("The ferry, built in Norway in 1989, was bought": built ... 1989), whose words are none of the
    verb's; (0, 0) when there is none."""
    if trigger.noun or lo >= trigger.first:
        return 0, 0
    for m in _ASIDE.finditer(text, max(0, toks[0].start - 2), toks[trigger.first].start):
        after = bisect.bisect_left(toks, m.end(), key=lambda t: t.start)
        if m.end() > toks[lo].start and _participle(m["verb"]) and after <= trigger.first \
                and _finite_after_aside(toks[after]):
            return m.start(), m.end()
    return 0, 0


def _fronted_end(text: str, c_start: int, toks: list[Tok], trigger: Trigger, t_end: int) -> int:
    """The end (a token index) of a phrase that opens the clause and holds the event and its date:
    "With two deaths in the park this weekend, the inspector said ...": the main clause's people
    are none of the deaths'. ``len(toks)`` when there is no such phrase."""
    starts = [t.start for t in toks]
    first = bisect.bisect_left(starts, c_start)
    if first >= len(toks) or toks[first].low not in _FRONTING or trigger.index < first:
        return len(toks)
    comma = text.find(",", toks[first].end, toks[first].end + CLAUSE_REACH)
    if comma < 0 or comma < max(toks[trigger.index].end, t_end):
        return len(toks)
    return bisect.bisect_left(starts, comma, first)


def _subject_words(toks: list[Tok], trigger: Trigger, t_first: int, t_last: int, antecedent: list[Tok],
                   said_of: tuple[int, str] | None = None, first: int = 0) -> list[str]:
    """A short readable subject: a few words either side of the event word, the date and the
    preposition that introduced it left out ("parliament passed a resolution"). ``said_of`` is a
    pronoun's index and the group it stands for, which then opens the subject; no word before
    token ``first`` is taken."""
    if said_of:
        at, group = said_of
        words = [group] + [t.text for i, t in enumerate(toks[at + 1:trigger.index + 6], at + 1)
                           if not (t_first <= i < t_last) and not (i == t_first - 1 and t.low in _DATE_LEAD)]
        return words
    lo = max(first, trigger.first - 4)
    while lo > first and toks[lo].text[:1].isupper() and toks[lo - 1].text[:1].isupper():
        lo -= 1  # do not start inside a name ("Prime Minister Adel Abdul Mahdi")
    hi = min(len(toks), trigger.index + 6)
    gap_start = t_first
    while gap_start > lo and toks[gap_start - 1].low in _DATE_LEAD:
        gap_start -= 1
    words = [t.text for i, t in enumerate(toks[lo:hi], lo) if not (gap_start <= i < t_last)]
    return [t.text for t in antecedent] + words


# a name, then an apposition set off by commas that opens with an article, right before a verb
_APPOSED_NAME = re.compile(r"(?P<name>(?-i:[A-Z])[\w.'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w.'\u2019-]*){1,3}),[ \t]+"
                           r"(?:the|a|an)[ \t][^,;:()]{1,100},[ \t]*$", re.I)


def _name_before_apposition(text: str, toks: list[Tok], verb: int, s_start: int) -> list[Tok]:
    """The name of two to four words an apposition right before the verb is set after: "Corin
    Aldana, the chief executive of Veldrane Logistics, resigned" -> Corin Aldana; none when the
    words before the verb close no such apposition."""
    m = _APPOSED_NAME.search(text, max(s_start, toks[verb].start - 160), toks[verb].start)
    if m is None:
        return []
    return [t for t in toks[:verb] if m.start("name") <= t.start < m.end("name")]


_DATE_LEAD = frozenset({"on", "in", "at", "since", "by", "from", "until", "during", "late", "early", "earlier",
                        "later", "of", "the", "this", "last", "next"})


def _antecedent(text: str, s_start: int, c_start: int) -> list[Tok]:
    """The name a relative clause is about: "Abdul-Mahdi, who resigned ..." -> Abdul-Mahdi. A name
    after a preposition ("protesters in Baghdad, who ...") is a place, not the antecedent."""
    head = text[max(s_start, c_start - 80):c_start]
    if not re.search(r",\s*$", head) or not re.match(r"\s*(?:who|which|whose)\b", text[c_start:c_start + 8], re.I):
        return []
    base = c_start - len(head)
    toks = [Tok(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(head)]
    run: list[Tok] = []
    i = len(toks) - 1
    while i >= 0 and toks[i].text[:1].isupper():
        run.insert(0, toks[i])
        i -= 1
    if run and i >= 0 and toks[i].low in _PREPOSITIONS:
        return []
    return run


def _clause(text: str, s_start: int, s_end: int, t_start: int, t_end: int,
            other_dates=()) -> tuple[int, int]:
    """The clause of the sentence ``s_start:s_end`` around the date at ``t_start:t_end``. The date's
    own preposition ("on the run until March 3") and brackets around a date ("today (12 March
    2021) that") open no clause."""
    # a bounded reach either side of the date (see CLAUSE_REACH): a run-on sentence costs linear time
    c_start, c_end = max(s_start, t_start - CLAUSE_REACH), min(s_end, t_end + CLAUSE_REACH)
    dates = [*other_dates, (t_start, t_end)]
    for m in _CLAUSE_BREAK.finditer(text, c_start, c_end):
        g = m.group()
        if g in ("(", ")") and (_bracketed_date(text, m.start(), s_start, s_end, dates)
                                or _bracketed_figure(text, m.start(), s_start, s_end)):
            continue
        if m.end() <= t_start and g[:1].isalpha() and not text[m.end():t_start].strip():
            continue
        if g in "\"\u201d" and _YEAR_AFTER_TITLE.match(text, m.end()):
            continue  # "the film "Salt Harbour" (2014)": a title's closing quote, before its year
        if g[:1] == "," and m.end() <= t_start and _SCHEDULED_RELATIVE.fullmatch(text, m.end(), t_start):
            continue  # "The trial, which is scheduled for March 3, ...": the date of what is scheduled
        if m.end() <= t_start:
            c_start = m.end()
        elif m.start() >= t_end:
            c_end = m.start()
            break
    return c_start, c_end


# a relative clause that schedules its antecedent, up to the date ("which is set for", "that are
# scheduled to begin on")
_SCHEDULED_RELATIVE = re.compile(
    r"(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|now)\s+(?:now\s+)?"
    r"(?:due|set|scheduled|slated|planned)\s+(?:for|on|to\s+(?:begin|start|open|take\s+place)\s+(?:on|in))?\s*(?:the\s+)?",
    re.I)
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "if", "although", "though", "since",
                           "until", "once", "unless", "whereas"})  # not "as": "as many as 300 marched"
_HARD_BREAK = re.compile(r"[;\u2014]|\s-\s|[\"\u201c\u201d]")


def _bracketed_date(text: str, at: int, s_start: int, s_end: int, dates) -> bool:
    """Whether the bracket at ``at`` encloses nothing but dates ("(12 March 2021)")."""
    if text[at] == "(":
        close = text.find(")", at, s_end)
        lo, hi = at + 1, close
    else:
        lo, hi = text.rfind("(", s_start, at) + 1, at
    if lo <= 0 or hi <= lo:
        return False
    inside = [(a, b) for a, b in dates if lo <= a and b <= hi]
    if not inside:
        return False
    pos = lo
    for a, b in sorted(inside):
        if text[pos:a].strip(" ,"):
            return False
        pos = b
    return not text[pos:hi].strip(" ,")


# an amount restated in brackets: "110 billion euros ($158 billion)", "(about 40 percent)"
_FIGURE_ASIDE = re.compile(r"\s*(?:about|some|nearly|almost|over|roughly|around)?\s*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?"
                           r"\s*\d[\d,.]*(?:\s*[a-z%]+){0,2}\s*")


def _bracketed_figure(text: str, at: int, s_start: int, s_end: int) -> bool:
    """Whether the bracket at ``at`` encloses a figure and nothing else: an aside that opens no clause."""
    if text[at] == "(":
        lo, hi = at + 1, text.find(")", at, min(s_end, at + 40))
    else:
        lo, hi = text.rfind("(", max(s_start, at - 40), at) + 1, at
    return 0 < lo < hi and _FIGURE_ASIDE.fullmatch(text, lo, hi) is not None


def _fronted(toks: list[Tok], t_first: int) -> bool:
    """Whether the date opens its clause ("On Saturday, ...", "but on Saturday, ..."): only its
    preposition, after a coordinating word, before it."""
    lead = toks[1:t_first] if t_first and toks[0].low in _COORDINATORS else toks[:t_first]
    return all(t.low in _DATE_LEAD or t.low in _PREPOSITIONS for t in lead)


_COORDINATORS = frozenset({"and", "but", "yet", "so", "then"})
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
_RELATIVE_OPENING = re.compile(r",\s+(?:who|which|whose|whom)\b", re.I)


def _in_relative(text: str, d: tuple[int, int], lo: int, hi: int) -> bool:
    """Whether the date at ``d`` lies in a relative clause set off by commas between ``lo`` and
    ``hi`` ("On Monday, the senator, who was elected in 2004, announced": 2004 is the election's)."""
    opening = None
    for m in _RELATIVE_OPENING.finditer(text, lo, d[0]):
        opening = m
    return opening is not None and "," not in text[opening.end():d[0]] and "," in text[d[1]:hi]


def _main_verb(text: str, toks: list[Tok], start: int) -> Trigger | None:
    """The first finite verb from token ``start`` on, outside relative clauses, infinitives and
    subordinate clauses up to their comma ("Two years ago, after X resigned, Y took over": took);
    None when it is a verb of speech (the date is then the statement's)."""
    v = vocab()
    until = -1  # the end of a subordinate clause being skipped
    for i in range(start, min(len(toks), start + 30)):
        tok = toks[i]
        low = tok.low
        if tok.start < until:
            continue
        if low in _SUBORDINATORS or (low in _RELATIVES and i > start and "," in text[toks[i - 1].end:tok.start]):
            # a subordinate clause, or a relative clause set off by commas ("On Monday, the
            # senator, who was elected in 2004, announced ...": announced)
            comma = text.find(",", tok.end, toks[-1].end)
            if comma < 0:
                return None
            until = comma
            continue
        if low in v.reporting and not _puts_out(toks, i, len(toks), len(toks)):
            return None
        if i > 0 and toks[i - 1].low in ("who", "which", "that", "to", "whose"):
            continue
        if low in v.not_events or low.endswith("ing") or low in v.nouns:
            continue
        if (_PAST_VERB.match(tok.text) or low in v.irregular) and _attributive(toks, i):
            continue  # "On Monday a skilled surgeon operated": an adjective
        nxt = _particle_word(toks, i + 1)
        if low in v.verbs and (low.endswith("ed") or low in v.irregular or not tok.text[:1].isupper()):
            return Trigger(i, i, v.verbs[low], False)
        if i > start and toks[i - 1].low in ("be", "been", "being") and _LOWER_WORD.match(tok.text) \
                and lemma(low) != low:
            return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False)  # "could be seen", "has been shut"
        if _PAST_VERB.match(tok.text) or low in v.irregular:
            return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False)
    return None


# determiners after which a word in -ed is an adjective ("an inexperienced climber", "the alleged
# gunman", "his estranged wife"); not "this", "that", "her": they may be a verb's subject or object
_ATTRIBUTIVE_AFTER = frozenset({"the", "a", "an", "his", "its", "their", "our", "my", "your"})
# words of degree that may stand between such a determiner and the adjective ("the most publicized")
_DEGREE = frozenset({"most", "more", "less", "least", "very", "well", "so", "too", "much", "ever", "once"})


# nouns in -ly that may stand between a determiner and a verb ("his family declined")
_LY_NOUNS = frozenset({"family", "rally", "ally", "supply", "reply", "assembly", "anomaly", "monopoly", "bully",
                       "tally", "gully", "homily", "belly", "fly", "folly"})


@lru_cache(maxsize=1 << 12)
def _adverb(word: str) -> bool:
    """Whether a lower-case word is an adverb in -ly made of a known word ("poorly", "newly",
    "happily", "possibly"); not a noun in -ly ("family")."""
    if len(word) < 5 or not word.endswith("ly") or not _LOWER_WORD.match(word) or word in _LY_NOUNS:
        return False
    stem = word[:-2]
    return any(simplemma.is_known(f, lang="en") for f in (stem, stem[:-1] + "y" if stem.endswith("i") else "",
                                                           stem + "le") if f)


def _attributive(toks: list[Tok], i: int) -> bool:
    """Whether the past form at token ``i`` follows a determiner, past adverbs of degree and other
    adjectives joined by "and" ("a skilled surgeon", "the poorly defined border", "an inexperienced
    and ill-equipped climber"): an adjective, not a verb (a determiner never opens a clause)."""
    k = i - 1
    while k >= 0 and i - k <= 5:
        low = toks[k].low
        if low in _ATTRIBUTIVE_AFTER:
            return toks[k].text.isalpha()
        if low in _DEGREE or _adverb(toks[k].text) or low == "and" \
                or (_PAST_VERB.match(toks[k].text) and k < i - 1):
            k -= 1
            continue
        return False
    return False


_ING_AFTER = frozenset({"in", "amid", "under", "into"})


def _attributive_ing(toks: list[Tok], i: int, t_first: int, t_last: int) -> bool:
    """Whether the -ing word at token ``i`` sits between a determiner (or "in", "amid", "under")
    and a common noun: "in fading light", "amid rising tensions", "the growing crowd" name no event."""
    if i < 1 or i + 1 >= len(toks) or t_first <= i + 1 < t_last:
        return False
    before, after = toks[i - 1], toks[i + 1]
    return (before.low in _ATTRIBUTIVE_AFTER or before.low in _ING_AFTER) and before.text.isalpha() \
        and _LOWER_WORD.match(after.text) is not None and after.low not in _PREPOSITIONS \
        and after.low not in _DETERMINERS and after.low not in _PRONOUNS and after.low not in _BE_HAVE


def _trigger(toks: list[Tok], t_first: int, t_last: int, comma_after: bool = False,
             skip: Container[int] = frozenset()) -> Trigger | None:
    """The event word a date belongs to; ``comma_after``: a comma follows the date ("denied a
    permit in March, said the sheriff": the date is the denial's, not the saying's). A date right
    beside a verb of speech is the statement's; a thing's origin is read from "dates back to";
    otherwise the words within reach are sorted into candidates (:func:`_candidates`) and one is
    chosen (:func:`_choose`)."""
    v = vocab()
    n = len(toks)
    lead = t_first - 1
    while lead >= 0 and toks[lead].low in _DATE_LEAD:
        lead -= 1
    if (lead >= 0 and _reports(toks, lead, t_first, t_last)) or \
            (t_last < n and not comma_after and _reports(toks, t_last, t_first, t_last)):
        # "announced today that ...", "police on Friday said ...": the statement's date, unless the
        # statement reports a thing done ("announced today that it has restored"): done by that day
        return _perfect_complement(toks, t_last) or _statement(toks, lead if lead >= 0 and toks[lead].low in
                                                               v.reporting else t_last, t_first, t_last)
    origin = _dates_back(toks, t_first)
    if origin is not None:
        return origin
    return _light_verb(toks, _choose(toks, t_first, t_last, comma_after, skip, *_candidates(toks, t_first, t_last)))


# verbs that say little of their own before an event noun: "held a vote", "gained independence",
# "staged a protest", "made an announcement", "carried out a raid"
_LIGHT = frozenset({"hold", "make", "give", "take", "stage", "conduct", "gain", "carry", "launch", "mount", "suffer",
                    "win", "won", "achieve"})  # dictionary forms ("won" is its own)
_LIGHT_SKIP = frozenset({"a", "an", "the", "its", "their", "his", "her", "out", "another", "new", "first",
                         "second", "final", "last", "formal", "official", "brief", "full", "emergency", "special",
                         "surprise", "joint", "public", "private", "major", "large", "mass", "fresh", "separate"})


def _light_verb(toks: list[Tok], trigger: Trigger | None) -> Trigger | None:
    """A light verb's event is its object's noun: "the assembly held a vote on Sunday" is the vote,
    "the country gained independence in July" the independence, "rebels staged an attack" the attack;
    a noun that names no event leaves the verb ("held talks" is a meeting by the vocabulary, "took the
    stage" stays taking)."""
    if trigger is None or trigger.noun or lemma(toks[trigger.index].low) not in _LIGHT:
        return trigger
    v = vocab()
    for k in range(trigger.index + 1, min(len(toks), trigger.index + 4)):
        low = toks[k].low
        if low in _LIGHT_SKIP:
            continue
        if not _LOWER_WORD.match(toks[k].text) or low in _TIME_NOUNS or low in v.not_events:
            return trigger
        if low in v.nouns:
            return Trigger(k, k, v.nouns[low], True, trigger.by)
        if low.endswith("s") and lemma(low) in v.nouns:
            return Trigger(k, k, v.nouns[lemma(low)], True, trigger.by)
        if _NOMINAL.search(low) and not low.endswith("ing") and eventive(low):
            return Trigger(k, k, event_class(low), True, trigger.by)
        return trigger
    return trigger


def _candidates(toks: list[Tok], t_first: int, t_last: int
                ) -> tuple[list[Trigger], list[Trigger], list[int], list[Trigger]]:
    """The words within reach of a date that may be its event: event nouns, verbs, verbs of speech
    (their indices) and circumstances (a gerund after "while"/"when"). Only words within reach
    count: a run-on sentence costs each of its dates the same few words. Each word is read by the
    steps below: a noun (:func:`_event_noun`), then a verb of speech, a circumstance
    (:func:`_circumstance`) or a verb (:func:`_event_verb`)."""
    v = vocab()
    nouns: list[Trigger] = []
    verbs: list[Trigger] = []
    speech: list[int] = []  # verbs of speech and announcement: a date next to one is the statement's
    circumstances: list[Trigger] = []  # gerunds after "while" / "when"
    n = len(toks)
    for i in range(max(0, t_first - TRIGGER_REACH_LEFT), min(n, t_last + TRIGGER_REACH_RIGHT)):
        if t_first <= i < t_last:
            continue  # the date itself
        tok = toks[i]
        inert = tok.inert
        if inert is None:
            inert = tok.inert = _inert(tok, v)
        if inert and (i == 0 or (toks[i - 1].low not in _BEFORE_BARE and (i == 1 or toks[i - 2].low != "to"))):
            continue  # a word none of the steps can take, wherever it stands (read inline: most words are)
        low = tok.low
        two = f"{toks[i - 1].low} {low}" if i > 0 else ""
        noun = _event_noun(toks, i, low, two, v)
        if noun is not None:
            nouns.append(noun)
        j = t_last if i + 1 == t_first else i + 1  # the word after, the date skipped
        nxt = _particle_word(toks, j) if j + 1 != t_first else ""  # "opened in 2021": "in" is the date's
        if _reports(toks, i, t_first, t_last):
            speech.append(i)
        elif (circumstance := _circumstance(toks, i, low, nxt)) is not None:
            circumstances.append(circumstance)
        else:
            verb = _event_verb(toks, i, low, two, nxt, t_first, t_last, v)
            if verb is not None:
                if verb.first == i - 1 and verbs and verbs[-1].index == i - 1:
                    verbs.pop()  # "relieved of": the phrase, not its first word alone
                verbs.append(verb)
    return nouns, verbs, speech, circumstances


def _circumstance(toks: list[Tok], i: int, low: str, nxt: str) -> Trigger | None:
    """A gerund after "while" or "when": "died while crossing ... on Sunday": the crossing is the
    death's circumstance, the date's event only when no verb is in reach ("became keen while
    working there from 1996 to 2000")."""
    if _GERUND.match(low) and i > 0 and toks[i - 1].low in ("while", "when"):
        return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False)
    return None


def _noun_class_at(toks: list[Tok], j: int) -> str | None:
    """The class of the vocabulary noun that ends at token ``j``: of two words ("the general
    strike", "the first case"), a participle between them read through ("the first confirmed
    case"), or of one."""
    nouns = vocab().nouns
    low = toks[j].low
    if j > 0 and (cls := nouns.get(f"{toks[j - 1].low} {low}")):
        return cls
    if j > 1 and _participle(toks[j - 1].low) and (cls := nouns.get(f"{toks[j - 2].low} {low}")):
        return cls
    return nouns.get(low)


def _participle(word: str) -> bool:
    """A past participle as an adjective ("confirmed", "known")."""
    return bool(_PAST_VERB.match(word)) or word in vocab().participles


def _event_noun(toks: list[Tok], i: int, low: str, two: str, v: Vocab) -> Trigger | None:
    """An event noun of one or two words at token ``i`` ("the election", "the general strike"; the
    longer when both are listed), or a plural the vocabulary lists in the singular ("the deaths",
    "two deaths"), not a verb in -s ("the trial starts Monday"), nor a noun of a place reached
    ("reached the summit": :func:`_reached_place`)."""
    if low in _place_nouns()[0] and _reached_place(toks, i):
        return None
    if two in v.nouns:
        return Trigger(i, i - 1, v.nouns[two], True)
    if i > 1 and _participle(toks[i - 1].low) and (skipped := f"{toks[i - 2].low} {low}") in v.nouns:
        return Trigger(i, i - 2, v.nouns[skipped], True)  # "the first confirmed case"
    if low in v.nouns and not (i + 1 < len(toks) and f"{low} {toks[i + 1].low}" in v.nouns):
        return Trigger(i, i, v.nouns[low], True)
    if low.endswith("s") and toks[i].text[:1].islower() and lemma(low) in v.nouns and i > 0 and \
            _NOUN_BEFORE.match(toks[i - 1].low):
        return Trigger(i, i, v.nouns[lemma(low)], True)
    return None


@lru_cache(maxsize=1)
def _place_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """``place_nouns`` and ``reaching`` of events.yaml."""
    data = load_data("events.yaml")
    return frozenset(str(w) for w in data.get("place_nouns", ())), frozenset(str(w) for w in data.get("reaching", ()))


def _reached_place(toks: list[Tok], i: int) -> bool:
    """Whether the noun at token ``i``, an event noun that also names a place, is the place a verb
    of reaching goes to: "reached the summit", "climbed to the summit" (no meeting)."""
    reaching = _place_nouns()[1]
    k = i - 1
    while k >= 0 and i - k <= 3 and (toks[k].low in _DETERMINERS or toks[k].low in ("to", "top", "of")):
        k -= 1
    return k >= 0 and toks[k].low in reaching


def _event_verb(toks: list[Tok], i: int, low: str, two: str, nxt: str, t_first: int, t_last: int, v: Vocab
                ) -> Trigger | None:
    """The verb at token ``i`` that may be a date's event ("resigned", "will resume", "relieved
    of"), ``nxt`` the word after it (the date skipped); None for a word that is mostly no event
    ("injured"), an infinitive, a negated verb or an adjective, unless a step below makes it one."""
    if low == "named" and _named_to_office(toks, i, t_first):
        return Trigger(i, i, v.verbs.get("appointed", "hire"), False)  # "The club named Ivo Kask manager on Friday"
    if low in v.not_events or f"{low} {nxt}" in v.not_events:
        return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False) if _verb_of_state(toks, i, low, t_first) \
            else None
    to = _to_before(toks, i)
    if to >= 0 and not low.endswith("ed"):
        return _verb_trigger(i, low, nxt, v) if _infinitive_event(toks, i, to, t_first, v) else None
    if _no_verb(toks, i, low, t_first, t_last, v):
        return None
    if _verb_by_word_before(toks, i, low, t_first, v):
        return _phrase_verb(toks, i, low, nxt, v) or _verb_trigger(i, low, nxt, v)
    return _verb_of_word(toks, i, low, two, nxt, v)


_BEFORE_OFFICE = frozenset({"as", "the", "a", "an", "its", "their", "his", "her", "new", "interim", "acting", "permanent"})


def _named_to_office(toks: list[Tok], i: int, t_first: int) -> bool:
    """Whether "named" at token ``i`` gives someone an office: a title follows it, past the name
    and "as" ("The club named Ivo Kask manager on Friday", "Ruiz was named chief executive", "named
    Ana Ruiz as its new coach"); "a man named Ivo Kask was arrested" names no office."""
    from .roles import vocab as office_vocab

    heads = office_vocab().heads
    j = i + 1
    while j < len(toks) and j != t_first and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1  # the name
    while j < len(toks) and j != t_first and toks[j].low in _BEFORE_OFFICE:
        j += 1
    for k in range(j, min(len(toks), j + 3)):  # "chief executive", "head coach"
        if k == t_first:
            return False
        if toks[k].low in heads:
            return True
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
    return False


def _particle_word(toks: list[Tok], j: int) -> str:
    """The word at token ``j`` as a verb's particle may be; "in" before a determiner, a name or a
    figure opens a place, no particle ("declared eliminated in the country", "moved in the 1990s";
    "checked into the clinic" and "moved in on Tuesday" keep theirs)."""
    if j >= len(toks):
        return ""
    low = toks[j].low
    if low == "in" and j + 1 < len(toks) and (toks[j + 1].low in _DETERMINERS or toks[j + 1].text[:1].isupper()
                                              or toks[j + 1].text[:1].isdigit()):
        return ""
    return low


def _verb_trigger(i: int, low: str, nxt: str, v: Vocab) -> Trigger:
    """The verb at token ``i`` as an event: its class in the vocabulary, else its dictionary form
    with its particle."""
    return Trigger(i, i, v.verbs.get(low) or event_class(low, _PARTICLES.get(nxt)), False)


def _verb_of_state(toks: list[Tok], i: int, low: str, t_first: int) -> bool:
    """Whether a word that is mostly an adjective (``not_events``) is a verb here: a past after a
    pronoun ("he retired in 1993") or one the date follows ("his jersey retired on Feb. 6, 1995",
    "was injured on Monday"), in lower case (in "signed by Castor United in 2020" a name)."""
    return bool(_PAST_VERB.match(low) and i > 0 and toks[i].text[:1].islower() and (toks[i - 1].low in _PRONOUNS or (
        i < t_first and toks[i - 1].low not in _DETERMINERS
        and all(toks[k].low in _DATE_LEAD for k in range(i + 1, t_first)))))


def _infinitive_event(toks: list[Tok], i: int, to: int, t_first: int, v: Vocab) -> bool:
    """Whether an infinitive is an event: an infinitive ("the worst violence to hit Greece") is none
    of its own, unless it says what an attempt was ("efforts to sell the plant in 1986"), what is
    planned or expected ("is due to appear in court on July 8", "is expected to arrive on May 30",
    "was supposed to open in June 2024", like "will arrive") or what is to be done by a day ("urged them to pass the bill by Friday", like
    "must pass it by Friday")."""
    return bool((to > 0 and (toks[to - 1].low in v.intents or toks[to - 1].low in _SCHEDULE
                             or toks[to - 1].low in _MEANT and toks[to - 2].low in _BE)
                 and _LOWER_WORD.match(toks[i].text))
                or _caused(toks, i, to)
                or _deadline(toks, i, t_first))


# what was to happen, told after "be": "was supposed to open in June 2024", "is meant to close in May"
_MEANT = frozenset({"supposed", "meant", "intended", "slated"})
_CAUSING = frozenset({"forced", "force", "forces", "forcing", "compelled", "compels", "obliged", "caused", "causes",
                      "prompted", "prompts"})


def _caused(toks: list[Tok], i: int, to: int) -> bool:
    """An infinitive a verb of causing makes happen is the event that happened: "pressures forced
    the dairy to close in December 2007" (the closing), "police were forced to evacuate the town on
    Sunday" (the evacuation); its object, up to three words, may stand between."""
    if not _LOWER_WORD.match(toks[i].text):
        return False
    for k in range(to - 1, max(-1, to - 5), -1):
        if toks[k].low in _CAUSING:
            return True
        if not toks[k].text[:1].isalpha():
            return False
    return False


def _no_verb(toks: list[Tok], i: int, low: str, t_first: int, t_last: int, v: Vocab) -> bool:
    """Whether the word at token ``i`` is no event though it may look like a verb: negated ("calls
    were not answered": nothing happened; "was not published until 1961": published then) or an
    adjective ("an inexperienced climber fell on Monday", "fell in fading light on Saturday")."""
    text = toks[i].text
    not_until = i < t_first and toks[t_first - 1].low in ("until", "till")
    return (_negated(toks, i) and not not_until) or ((_PAST_VERB.match(text) or low in v.irregular)
                                                     and _attributive(toks, i)) \
        or (_GERUND.match(low) is not None and _attributive_ing(toks, i, t_first, t_last))


def _verb_by_word_before(toks: list[Tok], i: int, low: str, t_first: int, v: Vocab) -> bool:
    """Whether the word before makes the word at token ``i`` a verb: an irregular participle after
    "be" or "have" ("was taken over", "had been shot", an adverb between: "was finally put out"), a bare verb after "must" dated "by" ("must
    respond to the claims by July 26": a deadline, like "a May 10 deadline"), or after "will" ("the
    trial will resume Monday", "relatives would hold a vigil Thursday", "should land on 21 September": a coming
    event)."""
    if i == 0:
        return False
    before = toks[i - 1].low
    if i > 1 and _adverb_ly(before) and toks[i - 2].low in _BE_HAVE:
        before = toks[i - 2].low  # "was finally put out", "had quickly shut down": the adverb read through
    return (low in v.participles and low not in v.nouns and (before in _BE_HAVE or _after_subject(toks, i))) \
        or (before in _MUST and _deadline(toks, i, t_first)) or (before in _WILL and _bare_verb(toks[i].text))


def _adverb_ly(word: str) -> bool:
    """An adverb in -ly of five letters or more that the vocabulary does not take for a noun
    ("finally", "quickly"; not "rally", "ally", "only")."""
    return len(word) > 4 and word.endswith("ly") and word not in vocab().nouns and word not in ("only", "early")


def _after_subject(toks: list[Tok], i: int) -> bool:
    """Whether the word at token ``i`` (lower case) comes right after a subject pronoun or a name
    inside its sentence: an irregular past there is a verb ("Nixon left office", "he set up"),
    where alone it is as often an adjective ("the left wing", "a set price")."""
    before = toks[i - 1]
    if not toks[i].text[:1].islower():
        return False
    if before.low in _PRONOUNS:
        return True
    if not (before.text[:1].isupper() and before.text.isalpha()) or before.text in _MONTHS_DAYS \
            or before.low in _DETERMINERS:
        return False  # ("The left wing")
    # a capitalised word opening the sentence is a name too ("Felt left the FBI in 1973")
    return i == 1 or not toks[i - 2].text.endswith(('"', "\u201c"))


def _verb_of_word(toks: list[Tok], i: int, low: str, two: str, nxt: str, v: Vocab) -> Trigger | None:
    """A verb by its own words: a phrase or a verb of the vocabulary ("relieved of", "resigned"; a
    capitalised one only in the past or opening the text), or a verb it does not know, in its
    dictionary form with its particle ("checked into" and "checked out" are two events)."""
    if two in v.verbs and not (i + 1 < len(toks) and f"{two} {toks[i + 1].low}" in v.verbs):
        return Trigger(i, i - 1, v.verbs[two], False)  # ("broke out", not "broke out of": see below)
    if (phrase_verb := _phrase_verb(toks, i, low, nxt, v)) is not None:
        return phrase_verb
    if nxt and (phrase := f"{low} {nxt}") in v.nouns:
        return Trigger(i, i, v.nouns[phrase], False)  # "opened fire (at the university)": a shooting
    if (scheduled := _scheduled_present(toks, i, v)) is not None:
        return scheduled
    text = toks[i].text
    if low in v.verbs and (low.endswith("ed") or not text[:1].isupper() or i == 0):
        return Trigger(i, i, v.verbs[low], False)
    if i == 0 and (_PAST_VERB.match(low) or low in v.participles) and low not in v.nouns and len(toks) > 1 \
            and (toks[1].low in _PREPOSITIONS or toks[1].low in _DATE_LEAD):
        # a participle opening its clause ("Discovered in 1994, the comet ...", "Listed on the
        # exchange in 2004, Tarnvale ..."), not a name ("Alfred Nobel")
        return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False)
    if (_PAST_VERB.match(text) or _GERUND.match(text) or low in v.irregular) and \
            low not in v.nouns and low not in _NOT_GERUNDS:
        return Trigger(i, i, event_class(low, _PARTICLES.get(nxt)), False)
    return None


def _phrase_verb(toks: list[Tok], i: int, low: str, nxt: str, v: Vocab) -> Trigger | None:
    """A verb of the vocabulary told in three or four words from token ``i``: "broke out of (the
    prison)" is an escape, not a start; "went to the polls", "will go to the polls" an election."""
    if nxt and i + 2 < len(toks) and (three := f"{low} {nxt} {toks[i + 2].low}") in v.verbs:
        return Trigger(i, i, v.verbs[three], False)
    if nxt and i + 3 < len(toks) and (four := f"{low} {nxt} {toks[i + 2].low} {toks[i + 3].low}") in v.verbs:
        return Trigger(i, i, v.verbs[four], False)
    return None


def _scheduled_present(toks: list[Tok], i: int, v: Vocab) -> Trigger | None:
    """The present of a scheduled event ending at token ``i`` ("ends", "takes place", "comes into
    force"), in lower case: its class is its dictionary form's, with the words after the verb. A
    plural subject takes the bare form ("Polls open at 7 a.m. on Sunday", "Nominations close on the
    18th")."""
    for words in v.scheduled:
        first = i - len(words) + 1
        if first >= 0 and toks[i].low == words[-1] and toks[first].text[:1].islower() \
                and all(toks[first + k].low == w for k, w in enumerate(words)):
            return Trigger(i, first, event_class(words[0], " ".join(words[1:]) or None), False)
    if toks[i].low in v.scheduled_plural and toks[i].text.islower() and i > 0 and _plural_noun(toks[i - 1].text):
        return Trigger(i, i, v.verbs.get(toks[i].low) or event_class(toks[i].low), False)
    return None


_PLURAL = re.compile(r"^[A-Za-z][a-z]+[^\Wsiu]s$")


def _plural_noun(word: str) -> bool:
    """Whether a word looks like a plural noun ("polls", "Nominations", "shops"; not "process",
    "bus", "this", "says", a pronoun or a name in capitals)."""
    low = word.lower()
    return bool(_PLURAL.match(word)) and low not in vocab().reporting and low not in _DETERMINERS \
        and low not in _BE_HAVE


def _choose(toks: list[Tok], t_first: int, t_last: int, comma_after: bool, skip: Container[int],
            nouns: list[Trigger], verbs: list[Trigger], speech: list[int], circumstances: list[Trigger]
            ) -> Trigger | None:
    """The date's event among its candidates: an event noun it attaches to, a noun it modifies, a
    verb in reach (the nearest before it, or one right after it), an owned noun, a circumstance, a
    statement beside it; failing all, a dated state."""
    v = vocab()
    # a verb of speech between an event word and its date takes the date: "the results of the test
    # taken when he was arrested were released Wednesday"
    verbs = [vb for vb in verbs if not any(vb.index < sp < t_first for sp in speech)]
    # an event noun the date attaches to: "<noun> ... <date>" with no verb between, or "<date> ... <noun>"
    nouns = [t for t in nouns if not any(toks[k].low in _NEGATIONS for k in range(max(0, t.first - 3), t.first))]
    for trig in sorted(nouns, key=lambda t: min(abs(t.index - t_first), abs(t.first - t_last))):
        if trig.index < t_first and t_first - trig.index <= NOUN_REACH and \
                not any(trig.index < vb.index < t_first for vb in verbs) and \
                not any(trig.index < sp < t_first for sp in speech) and \
                _attachable(toks[trig.index + 1:t_first]):
            return trig
        if trig.first >= t_last and trig.first - t_last <= MODIFIER_REACH and not comma_after and \
                not any(t_last <= vb.index < trig.first for vb in verbs) and \
                not any(toks[j].low in _PREPOSITIONS or toks[j].low == "that" for j in range(t_last, trig.first)):
            return trig
    modifier = _modifier_noun(toks, t_first, t_last, comma_after) or _subject_noun(toks, t_first, t_last) \
        or _dated_nominal(toks, t_first, t_last) or _scheduled(toks, t_first)
    if modifier is not None:
        return modifier
    if verbs:
        # near enough: a few words, or more when they are names, figures, determiners and
        # prepositions ("died while crossing the river near Stone Bridge in the Redwood Valley park
        # on Sunday")
        left = [vb for vb in verbs if vb.index < t_first and (
            t_first - vb.index <= VERB_REACH or
            (t_first - vb.index <= 2 * VERB_REACH and (_gap(toks, vb.index, t_first, skip) <= VERB_GAP
                                                        or _clear(toks, vb.index, t_first))))]
        right = [vb for vb in verbs if vb.first >= t_last and (
            vb.first - t_last <= VERB_REACH // 2 or
            (vb.first - t_last <= VERB_REACH + 4 and _gap(toks, t_last - 1, vb.first, skip) <= VERB_GAP // 2))
                 and not any(t_last <= sp < vb.first for sp in speech)]  # "Yesterday, police explained that officers shot"
        if left:
            best = max(left, key=lambda t: t.index)
            after = min(right, key=lambda t: t.index) if right else None
            if after is not None and not best.noun and _reduced_relative(toks, best.index) and not any(
                    toks[k].low in _COORDINATORS or toks[k].low in _OPENERS for k in range(t_last, after.first)):
                # "The coast guard patrolling the strait on Thursday seized a boat": seized
                return after
            return best
        # ("a judge on Thursday upheld": a verb right after the date makes the noun its doer)
        owned = None if any(sp < t_first for sp in speech) or any(vb.first == t_last for vb in right) \
            else _owned_noun(toks, t_first)
        if owned is not None:
            return owned
        reported = any(toks[j].low in v.reporting for j in range(t_first))
        if right and not reported:
            return min(right, key=lambda t: t.index)
    owned = None if verbs or any(sp < t_first for sp in speech) else _owned_noun(toks, t_first)
    if owned is not None:
        return owned
    near = [c for c in circumstances if c.index < t_first and t_first - c.index <= VERB_REACH]
    if near:
        return near[-1]
    if any(abs(sp - t_first) <= VERB_REACH for sp in speech):
        # a statement beside the date: "police on Friday said"; a fronted date, its subject, then
        # the verb ("In 2005, Ruiz told the magazine that ...")
        return _perfect_complement(toks, t_last) or next(
            (st for sp in reversed(speech) if sp < t_first and (st := _statement(toks, sp, t_first, t_last))), None) \
            or next((st for sp in speech if comma_after and sp >= t_last and _fronted(toks, t_first)
                     and (st := _statement(toks, sp, t_first, t_last))), None)
    return _state(toks, t_first, t_last, skip)


_DATING = frozenset({"dates", "dated", "date", "dating"})


def _dates_back(toks: list[Tok], t_first: int) -> Trigger | None:
    """"The custom dates back to 1850", "a feud dating from the 1990s": a thing's origin (the
    verb "date" right before "to"/"from" and the date), a class of its own: what began then may
    be another thing than what is dated ("buildings dating from 1935" of "a co-op begun in 1936",
    a construction). The origin of a building or of a body right before the verb is its
    construction or its founding (``origin_of``: "the town hall dates to 1935" is build, as "was
    constructed in 1935"; "the rowing club dates back to 1924" found)."""
    k = t_first - 1
    if k < 1 or toks[k].low not in ("to", "from"):
        return None
    k -= 1
    if toks[k].low == "back" and k > 0:
        k -= 1
    if toks[k].low not in _DATING or not toks[k].text.islower() or (k > 0 and toks[k - 1].low in _DETERMINERS):
        return None  # "the date from 1990" is a noun
    return Trigger(k, k, _origin_class(toks, k), False)


@lru_cache(maxsize=1)
def _origins_of() -> dict[str, str]:
    """``origin_of`` of events.yaml: a thing's word -> the class of its origin."""
    return {str(w): str(cls) for cls, ws in (load_data("events.yaml").get("origin_of") or {}).items() for w in ws}


def _origin_class(toks: list[Tok], k: int) -> str:
    """The class of the origin dated by the verb at ``k``: that of the thing right before it ("The
    Harwick rowing club dates back to 1924": found), else ``origin`` ("the old mill on the river
    dates back": the river is no thing dated); not of a word that hangs by a preposition from
    another head ("the feud between the two clubs dates back to 1990": the feud's origin)."""
    j = k - 1
    cls = _origins_of().get(toks[j].low) if j >= 0 and toks[j].text.islower() else None
    if cls is None:
        return "origin"
    while j > 0 and toks[j - 1].low not in _DETERMINERS and toks[j - 1].low not in _PREPOSITIONS \
            and toks[j - 1].text[:1].isalnum():
        j -= 1  # the words of its phrase ("the two clubs", "a stone chapel")
    if j > 0 and toks[j - 1].low in _DETERMINERS:
        j -= 1
    return "origin" if j > 0 and toks[j - 1].low in _PREPOSITIONS else cls


STATEMENT = STATEMENT_EVENT  # the class of an act of speech; extract_dates adds its day
_STATEMENT_OBJECT = 3  # words between a verb of speech and its day ("told the local paper Tuesday")
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did"})


def _statement(toks: list[Tok], sp: int, t_first: int, t_last: int) -> Trigger | None:
    """The act of speech at token ``sp`` as the date's event, when the day stands right beside the
    verb: before it ("police on Friday said") or after it, past a short object or place ("said
    Friday", "told reporters on Tuesday", "said in a statement Monday", "said here Friday"), with no
    verb, clause word or figure between."""
    v = vocab()
    if toks[sp].low not in v.speaking or not toks[sp].text.islower():
        return None
    if toks[t_last - 1].low.endswith("'s"):
        return None  # "said Friday's vote was fair": the day is the vote's
    if sp >= t_last:
        between = toks[t_last:sp]
    elif sp < t_first:
        between = toks[sp + 1:t_first]
    else:
        return None
    if any(t.low == "that" for t in between):
        return None
    words = [t for t in between if t.low not in _DATE_LEAD and t.low not in _DETERMINERS]
    if len(words) > _STATEMENT_OBJECT or any(
            t.low in _OBJECT_NOT and t.low not in _PREPOSITIONS or t.low in v.reporting or t.low in v.verbs
            or t.low in _BE_HAVE or t.low in _MODALS or _PAST_VERB.match(t.low) or _GERUND.match(t.low)
            or not t.low[:1].isalpha() for t in words):
        return None
    return Trigger(sp, sp, STATEMENT, False)


_OBJECT_NOT = frozenset({"that", "on", "in", "at", "to", "with", "from", "for", "as", "and", "but", "or", "it",
                         "this", "what", "how", "why", "whether", "if", "there"})


def _reports(toks: list[Tok], i: int, t_first: int, t_last: int) -> bool:
    """Whether ``toks[i]`` is a verb of speech here: a reporting verb that puts out no thing
    (:func:`_puts_out`) and schedules nothing: "is expected" and "expected to" say what is due ("the
    results are expected on Monday", "the deal, expected to close in June"), not who said what."""
    low = toks[i].low
    if low not in vocab().reporting or _puts_out(toks, i, t_first, t_last):
        return False
    return not (low in _SCHEDULE and ((i > 0 and toks[i - 1].low in _BE) or (i > 1 and toks[i - 2].low in _BE and
                                      _adverb(toks[i - 1].low)) or (i + 1 < len(toks) and toks[i + 1].low == "to")))


def _puts_out(toks: list[Tok], i: int, t_first: int, t_last: int) -> bool:
    """Whether the reporting verb ``toks[i]`` puts a thing out, an event (``publishing`` in
    events.yaml): in the passive ("were released"), with its agent ("a package unveiled by the
    government") or before a noun object, the date skipped ("announced Sunday drastic cuts",
    "issued a statement Tuesday"); not before "that", a pronoun or the clause's end."""
    v = vocab()
    if toks[i].low not in v.publishing or not toks[i].text.islower():
        return False
    if i > 0 and toks[i - 1].low in _BE:
        return True
    j = i + 1
    while j < t_first and toks[j].low in _DATE_LEAD:
        j += 1
    j = t_last if j == t_first else i + 1  # the date (and its preposition) skipped, nothing else
    if toks[i].low not in v.speaking and j > t_first and (j >= len(toks) or toks[j].start > toks[j - 1].end + 1):
        # a verb that puts a thing out and is no act of speech, with no object after its date (the
        # clause ends, or a mark stands before the next word) is a participle: "an aid package
        # unveiled on Sunday", "two videos, published last year, that showed"
        return True
    if j >= len(toks) or not (toks[j].text.isalpha() or toks[j].text[:1].isdigit()):
        return False  # ("released 13 hostages on Friday": a figure opens the object too)
    low = toks[j].low
    # ("unveiled the phone on Tuesday": "the" before the date opens the object, not the date)
    return low == "by" or (low not in _OBJECT_NOT and low not in _PRONOUNS and low not in v.reporting
                           and (low not in _DATE_LEAD or j < t_first))


_WILL = frozenset({"will", "would", "'ll", "should"})  # a bare verb after it is a coming event
_MUST = frozenset({"must"})  # a bare verb after it, dated "by", is a deadline
_BEFORE_BARE = _WILL | _MUST | {"to"}  # words before a bare verb the tests below may take
# words after a modal that are no verb: a subject in a question ("must you"), adverbs, negation
_NOT_BARE_VERBS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "not", "also",
                             "still", "never", "soon", "then", "now", "likely", "probably", "only", "just", "first"})


def _negated(toks: list[Tok], i: int) -> bool:
    """Whether a negation stands one or two words before token ``i``; "had not" is "hadn't" ("the
    case had not been submitted as of Tuesday": a status as of that day)."""
    return any(k >= 0 and toks[k].low in _VERB_NEGATIONS and not (
        toks[k].low == "not" and k > 0 and toks[k - 1].low == "had") for k in (i - 1, i - 2))


def _to_before(toks: list[Tok], i: int) -> int:
    """The index of the "to" of an infinitive at token ``i`` ("to pass", "to quickly pass"), or -1."""
    if i > 0 and toks[i - 1].low == "to":
        return i - 1
    return i - 2 if i > 1 and toks[i - 2].low == "to" and _adverb(toks[i - 1].low) else -1


def _deadline(toks: list[Tok], i: int, t_first: int) -> bool:
    """Whether the word at token ``i`` is a bare verb before a date led by "by": what is to be done
    by that day (after "must" or "to")."""
    return i < t_first and toks[t_first - 1].low == "by" and _bare_verb(toks[i].text)


def _bare_verb(word: str) -> bool:
    """Whether a lower-case word is a verb's dictionary form ("resume", "hold", "respond"): its own
    lemma, with a past in -ed or -d that simplemma knows as that verb's."""
    if not _LOWER_WORD.match(word) or word in _BE_HAVE or word in _NOT_BARE_VERBS or lemma(word) != word:
        return False
    if word in vocab().lemma_class or word in _irregular_lemmas():
        return True
    return any(simplemma.is_known(form, lang="en") and lemma(form) == word
               for form in (word + "ed", word + "d", word[:-1] + "ied" if word.endswith("y") else "") if form)


@lru_cache(maxsize=1)
def _irregular_lemmas() -> frozenset[str]:
    """The dictionary forms of the irregular pasts and participles ("sell" of "sold")."""
    v = vocab()
    return frozenset(base for w in v.irregular | v.participles if (base := lemma(w)) != w)


def _inert(tok: Tok, v: Vocab) -> bool:
    """Whether no step of :func:`_candidates` can take ``tok`` as a noun, verb, verb of speech
    or circumstance, whatever words stand around it (after "to" it may still be an attempt's
    infinitive): the loop then passes it by. It holds exactly when every test's own condition on
    the word fails; the tests' conditions on the neighbours come on top of these."""
    low, text = tok.low, tok.text
    if low in _trigger_words() or _GERUND.match(low) or _PAST_VERB.match(low) or _PAST_VERB.match(text) \
            or _GERUND.match(text):
        return False
    return not (low.endswith("s") and text[:1].islower() and lemma(low) in v.nouns)


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word that is, or ends, an event noun or verb of the vocabulary, a verb of speech, an
    irregular past or participle."""
    v = vocab()
    words = set(v.nouns) | set(v.verbs) | v.reporting | v.irregular | v.participles
    words |= {w.split(" ", 1)[1] for w in (*v.nouns, *v.verbs) if " " in w}  # "<previous> <this>"
    words |= {w[-1] for w in v.scheduled} | v.scheduled_plural
    return frozenset(words)


VERB_GAP = 6  # words that weigh between a verb and its date (names, figures, determiners and prepositions do not)


def _gap(toks: list[Tok], a: int, b: int, skip: Container[int]) -> int:
    """The words strictly between tokens ``a`` and ``b`` that weigh in a distance."""
    n = 0
    for k in range(a + 1, b):
        t = toks[k]
        low = t.low
        if k in skip or t.text[:1].isupper() or not low[:1].isalpha() or low in _PREPOSITIONS or low in _DETERMINERS:
            continue
        n += 1
    return n


_NOUN_BEFORE = re.compile(r"^(?:the|a|an|his|her|its|their|our|these|those|two|three|four|five|several|many|"
                          r"both|more|further|new|recent|of|in|after|before|during|\d[\d,]*|.*'s)$")
_PARTIAL = frozenset({"some", "part", "partially", "partly", "more"})


def _partial(toks: list[Tok], trigger: Trigger) -> bool:
    """Whether a verb is done in part: "restored some services", "partially reopened", "reopened
    part of the line" (not "some 25 people", a hedge on a figure)."""
    i = trigger.index
    after = toks[i + 1:i + 3]
    if after and after[0].low in _PARTIAL and not (len(after) > 1 and (
            after[1].text[:1].isdigit() or after[1].low in ("than", "then"))):
        return True  # not "some 25 people", "more than 1,000 people": hedges on a figure
    return any(t.low in ("partially", "partly") for t in toks[max(0, trigger.first - 2):trigger.first])


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})
_OPENERS = frozenset({"and", "but", "or", "that", "which", "who", "whom", "whose", "because", "although", "though",
                      "if", "so", "whereas", "where"})


def _clear(toks: list[Tok], a: int, b: int) -> bool:
    """Whether nothing between tokens ``a`` and ``b`` opens another clause or looks like a verb:
    only noun and prepositional phrases, and a "while"/"when" + gerund circumstance ("fell about
    200 feet while crossing to a small hut near Stone Bridge in the Redwood Valley park on Sunday")."""
    v = vocab()
    for k in range(a + 1, b):
        low = toks[k].low
        if low in _OPENERS or low in v.reporting or low in _BE or low in _HAVE:
            return False
        if low.endswith("ing") and toks[k - 1].low in ("while", "when"):
            continue
        if (_PAST_VERB.match(low) or _GERUND.match(low) or low in v.irregular) and low not in v.nouns \
                and low not in _NOT_GERUNDS:
            return False
    return True


_HAVE = frozenset({"have", "has", "had", "'ve", "'d", "having"})
_ADVERBS = frozenset({"also", "already", "now", "since", "just", "fully", "finally", "successfully", "partially",
                      "largely", "mostly", "all", "both", "not"})


def _perfect_complement(toks: list[Tok], start: int) -> Trigger | None:
    """The event a statement reports as done: "The utility announced on Wednesday that it had
    reconnected most homes", "said on Friday that it has repaired the line". The statement's
    date is a deadline the event met (qualifier "by"). Searched from token ``start`` on."""
    v = vocab()
    n = len(toks)
    that = next((j for j in range(start, min(n, start + 9)) if toks[j].low == "that"), None)
    if that is None:
        return None
    for k in range(that + 1, min(n, that + 7)):
        if toks[k].low in v.reporting or toks[k].low == "that":
            return None
        if toks[k].low not in _HAVE:
            continue
        m = k + 1
        while m < n and toks[m].low in _ADVERBS:
            if toks[m].low == "not":
                return None
            m += 1
        if m < n and toks[m].low == "been":
            m += 1
        if m >= n:
            return None
        low = toks[m].low
        nxt = _particle_word(toks, m + 1)
        if low in v.reporting or low in v.not_events:
            return None
        if f"{low} {nxt}" in v.verbs:
            return Trigger(m + 1, m, v.verbs[f"{low} {nxt}"], False, by=True)  # "has been relieved of"
        if low in v.verbs:
            return Trigger(m, m, v.verbs[low], False, by=True)
        if _PAST_VERB.match(toks[m].text) or low in v.irregular:
            return Trigger(m, m, event_class(low, _PARTICLES.get(nxt)), False, by=True)
        return None
    return None


# words after a date that name no event of their own: "the 2019 season" is a date, "the March 2 escape" an event
_TIME_NOUNS = frozenset({"time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "morning", "afternoon", "evening", "night", "period", "season", "edition", "issue",
                         "deadline", "date", "level", "levels", "figure", "figures", "rate", "average", "total",
                         "version", "model", "budget", "price", "prices", "data", "report", "one", "value",
                         "values", "peak", "high", "low", "record", "class", "product", "graduate", "squad",
                         "team", "roster", "film", "movie", "album", "book", "song", "law", "act", "rule"})
_BE = frozenset({"was", "were", "is", "are", "been", "be", "remained", "remains", "stayed", "stays"})
_BE_HAVE = _BE | _HAVE
_PLANNED = frozenset({"set", "put", "due", "likely", "unlikely", "about", "going", "bound", "poised", "ready"})
_STATE_SKIP = frozenset({"and", "or", "out", "still", "also", "then", "finally", "back", "again", "already",
                         "only", "just", "very", "so", "too", "largely", "mostly", "once", "later"})


def _modifier_noun(toks: list[Tok], t_first: int, t_last: int, comma_after: bool) -> Trigger | None:
    """An event named by the noun a date modifies: "The March 2 escape of ...", "a 2015 incident",
    "the country's July independence", "Monday's eviction": a determiner or owner before the
    date (or the date's own "'s"), and an event noun (after at most three modifiers, a score or a
    figure among them: "Saturday's 5-1 home defeat") right after it, before any preposition or
    verb. The noun need not be in the vocabulary: a nominalisation,
    a noun that is also a verb, or a noun of ``event_nouns`` will do (see :func:`eventive`)."""
    if t_last >= len(toks) or comma_after:
        return None
    owned = toks[t_last - 1].low.endswith("'s")  # "Wednesday's violence": the date's token carries the 's
    k = t_first - 1
    while k > 0 and t_first - k <= 2 and _PRENOMINAL.match(toks[k].text):
        k -= 1  # "the bungled 1972 break-in", "the deadly 2011 attack": adjectives before the date
    det = toks[k].low if k >= 0 else ""
    if not (owned or det in _DETERMINERS or det.endswith("'s")):
        return None
    v = vocab()
    head = None
    for k in range(t_last, min(len(toks), t_last + MODIFIER_REACH)):
        t = toks[k]
        low = t.low
        if head is None and _SCORE.match(t.text):
            continue  # a score or a figure modifies the noun after it ("Saturday's 5-1 home defeat")
        if not _LOWER_WORD.match(t.text.rstrip(".")) or low in _PREPOSITIONS or low in _DETERMINERS \
                or low in _AUXILIARIES or low in _BE or low in v.reporting \
                or low in ("and", "or", "but", "that", "which", "who", "when"):
            break
        if head is not None and (low in v.irregular or low in v.verbs or _PAST_VERB.match(low)):
            break  # "a Monday vigil drew hundreds": the verb after the noun
        head = k
        if t.text.endswith("."):
            break  # the sentence ends
    if head is None:
        return None
    low = toks[head].low
    if low in _TIME_NOUNS or low in v.not_events or _PAST_VERB.match(low):
        return None
    if low in v.nouns:
        return Trigger(head, head, v.nouns[low], True)
    if not eventive(low):
        return None  # "the 1978 product", "the 2002 value": no event
    return Trigger(head, head, event_class(low), True)


_LOWER_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
_SCORE = re.compile(r"^\d+(?:[-\u2013]\d+)?$")  # "5-1", "3"
# a lower-case word with an adjective's ending, between a determiner and the date it opens
_PRENOMINAL = re.compile(r"^[a-z]{3,}(?:ed|ous|ic|al|ive|ful|less|ly|ant|ent)$")
_NOMINAL = re.compile(r"(?:tion|sion|ment|ance|ence|ure|ery|ing)s?$")  # -al, -age: see event_nouns


def eventive(word: str) -> bool:
    """Whether a noun can name an event: a nominalisation ("restoration", "outage", "closure"), a
    noun whose dictionary form is also a verb's, by simplemma's lexicon ("attempts": attempted;
    "escape": escaped), or a verb and its particle made one noun ("break-in", "shootout")."""
    if _NOMINAL.search(word) or word in vocab().event_nouns:
        return True
    return _verbal(lemma(word)) or phrasal_noun(word) is not None


# a nominalisation's ending and what its verb ends in instead, tried in turn: "completion" ->
# complete, "construction" -> construct, "suspension" -> suspend, "expansion" -> expand,
# "resumption" -> resume, "cancellation" -> cancel, "appointment" -> appoint,
# "acceptance" -> accept, "delivery" -> deliver, "approval" -> approve ("-ition", "-ure" and
# "-ence" are left: "opposition", "future", "violence")
_NOMINAL_ENDINGS = (
    ("mption", ("me",)), ("ption", ("pt",)), ("llation", ("l",)), ("ation", ("ate", "e", "")), ("ction", ("ct",)),
    ("ition", ()), ("tion", ("te",)), ("ssion", ("ss",)), ("sion", ("d", "de", "se")), ("ment", ("",)),
    ("ance", ("", "e")), ("ery", ("er",)), ("al", ("e", "")),
)


@lru_cache(maxsize=1 << 12)
def _nominal_verb(word: str) -> str | None:
    """The verb a nominalisation is made from, by its ending, when that verb is a known word and a
    verb's (:func:`_verbal`): "completion" -> complete, "resumption" -> resume, "suspension" -> suspend;
    None for a noun of no verb ("nation", "hospital"). The noun and the verb are then one event:
    "its completion on 20 February" and "was completed on 20 February"."""
    for ending, replacements in _NOMINAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            for r in replacements:
                if len(stem + r) >= 4 and simplemma.is_known(stem + r, lang="en") and _verbal(stem + r):
                    return stem + r
            return None
    return None


def _verbal(base: str) -> bool:
    """Whether a dictionary form is a verb's: a vocabulary verb, an irregular verb ("break": broke),
    or one with a regular past simplemma knows ("stop": stopped)."""
    if base in vocab().lemma_class or base in _irregular_bases():
        return True
    for form in (base + "ed", base + "d", base[:-1] + "ied" if base.endswith("y") else "",
                 base + base[-1] + "ed" if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base) else ""):
        if form and simplemma.is_known(form, lang="en") and lemma(form) == base:
            return True  # "stop": stopped
    return False


@lru_cache(maxsize=1)
def _irregular_bases() -> frozenset[str]:
    """The dictionary forms of the vocabulary's irregular pasts and participles ("broke" -> break),
    where simplemma gives one that differs from the past."""
    v = vocab()
    return frozenset(base for w in v.irregular | v.participles if (base := lemma(w)) != w)


# a verb and its particle made one noun: "break-in", "sit-in" (with a hyphen), "shootout",
# "crackdown", "takeover", "standoff", "getaway", "comeback" (with or without)
_PHRASAL_NOUN = re.compile(r"^([a-z]{3,})(?:-(in|on|out|up|down|off|over|away|back)"
                           r"|-?(out|up|down|off|over|away|back))s?$")


@lru_cache(maxsize=1 << 12)
def phrasal_noun(word: str) -> tuple[str, str] | None:
    """(verb, particle) of a noun made of a verb and its particle ("break-ins" -> break, in;
    "shootout" -> shoot, out), or None: the first part must be a verb's dictionary form, and a word
    that is a verb of its own ("begin") is none."""
    m = _PHRASAL_NOUN.match(word)
    if m is None:
        return None
    verb, particle = m.group(1), m.group(2) or m.group(3)
    if "-" not in word and _verbal(lemma(word)):
        return None
    return (verb, particle) if _has_gerund(verb) else None


def _has_gerund(base: str) -> bool:
    """Whether simplemma knows a gerund of ``base`` that it takes back to it ("shoot": shooting;
    "sit": sitting; "take": taking): a verb, where a past alone may be an adjective's form."""
    forms = [base + "ing"]
    if base.endswith("e"):
        forms.append(base[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        forms.append(base + base[-1] + "ing")
    return any(simplemma.is_known(f, lang="en") and lemma(f) == base for f in forms)


def _subject_noun(toks: list[Tok], t_first: int, t_last: int) -> Trigger | None:
    """An event noun that opens its clause and is dated before its verb "be" or "have": "after
    attempts on Sunday were abandoned", "the outage on Tuesday has cost ..."."""
    v = vocab()
    k = t_first - 1
    while k >= 0 and toks[k].low in _DATE_LEAD:
        k -= 1
    if k < 0 or k == t_first - 1 or t_last >= len(toks):
        return None  # no preposition between: "the noun Saturday" is no such thing
    if not all(toks[j].low in _DETERMINERS or (_LOWER_WORD.match(toks[j].text) and not _PAST_VERB.match(toks[j].low))
               for j in range(k)) or k > 3:
        return None
    low = toks[k].low
    nxt = toks[t_last].low
    if not _LOWER_WORD.match(low if k == 0 else toks[k].text) or low in _TIME_NOUNS or low in v.not_events \
            or not eventive(low):
        return None
    if not (nxt in _BE or nxt in _HAVE):
        return None  # "a judge on Thursday upheld": an active verb after it makes the noun its doer
    return Trigger(k, k, v.nouns.get(low) or event_class(low), True)


_OWNERS = frozenset({"his", "her", "its", "their", "our"})


def _dated_nominal(toks: list[Tok], t_first: int, t_last: int) -> Trigger | None:
    """A nominalisation opening its clause, owned or with its "of" phrase, dated right after it and
    before its verb: "Its resumption on 8 September came after ...", "The completion of the bridge
    on 20 February allowed ...": the noun's event, as "was resumed on 8 September". The noun must
    be made from a verb (:func:`_nominal_verb`); a noun alone after "the" is the doer of the verb
    after the date ("the commission on Friday approved": the approval)."""
    k = t_first - 1
    while k >= 0 and toks[k].low in _DATE_LEAD:
        k -= 1
    if k < 1 or k == t_first - 1 or t_last >= len(toks) or not _LOWER_WORD.match(toks[t_last].text) \
            or toks[t_last].low in _PREPOSITIONS or toks[t_last].low in _DETERMINERS:
        return None
    first = toks[0].low
    if not (first in _DETERMINERS or first.endswith("'s")) or not _LOWER_WORD.match(toks[1].text):
        return None
    low = toks[1].low
    if low in vocab().not_events or _nominal_verb(lemma(low)) is None:
        return None
    if k == 1:
        owned = first in _OWNERS or first.endswith("'s")  # "its resumption on ...", "the club's relaunch"
    else:  # "the completion of the bridge on ...": a short "of" phrase, no verb in it
        owned = toks[2].low == "of" and k - 2 <= 4 and not any(
            toks[j].low in _BE or toks[j].low in _AUXILIARIES or _PAST_VERB.match(toks[j].low)
            or toks[j].low in vocab().verbs for j in range(3, k + 1))
    return Trigger(1, 1, event_class(low), True) if owned else None


def _reduced_relative(toks: list[Tok], i: int) -> bool:
    """Whether the word in -ing at token ``i`` follows a noun with no auxiliary between ("the
    guard patrolling the strait"): a participle of the noun, not the clause's verb."""
    if i < 1 or not _GERUND.match(toks[i].low):
        return False
    prev = toks[i - 1]
    low = prev.low
    v = vocab()
    return prev.text.isalpha() and low not in _BE_HAVE and low not in _AUXILIARIES and low not in _PREPOSITIONS \
        and low not in _DETERMINERS and low not in _PRONOUNS and low not in _OPENERS and low not in _SUBORDINATORS \
        and low not in _MODALS and low not in v.verbs and low not in v.irregular and low not in v.reporting \
        and low not in v.participles \
        and not _PAST_VERB.match(low) and not low.endswith("ly") and low not in _STATE_SKIP


def _owned_noun(toks: list[Tok], t_first: int) -> Trigger | None:
    """An event noun the vocabulary does not list, with its determiner or owner, right before the
    date's preposition, when no verb before the date takes it: "the country's independence in July
    strained ties", "a roadside stop in 2006"."""
    k = t_first - 1
    if k < 2 or toks[k].low not in ("in", "on", "during"):
        return None
    j = k - 1
    low = toks[j].low
    if not _LOWER_WORD.match(toks[j].text) or low in _TIME_NOUNS or low in vocab().not_events \
            or _PAST_VERB.match(low) or low.endswith(("ing", "s")) or not eventive(low) \
            or (re.search(r"(?:ment|ery|ure)$", low) and low not in vocab().event_nouns
                and not (low.endswith("ment") and lemma(low[:-4]) in vocab().lemma_class)):
        return None  # (a plural names things: "the passengers on April 30"; "the parliament", "bravery")
    for d in range(j - 1, max(-1, j - 4), -1):
        t = toks[d]
        if t.low in _DETERMINERS or t.low.endswith("'s"):
            return Trigger(j, j, vocab().nouns.get(low) or event_class(low), True)
        if not t.text.isalpha() or t.low in _PREPOSITIONS or t.low in vocab().verbs or _PAST_VERB.match(t.low):
            return None
    return None


_SCHEDULE = frozenset({"due", "set", "scheduled", "slated", "planned", "expected"})


def _scheduled(toks: list[Tok], t_first: int) -> Trigger | None:
    """A scheduled event, named by what is scheduled: "The hearing is set for April 20" (hearing),
    "an appeal scheduled for May 3" (appeal), "The singer is due in court on June 2" (court), "the
    court date is set for June 2" (court), "He is due back in court on June 3" (court). A plan is a
    fact outlets can disagree on."""
    v = vocab()
    k = next((k for k in range(t_first - 1, max(-1, t_first - 6), -1) if toks[k].low in _SCHEDULE), None)
    if k is None:
        return None
    words = [i for i in range(k + 1, t_first) if toks[i].low not in _PREPOSITIONS and toks[i].low not in _DETERMINERS
             and toks[i].low not in _DATE_LEAD and toks[i].low != "back"]
    if len(words) > 1 or any(not _LOWER_WORD.match(toks[i].text) for i in words):
        return None
    j = k - 1
    while j >= 0 and toks[j].low in _BE:
        j -= 1
    if j > 0 and toks[j].low in ("which", "that"):
        j -= 1  # "the trial, which is set for": the antecedent
    if j >= 0 and toks[j].low in _TIME_NOUNS and j > 0 and _LOWER_WORD.match(toks[j - 1].text):
        j -= 1  # "the court date is set for": the court's
    if j >= 0 and _LOWER_WORD.match(toks[j].text) and toks[j].low not in _TIME_NOUNS | _DETERMINERS | v.not_events \
            and not _PAST_VERB.match(toks[j].low) and toks[j].low not in _AUXILIARIES \
            and (toks[j].low in v.nouns or eventive(toks[j].low)):  # "the driver is due": a person, no event
        return Trigger(j, j, v.nouns.get(toks[j].low) or event_class(toks[j].low), True)
    if words:  # "X is due in court on June 2": the court date
        return Trigger(words[0], words[0], v.nouns.get(toks[words[0]].low) or event_class(toks[words[0]].low), True)
    return None


def _state(toks: list[Tok], t_first: int, t_last: int, skip: Container[int]) -> Trigger | None:
    """A dated state, when no event word is found: "The suspect was on the run until March 3", "Between 2004
    and 2009, the port was in private hands". Its class is the last word of the predicate's first run
    of content words (run, hand); "was able to reconnect" is the reconnection; "was at Harbor Clinic"
    (a name after "at" or "in") is a stay."""
    n = len(toks)
    cands = [b for b in range(max(0, t_first - VERB_REACH), t_first) if toks[b].low in _BE]
    cands = cands[-1:]
    if _fronted(toks, t_first):  # "Between 2004 and 2009, the port was ...": the state after a date opening its clause
        # (not "Yesterday was a quiet day": there the date is the subject)
        cands += [b for b in range(t_last + 1, min(n, t_last + VERB_REACH // 2)) if toks[b].low in _BE][:1]
    participles = temporal_vocabulary().past_irregular
    for b in cands:
        if b < t_first and toks[t_first - 1].low not in _DATE_LEAD and toks[t_first - 1].low not in _PREPOSITIONS:
            continue  # "It was a cold Saturday": the date is the predicate, not a state's time
        if b > 0 and toks[b - 1].low in ("it", "there", "this", "that", "what"):
            continue  # "it was obvious by then", "there were seven": no one's state
        if any(toks[k].low in _NEGATIONS for k in range(max(0, b - 2), b)):
            return None  # "had not been in touch since January"
        if b > t_first and t_first > 0 and toks[t_first - 1].low in _DETERMINERS:
            continue  # "The 1978 graduate was a starter": the date is inside the subject
        stop = t_first if b < t_first else n
        for m in range(b + 1, min(stop, b + 7)):
            t = toks[m]
            low = t.low
            if low in _NEGATIONS:
                return None
            if m in skip or low in _PREPOSITIONS or low in _DETERMINERS or low in _STATE_SKIP or \
                    (low.endswith("ly") and len(low) > 4):
                continue
            if t.text[:1].isupper() and t.text.isalpha() and m > b + 1 and toks[m - 1].low in _AT_PLACE:
                return Trigger(b, b, "stay", False)  # "was at Betty Ford from 2010 to 2011": a stay there
            if not _LOWER_WORD.match(t.text.rstrip(".")) or _PAST_VERB.match(low) or low.endswith("ing") \
                    or low in _BE or low in participles or low in vocab().reporting or low in _PLANNED:
                break  # a name, a figure, a passive, a progressive or a plan: no state
            if m + 2 < stop and toks[m + 1].low == "to" and _LOWER_WORD.match(toks[m + 2].text):
                return Trigger(m + 2, m + 2, event_class(toks[m + 2].low), False)  # "was able to restore"
            # the last word of the run of content words: "in private hands" -> hand
            while m + 1 < stop and m + 1 not in skip and _LOWER_WORD.match(toks[m + 1].text.rstrip(".")) and \
                    toks[m + 1].low not in _PREPOSITIONS and toks[m + 1].low not in _STATE_SKIP and \
                    toks[m + 1].low not in _DETERMINERS and not _PAST_VERB.match(toks[m + 1].low) and \
                    not toks[m].text.endswith("."):
                m += 1
            return Trigger(b, b, lemma(toks[m].low), False)
    return None


_AT_PLACE = frozenset({"at", "in"})
_AUXILIARIES = frozenset({"have", "has", "had", "been", "be", "is", "are", "was", "were", "will", "would",
                          "'ve", "also", "still", "long", "already", "now", "then", "later", "repeatedly"})


@lru_cache(maxsize=1)
def _senses() -> tuple[dict[str, dict[str, str]], frozenset[str], frozenset[str], frozenset[str]]:
    """``object_senses``, ``weapons``, ``persons`` and ``aiming`` of events.yaml; persons with the
    titles of offices.yaml."""
    from .roles import offices

    data = load_data("events.yaml")
    o = offices()
    persons = frozenset(str(w) for w in data.get("persons", ())) | PERSON_TITLES | o.heads | o.needs_scope | \
        o.representatives | o.owners | frozenset(w for w in o.spellings if " " not in w)
    return ({str(k): {str(a): str(b) for a, b in v.items()} for k, v in (data.get("object_senses") or {}).items()},
            frozenset(str(w) for w in data.get("weapons", ())), persons,
            frozenset(str(w) for w in data.get("aiming", ())))


@lru_cache(maxsize=1)
def _elections() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("events.yaml").get("elections", ()))


@lru_cache(maxsize=1)
def _trials() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("events.yaml").get("trials", ()))


_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being", "get", "gets", "got", "getting"})
_ADVERBS = frozenset({"also", "then", "later", "just", "not", "reportedly", "eventually", "finally", "since",
                      "recently", "subsequently", "first", "never", "once"})
_NP_END = frozenset({"and", "or", "but", "as", "that", "which", "who", "after", "before", "when", "because"})


def _object_sense(toks: list[Tok], trigger: Trigger, t_first: int, t_last: int) -> str | None:
    """The class of a verb whose event depends on what it is done to (``object_senses`` in
    events.yaml), by its object, or the subject of its passive: "fired its coach" is a dismissal,
    "fired two rockets" or "fired on the crowd" a launch, "dismissed the lawsuit" stays a rejection;
    of a noun, by what follows "of" ("the firing of the coach"). None: the word's own class."""
    senses, weapons, persons, aiming = _senses()
    i = trigger.index
    sense = senses.get(toks[i].low) or (None if trigger.noun else senses.get(lemma(toks[i].low)))
    if not sense:
        return None
    if not trigger.noun and ("figure" in sense or "motion" in sense):
        cue = _figure_or_motion(toks, i, t_first, t_last)
        if cue in sense:
            return sense[cue]

    def kind(words: list[Tok]) -> str | None:
        if not words:
            return None
        lows = [w.low for w in words]
        if any(w in _elections() for w in lows):
            return "election"  # ("won the election": no sense of its own, the word's class)
        if any(w in _trials() for w in lows):
            return "trial"  # "passed a safety inspection": a test passed, no vote
        if any(w in weapons or lemma(w) in weapons for w in lows):
            return "weapon"
        head = words[-1]
        if any(w in persons or lemma(w) in persons for w in lows) or (
                head.text[:1].isupper() and head.low not in _MONTHS_DAYS_LOW):
            return "person"
        return "thing"

    def phrase(j: int) -> list[Tok]:
        """The noun phrase from token ``j``: up to a mark, a preposition, a clause word or the date."""
        out: list[Tok] = []
        while j < len(toks) and len(out) < 6 and not t_first <= j < t_last:
            t = toks[j]
            if not t.text[:1].isalnum() or t.low in _PREPOSITIONS or t.low in _NP_END:
                break
            out.append(t)
            j += 1
        return out

    n = len(toks)
    if trigger.noun:
        found = kind(phrase(i + 2)) if i + 1 < n and toks[i + 1].low == "of" else None
        return sense.get(found) if found else None
    nxt = i + 1 if i + 1 != t_first else t_last
    if nxt < n and toks[nxt].low in aiming:
        return sense.get("weapon")
    k = i - 1
    while k >= 0 and (toks[k].low in _ADVERBS or toks[k].low.endswith("ly") and toks[k].text.islower()):
        k -= 1
    if k >= 0 and toks[k].low in _PASSIVE_AUX:
        while k >= 0 and (toks[k].low in _PASSIVE_AUX or toks[k].low in _HAVE or toks[k].low in _MODALS
                          or toks[k].low in _ADVERBS):
            k -= 1
        # (an object pronoun there is no subject: "charges against him were dismissed")
        subject = [toks[k]] if k >= 0 and toks[k].text[:1].isalnum() and toks[k].low not in _OBJECT_PRONOUNS else []
        return sense.get(kind(subject) or "passive")
    found = kind(phrase(nxt)) if i + 1 != t_first else None  # (no object after the date: "fired last week")
    if found is None and k >= 0 and toks[k].text[:1].isalnum() and toks[k].low not in vocab().agents:
        found = kind([toks[k]])  # "a clerk fired last week": a participle of its noun
    return sense.get(found) if found else None


@lru_cache(maxsize=1)
def _figure_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``figure_words`` (with the spellings of units of measure but length's: "a hiker fell 200
    feet" is a body's fall), ``measures`` and ``motion`` of events.yaml."""
    from .units import units

    data = load_data("events.yaml")
    words = frozenset(str(w) for w in data.get("figure_words", ())) | frozenset(
        w for w, u in units()[0].items() if " " not in w and u.dimension != "length")
    return words, frozenset(str(w) for w in data.get("measures", ())), frozenset(str(w) for w in data.get("motion", ()))


_FIGURE_LEAD = frozenset({"to", "by", "from", "above", "below", "past", "over", "beyond", "under", "nearly", "almost",
                          "about", "around", "roughly", "some", "more", "less", "than", "a", "an", "new", "fresh"})


def _figure_or_motion(toks: list[Tok], i: int, t_first: int, t_last: int) -> str | None:
    """What the verb at token ``i`` tells of a figure or a place: "figure" when its object is a
    figure ("hit 9%", "fell to 3 percent", "passed 12 GW", "hit a record high"; not "hit 3
    buildings", a count of things) or its subject a measure ("shares in X fell", "the lake level
    has fallen"); "motion" when a word of place follows it ("will pass closest to Earth"); else
    None."""
    words, measures, motion = _figure_cues()
    n = len(toks)
    j = i + 1 if i + 1 != t_first else t_last
    if j < n and toks[j].low in motion and not (j + 1 < n and toks[j + 1].text[:1].isdigit()):
        return "motion"
    for k in range(j, min(n, j + 4)):
        if t_first <= k < t_last:
            break
        t = toks[k]
        if t.text[:1].isdigit():
            after = toks[k + 1] if k + 1 < n and not (t_first <= k + 1 < t_last) else None
            if after is None or after.start - t.end > 1 or after.low in words or after.low in _PREPOSITIONS \
                    or after.low in _NP_END or after.text.isupper():
                return "figure"  # "9% in March", "12 GW", "3 percent", "$5 billion"
            break  # "hit 3 buildings": a count of things
        if t.low in words and k > j:
            return "figure"  # "hit a record high"
        if t.low not in _FIGURE_LEAD:
            break
    h = _subject_index(toks, i)
    if h >= 0 and toks[h].text[:1].isupper() and toks[h].low not in measures:
        k = _name_start(toks, h)
        if k > 1 and toks[k - 1].low in _PREPOSITIONS:
            h = k - 2  # "shares in Corvane Foods fell": shares
    if h >= 0 and not t_first <= h < t_last and (toks[h].low in measures or lemma(toks[h].low) in measures):
        return "figure"
    return None


_MONTHS_DAYS_LOW = frozenset(w.lower() for w in _MONTHS_DAYS)
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "whom"})


def _subject_index(toks: list[Tok], i: int) -> int:
    """Index of the word before the verb at ``i``, auxiliaries and adverbs skipped (-1: none)."""
    j = i - 1
    while j >= 0 and (toks[j].low in _AUXILIARIES or (toks[j].low.endswith("ly") and len(toks[j].low) > 4
                                                      and toks[j].low not in vocab().nouns)):
        j -= 1
    return j


def _agent(text: str, s_start: int, toks: list[Tok], i: int) -> tuple[tuple[int, int] | None, str | None]:
    """Who does what the verb at token ``i`` names: the token range of the name or agent word
    right before it ("The U.S. Department of State flatly rejected"), or the group a "they" /
    "who" stands for ("protesters in Baghdad, who have been demonstrating" -> protesters)."""
    j = _subject_index(toks, i)
    if j < 0:
        return None, None
    tok = toks[j]
    if tok.low in ("they", "who"):
        return None, _group_before(text, s_start, tok.start)
    if not (tok.text[:1].isupper() or tok.low in vocab().agents):
        return None, None
    k = _name_start(toks, j)
    if k > 0 and toks[k - 1].low in _PREPOSITIONS:
        return None, None  # "an attack on a bank in Greece killed": Greece is where, not who
    return (k, j), None


def _name_start(toks: list[Tok], j: int) -> int:
    """Index of the first word of the name that ends at token ``j`` ("the Department of State")."""
    k = j
    while k > 0:
        prev = toks[k - 1]
        if toks[k].start - prev.end > 1:
            break  # a comma or a stop between: "On Friday, Ruiz told"
        if prev.text[:1].isupper() or _PARTICLE.match(prev.text):
            k -= 1
        elif prev.low == "of" and k > 1 and toks[k - 2].text[:1].isupper():
            k -= 2
        else:
            break
    return k


def _subject_noun_class(toks: list[Tok], i: int, t_first: int, t_last: int) -> str | None:
    """The class of an event noun that is the subject of the verb at token ``i``: "the quake
    struck", "the earthquake which hit", "a huge earthquake off Aceh triggered"."""
    j = _subject_index(toks, i)
    if j > 0 and toks[j].low in ("which", "that"):
        j -= 1
    if j > 0 and toks[j].text[:1].isupper():
        k = _name_start(toks, j)
        if k > 1 and toks[k - 1].low in _PREPOSITIONS:
            j = k - 2
    if j < 0 or t_first <= j < t_last or _of_another_head(toks, j) or _passive_of_another(toks, j, i):
        return None
    cls = _noun_class_at(toks, j)
    if cls is not None and (head := _head_before_preposition(toks, j)) >= 0:
        return _noun_class_at(toks, head)  # "the man accused of the bombing was born": no attack
    verb = lemma(toks[i].low)
    if cls is None and (head := _head_before_preposition(toks, j, _WITH)) >= 0:
        cls = _noun_class_at(toks, head)  # "talks with the union broke down": the talks (opening the sentence too)
    if cls is None and (verb in _OCCUR or verb in _BEGIN or verb == "take") \
            and (head := _head_before_preposition(toks, j, _OBJECT_PREPOSITIONS)) >= 0:
        j = head  # "work on the new building began": the work is begun, not the building
    if cls is None and (verb in _OCCUR or (verb == "take" and i + 1 < len(toks) and toks[i + 1].low == "place")
                        or verb in _BEGIN and _event_shaped(toks[j].low)) \
            and _LOWER_WORD.match(toks[j].text) \
            and toks[j].low not in vocab().not_events and eventive(toks[j].low):
        # "the marriage took place in 2004", "the robbery happened on Monday", "the sitting began on
        # Monday": the event is the subject
        cls = event_class(toks[j].low)
    return cls


def _passive_of_another(toks: list[Tok], j: int, i: int) -> bool:
    """Whether the verb at ``i`` is a passive done to the event its subject at ``j`` names, an act
    of its own: "the fire was extinguished on Wednesday" is the extinguishing, "the trial was
    adjourned" the adjournment, not the fire or the trial; a verb that only holds, performs or
    perceives the event (``passive_keeps_subject``: "the vote was held", "the attack was carried
    out", "the quake was felt", "the charges were brought") leaves it the subject's, unless
    "under" follows ("the blaze was brought under control")."""
    if not any(toks[k].low in _BE for k in range(j + 1, i)):
        return False
    if i + 1 < len(toks) and toks[i + 1].low == "under":
        return True  # "the blaze was brought under control": a phase of its own
    return lemma(toks[i].low) not in _passive_keeps() and toks[i].low not in _passive_keeps()


@lru_cache(maxsize=1)
def _passive_keeps() -> frozenset[str]:
    """``passive_keeps_subject`` of events.yaml, with the light verbs' dictionary forms."""
    return frozenset(str(w) for w in load_data("events.yaml").get("passive_keeps_subject", ())) | _LIGHT


def _event_shaped(word: str) -> bool:
    """Whether a noun is shaped as an event's name: a nominalisation ("the sitting", "the
    inspection"), a noun of ``event_nouns`` ("the match"), or a verb and its particle ("the
    walkout"); a noun that is only also a verb's ("the company", "the crew") is not."""
    return bool(_NOMINAL.search(word)) or word in vocab().event_nouns or phrasal_noun(word) is not None


# classes of a verb that tells a phase of the event its subject names, a day of its own: "talks
# resumed on Monday", "construction was halted in March" (a resumption, a suspension; not the talks)
_PHASES = frozenset({"suspend", "resume"})
_OCCUR = frozenset({"occur", "happen", "unfold"})  # dictionary forms ("occurred"); and "took place"
# verbs of beginning (dictionary forms): an event noun before one is the event begun, of its own
# class ("the sitting began on Monday" is the sitting); not of ending, whose day is another one
_BEGIN = frozenset({"begin", "start", "commence"})
_WITH = frozenset({"with"})  # "talks with X", "the clash with police": the head is the subject
# prepositions after the subject of a verb of beginning or happening, before its object: "work on
# the new building began", "the sitting of parliament began": the head is what begins
_OBJECT_PREPOSITIONS = frozenset({"on", "of", "at", "for", "in"})


# heads of "X of <event>" that count or group the events: the events are still the subject
_PARTITIVES = frozenset({"series", "wave", "waves", "spate", "string", "round", "rounds", "number", "couple",
                         "pair", "barrage", "volley", "flurry", "chain", "cluster", "swarm", "sequence"})


_PICK_OUT = frozenset({"first", "last", "latest", "second", "third", "one", "some", "most", "all", "many", "each",
                       "both", "none", "any", "either", "neither", "several", "two", "three"})


_HEAD_PREPOSITIONS = frozenset({"of", "in", "into", "during", "over", "from", "after", "following", "amid", "about",
                                "against", "behind", "at", "for"})


def _head_before_preposition(toks: list[Tok], j: int, prepositions: frozenset[str] = _HEAD_PREPOSITIONS) -> int:
    """The head a noun at ``j`` hangs from by a preposition, a name or a year between them read
    through (-1: none): "the man accused of the Pinecrest bombing was born" (accused), "the inquiry
    into the Gorse Lane killings", "the hospital, evacuated during the storm in February,
    reopened" (evacuated). The head, not the noun after it, is the verb's subject; a head that
    counts or picks out events ("a series of blasts", "the first of the attacks") leaves them the
    subject, and a name before "of" is one name ("the Bank of England"). ``prepositions`` other
    than those of a head (``_WITH``: "talks with the union") let a head open the sentence."""
    k = j - 1
    while k >= 0 and j - k <= 4 and toks[k].low not in prepositions and (
            _LOWER_WORD.match(toks[k].text) or toks[k].text[:1].isupper() or toks[k].text[:1].isdigit()) \
            and not _PAST_VERB.match(toks[k].low):
        k -= 1
    if k <= 0 or toks[k].low not in prepositions or j - k > 4:
        return -1
    head = toks[k - 1]
    if not _LOWER_WORD.match(head.text if k > 1 or prepositions is _HEAD_PREPOSITIONS else head.low) \
            or head.low in _DETERMINERS or head.low in _PREPOSITIONS \
            or head.low in _PARTITIVES or head.low in _PICK_OUT or head.low.endswith("est"):
        return -1
    return k - 1


def _of_another_head(toks: list[Tok], j: int) -> bool:
    """Whether the noun at ``j`` is the object of "of" after another head ("a video of the
    shooting was shown", "footage of the attack was released"): the head is the subject, not the
    event; a head that counts the events ("a series of explosions rocked") leaves them the subject."""
    k = j - 1
    while k >= 0 and j - k <= 3 and toks[k].low != "of" and _LOWER_WORD.match(toks[k].text) \
            and not _PAST_VERB.match(toks[k].low):
        k -= 1
    if k <= 0 or toks[k].low != "of" or _LOWER_WORD.match(toks[k - 1].low) is None or (
            k - 1 > 0 and not toks[k - 1].text.islower()):
        return False  # a name before "of" ("the Bank of England") is no such head
    head = toks[k - 1].low
    # "the first of the attacks", "the deadliest of the quakes", "one of the blasts" pick events out
    return head not in _PARTITIVES and head not in _PICK_OUT and not head.endswith("est")


def _group_before(text: str, s_start: int, end: int) -> str | None:
    """The nearest group before ``end`` in its sentence that "they" or "who" can stand for: a
    plural agent ("protesters", "lawmakers", "police"), never a singular body ("government")."""
    agents = vocab().agents
    for m in reversed(list(_TOKEN.finditer(text, s_start, end))):
        low = m.group().lower()
        if low in agents and (low.endswith("s") or low == "police"):
            return agents[low]
    return None


def _effort(text: str, s_start: int, toks: list[Tok], t_first: int) -> tuple[Trigger, str] | None:
    """A date on an ongoing effort of a group named by its activity: "the government they have been
    trying to bring down since October", said of protesters, dates the protests. The effort verb
    must be the verb nearest the date; an infinitive after it ("to bring down") is part of it."""
    v = vocab()
    for e in range(t_first - 1, max(-1, t_first - 1 - VERB_REACH), -1):
        tok = toks[e]
        if tok.low in v.efforts:
            break
        if (tok.low in v.verbs or tok.low in v.reporting or _PAST_VERB.match(tok.text)) and \
                not (e > 0 and toks[e - 1].low == "to"):
            return None  # a verb of its own nearer the date
    else:
        return None
    j = _subject_index(toks, e)
    if j < 0:
        return None
    low = toks[j].low
    group = _group_before(text, s_start, toks[j].start) if low in ("they", "who") else v.agents.get(low)
    cls = v.doers.get(group) if group else None
    return (Trigger(e, e, cls, False), group) if cls else None


def _country_of(words: list[str]) -> str | None:
    """The country a body acting for it stands for: a seat of government ("the Pentagon", "the
    U.S. State Department") or a country's own government body ("the Iraqi Foreign Ministry")."""
    from .roles import offices
    v = vocab()
    folded = fold(" ".join(words)).split()
    while folded and folded[0] in _DETERMINERS:
        folded = folded[1:]
    for k in range(min(4, len(folded)), 0, -1):
        tail = " ".join(folded[-k:])
        if tail in v.stand_for:
            return v.stand_for[tail]
        if tail in v.state_bodies and k < len(folded):
            country = offices().demonyms.get(" ".join(folded[:-k]))
            if country:
                return country
    return None


def _is_country(words: list[str]) -> bool:
    """Whether a name ends in a country (or is one), by the ``demonyms`` of ``data/offices.yaml``."""
    from .roles import offices
    countries = offices().demonyms
    return fold(" ".join(words)) in countries or fold(words[-1]) in countries


def _is_region(words: list[str]) -> bool:
    """Whether a name is a state or province, after a compass word or not ("West Texas"), by the
    ``regions`` of ``data/offices.yaml``."""
    regions = _regions()
    return fold(" ".join(words)) in regions or (len(words) > 1 and fold(words[0]) in _COMPASS
                                                and fold(" ".join(words[1:])) in regions)


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "upstate", "downstate"})


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(str(r) for r in load_data("offices.yaml").get("regions", ()))


def _attachable(between: list[Tok]) -> bool:
    """Whether a date can belong to an event noun across these words: names, titles, prepositions,
    determiners and agents ("a phone call with US Secretary of State Mike Pompeo late on Thursday",
    "a vote by Iraq's parliament last week"), and at most one other word; never across "and"."""
    v = vocab()
    others = 0
    for t in between:
        low = t.low.removesuffix("'s")
        if low in ("and", "or", "but"):
            return False
        if t.text[:1].isupper() or low in _PREPOSITIONS or low in _DETERMINERS or low in v.agents \
                or low in v.titles or low in _DATE_LEAD or not low.isalpha():
            continue
        others += 1
    return others <= 1


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"})


def _participants(window: list[Tok], strong_names: frozenset[str], agents_until: int
                  ) -> tuple[set[str], set[str]]:
    """Strong participants (people and named bodies) and weak ones (places, and the agents named
    before the event word, ``agents_until``) of a window."""
    v = vocab()
    strong: set[str] = set()
    weak: set[str] = set()
    run: list[Tok] = []
    located = False  # the run follows a preposition of place: "died in Beverly Hills, California"

    def close_run() -> None:
        if not run:
            return
        words = [t.text.replace("\u2019", "'") for t in run]
        owner = words[-1].endswith("'s")  # "Ortiz's brother-in-law": Ortiz only owns the participant
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        if len(words) > 1 and words[-1].rstrip(".,") in _NAME_SUFFIXES:
            words = words[:-1]  # "Arcade Joseph Comeaux Jr." is Comeaux
        last_word = words[-1]
        last = name_key(last_word).split()
        named = (len(run) >= 2 or "-" in last_word) and _NAME_WORD.match(last_word)
        # "South Sudan", "New Zealand": a country, not a person or a body; so is a name after "in"
        # (a state that is also the surname of a person the article names is the person: "Washington")
        place = located or _is_country(words) or (_is_region(words) and not (last and last[-1] in strong_names))
        if owner or place:
            weak.update(t for t in key_tokens(" ".join(words)) if t not in PERSON_TITLES)
        elif last and named and last_word.lower() not in v.titles:
            strong.add(last[-1])
        elif last and last[-1] in strong_names:
            strong.add(last[-1])
        elif len(words) == 1 and words[0].lower() in v.agents:
            weak.add(v.agents[words[0].lower()])
        else:
            weak.update(t for t in key_tokens(" ".join(words)) if t not in PERSON_TITLES)
        run.clear()

    for i, tok in enumerate(window):
        word = tok.text
        low = tok.low
        is_name = word[:1].isupper() and low not in _MONTHS_DAYS and word.lower() not in ("the", "a", "an")
        if is_name and i == 0 and (low in _COMMON_OPENERS or low in v.reporting) and \
                not (len(window) > 1 and window[1].text[:1].isupper()):
            is_name = False  # a capital that only opens the clause
        if not is_name and run and _PARTICLE.match(word):
            run.append(tok)
            continue
        if is_name:
            if not run:
                located = i > 0 and window[i - 1].low in _LOCATIVE
            run.append(tok)
            continue
        close_run()
        agent = v.agents.get(low) if tok.start < agents_until else None
        if agent:
            weak.add(agent)
    close_run()
    return strong, weak


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_COMMON_OPENERS = frozenset({
    "the", "a", "an", "in", "on", "at", "and", "but", "or", "as", "after", "before", "it", "he", "she",
    "they", "we", "i", "you", "this", "that", "these", "those", "some", "several", "many", "most", "his",
    "her", "their", "its", "our", "like", "there", "here", "then", "so", "yet", "still", "also",
    "meanwhile", "however", "now", "today", "yesterday", "if", "when", "while", "although", "though",
    "because", "since", "until", "during", "one", "two", "three", "four", "five", "both", "each", "every",
    "no", "not", "what", "which", "who", "where", "why", "how", "earlier", "later", "last", "next",
    "instead", "even", "only", "just", "with", "by", "for", "from", "of", "to", "over", "under",
})
_PARTICLE = re.compile(r"^(?:al|el|ad|bin|ibn|de|van|von|da|di|du|del|der|le|la)(?:-[A-Z]\w+)?$")
# a name word: "Ortiz", "Al-Tamimi", and with a capital inside, "O'Brien", "McDonald"
_NAME_WORD = re.compile(r"^[A-Z](?:['\u2019][A-Z])?[a-z\u00E0-\u024F'\u2019]+(?:[A-Z][a-z\u00E0-\u024F]+)?(?:-[A-Z][a-z\u00E0-\u024F]+)*$")
_PREPOSITIONS = frozenset({"in", "with", "by", "of", "at", "for", "on", "to", "from", "into", "after", "before",
                           "during", "since", "until", "line", "under", "over", "against", "about", "off",
                           "near", "outside", "inside", "across", "along", "around", "beyond", "toward",
                           "towards", "through", "between", "among"})
# a name right after one of these is a place ("in Beverly Hills", "near Taloudi"), not a participant
_LOCATIVE = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around", "into", "toward",
                       "towards"})
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "and", "but", "as", "after", "it", "he",
                               "she", "they", "we", "this", "that", "some", "several", "his", "her", "their"})


_FULL_NAME = re.compile(r"\b([A-Z][a-z\u00E0-\u024F]+(?:[- ](?:al-|el-|bin |de |van )?"
                        r"(?:[A-Z]['\u2019][A-Z][a-z\u00E0-\u024F]{2,}|[A-Z][a-z\u00E0-\u024F]+[A-Z][a-z\u00E0-\u024F]{2,}"
                        r"|[A-Z][a-z\u00E0-\u024F]{2,}))+)\b")


def article_surnames(text: str) -> frozenset[str]:
    """Last words of names written in full somewhere in the article ("Qassem Soleimani" -> soleimani),
    so that a later bare "Soleimani" counts as a person, not a place."""
    out = set()
    for m in _FULL_NAME.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in _SENTENCE_OPENERS or words[0].lower() in _PREPOSITIONS:
            words = words[1:]  # "In Lakeside": a word that opens the sentence, not a given name
            if len(words) < 2:
                continue
        parts = name_key(" ".join(words)).split()
        if len(parts) >= 2 and parts[-1] not in NON_NAME_ENDS and parts[-1] not in _MONTHS_DAYS \
                and not _is_country(m.group(1).split()) and not _is_region(m.group(1).split()):
            out.add(parts[-1])
    return frozenset(out)


def _readable(words: list[str]) -> str:
    while words and fold(words[0]) in _SENTENCE_OPENERS | {"of", "by", "with", "to", "for", "late", "early"}:
        words = words[1:]
    while words and fold(words[-1]) in _SENTENCE_OPENERS | {"of", "by", "with", "to", "for", "in", "late", "early"}:
        words = words[:-1]
    out = " ".join(words).strip(" ,.;:")
    return out[:90] or "event"
