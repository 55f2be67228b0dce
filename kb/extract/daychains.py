"""Days told from a day the text named before: "the same day", "hours later", "the next
morning", "a week later", "two days after ...", and months or years told so ("a month later").
Words in, signed counts of days (or of months and years) out; kb.extract.dates turns them into dates."""
from __future__ import annotations

import re

from kb.extract.calendarunits import PARTS_OF_DAY_RE

PART_OF_DAY = rf"(?:day|{PARTS_OF_DAY_RE})"
# "hours later", "a few hours later", "an hour later": a count of hours stays within the day
HOURS = (r"(?:(?:a few|a couple of|several|some|two|three|four|five|six|\d{1,2}) (?:hours|minutes)"
         r"|an hour|hours|minutes|moments)")
SAME_DAY_RE = re.compile(rf"^(?:(the|that)( very| same)? {PART_OF_DAY}|{HOURS} (?:later|earlier)"
                         r"|within (?:hours|minutes|moments|the hour))$")
STEP_RE = re.compile(r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week)s?"
                     r"\s+(?P<dir>later|earlier|after|before)|the\s+(?P<next>next|following|previous)\s+" + PART_OF_DAY
                     + r"|the\s+day\s+(?P<rel>after|before))$")
# "before midnight", "by nightfall", "at dawn", "around noon": a time of the day named last (not "after
# midnight", which may be the next)
CLOCK_WORDS = {"midnight", "dawn", "daybreak", "nightfall", "noon"}
CLOCK_RE = re.compile(rf"^(?:(?:shortly |just )?before |around |about |towards? )?(?:{'|'.join(sorted(CLOCK_WORDS))})$")
# "a few days later", "weeks earlier": a step from the day named last that names no number, as the
# nearest and farthest days it may stand for; "weeks" has no farthest (None): six weeks or ten, the text
# does not say
VAGUE_STEP_RE = re.compile(r"^(?:(?:a few|several|a couple of|some)\s+)?(?P<unit>day|week)s\s+(?P<dir>later|earlier)$")
VAGUE_DAYS = {"day": (2, 6), "week": (14, None)}
# a count as written before "after"/"before"; a hedged count of months or years ("almost two years") still
# holds its unit, all the precision the text gives; a hedged count of days names no one day
HEDGES = r"(?:almost|nearly|about|around|some|roughly|more than|over|less than|just over|just under)"
COUNT_RE = re.compile(rf"^(?P<hedge>{HEDGES}\s+)?"
                      r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                      r"(?P<unit>day|week|month|year)s?$")
# "a month later", "two years earlier": a step in the unit counted, dated at that unit's precision
UNIT_STEP_RE = re.compile(r"^(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                          r"(?P<unit>month|year)s?\s+(?P<dir>later|earlier)$")
# "that year", "the same month", "that weekend" (the month that holds it), "the following year": the unit
# of the date named last, or the one after or before it
SAME_UNIT_RE = re.compile(r"^(?:(?:that|the same) (?P<same>weekend|week|month|year)"
                          r"|the (?P<rel>following|next|previous) (?P<unit>month|year))$")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, **{str(n): n for n in range(1, 100)}}


def counts_from_a_day(norm: str) -> bool:
    """Whether normalised words tell a time from the day named last ("that evening", "the next morning")."""
    return bool(SAME_DAY_RE.match(norm) or STEP_RE.match(norm) or VAGUE_STEP_RE.match(norm))


def vague_days_from_last(norm: str) -> tuple[int, int | None] | None:
    """The signed nearest and farthest days a step with no number stands for ("a few days later": (2, 6),
    "a few days earlier": (-2, -6), "weeks earlier": (-14, None), no farthest); None for other words."""
    step = VAGUE_STEP_RE.match(norm)
    if step is None:
        return None
    nearest, farthest = VAGUE_DAYS[step.group("unit")]
    sign = 1 if step.group("dir") == "later" else -1
    return sign * nearest, None if farthest is None else sign * farthest


def days_from_last(norm: str) -> int | None:
    """Signed days from the day named last ("the same day": 0, "before midnight": 0, "a week later": 7,
    "the day before": -1); None for other words or a vague count."""
    if SAME_DAY_RE.match(norm) or CLOCK_RE.match(norm):
        return 0
    step = STEP_RE.match(norm)
    if step is None:
        return None
    if step.group("next"):
        return 1 if step.group("next") in ("next", "following") else -1
    if step.group("rel"):
        return 1 if step.group("rel") == "after" else -1
    count = COUNTS.get(step.group("n"))
    if count is None:
        return None
    sign = 1 if step.group("dir") in ("later", "after") else -1
    return sign * count * (7 if step.group("unit") == "week" else 1)


def count_of_units(norm: str) -> tuple[int, str] | None:
    """A bare count as (number, calendar unit): "two days" (2, "day"), "a week" (7, "day"), "almost
    two years" (2, "year"), "three months" (3, "month"); else None ("nearly a week")."""
    count = COUNT_RE.match(norm)
    number = COUNTS.get(count.group("n")) if count else None  # "0 days" matches the pattern but counts none
    if not number:
        return None
    unit = count.group("unit")
    if unit in ("day", "week") and count.group("hedge"):
        return None  # "nearly a week after": no one day
    return (number * 7, "day") if unit == "week" else (number, unit)


def units_from_last(norm: str) -> tuple[int, str] | None:
    """A signed step of months or years from the date named last ("a month later": (1, "month"),
    "two years earlier": (-2, "year"), "that year": (0, "year"), "the previous year": (-1, "year"),
    "that weekend": (0, "month"), the month that holds it); None for other words."""
    same = SAME_UNIT_RE.match(norm)
    if same is not None and same.group("same"):
        return 0, "month" if same.group("same") in ("week", "weekend") else same.group("same")
    if same is not None:
        return (-1 if same.group("rel") == "previous" else 1), same.group("unit")
    step = UNIT_STEP_RE.match(norm)
    count = COUNTS.get(step.group("n")) if step else None
    if not count:
        return None
    return (count if step.group("dir") == "later" else -count), step.group("unit")
