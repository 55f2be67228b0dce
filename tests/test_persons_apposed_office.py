"""A name spaCy labels a place, a body or a work's title is a person's when an office stands in
apposition to it, before or after ("X, the head of the electoral commission", "the head of the UN
mission, Y", "Z, a spokesman for the president"); not a firm's name nor a place the gazetteer
knows. Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

DAY = datetime(2010, 12, 29)


def _persons(text: str) -> set[str]:
    return {a for a, actor in _events(text, DAY)[1].items() if actor.kind == "person"}


def test_the_head_of_a_body_after_the_name():
    text = "On Monday, Youssouf Bakayoko, the head of the electoral commission, declared that the count was over."
    assert "person:youssouf-bakayoko" in _persons(text)


def test_the_head_of_a_body_before_the_name():
    text = "The head of the UN mission, Choi Young-jin, said on Monday that the figures were right."
    assert "person:choi-young-jin" in _persons(text)


def test_a_spokesman_after_the_name():
    text = '"This is a first step," Yemane Gebremeskel, a spokesman for the president, said in Asmara on Monday.'
    assert "person:yemane-gebremeskel" in _persons(text)


def test_a_firm_or_a_place_in_apposition_is_no_person():
    assert not _persons("On Monday, Kenya Airways, the head of the consortium, said that flights would resume.")
    assert not _persons("On Monday, Port Harcourt, the capital of the state, welcomed the new governor.")
