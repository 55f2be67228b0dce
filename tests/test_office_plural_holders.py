""""The presidents of X and Y": a plural office noun with its states stands for the holders the
article named (each state has one holder of an office), and an office holder's state read from
the capital a sentence opens in before the state his reported words are about. Every sentence
and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events, _one

DAY = datetime(2021, 5, 12)
MEETING = "Uruguayan President Hugo Ferro received Paraguayan President Dario Benitez in Montevideo on Monday. "


def test_the_presidents_of_two_states_are_the_holders_named_before():
    events, _ = _events(MEETING + "The presidents of Paraguay and Uruguay then signed a pact on river "
                        "shipping, aides said on Tuesday.", DAY)
    signed = _one(events, "AgreementSigned")
    assert {"person:hugo-ferro", "person:dario-benitez"} <= set(signed.participants)


def test_another_office_of_the_same_states_brings_no_president():
    events, _ = _events(MEETING + "The foreign ministers of Paraguay and Uruguay then signed a pact on river "
                        "shipping, aides said on Tuesday.", DAY)
    signed = _one(events, "AgreementSigned")
    assert "person:hugo-ferro" not in signed.participants
    assert {"country:URY", "country:PRY"} <= set(signed.participants)


def test_a_singular_president_of_a_state_is_no_list_of_holders():
    events, _ = _events(MEETING + "The president of the Uruguayan football union signed a sponsorship deal with "
                        "Paraguay on Tuesday.", DAY)
    assert all("person:hugo-ferro" not in e.participants for e in events if e.type == "AgreementSigned")


@pytest.mark.parametrize("other", [
    "Uruguayan central bank president Hugo Ferro",      # a body's president: no office of the state
    "Senate President Hugo Ferro of Uruguay",            # the president of a chamber
])
def test_a_body_s_president_is_not_the_state_s(other):
    text = (f"{other} met Paraguayan President Dario Benitez in Asuncion on Monday. Uruguayan President "
            "Rosa Lemos joined them. The presidents of Paraguay and Uruguay then signed a pact on river "
            "shipping, aides said on Tuesday.")
    events, _ = _events(text, DAY)
    signed = _one(events, "AgreementSigned")
    assert "person:hugo-ferro" not in signed.participants
    assert {"person:rosa-lemos", "person:dario-benitez"} <= set(signed.participants)


def test_the_opening_capital_outweighs_the_state_his_words_are_about():
    _, actors = _events("In Wellington, Prime Minister Tom Harland said China had ignored every "
                        "warning.", DAY)
    assert actors["person:tom-harland"].country == "NZL"


def test_a_quoted_clause_gives_the_speaker_no_state():
    _, actors = _events('"Moscow wants to humble us," Foreign Minister Luis Orta said on Monday.', DAY)
    assert actors["person:luis-orta"].country is None


def test_a_reported_clause_outside_quotes_still_tells_the_speaker_s_state():
    _, actors = _events("Chile will reopen its embassy in Lima next month, Foreign Minister Luis Orta told "
                        "reporters.", DAY)
    assert actors["person:luis-orta"].country == "CHL"
