"""Places the text leaves implicit (kb.extract.scenes, kb.extract.eventplace): a remark made to
the press or to an audience met in person is made where the speaker is that day, a body acts at
its seat only when the article names that city or names no other, and a trip told as "flew in"
comes to the dateline's city. Each rule is tested where it fires and on a look-alike where it
must stay silent. Every sentence is written for the test."""
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


@pytest.mark.parametrize("remark", [
    # a foreign leader speaks to the press at home, not where the reporter is
    "Somali President Hassan Sheikh Mohamud told reporters on Sunday evening that Kenya had provoked the raid.",
    # an envoy speaks to the press abroad
    "The Kenyan ambassador to the African Union told reporters on Sunday that Somalia had armed the gunmen.",
])
def test_a_remark_to_the_press_by_others_is_not_placed_at_the_dateline(remark):
    assert _places(RAID + remark, "Accusation") == [None]


@pytest.mark.parametrize("remark", [
    "Kenyan President Uhuru Kenyatta told the crowd on Sunday evening that Somalia had armed the gunmen.",
    "Kenyan President Uhuru Kenyatta told the house on Sunday evening that Somalia had armed the gunmen.",
])
def test_a_remark_to_an_audience_met_in_person_is_made_where_the_speaker_is(remark):
    assert _places(RAID + remark, "Accusation") == ["Nairobi"]


def test_a_foreign_speaker_s_audience_is_not_placed_at_the_dateline():
    text = RAID + "Somali President Hassan Sheikh Mohamud told the crowd on Sunday evening that Kenya had provoked the raid."
    assert _places(text, "Accusation") == [None]


@pytest.mark.parametrize("remark", [
    # a named chamber sits in its own seat
    "Kenyan President Uhuru Kenyatta told the UN General Assembly on Sunday that Somalia had armed the gunmen.",
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


def test_a_body_s_act_in_an_article_told_from_another_city_that_never_names_its_seat_has_no_place():
    text = DATELINE + "In March the UN Security Council voted to impose an arms embargo on Ruritania."
    assert _places(text, "Vote") == [None]


def test_a_body_filed_from_at_its_seat_keeps_it_when_the_text_names_other_cities():
    text = ("NEW YORK, May 8 (Reuters) - The UN Security Council on Sunday voted to impose an arms embargo on "
            "Ruritania. Officials in Nairobi and Addis Ababa praised the decision.")
    assert _places(text, "Vote") == ["New York"]


def test_a_body_acts_at_its_seat_when_the_article_names_that_city():
    text = DATELINE + ("Kenya's envoy flew to New York last week. "
                       "In March the UN Security Council voted to impose an arms embargo on Ruritania.")
    assert _places(text, "Vote") == ["New York"]


BORDER_TALKS = "BRASILIA, May 8 (Reuters) - Brazil and Argentina will open talks on their trade quarrel on Wednesday. "


@pytest.mark.parametrize("trip", [
    "Argentine Foreign Minister Jorge Taiana flew in for the talks on Sunday evening.",
    "Argentine Foreign Minister Jorge Taiana will fly in for the first round on Wednesday.",
])
def test_a_trip_told_with_in_and_no_destination_comes_to_the_dateline_s_city(trip):
    assert _places(BORDER_TALKS + trip, "Visit") == ["Brasilia"]


@pytest.mark.parametrize("text", [
    # the dateline is the traveller's own capital: he comes home from elsewhere
    "ACCRA, March 10 (Reuters) - Mali will swear in its president on Wednesday. "
    "Ghana's president John Kufuor will fly in for the inauguration on Wednesday.",
    # the sentence before names the place the trip goes to
    "FREETOWN, March 10 (Reuters) - Liberia's president will be sworn in at Monrovia on Wednesday. "
    "Ghana's president John Kufuor will fly in for the inauguration on Wednesday.",
    # a trip of years back is no news of the dateline's days
    "FREETOWN, March 10 (Reuters) - Ghana's president John Kufuor flew in for a state funeral on May 2, 1998.",
])
def test_a_trip_told_with_in_lends_no_dateline_to_a_trip_elsewhere_home_or_long_ago(text):
    assert _places(text, "Visit") in ([None], ["Monrovia"])


def test_a_trip_told_with_its_destination_goes_there():
    text = BORDER_TALKS + "Argentine Foreign Minister Jorge Taiana flew to Montevideo on Sunday."
    assert _places(text, "Visit") == ["Montevideo"]
