"""A general, admiral or government spokesman named with a bare title serves the state the
article is about, as a minister does (kb.extract.homestate.home_office); a party's spokesman
does not. Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.extract.candidates import Candidate
from kb.extract.homestate import home_office
from tests.test_participants import _events

DAY = datetime(2023, 5, 10)


def _holder(*roles: str) -> Candidate:
    return Candidate("person:x", "X", "person", roles=list(roles))


def test_ranks_and_government_spokesmen_are_home_offices():
    assert home_office(_holder("General"))
    assert home_office(_holder("Lt. Gen."))
    assert home_office(_holder("Government spokesman"))
    assert home_office(_holder("Spokeswoman"))


def test_party_and_rebel_titles_are_not():
    assert home_office(_holder("Party spokesman")) is None
    assert home_office(_holder("Opposition spokesman")) is None
    assert home_office(_holder("Secretary-General")) is None
    assert home_office(_holder("Attorney General")) is None


def test_a_general_in_an_article_filed_from_a_capital_serves_its_state():
    text = ("NIAMEY -- General Moussa Tahirou told reporters on Tuesday that the army would hold the "
            "northern towns until the rains.")
    assert _events(text, DAY)[1]["person:moussa-tahirou"].country == "NER"


def test_a_rank_or_spokesman_of_another_body_takes_no_state_from_the_dateline():
    un = ("NIAMEY -- General Moussa Tahirou, commander of the UN peacekeeping force, told reporters "
          "on Tuesday that his men would stay in the north.")
    assert _events(un, DAY)[1]["person:moussa-tahirou"].country is None
    rebels = ("NIAMEY -- Spokesman Ali Garba of the liberation front told reporters on Tuesday that the "
              "fighters would not disarm.")
    assert _events(rebels, DAY)[1]["person:ali-garba"].country is None


def test_a_rank_of_another_body_takes_no_state_from_the_sentence_before():
    other = ("Chad was quick to answer the charge. General Moussa Tahirou, commander of the UN "
             "peacekeeping force, said on Tuesday that his men would stay in the north.")
    assert _events(other, DAY)[1]["person:moussa-tahirou"].country is None
    own = ("Chad was quick to answer the charge. General Moussa Tahirou said on Tuesday that his "
           "men would stay in the north.")
    assert _events(own, DAY)[1]["person:moussa-tahirou"].country == "TCD"
