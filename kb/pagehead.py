"""Read the lines that credit and date a scraped article: stamps, bylines and credits (the
shape of a byline or credit is kb.credits').

A stamp line may hold several items between separators ("27 June 1997 | by A. Writer | 4 min
read", "April 7, 2008 / 7:57 AM / 12 years ago"); it counts only when every item is one of
these, so a sentence that merely starts with a date or with "By" stays text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from kb import gazetteer as gz
from kb.credits import byline_names, credit_names, is_outlet_name, is_personal_name, is_role, signed_names, split_names
from kb.months import month_number

MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

# A weekday in full or cut short, as some pages print it ("Mon 3 May 2021 10.00 BST").
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)"
_TIME = (r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|\([^()]{1,30}\)))?")
# A time set before the date it belongs to ("Last updated 8.05pm GMT, Friday 6 June 2003"); only
# the date is kept from such an item.
_TIME_BEFORE = r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?,?\s+)"
# The words that open a stamp ("Updated", "Last modified", "First published"): the stamp item opens there.
_STAMP_OPENING = r"(?:last\s+|first\s+)?(?:updated|modified|published|posted)"
_STAMP_WORD = rf"(?:(?i:{_STAMP_OPENING}(?:\s+on)?):?\s+)"
# "Published August 8, 1987", "8 January 2022, 19:40 (Almaty time)", "Sunday, 27 June 1997 at 14.05"
# Pages that print a date in figures put the day first ("28.06.2005") or write it the ISO way
# ("2005-06-28"); a slashed date ("06/07/2005") is left alone, since its order varies by country.
_DATE_ITEM = re.compile(
    rf"(?P<word>{_STAMP_WORD})?{_TIME_BEFORE}?{_WEEKDAY}?"
    rf"(?:(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_RE}),?\s+(?P<year2>\d{{4}})"
    rf"|(?P<day3>\d{{1,2}})\.(?P<month3>\d{{1,2}})\.(?P<year3>\d{{4}})"
    rf"|(?P<year4>\d{{4}})-(?P<month4>\d{{2}})-(?P<day4>\d{{2}}))"
    rf"(?:(?:,|\s+at)?\s*{_TIME})?")
_TIME_ITEM = re.compile(rf"{_STAMP_WORD}?{_TIME}")   # "11:40 a.m.", "Updated 09:40"
# Items that date nothing by themselves: "12 years ago", "4 min read", a live page's "Refresh for
# the latest".
_FILLER_ITEM = re.compile(r"(?:Updated\s+)?(?:an?|\d{1,3})\s+\w+\s+ago|\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read"
                          r"|refresh(?: this page)? (?:for|to see) the latest(?: updates)?", re.I)
# A byline that names no one and that kb.credits does not already take as a desk or a role: a team
# or a newsroom ("compiled by the World team"), staff with the wires ("Staff reporters, with agencies").
_UNSIGNED_ITEM = re.compile(
    r"(?:(?:posted|compiled|filed|written)\s+)?by\s+(?:the\s+|our\s+)?(?:[A-Z][\w&'\-]*\s+){0,3}(?:team|newsroom)"
    r"|(?:staff|our)\s+(?:reporters?|correspondents?|writers?),?\s+(?:with|and)\s+(?:wires|agencies)", re.I)
# Items sit between pipes, bullets, slashes or spaced dashes; a stamp word opens a new item ("...
# Published May 3"), and with "Last" or "First" before it, the item opens there ("Last updated").
# A trail of sections ("News > Africa", "ARCHIVE > 3 May 1981") is split at its arrows.
_ITEM_SPLIT = re.compile(r"\s+[|•·/>»–—-]\s+|(?<![Ll]ast)(?<![Ff]irst)(?<!LAST)(?<!FIRST)"
                         rf"\s+(?=(?i:{_STAMP_OPENING})\b)")
# A section of the site named in such a trail or beside a stamp: a few capitalised words, no stop.
_SECTION_ITEM = re.compile(r"[A-Z][\w&'\-]*(?:\s+(?:[A-Z][\w&'\-]*|&|and|of|the|THE|OF|AND)){0,3}")

@dataclass
class HeadLine:
    """What one stamp or byline line says."""

    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    filed_from: str | None = None    # the one place its writers filed from: "By A in Suva", "A | Suva"


def read_head_line(line: str) -> HeadLine | None:
    """The stamp and names of a line made only of stamp, byline and credit items, else None."""
    dates, times, authors, named, places = [], [], [], False, set()
    unsigned, roles, outlets, sections = [], False, False, False
    for item in _ITEM_SPLIT.split(line.strip()):
        if (match := _DATE_ITEM.fullmatch(item)) is not None:
            dates.append(match)
        elif (match := _TIME_ITEM.fullmatch(item)) is not None:
            times.append(match)
        elif (names := _credited(item)) is not None:
            authors += names
            named = True
            places.update(_filing_places(item))
        elif is_role(item):
            roles = True     # "Ana Lima | Staff Writer"
        elif _UNSIGNED_ITEM.fullmatch(item):
            named = True     # signed, by no one in particular
        elif names := _personal_names(item):
            unsigned += names
        elif _SECTION_ITEM.fullmatch(item):
            if _is_city(item):
                places.add(item)
            # "News > Africa | May 3, 2020", "By Ana Lima | Algiers", "By Ana Lima | AP"; a masthead
            # ("THE HARBOUR POST | ARCHIVE") dates nothing and vouches for no name
            sections = True
        elif is_outlet_name(item):
            outlets = True   # "the Harbour Post"
        elif not _FILLER_ITEM.fullmatch(item):
            return None
    if sections and not (dates or named):
        return None      # "Home > Africa > Politics" is a trail of links, dated by nothing
    # "Ana Lima | Staff Writer", "Ana Lima | May 3, 2020", "Story by A | Photos: Post / Ana Lima":
    # names beside a role, a date or a credit
    if unsigned:
        if not (roles or dates or named):
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
    return HeadLine(published=published, authors=authors, filed_from=places.pop() if len(places) == 1 else None)


# Where a byline says its writer filed from: "By Ana Lima in Suva", "By Ana Lima, Suva".
_FILED_AT = re.compile(r"(?:\bin|,)\s+(?P<place>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})(?=\s*(?:,|\band\b|$))")


def byline_place(byline: str) -> str | None:
    """The one city a page's byline element says its writers filed from ("By A · Oslo · 20 May 2016",
    "A in Luxembourg — 4 October 2005", "A, Regional Correspondent, in Jakarta"), else None. The page
    marks the element as a byline, so its items need not all read as stamp or credit items."""
    cities, named = set(), set()
    for item in _ITEM_SPLIT.split(byline.strip()):
        cities.update(_filing_places(item))
        if _SECTION_ITEM.fullmatch(item) and _is_city(item):
            cities.add(item)
        # a place after "in" that the gazetteer lacks is no city to give, but it is a second place
        # named: "By A in Dajabon and B in Port-au-Prince" says nothing of which is the story's, and
        # "By A | Published 4 May in World News" names a section, not where A filed from
        named.update(m["place"] for m in _FILED_AT.finditer(item) if m[0].startswith("in"))
    return cities.pop() if len(cities) == 1 and named <= cities else None


def _filing_places(byline: str) -> set[str]:
    """The known places a byline's writers filed from (one per writer, when each names one)."""
    return {m["place"] for m in _FILED_AT.finditer(byline) if _is_city(m["place"])}


def _is_city(name: str) -> bool:
    """A city writers file from; a section named for a region or a sea ("PACIFIC") is none."""
    entry = gz.place(name)
    return entry is not None and entry.kind == "city"


def _credited(item: str) -> list[str] | None:
    """The names of a byline or credit item ([] for "By Reuters Staff"), else None."""
    return next((names for read in (byline_names, credit_names, signed_names) if (names := read(item)) is not None),
                None)


def _personal_names(item: str) -> list[str] | None:
    names = split_names(item)
    return names if names and all(map(is_personal_name, names)) else None


def _stamp_datetime(date: re.Match, time: re.Match | None) -> datetime | None:
    named_month = _group(date, "month", 2)
    month = month_number(named_month) if named_month else int(_group(date, "month", 4, first=3))
    hour = minute = 0
    if time is not None:
        hour, minute = int(time["hour"]), int(time["minute"])
        ampm = (time["ampm"] or "").lower()
        hour = hour % 12 + (12 if ampm.startswith("p") else 0) if ampm else hour
    try:
        return datetime(int(_group(date, "year", 4)), month, int(_group(date, "day", 4)), hour, minute)
    except ValueError:
        return None


def _group(date: re.Match, name: str, last: int, first: int = 1) -> str | None:
    """The one of a date's alternative groups that matched: "day", "day2", "day3"... (`first`..`last`)."""
    names = [name if n == 1 else f"{name}{n}" for n in range(first, last + 1)]
    return next((date[n] for n in names if date[n]), None)


def looks_like_stamp(line: str) -> bool:
    """Whether a line opens with a date, as a stamp does (even one too broken to read)."""
    return _DATE_ITEM.match(line) is not None
