"""A sayer telling its own act at a dated saying (kb.extract.sharedtime._own_act_told_at_its_saying):
"said on Monday that it rejected the plan" is the rejection's Monday; an act of another party, or one
recalled in the past perfect, is not dated by the saying. The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import parse

SATURDAY = datetime(2019, 10, 19)  # "on Monday" is 2019-10-14


def _dated(text: str) -> dict[str, str | None]:
    return {e.trigger: (e.date.value if e.date else None) for e in parse(text, SATURDAY)[-1]}


def test_a_sayers_own_act_takes_the_day_of_the_saying():
    assert _dated("Iran said on Monday that it rejected the plan.")["rejected"] == "2019-10-14"
    assert _dated("Pakistan said on Monday that Pakistan rejected the plan.")["rejected"] == "2019-10-14"


def test_another_partys_act_or_a_recalled_one_is_not_dated_by_the_saying():
    assert _dated("Putin said on Monday that Russia expelled two German diplomats.")["expelled"] is None
    assert _dated("Iran said on Monday that it had rejected the plan.")["rejected"] is None


def test_an_act_to_come_told_in_a_dated_saying_keeps_no_day_of_it():
    # the saying's Monday is the announcement's; the joining that will never happen has no time
    assert _dated("Georgia will never join NATO, the Russian foreign minister said on Monday.")["join"] is None
    # a time of its own is kept
    assert _dated("Georgia will join NATO next year, the Russian foreign minister said on Monday.")["join"] == "2020"
