"""Events: triggers, participants, dates, places, modality, merging and identity."""
from datetime import datetime

import pytest

from kb.extract.lexicon import EVENT_TYPES, codes, triggers
from kb.extract.modality import modality
from tests.extract_support import nlp, parse, seed_text

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


def test_plain_said_is_not_a_statement_but_a_news_conference_is():
    events = parse("Angela Merkel said the economy was growing.", PUB)[-1]
    assert events == []
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


def test_lifting_sanctions_is_not_a_sanction():
    events = parse("France lifted sanctions on Iran.", PUB)[-1]
    assert [e.type for e in events] == ["Concession"]


def test_states_join_state_acts_but_not_personal_meetings():
    text = "Angela Merkel threatened China with sanctions. Angela Merkel met Hu Jintao. Germany trades a lot."
    events = parse(text, PUB)[-1]
    threat = _find(events, "Threat", MERKEL)
    meeting = _find(events, "Meeting", MERKEL, HU)
    assert "country:DEU" not in meeting.participants
    assert {"country:CHN", "country:DEU"} <= set(threat.participants)
