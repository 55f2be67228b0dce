"""Trigger coverage: the lexicon knows the common wording of each event category (CAMEO / PLOVER),
and its requirements keep look-alike wording silent. Each category is tested both ways."""
import pytest

from kb.extract.lexicon import match_trigger
from tests.extract_support import nlp, parse


def _kinds(sentence: str) -> dict[str, str]:
    """{trigger word: event type} for every trigger of a sentence."""
    return {t.text: trig.type for t in nlp()(sentence) if (trig := match_trigger(t)) is not None}


def _types(text: str) -> list[str]:
    return [e.type for e in parse(text)[-1]]


FIRES = [
    # consult (CAMEO 04)
    ("The two envoys conferred with Iranian officials for three hours.", "conferred", "Meeting"),
    ("Merkel sat down with Putin on the sidelines of the forum.", "sat", "Meeting"),
    ("The leaders held a videoconference on Monday.", "videoconference", "PhoneCall"),
    ("Merkel begins a tour of the Gulf states on Sunday.", "tour", "Visit"),
    ("Erdogan departed for Moscow on Tuesday morning.", "departed", "Visit"),
    ("Both governments agreed to resume a political dialogue.", "dialogue", "Negotiation"),
    # appeal (CAMEO 02)
    ("The president asked the regional bloc for help late on Wednesday.", "asked", "Appeal"),
    # the parser hangs "for troops" on the object here, not on "asked"
    ("Kazakhstan's president asked the regional alliance for troops on Thursday.", "asked", "Appeal"),
    ("Kiev pleaded for more air defence systems.", "pleaded", "Appeal"),
    ("The government sought international mediation in the border row.", "sought", "Appeal"),
    ("Beijing renewed its call for restraint on both sides.", "call", "Appeal"),
    # cooperate and praise (CAMEO 05)
    ("India recognised the new state within hours.", "recognised", "Cooperation"),
    ("Merkel applauded the decision of the Iranian parliament.", "applauded", "Praise"),
    ("Washington welcomed the agreement between the two sides.", "welcomed", "Praise"),
    # agree (CAMEO 057)
    ("The two ministers inked a trade pact in Beijing.", "inked", "AgreementSigned"),
    ("Negotiators struck a deal shortly after midnight.", "struck", "AgreementSigned"),
    ("They hammered out a compromise over two nights.", "hammered", "AgreementSigned"),
    # aid (CAMEO 07)
    ("Germany donated ten million euros to the relief fund.", "donated", "Aid"),
    ("China delivered medical supplies to Iran.", "delivered", "Aid"),
    ("The United States airlifted food to the flooded province.", "airlifted", "Aid"),
    # yield (CAMEO 08)
    ("The rebels handed over two hostages to the Red Cross.", "handed", "Concession"),
    ("Iran freed the detained sailors on Thursday.", "freed", "Concession"),
    ("Russia pulled its troops back from the border.", "pulled", "Concession"),
    ("Washington eased sanctions on Iranian oil.", "eased", "Concession"),
    ("Ukraine will release a captured Russian pilot.", "release", "Concession"),
    ("The two sides are to exchange prisoners next week.", "exchange", "Concession"),
    ("Both sides agreed to a cease-fire.", "fire", "Ceasefire"),
    ("The army halted its offensive in the east.", "halted", "Ceasefire"),
    # criticize, accuse (CAMEO 11)
    ("Russia's foreign ministry lashed out at the American envoy.", "lashed", "Criticism"),
    ("Poland deplored the decision.", "deplored", "Criticism"),
    ("Merkel called the annexation a violation of international law.", "called", "Criticism"),
    ("The opposition complained that it had not been invited.", "complained", "Criticism"),
    ("The government hit back late on Sunday.", "hit", "Criticism"),
    ("Moscow and Washington traded barbs over the troops.", "traded", "Criticism"),
    ("Iran held Washington responsible for the attack.", "held", "Accusation"),
    # reject, deny (CAMEO 12)
    ("Kiev turned down the offer of talks.", "turned", "Rejection"),
    ("The delegation walked out of the talks.", "walked", "Rejection"),
    ("Uribe called off the mediation in November.", "called", "Rejection"),
    ("The ministry refuted the reports.", "refuted", "Denial"),
    ("A spokesman called the allegations baseless.", "called", "Denial"),
    # threaten, protest (CAMEO 13, 14)
    ("The bloc issued an ultimatum to the junta.", "ultimatum", "Threat"),
    ("Thousands of students demonstrated against the treaty outside the embassy.", "demonstrated", "Protest"),
    ("Crowds stormed government buildings in the city.", "stormed", "Protest"),
    ("India summoned the acting high commissioner to protest.", "summoned", "Protest"),
    # mobilize (CAMEO 15)
    ("About 2,000 troops began arriving in the capital on Thursday.", "arriving", "MilitaryDeployment"),
    ("Russia massed troops on the border.", "massed", "MilitaryDeployment"),
    ("Chavez ordered ten army battalions to the border.", "ordered", "MilitaryDeployment"),
    ("Senegalese troops crossed into Gambia on Thursday.", "crossed", "MilitaryDeployment"),
    # reduce relations, sanction, expel (CAMEO 16)
    ("Venezuela closed its embassy in Bogota.", "closed", "BreakRelations"),
    ("Three states withdrew their ambassadors from Qatar.", "withdrew", "BreakRelations"),
    ("Commonwealth leaders suspended Nigeria from the grouping.", "suspended", "Sanction"),
    ("The Arab League suspended Libya on Tuesday.", "suspended", "Sanction"),  # no "from"
    ("Washington will impose duties of 25 percent on Canadian steel.", "impose", "Sanction"),
    ("Saudi Arabia stopped all oil shipments to the United States.", "stopped", "Sanction"),
    # fight (CAMEO 19)
    ("The air force shot down an Indian jet.", "shot", "MilitaryAction"),
    ("Agents sank the ship in the harbour.", "sank", "MilitaryAction"),
    ("The army fired missiles at the airport.", "fired", "MilitaryAction"),
    ("Indian troops pushed further into the east.", "pushed", "MilitaryAction"),
    # leadership (no CAMEO code)
    ("The army seized power in a coup.", "seized", "LeadershipChange"),
    ("The king abdicated in favour of his son.", "abdicated", "LeadershipChange"),
    ("He stood down as party chairman.", "stood", "LeadershipChange"),
]


@pytest.mark.parametrize("sentence, word, kind", FIRES)
def test_common_wording_of_each_category_fires(sentence, word, kind):
    assert _kinds(sentence).get(word) == kind


SILENT = [
    # the same words in their everyday senses
    ("Merkel sat in the front row.", "sat"),
    ("The Finance Minister asked for anonymity.", "asked"),
    ("The minister asked for comment did not reply.", "asked"),
    ("He pleaded guilty to the charges.", "pleaded"),
    ("The court heard the appeal on Monday.", "appeal"),
    ("The reform freed up funds for the army.", "freed"),
    ("He delivered a speech in Berlin.", "delivered"),
    ("The talks were a victory for dialogue and peace.", "dialogue"),
    ("He occupied the post for ten years.", "occupied"),
    ("She called him a friend.", "called"),
    ("The protesters want him to answer for what he called a crime.", "called"),
    ("The chancellor turned down the volume.", "turned"),
    ("The army demonstrated its capability to strike.", "demonstrated"),
    ("The minister closed the meeting.", "closed"),
    ("The parliament suspended the debate.", "suspended"),
    ("The club suspended its captain for two matches.", "suspended"),
    ("The ministry imposed a curfew on Tuesday.", "imposed"),
    ("The committee stopped work at noon.", "stopped"),
    ("The reporter shot down the rumour.", "shot"),
    ("The company seized the opportunity.", "seized"),
    ("He took the chair.", "took"),
    ("Rebels seized a shipment of rifles.", "seized"),
    ("A demonstration of force followed.", "demonstration"),
    ("She offered help with the preparations.", "offered"),
    ("Investors staged a hostile takeover.", "takeover"),
    ("The army hit back with missile strikes.", "hit"),
    ("The two countries traded oil for grain.", "traded"),
    ("Refugees crossed the border into Senegal.", "crossed"),
]


@pytest.mark.parametrize("sentence, word", SILENT)
def test_look_alike_wording_stays_silent(sentence, word):
    assert word not in _kinds(sentence)


def test_a_verb_chain_shares_its_subject_with_the_requirement():
    """"troops began arriving": the doer that makes arriving a deployment is the subject of "began"."""
    assert _kinds("Troops began arriving in Almaty.")["arriving"] == "MilitaryDeployment"
    assert _kinds("Merkel began arriving at decisions faster.").get("arriving") != "MilitaryDeployment"
    assert _kinds("The shipment arrived in Hamburg.").get("arrived") != "MilitaryDeployment"


def test_an_act_feared_or_fended_off_is_no_event():
    assert "attack" not in _kinds("The president said the country faced an attack by armed gangs.")
    assert "invasion" not in _kinds("The deployment is meant to deter an invasion.")
    assert _kinds("The country repelled an attack by armed gangs.")["attack"] == "MilitaryAction"


def test_agreeing_to_meet_is_a_planned_meeting_not_a_signing():
    assert _types("Merkel and Putin agreed to meet again in Berlin.") == ["Meeting"]
    assert "AgreementSigned" in _types("Merkel and Putin agreed on a new gas price.")


def test_relations_agreed_to_are_the_agreement():
    """"agreed to establish relations and reopen embassies" is one agreement, not also cooperation."""
    types = _types("Iran and China agreed on Friday to establish relations and reopen their embassies.")
    assert types == ["AgreementSigned"]
    assert _types("Iran and China established relations on Friday.") == ["Cooperation"]


def test_what_a_rejection_calls_off_is_no_new_event():
    types = _types("Putin called off Merkel's mediation with the rebels in November.")
    assert types == ["Rejection"]
    assert "Mediation" in _types("Merkel's mediation with Putin began in November.")
