"""Claims out of article text. One module per claim kind, all listed in :data:`EXTRACTORS`.

Every extractor has the signature ``extract_xxx(article: Article, settings: Settings) -> list[Claim]``
and returns claims whose ``span`` indexes ``article.text`` (``text[start:end] == claim.text``).
"""
from __future__ import annotations

from collections.abc import Callable

from ..models import Article, Claim, Source
from ..settings import Settings
from .background import date_background
from .quantities import extract_quantities
from .dates import extract_dates
from .ranks import extract_ranks
from .roles import extract_roles
from .timing import earlier_times

Extractor = Callable[[Article, Settings], list[Claim]]

EXTRACTORS: list[Extractor] = [extract_quantities, extract_dates, extract_ranks, extract_roles]


def extract_claims(article: Article, settings: Settings) -> list[Claim]:
    """All claims the registered extractors find in ``article``, in text order."""
    claims: list[Claim] = []
    for extractor in EXTRACTORS:
        claims.extend(extractor(article, settings))
    claims = earlier_times(article, date_background(article, claims))
    claims.sort(key=lambda c: (c.span or (0, 0), c.kind.value))
    return claims


def warm_up() -> None:
    """Load what the extractors load on first use (vocabularies, the lemmatiser's dictionary, the
    unit registry), so that worker processes forked afterwards share it."""
    from .units import normalise

    extract_claims(Article(source=Source(id="warm-up"), text="Warm-up\nOn Monday 5 people walked 3 miles "
                                                                   "after Mayor Jo Li spoke, the second time."),
                   Settings())
    normalise("ft", 1.0)
