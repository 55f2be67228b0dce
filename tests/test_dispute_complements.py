"""A charge told through a verb of letting or helping whose complement has a doer of its own
("accusing X of helping militants cross the border") names the matter by the thing the complement
acts on, as it stands; the doer and the verb would read as a fragment of the accuser's sentence
(kb.extract.disputereasons._thing_of_complement)."""
import pytest

from tests.test_dispute_reasons import _reason


@pytest.mark.parametrize("text,verb,reason", [
    ("Chad expelled the ambassador on Friday, accusing Niger of helping the rebels cross the Aozou strip.",
     "expelled", "Aozou strip"),
    ("Chad expelled the ambassador on Friday, accusing Niger of allowing the rebels to ship arms through its "
     "ports.", "expelled", "arms through ports"),
    # a subjectless complement (trying, planning) keeps its verb: the act tried is the matter
    ("Chad expelled the ambassador on Friday, accusing Niger of planning to annex the oasis.", "expelled",
     "annex oasis"),
])
def test_a_complement_with_a_doer_names_the_thing_it_acts_on(text, verb, reason):
    assert _reason(text, verb) == reason


def test_a_complement_acting_on_nothing_named_names_no_matter():
    text = "Chad expelled the ambassador on Friday, accusing Niger of letting the rebels rest and regroup there."
    assert _reason(text, "expelled") is None


@pytest.mark.parametrize("text,reason", [
    # a verb that is the charge itself keeps its whole phrase: nothing was closed or released
    ("Chad expelled the ambassador on Friday, accusing Niger of threatening to close the border.",
     "threatening to close border"),
    ("Chad expelled the ambassador on Friday, accusing Niger of refusing to release the herders.",
     "refusing to release herders"),
    ("Chad expelled the ambassador on Friday, accusing Niger of failing to stop the raids.",
     "failing to stop raids"),
])
def test_a_charge_that_is_no_attempt_keeps_its_verb(text, reason):
    assert _reason(text, "expelled") == reason


def test_a_charge_of_breaking_ones_word_names_no_matter():
    text = "Chad expelled the ambassador on Friday, accusing Niger of failing to keep its word."
    assert _reason(text, "expelled") is None
