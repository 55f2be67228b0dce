"""A remark told to a gathering is an act of speech of its own (a Statement): "told parliament",
"told the dinner's guests", "told viewers". The same verb told to one person ("told his guest, X":
a meeting with one visitor) is not, nor what is told to a session (a parliament's, whose speeches
are told by what they do, or a court's hearing)."""
import pytest

from tests.extract_support import trigger_kind

AUDIENCES = [
    ("Erdogan told parliament in Ankara that Turkey had no claim on the islands.", "told"),
    ("Putin told his guests at the banquet that Russia wanted calm.", "told"),
    ("Hu Jintao told viewers in a late broadcast that China would not yield.", "told"),
    ("Medvedev told listeners of the state radio station that prices would fall.", "told"),
]


@pytest.mark.parametrize("sentence, word", AUDIENCES)
def test_a_remark_told_to_a_gathering_is_a_statement(sentence, word):
    assert trigger_kind(sentence, word) == "Statement"


@pytest.mark.parametrize("sentence, word", [
    ("Merkel told her husband on Tuesday that she would stay.", "told"),  # one listener: no act of its own
    ("Putin told the story of his first visit to Berlin.", "told"),  # what is told, not to whom
    ("Erdogan told his son that Turkey had no claim on the islands.", "told"),
    ("Putin told his guest, Angela Merkel, on Tuesday that Russia wanted calm.", "told"),
    ("Medvedev told a listener who called the state radio station that prices would fall.", "told"),
    ("Hu Jintao told one viewer in a letter that China would not yield.", "told"),
    ("A German envoy told a session of the tribunal on Monday that the border was settled.", "told"),
])
def test_a_remark_told_to_one_person_is_no_statement(sentence, word):
    assert trigger_kind(sentence, word) is None
