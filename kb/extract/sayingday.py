"""The day of a saying. A date written after a verb of saying and before the subject of what it says
("Japan said on Monday it regretted the decision", "said late on Friday the talks had failed") is
the saying's day, wherever the parser hangs it: with no "that" after the date, the small model
hangs it on the verb of what is said, though a writer puts the day of a report right after "said"
and a time of the reported act inside its clause ("said the talks had failed on Friday")."""
from __future__ import annotations

from kb.extract.clauses import clause_verb
from kb.extract.joinedclauses import SPEAKING

SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def saying_of_the_day(span):
    """The verb of saying whose day the date `span` is when the parser hung it on the clause it says
    though it stands before that clause's subject; else None (also for a date the parser hung on
    the saying itself, which is its own already)."""
    said = clause_verb(span.root)
    saying = said.head
    if said.dep_ != "ccomp" or saying.lemma_.lower() not in SPEAKING or not saying.i < span.start:
        return None
    subject = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None)
    return saying if subject is not None and span.end <= subject.left_edge.i else None
