"""Wording classes of session 17's kinds round, each tested both ways. Every sentence and name
here is written for the test."""
from __future__ import annotations

import pytest

from tests.extract_support import events_of, trigger_kind

DENIALS = [
    ("India dismissed speculation about a secret deal with China.", "dismissed"),
    # "such" is read before the article ("such an": predet) and as an adjective ("such ...s")
    ("France rejected such an interpretation of its naval exercises.", "rejected"),
    ("Chile dismissed such portrayals of its coastguard as a navy.", "dismissed"),
    ("Qatar rejected Riyadh's portrayal of the dispute.", "rejected"),
    ("The ministry rejected assertions that its pilots had strayed across the border.", "rejected"),
    ("Officials dismissed suggestions in several tabloids last week that the talks had failed.", "dismissed"),
]


@pytest.mark.parametrize("sentence, word", DENIALS)
def test_a_claim_turned_down_is_a_denial(sentence, word):
    assert trigger_kind(sentence, word) == "Denial"


def test_the_denial_is_the_deniers():
    events = events_of("Pakistan rejected that reading of its missile test on Monday.", "Denial")
    assert [e.participants for e in events] == [["country:PAK"]]


NOT_DENIALS = [
    # a proposal turned down is a rejection, whatever clause it has
    ("Turkey rejected the suggestion, which Moscow made on Monday, to hold talks in Geneva.", "rejected"),
    ("Turkey rejected the suggestion to hold talks in Geneva.", "rejected"),
    ("Turkey rejected the plan on Monday.", "rejected"),
    # a reading of a bill is a stage of a law, not a claim
    ("Lawmakers rejected a second reading of the treaty bill on Tuesday.", "rejected"),
]


@pytest.mark.parametrize("sentence, word", NOT_DENIALS)
def test_a_proposal_or_a_bill_turned_down_is_no_denial(sentence, word):
    assert trigger_kind(sentence, word) != "Denial"
