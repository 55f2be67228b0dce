"""A page's head is not its lead: the publication day set as a stamp ("Published Tuesday, March 16,
2012") names no day of the news, and when the page's top tells no act nor day, the lead's acts are
those of the first sentences that tell one."""
from datetime import datetime

from kb.extract.dates import extract_dates
from tests.extract_support import nlp, parse

FRIDAY = datetime(2012, 3, 16, 9)


def _texts(text: str) -> list[str]:
    return [d.text for d in extract_dates(nlp()(text), FRIDAY)]


def test_a_stamp_line_is_no_date_of_the_text():
    text = "Published Friday, March 16, 2012\n\nPakistan expelled two Indian diplomats on Thursday."
    assert _texts(text) == ["on Thursday"]


def test_a_numeric_stamp_with_its_clock_time_is_no_date_of_the_text():
    text = "Last updated: 16/03/2012 08:10\n\nPakistan expelled two Indian diplomats on Thursday."
    assert _texts(text) == ["on Thursday"]


def test_a_sentence_that_writes_the_day_in_full_keeps_it():
    text = "The two ministers signed the accord on Friday, March 16, 2012, in Islamabad."
    assert any("2012" in t for t in _texts(text))


def test_another_day_written_with_its_year_on_a_line_of_its_own_is_kept():
    text = "Thursday, March 8, 2012\n\nPakistan expelled two Indian diplomats."
    assert any("2012" in t for t in _texts(text))


def _urging_date(text: str):
    events = parse(text, FRIDAY)[-1]
    urging = next(e for e in events if e.trigger == "urged")
    return urging.date.value if urging.date else None


TOP = "Home > World > Asia >\n\nSign in.\n\nRegister.\n\nSubscribe to the print edition.\n\nNews >\n\n"


def test_below_a_page_top_that_names_no_day_the_lead_dates_the_news():
    text = TOP + ("Pakistan expelled two Indian diplomats on Thursday.\n\n"
                  "The ministry urged India to recall its remaining staff.")
    assert _urging_date(text) == "2012-03-15"



def test_a_sentence_closing_on_a_single_quote_keeps_its_date():
    text = "The ministers signed the accord on Friday, March 16, 2012, calling it 'a first step'"
    assert any("2012" in t for t in _texts(text))
