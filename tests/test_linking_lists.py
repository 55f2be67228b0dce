"""Names the parse loses from a phrase: a name of a list read as an apposition, the state behind
"its" envoys. Each tested both ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2018, 10, 2)


def test_a_list_name_read_as_an_apposition_stays_in_the_list():
    events, _ = _events("Norway, the Netherlands, Denmark and Sweden have recalled their envoys from Chile.", DAY)
    assert set(_one(events, "BreakRelations").agents) == {"country:NOR", "country:NLD", "country:DNK", "country:SWE"}


def test_a_common_noun_apposition_is_no_member_of_the_list():
    events, _ = _events("Hugo Lanz, the Peruvian envoy, and Chile signed the accord on Monday.", DAY)
    assert set(_one(events, "AgreementSigned").agents) == {"person:hugo-lanz", "country:CHL"}


def test_its_diplomats_are_those_of_the_state_it_stands_for():
    events, _ = _events("Peru suspended all flights to Chile on Monday and expelled its diplomats.", DAY)
    assert _one(events, "Expulsion").recipients == ["country:CHL"]


def test_its_own_envoy_recalled_is_no_recipient():
    events, _ = _events("Chile recalled its ambassador on Monday.", DAY)
    assert all("country:CHL" not in e.recipients for e in events)
