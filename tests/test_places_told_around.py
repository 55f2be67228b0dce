"""Places told around an act rather than on it (kb.extract.eventplace, kb.extract.scenes): the
scene a speaker is set in, an act told again (a briefing at home: tests/test_remark_venues.py).
Each rule is tested where it fires and on a look-alike where it must stay silent. Every sentence is
written for the test."""
from __future__ import annotations

from datetime import date, datetime

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
    # one date before the subject dates both the participle and the act
    text = ("Opening a regional forum in Arusha on Thursday, Tanzanian President John Magufuli said "
            "poverty was the biggest threat.")
    assert _places(text, "Statement") == ["Arusha"]
    # an occasion dated apart from the act is another day's
    text = "Tanzanian President John Magufuli condemned Burundi on Thursday, chairing a summit in Arusha next week."
    assert _places(text, "Criticism") == [None]


def test_a_named_city_s_office_is_a_location():
    text = "Kenyan President Uhuru Kenyatta told journalists at his Mombasa office on Monday that the talks had failed."
    assert _places(text, "Statement") == ["Mombasa"]


def test_from_after_a_verb_of_speaking_tells_where_the_speaker_was():
    text = "Tanzanian President John Magufuli announced from Arusha on Thursday that the harvest had been poor."
    assert _places(text, "Statement") == ["Arusha"]
    # without the "from" the announcement has no place
    assert _places(text.replace(" from Arusha", ""), "Statement") == [None]


def test_another_person_s_act_in_the_lead_keeps_the_dateline():
    text = (DATELINE + "Kenya's trade minister held talks with Rwandan President Paul Kagame in Kigali on "
            "Sunday while Kenyan President Uhuru Kenyatta condemned Somalia over the raid.")
    assert _places(text, "Criticism") == ["Nairobi"]


def test_he_in_the_next_sentence_is_not_placed_by_the_sentence_before():
    # a birthplace told with its own year is no scene of the news
    text = ("Tanzanian President John Magufuli was born in Chato in 1959. "
            "He accused Burundi of harbouring rebels on Thursday.")
    assert _places(text, "Accusation") == [None]


ACTORS = [Actor("country:KEN", "Kenya", "country"), Actor("country:UGA", "Uganda", "country"),
          Actor("person:uhuru-kenyatta", "Uhuru Kenyatta", "person", "KEN")]
KAMPALA = Place("Kampala", "UGA", 232422, 0, 7)


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


def test_an_act_told_again_after_lends_its_place_no_way_back(nlp):
    # "signed ... on Thursday. X signed the document in Kampala": the two tellings may be two signings
    doc = nlp(SIGNINGS)
    index = ActorIndex(doc, ACTORS)
    lead = _event(doc, "signed", "AgreementSigned", ["country:KEN", "country:UGA"], 5, 0)
    again = _event(doc, "document", "AgreementSigned", ["country:KEN", "person:uhuru-kenyatta"], 5, 1, KAMPALA)
    inherit_places([lead, again], index, [KAMPALA])
    assert lead.place is None


def test_a_background_act_of_some_year_takes_no_place_from_the_news_after_it():
    text = ("Kenya and Uganda agreed on a border treaty in 2009. The treaty was finally put into force at a "
            "ceremony in Nairobi on Sunday.")
    assert _places(text, "AgreementSigned") == [None]
    # an act of the news day is named again where it happened
    text = "Kenya and Uganda agreed on a border treaty on Friday. The treaty was announced in Nairobi on Sunday."
    assert _places(text, "AgreementSigned") == ["Nairobi"]
