"""Where a remark is made when its sentence names no place, read off the gathering it is told at
or to (kb.extract.scenes): just after or before an occasion told with its place ("told reporters
after the ceremony"), or to a sitting body ("told the Security Council", "told parliament"). Each
rule is tested where it fires and on a look-alike where it must stay silent. Every sentence is
written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article

PUBLISHED = datetime(2016, 5, 9)


def _places(text: str, etype: str) -> list[str | None]:
    events = extract_article(Article(id="gathering", raw_text=text, source="test", published=PUBLISHED)).events
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    return [e.place.name if e.place else None for e in found]


def test_a_remark_just_after_an_occasion_is_made_where_it_was_held():
    text = ("Kenya and Uganda signed a border treaty in Kampala on Sunday. "
            "\"This closes an old quarrel,\" Ugandan Foreign Minister Sam Kutesa said after the signing "
            "on Sunday.")
    assert _places(text, "Statement") == ["Kampala"]


def test_a_remark_after_an_occasion_of_no_told_place_stays_unplaced():
    text = ("Kenya and Uganda signed a border treaty on Sunday. "
            "\"This closes an old quarrel,\" Ugandan Foreign Minister Sam Kutesa said after the signing "
            "on Sunday.")
    assert _places(text, "Statement") == [None]


def test_a_remark_told_to_a_body_with_a_seat_is_made_at_its_seat():
    text = ("Speaking for Kenya, Ambassador Macharia Kamau told the Security Council that the truce "
            "had held since Monday.")
    assert _places(text, "Statement") == ["New York"]
    # not at the dateline's city: the body sits elsewhere
    text = ("NAIROBI, May 8 (Reuters) - Somali gunmen raided a Kenyan border village on Sunday. Kenyan "
            "President Uhuru Kenyatta told the UN General Assembly late that evening that Somalia had armed the gunmen.")
    assert _places(text, "Accusation") == ["New York"]


def test_a_remark_told_to_a_state_s_chamber_is_made_in_its_capital():
    # told as the state's own chamber
    text = ("Kenyan Foreign Minister Amina Mohamed told the Kenyan house on Monday that Kenya would not "
            "withdraw its troops.")
    assert _places(text, "Statement") == ["Nairobi"]
    # filed from the speaker's state, of a day too old for the dateline's city to hold it
    text = ("MOMBASA, May 9 - Kenyan Foreign Minister Amina Mohamed told the house in March that Kenya "
            "would not withdraw its troops.")
    assert _places(text, "Statement") == ["Nairobi"]
    # no dateline, and the chamber is not told as the speaker's
    text = ("Kenyan Foreign Minister Amina Mohamed told the house on Monday that Kenya would not "
            "withdraw its troops.")
    assert _places(text, "Statement") == [None]
    # a foreign speaker filed from elsewhere addresses another state's chamber
    text = ("WASHINGTON, May 9 - The Kenyan ambassador told the House on Monday that his country would "
            "not withdraw its troops.")
    assert _places(text, "Statement") == [None]


def test_a_remark_to_a_council_of_no_known_seat_stays_unplaced():
    text = "Kenyan Foreign Minister Amina Mohamed told the council on Monday that the ceasefire was holding."
    assert _places(text, "Statement") == [None]


def test_a_remark_days_after_an_occasion_is_not_placed_there():
    # a count of days: not said on leaving it
    text = ("Kenya and Uganda held talks in Kampala on Wednesday. Barely two days after the talks, Kenyan Foreign "
            "Minister Amina Mohamed criticised Uganda on Friday for closing the border.")
    assert _places(text, "Criticism") == [None]
    # another day than the occasion's
    text = ("Kenya and Uganda held talks in Kampala on Wednesday. Kenyan Foreign Minister Amina Mohamed "
            "criticised Uganda after the talks on Friday for closing the border.")
    assert _places(text, "Criticism") == [None]
