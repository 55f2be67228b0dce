"""A negated act named again with a definite noun calls off the act told before only when the noun
can point back at it (kb.extract.retold). Every sentence and name here is written for the test."""
from __future__ import annotations

from tests.extract_support import parse


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.modality) for e in parse(text)[-1])


def test_a_visit_cancelled_by_name_is_negated():
    text = ("Merkel had been flying to Ankara for talks with Erdogan on Sunday. Her plane turned back "
            "over the Aegean, cancelling the visit.")
    assert ("Visit", "negated") in _kinds(text)
    assert ("Visit", "asserted") not in _kinds(text)


def test_a_document_picked_out_by_its_own_clause_is_another_act():
    """"the memorandum amending ...": "the" is owed to the clause; the signing told before stands."""
    text = ("India signed a trade accord with France at a ceremony in Paris on Thursday. Last week "
            "India declined to sign the memorandum amending the nuclear pact of Pakistan and China.")
    assert ("AgreementSigned", "asserted") in _kinds(text)
    assert ("AgreementSigned", "negated") in _kinds(text)


def test_suspended_regular_meetings_leave_the_meeting_told_before():
    """A series ("the monthly meetings") is no cancelled occasion."""
    text = ("United Nations officials met in Geneva on Tuesday and imposed sanctions on Qatar. They also "
            "suspended the monthly liaison meetings held with Qatar.")
    assert ("Meeting", "asserted") in _kinds(text)
    assert ("Meeting", "negated") not in _kinds(text)
