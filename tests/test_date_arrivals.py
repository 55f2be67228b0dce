"""A visitor's coming told in the past perfect in a relative clause on the one a dated act receives
("after receiving X, who had travelled to Y") is the visit of that day (kb.extract.eventdate). The
sentences are our own."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Tuesday" is 2019-10-15


_dates_of = partial(dates_on, published=SATURDAY)


def test_a_coming_told_on_the_one_received_takes_the_day_of_the_reception():
    text = "Putin freed two Chinese sailors on Tuesday after receiving Xi Jinping, who had travelled to Moscow in secret."
    assert _dates_of(text, "travelled") == ["2019-10-15"]


def test_a_coming_told_on_someone_of_a_said_clause_takes_no_day():
    text = "Putin said on Tuesday that Xi Jinping, who had travelled to Moscow in secret, was a welcome guest."
    assert _dates_of(text, "travelled") == [None]
