"""Acts of speech: the kind of a statement comes from what it says; a request that only describes
a noun is no appeal (kb.extract.speechacts). Sentences are our own; each rule is checked both ways."""
from datetime import datetime

import pytest

from tests.extract_support import parse

PUB = datetime(2015, 3, 10, 9, 0)
MERKEL, PUTIN = "person:angela-merkel", "person:vladimir-putin"
GERMANY, RUSSIA, FRANCE, IRAN = "country:DEU", "country:RUS", "country:FRA", "country:IRN"


def _kinds(text: str) -> dict[str, list]:
    kinds: dict[str, list] = {}
    for event in parse(text, PUB)[-1]:
        kinds.setdefault(event.type, []).append(event)
    return kinds


def test_a_statement_charging_another_party_is_an_accusation():
    kinds = _kinds("In a televised address on Monday, Angela Merkel said Vladimir Putin had lied to her.")
    (charge,) = kinds["Accusation"]
    assert MERKEL in charge.agents and PUTIN in charge.recipients
    assert "Statement" not in kinds


def test_a_plain_said_charging_another_party_is_an_accusation():
    kinds = _kinds("Germany said on Monday that Russia had violated the ceasefire.")
    (charge,) = kinds["Accusation"]
    assert (charge.agents, charge.recipients) == ([GERMANY], [RUSSIA])


def test_saying_what_another_party_did_that_is_no_wrong_is_no_accusation():
    assert "Accusation" not in _kinds("Germany said on Monday that Russia had signed the treaty.")
    assert "Accusation" not in _kinds("Germany said on Monday that it had not violated the ceasefire.")
    assert "Accusation" not in _kinds("Germany said on Monday that Russia had not violated the ceasefire.")


def test_a_strike_back_promised_on_a_condition_is_a_threat():
    kinds = _kinds("Iran said on Monday it would retaliate if France attacked its nuclear sites.")
    (threat,) = kinds["Threat"]
    assert threat.agents == [IRAN]


@pytest.mark.parametrize("text", [
    "Iran said on Monday it would respond to the letter next week.",              # no condition
    "Iran said on Monday the central bank would act if inflation rose further.",  # a condition no one causes
    "Iran said on Monday it would respond if demand for oil fell.",
])
def test_a_response_answering_no_wrong_and_no_party_is_no_threat(text):
    assert "Threat" not in _kinds(text)


def test_a_response_promised_if_provoked_is_a_threat():
    assert [e.agents for e in _kinds("Iran said on Monday it would respond if provoked.")["Threat"]] == [[IRAN]]


def test_a_participle_of_speech_speaks_for_the_one_who_urged():
    """The parser hangs "saying" on the infinitive; the threat is still the urger's, not the urged's."""
    kinds = _kinds("Angela Merkel urged Russia not to send more troops on Monday, saying Germany "
                   "would be obliged to respond.")
    (threat,) = kinds["Threat"]
    assert MERKEL in threat.agents and RUSSIA not in threat.agents


@pytest.mark.parametrize("text, kind, agent", [
    ("Angela Merkel used her speech in Berlin on Monday to denounce Russia.", "Criticism", MERKEL),
    ('"Bitter vengeance awaits those behind the attack," Iran said in a statement on Monday.', "Threat", IRAN),
])
def test_what_a_speech_is_used_for_gives_its_kind(text, kind, agent):
    """A speech used to denounce is a criticism, revenge promised in a statement a threat: no
    statement besides."""
    kinds = _kinds(text)
    assert [e.agents for e in kinds[kind]] == [[agent]]
    assert "Statement" not in kinds


def test_a_speech_used_for_something_else_stays_a_statement():
    kinds = _kinds("Angela Merkel used her speech in Berlin on Monday to present the budget.")
    assert list(kinds) == ["Statement"]


def test_a_meeting_used_to_denounce_keeps_both_acts():
    kinds = _kinds("Angela Merkel used a meeting with Vladimir Putin in Berlin on Monday to denounce Russia.")
    assert "Criticism" in kinds and "Statement" not in kinds


def test_a_request_describing_a_noun_is_no_appeal():
    kinds = _kinds("Russia vetoed on Monday a resolution calling for a ceasefire between Germany and France.")
    assert "Appeal" not in kinds
    assert "Rejection" in kinds


def test_a_request_told_as_an_act_is_an_appeal():
    kinds = _kinds("France called on Monday for a ceasefire between Germany and Russia.")
    assert [e.agents for e in kinds["Appeal"]] == [[FRANCE]]


def test_revenge_denied_in_a_statement_is_no_threat():
    kinds = _kinds('"There will be no revenge," Iran said in a statement on Monday.')
    assert "Threat" not in kinds


def test_a_hostile_measure_promised_on_a_condition_is_a_threat_to_whom_it_would_hit():
    kinds = _kinds("Germany said on Monday that Russia would be expelled from the group if it did not "
                   "withdraw its troops.")
    (threat,) = kinds["Threat"]
    assert (threat.agents, threat.recipients) == ([GERMANY], [RUSSIA])


def test_a_measure_told_without_a_condition_is_no_threat():
    assert "Threat" not in _kinds("Germany said on Monday that Russia would be expelled from the group next year.")


def test_a_reply_given_on_a_condition_is_a_threat_and_one_welcomed_is_not():
    assert "Threat" in _kinds("Germany said on Monday it was ready to give a firm response if attacked.")
    assert "Threat" not in _kinds("Germany said on Monday it would welcome a reply if Russia wrote.")


def test_a_said_joined_to_a_reaction_is_part_of_that_reaction():
    # "condemned X and said ...": one occasion, told as the condemnation; no second event
    kinds = _kinds("France deplored the raids on the border villages and said its people were shocked.")
    assert "Criticism" in kinds and "Statement" not in kinds
    kinds = _kinds("Iran rejected the accusations and said its tankers would keep sailing.")
    assert "Denial" in kinds and "Statement" not in kinds


def test_a_said_joined_to_an_act_that_is_no_speech_stays_a_remark():
    # a visit and a remark made on it are two acts: the remark is still a statement of its own
    kinds = _kinds("Angela Merkel arrived in Paris on Monday and said the partnership was in good shape.")
    assert "Statement" in kinds


def test_what_will_be_said_on_a_day_or_at_a_spot_of_its_own_is_a_remark():
    # a saying that names its own day or city is an occasion of the news, whatever it says will be
    kinds = _kinds("Angela Merkel said on Monday that German exports would recover by the summer.")
    assert "Statement" in kinds
    kinds = _kinds("In Paris, Angela Merkel said the union could survive a hard winter.")
    assert "Statement" in kinds


def test_what_will_be_or_an_act_told_in_what_is_said_is_no_remark_of_its_own():
    # a stand on what is to come with no occasion named, or an act told, is no statement of the news
    kinds = _kinds("Angela Merkel said that Germany would keep its pledge to the bloc.")
    assert "Statement" not in kinds
    kinds = _kinds("Angela Merkel said in a low voice that the union could survive a hard winter.")
    assert "Statement" not in kinds
    kinds = _kinds("Angela Merkel said in Germany no party would back such a tax.")
    assert "Statement" not in kinds  # a country is where what is said holds, not where it was said
    kinds = _kinds("Angela Merkel said in Paris that Vladimir Putin would not sign the treaty.")
    assert "Statement" not in kinds  # an act told, sourced: the act is the news
    kinds = _kinds("Angela Merkel said on Monday that her counterpart, Vladimir Putin, would visit Berlin in May.")
    assert "Statement" not in kinds
