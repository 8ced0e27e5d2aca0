"""The records that cross pipeline stages.

Every stage (sources -> extract -> match -> compare -> report) reads and writes these pydantic
models and nothing else, so a stage can be read, tested and replaced on its own.

- :class:`Source` is one article or one source known only from hand-written YAML.
- :class:`Claim` is one factual statement of one source, extracted or hand-written: the same
  record either way, so both flow through the same matching, comparison and reporting.
- :class:`Finding` groups the claims of several sources about one subject, with a verdict.
- :class:`Story` is the sources that tell one story; claims are compared only within one.
- :class:`Report` is the whole result: sources, claims, findings and the problems met on the way.

The JSON report (``reconcile report --format json``) is ``Report.model_dump(mode="json")``; the
fields that other programs rely on are fixed by ``contracts/report-json.md`` (schema_version 1).
"""
from __future__ import annotations

import bisect
import hashlib
import math
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

SCHEMA_VERSION = 1


# The event class of an act of speech ("police said on Friday"): the extractor keys a statement's
# date as "statement YYYY-MM-DD|..." (statements on two days are two), and grouping keeps
# statements in a block of their own.
STATEMENT_EVENT = "statement"


class Kind(str, Enum):
    """What a claim states."""

    QUANTITY = "quantity"  # a count or amount: "5,200 US troops", "$3bn", "40%"
    DATE = "date"  # when an event happened: "on Sunday", "in December"
    RANK = "rank"  # a position in an order: "the second largest bloc" (1 = first/largest)
    ROLE = "role"  # who holds a title: "Parliament Speaker Mohamed al-Halbousi"


class Verdict(str, Enum):
    """How the claims of one finding relate. Declared in report order, worst first."""

    CONTRADICTION = "contradiction"  # the values cannot all be true
    DISCREPANCY = "discrepancy"  # the values differ but could all hold within their precision
    AGREEMENT = "agreement"  # two or more sources, same value
    SINGLE_SOURCE = "single-source"  # one source only

    @property
    def order(self) -> int:
        return list(Verdict).index(self)

    def at_least(self, threshold: "Verdict") -> bool:
        """True when this verdict is as serious as ``threshold`` or more."""
        return self.order <= threshold.order


class Origin(str, Enum):
    EXTRACTED = "extracted"
    MANUAL = "manual"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Source(Model):
    """An article, or a source known only from hand-written YAML (a briefing, a statement)."""

    id: str = Field(description="Stable identifier, unique in a report.")
    path: str | None = Field(None, description="The file it was read from, as given; null for a YAML-only source.")
    title: str | None = None
    outlet: str | None = None
    published: date | None = Field(None, description="Publication date used to resolve relative dates.")
    updated: date | datetime | None = Field(
        None, description="Date (or date and time) of the last update, when the article gives one.")
    published_from: str | None = Field(
        None, description="Where the publication date came from (front matter, metadata line, dateline, claim file...).")
    credits: list[str] = Field(default_factory=list, description="Wire services or outlets the source credits.")
    url: str | None = None
    file: str | None = Field(None, description="Claim file that declared or overrode this source.")
    line: int | None = Field(None, description="Line of that declaration.")
    story: str | None = Field(None, description="The Story.id of the story it is in (a claim file may name it).")


class Article(Model):
    """A source with its decoded text. Every claim span indexes ``text``."""

    source: Source
    text: str
    body_start: int = Field(0, description="Offset where the article proper starts (after front matter or a metadata line).")
    furniture: list[tuple[int, int]] = Field(
        default_factory=list, description="Spans of captions, bylines, credit lines and promotions: no claims from there.")
    _pending: Any = PrivateAttr(default=None)  # a publication-date cue still lacking its year
    _no_date_reason: str | None = PrivateAttr(default=None)
    _stamps: list = PrivateAttr(default_factory=list)  # a live blog's entry clocks: (offset, "HH:MM"), in text order

    @field_validator("furniture")
    @classmethod
    def _sorted_disjoint(cls, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def in_furniture(self, pos: int) -> bool:
        """Whether offset ``pos`` lies in a caption, byline or other furniture span."""
        i = bisect.bisect_right(self.furniture, (pos, math.inf)) - 1
        return i >= 0 and self.furniture[i][0] <= pos < self.furniture[i][1]


class DateSpan(Model):
    """A date value that is not a calendar unit, e.g. "last week"."""

    start: date
    end: date


ClaimValue = int | float | str | DateSpan | None


class Normalised(Model):
    """A measure's value and bounds in the base unit of its dimension (metres, kilograms, days...),
    so that "60 metres" and "200 feet" compare."""

    unit: str
    value: float
    low: float | None = None
    high: float | None = None


class Claim(Model):
    """One statement of one source.

    ``value`` is the value as stated, normalised by kind (a number, an ISO date at its precision,
    an integer rank, a holder's name). The interval the value allows is ``low``/``high`` for
    quantities and ranks and ``start``/``end`` (first and last day) for dates; ``None`` on one
    side means open on that side.
    """

    id: str
    source: str = Field(description="A Source.id.")
    kind: Kind
    subject: str = Field(description="What the claim is about, as the report shows it.")
    key: str = Field("", description="Normalised subject the matcher groups on.")
    value: ClaimValue = None
    qualifier: str | None = Field(None, description="The hedge as worded: approximately, at least, since...")
    unit: str | None = Field(None, description="Unit of a quantity as stated (%, USD, tonnes, km, ft, days).")
    dimension: str | None = Field(
        None, description="A measure's dimension (length, mass, duration...): measures of one dimension compare "
                          "in their base unit; other units (currencies, %) are never compared across.")
    normalised: Normalised | None = Field(None, description="A measure's value and bounds in its base unit.")
    precision: str | None = Field(
        None, description="quantity: exact | rounded; date: day | week | month | year | span.")
    low: float | None = None
    high: float | None = None
    low_exclusive: bool = False
    high_exclusive: bool = False
    start: date | None = None
    end: date | None = None
    as_of: str | None = Field(None, description="When the value held, where the text says so.")
    reported: str | None = Field(
        None, description="When the source stated the value (ISO date or date-time): the time of an earlier "
                          "report the text quotes, else the clock of the live-blog entry that holds it, else the "
                          "source's update time, else its publication date.")
    earlier: bool = Field(
        False, description="The text gives the value as an earlier figure (\"initial reports said\", \"up from\"): "
                           "it was stated before the source's own current figure, and is not that figure.")
    changed: Literal["risen", "fallen"] | None = Field(
        None, description="The text says the figure has risen or fallen to this value (\"has risen to 41\").")
    unresolved: str | None = Field(None, description="Why the value could not be resolved (value is then null).")
    text: str = Field("", description="Exact surface text; article_text[span[0]:span[1]] == text.")
    quote: str = Field("", description="The sentence the claim comes from.")
    span: tuple[int, int] | None = None
    origin: Origin = Origin.EXTRACTED
    file: str | None = Field(None, description="Claim file of a manual claim.")
    line: int | None = Field(None, description="Line of a manual claim in its file.")
    note: str | None = None

    def figure_bounds(self) -> tuple[float | None, float | None]:
        """The interval a quantity's or rank's value allows, in its dimension's base unit for a
        measure ("200 feet" against "60 metres"); ``None`` is open on that side."""
        n = self.normalised
        return (n.low, n.high) if n is not None else (self.low, self.high)


class Spread(Model):
    """How far apart the stated figures of a quantity finding are."""

    absolute: float
    relative: float = Field(description="(max - min) / max of the stated figures.")


class ValueGroup(Model):
    """One distinct value of a finding, with who states it."""

    value: str = Field(description="The value as the report prints it.")
    claims: list[str]
    sources: list[str]


class Finding(Model):
    id: str
    subject: str
    kind: Kind
    verdict: Verdict
    claims: list[str]
    summary: str
    unit: str | None = None
    sources: list[str] = Field(default_factory=list)
    independent_sources: int = Field(
        0, description="How many of the sources are independent: sources that credit a common wire "
                       "service (or are that service) count once.")
    values: list[ValueGroup] = Field(default_factory=list)
    spread: Spread | None = None
    self_conflicts: list[str] = Field(
        default_factory=list, description="Sources that themselves state two different values.")
    story: str | None = Field(None, description="The Story.id of the story its claims are from.")
    trend: Literal["rising", "falling"] | None = Field(
        None, description="For a figure that changes over time (a running total, or one the text says rose or "
                          "fell): the way its values move, ordered by when they were reported; null otherwise.")
    latest: list[str] = Field(default_factory=list, description="The claims reported last (with a trend: its current value).")
    stale: list[str] = Field(
        default_factory=list, description="Claims reported after another source had reported a value the trend "
                                          "has moved past, still stating the older one.")


class Problem(Model):
    """Something that could not be read or resolved; the run goes on and reports it."""

    kind: Literal["unreadable", "no-date", "unresolved", "rejection-unused", "partly-read"]
    message: str
    path: str | None = None
    source: str | None = None
    claim: str | None = None


class Story(Model):
    """Articles that tell one story: one chain of events in one place and period. Claims are
    compared only within a story."""

    id: str = Field(description="Stable while the story's sources are unchanged (a claim file's story name, when it gives one).")
    title: str = Field(description="A short name a person recognises: the earliest headline.")
    sources: list[str] = Field(description="The Source.id of each source in it.")


class Report(Model):
    schema_version: int = SCHEMA_VERSION
    generator: str = "reconcile"
    stories: list[Story] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


def stable_id(prefix: str, *parts: object, length: int = 12) -> str:
    """A short id from a hash of ``parts``: the same parts give the same id on every run."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{h[:length]}"
