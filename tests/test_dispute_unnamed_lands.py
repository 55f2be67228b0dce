"""An act on a land named only by an indefinite common noun ("an invasion of a territory") is a
kind of act, not a topic; the same act on a named land, or on "the" land told before, still is."""
from datetime import datetime

import pytest

from kb.extract.disputetopics import find_mentions
from kb.extract.linking import ActorIndex
from tests.extract_support import nlp


def _topics(text: str) -> list[str]:
    doc = nlp()(text)
    return [m.topic for m in find_mentions(list(doc.sents), ActorIndex(doc, []), datetime(2021, 3, 2))]


@pytest.mark.parametrize("text", [
    "Lima denounced the convoy as an invasion of a country at peace.",
    "Critics called the settlement plan the annexation of a territory by stealth.",
])
def test_an_act_on_an_unnamed_land_is_no_topic(text):
    assert not any(" of " in t for t in _topics(text))


@pytest.mark.parametrize("text,topic", [
    ("Lima denounced the invasion of Leticia by Colombian troops.", "invasion of Leticia"),
])
def test_an_act_on_a_named_land_is_still_a_topic(text, topic):
    assert topic in _topics(text)
