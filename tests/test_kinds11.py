"""Wording classes of session 11, each tested both ways: a legislature passing a bill or law, a
state sending naval ships or police abroad, and an appeal whose "for" opens the clause of what is
asked ("called for the prisoners to be freed")."""
import pytest

from kb.extract.lexicon import match_trigger
from tests.extract_support import nlp


def _kinds(sentence: str) -> dict[str, str]:
    """{trigger word: event type} for every trigger of a sentence."""
    return {t.text: trig.type for t in nlp()(sentence) if (trig := match_trigger(t)) is not None}


FIRES = [
    # a vote: a legislature passing, adopting or approving a bill, a law, an amendment, a budget
    ("The lower house passed the bill by a wide margin on Monday.", "passed", "Vote"),
    ("Deputies passed a law on Friday that allows foreign troops in the country.", "passed", "Vote"),
    ("The senate approved the budget late on Tuesday.", "approved", "Vote"),
    ("The assembly adopted a constitutional amendment after a long debate.", "adopted", "Vote"),
    # a deployment: naval ships, police or contingents sent by a state
    ("Britain sent two frigates to the disputed fishing grounds.", "sent", "MilitaryDeployment"),
    ("Kenya will send 400 police to the island next month.", "send", "MilitaryDeployment"),
    ("Nigeria sent a contingent to the capital in August.", "sent", "MilitaryDeployment"),
    # an appeal: "for" hung on the clause of what is asked
    ("The State Department called for the prisoners to be freed.", "called", "Appeal"),
    ("Germany asked for the occupying troops to leave at once.", "asked", "Appeal"),
]

SILENT = [
    # passing or approving what is no act of a chamber
    ("The convoy passed the border post at dawn.", "passed"),
    ("The minister approved the plan for a new airport.", "approved"),
    # a diplomat sent home is an expulsion, not a deployment; a letter sent is no deployment
    ("India said the envoy would be sent home.", "sent"),
    ("The president sent a letter to the police chief.", "sent"),
    # "for" opening a clause of purpose under a verb that asks nothing
    ("The ministers waited for the talks to begin.", "waited"),
]


@pytest.mark.parametrize("sentence, word, kind", FIRES)
def test_wording_class_fires(sentence, word, kind):
    assert _kinds(sentence).get(word) == kind


@pytest.mark.parametrize("sentence, word", SILENT)
def test_look_alike_stays_silent(sentence, word):
    assert word not in _kinds(sentence) or _kinds(sentence)[word] not in ("Vote", "MilitaryDeployment", "Appeal")
