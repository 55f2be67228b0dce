"""A roll call of persons each named with "of" and his state: every state is an actor, the first
one too, which spaCy at times leaves unlabelled after a name the leaders table marked. Every
sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events


def test_the_first_state_of_a_roll_call_is_an_actor():
    text = ("Delegates from Oslo met on Friday with Guntis Ulmanis of Latvia, Lennart Meri of Estonia "
            "and Algirdas Brazauskas of Lithuania to initial a fisheries pact.")
    actors = _events(text, datetime(1994, 5, 6))[1]
    assert all(actors[s].mentions for s in ("country:LVA", "country:EST", "country:LTU"))


def test_a_place_after_of_that_is_no_state_is_left_alone():
    text = "Officials met on Monday with Lennart Meri of Tartu University to discuss the archive."
    actors = _events(text, datetime(1994, 5, 6))[1]
    assert "country:EST" not in {a for a, x in actors.items() if x.kind == "country" and x.mentions}
