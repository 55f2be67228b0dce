"""A foreign state's people or forces told to leave a site it holds (a base, a port) quarrel with
the state that tells them: the site is the topic. A foreign state's forces pressed to leave the land
are a quarrel over those forces. Told to leave the country, people who are no foreign state's
(students, tourists), one's own troops, or an agreed departure make no such dispute."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("In July the Kyrgyz government gave Russian sailors a month to quit the naval port at Chui-Tokmok.",
     "naval port at Chui-Tokmok"),
    ("Kenya ordered French troops to vacate the military base near Lamu by March.", "military base near Lamu"),
    ("Officials in Almaty said Kazakhstan could find it hard to make Russian soldiers leave once calm returned.",
     "Russian soldiers"),
    ("Iraq's parliament demanded that American forces leave Iraq.", "American forces in Iraq"),
    ("Mali asked French troops to withdraw from Mali without delay.", "French troops in Mali"),
])
def test_a_foreign_state_pressed_to_leave_a_site_or_the_land_is_a_dispute_over_its_presence(text, topic):
    assert topic in [d.topic for d in _article_disputes(text)]


@pytest.mark.parametrize("text", [
    "The students in Lima were told to leave the camp by noon.",
    "Kenya ordered the French ambassador to leave the country by March.",
    "Kenya ordered French troops to clean the military base near Lamu by March.",
    "Mali asked French tourists to leave Mali.",
    "The general in Mali told his troops to withdraw from the hill.",
    "Mali said French troops would leave Mali next year under the agreement.",
])
def test_no_presence_dispute_for_the_country_visitors_other_acts_own_troops_or_an_agreed_departure(text):
    topics = [d.topic for d in _article_disputes(text)]
    assert not any(word in t for t in topics for word in ("base", "camp", "troops", "tourists", "ambassador"))
