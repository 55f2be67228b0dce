"""A state that sends its envoy, a minister or a delegation somewhere pays a visit there (CAMEO
042/043); a letter, aid or troops sent are no visit."""
import pytest

from kb.extract.lexicon import match_trigger
from tests.extract_support import nlp


def _kinds(sentence: str) -> dict[str, str]:
    return {t.text: trig.type for t in nlp()(sentence) if (trig := match_trigger(t)) is not None}


@pytest.mark.parametrize("sentence, word", [
    ("Thailand sent its foreign minister to the regional meeting.", "sent"),
    ("The bloc dispatched a delegation to the capital on Monday.", "dispatched"),
    ("Washington will send a special envoy to the region next week.", "send"),
])
def test_an_envoy_sent_is_a_visit(sentence, word):
    assert _kinds(sentence).get(word) == "Visit"


@pytest.mark.parametrize("sentence, word", [
    ("The ministry sent a letter to the embassy.", "sent"),
    ("Japan sent food and blankets to the flooded towns.", "sent"),
    ("The alliance sent two warships to the strait.", "sent"),
])
def test_other_things_sent_are_no_visit(sentence, word):
    assert _kinds(sentence).get(word) != "Visit"
