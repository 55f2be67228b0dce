"""Wordings that look like a date told from the narration, or like an act of the news day, and are
not (review 10a): each rule must stay silent on them. Every sentence is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.extract.dates import extract_dates
from tests.extract_support import nlp, parse

WEDNESDAY = datetime(2019, 10, 16)  # "on Monday" is 2019-10-14


def _dates(text: str, published: datetime = WEDNESDAY) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end) for d in extract_dates(nlp()(text), published)]


def _date_of(text: str, kind: str, published: datetime = WEDNESDAY) -> list[str | None]:
    """The dates of the events of `kind`, after checking there is one (an undated event must still be
    found for its test to mean anything)."""
    found = [e.date.value if e.date else None for e in parse(text, published)[-1] if e.type == kind]
    assert found, f"no {kind} event"
    return found


def test_a_comparison_with_a_time_hoped_for_is_no_step():
    for compared in ("The ballot took place three years earlier than the charter required.",
                     "The railway opened two months later than promised."):
        assert _dates(f"Ghana and Togo settled their border in May 2012. {compared}") == [
            ("in May 2012", "2012-05", None)]


def test_that_as_a_conjunction_or_in_a_longer_word_names_no_unit_of_the_date_before():
    for clause in ("Togo's envoy complained that week after week the trucks were stopped.",
                   "Ghana conceded that month-long strikes had hurt the port."):
        assert _dates(f"Ghana and Togo settled their border in May 2012. {clause}") == [
            ("in May 2012", "2012-05", None)]


def test_that_weekend_is_the_unit_that_holds_the_weekend_after_the_day_named_last():
    """A span takes the smallest calendar unit that holds it: a weekend across a month's end, its year."""
    found = _dates("Bolivia shut its consulate on Friday, August 30, 2019. Its president flew home that weekend.")
    assert found[-1] == ("that weekend", "2019", None)
    found = _dates("Bolivia shut its consulate on Wednesday, April 24, 2019. Its president flew home that weekend.")
    assert found[-1] == ("that weekend", "2019-04", None)


def test_a_step_is_told_from_the_date_named_last_only():
    """"in 2009" is named last: "that month" has no month to be told from, and the Monday before it
    is another time."""
    found = _dates("Ghana said on Monday it had closed the border in 2009. Togo answered that month.")
    assert [value for _, value, _ in found] == ["2019-10-14", "2009"]


def test_the_next_year_as_a_stretch_from_now_is_no_step():
    found = _dates("Ghana and Togo settled their border in 2015. Ghana will cut its customs staff over the next year.")
    assert [value for _, value, _ in found] == ["2015"]
    assert _dates("Ghana and Togo settled their border in 2015. The next year, Togo left the pact.")[-1][1] == "2016"


NEWS = "WARSAW (Reuters) - Poland recalled its ambassador to Ukraine on Tuesday, the foreign ministry said.\n\n"


def test_an_old_reaction_carries_its_day_to_no_other_side_s_reaction():
    text = NEWS + ("Poland denounced a Ukrainian raid on March 2, 2011. France criticised Turkey's defence budget "
                   "and accused Ankara of militarism.")
    assert _date_of(text, "Criticism")[-1] is None


def test_a_fresh_reaction_carries_its_day_to_another_side_s_reaction():
    text = NEWS + "Turkey condemned the recall on Tuesday. France criticised Ukraine and accused Kiev of greed."
    assert _date_of(text, "Criticism")[-1] == "2019-10-15"


def test_a_present_perfect_act_with_a_relative_clause_of_years_is_one_act_of_the_day():
    assert _date_of(NEWS + "Ukraine has freed a Polish trader who was jailed for years.", "Concession") == ["2019-10-15"]


def test_a_state_that_has_held_for_a_while_is_counted_back_from_the_news_day():
    """The gold's Dates rule 1: a count back dates the start, in the unit counted (a week is no
    calendar unit: the month that holds its start)."""
    text = NEWS + "Ukraine has imposed a blockade on Polish trucks for three weeks."
    assert _date_of(text, "MilitaryAction") == ["2019-09"]


def test_a_comma_closes_an_after_clause_before_the_next_coordinated_act():
    text = ("Poland expelled Ukraine's envoy on Thursday, a day after Ukraine shut the border, "
            "and recalled its own envoy from Kiev.")
    assert "2019-10-16" not in _date_of(text, "BreakRelations", datetime(2019, 10, 19))


def test_a_past_perfect_after_a_semicolon_is_not_the_occasion_before_it():
    text = NEWS + "Talks on the border broke down on Monday; Ukraine had rejected every offer from Warsaw."
    assert _date_of(text, "Rejection") == [None]
