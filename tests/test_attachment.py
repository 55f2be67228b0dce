"""Attachment of an event's parts: what a reaction answers, where and when a trigger happened.

Every sentence here is written for the test; each checks one rule of kb.extract.eventparts or
kb.extract.events (and the trigger table) through the whole pipeline.
"""
from __future__ import annotations

from datetime import datetime

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
