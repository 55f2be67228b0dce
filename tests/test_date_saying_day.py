"""The day of a saying (kb.extract.sayingday): a date written after "said" and before the subject of
what is said is the saying's, though the parser hangs it on the verb of what is said when no "that"
follows it; a date inside what is said, or one the parser hung on the saying, is not read so. The
sentences are our own."""
from __future__ import annotations

from datetime import datetime

from kb.extract.sayingday import saying_of_the_day
from tests.extract_support import dates_on, nlp

SATURDAY = datetime(2019, 10, 19)  # "on Tuesday" is 2019-10-15


def _saying_of(sentence: str, date_word: str):
    """The saying `saying_of_the_day` reads the date phrase around `date_word` as the day of, as text."""
    doc = nlp()(sentence)
    word = next(t for t in doc if t.text == date_word)
    found = saying_of_the_day(doc[word.i:word.i + 1])
    return found.text if found is not None else None


def test_a_date_before_the_subject_of_what_is_said_is_the_sayings_day():
    # the parser hangs "on Tuesday" on "regretted" here
    assert _saying_of("Germany said on Tuesday it regretted the move to shut the consulate.", "Tuesday") == "said"
    # the stance the saying is typed by takes that day, as it does with "that"
    assert dates_on("Germany said on Tuesday it regretted the move to shut the consulate.", "said",
                    SATURDAY) == ["2019-10-15"]
    assert dates_on("Germany said late on Tuesday that it sorely regretted Sweden's choice to shut the consulate.", "said",
                    SATURDAY) == ["2019-10-15"]


def test_a_date_after_the_subject_of_what_is_said_is_the_said_acts():
    assert _saying_of("Germany said the embassy had closed on Tuesday after the riot.", "Tuesday") is None
    assert _saying_of("Germany said its envoy on Tuesday handed over a protest note.", "Tuesday") is None


def test_a_date_after_that_opens_what_is_said():
    # "that" opens the said clause: a date after it is the said act's, never the announcement's
    assert _saying_of("France announced that next month it would send troops to Mali.", "month") is None
    assert dates_on("France announced that next month it would send troops to Mali.", "announced",
                    SATURDAY) == [None]


def test_a_date_of_no_saying_is_left_alone():
    assert _saying_of("Germany hoped on Tuesday the embassy would reopen soon.", "Tuesday") is None


def _said_on(sentence: str):
    """The date text `said_on` reads as the day of a saying in a one-sentence text."""
    from kb.extract.dates import extract_dates
    from kb.extract.sayingday import said_on

    doc = nlp()(sentence)
    found = said_on(next(iter(doc.sents)), extract_dates(doc, SATURDAY))
    return found.text if found is not None else None


def test_the_day_of_a_saying_is_read_where_the_parser_hung_it():
    # on the saying itself, and on what is said when written before its subject
    assert _said_on("Austria said on Tuesday that the envoy would stay.") == "on Tuesday"
    assert _said_on("Austria said on Tuesday it regretted the move to shut the consulate.") == "on Tuesday"
    # a day inside what is said is the said act's
    assert _said_on("Austria said the consulate had shut on Tuesday after the riot.") is None
