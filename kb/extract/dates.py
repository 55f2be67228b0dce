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
                                      SEASON_RE, SEASONS, WEEKDAYS, apply_modifier, month_of_relative_year,
                                      part_of_today, recent_days, season, time_value, unit_from_now, weekday, weekend)
from kb.extract.datesteps import FINE_ENOUGH, MONTH_STEP_WORDS, from_last_date, shifted, tells_a_step
from kb.extract.datetense import tense_hint
from kb.extract.daychains import CLOCK_WORDS, PART_OF_DAY, count_of_units, counts_from_a_day, units_from_last
from kb.model import TimeValue
from kb.nlp import text_of

NUMBER_WORDS = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|thirty|forty|fifty|hundred|several|few|a few|many|some|"
                r"couple of|\d+(?:\.\d+)?)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries|time)"
DURATION_RE = re.compile(
    rf"^(?:(?:about|some|nearly|almost|more than|less than|over|at least|up to|the past|the last|"
    rf"the next|the previous|another|the first|the)\s+)*(?:{NUMBER_WORDS}[\s-]+)*{UNIT}s?"
    rf"(?:[\s-]+(?:long|old|later|earlier))?$")
DECADE_RE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?'?\d{2,4}s$")
LEAD_WORDS_RE = re.compile(r"^(?:on|in|by|since|from|until|till|during|as of|of|at|earlier|later)\s+")
RANGE_RES = [  # (pattern, start template, end template) over group names
    re.compile(rf"^(?:between\s+|from\s+)?(?P<m>{MONTH_RE})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|and|through)\s*"
               rf"(?:(?P<m2>{MONTH_RE})\s+)?(?P<d2>\d{{1,2}}),?(?:\s+(?P<y>\d{{4}}))?$"),
    re.compile(rf"^(?:between\s+|from\s+)?(?P<d1>\d{{1,2}})\s*(?:-|–|to|and|through)\s*(?P<d2>\d{{1,2}})\s+"
               rf"(?P<m>{MONTH_RE})(?:\s+(?P<y>\d{{4}}))?$"),
]
# "almost two years ago", "nearly a month ago": a hedged count back from publication is dated as the
# plain count's month or year, whose precision already holds the hedge; a lower bound ("more than",
# "over") only for years, the count-back rule of the gold. Not a count of days, which would name
# one day where the text names none, nor of decades or centuries, pinned to one year far from the time
HEDGED_AGO_RE = re.compile(rf"^(?:(?:almost|nearly|about|around|roughly|some|just over|just under|barely|close to)"
                           rf"\s+(?={NUMBER_WORDS}\s+(?:week|month|year)s?\s+ago$)"
                           rf"|(?:over|more than)\s+(?={NUMBER_WORDS}\s+years?\s+ago$))")
UNCOUNTED_UNITS_RE = re.compile(r"^(?:a few |few |several |some |many )?(?:hours|days|weeks|months|years)$")
YEAR_RANGE_RE = re.compile(r"^(?:between\s+|from\s+)?(\d{4})\s*(?:-|–|to|and|through)\s*(\d{2,4})$")
RELATIVE_WORDS = re.compile(r"\b(ago|next|last|this|yesterday|today|tomorrow|coming|past|previous)\b")
DATEISH_RE = re.compile(rf"\d|\b{MONTH_RE}\b|\b({'|'.join(WEEKDAYS)})\b|\b(yesterday|today|tomorrow|ago|"
                        r"week|month|year|weekend)\b")
_WEEKDAY_WORD = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_MONTH_WORD = re.compile(MONTH_RE)
_PART_OF_DAY_WORD = re.compile(PART_OF_DAY)
SEASON_DETERMINERS = {"the", "this", "last", "next"}  # "in the autumn", "last winter"
NARRATED_UNITS = {"weekend", "week", "month", "year"}
DEADLINE_WORDS = {"by", "until", "till"}
CLOCK_PREPS = {"at", "around", "toward", "towards"}  # "at dawn", "around noon"
CLOCK_LIMITS = {"before", "by"}  # "before midnight", "by nightfall": a time of day only for an act told as done
COUNTED_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def extract_dates(doc, published: datetime | None) -> list[TimeValue]:
    """Resolve every date expression in `doc` against the publication date; never raise."""
    out: list[TimeValue] = []
    narrated: list[TimeValue] = []  # the days a chain ("the same day", "hours later") may count from
    for span in _date_spans(doc):
        norm = _normalise(span.text)  # "November of that year" is told from the narration, not from publication
        step = tells_a_step(norm) and not _span_from_now(span)
        value = from_last_date(norm, narrated) if step else parse_date(span.text, published, tense_hint(span))
        counted_back = value is None
        value = value or _before_named_day(span, out)
        if value is None:
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
    norm = _normalise(text)
    if published is not None and RECENT_DAYS_RE.match(norm):
        return recent_days(_naive(published).date())
    if published is not None and PART_OF_TODAY_RE.match(norm):
        return part_of_today(norm, _naive(published))
    if not norm or DURATION_RE.match(norm) or DECADE_RE.match(norm) \
            or not (DATEISH_RE.search(norm) or SEASON_RE.match(norm)):
        return None
    if published is None and not re.search(r"\b\d{4}\b", norm):
        return None  # "Sunday" or "May 7" mean nothing without an anchor
    pub = _naive(published) if published else datetime(2000, 1, 1)
    modifier = None
    m = MODIFIER_RE.match(norm)
    if m and m.group(2):
        modifier = MODIFIER_NAMES.get(m.group(1), m.group(1))
        norm = _normalise(m.group(2))
        if norm in ("week", "month", "year"):
            norm = f"this {norm}"
    value = (weekday(norm, pub, tense) or weekend(norm, pub, tense) or _range(norm, pub, tense)
             or season(norm, pub, tense) or month_of_relative_year(norm, pub) or unit_from_now(norm, pub)
             or _dateparser(norm, pub, tense))
    if value is not None and modifier:
        apply_modifier(value, modifier)
    return value


def _date_spans(doc):
    """DATE entities, TIME entities naming a day ("on Monday night", "last night", "hours later"),
    and weekday tokens and "the same day" the NER missed. An entity the NER ran on from a date into a
    count of days ("on May 3, four days after ...") is cut in two."""
    spans = [part for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and _names_a_day(e.text))
             for part in _date_and_count(e)]
    spans += [doc[e.start - 1:e.end] for e in doc.ents if e.label_ == "TIME" and e.start > 0
              and doc[e.start - 1].lower_ == "within" and _counts_from_a_day(f"within {e.text}")]  # "within hours"
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    for tok in doc:     # every token of the article: the cheapest tests come first
        if tok.i in covered:
            continue
        lower = tok.lower_
        if lower in WEEKDAYS and tok.text[0].isupper():
            spans.append(doc[tok.i:tok.i + 1])
        elif end := _month_day_end(tok):
            spans.append(doc[tok.i:end])  # "since the Feb 1 coup", unlabelled
        elif lower in SEASONS and tok.dep_ in ("pobj", "npadvmod") and tok.i > 0 \
                and doc[tok.i - 1].lower_ in SEASON_DETERMINERS and not any(c.dep_ == "prep" for c in tok.children):
            spans.append(doc[tok.i - 1:tok.i + 1])  # "in the autumn", unlabelled (not "the spring offensive")
        elif _unit_told_with_that(tok):
            spans.append(doc[tok.i - 1:tok.i + 1])  # "met again that weekend", unlabelled
        elif lower in ("later", "earlier") and (start := _count_before(tok)) is not None:
            spans.append(doc[start:tok.i + 1])  # "hours later", "a month later", "four days earlier", unlabelled
        elif _PART_OF_DAY_WORD.fullmatch(lower) and _counts_from_a_day(doc[tok.left_edge.i:tok.i + 1].text):
            spans.append(doc[tok.left_edge.i:tok.i + 1])  # "The same day X accepted", "the following day", unlabelled
        elif lower in COUNTED_UNITS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("after", "before") \
                and counted_units(doc[tok.left_edge.i:tok.i + 1].text):
            spans.append(doc[tok.left_edge.i:tok.i + 1])  # "a day after X struck", "two years after", unlabelled
    spans += [doc[tok.i - 1:tok.i + 1] for tok in doc if _clock_time(tok)]  # "before midnight", unlabelled
    spans = [_with_that(s) for s in spans]
    spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in spans)
             and not _season_of_a_thing(s) and not _of_the_day(s) and not _that_misread(s)
             and not _comparison(s)]
    return sorted(spans, key=lambda s: s.start)


def _clock_time(tok) -> bool:
    """"at dawn", "around noon", "troops crossed before midnight", "by nightfall they had left": a time
    of the day named last. Not "by midnight" or "before nightfall" set on an act still to come ("demanded
    that they pull back by midnight"): a deadline, not a day the narration reached; not "after
    midnight" (maybe the next day)."""
    if tok.lower_ not in CLOCK_WORDS or tok.i == 0 or _day_follows(tok):
        return False
    prep = tok.doc[tok.i - 1]
    told_as_done = tense_hint(tok.doc[prep.i:tok.i + 1]) == "past"
    return prep.lower_ in CLOCK_PREPS or (prep.lower_ in CLOCK_LIMITS and told_as_done)


def _day_follows(tok) -> bool:
    """"before dawn on Thursday", "at noon Friday": the time of a day named with it, dated by that day."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and (after.lower_ in ("on", "of") or after.ent_type_ == "DATE")


def _with_that(span):
    """"that weekend", "that week", "the following March": the NER leaves out the words that tie the
    unit or month to the date named last, not to publication."""
    if len(span) == 1 and _unit_told_with_that(span.root):
        return span.doc[span.start - 1:span.end]
    if len(span) == 1 and _MONTH_WORD.fullmatch(span.root.lower_):
        # "the following March", "that October": a month named from the date told last (kb.extract.datesteps)
        words = [span.doc[i] for i in range(max(span.start - 2, 0), span.start)]
        told = tuple(t.lower_ for t in words if t.head == span.root and t.dep_ in ("det", "amod"))
        if told[-1:] == ("that",) or _that_before_a_month(span.root):
            return span.doc[span.start - 1:span.end]
        if told[-2:] in MONTH_STEP_WORDS:
            return span.doc[span.start - 2:span.end]
    return span


def _that_before_a_month(month) -> bool:
    """"signed the treaty that November": "that" written just before a month the parser did not hang
    it on still names the month from the date told last; not "said that March was the worst month" or
    "warned that October talks would fail", where "that" opens a clause the month is part of."""
    before = month.doc[month.i - 1] if month.i > 0 else None
    return before is not None and before.lower_ == "that" and before.dep_ not in ("mark", "nsubj") \
        and month.dep_ not in ("nsubj", "nsubjpass", "compound")


def _span_from_now(span) -> bool:
    """"over the next year", "within the next month": a stretch of time that runs from now, not a
    step from the date named last ("the next year, Uganda left the pact" is one)."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].lower_ == "the" and len(span) > 1 and span[1].lower_ == "next" \
        and before in ("over", "within", "during", "for", "in")


def _comparison(span) -> bool:
    """"two years earlier than planned", "a month later than expected": a comparison with a time
    hoped for, not a step from the date named last (the NER labels some of these dates)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].lower_ in ("later", "earlier") and after is not None and after.lower_ == "than"


def _that_misread(span) -> bool:
    """An NER span "that week" whose "that" is no determiner of the unit: a conjunction ("said that
    week after week ..."), or a unit that is part of a longer word ("that month-long protests")."""
    return len(span) == 2 and span[0].lower_ == "that" and span[1].lower_ in NARRATED_UNITS \
        and not _unit_told_with_that(span[1])


def _unit_told_with_that(unit) -> bool:
    """"that weekend", "that month": a calendar unit whose determiner is "that", so it is told from
    the date named last. Not "that" as a conjunction before it, nor a unit that runs on into another
    word or a repetition ("month-long", "week after week")."""
    doc = unit.doc
    if unit.lower_ not in NARRATED_UNITS or unit.i == 0:
        return False
    that = doc[unit.i - 1]
    after = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    return that.lower_ == "that" and that.dep_ == "det" and that.head == unit and after not in ("-", "after")


def _count_before(later) -> int | None:
    """Where a count told from the day named last ends before "later" or "earlier" ("a few hours
    later", "a month later") begins, within its sentence; None when the words before it count nothing."""
    first = max(later.sent.start, later.i - 4)
    return next((i for i in range(first, later.i) if _counts_from_a_day(later.doc[i:later.i + 1].text)
                 or units_from_last(_normalise(later.doc[i:later.i + 1].text))), None)


def _of_the_day(span) -> bool:
    """"the leaders of the day", "the government of the day": the time then, said of a noun, not a
    day the narration names."""
    head = span.root.head
    return span.text.lower() == "the day" and span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in (
        "NOUN", "PROPN")


def _season_of_a_thing(span) -> bool:
    """"her summer news conference", "a spring offensive": a season before a noun names a kind of
    thing, not a time."""
    return span.root.lower_ in SEASONS and span.root.dep_ in ("compound", "amod", "nmod")


def _names_a_day(text: str) -> bool:
    """Whether a TIME entity names a day: "Monday night", "last night", "hours later"."""
    return bool(_WEEKDAY_WORD.search(text.lower()) or _counts_from_a_day(text)
                or PART_OF_TODAY_RE.match(_normalise(text)))


def _date_and_count(span) -> list:
    """A span cut before a count of days that a clause opened by "after" or "before" follows
    ("May 3, four days" + "after ..."): the date, then the count; the date alone before a count that
    names no number ("In January, days after ...", "April 28, hours after ..."), which dates nothing
    by itself; else the span alone."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or span.end >= len(span.doc) or span.doc[span.end].lower_ not in ("after", "before"):
        return [span]
    count = span.doc[comma + 1:span.end]
    if counted_units(count.text):
        return [span.doc[span.start:comma], count]
    return [span.doc[span.start:comma]] if UNCOUNTED_UNITS_RE.match(count.text.lower()) else [span]


def counted_units(text: str) -> tuple[int, str] | None:
    """A count as written, in its calendar unit ("two days": (2, "day"), "a week": (7, "day"),
    "almost two years": (2, "year")), else None."""
    return count_of_units(_normalise(text))


def _month_day_end(tok) -> int | None:
    """The end of a month name written with its day ("Feb 1", "March 3, 2021"), or None."""
    doc = tok.doc
    if not (tok.text[0].isupper() and _MONTH_WORD.fullmatch(tok.lower_) and tok.i + 1 < len(doc)):
        return None
    day = doc[tok.i + 1]
    if not (day.text.isdigit() and 1 <= int(day.text) <= 31):
        return None
    end = tok.i + 2
    if end + 1 < len(doc) and doc[end].text == "," and re.fullmatch(r"\d{4}", doc[end + 1].text):
        end += 2
    return end


def _counts_from_a_day(text: str) -> bool:
    """"the same day", "that evening", "hours later", "the next morning", as the text wrote them."""
    return counts_from_a_day(_normalise(text))


def _normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" ,.;:'\"“”")
    text = re.sub(r"^(?:as early as|as late as|as recently as|no later than|not until|some time|sometime|only|just)\s+",
                  "", text)  # "only last week": the week all the same
    previous = None
    while previous != text:
        previous, text = text, LEAD_WORDS_RE.sub("", text)
    text = re.sub(r"^the (week|month|year)\b", r"this \1", text)
    return HEDGED_AGO_RE.sub("", text)


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
    if period in ("day", "month") and not re.search(r"\b\d{4}\b", norm) and not RELATIVE_WORDS.search(norm):
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
