"""Dates told by a step from a date the text named before: "the same day", "hours later", "a week
later", "that year", "late that month", "March of that year", "a month later". The words'
counts come from kb.extract.daychains; this module finds the date they step from and steps."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kb.extract.calendarunits import MODIFIER_NAMES, MODIFIER_RE, MONTH_NUMBERS, MONTH_RE, apply_modifier, time_value
from kb.extract.daychains import days_from_last, units_from_last, vague_days_from_last
from kb.model import TimeValue

# the precisions of a named date a count in each unit can be taken from
FINE_ENOUGH = {"day": {"day"}, "month": {"day", "month"}, "year": {"day", "month", "year"}}
MONTH_OF_THAT_YEAR_RE = re.compile(rf"^({MONTH_RE}) of (?:that|the same) year$")
# "the following March", "that October", "the previous May": a month named from the date told last
# (after it, in its year, or before it), not from publication
# (kb.extract.datespans finds the words before a month by this list, this module steps by the same words)
MONTH_STEP_WORDS = (("the", "following"), ("the", "next"), ("the", "previous"))
_STEPS = "|".join(" ".join(words) for words in MONTH_STEP_WORDS)
MONTH_FROM_LAST_RE = re.compile(rf"^(?:(?P<rel>{_STEPS})|that|the same) (?P<month>{MONTH_RE})$")


def tells_a_step(norm: str) -> bool:
    """Whether normalised words tell a date from the one named before ("hours later", "that year")."""
    return days_from_last(norm) is not None or units_from_last(norm) is not None or vague_days_from_last(norm) \
        or bool(MONTH_OF_THAT_YEAR_RE.match(norm) or MONTH_FROM_LAST_RE.match(norm) or _modified_step(norm))


def _modified_step(norm: str) -> bool:
    """"late that month", "early the following year"."""
    modifier = MODIFIER_RE.match(norm)
    return modifier is not None and units_from_last(modifier.group(2)) is not None


def from_last_date(norm: str, earlier: list[TimeValue]) -> TimeValue | None:
    """The date normalised words tell from the date named last: "the same day", "hours later", "the
    next day", "a week later", "two days earlier" count from the day the narration last named
    (`earlier` holds neither the background days of clauses on nouns nor a day reached by counting
    back from another, "a week after the vote"); "a month later", "that year", "late that month",
    "March of that year" from the last date, at the unit counted, when it is fine enough;
    "that weekend" is the unit that holds the weekend after the day named last."""
    if norm == "that weekend" and earlier and earlier[-1].precision == "day":
        return _weekend_after(earlier[-1].earliest)
    days = days_from_last(norm)
    vague = vague_days_from_last(norm)
    if days is None and vague is not None:
        last = _last_fine_enough(earlier, "day")
        return None if last is None else _vague_step(last.earliest, *vague)
    if days is None:
        return _units_from_last_date(norm, earlier)
    last = _last_fine_enough(earlier, "day")
    if last is None:
        return None
    if days == 0:
        return replace(last)  # a copy: its words and offsets are its own
    return shifted(last, days, "day")


def _units_from_last_date(norm: str, earlier: list[TimeValue]) -> TimeValue | None:
    """A month or year told from the date named last: "a year later", "that month", "late that
    month" (with its modifier), "March of that year"."""
    month = MONTH_OF_THAT_YEAR_RE.match(norm)
    if month is not None:
        named = _last_fine_enough(earlier, "year")
        number = MONTH_NUMBERS.get(month.group(1)[:3])
        return time_value(date(named.earliest.year, number, 1), "month") if named and number else None
    month = MONTH_FROM_LAST_RE.match(norm)
    if month is not None:
        return _month_from_last(month.group("month"), month.group("rel"), earlier)
    modifier = MODIFIER_RE.match(norm)
    step = units_from_last(modifier.group(2) if modifier else norm)
    named = _last_fine_enough(earlier, step[1]) if step is not None else None
    if named is None:
        return None
    value = shifted(named, *step)
    if modifier:
        apply_modifier(value, MODIFIER_NAMES.get(modifier.group(1), modifier.group(1)))
    return value


def _month_from_last(name: str, rel: str | None, earlier: list[TimeValue]) -> TimeValue | None:
    """The month `name` in the year of the date named last ("that October"), or the first one after it
    ("the following March" after July 2015: March 2016) or before it ("the previous May"); a step either
    way is counted from a month or day, since from a bare year the month after could be of either year."""
    number = MONTH_NUMBERS.get(name[:3])
    named = _last_fine_enough(earlier, "year" if rel is None else "month")
    if named is None or number is None:
        return None
    year, month = named.earliest.year, named.earliest.month
    if rel in ("the following", "the next"):
        year += number <= month
    elif rel == "the previous":
        year -= number >= month
    return time_value(date(year, number, 1), "month")


def _last_fine_enough(earlier: list[TimeValue], unit: str) -> TimeValue | None:
    """The date named last, when it is precise enough to count a step in `unit` from. A coarser one
    ("in 2009") gives nothing: the step is told from it, and a finer date before it is another time."""
    last = earlier[-1] if earlier else None
    return last if last is not None and last.precision in FINE_ENOUGH[unit] and last.earliest is not None else None


def _smallest_unit_holding(first: date, last: date) -> TimeValue:
    """The smallest calendar unit that holds a span of days (the gold's rule for spans): its month,
    else its first day's year ("a few days later" told from March 10: March; from March 29: the year)."""
    if (first.year, first.month) == (last.year, last.month):
        return time_value(first, "month")
    return time_value(first, "year")


def _vague_step(day: date, nearest: int, farthest: int | None) -> TimeValue:
    """The time a step with no number tells from `day`: the smallest unit that holds its nearest and
    farthest days, or, with no farthest ("weeks earlier"), the year of its nearest day, as far as the
    text goes ("weeks" may run on into another month)."""
    if farthest is None:
        return time_value(day + timedelta(days=nearest), "year")
    return _smallest_unit_holding(*sorted((day + timedelta(days=nearest), day + timedelta(days=farthest))))


def _weekend_after(day: date) -> TimeValue:
    """The weekend a day falls in or runs up to (a Sunday's is the one it ends), as the smallest
    calendar unit that holds its Saturday and Sunday (the gold's rule for spans): their month, or
    their year when the weekend runs across a month's end."""
    saturday = day - timedelta(days=1) if day.weekday() == 6 else day + timedelta(days=(5 - day.weekday()) % 7)
    return _smallest_unit_holding(saturday, saturday + timedelta(days=1))


def shifted(named: TimeValue, step: int, unit: str) -> TimeValue:
    """`named` moved by `step` units, at the precision of the unit."""
    if unit == "day":
        return time_value(named.earliest + timedelta(days=step), "day")
    if unit == "month":
        months = named.earliest.year * 12 + named.earliest.month - 1 + step
        return time_value(date(months // 12, months % 12 + 1, 1), "month")
    return time_value(date(named.earliest.year + step, 1, 1), "year")
