"""An election result a side will not accept is a dispute over that result, named after the
election's country, year and office; a rejected result of something else, or an election told
without contest, is none."""
import pytest

from tests.test_disputes import _article_disputes

DATED = "result of Malawi's 2020 presidential election"   # "in May" before publication on 2021-03-02


@pytest.mark.parametrize("text, topic", [
    ("Malawi held its presidential election in May. The opposition leader Peter Banda rejected the results "
     "and said his agents had been thrown out of the counting halls.", DATED),
    ("Malawi's presidential election in May was followed by weeks of protest. The high court in Lilongwe "
     "annulled the result on Monday, citing the use of correction fluid on tally sheets.", DATED),
    ("Thousands marched through Lilongwe on Monday against what they called a rigged presidential election "
     "in Malawi.", "result of Malawi's 2021 presidential election"),   # no date told: the year of publication
])
def test_an_election_result_not_accepted_is_a_dispute_named_after_the_election(text, topic):
    (dispute,) = _article_disputes(text)
    assert dispute.topic == topic and "country:MWI" in dispute.parties


# The election is told only through a verb ("voted for a new president in May", "ran for president"):
# its year and office are not read from it yet, so only the country and the contest are judged here.
@pytest.mark.parametrize("text", [
    "Malawi voted for a new president in May. Two weeks later the losing candidate, Peter Banda, refused "
    "to accept the outcome of the vote and called his supporters into the streets of Lilongwe.",
    "Peter Banda, who ran for president of Malawi in May, has still not conceded defeat in the election.",
])
def test_an_election_told_by_a_verb_is_contested_in_its_country(text):
    (dispute,) = _article_disputes(text)
    assert dispute.topic.startswith("result of Malawi's ") and dispute.topic.endswith(" election")
    assert "country:MWI" in dispute.parties


@pytest.mark.parametrize("text", [
    "Malawi's parliament rejected the results of the inquiry into the cement deal on Monday.",
    "Malawi held its presidential election in May. The opposition leader Peter Banda accepted the results "
    "and congratulated the winner.",
    "Malawi held its presidential election in May. Peter Banda, who lost, said he respected the outcome.",
    "After the election in May, Malawi's finance ministry rejected the outcome of the talks with lenders "
    "on Monday.",
])
def test_a_result_accepted_or_not_an_election_s_makes_no_dispute(text):
    assert [d.topic for d in _article_disputes(text) if "election" in d.topic] == []


def test_the_election_s_year_and_office_come_from_the_article_when_it_says_them():
    (dispute,) = _article_disputes(
        "Kenya's parliamentary vote of December 2012 went to the ruling party. The opposition disputed the "
        "results in the courts of Nairobi for months.")
    assert dispute.topic == "result of Kenya's 2012 parliamentary election"


@pytest.mark.parametrize("text", [
    "Chile and Peru asked Bolivia's electoral court on Monday to release the tallies of the disputed "
    "presidential vote held in October.",
    "Chile and Peru urged the Bolivian electoral court on Monday to recount the ballots, after the opposition "
    "rejected the results.",
])
def test_the_election_is_the_state_s_its_electoral_words_are_said_of_not_the_urging_states(text):
    (dispute,) = _article_disputes(text)
    assert dispute.topic.startswith("result of Bolivia's 20") and "country:BOL" in dispute.parties


@pytest.mark.parametrize("text", [
    "Brazil rejected the result of the Security Council vote on the border question on Tuesday, weeks before "
    "its own presidential election.",
    "Before the general election, India refused to accept the outcome of the vote in the Human Rights Council.",
    "Argentina's former president, who lost the election in 2015, was found guilty of fraud. She rejected the "
    "verdict on Thursday.",
    "Ukraine will not accept defeat in the east, its president said ahead of next year's presidential election.",
    "Ukraine dismissed Russia's claimed victory at the river crossing, weeks before the Russian presidential "
    "election.",
])
def test_a_body_s_vote_a_verdict_or_a_war_s_victory_near_an_election_are_no_election_dispute(text):
    assert [d.topic for d in _article_disputes(text) if "election" in d.topic] == []


def test_defeat_in_a_poll_not_conceded_is_an_election_dispute():
    (dispute,) = _article_disputes("Zambia's presidential poll took place in August. Weeks later the losing "
                                   "candidate, Joseph Mwale, still refused to concede defeat in the poll.")
    assert dispute.topic.startswith("result of Zambia's 20") and dispute.topic.endswith("presidential election")
