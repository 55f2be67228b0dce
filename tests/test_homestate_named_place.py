"""The place a proper noun names, read with the words of its name (homestate.named_place): the
one helper the state readers share. Every sentence here is written for the test."""
from __future__ import annotations

from kb.extract.homestate import named_place, place_state
from tests.extract_support import nlp


def _word(sentence: str, text: str):
    return next(t for t in nlp()(sentence) if t.text == text)


def test_a_name_of_several_words_is_read_whole():
    word = _word("The envoy landed in Port Moresby on Friday.", "Moresby")
    assert named_place(word).country == "PNG"
    assert place_state(word) == "PNG"


def test_a_common_noun_names_no_place():
    assert named_place(_word("The envoy landed in the capital on Friday.", "capital")) is None
