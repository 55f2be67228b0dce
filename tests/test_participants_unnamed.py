"""A subject that names no actor itself (kb.extract.unnamedsubjects): "it" of a clause of "be" or
"take" that puts off no later subject, and the members of a body. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from kb.extract.linking import ActorIndex
from kb.extract.unnamedsubjects import impersonal_it, members_body
from tests.extract_support import make_actors, nlp, parse

PUB = datetime(2015, 3, 10, 9, 0)


def _parties(text: str, trigger: str) -> list[list[str]]:
    return [e.participants for e in parse(text, PUB)[-1] if e.trigger == trigger]


def test_it_of_a_be_clause_is_the_subject_named_before_not_the_last_name():
    found = _parties("Iran accepted on Monday a Qatari scheme under which it is to withdraw its troops "
                     "from the towns.", "withdraw")
    assert found and "country:IRN" in found[0]


def test_it_of_a_take_clause_with_an_object_is_the_state_that_spoke():
    found = _parties("Paris said on Monday it had taken stock of the verdict and would recall the "
                     "ambassador from Ankara.", "recall")
    assert found and "country:FRA" in found[0]


def test_it_that_puts_off_its_subject_stays_impersonal():
    for text in ("Russia met Turkey on Monday, and it was clear that a deal was close.",
                 "Russia met Turkey on Monday, but it took two more weeks to agree on gas prices."):
        doc = nlp()(text)
        index = ActorIndex(doc, make_actors(text))
        it = next(t for t in doc if t.lower_ == "it")
        assert impersonal_it(it, index) == []


def test_members_counted_of_a_body_are_the_body():
    found = _parties("NATO met on Friday. Thirteen of the alliance's members voted to impose sanctions "
                     "on Iran.", "voted")
    assert found and "org:nato" in found[0]


def test_bare_members_are_the_body_named_just_before():
    found = _parties("NATO met in Brussels on Monday. Members agreed to send troops to Georgia.", "send")
    assert found and "org:nato" in found[0]


def test_members_of_a_body_the_index_does_not_know_name_no_one():
    for text in ("NATO met in Brussels on Monday. Members of a militia attacked the town.",
                 "NATO met in Brussels on Monday. Opposition party members marched in Tbilisi."):
        doc = nlp()(text)
        index = ActorIndex(doc, make_actors(text))
        members = next(t for t in doc if t.lower_ == "members")
        assert members_body(members, index) == []
