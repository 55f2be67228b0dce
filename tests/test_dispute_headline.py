"""A headline names the matter the body tells only by its acts (kb.extract.disputeheadline)."""
from datetime import datetime

import pytest

from kb.extract.disputes import extract_disputes
from tests.extract_support import nlp, parse

PUB = datetime(2019, 5, 14)
BODY = ("Chad gave the ambassador of Niger two days to quit N'Djamena on Monday. "
        "A spokesman in N'Djamena gave no reason for the step.")


def _topics(headline: str | None, body: str = BODY) -> list[str]:
    doc, actors, _, _, events = parse(body, PUB)
    parsed = nlp()(headline) if headline else None
    return [d.topic for d in extract_disputes(doc, actors, events, PUB, parsed)]


@pytest.mark.parametrize("headline,topic", [
    # the object of "over" on a hostile act, after the states the headline names
    ("Chad expels Niger's envoy over grazing rights", "Chad-Niger grazing rights"),
    ("Chad recalls envoy from Niger over seizure of cattle herds", "Chad-Niger seizure of cattle herds"),
    # "over" on a quarrel noun
    ("Chad and Niger in bitter row over river water", "Chad-Niger river water"),
    ("Chad, Niger locked in cattle tax row", "Chad-Niger cattle tax row"),
    # the words before a quarrel noun name its matter
    ("Chad, Niger trade blows in fishing licence spat", "Chad-Niger fishing licence spat"),
    # a matter whose words name a state already says whose it is
    ("Chad expels envoy over Nigerien border post", "Nigerien border post"),
])
def test_a_headline_names_the_matter_and_its_sides(headline, topic):
    assert _topics(headline) == [topic]


@pytest.mark.parametrize("headline", [
    None,
    "THE SAHEL COURIER",                                    # a masthead
    "Home > Africa > Chad",                                 # a section path
    "Chad expels Niger's envoy",                            # no matter said
    "Chad's president flies over flooded villages",         # "over" a place, no act against anyone
    "Chad and Niger talks run over time",                   # "over" on no hostile act
    "Chad police clash with protesters over fuel prices",   # a quarrel at home: one side named
    "Chad expels Niger's envoy as floods spread over farmland",   # the hostile act is not what "over" hangs on
    "Chad expels Niger's envoy in deepening rift",          # a quarrel noun with no matter before it
    "Chad to execute Nigerien trader on death row",         # a place, not a quarrel
    "Price freeze angers Chad farmers as Niger shuts border",   # a freeze of prices is no quarrel
])
def test_no_matter_from_a_headline_that_names_none(headline):
    assert _topics(headline) == []


def test_a_matter_the_body_names_itself_is_left_to_the_body():
    body = "Turkey and France could resolve their dispute over the genocide bill if Paris withdraws it."
    alone = _topics(None, body)
    assert alone and _topics("Turkey recalls envoy from Paris over genocide bill", body) == alone


def test_a_headlines_sides_come_in_the_order_it_names_them():
    doc, actors, _, _, events = parse(BODY, PUB)
    for headline, first in (("Niger expels Chad's envoy over grazing rights", "country:NER"),
                            ("Chad expels Niger's envoy over grazing rights", "country:TCD")):
        disputes = extract_disputes(doc, actors, events, PUB, nlp()(headline))
        assert disputes[0].parties[0] == first
