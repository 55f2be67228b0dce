"""Acts in the run of a background episode placed only by its month or year take that time: what a
year-dated act came after (kb.extract.sharedtime, "restored ties in 1985, after X met Y"), and an act
told as coming later in a paragraph that named a past month or year (kb.extract.maindate, "The war
broke out in 2008. X later recalled its envoy"). A day is no such bound. Every sentence here is
written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

DAY = datetime(2019, 4, 2)


def _dates(text: str, kind: str) -> list:
    return [e.date.value if e.date else None for e in parse(text, DAY)[-1] if e.type == kind]


def test_what_a_year_dated_act_came_after_is_of_that_year():
    assert _dates("India and Pakistan restored ties in 1985, after Putin met Bush in Geneva.", "Meeting") == ["1985"]
    assert _dates("India and Pakistan had restored ties in 1985, after Putin and Bush met at a summit.",
                  "Meeting") == ["1985"]


def test_what_a_day_dated_act_came_after_has_no_day():
    assert _dates("India and Pakistan restored ties on Monday, after Putin met Bush in Geneva.", "Meeting") == [None]


def test_a_count_before_after_still_dates_by_the_count():
    assert _dates("India and Pakistan restored ties in 1985, three years after Putin met Bush.", "Meeting") == ["1982"]


def test_a_later_act_stays_in_the_year_the_paragraph_named():
    text = "The war in Georgia broke out in 2008. Pakistan later recalled its ambassador from Russia."
    assert _dates(text, "BreakRelations") == ["2008"]


def test_a_later_act_counted_in_days_stays_in_the_month():
    text = "India closed its border in July. Pakistan recalled its ambassador a few days later and demanded an apology."
    assert _dates(text, "BreakRelations") == ["2018-07"]
    assert _dates(text, "Appeal") == ["2018-07"]


def test_a_later_act_not_counted_in_days_may_leave_the_month():
    text = "India closed its border in July. Pakistan later recalled its ambassador."
    assert _dates(text, "BreakRelations") == ["2018"]


def test_later_than_a_dated_day_has_no_day():
    text = "India closed its border on Monday. Pakistan later recalled its ambassador."
    assert _dates(text, "BreakRelations") == [None]
