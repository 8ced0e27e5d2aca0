"""One office written two ways groups into one finding; two offices never do.

Each pair is two sentences from two sources (written for this test); the role claims extracted
from them are grouped as a report groups them.
"""
from __future__ import annotations

import pytest

from reconcile.extract.roles import extract_roles
from reconcile.match import group_claims
from reconcile.models import Article, Source
from reconcile.pipeline import assign_ids
from reconcile.settings import Settings

SETTINGS = Settings()

SAME = [
    ("Jordanian Army spokesman Yusuf Haddad denied it.",
     "Yusuf Haddad, spokesman for Jordan's armed forces, denied it."),
    ("Ghana's transport minister Kwame Asante opened the bridge.",
     "Ghana's minister of transport, Kwame Asante, opened the bridge."),
    ("The governor of Lakeside Province, Amara Diallo, declared an emergency.",
     "Lakeside Province Governor Amara Diallo declared an emergency."),
    ("Harbour Board chairman Ana Ruiz resigned.",
     "Ana Ruiz, the chair of the Harbour Board, resigned."),
    ("Brightline CTO Priya Raman confirmed the outage.",
     "Priya Raman, chief technology officer of Brightline, confirmed the outage."),
    ("The vice president of the dockers' union, Elena Mora, called the strike.",
     "Elena Mora, deputy head of the union, called the strike."),
    ("HCPD Commissioner Daniel Ostrowski praised the officers.",      # titles with no word in common
     "Police Commissioner Dan Ostrowski praised the officers."),
    ("Harbor County Judge Ana Del Monte adjourned the case.",
     "Judge Ana DelMonte adjourned the case."),
    ("Her longtime attorney Dana Reyes filed the appeal.",
     "Her lawyer Dana Reyes filed the appeal on Monday."),
    ("Rovers head coach Sam Ortega ran the practice.",                # a word of the top of the office
     "Rovers coach Sam Ortega ran the practice."),
    ("Chief Justice Mira Osei read the ruling.",
     "Justice Mira Osei read the ruling."),
    ("Jon Owen, the city's public safety director, closed the road.",  # a scope of a kind of body
     "Palmer Public Safety Director Jon Owen closed the road."),
    ("Harbor Hospital spokeswoman Ilene Wolfe said two men were stable.",  # one given name, a family
     "Two men were stable, said spokeswoman Ilene Wolff."),              # name spelt a letter apart
    ("Morvanian Prime Minister Lise Varga signed the treaty.",          # a place the table does not
     "Morvania's prime minister, Piet Orban, signed the treaty."),      # know, and its people
    ("Dara Obi, the port authority's chief executive, denied it.",      # a body in lower-case words
     "Port Authority chief executive Dara Obi denied it."),
    ("Fans cheered the manager, Rafe Cole, after the game.",            # "the TITLE, NAME": the
     "Manager Rafe Cole thanked the fans after the game."),             # holder's title, as "Manager X"
    ("Finance chief Priya Anand will stay.",                            # one field spelt two ways
     "Chief financial officer Priya Anand will stay."),
    ("Trade Minister Tomas Ehrlich spoke first.",                       # a portfolio and none
     "Minister Tomas Ehrlich spoke first."),
    ("Dunmere Rovers skipper Lee Ambrose thanked the fans.",            # a captain told two ways
     "Club captain Lee Ambrose thanked the fans."),
    ("Detective Inspector Ravi Menon gave evidence.",                   # a rank told two ways
     "Ravi Menon, a detective inspector, gave evidence."),
    ("Ivo Lund, then the agency's chief executive, signed it.",         # "then" before a possessive
     "Agency chief executive Ivo Lund signed it."),
    ("Minister for Culture Rolf Aaberg spoke.",                         # a portfolio in capitals
     "Rolf Aaberg, the country's minister of culture, spoke."),
    ('"Quiet Water", directed by Lena Oduya, won.',                     # a work's maker
     "Director Lena Oduya thanked the jury."),
]

APART = [
    ("Castellan Foods chairman Ana Ruiz opened the meeting.",          # two offices a body keeps
     "Ana Ruiz, chief executive of Castellan Foods, opened the meeting."),  # apart, one holder
    ("Jordanian Army spokesman Yusuf Haddad denied it.",
     "Jordanian government spokesman Lina Saleh denied it."),
    ("Open Rivers co-founder Lena Brandt praised the ruling.",
     "Open Rivers co-founder Tom Weir praised the ruling."),
    ("Westport Mayor Dana Holt cut the ribbon.",
     "Eastport Mayor Ivo Marsh cut the ribbon."),
    ("Deputy Prime Minister Karl Lind resigned.",
     "Prime Minister Karl Lind resigned."),
    ("Assistant coach Sam Ortega ran the practice.",
     "Head coach Sam Ortega ran the practice."),
    ("Rovers assistant coach Sam Ortega ran the practice.",           # a word of a lower office
     "Rovers coach Sam Ortega ran the practice."),
    ("Harbor Hospital spokeswoman Ilene Wolfe said two men were stable.",  # another given name
     "Two men were stable, said spokeswoman Irene Wolff."),
]


def _roles(text: str, sid: str):
    return assign_ids(extract_roles(Article(source=Source(id=sid), text=text), SETTINGS))


def _shared(a_text: str, b_text: str) -> bool:
    a, b = _roles(a_text, "a"), _roles(b_text, "b")
    assert a and b, f"missing: a gave {len(a)} role claims, b gave {len(b)}"
    groups = group_claims(a + b, settings=SETTINGS)
    return any({c.source for c in g} == {"a", "b"} for g in groups)


@pytest.mark.parametrize("a, b", SAME)
def test_one_office_written_two_ways_is_one_finding(a, b):
    assert _shared(a, b), [c.key for c in _roles(a, "a") + _roles(b, "b")]


@pytest.mark.parametrize("a, b", APART)
def test_two_offices_or_shared_titles_stay_apart(a, b):
    assert not _shared(a, b), [c.key for c in _roles(a, "a") + _roles(b, "b")]
