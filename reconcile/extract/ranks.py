"""Rank claims: a position in an order ("the second largest bloc in parliament").

A rank phrase is ``DETERMINER [ORDINAL] SUPERLATIVE CATEGORY [in|of|among SCOPE]``: "the largest
bloc in the legislature", "the third-biggest party", "Kenya's second-largest port", "the busiest
airport in the region". Superlatives are open-class (any word in -est, "most X", "least X",
"best", "worst", heading a compound: "highest-profile"; ``data/offices.yaml`` lists the words in
-est that are none, and the superlatives of taste, "the ugliest building in town", an opinion);
"the world's largest" is the world's; "No. N" or "top" before a noun with a named holder is a place
among the category ("Merovia's No. 3 lender": :func:`_top_place`). The category is
the noun phrase after the superlative ("IT website", "single incident"); a measure noun takes
what it measures with it ("number of employees"). "One of the largest" is no rank. Its holder
is read from the sentence, each form a rule of :func:`_holder`:

- ``HOLDER has/have/is/are/was/remains/became/holds ... the second largest bloc`` (also after "by
  far", "arguably", "was ranked/named": "X was ranked the world's most livable city", and "is
  seen as/regarded as/considered"), ``..., with HOLDER by far the highest-profile defendant``,
  and ``HOLDER overtook Y to become the third-largest carmaker`` (the name opening the clause);
  a one-word name in -ly before its verb is a name ("Italy is"), not a sentence adverb; an
  apposition between commas may stand between a name and its verb ("Norvik Bank, a former state
  lender, is the country's largest bank"; so too for an ordinal: "Ana Ruiz, the club's captain, is
  the first woman to ...");
- ``HOLDER, the third-biggest party``, or ``the largest bloc ..., known as HOLDER``
  (also "called", "named"; "led by" right after the phrase), or ``HOLDER, which is/became the ...``;
- ``NAME, who leads the largest bloc`` -> "NAME's bloc";
- ``SCOPE's biggest city, HOLDER`` and ``SCOPE's second largest city of HOLDER``;
- ``HOLDER has become/has long been ...``, ``..., with HOLDER again the busiest ...`` and
  ``HOLDER handled ... and remained the busiest ...`` (the name opening the sentence);
- a record ("..., with the largest number of X ever ..."): the subject of the clause.

The ordinal before a superlative may be any, in words or figures ("the 14th-busiest", "the
eleventh-largest"); a superlative may pick from a group told after "of" ("the smallest of the
country's eleven airports": the category is airport, the owner the country); a placed or seeded
modifier before a name is no part of it ("Second-placed X").

A phrase with no holder makes no claim, except a record ("The budget, the largest in the city's
history") and a phrase after "it is" or "making/calling it" in a scope or an owner's order ("It was
the second-largest fraud case in the province"): what is ranked is then the category (or the thing
before the copula or the comma), a rank claim alone. A common-noun holder's key leaves out a figure
that describes it and the category's word said again ("The 420-bed hospital is the third-largest
in the region": ``hospital largest|region``).

A named holder gives two claims:

- a **rank** claim about the holder ("Fatah alliance among parliament blocs": 2), keyed on the
  holder's name words, the category and the scope, so outlets that rank one holder differently
  contradict each other;
- a **role** claim about the position ("largest bloc in parliament": Fatah alliance), so that two
  holders given one position (by two outlets, or by one outlet twice) contradict each other.
"""
from __future__ import annotations

import re
from functools import lru_cache


from ..datafiles import calendar, load as load_data, weekday_names
from ..lexicon import fold, key_tokens, lemma
from ..models import Article, Claim, Kind
from ..settings import Settings
from .sentences import quote_of, sentence_index

_REACH = 300  # characters after a rank phrase where its category, scope and holder are read

_WORD = r"[\w\u00C0-\u024F'\u2019-]+"
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_data("offices.yaml")


def _alt(words) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    v = _vocab()
    # a superlative may head a compound ("the highest-profile defendant", "the longest-serving mayor")
    sup = rf"(?:(?:most|least)[ \t]+[a-z]{{3,}}|(?:[a-z]{{2,}}est|{_alt(v['superlatives'])})(?:-(?!ever\b)[a-z]{{3,}}\b)?)"
    return re.compile(
        rf"\b(?P<det>the|its|their|his|her|a|(?P<owner>(?-i:[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*){{0,2}}|[a-z]+))[ \t]?['\u2019][ \t]?s)[ \t]+"
        rf"(?:(?:(?P<ord>{_alt(ordinal_values())}|\d{{1,3}}(?:st|nd|rd|th))[ \t-]+)?(?P<sup>{sup})\b"
        # a numbered or top place before a noun: "Merovia's No. 3 lender", "the top airline" (not
        # "a top aide", "the top five", "the top-ranked")
        rf"|(?<!\ba[ \t])(?<!\ban[ \t])(?P<top>(?-i:No)\.[ \t]*(?P<num>\d{{1,2}})|top)(?![ \t]*-)"
        rf"(?=[ \t]+(?!(?:\d|{_alt(_NUMBER_WORDS)})\b)[a-zA-Z]))",
        re.I)


@lru_cache(maxsize=1)
def ordinal_values() -> dict[str, int]:
    """Ordinal words to their number: the table, its words beyond tenth, and "twenty-first"."""
    v = _vocab()
    units = {str(k).lower(): int(n) for k, n in v["ordinals"].items() if str(k).isalpha()}
    out = dict(units)
    out.update({str(k): int(n) for k, n in v["ordinal_words"].items()})
    for ten, n in v["tens"].items():
        for unit, u in units.items():
            if u < 10:
                out[f"{ten}-{unit}"] = out[f"{ten} {unit}"] = n + u
    return out


@lru_cache(maxsize=1)
def _ordinal_pattern() -> re.Pattern[str]:
    """``the/its/OWNER's ORDINAL`` not followed by a superlative (that is :func:`_pattern`'s)."""
    v = _vocab()
    words = _alt([w for w in ordinal_values() if " " not in w])
    # a noun in -est ("the second arrest", "the third protest") is no superlative
    sup = rf"(?:(?:most|least)[ \t]+|(?!(?:{_alt(v['not_superlatives'])})\b)[a-z]{{2,}}est\b|{_alt(v['superlatives'])}\b)"
    return re.compile(
        rf"\b(?P<det>the|its|their|his|her|(?P<owner>(?-i:[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*){{0,2}}|[a-z]+))[ \t]?['\u2019][ \t]?s)[ \t]+"
        rf"(?P<ord>{words}|\d{{1,3}}(?:st|nd|rd|th))\b(?![ \t-]+{sup})", re.I)


def _ordinal_value(word: str) -> int | None:
    word = fold(word)
    if word[:1].isdigit():
        return int(re.match(r"\d+", word).group())
    return ordinal_values().get(word)


# words that end the category's noun phrase ("on record" ends it at "on": "the best record" is a category)
_CAT_STOP = frozenset("""in of on at to for from by with among and or but as than that which who whom whose
ever yet so far since is was are were be been has had have will would can could may might remains remained becomes became
said says told this these those there here it its their his her one ones
within during after before until into through across against behind under near per via
last next ago yesterday today tomorrow""".split())
# the scope: a name of up to three words, or two lower-case words ("on the main street")
_SCOPE = re.compile(rf"[ \t]+(?P<prep>in|of|among|on)[ \t]+(?:the[ \t]+)?(?P<scope>"
                    rf"(?-i:[a-z]+(?:-[a-z]+)?)[ \t]+(?!(?:{'|'.join(sorted(_CAT_STOP))})\b)(?-i:[a-z]+)(?![\w'\u2019-])"
                    rf"|{_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,2}})", re.I)
# a span of time or an amount after a rank phrase is no scope ("in less than a month", "in two years")
_NOT_SCOPE = frozenset("""less more under over about a an one two three four five six seven eight nine ten
last this past recent few several its their his her our my your""".split())  # ("in its 40-year history")


def _scope(text: str, end: int, s_end: int) -> re.Match | None:
    m = _SCOPE.match(text, end, s_end)
    if m and (m.group("scope").split()[0].lower().split("-")[0] in _NOT_SCOPE | _time_words()
              or re.match(r"\d+(?:[.,]\d+)?\b", m.group("scope"))):  # ("in the seven-year history")
        return None
    return m


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Weekday and month names: "on Sunday", "in March" tell when, not among what."""
    return frozenset(calendar()[0]) | weekday_names()


_NOT_A_RANK_BEFORE = re.compile(r"\b(?:one|two|three|four|five|some|several|many|any|each|all|none|among)[ \t]+(?:of[ \t]+)?$", re.I)
_RECORD = re.compile(r"^[^.;]{0,80}?\b(?:ever|on record|in (?:its |the |[A-Z]\w+ )?history|of all time|since)\b")


def _category(text: str, pos: int, end: int, measures: frozenset[str]) -> tuple[str, int] | None:
    """The noun phrase after a superlative, up to three words ("IT website", "single incident");
    a measure noun takes "of X" with it ("number of trains cancelled")."""
    words: list[str] = []
    stop = pos
    # a word may carry a possessive mark ("the second Harbor Hawks' player", "Hawks ’ s")
    for m in re.finditer(r"[ \t]+([A-Za-z][\w-]*(?:[ \t]?['\u2019](?:[ \t]?s\b)?(?=[ \t]+[A-Za-z]))?)", text[pos:end]):
        if m.start() != stop - pos:
            break
        w = m.group(1)
        low = w.lower()
        if words and "of" not in words and _PARTICIPLE_AGENT.match(text, pos + m.start(1)):
            break  # "the third firm founded by X": the category ends at its participle
        stopword = low in _CAT_STOP and not (len(w) > 1 and w.isupper())  # "IT" is no pronoun
        if stopword or len(words) >= (6 if "of" in words else 3) or (words and low.endswith("ly")):
            if low == "of" and words and words[-1].lower() in measures and len(words) < 5:
                words.append(low)
                stop = pos + m.end()
                continue
            break
        if not words and low in ("the", "a", "an"):
            break  # "the largest the city has adopted": a relative clause, no category
        if not words and not re.sub(r"[ \t]?['\u2019](?:[ \t]?s)?$", "", low).replace("-", "").isalpha():  # "the first anti-piracy patrol" goes on
            break
        words.append(w)
        stop = pos + m.end()
    while words and words[-1].lower() == "of":
        words.pop()
        stop = text.rfind(" of", pos, stop)
    if not words:
        return None
    return " ".join(words), pos + len(text[pos:stop].rstrip())


# an apposition between commas after a name: "Ana Ruiz, the club's captain, (is the first)"
_APPOSITION = r",[ \t]+(?:the|a|an|its|his|her|their|(?-i:[A-Z])[\w.-]*['\u2019]s)[ \t]+[^,;:()\"\u201c]{1,60}?,"
_HOLDER_BEFORE = re.compile(
    rf"(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD}(?:[ \t]+(?:alliance|bloc|party|coalition|movement|group|list|front))?)"
    rf"(?:,[ \t]+which|,[ \t]+(?:who|which)[^,;]{{1,100}},|,[ \t]+\d{{1,3}},|{_APPOSITION})?[ \t]+(?:(?:also|still|now)[ \t]+)?(?:(?:has|have|had)[ \t]+(?:(?:also|still|now|long|since)[ \t]+)?(?:been|become|remained)"  # "X has become the fourth-busiest ..."
    rf"|has|have|had|is|are|was|were|remains|remain|remained|became|become|becomes"
    rf"|holds|hold|held|won|controls|control|formed|forms|form)"
    rf"(?:[ \t]+(?:ranked|named|rated|voted|declared|crowned))?"  # "X was ranked the world's most livable city"
    rf"(?:[ \t]+(?:widely[ \t]+)?(?:(?:seen|regarded|viewed|described)[ \t]+as|considered))?"  # "X is seen as the second ..."
    rf"[ \t]+(?:(?:also|still|now|again|by[ \t]+far|easily|arguably|probably|perhaps)[ \t]+)?$")
# "..., with X by far the highest-profile defendant", "with X again the country's busiest": a
# clause of "with" and no verb
_HOLDER_WITH = re.compile(rf",[ \t]+with[ \t]+(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD})[ \t]+"
                          rf"(?:(?:by[ \t]+far|easily|arguably|now|still|again|also|once[ \t]+again|once[ \t]+more)[ \t]+)?$")
# "X overtook Y to become the third-largest ...": the name that opens the clause becomes it
_TO_BECOME = re.compile(
    rf"[ \t\"\u201c]*(?P<holder>(?-i:[A-Z]){_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,3}})[ \t]+(?!(?:and|or|of)\b)(?-i:[a-z]+)\b"
    rf"[^,;:.]{{0,100}}?[ \t]+to[ \t]+(?:become|be)[ \t]+(?:(?:the|a)[ \t]+)?")
# "Norvik posted a profit and remained the largest lender": the name that opens the sentence is
# the subject of a copula joined by "and"
_AND_COPULA = re.compile(
    rf"[ \t\"\u201c]*(?:The[ \t]+)?(?P<holder>(?-i:[A-Z]){_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,3}})[ \t]+(?!(?:and|or|of)\b)(?-i:[a-z]+)\b"
    rf"(?:[^,;:.]|\.(?=\d)){{0,120}}?,?[ \t]+and[ \t]+(?:(?:has|have|had)[ \t]+)?(?:is|are|was|were|remains|remain|remained|became|become|becomes|been|stays|stayed)"
    rf"[ \t]+(?:(?:still|again|now|also|once[ \t]+again)[ \t]+)?(?:(?:the|a)[ \t]+)?")
# "The third-largest city in Verania is Dunmore.": the name after the copula, closing the clause,
# of a rank phrase that opens the sentence
_COPULA_NAME_AFTER = re.compile(
    rf"[ \t]+(?:is|was|remains|remained|will[ \t]+be|has[ \t]+been)[ \t]+(?:the[ \t]+)?"
    rf"(?P<holder>(?-i:[A-Z]){_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,3}})(?=[ \t]*(?:[,;:]|\.(?!\d)|$))")
# "The deal makes Arcton the third-largest ...": the object of "make" is what is ranked
_HOLDER_MADE = re.compile(rf"\b(?:makes|made|making|make)[ \t]+(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD})[ \t]+$")
_HOLDER_APPOSITION = re.compile(rf"(?P<holder>(?:[A-Z]{_WORD}[ \t]+){{0,3}}[A-Z]{_WORD})(?:,|[ \t]+[-\u2013\u2014])[ \t]+$")
_LEADER_BEFORE = re.compile(rf"(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}}),[ \t]+who[ \t]+(?:leads|led|heads|headed|controls)[ \t]+$")
_HOLDER_AFTER = re.compile(
    rf"^(?:[^.;]{{0,60}}?,?[ \t]+(?:known[ \t]+as|called|named)|,?[ \t]+led[ \t]+by)[ \t]+(?:the[ \t]+)?"
    rf"(?P<holder>[A-Z]{_WORD}(?:[ \t]+(?:[A-Z]\.(?=[ \t]+[A-Z])|[A-Z]{_WORD})){{0,3}})")  # "John W. Henry"
_HOLDER_APPOSITION_AFTER = re.compile(rf"^,[ \t]+(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})[ \t]*[,.;]")
_HOLDER_OF_AFTER = re.compile(rf"^[ \t]+of[ \t]+(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})(?![\w'\u2019])")
# the holder of an ordinal place: the subject of a copula or of "hired/named as" right before it
# a word of a name: capitalised, or a figure glued to letters ("the 76ers")
_NAME_WORD = rf"(?:[A-Z]|\d+(?=[a-z])){_WORD}"
_ORD_HOLDER = re.compile(
    rf"(?P<holder>(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})(?:,[ \t]+(?:who|which)[^,;]{{0,100}},|,[ \t]+\d{{1,3}},|{_APPOSITION})?[ \t]+"
    rf"(?:(?:is|was|are|were|became|becomes|remains|(?:will|would|could)[ \t]+(?:be|become)|(?:has|had|have)[ \t]+(?:been|become))"
    rf"(?:(?:[ \t]+(?-i:[a-z]+ly))?[ \t]+(?:hired|named|appointed|introduced|chosen|selected|elected|installed))?(?:[ \t]+as)?"
    rf"|(?:hired|named|appointed|introduced|elected|chosen|finished|ended|entered|started)[ \t]+as)"
    rf"(?:[ \t]+(?:only|just|now|still|(?P<also>also)))?[ \t]+$")  # "X became only the second ..."
# a past participle and its agent after a category ("founded by", "carried out by")
_PARTICIPLE = r"(?-i:[a-z]+(?:ed|en|wn|rn)|made|led|held|run|fought|won|done|built|sent|brought|caught|set[ \t]+up)(?:[ \t]+(?:out|up|off))?"
_PARTICIPLE_AGENT = re.compile(rf"{_PARTICIPLE}[ \t]+by\b")
# the doer of a ranked event whose subject is a pronoun: "This is the fifth raid (carried out) by X"
_AGENT_AFTER = re.compile(rf"(?:[ \t]+{_PARTICIPLE})?[ \t]+by[ \t]+(?:the[ \t]+)?(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})")
# ... or the name it is done for or at: "This is the third trade for the X", "the second fire at the Y mill"
_FOR_AFTER = re.compile(rf"[ \t]+(?:for|at)[ \t]+(?:the[ \t]+)?(?P<holder>[A-Z]{_WORD}(?:[ \t]+[A-Z]{_WORD}){{0,3}})(?![\w'\u2019-])")
# ... or a thing named by a common noun: "the fifth raid carried out by the warship", "the second
# arrest for the team" (one or two words, closing the clause)
_THE_NOUN_AFTER = re.compile(
    rf"(?:[ \t]+{_PARTICIPLE})?[ \t]+(?:by|for|at)[ \t]+the[ \t]+(?P<holder>(?-i:[a-z][\w-]*)(?:[ \t]+(?-i:[a-z][\w-]*))?)"
    rf"(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:after|since|before|this|last|in|on|when|while|and|but)\b)")
_DEMONSTRATIVE = frozenset({"this", "it", "that"})
_PERSONAL = frozenset({"he", "she"})
# a subject of common nouns that opens its sentence, before a copula: "The dock strike was"
_NP_SUBJECT = re.compile(
    r"[ \t\"\u201c]*(?:The|This|That)[ \t]+(?P<holder>(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}(?-i:[a-z])[\w-]*)[ \t]+"
    r"(?:is|was|became|becomes|remains|remained|will[ \t]+be|has[ \t]+been|had[ \t]+been)[ \t]+")
# an ordinal phrase set after a clause by a comma, with nothing but a short phrase after it
_CLAUSE_APPOSITION = re.compile(r",[ \t]+(?:the[ \t]+)?$", re.I)
_ENDS_SENTENCE = re.compile(r"^(?:[ \t]+(?:in|within|over|since|this|last|for)\b[^,;:]{0,40})?[ \t]*[.!]?[ \t]*$")
# an article and a modifier before a name: "The Kremlin-backed X", "Second-placed X", "top-seeded X"
_LEADING_ADJECTIVES = re.compile(r"^(?:(?:The|A|An)[ \t]+(?:[A-Z][\w-]*-(?:backed|led|based|aligned)[ \t]+)?"
                                 r"|(?:(?:the|The)[ \t]+)?[A-Za-z\d]+-(?:placed|ranked|seeded|rated)[ \t]+(?=[A-Z]))")
# the clause's subject, for a record: the words that open the sentence, up to its verb
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w\u00C0-\u024F'\u2019.-]+[ \t]+){0,9}?[\w\u00C0-\u024F'\u2019.-]+)"
    r"(?:,[^,]{0,120},)?[ \t]+(?:has|have|had|is|are|was|were|will|would|led|caused|brought|left|saw|became)\b")
_DATE_WORDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+\d{1,2}\b|\b\d{1,4}\b")


def extract_ranks(article: Article, settings: Settings) -> list[Claim]:
    """Rank claims (and the role claims of the ranked positions) of ``article``."""
    text = article.text
    v = _vocab()
    ordinals = {str(k).lower(): int(n) for k, n in v["ordinals"].items()}
    org_words = set(v["org_words"])
    not_sup = frozenset(str(w) for w in v["not_superlatives"])
    not_most = frozenset(str(w) for w in v["not_most"])
    opinion = frozenset(str(w) for w in v["opinion_superlatives"])
    measures = frozenset(str(w) for w in v["measure_nouns"])
    same_order = {str(w): canon for canon, ws in v["superlative_synonyms"].items() for w in ws}
    sentences = sentence_index(text)
    claims: list[Claim] = []
    for m in _pattern().finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        if m.group("top"):
            claims.extend(_top_place(article, m, sentences, measures, org_words))
            continue
        sup = " ".join(fold(m.group("sup")).split())
        if sup in not_sup or sup in opinion or (sup.split()[0] in ("most", "least") and len(sup.split()) > 1
                              and (sup.split()[1] in not_most or sup.split()[1].endswith("ly"))):
            continue
        s_start, s_end = sentences.around(m.start())
        s_end = min(s_end, m.end() + _REACH)
        if _NOT_A_RANK_BEFORE.search(text, max(s_start, m.start() - 20), m.start()):
            continue  # "one of Norway's largest phone companies" ranks nothing
        sups = [(sup, m.end())]  # "the longest and richest in club history": two orders, one thing
        while (more := _AND_SUPERLATIVE.match(text, sups[-1][1], s_end)) and fold(more.group("sup")) not in not_sup:
            sups.append((" ".join(fold(more.group("sup")).split()), more.end()))
        cat_end = _category(text, sups[-1][1], s_end, measures)
        owner = m.group("owner")
        if cat_end is None and len(sups) == 1 and (group := _of_group(text, m.end(), s_end)):
            cat_end, owner = group[:2], owner or group[2]  # "the smallest of the country's eleven airports"
        if cat_end is None and len(sups) == 1 and (m.group("owner") or _scope(text, m.end(), s_end)) \
                and not _RECORD_SPAN.match(text[m.end():s_end]) \
                and (np := _common_subject(text, s_start, m.start())):
            # "The bridge is the longest in the country", "The mine is the world's second-deepest": of bridges, of mines
            cat_end = np.split()[-1], m.end()
        if cat_end is None or len(sups) > 1:
            if (record := _record(text, s_start, m.start(), sups[-1][1], s_end, cat_end, _place_of(m, ordinals),
                                  m.group("owner"))):
                for one, _ in sups:
                    claims.extend(record(article, one, same_order.get(one, one), sentences, measures, org_words))
            continue
        cat, end = cat_end
        scope_m, end, before = _scope_and_before(text, m, owner, end, s_start, s_end)
        after = text[end:min(s_end, end + 100)]
        holder, possessive = _holder(before, after, bool(owner))
        if holder is None and _RECORD.match(text[end:s_end]) and re.search(r"\bwith[ \t]+$", before):
            holder = _subject(text[s_start:min(m.start(), s_start + _REACH)])
        if holder is None and (tb := _TO_BECOME.fullmatch(text, s_start, m.start())):
            holder = _clean(tb.group("holder"), verb=True)  # "X overtook Y to become the third-largest"
        if holder is None and not text[s_start:m.start()].strip(" \t\"\u201c") \
                and (after_is := _COPULA_NAME_AFTER.match(text, end, s_end)):
            holder = _clean(after_is.group("holder"))  # "The third-largest city in Verania is Dunmore."
        if holder is None and (ac := _AND_COPULA.fullmatch(text, s_start, m.start())):
            holder = _clean(ac.group("holder"), verb=True)  # "X posted a profit and remained the largest"
        common = False  # a holder named by a common noun ranks, but holds no position ("the company")
        if holder is None and (np := _common_subject(text, s_start, m.start())):
            holder, common = np, True  # "The company is the third-largest employer in the state"
        if holder is None:
            # "It was the second-largest fraud case in the province": the category is ranked, in a
            # scope or an owner's order ("It was the biggest upset" names no order)
            it = _IT_BEFORE.search(before) if (owner or scope_m) else None
            if (not owner or it) and (record := _record(text, s_start, m.start(), m.end(), s_end, cat_end,
                                                        _place_of(m, ordinals), owner, spanless=bool(it))):
                claims.extend(record(article, sup, same_order.get(sup, sup), sentences, measures, org_words))
            continue
        n = _place_of(m, ordinals)
        claims.extend(_rank_claims(article, m.start(), end, n, m.group("ord"), sup, same_order.get(sup, sup), cat,
                                   owner, scope_m, holder, possessive, sentences, measures, org_words, role=not common))
    claims.extend(_ordinal_ranks(article, sentences, measures, org_words, frozenset(v["ordinal_not_ranks"]),
                                 frozenset(v["owned_ordinal_not_ranks"])))
    return claims


# the group a superlative picks from: "the largest of the three banks", "the smallest of the
# country's eleven airports" (a plural noun after a determiner and an optional figure)
_OF_GROUP = re.compile(
    rf"[ \t]+of[ \t]+(?:the|its|their|his|her|these|those|all[ \t]+(?:the[ \t]+)?|(?:the[ \t]+)?(?P<owner>(?-i:[A-Z])[\w.-]*|(?-i:[a-z]+))['\u2019]s)[ \t]+"
    rf"(?:(?:\d[\d,]*|{_alt(_NUMBER_WORDS)}|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred)[ \t]+)?"
    rf"(?P<cat>(?:(?-i:[a-z][\w-]*)[ \t]+)?(?-i:[a-z][\w-]*[^s\W]s))\b(?![ \t]*-|['\u2019])")


def _of_group(text: str, end: int, s_end: int) -> tuple[str, int, str | None] | None:
    """The category, its end and its owner when a superlative is followed by the group it picks from
    ("the largest of the three banks": bank); the noun in its singular."""
    m = _OF_GROUP.match(text, end, s_end)
    if m is None or any(w.lower() in _CAT_STOP for w in m.group("cat").split()):
        return None
    *mods, head = m.group("cat").split()
    return " ".join([*mods, lemma(head)]), m.end(), m.group("owner")


def _scope_and_before(text: str, m: re.Match[str], owner: str | None, end: int, s_start: int,
                      s_end: int) -> tuple[re.Match[str] | None, int, str]:
    """A ranked category's scope ("the largest bank in the region"), where the category ends past
    it, and the words before the rank where its holder is sought ("X is the world's largest ...":
    up to the owner's article)."""
    scope_m = None if (owner and _HOLDER_OF_AFTER.match(text[end:s_end])) else _scope(text, end, s_end)
    if scope_m:
        end = scope_m.end()
    before = text[max(s_start, m.start() - 120):m.start()]
    if owner and (the := re.search(r"(?:^|[ \t])the[ \t]+$", before)):
        before = before[:the.start() + 1]
    return scope_m, end, before


def _top_place(article: Article, m: re.Match, sentences, measures, org_words) -> list[Claim]:
    """A numbered or top place before a noun, held by a name: "Telvik, the country's No. 2 mobile
    operator,", "the No. 1 player in the world, Ana Ruiz", "Pell Airways is the top airline in the
    region" (ranked "top" among the category, as "the third-largest" is "largest"). With no name
    there is no claim ("The top general in the region resigned"); "top" before a person or a title
    describes ("a top aide", "the state's top prosecutor"), and a seed, a pick or an official's
    rank is a place of :mod:`.places` (``top_not_ranks``)."""
    text = article.text
    s_start, s_end = sentences.around(m.start())
    s_end = min(s_end, m.end() + _REACH)
    got = _category(text, m.end(), s_end, measures)
    if got is None:
        return []
    cat, end = got
    head = lemma(cat.split()[-1].lower())
    not_ranks = frozenset(str(w) for w in _vocab()["top_not_ranks"])
    if head in not_ranks or cat.split()[-1].lower() in not_ranks or cat.split()[0][:1].isupper() \
            or (not m.group("num") and (_of_people_or_places(cat, places=False) or head in _titles())):
        return []  # "the No. 10 Downing Street", "the top official": no place in an order ("the top airport" is one)
    owner = m.group("owner")
    scope_m, end, before = _scope_and_before(text, m, owner, end, s_start, s_end)
    holder, possessive = _holder(before, text[end:min(s_end, end + 100)], bool(owner))
    if holder is None or possessive:
        return []
    n = int(m.group("num")) if m.group("num") else 1
    if not n:
        return []
    return _rank_claims(article, m.start(), end, n, None, "top", "top", cat, owner, scope_m, holder, False,
                        sentences, measures, org_words)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    v = _vocab()
    return frozenset(str(w) for k in ("heads", "needs_scope", "post_heads", "office_words") for w in v[k])


def _place_of(m: re.Match, ordinals: dict[str, int]) -> int:
    """The place a superlative phrase gives: its ordinal's ("the second-largest", "the 14th-busiest",
    "the twenty-first largest"), else first."""
    return (_ordinal_value(" ".join(m.group("ord").split())) or 1) if m.group("ord") else 1


_AND_SUPERLATIVE = re.compile(r"[ \t]+and[ \t]+(?P<sup>(?:most|least)[ \t]+[a-z]{3,}|[a-z]{2,}est|best|worst)\b", re.I)
# a record: a superlative set against a span of history ("in club history", "ever", "yet", "on
# record", "of all time", "since he took office", "in a six-month run")
_RECORD_SPAN = re.compile(r"^[^.;:]{0,60}?(?:\b(?:ever|yet|since)\b|\bon[ \t]+record\b|\bof[ \t]+all[ \t]+time\b"
                          r"|\bin[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?history\b|\bin[ \t]+(?:a|an|the)[ \t]+[\w-]+[ \t]+(?:run|span|stretch)\b)", re.I)
# the thing a bare superlative ranks, before its copula: "The contract would be the longest",
# "an offer for X, believed to be the longest", "there were 50,000 -- easily the biggest" (none)
# (the thing nearest the copula: "The race said its field of 31,000 was the biggest ever" ranks
# the field; "Her time of 2:21:40 was", "her time ranking as the third-fastest"; not an owner: "the
# country's airports")
_THING_BEFORE = re.compile(
    r"\b(?:the|an?|its|their|his|her|this|that)[ \t]+(?P<thing>(?-i:[a-z][a-z-]+))\b(?!['\u2019])(?:[^.;:]|[.:](?=\d)){0,40}?,?[ \t]+"
    r"(?:is|was|would[ \t]+be|will[ \t]+be|could[ \t]+be|has[ \t]+been|had[ \t]+been|remains|became|"
    r"(?:believed|thought|said|expected)[ \t]+to[ \t]+be|(?:ranking|ranked|ranks|rank)[ \t]+as)[ \t]+"
    r"(?:(?:easily|by[ \t]+far|arguably|probably)[ \t]+)?$", re.I)
_DETERMINER = re.compile(r"\b(?:the|an?|its|their|his|her|this|that)[ \t]", re.I)


def _thing_before(text: str, lo: int, hi: int) -> re.Match | None:
    """The thing a bare superlative ranks, before its copula (:data:`_THING_BEFORE`): the nearest."""
    for d in reversed(list(_DETERMINER.finditer(text, lo, hi))):
        if (m := _THING_BEFORE.match(text, d.start(), hi)):
            return m
    return None


# ... or set before it by a comma: "The budget, the largest", "a budget of $412 million, the city's biggest"
_THING_APPOSED = re.compile(r"\b(?:the|an?|its|their|his|her|this|that)[ \t]+(?P<thing>(?-i:[a-z][a-z-]+))"
                            r"(?:[ \t]+of[ \t]+[^,.;:]{1,30})?,[ \t]+(?:the[ \t]+)?$", re.I)
# "it" as the subject of a copula, or the object of "make/call", before a rank phrase
_IT_BEFORE = re.compile(
    r"(?:^|[\s\"\u201c(,;])(?:(?:it|this|that)[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be|"
    r"became|becomes|remains|remained)|(?:making|makes|made|make|called|calls|call|dubbed|considered|considers)[ \t]+it)"
    r"[ \t]+(?:(?:also|now|still|easily|by[ \t]+far|arguably|probably)[ \t]+)?$", re.I)


# the named subject of the verb whose object a record is: "The Harbor Hawks (have) made the biggest offer"
_DOER_OF_RECORD = re.compile(
    rf"(?P<name>(?-i:[A-Z]){_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,3}})[ \t]+(?:(?:has|have|had|will[ \t]+have|would[ \t]+have)[ \t]+)?"
    rf"(?:(?-i:[a-z]+ly)[ \t]+)?(?-i:[a-z]+ed|made|set|won|gave|got|had|drew|took|saw|suffered|posted|hit)[ \t]+$")


def _record(text: str, s_start: int, start: int, sup_end: int, s_end: int, cat_end, n: int = 1,
            owner: str | None = None, spanless: bool = False):
    """A record no name holds: "X made the biggest offer in club history", "The contract would be
    the longest and richest in club history", "making it the worst outage in a six-month run",
    "The budget, the largest in the city's history,", "a budget of $412 million, the city's biggest
    ever"; and (``spanless``) a rank phrase whose subject is "it", in a scope or an owner's order:
    "It was the second-largest fraud case in the province", "making it the town's second biggest
    employer". What is ranked is the
    category (or, with none, the thing before the copula or the comma), owned by the clause's named
    subject when there is one; a rank claim alone, since it names no holder of a position another
    outlet could name. Returns a maker of the claims, or None."""
    end = cat_end[1] if cat_end else sup_end
    if not (spanless and cat_end) and not _RECORD_SPAN.match(text[end:s_end]):
        return None
    lead_end = start  # "The fine was the regulator's largest ever": the owner's article is no part of the lead
    if owner and (the := re.search(r"(?:^|[ \t])the[ \t]+$", text[max(s_start, start - 8):start])):
        lead_end = max(s_start, start - 8) + the.start() + 1
    if cat_end:
        cat = cat_end[0]
    elif (thing := _thing_before(text, max(s_start, start - 80), lead_end)
          or _THING_APPOSED.search(text, max(s_start, start - 80), lead_end)):
        cat = thing.group("thing")
    else:
        return None
    if cat.split()[-1].lower() in _CAT_STOP or cat.split()[-1].lower() in _PRONOUNS:
        return None
    scope_m = _scope(text, end, s_end)
    span_end = scope_m.end() if scope_m else end
    doer = _DOER_OF_RECORD.search(text, max(s_start, start - 80), start) if cat_end else None
    holder = _clean(doer.group("name"), verb=True) if doer else None

    def make(article, sup, sup_key, sentences, measures, org_words) -> list[Claim]:
        claims = _rank_claims(article, start, span_end, n, None, sup, sup_key, cat, owner, scope_m,
                              holder or cat, False, sentences, measures, org_words, role=False)
        name = " ".join(sorted(t for t in key_tokens(holder) if t not in org_words)) if holder else ""
        return [c.model_copy(update={
            "subject": (f"{holder}'s {cat}" if holder else cat) + c.subject[len(holder or cat):],
            "key": " ".join(filter(None, [name, " ".join(key_tokens(cat)) or cat.lower(), sup_key])) + "|" + c.key.partition("|")[2],
        }) for c in claims]
    return make


def _ordinal_ranks(article: Article, sentences, measures, org_words, not_ranks, owned_not_ranks) -> list[Claim]:
    """Places in an order given by an ordinal alone: "X was hired as the 21st head coach of the
    Y", "Z were the first league team to ...". Only a holder that is the subject of a copula or of
    "hired/named as" right before the phrase makes a claim; an occurrence ("the second time",
    "the first round") ranks nothing. After a pronoun subject the doer or owner after the category
    holds it ("This is the fifth raid by X"); a common noun there ("... for the team") gives the
    rank claim alone, since it names no one position-holder another outlet could name."""
    text = article.text
    claims: list[Claim] = []
    for m in _ordinal_pattern().finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        n = _ordinal_value(m.group("ord"))
        if not n:
            continue
        s_start, s_end = sentences.around(m.start())
        s_end = min(s_end, m.end() + _REACH)
        cat_end = _category(text, m.end(), s_end, measures)
        if cat_end is None:
            continue
        cat, end = cat_end
        such = cat.split()[0].lower() == "such" and len(cat.split()) > 1
        if such:
            cat = cat.split(None, 1)[1]  # "the team's second such arrest": what is ranked is an arrest
        owned = bool(m.group("owner")) or m.group("det").lower() in _POSSESSIVE_PRONOUNS
        skip = owned_not_ranks if owned else not_ranks  # "his fourth season" ranks, "the fourth season" does not
        if any(w.lower() in skip or w.lower().removesuffix("s") in skip for w in (cat.split()[0], cat.split()[-1])):
            continue
        lead = text[max(s_start, m.start() - 160):m.start()]
        if m.group("owner") and (the := re.search(r"(?:^|[ \t])the[ \t]+$", lead)):
            lead = lead[:the.start() + 1]  # "X became the NBA's fifth ...": the owner's article
        h = _ORD_HOLDER.search(lead)
        holder = _clean(h.group("holder"), verb=True) if h else None
        if holder is None and h and h.group("holder").lower() in _PERSONAL \
                and not text[s_start:max(s_start, m.start() - 160) + h.start()].strip(" \t\"\u201c"):
            from .places import _antecedent  # "He is the second ...": the name that opened a sentence before
            holder = _antecedent(text, sentences, s_start)
        if holder is None and h is None and (np := _NP_SUBJECT.fullmatch(text, s_start, m.start())) \
                and not any(w.lower() in not_ranks or w.lower() in _CAT_STOP for w in np.group("holder").split()):
            holder = np.group("holder")  # "The dock strike was the first major test": the thing the sentence opens with
        # a holder named by a common noun ranks, but holds no position ("the team"); nor does one that
        # shares it ("X was also the first ...": another holds it too)
        common = bool(h and h.group("also"))
        if holder is None and h and h.group("holder").lower() in _DEMONSTRATIVE:
            holder, common = _doer_after(text, end, s_end, not_ranks)  # "This is the fifth raid by X"
        if holder is None and m.group("owner") and (a := _HOLDER_APPOSITION_AFTER.match(text[end:s_end])):
            holder = _clean(a.group("holder"))  # "Norway's second city, Bergen": the name set after it
        if holder is None and _CLAUSE_APPOSITION.search(text, max(s_start, m.start() - 8), m.start()) \
                and _ENDS_SENTENCE.match(text[end:s_end]):
            # "X was arrested on Sunday, the team's second arrest in a month": the clause is ranked
            holder = _subject(text[s_start:min(m.start(), s_start + _REACH)])
        owner = m.group("owner")
        if holder is None and owned and not _named_by_ordinal(m.group("ord"), cat) and not _of_people_or_places(cat):
            # "his fourth season as coach", "Smith's 200th win", "the team's third straight title":
            # the owner's place in its own sequence; a rank claim alone, since it is no position
            holder = _clean(owner) if owner else _pronoun_owner(text, sentences, s_start, m.start(), m.group("det"))
            owner, common = None, True
            while len(cat.split()) > 1 and cat.split()[-1].lower().endswith("ed"):
                cat = cat.rsplit(None, 1)[0]  # "Smith's fourth season ended badly": a season
                end = m.end() + text[m.end():end].rfind(cat.split()[-1]) + len(cat.split()[-1])
        if holder is None:
            continue
        scope_m = _scope(text, end, s_end)
        if scope_m:
            end = scope_m.end()
        claims.extend(_rank_claims(article, m.start(), end, n, None, "", "ordinal", cat, owner, scope_m, holder,
                                   False, sentences, measures, org_words, role=not common))
    return claims


def _named_by_ordinal(ordinal: str, cat: str) -> bool:
    """Whether an ordinal is part of a name: a capitalised or numeral ordinal before a capitalised
    word ("First Street", "the Navy's 5th Fleet", "the 67th Precinct")."""
    first = cat.split()[0]
    return (ordinal[:1].isupper() or ordinal[:1].isdigit()) and first[:1].isupper() and not first.isupper()


def _of_people_or_places(cat: str, places: bool = True) -> bool:
    """Whether a category names people or (unless ``places`` is false) places ("his third friend",
    "her second husband", "the region's second city"): an owner's people and places are no
    sequence of its own a report compares (the city is ranked, not the region)."""
    head = cat.split()[-1].lower()
    forms = {head, lemma(head), _plural(head), re.sub(r"(?:fe|f)$", "ves", head)}  # "wife" / "wives"
    return bool(forms & _people_and_places(places))


@lru_cache(maxsize=2)
def _people_and_places(places: bool = True) -> frozenset[str]:
    from .phrases import lex
    words = lex().person_nouns | (lex().scope_nouns if places else frozenset())
    return frozenset(words | {lemma(w) for w in words})


def _pronoun_owner(text: str, sentences, s_start: int, pos: int, det: str) -> str | None:
    """The name a possessive pronoun before an ordinal stands for ("Smith, in his fourth season",
    "... It was his fourth season"): the name that opens its sentence, or one before it; "its" or
    "their" after a common noun that opens the sentence is that noun's ("The airline posted its
    second loss": the airline)."""
    if det.lower() not in _POSSESSIVE_PRONOUNS:
        return None
    from .places import _antecedent
    m = _OPENING_NAME_AT.match(text, s_start, pos)
    name = re.sub(r"^The[ \t]+", "", m.group("name")) if m else ""
    if name and name.split()[0].lower() not in _PRONOUNS | _OPENERS:
        return _clean(name)
    if det.lower() in ("its", "their") and (common := _OPENING_COMMON_AT.match(text, s_start, pos)):
        return common.group("noun")  # "The airline posted its second loss": the airline's, not a name's before
    name = _antecedent(text, sentences, s_start)
    return _clean(re.sub(r"['\u2019]s$", "", name)) if name else None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# a common noun that opens a sentence as the subject of its verb ("The state airline posted ...")
_OPENING_COMMON_AT = re.compile(
    r"[\"\u201c \t\n]*(?:The|This|That)[ \t]+(?P<noun>(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}?(?-i:[a-z])[\w-]*)[ \t]+"
    r"(?:(?:has|have|had|is|was|are|were|will|would)\b|(?-i:[a-z]+ed|posted|won|lost|made|took|saw|got|set|hit|began|became)\b)")
# the name that opens a sentence, before its comma or verb ("Smith, in his 19th season, ...")
_OPENING_NAME_AT = re.compile(rf"[\"\u201c \t\n]*(?P<name>(?-i:[A-Z]){_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD}){{0,3}}?)"
                              rf"(?:['\u2019]s)?(?=,|[ \t]+(?-i:[a-z]))")


def _doer_after(text: str, end: int, s_end: int, not_ranks) -> tuple[str | None, bool]:
    """The doer or owner after a ranked category whose subject is a pronoun: a name ("the fifth
    raid by the Port Guard": False) or a common noun after "the" ("the second recall for the
    company": True); a span of time is none ("the second arrest for the year")."""
    a = _AGENT_AFTER.match(text, end, s_end) or _FOR_AFTER.match(text, end, s_end)
    if a:
        return _clean(a.group("holder")), False
    a = _THE_NOUN_AFTER.match(text, end, s_end)
    if a is None or any(w.lower() in not_ranks or w.lower() in _CAT_STOP for w in a.group("holder").split()):
        return None, False
    return _clean(a.group("holder")), True


def _rank_claims(article, start, end, n, ordinal, sup, sup_key, cat, owner, scope_m, holder, possessive,
                 sentences, measures, org_words, role: bool = True) -> list[Claim]:
    """The rank claim of a holder and (unless ``role`` is false) the role claim of its position."""
    text = article.text
    s_start, s_end = sentences.around(start)
    cat_words = cat.split()
    head = cat_words[0] if len(cat_words) > 1 and cat_words[0].lower() in measures else cat_words[-1]
    scope_words = (scope_m.group("scope") if scope_m else "").split()
    if owner:
        scope_words = [owner.replace("\u2019", "'")] + scope_words
    scope = " ".join(scope_words)
    holder_name = holder + ("'s " + cat.lower() if possessive else "")
    cat_key = " ".join(key_tokens(cat)) or cat.lower()
    # a figure that describes the holder is no part of what it is ("The 420-bed hospital"), nor
    # is the category's word said again ("hospital ... the third-largest": hospital once)
    described = _FIGURE_MODIFIER.sub(" ", holder)
    holder_key = " ".join(sorted(t for t in key_tokens(described) if t not in org_words and t not in cat_key.split())) \
        or ("" if key_tokens(described) else fold(holder))
    scope_key = " ".join(sorted(set(key_tokens(scope))))
    quote = quote_of(text, s_start, s_end, start, end)
    order = f"{ordinal.lower()} {sup}" if ordinal else (sup or _ordinal_word(n))
    position = f"{order} {cat}" + \
        (f" {scope_m.group('prep').lower()} {scope}" if scope_m else (f" of {owner}" if owner else ""))
    base = dict(source=article.source.id, text=text[start:end], quote=quote, span=(start, end))
    claims = []
    if not possessive:
        if head == cat_words[-1] and len(cat_words) > 1 and cat_words[-1].lower().endswith("ed"):
            # a participle after the noun: "the fifth coach fired" ranks coaches fired
            plural = " ".join([*cat_words[:-2], _plural(cat_words[-2]), cat_words[-1]])
        else:
            plural = " ".join([*cat_words[:-1], _plural(cat_words[-1])]) if head == cat_words[-1] else cat
        among = f"{sup} {plural}" if sup else plural
        claims.append(Claim(
            id="", kind=Kind.RANK, subject=f"{holder} among {among}" + (f" ({scope})" if scope else ""),
            key=f"{holder_key} {cat_key} {sup_key}|{scope_key}".lstrip(), value=n, low=float(n), high=float(n), **base))
    if not role or holder.lower() in _time_words():
        return claims  # ("in March, its lowest rate": a month holds no position)
    claims.append(Claim(
        id="", kind=Kind.ROLE, subject=position, key=f"{n} {sup_key} {cat_key}|{scope_key}",
        value=holder_name, **base))
    return claims


_FIGURE_MODIFIER = re.compile(r"\b\d[\d,.]*(?:-[a-z]+)+\b")  # "420-bed", "12-storey"


# a subject of common nouns that opens its sentence, before a copula and the rank phrase: "The
# company is the", "Its airport was the", "The Pell River dam is the", "Velmar's airport is the"
# (its head noun lower-case)
_COMMON_SUBJECT = re.compile(
    r"[ \t\"\u201c]*(?:(?:The|This|That|Its|Their|His|Her)[ \t]+|(?=(?-i:[A-Z])[\w-]*['\u2019]s[ \t]+(?-i:[a-z])))"
    r"(?P<holder>(?:[\w'\u2019-]+[ \t]+){0,3}(?-i:[a-z])[\w-]*)[ \t]+"
    r"(?:is|was|are|were|became|becomes|remains|remained|will[ \t]+be|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:also|still|now|again|easily|by[ \t]+far)[ \t]+)?(?:the[ \t]+)?")


def _common_subject(text: str, s_start: int, start: int) -> str | None:
    """The common noun phrase that opens the sentence and is the subject of the copula right before
    a rank phrase ("The company is the third-largest employer"); None when a word of it is a
    function word or a pronoun."""
    m = _COMMON_SUBJECT.fullmatch(text, s_start, start)
    if not m or any(w.lower() in _CAT_STOP or w.lower() in _PRONOUNS for w in m.group("holder").split()):
        return None
    return m.group("holder")


def _ordinal_word(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _holder(before: str, after: str, owned: bool) -> tuple[str | None, bool]:
    """The holder of a rank phrase from the words around it, and whether it is a leader's ("X, who
    leads the largest bloc" -> X, True)."""
    for rx, possessive in ((_LEADER_BEFORE, True), (_HOLDER_BEFORE, False), (_HOLDER_WITH, False),
                           (_HOLDER_MADE, False), (_HOLDER_APPOSITION, False)):
        m = rx.search(before)
        verb = rx is not _HOLDER_APPOSITION  # a name before its verb may end in -ly ("Italy has")
        if m and _clean(m.group("holder"), verb):
            return _clean(m.group("holder"), verb), possessive
    afters = (_HOLDER_OF_AFTER, _HOLDER_AFTER, _HOLDER_APPOSITION_AFTER) if owned else (_HOLDER_AFTER, _HOLDER_APPOSITION_AFTER)
    for rx in afters:
        m = rx.search(after)
        if m and _clean(m.group("holder")):
            return _clean(m.group("holder")), False
    return None, False


def _subject(clause: str) -> str | None:
    """The subject of a sentence that states a record ("The escape by X has led to ..., with the
    largest number of Y ever"): its opening words up to the verb, without dates."""
    m = _SUBJECT.match(clause)
    if not m:
        return None
    subject = _DATE_WORDS.sub(" ", m.group("subject"))
    subject = re.sub(r"^\s*(?:The|A|An|This|That)\b", " ", subject)
    subject = " ".join(subject.split())
    return _clean(subject) if len(subject) > 2 else None


def _clean(holder: str, verb: bool = False) -> str | None:
    """A holder without its leading article; None for a pronoun, an opener or (unless ``verb``: the
    holder is the subject of the verb after it, "Italy is", "Kelly became") a word in -ly."""
    holder = _LEADING_ADJECTIVES.sub("", " ".join(holder.replace("\u2019", "'").split())).strip()
    low = holder.lower()
    if low in _PRONOUNS or low in _OPENERS or (not verb and " " not in low and low.endswith("ly")):
        return None  # "Unfortunately, the most ...": a sentence adverb holds nothing
    return holder


_OPENERS = frozenset({"however", "meanwhile", "according", "still", "instead", "indeed", "overall", "now",
                      "today", "yesterday", "also", "but", "and", "so", "then", "later", "earlier", "again"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "that", "these", "those", "which", "who", "we",
                       "i", "you", "there", "here", "its", "the", "a", "an"})


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children",
                      "businessman": "businessmen", "businesswoman": "businesswomen"}


def _plural(word: str) -> str:
    if word.lower() in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word.lower()]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word if word.endswith("s") else word + "s"
