"""A stance the speaker states as its own decides the kind of its remark (kb.extract.speechstance).
Sentences are our own; each rule is checked both ways."""
from datetime import datetime

import pytest

from tests.extract_support import parse

PUB = datetime(2015, 3, 10, 9, 0)


def _kinds(text: str) -> set[str]:
    return {event.type for event in parse(text, PUB)[-1]}


@pytest.mark.parametrize("text, kind", [
    ("Germany said on Monday it regretted the decision to close the consulate.", "Criticism"),
    ("Poland said on Monday that it welcomed the court's ruling on the fishing zone.", "Praise"),
    ("France said on Monday that it supported the deployment of the regional force.", "Praise"),
    ("Germany said on Monday that it regretted his decision to expel the envoy.", "Criticism"),  # another's act
    ("Pakistan's foreign minister said on Monday that Pakistan welcomed the ruling on the border.", "Praise"),
])
def test_a_remark_stating_the_speakers_own_stance_is_that_act(text, kind):
    kinds = _kinds(text)
    assert kind in kinds and "Statement" not in kinds


@pytest.mark.parametrize("text", [
    "Germany said on Monday it would support the plan.",                  # a promise, not a verdict
    "Germany said on Monday it did not regret the decision.",             # a refusal to judge
    "Germany said on Monday the islanders welcomed tourists every summer.",  # a standing habit
    "Germany said on Monday that Russia regretted the ruling.",            # another party's stance, reported
    "Germany said on Monday that it never regretted the decision.",        # negated, told in the past
    "Germany said on Monday that it welcomed tourists every summer.",      # its own, but no act judged
    "Germany said on Monday it regretted the deaths in the floods.",        # a condolence
    "Germany said on Monday that it regretted its decision.",              # an apology
    "India said on Monday that it supported the army.",                    # a side taken, no act judged
    "Poland said on Monday that it supported the rebel militias.",
])
def test_a_promise_a_refusal_a_report_a_wish_or_an_apology_is_no_stance_taken(text):
    assert not _kinds(text) & {"Criticism", "Praise"}


@pytest.mark.parametrize("text", [
    "Turkey's foreign minister said on Monday that Iran welcomed the decision to reopen the crossing.",
    "A Kremlin spokesman said on Monday that Georgia regretted the decision to shut the pass.",
])
def test_a_voice_of_another_state_lends_it_no_stance(text):
    # the saying reports the stance of the state it names; it is no act of the voice's own state
    said = [event.type for event in parse(text, PUB)[-1] if event.trigger == "said"]
    assert not set(said) & {"Criticism", "Praise"}


@pytest.mark.parametrize("text, kind", [
    ("Germany said on Monday it could not accept the proposal.", "Rejection"),
    ("Chancellor Angela Merkel told reporters on Monday that her government would not implement the ruling.",
     "Rejection"),
    ("Germany announced on Monday that it no longer recognizes the military council as Mali's government.",
     "Rejection"),
    ("Germany said on Monday that its troops had not crossed the border.", "Denial"),
    ("A German spokesman said on Friday that no German soldiers had crossed the border.", "Denial"),
    ("Germany said on Monday that it has nothing to do with these bombings.", "Denial"),
    ("Germany said on Monday that its intelligence agents were not involved in the plot.", "Denial"),
    ("Chancellor Angela Merkel said on Monday that he had not been abducted by German agents.", "Denial"),
    ("Germany said on Friday that Ahmet Yilmaz was not detained by German police.", "Denial"),
    ("Germany said on Friday that it has never accepted the proposal on fishing rights.", "Rejection"),
])
def test_a_refusal_or_a_denial_said_of_the_speakers_own_side_is_that_act(text, kind):
    said = [event.type for event in parse(text, PUB)[-1] if event.trigger in ("said", "told", "announced")]
    assert said == [kind]


@pytest.mark.parametrize("text", [
    "Germany said on Monday that Russia would not accept the ruling.",          # another party's refusal
    "Germany said on Monday that Russian troops had not crossed the border.",   # another side's act
    "Germany said on Monday that it had not received an invitation.",           # no charge to deny
    "Germany said on Monday that its troops would not cross the border.",       # a promise, no denial
    "Germany said on Monday that it had accepted the plan.",                    # not negated
    "Germany said on Monday that its soldiers had not been attacked at the border.",  # a harm spared
    "Germany said on Monday that no German soldiers were killed in the night.",  # a casualty report
    "Germany said on Monday that it had not yet implemented the new tariffs.",  # a delay, no refusal
    "Germany said on Monday that its troops can't attack the town.",            # a prospect, no denial
    "The Indian navy said on Friday that it had not been attacked off the coast.",  # its own side spared
    "The French army said on Friday that Abu Bakr al-Baghdadi was not killed in the raid.",  # he survived
    "The Egyptian army said on Friday that the commander was not struck in the air raid.",  # he survived
])
def test_another_sides_stand_a_promise_a_delay_or_a_harm_spared_is_no_refusal_or_denial(text):
    said = [event.type for event in parse(text, PUB)[-1] if event.trigger == "said"]
    assert not set(said) & {"Rejection", "Denial"}


def test_a_ruling_states_no_refusal_of_its_own():
    # what is said after a ruling is read on the "said" of its own, not on the ruling's verb (the parser
    # may hang another party's "said" on that verb)
    text = "The court ruled on Monday that Germany had no right to the island and said it would not recognise the old treaty."
    ruled = [event.type for event in parse(text, PUB)[-1] if event.trigger == "ruled"]
    assert ruled and "Rejection" not in ruled  # the ruling is still read, as no refusal
