"""Places told around an act rather than on it (kb.extract.eventplace, kb.extract.scenes): the
scene a speaker is set in, a named venue of the dateline's city, the city of the lead's main act,
the place of an act told again a sentence later, "he" or "she" going on where they were. Each rule
is tested where it fires and on a look-alike where it must stay silent. Every sentence is written
for the test."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from kb.extract.linking import ActorIndex
from kb.extract.scenes import inherit_places
from kb.model import Actor, Article, Event, Place, TimeValue
from kb.pipeline import extract_article

PUBLISHED = datetime(2016, 5, 9)
DATELINE = "NAIROBI, May 8 (Reuters) - "


def _places(text: str, etype: str) -> list[str | None]:
    events = extract_article(Article(id="told", raw_text=text, source="test", published=PUBLISHED)).events
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    return [e.place.name if e.place else None for e in found]


def test_a_speaker_s_own_act_is_done_where_it_is_said():
    text = ("Speaking in Mombasa on Sunday, Kenyan Foreign Minister Amina Mohamed said Kenya was "
            "withdrawing its signature from the border treaty.")
    assert _places(text, "Rejection") == ["Mombasa"]
    # what others did, told as done before, happened elsewhere
    text = ("Speaking in Mombasa on Sunday, Kenyan Foreign Minister Amina Mohamed said Uganda had "
            "withdrawn its signature from the border treaty.")
    assert _places(text, "Rejection") == [None]


def test_a_participle_between_commas_sets_the_scene():
    text = "The same day Kenyan Foreign Minister Amina Mohamed, speaking in Mombasa, called the Somali plan absurd."
    assert _places(text, "Criticism") == ["Mombasa"]
    # a place inside what the participle is about is not where the act happened
    text = "Kenyan Foreign Minister Amina Mohamed condemned the Somali attack, citing reports in Mombasa."
    assert _places(text, "Criticism") == [None]


def test_a_participle_closing_an_occasion_sets_its_scene():
    text = "Kenya and Uganda signed a trade pact on Friday, ending a two-day summit in Kampala."
    assert _places(text, "AgreementSigned") == ["Kampala"]
    # an occasion only cited is not where the act was done
    text = "Kenyan President Uhuru Kenyatta accused Somalia of bad faith on Friday, citing the summit in Kampala."
    assert _places(text, "Accusation") == [None]


def test_a_named_city_s_office_is_a_location():
    text = "Kenyan President Uhuru Kenyatta told journalists at his Mombasa office on Monday that the talks had failed."
    assert _places(text, "Statement") == ["Mombasa"]


def test_from_after_a_verb_of_speaking_tells_where_the_speaker_was():
    text = "On Monday the Kenyan president announced from Mombasa that he would step down."
    assert _places(text, "Statement") == ["Mombasa"]


def test_a_named_venue_unknown_to_the_table_is_in_the_dateline_city():
    rally = "Kenyan opposition leader Raila Odinga, at a rally in Uhuru Park on Sunday, called for a boycott of Ugandan goods."
    assert _places(DATELINE + rally, "Appeal") == ["Nairobi"]
    # without a dateline the venue stays as told
    assert _places(rally, "Appeal") == ["Uhuru Park"]


def test_the_city_of_the_lead_s_main_act_beats_the_dateline():
    text = (DATELINE + "Ugandan President Yoweri Museveni strode across the runway of Kampala's airport on "
            "Sunday to greet Kenyan President Uhuru Kenyatta, a gesture that began the first summit "
            "between Kenya and Uganda.")
    assert _places(text, "Summit") == ["Kampala"]
    # the dateline still holds when the lead's main act names no city
    text = DATELINE + "Ugandan President Yoweri Museveni opened the first summit between Kenya and Uganda on Sunday."
    assert _places(text, "Summit") == ["Nairobi"]


def test_she_goes_on_where_the_sentence_before_set_her():
    text = ("Speaking in Mombasa on Sunday, Kenyan Foreign Minister Amina Mohamed said the talks had failed. "
            "She accused Somalia of arming the rebels.")
    assert _places(text, "Accusation") == ["Mombasa"]
    # another doer in the next sentence was not set there
    text = ("Speaking in Mombasa on Sunday, Kenyan Foreign Minister Amina Mohamed said the talks had failed. "
            "The Somali government accused Kenya of arming the rebels.")
    assert _places(text, "Accusation") == [None]


ACTORS = [Actor("country:KEN", "Kenya", "country"), Actor("country:UGA", "Uganda", "country"),
          Actor("person:uhuru-kenyatta", "Uhuru Kenyatta", "person", "KEN")]
KAMPALA = Place("Kampala", "UGA", 232422, 0, 7)


@pytest.fixture(scope="module")
def nlp():
    from kb.nlp import get_nlp
    return get_nlp()  # a missing model is a failure, never a skip


def _event(doc, trigger: str, kind: str, participants: list[str], day: int, sent_no: int,
           place: Place | None = None) -> Event:
    when = date(2016, 5, day)
    event = Event(id="", type=kind, label="", cameo=None, plover=None,
                  date=TimeValue(when.isoformat(), "day", earliest=when, latest=when), place=place,
                  agents=list(participants), recipients=[], participants=list(participants),
                  modality="asserted", confidence=0.5)
    event._tok = next(t.i for t in doc if t.text == trigger)
    event._sent_no = sent_no
    return event


SIGNINGS = ("Kenya and Uganda signed a border treaty on Thursday. Kenyatta signed the document in Kampala "
            "with his host.")


def test_an_act_told_again_just_after_with_its_place_lends_it(nlp):
    doc = nlp(SIGNINGS)
    index = ActorIndex(doc, ACTORS)
    lead = _event(doc, "signed", "AgreementSigned", ["country:KEN", "country:UGA"], 5, 0)
    again = _event(doc, "document", "AgreementSigned", ["country:KEN", "person:uhuru-kenyatta"], 5, 1, KAMPALA)
    inherit_places([lead, again], index, [KAMPALA])
    assert lead.place == KAMPALA


def test_an_act_of_another_day_told_after_lends_nothing(nlp):
    doc = nlp(SIGNINGS)
    index = ActorIndex(doc, ACTORS)
    lead = _event(doc, "signed", "AgreementSigned", ["country:KEN", "country:UGA"], 5, 0)
    again = _event(doc, "document", "AgreementSigned", ["country:KEN", "person:uhuru-kenyatta"], 7, 1, KAMPALA)
    inherit_places([lead, again], index, [KAMPALA])
    assert lead.place is None


def test_a_background_act_of_some_year_takes_no_place_from_the_news_after_it():
    text = ("Kenya and Uganda agreed on a border treaty in 2009. The treaty was finally put into force at a "
            "ceremony in Nairobi on Sunday.")
    assert _places(text, "AgreementSigned") == [None]
    # an act of the news day is named again where it happened
    text = "Kenya and Uganda agreed on a border treaty on Friday. The treaty was announced in Nairobi on Sunday."
    assert _places(text, "AgreementSigned") == ["Nairobi"]


ATTACK = DATELINE + "Somali gunmen attacked a Kenyan border post on Sunday. "


def test_a_news_conference_of_the_dateline_s_own_people_is_held_in_its_city():
    text = ATTACK + "Kenyan President Uhuru Kenyatta told a news conference on Sunday night that Somalia had armed the gunmen."
    assert _places(text, "Accusation") == ["Nairobi"]
    # a foreign leader's news conference is at home, not where the reporter is
    text = ATTACK + "Somali President Hassan Sheikh Mohamud told a news conference on Sunday night that Kenya had provoked it."
    assert _places(text, "Accusation") == [None]
