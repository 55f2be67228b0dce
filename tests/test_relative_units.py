""""this week", "next month", "last year": calendar arithmetic of our own, the same answers as
dateparser (which the rest of the date parser still falls back to) at a fraction of the cost."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kb.extract.dates import _dateparser, parse_date


def _key(tv):
    return None if tv is None else (tv.value, tv.precision, tv.earliest, tv.latest)


@pytest.mark.parametrize("phrase, published, value, earliest, latest", [
    ("next month", datetime(2021, 12, 15), "2022-01", date(2022, 1, 1), date(2022, 1, 31)),
    ("last month", datetime(2021, 1, 3), "2020-12", date(2020, 12, 1), date(2020, 12, 31)),
    ("next year", datetime(2021, 6, 1), "2022", date(2022, 1, 1), date(2022, 12, 31)),
    # a week is the month of its Thursday, bounded by its Monday and Sunday
    ("this week", datetime(2020, 12, 31), "2020-12", date(2020, 12, 28), date(2021, 1, 3)),
    ("last week", datetime(2021, 1, 4), "2020-12", date(2020, 12, 28), date(2021, 1, 3)),
    ("next week", datetime(2024, 2, 26), "2024-03", date(2024, 3, 4), date(2024, 3, 10)),
])
def test_units_counted_from_publication(phrase, published, value, earliest, latest):
    assert _key(parse_date(phrase, published)) == (value, "month" if "-" in value else "year", earliest, latest)


def test_the_same_answers_as_dateparser_across_year_ends_and_a_leap_day():
    days = [datetime(2023, 12, 20) + timedelta(days=n) for n in range(0, 80, 3)]
    for published in days:
        for phrase in ("this week", "next week", "last week", "this month", "next month",
                       "last month", "this year", "next year", "last year"):
            assert _key(parse_date(phrase, published)) == _key(_dateparser(phrase, published, None)), \
                (phrase, published)


def test_spans_up_to_or_from_now_are_not_taken_for_calendar_units():
    assert _key(parse_date("the past week", datetime(2021, 3, 3))) != \
        _key(parse_date("last week", datetime(2021, 3, 3)))


def test_the_last_few_days_are_the_month_they_lie_in():
    pub = datetime(2015, 6, 20)
    for words in ("in recent days", "over the past week", "in the last few days"):
        value = parse_date(words, pub)
        assert (value.value, value.precision) == ("2015-06", "month"), words
        assert value.earliest == date(2015, 6, 13) and value.latest == date(2015, 6, 20)


def test_the_last_few_days_across_a_month_end_are_no_date():
    assert parse_date("in recent days", datetime(2015, 6, 4)) is None


def test_a_span_of_weeks_up_to_now_stays_no_date():
    assert parse_date("in recent weeks", datetime(2015, 6, 20)) is None
    assert parse_date("the past two weeks", datetime(2015, 6, 20)) is None


@pytest.mark.parametrize("phrase, value", [
    ("Thursday of last week", "2012-06-21"),
    ("on Monday of next week", "2012-07-02"),
    ("Friday of this week", "2012-06-29"),
    ("last Thursday", "2012-06-21"),   # the same day by the nearest-weekday rule, said on a Saturday
])
def test_a_weekday_of_a_named_week_is_that_calendar_week_s(phrase, value):
    assert parse_date(phrase, datetime(2012, 6, 30)).value == value  # a Saturday


@pytest.mark.parametrize("phrase, value", [
    ("on March 4 last year", "2020-03-04"),
    ("11 October last year", "2020-10-11"),
    ("January 9th this year", "2021-01-09"),
    ("June 30 next year", "2022-06-30"),
    ("in April last year", "2020-04"),  # a month alone keeps the month
])
def test_a_day_or_month_placed_by_a_relative_year(phrase, value):
    assert parse_date(phrase, datetime(2021, 8, 25)).value == value


def test_a_day_that_no_month_holds_is_no_date():
    assert parse_date("February 30 last year", datetime(2021, 8, 25)) is None
