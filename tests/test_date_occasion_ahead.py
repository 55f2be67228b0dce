"""An occasion a journey told on a day was bound for is still ahead, not of that day ("on his way to the
summit"); a timetable set off right after an occasion's noun is its own time, wherever the parser
hangs it ("the summit, due to open on Saturday"). kb.extract.eventdate. Sentences written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

DAY = datetime(2019, 4, 2)


def _dates(text: str, kind: str) -> list:
    return [e.date.value if e.date else None for e in parse(text, DAY)[-1] if e.type == kind]


def test_a_gathering_on_the_way_to_is_not_of_the_journeys_day():
    assert _dates("Police in Geneva on Monday took Putin off a plane on his way to the summit of NATO.",
                  "Summit") == [None]
    assert _dates("Police in Geneva on Monday took Putin off a plane en route to the meetings of NATO in Paris.",
                  "Meeting") == [None]


def test_a_gathering_reached_on_the_day_keeps_it():
    assert _dates("Putin flew to Geneva on Monday for the summit with Bush.", "Summit") == ["2019-04-01"]


def test_a_timetable_set_off_after_the_occasion_dates_it():
    assert _dates("The affair hangs over the NATO summit, due to open in Paris on Saturday.", "Summit") == ["2019-04-06"]


def test_a_timetable_of_someone_else_does_not():
    dates = _dates("Putin met Bush at the summit, and Bush said he was due to fly home on Saturday.", "Meeting")
    assert dates == [None]
