"""A joint act named again with "the" and no party ("the talks broke down", "the 1976 treaty") is
the act of the two states the report is about, when it was told of them before. Each tested both
ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(2019, 4, 2)
PAIR = {"country:PER", "country:CHL"}
OPENING = "Peru and Chile opened border talks in Lima on Monday. Peru and Chile also signed a fishing deal. "


def _of_friday(events):
    return [e for e in events if e.date is not None and e.date.value == "2019-03-29"]


def _with_pair(events):
    return [e for e in events if PAIR <= set(e.participants)]


def test_the_talks_named_again_are_the_two_states_talks():
    events, _ = _events(OPENING + "The talks broke down on Friday.", DAY)
    friday = _of_friday(events)
    assert friday and set(friday[0].participants) == PAIR


def test_the_talks_of_two_leaders_are_their_states_talks():
    events, _ = _events("President Martin Vizcarra of Peru met President Sebastian Pinera of Chile in Lima on "
                        "Monday. The talks broke down on Friday.", DAY)
    friday = _of_friday(events)
    assert friday and PAIR <= set(friday[0].participants)


def test_talks_with_a_modifier_of_their_own_are_not_the_pairs():
    events, _ = _events(OPENING + "The rebel talks broke down on Friday.", DAY)
    assert not _with_pair(_of_friday(events))


def test_the_talks_name_no_one_when_the_report_has_no_clear_pair():
    events, _ = _events("Peru, Chile and Bolivia met in Lima on Monday. Peru, Chile and Bolivia will meet "
                        "again in May. The talks broke down on Friday.", DAY)
    assert not _of_friday(events)


def test_a_meeting_last_told_of_others_is_theirs():
    events, _ = _events(OPENING + "Grain traders met in Rotterdam on Tuesday. The meeting ended on Friday "
                        "without a deal.", DAY)
    assert not _with_pair(_of_friday(events))


def test_an_act_of_a_kind_not_told_of_the_pair_is_not_theirs():
    events, _ = _events(OPENING + "The truce in Yemen held on Friday, aid workers said.", DAY)
    assert not _with_pair(_of_friday(events))


def test_an_act_with_a_phrase_of_its_own_is_not_the_pairs():
    events, _ = _events(OPENING + "The meeting of the bank's board is due on Friday.", DAY)
    assert not _with_pair(_of_friday(events))


def test_the_treaty_of_a_year_is_the_two_states_signing():
    events, _ = _events("Peru and Chile signed a border treaty in 1976. Peru and Chile later quarrelled "
                        "over fishing. The new law cancels the 1976 treaty.", DAY)
    signing = [e for e in events if e.type == "AgreementSigned" and e.date is not None and e.date.value == "1976"]
    assert signing and PAIR <= set(signing[0].participants)


def test_an_agreement_reached_by_others_is_not_the_pairs():
    events, _ = _events(OPENING + "The law enacts the 2015 agreement on climate reached by many nations.", DAY)
    assert not [e for e in events if e.date is not None and e.date.value == "2015" and PAIR <= set(e.participants)]
