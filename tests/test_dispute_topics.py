"""Dispute topics read from how a text frames a contested situation."""
import pytest

from kb.extract.disputetopics import find_mentions
from kb.extract.linking import ActorIndex
from tests.extract_support import nlp
from tests.test_disputes import _article_disputes


def _topics(text: str) -> list[str]:
    doc = nlp()(text)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, []))]


def test_a_partitioned_land_is_a_topic():
    assert _topics("The talks were the first since the island was divided in 1974.") == ["division of the island"]
    assert _topics("Germany was divided after the war.") == ["division of Germany"]
    assert _topics("Envoys discussed the divided island of Timor.") == ["division of Timor"]


def test_the_divided_city_is_the_city_named_before():
    assert "division of Nicosia" in _topics("The envoy landed in Nicosia. He spent a day in the divided city.")
    assert not any(t.startswith("division") for t in _topics("He spent a day in the divided city."))


def test_a_land_divided_over_an_issue_is_split_in_opinion_not_partitioned():
    assert not any(t.startswith("division") for t in _topics("The country is divided over the new tax."))
    assert not any(t.startswith("division") for t in _topics("The cabinet was divided."))


def test_a_feared_war_is_not_a_dispute_under_way():
    assert _topics("Markets fell on fears of a wider war in the Balkans.") == []
    assert _topics("The war in the Balkans dragged on.") == ["war in Balkans"]


def test_a_land_held_by_a_side_is_a_contested_territory():
    assert _topics("A bomber killed 40 police officers in Indian-controlled Kashmir.") == ["Kashmir"]
    assert _topics("Settlers moved into the occupied Golan Heights.") == ["Golan Heights"]
    assert _topics("Sudanese-administered Abyei voted in a referendum.") == ["Abyei"]
    assert _topics("Russian-annexed Crimea held a vote.") == ["Crimea"]


def test_held_and_controlled_without_a_holder_or_a_land_say_nothing():
    assert _topics("Government-controlled media reported the talks.") == []
    assert _topics("The talks were held in Geneva.") == []
    assert _topics("The controlled Kashmir border stayed calm.") == []


def test_a_contested_act_can_be_named_in_one_word():
    assert _topics("Britain expelled 90 diplomats, accusing them of espionage.") == ["espionage"]
    assert _topics("The general has not travelled abroad since the July 15 coup that toppled the cabinet.") == ["coup"]


def test_one_word_acts_that_need_a_target_stay_silent():
    assert _topics("The strikes hurt exports.") == []
    assert _topics("The withdrawal took six months.") == []


def test_the_conflict_an_article_is_about_needs_no_topic_words():
    assert _topics("The revolt began on March 3.") == ["revolt"]
    assert _topics("The deal was meant to end the crisis.") == ["crisis"]
    assert _topics("They signed an accord ending a war that has killed 200,000 people.") == ["war"]


def test_war_in_general_or_as_a_date_is_no_dispute():
    assert _topics("War is never the answer, the pope said.") == []
    assert _topics("Trade has grown since the war ended in 1975.") == []
    assert _topics("The ambassador spent six years as a prisoner of war.") == []


def test_ranking_and_movement_words_are_not_the_topic():
    assert _topics("It was the end of the oldest insurgency in Asia.") == ["insurgency"]
    assert _topics("The insurgency in Iraq spread.") == ["insurgency in Iraq"]
    assert _topics("India was blamed for the widening war between the two neighbours.") == ["war"]


def test_the_former_republic_is_the_country_named_before():
    text = ("Malian rebels and the government signed an accord meant to end a decade of civil war "
            "in the West African republic.")
    assert _topics(text) == ["war in Mali"]
    assert _topics("Rebels signed an accord meant to end ten years of civil war in the republic.") == ["civil war"]


def test_a_crisis_somewhere_the_text_does_not_name_as_a_state_is_not_the_articles_own():
    assert _topics("The crisis in the euro zone deepened.") == []
    assert _topics("A war would be a disaster, he said.") == []


def test_a_topic_never_ends_on_a_dangling_preposition():
    assert _topics("The UN condemned the Turkish invasion of 1974.") == ["Turkish invasion"]
    assert _topics("The Indonesian invasion of East Timor ended Portuguese rule.") == ["Indonesian invasion of East Timor"]


def test_a_deal_one_side_cancels_or_quits_is_a_topic():
    assert _topics("Ottawa tore up an order for Swedish jets.") == ["cancelled order for Swedish jets"]
    assert _topics("Washington withdrew from the INF treaty.") == ["withdrawal from INF treaty"]
    assert _topics("Trump pulled out of the Iran nuclear deal in 2018.") == ["withdrawal from Iran nuclear deal"]


def test_an_unnamed_or_private_deal_and_a_deal_kept_are_not():
    assert _topics("He tore up the deal.") == []
    assert _topics("She cancelled an order for new furniture.") == []
    assert _topics("They pulled out of the race.") == []
    assert _topics("The two sides signed the INF treaty.") == []


def _topics_on(text: str, published) -> list[str]:
    doc = nlp()(text)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, []), published)]


def test_an_act_dated_years_before_the_article_is_its_background():
    from datetime import date
    text = "The colonel took power in a bloodless coup in 1989."
    assert _topics_on(text, date(2015, 5, 2)) == []
    assert _topics_on(text, date(1989, 6, 2)) == ["bloodless coup"]
    assert _topics_on("The war began with the Turkish invasion of July 1974.", date(1990, 3, 1)) == ["war"]


def test_a_date_inside_a_clause_of_the_topic_does_not_date_the_act():
    from datetime import date
    text = "Turkey offered peace in return for a withdrawal from all Greek land taken in 1974."
    assert _topics_on(text, date(1976, 3, 1)) == ["withdrawal from Greek land"]


def test_the_divided_city_may_be_named_inside_a_landmark():
    text = "The mayor spoke before the Berlin Wall on Friday. He spent a few hours in the divided city."
    assert "division of Berlin" in _topics(text)
    assert not any(t.startswith("division") for t in _topics(
        "The mayor spoke before the council on Friday. He spent a few hours in the divided city."))


def test_a_city_that_names_a_deal_or_a_meeting_is_no_divided_city():
    for text in ("The Oslo Accords were signed in 1993. He spent a day in the divided city.",
                 "Both sides still cite the Minsk agreements. He spent a day in the divided city.",
                 "The Geneva Conventions bind both. He spent a day in the divided city."):
        assert not any(t.startswith("division") for t in _topics(text)), text
    assert "division of Nicosia" in _topics("The Nicosia crossing reopened. He spent a day in the divided city.")


def test_an_adjective_pointing_back_is_no_topic_word():
    assert _topics("Turkey proclaimed an identical blockade on Saturday.") == ["blockade"]
    assert _topics("Turkey proclaimed a similar blockade on Saturday.") == ["blockade"]
    assert _topics("Turkey proclaimed a naval blockade on Saturday.") == ["naval blockade"]


def test_an_embargo_names_a_matter_only_with_a_side():
    """An embargo is a measure in a quarrel: with who imposes it or on whom it names one ("the Turkish
    embargo", "the embargo on Armenia"); alone or with its goods it names nobody's quarrel."""
    assert _topics("Turkey proclaimed an oil embargo on Saturday.") == []
    assert _topics("Ministers said on Saturday that the embargo would stay.") == []
    assert _topics("Ministers said on Saturday that the Turkish embargo would stay.") == ["Turkish embargo"]
    assert _topics("Turkey proclaimed an embargo on Armenia on Saturday.") == ["embargo on Armenia"]


def test_a_word_spoken_of_is_no_act():
    """ "disliked the label coup": a word is in question, and no coup is told under way."""
    assert _topics("Speaking in Quito, Ecuador's president disliked the label coup for what his army did.") == []
    assert _topics("Peru's foreign minister rejected the term occupation on Monday.") == []
    assert _topics("Bolivia condemned the coup in Peru on Monday.") == ["coup in Peru"]


@pytest.mark.parametrize("text", [
    "Germany criticised the handling of the crisis by the European Commission.",
    "Portugal attacked the mismanagement of the war by the generals in Lisbon.",
    "Spain criticised the handling of the situation by the European Commission.",
    "Poland faulted the management of the matter by the Dutch presidency.",
])
def test_how_a_conflict_is_handled_criticised_names_no_dispute_after_it(text):
    assert _topics(text) == []
    assert _article_disputes(text) == []


def test_the_same_conflict_criticised_as_the_article_s_own_is_still_named():
    text = "Romania criticised Moldova's refusal to talk, saying the crisis had gone on too long."
    assert _topics(text) == ["crisis"]
    assert _article_disputes(text) == []   # "Moldova crisis" says how relations stand, not over what
    text = text.replace("crisis", "war")   # a war is armed conflict, named by its sides
    assert _topics(text) == ["war"]
    (dispute,) = _article_disputes(text)
    assert {"country:ROU", "country:MDA"} <= set(dispute.parties)


def test_a_day_after_a_conflict_noun_dates_it_and_is_no_matter():
    assert _topics("The rebel chief opened the war on Christmas Eve.") == ["war"]
    assert _topics("They settled their row on fishing quotas.") == ["fishing quotas"]


def test_a_possessive_mark_goes_with_its_owner():
    # "last week's": a date owns the act, and the mark left alone is no word of the topic
    assert _topics("The talks began before last week's coup in Lima.") == ["coup in Lima"]
    assert _topics("Talks on Gibraltar's future resumed.") == ["Gibraltar's future"]
