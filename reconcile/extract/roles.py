"""Role claims: who holds an office ("NWRB Inspector General Tomas Lindqvist").

Roles are read open-class. A *title* is a noun of office or function (its head: minister,
spokesman, director, commander, governor, pilot...; ``heads`` in ``data/offices.yaml``), with the
words of office before it ("deputy executive director"), the words of its field ("transport
minister", "chief technology officer"; a portfolio in capitals too, "Trade Minister X") and a *scope* that makes it one office: an organisation
or a country before it ("Harbour Authority spokeswoman", "Ghana's president") or after it ("of
Lakeside Province", "for the United Nations", "of St. Agnes's"; lower-case words of a body before
its possessive, "the port authority's chief executive"). A title is a role claim when a personal name
(:mod:`reconcile.extract.names`) stands next to it, in one of these forms (each a rule below):

- :func:`_rule_title_name`: ``[SCOPE] TITLE NAME`` -- "Regional police inspector Hemi Walker",
  "Ghana's transport minister Kwame Asante", "Skyward Charters pilot Leon Baptiste";
- :func:`_rule_title_comma_name`: ``the/a/SCOPE's TITLE [of X], NAME`` -- "The governor of
  Lakeside Province, Amara Diallo,", "a Chilean government spokesman, Tomas R. Vidal.";
- :func:`_rule_name_comma_title`: ``NAME, [the/a] TITLE [of X]`` -- "Oren Falk, deputy
  executive director of Northwind Rail,", "Grace Mbeki, U.S. Ambassador to the United Nations,";
- :func:`_rule_name_is_title`: ``NAME is/became/was named [the] TITLE [of X]`` -- "Ada Lin
  became Kenya's transport minister.", "She replaced Martin Voss, who had been foreign minister"
  (a lone word before "who" only when the article names it in full); "stays on as" holds it, and
  a verb of the future makes the incoming holder ("Ana Ruiz is to take over as chair");
- :func:`_rule_chose_name_as_title`: ``VERB NAME as/to be [the] TITLE``, and after a verb of naming
  ``VERB NAME [the] TITLE`` -- "The board named Ana Ruiz as chief executive", "The club named
  Tomas Reyes coach on Tuesday";
- :func:`_rule_name_left_title`: ``NAME resigned/was fired as TITLE`` -- a former holder (also
  in a clause on the name: "Hal Mercer, who retired as chief executive"), and so is one the new
  holder replaces (:func:`_replacing_after`: "named X chief executive, replacing Simon Ash");
- :func:`_rule_name_who_heads`: ``NAME, who heads/leads/chairs [the] X`` -- "Ana Ruiz, who
  chairs the Harbour Board," (a family name alone when the article names her in full);
- :func:`_rule_led_by`: ``the X led/headed/chaired by NAME``, X a body -- "the coalition headed
  by Ana Ruiz";
- :func:`_rule_title_of_name`: ``TITLE of PORTFOLIO NAME``, no comma between -- "Minister of
  Transport Elena Marsh said", "Speaker of the House Laura Petit";
- :func:`_rule_plural_title_names`: ``TITLES NAME [of X], NAME [of Y] and NAME [of Z]`` -- "Mayors
  Jane Ott of Fernley and Mark Duval of Ashgrove", "Ministers Ana Pell and Bo Lind";
- :func:`_deputies`: ``TITLE NAME and his/her deputy, NAME`` -- "Mayor Owen Hale and his deputy,
  Tara Singh" (Singh is deputy mayor).

Two titles joined by "and" share their scope and their holder ("X, president and chief executive
of Harbor Foods", "Harbor Foods president and CEO X": X holds both offices of Harbor Foods).

Titles many people hold at once make no claim: nouns that are no office at all ("official",
"lawmaker" are not heads; "member" is one only of a board, council or committee,
``member_bodies``, and then a title held by many), heads that need a scope ("a minister, X"
does not say which ministry; bare right before the name, "Minister X" and "coach X" are the
holder's title, keyed on the holder, and so is "the coach, X" or "X, the coach"), and heads that need a word of office or field ("police officer" is none;
"chief technology officer" is one), and a person's representative (publicist, lawyer, agent:
``representatives``) is one only for the owner a possessive names ("her lawyer X", "Vega's
publicist, X") or that follows it ("X, a lawyer for the Quinn family"), or for the side of a case
it takes ("defense lawyer X", ``counsel_sides``); one who holds a thing (``owners``: owner,
landlord) likewise holds it only for the thing a possessive names, any noun ("the mill's owner,
X"), the body after "of" ("X, the owner of the Blue Anchor") or a name before it ("Blue
Anchor owner X"). A holder named inside another title's scope holds an office of its own ("X,
a spokesman for Lakeside Attorney General Y": Y is attorney general). Titles held by several people together
("co-founder", a professor, a client's lawyers, the ranks of a police force or an army: "Harbor police Sgt. X") are claims keyed
on their holder, so they agree but never contradict; such a rank said before a name as a form of
address ("Lt. X said", ``ranks_of_address``) is one even with no force named.

The key is ``TITLE|SCOPE``: the title's canonical spelling ("CTO" -> chief technology officer,
"spokeswoman" -> spokesperson) and the scope's folded words ("Jordanian" -> jordan, "army" and
"armed forces" -> military). A title with no scope takes the scope of another mention of the
same holder in the article; failing that its key names the holder (``president|~kiir``), so an
unscoped "President X" and "President Y" are never set against each other. Qualifiers are kept:
"former", "late", "then" holders do not contradict the current one (see
:mod:`reconcile.compare`), nor do "designate" ones, glued after the title or not ("Prime
Minister-designate X"); "deputy" and "vice" are part of the title (another office).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import simplemma

from ..datafiles import load as load_data
from ..lexicon import GENERATIONS, fold, key_tokens, lemma, name_key
from ..models import Article, Claim, Kind
from ..settings import Settings
from ..values import ROLE_NOT_CURRENT
from .dates import article_surnames
from .names import honorific_before, name_after, name_before
from .sentences import QUOTE_OPENERS, SentenceIndex, quote_of, sentence_index


@dataclass(frozen=True)
class Vocab:
    heads: frozenset[str]
    national: frozenset[str]
    body_names: frozenset[str]
    post_heads: tuple[str, ...]
    needs_scope: frozenset[str]
    needs_modifier: frozenset[str]
    shared: frozenset[str]
    office_words: frozenset[str]
    ing_fields: frozenset[str]
    bodies: frozenset[str]
    describing: frozenset[str]
    honorifics: frozenset[str]
    scope_synonyms: dict[str, str]  # folded phrase -> canonical scope word
    spellings: dict[str, str]  # spelling -> canonical title
    qualifiers: frozenset[str]
    demonyms: dict[str, str]  # folded word or phrase -> country key
    verbs_of_office: dict[str, tuple[str, bool]]  # "heads" -> ("head", False), "led" -> ("leader", True)
    representatives: frozenset[str]  # heads that need an owner: "her lawyer"
    counsel_sides: frozenset[str]  # "defense": the side of a case a counsel takes
    engaging: frozenset[str] = frozenset()  # "hired", "retains": a representative taken on is the hirer's
    body_complements: frozenset[str] = frozenset()  # "directors": "the board of directors" is one body
    owners: frozenset[str] = frozenset()  # heads that hold a thing a possessive names: "the building's owner"
    ranks_of_address: frozenset[str] = frozenset()  # ranks said before a name: "Sgt. X" is a sergeant
    member_bodies: frozenset[str] = frozenset()  # bodies whose members hold a seat: "a member of the board"
    news_outlets: frozenset[str] = frozenset()  # last words of an outlet's name: "the Boston Herald"
    portfolio_heads: frozenset[str] = frozenset()  # heads whose field is a portfolio: "Trade Minister"
    makers: dict[str, str] = field(default_factory=dict)  # "directed" -> "director": "the film, directed by X"
    works: frozenset[str] = frozenset()  # nouns of a work or an event one makes: "film", "ceremony"


def _words(items) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items)


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    d = load_data("offices.yaml")
    spellings = {str(s).lower(): canon for canon, ss in d["offices"].items() for s in ss}
    demonyms = {fold(str(v)): canon for canon, vs in d["demonyms"].items() for v in [canon, *vs]}
    synonyms = {fold(str(v)): canon for canon, vs in d["scope_synonyms"].items() for v in vs}
    return Vocab(_words(d["heads"]), _words(d["national"]), _words(d["body_names"]), tuple(str(p) for p in d["post_heads"]), _words(d["needs_scope"]),
                 _words(d["needs_modifier"]), _words(d["shared"]), _words(d["office_words"]), _words(d["ing_fields"]),
                 _words(d["bodies"]), _words(d["describing"]), _words(d["honorifics"]), synonyms,
                 spellings, _words(d["qualifiers"]), demonyms,
                 {str(w): (str(t), bool(past)) for t, forms in d["verbs_of_office"].items()
                  for past, ws in enumerate((forms["present"], forms["past"])) for w in ws},
                 _words(d["representatives"]), _words(d["counsel_sides"]),
                 frozenset(f for w in d.get("engaging", ()) for f in _verb_forms(str(w).lower())),
                 _words(d.get("body_complements", ())), _words(d.get("owners", ())),
                 _words(d.get("ranks_of_address", ())), _words(d.get("member_bodies", ())),
                 _words(d.get("news_outlets", ())), _words(d.get("portfolio_heads", ())),
                 {str(w).lower(): str(t) for w, t in d.get("makers", {}).items()}, _words(d.get("works", ())))


def _verb_forms(verb: str) -> tuple[str, ...]:
    """A regular verb's forms: "hire" -> hire, hires, hired, hiring; "retain" -> ... retained, retaining."""
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb[:-1] + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


# the dates extractor reads the country names through this name
offices = vocab


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace(r"\-", r"[ \t-]?")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_rx() -> re.Pattern[str]:
    v = vocab()
    # (a qualifier glued on: "then-governor", "ex-minister"; an office word: "vice-chair")
    return re.compile(rf"(?:(?<![\w'\u2019.-])|(?<=\b[Tt]hen-)|(?<=\b[Ee]x-)|(?<=\b[Vv]ice-))"
                      rf"(?P<head>{_alt(set(v.spellings) | v.heads | v.representatives | v.owners)})"
                      rf"(?:[ \t-]+(?P<post>{_alt(v.post_heads)}))?"
                      # ("prime minister-designate": named to take it, a qualifier)
                      rf"(?P<designate>[ \t-]+designate)?(?![\w'\u2019-])", re.I)


# ---------------------------------------------------------------- the title phrase

# A word of the text: letters and digits with inner dots, hyphens, apostrophes ("U.S.", "Al-Tamimi",
# "Ghana's"), or one punctuation mark.
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F0-9](?:[\w\u00C0-\u024F'\u2019&.-]*[\w\u00C0-\u024F'\u2019])?\.?|[^\s\w]")
_DETERMINERS = frozenset({"the", "a", "an"})
# function words and verbs: a title's field is never one of these ("said police spokesman X")
_NOT_FIELD = frozenset("""the a an and or but of in on at to for from by with as into onto over under
said says say told tells according quoted added noted stated announced confirmed reported called named
who whom whose which that this these those there here where when while after before since until
he she it they we you i his her its their our my your him them us is was are were be been being has
had have do does did will would can could may might must shall should not no also then than now
just only even still yet very more most less least many much some any all both each every other
such what how why if so because though although about around near against between through during
without within upon via per including like unlike became become becomes remains remain serves serve
took takes take""".split()) | frozenset(
    # verbs in -s of taking a holder's place, choosing or putting out one: "replaces interim manager X"
    """replaces succeeds appoints names chooses picks taps selects nominates promotes elects sacks fires
    dismisses ousts removes joins meets visits thanks backs""".split())
# capitalised words that open a sentence or clause and are no scope ("Later President X")
_NOT_SCOPE = frozenset("""the a an later then meanwhile when but and as after before on in at with while
however also now today yesterday earlier so if by for from of to according both two three
until till since during despite among amid under although though because once unlike
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr""".split())
_POSSESSIVE = re.compile(r"^(?P<w>.+?)(?:['\u2019]s|(?<=s)['\u2019])$")  # "Ghana's", "Williams'"
_PERSONAL_POSSESSIVES = frozenset({"her", "his", "their", "my", "our", "your", "its"})
_BODY_WORDS = frozenset({"head"})  # a title that is also a part of the body: "at his head"


def _joined_possessives(toks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A possessive split into three tokens ("team ' s", as some corpora write it) made one."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(toks):
        if i + 2 < len(toks) and toks[i + 1][1] in ("'", "\u2019") and toks[i + 2][1] == "s" \
                and toks[i][1][:1].isalnum():
            out.append((toks[i][0], toks[i][1] + "'s"))
            i += 3
            continue
        out.append(toks[i])
        i += 1
    return out


@dataclass
class _Title:
    start: int  # the phrase's first character (determiner or scope included)
    end: int  # after the head, its post-head words and any "of X" scope
    head: str  # the head as written, lower case ("spokeswoman", "inspector general")
    office: list[str] = field(default_factory=list)  # "deputy", "executive", "chief"
    field_words: list[str] = field(default_factory=list)  # "transport", "technology"
    scope: list[str] = field(default_factory=list)  # scope words as written, in order
    det: str | None = None  # "the", "a", or "'s" for a possessive scope
    qualifier: str | None = None
    of_scope: bool = False
    broken: bool = False  # an "of X" that could not be read whole
    pronoun: str | None = None  # the possessive pronoun that opens the phrase ("its", "her")
    named: tuple[int, int] | None = None  # the object of a verb of naming, read first as scope
    predecessor: tuple[int, int] | None = None  # the name of the holder this one's holder replaced


class _Leftward:
    """The words before a head as a title phrase reads them, right to left: the word at hand
    (``s`` its start, ``w`` as written, ``low`` in lower case, ``two`` with the word before it)
    and whether the reading is still among the words of the title itself (field, office)."""
    __slots__ = ("toks", "title_case", "in_title", "s", "w", "low", "cap", "two", "opening", "text")

    def __init__(self, toks: list[tuple[int, str]], title_case: bool, opening: int = -1, text: str = ""):
        self.toks = toks
        self.text = text  # the article's text: how it writes a word elsewhere
        self.opening = opening  # where the sentence opens: a word there is capitalised whatever it is
        # a title in capitals ("Public Safety Director") has its field and office words in capitals
        # too: a lower-case word before it is no part of it ("ask Judge X")
        self.title_case = title_case
        self.in_title = True

    def at(self, i: int) -> None:
        self.s, self.w = self.toks[i]
        self.low = self.w.lower().replace("\u2019", "'")
        self.cap = self.w[0].isupper()
        self.two = f"{self.toks[i - 1][1].lower()} {self.low}" if i > 0 else ""


# Each step below reads the word at ``i`` (and maybe the one before it) into the title; it returns
# the index of the next word to read, _END when the phrase is read whole, None when the word is
# not what it reads.
_END = -1


def _left_opening(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A determiner or a personal possessive opens the phrase: "the police chief", "her
    longtime publicist" (the owner is a person)."""
    if r.low in _DETERMINERS:
        t.det, t.start = r.low, r.s
        _then_before(r, i, t)
        return _END
    if r.low in _PERSONAL_POSSESSIVES:
        t.det, t.start, t.pronoun = "pron", r.s, r.low
        _then_before(r, i, t)
        return _END
    return None


def _left_possessive(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A possessive scope opens the phrase, with the capitalised words of the owner's name before
    it and its determiner: "Ghana's president", "South Korea's", "the Farmer's Union"; a lower-case
    one only for a body, an office ("the mayor's spokesman"), a head that owns things ("the
    building's owner") or a representative ("the actress's rep")."""
    poss = _POSSESSIVE.match(r.w)
    if not poss:
        return None
    owner = poss.group("w").lower()
    if not r.cap and owner in _TIME_WORDS and t.head not in v.owners \
            and t.head not in v.representatives:
        return _END  # ("the actress's rep X": a representative is someone's, whoever the noun names)
    t.scope.insert(0, poss.group("w"))
    t.det, t.start = "'s", r.s
    toks = r.toks
    i -= 1
    while i >= 0 and toks[i][1][0].isupper() and toks[i][1].lower() not in _NOT_SCOPE:
        t.scope.insert(0, toks[i][1])
        t.start = toks[i][0]
        i -= 1
    if not r.cap and (owner in v.bodies or owner in v.body_names):
        i = _body_words_before(toks, i, t)  # "the port authority's chief executive"
    if i >= 0 and toks[i][1].lower() in _DETERMINERS:
        t.start = toks[i][0]
        _then_before(r, i, t)
    return _END


_AT_THE_TIME = {"then": "then", "now": None, "currently": None}  # an adverb of time before "the"


def _then_before(r: _Leftward, i: int, t: _Title) -> None:
    """"Then", "now" or "currently" set off by a comma before the determiner at ``i`` opens the
    phrase, "then" as the qualifier: the holder held the title at the time told ("Ana Ruiz, then
    the authority's chief executive,", "X, then the chair of the board,"), or holds it now ("X,
    currently the firm's finance chief"); not after "and" ("and then the mayor, X" is what came
    next)."""
    if i > 0 and (word := r.toks[i - 1][1].lower()) in _AT_THE_TIME and not t.qualifier \
            and r.text[:r.toks[i - 1][0]].rstrip(" \t").endswith(","):
        t.qualifier, t.start = _AT_THE_TIME[word], r.toks[i - 1][0]


def _body_words_before(toks: list[tuple[int, str]], i: int, t: _Title) -> int:
    """The lower-case words that name a body with the possessive noun after them, up to two, when
    "the" opens them: "the port authority's CEO", "the water board's chairman" (scope words); else
    none. Returns the index of the word before them."""
    j = i
    while j >= 0 and i - j < 2 and toks[j][1].isalpha() and toks[j][1].islower() \
            and toks[j][1] not in _NOT_FIELD and toks[j][1] not in _TIME_WORDS:
        j -= 1
    if j == i or j < 0 or toks[j][1].lower() != "the":
        return i
    t.scope[:0] = [w for _, w in toks[j + 1:i + 1]]
    t.start = toks[j + 1][0]
    return j


_IN_THE_LINE = {"predecessor": "former", "successor": None}  # "X's predecessor as chairman"


def _left_in_the_line(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """"Predecessor as" or "successor as" before the head, with the possessive, pronoun or "the"
    that opens it, is the phrase's opening: the holder named beside it held the title before the
    one the possessive names ("Colin Webb, Kole's predecessor as chairman,": a former chair) or
    holds it after ("his successor as chief executive, Ana Ruiz"). The possessive names the other
    holder, no scope."""
    if r.low != "as" or t.scope or i < 2 or (line := r.toks[i - 1][1].lower()) not in _IN_THE_LINE:
        return None
    owner = r.toks[i - 2][1].lower()
    if not (_POSSESSIVE.match(r.toks[i - 2][1]) or owner in _PERSONAL_POSSESSIVES or owner == "the"):
        return None
    j = i - 2
    while j > 0 and _POSSESSIVE.match(r.toks[j][1]) and r.toks[j - 1][1][:1].isupper() \
            and r.toks[j - 1][1].lower() not in _NOT_SCOPE:
        j -= 1  # the other holder's name before the possessive ("Colin Webb's")
    t.det, t.start, t.qualifier = "the", r.toks[j][0], t.qualifier or _IN_THE_LINE[line]
    return _END


def _left_qualifier(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A qualifier of one or two words: "former minister", "newly elected president"; a
    capitalised one before a capitalised scope is part of a name ("New York"), unless it opens the
    sentence and says the holder is past ("Former Lakeside mayor X"; "New Hampton mayor X" is of
    New Hampton). "Then" after a preposition is an adverb of time that ends the phrase ("Until then
    Deputy Minister X", "Since then President X": the holders are no former ones)."""
    if r.low == "then" and i > 0 and r.toks[i - 1][1].lower() in _THEN_AFTER:
        return _END
    if r.two in v.qualifiers:
        t.qualifier, t.start = r.two, r.toks[i - 1][0]
        return i - 2
    if r.low in v.qualifiers and not (r.cap and t.scope and t.scope[0][0].isupper()
                                      and not (r.s == r.opening and (r.low in ROLE_NOT_CURRENT
                                                                     or _written_without(r, t)))):
        t.qualifier, t.start = r.low, r.s
        return i - 1
    return None


def _left_describing(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A describing word is passed over into the phrase: "longtime publicist", "the city's first
    female mayor" (an ordinal before a describing word is the holder's place in the line, no word
    of office as in "First Deputy Prime Minister")."""
    if r.low in v.describing or (r.low in _ORDINAL_WORDS and i + 1 < len(r.toks)
                                 and r.toks[i + 1][1].lower() in v.describing):
        t.start = r.s
        return i - 1
    return None


def _written_without(r: _Leftward, t: _Title) -> bool:
    """Whether the article writes the capitalised scope after a qualifier elsewhere without it:
    then the qualifier is no word of its name ("Dunmere Rovers sacked ... New Dunmere Rovers boss
    X" is the new boss; "New Hampton mayor X" stays of New Hampton)."""
    scope = r"[ \t]+".join(re.escape(w) for w in t.scope)
    return re.search(rf"(?<!{re.escape(r.w)} )(?<![\w'\u2019-]){scope}(?![\w'\u2019-])", r.text) is not None


_ORDINAL_WORDS = frozenset({"first", "second", "third"})
_THEN_AFTER = frozenset({"until", "till", "since", "by", "from", "back", "before", "after"})  # "until then"


def _left_two_word_body(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A body of two words is scope: "armed forces spokesman"."""
    if r.two in v.bodies:
        t.scope[:0] = [r.toks[i - 1][1], r.w]
        t.start = r.toks[i - 1][0]
        r.in_title = False
        return i - 2
    return None


def _left_office_word(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A word of office next to the head, in capitals when the title is: "deputy executive
    director", "Chief Operating Officer"."""
    if r.in_title and r.low in v.office_words and (r.cap or not r.title_case):
        t.office.insert(0, r.low)
        t.start = r.s
        return i - 1
    return None


def _left_body(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A body is scope: "police spokesman", "army commander"."""
    if r.low in v.bodies:
        t.scope.insert(0, r.w)
        t.start, r.in_title = r.s, False
        return _named_body_words(r, i - 1, t, v)
    return None


def _body_word(w: str, v: Vocab) -> bool:
    """A lower-case word that may name a body: no function word, word of time, qualifier,
    describing word, nor a verb in -ed or -ing ("the port authority", not "fined", "former")."""
    return w.isalpha() and w.islower() and w not in _NOT_FIELD and w not in _TIME_WORDS and w not in v.qualifiers \
        and w not in v.describing and not w.endswith("ed") and not (w.endswith("ing") and w not in v.ing_fields)


def _named_body_words(r: _Leftward, i: int, t: _Title, v: Vocab) -> int:
    """Up to two lower-case words before a body noun, with a capitalised word before them, name the
    body with it: "the Kellmore port authority chairman" (scope "Kellmore port authority"; the
    qualifier before it is read on: "former Kellmore water board chairman"). Returns the index of
    the next word to read (``i`` itself when there are none)."""
    toks, j = r.toks, i
    while j >= 0 and i - j < 2 and _body_word(toks[j][1], v):
        j -= 1
    if j == i or j < 0 or not toks[j][1][0].isupper() or toks[j][1].lower() in _NOT_SCOPE or toks[j][0] == r.opening:
        return i  # (a capitalised word opening the sentence may be any: "Reporters asked state police X")
    t.scope[:0] = [w for _, w in toks[j + 1:i + 1]]
    t.start = toks[j + 1][0]
    return j


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _left_ordinal(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """An ordinal is passed over: "the 45th president" is a place in the line of holders, no
    scope (ranks.py reads it)."""
    return i - 1 if _ORDINAL.fullmatch(r.low) else None


def _left_capitalised(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A capitalised word (or one opening with a figure) is scope: "Harbour Authority
    spokeswoman", "76ers coach"; a word that opens a clause ("Later President X"), a bare number
    or a word with no letter ends the phrase. A capitalised word with "then-" or "ex-" glued on is
    scope too ("the then-Rovers manager": the driver takes the qualifier off it)."""
    w = r.w
    if not (r.cap or w[0].isdigit() or _GLUED_ON_NAME.match(w)):
        return None
    if _portfolio(r, t, v):  # "Trade Minister X" is the trade minister, as "the trade minister, X"
        t.field_words.insert(0, r.low)
        t.start = r.s
        return i - 1
    if r.s == r.opening and not r.title_case and r.in_title and t.head.split()[-1] in v.needs_scope \
            and (_common_singular(r.low) or r.low in v.ing_fields) and not re.search(rf"[a-z,;:][ \t]+{re.escape(r.w)}\b", r.text):
        # capitalised only as the sentence's first word (never inside a sentence), before a title
        # that needs a scope: "Campaign manager X", "Sporting director X" are a field's ("Hawks coach X", "Lakeside mayor X",
        # "Acme chief executive X" of an article that names Acme again stay scopes)
        return None
    if r.low.rstrip(".") in _NOT_SCOPE or w.isdigit() or not any(ch.isalpha() for ch in w):
        return _END
    t.scope.insert(0, w)
    t.start, r.in_title = r.s, False
    return i - 1


def _portfolio(r: _Leftward, t: _Title, v: Vocab) -> bool:
    """Whether a capitalised word right before a capitalised head of a portfolio (``portfolio_heads``)
    is its portfolio, a common English word in the singular: "Trade Minister", "Energy Secretary",
    "Health Commissioner" (as "trade minister" in lower case); never a name ("Lakeside"), a people
    ("Valdorian", "European"), a body ("Party", "Press") or a word of a place ("County")."""
    return r.in_title and r.title_case and r.cap and not t.field_words and not t.office \
        and t.head.split()[-1] in v.portfolio_heads and _common_singular(r.low) \
        and not _NATIONALITY.match(r.w) and fold(r.low) not in v.demonyms \
        and r.low not in v.bodies and r.low not in v.body_names and r.low not in _GEO_WORDS


def _common_singular(low: str) -> bool:
    """A common English word in the singular ("campaign", "athletic"), not a name ("Lakeside") nor
    a plural ("Hawks": a team's name)."""
    return low.isalpha() and low not in _NOT_SCOPE and lemma(low) == low and simplemma.is_known(low, lang="en")


def _left_and_title(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """A capitalised head joined by "and" is held too, its scope before it: "President and General
    Manager X"; so is one after a determiner or a possessive pronoun: "its president and chief
    executive, X"."""
    if r.low == "and" and t.scope == [] and i > 0 and _head_rx().fullmatch(r.toks[i - 1][1]) \
            and (r.toks[i - 1][1][0].isupper()
                 or (i > 1 and r.toks[i - 2][1].lower() in _DETERMINERS | _PERSONAL_POSSESSIVES)):
        t.start = r.toks[i - 1][0]
        r.in_title = False
        return i - 2
    return None


def _left_and_field(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """Two fields joined by "and" share the head: "security and forensic analyst"."""
    if r.low == "and" and len(t.field_words) == 1 and not t.scope and not t.office and i > 0 and r.in_title:
        w = r.toks[i - 1][1]
        low = w.lower()
        if low.isalpha() and len(low) > 2 and low not in _NOT_FIELD and not low.endswith(("ly", "ed")) \
                and w[:1].islower() and not _head_rx().fullmatch(w) \
                and not (low.endswith("ing") and low not in v.ing_fields):
            t.field_words.insert(0, f"{low} and")
            t.start = r.toks[i - 1][0]
            return i - 2
    return None


def _left_of_scope(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """An "of" between capitalised words is part of the scope: "Department of Corrections"."""
    if r.low == "of" and t.scope and i > 0 and r.toks[i - 1][1][0].isupper():
        t.scope.insert(0, r.w)
        return i - 1
    return None


def _left_field(r: _Leftward, i: int, t: _Title, v: Vocab) -> int | None:
    """Up to two words of the title's field next to it: "transport minister", "chief technology
    officer"; never a function word, a verb ("said police spokesman X", "hired attorney X") or an
    adverb, and a word in -ing only when it names a field ("marketing director")."""
    low = r.low
    if r.in_title and (r.cap or not r.title_case) and len(t.field_words) < 2 and _field_word(low) and len(low) > 2 \
            and low not in _NOT_FIELD and not low.endswith("ly") and not (low.endswith("ed") and low not in v.bodies) \
            and low not in v.engaging and not (low.endswith("ing") and low not in v.ing_fields):
        t.field_words.insert(0, low)
        t.start = r.s
        return i - 1
    return None


def _field_word(low: str) -> bool:
    """Letters, or words of letters joined by hyphens ("first-team coach", "cross-border envoy")."""
    return all(p.isalpha() for p in low.split("-"))


# in this order: the first step that reads a word reads it; a word none reads ends the phrase
_LEFT_STEPS = (_left_in_the_line, _left_opening, _left_possessive, _left_qualifier, _left_describing, _left_two_word_body,
               _left_office_word, _left_body, _left_ordinal, _left_capitalised, _left_and_title,
               _left_and_field, _left_of_scope, _left_field)


def _left(text: str, lo: int, pos: int, t: _Title, v: Vocab) -> None:
    """Read the words before a head, right to left: field and office words next to it, then
    scope words, then a qualifier and a determiner (the steps above). Stops at punctuation, a verb
    or a function word; the phrase's start moves to the first word kept."""
    # a title phrase is a dozen words at most: read no further back than that
    toks = _joined_possessives([(m.start(), m.group()) for m in _TOKEN.finditer(text, max(lo, pos - 160), pos)])[-16:]
    opening = lo + len(text[lo:pos]) - len(text[lo:pos].lstrip(QUOTE_OPENERS))
    r = _Leftward(toks, text[pos:pos + 1].isupper(), opening, text)
    i = len(toks) - 1
    while i >= 0 and toks[i][1][0].isalnum():
        r.at(i)
        for step in _LEFT_STEPS:
            nxt = step(r, i, t, v)
            if nxt is not None:
                break
        else:
            break
        i = nxt
    _tidy_scope(t, v)


def _tidy_scope(t: _Title, v: Vocab) -> None:
    """Drop an "of" that opens the scope with nothing before it ("of Corrections"), and give the
    words of office before the scope to the title ("Assistant Oakland County Prosecutor")."""
    while t.scope and t.scope[0].lower() == "of":
        t.scope.pop(0)
    while t.scope and t.scope[0].lower() in v.office_words and len(t.scope) > 1:
        t.office.append(t.scope.pop(0).lower())


# words that end an "of X" scope ("the governor of Lakeside Province said", "... of the army who")
# words of time end a scope: "chairman of the bank's board last year"
_TIME_WORDS = frozenset("""last this next year years month months week weeks day days ago yesterday today
tonight earlier later""".split())
_SCOPE_STOP = (_NOT_FIELD | _TIME_WORDS) - {"of", "the", "and", "in"}
_FIRST_AFTER = re.compile(r"\S")
_APPOSITION_END = re.compile(
    r"[ \t]*(?:[,.;:()\"\u201d\u2013\u2014]|$|[ \t]+-[ \t]|[ \t]+(?:said|says|told|tells|who|whose|was|is|has|had|have|will|would|"
    r"denied|added|confirmed|announced|stated|warned|accused|urged|called|insisted|explained|noted|"
    r"acknowledged|admitted|declined|refused|agreed|described|quoted|speaking|and|but|on|in|at|"
    # a time after the title: "X, general manager of Y since 2020, said", "took over as minister after the vote"
    r"since|after|until|to[ \t]+(?!the\b)(?-i:[a-z]+))\b"  # a verb after "to": "was named minister to replace X"
    # a participle phrase: "X, a Texas Ranger involved in the raid", "X, the lawyer representing Y"
    r"|[ \t]+(?-i:[a-z]+ed[ \t]+(?:in|to|with|by|for|at|on|from|under|as)|[a-z]{3,}ing)\b)")


_OF = re.compile(r"[ \t]+(?:of|for|to|at|with)[ \t]+(?:the[ \t]+)?")
_TO_VERB = re.compile(r"[ \t]+to[ \t]+$")  # "to" with no "the" after it
# a name set after a title may be followed by its body ("The school's principal, Ana Ruiz of Hill Academy")
_NAME_OF = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z]")


def _of_scope(text: str, pos: int, end: int, t: _Title, v: Vocab, lead: re.Pattern[str] = _OF) -> int:
    """Read "of/for/to/at [the] X" after the title into its scope (capitalised or body words) or
    its field (lower-case words of a portfolio: "minister of transport"); returns the new end. An
    "and", "of" or "&" between capitalised words goes on ("of the Bank of Lakeside", "of Hartmann &
    Sons"). "To" and a word in lower case is a verb, no scope ("named trade minister to replace X";
    "ambassador to the United Nations", "adviser to government" are scopes)."""
    m = lead.match(text, pos, end)
    if not m:
        return pos
    if _TO_VERB.match(m.group()) and (low := text[m.end():m.end() + 30].split(None, 1)[:1]) \
            and low[0].isalpha() and low[0].islower() and low[0] not in v.bodies:
        return pos
    words = _scope_words(text, m.end(), end, v)
    while words and words[-1].lower() in ("the", "and", "in", "of", "for", "&"):
        words.pop()
    if not words:
        return pos
    if len(words[-1]) > 3 and words[-1].endswith(".") and not re.search(r"[A-Z]\.[A-Z]", words[-1]):
        words[-1] = words[-1][:-1]  # the full stop of the sentence
    if _noun_further_on(text, words, m.end(), end, v):
        t.broken = True
        return pos
    # (positions can drift on double spaces: the last word's end is found in the text)
    real_end = text.find(words[-1], m.end(), end) + len(words[-1])
    if not any(w[0].isupper() or _NUMBER_NAME.fullmatch(w.rstrip(".")) for w in words) and not any(w.lower() in v.bodies for w in words) \
            or _capitalised_portfolio(t, words, v):
        t.field_words.extend(w.lower() for w in words if w.lower() not in ("the", "of", "and", "in"))
    else:
        t.scope.extend(words)
        t.of_scope = True
    return real_end


def _noun_further_on(text: str, words: list[str], start: int, end: int, v: Vocab) -> bool:
    """The scope's noun is further on than its words read so far: "leader of Syria's largest,
    ..." (a name may end so: "Pinecrest"; a describing word that is a body's noun ends it: "of
    the school district")."""
    last = words[-1].lower()
    return bool(_POSSESSIVE.match(words[-1]) and not _named_possessive(text, words, start, end)
                or (last in v.describing and last not in v.bodies)
                or (words[-1].islower() and last.endswith(("est", "ful", "ive"))))


def _scope_words(text: str, start: int, end: int, v: Vocab) -> list[str]:
    """The words of a scope or field from ``start`` (after "of", "for", "to", "at"), up to nine:
    capitalised words and their joiners ("the Bank of Lakeside", "Hartmann & Sons", "the Centre
    for Coastal Studies", "the Philadelphia 76ers"), lower-case words ending in a body ("the GSEE
    private sector union", "the board of directors"); a month, a verb or a stop word ends them."""
    toks = list(_TOKEN.finditer(text, start, end))
    words: list[str] = []
    stop = start
    for k, tm in enumerate(toks[:9]):
        w = tm.group()
        low = w.lower()
        if tm.end() <= stop:
            continue  # read with the word before it
        if tm.start() != stop and not text[stop:tm.start()].isspace():
            break
        nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
        if w == "&" and words and words[-1][:1].isupper() and nxt[:1].isupper():
            words.append(w)  # "of Hartmann & Sons"
            stop = tm.end()
            continue
        if not w[0].isalnum():
            break
        if low == "of" and words and words[-1].lower() in v.bodies and nxt.lower() in v.body_complements:
            words.extend((w, nxt))  # "the board of directors"
            stop = toks[k + 1].end()
            continue
        if low in ("and", "in", "of", "for") and not (nxt[:1].isupper() and words and nxt.lower().rstrip(".") not in _NOT_SCOPE
                                                      and (low != "for" or words[-1][:1].isupper())):
            break  # ("of Harbor Foods in May": a month is no place; "of the Centre for Coastal Studies" goes on)
        named = w[0].isupper() or bool(_NUMBER_NAME.fullmatch(w.rstrip(".")))  # ("the Philadelphia 76ers")
        if w.rstrip(".").isdigit() and len(w) <= 5 and words and words[-1][:1].isupper() \
                and not _POSSESSIVE.match(words[-1]) and (k + 1 >= len(toks) or not toks[k + 1].group()[:1].isalpha()):
            named = True  # a name's number closing it ("the owner of the Ekawat Nava 5,", "Apollo 11.")
            w = w.rstrip(".")
        if not named and low != "for" and (low in _SCOPE_STOP or low in _NOT_SCOPE - {"the", "of", "and", "in"}):
            break  # a capitalised word goes on ("Parents Against Road Danger")
        if not named and low not in ("the", "and", "in", "of", "for") and words and \
                (words[-1][0].isupper() or _NUMBER_NAME.fullmatch(words[-1].rstrip("."))) and low not in v.bodies \
                and not _POSSESSIVE.match(words[-1]):
            # "of Lakeside Province accused": a verb after the name of the scope; but lower-case
            # words that end in a body go on ("of the GSEE private sector union")
            body = _body_ahead(toks, k, v)
            if body is None:
                break
            words.extend(x.group() for x in toks[k:body + 1])
            stop = toks[body].end()
            break
        words.append(w)
        stop = tm.end()
    return words


def _capitalised_portfolio(t: _Title, words: list[str], v: Vocab) -> bool:
    """Whether the capitalised words after a head of a portfolio name the portfolio, as they do in
    lower case: common English words in the singular, no body nor country ("Minister for Culture X"
    is the culture minister, as "the minister of culture"; "Secretary of the Navy", "Minister of
    State" and "Minister of Ghana" keep their scope)."""
    if t.head.split()[-1] not in v.portfolio_heads:
        return False
    kept = [w.lower() for w in words if w.lower() not in ("and", "of", "the")]
    return bool(kept) and words[0].lower() != "the" and all(
        _common_singular(w) and w not in v.bodies and w not in v.body_names and w not in _countries() for w in kept)


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)\u2013\u2014]|$)")


def _named_possessive(text: str, words: list[str], start: int, end: int) -> bool:
    """Whether an "of/at X" scope that ends in a possessive is a name of its own, the possessive its
    last word and capitalised, closing the clause: "pastor of St. Brigid's," (a church), "manager
    at Dunn's." (a shop); "leader of Syria's largest party" goes on to its noun."""
    at = text.find(words[-1], start, end)
    return words[-1][:1].isupper() and at >= 0 and bool(_CLAUSE_END.match(text, at + len(words[-1]), end))


# a name that opens with a figure ("the 76ers", "the 49ers"); no ordinal ("the 20th century")
_NUMBER_NAME = re.compile(r"\d+(?!st\b|nd\b|rd\b|th\b)[A-Za-z]{2,}")


def _body_ahead(toks: list[re.Match], k: int, v: Vocab) -> int | None:
    """The index of a body noun ("union", "board", "company") that ends the lower-case words from
    token ``k`` on, two of them at most before it, with only single spaces between; no verb, function
    word or word in -ed, -ing, -ly among them. None when there is none."""
    for j in range(k, min(len(toks), k + 3)):
        w = toks[j].group()
        low = w.lower().rstrip(".")
        if j > k and toks[j].start() != toks[j - 1].end() + 1:
            return None
        if not w[:1].islower() or low in _NOT_FIELD or low.endswith(("ed", "ing", "ly")):
            return None
        if low in v.bodies or low in v.body_names:
            return j
    return None


def _title_at(text: str, m: re.Match, lo: int, hi: int, v: Vocab) -> _Title:
    head = " ".join(m.group("head").lower().split())
    end = m.end()
    if m.group("post") and m.group("head")[:1].islower() and m.group("post")[:1].isupper():
        end = m.end("head")  # a rank that opens the name: "Army chief General Ivo Rask"
    elif m.group("post"):
        head += " " + " ".join(m.group("post").lower().split())
    designate = "designate" in m.re.groupindex and m.group("designate")  # (a plural head has none)
    t = _Title(start=m.start(), end=end, head=head, qualifier="designate" if designate else None)
    if text[max(lo, m.start() - 5):m.start()].lower() == "vice-":
        t.start, t.head = m.start() - 5, "vice " + head  # "vice-chair" is the vice chair
    _left(text, lo, t.start, t, v)
    _named_object(text, lo, t, v)
    if t.det is None and not t.scope:
        before = _WORD_BEFORE.search(text, max(lo, t.start - 24), t.start)
        if before and before.group(1).lower() in v.engaging:
            t.det = "engaged"  # "re-hired longtime attorney X": the hirer's
    return t


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)[ \t]+$")
# verbs of naming: their object takes the title with no "as" ("named Ana Ruiz coach")
_NAMING = r"(?:named|names|name|appointed|appoints|appoint|elected|elects|elect|made|makes|make)"
_NAMING_VERB = re.compile(rf"\b{_NAMING}[ \t]+$")


def _named_object(text: str, lo: int, t: _Title, v: Vocab) -> None:
    """The capitalised words read as a title's scope are its holder when a verb of naming stands
    right before them ("The club named Maurice Cheeks coach", "Voters elected Ana Ruiz mayor of
    Lakeside"): the title is the object's, its scope only what follows it. ``t.det`` becomes
    "named" (the holder is said, as with a bare title before a name)."""
    if t.det is not None or t.of_scope:
        return
    if t.scope and _NAMING_VERB.fullmatch(t.scope[0].lower() + " "):
        # "Named Maurice Cheeks coach." opening a line: the capitalised verb was read as scope too
        t.start = text.index(t.scope[0], t.start) + len(t.scope[0])
        t.start = _FIRST_AFTER.search(text, t.start).start()
        t.scope = t.scope[1:]
    elif not _NAMING_VERB.search(text, max(lo, t.start - 16), t.start):
        return
    if not 2 <= len(t.scope) <= 4:
        return
    low = [w.lower().strip(".,") for w in t.scope]
    if low[-1] in v.body_names or any(w in v.bodies or w in _NOT_SCOPE for w in low):
        return
    name = " ".join(t.scope)
    if not text.startswith(name, t.start):
        return  # the words were read across a line break or a double space: leave them as scope
    t.named = (t.start, t.start + len(name))
    t.scope, t.det = [], "named"
    t.start = _FIRST_AFTER.search(text, t.named[1]).start()  # the title's own first word


# ---------------------------------------------------------------- rules

@dataclass
class _Mention:
    start: int
    end: int
    title: str
    name: str
    scope: frozenset[str]
    scope_words: str
    qualifier: str | None
    shared: bool


def _rule_title_name(text: str, t: _Title, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``[SCOPE] TITLE NAME``: a name right after the title ("Regional police inspector Hemi Walker")."""
    if t.of_scope or not re.match(r"[ \t]+\S", text[t.end:hi]):
        return None
    got = name_after(text, t.end + len(text[t.end:hi]) - len(text[t.end:hi].lstrip(" \t")), hi, v.honorifics)
    if got is None:
        return None
    _, n_start, n_end = got
    return t.start, n_start, n_end


_COMMA_AFTER = re.compile(r",[ \t]+")


def _name_after_link(text: str, t: _Title, hi: int, v: Vocab, link: re.Pattern[str]) -> tuple[int, int, int] | None:
    """The name right after the title and a ``link`` (a comma, "is"), as ``(start, name_start,
    name_end)``, or None."""
    m = link.match(text, t.end, hi)
    return name_after(text, m.end(), hi, v.honorifics) if m else None


def _rule_title_comma_name(text: str, t: _Title, hi: int, v: Vocab,
                           surnames: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    """``the/a/SCOPE's TITLE [of X], NAME`` closed by punctuation or a verb ("The governor of
    Lakeside Province, Amara Diallo, said"). A lone word is a name when the article writes it in
    full elsewhere (``surnames``: "Petra Kalnins" ... "The outgoing finance minister, Kalnins,")."""
    if not (t.det or t.scope):
        return None
    got = _name_after_link(text, t, hi, v, _COMMA_AFTER)
    if got is None:
        return None
    start, n_start, n_end = got
    if not _APPOSITION_END.match(text, n_end, hi) and not _NAME_OF.match(text, n_end, hi):
        return None
    if len(text[n_start:n_end].split()) < 2 and start == n_start and name_key(text[n_start:n_end]) not in surnames:
        return None  # "Public Relations Officer, Defence": a lone word after a comma is as often a place
    return t.start, n_start, n_end


_IS_AFTER = re.compile(r"[ \t]+(?:is|was|remains|remained|will[ \t]+be|has[ \t]+been)[ \t]+")
_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:[.;:!?\"\u201d]|,[ \t]+(?:who|whose|a|an|the)\b|$)")


def _rule_title_is_name(text: str, t: _Title, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``the/SCOPE's TITLE [of X] is NAME`` closing the clause: the name says who holds it ("The
    suspect's defense attorney is Jerome Fenton.", "The new head coach is Mike Brown.")."""
    if not (t.det in ("the", "'s") or t.pronoun):
        return None
    got = _name_after_link(text, t, hi, v, _IS_AFTER)
    if got is None:
        return None
    start, n_start, n_end = got
    if len(text[n_start:n_end].split()) < 2 or not _SENTENCE_CLOSE.match(text, n_end, hi):
        return None  # a lone word ("is Boston"), or a name that opens more ("is Ana Ruiz's job")
    return t.start, n_start, n_end


def _rule_name_comma_title(text: str, t: _Title, lo: int, hi: int, v: Vocab,
                           surnames: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    """``NAME, [the/a] TITLE [of X]`` closed by punctuation, a verb or a participle phrase ("Oren
    Falk, deputy executive director of Northwind Rail, said"; "X, a Texas Ranger involved in the
    raid"). A lone word is a name when the article writes it in full elsewhere (``surnames``:
    "Mark Felt" ... "Felt, an associate director at the FBI, said")."""
    before = text[max(lo, t.start - 2):t.start]
    bracket = before.endswith("(")  # "Sven Aaro (Norlandia's defence minister) signed"
    dash = before.endswith(("\u2013 ", "\u2014 ", "- ")) and text[max(lo, t.start - 3):t.start - 2] == " "
    if not before.endswith(", ") and not before.endswith(",\t") and not bracket and not dash:
        return None
    if not _APPOSITION_END.match(text, t.end, hi):
        return None
    if text[t.start].isupper() and not (t.det or t.scope or t.office or t.field_words):
        return None  # "..., King said": a bare capitalised word after a comma is a name itself
    age = _AGE_BETWEEN.search(text, max(lo, t.start - 12), t.start)  # "Ben Banky, 40, the CEO of X"
    name_end = age.start() if age else len(text[:t.start - 1].rstrip()) if bracket else \
        t.start - 3 if dash else t.start - 2  # ("Helena Marsh \u2014 the transport minister \u2014 said")
    got = name_before(text, max(lo, name_end - 80), name_end)
    if got is None:
        return None
    n_start, n_end = got
    start, n_start = _strip_ranks(text, n_start, n_end, v)
    words = text[n_start:n_end].split()
    if start == n_start:
        start = honorific_before(text, n_start, v.honorifics)
    if len(words) < 2 and start == n_start and name_key(words[0]) not in surnames:
        return None  # a lone capitalised word before a comma is as often a place as a person
    return start, n_start, n_end


_AGE_BETWEEN = re.compile(r",[ \t]*\d{1,3},[ \t]+$")
_COPULA_BEFORE = re.compile(
    r"[ \t]+(?:is|was|became|becomes|remains|remained|has[ \t]+been|had[ \t]+been|"
    r"(?:stays|stayed|stay|will[ \t]+stay|remains|remain|will[ \t]+remain)[ \t]+on[ \t]+as|"
    r"(?P<naming>(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be|(?:is|are)[ \t]+to[ \t]+be)[ \t]+(?:named|appointed|elected|re-?elected|installed|"
    r"promoted[ \t]+to|sworn[ \t]+in[ \t]+as)(?:[ \t]+as)?|"
    r"(?:named|appointed|elected)(?:[ \t]+as)?|"
    r"(?:took|takes|take|taking|will[ \t]+take|(?:is|are)[ \t]+to[ \t]+take)[ \t]+(?:over|office|charge)[ \t]+as|"
    r"(?:will|(?:is|are)[ \t]+to)[ \t]+become|"
    r"(?:serves|serving|will[ \t]+serve|(?:is|are)[ \t]+to[ \t]+serve|ha(?:s|ve)[ \t]+served)[ \t]+as|"
    r"(?P<served>(?:had[ \t]+)?served[ \t]+as)))[ \t]+(?:(?:the|its|their|his|her)[ \t]+)?"
    r"(?:(?:new|next|permanent|interim)[ \t]+)?$")
# a verb of the future: its holder takes the office later ("will take over as chair", "is to become")
_FUTURE = re.compile(r"^[ \t]+(?:will|(?:is|are)[ \t]+to)[ \t]+(?!(?:stay|remain)\b)")


def _rule_name_is_title(text: str, t: _Title, lo: int, hi: int, v: Vocab,
                        surnames: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    """``NAME is/became/was named [the] TITLE [of X]`` closed by punctuation or a verb ("Ada Lin
    became Kenya's transport minister."), the verb also in a clause on the name ("Ada Lin, who
    became mayor of Lakeside in 2019,"); "stays on as" holds it still; a verb of the future ("will
    take over as", "is to become") makes the incoming holder."""
    cop = _verb_before_title(text, t, lo, hi, _COPULA_BEFORE, lone=True)
    if cop is None:
        return None
    if not (t.det or t.scope or t.office or t.field_words or " " in t.head):
        if not cop.group("naming"):
            return None  # "X was mayor" says no more than "a mayor"; "X was prime minister" one office
        t.det = "named"  # a lone title after a verb of naming: "X was named coach on Monday"
    if cop.group("served") or (_PAST_COPULA.search(cop.group()) and _SPAN_CLOSED.match(text, t.end, hi)):
        t.qualifier = t.qualifier or "former"  # "X served as treasurer", "X was mayor from 2001 to 2009"
    elif _FUTURE.match(cop.group()):
        t.qualifier = t.qualifier or "incoming"  # "X is to take over as chair": the chair holds it still
    return _holder_before(text, lo, cop.start(), v, surnames=surnames)


def _holder_before(text: str, lo: int, verb: int, v: Vocab, words: int = 1,
                   surnames: frozenset[str] | None = None) -> tuple[int, int, int] | None:
    """The holder named before the verb at ``verb``: the name that opens its clause ("Ada Lin
    became", "Tom Hale, 54, became", "X, a Democrat, was elected"), or the name a clause in "who"
    follows, wherever it stands ("She replaced Martin Voss, who had been foreign minister",
    "Kai Lind, 51, who was"); with ``surnames``, a lone word before "who" only when the article
    writes it in full elsewhere ("Petra Kalnins ... Kalnins, who became"; "a deputy from the port
    of Selvik, who becomes trade minister" names a town)."""
    who = _WHO_BEFORE.search(text, max(lo, verb - 12), verb)
    at = who.start() if who else verb
    aside = (_ASIDE_BEFORE_WHO if who else _ASIDE_BEFORE).search(text, max(lo, at - 40), at)
    got = _subject_before(text, lo, aside.start() if aside else at, v, words, antecedent=who is not None)
    if got is not None and who and surnames is not None and len(text[got[1]:got[2]].split()) < 2 \
            and got[0] == got[1] and name_key(text[got[1]:got[2]]) not in surnames:
        return None
    return got


_PAST_COPULA = re.compile(r"^[ \t]+(?:was|were|had[ \t]+been)[ \t]+$")
_SPAN_CLOSED = re.compile(r"[ \t]+(?:from|until|till|between)\b", re.I)  # "was mayor from 2001 to 2009"
# an age or a short description set off by commas between a name and its verb
_ASIDE_BEFORE = re.compile(r",[ \t]*(?:\d{1,3}|an?[ \t]+(?-i:[A-Za-z-]+)(?:[ \t]+(?-i:[A-Za-z-]+))?),[ \t]*$")
_ASIDE_BEFORE_WHO = re.compile(r",[ \t]*(?:\d{1,3}|an?[ \t]+(?-i:[A-Za-z-]+)(?:[ \t]+(?-i:[A-Za-z-]+))?)$")  # (", who" follows)


_WHO_BEFORE = re.compile(r",[ \t]+who$")  # "Ada Lin, who became ..."


def _verb_before_title(text: str, t: _Title, lo: int, hi: int, verb: re.Pattern,
                       lone: bool = False) -> re.Match | None:
    """The ``verb`` right before a title that reads as one ("the mayor", "head coach of Y", not a
    lone "minister", unless ``lone``; "chief executive" is one), the title closed by punctuation or a verb."""
    if not (lone or t.det or t.scope or t.office or t.field_words or " " in t.head):
        return None
    m = verb.search(text, max(lo, t.start - 40), t.start)
    return m if m and (_APPOSITION_END.match(text, t.end, hi) or _WHEN_AFTER.match(text, t.end, hi)) else None


def _subject_before(text: str, lo: int, verb: int, v: Vocab, words: int = 1,
                    antecedent: bool = False) -> tuple[int, int, int] | None:
    """The name (of at least ``words`` words) that opens the clause of the verb at ``verb``, as
    ``(start, name_start, name_end)`` with an honorific before it ("It struggled until Ada Lin
    became ...": Ada Lin opens its clause); an ``antecedent`` of "who" may stand anywhere."""
    got = name_before(text, max(lo, verb - 80), verb)
    if got is None:
        return None
    n_start, n_end = got
    if len(text[n_start:n_end].split()) < words:
        return None
    start = honorific_before(text, n_start, v.honorifics)
    if n_start > lo and start == n_start and text[lo:n_start].strip() and not _CLAUSE_OPENING.search(text[lo:n_start]) \
            and not antecedent:
        return None
    return start, n_start, n_end


_CLAUSE_OPENING = re.compile(r"[,;:(\"\u201c][ \t]*$|\b(?:and|but|that|when|while|after|until|before|since|because|once)[ \t]+$")


# the holder named next to the title leaves it: "Hawks coach X was fired on Sunday", "Acme chief
# executive X resigned", "Varnia's finance minister, X, stepped down"; or is put out of it: "The Hawks fired coach X"
_LEAVES_AFTER = re.compile(
    r"(?:,[ \t]*\d{1,3})?,?[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:fired|dismissed|ousted|sacked|removed)|"
    r"resigned|resigns|stepped[ \t]+down|steps[ \t]+down|quit|quits|retired)\b")
_PUT_OUT_BEFORE = re.compile(r"\b(?:fired|dismissed|ousted|sacked|removed)[ \t]+$")


def _put_out(text: str, t: _Title, found: tuple[int, int, int], hi: int) -> bool:
    """Whether the holder, named right after the title, leaves it in the clause ("Hawks coach X
    was fired", "The Hawks fired coach X")."""
    _, n_start, n_end = found
    if n_start < t.start:  # "Ana Holm, the finance minister, resigned": the apposition's name leaves it
        return text[n_end:t.start].strip().startswith(",") and bool(_LEAVES_AFTER.match(text, t.end, hi)) \
            and text[t.end:t.end + 1] == ","
    return bool(_LEAVES_AFTER.match(text, n_end, hi) or _PUT_OUT_BEFORE.search(text, max(0, t.start - 16), t.start))


# a verb of leaving an office, its subject the holder that was: "X resigned as mayor of Y", "X has been
# fired as head coach of Y", "X stepped down as chief executive"
_LEFT_AS = re.compile(
    r"[ \t]+(?:resigned|resigns|retired|retires|quit|quits|stepped[ \t]+down|steps[ \t]+down|"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:fired|dismissed|ousted|removed|sacked|replaced))"
    r"[ \t]+as[ \t]+$")


def _rule_name_left_title(text: str, t: _Title, lo: int, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``NAME resigned/was fired/stepped down as TITLE [of X]``: the name held the title until then,
    a former holder ("Maurice Cheeks has been fired as head coach of the Philadelphia 76ers")."""
    left = _verb_before_title(text, t, lo, hi, _LEFT_AS)
    if left is None:
        return None
    found = _holder_before(text, lo, left.start(), v, words=2)  # a name of two words that opens its clause
    if found is not None:
        t.qualifier = t.qualifier or "former"
    return found


# a verb of taking another's place: "X succeeds Y as chairman", "X replaced Y as head coach of Z"
_SUCCEEDS_AS = re.compile(
    r"[ \t]+(?:succeeds|succeeded|replaces|replaced|will[ \t]+(?:succeed|replace))[ \t]+"
    r"(?P<name>(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3})[ \t]+as[ \t]+"
    r"(?:(?:the|its|their|his|her)[ \t]+)?(?:(?:new|next|permanent|interim)[ \t]+)?$")


def _rule_name_succeeds_as_title(text: str, t: _Title, lo: int, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``NAME succeeds/replaced OTHER as TITLE [of X]``: the name holds the title, the other is its
    former holder (``t.predecessor``): "Ana Ruiz, 45, succeeds Tom Hale as chairman of the board";
    one who "will succeed" another is its incoming holder, the other holds it still."""
    m = _SUCCEEDS_AS.search(text, max(lo, t.start - 120), t.start)
    if not m or not (_APPOSITION_END.match(text, t.end, hi) or _WHEN_AFTER.match(text, t.end, hi)):
        return None
    found = _holder_before(text, lo, m.start(), v)
    if found is None:
        return None
    if "will" in m.group():
        t.qualifier = t.qualifier or "incoming"  # "X will succeed Y as ...": Y holds it still
    else:
        t.predecessor = (m.start("name"), m.end("name"))
    return found


# "..., replacing Simon Ash", "..., who replaced Ana Ruiz,", "... to replace Tom Hale", "... in place of Tom Hale"
_REPLACING = re.compile(r",?[ \t]+(?:replacing|succeeding|who[ \t]+(?:replaced|replaces|succeeded|succeeds)|"
                        r"to[ \t]+(?:replace|succeed)|in[ \t]+place[ \t]+of)[ \t]+")


def _replacing_after(text: str, pos: int, hi: int, v: Vocab) -> tuple[int, int] | None:
    """The holder a title's new holder replaces, named right after the title and its holder: "The
    board appointed Greta Vollmer chief executive, replacing Simon Ash." (a name of two words
    closing the clause), or None."""
    m = _REPLACING.match(text, pos, hi)
    got = name_after(text, m.end(), hi, v.honorifics) if m else None
    if got is None or len(text[got[1]:got[2]].split()) < 2 or not _APPOSITION_END.match(text, got[2], hi):
        return None
    return got[1], got[2]


_TAKE_OVER_AS = re.compile(r"\b(?:took|takes|take|taking|taken|will[ \t]+take)[ \t]+over[ \t]+as[ \t]+$", re.I)
_FROM = re.compile(r"[ \t]+from[ \t]+")


def _taken_over_from(text: str, t: _Title, found: tuple[int, int, int], hi: int, v: Vocab) -> tuple[int, int] | None:
    """The holder one who "takes over as TITLE" takes it over from, named after "from" (a name of two
    words closing the clause): "Ana Ruiz takes over as chief executive from Tom Li in June" (Tom Li
    held it); "from" after any other title is no holder ("chief executive from 2010")."""
    if found[2] > t.start or not _TAKE_OVER_AS.search(text, max(0, t.start - 40), t.start):
        return None
    m = _FROM.match(text, t.end, hi)
    got = name_after(text, m.end(), hi, v.honorifics) if m else None
    if got is None or len(text[got[1]:got[2]].split()) < 2 or not _APPOSITION_END.match(text, got[2], hi):
        return None
    return got[1], got[2]


# "Y was replaced as coach by X": the name after "by" holds the title
_BY_AFTER = re.compile(r"[ \t]+by[ \t]+(?:(?:his|her|its|their|the)[ \t]+)?(?:(?-i:[a-z]+)[ \t]+){0,2}")
_REPLACED_AS = re.compile(r"[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+"
                          r"(?:replaced|succeeded)[ \t]+as[ \t]+(?:(?:the|its|their|his|her)[ \t]+)?$")


def _rule_replaced_as_title_by_name(text: str, t: _Title, lo: int, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``OTHER was replaced as TITLE by [assistant] NAME``: the name after "by" holds the title, the
    subject held it before ("Cheeks was replaced as coach by assistant Tony DiLeo")."""
    rep = _REPLACED_AS.search(text, max(lo, t.start - 40), t.start)
    by = _BY_AFTER.match(text, t.end, hi) if rep else None
    if by is None:
        return None
    got = name_after(text, by.end(), hi, v.honorifics)
    if got is None or len(text[got[1]:got[2]].split()) < 2 or not _APPOSITION_END.match(text, got[2], hi):
        return None
    before = name_before(text, max(lo, rep.start() - 80), rep.start())
    if before is not None:
        t.predecessor = before
    if not (t.det or t.scope or t.office or t.field_words):
        t.det = "named"  # a lone title, the holder said: keyed on the holder
    return got


# a verb of choosing, its object the holder: "Obama chose Ana Ruiz as surgeon general", "tapped X to
# be its next coach", "hired X as its new anchor"
_CHOSE_AS = re.compile(
    r"\b(?:named|names|name|appointed|appoints|appoint|chose|chosen|chooses|choose|picked|picks|pick|"
    r"tapped|taps|tap|selected|selects|select|nominated|nominates|nominate|hired|hires|hire|installed|"
    r"promoted|promotes|elected)[ \t]+"
    r"(?P<name>(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3})[ \t]+"
    r"(?:as|to[ \t]+be(?:come)?|to[ \t]+serve[ \t]+as)[ \t]+(?:(?:the|its|their|his|her|a|an)[ \t]+)?"
    r"(?:(?:new|next|permanent)[ \t]+)?$")


# a verb of naming whose object takes the title with no "as": "named Ana Ruiz coach", "appointed
# Omar Reyes the bank's chief executive"
_NAMED = re.compile(
    rf"\b{_NAMING}[ \t]+"
    r"(?P<name>(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3})[ \t]+"
    r"(?:(?:the|its|their|his|her)[ \t]+)?(?:(?:new|next|permanent|interim)[ \t]+)?$")
# a time after the title of one so chosen: "hired X as head coach last week", "named X coach on Tuesday"
_WHEN_AFTER = re.compile(r"[ \t]+(?:last|this|next|yesterday|today|tonight|earlier|since|from|until|till|between|"
                         r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def _rule_chose_name_as_title(text: str, t: _Title, lo: int, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``VERB NAME as/to be [the/its] [new] TITLE`` (or, after a verb of naming, ``VERB NAME [the]
    TITLE``) closed by punctuation, a verb or a time: the object of a verb of choosing holds the
    title ("The board named Ana Ruiz as chief executive", "Obama chose Omar Reyes to be surgeon
    general", "The club named Tom Reyes coach on Tuesday")."""
    if t.named is not None:
        if not (_APPOSITION_END.match(text, t.end, hi) or _WHEN_AFTER.match(text, t.end, hi)):
            return None
        return t.named[0], t.named[0], t.named[1]
    m = _CHOSE_AS.search(text, max(lo, t.start - 120), t.start) or _NAMED.search(text, max(lo, t.start - 120), t.start)
    if not m or not (_APPOSITION_END.match(text, t.end, hi) or _WHEN_AFTER.match(text, t.end, hi)):
        return None
    n_start, n_end = m.start("name"), m.end("name")
    if text[n_start:n_end].split()[0].lower() in v.heads or len(text[n_start:n_end].split()) < 2:
        return None  # a lone capitalised word is as often a body or a place as a person
    if not (t.det or t.scope or t.office or t.field_words):
        t.det = "named"  # a lone title, the holder chosen for it: "named Ana Ruiz as chairwoman"
    return n_start, n_start, n_end


def _rule_title_of_name(text: str, t: _Title, title_end: int, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """``TITLE of/for PORTFOLIO NAME`` with no comma, the title in capitals: the "of X" scope read
    whole ends in the holder's name ("Minister of Transport Elena Marsh said", "Director of Public
    Prosecutions Kieran Walsh", "Speaker of the House Laura Petit"). The name is what follows an
    honorific in the scope ("Minister of Health Dr. Amal Nasser"), else its last two words (an
    initial between them kept: "Elena R. Marsh"), and then the portfolio before them must end in a
    common word, a body's or an acronym ("Transport", "Affairs", "Authority", "FC"), never a place
    ("President of Costa Rica Luis Solis" is left unread); the name's words are no title, body,
    place or people, and none is in capitals ("the next coach of Santa Lucia FC" names no coach)."""
    if not t.of_scope or len(t.scope) < 3 or t.broken or not text[:title_end].rsplit(None, 1)[-1][:1].isupper():
        return None
    toks = [m for m in _TOKEN.finditer(text, title_end, t.end) if m.group()[:1].isalnum()]
    words = [m.group() for m in toks]
    if not words or words[-1] != t.scope[-1]:
        return None
    cut = next((k + 1 for k in range(1, len(words) - 1) if words[k].lower().rstrip(".") in v.honorifics
                and words[k][:1].isupper() and words[k + 1][:1].isupper()), None)
    if cut is None:
        cut = len(words) - (3 if len(words) > 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2)
        last = words[cut - 1].lower()
        if not (last.isalpha() and (simplemma.is_known(last, lang="en") or last in v.body_names
                                    or words[cut - 1].isupper())) \
                or last in _GEO_WORDS or last in _NOT_SCOPE or last in v.demonyms:
            return None
    name, portfolio = words[cut:], words[:cut]
    while portfolio and portfolio[-1].lower().rstrip(".") in v.honorifics | {"the", "of", "and", "for"}:
        portfolio.pop()
    if not any(w.lower() not in ("of", "for", "the", "and") for w in portfolio) or len(name) < 2 \
            or not all(w[:1].isupper() for w in name):
        return None
    low = [w.lower().rstrip(".") for w in name]
    if any(w in v.heads or w in v.bodies or w in v.body_names or w in _GEO_WORDS or w in v.demonyms
           or w in _NOT_SCOPE for w in low) or any(len(w) > 1 and w.isupper() for w in name):
        return None
    n_start, n_end = toks[cut].start(), toks[-1].end()
    if words[-1].endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]):
        n_end -= 1  # the sentence's full stop
    start = honorific_before(text, n_start, v.honorifics)
    t.scope = t.scope[:len(t.scope) - (len(words) - len(portfolio))]
    if _capitalised_portfolio(t, t.scope, v):  # ("Minister for Culture X": the culture minister)
        t.field_words.extend(w.lower() for w in t.scope if w.lower() not in ("of", "and"))
        t.scope, t.of_scope = [], False
    t.end = toks[len(portfolio) - 1].end()
    return start, n_start, n_end


@lru_cache(maxsize=1)
def _plural_head_rx() -> re.Pattern[str]:
    """A head in the plural ("reporters", "senators", "coaches"): the group ``head`` is the singular
    (and ``post``, which :func:`_title_at` reads, never matches: no word follows a plural head)."""
    v = vocab()
    heads = {h for h in v.heads | v.representatives if " " not in h and not h.endswith(("s", "man", "woman"))}
    return re.compile(rf"(?<![\w'\u2019.-])(?P<head>{_alt(heads)})(?:e?s)(?P<post>(?!))?(?![\w'\u2019-])", re.I)


_LIST_JOIN = re.compile(r",|[ \t]+and[ \t]+")
_NAME_JOIN = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _rule_plural_title_names(text: str, m: re.Match, lo: int, hi: int, v: Vocab) -> list[_Mention]:
    """``[SCOPE] TITLES NAME, NAME and NAME``: each name holds the title ("Post reporters Bob Lane
    and Carl Weir", "Ministers Ana Pell and Bo Lind"). Several hold it at once, so each claim's key
    names its holder; but a name followed by its own body or place holds the title of that one
    ("Mayors Jane Ott of Fernley and Mark Duval of Ashgrove": each its town's mayor)."""
    t = _title_at(text, m, lo, hi, v)
    if t.broken or not re.match(r"[ \t]+[A-Z]", text[t.end:hi]):
        return []
    names: list[tuple[int, int, _Title]] = []
    pos, joined = t.end + len(text[t.end:hi]) - len(text[t.end:hi].lstrip(" \t")), False
    while len(names) < 6:
        got = name_after(text, pos, hi, v.honorifics)
        if got is None or len(text[got[1]:got[2]].split()) < 2:
            break  # two words at least: "Bob Lane", not a lone capital
        title = _Title(start=t.start, end=t.end, head=t.head, scope=list(t.scope), det=t.det,
                       office=list(t.office), field_words=list(t.field_words), qualifier=t.qualifier)
        after = got[2]
        if not t.scope and _NAME_OF.match(text, got[2], hi):
            own = _Title(start=t.start, end=got[2], head=t.head)
            nxt = _LIST_JOIN.search(text, got[2], hi)  # ("of Ashgrove and Lucy Pham": the list goes on)
            after = _of_scope(text, got[2], nxt.start() if nxt else hi, own, v, _OF_NAME_LEAD)
            if own.of_scope and own.scope and not own.broken:
                title.scope, title.of_scope, title.end = own.scope, True, after
            else:
                after = got[2]
        names.append((got[1], got[2], title))
        if joined:
            break
        j = _NAME_JOIN.match(text, after, hi)
        if j is None:
            break
        joined = "and" in j.group()
        pos = j.end()
    if len(names) < 2 or not joined or 0 < sum(x[2].of_scope for x in names) < len(names):
        return []  # each name with its own body, or none
    out = []
    for n_start, n_end, title in names:
        mention = _mention(text, title, t.start, n_start, n_end, v, listed=True)
        if mention is not None:
            mention.shared = not title.of_scope
            out.append(mention)
    return out


@lru_cache(maxsize=1)
def _of_outlet_rx() -> re.Pattern[str]:
    """``NAME of [the] OUTLET`` before a verb of reporting, or after "according to"."""
    name = r"(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})"
    outlet = rf"(?-i:(?:[A-Z][\w.&'\u2019-]*[ \t]+){{0,3}}(?i:{_alt(vocab().news_outlets)}))"
    report = (r"(?:reported|reports|wrote|writes|said|says|noted|notes|heard|hears|believes|tweeted|added|adds|"
              r"told|tells|first[ \t]+reported)")
    return re.compile(rf"(?P<lead>according[ \t]+to[ \t]+)?(?P<name>{name})[ \t]+of[ \t]+(?:the[ \t]+)?(?P<outlet>{outlet})\b"
                      rf"(?:\.[ \t]*com\b)?(?P<after>[ \t]+{report}\b|,)?", re.I)


def _rule_name_of_outlet(text: str, m: re.Match, v: Vocab) -> list[_Mention]:
    """``NAME of [the] OUTLET`` reporting ("Ken Rosenthal of Fox Sports reports", "according to
    Michael Silverman of the Boston Herald,"): the outlet's reporter, one of many (the key names
    the holder). "Ana Ruiz of Boston said" names no outlet and is none."""
    if not (m.group("after") and (m.group("lead") or m.group("after").strip() != ",")):
        return []
    name = " ".join(m.group("name").split())
    if name.split()[0].lower() in v.heads or name.split()[0].lower() in _NOT_SCOPE:
        return []
    outlet = " ".join(m.group("outlet").split())
    return [_Mention(m.start("name"), m.end("outlet"), "reporter", name, _scope_key(outlet, v), outlet, None, True)]


def _strip_ranks(text: str, n_start: int, n_end: int, v: Vocab) -> tuple[int, int]:
    """A name read backwards may open with a body and a rank ("Army General Ana Ruiz"): they stay
    in the claim's words but not in the name. Returns (claim start, name start)."""
    start = n_start
    while True:
        m = re.match(r"(\S+)[ \t]+(?=\S)", text[n_start:n_end])
        if not m or len(text[n_start + m.end():n_end].split()) < 1:
            return start, n_start
        word = m.group(1).lower().rstrip(".")
        if word not in v.honorifics and word not in v.bodies:
            return start, n_start
        n_start += m.end()


@lru_cache(maxsize=1)
def _who_heads_rx() -> re.Pattern[str]:
    verbs = vocab().verbs_of_office
    return re.compile(rf",[ \t]+who[ \t]+(?:(?:now|currently|still|also)[ \t]+)?(?:(?P<aux>has|have|had)[ \t]+)?"
                      rf"(?P<verb>{_alt(verbs)})(?=[ \t]+(?:the[ \t]+)?[A-Za-z])")


_AFTER_VERB = re.compile(r"[ \t]+(?:the[ \t]+)?")
# where the body is run from, after its name: a phrase of place up to the end of the apposition
_PLACE_TAIL = re.compile(r"[ \t]+(?:out[ \t]+of|from|in|at|on|near)[ \t]+[^,;:.()\"]{1,80}?(?=[ \t]*[,;:)])")
# how long, after the body: "who had run the bureau for 48 years,", "who has led it since 2005,"
_SPAN_TAIL = re.compile(r"[ \t]+(?:for|since)[ \t]+[^,;:.()\"]{1,40}?(?=[ \t]*[,;:)])")


def _rule_name_who_heads(text: str, m: re.Match, lo: int, hi: int, v: Vocab,
                        surnames: frozenset[str] = frozenset()) -> _Mention | None:
    """``NAME, who heads/leads/chairs [the] X`` -- "Ana Ruiz, who heads the Harbour Board,": the
    verb names the title (head, leader, chair); in the past tense ("who led", "who had run") the
    holder is a former one, in the perfect ("who has led the firm since 2005") a current one. A
    lone word is a name when the article writes it in full elsewhere (``surnames``: "Ana Ruiz" ...
    "Ruiz, who chairs the board,")."""
    verb = m.group("verb").lower()
    title, past = v.verbs_of_office[verb]
    aux = (m.group("aux") or "").lower()
    past = aux == "had" or (past and not aux)
    t = _Title(start=m.start(), end=m.end(), head=title)
    t.end = _of_scope(text, m.end(), hi, t, v, _AFTER_VERB)
    tail = _PLACE_TAIL.match(text, t.end, hi) or _SPAN_TAIL.match(text, t.end, hi)  # "who runs Intarsia Design out of a heritage home,"
    if not t.scope or not (_APPOSITION_END.match(text, t.end, hi) or (tail and _APPOSITION_END.match(text, tail.end(), hi))):
        return None
    got = name_before(text, max(lo, m.start() - 80), m.start())
    if got is None:
        return None
    n_start, n_end = got
    start, n_start = _strip_ranks(text, n_start, n_end, v)
    if start == n_start:
        start = honorific_before(text, n_start, v.honorifics)
    if len(text[n_start:n_end].split()) < 2 and start == n_start and name_key(text[n_start:n_end]) not in surnames:
        return None
    t.start = start
    t.qualifier = "former" if past else None
    return _mention(text, t, start, n_start, n_end, v)


@lru_cache(maxsize=1)
def _led_by_rx() -> re.Pattern[str]:
    past = [w for w, (_, was) in vocab().verbs_of_office.items() if was]
    return re.compile(rf"\b(?P<det>the|a|an|its|their)[ \t]+(?P<body>(?:[\w'\u2019-]+[ \t]+){{0,3}}?[\w'\u2019-]+)"
                      rf"(?:,[ \t]+(?:which|that)[ \t]+(?:is|has[ \t]+been)|,|[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be))?"  # "the board, which is chaired by X", "the inquiry was led by X"
                      rf"[ \t]+(?:(?:now|currently|then|long|once)[ \t]+)?(?P<verb>{_alt(past)})[ \t]+by[ \t]+", re.I)


_DESCRIBING_WORD = re.compile(r"(?:[a-z][a-z-]*|[A-Z][\w'\u2019]*-(?:born|based))[ \t]+")


_THE_DESCRIBING = re.compile(r"(?:the|a|an)[ \t]+(?=[a-z])")


def _past_describing(text: str, pos: int, hi: int) -> int:
    """Where the name starts after up to three words that describe its bearer, "the" or "a" before
    them: "led by businessman Ana Ruiz", "fronted by Lisbon-born investor Ana Ruiz", "hosted by the
    comedian Ana Ruiz" (no other function word; "led by the Ruiz family" stays as it is). ``pos``
    itself when no name follows them."""
    at = pos
    if (the := _THE_DESCRIBING.match(text, pos, hi)) is not None:
        at = the.end()  # ("hosted by the comedian Ana Ruiz")
    for _ in range(3):
        m = _DESCRIBING_WORD.match(text, at, hi)
        if not m or m.group().split()[0].lower() in _NOT_FIELD | _TIME_WORDS:
            break
        at = m.end()
        if text[at:at + 1].isupper():
            return at
    return pos


def _rule_led_by(text: str, m: re.Match, hi: int, v: Vocab) -> _Mention | None:
    """``the/a X[, which is | was] led/headed/chaired by [DESCRIBING] NAME`` -- "the ownership group led by
    Ana Ruiz", "a panel chaired by Omar Reyes", "the board, which is chaired by Ana Ruiz,", "a
    consortium led by businessman Ana Ruiz": the participle names the title (leader, head, chair) and the noun
    phrase before it the body, which must end in a noun of a body (``bodies``, ``body_names``)."""
    body = m.group("body").split()
    last = body[-1].lower()
    if not ({last, last.removesuffix("s")} & (v.bodies | v.body_names)):
        return None
    got = _full_name_after_by(text, m, hi, v)
    if got is None:
        return None
    start, n_start, n_end = got
    title = v.verbs_of_office[m.group("verb").lower()][0]
    t = _Title(start=m.start(), end=m.end("body"), head=title, scope=body, det=m.group("det").lower(),
               of_scope=True)
    return _mention(text, t, m.start(), n_start, n_end, v)


def _full_name_after_by(text: str, m: re.Match, hi: int, v: Vocab) -> tuple[int, int, int] | None:
    """The name after "led by", "directed by" (past the words that describe it: "businessman Ana
    Ruiz"), of two words at least: a lone capitalised word after "by" is as often a place or a body."""
    got = name_after(text, _past_describing(text, m.end(), hi), hi, v.honorifics)
    if got is None or len(text[got[1]:got[2]].split()) < 2:
        return None
    return got


@lru_cache(maxsize=1)
def _made_by_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:(?P<quoted>[\"\u201c](?P<work>[^\"\u201c\u201d\n]{{1,60}}?),?[\"\u201d])|\b(?:the|a|an|its|their|his|her)"
                      rf"[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,2}}?(?P<noun>[\w-]+)),?[ \t]+"
                      rf"(?:(?:is|was|are|were|will[ \t]+be|has[ \t]+been|had[ \t]+been)[ \t]+)?"
                      rf"(?P<verb>{_alt(vocab().makers)})[ \t]+by[ \t]+", re.I)


def _rule_made_by(text: str, m: re.Match, hi: int, v: Vocab) -> _Mention | None:
    """``"WORK"[,] directed/produced/hosted by [DESCRIBING] NAME`` or ``the NOUN [was] hosted by
    NAME``: the participle names the maker's title (``makers``: director, producer, host), of a work
    named in quotes (its scope: "'Salt Harbour', directed by Ana Ruiz") or told by a noun of a work
    or an event (``works``: "the ceremony was hosted by comedian Ana Ruiz", keyed on the holder:
    one of many ceremonies). Another noun makes none ("a letter written by X")."""
    if m.group("noun") and m.group("noun").lower() not in v.works:
        return None
    got = _full_name_after_by(text, m, hi, v)
    if got is None:
        return None
    start, n_start, n_end = got
    t = _Title(start=m.start(), end=m.end("verb"), head=v.makers[m.group("verb").lower()])
    if m.group("quoted"):
        t.scope, t.of_scope = m.group("work").split(), True
    else:
        t.det = "named"  # one work of many: keyed on the holder
    return _mention(text, t, m.start(), n_start, n_end, v)


# ---------------------------------------------------------------- the driver

_REACH = 300  # characters around a head where its title, scope and holder are read

def extract_roles(article: Article, settings: Settings) -> list[Claim]:
    """Role claims of ``article``: one per title next to a holder's name (:func:`_title_mentions`),
    per plural title before names, per name of an outlet's staff, per "who heads", "led by" and a
    work's "directed by" (:func:`_other_mentions`), and per deputy of a holder read."""
    text = article.text
    v = vocab()
    sentences = sentence_index(text)
    surnames = article_surnames(text)
    mentions = _title_mentions(article, sentences, surnames, v)
    mentions.extend(_other_mentions(article, sentences, surnames, v))
    mentions.extend(_deputies(text, article, mentions, sentences, v))
    return _claims(article, mentions, sentences)


def _title_mentions(article: Article, sentences: SentenceIndex, surnames: frozenset[str], v: Vocab) -> list[_Mention]:
    """One mention per title of the vocabulary next to its holder's name, by the first rule of
    :func:`_holder_of` that reads one; a title before "and" lends its scope and holder to the next
    ("Harbor Foods president and CEO X"), and a holder named inside a scope holds an office of its
    own ("X, a spokesman for Texas Attorney General Greg Abbott")."""
    text = article.text
    mentions: list[_Mention] = []
    headline: dict[int, bool] = {}  # line start -> whether the line is a Title Case headline
    taken_until = -1
    coordinated: tuple[int, _Title, tuple[int, int, int] | None] | None = None  # a title before "and", its holder
    for m in _head_rx().finditer(text, article.body_start):
        if m.start() < taken_until or article.in_furniture(m.start()):
            continue
        m = _post_head_of_last_word(text, m, v)
        window = _title_window(text, m, sentences, headline, v)
        if window is None:
            continue
        lo, hi = window
        t = _title_at(text, m, lo, hi, v)
        title_end = t.end
        _qualifier_and_scope(text, m, t, hi, v)
        # the title before "and" ("Harbor Foods president and CEO X"): its scope and holder are this one's too
        prev = coordinated if coordinated is not None and _AND.fullmatch(text, coordinated[0], t.start) else None
        coordinated = None
        if prev is not None and not t.scope and prev[1].scope:
            t.scope, t.of_scope = list(prev[1].scope), prev[1].of_scope
        found = _holder_of(text, t, title_end, lo, hi, v, surnames)
        if found is None and prev is not None and prev[2] is not None:
            found = prev[2]  # "X, president and chief executive of Y": X holds both
        if found is not None and not t.scope and found[1] >= t.end:
            _scope_after_name(text, found[2], hi, t, v)  # "Mayor Dana Ortiz of Riverton"
        if found is not None and prev is not None and prev[2] is None:
            earlier = _mention(text, prev[1], min(prev[1].start, found[0]), found[1], found[2], v)
            if earlier is not None:
                mentions.append(earlier)  # "Harbor Foods president and CEO X": X is president too
        if _AND.match(text, title_end):
            coordinated = (title_end, t, found)
        if found is None:
            continue
        if (before := _predecessor(text, t, found, hi, v)) is not None:
            mentions.append(before)
        if t.qualifier is None and _put_out(text, t, found, hi):
            t.qualifier = "former"  # "Hawks coach X was fired on Sunday", "The Hawks fired coach X"
        mention = _mention(text, t, *found, v)
        if mention is not None:
            mentions.append(mention)
            # a holder inside the scope holds an office of its own ("X, a spokesman for Texas
            # Attorney General Greg Abbott"): the titles after this one's are read too
            taken_until = title_end if found[1] < t.start else mention.end
    return mentions


def _title_window(text: str, m: re.Match, sentences: SentenceIndex, headline: dict[int, bool],
                  v: Vocab) -> tuple[int, int] | None:
    """Where the words of the title at ``m`` may lie (its sentence, within :data:`_REACH`; "Dist.
    Atty. X" ends no sentence), or None for a title in a Title Case headline (``headline`` keeps
    each line's answer) or one followed by another head, whose scope it is ("Burger King CEO")."""
    lo, hi = sentences.around(m.start())
    if text[m.end() - 1] == "." and hi <= m.end() + 1 < len(text):
        hi = sentences.around(min(len(text) - 1, m.end() + 1))[1]
    lo, hi = max(lo, m.start() - _REACH), min(hi, m.end() + _REACH)
    line = text.rfind("\n", 0, m.start()) + 1
    if line not in headline:
        headline[line] = _title_case_line(text, m.start())
    if headline[line]:
        return None
    nxt = _head_rx().match(text, m.end() + len(text[m.end():hi]) - len(text[m.end():hi].lstrip(" \t")), hi)
    if nxt and nxt.group()[:1].isupper() == m.group()[:1].isupper() and nxt.start() > m.end() \
            and nxt.group().lower() not in v.honorifics:
        return None
    return lo, hi


def _qualifier_and_scope(text: str, m: re.Match, t: _Title, hi: int, v: Vocab) -> None:
    """Complete title ``t`` read at ``m``: a qualifier glued before it ("then-governor X",
    "ex-minister X": the holder that was) or to its scope's first word ("Ex-league chief X"), and
    its scope after it ("professor of law at Lakeside University": field, then scope; "president
    and chief executive of Harbor Foods": the next title's scope)."""
    glued = _GLUED_QUALIFIER.search(text, max(0, m.start() - 6), m.start())
    if glued:
        t.qualifier, t.start = t.qualifier or glued.group(1).lower(), glued.start()
    elif t.scope and (glued := _GLUED_QUALIFIER_FIRST.match(t.scope[0])):
        t.qualifier = t.qualifier or glued.group(1).lower()
        t.scope[0] = t.scope[0][glued.end():]
    end = _of_scope(text, t.end, hi, t, v)
    if end > t.end and not t.of_scope and not t.broken:
        end = _of_scope(text, end, hi, t, v)
    t.end = end
    if not t.scope and not t.of_scope:
        _scope_of_the_next(text, t, hi, v)


def _holder_of(text: str, t: _Title, title_end: int, lo: int, hi: int, v: Vocab,
               surnames: frozenset[str]) -> tuple[int, int, int] | None:
    """The holder's name of title ``t`` by the first rule that reads one, in order: "Title Name",
    "title, Name", "Name, title", "Name is title", "chose Name as title", "Name left as title",
    "the title is Name", "Name succeeds ... as title", "replaced as title by Name", "title of Name"."""
    return _rule_title_name(text, t, hi, v) or _rule_title_comma_name(text, t, hi, v, surnames) \
        or _rule_name_comma_title(text, t, lo, hi, v, surnames) or _rule_name_is_title(text, t, lo, hi, v, surnames) \
        or _rule_chose_name_as_title(text, t, lo, hi, v) or _rule_name_left_title(text, t, lo, hi, v) \
        or _rule_title_is_name(text, t, hi, v) or _rule_name_succeeds_as_title(text, t, lo, hi, v) \
        or _rule_replaced_as_title_by_name(text, t, lo, hi, v) or _rule_title_of_name(text, t, title_end, hi, v)


def _predecessor(text: str, t: _Title, found: tuple[int, int, int], hi: int, v: Vocab) -> _Mention | None:
    """"X succeeds Y as chairman", "X takes over as chairman from Y": Y held the title before (a
    former holder's mention)."""
    if t.predecessor is None and t.qualifier is None:
        t.predecessor = _replacing_after(text, max(t.end, found[2]), hi, v) or _taken_over_from(text, t, found, hi, v)
    if t.predecessor is None:
        return None
    return _mention(text, replace(t, qualifier="former", scope=list(t.scope)), t.predecessor[0], *t.predecessor, v)


def _other_mentions(article: Article, sentences: SentenceIndex, surnames: frozenset[str], v: Vocab) -> list[_Mention]:
    """Mentions read from other shapes than a title beside a name: a plural title before names
    ("ministers X and Y"), an outlet's staff ("X of the Herald"), "X, who heads the agency", "the
    bid, led by X", "'Salt Harbour', directed by X"."""
    text = article.text
    mentions: list[_Mention] = []
    for m in _plural_head_rx().finditer(text, article.body_start):
        if article.in_furniture(m.start()) or _title_case_line(text, m.start()):
            continue
        lo, hi = sentences.around(m.start())
        mentions.extend(_rule_plural_title_names(text, m, max(lo, m.start() - _REACH), min(hi, m.end() + _REACH), v))
    for m in _of_outlet_rx().finditer(text, article.body_start):
        if not article.in_furniture(m.start()) and not _title_case_line(text, m.start()):
            mentions.extend(_rule_name_of_outlet(text, m, v))
    for m in _who_heads_rx().finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        lo, hi = sentences.around(m.start())
        mention = _rule_name_who_heads(text, m, max(lo, m.start() - _REACH), min(hi, m.end() + _REACH), v, surnames)
        if mention is not None:
            mentions.append(mention)
    for m in _led_by_rx().finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        mention = _rule_led_by(text, m, min(sentences.around(m.start())[1], m.end() + _REACH), v)
        if mention is not None:
            mentions.append(mention)
    for m in _made_by_rx().finditer(text, article.body_start):
        if not article.in_furniture(m.start()):
            mention = _rule_made_by(text, m, min(sentences.around(m.start())[1], m.end() + _REACH), v)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _post_head_of_last_word(text: str, m: re.Match, v: Vocab) -> re.Match:
    """A spelling of many words read with a post-head that makes a title of its last word only is
    that title, the words before it its scope: "the state's attorney general" is the state's
    attorney general (not a "state's attorney" with "general" after it)."""
    head, post = m.group("head"), m.group("post")
    if not post or " " not in head.strip():
        return m
    last = head.split()[-1]
    whole = " ".join(f"{head} {post}".lower().split())
    if whole in v.spellings or " ".join(f"{last} {post}".lower().split()) not in v.spellings:
        return m
    return _head_rx().match(text, m.start() + head.rindex(last)) or m


# "his deputy, Tara Singh", "her deputy Kofi Boateng", "Hale's deputy, Tara Singh"
_DEPUTY = re.compile(r"\b(?:(?P<pron>his|her)|(?P<owner>[A-Z][\w-]*)['\u2019]s)[ \t]+deputy(?:,[ \t]+|[ \t]+(?=[A-Z]))")


def _deputies(text: str, article: Article, mentions: list[_Mention], sentences, v: Vocab) -> list[_Mention]:
    """``TITLE NAME ... his/her deputy[,] NAME`` or ``NAME's deputy, NAME``: the deputy of the
    holder named before holds the deputy's office of the same title and scope ("Mayor Owen Hale and
    his deputy, Tara Singh", "Mayor Owen Hale's deputy, Tara Singh": Singh is deputy mayor). The
    holder is the last one named before in the sentence, with no other name between (with "NAME's",
    the one of that name); his title must be no deputy's already, and held now."""
    out = []
    for m in _DEPUTY.finditer(text, article.body_start):
        if article.in_furniture(m.start()):
            continue
        lo, hi = sentences.around(m.start())
        before = [mm for mm in mentions if lo <= mm.start and mm.end <= m.start() + (len(m.group("owner")) if m.group("owner") else 0)
                  and not mm.title.startswith(("deputy", "vice")) and mm.qualifier is None]
        if m.group("owner"):
            before = [mm for mm in before if _last_name(mm.name) == name_key(m.group("owner"))]
        if not before:
            continue
        boss = max(before, key=lambda mm: mm.end)
        if m.group("pron") and re.search(r"\b[A-Z]", text[boss.end:m.start()]):
            continue  # another name between: "Mayor Owen Hale met Ana Ruiz and her deputy"
        got = name_after(text, m.end(), hi, v.honorifics)
        if got is None or len(text[got[1]:got[2]].split()) < 2:
            continue
        name = " ".join(text[got[1]:got[2]].split())
        out.append(_Mention(m.start("pron") if m.group("pron") else m.start("owner"), got[2], f"deputy {boss.title}", name,
                            boss.scope, boss.scope_words, None, boss.shared))
    return out


_AND = re.compile(r"[ \t]+and[ \t]+")
_GLUED_QUALIFIER = re.compile(r"\b(then|ex)-$", re.I)
_GLUED_QUALIFIER_FIRST = re.compile(r"(then|ex)-(?=\w)", re.I)
_GLUED_ON_NAME = re.compile(r"(?:then|ex)-[A-Z]")  # "then-Rovers"


_OF_NAME_LEAD = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")


def _scope_after_name(text: str, pos: int, hi: int, t: _Title, v: Vocab) -> None:
    """A title with no scope of its own takes the body or place named after its holder: "Mayor Dana
    Ortiz of Riverton", "Judge Miriam Costa of the Harlow District Court", "Senator X from Ohio";
    lower-case words there are no field of the title ("Judge X of the appeals panel")."""
    if not _NAME_OF.match(text, pos, hi):
        return
    fields = list(t.field_words)
    _of_scope(text, pos, hi, t, v, _OF_NAME_LEAD)
    if not t.of_scope:
        t.field_words = fields


def _scope_of_the_next(text: str, t: _Title, hi: int, v: Vocab) -> None:
    """A title coordinated with another that has an "of X" scope shares it: "president and chief
    executive of Harbor Foods" (both of Harbor Foods)."""
    a = _AND.match(text, t.end, hi)
    nxt = _head_rx().search(text, a.end(), min(hi, a.end() + 40)) if a else None
    if nxt is None or text[a.end():nxt.start()].strip() and not re.fullmatch(
            r"(?:[a-z]+[ \t]+){0,2}", text[a.end():nxt.start()]):
        return
    other = _title_at(text, nxt, a.end(), hi, v)
    other.end = _of_scope(text, other.end, hi, other, v)
    if other.of_scope and other.scope:
        t.scope = list(other.scope)
        t.of_scope = True


def _claims(article: Article, mentions: list[_Mention], sentences) -> list[Claim]:
    text = article.text
    scopes: dict[tuple[str, str], set[frozenset[str]]] = {}  # (title, holder's last name) -> scopes
    for mm in mentions:
        if mm.scope:
            scopes.setdefault((mm.title, _last_name(mm.name)), set()).add(mm.scope)
    claims = []
    for mm in sorted(mentions, key=lambda x: x.start):
        scope = mm.scope
        if not scope:  # an unscoped title takes the scope of another mention of the same holder
            same = scopes.get((mm.title, _last_name(mm.name)), set())
            if len(same) == 1:
                scope = next(iter(same))
        last = "~" + (name_key(mm.name).split() or ["?"])[-1]
        context = " ".join(sorted(scope)) if scope else last
        if mm.shared and scope:
            context += " " + last
        s_start, s_end = sentences.around(mm.start)
        subject = mm.title + (f" ({mm.scope_words})" if mm.scope_words else "")
        claims.append(Claim(
            id="", source=article.source.id, kind=Kind.ROLE, subject=subject.strip(),
            key=f"{mm.title}|{context}", value=mm.name, qualifier=mm.qualifier,
            text=text[mm.start:mm.end], quote=quote_of(text, s_start, s_end, mm.start, mm.end), span=(mm.start, mm.end)))
    return claims


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in Title Case ("Prime Minister Calls Riot Deaths Murder"): names cannot be told
    from the words around them there."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    if line.rstrip().endswith(".") and any(w.islower() for w in words):
        return False  # a sentence full of names ("Lakeside Mayor Tom Baker and Police Chief Dan Ortega met on Monday.")
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 5 and sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


def _last_name(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else "?"


_GEO_WORDS = frozenset("""north south east west northern southern eastern western central upper lower
new united republic state states county city province region district island islands kingdom
capital""".split())


def _title_of(t: _Title, v: Vocab) -> str:
    """The canonical title: office and field words with the head, by the spellings table
    ("cto" -> chief technology officer, "defense secretary" -> defence minister)."""
    head = t.head.replace("-", " ") if t.head.replace("-", " ") in v.spellings else t.head
    words = t.office + t.field_words
    for k in range(len(words) + 1):  # the longest known spelling ending in the head
        phrase = " ".join([*words[k:], head])
        if phrase in v.spellings:
            return " ".join([*words[:k], v.spellings[phrase]])
    return " ".join([*words, head])


# nouns that open the name of a place, never a person's: "King Street", "King County Sheriff X"
# (not those that are given names too: "Park Dietz", "Hall Smith")
_PLACE_NOUNS = frozenset("""street avenue ave road boulevard blvd drive highway parkway plaza square county
bridge hotel museum tower stadium arena river lake island valley beach""".split())


def _mention(text: str, t: _Title, start: int, n_start: int, n_end: int, v: Vocab,
             listed: bool = False) -> _Mention | None:
    """The holder's mention of title ``t``, or None when the words name no office; ``listed``: the
    name is one of a list right after a plural title ("Ministers Ana Pell and Bo Lind"), each name
    as bare after the title as the first."""
    name = " ".join(text[n_start:n_end].replace("\u2019", "'").split())
    words = name.split()
    low_words = [w.lower().strip(".,") for w in words]
    # a name that is a title, a place or a people is no holder
    first = low_words[0]
    if first in v.heads or first in v.spellings or first in v.office_words or fold(name) in v.demonyms \
            or all(w in _GEO_WORDS or w in v.demonyms for w in low_words):
        return None
    if all(len(w.rstrip(".")) == 1 for w in words) or low_words[-1] in v.body_names or t.broken:
        return None  # initials alone ("U. S."), a body ("the U.S. Parks Service")
    if low_words[0] in _PLACE_NOUNS or any(
            w in v.heads for w in low_words[:-1] if w not in GENERATIONS):
        return None  # a place named for a title ("King Street", "King County Sheriff X": the title is the sheriff's)
    base = t.head.split()[-1] if t.head not in v.spellings else v.spellings[t.head]
    if t.head.lower() == "gm" and (len(words) < 2 or any(w.lower() in _countries() or w.lower() in _GEO_WORDS for w in low_words)):
        return None  # "GM" is a carmaker as often as a general manager: "GM Korea" is none, "GM Theo Epstein" one
    if t.scope and t.scope[-1].lower() in v.counsel_sides and not t.of_scope:
        t.field_words.insert(0, t.scope.pop().lower())  # "Defense attorney X" opening a sentence
    has_scope = bool(t.scope)
    has_modifier = bool(t.office or t.field_words) or t.head in v.spellings
    addressed = _rank_as_honorific(text, t, n_start, base, v)  # "Sgt. X", "Officer X": one of many
    # "its chief executive, X", "her manager, X": the owner's, named before; the key names the holder
    # ("his head" is a head, no title)
    owned_by_pronoun = t.pronoun is not None and not has_scope and t.head not in _BODY_WORDS
    # a bare title right before the name ("coach Maurice Cheeks", "Minister Paula Reyes"): the
    # holder's title in the story at hand, one of many (a lower-case rank is no form of address)
    bare_before = not (t.det or t.scope or t.pronoun) and n_start > t.start \
        and (listed or not text[t.end:n_start].strip()) and base not in v.ranks_of_address
    unscoped = base in v.needs_scope and not (has_scope or t.field_words or t.office)
    # "the coach, X" / "X, the coach": the office the story is about, which it does not name (as
    # "coach X"); "a coach, X" is one of many, "the writer X" a description
    the_apposed = t.det == "the" and len(words) > 1 and (
        text[t.end:n_start].strip() == "," if n_start >= t.end else text[n_end:t.start].strip() == ",")
    if unscoped and not addressed and not owned_by_pronoun and not bare_before and t.det != "named" and not the_apposed:
        return None
    # "a lawyer, X": one of many; "her lawyer X" is hers; "FBI agent X", "a Lakeside attorney, X": one
    # of the named body's many (a shared title, its key naming the holder)
    member_of_body = bool(t.scope) and not t.of_scope and _named(text, t)
    if base in v.representatives and t.det not in ("'s", "pron", "engaged") and not _owned(t, v) and not member_of_body:
        if t.det or t.scope or n_start < t.start:
            return None  # "a lawyer, X", "Boston attorney X": one of many
    if base in v.owners and t.det not in ("'s", "pron") and not (t.scope and (t.of_scope or _named(text, t))):
        if t.det or t.scope or n_start < t.start:
            return None  # "a restaurant owner, X", "Shop owner X": one of many; "the building's owner, X", "Red Sox owner X" its
    # the bare title right before the name ("publicist X", "agent X", "owner X") is the holder's
    # title in the story at hand, whoever holds the office: its key names the holder, so it agrees
    # with "her publicist X" and contradicts no one
    bare = (base in v.representatives | v.owners and not (t.det or t.scope) and n_start > t.start) or (
        unscoped and (bare_before or t.det == "named" or the_apposed))
    if base in v.needs_modifier and not has_modifier and not addressed:
        return None
    seat = _seat(t, v) if base == "member" else None
    if base == "member" and seat is None:
        return None  # "a member of the team": a seat only on a board, a council, a committee...
    scope_words = [w.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") for w in t.scope]
    scope_words = [w for w in scope_words if w.lower() not in ("the",)]
    scope_text = " ".join(scope_words)
    title = f"{seat} member" if seat else _title_of(t, v)
    scope = _scope_key(scope_text, v)
    if _country_only(scope_text, scope) and not (title in v.national or base in v.national or t.field_words):
        # "a Peruvian commander" is one of many: a country alone is no scope for this title ("U.S.
        # Vice Adm. X" still names the holder's rank)
        if base in v.needs_scope and not addressed:
            return None
        scope, scope_text = frozenset(), ""
    end = max(n_end, t.end)
    begin = min(start, t.start, n_start)
    return _Mention(begin, end, title, name, scope, scope_text, t.qualifier,
                    base in v.shared or title in v.shared or addressed or bare or owned_by_pronoun
                    or t.det in ("a", "an")  # "X, a manager at Acme": one of its managers
                    or (base in v.representatives and member_of_body and t.det not in ("'s", "pron", "engaged")))


def _seat(t: _Title, v: Vocab) -> str | None:
    """The body a member sits on, from the scope ("of the Water Board" -> board; "the agency's
    board of directors" -> board; ``member_bodies``), or None."""
    words = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in t.scope]
    body = next((w for w in words if w in v.member_bodies), None)
    return "board" if body in ("directors", "trustees", "governors", "regents") else body


def _rank_as_honorific(text: str, t: _Title, n_start: int, base: str, v: Vocab) -> bool:
    """Whether a rank of a force ("Sgt.", "Lieutenant": ``ranks_of_address``) is written capitalised
    right before the name, as a form of address ("Lt. Owen Blake said"): it says the holder's rank,
    and as a title held by many its key names the holder, so it agrees with the same holder's rank
    and contradicts no one."""
    return base in v.ranks_of_address and t.det is None and not t.of_scope \
        and text[t.end - len(t.head):t.end][:1].isupper() and n_start >= t.end and not text[t.end:n_start].strip()


def _named(text: str, t: _Title) -> bool:
    """Whether the scope before a title is a name ("Red Sox", "Blue Anchor"): its words capitalised,
    two of them where the first opens a sentence or follows a comma ("Shop owner X", "Yesterday,
    Pub owner X" name no shop or pub)."""
    opening = not text[:t.start].rstrip(" \t\"'\u201c\u2018(").endswith(tuple("abcdefghijklmnopqrstuvwxyz;:0123456789"))
    acronym = len(t.scope) == 1 and len(t.scope[0].rstrip("'’s")) > 1 and t.scope[0].rstrip("'’s").isupper()
    return all(w[:1].isupper() for w in t.scope) and (len(t.scope) > 1 or not opening or acronym)


def _owned(t: _Title, v: Vocab) -> bool:
    """Whether a representative's owner is named after it ("a lawyer for the Ortiz family") or by
    the side of the case it takes ("defense attorney X": the defendant's)."""
    return (t.of_scope and bool(t.scope)) or any(w in v.counsel_sides for w in t.field_words + t.office)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(c.replace(" ", "_") for c in vocab().demonyms.values())


_NATIONALITY = re.compile(r"^[A-Z][a-z]{2,}(?:ian|ean|ese|ish)$")


def _country_only(scope_text: str, scope: frozenset[str]) -> bool:
    """Whether a scope names a country and nothing narrower: its words are countries or their
    peoples, known ("Iraqi") or by their ending ("Peruvian")."""
    if not scope:
        return False
    if scope <= _countries():
        return True
    words = scope_text.split()
    return bool(words) and all(_NATIONALITY.match(w) or fold(w) in vocab().demonyms for w in words)


def _scope_key(scope: str, v: Vocab) -> frozenset[str]:
    """Scope words folded: demonyms to their country ("Iraqi" -> iraq), bodies to one word
    ("army", "armed forces" -> military), other words as keys."""
    scope = re.sub(r"\b([A-Z])\.\s+(?=[A-Z]\.)", r"\1.", scope)  # "U. S." as the corpus splits it
    folded = f" {fold(scope)} "
    folded = re.sub(r"[^a-z0-9 ]+", " ", folded.replace("'s ", " "))
    folded = f" {' '.join(folded.split())} "
    out = set()
    for table, under in ((v.demonyms, True), (v.scope_synonyms, False)):
        for phrase, canon in sorted(table.items(), key=lambda p: -len(p[0])):
            if f" {phrase} " in folded:
                out.add(canon.replace(" ", "_") if under else canon)
                folded = folded.replace(f" {phrase} ", "  ")
    for tok in folded.split():
        out.update(key_tokens(tok))
    return frozenset(out)
