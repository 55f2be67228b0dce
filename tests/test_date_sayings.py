"""Dates of sayings told in the body with no date of their own (kb.extract.maindate): the times a
quotation gives are the speaker's, not the saying's, and the background a relative clause tells of
the speaker does not move the narration off the news of the day. The sentences are our own."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18, "on Monday" 2019-10-14
LEAD = "Poland expelled two Russian diplomats on Friday.\n\n"


_dates_of = partial(dates_on, published=SATURDAY)


def test_times_inside_a_quotation_do_not_date_the_saying():
    quoted = LEAD + '"We were partners on Monday and we shall be partners again," Putin told reporters.'
    assert _dates_of(quoted, "told") == ["2019-10-18"]  # the news of the day, not Monday, not shifted
    own_day = LEAD + '"We shall answer," Putin told reporters on Monday.'
    assert _dates_of(own_day, "told") == ["2019-10-14"]  # a time outside the quotation is the saying's


def test_a_relative_clause_on_the_speaker_leaves_the_narration_on_the_news():
    background = LEAD + ("Putin, who has ruled Russia since 2000 and whose party won the election in 2016, "
                         "told reporters that the expulsion was hostile.")
    assert "2019-10-18" in _dates_of(background, "told")
    older_run = LEAD + "In 2016 Putin's party won the election. Putin told reporters that the result was fair."
    assert _dates_of(older_run, "told") == [None]  # a run told in a clause of its own is left where it was
