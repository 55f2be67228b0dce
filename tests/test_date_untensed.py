"""An untensed verb (a to-infinitive, a participle) is told in the tense of the verb it hangs on, so
a simple past there makes it news of the day like any act told in the simple past
(kb.extract.maindate). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18
LEAD = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"


def _dates_of(text: str, trigger: str) -> list[str | None]:
    return dates_on(LEAD + text, trigger, SATURDAY)


def test_an_infinitive_takes_the_tense_of_what_it_completes():
    assert _dates_of("Riyadh was quick to condemn the expulsion.", "condemn") == ["2019-10-18"]
    # a standing habit told in the present perfect is no act of the day
    assert _dates_of("Riyadh has always been quick to condemn such expulsions.", "condemn") == [None]


def test_a_participle_on_the_subject_takes_the_tense_of_its_verb():
    assert _dates_of("Putin, meeting the Saudi envoy in Moscow, said Russia backed Riyadh.", "meeting") == ["2019-10-18"]
    # told in the present, what the speaker says is a standing claim, and the meeting no act of the day
    assert _dates_of("Putin, meeting the Saudi envoy in Moscow, says Russia backs Riyadh.", "meeting") == [None]
