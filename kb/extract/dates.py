"""Dates: spaCy DATE entities (and bare weekday names) resolved against the publication date.

Each expression is parsed on its own with dateparser (never `search_dates` over the whole text,
see notes/nlp.md). Decisions worth knowing:
- precision is day, month or year; a *week* ("last week") becomes the month that holds the
  week's Thursday (the ISO rule), with `earliest`/`latest` bounding the exact week, because
  claiming a single day would be wrong six times out of seven;
- "early/mid/late/end of X" are stripped, parsed, and kept as `modifier` with narrowed bounds;
- a month or day without a year takes the year that puts it closest to publication, restricted
  to the past or the future when the governing verb's tense says so;
- bare weekdays are the latest such day up to publication, or the next one for future verbs;
- durations ("two-day", "four hours", "decades") and decades ("the 1990s") are not dates;
- without a publication date only expressions with an explicit year are kept.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from kb.extract.calendarunits import (MODIFIER_NAMES, MODIFIER_RE, MONTH_RE, PART_OF_TODAY_RE, RECENT_DAYS_RE,
                                      SEASON_RE, WEEKDAYS, apply_modifier, month_of_relative_year,
                                      part_of_today, recent_days, season, time_value, unit_from_now, weekday, weekend)
from kb.extract.datespans import date_spans
from kb.extract.datesteps import FINE_ENOUGH, from_last_date, shifted, tells_a_step
from kb.extract.datetense import tense_hint
from kb.extract.datewords import DEADLINE_WORDS, NUMBER_WORDS, counted_units, normalise
from kb.model import TimeValue
from kb.nlp import text_of

UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries|time)"
DURATION_RE = re.compile(
    rf"^(?:(?:about|some|nearly|almost|more than|less than|over|at least|up to|the past|the last|"
    rf"the next|the previous|another|the first|the)\s+)*(?:{NUMBER_WORDS}[\s-]+)*{UNIT}s?"
    rf"(?:[\s-]+(?:long|old|later|earlier))?$")
DECADE_RE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?'?\d{2,4}s$")
RANGE_RES = [  # (pattern, start template, end template) over group names
    re.compile(rf"^(?:between\s+|from\s+)?(?P<m>{MONTH_RE})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|and|through)\s*"
               rf"(?:(?P<m2>{MONTH_RE})\s+)?(?P<d2>\d{{1,2}}),?(?:\s+(?P<y>\d{{4}}))?$"),
    re.compile(rf"^(?:between\s+|from\s+)?(?P<d1>\d{{1,2}})\s*(?:-|–|to|and|through)\s*(?P<d2>\d{{1,2}})\s+"
               rf"(?P<m>{MONTH_RE})(?:\s+(?P<y>\d{{4}}))?$"),
]
YEAR_RE = re.compile(r"\b\d{4}\b")
YEAR_RANGE_RE = re.compile(r"^(?:between\s+|from\s+)?(\d{4})\s*(?:-|–|to|and|through)\s*(\d{2,4})$")
RELATIVE_WORDS = re.compile(r"\b(ago|next|last|this|yesterday|today|tomorrow|coming|past|previous)\b")
DATEISH_RE = re.compile(rf"\d|\b{MONTH_RE}\b|\b({'|'.join(WEEKDAYS)})\b|\b(yesterday|today|tomorrow|ago|"
                        r"week|month|year|weekend)\b")


def extract_dates(doc, published: datetime | None) -> list[TimeValue]:
    """Resolve every date expression in `doc` against the publication date; never raise."""
    out: list[TimeValue] = []
    narrated: list[TimeValue] = []  # the days a chain ("the same day", "hours later") may count from
    for span in date_spans(doc):
        norm = normalise(span.text)  # "November of that year" is told from the narration, not from publication
        step = tells_a_step(norm) and not _span_from_now(span)
        value = from_last_date(norm, narrated) if step else parse_date(span.text, published, tense_hint(span))
        counted_back = value is None
        value = value or _before_named_day(span, out)
        if value is None or _page_stamp(span, value, published):
            continue
        if not counted_back and not _deadline(span) \
                and not _background(span, value, narrated[-1] if narrated else None, published):
            narrated.append(value)
        start = span.start_char
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in ("on", "in", "since", "by", "until", "during"):
            start = prev.idx
        value.text, value.start, value.stop = text_of(doc)[start:span.end_char], start, span.end_char
        out.append(value)
    return out


def _page_stamp(span, value: TimeValue, published: datetime | None) -> bool:
    """Whether a date is the page's stamp, not a day the text tells: the publication day written out
    with its year on a line that is no sentence ("Posted Monday, May 4, 2015", "Updated: 04/05/2015
    08:10", "Monday 4 May 2015 | World"). A news lead names the day of its news
    without the year ("on Tuesday"), so a stamp taken for the lead's day puts the news on the day the
    page went out; a sentence that writes the day in full ("signed today, April 14, 1992.") keeps it."""
    if published is None or value.precision != "day" or value.value != _naive(published).date().isoformat() \
            or not YEAR_RE.search(span.text):
        return False
    text = text_of(span.doc)
    end = text.find("\n", span.end_char)
    line = text[text.rfind("\n", 0, span.start_char) + 1:end if end >= 0 else len(text)].rstrip()
    return not re.search(r"[.!?\"'\u201d\u2019)]$", line)


def _deadline(span) -> bool:
    """"by Oct. 15", "until March": a limit set on an act, not a day the narration reached, so no
    count ("four days earlier") is told from it."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else None
    return span[0].lower_ in DEADLINE_WORDS or before in DEADLINE_WORDS


def _background(span, value: TimeValue, last: TimeValue | None, published: datetime | None) -> bool:
    """Whether a date tells of a noun rather than a day the narration reached. A relative clause
    always does ("the junta, which took over on Monday, ..."). A participle on a noun usually tells
    the story's own day ("the summit held in Rome on Monday"), and only a day long before that one
    (more than a week before the last day told, else before publication) is a noun's history
    ("a pact sealed on 2 May 1998")."""
    clause = _clause_on_a_noun(span)
    if clause is None:
        return False
    if clause == "relcl":
        return True
    reference = date.fromisoformat(last.value) if last is not None and last.precision == "day" else (
        _naive(published).date() if published is not None else None)
    told = value.latest or value.earliest  # all of it long before: "a pact sealed in 1998"
    return reference is not None and told is not None and told < reference - timedelta(days=7)


def _clause_on_a_noun(span) -> str | None:
    """"relcl" or "acl" when the date sits in a clause on a noun, else None (a participle on the
    subject, "ministers, meeting on Monday, ...", is the clause's own time)."""
    tok = span.root
    for _ in range(12):
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            return tok.dep_
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _before_named_day(span, earlier: list[TimeValue]) -> TimeValue | None:
    """"Kenya expelled the envoy on Monday, two days after Uganda closed the border": what the
    clause after a count tells happened that many days, months or years before the date its
    sentence named before the count (after it, for "before"), at the precision of the count's unit
    ("in March 2019, almost two years after ...": 2017)."""
    doc = span.doc
    link = doc[span.end].lower_ if span.end < len(doc) else None
    count = counted_units(span.text)
    if link not in ("after", "before") or count is None:
        return None
    number, unit = count
    named = next((d for d in reversed(earlier) if d.precision in FINE_ENOUGH[unit] and d.earliest is not None
                  and d.start is not None and span.sent.start_char <= d.start < span.start_char), None)
    return shifted(named, -number if link == "after" else number, unit) if named is not None else None


def date_for(sentence_span, dates: list[TimeValue]) -> TimeValue | None:
    """Return the first date whose text lies inside the sentence, or None."""
    lo, hi = sentence_span.start_char, sentence_span.end_char
    inside = [d for d in dates if d.start is not None and lo <= d.start < hi]
    return min(inside, key=lambda d: d.start) if inside else None


def parse_date(text: str, published: datetime | None, tense: str | None = None) -> TimeValue | None:
    """Parse one date expression; `tense` ("past"/"future") breaks ties for yearless dates."""
    try:
        return _parse(text, published, tense)
    except Exception:  # dateparser and calendar arithmetic can trip on odd input; never crash
        return None


def _parse(text: str, published: datetime | None, tense: str | None) -> TimeValue | None:
    norm = normalise(text)
    if published is not None and RECENT_DAYS_RE.match(norm):
        return recent_days(_naive(published).date())
    if published is not None and PART_OF_TODAY_RE.match(norm):
        return part_of_today(norm, _naive(published))
    if not norm or DURATION_RE.match(norm) or DECADE_RE.match(norm) \
            or not (DATEISH_RE.search(norm) or SEASON_RE.match(norm)):
        return None
    if published is None and not YEAR_RE.search(norm):
        return None  # "Sunday" or "May 7" mean nothing without an anchor
    pub = _naive(published) if published else datetime(2000, 1, 1)
    modifier = None
    m = MODIFIER_RE.match(norm)
    if m and m.group(2):
        modifier = MODIFIER_NAMES.get(m.group(1), m.group(1))
        norm = normalise(m.group(2))
        if norm in ("week", "month", "year"):
            norm = f"this {norm}"
    value = (weekday(norm, pub, tense) or weekend(norm, pub, tense) or _range(norm, pub, tense)
             or season(norm, pub, tense) or month_of_relative_year(norm, pub) or unit_from_now(norm, pub)
             or _dateparser(norm, pub, tense))
    if value is not None and modifier:
        apply_modifier(value, modifier)
    return value


def _span_from_now(span) -> bool:
    """"over the next year", "within the next month": a stretch of time that runs from now, not a
    step from the date named last ("the next year, Uganda left the pact" is one)."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].lower_ == "the" and len(span) > 1 and span[1].lower_ == "next" \
        and before in ("over", "within", "during", "for", "in")


def _naive(dt: datetime) -> datetime:
    return dt.replace(tzinfo=None) if isinstance(dt, datetime) else datetime(dt.year, dt.month, dt.day)


def _range(norm: str, pub: datetime, tense: str | None) -> TimeValue | None:
    m = YEAR_RANGE_RE.match(norm)
    if m:
        y1, y2 = int(m.group(1)), m.group(2)
        y2 = int(y2) if len(y2) == 4 else int(str(y1)[:2] + y2)
        return time_value(date(y1, 1, 1), "year", date(y2, 1, 1)) if y1 < y2 <= y1 + 100 else None
    for rx in RANGE_RES:
        m = rx.match(norm)
        if m:
            year = f" {m.group('y')}" if m.group("y") else ""
            first = _dateparser(f"{m.group('m')} {m.group('d1')}{year}", pub, tense)
            last = _dateparser(f"{m.groupdict().get('m2') or m.group('m')} {m.group('d2')}{year}", pub, tense)
            if first and last and first.precision == last.precision == "day":
                d1, d2 = date.fromisoformat(first.value), date.fromisoformat(last.value)
                if d2 < d1:  # "Dec 30-Jan 2" style wrap: the end is in the next year
                    d2 = d2.replace(year=d1.year + 1)
                return time_value(d1, "day", d2)
    return None


@lru_cache(maxsize=64)
def _parser(base: datetime):
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base,
                                                       "PREFER_DATES_FROM": "current_period"})


def _dateparser(norm: str, pub: datetime, tense: str | None) -> TimeValue | None:
    if re.fullmatch(r"\d{1,3}", norm):
        return None  # a bare number is a day of nothing in particular
    data = _parser(pub).get_date_data(norm)
    if data is None or data.date_obj is None:
        return None
    found, period = data.date_obj.date(), data.period or "day"
    if period == "time":
        period = "day"
    if period == "week":
        monday = found - timedelta(days=found.weekday())
        tv = time_value(monday + timedelta(days=3), "month")
        tv.earliest, tv.latest = monday, monday + timedelta(days=6)
        return tv
    if period in ("day", "month") and not YEAR_RE.search(norm) and not RELATIVE_WORDS.search(norm):
        found = _closest_year(found, pub.date(), tense, period)
    return time_value(found, period if period in ("day", "month", "year") else "day")


def _closest_year(found: date, today: date, tense: str | None, period: str) -> date:
    """Pick the year for a yearless date: nearest to publication, on the side the tense allows."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February
            continue
    slack = timedelta(days=31 if period == "month" else 1)
    if tense == "past":
        candidates = [c for c in candidates if c <= today + slack] or candidates
    elif tense == "future":
        candidates = [c for c in candidates if c >= today - slack] or candidates
    anchor = (lambda c: c.replace(day=15)) if period == "month" else (lambda c: c)
    return min(candidates, key=lambda c: abs((anchor(c) - today).days))
