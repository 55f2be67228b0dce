"""A coup told by its act, with no noun naming it: soldiers seizing power or removing or holding the
head of state. Named after the state it happens in."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("Soldiers loyal to General Diallo put President Kaba under house arrest on Friday, and Guinea's "
     "borders were closed.", "Guinea coup"),
    ("Soldiers in Niger seized power on Wednesday and detained President Issoufou. The African Union "
     "condemned the takeover.", "Niger coup"),
    ("Mutinous troops in Mali ousted the government on Tuesday, and the regional bloc closed its borders.",
     "Mali coup"),
])
def test_soldiers_seizing_power_or_the_head_of_state_are_a_coup(text, topic):
    assert topic in [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text", [
    "Police in Kenya arrested the president of the football club on Monday.",
    "The army in Chad took control of the border crossing on Monday.",
    "Chad's military leaders, who overthrew the elected president three years ago, agreed to hold a vote.",
    "Voters in Ghana elected a new president on Sunday, and soldiers guarded the polling stations.",
])
def test_no_coup_from_a_club_a_crossing_an_old_coup_or_soldiers_at_a_vote(text):
    assert not any("coup" in d.topic for d in _article_disputes(text))
