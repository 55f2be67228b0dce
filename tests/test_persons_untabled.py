"""People the leaders table does not know, whose names the small parser model labels as
organizations though the text tells a person (a state's possessive on it, a title in apposition
after it). Both ways; every name and sentence here is made up for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(2022, 5, 17)


def _actors(text: str):
    return _events(text, DAY)[1]


def test_a_name_read_as_a_body_with_a_states_possessive_is_a_person_of_that_state():
    actors = _actors("Talks resumed between Djibouti's Taye Wolde Giorgis and his counterpart on Monday.")
    assert actors["person:taye-wolde-giorgis"].country == "DJI"


def test_a_name_read_as_a_body_with_a_title_apposed_is_a_person():
    actors = _actors("The talks were chaired by Ousmane Diallo Kante, the Malian envoy.")
    assert actors["person:ousmane-diallo-kante"].country == "MLI"


def test_a_body_with_a_states_possessive_stays_a_body():
    actors = _actors("Talks resumed between Djibouti's Wolde Commission and the rebels on Monday.")
    assert not any(a.startswith("person:") for a in actors)


def test_a_company_with_a_states_possessive_is_no_person():
    actors = _actors("Chile's Andes Copper Holdings signed a supply agreement with Germany on Monday.")
    assert not any(a.startswith("person:") for a in actors)
    assert "country:DEU" in actors  # the sentence is read, the firm is just not taken for a man
