"""Clauses told at another time than the clause or date they hang on: a "where"/"when" clause in the
past perfect or with "would" (kb.extract.sharedtime). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)


def test_a_where_clause_in_the_past_perfect_or_with_would_keeps_no_date_of_the_meeting():
    meeting = "Germany and France met in Vienna in June, where Iran "
    assert dates_on(meeting + "signed a gas accord with Austria.", "signed", SATURDAY) == ["2019-06"]
    assert dates_on(meeting + "had signed a gas accord with Austria.", "signed", SATURDAY) == [None]
    assert dates_on(meeting + "would later sign a gas accord with Austria.", "sign", SATURDAY) == [None]
