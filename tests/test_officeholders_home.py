"""The state of an office holder whose title names none ("President X", "its foreign minister, Y"):
read from a possessive pronoun, the city the act is set in, or the state the article opens on,
each tested both ways. Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2019, 3, 5)


def _actors(text: str):
    return _events(text, DAY)[1]


def test_a_bare_title_acting_in_a_city_serves_that_citys_state():
    events, actors = _events("President Tomas Rendon signed a trade accord with Brazil in Lima on Tuesday.", DAY)
    assert actors["person:tomas-rendon"].country == "PER"
    assert "country:PER" in _one(events, "AgreementSigned").participants


def test_a_bare_title_arriving_in_a_city_is_a_visitor_there():
    actors = _actors("Foreign Minister Ana Sobral arrived in Lima on Tuesday and signed an accord with Peru.")
    assert actors["person:ana-sobral"].country is None


def test_its_minister_serves_the_state_the_pronoun_points_back_to():
    actors = _actors("Estonia quit the trade club that China had founded, and on Monday its foreign minister, "
                     "Karl Tamm, said the talks were over.")
    assert actors["person:karl-tamm"].country == "EST"  # not China, named in the relative clause


def test_a_title_without_a_pronoun_or_scene_serves_the_state_the_article_opens_on():
    text = ("Bolivia recalled its ambassador from Chile on Monday. Defence Minister Hugo Salas said the "
            "army would stay on alert.")
    assert _actors(text)["person:hugo-salas"].country == "BOL"


def test_a_state_whose_office_holders_the_table_lists_is_not_given_to_a_stranger():
    text = ("The United States imposed sanctions on the island on Monday. President Tomas Rendon called "
            "the sanctions unjust.")
    assert _actors(text)["person:tomas-rendon"].country is None  # the table knows every U.S. president


def test_an_office_of_no_state_takes_none_from_the_article():
    text = "Peru broke off talks on Monday. Opposition leader Carla Ibarra welcomed the decision."
    assert _actors(text)["person:carla-ibarra"].country is None


def test_two_office_holders_named_as_a_pair_do_not_share_a_state():
    text = "Boris Johnson and Premier Li Wen signed the accord on Monday."
    actors = _events(text, datetime(2020, 3, 5))[1]
    assert actors["person:boris-johnson"].country == "GBR"
    assert actors["person:li-wen"].country != "GBR"


def test_a_title_acting_in_a_city_of_another_state_takes_not_the_first_one():
    text = "Hong Kong was handed back under the accord. Premier Wen Li signed it in Beijing on Monday."
    assert _actors(text)["person:wen-li"].country != "HKG"


def test_an_office_taken_in_the_story_gives_no_state_from_the_article():
    text = ("Peru broke off talks on Monday. Maria Ruiz, who won the vote, was sworn in as president on "
            "Tuesday and rejected the offer.")
    assert _actors(text)["person:maria-ruiz"].country is None  # a candidate till she took the oath
