"""The day a wire's lead is said on ("X said on Thursday") is the news of the day that undated
acts told after it in the simple past take; an act recalled in the past perfect ("had tried to
call on Wednesday") does not move the narration to its day."""
from datetime import datetime

import pytest

from tests.extract_support import parse

FRIDAY = datetime(2012, 3, 16, 9)
LEAD = "Pakistan will free two detained Indian fishermen on Saturday, its foreign minister said on Thursday."


def _urging_date(text: str, published: datetime = FRIDAY):
    events = parse(text, published)[-1]
    urging = next(e for e in events if e.trigger == "urged")
    return urging.date.value if urging.date else None


def test_an_undated_act_after_a_lead_said_on_a_day_takes_that_day():
    assert _urging_date(LEAD + "\n\nHe urged India to resume talks.") == "2012-03-15"


def test_a_lead_said_on_no_day_gives_none():
    assert _urging_date(LEAD.replace(" on Thursday", "") + "\n\nHe urged India to resume talks.") is None


def test_a_lead_said_on_a_stale_day_gives_none():
    """Said two weeks before publication: background, not the news of the day."""
    assert _urging_date(LEAD.replace("on Thursday", "on March 1") + "\n\nHe urged India to resume talks.") is None


def test_a_past_perfect_act_does_not_move_the_narration():
    text = LEAD + "\n\nHe said he had tried to telephone India on Wednesday. He urged India to resume talks."
    assert _urging_date(text) == "2012-03-15"


def test_a_simple_past_act_on_another_day_moves_the_narration():
    text = LEAD + "\n\nHe telephoned India on Wednesday. He urged India to resume talks."
    assert _urging_date(text) is None


JUNE = datetime(2012, 6, 1)


def test_an_undated_act_goes_on_from_its_agents_dated_act_in_the_paragraph():
    text = "Pakistan expelled India's envoy on March 2. Pakistan urged India to resume talks."
    assert _urging_date(text, JUNE) == "2012-03-02"


def test_the_other_sides_undated_act_does_not_go_on_from_that_day():
    text = "Pakistan expelled India's envoy on March 2. India urged Pakistan to resume talks."
    assert _urging_date(text, JUNE) is None


def test_a_run_goes_on_only_from_a_day():
    text = "Pakistan expelled India's envoy in March. Pakistan urged India to resume talks."
    assert _urging_date(text, JUNE) is None


def test_a_run_stops_at_the_paragraph():
    text = "Pakistan expelled India's envoy on March 2.\n\nPakistan urged India to resume talks."
    assert _urging_date(text, JUNE) is None


CALL = ("Pakistan's foreign minister told India's envoy in a telephone call that talks must resume. "
        "The border has been quiet for months. Diplomats expect little from the talks. ")


def _call_date(text: str):
    call = next(e for e in parse(text, FRIDAY)[-1] if e.type == "PhoneCall")
    return call.date.value if call.date else None


def test_earlier_on_a_day_puts_the_undated_acts_told_before_on_that_day():
    assert _call_date(CALL + "Earlier on Thursday, China urged both sides to show restraint.") == "2012-03-15"
    assert _call_date(CALL + "Later on Thursday, China urged both sides to show restraint.") == "2012-03-15"


def test_a_plain_day_after_an_undated_act_says_nothing_of_it():
    assert _call_date(CALL + "On Thursday, China urged both sides to show restraint.") is None


def test_a_stale_act_in_the_lead_leaves_the_news_day_to_the_next_fresh_one():
    """The lead first tells an older act (March 1), then the news (Thursday): the news day is Thursday."""
    text = ("Pakistan recalled its envoy from India on March 1. On Thursday, India expelled two Pakistani "
            "diplomats.\n\nPakistan urged India to resume talks.")
    assert _urging_date(text) == "2012-03-15"
    assert _urging_date(text.replace("On Thursday", "On March 2")) is None


def test_a_single_recent_act_in_the_present_perfect_takes_the_news_day():
    assert _urging_date(LEAD + "\n\nHe has urged India to resume talks.") == "2012-03-15"


@pytest.mark.parametrize("standing", ["has urged India several times", "has urged India so far",
                                      "has urged India for years", "has repeatedly urged India"])
def test_a_present_perfect_of_standing_or_repeated_acts_stays_undated(standing):
    assert _urging_date(LEAD + f"\n\nHe {standing} to resume talks.") is None


def _last_urging_date(text: str):
    urging = [e for e in parse(text, JUNE)[-1] if e.trigger == "urged"][-1]
    return urging.date.value if urging.date else None


def test_another_sides_reaction_told_next_shares_the_days_reaction():
    text = "Pakistan urged India on March 2 to resume talks. China urged both sides to show restraint."
    assert _last_urging_date(text) == "2012-03-02"


def test_the_answer_of_the_side_called_on_is_not_of_that_day():
    events = parse("Pakistan urged India on March 2 to resume talks. India rejected the call.", JUNE)[-1]
    rejection = next(e for e in events if e.type == "Rejection")
    assert rejection.date is None
