"""A name spaCy labels a place, a body or a work's title is a person's when an office stands in
apposition to it, before or after ("X, the head of the vote-counting commission", "the head of
the observer mission, Y", "Z, a spokesman for the government"); not a firm's name. The label is
set by the test, so the rule is judged whatever the parser would call the name. Every sentence
and name here is written for the test."""
from __future__ import annotations

from spacy.tokens import Span

from kb.extract.persons import titled_name
from tests.extract_support import nlp


def _labelled(sentence: str, name: str, label: str) -> Span:
    doc = nlp()(sentence)
    start = sentence.index(name)
    ent = doc.char_span(start, start + len(name), label=label)
    doc.ents = [ent]
    return ent


def test_the_head_of_a_body_after_a_name_read_as_a_place():
    sentence = "On Friday, Youssouf Diabakate, the head of the vote-counting commission, announced the final tally."
    assert titled_name(_labelled(sentence, "Youssouf Diabakate", "GPE"), set())


def test_the_head_of_a_body_before_a_name_read_as_a_body():
    sentence = "The head of the observer mission, Kim Dae-sik, told reporters on Friday that the tally was sound."
    assert titled_name(_labelled(sentence, "Kim Dae-sik", "ORG"), set())


def test_a_spokesman_after_a_name_read_as_a_work():
    sentence = '"We welcome the truce," Yemane Haileselassie, a spokesman for the government, told reporters on Friday.'
    assert titled_name(_labelled(sentence, "Yemane Haileselassie", "WORK_OF_ART"), set())


def test_a_firm_in_apposition_to_an_office_is_no_person():
    sentence = "On Friday, Kenya Airways, the head of the consortium, said that flights would resume."
    assert not titled_name(_labelled(sentence, "Kenya Airways", "ORG"), set())


def test_a_state_in_apposition_to_an_office_is_no_person():
    sentence = "South Africa, the current head of the bloc, called for calm on Friday."
    assert not titled_name(_labelled(sentence, "South Africa", "GPE"), set())
