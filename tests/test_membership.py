"""Joining a body (kb.extract.membership): a state joining or acceding to a bloc, an alliance or a
treaty signs up to it; a bid, an application or a hope to join is not yet joining, and a person
joining a party, gangs joining forces or a gerund with no one joining are no membership."""
import pytest

from tests.extract_support import trigger_kind


@pytest.mark.parametrize("sentence, word", [
    ("Croatia joined the European Union in 2013.", "joined"),
    ("Bhutan joined the United Nations in 1971.", "joined"),
    ("Montenegro acceded to the treaty in 2017.", "acceded"),
    ("The European Union, which Latvia joined two years ago, urged Moscow to show restraint.", "joined"),
    ("Three more islands are expected to join the market next year.", "join"),
])
def test_a_state_joining_a_body_signs_up_to_it(sentence, word):
    assert trigger_kind(sentence, word) == "AgreementSigned"


@pytest.mark.parametrize("sentence, word", [
    ("Finland and Sweden applied to join NATO last May.", "join"),
    ("Paris vowed to veto the bid of Albania to join the bloc.", "join"),
    ("Iceland hopes to join the European Union.", "join"),
    ("Its bid to join the World Trade Organization stalled.", "join"),
    ("Ukraine was invited to join the bloc.", "join"),
    ("Officials in Minsk argued that joining the alliance was a risk for the region.", "joining"),
    ("She joined the Labour Party in 1990.", "joined"),
    ("Jane Okafor joined the World Bank in 1990.", "joined"),
    ("The two rebel groups joined forces in the spring.", "joined"),
    ("The envoys joined them for dinner on Friday.", "joined"),
])
def test_asking_or_hoping_to_join_and_other_joinings_are_no_membership(sentence, word):
    assert trigger_kind(sentence, word) != "AgreementSigned"


def test_joining_as_a_purpose_is_not_yet_joining():
    """An infinitive of purpose, also where the parser hangs the bids' infinitive on the verb."""
    assert trigger_kind("Albania reformed its courts to join the European Union.", "join") != "AgreementSigned"
    assert trigger_kind("Hungary may hold up the applications of Norway and Iceland to join the alliance, "
                        "its premier hinted.", "join") != "AgreementSigned"
