""""The bloc", "the regional grouping": an organization of some states named by what it is, never
a body open to every state. Every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2012, 4, 3)


def test_the_regional_bloc_is_not_the_united_nations_named_since():
    events, _ = _events("The African Union told the president to step down. The United Nations urged restraint "
                        "on Monday. Two days later the regional bloc held a summit in Addis Ababa.", DAY)
    assert _one(events, "Summit").participants == ["org:african-union"]


def test_the_bloc_with_only_a_universal_body_before_names_none():
    events, _ = _events("The United Nations urged restraint on Monday. Two days later the regional bloc held a "
                        "summit in Addis Ababa.", DAY)
    assert all(e.type != "Summit" or "org:united-nations" not in e.participants for e in events)
