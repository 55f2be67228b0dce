"""Wording classes of session 17's kinds round, each tested both ways. Every sentence and name
here is written for the test."""
from __future__ import annotations

from tests.extract_support import events_of, parse, trigger_kind


# -- a claim turned down is denied (kb.extract.verbsenses.denies_a_claim) ---------------------------
def test_rejecting_a_reading_is_a_denial():
    text = "Germany rejected that reading on Monday, saying it had made no concessions."
    assert trigger_kind(text, "rejected") == "Denial"
    assert [e.participants for e in events_of(text, "Denial")] == [["country:DEU"]]


def test_dismissing_suggestions_that_something_is_so_is_a_denial():
    text = ("Poland dismissed suggestions in the press on Friday that Kyiv planned to leave the "
            "customs union.")
    assert trigger_kind(text, "dismissed") == "Denial"


def test_rejecting_a_suggestion_to_act_stays_a_rejection():
    """A suggestion of what to do is a proposal: turned down, it is a rejection, not a denial."""
    assert trigger_kind("Turkey rejected the suggestion to hold talks in Geneva.", "rejected") == "Rejection"
    assert trigger_kind("Turkey rejected the plan on Monday.", "rejected") == "Rejection"
