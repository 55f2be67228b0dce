"""Where an event happened (kb.extract.eventplace), through the whole pipeline: the place a
military act is aimed at, a trip through a region, a subjectless clause on the act, the content
of an act. Every sentence is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article

PUBLISHED = datetime(2016, 5, 9)


def _place_of(text: str, etype: str) -> str | None:
    events = extract_article(Article(id="places", raw_text=text, source="test", published=PUBLISHED)).events
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0].place.name if found[0].place else None


def test_a_military_act_happens_at_the_place_it_is_aimed_at():
    text = "Uganda shelled the Kenyan town of Kakamega on Sunday, killing three people."
    assert _place_of(text, "MilitaryAction") == "Kakamega"


def test_a_tour_of_a_region_happens_there():
    text = "Kenyan President Uhuru Kenyatta toured the province of Kakamega on Sunday."
    assert _place_of(text, "Visit") == "Kakamega"


def test_a_subjectless_clause_on_an_act_happens_where_the_act_did():
    text = "Kenyan Foreign Minister Amina Mohamed spoke in Nairobi on Sunday, accusing Somalia of arming the rebels."
    assert _place_of(text, "Accusation") == "Nairobi"
    # a place that only tells where a thing is ("her counterpart in Nairobi") is not lent on
    # (undated, so that kb.extract.scenes does not place her where the talks were that day)
    text = ("Kenyan Foreign Minister Amina Mohamed held talks with her Ugandan counterpart in Nairobi, "
            "accusing Somalia of arming the rebels.")
    assert _place_of(text, "Accusation") is None


def test_a_place_in_what_an_act_charges_is_not_where_the_act_happened():
    text = "Kenyan Foreign Minister Amina Mohamed on Sunday accused Somalia of plotting attacks in Nairobi."
    assert _place_of(text, "Accusation") is None


def test_of_two_places_on_the_act_the_finer_is_where_it_happened():
    text = ("Ugandan President Yoweri Museveni and Rwandan President Paul Kagame met on Monday at the airport "
            "in Kisumu, in Kenya, in talks brokered by Tanzanian President John Magufuli.")
    assert _place_of(text, "Mediation") == "Kisumu"
    assert _place_of(text.replace("at the airport in Kisumu, ", ""), "Mediation") == "Kenya"


def test_the_force_a_deployment_sends_is_not_where_it_goes():
    text = "Kenya ruled out sending its soldiers on Sunday, saying the mission had no mandate."
    assert _place_of(text, "MilitaryDeployment") is None
    text = "Uganda sent troops into the Kenyan town of Kakamega on Sunday."
    assert _place_of(text, "MilitaryDeployment") == "Kakamega"


def test_a_named_venue_is_in_the_city_the_story_is_filed_from():
    text = ("ACCRA, May 8 (Reuters) - Ghana's president met the Nigerian leader for three hours at the Osu Castle "
            "on Sunday. The two men later told reporters at the Jubilee Hall that they had agreed on a joint force.")
    assert _place_of(text, "Meeting") == "Accra"


def test_a_named_venue_filed_from_a_city_abroad_is_not_put_there():
    # a foreign desk files on events elsewhere: the dateline's country is no party's
    text = ("NAIROBI, May 8 (Reuters) - Chilean and Peruvian envoys held talks at the Carrera Palace "
            "on Sunday.")
    assert _place_of(text, "Negotiation") == "the Carrera Palace"


def test_a_named_venue_without_a_dateline_s_city_stays_the_venue():
    text = "Ghana's president met the Nigerian leader for three hours at the Osu Castle on Sunday."
    assert _place_of(text, "Meeting") == "the Osu Castle"


def test_a_country_an_act_is_aimed_at_or_goes_to_is_no_place():
    assert _place_of("Eritrean troops crossed into Djibouti on Sunday.", "MilitaryDeployment") is None
    assert _place_of("Eritrea invaded Djibouti on Sunday.", "MilitaryAction") is None
    assert _place_of("Uganda shelled Kenya on Sunday, killing three people.", "MilitaryAction") is None
    # a town named as the target is a place; a gathering held in a country keeps the country
    assert _place_of("Uganda shelled the Kenyan town of Kakamega on Sunday.", "MilitaryAction") == "Kakamega"
    assert _place_of("Yoweri Museveni of Uganda and Paul Kagame of Rwanda met in Kenya on Monday.",
                     "Meeting") == "Kenya"
