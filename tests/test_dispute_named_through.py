"""A quarrel named through what surrounds it: the act a decision is about, a war told by where it is fought."""
from datetime import datetime

import pytest

from kb.extract.disputetopics import find_mentions
from kb.extract.linking import ActorIndex
from tests.extract_support import nlp
from tests.test_dispute_reasons import _disputes, _reason


def _topics(text: str) -> list[str]:
    doc = nlp()(text)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, []), datetime(2021, 3, 2))]


@pytest.mark.parametrize("text,verb,reason", [
    # a decision, a move, a plan: the act decided is the reason, after the one who decided it
    ("Togo expelled two diplomats on Monday over Lome's move to close the border.", "expelled",
     "Lome's move to close border"),
    ("Mali expelled the envoy over the plan to keep troops in the north.", "expelled", "plan to keep troops in north"),
    # a known land named in the act decided is the quarrel itself
    ("Chile recalled its envoy in protest at London's decision to drill for oil off the Falklands.", "recalled",
     "Falkland Islands"),
])
def test_an_act_decided_is_the_reason_not_the_decision(text, verb, reason):
    assert _reason(text, verb) == reason


def test_ties_cut_over_an_act_in_a_known_land_are_that_lands_quarrel():
    (dispute,) = _disputes("India severed diplomatic relations with Pakistan last week in protest at "
                           "Islamabad's decision to move two more brigades into Kashmir.")
    assert (dispute.id, dispute.topic) == ("dispute:kashmir", "Kashmir")
    assert set(dispute.parties) == {"country:IND", "country:PAK"}


@pytest.mark.parametrize("text,topic", [
    # a war told by the verb it is fought with, where it was fought
    ("India and Pakistan fought a war across Sindh and Kashmir in 1965.", "Kashmir"),
    ("India and Pakistan fought a war in Kashmir in 1965.", "Kashmir"),
    # a conflict told in a "where" clause on a place is in that place
    ("Nigeria sent troops to the northern region of Borno, where an insurgency has displaced thousands.",
     "insurgency in Borno"),
    ("The envoy flew to Mogadishu, where fighting has raged for months.", "fighting in Mogadishu"),
    ("Aid workers returned to Darfur, where the conflict has claimed thousands of lives.", "conflict in Darfur"),
])
def test_a_war_is_named_by_the_place_it_is_fought_in(text, topic):
    assert topic in _topics(text)


@pytest.mark.parametrize("text", [
    ("The envoy flew to Mogadishu, where the talks on the war were held."),  # the war's talks, not its place
    ("The minister flew to Geneva, where the war was discussed."),  # spoken of there, not fought
    # a war weighing on a place it is not fought in: the city visited, the land refugees reach
    ("The minister landed in Geneva, where the war has driven up the cost of bread."),
    ("Families walked for days to Mogadishu, where the conflict has stretched the aid agencies."),
    ("The premier stopped in Geneva, where the conflict has few friends."),
    ("The premier stopped in Geneva, where the war has claimed the attention of voters."),
    ("The envoy flew on to Mogadishu, where the crisis has simmered in the press for weeks."),
])
def test_no_war_placed_where_none_is_fought(text):
    assert not any(" in " in t and ("Geneva" in t or "Mogadishu" in t) for t in _topics(text))


@pytest.mark.parametrize("text,topic", [
    # features at sea are lands a state takes or is awarded
    ("Chinese coastguard ships took control of Mischief Reef after a long standoff.", "Mischief Reef"),
    ("Vietnamese marines took control of Pearson Reef in the spring.", "Pearson Reef"),
    ("The court gave Malaysia sovereignty over Middle Rocks.", "sovereignty over Middle Rocks"),
    # a named land one state claims, or the land "the territory" points back to
    ("Venezuela claims the Essequibo region.", "Essequibo region"),
    ("Thousands of marchers crossed into the Western Desert on Friday, sent by the king to claim the "
     "territory for Morocco.", "Western Desert"),
])
def test_a_land_taken_or_claimed_is_a_topic(text, topic):
    assert topic in _topics(text)


@pytest.mark.parametrize("text", [
    "Divers took control of the coral reef.",            # no named land
    "Russia claimed victory in the battle.",              # what is claimed is no land
    "India claimed responsibility for the strike.",
    "The rebels claimed the town on Sunday.",             # no state claims it
    "Guatemala claims Belize.",                           # a state, not a land in dispute
    "Crowds gathered after an actor was said to have claimed the shrine complex for Laos.",  # a site, no name
    # a cup, a prize or a contest a state wins is no land
    "Spain claimed the Davis Cup in Madrid on Sunday, beating Canada.",
    "Norway claimed the Eurovision Song Contest for the first time.",
    "Kenya claimed the Commonwealth Games title in the relay.",
])
def test_no_land_topic_from_a_claim_look_alike(text):
    assert _topics(text) == []


def _article(text):
    return [(d.topic, set(d.parties)) for d in _disputes(text)]


def test_a_states_nuclear_tests_met_with_contention_are_a_dispute():
    assert ("India's nuclear testing", {"country:IND", "country:PAK"}) in \
        _article("India carried out three nuclear tests on Monday, drawing condemnation from Pakistan.")
    assert [t for t, _ in _article("China exploded a nuclear device in the western desert, "
                                   "and the blast drew protests across the region.")] == ["China's nuclear testing"]


def test_the_accused_owns_the_tests_it_is_accused_of():
    assert ("United States's nuclear testing", {"country:RUS", "country:USA"}) in \
        _article("Moscow accused the United States on Friday of preparing fresh nuclear tests in Nevada.")


@pytest.mark.parametrize("text", [
    "Protesters sailed from Auckland towards France's nuclear test site on Monday.",  # a place
    "India and Pakistan signed the nuclear test ban treaty on Monday.",              # a treaty
    "India carried out three nuclear tests on Monday.",                             # no contention shown
    # a device built is the programme, not a test; an explosion feared at a plant is an accident
    "Iran denied on Sunday that it was assembling nuclear devices, as Israel has charged.",
    "Austria warned Slovakia that a fire at the reactor could set off a nuclear explosion.",
])
def test_no_testing_dispute_from_a_test_site_a_ban_or_tests_unopposed(text):
    assert not any("testing" in t for t, _ in _article(text))


@pytest.mark.parametrize("text,reason", [
    # what a call or a demand is for, in full, is the reason; "over" hung on the act's object counts
    ("Norway expelled two diplomats on Monday over Sweden's demand for the return of seized trawlers.",
     "Sweden's demand for return of seized trawlers"),
    ("Norway expelled two diplomats on Monday and suspended fishing quotas over Sweden's demand for the "
     "return of seized trawlers.", "Sweden's demand for return of seized trawlers"),
])
def test_a_call_for_something_is_a_reason_by_what_it_asks(text, reason):
    assert _reason(text, "expelled") == reason


@pytest.mark.parametrize("text", [
    "Norway expelled two diplomats on Monday after a call with Sweden.",   # a telephone call
    "Norway expelled two diplomats on Monday over Sweden's call.",         # a call for nothing named
    "North Korea fired a missile over Japan on Monday.",                   # "over" a place
])
def test_no_reason_from_a_call_that_asks_nothing_or_a_place(text):
    verb = "fired" if "fired" in text else "expelled"
    assert _reason(text, verb) is None


def test_a_states_own_matter_does_not_hide_its_quarrel_with_another_state_over_a_reason():
    topics = [t for t, _ in _article("Iran tightened its crackdown on critics on Sunday. On Monday it expelled "
                                     "the Turkish ambassador over Ankara's appeal for the freeing of two reporters.")]
    assert "Ankara's appeal for freeing of reporters" in topics


def test_an_act_with_no_reason_stays_a_step_of_the_states_own_matter():
    # the expulsion names no quarrel with Turkey of its own; the crackdown, with one side and no other
    # state in its sentence, names none either
    topics = [t for t, _ in _article("Iran tightened its crackdown on critics on Sunday. On Monday it expelled "
                                     "the Turkish ambassador.")]
    assert topics == []


def test_a_matter_with_one_side_is_a_dispute_where_its_sentence_names_another_state():
    assert [t for t, _ in _article("Iran tightened its crackdown on critics on Sunday.")] == []
    assert [t for t, _ in _article("Iran tightened its crackdown on Turkish critics on Sunday.")] == \
        ["crackdown on Turkish critics"]


def test_a_capital_where_something_is_said_is_no_second_side():
    # a capital counts as a state where it stands for its government, not where a source sits
    assert [t for t, _ in _article("Iran tightened its crackdown on critics on Sunday, rights groups in "
                                   "London said.")] == []
    assert [t for t, _ in _article("Iran tightened its crackdown on critics on Sunday, and London "
                                   "protested.")] == ["crackdown on critics"]
