"""Where a remark is made when its sentence names no city (kb.extract.remark_venues, placed by
kb.extract.scenes): a remark to the press or to an audience met in person, or at a news
conference, by the dateline's own people is made in its city, and so is a foreigner's of the
article's day or the day before; an older one by a foreigner, a foreign state's own briefing (its
spokesman's, a scheduled one), one by an envoy, to a named body, to an audience with a place of its
own, from afar or on a trip (the press travelling with him) is not. Each rule is
tested where it fires and on a look-alike where it must stay silent. Every sentence is written for
the test."""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.extract_support import places_of

PUBLISHED = datetime(2016, 5, 9)
DATELINE = "NAIROBI, May 8 (Reuters) - "
RAID = DATELINE + "Somali gunmen raided a Kenyan border village on Sunday. "


_places = partial(places_of, published=PUBLISHED)


@pytest.mark.parametrize("remark", [
    "Kenyan President Uhuru Kenyatta told reporters on Sunday evening that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta spoke to journalists on Sunday evening and accused Somalia of arming the gunmen.",
])
def test_a_remark_to_the_press_by_the_dateline_s_own_people_is_made_in_its_city(remark):
    assert _places(RAID + remark, "Accusation") == ["Nairobi"]


def test_a_remark_to_the_press_by_an_envoy_is_not_placed_at_the_dateline():
    # an envoy speaks to the press abroad
    remark = "The Kenyan ambassador to the African Union told reporters on Sunday that Somalia had armed the gunmen."
    assert _places(RAID + remark, "Accusation") == [None]


FOREIGN_REMARK = "Somali President Hassan Sheikh Mohamud told reporters on Sunday evening that Kenya had provoked the raid."
OWN_REMARK = "Kenyan President Uhuru Kenyatta told reporters on Sunday evening that Somalia had armed the gunmen."


def test_a_foreigner_s_remark_to_the_press_of_the_news_day_is_made_where_the_story_was_filed():
    # the article of the next morning: the press that reports him met him where it files from
    assert _places(RAID + FOREIGN_REMARK, "Accusation") == ["Nairobi"]


@pytest.mark.parametrize("remark", [
    # a state's own briefing is held where its ministry sits, by its spokesman or on a schedule
    "Somalia's foreign ministry spokesman, Abdi Farah, told a news briefing on Sunday evening that Kenya had provoked the raid.",
    "Somali President Hassan Sheikh Mohamud told his regular news briefing on Sunday evening that Kenya had provoked the raid.",
    # the press on the speaker's trip meets him on the way
    "Somali President Hassan Sheikh Mohamud told journalists travelling with him on Sunday evening that Kenya had provoked the raid.",
])
def test_a_foreign_state_s_own_briefing_or_the_press_on_a_trip_is_not_placed_at_the_dateline(remark):
    assert _places(RAID + remark, "Accusation") == [None]


def test_the_press_travelling_with_a_speaker_lends_no_city_to_his_remark():
    travelling = "Kenyan President Uhuru Kenyatta told reporters travelling with him on Sunday evening that Somalia had armed the gunmen."
    assert _places(RAID + travelling, "Accusation") == [None]
    assert _places(RAID + OWN_REMARK, "Accusation") == ["Nairobi"]


def test_a_foreigner_s_older_remark_to_the_press_is_not_placed_at_the_dateline():
    # two days on, the dateline's own people are still placed at home, a foreigner no longer
    older = partial(places_of, published=datetime(2016, 5, 10))
    assert older(RAID + OWN_REMARK, "Accusation") == ["Nairobi"]
    assert older(RAID + FOREIGN_REMARK, "Accusation") == [None]


@pytest.mark.parametrize("remark", [
    "Kenyan President Uhuru Kenyatta told the crowd on Sunday evening that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta told the house on Sunday evening that Somalia had armed the gunmen.",
])
def test_a_remark_to_an_audience_met_in_person_is_made_where_the_speaker_is(remark):
    assert _places(RAID + remark, "Accusation") == ["Nairobi"]


def test_a_foreign_speaker_s_older_audience_is_not_placed_at_the_dateline():
    text = RAID + "Somali President Hassan Sheikh Mohamud told the crowd on Sunday evening that Kenya had provoked the raid."
    assert places_of(text, "Accusation", published=datetime(2016, 5, 10)) == [None]
    assert _places(text, "Accusation") == ["Nairobi"]  # news of the day before: met where the story is filed


@pytest.mark.parametrize("remark", [
    # a named chamber sits in its own seat (tests/test_scenes_gatherings.py: placed there when known)
    "Kenyan President Uhuru Kenyatta told the European Parliament on Sunday that Somalia had armed the gunmen.",
    # an audience told with a place or occasion of its own is met there
    "Kenyan President Uhuru Kenyatta told a rally in the north of the country on Sunday that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta told delegates at an African Union meeting on Sunday that Somalia had armed the gunmen.",
    # spoken from afar
    "Speaking by video link, Kenyan President Uhuru Kenyatta told the crowd on Sunday that Somalia had armed the gunmen.",
])
def test_an_audience_of_a_named_body_a_place_of_its_own_or_met_from_afar_lends_no_dateline(remark):
    assert _places(RAID + remark, "Accusation") == [None]


@pytest.mark.parametrize("remark", [
    # the sentence puts the speaker on a trip: the press met him there
    "Kenyan President Uhuru Kenyatta, who is on a visit to Addis Ababa, told reporters on Sunday that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta, on a tour of West Africa, told reporters on Sunday that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta told reporters aboard his plane on Sunday that Somalia had armed the gunmen.",
    "Kenyan Foreign Minister Amina Mohamed spoke to journalists in a conference call on Sunday and accused Somalia of arming the gunmen.",
    # a named body whose name holds a press noun
    "Kenyan President Uhuru Kenyatta told Reporters Without Borders on Sunday that Somalia had armed the gunmen.",
])
def test_the_press_met_on_a_trip_or_from_afar_lends_no_dateline(remark):
    assert _places(RAID + remark, "Accusation") == [None]


def test_a_remark_to_a_broadcaster_is_no_remark_to_the_press_in_the_room():
    # an interview may be given from anywhere, by telephone too: nothing says where the act was
    text = RAID + "Kenyan President Uhuru Kenyatta told the BBC on Sunday evening that Somalia had armed the gunmen."
    assert _places(text, "Accusation") == [None]


ATTACK = DATELINE + "Somali gunmen attacked a Kenyan border post on Sunday. "


def test_a_news_conference_of_the_dateline_s_own_people_is_held_in_its_city():
    text = ATTACK + "Kenyan President Uhuru Kenyatta told a news conference on Sunday night that Somalia had armed the gunmen."
    assert _places(text, "Accusation") == ["Nairobi"]
    # a foreign leader's news conference of two days before was most likely held at home
    text = ATTACK + "Somali President Hassan Sheikh Mohamud told a news conference on Sunday night that Kenya had provoked it."
    assert places_of(text, "Accusation", published=datetime(2016, 5, 10)) == [None]
    # nor is an envoy's, who speaks abroad
    text = ATTACK + "The Kenyan ambassador to the African Union told a news conference on Sunday that Somalia had armed the gunmen."
    assert _places(text, "Accusation") == [None]
