""""X's government" is the state X serves, not X: a government acts as its state does; a
person's own people ("X's counterpart") stay persons, and "X's office" speaks for X himself. Every sentence and name here is written
for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2016, 9, 7)


def test_a_leaders_government_is_his_state():
    events, _ = _events("Kenyan President Uhuru Kenyatta's government accused Somalia on Tuesday of "
                        "shelling a border town.", DAY)
    accusation = _one(events, "Accusation")
    assert "country:KEN" in accusation.participants and "country:SOM" in accusation.participants
    assert "person:uhuru-kenyatta" not in accusation.participants


def test_a_leaders_counterpart_is_a_person():
    events, _ = _events("Kenyan President Uhuru Kenyatta's counterpart, Ugandan President Yoweri Museveni, "
                        "accused Somalia on Tuesday of shelling a border town.", DAY)
    accusation = _one(events, "Accusation")
    assert "person:yoweri-museveni" in accusation.participants


def test_a_rebel_leaders_or_a_former_presidents_side_is_his_own():
    for text, person in (
            ("South Sudanese rebel leader Riek Machar's side accused Uganda on Tuesday of shelling a "
             "border town.", "person:riek-machar"),
            ("Former Ivorian President Laurent Gbagbo's side accused France on Tuesday of meddling.",
             "person:laurent-gbagbo")):
        events, _ = _events(text, DAY)
        assert person in _one(events, "Accusation").participants, text


def test_a_persons_office_speaks_for_the_person():
    for text in ("Chilean President Gabriel Boric's office accused Bolivia on Tuesday of stirring "
                 "up the border dispute.",
                 "The office of Chilean President Gabriel Boric accused Bolivia on Tuesday of stirring "
                 "up the border dispute."):
        events, _ = _events(text, DAY)
        accusation = _one(events, "Accusation")
        assert {"person:gabriel-boric", "country:CHL", "country:BOL"} <= set(accusation.participants), text


def test_a_leaders_aides_are_his_state_not_the_person():
    events, _ = _events("Chilean President Gabriel Boric's aides accused Bolivia on Tuesday of stirring "
                        "up the border dispute.", DAY)
    accusation = _one(events, "Accusation")
    assert "country:CHL" in accusation.participants
    assert "person:gabriel-boric" not in accusation.participants
