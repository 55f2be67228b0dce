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
    ("Malawi voted for a new president in May. Two weeks later the losing candidate, Peter Banda, refused "
     "to accept the outcome of the vote and called his supporters into the streets of Lilongwe.", None),
    ("Thousands marched through Lilongwe on Monday against what they called a rigged presidential election "
     "in Malawi.", None),
    ("Peter Banda, who ran for president of Malawi in May, has still not conceded defeat in the election.", None),
])
def test_an_election_result_not_accepted_is_a_dispute_named_after_the_election(text, topic):
    (dispute,) = _article_disputes(text)
    assert dispute.topic == topic if topic else dispute.topic.startswith("result of Malawi's 20")
    assert dispute.topic.endswith(" election") and "country:MWI" in dispute.parties


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
