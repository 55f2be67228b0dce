"""A foreign state's people or forces told to leave a site it holds (a base, a port) quarrel with
the state that tells them: the site is the topic. Told to leave the country, or people who are no
foreign state's (students), or a site no state holds, make no such dispute."""
import pytest

from tests.test_disputes import _article_disputes


@pytest.mark.parametrize("text, topic", [
    ("At the end of July the Kyrgyz government gave the Russians 90 days to leave the naval base at "
     "Chui-Tokmok.", "naval base at Chui-Tokmok"),
    ("Kenya ordered French troops to vacate the military base near Lamu by March.", "military base near Lamu"),
])
def test_a_foreign_state_told_to_leave_a_site_is_a_dispute_over_the_site(text, topic):
    disputes = _article_disputes(text)
    assert topic in [d.topic for d in disputes]


@pytest.mark.parametrize("text", [
    "The students in Lima were told to leave the camp by noon.",
    "Kenya ordered French troops to leave the country by March.",
    "Kenya ordered French troops to clean the military base near Lamu by March.",
])
def test_no_site_dispute_for_students_the_country_or_another_act(text):
    assert not any("base" in d.topic or "camp" in d.topic for d in _article_disputes(text))
