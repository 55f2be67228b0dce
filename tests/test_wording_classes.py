"""Wording classes the lexicon had lacked, each tested both ways: coups and yielding power, oaths of
office, relations restored and acts done jointly, talks named by their subject, labelling and angry
reactions, congratulating and thanking, money promised, blocking and brushing aside, ground taken;
and the parties of a bare election noun (kb.extract.elections)."""
import pytest

from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp, parse


def _kinds(sentence: str) -> dict[str, str]:
    """{trigger word: event type} for every trigger of a sentence."""
    return {t.text: trig.type for t in nlp()(sentence) if (trig := match_trigger(t)) is not None}


def _modality(sentence: str, word: str) -> str:
    return next(modality(t) for t in nlp()(sentence) if t.text == word)


FIRES = [
    # leadership change: throwing a ruler down, yielding power, taking the oath
    ("The generals overthrew the elected president in June.", "overthrew", "LeadershipChange"),
    ("The government was toppled by mutinous officers.", "toppled", "LeadershipChange"),
    ("Officers deposed the king while he was abroad.", "deposed", "LeadershipChange"),
    ("Soldiers removed the prime minister from power overnight.", "removed", "LeadershipChange"),
    ("Since his ouster in a palace revolt, he has lived in Lisbon.", "ouster", "LeadershipChange"),
    ("A military coup shook the country on Tuesday.", "coup", "LeadershipChange"),
    ("The old ruler relinquished power after thirty years.", "relinquished", "LeadershipChange"),
    ("The junta handed power to a civilian council.", "handed", "LeadershipChange"),
    ("The colonels agreed to give up power by March.", "give", "LeadershipChange"),
    ("The new premier took the oath of office in the capital.", "oath", "LeadershipChange"),
    ("Her swearing-in is set for Friday.", "swearing", "LeadershipChange"),
    # cooperation: relations restored or renewed, acts done jointly
    ("The two states restored diplomatic ties on Friday.", "restored", "Cooperation"),
    ("Both governments normalised relations in the spring.", "normalised", "Cooperation"),
    ("Tokyo renewed its defence pact with Canberra.", "renewed", "Cooperation"),
    ("The island switched its recognition to Beijing.", "switched", "Cooperation"),
    ("Five states will form a joint force against the insurgents.", "force", "Cooperation"),
    ("Berlin and Paris jointly proposed a reconstruction fund.", "proposed", "Cooperation"),
    # negotiation: talks named by what is negotiated
    ("The arms talks in Vienna ran into the night.", "talks", "Negotiation"),
    ("Delegates opened the border talks on Monday.", "talks", "Negotiation"),
    # criticism: labelling, angry reactions, verbal attacks
    ("The president branded the rebels a gang of thieves.", "branded", "Criticism"),
    ("Ankara reacted with anger to the vote.", "reacted", "Criticism"),
    ("The minister expressed outrage at the ruling.", "expressed", "Criticism"),
    ("The premier rounded on his critics abroad.", "rounded", "Criticism"),
    ("The envoy hit out at the sanctions.", "hit", "Criticism"),
    ("The foreign minister took aim at Brussels.", "took", "Criticism"),
    # praise: congratulating and thanking
    ("The chancellor congratulated the winner on Sunday.", "congratulated", "Praise"),
    ("The king thanked Norway for its help.", "thanked", "Praise"),
    # aid: money promised or approved
    ("Tokyo promised $50 million to the flooded provinces.", "promised", "Aid"),
    ("The fund approved a loan of $2 billion for Kenya.", "approved", "Aid"),
    ("Lenders agreed a bailout for the ailing state.", "bailout", "Aid"),
    # rejection: brushing aside, blocking, defying
    ("The junta brushed aside the deadline set by its neighbours.", "brushed", "Rejection"),
    ("Athens could block the accession of its neighbour.", "block", "Rejection"),
    ("The premier dismissed the offer of talks.", "dismissed", "Rejection"),
    ("Pyongyang defied the council's resolution.", "defied", "Rejection"),
    ("One member held out against the embargo.", "held", "Rejection"),
    ("The veto of the resolution angered its sponsors.", "veto", "Rejection"),
    # military action: ground named by its place
    ("Rebel troops captured Kabul on Sunday.", "captured", "MilitaryAction"),
    ("Iraq occupied Kuwait in August.", "occupied", "MilitaryAction"),
    # military action: opening fire, destroying by arms, downing aircraft, force threatened
    ("Border guards opened fire on the crowd.", "opened", "MilitaryAction"),
    ("Enemy bombers destroyed the bridge at dawn.", "destroyed", "MilitaryAction"),
    ("The downing of the airliner caused an outcry.", "downing", "MilitaryAction"),
    ("Anti-aircraft gunners downed a reconnaissance plane.", "downed", "MilitaryAction"),
    ("The council authorised the use of force.", "force", "MilitaryAction"),
    ("Parliament rejected military action against the regime.", "action", "MilitaryAction"),
    # phone calls: a person rung up, a call taken
    ("Erdogan called Merkel on Sunday to discuss the refugees.", "called", "PhoneCall"),
    ("The chancellor rang Vladimir Putin on Friday.", "rang", "PhoneCall"),
    ("Merkel took a call from Putin on Friday.", "call", "PhoneCall"),
    # concession: ground handed back, withdrawing from land or a measure, bowing to demands
    ("The army handed the border villages back to its neighbour.", "handed", "Concession"),
    ("The occupying forces will withdraw from the disputed province.", "withdraw", "Concession"),
    ("The cabinet withdrew the press bill after a week of protests.", "withdrew", "Concession"),
    ("The governor bowed to the strikers' demands.", "bowed", "Concession"),
    ("Both armies agreed to pull their troops apart.", "pull", "Concession"),
    # mediation: shuttling between the sides, presiding over their talks
    ("The envoy has shuttled between the two capitals for a month.", "shuttled", "Mediation"),
    ("Kenya presided over the second round of talks.", "presided", "Mediation"),
    # expulsion: a deadline to leave, persona non grata
    ("The junta gave the envoy 48 hours to leave the country.", "gave", "Expulsion"),
    ("Caracas declared the ambassador persona non grata.", "declared", "Expulsion"),
    # sanction: bans slapped, privileges withdrawn, sanctions reinstated, links closed, bans weighed
    ("Brussels slapped an asset freeze on the general.", "slapped", "Sanction"),
    ("Delhi withdrew the trade privileges of its neighbour.", "withdrew", "Sanction"),
    ("Washington will reinstate sanctions on the regime.", "reinstate", "Sanction"),
    ("Four states closed their air links with Qatar.", "closed", "Sanction"),
    ("The council weighs a ban on timber from the region.", "ban", "Sanction"),
    ("The bloc suspended Kabul's membership of the group.", "suspended", "Sanction"),
    # visit: welcomed on arrival, a mission to a place
    ("Merkel was welcomed by Hu in Beijing on Friday.", "welcomed", "Visit"),
    ("The envoy's mission to Tehran ended without a deal.", "mission", "Visit"),
    # statements: addressing a body or a crowd
    ("The president addressed the nation on Sunday night.", "addressed", "Statement"),
]


@pytest.mark.parametrize("sentence, word, kind", FIRES)
def test_the_ordinary_wording_of_each_kind_fires(sentence, word, kind):
    assert _kinds(sentence).get(word) == kind


SILENT = [
    ("Fans toppled a statue of the striker.", "toppled"),
    ("The underdogs toppled the champions in the final.", "toppled"),
    ("Workers removed the rubble from the square.", "removed"),
    ("The deal was a diplomatic coup for the minister.", "coup"),
    ("A failed coup attempt shook the capital.", "coup"),
    ("He took an oath of loyalty to the party.", "oath"),
    ("The garage restored the old car.", "restored"),
    ("The minister reacted calmly.", "reacted"),
    ("He held out his hand.", "held"),
    ("Protesters blocked the road to the airport.", "blocked"),
    ("Police captured the suspect in a flat.", "captured"),
    ("Students occupied the main square.", "occupied"),
    ("The singer thanked the crowd.", "thanked"),
    ("The shop opened a new branch.", "opened"),
    ("The flood destroyed the harvest.", "destroyed"),
    ("Erdogan called Merkel a friend.", "called"),
    ("The court called Ali Khan to testify.", "called"),
    ("The parcel was addressed to the embassy.", "addressed"),
    ("The chairman withdrew from the room.", "withdrew"),
    ("The dancers bowed to the audience.", "bowed"),
    ("The teacher gave the pupils an hour to finish.", "gave"),
    ("The president declared a state of emergency.", "declared"),
    ("The shop closed its doors at noon.", "closed"),
]


@pytest.mark.parametrize("sentence, word", SILENT)
def test_look_alikes_stay_silent(sentence, word):
    assert word not in _kinds(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("Serbia must meet the conditions before it can open talks.", "meet"),
    ("Kenya met the deadline for its budget on Friday.", "met"),
    ("Iran has not met its obligations under the accord.", "met"),
    ("The strikers' demands were met within a week.", "met"),
])
def test_a_condition_or_a_deadline_met_is_no_meeting(sentence, word):
    assert word not in _kinds(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("The envoy met the foreign minister on Monday.", "met"),
    ("The two leaders met amid demands for a ceasefire.", "met"),
])
def test_meeting_a_person_stays_a_meeting(sentence, word):
    assert _kinds(sentence)[word] == "Meeting"


def test_talks_between_two_leaders_stay_a_meeting():
    assert _kinds("Merkel held talks with Putin over dinner.")["talks"] == "Meeting"


def test_handing_over_captives_stays_a_concession():
    assert _kinds("The rebels handed over the hostages.")["handed"] == "Concession"
    assert _kinds("Russia ceded the islands to Japan.")["ceded"] == "Concession"


def test_brushing_off_a_charge_is_a_denial():
    assert _kinds("The ministry brushed off the allegations.")["brushed"] == "Denial"


def test_an_act_refrained_from_was_not_done():
    assert _modality("Beijing has held back from congratulating the winner.", "congratulating") == "negated"
    assert _modality("India refrained from criticising Moscow.", "criticising") == "negated"
    assert _modality("He returned from visiting Moscow.", "visiting") == "asserted"


def test_what_is_still_to_be_done_is_planned():
    assert _modality("The treaty has yet to be ratified by parliament.", "ratified") == "planned"
    assert _modality("The vote has yet to be held.", "vote") == "planned"
    assert _modality("The summit has yet to produce a deal.", "summit") == "asserted"  # it was held


def test_an_act_judged_happened_whatever_the_judging():
    assert _modality("China did not condemn the invasion.", "invasion") == "asserted"
    assert _modality("France will not attend the summit.", "summit") == "negated"


def _elections(text: str) -> list:
    return [e for e in parse(text)[-1] if e.type == "Election"]


def test_who_won_and_lost_an_election_named_by_a_bare_noun_stood_in_it():
    (vote,) = _elections("Turnout was low in the May 3 election, in which Erdogan narrowly beat Ali Khan.")
    assert {"person:recep-erdogan", "person:ali-khan"} <= set(vote.participants)
    (vote,) = _elections("Ali Khan, the winner of the election, thanked his voters on Monday.")
    assert "person:ali-khan" in vote.participants
    (vote,) = _elections("Ali Khan was named the winner of the election on Monday.")
    assert "person:ali-khan" in vote.participants


def test_who_only_watched_an_election_did_not_stand_in_it():
    assert _elections("The monitors watched the election, in which Pakistan's voters turned out in record numbers.") == []


def _statements(text: str) -> list:
    return [e for e in parse(text)[-1] if e.type == "Statement"]


def test_a_remark_told_as_an_act_of_its_own_is_a_statement():
    (remark,) = _statements("Merkel said on Monday that the accord showed the good faith of both sides.")
    assert remark.agents == ["person:angela-merkel"]


def test_a_said_that_sources_an_act_is_no_statement_of_its_own():
    assert _statements("Merkel said on Monday that Putin would visit Berlin in May.") == []
    assert _statements("Merkel did not say whether the accord was fair.") == []


def test_handing_over_power_is_a_leadership_change_not_a_concession():
    assert _kinds("The junta will hand over power in March.")["hand"] == "LeadershipChange"


def test_a_truce_brokered_by_a_third_party_is_a_ceasefire_and_a_mediation():
    events = parse("A ceasefire between Iran and Turkey brokered by the United Nations took effect on Monday.")[-1]
    mediation = next(e for e in events if e.type == "Mediation")
    assert mediation.agents == ["org:united-nations"]
    assert {"country:IRN", "country:TUR"} <= set(mediation.participants)
    assert "Ceasefire" in [e.type for e in events]
    assert [e.type for e in parse("A summit hosted by China opened on Monday.")[-1]] == ["Summit"]


def test_talks_hosted_and_brokered_by_a_third_party_are_its_mediation():
    (mediation,) = parse("The deal crowned months of talks hosted and brokered by Qatar.")[-1]
    assert (mediation.type, mediation.agents) == ("Mediation", ["country:QAT"])


def test_talks_between_states_and_bodies_are_a_negotiation_and_one_body_alone_holds_no_negotiation():
    (talks,) = parse("Iran opened talks with the United Nations on Monday.")[-1]
    assert talks.type == "Negotiation"
    assert [e.type for e in parse("Merkel held talks with Putin on Monday.")[-1]] == ["Meeting"]


def test_a_date_written_on_an_event_noun_is_its_own():
    events = parse("Merkel flew to Paris on Monday for the May 12 summit with Putin.")[-1]
    summit = next(e for e in events if e.type == "Summit")
    assert summit.date.value.endswith("-05-12")


def test_a_decision_welcomed_stays_praise():
    assert _kinds("The decision was welcomed by the European Union.")["welcomed"] == "Praise"
