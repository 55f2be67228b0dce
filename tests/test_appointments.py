"""Appointments (kb.extract.appointments): a leadership change told by whoever gives the office."""
from datetime import datetime
from functools import partial

import pytest

from tests.extract_support import events_of

PUB = datetime(2015, 3, 10, 9, 0)
MERKEL, HU = "person:angela-merkel", "person:hu-jintao"
GERMANY = "country:DEU"


_changes = partial(events_of, kind="LeadershipChange", published=PUB)


def test_naming_a_person_to_an_office_is_a_leadership_change_of_that_person():
    (change,) = _changes("Germany's parliament on Monday named Angela Merkel acting chancellor.")
    assert MERKEL in change.recipients and change.date.value == "2015-03-09"


def test_the_holder_named_inside_the_office_phrase():
    """The parser reads "named Minister X interim president" with X inside "president"."""
    (change,) = _changes("The Chinese parliament on Monday named Vice President Hu Jintao interim president.")
    assert HU in change.participants


def test_appointed_as_an_office():
    (change,) = _changes("Germany appointed Angela Merkel as prime minister on Monday.")
    assert change.agents == [GERMANY] and change.recipients == [MERKEL]


def test_naming_what_is_no_office_of_government_is_no_leadership_change():
    assert _changes("Angela Merkel named her dog Max on Monday.") == []
    assert _changes("Germany named a new ambassador to China on Monday.") == []
    assert _changes("Angela Merkel named the winners of the prize on Monday.") == []


@pytest.mark.parametrize("text, changes", [
    ("Germany's parliament on Monday named Angela Merkel head of state.", 1),
    ("Germany's parliament on Monday named Angela Merkel leader of the government.", 1),
    ("Angela Merkel on Monday appointed Hu Jintao head of the trade delegation.", 0),   # a team's head
    ("The Green Party on Monday named Angela Merkel its leader.", 0),                   # a party's leader
])
def test_a_head_or_a_leader_is_an_office_of_government_only_when_a_state_owns_it(text, changes):
    assert len(_changes(text)) == changes
