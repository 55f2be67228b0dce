"""Whom a demand bids act, told in the mandative subjunctive ("demanded that X withdraw"):
that party is the appeal's recipient, and so the recipient of a vote that makes the demand.

Every sentence here is written for the test.
"""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events as article_events, _one as _only

LEAD = "Georgia and Armenia traded fire across their border on Monday, and Georgia accused Armenia of shelling a village.\n\n"


def _events(text: str):
    return article_events(text, datetime(2019, 3, 14))[0]


def test_the_subject_of_a_subjunctive_demand_is_bidden():
    appeal = _only(_events(LEAD + "Turkey demanded on Tuesday that Armenia pull its troops back."), "Appeal")
    assert "country:ARM" in appeal.recipients and "country:TUR" in appeal.agents


def test_a_vote_to_demand_takes_the_parties_bidden():
    vote = _only(_events(LEAD + "The Security Council voted on Wednesday to demand that Georgia and Armenia hold their fire."), "Vote")
    assert {"country:GEO", "country:ARM"} <= set(vote.participants)


def test_a_clause_with_a_modal_bids_no_one():
    events = _events(LEAD + "Turkey insisted on Tuesday that Azerbaijan would stay neutral.")
    assert not any("country:AZE" in e.recipients for e in events)
