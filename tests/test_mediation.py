"""Mediation and events named by nouns (kb.extract.mediation, kb.extract.eventnouns): who mediates,
between whom, and conflicts told as breaking out. Sentences are our own; each rule both ways."""
from datetime import datetime
from functools import partial

import pytest

from kb.model import Article
from kb.pipeline import extract_article
from tests.extract_support import events_of

PUB = datetime(2015, 3, 10, 9, 0)
MERKEL, PUTIN, ERDOGAN = "person:angela-merkel", "person:vladimir-putin", "person:recep-erdogan"
GERMANY, RUSSIA, FRANCE, QATAR = "country:DEU", "country:RUS", "country:FRA", "country:QAT"
INDIA, PAKISTAN, TURKEY, SAUDI, IRAN = "country:IND", "country:PAK", "country:TUR", "country:SAU", "country:IRN"


_events = partial(events_of, published=PUB)


@pytest.mark.parametrize("text", [
    "Qatar brokered talks between India and Pakistan on Monday.",
    "The talks between India and Pakistan were brokered by Qatar on Monday.",   # the passive's agent
    "India and Pakistan sealed a Qatari-brokered truce on Monday.",            # the participle's word
])
def test_talks_a_third_party_brokered_are_its_mediation_between_the_sides(text):
    (mediation,) = _events(text, "Mediation")
    assert mediation.agents == [QATAR] and set(mediation.recipients) == {INDIA, PAKISTAN}


def test_brokering_negotiations_is_a_mediation_not_a_negotiation():
    text = "France and Turkey brokered the negotiations between India and Pakistan on Monday."
    (mediation,) = _events(text, "Mediation")
    assert set(mediation.agents) == {FRANCE, TURKEY} and set(mediation.recipients) == {INDIA, PAKISTAN}
    assert _events(text, "Negotiation") == []


def test_talks_without_a_third_party_stay_talks():
    assert _events("India and Pakistan held talks in Paris on Monday.", "Mediation") == []


def test_a_brokered_truce_is_also_the_truce():
    assert _events("India and Pakistan sealed a Qatari-brokered truce on Monday.", "Ceasefire")


def test_a_brokered_deal_has_the_sides_that_agreed():
    text = "Saudi Arabia and Iran agreed on Friday to restore relations, in a deal brokered by Qatar."
    (mediation,) = _events(text, "Mediation")
    assert mediation.agents == [QATAR] and set(mediation.recipients) == {SAUDI, IRAN}


def test_the_mediators_talks_in_the_same_sentence_are_the_mediation():
    text = ("The deal came a day after a round of mediation by Angela Merkel and Recep Tayyip Erdogan, "
            "who spent most of Monday in talks with Vladimir Putin.")
    (mediation,) = _events(text, "Mediation")
    assert {MERKEL, ERDOGAN, PUTIN} <= set(mediation.participants)
    assert _events(text, "Meeting") == []


def test_other_talks_stay_a_meeting_beside_a_mediation():
    text = ("Qatar mediated between India and Pakistan on Monday. "
            "Angela Merkel held talks with Vladimir Putin on Monday.")
    assert _events(text, "Mediation") and _events(text, "Meeting")


def test_a_conflict_told_as_breaking_out_is_an_event_between_its_sides():
    (fight,) = _events("Fighting between India and Pakistan broke out on Friday along the border.", "MilitaryAction")
    assert set(fight.participants) == {INDIA, PAKISTAN} and fight.date.value == "2015-03-06"
    (clash,) = _events("Clashes erupted on Monday between Indian and Pakistani troops.", "MilitaryAction")
    assert set(clash.participants) == {INDIA, PAKISTAN}
    (war,) = _events("Thousands were killed in the war, which broke out in 1992 between India and Pakistan.",
                     "MilitaryAction")
    assert war.date.value == "1992"


@pytest.mark.parametrize("text, sides", [
    ("Clashes broke out on Sunday between Indian and Pakistani troops near the border.", {INDIA, PAKISTAN}),
    ("Clashes broke out on Sunday between Indian and Pakistani fans at a cricket match.", set()),
    ("Violence broke out on Sunday between India and Pakistan.", set()),   # not armed conflict
])
def test_only_an_armed_body_s_adjective_names_a_side_of_an_outbreak(text, sides):
    """The whole pipeline: a brawl of crowds is no fight between their states."""
    extraction = extract_article(Article(id="outbreak", raw_text=text, source="test", published=PUB))
    found = [set(e.participants) & {INDIA, PAKISTAN} for e in extraction.events if e.type == "MilitaryAction"]
    assert [f for f in found if f] == ([sides] if sides else [])


def test_a_conflict_that_ends_or_only_is_is_no_outbreak():
    assert _events("The war between India and Pakistan ended in 1971.", "MilitaryAction") == []
    assert _events("The war between India and Pakistan broke the economy in 1971.", "MilitaryAction") == []
    assert _events("The war between India and Pakistan shaped the region.", "MilitaryAction") == []


def test_talks_on_the_margins_of_a_summit_are_their_own_meeting():
    text = ("Angela Merkel opened the summit of the alliance in Berlin on Monday. On the sidelines of the "
            "summit, Vladimir Putin held talks with Recep Tayyip Erdogan on Monday.")
    meetings = _events(text, "Meeting")
    assert [set(m.participants) for m in meetings] == [{PUTIN, ERDOGAN}]
    assert _events(text, "Summit")


def test_talks_at_a_summit_fold_into_it():
    text = ("Angela Merkel opened the summit of the alliance in Berlin on Monday. At the summit, "
            "Angela Merkel held talks with Vladimir Putin on Monday.")
    assert _events(text, "Meeting") == [] and _events(text, "Summit")


def test_a_mediation_naming_no_side_is_between_the_pair_the_article_is_about():
    text = ("India accused Pakistan on Monday of shelling villages along the border. "
            "Qatar offered to mediate on Tuesday, its foreign ministry said.")
    (mediation,) = _events(text, "Mediation")
    assert mediation.agents == [QATAR] and set(mediation.recipients) == {INDIA, PAKISTAN}


def test_a_mediation_naming_its_sides_keeps_them_over_the_article_s_pair():
    text = ("India accused Pakistan on Monday of shelling villages along the border. "
            "Qatar brokered talks between Saudi Arabia and Iran on Tuesday.")
    (mediation,) = _events(text, "Mediation")
    assert set(mediation.recipients) == {SAUDI, IRAN}


@pytest.mark.parametrize("text", [
    # another state named in the sentence: the mediation is not the pair's
    "India accused Pakistan on Monday of shelling villages along the border. "
    "Norway, which has mediated in Colombia and the Philippines, said on Tuesday it stood ready to help.",
    # the mediator is one of the pair
    "India accused Pakistan on Monday of shelling villages along the border. "
    "Pakistan offered on Tuesday to mediate in the water talks.",
])
def test_the_article_s_pair_fills_only_a_mediation_from_outside_it(text):
    for mediation in _events(text, "Mediation"):
        assert not {INDIA, PAKISTAN} & set(mediation.recipients)


def test_a_mediator_s_record_in_a_relative_clause_takes_no_side():
    text = ("Iran accused Saudi Arabia on Monday of arming rebels in Yemen. "
            "Qatar, which has mediated before, sent its envoy to the region on Tuesday.")
    for mediation in _events(text, "Mediation"):
        assert not {IRAN, SAUDI} <= set(mediation.recipients)
