"""A date written on another noun inside an act's phrase is that noun's time, not the act's
(kb.extract.sharedtime.dates_another_noun): "talks under the 1960 accord", "a visit marking the
1921 accord". An occasion the act sits in lends its time ("talks at the 2011 summit"). Every
sentence here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

DAY = datetime(2019, 4, 2)


def _dates(text: str, kind: str) -> list:
    return [e.date.value if e.date else None for e in parse(text, DAY)[-1] if e.type == kind]


def test_the_year_of_a_treaty_the_talks_are_under_is_not_the_talks():
    dates = _dates("India and Pakistan held talks in Delhi under the 1960 accord.", "Negotiation")
    assert dates and "1960" not in dates
    dates = _dates("India called for talks with Pakistan under the 1960 accord.", "Negotiation")
    assert dates and "1960" not in dates
    assert _dates("India and Pakistan held talks in 1960 under the accord.", "Negotiation") == ["1960"]


def test_the_year_of_an_accord_a_visit_marks_is_not_the_visit():
    dates = _dates("The French premier paid a visit to Ankara on Monday marking the 1921 accord with Turkey.",
                   "Visit")
    assert dates == ["2019-04-01"]
    dates = _dates("The French premier paid a visit to Ankara marking the 1921 accord with Turkey.", "Visit")
    assert dates and "1921" not in dates


def test_the_year_of_an_occasion_the_talks_sit_in_is_the_talks():
    assert _dates("Pakistan and India held talks at the 2011 summit in Berlin.", "Negotiation") == ["2011"]


def test_the_year_on_the_act_noun_itself_is_the_act():
    assert "1911" in _dates("Pakistan and India signed the 1911 convention in Berlin.", "AgreementSigned")


def test_the_year_of_a_treaty_a_round_of_talks_is_under_is_not_the_talks():
    # the parser hangs "under" on "held", the verb of the noun that measures the talks out
    dates = _dates("India and Pakistan held a third round of talks at Delhi under the 1960 accord.", "Negotiation")
    assert dates and "1960" not in dates
    assert _dates("India and Pakistan held a round of talks in 1960 under the accord.", "Negotiation") == ["1960"]
