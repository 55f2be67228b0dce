"""Rulings: what a court or a tribunal decides is its statement, with the parties the ruling names
(kb.extract.rulings). Sentences are our own; each rule is checked both ways."""
from datetime import datetime

from tests.extract_support import parse

PUB = datetime(2015, 3, 10, 9, 0)
RUSSIA, GEORGIA, CHINA, IRAN = "country:RUS", "country:GEO", "country:CHN", "country:IRN"


def _events(text: str) -> list:
    return parse(text, PUB)[-1]


def _ruling(text: str):
    return next(e for e in _events(text) if e.type == "Statement")


def test_a_court_ruling_that_is_a_statement_naming_the_party_it_rules_on():
    (ruling,) = _events("An arbitration tribunal ruled on Monday that China had no right to the reefs.")
    assert ruling.type == "Statement" and CHINA in ruling.participants
    assert ruling.date.value == "2015-03-09"


def test_a_court_awarding_or_giving_land_is_a_ruling_not_a_gift():
    (ruling,) = _events("The judges gave Georgia the disputed islets on Friday.")
    assert ruling.type == "Statement" and GEORGIA in ruling.participants
    (ruling,) = _events("The tribunal awarded Georgia two of the three contested shoals.")
    assert ruling.type == "Statement" and GEORGIA in ruling.participants
    (ruling,) = _events("The World Court gave Russia sovereignty over the island.")
    assert ruling.type == "Statement" and RUSSIA in ruling.participants


def test_ruled_that_is_a_ruling_whoever_utters_it():
    (ruling,) = _events("Vladimir Putin ruled on Monday that the border with Georgia would stay shut.")
    assert ruling.type == "Statement" and "person:vladimir-putin" in ruling.participants


def test_a_ruling_takes_no_party_from_a_place_or_an_aside_in_what_it_rules():
    ruling = _ruling("A United Nations panel found on Monday that Iran had shipped arms to rebels in Georgia.")
    assert IRAN in ruling.participants and GEORGIA not in ruling.participants
    ruling = _ruling("The court ruled on Monday that the German law, which Germany passed after talks "
                     "with France, was void.")
    assert "country:FRA" not in ruling.participants


def test_ruling_a_country_or_ruling_out_is_no_ruling():
    assert not any(e.type == "Statement" for e in _events("Vladimir Putin has ruled Russia for years."))
    assert not any(e.type == "Statement" for e in _events("George Bush ruled out talks with Iran on Monday."))


def test_a_giving_or_an_award_by_no_judging_body_is_no_ruling():
    assert not any(e.type == "Statement" for e in _events("Vladimir Putin awarded Angela Merkel a medal."))
    assert not any(e.type == "Statement" for e in _events("China gave Iran two ships on Monday."))
