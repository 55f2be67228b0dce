"""A side's answer to the news opening a paragraph after an older run (kb.extract.maindate): a
reaction or a warning goes on from the run only when it names one of the run's acts; naming a party
of the run is not enough, the answer is then the news of the day. The paragraphs are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18
LEAD = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"
RUN = "On Oct. 2, Qatar closed its border with Saudi Arabia. The next day Riyadh recalled its envoy from Doha.\n\n"


def _dates_of(text: str, trigger: str) -> list[str | None]:
    found = [e.date.value if e.date else None for e in parse(text, SATURDAY)[-1] if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


def test_a_reaction_naming_only_a_party_of_the_older_run_is_the_news_of_the_day():
    assert _dates_of(LEAD + RUN + "The Chinese government praised Qatar.", "praised") == ["2019-10-18"]


def test_a_reaction_naming_an_act_of_the_run_goes_on_from_it():
    # "the closure" names the run's first act, not its last ("recalled")
    assert _dates_of(LEAD + RUN + "The Chinese government criticised Qatar for the closure.", "criticised") == [None]


def test_a_warning_opening_a_paragraph_is_an_answer_to_the_news_too():
    text = LEAD + RUN + "Kuwait warned that Qatar would pay a heavy price."
    assert _dates_of(text, "warned") == ["2019-10-18"]


def test_a_warning_naming_the_run_act_goes_on_from_it():
    text = LEAD + RUN + "Kuwait warned Riyadh against the recall."
    assert _dates_of(text, "warned") == [None]
