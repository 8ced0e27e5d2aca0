"""Quantity claims: every figure an article states, with what it counts or measures.

:func:`extract_quantities` is the driver. It scans the text once for figures
(:func:`~.numbers.find_figures`) and asks the figure rules in turn, the first that reads a
figure giving its claim; then the rules that find quantities with no figure run over the text.
Each rule is a module of its own with its examples in ``tests/corpus/``:

figure rules (:data:`FIGURE_RULES`, in this order)
    :func:`.measures.read_measure`   a figure with a unit of measure: "fell 150 metres", "a
                                     10-year sentence", "weighing 200 pounds" (never a count)
    :func:`.frequencies.read_frequency`  "stabbed 17 times", "a four-time All-Star"
    :func:`.counts.read_count`       a count, an amount of money, a share: "two guards",
                                     "$2.6 million", "41% of voters"

text rules (:data:`TEXT_RULES`)
    :func:`.measures.numberless_claims`  "for a week", "an outage of around an hour", "a mile from
                                         the river"
    :func:`.zeros.stated_zeros`          "no one was killed", "there were no casualties"
    :func:`.ordinal_tolls.ordinal_tolls` "a fifth person has died"
    :func:`.frequencies.once_twice`      "shot him once", "reached the playoffs twice"
    :func:`.multiples.multiple_killings` "a double murder", "the triple homicide"
    :func:`.tallies.stated_tallies`      "an 88-72 loss", "voted 7-2" (a record, "a 9-14 start", is none)
    :func:`.enumerations.enumerated_victims`  "killed a police officer and a bomb technician",
                                         "A night porter was killed" (one)
    :func:`.breakdowns.counted_parts`    "23 pirates (12 Somali and 11 Yemeni)"

and, per sentence, :func:`.counts.derived_figures` ("three more than the quorum" gives the quorum);
last, :func:`.counts.converted_amounts` gives an amount in brackets the key of the one it converts
("cost €1.2bn ($1.3bn)").
Figures before ``article.body_start``, in page furniture or in a name (:func:`.numbers.in_a_name`:
"Three Mile Island") give nothing.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable

from ..models import Article, Claim
from ..settings import Settings
from .breakdowns import counted_parts
from .counts import converted_amounts, derived_figures, read_count
from .frequencies import once_twice, read_frequency
from .measures import is_no_measure, measure_claim, numberless_claims, read_measure
from .numbers import Figure, find_figures, in_a_name
from .phrases import tokens
from .sentences import sentence_index
from .enumerations import enumerated_victims
from .multiples import multiple_killings
from .tallies import stated_tallies
from .zeros import stated_zeros
from .ordinal_tolls import ordinal_tolls


def _measure(article: Article, sent: tuple[int, int], fig: Figure, settings: Settings):
    """A measure's claim; ``False`` for a figure with a unit of time that is no length of time
    ("two days ago"), so that no other rule reads it; None for a figure with no unit of measure."""
    text = article.text
    m = read_measure(text, sent, fig, tokens(text, max(sent[0], fig.start - 120), fig.start), fig.end)
    if m is None:
        return None
    if is_no_measure(m):
        return False
    return measure_claim(article, sent, m, settings), max(m.end, m.covers)


FigureRule = Callable[[Article, tuple[int, int], Figure, Settings], "Claim | None"]
FIGURE_RULES: tuple[FigureRule, ...] = (read_frequency, read_count)
TEXT_RULES = (numberless_claims, stated_zeros, ordinal_tolls, once_twice, multiple_killings, stated_tallies, enumerated_victims,
              counted_parts)


def extract_quantities(article: Article, settings: Settings) -> list[Claim]:
    """The quantity claims of ``article``, in text order (see the module docstring)."""
    text = article.text
    sentences = sentence_index(text)
    claims: list[Claim] = []
    by_sentence: dict[tuple[int, int], list[tuple[Figure, Claim | None]]] = {}
    covered = 0  # end of the last measure: "6 feet 3 inches" is one measure, "(6.6 feet)" a conversion
    for fig in find_figures(text):
        if fig.start < article.body_start or article.in_furniture(fig.start) or fig.start < covered:
            continue
        sent = sentences.around(fig.start)
        if fig.end > sent[1] or in_a_name(text, sent[0], fig):
            continue  # "Three Mile Island", "Million Dollar Mermaid": a name, no figure
        claim: Claim | None = None
        measured = _measure(article, sent, fig, settings)
        if measured is not None:
            if measured is not False:
                claim, end = measured
                covered = max(covered, end)
        else:
            for rule in FIGURE_RULES:
                claim = rule(article, sent, fig, settings)
                if claim is not None:
                    break
        by_sentence.setdefault(sent, []).append((fig, claim))
        if claim is not None:
            claims.append(claim)
    for sent, items in by_sentence.items():
        claims.extend(derived_figures(article, sent, items, settings))
    for text_rule in TEXT_RULES:
        found = text_rule(article, sentences, settings)
        if text_rule is stated_tallies and found:
            claims = _not_in_tallies(claims, found)
        claims.extend(found)
    claims.sort(key=lambda c: c.span or (0, 0))
    return converted_amounts(text, claims)


def _not_in_tallies(claims: list[Claim], tallies: list[Claim]) -> list[Claim]:
    """``claims`` without a figure a tally reads too ("seven councillors voting in favour and four
    against" is the majority's seven votes, not a count of councillors of its own): a claim whose
    words reach into a vote's tally and that states one of its figures ("Lawmakers voted 250 to 120")."""
    tallies = [t for t in tallies if t.span and "votes" in t.key.split("|")[0].split()]  # (a score's figures stay)
    spans = sorted({t.span for t in tallies})
    starts = [s for s, _ in spans]
    values: dict[tuple[int, int], set] = {}
    for t in tallies:
        values.setdefault(t.span, set()).add(t.value)

    def inside(c: Claim) -> bool:
        if not c.span:
            return False  # (a count's words may begin before the tally: "Lawmakers voted 250 to 120")
        i = bisect.bisect_left(starts, c.span[1]) - 1
        return i >= 0 and c.span[0] < spans[i][1] and c.value in values[spans[i]]
    return [c for c in claims if not inside(c)]
