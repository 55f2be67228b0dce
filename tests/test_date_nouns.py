"""Dates written on a noun ("the May 3 coup", "the 2011 accord") reach the act a relative clause
on that noun tells, when the noun is that clause's subject; month-and-day dates the NER misses."""
from datetime import datetime

from kb.extract.dates import extract_dates
from kb.extract.eventdate import attached_date
from tests.extract_support import nlp

PUBLISHED = datetime(2021, 6, 10)


def _date_of(text: str, trigger: str):
    doc = nlp()(text)
    dates = extract_dates(doc, PUBLISHED)
    tok = next(t for t in doc if t.text == trigger)
    found = attached_date(tok, tok.sent, dates)
    return found.value if found else None


def test_a_subject_relative_on_a_dated_noun_takes_its_date():
    assert _date_of("Exiles gathered in Paris after the May 3 coup that toppled the civilian cabinet.",
                    "toppled") == "2021-05-03"
    assert _date_of("Critics attacked the 2011 accord that ended the border war.", "ended") == "2011"


def test_an_object_relative_on_a_dated_noun_stays_undated():
    """"the 2011 accord that the rebels broke": broken at some other time."""
    assert _date_of("Farmers protested against the 2011 accord that the rebels broke.", "broke") is None


def test_a_month_and_day_the_ner_misses_is_a_date():
    doc = nlp()("The envoy left the capital after the Feb 1 coup that ousted the cabinet.")
    assert [(d.value, d.precision) for d in extract_dates(doc, PUBLISHED)] == [("2021-02-01", "day")]


def test_a_month_day_and_year_is_one_date():
    doc = nlp()("The Mar 4, 2019 talks failed.")
    assert [d.value for d in extract_dates(doc, PUBLISHED)] == ["2019-03-04"]


def test_a_month_name_without_a_day_number_is_not_read_as_a_day():
    doc = nlp()("Officials said the May round of talks had failed.")
    assert all(d.precision != "day" for d in extract_dates(doc, PUBLISHED))
