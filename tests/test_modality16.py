"""Modality of an infinitive by the verb it hangs on (kb.extract.modality), on sentences of our own,
each both ways: only "is going to" tells a plan, a purpose told on a past going ("went on radio to
announce") was done; an undertaking is a plan, like a promise."""
from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp


def _modality(sentence: str, word: str) -> str:
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert match_trigger(tok) is not None, f"{word!r} is no trigger in {sentence!r}"
    return modality(tok)


def test_only_going_to_tells_a_plan_a_purpose_follows_the_going():
    assert _modality("The colonel went on radio to announce that the cabinet had been dissolved.",
                     "announce") == "asserted"
    assert _modality("The envoy did not go to Quito to sign the accord.", "sign") == "negated"
    assert _modality("The envoy will go to Quito to sign the accord.", "sign") == "planned"
    assert _modality("The envoy is going to sign the accord in Quito.", "sign") == "planned"


def test_an_undertaking_is_a_plan():
    assert _modality("Under the accord both armies undertake to withdraw from the valley.", "withdraw") == "planned"
    assert _modality("Under the accord both armies withdrew from the valley.", "withdrew") == "asserted"
