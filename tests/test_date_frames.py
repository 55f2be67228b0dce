"""A date that opens a sentence, set off by a comma, frames its main line even where the parser hung
it on a subordinate clause or on the first of a run of clauses joined by commas
(kb.extract.eventdate). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.extract_support import dates_on

PUBLISHED = datetime(2021, 8, 25)


def test_an_opening_day_hung_on_an_after_clause_dates_the_main_clause():
    text = "On March 3, two days after riots shook Kiev, Germany recalled its ambassador from Ukraine."
    assert dates_on(text, "recalled", PUBLISHED) == ["2021-03-03"]


@pytest.mark.parametrize("text, trigger, value", [
    ("In May, the talks collapsed, the border was sealed and India recalled its envoy from Pakistan.", "recalled",
     "2021-05"),
    ("On June 2, the embassy was stormed, the staff fled and Poland recalled its ambassador from Russia.", "recalled",
     "2021-06-02"),
    ("In April, after the truce broke down, shells fell on the capital, trade stopped and Turkey was forced to "
     "recall its ambassador from Iran.", "recall", "2021-04"),
])
def test_an_opening_date_dates_the_last_of_a_run_of_clauses(text, trigger, value):
    assert dates_on(text, trigger, PUBLISHED) == [value]


def test_a_date_inside_the_subordinate_clause_or_before_a_saying_frames_nothing_more():
    said = "On March 3, Putin said that Germany had recalled its ambassador from Ukraine."
    assert dates_on(said, "recalled", PUBLISHED) == [None]  # a recall reported as done before the saying
    inside = "Merkel resigned after riots that began on March 3 shook Kiev."
    assert dates_on(inside, "resigned", PUBLISHED) == [None]  # the day of the protests, told in a clause on them
