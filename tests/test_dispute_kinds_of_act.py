"""A contested act's noun with no determiner, owner or number names a kind of act, not one act done by
someone, and is no dispute (kb.extract.disputetopics._a_kind_of_act)."""
from datetime import datetime

import pytest

from kb.extract.disputetopics import _a_kind_of_act, find_mentions
from kb.extract.linking import ActorIndex
from tests.extract_support import parse

PUB = datetime(2004, 6, 8)


def _topics(text: str) -> list[str]:
    doc, actors, _, _, _ = parse(text, PUB)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, actors), PUB) if m.framed]


@pytest.mark.parametrize("text", [
    "The Chilean envoy told Argentina on Monday that its troops would be seen as an army of occupation.",
    "Peru reminded Ecuador on Monday that the treaty forbids intervention in the affairs of its neighbours.",
    "Latvia and Russia signed the accord on Monday, closing a dispute rooted in decades of occupation.",
])
def test_a_kind_of_act_is_no_dispute(text):
    doc = parse(text, PUB)[0]
    noun = next(t for t in doc if t.lower_ in ("occupation", "intervention"))
    assert _a_kind_of_act(noun)   # the reading itself, so the test cannot pass on a parse that finds nothing
    assert not any(t.endswith(("occupation", "intervention")) for t in _topics(text))


@pytest.mark.parametrize("text,word", [
    ("Peru condemned the invasion on Monday and called its envoy home from Quito.", "invasion"),
    ("Peru condemned the occupation on Monday and called its envoy home from Quito.", "occupation"),
])
def test_one_act_told_with_a_determiner_stays(text, word):
    assert any(t.endswith(word) for t in _topics(text))


def test_espionage_is_named_bare_whoever_does_it():
    text = "Britain expelled five Soviet diplomats last week and charged that they had engaged in espionage."
    assert any("espionage" in t for t in _topics(text))
