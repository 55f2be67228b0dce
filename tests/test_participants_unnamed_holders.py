"""A title with no name ("the president", "the general", "the ambassador") stands for the person
named before with that title. Each tested both ways; every sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2019, 4, 2)
NAMED = "President Jair Bolsonaro of Brazil arrived in Lima on Monday for two days of talks. "


def test_the_president_is_the_president_named_before():
    events, _ = _events(NAMED + "The president said at a dinner on Monday that his hosts had been generous.", DAY)
    remark = _one(events, "Statement")
    assert "person:jair-bolsonaro" in remark.participants


def test_the_ambassador_recalled_is_the_ambassador_named_before():
    events, _ = _events("Chile's ambassador to Peru, Tomas Ortega, was summoned on Monday. "
                        "Peru said on Tuesday that it would expel the ambassador.", DAY)
    expulsion = [e for e in events if e.type == "Expulsion"]
    assert expulsion and "person:tomas-ortega" in expulsion[0].participants


def test_a_former_president_is_not_the_president_named_before():
    events, _ = _events(NAMED + "The former president said at a dinner on Monday that his hosts had been generous.", DAY)
    assert not [e for e in events if e.type == "Statement" and "person:jair-bolsonaro" in e.participants]


def test_a_title_with_no_holder_named_before_names_no_one():
    events, _ = _events("Peru and Chile held talks in Lima on Monday. "
                        "The general told reporters on Tuesday that the talks had gone well.", DAY)
    assert not [e for e in events if e.type == "Statement"]


def test_the_general_is_not_the_secretary_general():
    events, _ = _events("Secretary-General Antonio Guterres arrived in Geneva on Monday. "
                        "The general told reporters on Tuesday that the army would hold elections.", DAY)
    assert not [e for e in events if "person:antonio-guterres" in e.participants and e.type == "Statement"
                and e.date is not None and e.date.value == "2019-04-02"]


def test_the_minister_is_not_the_prime_minister():
    events, _ = _events("Prime Minister Mark Rutte arrived in Oslo on Monday. "
                        "The minister told reporters on Tuesday that the port would reopen.", DAY)
    assert not [e for e in events if "person:mark-rutte" in e.participants and e.type == "Statement"
                and e.date is not None and e.date.value == "2019-04-02"]


def test_the_speaker_at_a_forum_is_not_the_speaker_named_before():
    events, _ = _events("House Speaker Nancy Pelosi arrived in Taipei on Monday. At a forum in Beijing "
                        "on Tuesday, the speaker condemned the United States, state media said.", DAY)
    assert [e for e in events if e.type == "Criticism"]
    assert not [e for e in events if e.type == "Criticism" and "person:nancy-pelosi" in e.participants]


def test_the_leader_is_not_the_leader_named_before():
    events, _ = _events("Hezbollah leader Hassan Nasrallah spoke on Monday. Nasrallah threatened Israel. "
                        "In Tehran, the leader warned Washington on Tuesday.", DAY)
    tuesday = [e for e in events if e.date is not None and e.date.value == "2019-04-02"]
    assert tuesday
    assert not [e for e in tuesday if "person:hassan-nasrallah" in e.participants]
