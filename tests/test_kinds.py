"""Event kinds: which reading of a trigger word the lexicon picks (CAMEO / PLOVER sense)."""
import pytest

from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp, parse


def _kinds(sentence: str) -> dict[str, str]:
    """{trigger word: event type} for every trigger of a sentence."""
    return {t.text: trig.type for t in nlp()(sentence) if (trig := match_trigger(t)) is not None}


def _types(text: str) -> list[str]:
    return [e.type for e in parse(text)[-1]]


@pytest.mark.parametrize("sentence, word, kind", [
    # talks between sides, formal talks, rounds of talks: negotiation (CAMEO 046)
    ("Delegates of the two sides opened talks between the two sides in a lakeside hotel.", "talks", "Negotiation"),
    ("Both governments began formal talks last spring.", "talks", "Negotiation"),
    ("Three rounds of talks produced nothing.", "talks", "Negotiation"),
    # talks that a third party brokered: mediation (CAMEO 045)
    ("The deal came after months of talks brokered by Norway.", "talks", "Mediation"),
    ("The truce followed a deal brokered by Qatar.", "brokered", "Mediation"),
    # two leaders' talks stay a meeting
    ("Merkel held talks with Putin over dinner.", "talks", "Meeting"),
])
def test_kinds_of_talks(sentence, word, kind):
    assert _kinds(sentence)[word] == kind


def test_being_met_by_a_host_on_arrival_is_a_visit():
    assert _kinds("Merkel flew into Beijing, where she was met by Hu.")["met"] == "Visit"
    assert _kinds("Merkel met Hu in Beijing.")["met"] == "Meeting"


def test_a_host_takes_part_in_the_talks_it_hosts():
    """"hosted talks between the two sides": one event, the host among its participants."""
    events = parse("Qatar hosted formal talks with Germany and China in Doha on Monday.")[-1]
    assert [e.type for e in events] == ["Negotiation"]
    assert {"country:QAT", "country:DEU", "country:CHN"} <= set(events[0].participants)


@pytest.mark.parametrize("sentence, word", [
    ("Germany recalled its ambassador from Iran on Tuesday.", "recalled"),
    ("Turkey suspended its membership of the alliance's training programme.", "suspended"),
])
def test_recalling_an_envoy_and_suspending_membership_reduce_relations(sentence, word):
    assert _kinds(sentence)[word] == "BreakRelations"


def test_recalling_a_memory_is_no_event():
    assert "recalled" not in _kinds("Merkel recalled that the two countries had been friends.")


def test_vowing_revenge_is_a_threat():
    assert _kinds("The Iranian leader vowed harsh retaliation against the attackers.")["vowed"] == "Threat"


def test_winner_of_a_vote_is_an_election():
    assert _kinds("Hu was named the winner of the November vote.")["vote"] == "Election"


@pytest.mark.parametrize("sentence", [
    "The rebels say they have enough votes to block the bill.",
    "The opposition won more votes than the ruling party.",
])
def test_a_number_of_votes_held_or_won_is_no_vote(sentence):
    assert "votes" not in _kinds(sentence)


def test_parting_without_reaching_a_deal_negates_the_deal():
    doc = nlp()("The ministers went home on Friday without reaching a deal.")
    reaching = next(t for t in doc if t.text == "reaching")
    assert match_trigger(reaching).type == "AgreementSigned"
    assert modality(reaching) == "negated"


def test_chairing_talks_and_hosting_a_round_are_mediation():
    assert _kinds("A retired judge chaired the talks for two years.")["talks"] == "Mediation"
    assert _kinds("Norway hosted a second round in Oslo.")["hosted"] == "Mediation"
    assert _kinds("Putin hosted Merkel at his residence.")["hosted"] == "Meeting"


def test_troops_that_are_stationed_somewhere_are_a_state_not_a_deployment():
    assert "stationed" not in _kinds("About 2,000 French troops are stationed in the north.")
    assert _kinds("France stationed 2,000 troops in the north.")["stationed"] == "MilitaryDeployment"
    assert _kinds("More troops are being deployed to the north.")["deployed"] == "MilitaryDeployment"


def test_suspending_aid_is_a_sanction_but_suspending_plans_is_not():
    assert _kinds("Japan suspended aid to the junta.")["suspended"] == "Sanction"
    assert "suspended" not in _kinds("The government suspended plans to build a dam.")


def test_rejecting_an_allegation_is_a_denial():
    assert _kinds("The ministry rejected the allegations as lies.")["rejected"] == "Denial"
    assert _kinds("Seoul dismissed the charge on Monday.")["dismissed"] == "Denial"
    assert _kinds("The ministry rejected the proposal.")["rejected"] == "Rejection"


def test_a_crowd_attacking_or_storming_an_embassy_is_a_violent_protest():
    assert _kinds("Thousands of students attacked the British embassy.")["attacked"] == "Protest"
    assert _kinds("An angry mob stormed the Danish consulate.")["stormed"] == "Protest"
    assert _kinds("Rebels attacked the airport.")["attacked"] == "MilitaryAction"


def test_talks_on_restoring_ties_are_a_negotiation():
    assert _kinds("A delegation flew in for talks on normalising ties.")["talks"] == "Negotiation"


def test_a_greeting_on_arrival_is_a_visit():
    assert _kinds("On landing, Merkel was greeted by Hu.")["greeted"] == "Visit"
    assert "greeted" not in _kinds("The plan was greeted with silence.")


@pytest.mark.parametrize("sentence, word, expected", [
    ("The rebels called for a ceasefire.", "ceasefire", "planned"),
    ("Paris demanded talks with the rebels.", "talks", "planned"),
    ('The union will campaign for a "No" vote.', "vote", "planned"),
    ("The rebels agreed to a ceasefire.", "ceasefire", "asserted"),
    ("No agreement was reached.", "agreement", "negated"),
    ("No agreement was reached.", "reached", "negated"),
])
def test_what_is_asked_for_is_planned(sentence, word, expected):
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert modality(tok) == expected


def test_what_would_be_asked_for_only_if_something_happened_is_hypothetical():
    doc = nlp()("The offer stands even if Paris asked for new talks.")
    assert modality(next(t for t in doc if t.text == "talks")) == "hypothetical"


@pytest.mark.parametrize("sentence, word", [
    ("The envoy, who took office in March, flew to Lima.", "took"),
    ("Soon after she became prime minister, the crisis broke.", "became"),
    ("The president leaves office in January.", "leaves"),
    ("The general took over from the ousted king in 1969.", "took"),
    ("The junta assumed power on Monday.", "assumed"),
])
def test_taking_and_leaving_office_are_leadership_changes(sentence, word):
    assert _kinds(sentence)[word] == "LeadershipChange"


def test_rebels_taking_over_a_town_is_no_change_of_leader():
    assert "took" not in _kinds("Rebels took over the town.")


def test_the_object_a_trigger_needs_may_stand_before_it_or_be_counted():
    assert _kinds("The pact he signed in Oslo lapsed.")["signed"] == "AgreementSigned"
    assert _kinds("Rome sent hundreds of soldiers to the border.")["sent"] == "MilitaryDeployment"
    assert _kinds("Quito accepted the tribunal's award.")["accepted"] == "Concession"
    assert _kinds("Quito accepted the treaty and the court's ruling.")["accepted"] == "Concession"


def test_establishing_ties_is_cooperation_and_a_speech_is_a_statement():
    assert _kinds("Chile established diplomatic ties with Beijing.")["established"] == "Cooperation"
    assert _kinds("The king said in a speech that reforms would come.")["speech"] == "Statement"
    assert _kinds("In a televised address, the premier defended the plan.")["address"] == "Statement"
    assert "address" not in _kinds("The envoy gave his address to the police.")


@pytest.mark.parametrize("sentence, word, expected", [
    ("They signed an accord to establish ties next year.", "establish", "planned"),
    ("Moscow made a threat to cut gas supplies.", "cut", "hypothetical"),
])
def test_what_an_agreement_or_a_threat_is_to_bring_about_has_not_happened(sentence, word, expected):
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert modality(tok) == expected


@pytest.mark.parametrize("sentence, word", [
    ("Before the speech, the president met the king.", "speech"),
    ("Ahead of the summit, ministers met in Rome.", "summit"),
])
def test_an_event_named_again_to_place_another_in_time_is_no_new_event(sentence, word):
    assert word not in _kinds(sentence)


def test_an_event_first_named_after_a_time_preposition_is_still_one():
    assert _kinds("The rebels agreed after talks in Doha.")["talks"] == "Meeting"


def test_protests_are_protests_but_acting_in_protest_is_not_one():
    assert _kinds("Students held protests outside the ministry on Friday.")["protests"] == "Protest"
    assert "protest" not in _kinds("The government recalled its envoy in protest.")


def test_a_rally_against_something_is_a_protest_but_a_campaign_rally_is_not():
    assert _kinds("The senator led a rally of supporters in the capital.")["rally"] == "Protest"
    assert "rally" not in _kinds("The candidate spoke at a campaign rally of supporters.")


def test_a_body_choosing_someone_for_an_office_votes():
    assert _kinds("The new parliament chose the general as president on Monday.")["chose"] == "Vote"
    assert "chose" not in _kinds("The minister chose a red tie.")


@pytest.mark.parametrize("sentence, word", [
    ("The three leaders unveiled a security partnership on Wednesday.", "unveiled"),
    ("The five states formed an alliance against piracy.", "formed"),
])
def test_forming_an_alliance_is_cooperation(sentence, word):
    assert _kinds(sentence)[word] == "Cooperation"


@pytest.mark.parametrize("sentence, word", [
    ("The republic said it was withdrawing from the arms treaty.", "withdrawing"),
    ("The rebels quit the peace talks in protest.", "quit"),
])
def test_leaving_a_treaty_or_talks_is_a_rejection(sentence, word):
    assert _kinds(sentence)[word] == "Rejection"


def test_withdrawing_troops_is_no_rejection_but_a_concession():
    assert _kinds("The army withdrew its troops from the border.")["withdrew"] == "Concession"
    assert _kinds("Iran withdrew from the treaty.")["withdrew"] == "Rejection"


def test_hosting_a_ceremony_is_no_meeting_but_hosting_a_guest_is():
    assert "hosted" not in _kinds("They signed at a ceremony hosted by the king.")
    assert "hosted" not in _kinds("The premier hosted a banquet for the visitors.")
    assert _kinds("The king hosted the prime minister at his palace.")["hosted"] == "Meeting"


def test_talks_between_states_are_a_negotiation_and_between_persons_a_meeting():
    # a dated saying that tells an act is that act's source (kb.extract.speechacts): the talks alone
    assert _types("The United States said on Tuesday that it would open talks with China in May.") == ["Negotiation"]
    assert _types("Angela Merkel held talks with Hu Jintao in Berlin on Tuesday.") == ["Meeting"]
    assert _types("NATO held a meeting with Germany in Berlin on Tuesday.") == ["Meeting"]  # a body is no state
