"""Clauses a colon or a semicolon joins in one sentence ("X went further on Sunday: he recalled his
envoy", "crowds lined the road yesterday; Y called it a blessing"). The small parser makes the first
clause a ccomp of the second, as if it were said; it is not: the second tells what the first did, or
goes on with it, on the same occasion. So the second shares a date told in the first, and a date
told after the mark belongs to the clause it is in, not to the act before the mark."""
from __future__ import annotations

from kb.extract.clauses import conj_root
from kb.extract.speechverbs import REPORTING_VERBS

JOINING_MARKS = {":", ";"}
# a clause of saying before a colon introduces what was said, which keeps its own time
OTHER_TIME_AUX = {"had", "'d", "will", "shall"}
SPEAKING = REPORTING_VERBS | {"write", "warn", "insist", "explain"}


def told_before_the_mark(verb, target) -> bool:
    """Whether `verb`'s clause comes before a colon or semicolon after which `target` (or the verb it
    is coordinated with) is the head the parser hung `verb` on."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.i not in (target.i, conj_root(target).i):
        return False
    if verb.lemma_.lower() in SPEAKING or verb.i > head.i or _told_at_another_time(target):
        return False
    return any(t.text in JOINING_MARKS for t in verb.doc[verb.i:head.i])


def _told_at_another_time(target) -> bool:
    """"talks broke down on Friday; X had refused every offer": a clause in the past perfect or the
    future after the mark recalls what came before or tells what will come, not the same occasion."""
    return any(c.dep_ == "aux" and c.lower_ in OTHER_TIME_AUX for c in conj_root(target).children)


def after_the_mark(tok, sent) -> set[int]:
    """Tokens of the sentence after the first colon or semicolon that follows the trigger: what they
    date is the next clause's, not the trigger's."""
    mark = next((t.i for t in sent if t.i > tok.i and t.text in JOINING_MARKS), None)
    return set() if mark is None else set(range(mark + 1, sent.end))

