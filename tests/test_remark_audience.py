"""A chamber a remark is told to ("told parliament") is the remark's audience, not a party to it:
the gold lists no audience, and a bare "parliament" may resolve to the chamber of another state
the article names. A chamber that speaks stays a party, and so does the state it speaks to."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events as _pipeline_events

PUBLISHED = datetime(2018, 3, 14)


def _events(text: str) -> list:
    return _pipeline_events(text, PUBLISHED)[0]


def test_a_chamber_told_a_remark_is_no_party_to_it():
    text = ("The Russian parliament met on Monday. Swedish Prime Minister Ulf Kristersson told parliament on "
            "Tuesday that Sweden would send home three Russian diplomats.")
    told = [e for e in _events(text) if e.trigger == "told"]
    assert told and not any("parliament" in p for e in told for p in e.participants)


def test_a_chamber_that_speaks_stays_a_party_and_its_listener_too():
    text = "The Russian parliament told Britain in a letter that Moscow would answer in kind."
    told = [e for e in _events(text) if e.trigger == "told"]
    assert [(e.agents, e.recipients) for e in told] == [(["org:parliament-of-russia"], ["country:GBR"])]
