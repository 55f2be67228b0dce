"""Dates across a colon or semicolon (kb.extract.joinedclauses, eventdate, maindate): the clause after
the mark goes on with the dated one before it, and a date after the mark is not the act's before it.
The sentences are our own."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18, "on Monday" 2019-10-14
LEAD = "Poland expelled two Russian diplomats on Friday.\n\n"


_dates_of = partial(dates_on, published=SATURDAY)


def test_the_clause_after_a_colon_shares_the_day_told_before_it():
    text = "Turkey went further on Monday: it recalled its ambassador from Vienna and closed the consulate."
    assert _dates_of(text, "recalled") == ["2019-10-14"]
    went_on = "Austrian police raided two Turkish clubs on Monday; Ankara condemned the raids as hostile."
    assert _dates_of(went_on, "condemned") == ["2019-10-14"]


def test_a_day_told_after_the_mark_is_not_the_act_before_it():
    text = LEAD + "Germany thanked Italy for its help: the Italian envoy met Putin in Sochi on Monday."
    assert _dates_of(text, "thanked") == ["2019-10-18"]  # the news of the day, not Monday's meeting


def test_what_a_relative_clause_tells_below_it_leaves_the_narration_on_the_news():
    text = LEAD + ("Russia's foreign ministry, which has spoken for Moscow since Lavrov took over in 2004, "
                   "denied the charge.")
    assert _dates_of(text, "denied") == ["2019-10-18"]
