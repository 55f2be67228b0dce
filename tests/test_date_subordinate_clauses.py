"""A bare "after" clause on an act told as done and dated only by its year shares that year
(kb.extract.sharedtime); a month, a span of time before "after", a day's cause and a plan give it
nothing. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

PUBLISHED = datetime(2019, 11, 20)


def test_a_bare_after_clause_on_an_act_of_a_year_lies_in_that_year():
    text = "Turkey restored ties with Russia in 2016, after the two presidents met in Sochi."
    assert dates_on(text, "met", PUBLISHED) == ["2016"]


def test_an_after_clause_on_an_act_of_a_month_may_lie_in_the_month_before():
    text = "Turkey closed its consulate in Sochi in March 2016, after Russia criticised Ankara."
    assert dates_on(text, "criticised", PUBLISHED) == [None]


def test_an_after_clause_behind_a_span_of_time_takes_no_year():
    text = "Turkey restored ties with Russia in 2016, years after the two presidents met in Sochi."
    assert dates_on(text, "met", PUBLISHED) == [None]


def test_an_after_clause_on_a_day_keeps_the_older_rule():
    text = "Turkey recalled its envoy from France on Monday, after Paris criticised Russia."
    assert dates_on(text, "criticised", PUBLISHED) == [None]  # a cause of unknown day


def test_an_after_clause_on_a_plan_takes_not_its_year():
    text = "Turkey called off a visit to Russia, planned for 2020, after Moscow criticised Ankara."
    assert dates_on(text, "criticised", PUBLISHED) == [None]  # the plan's year is no act done
