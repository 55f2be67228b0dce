"""Titles read off the words around a person's name: the apposed title before a comma, the state
it names, and an organization's office that deals with a state. Sentences written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article
from kb.pipeline import extract_article


def _persons(text: str) -> dict[str, tuple[str | None, list[str]]]:
    extraction = extract_article(Article(id="titles", raw_text=text, source="test",
                                         published=datetime(2002, 2, 23)))
    return {a.name: (a.country, a.roles) for a in extraction.actors if a.kind == "person"}


def test_a_title_and_a_comma_before_a_name_is_its_apposition():
    persons = _persons("The accord was read out in Stockholm by the Swedish Defence Minister, Peter Hultqvist, "
                       "whose ministry drafted it.")
    assert persons["Peter Hultqvist"] == ("SWE", ["Defence Minister of Sweden"])


def test_the_state_of_an_apposed_title_joins_the_rank_before_the_name():
    persons = _persons("Diplomats agreed with Thailand's army commander, General Somchai Rattanakul, on a plan.")
    assert persons["Somchai Rattanakul"] == ("THA", ["General"])


def test_a_name_after_a_comma_in_a_list_takes_no_title():
    # a name after a person's name is the next item of the list, not the title's apposition
    assert _persons("Talks with President Vladimir Putin, Karl Berg, and others began.")["Karl Berg"] == (None, [])


def test_a_state_after_an_organization_in_a_title_is_what_the_office_deals_with():
    persons = _persons("The United Nations special envoy for Cyprus, Alvaro de Soto, also signed the plan. "
                       "Pakistan's envoy to the United Nations, Zafar Hasan, signed it too.")
    assert persons["Alvaro de Soto"] == (None, ["Special envoy of the United Nations"])
    assert persons["Zafar Hasan"] == ("PAK", ["Envoy of Pakistan"])


def test_an_official_of_a_person_serves_that_person_s_state_and_the_person_keeps_his_title():
    persons = _persons("General Pervez Musharraf signed the decree on Friday. A spokesman for Musharraf, Ahmed "
                       "Osman, called the ruling unjust. The envoy of President Thabo Mbeki, Zafar Hasan, left.")
    assert persons["Ahmed Osman"][0] == "PAK"
    assert persons["Pervez Musharraf"][1] == ["General"]   # not "Spokesman for"
    assert persons["Thabo Mbeki"][1] == ["President of South Africa"]   # not "Envoy of President"


def test_an_official_of_a_body_named_by_no_state_takes_none():
    assert _persons("A spokesman for the ministry, Ahmed Osman, called the ruling unjust.")["Ahmed Osman"][0] \
        is None


def test_an_apposed_spokesman_speaks_for_the_state_his_words_report_on():
    persons = _persons("A spokesman, John Kirby, said Washington would watch whether Iran kept its side of the deal.")
    assert persons["John Kirby"][0] == "USA"


@pytest.mark.parametrize("text, name, expected", [
    ("Ghana summoned the Togolese chargé d'affaires, Kofi Mensah, over the border shooting.",
     "Kofi Mensah", ("TGO", ["Chargé d'affaires of Togo"])),
    ("Senegalese Consul General Awa Diallo handed the note to the Gambian police chief.",
     "Awa Diallo", ("SEN", ["Senegalese Consul General"])),
    ("Zambia's Undersecretary for Foreign Affairs Mary Banda flew to Harare with the letter.",
     "Mary Banda", ("ZMB", ["Zambia's Undersecretary for Foreign Affairs"])),
])
def test_diplomatic_ranks_are_titles(text, name, expected):
    assert _persons(text)[name] == expected


def test_a_military_rank_between_an_office_and_a_name_is_read_over():
    persons = _persons("Government spokesman Colonel Ibrahim Toure said on state radio that the "
                       "envoy had two days to leave.")
    assert persons["Ibrahim Toure"][1] == ["Government spokesman"]


def test_a_rank_alone_is_no_office():
    persons = _persons("Colonel Ibrahim Toure said on state radio that the envoy had two days to leave.")
    assert persons["Ibrahim Toure"][1] == []
