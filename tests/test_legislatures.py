"""A state's chamber named by a common noun is an organization of its state, and the party of its
votes (kb.extract.legislatures). Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events

DAY = datetime(2021, 5, 12)


def _votes(text):
    events, actors = _events(text, DAY)
    return [e.participants for e in events if e.type == "Vote"], actors


@pytest.mark.parametrize("text, chamber", [
    ("The Chilean senate approved the pension law on Tuesday by 30 votes to 12.", "org:senate-of-chile"),
    ("Kenya's parliament voted on Tuesday to raise the fuel levy.", "org:parliament-of-kenya"),
    ("The legislature of Ghana voted on Tuesday to raise the fuel levy.", "org:parliament-of-ghana"),
    # no state word: the dateline's capital
    ("NAIROBI (Reuters) - The upper house passed the water bill on Tuesday.", "org:senate-of-kenya"),
    ("NAIROBI (Reuters) - Lawmakers voted on Tuesday to raise the fuel levy.", "org:parliament-of-kenya"),
])
def test_a_chamber_is_the_party_of_its_vote_not_its_state(text, chamber):
    votes, actors = _votes(text)
    assert votes and chamber in votes[0]
    assert actors[chamber].kind == "organization" and actors[chamber].country
    assert not any(p.startswith("country:") for p in votes[0])


def test_the_state_named_just_before_outweighs_the_dateline():
    text = ("ACCRA (Reuters) - Ghana recalled its envoy on Monday. Nigerian ministers briefed parliament "
            "on the dispute. The lower house then passed the border bill the same evening.")
    votes, _ = _votes(text)
    assert votes and "org:house-of-representatives-of-nigeria" in votes[0]


@pytest.mark.parametrize("text", [
    "The parliament speaker of Kenya resigned on Tuesday.",           # the chamber's officer
    "The European Parliament voted on Tuesday to raise the levy.",   # a named body of the table
    "Opposition lawmakers in Kenya were angry, a newspaper said.",   # members not the subject of a clause
])
def test_no_chamber_of_a_state_for_look_alikes(text):
    _, actors = _events(text, DAY)
    assert not [a for a in actors if a.startswith("org:parliament-of") or a.startswith("org:senate-of")]


def test_a_chamber_named_after_the_states_it_acts_on_stays_the_dateline_s():
    text = "NAIROBI (Reuters) - The upper house voted on Tuesday to ratify the border treaty with Uganda."
    votes, _ = _votes(text)
    assert votes and "org:senate-of-kenya" in votes[0] and "org:senate-of-uganda" not in votes[0]


def test_members_who_meet_and_vote_are_their_chamber():
    votes, _ = _votes("LIMA - Lawmakers gathered on Tuesday and voted by 90 to 20 to censure the minister.")
    assert votes and "org:parliament-of-peru" in votes[0]
