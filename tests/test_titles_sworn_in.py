"""A title the clause gives a name in apposition to its subject ("a judge, X, was installed as
acting president"), and a stopgap office ("acting", "interim") still being a national office
that takes the state of the capital the article is filed from. Every sentence and name here is
written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(2024, 3, 14)

NARRATION = ("PORT LOUIS -- Lawmakers voted late on Monday to remove the head of state after weeks of street "
             "protests.\n\nOn Tuesday a senior judge, Prakash Ramlugun, was installed as acting president. "
             "Ramlugun recalled the ambassador to India the same evening.")


def test_a_name_apposed_to_the_subject_takes_the_office_it_is_installed_in():
    events, actors = _events(NARRATION, DAY)
    judge = actors["person:prakash-ramlugun"]
    assert judge.roles == ["Acting president"] and judge.country == "MUS"
    acts = [e for e in events if "person:prakash-ramlugun" in e.agents]  # the recall of the ambassador
    assert acts and all("country:MUS" in e.participants for e in acts)


def test_an_apposed_name_whose_clause_names_no_office_takes_none():
    text = "PORT LOUIS -- A senior judge, Prakash Ramlugun, swore in the new cabinet as protesters gathered."
    judge = _events(text, DAY)[1]["person:prakash-ramlugun"]
    assert judge.roles == [] and judge.country is None
