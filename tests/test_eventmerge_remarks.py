"""Two remarks told in different sentences by speakers the text names apart are two occasions,
even when both speak for one state (kb.extract.eventmerge); one speaker told again keeps one.
Every sentence and name here is written for the test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events

WEDNESDAY = datetime(2023, 11, 8)


def _statements(text: str):
    return [e for e in _events(text, WEDNESDAY)[0] if e.type == "Statement"]


def test_remarks_of_two_speakers_of_one_state_stay_apart():
    text = ("An Italian coast guard spokesman said on Tuesday that the rescued sailors would be flown "
            "home within days.\n\n"
            "In Rome, Italy's tourism minister said the summer season would bring record numbers.")
    remarks = _statements(text)
    assert len(remarks) == 2
    assert all(len(r.evidence) == 1 for r in remarks)
    # the coast guard's remark takes no place from the minister's sentence
    spokesman = next(r for r in remarks if "coast guard" in r.evidence[0].text)
    assert spokesman.place is None
