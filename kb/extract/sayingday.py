"""The day of a saying. A date written right after a verb of saying, before the subject of what it
says and before any "that" ("Norway said on Tuesday it deplored the move", "said late on Friday the
talks had failed"), is the saying's day, wherever the parser hangs it: with no "that" after the
date, the small model hangs it on the verb of what is said, though a writer puts the day of a
report right after "said" and a time of the reported act inside its clause ("said the talks had
failed on Friday"). A date after "that" opens what is said ("announced that next month it would
send troops"): it is the said act's. In a wire's first sentence the saying's day is the day of the
news (kb.extract.maindate)."""
from __future__ import annotations

from kb.extract.clauses import clause_verb
from kb.extract.joinedclauses import SPEAKING
from kb.extract.timeasides import SAYING
from kb.model import TimeValue

# Words that open a said clause as its subject: wider than kb.extract.phrases.SUBJECT_DEPS, since
# "said on Monday there was ..." and "said on Monday what it did was ..." open with an expletive or
# a clause.
_OPENING_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def saying_of_the_day(span):
    """The verb of saying whose day the date `span` is when the parser hung it on the clause it says
    though it stands before that clause's subject; else None (also for a date the parser hung on
    the saying itself, which is its own already)."""
    said = clause_verb(span.root)
    saying = said.head
    if said.dep_ != "ccomp" or saying.lemma_.lower() not in SPEAKING or not saying.i < span.start:
        return None
    if any(t.lower_ == "that" for t in span.doc[saying.i + 1:span.start]):
        return None  # "announced that next month it would ...": the date is inside what is said
    subject = next((c for c in said.children if c.dep_ in _OPENING_SUBJECT_DEPS), None)
    return saying if subject is not None and span.end <= subject.left_edge.i else None


def said_on(sent, dates: list[TimeValue]) -> TimeValue | None:
    """The date a verb of saying in the sentence is told with: one the parser hung on the saying ("X
    said on Thursday", "X conceded late on Friday that ...") or on what it says though written
    before its subject ("X said on Monday it regretted ...": `saying_of_the_day`)."""
    for date in dates:
        if date.start is None or not sent.start_char <= date.start < sent.end_char:
            continue
        span = sent.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is not None and (clause_verb(span.root).lemma_.lower() in SAYING
                                 or saying_of_the_day(span) is not None):
            return date
    return None
