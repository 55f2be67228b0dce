"""Clauses that share the time of a dated act in their sentence though no day links them
(kb.extract.sharedtime): the cause an "after" clause tells of an act dated by its month or year, and a
"where" clause the parser hangs on a dated verb. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

PUBLISHED = datetime(2019, 10, 19)


def _dated(text: str) -> dict[str, str | None]:
    return {e.trigger: (e.date.value if e.date else None) for e in parse(text, PUBLISHED)[-1]}


def test_a_cause_after_an_act_of_a_month_or_year_is_of_that_time():
    month = _dated("Qatar cut ties with Iran in March 2016 after an Iranian mob attacked its consulate in Mashhad.")
    assert month["attacked"] == "2016-03"
    year = _dated("Germany recalled its envoy in 2012, after Beijing expelled two German diplomats.")
    assert year["expelled"] == "2012"


def test_a_cause_after_an_act_of_a_day_or_a_span_before_after_is_not():
    day = _dated("Germany recalled its envoy on Monday after Beijing expelled two German diplomats.")
    assert day["expelled"] is None  # a day's cause may be days older
    spanned = _dated("Germany recalled its envoy in 2012, years after Beijing expelled two German diplomats.")
    assert spanned["expelled"] is None


def test_a_where_clause_on_a_dated_act_shares_its_time():
    met = _dated("Bush and Putin first met in Slovenia in June 2001, where they signed a treaty on arms.")
    assert met["signed"] == "2001-06"
    # the date of the "where" clause is the meeting's, not the signing's it hangs on
    signed = _dated("Bush and Putin signed a treaty on arms in Slovenia, where they had met in June 2001.")
    assert signed["signed"] is None
