"""Disputes told the way whole articles tell them, in sentences of our own: a quarrel said to be
"over" a matter with "be", a land named once and then pointed back to, the reason of an act given
in the clause of a later act, and a quarrel the act's reason gives through the reason of the act it
answers. Each rule is checked both ways."""
import pytest

from tests.test_dispute_reasons import _reason
from tests.test_dispute_topics import _topics
from tests.test_disputes import _article_disputes, _candidate_disputes


def test_a_quarrel_said_to_be_over_a_matter_is_about_it():
    assert _topics("The quarrel is over grazing rights along the river, which herders on both banks have used "
                   "for centuries.") == ["grazing rights"]
    assert _topics("The dispute is over, the mayor said.") == []          # "over": ended, no matter named


def test_a_row_of_seats_is_no_quarrel():
    assert _topics("The envoys took seats in the front row of the hall in Vienna.") == []
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
    text = ("Laos recalled its envoy from Hanoi and shut two consulates, a day after crowds in the old quarter "
            "of the capital torched the Lao trade mission and looted Lao-owned shops and warehouses over a "
            "cartoon of the king.")
    assert _reason(text, "recalled") == "cartoon of king"
    short = "Laos recalled its envoy from Hanoi, a day after crowds torched the Lao trade mission."
    assert _reason(short, "recalled") == "crowds torched Lao trade mission"


def test_the_rank_ties_are_reduced_to_is_no_reason():
    assert _reason("Peru reduced its ties with Bolivia to the rank of consul.", "reduced") is None
    assert _reason("Peru reduced its ties with Bolivia in reaction to the arrest of its consul.",
                   "reduced") == "arrest of consul"


def test_ties_cut_after_a_mob_acted_over_a_matter_are_a_dispute_about_it():
    (dispute,) = _article_disputes(
        "Laos suspended its ties with Vietnam on Friday and closed the Nam Phao crossing, a day after crowds in "
        "Hanoi burned the Lao cultural centre and smashed Lao-run restaurants along two streets over a "
        "television quiz about the Mekong border.")
    assert dispute.topic == "television quiz about Mekong border"
    assert set(dispute.parties) == {"country:LAO", "country:VNM"}


@pytest.mark.parametrize("text", [
    "Laos suspended its ties with Vietnam on Friday and closed the Nam Phao crossing.",
    "Laos suspended its ties with Vietnam on Friday, a day after the Vietnamese consulate reopened in Pakse.",
])
def test_ties_cut_with_no_grievance_told_are_read_as_the_relations_and_alone_name_no_dispute(text):
    (dispute,) = _candidate_disputes(text)
    assert dispute.topic == "Laos-Vietnam diplomatic relations"
    assert _article_disputes(text) == []


def test_a_claim_or_a_war_that_may_come_is_none_under_way():
    assert _topics("Tbilisi fears the new map could feed future territorial claims against its northern "
                   "valleys.") == []
    assert _topics("Diplomats warned of a possible war between the two neighbours.") == []
    assert _topics("Azerbaijan has territorial claims against its northern neighbour.") == ["territorial claims"]
    assert _topics("The war between the two neighbours dragged on.") == ["war"]


def test_for_whom_an_act_stands_is_not_what_it_is():
    assert _topics("Many islanders see the statue as a symbol of the occupation of the island.") == \
        ["occupation of island"]
    assert not any(" to " in t for t in _topics("The statue is a symbol of occupation to most islanders."))


def test_ties_broken_with_no_other_side_told_name_no_dispute():
    assert _candidate_disputes("Ghana's leader froze diplomatic relations on Tuesday, while Togo summoned its "
                               "envoy home.") == []
    (named,) = _candidate_disputes("Ghana froze diplomatic relations with Togo on Tuesday.")
    assert named.topic == "Ghana-Togo diplomatic relations"
    (both,) = _candidate_disputes("Ghana and Togo broke off diplomatic relations on Tuesday.")
    assert set(both.parties) == {"country:GHA", "country:TGO"}


def test_ties_broken_with_the_state_the_sentence_before_pairs_with_the_breaker():
    told_before = ("Malawi summoned Zambia's ambassador on Friday to explain remarks by the Zambian president "
                   "about the election. On Saturday Malawi suspended diplomatic relations, and its foreign minister "
                   "ordered the embassy's staff to leave within three days. Consular services would go on, "
                   "officials in Lilongwe said.")
    (broken,) = _candidate_disputes(told_before)
    assert (broken.topic, set(broken.parties)) == ("Malawi-Zambia diplomatic relations", {"country:MWI", "country:ZMB"})
    # the sentence before names two other states, or not the breaker: with whom is still not told
    assert _candidate_disputes("Zambia and Tanzania signed a rail deal on Friday. On Saturday Malawi suspended "
                               "diplomatic relations.") == []
    assert _candidate_disputes("Zambia's president opened a bridge on Friday. On Saturday Malawi suspended "
                               "diplomatic relations.") == []
