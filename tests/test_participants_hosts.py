"""The host of a summit or meeting named as such in its sentence takes part in it. Both ways;
every sentence and name here is made up for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2022, 5, 17)


def test_a_host_in_apposition_takes_part_in_the_summit():
    events, _ = _events("The Pacific summit closed in Apia on Sunday, and its host, Tavita Lealaiauloto, "
                        "called it a success.", DAY)
    assert "person:tavita-lealaiauloto" in _one(events, "Summit").participants


def test_a_host_word_naming_no_one_adds_no_one():
    events, _ = _events("Fiji and Tonga opened a summit in Apia on Tuesday, and the host country's police "
                        "arrested Tavita Lealaiauloto.", DAY)
    assert _one(events, "Summit").participants == ["country:FJI", "country:TON"]
