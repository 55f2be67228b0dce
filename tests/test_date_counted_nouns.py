"""An act named by a noun with a count of units told of it ("nine months of quiet negotiations",
"almost three years of war") began that count before the news of the day, in the unit counted
(kb.extract.maindate, tests/gold/README.md Dates, way 1). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.extract_support import parse

PUBLISHED = datetime(2021, 8, 25)
LEAD = "India and Pakistan signed a peace accord on Monday."  # the news day: 2021-08-23


def _dated(text: str, trigger: str) -> list[str | None]:
    found = [e.date.value if e.date else None for e in parse(f"{LEAD} {text}", PUBLISHED)[-1] if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


@pytest.mark.parametrize("text, trigger, value", [
    ("The deal crowned nine months of quiet negotiations between India and Pakistan.", "negotiations", "2020-11"),
    ("Almost three years of fighting between India and Pakistan had emptied the valley.", "fighting", "2018"),
])
def test_a_counted_span_of_an_act_dates_its_start_back_from_the_news_day(text, trigger, value):
    assert _dated(text, trigger) == [value]


def test_a_vague_span_or_one_the_sentence_dates_itself_is_not_counted_from_the_news_day():
    assert _dated("Years of talks between India and Pakistan had failed.", "talks") == [None]
    assert _dated("In 2010, after two years of talks between India and Pakistan, the border opened.",
                  "talks") == ["2010"]  # told from the year the sentence names
