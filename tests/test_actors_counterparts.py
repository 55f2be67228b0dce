"""A person named as another's counterpart holds the other's office for the state the word before
"counterpart" names, and brings that state to his later acts; "the two ministers" after such a
pair are those two persons, not a pair of states the article named first. Every sentence and
name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2022, 10, 4)

NARRATION = ("Ghana lodged a protest with Togo on Saturday over the arrest of three traders.\n\n"
             "In Vilnius on Monday, Polish Foreign Minister Tadeusz Wrobelski met his Lithuanian counterpart, "
             "Darius Kavaliauskas, and the two ministers signed a border accord. Kavaliauskas accused Belarus "
             "of pushing migrants across the frontier.")


def test_a_counterpart_holds_the_office_of_the_person_named_before_for_his_own_state():
    events, actors = _events(NARRATION, DAY)
    person = actors["person:darius-kavaliauskas"]
    assert person.country == "LTU" and person.roles == ["Foreign Minister of Lithuania"]
    assert "country:LTU" in _one(events, "Accusation").participants  # he acts in office later on


def test_the_two_ministers_are_the_pair_just_named_not_the_first_pair_of_states():
    events, _ = _events(NARRATION, DAY)
    signed = _one(events, "AgreementSigned")
    assert {"person:tadeusz-wrobelski", "person:darius-kavaliauskas"} <= set(signed.agents)
    assert {"country:POL", "country:LTU"} <= set(signed.participants)
    assert not {"country:GHA", "country:TGO"} & set(signed.participants)


def test_a_counterpart_no_state_word_qualifies_takes_no_state():
    text = "Foreign Minister Ana Sobral of Peru called her counterpart, Ines Marlowe, on Friday."
    person = _events(text, DAY)[1]["person:ines-marlowe"]
    assert person.country is None and person.roles == []


def test_a_counterpart_of_an_office_worded_by_its_state_takes_the_state_alone():
    text = ("U.S. Secretary of State Mark Delaney accused his Cuban counterpart, Luis Ortega Mar, of "
            "stalling the talks on Friday.")
    person = _events(text, DAY)[1]["person:luis-ortega-mar"]
    assert person.country == "CUB" and person.roles == []  # a foreign minister, not a "Secretary of Cuba"


def test_his_counterpart_opening_the_next_sentence_holds_the_office_of_the_one_he_points_back_to():
    events, actors = _events("Croatian Prime Minister Ivo Maric said on Thursday that Zagreb would ignore the "
                             "ruling. His Slovenian counterpart, Janez Kos, urged Zagreb on Friday to respect it.",
                             datetime(2017, 6, 30))
    assert actors["person:janez-kos"].roles == ["Prime Minister of Slovenia"]
    assert "country:SVN" in _one(events, "Appeal").participants  # a prime minister acts for his state
