"""When an event happened: the date written in its trigger's clause, or in a clause whose time
the trigger's clause shares (coordinated verbs, participles, "as"/"when"/"while" clauses, a clause
told right after a dated act, the act a day is told on in an order: the rules of
kb.extract.sharedtime); a count of days, months or years before "after"/"before" dates the clause
it opens, and the same party's next acts coordinated in that clause."""
from __future__ import annotations

from kb.extract.clauses import clause_verb
from kb.extract.datewords import DEADLINE_WORDS, counted_units
from kb.extract.joinedclauses import SPEAKING
from kb.extract.modality import FUTURE_AUX
from kb.extract.sayingday import saying_of_the_day
from kb.extract.sharedtime import Link, dates_another_noun, shares_time
from kb.model import TimeValue

# Auxiliaries of an act to come in what is said: the future's, and "would", the future of a past
# saying ("said on Monday it would recall its envoy").
TO_COME_AUX = FUTURE_AUX | {"would"}
# Words that open a timetable set on an occasion ("the talks, set to begin on Friday")
TIMETABLE_WORDS = {"due", "set", "scheduled", "expected"}
# What an occasion's timetable tells of it ("set to begin on Friday"), not a participant's own plan
TIMETABLE_VERBS = {"open", "start", "begin", "end", "close", "conclude", "resume", "convene", "take"}


def attached_date(tok, sent, dates: list[TimeValue]) -> TimeValue | None:
    """The date written in the trigger's own clause (or a clause whose time it shares), if any: a date
    of its own clause at once, else the first date a rule of kb.extract.sharedtime lends it."""
    target = clause_verb(tok)
    inside = [d for d in dates if d.start is not None and sent.start_char <= d.start < sent.end_char
              and not (_deadline(d) and target.tag_ == "VBD")]
    if _ahead_on_the_way(tok):  # "stopped in Paris on Monday on his way to the summit": still ahead then
        inside = [d for d in inside if tok.idx <= d.start and d.stop <= _phrase_end(tok)]
    fallback = None
    for date in inside:
        span = tok.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is None:
            continue
        # "two days after X closed the border": the count dates the closing (and what shares its time)
        counted = _counted_clause(span)
        link = Link(target, clause_verb(counted if counted is not None else span.root), span, date, counted)
        if dates_another_noun(tok, span):
            continue  # "talks held under the 1963 charter": the charter's year, not the talks'
        if _saying_day_of_an_act_to_come(link):
            continue  # "said late on Tuesday it would recall its envoy": hung on "recall", the saying's day
        if _own_time(tok, link):
            return date
        if fallback is None and not _to_come_at_a_saying(link) and shares_time(link):
            fallback = date
    if _present_perfect(target):
        return None  # "has asked the court": the present perfect takes no past day of another clause
    milestone = _milestone_of(target)
    if fallback is None and milestone is not None:
        return attached_date(milestone, sent, dates)  # "became the first leader to visit X when he landed on Sunday"
    return fallback


def _ahead_on_the_way(tok) -> bool:
    """Whether a noun trigger is where a journey told in its clause was bound ("on his way to the
    summit", "en route to the talks"): an occasion still ahead at the clause's time, not of its day."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    prep = tok.head  # "on his way to": the way's; "en route to": hung by the parser on the verb
    return prep.head.lemma_.lower() in ("way", "route") or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "route"


def _phrase_end(noun) -> int:
    """Where a noun's own phrase ends in the text ("the summit with X, which opens on Sunday")."""
    return noun.right_edge.idx + len(noun.right_edge)


def _own_time(tok, link: Link) -> bool:
    """Whether a date is the trigger's own: the act a count before "after"/"before" dates ("a week
    before the vote": the vote), a date of the trigger's clause or set off right after its verb
    ("turned down, in 2004, the ruling"), a saying's day written before the subject of what it says
    (kb.extract.sayingday), one inside a noun trigger's phrase ("the 1994 treaty"), or one in a
    timetable set off right after it ("the summit, due to start on Thursday")."""
    span, counted = link.span, link.counted
    if counted is not None and tok.i == counted.i:
        return True
    saying = saying_of_the_day(span)  # "said on Monday it regretted ...": hung on "regretted"
    return link.verb == link.target or saying is not None and saying.i == link.target.i \
        or _set_off_after(span, link.target) or _timetable_set_off_after(span, tok) or (
        counted is None and any(t.i == span.root.i for t in tok.subtree if tok.pos_ != "VERB"))


def _to_come_at_a_saying(link: Link) -> bool:
    """"X will never join NATO, Y said on Monday", "said on Monday it would recall its envoy": an act to
    come told in a saying keeps no day of the saying, which is the announcement's (the gold leaves a
    plan or a ruled-out act undated when the text gives it no time of its own). The verbs of saying
    are those the rules of kb.extract.sharedtime read ("warned", "insisted" too)."""
    return link.verb.lemma_.lower() in SPEAKING and _to_come(link.target)


def _saying_day_of_an_act_to_come(link: Link) -> bool:
    """"said late on Tuesday it would recall its envoy": the parser hangs the saying's day
    (kb.extract.sayingday) on the act to come, which keeps no day of the saying either."""
    saying = saying_of_the_day(link.span)
    return saying is not None and saying.i != link.target.i and _to_come(link.target)


def _to_come(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in TO_COME_AUX for c in verb.children)


def _deadline(date: TimeValue) -> bool:
    """"gave X until Friday to free Y", "ordered them out by Oct. 15": a limit set on an act to come,
    never the day of the act told in the past that sets it (the act to come may take it: "will step
    down by Feb. 7")."""
    return (date.text or "").split(" ", 1)[0].lower() in DEADLINE_WORDS


def _set_off_after(span, verb) -> bool:
    """Whether a date is set off by commas right after the verb ("turned down, in 2004, the ruling"):
    the verb's own, wherever the parser hung it."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].i == verb.i \
        and span.end < len(doc) and doc[span.end].text == ","


def _timetable_set_off_after(span, noun) -> bool:
    """Whether a date sits in a timetable set off right after a noun trigger ("the summit, due to open
    on Saturday", "the talks, scheduled to start in May"): the occasion's own time, wherever the
    parser hung the phrase."""
    doc = span.doc
    end = max(t.i for t in noun.subtree if not t.is_punct)  # after the noun's own phrase ("the summit between X and Y, due to ...")
    if noun.pos_ != "NOUN" or end + 2 >= len(doc) or doc[end + 1].text != "," \
            or doc[end + 2].lower_ not in TIMETABLE_WORDS:
        return False
    return clause_verb(span.root).lemma_.lower() in TIMETABLE_VERBS and any(t.i == end + 2 for t in span.root.ancestors)


def _present_perfect(verb) -> bool:
    """Whether a verb is told in the present perfect ("has asked"), which takes no past day."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


def _counted_clause(span):
    """What a count of days, months or years opening an "after" or "before" phrase dates ("two
    days after X closed the border": the closing; "a week before the vote": the vote), or None for
    other dates. The date was counted from the sentence's named date (kb.extract.dates), so it is
    not its host's."""
    link = span.doc[span.end] if span.end < len(span.doc) else None
    if link is None or link.lower_ not in ("after", "before") or not counted_units(span.text):
        return None
    if link.dep_ == "mark" and link.head.pos_ in ("VERB", "AUX"):
        return link.head
    return next((c for c in link.children if c.dep_ in ("pobj", "pcomp")), None)


def _milestone_of(verb):
    """The verb an infinitive of a first, last or only one ("the first president to visit Cuba")
    is the milestone of, when a clause says who became it ("became the first leader to ...",
    "making X the first president to ..."): that clause's act is the infinitive's act; else None."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    noun = subject if subject is not None else verb.head if verb.dep_ in ("acl", "relcl") else None
    if noun is None or not any(c.dep_ == "amod" and c.lower_ in ("first", "last", "only") for c in noun.children):
        return None
    if subject is not None and verb.dep_ == "ccomp":
        return verb.head  # "making X the first president to visit Cuba"
    return noun.head if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("VERB", "AUX") else None
