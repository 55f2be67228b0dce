"""Dates whose direction (past or future) comes from the tense of the verb that governs them."""
from datetime import datetime

from kb.extract.dates import extract_dates
from tests.extract_support import nlp


def test_a_timetable_told_in_the_present_is_in_the_future():
    """"flies to Berlin on Friday", told on a Thursday, is the next day, not six days before."""
    thursday = datetime(2012, 3, 15, 9)

    def first(text):
        return extract_dates(nlp()(text), thursday)[0].value
    assert first("The chancellor flies to Rome on Friday.") == "2012-03-16"
    assert first("The envoy is meeting rebel leaders on Saturday.") == "2012-03-17"
    assert first("The chancellor flew to Rome on Friday.") == "2012-03-09"
    assert first("The minister says he phoned Rome on Monday.") == "2012-03-12"


def test_what_people_are_to_do_on_a_weekday_is_ahead():
    assert extract_dates(nlp()("The envoys are to meet again on Monday."), datetime(2012, 3, 15))[0].value \
        == "2012-03-19"


def test_a_month_placed_by_a_relative_year():
    from kb.extract.dates import parse_date
    pub = datetime(2016, 4, 20)
    assert parse_date("in May last year", pub).value == "2015-05"
    assert parse_date("January of next year", pub).value == "2017-01"
    assert parse_date("last October", pub).value == "2015-10"
    assert parse_date("last March", pub).value == "2016-03"
    assert parse_date("next March", pub).value == "2017-03"
    assert parse_date("May last year", pub).precision == "month"
