"""The time a paragraph has named before a sentence: the last date told in a clause of its
narration, which the undated acts told after it in the simple past are of ("The feud flared in 2012.
Tokyo recalled its envoy ...": 2012; "Seoul replied two days later. Its navy seized ...": that day).
Dates told of something else do not set it: a relative clause or participle on a noun ("the envoy,
who arrived in May, ..."), a limit ("until Friday"), a count from another clause's act ("three years
after the war ended"), a time recalled in the past perfect or reported by a sayer ("said he had
tried to call on Wednesday")."""
from __future__ import annotations

from kb.extract.datetense import pluperfect, reported
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
        or _counted_from(span) or pluperfect(span.root) or reported(span.root)


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
