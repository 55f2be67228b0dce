"""A conflict told as breaking out takes its parties from how it began (kb.extract.eventnouns):
the "when" clause of its start, the act it began with, whom it struck down."""
from tests.extract_support import parse


def _wars(text):
    return [e for e in parse(text)[-1] if e.type == "MilitaryAction" and e.trigger in ("war", "fighting")]


def test_the_clause_of_its_start_names_the_sides():
    wars = _wars("The war began in 1999, when Russian troops crossed into Georgia.")
    assert wars and {"country:RUS", "country:GEO"} <= set(wars[0].participants)


def test_who_led_the_rising_and_whom_it_was_against():
    wars = _wars("The fighting began on March 3, when rebels led by Ali Khan rose against the government of Pakistan.")
    assert wars and {"person:ali-khan", "country:PAK"} <= set(wars[0].participants)


def test_the_act_it_began_with():
    wars = _wars("The war began with the Indian invasion of March 1971, which ended within weeks.")
    assert wars and "country:IND" in wars[0].participants


def test_whom_the_fighting_killed():
    wars = _wars("The fighting that killed Ali Khan began on 11 April, when Indian forces crossed the border.")
    assert wars and {"person:ali-khan", "country:IND"} <= set(wars[0].participants)


def test_a_start_told_without_parties_gives_none():
    assert _wars("The war began in 1999, when the rains failed.") == []
    assert _wars("Fighting broke out in the capital on Monday, when the talks failed.") == []
