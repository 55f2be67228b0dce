"""What a credit looks like, read two ways: whole credit lines, and credits left inside body text."""
from __future__ import annotations

import pytest

from kb.cleaning import clean
from kb.credits import (bio_names, byline_names, credit_names, is_personal_name, is_role, names_credited_in,
                        signed_names, split_names)
from kb.model import Article
from kb.pagehead import read_head_line


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
    # where each writer filed from, one word after his name, in towns the gazetteer need not know
    assert byline_names("Written by Ada Quell, Tamale, and Bram Osei, Kumasi") == ["Ada Quell", "Bram Osei"]
    assert byline_names("By Ada Quell and Bram Osei, Karlskrona") == ["Ada Quell", "Bram Osei"]
    assert byline_names("By Ada Quell, Bram Osei") == ["Ada Quell", "Bram Osei"]
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
    # a particle is a whole word of the name, and only a whole word
    ("Reporting by Ana del Campo and Bram dos Reis", ["Ana del Campo", "Bram dos Reis"]),
    ("Writing by Ada Quell delivered late", ["Ada Quell"]),
    # a caption word credits the names that close the line or meet the agency
    ("The envoys arrive at the airport. Photo: Ada Quell/AFP", ["Ada Quell"]),
    ("Photo: Bram Osei.\nThe talks went on.", ["Bram Osei"]),
    # a picture credit in brackets closing its caption, outlet and photographer either way round
    ("The ferry docks at the quay at dawn. (Harbour Post / Ada Quell)", ["Ada Quell"]),
    ("The ferry docks at the quay at dawn. (Bram Osei/Lakeside Gazette)", ["Bram Osei"]),
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
    # a caption that says who is pictured, where and doing what, credits no one
    "Photo: Prime Minister Ada Quell at the summit in Lima on Monday.",
    "Picture: Bram Osei greets Ada Quell outside the palace.",
    # brackets with a slash that are no picture credit: two places, an outlet and a year
    "The route runs between the two capitals (Paris / Berlin)",
    "The figures were revised (Harbour Post / 2004)",
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


@pytest.mark.parametrize("line, names", [
    ("Written by Ada Quell. Edited by Bram Osei.", ["Ada Quell", "Bram Osei"]),
    ("Reported by Ada Quell; Produced by Bram Osei", ["Ada Quell", "Bram Osei"]),
])
def test_credits_told_with_a_participle(line, names):
    assert credit_names(line) == names


def test_a_participle_credits_inside_text_only_where_a_sentence_opens():
    assert names_credited_in("The talks end today. Written by Ada Quell") == ["Ada Quell"]
    # prose: a passive with "by" names who did it, not who wrote the story
    assert names_credited_in("a video filmed by Border Guards showed it, and was reported by Foreign "
                             "Minister Bram Osei") == []
    # a participle opening a sentence that goes on names who did it
    assert names_credited_in("The talks end. Written by Bram Osei, the letter praised the summit.") == []


@pytest.mark.parametrize("byline, names", [
    ("By Ada Quell Staff Correspondent", ["Ada Quell"]),        # the role glued on without a comma
    ("By Mary Ann Quell Senior Diplomatic Editor", ["Mary Ann Quell"]),
    ("By Ada Quell, Asia Editor, and Bram Osei", ["Ada Quell", "Bram Osei"]),
])
def test_a_role_comes_off_the_names_it_follows(byline, names):
    assert byline_names(byline) == names


@pytest.mark.parametrize("line, names", [
    ("Ada Quell, Correspondent", ["Ada Quell"]),
    ("Ada Quell and Bram Osei, Staff Writers", ["Ada Quell", "Bram Osei"]),
])
def test_a_byline_without_by_that_states_a_role(line, names):
    assert signed_names(line) == names


@pytest.mark.parametrize("line", ["Talks end, reporter says", "Iran, Chief", "Paris, Correspondents"])
def test_a_headline_or_a_place_with_a_role_word_is_no_byline(line):
    assert signed_names(line) is None


@pytest.mark.parametrize("line, names", [
    ("Ada Quell | Staff Writer", ["Ada Quell"]),
    ("Ada Quell | 12 May 2021", ["Ada Quell"]),
    ("By Ada Quell | Staff Writer | March 4, 2019", ["Ada Quell"]),
])
def test_a_stamp_line_gives_names_set_beside_a_role_or_a_date(line, names):
    assert read_head_line(line).authors == names


@pytest.mark.parametrize("line", ["Ada Quell | Bram Osei", "Putin and Xi | Talks"])
def test_names_alone_between_pipes_are_no_stamp(line):
    assert read_head_line(line) is None


def test_a_role_on_the_line_under_the_byline_is_the_bylines():
    raw = "Ports reopen\n\nBy Ada Quell\nEurope Editor\n\nThe two ports reopened on Monday, officials said."
    cleaned = clean(Article(id="t", raw_text=raw, source="test.txt"))
    assert (cleaned.headline, cleaned.authors) == ("Ports reopen", ["Ada Quell"])
    assert cleaned.text == "The two ports reopened on Monday, officials said."


def test_roles_are_not_names():
    assert is_role("Staff Writers") and is_role("Tokyo Bureau Chief")
    assert not is_role("Talks collapse")


@pytest.mark.parametrize("note, names", [
    ("Ada Quell is the Post's Moscow correspondent. She previously covered the Balkans.", ["Ada Quell"]),
    ("Bram Osei is a freelance journalist based in Lima.", ["Bram Osei"]),
])
def test_an_authors_note_names_its_writer(note, names):
    assert bio_names(note) == names


@pytest.mark.parametrize("text", [
    "Ada Quell is the president's envoy to the talks.",
    'Ada Quell is a former reporter who said: "We will not give in."',
    "Ada Quell reports on Friday to the council on the ceasefire, officials said.",
])
def test_other_sentences_about_a_person_are_no_authors_note(text):
    assert bio_names(text) is None
