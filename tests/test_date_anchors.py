"""Dates told with a hedged or number-less count, after "since", or as a month named from the date told
last (kb.extract.dates, datetense, datesteps): "almost two years ago" is the plain count's year; "In
May, weeks after ..." keeps the month when the parser runs the date on into a count that names no
number; "since the coup on December 7" is past; "the following March" is the one after the date told
last. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.extract.dates import extract_dates, parse_date
from kb.nlp import parse
from tests.extract_support import dates_on

PUBLISHED = datetime(2021, 8, 25)


def _dates(text: str, published: datetime) -> list[str]:
    return [d.value for d in extract_dates(parse(text), published)]


@pytest.mark.parametrize("words, value", [
    ("almost two years ago", "2019"),
    ("more than a year ago", "2020"),
    ("nearly four weeks ago", "2021-07"),
    ("about three months ago", "2021-05"),
])
def test_a_hedged_count_back_is_dated_as_the_plain_count(words, value):
    assert parse_date(words, PUBLISHED).value == value


@pytest.mark.parametrize("words", ["more than four decades ago", "nearly two years", "almost a year later"])
def test_hedged_decades_durations_and_steps_are_not_counted_back(words):
    assert parse_date(words, PUBLISHED) is None  # a decade pinned to one year; no "ago" at all


@pytest.mark.parametrize("words", ["nearly three days ago", "some ten days ago", "more than two days ago",
                                   "more than a month ago", "less than a year ago"])
def test_a_hedged_count_of_days_or_an_open_bound_below_years_names_no_date(words):
    assert parse_date(words, PUBLISHED) is None  # no one day told; "more than a month" may be any month before


def test_a_hedged_count_back_dates_the_act():
    text = "Nearly three months ago Turkey expelled the Iranian ambassador."
    assert dates_on(text, "expelled", PUBLISHED) == ["2021-05"]


def test_a_month_run_on_into_a_count_without_number_keeps_the_month():
    text = "In October, weeks after floods swept the south, Pakistan's premier travelled to China."
    assert dates_on(text, "travelled", PUBLISHED) == ["2020-10"]


@pytest.mark.parametrize("text, trigger, value", [
    # a yearless day in a phrase opened by "since" is past, whatever the tense of the verb it hangs on
    # (the coup has a doer: an act no one is said to do is no event, and its date would test nothing)
    ("The expulsion is the worst blow to their ties since the Turkish army's coup on December 7.", "coup",
     "2021-12-07"),
    ("Relations have been frozen since Putin's visit on December 27.", "visit", "2020-12-27"),
])
def test_a_day_told_since_is_past(text, trigger, value):
    assert dates_on(text, trigger, datetime(2021, 12, 21)) == [value]


def test_a_day_told_in_the_present_tense_without_since_may_be_ahead():
    assert _dates("The talks resume on December 27.", datetime(2021, 12, 21)) == ["2021-12-27"]


@pytest.mark.parametrize("text, value", [
    ("Chile and Peru settled their sea border in May 2014 and opened a crossing the following April.", "2015-04"),
    ("The rebels took the town on 3 June 2014 and lost it the next June.", "2015-06"),
    ("Japan and Korea met in Seoul in January 2010. That November a treaty was signed in Tokyo.", "2010-11"),
    ("Japan and Korea met in Seoul in January 2010. Tokyo signed the treaty that November.", "2010-11"),
])
def test_a_month_named_from_the_date_told_last(text, value):
    assert _dates(text, datetime(2017, 10, 4))[-1] == value


def test_a_month_after_a_bare_year_or_said_with_a_conjunction_is_not_stepped():
    after_year = _dates("In 2014 the rebels took the town and lost it the following March.", datetime(2017, 10, 4))
    assert after_year == ["2014"]  # which year's March is not told
    conjunction = _dates("He said that March was the worst month of the war.", datetime(2017, 10, 4))
    assert conjunction == ["2017-03"]  # "that" opens the clause, it names no month
    attributive = _dates("Japan and Korea met in Seoul in January 2010. He warned that October talks would fail.",
                         datetime(2017, 10, 4))
    assert attributive[-1] == "2017-10"  # "that" opens the clause; the month names the talks
