"""A remark told to a gathering is an act of speech of its own (a Statement): "told a joint
session", "told parliament", "told the dinner's guests", "told viewers". The same verb told to one
person, or bidding someone do something, is not."""
import pytest

from tests.extract_support import trigger_kind

AUDIENCES = [
    ("Merkel told a joint session of the two chambers on Tuesday that Germany would stay.", "told"),
    ("Erdogan told parliament in Ankara that Turkey had no claim on the islands.", "told"),
    ("Putin told his guests at the banquet that Russia wanted calm.", "told"),
    ("Hu Jintao told viewers in a late broadcast that China would not yield.", "told"),
    ("The envoy told a plenary of the conference that the deal was near.", "told"),
    ("Medvedev told listeners of the state radio station that prices would fall.", "told"),
]


@pytest.mark.parametrize("sentence, word", AUDIENCES)
def test_a_remark_told_to_a_gathering_is_a_statement(sentence, word):
    assert trigger_kind(sentence, word) == "Statement"


@pytest.mark.parametrize("sentence, word", [
    ("Merkel told her husband on Tuesday that she would stay.", "told"),  # one listener: no act of its own
    ("Putin told the story of his first visit to Berlin.", "told"),  # what is told, not to whom
    ("Erdogan told his son that Turkey had no claim on the islands.", "told"),
])
def test_a_remark_told_to_one_person_is_no_statement(sentence, word):
    assert trigger_kind(sentence, word) is None
