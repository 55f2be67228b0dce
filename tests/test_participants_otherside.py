"""The other side of a hostile act told without its target (kb.extract.otherside): in a report
on two states, a threat, a sanction or a strike by one of them that names no target is aimed at
the other; a statement is aimed at no one, and a third state named as often leaves it open. Every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article

LEAD = ("Chile recalled its ambassador from Bolivia on Monday after Bolivia seized a Chilean fishing boat, "
        "and Bolivia said Chile had no claim to the waters.\n\n")


def _events(text: str):
    extraction = extract_article(Article(id="otherside", raw_text=text, source="test",
                                         published=datetime(2011, 5, 18)))
    return extraction.events


def _only(events, etype: str):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.participants) for e in events]
    return found[0]


def test_a_strike_with_no_target_is_aimed_at_the_other_state():
    strike = _only(_events(LEAD + "Chilean jets bombed a border post on Tuesday."), "MilitaryAction")
    assert "country:BOL" in strike.recipients and "country:CHL" in strike.agents


def test_a_demand_with_no_addressee_is_made_of_the_other_state():
    appeal = _only(_events(LEAD + "Chile called on Tuesday for the boat to be returned at once."), "Appeal")
    assert "country:BOL" in appeal.recipients


def test_a_statement_is_aimed_at_no_one():
    events = _events(LEAD + "Chile said in a statement on Tuesday that its navy was ready.")
    statement = next(e for e in events if e.type == "Statement" and "country:CHL" in e.participants)
    assert "country:BOL" not in statement.participants


def test_no_side_is_added_when_a_third_state_is_named_as_often():
    text = LEAD + "Chilean jets bombed a border post on Tuesday.\n\nPeru and Peru's navy watched; Peru kept out of it."
    strike = _only(_events(text), "MilitaryAction")
    assert "country:BOL" not in strike.participants
