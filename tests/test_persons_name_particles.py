"""The particles of Spanish and Portuguese names ("del", "dos") belong to a person's name
("Rodrigo del Pino" was refused as no name); a lower-case word that is no particle still is not.
Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from kb.extract.persons import looks_like_name
from tests.test_participants import _events


def test_a_particle_of_a_spanish_name():
    assert looks_like_name("Rodrigo del Pino") and looks_like_name("Joao dos Santos")
    text = "Foreign Minister Rodrigo del Pino initialled the pact on Friday."
    actors = _events(text, datetime(1984, 11, 30))[1]
    assert "person:rodrigo-del-pino" in actors


def test_a_word_that_is_no_particle():
    assert not looks_like_name("Rodrigo met Pino")
