"""The reason a hostile act gives names the dispute behind it (kb.extract.disputereasons)."""
from datetime import datetime

import pytest

from kb.extract.disputereasons import act_reason
from kb.extract.disputes import extract_disputes
from tests.extract_support import parse

PUB = datetime(2021, 3, 2)


def _reason(text: str, verb: str) -> str | None:
    doc = parse(text, PUB)[0]
    found = act_reason(next(t for t in doc if t.text == verb))
    return found[0] if found is not None else None


@pytest.mark.parametrize("text,verb,reason", [
    ("Norway expelled two diplomats on Monday over the sinking of a fishing boat.", "expelled",
     "sinking of fishing boat"),
    ("Ghana recalled its envoy on Tuesday in protest at the closure of its consulate in Lagos.", "recalled",
     "closure of consulate in Lagos"),
    ("Japan imposed sanctions on Friday because of the missile tests.", "imposed", "missile tests"),
    ("Peru cut ties with Chile on Friday after Santiago jailed two Peruvian reporters.", "cut",
     "Santiago jailed Peruvian reporters"),
    ("Bolivia cut ties with Chile on Friday, accusing it of war crimes.", "cut", "war crimes"),
    ("Peru cut ties with Chile after its president said that Lima had sheltered the rebels.", "cut",
     "Lima sheltered rebels"),
    ("Chad expelled the ambassador in retaliation for the arrest of its minister.", "expelled", "arrest of minister"),
    # every answer noun announces what the act answers, "reaction" and "punishment" too
    ("Gabon recalled its consul in reaction to the seizure of two trawlers by Cameroon.", "recalled",
     "seizure of trawlers"),
    ("Gabon expelled the attache in punishment for the beating of its student in Douala.", "expelled",
     "beating of student"),
    # a clause after which an act comes is its reason when it tells a hostile act or words said
    ("Norway recalled its ambassador after Danish troops raided the embassy.", "recalled",
     "Danish troops raided embassy"),
    ("Norway recalled its ambassador after Danish police entered the embassy and detained a guest.", "recalled",
     "Danish police entered embassy detained guest"),
    # a clause that tells an accusation: what it accuses of, not who rose where to make it
    ("Peru cut ties with Chile on Friday, hours after its envoy rose at the council and accused Santiago of "
     "sheltering the rebels.", "cut", "sheltering rebels"),
    ("Peru cut ties with Chile on Friday after Santiago accused Lima of spying.", "cut", "spying"),
    # a charge that names the act itself, beside the silent cases told through another act below
    ("Chad expelled the ambassador on Friday, accusing Niger of arming the rebels near the oasis.", "expelled",
     "arming rebels near oasis"),
    # a charge told through a verb of trying or letting: the act tried or let happen is the matter
    ("Chad expelled the ambassador on Friday, accusing Niger of trying to take the oasis.", "expelled",
     "take oasis"),
    ("Chad expelled the ambassador on Friday, accusing Niger of letting the rebels cross its territory.",
     "expelled", "territory"),
    # the deed the doer says, as it acts, the other side did: its grounds in its own words
    ("Hungary expelled two Romanian diplomats on Friday, saying they had spied on an air base near Debrecen.",
     "expelled", "spied on air base near Debrecen"),
    ("Ghana closed its border with Togo, claiming that Lome had armed the exiles.", "closed", "Lome armed exiles"),
    # a deed told at length is named by the means it was done by
    ("Beijing downgraded its ties with Prague on Monday, saying the Czech government had broken its pledges to "
     "China by allowing the Dalai Lama to address the senate in public.", "downgraded",
     "allowing Dalai Lama to address senate in public"),
])
def test_the_reason_an_act_is_given_for(text, verb, reason):
    assert _reason(text, verb) == reason


@pytest.mark.parametrize("text,verb", [
    ("Norway expelled two diplomats over the weekend.", "expelled"),       # a time, not a matter
    ("Norway expelled two diplomats after midnight.", "expelled"),
    ("Norway expelled two diplomats after a meeting of the cabinet.", "expelled"),   # what came before
    ("Norway expelled two diplomats on Friday after talks failed.", "expelled"),
    ("Norway expelled two Danish diplomats at short notice.", "expelled"),     # "at" without "in protest"
    ("Norway recalled its ambassador after the embassy reopened.", "recalled"),   # no hostile act came before
    ("Norway expelled two diplomats on Friday.", "expelled"),                # no reason given
    ("Norway expelled two diplomats on Friday despite protests over the fishing boat.", "expelled"),
    ("Gabon recalled its consul, a reaction that surprised observers at the ministry.", "recalled"),  # answers nothing
    # words said with the act that tell no deed of the other side: a warning, a view, the act itself
    ("Hungary expelled two Romanian diplomats on Friday, saying it would not tolerate spying.", "expelled"),
    ("Hungary expelled two Romanian diplomats on Friday, saying the decision was final.", "expelled"),
    ("Hungary expelled two Romanian diplomats on Friday, saying the move had been overdue.", "expelled"),
    ("Norway recalled its ambassador from Iceland on Monday, saying he had been called home for talks.", "recalled"),
    ("Norway closed its border with Sweden on Friday, saying it had decided to shield its farmers.", "closed"),
    # a charge of failing to keep one's word: no thing is at odds
    ("Chad expelled the ambassador on Friday, accusing Niger of failing to honour its pledge to withdraw.",
     "expelled"),
])
def test_no_reason_from_a_time_a_preceding_meeting_or_an_aside(text, verb):
    assert _reason(text, verb) is None


def _disputes(text):
    doc, actors, _, _, events = parse(text, PUB)
    return extract_disputes(doc, actors, events, PUB)


def test_an_inferred_dispute_is_named_by_the_reason_of_its_act():
    (dispute,) = _disputes("Russia expelled two German diplomats on Monday over the murder of an exile in Berlin.")
    assert (dispute.topic, dispute.basis) == ("murder of exile in Berlin", "inferred")
    assert set(dispute.parties) == {"country:RUS", "country:DEU"}
    assert _disputes("Russia expelled two German diplomats on Monday.") == []   # over what, not told


def test_relations_broken_over_a_matter_are_a_dispute_about_that_matter():
    (dispute,) = _disputes("India cut diplomatic ties with Pakistan on Monday after its troops shelled a border post.")
    assert dispute.topic == "troops shelled border post" and dispute.basis == "named"
    assert set(dispute.parties) == {"country:IND", "country:PAK"}
    assert _disputes("India cut diplomatic ties with Pakistan on Monday.") == []   # over what, not told
