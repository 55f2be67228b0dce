"""A conflict told as breaking out takes its parties from how it began (kb.extract.eventnouns):
the "when" clause of its start, the act it began with, whom it struck down."""
from tests.extract_support import parse


def _wars(text):
    return [e for e in parse(text)[-1] if e.type == "MilitaryAction" and e.trigger in ("war", "fighting", "conflict")]


def test_the_clause_of_its_start_names_the_sides():
    wars = _wars("The war began in 1999, when Russian troops crossed into Georgia.")
    assert wars and {"country:RUS", "country:GEO"} <= set(wars[0].participants)


def test_who_led_the_rising_and_whom_it_was_against():
    wars = _wars("The fighting began on March 3, when rebels led by Ali Khan rose against the government of Pakistan.")
    assert wars and {"person:ali-khan", "country:PAK"} <= set(wars[0].participants)


def test_the_act_it_began_with():
    wars = _wars("The conflict started with a German invasion of Poland in 1939.")
    assert wars and "country:DEU" in wars[0].participants


def test_whom_the_fighting_killed():
    wars = _wars("The fighting that killed Ali Khan began on 11 April.")
    assert wars and "person:ali-khan" in wars[0].participants


def test_a_start_told_without_parties_gives_none():
    assert _wars("The war began in 1999, when the rains failed.") == []
    assert _wars("Fighting broke out in the capital on Monday, when the talks failed.") == []


def test_a_circumstance_of_the_start_names_no_side():
    assert _wars("The war broke out in 1914, when Russia was the largest land power in Europe.") == []


def test_a_victim_of_a_body_is_no_side_beside_the_sides_named():
    wars = _wars("The fighting that killed a U.N. peacekeeper broke out on Monday between Iran and Turkey.")
    assert wars and "org:united-nations" not in wars[0].participants
