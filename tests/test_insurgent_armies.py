"""An "Army" the gazetteer does not know is a group when its name marks a movement in arms against a
government, else an organization (kb.extract.bodies). Names and sentences are written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events


@pytest.mark.parametrize("name, kind", [
    ("the Ogaden Revolutionary Army", "group"),
    ("the Karen Resistance Army", "group"),
    ("the Kosovo Liberation Army", "group"),
    ("the People's Liberation Army", "organization"),   # a state's army
    ("the Karen National Army", "organization"),
])
def test_an_armed_movement_is_a_group(name, kind):
    _, actors = _events(f"{name[0].upper()}{name[1:]} shelled a convoy near the border on Monday.",
                        datetime(2021, 5, 12))
    armies = [a for a in actors.values() if a.name.endswith("Army")]
    assert [a.kind for a in armies] == [kind]
