"""Scenes: an event whose own text names no place takes the place of the occasion it names again
or of where its people were that day (kb.extract.scenes), and only then."""
from __future__ import annotations

from datetime import date

import pytest

from kb.extract.linking import ActorIndex
from kb.extract.scenes import inherit_places
from kb.model import Actor, Event, Place, TimeValue

ACTORS = [Actor("person:anna-berg", "Anna Berg", "person"), Actor("person:omar-said", "Omar Said", "person"),
          Actor("country:NOR", "Norway", "country"), Actor("country:EGY", "Egypt", "country"),
          Actor("org:council", "Council", "organization")]
OSLO = Place("Oslo", "NOR", 3143244, 0, 4)


def _day(day: int) -> TimeValue:
    when = date(2015, 6, day)
    return TimeValue(when.isoformat(), "day", earliest=when, latest=when)


def _event(doc, trigger: str, kind: str, agents: list[str], others: list[str] = (), day: int | None = 1,
           place: Place | None = None) -> Event:
    event = Event(id="", type=kind, label="", cameo=None, plover=None, date=_day(day) if day else None,
                  place=place, agents=list(agents), recipients=[], participants=list(agents) + list(others),
                  modality="asserted", confidence=0.5)
    event._tok = next(t.i for t in doc if t.text == trigger)
    return event


def _scene(nlp, text: str, first: dict, second: dict) -> Place | None:
    doc = nlp(text)
    index = ActorIndex(doc, ACTORS)
    raw = [_event(doc, place=OSLO, **first), _event(doc, **second)]
    inherit_places(raw, index, [OSLO])
    return raw[1].place


ARRIVAL = "Berg arrived in Oslo on Monday. Berg held talks with Said on Tuesday."


def test_people_placed_the_day_before_act_where_they_were(nlp):
    first = {"trigger": "arrived", "kind": "Visit", "agents": ["person:anna-berg"]}
    second = {"trigger": "talks", "kind": "Meeting", "agents": ["person:anna-berg"], "others": ["person:omar-said"],
              "day": 2}
    assert _scene(nlp, ARRIVAL, first, second) == OSLO


def test_people_placed_days_earlier_may_have_moved_on(nlp):
    first = {"trigger": "arrived", "kind": "Visit", "agents": ["person:anna-berg"]}
    second = {"trigger": "talks", "kind": "Meeting", "agents": ["person:anna-berg"], "day": 4}
    assert _scene(nlp, ARRIVAL, first, second) is None


def test_a_phone_call_is_made_at_a_distance(nlp):
    text = "Berg arrived in Oslo on Monday. Berg phoned Said on Monday."
    first = {"trigger": "arrived", "kind": "Visit", "agents": ["person:anna-berg"]}
    second = {"trigger": "phoned", "kind": "PhoneCall", "agents": ["person:anna-berg"]}
    assert _scene(nlp, text, first, second) is None


def test_a_state_is_no_one_who_can_be_somewhere(nlp):
    text = "Norway hosted talks in Oslo on Monday. Norway condemned Egypt on Monday."
    first = {"trigger": "talks", "kind": "Meeting", "agents": ["country:NOR"]}
    second = {"trigger": "condemned", "kind": "Criticism", "agents": ["country:NOR"]}
    assert _scene(nlp, text, first, second) is None


def test_only_the_people_present_are_placed(nlp):
    text = "Berg criticised Said in Oslo on Monday. Said denied it on Monday."
    first = {"trigger": "criticised", "kind": "Criticism", "agents": ["person:anna-berg"],
             "others": ["person:omar-said"]}
    second = {"trigger": "denied", "kind": "Denial", "agents": ["person:omar-said"]}
    assert _scene(nlp, text, first, second) is None  # the target of a criticism was not there


CEREMONY = "Berg and Said signed the accord in Oslo on Monday. Said used his speech at the ceremony to attack Egypt."


def test_an_act_at_an_occasion_told_before_happened_there(nlp):
    first = {"trigger": "signed", "kind": "AgreementSigned", "agents": ["person:anna-berg"]}  # Said not placed
    second = {"trigger": "attack", "kind": "Criticism", "agents": ["person:omar-said"], "others": ["country:EGY"]}
    assert _scene(nlp, CEREMONY, first, second) == OSLO


def test_an_occasion_years_apart_is_another_one(nlp):
    first = {"trigger": "signed", "kind": "AgreementSigned", "agents": ["person:anna-berg"]}
    doc = nlp(CEREMONY)
    raw = [_event(doc, place=OSLO, **first),
           _event(doc, "attack", "Criticism", ["country:EGY"], day=None)]
    raw[1].date = TimeValue("2019", "year", earliest=date(2019, 1, 1), latest=date(2019, 12, 31))
    inherit_places(raw, ActorIndex(doc, ACTORS), [OSLO])
    assert raw[1].place is None


def test_an_occasion_named_again_keeps_its_place_over_its_days(nlp):
    text = "The leaders closed the summit in Oslo on Friday. Berg had opened the summit on Wednesday."
    first = {"trigger": "summit", "kind": "Summit", "agents": ["person:anna-berg"], "day": 5}
    second = {"trigger": "opened", "kind": "Summit", "agents": ["person:anna-berg"], "day": 3}
    doc = nlp(text)
    raw = [_event(doc, place=OSLO, **first), _event(doc, **second)]
    raw[1]._tok = [t.i for t in doc if t.text == "summit"][1]
    inherit_places(raw, ActorIndex(doc, ACTORS), [OSLO])
    assert raw[1].place == OSLO


def test_an_occasion_named_without_the_is_not_one_told_before(nlp):
    text = "The leaders closed the summit in Oslo on Friday. Berg criticised Said at a dinner on Friday."
    first = {"trigger": "summit", "kind": "Summit", "agents": ["country:NOR"], "day": 5}
    second = {"trigger": "criticised", "kind": "Criticism", "agents": ["person:anna-berg"], "day": 5}
    assert _scene(nlp, text, first, second) is None


LATER = "Norway and Egypt signed a trade accord on Monday. The accord was signed in Oslo after long talks."


def _later(nlp, text: str) -> Place | None:
    doc = nlp(text)
    oslo = Place("Oslo", "NOR", 3143244, text.index("Oslo"), text.index("Oslo") + 4)
    raw = [_event(doc, "signed", "AgreementSigned", ["country:NOR", "country:EGY"])]
    inherit_places(raw, ActorIndex(doc, ACTORS), [oslo])
    return raw[0].place


def test_the_place_told_where_the_act_is_named_again_is_its_place(nlp):
    assert _later(nlp, LATER).name == "Oslo"


def test_an_act_of_that_kind_named_without_the_is_another_one(nlp):
    assert _later(nlp, LATER.replace("The accord was", "An accord was")) is None


VOTES = "The Council voted on Monday to suspend Egypt. Egypt and Norway voted against."


@pytest.mark.parametrize("kind, day, place", [
    ("Vote", 1, OSLO),        # the same act that day, with a party in common: part of it
    ("Vote", 2, None),        # another day: another vote
    ("Criticism", 1, None),   # another kind of act
])
def test_an_act_of_the_kind_of_one_told_that_day_is_part_of_it(nlp, kind, day, place):
    first = {"trigger": "voted", "kind": "Vote", "agents": ["country:NOR"], "others": ["country:EGY"]}
    second = {"trigger": "against", "kind": kind, "agents": ["country:EGY", "country:NOR"], "day": day}
    assert _scene(nlp, VOTES, first, second) == place


@pytest.mark.parametrize("second, place", [
    ("Berg flew home on Tuesday and criticised Said.", None),  # told leaving: no longer there
    ("Berg criticised Said on Tuesday.", OSLO),
])
def test_people_told_travelling_are_no_longer_where_they_were(nlp, second, place):
    text = f"Berg arrived in Oslo on Monday. {second}"
    doc = nlp(text)
    berg = Actor("person:anna-berg", "Anna Berg", "person",
                 mentions=[(i, i + 4) for i in range(len(text)) if text.startswith("Berg", i)])
    raw = [_event(doc, "arrived", "Visit", ["person:anna-berg"], place=OSLO),
           _event(doc, "criticised", "Criticism", ["person:anna-berg"], day=2)]
    inherit_places(raw, ActorIndex(doc, [berg, *ACTORS[1:]]), [OSLO])
    assert raw[1].place == place


@pytest.mark.parametrize("second, place", [
    ("Norway denied the report at a news conference on Monday.", OSLO),  # a venue of no named city
    ("Norway denied the report on Monday.", None),                       # no venue: not said to be there
])
def test_an_act_at_a_venue_of_no_city_happened_in_the_city_of_that_day(nlp, second, place):
    first = {"trigger": "met", "kind": "Meeting", "agents": ["person:anna-berg"], "others": ["country:NOR"]}
    text = f"Berg met the king of Norway in Oslo on Monday. {second}"
    assert _scene(nlp, text, first, {"trigger": "denied", "kind": "Denial", "agents": ["country:NOR"]}) == place


def test_a_venue_of_no_city_is_not_in_the_city_of_acts_it_shares_no_one_with(nlp):
    """A third party's news conference on the day of talks abroad was not held at the talks."""
    text = "Berg met the king in Oslo on Monday. Said denied the report at a news conference on Monday."
    first = {"trigger": "met", "kind": "Meeting", "agents": ["person:anna-berg"]}
    assert _scene(nlp, text, first, {"trigger": "denied", "kind": "Denial", "agents": ["person:omar-said"]}) is None


def test_a_venue_on_a_day_of_two_cities_is_in_neither(nlp):
    text = "Berg met the king in Oslo on Monday. Said met the queen in Cairo on Monday. Said spoke at the embassy."
    doc = nlp(text)
    cairo = Place("Cairo", "EGY", 360630, text.index("Cairo"), text.index("Cairo") + 5)
    raw = [_event(doc, "met", "Meeting", ["person:anna-berg"], place=OSLO),
           _event(doc, "queen", "Meeting", ["person:omar-said"], place=cairo),
           _event(doc, "spoke", "Statement", ["country:EGY"])]
    inherit_places(raw, ActorIndex(doc, ACTORS), [OSLO, cairo])
    assert raw[2].place is None


def test_two_statements_of_one_day_on_one_matter_are_not_one_act(nlp):
    text = "Berg criticised Egypt in Oslo on Monday. Said criticised Egypt on Monday."
    first = {"trigger": "criticised", "kind": "Criticism", "agents": ["person:anna-berg"], "others": ["country:EGY"]}
    second = {"trigger": "Said", "kind": "Criticism", "agents": ["person:omar-said"], "others": ["country:EGY"]}
    assert _scene(nlp, text, first, second) is None
