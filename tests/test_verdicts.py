"""Verdicts: a party that calls a thing by a name judges it in public (kb.extract.verdicts).
Sentences are our own; each rule is checked both ways."""
from datetime import datetime

from tests.extract_support import parse

PUB = datetime(2015, 3, 10, 9, 0)
MERKEL, ERDOGAN = "person:angela-merkel", "person:recep-erdogan"


def _kinds(text: str) -> dict[str, list]:
    kinds: dict[str, list] = {}
    for event in parse(text, PUB)[-1]:
        kinds.setdefault(event.type, []).append(event)
    return kinds


def test_a_bad_name_given_to_a_thing_is_criticism():
    kinds = _kinds("Angela Merkel called the Turkish plan a costly error on Monday.")
    (judged,) = kinds["Criticism"]
    assert MERKEL in judged.agents


def test_an_adjective_given_as_the_name_is_a_verdict_too():
    assert "Criticism" in _kinds("Recep Tayyip Erdogan called the German vote hostile on Monday.")


def test_a_good_name_given_to_a_thing_is_praise():
    kinds = _kinds("Angela Merkel called the Turkish offer a hopeful sign for the region on Monday.")
    (judged,) = kinds["Praise"]
    assert MERKEL in judged.agents
    assert "Appeal" not in kinds  # the "for" of the name asks for nothing


def test_a_thing_described_as_something_is_judged():
    assert "Praise" in _kinds("Angela Merkel described the Turkish offer as a useful start on Monday.")


def test_calling_for_or_calling_a_vote_is_no_verdict():
    for text in ("Angela Merkel called for calm in Turkey on Monday.",
                 "Recep Tayyip Erdogan called the election for June on Monday.",
                 "A Turkish group called the Grey Wolves met Angela Merkel on Monday."):
        kinds = _kinds(text)
        assert "Praise" not in kinds and "Criticism" not in kinds, text


def test_a_name_inside_another_act_is_no_verdict_of_its_own():
    kinds = _kinds("Angela Merkel thanked Recep Tayyip Erdogan on Monday for what she termed a great patience.")
    assert "Criticism" not in kinds and len(kinds.get("Praise", [])) == 1


def test_a_name_neither_good_nor_bad_only_describes():
    for text in ("Angela Merkel described the Turkish talks as frank and long on Monday.",
                 "Recep Tayyip Erdogan called the German visit a private one on Monday.",
                 "Recep Tayyip Erdogan calls Berlin home."):
        kinds = _kinds(text)
        assert "Praise" not in kinds and "Criticism" not in kinds, text


def test_a_bad_name_of_the_call_row_is_a_bad_name_for_every_naming_verb():
    # one list: the words of the table's "call ... Criticism" row are the verdicts' bad names too
    assert "Criticism" in _kinds("Recep Tayyip Erdogan described the raid on the village as murder on Monday.")
