"""The other side of a hostile act told without its target (kb.extract.otherside): in a report
on two states, a threat, a sanction or a strike by one of them that names no target is aimed at
the other; not an act done to people at home or to someone the text names, not one set in the
agent's own land, not a statement (unless it names the other: kb.extract.claims.remarked_on), and not
when a third state is named as often as the second.
Every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events as article_events, _one as _only

LEAD = ("Chile recalled its ambassador from Bolivia on Monday after Bolivia seized a Chilean fishing boat, "
        "and Bolivia said Chile had no claim to the waters.\n\n")


def _events(text: str):
    return article_events(text, datetime(2011, 5, 18))[0]


def test_a_strike_with_no_target_is_aimed_at_the_other_state():
    strike = _only(_events(LEAD + "Chilean jets opened fire on Tuesday."), "MilitaryAction")
    assert "country:BOL" in strike.recipients and "country:CHL" in strike.agents


def test_a_demand_with_no_addressee_is_made_of_the_other_state():
    appeal = _only(_events(LEAD + "Chile called on Tuesday for the boat to be returned at once."), "Appeal")
    assert "country:BOL" in appeal.recipients


@pytest.mark.parametrize("sentence, etype", [
    ("Chile accused its former president of treason on Tuesday.", "Accusation"),
    ("Chilean jets struck militant hideouts near the coast on Tuesday.", "MilitaryAction"),
    ("Chile urged its citizens on Tuesday to stay at home.", "Appeal"),
    ("Chile deployed extra police in Valparaiso on Tuesday.", "MilitaryDeployment"),
    ("Chilean jets opened fire near the Argentine border on Tuesday.", "MilitaryAction"),  # a third state on the act
])
def test_an_act_at_home_or_on_people_of_its_own_is_aimed_at_no_state(sentence, etype):
    event = _only(_events(LEAD + sentence), etype)
    assert "country:BOL" not in event.participants


def test_a_statement_is_aimed_at_no_one():
    events = _events(LEAD + "Chile said in a statement released on Tuesday that its navy stood ready.")
    statement = next(e for e in events if e.type == "Statement" and "navy" in e.evidence[0].text)
    assert "country:BOL" not in statement.participants


def test_no_side_is_added_when_a_third_state_is_as_much_in_the_story():
    text = LEAD + ("Peru, which borders both, has offered to mediate, and Peru's foreign minister is due "
                   "in Santiago on Friday; Peru has asked both governments for calm.\n\n"
                   "Chilean jets opened fire on Tuesday.")
    strike = _only(_events(text), "MilitaryAction")
    assert "country:BOL" not in strike.participants
