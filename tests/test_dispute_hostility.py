"""Disputes inferred from hostile acts between two sides, when no sentence names the quarrel: named
by the reason an act gives, and none from acts that give none."""
from datetime import datetime

from kb.extract.disputes import extract_disputes
from tests.extract_support import parse

PUB = datetime(2021, 3, 2)


def _disputes(text):
    doc, actors, _, _, events = parse(text, PUB)
    return extract_disputes(doc, actors, events, PUB), events


def test_a_strike_between_two_states_for_a_reason_is_a_dispute_over_that_matter():
    (dispute,), (strike,) = _disputes("Pakistan shot down an Indian jet on Friday over the shelling of its "
                                      "border posts.")
    assert (dispute.topic, dispute.status) == ("shelling of border posts", "ongoing")
    assert set(dispute.parties) == {"country:IND", "country:PAK"}
    assert strike.disputes == [dispute.id] and "shot down" in dispute.status_evidence.text


def test_a_strike_with_no_reason_told_names_no_dispute():
    # "India-Pakistan dispute" would say who is at odds, which the act says, and not over what
    disputes, (strike,) = _disputes("Pakistan shot down an Indian jet on Friday.")
    assert disputes == [] and strike.disputes == []


def test_an_act_that_is_only_possible_or_a_bystanders_word_is_no_dispute():
    assert _disputes("Pakistan could shoot down Indian jets, he said.")[0] == []
    assert _disputes("France condemned Iran on Friday.")[0] == []   # a criticism is also a commentator's


def test_acts_both_ways_between_the_same_sides_make_one_dispute():
    (dispute,), events = _disputes("Turkey expelled Iranian diplomats on Monday. Iran accused Turkey of spying on Tuesday.")
    assert dispute.topic == "spying" and len(dispute.evidence) == 2   # named by what Turkey is accused of
    assert set(dispute.parties) == {"country:IRN", "country:TUR"}
    assert all(e.disputes == [dispute.id] for e in events)


def test_an_accusation_told_with_the_act_names_the_dispute_when_its_target_is_no_side():
    # "him" names no side, so the accusation is no act of the dispute; what it accuses of is its matter
    act = "Turkey expelled the Iranian consul on Monday"
    accusation = "President Recep Tayyip Erdogan accused him of arming the militias of the eastern provinces."
    (dispute,), _ = _disputes(f"{act}, and {accusation}")
    assert dispute.topic == "arming militias of eastern provinces"
    assert set(dispute.parties) == {"country:IRN", "country:TUR"}
    # told in another sentence: not known to be this act's matter, and the act alone names none
    assert _disputes(f"{act}. {accusation}")[0] == []


def test_a_charge_told_through_urging_names_the_act_urged():
    # "of urging the governors ... to revolt": the act urged is the matter, not the urging
    act = "Turkey expelled the Iranian consul on Monday"
    urging = "President Recep Tayyip Erdogan accused him of urging the governors of the eastern provinces " \
             "to revolt against Ankara."
    (dispute,), _ = _disputes(f"{act}, and {urging}")
    assert dispute.topic == "revolt against Ankara"


def test_several_states_acting_together_against_one_are_one_dispute():
    (dispute,), _ = _disputes("Germany, France and Poland expelled Russian diplomats on Monday over the poisoning "
                              "of a defector.")
    assert set(dispute.parties) == {"country:DEU", "country:FRA", "country:POL", "country:RUS"}


def test_a_later_act_with_more_sides_widens_the_dispute_to_all_of_them():
    (dispute,), _ = _disputes("Poland expelled two Russian diplomats on Monday over the poisoning of a defector. "
                              "Germany, France and Poland expelled Russian diplomats on Tuesday.")
    assert set(dispute.parties) == {"country:DEU", "country:FRA", "country:POL", "country:RUS"}
    assert len(dispute.evidence) == 2


def test_an_act_involving_a_side_of_a_named_dispute_belongs_to_it():
    named = "Ankara tore up an order for French helicopters on Thursday. "
    disputes, _ = _disputes(named + "Pakistan shot down a Turkish jet on Friday.")
    assert [d.topic for d in disputes] == ["cancelled order for French helicopters"]
    disputes, _ = _disputes(named + "Pakistan shot down an Indian jet on Friday over the shelling of its border posts.")
    assert [d.topic for d in disputes] == ["cancelled order for French helicopters", "shelling of border posts"]


def test_a_peace_agreement_between_the_sides_resolves_an_inferred_dispute():
    text = ("Pakistan shot down an Indian jet in March over the shelling of its border posts. India and Pakistan "
            "signed a peace agreement on Friday.")
    (dispute,), _ = _disputes(text)
    assert dispute.status == "resolved" and "peace agreement" in dispute.status_evidence.text
    (dispute,), _ = _disputes(text.replace("peace agreement", "trade agreement"))
    assert dispute.status == "ongoing"
