"""Modality carried down a chain of verbs (kb.extract.modality), on sentences of our own, each
both ways: the purpose of a going is an aim, planned whether the going is told as done or to come
("went to X to sign, but the ceremony was called off" is no signing), negated when the going was
not made; "is going to sign" is a plan; what a planned start begins is planned ("is scheduled to start
deploying"), what a start told as done begins is done."""
from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp


def _modality(sentence: str, word: str) -> str:
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert match_trigger(tok) is not None, f"{word!r} is no trigger in {sentence!r}"
    return modality(tok)


def test_the_purpose_of_a_going_is_an_aim_not_a_deed():
    assert _modality("Uganda's foreign minister went to Nairobi on Monday to sign the border treaty, "
                     "but the ceremony was called off.", "sign") == "planned"
    assert _modality("The envoy went to Kabul to negotiate the release of the hostages, officials said, "
                     "but returned empty-handed.", "negotiate") == "planned"
    assert _modality("Kenya's president went to Addis Ababa to meet Abiy, but the talks were cancelled.",
                     "meet") == "planned"


def test_the_purpose_of_a_going_still_to_come_is_planned_and_of_one_not_made_negated():
    assert _modality("Uganda's foreign minister will go to Nairobi on Monday to sign the border treaty.",
                     "sign") == "planned"
    assert _modality("Uganda's foreign minister is going to sign the border treaty in Nairobi.",
                     "sign") == "planned"
    assert _modality("Uganda's foreign minister did not go to Nairobi to sign the border treaty.",
                     "sign") == "negated"


def test_what_a_planned_start_begins_is_planned():
    assert _modality("A Rwandan army unit is scheduled to start deploying in Mozambique on Friday.",
                     "deploying") == "planned"
    assert _modality("The two governments will begin negotiating a new trade pact next month.",
                     "negotiating") == "planned"


def test_what_a_start_told_as_done_begins_is_done():
    assert _modality("A Kenyan police unit started deploying in Somalia on Monday.", "deploying") == "asserted"
    assert _modality("The two governments began negotiating a new trade pact last month.",
                     "negotiating") == "asserted"
