""""The presidents of X and Y": a plural office noun with its states stands for the holders the
article named (each state has one holder of an office), and an office holder's state read from
the capital a sentence opens in before the state his reported words are about. Every sentence
and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2021, 5, 12)
MEETING = "Kyrgyz President Almaz Tokoev welcomed Tajik President Rustam Nabiev in Bishkek on Monday. "


def test_the_presidents_of_two_states_are_the_holders_named_before():
    events, _ = _events(MEETING + "On Tuesday the presidents of Tajikistan and Kyrgyzstan put their names "
                        "to a water treaty.", DAY)
    signed = _one(events, "AgreementSigned")
    assert {"person:almaz-tokoev", "person:rustam-nabiev"} <= set(signed.participants)


def test_another_office_of_the_same_states_brings_no_president():
    events, _ = _events(MEETING + "On Tuesday the foreign ministers of Tajikistan and Kyrgyzstan put their "
                        "names to a water treaty.", DAY)
    signed = _one(events, "AgreementSigned")
    assert "person:almaz-tokoev" not in signed.participants
    assert {"country:KGZ", "country:TJK"} <= set(signed.participants)


def test_a_singular_president_of_a_state_is_no_list_of_holders():
    events, _ = _events(MEETING + "The president of the Kyrgyz football union signed a sponsorship deal with "
                        "Tajikistan on Tuesday.", DAY)
    assert all("person:almaz-tokoev" not in e.participants for e in events if e.type == "AgreementSigned")


def test_the_opening_capital_outweighs_the_state_his_words_are_about():
    _, actors = _events("In Wellington, Prime Minister Tom Harland said China had ignored every "
                        "warning.", DAY)
    assert actors["person:tom-harland"].country == "NZL"


def test_a_quoted_clause_gives_the_speaker_no_state():
    _, actors = _events('"Moscow wants to humble us," Foreign Minister Luis Orta said on Monday.', DAY)
    assert actors["person:luis-orta"].country is None


def test_a_reported_clause_outside_quotes_still_tells_the_speaker_s_state():
    _, actors = _events("Panama broke off relations with Taiwan on Monday, Foreign Minister Luis Orta said.", DAY)
    assert actors["person:luis-orta"].country == "PAN"
