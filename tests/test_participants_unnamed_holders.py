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


def _tuesday_remark(text: str) -> list:
    """The participants of the Statement made on Tuesday, or [] when there is none."""
    events, _ = _events(text, DAY)
    return next((sorted(e.participants) for e in events if e.type == "Statement"
                 and e.date is not None and e.date.value == "2019-04-02"), [])


REMARK = "The general told reporters on Tuesday that the talks had gone well."


def test_a_title_with_no_holder_named_before_names_no_one():
    assert _tuesday_remark("Peru and Chile held talks in Lima on Monday. " + REMARK) == []
    # the same remark is read, with its day, once a general has been named
    assert "person:juan-soto" in _tuesday_remark(
        "Peru and Chile held talks in Lima on Monday. General Juan Soto of Peru attended. " + REMARK)


def test_the_general_is_not_the_secretary_general():
    remark = "The general told reporters on Tuesday that the army would hold elections."
    assert "person:antonio-guterres" not in _tuesday_remark(
        "Secretary-General Antonio Guterres arrived in Geneva on Monday. " + remark)
    assert "person:min-aung-hlaing" in _tuesday_remark(
        "General Min Aung Hlaing arrived in Geneva on Monday. " + remark)


def test_the_minister_is_not_the_prime_minister():
    remark = "The minister told reporters on Tuesday that the port would reopen."
    assert "person:mark-rutte" not in _tuesday_remark("Prime Minister Mark Rutte arrived in Oslo on Monday. " + remark)
    assert "person:wopke-hoekstra" in _tuesday_remark(
        "Foreign Minister Wopke Hoekstra arrived in Oslo on Monday. " + remark)


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
