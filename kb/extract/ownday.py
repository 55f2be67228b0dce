"""The day an event's own words give it: a date written on an event noun ("Friday's summit", "the
May 3 election"), and a day still to come ("lands in Hanoi later on Tuesday"), which makes an
act told as done a planned one. Read by kb.extract.events."""
from __future__ import annotations

from datetime import datetime

from kb.model import TimeValue
from kb.nlp import text_of


def own_date(noun, dates: list[TimeValue]) -> TimeValue | None:
    """A date written on an event noun itself, which beats one of its clause: "Friday's summit",
    "the May 3 election", "a summit in Rome in May 2003" (flew on Thursday for Friday's
    summit: the summit is on Friday)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for date in dates:
        span = noun.doc.char_span(date.start, date.stop, alignment_mode="expand") if date.start is not None else None
        if span is not None and _modifies(span.root, noun):
            return date
    return None


def _modifies(word, noun) -> bool:
    """Whether a word hangs on a noun as its modifier, or as the object of one of its prepositions."""
    if word.head.i == noun.i:
        return word.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and word.i < noun.i
    prep = word.head
    return word.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == noun.i and prep.lower_ in ("in", "on")


def _is_future(date: TimeValue, published: datetime | None) -> bool:
    return published is not None and date.earliest is not None and date.earliest > published.date()


def _later_today(date: TimeValue, sent, published: datetime | None) -> bool:
    """"lands in Hanoi later on Tuesday" in Tuesday's paper: still to come that day."""
    if published is None or date.earliest != published.date() or date.start is None:
        return False
    before = text_of(sent.doc)[max(sent.start_char, date.start - 12): date.start].lower().split()
    words = ((date.text or "").lower().split() or [""])[:1]
    return "later" in before[-2:] + words


def still_to_come(date: TimeValue, sent, published: datetime | None) -> bool:
    """Whether an event's date lies after the publication day, or later on that day."""
    return _is_future(date, published) or _later_today(date, sent, published)
