"""A joint act named again with "the" and no party ("the talks broke down", "the 1929 treaty") is
the act of the two states the report is about. Each tested both ways; every sentence here is
written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(2019, 4, 2)
OPENING = "Peru and Chile opened border talks in Lima on Monday. Peru and Chile also signed a fishing deal. "


def _of_friday(events):
    return [e for e in events if e.date is not None and e.date.value == "2019-03-29"]


def test_the_talks_named_again_are_the_two_states_talks():
    events, _ = _events(OPENING + "The talks broke down on Friday.", DAY)
    friday = _of_friday(events)
    assert friday and set(friday[0].participants) == {"country:PER", "country:CHL"}


def test_the_talks_of_two_leaders_are_their_states_talks():
    events, _ = _events("President Martin Vizcarra of Peru met President Sebastian Pinera of Chile in Lima on "
                        "Monday. The talks broke down on Friday.", DAY)
    friday = _of_friday(events)
    assert friday and {"country:PER", "country:CHL"} <= set(friday[0].participants)


def test_talks_with_a_modifier_of_their_own_are_not_the_pairs():
    events, _ = _events(OPENING + "The rebel talks broke down on Friday.", DAY)
    assert not _of_friday(events)


def test_the_talks_name_no_one_when_the_report_has_no_clear_pair():
    events, _ = _events("Peru, Chile and Bolivia met in Lima on Monday. Peru, Chile and Bolivia will meet "
                        "again in May. The talks broke down on Friday.", DAY)
    assert not _of_friday(events)


def test_the_treaty_of_a_year_is_the_two_states_signing():
    events, _ = _events(OPENING + "The new law cancels the 1929 treaty.", DAY)
    signing = [e for e in events if e.type == "AgreementSigned" and e.date is not None and e.date.value == "1929"]
    assert signing and set(signing[0].participants) == {"country:PER", "country:CHL"}


def test_a_treaty_with_a_modifier_of_its_own_is_not_the_pairs():
    events, _ = _events(OPENING + "The new law cancels the 1929 colonial treaty.", DAY)
    assert not [e for e in events if e.type == "AgreementSigned" and e.date is not None and e.date.value == "1929"]
