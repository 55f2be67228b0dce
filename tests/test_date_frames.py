"""A date that opens a sentence, set off by a comma, frames its main line even where the parser hung
it on a subordinate clause or on the first of a run of clauses joined by commas
(kb.extract.eventdate). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

PUBLISHED = datetime(2021, 8, 25)


def test_an_opening_day_hung_on_an_after_clause_dates_the_main_clause():
    text = "On March 3, two days after protests filled the streets of Kiev, Germany recalled its ambassador from Ukraine."
    assert dates_on(text, "recalled", PUBLISHED) == ["2021-03-03"]


def test_an_opening_month_dates_the_last_of_a_run_of_clauses():
    text = ("In March, after the scandal broke, the army turned against the deal, crowds filled the streets "
            "of Kiev and Germany was forced to recall its ambassador from Ukraine.")
    assert dates_on(text, "recall", PUBLISHED) == ["2021-03"]


def test_a_date_inside_the_subordinate_clause_or_before_a_saying_frames_nothing_more():
    said = "On March 3, Putin said that Germany had recalled its ambassador from Ukraine."
    assert dates_on(said, "recalled", PUBLISHED) == [None]  # a recall reported as done before the saying
    inside = "Merkel resigned after protests that began on March 3 filled the streets of Kiev."
    assert dates_on(inside, "resigned", PUBLISHED) == [None]  # the day of the protests, told in a clause on them
