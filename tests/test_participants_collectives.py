"""Parties named as a collective: "the two armies", "the two states" stand for the two states
the report is about. Each tested both ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2019, 4, 2)
QUARREL = ("Peru accused Chile on Monday of moving tanks to the border, and Peru recalled its ambassador "
           "from Chile for consultations. ")


def test_the_two_armies_are_the_two_states_of_the_report():
    events, _ = _events(QUARREL + "In March 1979 the two armies shelled each other along the river.", DAY)
    clash = _one(events, "MilitaryAction")
    assert set(clash.participants) == {"country:PER", "country:CHL"}


def test_the_two_states_sign_for_the_two_states_of_the_report():
    events, _ = _events(QUARREL + "In 1929 the two states signed a border treaty.", DAY)
    signing = _one(events, "AgreementSigned")
    assert set(signing.participants) == {"country:PER", "country:CHL"}


def test_a_pair_of_armies_of_a_named_owner_is_not_the_two_states():
    events, _ = _events(QUARREL + "In 1879 the two armies of the empire shelled each other along the river.", DAY)
    assert not [e for e in events if e.type == "MilitaryAction"]


def test_the_two_armies_name_no_one_when_the_report_has_no_clear_pair():
    events, _ = _events("Peru, Chile and Bolivia met in Lima on Monday. Peru, Chile and Bolivia will meet "
                        "again in May. In March 1979 the two armies shelled each other along the river.", DAY)
    assert not [e for e in events if e.type == "MilitaryAction"]


def test_the_two_sides_are_not_read_as_the_two_states():
    # "the two sides" may be a state and its rebels: left to the pair named just before
    events, _ = _events(QUARREL + "When the two sides clashed near the river in 1979, dozens of soldiers died.", DAY)
    assert not [e for e in events if e.type == "MilitaryAction"]


def test_one_sides_remark_on_the_other_names_it():
    events, _ = _events(QUARREL + "In Santiago on Tuesday, Chilean Foreign Minister Carlos Soto said "
                        "Peru had broken its word.", DAY)
    remark = _one(events, "Statement")
    assert "country:PER" in remark.participants


def test_a_remark_on_a_state_outside_the_quarrel_does_not_name_it():
    events, _ = _events(QUARREL + "In Santiago on Tuesday, Chilean Foreign Minister Carlos Soto said "
                        "Brazil had broken its word.", DAY)
    remark = _one(events, "Statement")
    assert "country:BRA" not in remark.participants


def test_the_two_armies_are_the_pair_named_just_before():
    # a state's army and an armed group fighting at home: not the article's two quarrelling states
    events, _ = _events(QUARREL + "Inside Peru, the army and the Shining Path have fought since May. The two "
                        "armies clashed near Ayacucho on Sunday.", DAY)
    assert all("country:CHL" not in e.participants for e in events if e.type == "MilitaryAction")
