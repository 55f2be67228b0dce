"""Names the small model misses or cuts: an honorific, an office in apposition or a quoted nickname
marks a run of capitalised words as a person's name; a lone word names the person whose full name
has it last but one (a first surname, a given name before a family name)."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article, CleanArticle


def _persons(nlp, text: str, published=datetime(1988, 12, 23)) -> dict[str, set[str]]:
    from kb.extract.actors import extract_actors
    article = Article(id="t", raw_text=text, source="test", published=published)
    clean = CleanArticle(article=article, text=text, headline=None, published=published)
    return {a.name: {text[s:e] for s, e in a.mentions}
            for a in extract_actors(nlp(text), clean) if a.kind == "person"}


def _read(nlp, text: str) -> list[str]:
    from kb.extract.namereader import unlabelled_full_names
    return [span.text for span in unlabelled_full_names(nlp(text))]


def test_a_quoted_nickname_names_the_person_by_it_and_keeps_him_apart_from_a_namesake(nlp):
    text = ('South Africa sent Roelof "Pik" Botha to the talks in a hall near the river. '
            "Mr Botha told the room that his government would keep to the timetable.")
    persons = _persons(nlp, text)
    assert "Pik Botha" in persons and "Botha" in persons["Pik Botha"]
    assert "P. W. Botha" not in persons


def test_an_office_in_apposition_marks_an_unlabelled_name(nlp):
    text = "The island's foreign minister, Fiame Naomi Mata'afa, told the chamber the ruling stood."
    assert "Fiame Naomi Mata'afa" in _persons(nlp, text, datetime(2021, 5, 25))


def test_an_honorific_marks_an_unlabelled_name(nlp):
    text = "Dame Whina Cooper walked at the head of the column as it left the far north in September."
    assert "Whina Cooper" in _persons(nlp, text, datetime(1975, 9, 14))


@pytest.mark.parametrize("text", [
    "The island's main port, Apia Harbour, was closed to shipping on Tuesday.",  # no office
    'Engineers called the new bridge design "Phoenix" when they showed it on Monday.',  # no name around
    "Rain fell over Green Valley Farm for most of the week.",  # no mark at all
])
def test_capitalised_words_without_a_mark_of_a_person_are_not_read(nlp, text):
    assert _read(nlp, text) == []


def test_a_first_surname_alone_names_the_person_of_two_surnames(nlp):
    text = ("Congress chose Francisco Urcuyo Malianos, then head of the lower chamber, to take over. "
            "Urcuyo told the deputies on Wednesday that he would finish the term.")
    assert _persons(nlp, text, datetime(1979, 7, 18)).get("Francisco Urcuyo Malianos") == {
        "Francisco Urcuyo Malianos", "Urcuyo"}


def test_a_last_name_beats_a_last_but_one(nlp):
    text = ("Corazon Aquino, the widow of Benigno Aquino Jr., led the rally in the capital. "
            "Aquino asked the crowd to stay calm on Sunday.")
    persons = _persons(nlp, text, datetime(1986, 2, 17))
    assert "Aquino" in persons.get("Corazon Aquino", set())


def test_a_rank_before_a_given_name_read_as_a_body_is_the_person(nlp):
    text = ("Mohammad Ayub Khan, the president of Pakistan, reached the city on Monday. "
            "Field Marshal Ayub warned that the talks would drag on.")
    persons = _persons(nlp, text, datetime(1966, 1, 5))
    assert len(persons) == 1 and "Ayub" in next(iter(persons.values()))


def test_a_name_in_a_list_of_names_each_with_its_state_is_a_person(nlp):
    text = "Hector Luna of Chile and Pablo Ibarra of Argentina initialled the text in Rome on Tuesday."
    assert {"Hector Luna", "Pablo Ibarra"} <= set(_persons(nlp, text, datetime(1984, 10, 2)))


@pytest.mark.parametrize("text", [
    "Officials of the Bank of Chile and Banco Nacion of Argentina signed the loan on Tuesday.",
    # firms and clubs are named with their state as leaders are: two such names prove nothing
    "Nissan Motor of Japan and Kia Motors of South Korea agreed on a joint plant in Busan on Monday.",
    "River Plate of Argentina and Benfica of Portugal agreed on a friendly match in Lisbon.",
])
def test_bodies_named_with_their_states_are_no_persons(nlp, text):
    assert not _persons(nlp, text, datetime(1984, 10, 2))


@pytest.mark.parametrize("text, lone", [
    ("George H. W. Bush spoke to the press on Monday. W. praised the plan.", "W."),  # an initial
    ("Kim Jong Un reached the border by train on Monday. Jong stayed behind.", "Jong"),  # East Asian order
    ("Lee Hsien Loong opened the session on Monday. Hsien was not there.", "Hsien"),
])
def test_an_initial_or_a_given_syllable_is_no_name_of_its_own(nlp, text, lone):
    persons = _persons(nlp, text, datetime(2019, 2, 28))
    assert persons  # the full name is read; its lone word is no mention of it
    assert all(lone not in mentions for mentions in persons.values())
