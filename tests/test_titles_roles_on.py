"""The offices a person holds at an event: the article's titles first, else the leaders table's
over the event's date rather than the article's day (a story told years on names a former
leader bare)."""
from __future__ import annotations

from datetime import date

from kb.extract.titles import roles_on
from kb.model import Actor, TimeValue


def _day(value: str) -> TimeValue:
    day = date.fromisoformat(value)
    return TimeValue(value, "day", earliest=day, latest=day)


def _person(name: str, roles=()) -> Actor:
    return Actor(id="person:x", name=name, kind="person", roles=list(roles))


def test_a_bare_name_holds_the_office_the_table_gives_on_the_event_day():
    assert roles_on(_person("Helmut Kohl"), _day("1990-10-03")) == ["Chancellor of Germany"]


def test_no_office_on_a_day_outside_the_term():
    assert roles_on(_person("Helmut Kohl"), _day("2005-01-01")) == []


def test_a_year_holds_an_office_only_if_held_all_year():
    assert roles_on(_person("Helmut Kohl"), TimeValue("1998", "year")) == []  # left office in October
    assert roles_on(_person("Helmut Kohl"), TimeValue("1990", "year")) == ["Chancellor of Germany"]


def test_stated_titles_win_and_an_undated_event_keeps_them():
    assert roles_on(_person("Helmut Kohl", ["Party leader"]), _day("1990-10-03")) == ["Party leader"]
    assert roles_on(_person("Helmut Kohl"), None) == []


def test_a_person_the_table_does_not_know_has_no_table_office():
    assert roles_on(_person("Jan Kowalski"), _day("1990-10-03")) == []
