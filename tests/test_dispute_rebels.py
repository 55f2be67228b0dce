"""A rebellion told by who its fighters are (kb.extract.disputerebels), in sentences of our own."""
import pytest

from tests.test_disputes import _article_disputes


def _topics(text: str) -> list[tuple[str, list[str]]]:
    return [(d.topic, d.parties) for d in _article_disputes(text)]


@pytest.mark.parametrize("text,topic,parties", [
    ("Thousands have died since Karenni rebels took up arms against Myanmar's army in the hills of the east. "
     "On Monday the government in Naypyidaw offered a truce.", "Karenni rebellion", ["country:MMR"]),
    ("Myanmar's government froze the accounts of the Karenni rebel alliance, whose fighters seized two towns "
     "on Sunday.", "Karenni rebellion", ["country:MMR"]),
    ("Myanmar's army has battled the secessionist Karenni Interim Council in the eastern hills for nine "
     "years.", "Karenni secessionist war",
     ["org:karenni-interim-council", "country:MMR"]),   # the fighters are a side where an actor names them
    ("Karenni guerrillas cut the main road into Myanmar's eastern provinces on Monday as army units withdrew.",
     "Karenni guerrilla war",
     ["country:MMR"]),
])
def test_fighters_named_by_a_name_of_their_own_stand_for_their_rebellion(text, topic, parties):
    assert (topic, parties) in _topics(text)


@pytest.mark.parametrize("text", [
    "Former Karenni rebels now sit in Myanmar's parliament, years after the war ended.",     # fighters no more
    "Rebel lawmakers from Australia's ruling party voted against the budget in Canberra on Tuesday, and the "
    "army chief resigned.",                                                                  # no name of their own
    "Myanmar's army fought on. Rebels burned a village on Monday.",
    "Karenni rebels from Myanmar's ruling party voted against the budget on Tuesday.",      # no fighting told
    "Malian rebels seized two towns on Monday as the army of Mali fell back.",               # a state's people
])
def test_no_rebellion_from_former_fighters_nameless_rebels_or_party_dissenters(text):
    assert not any(topic.endswith(("rebellion", "war")) for topic, _ in _topics(text))


@pytest.mark.parametrize("text", [
    "Green Party rebels in Germany's coalition blocked arms exports to Turkey, a move the army criticised.",
    "Rebel Jubilee lawmakers in Zambia's parliament voted against the defence budget on Tuesday, and the army "
    "chief warned of cuts to troops.",                          # "army" and "troops" are no fighting by them
    "Green Party rebels in Germany's coalition blocked arms exports to Turkey on Monday. In Turkey's east, "
    "rebels shelled two villages on Sunday.",                   # a party's rebels, whoever else fights
    "Jubilee rebels ambushed the finance minister with a motion of censure, and the army chief resigned.",
])
def test_rebels_with_no_arms_of_their_own_wage_no_rebellion(text):
    assert _topics(text) == []


@pytest.mark.parametrize("text,topic", [
    ("Jubilee rebels ambushed an army convoy in Zambia's north on Tuesday.", "Jubilee rebellion"),
    ("Jubilee rebels met envoys in Lusaka on Monday. Since 2019 the war between government troops and the rebels "
     "has cost thousands of lives in Zambia's north.", "Jubilee rebellion"),       # armed in another sentence
    ("Zambia's government banned the secessionist Jubilee Council and its armed wing on Monday.",
     "Jubilee secessionist war"),
])
def test_rebels_the_article_shows_armed_wage_a_rebellion(text, topic):
    assert (topic, ["country:ZMB"]) in _topics(text)


def test_fighters_said_to_rise_wage_an_uprising():
    risen = ("Karenni guerrillas encircled a provincial capital in Myanmar on Monday. The war began two years "
             "ago, when the guerrillas rose against the junta in three districts.")
    assert ("Karenni uprising", ["country:MMR"]) in _topics(risen)
    grown = ("Karenni guerrillas encircled a provincial capital in Myanmar on Monday. The war began two years "
             "ago, when the number of guerrillas rose sharply in three districts.")
    assert ("Karenni guerrilla war", ["country:MMR"]) in _topics(grown)


def test_a_group_fighting_for_a_state_or_a_land_wages_a_war_for_it():
    assert ("PKK war for Kurdish autonomy", ["group:pkk", "country:TUR"]) in \
        _topics("The PKK has fought for Kurdish autonomy in Turkey since 1984.")
    assert _topics("Turkish soldiers fought for their lives as the river rose.") == []      # no goal of state
    assert _topics("Turkey fought for the Allies in the last months of the war.") == []    # a side, not a goal


def test_control_fought_for_is_a_war_goal_only_over_ground():
    assert ("Jubilee war for control of northern hills of Zambia", ["country:ZMB"]) in \
        _topics("Jubilee rebels have fought for control of the northern hills of Zambia since 1990.")
    assert _topics("Google has fought for control of the market in France since 2010, and regulators have "
                   "fined it twice.") == []
    assert _topics("Ryanair has fought for control of the routes to Ireland since 1990, cutting its fares year "
                   "after year.") == []                                                  # a price war for a market
