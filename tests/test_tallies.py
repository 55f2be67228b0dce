"""A decision told with its count of votes is a vote, whatever its verb (kb.extract.tallies); a count
that measures a contest or a change of size is not. Sentences of our own."""
from datetime import datetime
from functools import partial

from tests.extract_support import events_of, trigger_kind

PUB = datetime(2019, 6, 12, 9, 0)
_events = partial(events_of, published=PUB)


def test_an_act_passed_by_a_count_of_votes_is_a_vote():
    (vote,) = _events("Poland's parliament approved the police mission in March by 312 votes to none.", "Vote")
    assert "country:POL" in vote.participants and vote.date.value == "2019-03"
    assert trigger_kind("Poland's parliament endorsed the budget plan by 231 to 12 on Friday.",
                        "endorsed") == "Vote"
    assert trigger_kind("Poland's parliament turned down the plan by a vote of 120 to 3.", "turned") == "Vote"
    assert trigger_kind("Poland's parliament passed the border law without a single vote against.",
                        "passed") == "Vote"


def test_a_count_of_a_contest_or_of_a_size_is_no_vote():
    assert trigger_kind("The Labour candidate won the seat by 200 votes.", "won") != "Vote"
    assert trigger_kind("Germany cut its contingent in Kosovo by 3,000 last year.", "cut") != "Vote"
    assert trigger_kind("Poland's parliament approved the plan on Friday.", "approved") != "Vote"
    assert trigger_kind("The ruling party increased its majority by 14 votes.", "increased") is None
    assert trigger_kind("Poland thrashed Ukraine by 4 to 1 in the qualifier.", "thrashed") is None
