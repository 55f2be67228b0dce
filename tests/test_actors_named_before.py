"""A body named by its kind alone, capitalised ("the Union", "the Front"), is the body named before
in full with that word, not a new organization; a state's own army or navy is never a rebel army
named before. Every sentence here is written for the test."""
from __future__ import annotations

from tests.test_actors import _actors, _texts


def test_the_union_is_the_union_named_before(nlp):
    actors, clean = _actors(nlp, "The European Union banned arms sales to Uzbekistan on Monday. "
                                 "Britain, which chairs the Union, said the ban would last a year.")
    assert "org:union" not in actors
    assert "Union" in _texts(actors["org:european-union"], clean)


def test_the_front_is_the_front_named_before(nlp):
    actors, clean = _actors(nlp, "Fighters of the Northern Hills Liberation Front seized two bridges on Monday. "
                                 "Envoys of the Front rejected a truce on Wednesday.")
    assert "group:front" not in actors
    assert "Front" in _texts(actors["group:northern-hills-liberation-front"], clean)


def test_the_kind_alone_with_no_body_before_names_nobody(nlp):
    actors, _ = _actors(nlp, "Envoys of the Front rejected a truce in Nairobi on Wednesday.")
    assert not any(a.kind in ("organization", "group") for a in actors.values())


def test_the_nearest_body_whose_name_as_written_has_the_word(nlp):
    actors, clean = _actors(nlp, "The European Union called for calm on Sunday. Foreign ministers of the "
                                 "Union of South American Nations met in Quito on Monday. The Union said it "
                                 "would impose sanctions on Venezuela.")
    assert "Union" not in _texts(actors["org:european-union"], clean)


def test_the_army_alone_is_no_rebel_army(nlp):
    actors, clean = _actors(nlp, "The Kosovo Liberation Army attacked police posts on Monday. "
                                 "The Army responded with heavy shelling of the villages.")
    assert "Army" not in _texts(actors["group:kosovo-liberation-army"], clean)


def test_a_body_named_in_full_stays_its_own(nlp):
    actors, _ = _actors(nlp, "Envoys of the African Union and of the European Union met in Brussels on Monday.")
    assert {"org:european-union", "org:african-union"} <= set(actors)


def test_the_army_alone_does_not_hand_its_act_to_the_rebel_army():
    # the event-level check: the state's army's act is not the rebels' (a lone "Army" after an
    # insurgent army names no body, so the act fell to the group named before)
    from datetime import datetime

    from kb.model import Article
    from kb.pipeline import extract_article
    text = ("The Ogaden Revolutionary Army ambushed a convoy near Degehabur on Friday. "
            "The Army hit back with air raids on two camps on Saturday.")
    events = extract_article(Article(id="army", raw_text=text, source="test",
                                     published=datetime(2022, 6, 12))).events
    raids = [e for e in events if e.trigger in ("hit", "raids")]
    assert raids, [(e.type, e.trigger, e.participants) for e in events]
    assert all("group:ogaden-revolutionary-army" not in e.participants for e in raids), \
        [(e.type, e.trigger, e.participants) for e in raids]
