"""Acts told in a dated saying take no day of the saying from the shared-time rules: a sayer's own
act given as background ("said on Tuesday that it sent troops ... because ..."), another party's act,
one recalled in the past perfect, or one still to come keep only the time the text gives them. The
sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

SATURDAY = datetime(2019, 10, 19)  # "on Monday" is 2019-10-14, "on Tuesday" 2019-10-15


def _dated(text: str) -> dict[str, str | None]:
    return {e.trigger: (e.date.value if e.date else None) for e in parse(text, SATURDAY)[-1]}


def test_a_sayers_own_act_given_as_background_is_not_dated_by_the_saying():
    # a reason or a purpose tells why the act was done, not that it was done the day of the saying
    assert _dated("Nigeria said on Tuesday that it sent troops to Chad because the raids hurt its farmers."
                  )["sent"] is None
    assert _dated("Poland said on Tuesday that it joined the alliance to be safe from its neighbour.")["joined"] is None


def test_another_partys_act_or_a_recalled_one_is_not_dated_by_the_saying():
    assert _dated("Putin said on Monday that Russia expelled two German diplomats.")["expelled"] is None
    assert _dated("Iran said on Monday that it had rejected the plan.")["rejected"] is None


def test_an_act_to_come_told_in_a_dated_saying_keeps_no_day_of_it():
    # the saying's Monday is the announcement's; the joining that will never happen has no time
    assert _dated("Georgia will never join NATO, the Russian foreign minister said on Monday.")["join"] is None
    # the same with the other verbs of saying the shared-time rules read
    assert _dated("Georgia will never join NATO, the Russian foreign minister warned on Monday.")["join"] is None
    assert _dated("Ukraine will never join NATO, the Russian envoy insisted on Monday.")["join"] is None
    # the saying's day written before what is said, though the parser hangs it on the act to come
    assert _dated("Germany said late on Tuesday it would recall its ambassador to Russia.")["recall"] is None
    # a time of its own is kept
    assert _dated("Georgia will join NATO next year, the Russian foreign minister said on Monday.")["join"] == "2020"
