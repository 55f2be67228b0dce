"""The leaders of a body of states meeting are that body's summit (kb.extract.summits), and the body
takes part in it; leaders of one state, of parties, or a number of leaders meet as persons."""
import pytest

from tests.extract_support import events_of, trigger_kind


@pytest.mark.parametrize("sentence, word", [
    ("Leaders of the African Union will meet in Addis Ababa next week to discuss the crisis.", "meet"),
    ("ASEAN leaders met in Jakarta on Saturday and agreed on a plan.", "met"),
    ("The Gulf Cooperation Council's leaders, meeting in Riyadh, called for calm.", "meeting"),
    ("Heads of government of the Arab League met in Tunis on Friday.", "met"),
    ("Leaders of the Arab League were due to meet on Monday to decide on sanctions.", "meet"),
    ("Yesterday's meeting of ECOWAS leaders produced no decision.", "meeting"),
    ("ASEAN leaders met the Thai foreign minister in Jakarta on Saturday.", "met"),
    ("Caribbean Community leaders will discuss the crisis when they meet next week.", "meet"),
    ("Leaders of the African Union, meeting in Kigali, urged restraint.", "meeting"),
])
def test_leaders_of_a_body_meeting_hold_a_summit(sentence, word):
    assert trigger_kind(sentence, word) == "Summit"


@pytest.mark.parametrize("sentence, word", [
    ("The two leaders met in Geneva on Tuesday.", "met"),
    ("Opposition leaders met the envoy in Harare.", "met"),
    ("The leaders of the two parties met on Monday to form a coalition.", "met"),
    ("French leaders met the delegation on Monday.", "met"),
    ("The leaders of Brazil and Argentina met on Monday.", "met"),
    ("Trade ministers from the Arab League, meeting at Doha, criticised the tariffs.", "meeting"),
])
def test_other_leaders_meet_as_persons(sentence, word):
    assert trigger_kind(sentence, word) == "Meeting"


@pytest.mark.parametrize("sentence, word", [
    ("EU leaders met the farmers' demands on Tuesday.", "met"),
    ("NATO leaders gathered support for Ukraine on Tuesday.", "gathered"),
    ("ASEAN leaders convened a panel of experts.", "convened"),
])
def test_leaders_meeting_a_thing_hold_no_summit(sentence, word):
    assert trigger_kind(sentence, word) != "Summit"


def test_the_body_whose_leaders_gather_takes_part():
    text = "NATO leaders are due to weigh the request when they meet in Brussels next week."
    summits = events_of(text, "Summit")
    assert summits and all("org:nato" in e.participants for e in summits)
