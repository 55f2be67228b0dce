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
