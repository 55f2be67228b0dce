"""Places the text leaves implicit (kb.extract.scenes, kb.extract.eventplace): a body acts at its
seat only when the article names that city or names no other, and a trip told as "flew in" comes
to the dateline's city (a remark made to the press: tests/test_remark_venues.py). Each rule is
tested where it fires and on a look-alike where it must stay silent. Every sentence is written
for the test."""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.extract_support import places_of

PUBLISHED = datetime(2016, 5, 9)
DATELINE = "NAIROBI, May 8 (Reuters) - "


_places = partial(places_of, published=PUBLISHED)


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
