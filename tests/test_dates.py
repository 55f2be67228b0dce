"""Dates: resolution against the publication date, precision, modifiers, ranges, non-dates."""
from datetime import date, datetime

import pytest

from tests.extract_support import SEED_PUBLISHED, nlp, seed_text
from kb.extract.dates import date_for, extract_dates, parse_date

PUB = datetime(2008, 4, 7, 7, 57)   # a Monday


@pytest.fixture(scope="module")
def seed_dates():
    doc = nlp()(seed_text())
    return doc, extract_dates(doc, SEED_PUBLISHED)


def _by_text(dates, words):
    found = [d for d in dates if words in d.text]
    assert found, f"no date for {words!r} in {[d.text for d in dates]}"
    return found[0]


def test_seed_dates_resolve_with_their_precision(seed_dates):
    _, dates = seed_dates
    expected = {"Sunday": ("2008-04-06", "day"), "next month": ("2008-05", "month"),
                "May 7": ("2008-05-07", "day"), "Seven years ago": ("2001", "year"),
                "Saturday": ("2008-04-05", "day")}
    got = {words: (_by_text(dates, words).value, _by_text(dates, words).precision) for words in expected}
    assert got == expected


def test_seed_early_next_year_keeps_modifier_and_bounds(seed_dates):
    _, dates = seed_dates
    early = _by_text(dates, "early next year")
    assert (early.value, early.precision, early.modifier) == ("2009", "year", "early")
    assert (early.earliest, early.latest) == (date(2009, 1, 1), date(2009, 4, 30))


def test_seed_offsets_point_at_the_words(seed_dates):
    doc, dates = seed_dates
    assert dates and all(doc.text[d.start:d.stop] == d.text for d in dates)
    assert _by_text(dates, "Sunday").text == "on Sunday"


def test_durations_are_not_dates(seed_dates):
    _, dates = seed_dates
    assert not [d for d in dates if "two-day" in d.text or "times" in d.text]
    for text in ("two-day", "four times", "decades", "two years", "a week", "the 1990s", "four hours"):
        assert parse_date(text, PUB) is None, text


@pytest.mark.parametrize("text, value, precision, end", [
    ("April 5-6", "2008-04-05", "day", "2008-04-06"),
    ("5-6 April 2009", "2009-04-05", "day", "2009-04-06"),
    ("between May 3 and May 5, 2009", "2009-05-03", "day", "2009-05-05"),
    ("1999-2003", "1999", "year", "2003"),
    ("on May 7", "2008-05-07", "day", None),
    ("Sept. 11, 2001", "2001-09-11", "day", None),
    ("last month", "2008-03", "month", None),
    ("earlier this year", "2008", "year", None),
    ("yesterday", "2008-04-06", "day", None),
])
def test_parse_date_values(text, value, precision, end):
    got = parse_date(text, PUB)
    assert (got.value, got.precision, got.end) == (value, precision, end)


def test_modifiers_narrow_bounds():
    mid = parse_date("mid-May", PUB)
    assert (mid.value, mid.modifier, mid.earliest, mid.latest) == \
        ("2008-05", "mid", date(2008, 5, 11), date(2008, 5, 20))
    end = parse_date("the end of the month", PUB)
    assert (end.value, end.modifier, end.latest) == ("2008-04", "end", date(2008, 4, 30))


def test_week_becomes_month_with_week_bounds():
    week = parse_date("last week", PUB)
    assert (week.value, week.precision) == ("2008-04", "month")   # the week's Thursday is April 3
    assert (week.earliest, week.latest) == (date(2008, 3, 31), date(2008, 4, 6))


def test_yearless_dates_take_the_nearest_year_and_respect_tense():
    assert parse_date("December 20", datetime(2009, 1, 5)).value == "2008-12-20"
    assert parse_date("January 10", datetime(2008, 12, 20)).value == "2009-01-10"
    assert parse_date("December 20", PUB, tense="future").value == "2008-12-20"
    assert parse_date("Sunday", PUB, tense="future").value == "2008-04-13"
    assert parse_date("Sunday", PUB).value == "2008-04-06"


def test_future_weekday_from_the_parse():
    doc = nlp()("The ministers will meet on Thursday in Geneva.")
    (thursday,) = extract_dates(doc, PUB)
    assert thursday.value == "2008-04-10"


def test_without_publication_date_only_explicit_years_survive():
    assert parse_date("Sunday", None) is None
    assert parse_date("May 7", None) is None
    assert parse_date("May 7, 2008", None).value == "2008-05-07"


def test_date_for_picks_the_sentence_date(seed_dates):
    doc, dates = seed_dates
    sents = list(doc.sents)
    step_down = next(s for s in sents if "steps down on May 7" in s.text)
    assert date_for(step_down, dates).value == "2008-05-07"
    quiet = next(s for s in sents if s.text.startswith("Russia says"))
    assert date_for(quiet, dates) is None


def test_the_same_day_is_the_day_last_named():
    text = ("Crowds set fire to the mayor's office on Wednesday.\n\n"
            "The same day the president dismissed the government. Critics had warned for years.")
    found = extract_dates(nlp()(text), datetime(2022, 1, 8, 19, 40))
    same = [d for d in found if d.text == "The same day"]
    assert [(d.value, d.precision) for d in same] == [("2022-01-05", "day")]
    assert same[0].start == text.index("The same day")


@pytest.mark.parametrize("step, value", [
    ("The next day", "2016-12-02"),
    ("A week later", "2016-12-08"),
    ("Two days earlier", "2016-11-29"),
    ("The previous day", "2016-11-30"),
    ("Hours later", "2016-12-01"),
    ("Several days later", "2016-12"),   # a vague count gives no day, only the month holding its days
])
def test_a_step_from_the_day_last_named_is_counted_from_it(step, value):
    text = f"The vote was held on December 1. {step} the president spoke on television."
    found = extract_dates(nlp()(text), datetime(2017, 1, 22, 9, 0))
    stepped = [d.value for d in found if d.text.lower().startswith(step.lower())]
    assert stepped == ([value] if value else [])


def test_a_step_without_a_day_named_before_gives_no_day():
    found = extract_dates(nlp()("A week later the president spoke on television."), datetime(2017, 1, 22))
    assert not [d for d in found if "later" in d.text]


@pytest.mark.parametrize("text, published, value", [
    ("last Sunday", "2030-06-11", "2030-06-02"),  # told on a Tuesday: the Sunday of the week before
    ("last Monday night", "2030-06-11", "2030-06-03"),  # the day before publication is never "last Monday"
    ("last Sunday", "2030-06-15", "2030-06-09"),  # told on a Saturday: six days before
    ("last Thursday", "2030-06-10", "2030-06-06"),  # told on a Monday: four days before
    ("last Tuesday", "2030-06-11", "2030-06-04"),  # its own weekday: a week before
    ("Sunday", "2030-06-11", "2030-06-09"),  # a bare weekday stays the one just gone
])
def test_last_weekday_skips_the_two_days_just_gone(text, published, value):
    assert parse_date(text, datetime.fromisoformat(published), "past").value == value
