"""Report formats (text, Markdown, JSON) on reports built by hand: content, order, escaping, determinism."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from reconcile.models import (Claim, DateSpan, Finding, Kind, Origin, Problem, Report, Source, Spread,
                              ValueGroup, Verdict)
from reconcile.report import FORMATS, Format, is_generated, render
from reconcile.report import common, markdown, text

# ---------------------------------------------------------------- a report built by hand

SENTENCE_TROOPS_A = "Officials said roughly 4,800 American soldiers remain stationed across the country today."
SENTENCE_TROOPS_B = ("A withdrawal of the 5,100 American soldiers | still deployed there <b>could</b> "
                     "take many months, according to a defence ministry spokesperson who spoke on "
                     "condition of anonymity because the plans are not yet public.")
SENTENCE_DATE = "Lawmakers held the ballot on Sunday afternoon in the capital."
SENTENCE_RANK_A = "The alliance came first in the election."
SENTENCE_RANK_B = "The alliance, the second biggest bloc, backed the motion."
SENTENCE_ROLE = "Speaker Jane Doe opened the session."
SENTENCE_SHARE = "Turnout reached 40% in the north."


def article_claim(cid, source, kind, subject, value, surface, sentence, **extra) -> Claim:
    """An extracted claim whose span indexes ``sentence`` (the sentence stands for the article text)."""
    start = sentence.index(surface)
    return Claim(id=cid, source=source, kind=kind, subject=subject, value=value, text=surface,
                 quote=sentence, span=(start, start + len(surface)), origin=Origin.EXTRACTED, **extra)


def manual_claim(cid, source, kind, subject, value, surface="", line=1, **extra) -> Claim:
    return Claim(id=cid, source=source, kind=kind, subject=subject, value=value, text=surface,
                 quote=surface, origin=Origin.MANUAL, file="claims/figures.yaml", line=line, **extra)


def sample_claims() -> list[Claim]:
    return [
        article_claim("c-troops-a", "daily", Kind.QUANTITY, "US troops", 4800, "roughly 4,800 American soldiers",
                      SENTENCE_TROOPS_A, qualifier="roughly", low=4560, high=5040),
        article_claim("c-troops-b", "wire", Kind.QUANTITY, "US troops", 5100, "5,100 American soldiers",
                      SENTENCE_TROOPS_B, low=5100, high=5100),
        manual_claim("c-troops-c", "daily", Kind.QUANTITY, "US troops", 5100, "5,100 soldiers", line=7,
                     low=5100, high=5100),
        article_claim("c-vote-a", "daily", Kind.DATE, "the ballot", "2021-03-14", "on Sunday", SENTENCE_DATE,
                      start=date(2021, 3, 14), end=date(2021, 3, 14), precision="day"),
        manual_claim("c-vote-b", "briefing", Kind.DATE, "the ballot", "2021-03-14", line=12,
                     start=date(2021, 3, 14), end=date(2021, 3, 14), precision="day"),
        article_claim("c-rank-a", "daily", Kind.RANK, "the alliance among blocs", 1, "came first",
                      SENTENCE_RANK_A, low=1, high=1),
        article_claim("c-rank-b", "wire", Kind.RANK, "the alliance among blocs", 2, "the second biggest bloc",
                      SENTENCE_RANK_B, low=2, high=2),
        article_claim("c-role", "wire", Kind.ROLE, "Speaker of the assembly", "Jane Doe", "Speaker Jane Doe",
                      SENTENCE_ROLE),
        article_claim("c-share", "daily", Kind.QUANTITY, "turnout in the north", 40, "40%", SENTENCE_SHARE,
                      unit="%", low=40, high=40),
        manual_claim("c-open", "briefing", Kind.QUANTITY, "people injured", 30, "fewer than 30 people", line=20,
                     qualifier="fewer than", low=None, high=30, high_exclusive=True),
        manual_claim("c-since", "briefing", Kind.DATE, "the curfew", "2019-10", "since October 2019", line=25,
                     qualifier="since", start=date(2019, 10, 1), end=None, precision="month"),
        manual_claim("c-span", "briefing", Kind.DATE, "the talks", DateSpan(start=date(2021, 3, 8),
                     end=date(2021, 3, 14)), "last week", line=30, start=date(2021, 3, 8),
                     end=date(2021, 3, 14), precision="span"),
    ]


def sample_findings() -> list[Finding]:
    return [
        Finding(id="f-rank", subject="the alliance among blocs", kind=Kind.RANK, verdict=Verdict.CONTRADICTION,
                claims=["c-rank-a", "c-rank-b"], sources=["daily", "wire"],
                summary="#1 (Daily Post) vs #2 (Wire Service)",
                values=[ValueGroup(value="#1", claims=["c-rank-a"], sources=["daily"]),
                        ValueGroup(value="#2", claims=["c-rank-b"], sources=["wire"])]),
        Finding(id="f-troops", subject="US troops", kind=Kind.QUANTITY, verdict=Verdict.DISCREPANCY,
                claims=["c-troops-a", "c-troops-b", "c-troops-c"], sources=["daily", "wire"],
                summary="roughly 4,800 (Daily Post) vs 5,100 (Daily Post, Wire Service)",
                values=[ValueGroup(value="roughly 4,800", claims=["c-troops-a"], sources=["daily"]),
                        ValueGroup(value="5,100", claims=["c-troops-b", "c-troops-c"], sources=["daily", "wire"])],
                spread=Spread(absolute=300, relative=300 / 5100), self_conflicts=["daily"]),
        Finding(id="f-vote", subject="the ballot", kind=Kind.DATE, verdict=Verdict.AGREEMENT,
                claims=["c-vote-a", "c-vote-b"], sources=["briefing", "daily"],
                summary="2021-03-14 (Daily Post, briefing)",
                values=[ValueGroup(value="2021-03-14", claims=["c-vote-a", "c-vote-b"],
                                   sources=["briefing", "daily"])]),
        Finding(id="f-role", subject="Speaker of the assembly", kind=Kind.ROLE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-role"], sources=["wire"], summary="Jane Doe (Wire Service)",
                values=[ValueGroup(value="Jane Doe", claims=["c-role"], sources=["wire"])]),
        Finding(id="f-share", subject="turnout in the north", kind=Kind.QUANTITY, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-share"], sources=["daily"], summary="40 % (Daily Post)", unit="%",
                values=[ValueGroup(value="40 %", claims=["c-share"], sources=["daily"])]),
        Finding(id="f-open", subject="people injured", kind=Kind.QUANTITY, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-open"], sources=["briefing"], summary="fewer than 30 (briefing)",
                values=[ValueGroup(value="fewer than 30", claims=["c-open"], sources=["briefing"])]),
        Finding(id="f-since", subject="the curfew", kind=Kind.DATE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-since"], sources=["briefing"], summary="since 2019-10 (briefing)",
                values=[ValueGroup(value="since 2019-10", claims=["c-since"], sources=["briefing"])]),
        Finding(id="f-span", subject="the talks", kind=Kind.DATE, verdict=Verdict.SINGLE_SOURCE,
                claims=["c-span"], sources=["briefing"], summary="2021-03-08..2021-03-14 (briefing)",
                values=[ValueGroup(value="2021-03-08..2021-03-14", claims=["c-span"], sources=["briefing"])]),
    ]


def sample_report() -> Report:
    return Report(
        sources=[
            Source(id="briefing", file="claims/figures.yaml", line=3),
            Source(id="daily", path="articles/daily.txt", outlet="Daily Post", published=date(2021, 3, 15),
                   credits=["Reuters"]),
            Source(id="wire", path="articles/wire.txt", outlet="Wire Service", title="Troops & the vote"),
        ],
        claims=sample_claims(),
        findings=sample_findings(),
        problems=[Problem(kind="no-date", source="wire", path="articles/wire.txt",
                          message="publication date of articles/wire.txt unknown")],
    )
