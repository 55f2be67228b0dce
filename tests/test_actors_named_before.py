"""A body named by its kind alone, capitalised ("the Union", "the Front"), is the body named before
in full with that word, not a new organization. Every sentence here is written for the test."""
from __future__ import annotations

from tests.test_actors import _actors, _texts


def test_the_union_is_the_union_named_before(nlp):
    actors, clean = _actors(nlp, "The European Union banned arms sales to Uzbekistan on Monday. "
                                 "Britain, which chairs the Union, said the ban would last a year.")
    assert "org:union" not in actors
    assert "Union" in _texts(actors["org:european-union"], clean)


def test_the_front_is_the_front_named_before(nlp):
    actors, clean = _actors(nlp, "The rebels of the National Patriotic Front of Liberia reached Monrovia on Monday. "
                                 "A former officer of the Front led the attack.")
    assert "group:front" not in actors
    assert "Front" in _texts(actors["group:national-patriotic-front-of-liberia"], clean)


def test_the_kind_alone_with_no_body_before_names_nobody(nlp):
    actors, _ = _actors(nlp, "A former officer of the Front led the attack on Monrovia on Monday.")
    assert not any(a.kind in ("organization", "group") for a in actors.values())


def test_a_body_named_in_full_stays_its_own(nlp):
    actors, _ = _actors(nlp, "The European Union and the African Union met in Brussels on Monday.")
    assert {"org:european-union", "org:african-union"} <= set(actors)
