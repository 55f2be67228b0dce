"""Events: triggers, participants, dates, places, modality, merging and identity."""
from datetime import datetime

import pytest

from kb.extract.lexicon import EVENT_TYPES, codes, triggers
from kb.extract.modality import modality
from tests.extract_support import make_actors, make_places, nlp, parse, seed_text

PUB = datetime(2010, 6, 10)   # a Thursday
BUSH, PUTIN = "person:george-w-bush", "person:vladimir-putin"
MEDVEDEV, MERKEL, HU = "person:dmitry-medvedev", "person:angela-merkel", "person:hu-jintao"


@pytest.fixture(scope="module")
def seed():
    return parse(seed_text(), dateline="Sochi")


def _find(events, etype, *actors):
    found = [e for e in events if e.type == etype and set(actors) <= set(e.participants)]
    assert found, f"no {etype} with {actors}: {[(e.type, e.participants) for e in events]}"
    return found[0]


def test_seed_summit_in_sochi_on_sunday(seed):
    events = seed[-1]
    summit = _find(events, "Summit", BUSH, PUTIN)
    assert (summit.date.value, summit.date.precision) == ("2008-04-06", "day")
    assert summit.place.name == "Sochi"
    assert summit.modality == "asserted"
    assert (summit.cameo, summit.plover) == ("043", "CONSULT")
    assert len(summit.evidence) >= 3            # lead, "their summit", "talks with Putin"
    assert summit.label == "Summit: George W. Bush, Vladimir Putin (Sochi)"
    assert {"country:USA", "country:RUS"} <= set(summit.participants)   # "U.S. President", "Russia's"
    persons = [e for e in events if e.type in ("Summit", "Meeting")
               and {p for p in e.participants if p.startswith("person:")} == {BUSH, PUTIN}]
    assert persons == [summit]


def test_seed_putin_steps_down_is_planned_for_may_7(seed):
    change = _find(seed[-1], "LeadershipChange", PUTIN)
    assert (change.date.value, change.modality) == ("2008-05-07", "planned")
    assert change.agents == [PUTIN]
    assert len(change.evidence) == 2            # "next month" and "on May 7" merged


def test_seed_talks_with_medvedev(seed):
    talks = _find(seed[-1], "Meeting", BUSH, MEDVEDEV)
    assert (talks.agents, talks.recipients) == ([BUSH], [MEDVEDEV])
    assert PUTIN not in talks.participants


def test_seed_signing_by_the_two_leaders(seed):
    signed = _find(seed[-1], "AgreementSigned", BUSH, PUTIN)
    assert signed.modality == "asserted" and signed.plover == "AGREE"


def test_seed_events_are_well_formed(seed):
    doc, actors, _, _, events = seed
    ids = {a.id for a in actors}
    assert events
    for event in events:
        assert event.participants and set(event.participants) <= ids
        assert set(event.agents) | set(event.recipients) <= set(event.participants)
        assert (event.cameo, event.plover) == codes(event.type)
        assert 0 < event.confidence <= 1
        for ev in event.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
    assert len({e.id for e in events}) == len(events)


def test_seed_ids_are_deterministic(seed):
    again = parse(seed_text(), dateline="Sochi")[-1]
    assert [e.id for e in again] == [e.id for e in seed[-1]]


def test_a_said_that_sources_an_act_is_not_a_statement_but_a_news_conference_is():
    events = parse("Angela Merkel said Hu Jintao had visited Berlin.", PUB)[-1]
    assert [e.type for e in events] == ["Visit"]
    events = parse("Angela Merkel told a news conference in Berlin that growth was strong.", PUB)[-1]
    statement = _find(events, "Statement", MERKEL)
    assert statement.place.name == "Berlin"


def test_meeting_slots_from_a_simple_sentence():
    events = parse("German Chancellor Angela Merkel met Chinese President Hu Jintao in Berlin on Tuesday.",
                   PUB)[-1]
    meeting = _find(events, "Meeting", MERKEL, HU)
    assert (meeting.agents, meeting.recipients) == ([MERKEL], [HU])
    assert (meeting.date.value, meeting.place.name) == ("2010-06-08", "Berlin")


@pytest.mark.parametrize("sentence, expected", [
    ("Angela Merkel will meet Hu Jintao next month.", "planned"),
    ("Angela Merkel plans to visit China.", "planned"),
    ("Angela Merkel is expected to visit China.", "planned"),
    ("Angela Merkel did not meet Hu Jintao.", "negated"),
    ("Angela Merkel failed to meet Hu Jintao.", "negated"),
    ("Angela Merkel could meet Hu Jintao if the talks go well.", "hypothetical"),
    ("Angela Merkel met Hu Jintao.", "asserted"),
    ("Angela Merkel needs the talks with Hu Jintao to succeed.", "planned"),   # not held yet
])
def test_modality(sentence, expected):
    events = parse(sentence, PUB)[-1]
    assert events and events[0].modality == expected


def test_modality_of_nouns():
    doc = nlp()("There were no talks, but a summit is planned and the leaders hoped for progress at the summit.")
    by_word = {(t.text, t.i): modality(t) for t in doc if t.lemma_ in ("talk", "summit")}
    assert sorted(by_word.values()) == ["asserted", "negated", "planned"]


def test_triggers_inside_quotes_are_skipped():
    text = '"We will impose sanctions on Iran and expel their diplomats," Angela Merkel told reporters.'
    types = {e.type for e in parse(text, PUB)[-1]}
    assert not types & {"Sanction", "Expulsion"}


def test_passive_agent_and_recipient():
    events = parse("Iran was accused by France of hiding nuclear work.", PUB)[-1]
    accusation = _find(events, "Accusation", "country:FRA")
    assert (accusation.agents, accusation.recipients) == (["country:FRA"], ["country:IRN"])


def test_two_reports_of_one_meeting_merge_and_later_ones_do_not_borrow_its_date():
    text = ("Angela Merkel met Hu Jintao in Berlin on Tuesday. The meeting between Merkel and Hu "
            "focused on trade. Months later, Merkel held talks with Hu again in Beijing.")
    events = parse(text, PUB)[-1]
    consults = [e for e in events if e.type == "Meeting"]
    assert len(consults) == 2
    first, later = consults
    assert len(first.evidence) == 2 and first.date.value == "2010-06-08"
    assert later.date is None and later.place.name == "Beijing"


def test_event_without_actor_is_dropped():
    assert parse("The summit ended without a deal.", PUB)[-1] == []


def test_lexicon_types_exist_with_codes():
    for rows in triggers().values():
        for trig in rows:
            assert trig.type in EVENT_TYPES
    assert codes("Summit") == ("043", "CONSULT") and codes("Ceasefire") == ("0871", "RETREAT")
    assert codes("LeadershipChange") == (None, None)


def test_participle_shares_the_date_and_it_refers_back():
    text = "Saudi Arabia severed diplomatic relations with Qatar on Monday, accusing it of supporting terrorism."
    events = parse(text, PUB)[-1]
    rupture = _find(events, "BreakRelations", "country:SAU")
    accusation = _find(events, "Accusation", "country:SAU")
    assert rupture.recipients == ["country:QAT"] and accusation.recipients == ["country:QAT"]
    assert rupture.date.value == accusation.date.value == "2010-06-07"


@pytest.mark.parametrize("text, etype", [
    # "when" clause hung on a noun of the dated clause
    ("Angela Merkel had been flying to Beijing for talks on Monday when Hu Jintao telephoned her.", "PhoneCall"),
    # a participle further down a chain of participles
    ("Angela Merkel left Beijing on Monday, saying the talks had failed and accusing Hu Jintao of bad faith.",
     "Accusation"),
    # the date in a participle modifying the trigger's own phrase
    ("Angela Merkel, in an interview aired on Monday, accused Hu Jintao of bad faith.", "Accusation"),
])
def test_clauses_that_share_the_time_of_a_dated_clause(text, etype):
    assert _find(parse(text, PUB)[-1], etype, HU).date.value == "2010-06-07"


def test_lifting_sanctions_is_not_a_sanction():
    events = parse("France lifted sanctions on Iran.", PUB)[-1]
    assert [e.type for e in events] == ["Concession"]


def _with_roles(text: str, roles: dict[str, list[str]]):
    """Events of `text` with the given roles on its actors (parse() leaves roles empty)."""
    from kb.extract.dates import extract_dates
    from kb.extract.events import extract_events

    doc = nlp()(text)
    actors = make_actors(text)
    for actor in actors:
        actor.roles = roles.get(actor.id, [])
    return extract_events(doc, actors, extract_dates(doc, PUB), make_places(text), PUB)


def test_states_join_state_acts_but_not_personal_meetings():
    text = "Angela Merkel threatened China with sanctions. Angela Merkel met Hu Jintao. Germany trades a lot."
    events = _with_roles(text, {MERKEL: ["Chancellor of Germany"]})
    threat = _find(events, "Threat", MERKEL)
    meeting = _find(events, "Meeting", MERKEL, HU)
    assert "country:DEU" not in meeting.participants
    assert {"country:CHN", "country:DEU"} <= set(threat.participants)


def test_lead_event_takes_the_dateline_when_no_place_is_written():
    text = ("Angela Merkel imposed sanctions on Iran on Wednesday. "
            "Angela Merkel later imposed sanctions on Pakistan.")
    events = parse(text, PUB, dateline="Berlin")[-1]
    lead = _find(events, "Sanction", MERKEL, "country:IRN")
    later = _find(events, "Sanction", MERKEL, "country:PAK")
    assert lead.place.name == "Berlin" and later.place is None


def test_dateline_is_not_the_place_of_a_state_acting_alone_or_of_old_news():
    events = parse("Germany imposed sanctions on Iran on Wednesday.", PUB, dateline="Berlin")[-1]
    assert _find(events, "Sanction", "country:DEU").place is None
    events = parse("Angela Merkel imposed sanctions on Iran in 2007.", PUB, dateline="Berlin")[-1]
    assert _find(events, "Sanction", MERKEL).place is None


def test_signing_a_declaration_is_one_agreement_with_both_signers():
    text = "Germany and China agreed on Monday, as Angela Merkel and Hu Jintao signed a joint declaration."
    events = parse(text, PUB)[-1]
    signed = _find(events, "AgreementSigned", MERKEL, HU)
    assert signed.date.value == "2010-06-07"


def test_coordinated_verbs_share_the_date_of_the_first():
    text = "Angela Merkel expelled Iranian diplomats on Monday and banned exports to Iran."
    events = parse(text, PUB)[-1]
    assert _find(events, "Sanction", MERKEL).date.value == "2010-06-07"


def test_heads_of_bodies_named_in_apposition_are_the_signers():
    text = "The leaders of Germany and China, Angela Merkel and Hu Jintao, signed a treaty."
    signed = _find(parse(text, PUB)[-1], "AgreementSigned", MERKEL, HU)
    assert {MERKEL, HU} <= set(signed.agents)
    text = "The leaders of Germany and China signed a treaty."
    _find(parse(text, PUB)[-1], "AgreementSigned", "country:DEU", "country:CHN")


def test_object_pronoun_is_not_the_subject_of_its_own_clause():
    text = "Hu Jintao was flying home when Angela Merkel telephoned him."
    call = _find(parse(text, PUB)[-1], "PhoneCall", MERKEL)
    assert call.recipients == [HU]


def test_be_to_is_planned_and_a_visit_is_to_the_country_it_is_in():
    events = parse("Angela Merkel and Hu Jintao are to meet again on Saturday.", PUB)[-1]
    assert _find(events, "Meeting", MERKEL, HU).modality == "planned"
    visit = _find(parse("Angela Merkel visited Beijing on Tuesday.", PUB)[-1], "Visit", MERKEL)
    assert "country:CHN" in visit.recipients and visit.place.name == "Beijing"


def test_summit_named_by_its_host_and_a_failed_summit_still_happened():
    text = "A summit hosted by Angela Merkel in Berlin on Saturday failed to produce a deal."
    events = parse(text, PUB)[-1]
    summit = _find(events, "Summit", MERKEL)
    assert summit.modality == "asserted" and not [e for e in events if e.type == "Meeting"]


def test_a_person_without_a_state_office_speaks_for_himself():
    text = "Angela Merkel criticised China. Germany trades a lot."
    events = _with_roles(text, {MERKEL: ["Opposition leader"]})
    assert "country:DEU" not in _find(events, "Criticism", MERKEL).participants
    events = _with_roles(text, {MERKEL: ["Chancellor of Germany"]})
    assert "country:DEU" in _find(events, "Criticism", MERKEL).participants


def test_a_presidential_vote_is_an_election():
    events = parse("Angela Merkel won the presidential vote in Germany.", PUB)[-1]
    assert _find(events, "Election", MERKEL)


@pytest.mark.parametrize("text", [
    "The ANC won 63 percent of the vote.",
    "The council passed it by 14 votes to none.",
    "Bush leads Gore by a few hundred votes.",
])
def test_a_count_of_votes_is_no_vote(text):
    from kb.extract.lexicon import match_trigger
    assert [t.text for t in nlp()(text) if t.lemma_ == "vote" and match_trigger(t)] == []


def test_a_vote_is_still_a_vote():
    from kb.extract.lexicon import match_trigger
    doc = nlp()("Panamanians will vote in a plebiscite, and the vote is set for October.")
    assert [match_trigger(t).type for t in doc if t.lemma_ == "vote"] == ["Vote", "Vote"]


def test_who_reacts_to_an_event_did_not_take_part_in_it():
    text = "Poland voted on Saturday to suspend Iran. U.S. President Barack Obama welcomed the vote."
    votes = [e for e in parse(text, PUB)[-1] if e.type == "Vote"]
    assert votes and all("person:barack-obama" not in e.participants and "country:USA" not in e.participants
                          for e in votes)


def test_an_act_named_again_with_a_definite_noun_is_the_one_told_before():
    text = ("Angela Merkel and Hu Jintao signed a trade treaty in Berlin on Tuesday. "
            "The treaty, signed together with Vladimir Putin, opens both markets.")
    signed = [e for e in parse(text, PUB)[-1] if e.type == "AgreementSigned"]
    assert len(signed) == 1 and {MERKEL, HU, PUTIN} <= set(signed[0].participants)
    assert signed[0].date.value == "2010-06-08"


def test_another_act_of_the_same_kind_is_not_merged_for_naming_a_person():
    text = "Angela Merkel met Hu Jintao on Tuesday. Angela Merkel also met the Russian president, Dmitry Medvedev."
    meetings = [e for e in parse(text, PUB)[-1] if e.type == "Meeting"]
    assert len(meetings) == 2


def test_cancelling_a_visit_told_before_negates_it():
    text = ("Angela Merkel was flying to Beijing on Tuesday when Hu Jintao telephoned her. "
            "Angela Merkel ordered the plane to turn back, cancelling the visit.")
    visit = _find(parse(text, PUB)[-1], "Visit", MERKEL)
    assert visit.modality == "negated"


def test_agreements_to_establish_relations_are_one_signing_with_the_partner():
    events = parse("Germany signed agreements to establish diplomatic relations with Qatar on Monday.", PUB)[-1]
    assert [e.type for e in events] == ["AgreementSigned"]
    assert "country:QAT" in events[0].participants


@pytest.mark.parametrize("sentence, expected", [
    ("Angela Merkel should not meet Hu Jintao.", "hypothetical"),
    ("Angela Merkel could not meet Hu Jintao.", "negated"),
    ("Angela Merkel and Hu Jintao are to meet on Saturday before Angela Merkel flies to Paris.", "planned"),
])
def test_modality_of_advice_and_of_what_follows_a_plan(sentence, expected):
    events = parse(sentence, PUB)[-1]
    assert events and events[-1].modality == expected, [(e.type, e.modality) for e in events]


def test_a_statement_that_carries_the_news_of_its_own_side_folds_into_the_act():
    text = ("Germany severed relations with Iran on Monday, Angela Merkel said in a televised address. "
            "Turkey condemned the raid. Recep Tayyip Erdogan said in a statement on Monday that it was a crime.")
    events = parse(text, PUB)[-1]
    assert not [e for e in events if e.type == "Statement"], [(e.type, e.participants) for e in events]
    assert MERKEL in _find(events, "BreakRelations", "country:DEU").participants
    criticism = _find(events, "Criticism", "country:TUR")
    assert "person:recep-erdogan" in criticism.participants and criticism.date.value == "2010-06-07"


def test_a_statement_of_another_side_stays_an_event_of_its_own():
    text = "Angela Merkel met Hu Jintao on Monday. Vladimir Putin said in a statement that the talks were useless."
    events = parse(text, PUB)[-1]
    statement = _find(events, "Statement", PUTIN)  # Putin, prime minister on the day, brings Russia
    assert statement.participants == [PUTIN, "country:RUS"]


def test_news_of_the_day_reaches_past_a_dated_relative_clause_but_not_into_one():
    lead = "Angela Merkel met Hu Jintao in Berlin on Tuesday. "
    events = parse(lead + "Germany, which joined the pact in 2007, criticised China.", PUB)[-1]
    assert _find(events, "Criticism", "country:DEU").date.value == "2010-06-08"
    events = parse(lead + "Hu Jintao, who criticised Germany, flew home.", PUB)[-1]
    assert _find(events, "Criticism", HU).date is None


def test_a_reply_told_after_older_news_does_not_take_the_date_of_the_day():
    text = ("Angela Merkel met Hu Jintao in Berlin on Tuesday.\n\n"
            "Germany expelled Chinese diplomats on May 2, accusing China of spying. China denied the charge.")
    assert _find(parse(text, PUB)[-1], "Denial", "country:CHN").date is None


def test_a_time_word_inside_a_relative_clause_does_not_move_the_act_it_leaves_out():
    text = ("Angela Merkel met Hu Jintao in Berlin on Tuesday. "
            "Recep Tayyip Erdogan, who has never visited Berlin, criticised Germany.")
    assert _find(parse(text, PUB)[-1], "Criticism", "person:recep-erdogan").date.value == "2010-06-08"


def test_a_reaction_is_aimed_at_the_act_done_not_at_one_only_threatened():
    text = "Russia attacked Georgia on Monday. Iran threatened to attack Turkey. Germany condemned the attack."
    criticism = _find(parse(text, PUB)[-1], "Criticism", "country:DEU")
    assert "country:RUS" in criticism.recipients and "country:IRN" not in criticism.participants


def test_what_a_vote_decides_is_the_vote_with_its_parties():
    events = parse("Poland voted on Saturday to suspend Iran's membership of the group.", PUB)[-1]
    assert [e.type for e in events] == ["Vote"]
    assert {"country:POL", "country:IRN"} <= set(events[0].participants)


def test_ever_marks_a_superlative_not_another_time():
    text = ("Angela Merkel met Hu Jintao in Berlin on Tuesday. "
            "In the largest trade deal ever, Germany criticised China.")
    assert _find(parse(text, PUB)[-1], "Criticism", "country:DEU").date.value == "2010-06-08"


def test_signing_a_settlement_is_an_agreement():
    events = parse("Germany and China signed a settlement in Berlin on Tuesday.", PUB)[-1]
    assert [e.type for e in events] == ["AgreementSigned"]


def test_what_an_agreement_provides_for_is_no_event_of_its_own():
    """An act still to come told inside the clause that describes the agreement is its content."""
    text = "Germany and China signed a treaty on Tuesday that gives Iran a role until Iran can elect a parliament."
    assert [e.type for e in parse(text, PUB)[-1]] == ["AgreementSigned"]
    text = "Germany and China signed a treaty on Tuesday. Iran will elect a parliament next year."
    assert sorted(e.type for e in parse(text, PUB)[-1]) == ["AgreementSigned", "Election"]
