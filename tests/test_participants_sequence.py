"""A subjectless act told as the step before or after the main one ("After imposing sanctions on X,
Y recalled ...") is done by the main clause's subject (kb.extract.participants). Sentences are
written for the test."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.test_participants import _events

DAY = datetime(2021, 5, 12)


@pytest.mark.parametrize("text, kind, agent", [
    ("After imposing tariffs on Brazil on Monday, Argentina closed the border crossing.", "Sanction",
     "country:ARG"),
    ("Norway withdrew its envoy on Monday after freezing aid to Ethiopia.", "Sanction", "country:NOR"),
    ("Before signing a fishing pact with Chile on Monday, Peru dropped its claim.", "AgreementSigned",
     "country:PER"),
])
def test_the_step_before_or_after_is_the_main_subject_s(text, kind, agent):
    events, _ = _events(text, DAY)
    assert any(e.type == kind and agent in e.agents for e in events)


def test_a_step_hung_on_a_noun_takes_no_subject_from_elsewhere():
    events, _ = _events("The day after signing a fishing pact with Chile, the talks in Lima resumed.", DAY)
    assert all(not e.agents for e in events if e.type == "AgreementSigned")
