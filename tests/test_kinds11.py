"""Wording classes of session 11, each tested both ways: a legislature passing a bill or law, a
state sending naval ships or police abroad, relief flown or sent, fighting between two named
sides, a ruler thrown down in a relative clause or named by a courtesy title or a pronoun
(kb.extract.removals), and an appeal whose "for" opens the clause of what is asked ("called for
the prisoners to be freed")."""
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
    # aid: relief flown or sent
    ("Australia flew relief supplies to the island on Thursday.", "flew", "Aid"),
    ("Japan sent food and medicine to the stricken towns.", "sent", "Aid"),
    # fighting told with both sides named "between" it, no outbreak verb
    ("Months of fighting between government troops and separatists emptied the valley.", "fighting",
     "MilitaryAction"),
    ("Clashes between Chinese and Indian troops killed twenty soldiers.", "Clashes", "MilitaryAction"),
    # a leadership change: the one thrown down told by a relative pronoun, a title or a pronoun
    ("Exiles want the return of Bosch, who was overthrown by the army in 1963.", "overthrown", "LeadershipChange"),
    ("Mr Ortega was toppled by his own officers in May.", "toppled", "LeadershipChange"),
    ("He was abroad when he was deposed.", "deposed", "LeadershipChange"),
    # an appeal: "for" hung on the clause of what is asked
    ("The State Department called for the prisoners to be freed.", "called", "Appeal"),
    ("Germany asked for the occupying troops to leave at once.", "asked", "Appeal"),
]

SILENT = [
    # a flight of a person is a visit, not aid
    ("The prime minister flew to the island on Thursday.", "flew"),
    # a war or conflict between two states is a standing state; a diplomatic clash is no fighting;
    # fighting with one side only names no fighting between parties
    ("The war between the two states has lasted decades.", "war"),
    ("A diplomatic clash between Rome and Paris overshadowed the summit.", "clash"),
    ("The fighting in the north displaced thousands.", "fighting"),
    # a thing thrown down, in a relative clause or a participle
    ("Crowds cheered the statue, which was toppled by the crowd in March.", "toppled"),
    ("The champions, beaten in March and toppled in the final, went home.", "toppled"),
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
    assert _kinds(sentence).get(word) not in ("Vote", "MilitaryDeployment", "Appeal", "LeadershipChange", "Aid",
                                                  "MilitaryAction")
