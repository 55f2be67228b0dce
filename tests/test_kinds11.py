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
    ("The chamber of deputies passed the reform bill after midnight.", "passed", "Vote"),
    ("The bill was passed by parliament with a two-thirds majority.", "passed", "Vote"),
    ("Deputies passed a law on Friday that allows foreign troops in the country.", "passed", "Vote"),
    ("The senate approved the budget late on Tuesday.", "approved", "Vote"),
    ("The assembly adopted a constitutional amendment after a long debate.", "adopted", "Vote"),
    # a deployment: naval ships, police or contingents sent by a state
    ("Britain sent two frigates to the disputed fishing grounds.", "sent", "MilitaryDeployment"),
    ("Rwanda will send a contingent of police to the province.", "send", "MilitaryDeployment"),
    ("The navy sent two destroyers and a submarine to the gulf.", "sent", "MilitaryDeployment"),
    ("Nigeria sent a contingent to the capital in August.", "sent", "MilitaryDeployment"),
    # aid: relief flown or sent
    ("Australia flew relief supplies to the island on Thursday.", "flew", "Aid"),
    ("Japan sent food and medicine to the stricken towns.", "sent", "Aid"),
    # fighting told with both sides named "between" it, no outbreak verb
    ("Months of fighting between government troops and separatists emptied the valley.", "fighting",
     "MilitaryAction"),
    ("Clashes between Chinese and Indian troops killed twenty soldiers.", "Clashes", "MilitaryAction"),
    # a leadership change: the one thrown down told by a relative pronoun, a title or a pronoun
    ("The junta freed the emir, who had been deposed three years earlier.", "deposed", "LeadershipChange"),
    ("Her cousin, the president, who was toppled in a coup, lives in Lisbon.", "toppled", "LeadershipChange"),
    ("Mr Duarte was unseated by a colonel and his garrison.", "unseated", "LeadershipChange"),
    ("Ten years after she was overthrown, she wrote her memoirs.", "overthrown", "LeadershipChange"),
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
    ("The president sent a letter to the police.", "sent"),
    ("The minister sent a message to the marines on their anniversary.", "sent"),
    # asking for help, or a figure of speech, is no aid
    ("The mayor sent for help from the fire brigade.", "sent"),
    ("The envoy flew in from Rome with food for thought.", "flew"),
    # a law passed or approved by no chamber: a change of hands, assent, a policy
    ("Power passed to the generals under the emergency law.", "passed"),
    ("The deadline passed without a budget.", "passed"),
    ("The king approved the amendment by decree.", "approved"),
    ("The republic adopted the civil law of France in 1804.", "adopted"),
    # a clash or hostility of persons or crowds is no armed act
    ("The hostility between the two prime ministers was plain at the dinner.", "hostility"),
    ("A clash between the speaker and the president dominated the session.", "clash"),
    ("Clashes between police and students left twenty injured.", "Clashes"),
    # one toppled or unseated who is no ruler: in sport, in an election, told by "who" or a pronoun
    ("The holders, who were toppled by Chile in the quarter-final, flew home.", "toppled"),
    ("The senator, who was unseated at the last election, retired.", "unseated"),
    ("She was toppled from the top of the world rankings.", "toppled"),
    # "for" opening a purpose under a verb with an object of its own
    ("The rebels called a truce for the harvest to be brought in.", "called"),
    ("He pressed the button for the doors to open.", "pressed"),
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
