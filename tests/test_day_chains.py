"""Days told from a day named before: "the next morning", "that evening", "two days after X ..."
(kb.extract.dates). Every sentence is written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.extract.dates import extract_dates
from tests.extract_support import nlp

PUBLISHED = datetime(2019, 10, 19)  # a Saturday; "on Monday" is 2019-10-14


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(nlp()(text), PUBLISHED)]


@pytest.mark.parametrize("second, words, value", [
    ("The following day Uganda closed the border.", "The following day", "2019-10-15"),
    ("The next morning, Uganda closed the border.", "The next morning", "2019-10-15"),
    ("The previous night, Uganda closed the border.", "The previous night", "2019-10-13"),
    ("That evening, Uganda closed the border.", "That evening", "2019-10-14"),
])
def test_a_part_of_a_day_counted_from_the_day_named_before(second, words, value):
    assert _dates(f"Kenya expelled the envoy on Monday. {second}")[1] == (words, value)


@pytest.mark.parametrize("link, value", [("two days after", "2019-10-12"), ("a week before", "2019-10-21")])
def test_a_clause_after_a_count_of_days_is_counted_back_from_the_day_of_its_sentence(link, value):
    found = _dates(f"Kenya expelled the envoy on Monday, {link} Uganda closed the border.")
    assert found[1][1] == value, found


def test_a_count_of_days_with_no_day_named_before_it_is_no_date():
    assert _dates("Two days after Uganda closed the border, Kenya expelled the envoy.") == []
    assert _dates("The talks lasted two days after the summit opened.") == []


def test_a_count_of_zero_days_is_no_count_and_no_error():
    from kb.extract.daychains import count_of_units
    assert count_of_units("0 days") is None
    assert count_of_units("two days") == (2, "day")
    # in a sentence: no date drawn from it, and the other dates still read
    assert _dates("Kenya closed the border on Monday, 0 days after Uganda recalled its envoy.")[0] == ("on Monday", "2019-10-14")


def test_a_hedged_count_keeps_a_unit_of_months_or_years_but_names_no_day():
    from kb.extract.daychains import count_of_units
    assert count_of_units("almost two years") == (2, "year")
    assert count_of_units("three months") == (3, "month")
    assert count_of_units("nearly a week") is None


@pytest.mark.parametrize("second, words, value", [
    ("Uganda denied it on television hours later.", "hours later", "2019-10-14"),
    ("A few hours later, Uganda closed the border.", "A few hours later", "2019-10-14"),
    ("Only four days earlier, Uganda had closed the border.", "Only four days earlier", "2019-10-10"),
])
def test_a_count_told_before_later_or_earlier_is_counted_from_the_day_named_before(second, words, value):
    assert _dates(f"Kenya expelled the envoy on Monday. {second}")[1] == (words, value)


@pytest.mark.parametrize("first, second, value", [
    ("Kenya and Uganda met in Nairobi on February 1.", "A month later Kenya recalled its envoy.", "2019-03"),
    ("In March 2015 the talks failed.", "Two years later Kenya tried again.", "2017"),
    ("In March 2015 the talks failed.", "A year earlier Kenya had recalled its envoy.", "2014"),
])
def test_a_count_of_months_or_years_later_is_dated_at_that_unit(first, second, value):
    assert _dates(f"{first} {second}")[-1][1] == value


def test_a_vague_count_later_names_no_day_but_the_unit_that_holds_its_days():
    # "a few days later" from Monday Oct 14 runs over Oct 16-20: their month, no day
    assert _dates("Kenya expelled the envoy on Monday. A few days later, Uganda closed the border.") == [
        ("on Monday", "2019-10-14"), ("A few days later", "2019-10")]
    # "weeks later" has no farthest day: the year, even told from the start of a month
    assert _dates("Kenya expelled the envoy on Monday. Weeks later, Uganda closed the border.")[-1] == (
        "Weeks later", "2019")
    assert _dates("Kenya expelled the envoy on October 1. Weeks later, Uganda closed the border.")[-1] == (
        "Weeks later", "2019")
    assert _dates("Kenya expelled the envoy on Monday. Weeks earlier, Uganda had closed the border.")[-1] == (
        "Weeks earlier", "2019")  # not September: "weeks" may be two months
    assert _dates("Kenya expelled the envoy in October. Days later, Uganda closed the border.") == [
        ("in October", "2019-10")]  # no day named before to count from
    assert _dates("Uganda will decide later, and Kenya said it would answer later.") == []


def test_no_count_is_told_from_a_deadline():
    """"by Oct. 25" is a limit set on an act, not a day the narration reached."""
    found = _dates("Kenya expelled the envoy on Monday and told Uganda to leave by Oct. 25. "
                   "Only four days earlier, Uganda had closed the border.")
    assert found[-1] == ("Only four days earlier", "2019-10-10")


@pytest.mark.parametrize("first, second, words, value", [
    ("Ghana's parliament debated the treaty throughout 2011.", "Togo had ratified it by March of that year.",
     "by March of that year", "2011-03"),
    ("Kenya expelled the envoy in June 2015.", "Uganda protested late that month.", "late that month", "2015-06"),
    ("A Danish court ruled on the fishing zone in 1988.", "Only the previous year, Norway had seized a trawler.",
     "Only the previous year", "1987"),
])
def test_a_unit_told_as_that_or_the_previous_one_is_the_date_named_before_s(first, second, words, value):
    assert _dates(f"{first} {second}")[-1] == (words, value)


def test_that_weekend_is_the_month_holding_the_weekend_after_the_day_named_last():
    found = _dates("Peru closed its border on Wednesday, May 8. Its ministers met in Cusco that weekend.")
    assert found[-1] == ("that weekend", "2019-05")


def test_that_year_with_nothing_named_before_is_no_date_of_publication():
    assert _dates("Ghana and Togo opened the road in May of that year.") == []


def test_the_leaders_of_the_day_name_no_day():
    assert _dates("Peru broke off talks in 2003, and the government of the day asked Chile to wait.") == [
        ("in 2003", "2003")]


@pytest.mark.parametrize("second, words", [
    ("Before midnight, Uganda closed the border.", "Before midnight"),
    ("By nightfall Uganda had closed the border.", "By nightfall"),
    ("Around noon, Uganda closed the border.", "Around noon"),
])
def test_a_time_of_day_with_no_day_of_its_own_is_of_the_day_named_before(second, words):
    assert _dates(f"Kenya expelled the envoy on Monday. {second}")[-1] == (words, "2019-10-14")


def test_a_time_of_day_after_midnight_or_told_with_its_own_day_is_no_step():
    assert _dates("Kenya expelled the envoy on Monday. Shortly after midnight, Uganda closed the border.") == [
        ("on Monday", "2019-10-14")]  # after midnight may be the next day
    assert _dates("Kenya expelled the envoy on Monday. Before dawn on Wednesday, Uganda closed the border.") == [
        ("on Monday", "2019-10-14"), ("on Wednesday", "2019-10-16")]
    assert _dates("Uganda closed the border at dawn.") == []  # no day named before


@pytest.mark.parametrize("second", [
    "Kenya demanded that Uganda pull its soldiers back by midnight.",
    "Kenya warned that Uganda must withdraw its soldiers before nightfall.",
    "Uganda will reopen the crossing by noon.",
])
def test_a_time_of_day_set_as_a_limit_on_an_act_to_come_is_a_deadline_not_a_day(second):
    assert _dates(f"Kenya and Uganda held talks on Monday. {second}") == [("on Monday", "2019-10-14")]
