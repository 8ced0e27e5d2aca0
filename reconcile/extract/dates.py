"""Date claims: when an event happened, tied to the event of the clause the date sits in.

For every time expression the temporal tagger finds (:mod:`reconcile.extract.temporal`), outside
page furniture:

1. the *clause* around it is cut out of its sentence (at ``;``, dashes, and words that open
   another clause: "which", "who", "after", "following", "while", "that"...);
2. the *event* is the clause's word that names what happened (``data/events.yaml``): an event
   noun right next to the date ("the January 3 drone attack", "a phone call ... on Thursday",
   "a vote by Iraq's parliament last week"), else the nearest past-tense verb ("parliament
   passed on Sunday a resolution"). Verbs of speech ("said", "told") are never events: the date
   of a statement says nothing about the story's events, and two statements on different days
   do not contradict each other. A date with no event word in its clause makes no claim;
3. the event's *participants* are the names and agents around the event word: people and
   organisations named in full ("Qassem Soleimani" -> ``@soleimani``, marked as strong), and
   places or bodies ("Iraq's parliament" -> ``iraq parliament``). The doer of a verb is marked
   ``^`` ("the United States rebuffed" -> ``^us``); a seat of government or a country's ministry
   acting stands for the country ("the State Department rejected" -> ``^us``), and "they" or
   "who" stands for the nearest group before it ("protesters ..., who have been demonstrating");
4. an ongoing effort of a group named by its activity dates that activity ("the government they
   have been trying to bring down since October", of protesters: the protests, since October).

The claim's key is ``CLASS|PARTICIPANTS``; :mod:`reconcile.match` groups date claims of one
class that share a strong participant (spelling variants allowed), or whose other participants
are compatible. A relative expression in an article whose publication date is unknown stays
unresolved, with the reason; it is never guessed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache


from dateutil.relativedelta import relativedelta

from ..datafiles import calendar, weekday_names
from ..datafiles import load as load_data
from ..lexicon import fold, key_tokens, name_key
from ..models import Article, Claim, DateSpan, Kind
from ..settings import Settings
from .sentences import sentence_index

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'\u2019.-]*|\d[\d,.:/-]*")
_CLAUSE_BREAK = re.compile(
    r"[;\u2014\u2013]|\s-\s|\(|\)|[\"\u201c\u201d]|,\s*(?=(?:which|who|whom|whose|while|when|where|but|although|though|"
    r"because|as|after|before|saying|amid|and)\b)|\b(?:although|though|whereas)\b"
    r"|\b(?:after|following|before|amid|because|while|whereas|until|since the)\b(?!\s*(?:,|$))",
    re.I)
_PAST_VERB = re.compile(r"^[a-z]{3,}(?:ed)$")
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
_NEGATIONS = frozenset({"not", "never", "n't", "no", "didn't", "wasn't", "weren't", "hasn't", "haven't"})
_PARTICLES = {"in": "in", "into": "in", "out": "out", "off": "off", "up": "up", "down": "down", "over": "over",
              "away": "away", "back": "back"}
PRECISION = {"day": "day", "month": "month", "year": "year"}
NOUN_REACH = 10  # tokens between an event noun and its date
MODIFIER_REACH = 4  # tokens between a date and the event noun it modifies ("the January 3 US drone attack")
VERB_REACH = 12
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
    return Vocab(verbs, nouns, frozenset(data["reporting"]), frozenset(data["not_events"]), agents,
                 NON_NAME_ENDS, frozenset(data["irregular_past"]), stand_for, frozenset(fold(str(b)) for b in data["state_bodies"]),
                 frozenset(data["efforts"]), {str(k): str(v) for k, v in data["doers"].items()})


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("\u2019", "'").rstrip(".")


@dataclass(frozen=True)
class Trigger:
    index: int  # token index of the event word (its last word for a phrase)
    first: int  # token index of its first word
    cls: str
    noun: bool


def _between_dates(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a <= s and e <= b for s, e in spans)


def extract_dates(article: Article, settings: Settings) -> list[Claim]:
    """Date claims of ``article``: one per time expression tied to an event."""
    from .background import timexes as article_timexes

    text = article.text
    timexes = [t for t in article_timexes(text, article.source.published)
               if t.start >= article.body_start and not article.in_furniture(t.start) and t.grain != "ref"]
    if not timexes:
        return []
    sentences = sentence_index(text)
    strong_names = _article_surnames(text[article.body_start:])
    starts = [t.start for t in timexes]  # timexes come in text order
    claims: list[Claim] = []
    for tx in timexes:
        s_start, s_end = sentences.around(tx.start)
        if not (s_start <= tx.start < s_end):
            continue
        lo_i, hi_i = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        others = [(t.start, t.end) for t in timexes[lo_i:hi_i] if t is not tx]
        frame = _frame(text, s_start, s_end, tx.start, tx.end, strong_names, others)
        if frame is None:
            continue
        subject, key = frame
        claims.append(_claim(article, tx, subject, key, text[s_start:s_end]))
    return claims


def _claim(article: Article, tx, subject: str, key: str, sentence: str) -> Claim:
    fields: dict = {}
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
        fields.update(value=DateSpan(start=first, end=last), precision="span", start=first, end=last)
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
    return Claim(id="", source=article.source.id, kind=Kind.DATE, subject=subject, key=key,
                 qualifier=tx.qualifier, text=tx.text, quote=" ".join(sentence.split()),
                 span=(tx.start, tx.end), **fields)


def _frame(text: str, s_start: int, s_end: int, t_start: int, t_end: int,
           strong_names: frozenset[str], other_dates: list[tuple[int, int]] = ()) -> tuple[str, str] | None:
    """(readable subject, key) of the event a date at ``t_start:t_end`` belongs to, or None."""
    c_start, c_end = _clause(text, s_start, s_end, t_start, t_end)
    toks = [Tok(c_start + m.start(), c_start + m.end(), m.group()) for m in _TOKEN.finditer(text[c_start:c_end])]
    if not toks:
        return None
    before = [i for i, t in enumerate(toks) if t.end <= t_start]
    after = [i for i, t in enumerate(toks) if t.start >= t_end]
    t_first = before[-1] + 1 if before else 0  # first token index after the date's left side
    t_last = after[0] if after else len(toks)  # first token index right of the date
    effort = _effort(text, s_start, toks, t_first)
    trigger = effort[0] if effort else _trigger(toks, t_first, t_last, text[t_end:t_end + 2].lstrip().startswith(","))
    if trigger is None:
        return None
    if not trigger.noun and not effort:
        cls = _subject_noun_class(toks, trigger.first, t_first, t_last)
        if cls:
            trigger = Trigger(trigger.index, trigger.first, cls, False)  # "the quake struck": land
    trig_start, trig_end = toks[trigger.first].start, toks[trigger.index].end
    if _between_dates(other_dates, trig_end, t_start) or _between_dates(other_dates, t_end, trig_start):
        return None  # the event word has a nearer date of its own
    lo = max(0, trigger.first - WINDOW_BEFORE)
    hi = min(len(toks), max(trigger.index + 1, t_last) + WINDOW_AFTER)
    while hi < len(toks) and (toks[hi].text[:1].isupper() or _PARTICLE.match(toks[hi].text)):  # do not cut a name
        hi += 1
    window = [t for t in toks[lo:hi] if not (t_start <= t.start < t_end)]
    antecedent = _antecedent(text, s_start, c_start) if lo == 0 else []
    # the agent of a verb comes before it; of an event noun, before or after ("a vote by parliament")
    agents_until = len(text) if trigger.noun else toks[trigger.first].start
    if effort:
        doer, agent_group = None, effort[1]
    elif trigger.noun:
        doer, agent_group = None, None
    else:
        doer, agent_group = _agent(text, s_start, toks, trigger.first)
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
    if antecedent and re.match(r"\s*who\b", text[c_start:c_start + 6], re.I):
        strong.add((name_key(antecedent[-1].text).split() or [""])[-1])  # "X, who ...": X is a person
        strong.discard("")
        weak -= set(key_tokens(antecedent[-1].text))
    context = " ".join(sorted({"@" + s for s in strong} | weak))
    # "who have been demonstrating" reads as "protesters have been demonstrating"
    said_of = (_subject_index(toks, trigger.first), agent_group) if agent_group else None
    subject = _readable(_subject_words(toks, trigger, t_first, t_last, antecedent, said_of))
    return subject, f"{trigger.cls}|{context}"


def _subject_words(toks: list[Tok], trigger: Trigger, t_first: int, t_last: int, antecedent: list[Tok],
                   said_of: tuple[int, str] | None = None) -> list[str]:
    """A short readable subject: a few words either side of the event word, the date and the
    preposition that introduced it left out ("parliament passed a resolution"). ``said_of`` is a
    pronoun's index and the group it stands for, which then opens the subject."""
    if said_of:
        at, group = said_of
        words = [group] + [t.text for i, t in enumerate(toks[at + 1:trigger.index + 6], at + 1)
                           if not (t_first <= i < t_last) and not (i == t_first - 1 and t.low in _DATE_LEAD)]
        return words
    lo = max(0, trigger.first - 4)
    while lo > 0 and toks[lo].text[:1].isupper() and toks[lo - 1].text[:1].isupper():
        lo -= 1  # do not start inside a name ("Prime Minister Adel Abdul Mahdi")
    hi = min(len(toks), trigger.index + 6)
    gap_start = t_first
    while gap_start > lo and toks[gap_start - 1].low in _DATE_LEAD:
        gap_start -= 1
    words = [t.text for i, t in enumerate(toks[lo:hi], lo) if not (gap_start <= i < t_last)]
    return [t.text for t in antecedent] + words


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


def _clause(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> tuple[int, int]:
    c_start, c_end = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= t_start:
            c_start = m.end()
        elif m.start() >= t_end:
            c_end = m.start()
            break
    return c_start, c_end


def _trigger(toks: list[Tok], t_first: int, t_last: int, comma_after: bool = False) -> Trigger | None:
    """The event word a date belongs to; ``comma_after``: a comma follows the date ("denied a
    permit in March, said the sheriff": the date is the denial's, not the saying's)."""
    v = vocab()
    nouns: list[Trigger] = []
    verbs: list[Trigger] = []
    speech: list[int] = []  # verbs of speech and announcement: a date next to one is the statement's
    n = len(toks)
    lead = t_first - 1
    while lead >= 0 and toks[lead].low in _DATE_LEAD:
        lead -= 1
    if (lead >= 0 and toks[lead].low in v.reporting) or \
            (t_last < n and toks[t_last].low in v.reporting and not comma_after):
        return None  # "announced today that ...", "police on Friday said ...": the statement's date
    for i, tok in enumerate(toks):
        if t_first <= i < t_last:
            continue  # the date itself
        low = tok.low
        two = f"{toks[i - 1].low} {low}" if i > 0 else ""
        if two in v.nouns:
            nouns.append(Trigger(i, i - 1, v.nouns[two], True))
        elif low in v.nouns and not (i + 1 < n and f"{low} {toks[i + 1].low}" in v.nouns):
            nouns.append(Trigger(i, i, v.nouns[low], True))
        j = t_last if i + 1 == t_first else i + 1  # the word after, the date skipped
        nxt = toks[j].low if j < n else ""
        if low in v.reporting:
            speech.append(i)
            continue
        if low in v.not_events or f"{low} {nxt}" in v.not_events:
            continue
        if i > 0 and toks[i - 1].low == "to" and not low.endswith("ed"):
            continue
        if any(toks[k].low in _NEGATIONS for k in range(max(0, i - 2), i)):
            continue  # "calls were not answered": nothing happened  # an infinitive ("the worst violence to hit Greece") is no event of its own
        if two in v.verbs:
            verbs.append(Trigger(i, i - 1, v.verbs[two], False))
        elif low in v.verbs and (low.endswith("ed") or not tok.text[:1].isupper() or i == 0):
            verbs.append(Trigger(i, i, v.verbs[low], False))
        elif (_PAST_VERB.match(tok.text) or _GERUND.match(tok.text) or low in v.irregular) and \
                low not in v.nouns and low not in _NOT_GERUNDS:
            # a verb the vocabulary does not know: its own class, with its particle
            # ("checked into" and "checked out" are two events)
            base = low[:-3] if low.endswith("ing") else low[:-2] if low.endswith("ed") else low
            particle = _PARTICLES.get(nxt)
            verbs.append(Trigger(i, i, base + (f" {particle}" if particle else ""), False))
    # a verb of speech between an event word and its date takes the date: "the results of the test
    # taken when he was arrested were released Wednesday"
    verbs = [vb for vb in verbs if not any(vb.index < sp < t_first for sp in speech)]
    # an event noun the date attaches to: "<noun> ... <date>" with no verb between, or "<date> ... <noun>"
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
    if verbs:
        left = [vb for vb in verbs if vb.index < t_first and t_first - vb.index <= VERB_REACH]
        right = [vb for vb in verbs if vb.first >= t_last and vb.first - t_last <= VERB_REACH // 2
                 and not any(t_last <= sp < vb.first for sp in speech)]  # "Yesterday, police explained that officers shot"
        if left:
            return max(left, key=lambda t: t.index)
        reported = any(toks[j].low in v.reporting for j in range(t_first))
        if right and not reported:
            return min(right, key=lambda t: t.index)
    return None


_AUXILIARIES = frozenset({"have", "has", "had", "been", "be", "is", "are", "was", "were", "will", "would",
                          "'ve", "also", "still", "long", "already", "now", "then", "later", "repeatedly"})


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
    if j < 0 or t_first <= j < t_last:
        return None
    return vocab().nouns.get(toks[j].low)


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


def _is_place(words: list[str]) -> bool:
    """Whether a name ends in a country (or is one), by the country names of ``data/offices.yaml``."""
    from .roles import offices
    countries = offices().demonyms
    folded = fold(" ".join(words))
    return folded in countries or fold(words[-1]) in countries


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

    def close_run() -> None:
        if not run:
            return
        words = [t.text.replace("\u2019", "'") for t in run]
        owner = words[-1].endswith("'s")  # "Ortiz's brother-in-law": Ortiz only owns the participant
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        last_word = words[-1]
        last = name_key(last_word).split()
        named = (len(run) >= 2 or "-" in last_word) and _NAME_WORD.match(last_word)
        place = _is_place(words)  # "South Sudan", "New Zealand": a country, not a person or a body
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
            run.append(tok)
            continue
        close_run()
        agent = v.agents.get(low) if tok.start < agents_until else None
        if agent:
            weak.add(agent)
    close_run()
    return strong, weak


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
_NAME_WORD = re.compile(r"^[A-Z][a-z\u00E0-\u024F'\u2019]+(?:-[A-Z][a-z\u00E0-\u024F]+)*$")
_PREPOSITIONS = frozenset({"in", "with", "by", "of", "at", "for", "on", "to", "from", "into", "after", "before",
                           "during", "since", "until", "line", "under", "over", "against", "about", "off",
                           "near", "outside", "inside", "across", "along", "around", "beyond", "toward",
                           "towards", "through", "between", "among"})
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "and", "but", "as", "after", "it", "he",
                               "she", "they", "we", "this", "that", "some", "several", "his", "her", "their"})


_FULL_NAME = re.compile(r"\b([A-Z][a-z\u00E0-\u024F]+(?:[- ](?:al-|el-|bin |de |van )?[A-Z][a-z\u00E0-\u024F]{2,})+)\b")


def _article_surnames(text: str) -> frozenset[str]:
    """Last words of names written in full somewhere in the article ("Qassem Soleimani" -> soleimani),
    so that a later bare "Soleimani" counts as a person, not a place."""
    out = set()
    for m in _FULL_NAME.finditer(text):
        parts = name_key(m.group(1)).split()
        if len(parts) >= 2 and parts[-1] not in NON_NAME_ENDS and parts[-1] not in _MONTHS_DAYS \
                and not _is_place(m.group(1).split()):
            out.add(parts[-1])
    return frozenset(out)


def _readable(words: list[str]) -> str:
    while words and fold(words[0]) in _SENTENCE_OPENERS | {"of", "by", "with", "to", "for", "late", "early"}:
        words = words[1:]
    while words and fold(words[-1]) in _SENTENCE_OPENERS | {"of", "by", "with", "to", "for", "in", "late", "early"}:
        words = words[:-1]
    out = " ".join(words).strip(" ,.;:")
    return out[:90] or "event"
