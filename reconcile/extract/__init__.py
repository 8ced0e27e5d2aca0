"""Claims out of article text. One module per claim kind, all listed in :data:`EXTRACTORS`.

Every extractor has the signature ``extract_xxx(article: Article, settings: Settings) -> list[Claim]``
and returns claims whose ``span`` indexes ``article.text`` (``text[start:end] == claim.text``).
"""
from __future__ import annotations

from collections.abc import Callable

from ..models import Article, Claim, Kind, Source
from ..settings import Settings
from .background import date_background
from .quantities import extract_quantities
from .dates import extract_dates
from .places import extract_places
from .ranks import extract_ranks
from .roles import extract_roles
from .timing import earlier_levels, earlier_times

Extractor = Callable[[Article, Settings], list[Claim]]

EXTRACTORS: list[Extractor] = [extract_quantities, extract_dates, extract_ranks, extract_places, extract_roles]


# Claims are read from at most this many characters of an article (about 40,000 words, four times
# a long-form feature): every reader is linear, so an article costs at most a few seconds however
# it is written (the worst run-on text reads at about 80 KB/s, news prose at 250 KB/s), and one
# article cannot hold up a run. The rest is still the article's text; the report says it was not read.
MAX_EXTRACT_CHARS = 250_000


def extract_limit(text: str) -> int:
    """How much of ``text`` claims are read from: all of it, or for a text over
    :data:`MAX_EXTRACT_CHARS` up to the last line break (else space) before that many characters,
    so that no sentence is cut inside a word."""
    if len(text) <= MAX_EXTRACT_CHARS:
        return len(text)
    for sep in ("\n", " "):
        cut = text.rfind(sep, 0, MAX_EXTRACT_CHARS)
        if cut > MAX_EXTRACT_CHARS // 2:
            return cut
    return MAX_EXTRACT_CHARS


def extract_claims(article: Article, settings: Settings, failures: list[str] | None = None) -> list[Claim]:
    """All claims the registered extractors find in ``article``, in text order (in its first
    :func:`extract_limit` characters). With ``failures``, an extractor that fails on the article
    (a fault of the tool, not of the text) is noted there and the others' claims are kept; without
    it the error is raised."""
    limit = extract_limit(article.text)
    if limit < len(article.text):
        article = article.model_copy(update={"text": article.text[:limit]})
    claims: list[Claim] = []
    for extractor in EXTRACTORS:
        try:
            claims.extend(extractor(article, settings))
        except Exception as err:  # noqa: BLE001 - one rule's fault must not lose the run
            if failures is None:
                raise
            failures.append(f"{extractor.__name__.removeprefix('extract_')}: {type(err).__name__}: {err}")
    claims = earlier_levels(article, earlier_times(article, date_background(article, _one_rank_per_phrase(claims))))
    claims.sort(key=lambda c: (c.span or (0, 0), c.kind.value))
    return claims


def _one_rank_per_phrase(claims: list[Claim]) -> list[Claim]:
    """Claims with one rank read twice dropped: where two rank claims of one value overlap ("won
    her third straight title" is a streak to the places reader and an ordinal to the ranks
    reader), the later extractor's, the more particular reading, is kept."""
    ranks = sorted((i for i, c in enumerate(claims) if c.kind is Kind.RANK and c.span),
                   key=lambda i: claims[i].span[0])
    drop: set[int] = set()
    for a, b in zip(ranks, ranks[1:]):  # overlapping readings of one phrase start close together
        ca, cb = claims[a], claims[b]
        if cb.span[0] < ca.span[1] and ca.value == cb.value:
            drop.add(min(a, b))
    return [c for i, c in enumerate(claims) if i not in drop] if drop else claims


def warm_up() -> None:
    """Load what the extractors load on first use (vocabularies, the lemmatiser's dictionary, the
    unit registry), so that worker processes forked afterwards share it."""
    from .units import normalise

    extract_claims(Article(source=Source(id="warm-up"), text="Warm-up\nOn Monday 5 people walked 3 miles "
                                                                   "after Mayor Jo Li spoke, the second time."),
                   Settings())
    normalise("ft", 1.0)
