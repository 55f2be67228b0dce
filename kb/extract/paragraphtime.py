"""The time a paragraph has named before a sentence: the last date told in a clause of its
narration, which the undated acts told after it in the simple past are of ("The feud flared in 2012.
Tokyo recalled its envoy ...": 2012; "A week on, the strait was closed. Seoul's navy seized ...": that day).
Dates told of something else do not set it: a relative clause or participle on a noun ("the envoy,
who arrived in May, ..."), a noun's own time ("the pact of 1962"), a limit ("until Friday"), a count
from another clause's act ("three years after the war ended"), a time recalled in the past perfect or
reported by a sayer ("the minister claimed she had phoned Ankara in March"), and any clause not told
in the simple past: a time to come or a timetable ("the truce ends in May", "talks may resume in
June"), or a participle opening the sentence ("Appointed in 2009, the envoy ..."), which is the
subject's past, not the run's."""
from __future__ import annotations

from kb.extract.clauses import clause_verb
from kb.extract.datetense import pluperfect, reported, simple_past
from kb.extract.datewords import DEADLINE_WORDS, counted_units
from kb.model import TimeValue
from kb.nlp import text_of


def time_of_paragraph(sent, dates: list[TimeValue]) -> TimeValue | None:
    """The last date of the narration told in `sent`'s paragraph before `sent`, or None."""
    start = text_of(sent.doc).rfind("\n\n", 0, sent.start_char)
    named = None
    for date in dates:
        if date.start is None or date.start <= start or date.start >= sent.start_char:
            continue
        span = sent.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is not None and not _of_something_else(span, date):
            named = date
    return named


def _of_something_else(span, date: TimeValue) -> bool:
    """Whether a date tells the time of something other than the narration's run (module doc)."""
    return (date.text or "").split(" ", 1)[0].lower() in DEADLINE_WORDS or _on_a_noun(span.root) \
        or _on_a_noun_phrase(span.root) or not simple_past(clause_verb(span.root)) \
        or _counted_from(span) or pluperfect(span.root) or reported(span.root)


def _on_a_noun_phrase(tok) -> bool:
    """Whether the date is the object of a preposition on a noun ("the pact of 1962", "the
    flood of May"): the noun's time, not the clause's."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def _counted_from(span) -> bool:
    """A count before "after"/"before" ("three years after the war ended"): the time of the
    clause it opens, counted from another."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("after", "before") and counted_units(span.text) is not None


def _on_a_noun(tok) -> bool:
    """Whether the token sits in a relative clause or participle on a noun."""
    for _ in range(12):
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
