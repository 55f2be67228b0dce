"""A reaction opening a paragraph after an older run (kb.extract.maindate) goes on from that run
when it names one of its parties or its act: a history told on below a lead about another matter is
no answer to the day's news. The paragraphs are our own (review 13, item 7: look-alikes kept after
the rule that gave such reactions the news day was withdrawn)."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18
LEAD = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"
RUN = "On Oct. 2, Qatar closed its border with Saudi Arabia. The next day Riyadh recalled its envoy from Doha.\n\n"


def _dates_of(text: str, trigger: str) -> list[str | None]:
    return dates_on(text, trigger, SATURDAY)


def test_a_reaction_naming_a_party_of_the_run_goes_on_from_it():
    assert _dates_of(LEAD + RUN + "The Chinese government criticised Qatar for the closure.", "criticised") == [None]


def test_a_history_told_on_is_no_answer_to_the_days_news():
    lead = "Georgia marked the anniversary of its independence on Friday.\n\n"
    history = "Russia invaded Georgia on Aug. 8, 2008, and held two regions within days.\n\n"
    assert _dates_of(lead + history + "The Chinese government condemned Russia.", "condemned") == [None]
