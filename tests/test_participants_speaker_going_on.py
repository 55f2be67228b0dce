"""An act of words coordinated with what a speaker reports is the speaker's: "X said Y had
failed and urged Z to act" (kb.extract.clauses.speaker_going_on). Every sentence and name here
is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2023, 3, 14)


def test_an_appeal_after_a_reported_clause_is_the_speakers():
    events, _ = _events("Chilean Foreign Minister Alberto van Klaveren said on Monday that the mediation "
                        "had failed and urged Bolivia to return to the table.", DAY)
    appeal = _one(events, "Appeal")
    assert "person:alberto-van-klaveren" in appeal.agents
    assert "country:BOL" in appeal.participants


def test_an_accusation_after_a_reported_state_is_the_speakers():
    events, _ = _events("Chilean Foreign Minister Alberto van Klaveren said on Monday that Santiago was "
                        "disappointed and accused Bolivia of bad faith.", DAY)
    accusation = _one(events, "Accusation")
    assert "person:alberto-van-klaveren" in accusation.agents


def test_a_reported_act_with_its_own_auxiliary_stays_with_the_reported_subject():
    events, _ = _events("Chilean Foreign Minister Alberto van Klaveren said on Monday that Bolivia had "
                        "ignored the ruling and would reject any new talks.", DAY)
    rejection = _one(events, "Rejection")
    assert "person:alberto-van-klaveren" not in rejection.participants
    assert "country:BOL" in rejection.agents


def test_another_state_reported_goes_on_with_its_own_acts():
    events, _ = _events("China's envoy to Norway said late on Tuesday that Japan had sent ships to "
                        "the islands and accused Beijing of stirring up the standoff.", DAY)
    accusation = _one(events, "Accusation")
    assert "country:JPN" in accusation.agents
    assert "country:CHN" not in accusation.agents
