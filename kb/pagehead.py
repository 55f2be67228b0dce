"""Read the lines that credit and date a scraped article: stamps, bylines and credits (the
shape of a byline or credit is kb.credits').

A stamp line may hold several items between separators ("27 June 1997 | by A. Writer | 4 min
read", "April 7, 2008 / 7:57 AM / 12 years ago"); it counts only when every item is one of
these, so a sentence that merely starts with a date or with "By" stays text.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import datetime

from kb.credits import byline_names, credit_names, is_outlet_name, is_personal_name, is_role, signed_names, split_names

_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_TIME = (r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|\([^()]{1,30}\)))?")
_STAMP_WORD = r"(?:(?i:(?:last\s+|first\s+)?(?:updated|published|posted)(?:\s+on)?):?\s+)"
# "Published August 8, 1987", "8 January 2022, 19:40 (Almaty time)", "Sunday, 27 June 1997 at 14.05"
_DATE_ITEM = re.compile(
    rf"(?P<word>{_STAMP_WORD})?{_WEEKDAY}?"
    rf"(?:(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_RE}),?\s+(?P<year2>\d{{4}}))"
    rf"(?:(?:,|\s+at)?\s*{_TIME})?")
_TIME_ITEM = re.compile(_TIME)
# Items that date nothing by themselves: "12 years ago", "4 min read".
_FILLER_ITEM = re.compile(r"(?:Updated\s+)?(?:an?|\d{1,3})\s+\w+\s+ago|\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read", re.I)
# Items sit between pipes, bullets or slashes; a stamp word opens a new item ("... Published May 3").
_ITEM_SPLIT = re.compile(r"\s+[|•·/]\s+|\s+(?=(?i:(?:last\s+|first\s+)?(?:updated|published|posted))\b)")

@dataclass
class HeadLine:
    """What one stamp or byline line says."""

    published: datetime | None = None
    authors: list[str] = field(default_factory=list)


def read_head_line(line: str) -> HeadLine | None:
    """The stamp and names of a line made only of stamp, byline and credit items, else None."""
    dates, times, authors, named = [], [], [], False
    unsigned, roles, outlets = [], False, False
    for item in _ITEM_SPLIT.split(line.strip()):
        if (match := _DATE_ITEM.fullmatch(item)) is not None:
            dates.append(match)
        elif (match := _TIME_ITEM.fullmatch(item)) is not None:
            times.append(match)
        elif (names := _credited(item)) is not None:
            authors += names
            named = True
        elif is_role(item):
            roles = True     # "Ana Lima | Staff Writer"
        elif is_outlet_name(item):
            outlets = True   # "By Ana Lima | AP"; a masthead ("THE HARBOUR POST | ARCHIVE") vouches for no name
        elif names := _personal_names(item):
            unsigned += names
        elif not _FILLER_ITEM.fullmatch(item):
            return None
    if unsigned:     # "Ana Lima | Staff Writer", "Ana Lima | May 3, 2020": names beside a role or a date
        if not (roles or dates):
            return None
        authors += unsigned
        named = True
    if not dates and not named or outlets and not named:
        return None
    published = None
    if dates:
        chosen = next((m for m in dates if m["word"] and "publish" in m["word"].lower()), dates[0])
        published = _stamp_datetime(chosen, chosen if chosen["hour"] else (times[0] if times else None))
        if published is None:   # "February 30": not a stamp we can trust, leave the line alone
            return None
    return HeadLine(published=published, authors=authors)


def _credited(item: str) -> list[str] | None:
    """The names of a byline or credit item ([] for "By Reuters Staff"), else None."""
    return next((names for read in (byline_names, credit_names, signed_names) if (names := read(item)) is not None),
                None)


def _personal_names(item: str) -> list[str] | None:
    names = split_names(item)
    return names if names and all(map(is_personal_name, names)) else None


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept.", "Dec", "March")."""
    prefix = name.rstrip(".").lower()[:3]
    return next(n for n, full in enumerate(_MONTHS, 1) if full.startswith(prefix))


def _stamp_datetime(date: re.Match, time: re.Match | None) -> datetime | None:
    month = month_number(date["month"] or date["month2"])
    hour = minute = 0
    if time is not None:
        hour, minute = int(time["hour"]), int(time["minute"])
        ampm = (time["ampm"] or "").lower()
        hour = hour % 12 + (12 if ampm.startswith("p") else 0) if ampm else hour
    try:
        return datetime(int(date["year"] or date["year2"]), month, int(date["day"] or date["day2"]),
                        hour, minute)
    except ValueError:
        return None


def looks_like_stamp(line: str) -> bool:
    """Whether a line opens with a date, as a stamp does (even one too broken to read)."""
    return _DATE_ITEM.match(line) is not None
