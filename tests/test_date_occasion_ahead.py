"""An occasion a journey told on a day was bound for is still ahead, not of that day ("on her way to the
summit"), though a time in the occasion's own phrase is its own ("a summit ..., which opens on Sunday");
a timetable set off right after an occasion's phrase is its own time, wherever the parser hangs it ("the
summit between X and Y, due to start on Thursday"), not a participant's own plan. kb.extract.eventdate.
Sentences written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

DAY = datetime(2019, 4, 2)


def _dates(text: str, kind: str) -> list:
    return [e.date.value if e.date else None for e in parse(text, DAY)[-1] if e.type == kind]


def test_a_gathering_on_the_way_to_is_not_of_the_journeys_day():
    assert _dates("Customs officers at Sochi airport held Erdogan's aides for hours on Tuesday, on their way "
                  "to the summit with Putin.", "Summit") == [None]
    assert _dates("Merkel changed planes in Berlin on Friday en route to the talks with Hu in Beijing.",
                  "Meeting") == [None]


def test_a_time_in_the_gatherings_own_phrase_is_its_own():
    assert _dates("Merkel stopped in Berlin on Friday on her way to a summit with Hu, which opens on Sunday.",
                  "Summit") == ["2019-04-07"]


def test_a_gathering_reached_on_the_day_keeps_it():
    assert _dates("Putin flew to Geneva on Monday for the summit with Bush.", "Summit") == ["2019-04-01"]


def test_a_timetable_set_off_after_the_occasion_dates_it():
    # the parser hangs "due" on "overshadows" here
    text = "A spying row overshadows the summit between Putin and Erdogan, due to start in Sochi on Thursday."
    assert _dates(text, "Summit") == ["2019-04-04"]


def test_a_timetable_of_someone_else_does_not():
    text = "Putin met Erdogan in Sochi, and Erdogan said he was scheduled to fly home on Thursday."
    assert _dates(text, "Meeting") == [None]
    assert _dates("Putin met Erdogan at the summit in Sochi, due to fly home on Thursday.", "Meeting") == [None]
