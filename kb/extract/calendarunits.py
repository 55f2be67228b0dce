"""Calendar units read by arithmetic on the publication day, without dateparser: weekdays,
weekends, "this/next/last week|month|year", "June last year", seasons, "in recent days", parts of
the day of publication ("this morning", "last night"); and the
TimeValue a day at a precision becomes. kb.extract.dates tries these before dateparser, which takes
milliseconds per phrase."""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from kb.model import TimeValue

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [m.lower() for m in calendar.month_name[1:]]
CALENDAR_UNITS = {"hour", "day", "week", "month", "year", "decade"}  # the units a count of time is told in
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
PARTS_OF_DAY_RE = "|".join(sorted(PARTS_OF_DAY))
MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(MONTHS, 1)}  # "sep" -> 9
WEEKDAY_RE = re.compile(rf"^(?:(?:early|late)\s+)?(?:on\s+)?(?:(?P<last>last)\s+)?(?P<day>{'|'.join(WEEKDAYS)})"
                        rf"(?:\s+(?:{PARTS_OF_DAY_RE}))?"
                        r"(?:\s+of\s+(?P<week>last|this|next)\s+week)?$")
WEEK_STEPS = {"last": -1, "this": 0, "next": 1}
MONTH_YEAR_RE = re.compile(  # "June last year", "May 25 last year", "March of next year", "last June", "next March"
    rf"^(?:(?:(?P<d0>\d{{1,2}})\s+)?(?P<m1>{MONTH_RE})(?:\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?)?(?:\s+of)?"
    rf"\s+(?P<rel1>last|next|this)\s+year|(?P<rel2>last|next|this)\s+(?P<m2>{MONTH_RE}))$")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
SEASON_RE = re.compile(r"^(?:(this|next|last|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?$")
LAST_WEEKDAY_NEAREST = 2  # "last X" never names the day before publication nor the day before that
WEEKEND_RE = re.compile(r"^(?:(this|last|next|the|over the)\s+)?weekend$")


def time_value(d: date, precision: str, end: date | None = None) -> TimeValue:
    lo, hi = bounds(d, precision)
    tv = TimeValue(value=iso_value(d, precision), precision=precision, earliest=lo, latest=hi)
    if end is not None and end != d:
        tv.end = iso_value(end, precision)
        tv.latest = bounds(end, precision)[1]
    return tv


def iso_value(d: date, precision: str) -> str:
    """ISO value at a precision, with four-digit years as xsd:gYear needs ("0999", not "999")."""
    return {"day": d.isoformat(), "month": f"{d.year:04d}-{d.month:02d}", "year": f"{d.year:04d}"}[precision]


def bounds(d: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return d, d
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return date(d.year, 1, 1), date(d.year, 12, 31)


# "the past week" and "the coming month" are spans up to or from now, not calendar units: left out
# as units; a span of the last few days is dated only as the month it lies in (recent_days).
RECENT_DAYS_RE = re.compile(r"^(?:over )?(?:recent|the (?:past|last)(?: few| several| couple of)?) (?:days|week)$")


def recent_days(today: date) -> TimeValue | None:
    """"in recent days", "over the past week": the month holding the week up to publication, when
    the whole week lies in it (else the month is unknown and so is the date)."""
    start = today - timedelta(days=7)
    if (start.year, start.month) != (today.year, today.month):
        return None
    tv = time_value(today, "month")
    tv.earliest, tv.latest = start, today
    return tv


UNIT_FROM_NOW_RE = re.compile(r"^(this|next|last) (week|month|year)$")
STEP = {"this": 0, "next": 1, "last": -1}


def unit_from_now(norm: str, pub: datetime) -> TimeValue | None:
    """"this week", "next month", "last year": plain calendar arithmetic. These are the commonest
    relative dates in news, and dateparser takes milliseconds over each one."""
    m = UNIT_FROM_NOW_RE.match(norm)
    if not m:
        return None
    step, unit, today = STEP[m.group(1)], m.group(2), pub.date()
    if unit == "year":
        return time_value(date(today.year + step, 1, 1), "year")
    if unit == "month":
        months = today.year * 12 + today.month - 1 + step
        return time_value(date(months // 12, months % 12 + 1, 1), "month")
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
    tv = time_value(monday + timedelta(days=3), "month")  # the month that holds the week's Thursday
    tv.earliest, tv.latest = monday, monday + timedelta(days=6)
    return tv


# A part of the day told from the day of publication: "this morning", "tonight" are that day, "last
# night" and "last evening" the day before (a paper's "last night" is the evening before it went out).
PART_OF_TODAY_RE = re.compile(r"^(?:(?P<today>this (?:morning|afternoon|evening)|tonight)|last (?:night|evening))$")


def part_of_today(norm: str, pub: datetime) -> TimeValue | None:
    m = PART_OF_TODAY_RE.match(norm)
    if not m:
        return None
    return time_value(pub.date() - timedelta(days=0 if m.group("today") else 1), "day")


def weekday(norm: str, pub: datetime, tense: str | None) -> TimeValue | None:
    m = WEEKDAY_RE.match(norm)
    if not m:
        return None
    target, today = WEEKDAYS.index(m.group("day")), pub.date()
    if m.group("week"):  # "Thursday of last week": that day of the calendar week before publication's
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=WEEK_STEPS[m.group("week")])
        return time_value(monday + timedelta(days=target), "day")
    if tense == "future" and not m.group("last"):
        return time_value(today + timedelta(days=(target - today.weekday()) % 7), "day")
    back = (today.weekday() - target) % 7
    if m.group("last") and back <= LAST_WEEKDAY_NEAREST:
        # "last Sunday" said on a Tuesday: the Sunday of the week before (the one just gone would be
        # "on Sunday"); said on a Saturday it is the Sunday six days before
        back += 7
    return time_value(today - timedelta(days=back), "day")


def weekend(norm: str, pub: datetime, tense: str | None) -> TimeValue | None:
    m = WEEKEND_RE.match(norm)
    if not m:
        return None
    today = pub.date()
    if tense == "future" or m.group(1) == "next":
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    else:
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    return time_value(saturday, "day", saturday + timedelta(days=1))


def month_of_relative_year(norm: str, pub: datetime) -> TimeValue | None:
    """A month or a day placed by a relative year ("June last year", "May 25 last year", "25 May this
    year"), or the last or next such month ("last June" is the latest June before publication, "next
    March" the first one after)."""
    m = MONTH_YEAR_RE.match(norm)
    if m is None:
        return None
    name, rel = (m.group("m1"), m.group("rel1")) if m.group("m1") else (m.group("m2"), m.group("rel2"))
    month = MONTH_NUMBERS[name.rstrip(".")[:3]]
    if m.group("m1"):
        year = pub.year + {"last": -1, "next": 1, "this": 0}[rel]
    elif rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    day = m.group("d0") or m.group("d1")
    if day is not None:
        try:
            return time_value(date(year, month, int(day)), "day")
        except ValueError:  # "February 30 last year"
            return None
    return time_value(date(year, month, 1), "month")


def season(norm: str, pub: datetime, tense: str | None = None) -> TimeValue | None:
    """A season of a year; "the autumn" with no year is this year's, unless the tense puts it on
    the other side of publication (a past spring told in January was last year's; a coming
    spring told in October is next year's)."""
    m = SEASON_RE.match(norm)
    if not m:
        return None
    rel, name, year = m.groups()
    y = int(year) if year else pub.year + {"next": 1, "last": -1}.get(rel or "", 0)
    first, last = SEASONS[name]
    if not year and rel in (None, "the") and last >= first:
        if tense == "past" and pub.month < first:
            y -= 1
        elif tense == "future" and pub.month > last:
            y += 1
    tv = time_value(date(y, 1, 1), "year")
    tv.earliest = date(y, first, 1)
    end_year = y + 1 if last < first else y
    tv.latest = date(end_year, last, calendar.monthrange(end_year, last)[1])
    return tv


# "early/mid/late/end of X": the part of a month or year a modifier names
MODIFIER_RE = re.compile(
    r"^(?:the\s+)?(early|mid|middle|late|end|beginning|start)(?:\s*-\s*|\s+of\s+(?:the\s+)?|\s+)(.+)$")
MODIFIER_BOUNDS = {  # fraction of the period, as (first, last) day-of-month or month-of-year
    "month": {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)},
    "year": {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12)},
}
MODIFIER_NAMES = {"middle": "mid", "beginning": "early", "start": "early"}


def apply_modifier(tv: TimeValue, modifier: str) -> None:
    """Narrow a month or year to the part `modifier` names ("early", "mid", "late", "end")."""
    tv.modifier = modifier
    table = MODIFIER_BOUNDS.get(tv.precision)
    if not table or modifier not in table or tv.earliest is None:
        return
    first, last = table[modifier]
    base = tv.earliest
    if tv.precision == "month":
        days = calendar.monthrange(base.year, base.month)[1]
        tv.earliest, tv.latest = base.replace(day=first), base.replace(day=min(last, days))
    else:
        tv.earliest = date(base.year, first, 1)
        tv.latest = date(base.year, last, calendar.monthrange(base.year, last)[1])
