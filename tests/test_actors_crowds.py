"""Non-state collectives named by whose they are ("Greek protesters", "Assad supporters") are groups
of their own; a state's forces and a proper name are not. Every sentence here is written for the test."""
from __future__ import annotations

from tests.test_actors import _actors


def test_a_demonym_before_protesters_names_a_group(nlp):
    actors, _ = _actors(nlp, "Greek protesters marched on the consulate in Salonika on Sunday.")
    assert actors["group:greek-protesters"].kind == "group"


def test_a_named_person_before_supporters_names_a_group(nlp):
    actors, _ = _actors(nlp, "President Bashar al-Assad spoke on Friday. Assad supporters stormed the "
                             "Saudi embassy on Saturday.")
    assert "group:assad-supporters" in actors


def test_the_opposition_of_a_state_is_a_group(nlp):
    actors, _ = _actors(nlp, "The Syrian opposition rejected the plan on Monday.")
    assert "group:syrian-opposition" in actors


def test_a_states_troops_are_no_crowd(nlp):
    actors, _ = _actors(nlp, "Greek troops entered the town and Greek officials said the border was shut.")
    assert not any(a.kind == "group" for a in actors.values())


def test_a_proper_name_is_left_to_the_entity_rules(nlp):
    actors, _ = _actors(nlp, "Envoys of the Syrian Opposition Coalition met in Istanbul on Friday.")
    assert "group:syrian-opposition" not in actors


def test_a_side_taken_stays_in_the_name(nlp):
    actors, _ = _actors(nlp, "Pro-Russian separatists attacked Ukrainian positions on Monday.")
    assert "group:pro-russian-separatists" in actors and "group:russian-separatists" not in actors
