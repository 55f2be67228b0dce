"""Ties cut as a dispute, read more closely: a switch of recognition is named after both rival
governments, including when the state that cuts ties is the one its rival won over; a break told as
possible, threatened or denied is none; a break with one side unknown is none; a break with no
matter told, in an article on a dispute sharing a side, is an act of that dispute ("Nicaragua cut ties
with Ecuador" after Ecuador's police raided an embassy)."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text", [
    "Taiwan cut its diplomatic ties with Nauru on Friday after learning that the island was about to "
    "recognise China instead.",
    "On Monday Taiwan severed relations with Nauru, hours after the island's cabinet voted to switch "
    "recognition to China.",
    "Nauru broke off diplomatic relations with Taiwan on Monday and established ties with China.",
])
def test_ties_cut_as_a_rival_government_wins_a_state_over_are_a_switch_of_recognition(text):
    (switch,) = _article_disputes(text)
    assert (switch.id, switch.topic) == ("dispute:recognition-of-china-or-taiwan", "recognition of China or Taiwan")
    assert set(switch.parties) == {"country:CHN", "country:TWN"}


def test_ties_cut_while_a_state_of_no_rival_government_is_recognised_are_no_switch():
    (cut,) = _article_disputes("Serbia cut its diplomatic ties with Nauru on Friday after learning that the "
                               "island was about to recognise Kosovo.")
    assert cut.topic != "" and not cut.topic.startswith("recognition of")


@pytest.mark.parametrize("text", [
    "Few think that Chile will go as far as severing relations with Peru, something it has never done.",
    "Chile could cut diplomatic ties with Peru, a senior official said on Monday.",
    "Chile threatened on Monday to break off diplomatic relations with Peru.",
    "Chile did not break off diplomatic relations with Peru, its foreign minister said on Monday.",
])
def test_a_break_told_as_possible_or_denied_is_no_dispute(text):
    assert [d.topic for d in _article_disputes(text) if d.topic.endswith("diplomatic relations")] == []


def test_a_break_done_is_a_dispute_between_its_two_sides():
    (cut,) = _article_disputes("Chile severed diplomatic relations with Peru on Monday.")
    assert cut.topic == "Chile-Peru diplomatic relations"


def test_a_break_with_one_side_unknown_is_no_dispute():
    assert _article_disputes("Mexico broke diplomatic relations with his regime in May.") == []


def test_a_break_with_no_matter_told_beside_a_dispute_sharing_a_side_is_an_act_of_it():
    text = ("Chile and Peru are locked in a bitter dispute over fishing rights. On Monday Bolivia broke off "
            "diplomatic relations with Peru.")
    assert [d.topic for d in _article_disputes(text)] == ["fishing rights"]
    apart = _article_disputes("Chile and Peru are locked in a bitter dispute over fishing rights. On Monday "
                              "Bolivia broke off diplomatic relations with Brazil.")
    assert [d.topic for d in apart] == ["fishing rights", "Bolivia-Brazil diplomatic relations"]
