"""A minister or deputy that "his"/"her" gives to a head of state named just before serves that
head's state (kb.extract.homestate). Names and sentences are written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events

DAY = datetime(2021, 5, 12)


@pytest.mark.parametrize("text, name, state", [
    ("Chilean President Rosa Lemos opened the port on Monday. Beside her stood her trade minister, "
     "Pablo Ortiz, who signed the lease.", "Pablo Ortiz", "CHL"),
    ("Ghanaian President Kofi Mensah lost the vote. On Friday his vice-president, Ama Boateng, "
     "resigned.", "Ama Boateng", "GHA"),
])
def test_the_leader_s_minister_serves_the_leader_s_state(text, name, state):
    _, actors = _events(text, DAY)
    assert next(a for a in actors.values() if a.name == name).country == state


def test_a_party_leader_s_deputy_takes_no_state_from_him():
    _, actors = _events("Opposition leader Kofi Mensah of Ghana lost the vote. On Friday his deputy "
                        "leader, Ama Boateng, resigned.", DAY)
    assert next(a for a in actors.values() if a.name == "Ama Boateng").country is None
