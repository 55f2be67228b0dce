"""A bare title of a national office ("Foreign Minister X") that nothing nearer ties to a state
serves the state the text names last before it first names him; not when the last place named
before him is a city, not when the leaders table lists that state's holders of the office, and
not when a possessive in the title names another owner. Every sentence and name here is written
for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2023, 5, 10)

STORY = ("Two neighbours fell out over a river dam this spring. On Monday Uruguayan customs officers "
         "closed their side of the border bridge, and trucks queued for miles.\n\n"
         "Foreign Minister Ramiro Etcheverry accused Argentina on Tuesday of strangling the trade of a "
         "smaller neighbour.")


def test_a_bare_title_serves_the_state_named_last_before_the_holder():
    events, actors = _events(STORY, DAY)
    assert actors["person:ramiro-etcheverry"].country == "URY"
    accusation = _one(events, "Accusation")
    assert "country:URY" in accusation.participants and "country:ARG" in accusation.participants


def test_a_city_named_last_before_the_holder_gives_no_state():
    text = ("Ministers from Uruguay and Paraguay gathered on Monday in Geneva. Foreign Minister "
            "Ramiro Etcheverry accused Argentina on Tuesday of strangling the trade of a smaller neighbour.")
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country is None


def test_a_state_whose_office_holders_the_table_lists_is_not_given_to_a_stranger():
    text = ("Talks with France stalled on Monday. Prime Minister Ramiro Etcheverry accused Argentina on "
            "Tuesday of strangling the trade of a smaller neighbour.")
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country is None


def test_a_title_owned_by_a_possessive_takes_no_state_from_before():
    text = ("Talks with Uruguay stalled on Monday. The emirate's energy minister, Faisal Al-Harbi, told "
            "visiting bankers on Tuesday that output would be trimmed.")
    assert _events(text, DAY)[1]["person:faisal-al-harbi"].country is None


def test_a_capital_named_last_before_the_holder_stands_for_its_state():
    text = ("The dam has been built for a decade. Bankers in Montevideo expect a ruling soon, and Foreign "
            "Minister Ramiro Etcheverry accused Argentina on Tuesday of stalling it.")
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country == "URY"


def test_a_capital_the_holder_comes_to_gives_no_state():
    text = ("The dam has been built for a decade. Bankers in Montevideo expect a ruling soon. Foreign "
            "Minister Ramiro Etcheverry, who flew to Montevideo on Sunday, accused Argentina of stalling it.")
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country is None


def test_a_state_only_acted_on_or_come_from_gives_no_state():
    for text in (
            "Relief convoys rolled to Sudan again on Monday.\n\nDevelopment Minister Ingrid Holm pledged more "
            "money for the camps.",
            "Ministers met their counterparts from Kenya on Monday. Foreign Minister Tomas Ferreyra said the "
            "talks went well.",
            "The European Union agreed new sanctions on Belarus on Monday. Foreign Minister Anna Lindqvist said "
            "they would bite."):
        persons = [a for a in _events(text, DAY)[1].values() if a.kind == "person"]
        assert persons and all(p.country is None for p in persons), text


def test_a_state_the_holder_lands_in_gives_no_state():
    text = "After landing in Uruguay on Sunday, Foreign Minister Tomas Ferreyra accused Brazil of stalling."
    events, actors = _events(text, DAY)
    assert actors["person:tomas-ferreyra"].country is None
    assert "country:URY" not in _one(events, "Accusation").participants


def test_a_state_named_paragraphs_before_gives_no_state():
    text = ("The rebels, backed by Uganda, seized a border town on Monday.\n\n"
            "Residents fled across the river overnight, aid workers said.\n\n"
            "Interior Minister Jean Habimana condemned the attack on Tuesday.")
    assert _events(text, DAY)[1]["person:jean-habimana"].country is None
