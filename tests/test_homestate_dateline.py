"""A bare title of a national office ("Foreign Minister X") in an article filed from a capital
serves the state governed from there, unless a possessive in the title names another owner, the
dateline is no capital, or the leaders table lists that state's holders of the office. Every
sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2023, 5, 10)

NARRATION = ("MONTEVIDEO -- Foreign Minister Ramiro Etcheverry protested to Argentina on Tuesday over the "
             "closure of a border bridge, the third such closure this year.\n\n"
             "Trucks carrying grain waited on both banks of the river for most of the day. Etcheverry told "
             "reporters that the government had run out of patience, and he accused Buenos Aires of strangling "
             "the trade of a smaller neighbour.")


def test_a_bare_title_serves_the_state_of_the_capital_the_article_is_filed_from():
    events, actors = _events(NARRATION, DAY)
    assert actors["person:ramiro-etcheverry"].country == "URY"
    protest = _one(events, "Protest")
    assert "country:URY" in protest.participants and "country:ARG" in protest.recipients
    assert "country:URY" in _one(events, "Accusation").participants  # his later acts as well


def test_a_title_owned_by_a_possessive_takes_nothing_from_the_dateline():
    text = ("ACCRA -- The emirate's energy minister, Faisal Al-Harbi, told visiting bankers on Monday "
            "that output would be trimmed.")
    assert _events(text, DAY)[1]["person:faisal-al-harbi"].country is None


def test_a_dateline_that_is_no_capital_gives_no_state():
    text = "GENEVA -- Foreign Minister Ramiro Etcheverry protested to Argentina on Tuesday over a bridge."
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country is None


def test_a_state_whose_office_holders_the_table_lists_is_not_given_to_a_stranger():
    text = "PARIS -- Prime Minister Ramiro Etcheverry protested to Argentina on Tuesday over a bridge."
    assert _events(text, DAY)[1]["person:ramiro-etcheverry"].country is None


def test_a_day_in_a_gap_of_the_tables_list_refuses_no_one():
    # Guinea-Bissau's presidents are listed, but not those of 1999-2005: a president the table
    # lacks then is the dateline capital's; in a year the table covers, a stranger is refused.
    text = "BISSAU -- President Amadu Djalo protested to Senegal on Tuesday over a border post."
    assert _events(text, datetime(2001, 5, 9))[1]["person:amadu-djalo"].country == "GNB"
    assert _events(text, datetime(2010, 5, 12))[1]["person:amadu-djalo"].country is None
