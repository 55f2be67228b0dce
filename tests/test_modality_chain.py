"""Modality carried down a chain of verbs (kb.extract.modality), on sentences of our own, each
both ways: the purpose of a going is done as the going is ("went to X to sign" signed, "will go to
X to sign" is a plan, "is going to sign" is a plan); what a planned start begins is planned
("is due to start deploying"), what a start told as done begins is done."""
from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp


def _modality(sentence: str, word: str) -> str:
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert match_trigger(tok) is not None, f"{word!r} is no trigger in {sentence!r}"
    return modality(tok)


def test_the_purpose_of_a_going_told_in_the_past_was_done():
    assert _modality("The Kenyan leader went on state radio on Friday to announce a curfew.",
                     "announce") == "asserted"
    assert _modality("Uganda's foreign minister went to Nairobi on Monday to sign the border treaty.",
                     "sign") == "asserted"


def test_the_purpose_of_a_going_still_to_come_is_planned_and_of_one_not_made_negated():
    assert _modality("Uganda's foreign minister will go to Nairobi on Monday to sign the border treaty.",
                     "sign") == "planned"
    assert _modality("Uganda's foreign minister is going to sign the border treaty in Nairobi.",
                     "sign") == "planned"
    assert _modality("Uganda's foreign minister did not go to Nairobi to sign the border treaty.",
                     "sign") == "negated"


def test_what_a_planned_start_begins_is_planned():
    assert _modality("A Kenyan police unit is due to start deploying across Somalia on Monday.",
                     "deploying") == "planned"
    assert _modality("The two governments will begin negotiating a new trade pact next month.",
                     "negotiating") == "planned"


def test_what_a_start_told_as_done_begins_is_done():
    assert _modality("A Kenyan police unit started deploying in Somalia on Monday.", "deploying") == "asserted"
    assert _modality("The two governments began negotiating a new trade pact last month.",
                     "negotiating") == "asserted"
