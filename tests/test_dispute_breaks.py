"""Ties cut as a dispute, read more closely: a switch of recognition is named after both rival
governments, including when the state that cuts ties is the one its rival won over; a break told as
possible, threatened or denied is none; a break with one side unknown is none; a break with no
matter told, between the two sides of a dispute the article is on, is an act of that dispute; a break
told in a past clause is done whatever the main verb's modal."""
import pytest

from tests.test_disputes import _article_disputes, _candidate_disputes


@pytest.mark.parametrize("text", [
    "Taiwan cut diplomatic ties with Nauru on Friday after hearing that the island was set to recognise "
    "China instead.",
    "Taiwan severed relations with Nauru on Tuesday, a day after the Nauruan parliament voted to switch "
    "recognition to China.",
    "Last week Nauru cut its ties with Taiwan and established diplomatic relations with China.",
])
def test_ties_cut_as_a_rival_government_wins_a_state_over_are_a_switch_of_recognition(text):
    (switch,) = _article_disputes(text)
    assert (switch.id, switch.topic) == ("dispute:recognition-of-china-or-taiwan", "recognition of China or Taiwan")
    assert set(switch.parties) == {"country:CHN", "country:TWN"}


def test_ties_cut_while_a_state_of_no_rival_government_is_recognised_are_no_switch():
    (cut,) = _candidate_disputes("Serbia cut diplomatic ties with Nauru on Friday after hearing that the "
                                 "island was set to recognise Kosovo.")
    assert cut.topic == "Nauru-Serbia diplomatic relations"


@pytest.mark.parametrize("text", [
    "Officials in Santiago doubt that Chile would ever sever relations with Peru.",
    "Chile could cut diplomatic ties with Peru, a senior official said on Monday.",
    "Chile threatened on Monday to sever its relations with Peru.",
    "Chile did not sever its relations with Peru, its foreign minister said on Monday.",
])
def test_a_break_told_as_possible_or_denied_is_no_dispute(text):
    assert [d.topic for d in _article_disputes(text) if d.topic.endswith("diplomatic relations")] == []


def test_a_break_done_is_read_between_its_two_sides_and_alone_names_no_dispute():
    text = "Chile severed diplomatic relations with Peru on Monday."
    (cut,) = _candidate_disputes(text)
    assert cut.topic == "Chile-Peru diplomatic relations"
    assert _article_disputes(text) == []   # named only by its sides


def test_a_break_with_one_side_unknown_is_no_dispute():
    assert _article_disputes("Mexico severed ties with his regime in May.") == []


def test_a_break_with_no_matter_told_between_the_sides_of_a_dispute_is_an_act_of_it():
    text = ("Chile and Peru are locked in a bitter dispute over fishing rights. On Monday Chile severed "
            "its relations with Peru.")
    assert [d.topic for d in _candidate_disputes(text)] == ["fishing rights"]
    shared = _candidate_disputes("Chile and Peru are locked in a bitter dispute over fishing rights. On Monday "
                                 "Bolivia severed its relations with Peru.")
    assert [d.topic for d in shared] == ["fishing rights", "Bolivia-Peru diplomatic relations"]


@pytest.mark.parametrize("text, topic", [
    ("After cutting its ties with Morocco in 2021, Algeria will now reopen its embassy in Rabat.",
     "Algeria-Morocco diplomatic relations"),
    ("Having severed diplomatic relations with Colombia in 2019, Venezuela cannot host the talks.",
     "Colombia-Venezuela diplomatic relations"),
])
def test_a_break_told_in_a_past_clause_keeps_its_tense_under_a_modal_main_verb(text, topic):
    assert topic in [d.topic for d in _candidate_disputes(text)]


def test_ties_cut_with_a_rival_government_in_an_article_on_its_recognition_are_an_act_of_that_quarrel():
    text = ("Tonga broke off relations with Taiwan and established relations with China last year. On Monday Palau and "
            "Tuvalu severed their relations with Taiwan.")
    assert [d.topic for d in _candidate_disputes(text)] == ["recognition of China or Taiwan"]
    apart = _candidate_disputes("Tonga broke off relations with Taiwan and established relations with China last year. "
                                "On Monday Palau severed its relations with Peru.")
    assert [d.topic for d in apart] == ["recognition of China or Taiwan", "Palau-Peru diplomatic relations"]
