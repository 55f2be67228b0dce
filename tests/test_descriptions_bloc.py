""""The bloc", "the regional grouping": an organization of some states named by what it is, never
a body open to every state; "the government", the state last told acting, unless its act fell on
another state. Every sentence here is written for the test."""
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
    # the appeal is found, and it is the only event the United Nations takes part in
    assert [e.type for e in events if "org:united-nations" in e.participants] == ["Appeal"]


def test_the_government_after_a_domestic_act_is_the_actors():
    events, _ = _events("Ghana held elections on Monday. The government expelled the Togolese ambassador.", DAY)
    assert _one(events, "Expulsion").participants == ["country:GHA", "country:TGO"]


def test_the_government_after_an_act_on_another_state_is_left_unresolved():
    events, _ = _events("Russia shelled Kharkiv on Monday. The government appealed to NATO.", DAY)
    assert "country:RUS" not in _one(events, "Appeal").participants
    events, _ = _events("China sent warships near Taiwan on Monday. The government called it an act of "
                        "intimidation and recalled its envoy.", DAY)
    assert "country:CHN" not in _one(events, "BreakRelations").participants
