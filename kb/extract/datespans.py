"""Where the date expressions of a text are: the NER's DATE entities and its TIME entities that name a
day, cut where it ran a date on into a count ("May 3, four days after ..."), widened where it left
out the words that tie a unit to the date told last ("that weekend", "the following March"), plus
what it missed (bare weekdays, "Feb 1" in a name, "in the autumn", "hours later", "before midnight"),
less look-alikes ("the government of the day", "a spring offensive", "later than planned")."""
from __future__ import annotations

import re

from kb.extract.calendarunits import MONTH_RE, PART_OF_TODAY_RE, SEASONS, WEEKDAYS
from kb.extract.datesteps import MONTH_STEP_WORDS
from kb.extract.datetense import tense_hint
from kb.extract.datewords import counted_units, normalise
from kb.extract.daychains import CLOCK_WORDS, PART_OF_DAY, counts_from_a_day, units_from_last

UNCOUNTED_UNITS_RE = re.compile(r"^(?:a few |few |several |some |many )?(?:hours|days|weeks|months|years)$")
_WEEKDAY_WORD = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_MONTH_WORD = re.compile(MONTH_RE)
_PART_OF_DAY_WORD = re.compile(PART_OF_DAY)
SEASON_DETERMINERS = {"the", "this", "last", "next"}  # "in the autumn", "last winter"
NARRATED_UNITS = {"weekend", "week", "month", "year"}
CLOCK_PREPS = {"at", "around", "toward", "towards"}  # "at dawn", "around noon"
CLOCK_LIMITS = {"before", "by"}  # "before midnight", "by nightfall": a time of day only for an act told as done
COUNTED_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def date_spans(doc):
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
    # the tense is read only for a limit, where it tells a deadline from a time reached
    return prep.lower_ in CLOCK_PREPS or (
        prep.lower_ in CLOCK_LIMITS and tense_hint(tok.doc[prep.i:tok.i + 1]) == "past")


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
        if told[-2:] in MONTH_STEP_WORDS or told[-2:] == ("the", "same"):
            return span.doc[span.start - 2:span.end]
    return span


def _that_before_a_month(month) -> bool:
    """"signed the treaty that November": "that" written just before a month the parser did not hang
    it on still names the month from the date told last; not "said that March was the worst month" or
    "warned that October talks would fail", where "that" opens a clause the month is part of."""
    before = month.doc[month.i - 1] if month.i > 0 else None
    return before is not None and before.lower_ == "that" and before.dep_ not in ("mark", "nsubj") \
        and month.dep_ not in ("nsubj", "nsubjpass", "compound")


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
                 or units_from_last(normalise(later.doc[i:later.i + 1].text))), None)


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
                or PART_OF_TODAY_RE.match(normalise(text)))


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
    return counts_from_a_day(normalise(text))
