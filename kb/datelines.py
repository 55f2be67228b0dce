"""The dateline that opens a wire story: "SOCHI, Russia (Reuters) - ", "GENEVA (AP) — ",
"WASHINGTON, March 3 (Reuters) - ", read off the first body paragraph by kb.cleaning."""
from __future__ import annotations

import re
from datetime import date, datetime

from kb import gazetteer
from kb.model import Dateline
from kb.months import month_number
from kb.pagehead import MONTH_RE as _MONTH_RE

# "SOCHI, Russia (Reuters) - ", "GENEVA (AP) — ", "WASHINGTON, March 3 (Reuters) - ", and the forms
# scrapers leave: the dash glued on or lost ("KYIV (AP)—", "KYIV (AP)The"), a place in title case
# ("Dayton, Ohio (AP) — ", dash required), no agency at all ("PARIS — ", "SAN JOSE — ", capitals and
# a spaced dash; a short word only as the first of several, so "US — " is no place). A place in title
# case must open a sentence after its dash ("Envoys (AP) — talks." is no dateline). A country's
# name may join words with "and", "of", "the" ("PORT OF SPAIN, Trinidad and Tobago (Reuters) - ").
# An agency may stand alone ("(Reuters) - "), and a known place in capitals may end on a colon
# ("NEW DELHI: ").
_CAPS_PLACE = r"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}"
_TITLE_PLACE = r"(?!(?:The|A|An|It|This|That|He|She|They|We|In|On|At)\b)[A-Z][a-z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"
_COUNTRY_PART = (rf"(?:,\s*(?!{_MONTH_RE}\s+\d)"
                 rf"(?P<country>[A-Z][\w.'\-]*(?: (?:(?:and|of|the) )*[A-Z][\w.'\-]*){{0,3}}))?"
                 rf"(?:,\s*(?P<day>{_MONTH_RE}\s+\d{{1,2}}))?")
# The agency in brackets or between slashes, as the wires set it: "(Reuters)", "(dpa)", "/Xinhua/".
# One letter in brackets is no agency: "(c)" is the copyright sign.
_AGENCY = r"\s*[(/](?P<agency>[A-Za-z][A-Za-z.& ]{1,30})[)/]"
# A place in title case needs its agency and a dash; with no country after it, the place must be one
# the gazetteer knows, since a sentence may open on a capitalised word and a wire's name
# ("Envoys (Reuters) — Monday ..."). The cost: a small town's title-case dateline with no country
# ("Sderot (Reuters) — ...") stays in the text and gives no place.
_TITLE_DATELINE = re.compile(rf"(?P<place>{_TITLE_PLACE}){_COUNTRY_PART}{_AGENCY}\s*[-–—]+\s*(?=[A-Z0-9\"“])")
_DATELINES = (
    re.compile(rf"(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*){_COUNTRY_PART}{_AGENCY}"
               r"(?:\s*[-–—]+\s*|\s*(?=[A-Z\"“]))"),
    _TITLE_DATELINE,
    re.compile(rf"(?P<place>(?:[A-Z][A-Z'\-]{{3,}}|[A-Z]{{2,3}}(?= [A-Z]))"
               rf"(?: [A-Z][A-Z'\-]+){{0,3}}(?:/{_CAPS_PLACE})*)"
               rf"{_COUNTRY_PART}"
               r"(?P<agency>)\s+(?:[–—]|--?)\s+"),
    # the agency alone, "(Reuters) - ", and a place in capitals with a colon, "NEW DELHI: "
    re.compile(r"(?P<place>)\((?P<agency>[A-Za-z][A-Za-z.& ]{1,30})\)\s*[-–—]+\s*(?=[A-Z0-9\"“])"),
    re.compile(rf"(?P<place>{_CAPS_PLACE}){_COUNTRY_PART}(?P<agency>)(?P<colon>:)\s+(?=[A-Z\"“])"),
)


def dateline_match(paragraph: str) -> re.Match | None:
    """The first dateline form that fits; without an agency, an acronym ("NATO — ") is no place, but a
    body's seat named in full is ("UNITED NATIONS, May 4 -- ")."""
    match = next(filter(None, (pattern.match(paragraph) for pattern in _DATELINES)), None)
    if match is None:
        return None
    if not match["agency"] and " " not in match["place"] and gazetteer.organization(match["place"]) is not None:
        return None
    if not match["place"]:     # "(Reuters) - ": a news agency, not "(Updated) - "
        org = gazetteer.organization(match["agency"])
        return match if (org is not None and org.kind == "media") or match["agency"].isupper() else None
    if match.groupdict().get("colon") and gazetteer.place(match["place"].title()) is None:
        return None            # "NOTE: ", "UPDATE: " are no places
    if match.re is _TITLE_DATELINE and not match["country"] and gazetteer.place(match["place"]) is None \
            and gazetteer.country(match["place"]) is None:
        return None            # "Envoys (Reuters) — Monday ...": title case names a place we know
    return match


def dateline_of(match: re.Match, published: datetime | None) -> tuple[Dateline | None, str | None]:
    """The place, state and filing day a dateline match names, and its agency."""
    place = match["place"].split("/")[0].title()
    day = _written_day(match.groupdict().get("day"), published)
    return (Dateline(place=place, country=match["country"], day=day) if place else None,
            match["agency"].strip() or None)


# A dateline's day is the day the story was filed: a paper dated the next morning carries
# "WASHINGTON, May 6 -" on May 7. Farther from publication it is more likely a slip or a reprint.
_FILED_BEFORE_DAYS = 3


def _written_day(text: str | None, published: datetime | None) -> date | None:
    """The day a dateline's "Mon DD" names, when it falls on publication or up to three days
    before it (a dateline of Dec 31 on a paper of Jan 1 is last year's)."""
    if not text or published is None:
        return None
    month = month_number(text.split()[0])
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(text.split()[-1]))
        except ValueError:
            return None
        if 0 <= (published.date() - day).days <= _FILED_BEFORE_DAYS:
            return day
    return None
