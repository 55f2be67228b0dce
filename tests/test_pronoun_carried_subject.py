""""it" as the subject of a clause hung on another ("before it can join", "until it pays") goes on
with that clause's subject, not the party named last (kb.extract.linking.ActorIndex
._subject_carried_on). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

PUB = datetime(2015, 3, 10, 9, 0)


def _joiners(text: str) -> list[list[str]]:
    return [e.participants for e in parse(text, PUB)[-1] if e.trigger == "join"]


def test_it_before_a_joining_is_the_main_clauses_subject_not_the_speaker_named_last():
    assert _joiners("Georgia must first meet France's terms before it can join the union, France said on Monday.") \
        == [["country:GEO"]]


def test_it_in_a_clause_of_what_is_said_keeps_the_party_named_last():
    # no clause hung on another: "it" is the last state named, as before
    assert _joiners("France told envoys on Friday it means to join the union next year.") == [["country:FRA"]]
