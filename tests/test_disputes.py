"""Disputes: framed topics, canonical slugs, parties as countries, status, links to events."""
from datetime import datetime

import pytest

from kb.extract.disputes import extract_disputes
from tests.extract_support import parse, seed_text

PUB = datetime(2021, 3, 2)


def _disputes(text, published=PUB):
    doc, actors, _, _, events = parse(text, published)
    return extract_disputes(doc, actors, events, published), events


@pytest.fixture(scope="module")
def seed():
    doc, actors, _, _, events = parse(seed_text(), dateline="Sochi")
    return extract_disputes(doc, actors, events, datetime(2008, 4, 7)), events


def test_seed_missile_defense_between_usa_and_russia_unresolved(seed):
    disputes, _ = seed
    by_id = {d.id: d for d in disputes}
    missile = by_id["dispute:missile-defense"]
    assert missile.topic == "missile defense"
    assert set(missile.parties) == {"country:USA", "country:RUS"}
    assert missile.status == "unresolved"
    assert missile.evidence and all(e.text for e in missile.evidence)


def test_seed_other_disputes_do_not_count_their_topics_as_parties(seed):
    disputes, _ = seed
    by_id = {d.id: d for d in disputes}
    assert {"dispute:kosovo", "dispute:nato-enlargement", "dispute:iran"} <= set(by_id)
    assert "org:nato" not in by_id["dispute:nato-enlargement"].parties
    assert "country:XKX" not in by_id["dispute:kosovo"].parties
    assert by_id["dispute:kosovo"].status == "ongoing"


def test_seed_summit_concerns_missile_defense(seed):
    _, events = seed
    summit = next(e for e in events if e.type == "Summit")
    assert summit.disputes == ["dispute:missile-defense"]
    assert all(not e.disputes for e in events if e.type == "Praise")


def test_kashmir_ceasefire_article():
    text = ("India and Pakistan agreed on a ceasefire along the Line of Control on February 25, 2021. "
            "Tensions over Kashmir have run high since 2019. The two countries later held talks in "
            "Geneva but failed to resolve their dispute over Kashmir.")
    disputes, events = _disputes(text)
    (kashmir,) = disputes
    assert (kashmir.id, kashmir.status) == ("dispute:kashmir", "unresolved")
    assert set(kashmir.parties) == {"country:IND", "country:PAK"}
    talks = next(e for e in events if e.type == "Meeting")
    assert talks.disputes == ["dispute:kashmir"]


def test_resolved_and_canonical_topics():
    text = ("Russia and Ukraine settled their row over gas prices on Tuesday. "
            "Germany welcomed the end of the gas dispute.")
    disputes, _ = _disputes(text)
    (gas,) = disputes
    assert (gas.id, gas.status) == ("dispute:gas-supplies", "resolved")
    assert {"country:RUS", "country:UKR"} <= set(gas.parties)


def test_aliases_fold_into_one_topic():
    text = ("Russia and the United States remain at odds over the missile defence shield. "
            "The missile shield dispute has soured ties between Moscow and Washington.")
    disputes, _ = _disputes(text)
    assert [d.id for d in disputes] == ["dispute:missile-defense"]
    assert disputes[0].status == "ongoing" or disputes[0].status == "unresolved"


def test_hypothetical_resolution_is_not_resolved():
    text = "Turkey and France could resolve their dispute over the genocide bill if Paris withdraws it."
    disputes, _ = _disputes(text)
    (bill,) = disputes
    assert bill.status == "ongoing"
    assert bill.topic == "genocide bill"


def test_no_dispute_without_framing():
    text = "Germany and France discussed missile defense. They sat in a row at the dinner."
    disputes, _ = _disputes(text)
    assert disputes == []
