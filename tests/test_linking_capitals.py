""""Both capitals", "the two capitals": the two governments named before, as "both governments"
is; the capitals of a region are no such pair. Every sentence and name here is written for the
test."""
from __future__ import annotations

from datetime import datetime

from tests.test_participants import _events, _one

DAY = datetime(2024, 3, 14)


def test_both_capitals_are_the_two_states_named_before():
    text = ("Moldova and Romania signed a border treaty in May.\n\nTrade has grown since then. On Monday "
            "EU officials urged both capitals to put it into force.")
    appeal = _one(_events(text, DAY)[0], "Appeal")
    assert set(appeal.recipients) == {"country:MDA", "country:ROU"}


def test_the_capitals_of_a_region_are_no_pair_of_states():
    text = ("Moldova and Romania signed a border treaty in May. On Monday EU officials urged "
            "the capitals of the region to back it.")
    appeal = _one(_events(text, DAY)[0], "Appeal")
    assert not {"country:MDA", "country:ROU"} & set(appeal.recipients)
