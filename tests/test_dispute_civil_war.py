"""A civil war told without its name (kb.extract.disputecivilwar), in sentences of our own."""
import pytest

from tests.test_disputes import _article_disputes


def _topics(text: str) -> list[str]:
    return [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text,topic", [
    # fighters at home and a war no two states wage
    ("Zambian rebels crossed the border from the north and marched on the capital. The war has cost "
     "thousands of lives, aid workers said on Monday.", "Zambia civil war"),
    # the state named with the fighters, not the lands people crossed into
    ("The rebels of Zambia still hold the north. Since the fighting began, refugees have crossed into "
     "Malawi and Tanzania by the thousand.", "Zambia civil war"),
])
def test_rebels_and_a_war_of_no_two_states_tell_a_civil_war(text, topic):
    assert topic in _topics(text)


def test_an_outside_force_is_no_side_of_the_war_it_is_sent_to():
    text = ("American troops landed in Guyana last week, and on Monday the United States asked its allies for "
            "help. The fighting began in April, when rebels seized the radio station in the capital.")
    assert _topics(text) == ["Guyana civil war"]


@pytest.mark.parametrize("text", [
    # a war between two states, with rebels named elsewhere
    "The Iran-Iraq war dragged on. In the north, rebels attacked a convoy of Iraqi troops on Sunday.",
    # a cold war is no fighting
    "Rebels in Zambia's north laid down their arms, and the cold war between Moscow and Washington went on.",
    # fighters no more
    "Former rebels now sit in Zambia's parliament, years after the war ended.",
    # fighting with no fighters named
    "The fighting in Zambia's north went on for a week, and the army retook two towns.",
    # a party's dissenters, and wars of words or on a scourge
    "Tory rebels voted against the government on Monday. The war of words between London and the party's "
    "leaders went on.",
    "Rebels in the ruling party of Kenya forced a vote on Monday. The fighting within the party went on for "
    "weeks.",
    "Mexico's vigilante militias clashed with cartel gunmen in Michoacan on Monday. The war on drugs has cost "
    "thousands of lives.",
])
def test_no_civil_war_without_home_fighters_and_a_war_of_their_own(text):
    assert not any(t.endswith("civil war") for t in _topics(text))


def test_a_rebellion_the_article_names_is_not_told_twice():
    text = ("Karenni guerrillas cut the main road into Myanmar's eastern provinces on Monday. The war has "
            "cost thousands of lives.")
    topics = _topics(text)
    assert "Karenni guerrilla war" in topics and not any(t.endswith("civil war") for t in topics)
