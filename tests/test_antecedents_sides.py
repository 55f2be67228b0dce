"""Actors named again by a description where no main pair or earlier government gives them:
"the government" after a state told acting, "the two sides" after a pair named just before.
Each tested both ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2021, 6, 8)


def test_the_government_is_that_of_the_state_last_told_acting():
    # an act at home: an act on another state leaves it unresolved (tests/test_descriptions_bloc.py)
    events, _ = _events("Ecuador dissolved its parliament on Sunday. The government recalled its "
                        "ambassador on Monday.", DAY)
    assert _one(events, "BreakRelations").agents == ["country:ECU"]


def test_the_government_after_a_state_only_named_in_a_modifier_is_no_one():
    events, _ = _events("Colombian troops crossed into Ecuador on Saturday. The government recalled its "
                        "ambassador on Monday.", DAY)
    assert "country:COL" not in _one(events, "BreakRelations").agents


def test_the_two_sides_are_the_pair_named_just_before():
    events, _ = _events("Ethiopia and Eritrea ended their war in 2000. On Monday the two sides signed a "
                        "peace accord in Jeddah.", DAY)
    signing = _one(events, "AgreementSigned")
    assert set(signing.participants) == {"country:ETH", "country:ERI"}


def test_the_two_sides_name_no_one_without_a_pair_before():
    events, _ = _events("Ethiopia held talks with rebels in May. On Monday the two sides signed a peace "
                        "accord with Sudan in Jeddah.", DAY)
    assert _one(events, "AgreementSigned").participants == ["country:SDN"]
