"""What a credit looks like, read two ways: whole credit lines, and credits left inside body text."""
from __future__ import annotations

import pytest

from kb.credits import byline_names, credit_names, is_personal_name, names_credited_in, split_names


@pytest.mark.parametrize("line, names", [
    ("Reporting by Ada Quell; Editing by Bram Osei", ["Ada Quell", "Bram Osei"]),
    ("Additional reporting by Ada Quell in Lagos and Bram Osei at the United Nations",
     ["Ada Quell", "Bram Osei"]),
    ("Text: Carla Mbeki. Photos: Dev Anand Rao", ["Carla Mbeki", "Dev Anand Rao"]),
])
def test_whole_credit_lines_give_their_names(line, names):
    assert credit_names(line) == names


@pytest.mark.parametrize("line", [
    "Reporting by state media suggested the talks had failed.",
    "Editing by hand is slow, said Ada Quell.",
    "The minister met Ada Quell on Monday.",
])
def test_sentences_that_share_a_credit_word_are_no_credit_lines(line):
    assert credit_names(line) is None


def test_a_byline_gives_names_and_drops_its_role():
    assert byline_names("By Ada Quell and Bram Osei, Diplomatic Correspondents") == ["Ada Quell", "Bram Osei"]
    assert byline_names("By Friday the ceasefire had collapsed") is None
    assert split_names("Reuters Staff") == []


@pytest.mark.parametrize("text, names", [
    # a picture credit closing a caption left in the body
    ("The two leaders shake hands in the palace on Monday. REUTERS/Ada Quell",
     ["Ada Quell"]),
    # a credit paragraph glued to the last sentence
    ("The talks resume next week. Writing by Ada Quell; Editing by Bram Osei and Carla Mbeki",
     ["Ada Quell", "Bram Osei", "Carla Mbeki"]),
    # where the writers filed from is no name
    ("Reporting by Ada Quell at the United Nations and Bram Osei in Nairobi",
     ["Ada Quell", "Bram Osei"]),
    ("Ada Quell in Lima and Bram Osei contributed to this report.", ["Ada Quell", "Bram Osei"]),
    ("First line.\nBy Ada Quell and Bram Osei", ["Ada Quell", "Bram Osei"]),
])
def test_credits_inside_body_text_give_the_names_right_after_them(text, names):
    assert names_credited_in(text) == names


@pytest.mark.parametrize("text", [
    # a paragraph opening on "By" and a time is a sentence, and the leader in it acts
    "By Friday, Prime Minister Ada Quell had left the capital.",
    # reporting by someone who is not named does not credit the next name in the sentence
    "According to reporting by state media, Foreign Minister Bram Osei will travel to Lima.",
    # "contributed" with something other than a report
    "Ada Quell contributed troops to the mission.",
])
def test_sentences_with_credit_words_credit_no_one(text):
    assert names_credited_in(text) == []


@pytest.mark.parametrize("line, names", [
    ("Associated Press writers Ada Quell in Lima and Bram Osei contributed to this report.",
     ["Ada Quell", "Bram Osei"]),
    ("(Carla Mbeki in Kyiv contributed to this story)", ["Carla Mbeki"]),
])
def test_a_whole_contributed_line_is_a_credit_line(line, names):
    assert credit_names(line) == names


@pytest.mark.parametrize("line", [
    "Saudi Arabia contributed to the report.",           # a state
    "The European Union contributed to the report.",     # a body
    "Ada Quell contributed to the report, officials said.",
    "Japan and Korea contributed troops to the mission.",
])
def test_sentences_about_contributing_are_no_credit_lines(line):
    assert credit_names(line) is None


@pytest.mark.parametrize("name", ["Ana Lima", "Angela Merkel", "Charles de Gaulle", "Mary Jo Smith", "J. R. Ewing"])
def test_a_short_name_of_capitalised_words_is_a_persons(name):
    assert is_personal_name(name)


@pytest.mark.parametrize("name", ["Angela Merkel Hold Talks", "Merkel Holds Talks", "Border Talks",
                                  "Madonna", "Saudi Arabia", "Ana lima"])
def test_a_headline_a_single_word_or_a_state_is_no_persons_name(name):
    assert not is_personal_name(name)
