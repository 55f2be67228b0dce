"""A unit of land named by a local name the tagger does not know ("in Peru's Loreto region", "the
province of Zambezia") is a place, finer than the country around it; troops deployed or dispatched
to a place go there, as troops sent do (kb.extract.places). Every sentence is written for the test."""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from kb.model import Article
from kb.pipeline import extract_article
from tests.extract_support import places_of

PUBLISHED = datetime(2021, 7, 10)


_places = partial(places_of, published=PUBLISHED)


@pytest.mark.parametrize("text, name", [
    # names the tagger leaves outside every entity in these sentences
    ("CARACAS, July 10 - Venezuelan troops crossed into Colombia's Arauca province on Friday.", "Arauca"),
    ("KABUL, July 10 - Pakistani soldiers shelled a guerrilla base in Afghanistan's Badghis province on Friday.",
     "Badghis"),
])
def test_an_unknown_province_named_with_its_land_noun_is_the_place(text, name):
    events = extract_article(Article(id="land", raw_text=text, source="test", published=PUBLISHED)).events
    assert [e.place.name if e.place else None for e in events if e.type.startswith("Military")] == [name]


@pytest.mark.parametrize("verb", ["deployed", "dispatched"])
def test_troops_deployed_to_a_province_go_there(verb):
    text = f"MAPUTO, July 10 - Tanzania {verb} 500 soldiers to Mozambique's northern province of Niassa on Friday."
    assert _places(text, "MilitaryDeployment") == ["Niassa"]


def test_a_land_noun_after_a_common_word_names_no_place():
    # "the border region" names no unit of land, and the country alone tells no place of a raid
    # (kb.extract.eventplace: a country is the place only of a gathering or a visit)
    text = "BOGOTA, July 10 - Colombian troops raided a rebel camp in Ecuador's border region on Friday."
    assert _places(text, "MilitaryAction") == [None]


def test_a_province_already_known_to_the_tagger_is_unchanged():
    text = "KABUL, July 10 - American troops struck a Taliban camp in the southern province of Helmand on Friday."
    assert _places(text, "MilitaryAction") == ["Helmand"]
