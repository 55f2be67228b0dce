"""Cleaning: headings of a page (subheads, decks, kickers, standfirsts, a headline glued to its lead)
leave the body, and prose that only looks like them stays: a short sentence-case line leaves only
when a dateline follows it or the page's HTML marks it."""
from __future__ import annotations

import pytest

from kb.cleaning import clean
from kb.model import Article, Dateline

LEAD = "The foreign ministers of Chile and Peru met in Lima on Monday to discuss the maritime border, officials said."
NEXT = "They agreed to meet again next month in Santiago, a spokesman said after the talks."
LAST = "Both governments called the meeting useful."


def article(text: str, **fields) -> Article:
    return Article(id="h1", raw_text=text, source="headings-test.txt", **fields)


def test_a_subhead_in_capitals_between_paragraphs_leaves_the_body():
    cleaned = clean(article(f"{LEAD}\n\nSOLDIERS AT THE BORDER\n\n{NEXT}\n\n{LAST}"))
    assert cleaned.text == f"{LEAD}\n\n{NEXT}\n\n{LAST}"


@pytest.mark.parametrize("subhead", ["Questions left open", "A hard road ahead", "What comes next?"])
def test_a_subhead_in_sentence_case_leaves_the_body_when_the_html_marks_it(subhead):
    html = f"<html><body><p>{LEAD}</p><h2 class='section'>{subhead}</h2><p>{NEXT}</p><p>{LAST}</p></body></html>"
    cleaned = clean(article(f"{LEAD}\n\n{subhead}\n\n{NEXT}\n\n{LAST}", raw_html=html))
    assert cleaned.text == f"{LEAD}\n\n{NEXT}\n\n{LAST}"


@pytest.mark.parametrize("sentence", ["The ministers arrived late", "Iran agreed to the plan", "Questions left open"])
def test_a_short_sentence_case_line_the_html_does_not_mark_stays(sentence):
    text = f"{LEAD}\n\n{sentence}\n\n{NEXT}\n\n{LAST}"
    assert clean(article(text)).text == text
    html = f"<html><body><h1>Talks</h1><p>{LEAD}</p><p>{sentence}</p><p>{NEXT}</p></body></html>"
    assert clean(article(text, raw_html=html)).text == text


def test_a_subhead_in_capitals_set_on_the_paragraph_it_heads_is_not_read_into_it():
    cleaned = clean(article(f"{LEAD}\n\nSOLDIERS AT THE BORDER\n{NEXT}\n\n{LAST}"))
    assert cleaned.text == f"{LEAD}\n\n{NEXT}\n\n{LAST}"


@pytest.mark.parametrize("paragraph", [
    "He left.",                                   # short, but closed like a sentence
    "Turnout was 62 percent",                     # a sentence that lost its stop: it has a figure
    "The talks in Lima were the first between the two since the court ruled on the border",  # long
    "NATO AND THE UN AGREED TO MEET.",            # capitals, but a sentence
])
def test_short_paragraphs_that_are_sentences_stay(paragraph):
    text = f"{LEAD}\n\n{paragraph}\n\n{NEXT}"
    assert clean(article(text)).text == text


def test_a_last_short_line_stays_when_nothing_follows_it():
    text = f"{LEAD}\n\n{NEXT}\n\nTalks continue"
    assert clean(article(text)).text == text


def test_a_headline_glued_to_its_dateline_lead_is_a_headline():
    cleaned = clean(article(f"Chile and Peru resume border talks\nLIMA (Reuters) - {LEAD}\n{NEXT}\n\n{LAST}"))
    assert cleaned.headline == "Chile and Peru resume border talks"
    assert cleaned.dateline == Dateline("Lima")
    assert cleaned.text == f"{LEAD} {NEXT}\n\n{LAST}"


def test_a_headline_and_stamp_glued_to_the_lead_are_read_as_head_lines():
    cleaned = clean(article(f"Chile and Peru resume border talks\nMarch 3, 2014\nLIMA (Reuters) - {LEAD}\n\n{LAST}"))
    assert (cleaned.headline, cleaned.published.day) == ("Chile and Peru resume border talks", 3)
    assert cleaned.text == f"{LEAD}\n\n{LAST}"


def test_wrapped_prose_over_a_capitalised_line_stays_one_paragraph():
    text = ("The ministers of the two countries met with\nPresident Ana Vidal in Lima on Monday, "
            "officials said.\n\nThey will meet again.")
    assert clean(article(text)).text.startswith("The ministers of the two countries met with President Ana Vidal")


def test_a_deck_under_the_given_headline_leaves_the_body_and_the_dateline_is_read():
    text = (f"Chile and Peru resume border talks\n\nMinisters agree to meet again as the court case drags on"
            f"\n\nLIMA (Reuters) - {LEAD}\n\n{NEXT}")
    cleaned = clean(article(text, headline="Chile and Peru resume border talks"))
    assert (cleaned.dateline, cleaned.agency) == (Dateline("Lima"), "Reuters")
    assert cleaned.text == f"{LEAD}\n\n{NEXT}"


def test_a_deck_the_html_marks_leaves_the_body_without_a_dateline():
    deck = "Ministers agree to meet again as the court case drags on"
    html = (f"<html><body><h1>Chile and Peru resume border talks</h1><p class='article-deck'>{deck}</p>"
            f"<p>{LEAD}</p><p>{NEXT}</p></body></html>")
    cleaned = clean(article(f"Chile and Peru resume border talks\n\n{deck}\n\n{LEAD}\n\n{NEXT}",
                            headline="Chile and Peru resume border talks", raw_html=html))
    assert cleaned.text == f"{LEAD}\n\n{NEXT}"


LOST_STOP = "Iran and Iraq signed a border accord on Monday"


@pytest.mark.parametrize("text, given", [
    (f"Border accord signed\n\n{LOST_STOP}\n\n{NEXT}", "Border accord signed"),   # the headline given
    (f"{LOST_STOP}\n\n{NEXT}", "Border accord signed"),          # given, not repeated atop the body
    (f"Border accord signed\n\n{LOST_STOP}\n\n{NEXT}", None),   # a plain text file's first line
    (f"Border accord signed\nMarch 3, 2014\n\n{LOST_STOP}\n\n{NEXT}", None),   # set above a stamp
])
def test_a_lead_that_lost_its_full_stop_is_no_deck(text, given):
    cleaned = clean(article(text, headline=given))
    assert (cleaned.headline, cleaned.text) == ("Border accord signed", f"{LOST_STOP}\n\n{NEXT}")


def test_a_kicker_leaves_and_the_dateline_under_a_standfirst_is_read():
    standfirst = "After a year of silence, the neighbours are talking again. Few expect a quick deal."
    text = (f"Analysis\n\nChile and Peru resume border talks\n\n{standfirst}\n\n"
            f"LIMA (Reuters) - {LEAD}\n\n{NEXT}")
    cleaned = clean(article(text, headline="Chile and Peru resume border talks"))
    assert (cleaned.dateline, cleaned.text) == (Dateline("Lima"), f"{standfirst}\n\n{LEAD}\n\n{NEXT}")


def test_a_dateline_below_a_long_first_paragraph_is_not_the_article_s():
    first = " ".join(["The border dispute between the two countries has lasted for decades."] * 6)
    text = f"{first}\n\nLIMA (Reuters) - {LEAD}"
    cleaned = clean(article(text))
    assert (cleaned.dateline, cleaned.text) == (None, text)


def test_a_country_named_with_and_the_is_read_in_a_dateline():
    cleaned = clean(article(f"KINGSTOWN, St Vincent and the Grenadines (Reuters) - {LEAD}"))
    assert cleaned.dateline == Dateline("Kingstown", "St Vincent and the Grenadines")
    assert cleaned.text == LEAD


def test_names_without_by_above_a_stamp_are_the_byline():
    text = ("HARBOUR LEDGER\n\nPOLITICS\n\nChile and Peru resume talks on their sea border\n\n"
            "Ana Lima and Piotr Nowak\nWednesday 05 March 2014 17:42 GST\n\n"
            f"LIMA — {LEAD}\n\n{NEXT}")
    cleaned = clean(article(text))
    assert (cleaned.headline, cleaned.authors) == ("Chile and Peru resume talks on their sea border",
                                                   ["Ana Lima", "Piotr Nowak"])
    assert (cleaned.published.day, cleaned.published.hour, cleaned.text) == (5, 17, f"{LEAD}\n\n{NEXT}")


def test_a_title_case_headline_above_a_stamp_is_no_byline():
    cleaned = clean(article(f"Sea Border Talks Resume\nMarch 5, 2014\n\n{LEAD}\n\n{NEXT}"))
    assert (cleaned.headline, cleaned.authors, cleaned.text) == ("Sea Border Talks Resume", [], f"{LEAD}\n\n{NEXT}")


def test_a_title_case_headline_of_two_people_above_a_stamp_is_no_byline():
    headline = "Theresa May and Angela Merkel Hold Talks"
    cleaned = clean(article(f"{headline}\nMarch 5, 2017\n\n{LEAD}\n\n{NEXT}"))
    assert (cleaned.headline, cleaned.authors, cleaned.text) == (headline, [], f"{LEAD}\n\n{NEXT}")


def test_two_names_opening_a_sentence_stay_in_it():
    text = f"Ana Lima and Piotr Nowak\nmet in Lima on Monday, officials said.\n\n{NEXT}"
    assert clean(article(text)).text == f"Ana Lima and Piotr Nowak met in Lima on Monday, officials said.\n\n{NEXT}"


def test_a_lone_word_with_nothing_under_it_is_the_text_not_a_kicker():
    assert clean(article("Moscow")).text == "Moscow"
    assert clean(article(f"Analysis\n\nTalks in Lima\n\n{LEAD}")).text == LEAD
