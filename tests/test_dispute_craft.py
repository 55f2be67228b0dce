"""An act on a ship or an aircraft the text names ("sank the ship Blue Heron") is the matter in
dispute ("sinking of Blue Heron"). An unnamed craft is left to the hostile act's own dispute, and an
act on a nameless boat, or one a year or more back, is none."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("Divers working for the Chilean navy sank the protest ship Blue Heron off Valparaiso in May, Peru said.",
     "sinking of Blue Heron"),
    ("Iranian forces seized the British tanker Sea Star in the Strait of Hormuz on Friday.", "seizure of Sea Star"),
])
def test_an_act_on_a_named_ship_is_a_dispute_over_it(text, topic):
    assert topic in [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text", [
    "Fishermen in Chile sank an old boat to make a reef.",
    "Pirates in Somalia hijacked a ship on Monday.",
    "Divers of the Chilean navy sank the protest ship Blue Heron off Valparaiso in 1990, Peru recalled.",
])
def test_no_dispute_over_a_nameless_boat_or_an_old_act(text):
    assert not any(d.topic.startswith(("sinking of", "hijacking of")) for d in _article_disputes(text))
