"""Whom an act is done to, where the parse hides it: "to X" read as a dative, "back to X" hung on a
particle, a phrase closing the last of several objects, an object read as the subject of a small
clause. Each tested both ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2021, 6, 8)


def _event(text: str, etype: str):
    return _one(_events(text, DAY)[0], etype)


def test_a_destination_read_as_a_dative_is_the_recipient():
    deployment = _event("Chile sent troops to Bolivia on Friday.", "MilitaryDeployment")
    assert deployment.recipients == ["country:BOL"]


def test_a_place_read_as_a_dative_names_no_recipient():
    deployment = _event("Chile sent troops to the border on Friday.", "MilitaryDeployment")
    assert deployment.participants == ["country:CHL"]


def test_what_is_handed_back_to_a_state_goes_to_it():
    concession = _event("On Tuesday Norway handed two small islets back to Sweden.", "Concession")
    assert "country:SWE" in concession.recipients


def test_a_phrase_closing_the_last_of_two_objects_names_their_target():
    sanction = _event("In May Canada imposed new tariffs and quotas on Venezuela.", "Sanction")
    assert sanction.recipients == ["country:VEN"]


def test_an_envoy_declared_persona_non_grata_is_expelled_with_his_state():
    expulsion = _event("The junta in Niamey declared the French envoy persona non grata on Monday.", "Expulsion")
    assert expulsion.recipients == ["country:FRA"]


def test_a_clause_told_after_a_verb_is_no_object_of_it():
    threat = _event("Peru warned on Monday that Chile would face sanctions.", "Threat")
    assert "country:PER" in threat.agents
    events, _ = _events("Peru said Chile attacked the border on Monday.", DAY)
    assert events and all("country:CHL" not in e.recipients for e in events)


def test_a_participle_aims_a_noun_trigger_at_its_object():
    aid = _event("The aid sent to Haiti by Japan arrived on Monday.", "Aid")
    assert aid.recipients == ["country:HTI"] and aid.agents == ["country:JPN"]


def test_a_participle_with_only_a_date_aims_at_no_one():
    events, _ = _events("Japan hailed the sanctions imposed on Monday.", DAY)
    assert events and all(not e.recipients for e in events)


def test_it_does_not_point_back_into_its_own_phrase():
    sanction = _event("Cuba has long been shut out, and the new deal may lift the U.S. embargo imposed on it.",
                      "Sanction")
    assert sanction.recipients == ["country:CUB"]


def test_a_threat_by_ones_own_forces_is_aimed_at_what_they_would_strike():
    threat = _event("An Iranian general warned that his missiles could reach every corner of Kuwait.", "Threat")
    assert "country:KWT" in threat.recipients


def test_a_threat_naming_no_one_is_aimed_at_no_one():
    threat = _event("An Iranian general warned that the coming winter would be hard.", "Threat")
    assert threat.recipients == []


def test_a_threat_of_weather_reaching_a_state_is_not_aimed_at_it():
    threat = _event("Iran warned that the storm could reach every corner of Oman.", "Threat")
    assert threat.recipients == []
