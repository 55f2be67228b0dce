"""A place told on a participle before the subject ("Speaking in Geneva on Monday, X accused Y")
is the scene of the sentence's acts (kb.extract.eventplace), as a fronted "In Geneva, ..." is; a
place inside another phrase of the participle, or an act the speaker reports, takes none. The
sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

SATURDAY = datetime(2019, 10, 19)


def _places(text: str) -> dict[str, str | None]:
    return {e.trigger: e.place.name if e.place else None for e in parse(text, SATURDAY)[-1]}


def test_a_place_on_a_fronted_participle_is_the_scene_of_the_sentence():
    text = ("Speaking in Geneva on Monday, the Swedish foreign minister Ann Linde accused Iran of lying about "
            "the drone strike.")
    assert _places(text)["accused"] == "Geneva"


def test_a_place_inside_another_phrase_or_a_reported_act_takes_no_scene():
    after_talks = "Speaking after talks in Geneva on Monday, Ann Linde accused Iran of lying."
    assert _places(after_talks)["accused"] is None  # the talks were in Geneva, the speaking may not be
    reported = "Speaking in Stockholm on Monday, Ann Linde said Iranian boats had attacked a tanker."
    assert _places(reported)["attacked"] is None  # a reported act happened elsewhere


def test_a_fronted_scene_does_not_carry_into_the_next_sentence_s_own_place():
    text = ("Speaking in Geneva on Monday, Ann Linde accused Iran of lying about the drone strike. "
            "In Stockholm on Tuesday, she accused Tehran of holding the sailors as hostages.")
    places = [e.place.name if e.place else None for e in parse(text, SATURDAY)[-1] if e.trigger == "accused"]
    assert places[0] == "Geneva" and len(places) == 2
    assert places[1] != "Geneva"  # a new scene is told: the participle's place stays in its sentence
