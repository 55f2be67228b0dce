"""Disputes told the way whole articles tell them, in sentences of our own: a quarrel said to be
"over" a matter with "be", a land named once and then pointed back to, the reason of an act given
in the clause of a later act, and a quarrel the act's reason gives through the reason of the act it
answers. Each rule is checked both ways."""
import pytest

from tests.test_dispute_reasons import _reason
from tests.test_dispute_topics import _topics
from tests.test_disputes import _article_disputes


def test_a_quarrel_said_to_be_over_a_matter_is_about_it():
    assert _topics("The quarrel is over grazing rights along the river, which herders on both banks have used "
                   "for centuries.") == ["grazing rights"]
    assert _topics("The dispute is over, the mayor said.") == []          # "over": ended, no matter named


def test_a_row_of_seats_is_no_quarrel():
    assert _topics("The envoys sat in the front row at the ceremony in Vienna.") == []
    assert _topics("The prisoner spent nine years on death row before the pardon.") == []
    assert _topics("The row over grazing rights flared again.") == ["grazing rights"]


def test_a_land_pointed_back_to_is_the_land_named_before():
    assert _topics("Chile handed the Isla Verde archipelago to Peru on Monday, ending a quarrel over the "
                   "windswept territory.") == ["Isla Verde archipelago"]
    assert _topics("Guyana says the Rupununi region is its own. Troops massed near the border, and the row "
                   "over the region grew.") == ["Rupununi"]
    # no land named before, or a land named in its own words: the words stay
    assert _topics("The quarrel over the territory flared again.") == ["territory"]
    assert _topics("Portugal ceded the Santa Luzia peninsula decades ago. The row over the territory of the "
                   "fishermen grew.") == ["territory of fishermen"]


def test_the_clause_hung_on_a_later_act_gives_the_reason_of_both():
    assert _reason("Oman cut its ties with Yemen and ordered the consul out, a day after gunmen stormed its "
                   "embassy.", "cut") == "gunmen stormed embassy"
    assert _reason("Oman cut its ties with Yemen and ordered the consul out on Monday.", "cut") is None


def test_a_clause_too_long_to_name_the_quarrel_names_it_by_its_own_reason():
    text = ("Laos recalled its envoy from Hanoi and shut two consulates, hours after crowds in the old quarter "
            "of the capital torched the Lao trade mission and looted Lao-owned shops and warehouses over a "
            "cartoon of the king.")
    assert _reason(text, "recalled") == "cartoon of king"
    short = "Laos recalled its envoy from Hanoi, hours after crowds torched the Lao trade mission."
    assert _reason(short, "recalled") == "crowds torched Lao trade mission"


def test_the_level_ties_are_lowered_to_is_no_reason():
    assert _reason("Peru lowered its relations with Bolivia to the level of charge d'affaires.", "lowered") is None
    assert _reason("Peru lowered its relations with Bolivia in reaction to the arrest of its consul.",
                   "lowered") == "arrest of consul"


def test_ties_cut_after_a_mob_acted_over_a_matter_are_a_dispute_about_it():
    (dispute,) = _article_disputes(
        "Laos downgraded its relations with Vietnam on Friday and told the Vietnamese ambassador to leave, "
        "hours after rioters in Vientiane set the Vietnamese embassy on fire and ransacked Vietnamese-owned "
        "shops and hotels over a television quiz about the Mekong border that a Vietnamese channel says it "
        "never aired.")
    assert dispute.topic == "television quiz about Mekong border"
    assert set(dispute.parties) == {"country:LAO", "country:VNM"}


@pytest.mark.parametrize("text", [
    "Laos downgraded its relations with Vietnam on Friday and told the Vietnamese ambassador to leave.",
    "Laos downgraded its relations with Vietnam on Friday, hours after its embassy reopened in Hanoi.",
])
def test_ties_cut_with_no_grievance_told_are_named_after_the_relations(text):
    (dispute,) = _article_disputes(text)
    assert dispute.topic == "Laos-Vietnam diplomatic relations"


def test_a_claim_or_a_war_that_may_come_is_none_under_way():
    assert _topics("Moscow said the wording left the door open for future territorial claims on the Pskov "
                   "region.") == []
    assert _topics("Diplomats warned of a possible war between the two neighbours.") == []
    assert _topics("Russia has territorial claims on the Pskov region.") == ["territorial claims"]
    assert _topics("The war between the two neighbours dragged on.") == ["war"]


def test_for_whom_an_act_stands_is_not_what_it_is():
    assert _topics("Many islanders see the statue as a symbol of the occupation of the island.") == \
        ["occupation of island"]
    assert not any(" to " in t for t in _topics("The statue is a symbol of occupation to most islanders."))


def test_ties_broken_with_no_other_side_told_name_no_dispute():
    assert _article_disputes("Venezuela's president suspended diplomatic relations last week, and Argentina "
                             "recalled its ambassador.") == []
    (named,) = _article_disputes("Venezuela suspended diplomatic relations with Peru last week.")
    assert named.topic == "Peru-Venezuela diplomatic relations"
    (both,) = _article_disputes("Peru and Chile broke off diplomatic relations on Monday.")
    assert set(both.parties) == {"country:PER", "country:CHL"}
