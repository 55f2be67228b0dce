"""A state that sends its envoy, a minister or a delegation somewhere pays a visit there (CAMEO
042/043): the envoy is what is sent. A letter, condolences, aid or troops sent, even to an envoy, are
no visit, nor is a rescue mission or an envoy sent home."""
import pytest

from tests.extract_support import trigger_kind


@pytest.mark.parametrize("sentence, word", [
    ("Thailand sent its foreign minister to the regional meeting.", "sent"),
    ("The bloc dispatched a delegation to the capital on Monday.", "dispatched"),
    ("Washington will send a special envoy to the region next week.", "send"),
    ("The organisation sent a peace mission to the border town.", "sent"),
    ("The junta refused to see the two envoys the bloc was sending to the capital.", "sending"),
])
def test_an_envoy_sent_is_a_visit(sentence, word):
    assert trigger_kind(sentence, word) == "Visit"


@pytest.mark.parametrize("sentence, word", [
    ("The ministry sent a letter to the embassy.", "sent"),
    ("Japan sent food and blankets to the flooded towns.", "sent"),
    ("The alliance sent two warships to the strait.", "sent"),
    ("Tokyo sent a sharp note of protest to the Korean foreign minister on Monday.", "sent"),
    ("Beijing sent its condolences to the visiting delegation after the crash.", "sent"),
    ("Seoul dispatched a message to the UN envoy on Thursday.", "dispatched"),
    ("Oslo will send a rescue mission to the glacier on Wednesday.", "send"),
    ("Accra sent the Togolese envoy home on Monday.", "sent"),
])
def test_other_things_sent_are_no_visit(sentence, word):
    assert trigger_kind(sentence, word) != "Visit"
