"""The state of an office holder whose title names none ("President X", "its foreign minister, Y"):
read from a possessive pronoun that stands for a state, or the city a home act is set in, each
tested both ways; the state an article names first gives none. Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2019, 3, 5)


def _actors(text: str):
    return _events(text, DAY)[1]


def test_a_bare_title_acting_in_a_city_serves_that_citys_state():
    # a state whose presidents the leaders table does not list (it refuses a listed office to a stranger)
    events, actors = _events("President Tomas Rendon signed a trade accord with Brazil in Praia on Tuesday.", DAY)
    assert actors["person:tomas-rendon"].country == "CPV"
    assert "country:CPV" in _one(events, "AgreementSigned").participants


def test_a_bare_title_arriving_in_a_city_is_a_visitor_there():
    actors = _actors("Foreign Minister Ana Sobral arrived in Lima on Tuesday and signed an accord with Peru.")
    assert actors["person:ana-sobral"].country is None


def test_its_minister_serves_the_state_the_pronoun_points_back_to():
    actors = _actors("Norway left the fishing pact that Iceland had drafted; on Friday its trade minister, "
                     "Olav Brekke, called the quotas unfair.")
    assert actors["person:olav-brekke"].country == "NOR"  # not Iceland, named in the relative clause


def test_its_president_of_an_organization_serves_no_state():
    actors = _actors("The European Union imposed sanctions on Belarus on Monday, and its president, "
                     "Anna Berg, said more would follow.")
    assert actors["person:anna-berg"].country is None  # "its" is the Union's, not Belarus's


def test_a_city_where_talks_are_held_is_no_home():
    text = "President Jonas Meier spoke to reporters in Geneva on Tuesday after talks with Iran."
    assert _actors(text)["person:jonas-meier"].country is None


def test_the_state_an_article_names_first_gives_no_title_a_home():
    text = ("Ethiopia and Eritrea signed a peace accord in Jeddah on Sunday. Foreign Minister Adel Faris "
            "said the kingdom was proud to host it.")
    assert _actors(text)["person:adel-faris"].country is None


def test_two_office_holders_named_as_a_pair_do_not_share_a_state():
    text = "Boris Johnson and Premier Li Wen signed the accord on Monday."
    actors = _events(text, datetime(2020, 3, 5))[1]
    assert actors["person:boris-johnson"].country == "GBR"
    assert actors["person:li-wen"].country is None  # Johnson's state is no evidence for him


def test_an_official_taking_up_the_account_of_the_state_just_told_serves_it():
    actors = _actors("Moldova was quick to answer. Prime Minister Ilze Ozola told reporters that her "
                     "government would recall its envoy.")
    assert actors["person:ilze-ozola"].country == "MDA"
    actors = _actors("Praia was cooler. A government spokesman, Peteris Kalns, said there would be no talks.")
    assert actors["person:peteris-kalns"].country == "CPV"  # the capital stands for its state


def test_an_official_after_two_states_or_beside_a_foreign_leader_takes_no_state_from_them():
    actors = _actors("Latvia and Lithuania signed the accord in Vilnius. Foreign Minister Ona Berzina "
                     "said the day was a proud one.")
    assert actors["person:ona-berzina"].country is None  # whose official follows is not said
    actors = _actors("Latvia pressed for patience. President Ona Berzina and the Estonian premier, "
                     "Kalle Tamm, met in Tartu.")
    assert actors["person:ona-berzina"].country is None  # a pair of leaders, not Latvia's account


def test_a_capital_of_several_words_opening_the_sentence_is_the_officials_state():
    actors = _actors("In Port-au-Prince on Monday, Prime Minister Jules Morel told the cabinet he welcomed the force.")
    assert actors["person:jules-morel"].country == "HTI"


def test_an_office_holder_in_a_paragraph_that_opens_in_a_capital_serves_its_state():
    actors = _actors("Talks ended without a deal on Friday.\n\nIn Praia the streets were quiet. State "
                     "radio read a letter in which the Prime Minister, Jorge Salas, thanked President Ana "
                     "Prado for her patience.")
    assert actors["person:jorge-salas"].country == "CPV"
    assert actors["person:ana-prado"].country == "CPV"


def test_a_visitor_to_the_capital_a_paragraph_opens_in_is_not_its_official():
    actors = _actors("Talks ended without a deal on Friday.\n\nIn Quito the talks dragged on. Foreign "
                     "Minister Luis Vera, who flew to Quito on Sunday, said little.")
    assert actors["person:luis-vera"].country is None
