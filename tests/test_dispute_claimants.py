"""A land both sides claim, told with the verb, is a dispute over it (kb.extract.disputeclaimants)."""
from datetime import datetime

import pytest

from kb.extract.disputes import extract_disputes
from tests.extract_support import parse

PUB = datetime(2021, 3, 2)


def _topics(text):
    doc, actors, _, _, events = parse(text, PUB)
    return [(d.topic, set(d.parties)) for d in extract_disputes(doc, actors, events, PUB)]


@pytest.mark.parametrize("text,topic", [
    ("Fighting between India and Pakistan broke out when Indian troops crossed into the Siachen glacier, "
     "which both countries claim.", "India-Pakistan dispute over Siachen glacier"),
    ("India and Pakistan both claim Kashmir.", "India-Pakistan dispute over Kashmir"),
    ("The two sides claim the Rann of Kutch, officials in India and Pakistan said.",
     "India-Pakistan dispute over Rann of Kutch"),
    ("Troops patrolled the Siachen glacier, claimed by both India and Pakistan, on Monday.",
     "India-Pakistan dispute over Siachen glacier"),
    ("The Siachen glacier, claimed by both India and Pakistan, lies north of Leh.",
     "India-Pakistan dispute over Siachen glacier"),
])
def test_a_named_land_both_sides_claim_is_a_dispute_over_it(text, topic):
    assert (topic, {"country:IND", "country:PAK"}) in _topics(text)


@pytest.mark.parametrize("text", [
    "India and Pakistan both claim victory in the match.",          # a claim to no land
    "Indian troops entered the valley, which both countries claim.",  # which valley is not said
    "India claims Kashmir, the minister said.",                      # one claimant: no 'both'
    "Troops from Pakistan patrolled the Siachen glacier, claimed by India, on Monday.",
    # claimants that are no states: a state won at the polls, a city as a home, a field drilled
    "Both candidates claimed Ohio on Tuesday night.",
    "Both parties claim Lagos as a stronghold before the vote.",
    "Both clubs claim Manchester as their home.",
    "The Brent field, claimed by both Shell and Total, was drilled again in May.",
])
def test_no_dispute_from_a_claim_of_no_named_land_or_by_one_side(text):
    assert not any("dispute over" in topic for topic, _ in _topics(text))
