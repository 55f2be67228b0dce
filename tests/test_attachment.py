"""Attachment of an event's parts: what a reaction answers, where and when a trigger happened.

Every sentence here is written for the test; each checks one rule of kb.extract.eventplace,
kb.extract.eventdate or kb.extract.events (and the trigger table) through the whole pipeline.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article
from kb.pipeline import extract_article


def _events(text: str, published: datetime):
    extraction = extract_article(Article(id="attachment", raw_text=text, source="test",
                                         published=published))
    return extraction.events


def _of_type(events, etype: str):
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.participants) for e in events]
    return found


def test_a_condemned_killing_is_aimed_at_whoever_killed():
    text = ("Colombia attacked a Venezuelan border post on Sunday. "
            "President Nicolas Maduro condemned the killing on Monday.")
    criticism = _of_type(_events(text, datetime(2019, 5, 7)), "Criticism")[0]
    assert "country:COL" in criticism.recipients



def test_a_participle_on_a_noun_of_a_dated_clause_shares_its_date():
    text = "Armenia and Azerbaijan agreed last month to end the fighting, in a deal brokered by Russia."
    mediation = _of_type(_events(text, datetime(2020, 12, 15)), "Mediation")[0]
    assert mediation.date is not None and mediation.date.value == "2020-11"


def test_a_where_clause_shares_the_date_of_the_clause_naming_its_place():
    text = ("Foreign Minister Ana Gervasi arrived on 4 March 2019 in Quito, "
            "where Gervasi signed a fisheries pact with Ecuador.")
    signing = _of_type(_events(text, datetime(2019, 3, 20)), "AgreementSigned")[0]
    assert signing.date is not None and signing.date.value == "2019-03-04"


def test_an_act_reached_through_without_takes_the_subject_and_date_of_the_main_verb():
    text = "The foreign ministers of Serbia and Kosovo left Brussels on Tuesday without signing the agreement."
    signing = _of_type(_events(text, datetime(2021, 4, 9)), "AgreementSigned")[0]
    assert signing.modality == "negated"
    assert {"country:SRB", "country:XKX"} <= set(signing.agents)
    assert signing.date is not None and signing.date.value == "2021-04-06"


# -- where: the place an event takes (kb.extract.eventplace.attached_place) -----------------
def _place(event) -> str | None:
    return event.place.name if event.place else None


@pytest.mark.parametrize("text, published, etype, place", [
    # a visit happens where the traveller flew into
    ("Prime Minister Shinzo Abe flew into the Kenyan capital on Saturday for a visit.",
     datetime(2016, 8, 27), "Visit", "Nairobi"),
    # a place fronted before the subject is the scene of every act of the sentence
    ("In Tokyo, Japan's foreign minister condemned the launch on Tuesday "
     "and accused North Korea of defying the United Nations.", datetime(2017, 8, 29), "Accusation", "Tokyo"),
    # a lake beside the dateline city gives way to the city
    ("KAMPALA (Reuters) - President Yoweri Museveni and President Paul Kagame met on Monday "
     "at a lodge on the shore of Lake Victoria, where they talked alone for an hour.",
     datetime(2019, 2, 25), "Meeting", "Kampala"),
    # a military act is not placed at the reporter's dateline; the country it is aimed at is no
    # place either: a place is a settlement or a region (tests/gold/README.md "Place"), and a whole
    # country is the place only of a gathering or a visit (7818d8b), so this strike has none
    ("BRUSSELS (Reuters) - NATO launched air strikes against Libya on Saturday.",
     datetime(2011, 3, 26), "MilitaryAction", None),
    # troops sent abroad are not deployed at the dateline; the country they go to is no place (as above)
    ("WASHINGTON (Reuters) - President Barack Obama on Thursday ordered 3,000 troops to Liberia.",
     datetime(2014, 9, 18), "MilitaryDeployment", None),
    # "the Soviet capital": a former state's capital is the one its successor kept
    ("President Richard Nixon arrived in the Soviet capital on Monday for a visit.",
     datetime(1972, 5, 23), "Visit", "Moscow"),
    # a name on a plural place noun ("West Bank towns") is a location too
    ("Palestinians held protests in several West Bank towns on Tuesday.",
     datetime(2020, 9, 16), "Protest", "West Bank"),
    # a locative on a place noun ("the airport in X") is the place of the act
    ("President Evo Morales met President Michelle Bachelet on Friday at the airport in Arica, on the Pacific coast.",
     datetime(2008, 4, 4), "Meeting", "Arica"),
])
def test_the_place_of_an_event(text, published, etype, place):
    assert _place(_of_type(_events(text, published), etype)[0]) == place


@pytest.mark.parametrize("text, published, trigger, place", [
    # a trip happens where it goes
    ("Prime Minister Helen Clark will fly to Suva on Monday to meet the interim government.",
     datetime(2007, 3, 2), "fly", "Suva"),
    # talks a trip goes for are held where it goes, also when a delegation travels
    ("Deputy Foreign Minister Ryabkov will lead a delegation to Geneva next week for talks on arms control.",
     datetime(2021, 7, 20), "talks", "Geneva"),
    # a trip to a country names its host, not a place in it
    ("Prime Minister Helen Clark will fly to Fiji on Monday to meet the interim government.",
     datetime(2007, 3, 2), "fly", None),
    # a return home is not where the talks were
    ("President Vladimir Putin flew back to Moscow on Monday after talks in Paris.",
     datetime(2019, 12, 10), "talks", "Paris"),
])
def test_the_destination_of_a_trip_is_where_it_happens(text, published, trigger, place):
    events = _events(text, published)
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    assert _place(found[0]) == place


def test_a_where_clause_happens_at_the_place_it_hangs_on():
    text = "The accord crowns two years of contacts in Oslo, where Israel and the PLO began secret talks in 1991."
    talks = [e for e in _events(text, datetime(1993, 9, 13)) if "country:ISR" in e.participants]
    assert talks and all(_place(e) == "Oslo" for e in talks), [(e.type, e.place) for e in talks]


def test_a_reported_act_does_not_happen_at_the_scene_of_the_report():
    text = "In Tokyo, the foreign minister said North Korean troops had attacked a South Korean island."
    attack = _of_type(_events(text, datetime(2010, 11, 24)), "MilitaryAction")[0]
    assert _place(attack) != "Tokyo"


def test_the_background_of_the_lead_does_not_happen_at_the_dateline():
    text = ("BRUSSELS (Reuters) - NATO launched air strikes against Libya on Saturday, "
            "after Muammar Gaddafi refused to accept a ceasefire.")
    rejection = _of_type(_events(text, datetime(2011, 3, 26)), "Rejection")[0]
    assert _place(rejection) is None


def test_a_date_in_a_when_clause_dates_the_act_it_hangs_on():
    text = "President Ali Hassan of Kenya will step down when his term ends in 2018, his office said on Monday."
    change = _of_type(_events(text, datetime(2016, 3, 7)), "LeadershipChange")[0]
    assert change.date is not None and change.date.value == "2018"
    assert change.modality == "planned"


def test_a_participle_on_a_coordinated_verb_shares_the_date_of_the_first_verb():
    text = ("Ruritania closed its embassy in Kenya on Friday and barred Kenyan diplomats from the capital, "
            "accusing Kenya of spying.")
    accusation = _of_type(_events(text, datetime(2019, 5, 11)), "Accusation")[0]
    assert accusation.date is not None and accusation.date.value == "2019-05-10"


@pytest.mark.parametrize("text, place", [
    ("The U.N. Security Council voted on Monday to impose an arms embargo on Ruritania.", "New York"),
    # a place told in the sentence is never overruled by the seat: the vote is where the meeting was
    ("The U.N. Security Council met in Nairobi on Monday and voted to impose an arms embargo.", "Nairobi"),
    ("Kenya voted on Monday to leave the African Union.", None),
])
def test_a_body_that_sits_in_one_city_acts_there_unless_told_otherwise(text, place):
    vote = _of_type(_events(text, datetime(2020, 1, 7)), "Vote")[0]
    assert (vote.place.name if vote.place else None) == place


@pytest.mark.parametrize("second, place", [
    # a coordinated act sharing the subject happens where the first did
    ("and accused Kenya of arming the rebels", "Kampala"),
    # one with a subject of its own is another outing (told days later, so that no scene of the
    # same days places it: kb.extract.scenes)
    ("and on Thursday he accused Kenya of arming the rebels", None),
])
def test_a_coordinated_act_shares_the_place_of_the_first(second, place):
    text = f"Uganda's foreign minister Sam Kutesa spoke at a news conference in Kampala on Monday {second}."
    events = _events(text, datetime(2015, 6, 9))
    assert _place(_of_type(events, "Accusation")[0]) == place


@pytest.mark.parametrize("participle, date", [
    ("accusing them on May 6 of spying", "2019-05-06"),  # a participle on the act shares its time
    ("its government accusing them on May 6 of spying", None),  # one with a subject of its own does not
])
def test_a_date_in_a_participle_on_the_act_dates_the_act(participle, date):
    events = _events(f"Iran expelled two British diplomats, {participle}.", datetime(2019, 5, 20))
    expulsion = _of_type(events, "Expulsion")[0]
    assert (expulsion.date.value if expulsion.date else None) == date
