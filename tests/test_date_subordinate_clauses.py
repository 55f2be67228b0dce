"""Subordinate clauses that share the time of the dated act they hang on (kb.extract.sharedtime): a
"where" clause told after a dated act, a bare "after" clause on an act dated by a month or a year, and
a "when" clause whose act is "due to" come. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

PUBLISHED = datetime(2019, 11, 20)


def test_a_where_clause_after_a_dated_act_is_of_its_time():
    text = "The presidents of Russia and Turkey first met in Sochi in March last year, where they held talks on grain."
    assert dates_on(text, "talks", PUBLISHED) == ["2018-03"]


def test_a_where_clause_in_the_present_tells_a_standing_custom_and_takes_no_time():
    text = ("The presidents of Russia and Turkey first met in Sochi in March last year, "
            "where the two states hold talks each spring.")
    assert dates_on(text, "talks", PUBLISHED) == [None]


def test_a_bare_after_clause_on_an_act_of_a_year_lies_in_that_year():
    text = "Turkey restored ties with Russia in 2016, after the two presidents met in Sochi."
    assert dates_on(text, "met", PUBLISHED) == ["2016"]


def test_an_after_clause_behind_a_span_of_time_takes_no_year():
    text = "Turkey restored ties with Russia in 2016, years after the two presidents met in Sochi."
    assert dates_on(text, "met", PUBLISHED) == [None]


def test_an_after_clause_on_a_day_keeps_the_older_rule():
    text = "Turkey recalled its envoy from France on Monday, after Paris criticised Russia."
    assert dates_on(text, "criticised", PUBLISHED) == [None]  # a cause of unknown day


def test_a_when_clause_of_an_act_due_to_come_takes_the_day_it_hangs_on():
    text = "The United Nations mission is to begin on December 2, when a force from Turkey is due to deploy in Sochi."
    assert dates_on(text, "deploy", PUBLISHED) == ["2019-12-02"]


def test_an_after_clause_on_a_plan_takes_not_its_month():
    text = "Turkey called off a visit to Russia, planned for early December, after Moscow criticised Ankara."
    assert dates_on(text, "criticised", PUBLISHED) == [None]  # the plan's month is no act done
