"""The article's main date, and the undated events that take it as the news of the day.

An asserted event with no date of its own, told in the simple past ("met", not "had met") or as a
single recent act in the present perfect ("has denied it", not a standing one, "has so far refused"),
not inside a relative clause nor in what someone says in the present ("X says its troops entered";
a warning of what would come is told at its saying), in a sentence with no date or time shift of its own
("later", "long", "again", "at the time"; those of a relative clause on another noun, of a verb
coordinated after its own, of what a sayer reported, or qualifying another noun, "the January
election", do not count), takes the date of the news of the day: the day the lead is
said on ("X will free Y on Friday, Z said on Thursday"), else the article's main event (a
day-precise event of the first three sentences), else the day of an "earlier on Wednesday" (what was
told before it was of that day too), else the first day the lead names, when that is at most three
days before publication; not so right after older news of its paragraph, or, in a paragraph that has
dated nothing yet, of the paragraph before (save a reaction naming neither that older act nor its
parties: another side's answer to the news; an act recalled in the past perfect, "had signed a pact
on Monday", an act a sayer reports and a plan leave the narration where it was). After a coarser
time the paragraph recalled in a clause of its own ("which X proposed earlier this month"), it takes
that time. Otherwise, right after a day-precise act by the same agent in its paragraph, it carries
that act's day on ("X expelled the envoy on March 2. X also recalled ..."), as does another side's
reaction to fresh news told right after a dated reaction (not the answer of the side it called on).
A paragraph that names an older time but tells no dated act ("The feud flared in 2012. Tokyo
recalled its envoy ...", "A week on, the strait was closed. Seoul's navy seized ...") dates its undated acts
by that time, the run of the episode it opens (kb.extract.paragraphtime). A state told in the
present perfect as held for a count of time ("has been in force for two weeks") is dated by its
start, counted back from the news of the day. Else the date stays empty.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from itertools import chain, islice

from kb.extract.calendarunits import CALENDAR_UNITS, time_value
from kb.extract.clauses import clause_verb, conj_root
from kb.extract.daychains import count_of_units
from kb.extract.datesteps import shifted
from kb.extract.datetense import WARNING, pluperfect, reported, simple_past
from kb.extract.eventmerge import dates_overlap
from kb.extract.eventnouns import CAUSE_PREPS, known_act
from kb.extract.paragraphtime import time_of_paragraph
from kb.extract.sayingday import said_on
from kb.extract.timeasides import SAYING, aside_tokens, later_conjuncts
from kb.model import Event, TimeValue

SHIFT_WORDS = {"later", "earlier", "previously", "subsequently", "afterwards", "afterward", "once",
               "recently", "since", "ago", "formerly", "meanwhile", "tomorrow", "yesterday", "again",
               "long", "repeatedly", "often", "already", "never", "until"}
STANDING_WORDS = {"times", "ever", "always", "still", "yet", "consistently", "frequently", "years", "months",
                  "weeks", "decades"}
ANY_ACT_NOUNS = {"move", "decision", "step", "action", "measure", "act"}  # "condemned the move"
REACTIONS = {"Statement", "Appeal", "Criticism", "Praise", "Denial", "Rejection", "Accusation", "Protest"}
LEAD_SENTENCES = 3
CLAUSE_LINKS = {"conj", "advcl", "ccomp", "xcomp"}  # a clause under another, climbed to find a relative


def note_tense(event: Event, tok, sent, dates: list[TimeValue]) -> None:
    """Note on the event whether its sentence may share the main date: `_elsewhen` when the
    sentence shifts time, `_past` when the event is told undated in the simple past (working
    notes, dropped when the event is finished). The shift words of the verbs coordinated after the
    trigger's ("held talks, and afterwards toured Y") do not move its act; but a date there ("..., and
    on Tuesday toured Y") bounds it, so it still counts as a date of the sentence."""
    aside = aside_tokens(tok, sent)
    shifts_aside = aside | later_conjuncts(tok)
    event._elsewhen = any(t.lower_ in SHIFT_WORDS or _at_that_time(t) for t in sent if t.i not in shifts_aside)
    undated = not event._elsewhen and not _has_date(tok, sent, dates, aside)
    event._past = _is_past(tok) and undated
    event._said_on = said_on(sent, dates)
    event._recalled = pluperfect(tok) or _relative_background(tok)
    event._same_day_as_told = _earlier_that_day(sent, dates)
    event._reported = reported(tok)
    event._lasting = _lasting_count(tok) if undated else None
    event._counted_noun = _count_on_the_noun(tok) if undated else None
    event._act_word = tok.lemma_.lower()
    event._answered = _answered_acts(tok) if event.type in REACTIONS else []
    event._named_before = time_of_paragraph(sent, dates)


# the notes read by inherit_main_date alone, dropped once it has read them (`_past` and `_elsewhen`
# serve the merging after it)
DATING_NOTES = ("_said_on", "_recalled", "_same_day_as_told", "_reported", "_lasting", "_counted_noun",
                "_act_word", "_answered", "_named_before")


def is_fresh(date: TimeValue, published: datetime | None) -> bool:
    """A date within the three days before publication: the news of the day, not background."""
    if published is None or date.earliest is None or date.precision != "day":
        return published is None
    return timedelta(0) <= published.date() - date.earliest <= timedelta(days=3)


def inherit_main_date(raw: list[Event], published: datetime | None, first_lead_day: TimeValue | None) -> None:
    """Give undated simple-past events the news of the day, or the day of their run (see module doc);
    `first_lead_day` is the first day the article's lead names (`lead_day`)."""
    day = _news_day(raw, published, first_lead_day)
    told_at: dict[int, Event] = {}  # the dated act each paragraph's narration has reached
    recalled_at: dict[int, Event] = {}  # the last act each paragraph recalls in a clause of its own time
    fresh: set[int] = set()  # the paragraphs that told an act of the news's days
    for event in raw:
        if event.date is not None and event._recalled and event.modality == "asserted":
            recalled_at[event._para] = event  # "said he had tried on Monday": the narration is still today
        elif event.date is not None and event.modality == "asserted" and not event._reported:
            told_at[event._para] = event  # a plan for Friday, or what a sayer told of July, leaves it today too
            if is_fresh(event.date, published):
                fresh.add(event._para)
        elif event.modality == "asserted" and event._counted_noun and day is not None:
            event.date = _counted_back(day, *event._counted_noun)  # "nine months of negotiations": since then
        elif event.modality == "asserted" and event._past:
            # a paragraph that has dated nothing yet goes on from the one before, when that told only older
            # days ("On May 2 X ... The next day Y ..."); not after one that told the news's days as well
            older = told_at.get(event._para - 1) if event._para - 1 not in fresh else None
            if older is not None and not _answers_the_run(event, older):
                older = None  # "Chile condemned the blockade": another side's answer to the news
            last = told_at.get(event._para, older)
            named = event._named_before
            if named is not None and published is not None and named.earliest is not None \
                    and named.earliest > published.date():
                named = None  # "talks are due on Friday": a time to come holds no act told in the past
            if named is not None and (last is None or last._para != event._para) \
                    and not (day is not None and dates_overlap(named, day)):
                # "The feud flared in 2012. Tokyo recalled its envoy": the paragraph named an older time
                # but told no dated act; its acts are of that time, not the news of the day
                event.date = replace(named)
            elif day is not None and dates_overlap(last.date if last else None, day):
                # not after "stopped exports on January 7": "Ukraine denied it" is then
                event.date = _episode(recalled_at.get(event._para), last, day)
            elif last is not None and last._para == event._para and _run_goes_on(last, event, published):
                event.date = last.date  # "Correa spoke on Sunday night. He also asked for ...": that night
        elif event.modality == "asserted" and event._lasting and day is not None:
            event.date = _counted_back(day, *event._lasting)  # "has been in force for a month": since then
    for event in raw:
        for note in DATING_NOTES:
            event.__dict__.pop(note, None)


def _news_day(raw: list[Event], published: datetime | None, first_lead_day: TimeValue | None) -> TimeValue | None:
    """The first fresh day among the lead's: the day its saying is told on, its acts' days, the day of an
    "earlier on Wednesday", the first day it names. A stale one is background the lead recalls ("a day
    after the commission had declared him the winner on April 11"), not the news: the next one is tried."""
    if not raw or published is None:
        return None
    said = raw[0]._said_on  # the lead: the first sentence that tells an act
    acts = _days_told(raw, 0)
    # a page's top that names no day ("Home > World > Africa >") leaves the lead below it: the three
    # sentences from the first that tells an act
    acts_below = _days_told(raw, raw[0]._sent_no)
    # "... told X in a call. Earlier on Wednesday, Y said ...": the call was that Wednesday too
    same_day = (e._same_day_as_told for e in raw if e._same_day_as_told is not None)
    # the lead dates its news though no act of it was found ("became a republic on Tuesday")
    candidates = chain([said], acts, same_day, [first_lead_day], acts_below)
    return next((d for d in candidates if d is not None and is_fresh(d, published)), None)


def _days_told(raw: list[Event], first_sentence: int):
    """The days of the asserted acts told in the three sentences from `first_sentence`."""
    return (e.date for e in raw if first_sentence <= e._sent_no < first_sentence + LEAD_SENTENCES
            and e.date is not None and e.modality == "asserted" and e.date.precision == "day")


def _answers_the_run(event: Event, last: Event) -> bool:
    """Whether an undated act opening a paragraph goes on from the older run told in the paragraph
    before, whose last dated act is `last`: any act but a reaction does; a reaction does when it names
    a party of that act ("On Oct. 2 X closed its border. The next day ... / Y criticised X for the
    closure") or names the act itself ("... Turkey recalled its envoy. / The EU condemned the recall",
    "... condemned the move"); else it is another side's answer to the news of the day ("... the prince
    flew to the colony on Sunday. / Chile condemned the blockade"), rule 3 of the gold's dates."""
    if event.type not in REACTIONS or set(event.participants) & set(last.participants):
        return True
    return any(_names_the_act(noun, last._act_word) for noun in event._answered)


def _names_the_act(noun: str, act_word: str) -> bool:
    """Whether a noun a reaction answers names an act told with `act_word`: a word for any act ("the
    move", "the decision") or the act's own word or a noun made from it ("recalled": "the recall";
    "closed": "the closure"; "suspended": "the suspension")."""
    return noun in ANY_ACT_NOUNS or noun.startswith(act_word.removesuffix("e"))


def _answered_acts(tok) -> list[str]:
    """The nouns of known acts a reaction's verb answers ("condemned the recall", "criticised X for the
    closure"): its object, or the object of "for", "over" or "against" on it."""
    verb = clause_verb(tok)
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return [n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and known_act(n)]


def _episode(recalled: Event | None, last: Event | None, day: TimeValue) -> TimeValue:
    """The news day, unless the paragraph last recalled a coarser time that holds it ("The visit,
    which X proposed earlier this month, split the region. Y denounced it": that month's run)."""
    if recalled is None or (last is not None and last._tok > recalled._tok):
        return day
    return recalled.date if recalled.date.precision != "day" and dates_overlap(recalled.date, day) else day


def _run_goes_on(last: Event, event: Event, published: datetime | None) -> bool:
    """Whether an undated act told in the simple past right after a dated act in its paragraph carries
    that act's day on: the same agent's next act, or another side's reaction to the same fresh news
    told after a dated reaction (a reply by the side it called on is not the same run, and a reaction
    recalled from years ago says nothing of when another side spoke)."""
    if last.modality != "asserted" or last.date.precision != "day":
        return False
    if set(last.agents) & set(event.agents):
        return True
    # "Peru voiced concern on Friday. Chile asked both sides to talk": another side's reaction to the
    # same news, told next (not the answer of the side called on)
    called_on = set(last.participants) - set(last.agents)
    return last.type in REACTIONS and event.type in REACTIONS and not set(event.agents) & called_on \
        and is_fresh(last.date, published)


def lead_day(doc, dates: list[TimeValue]) -> TimeValue | None:
    """The first day the lead (the article's first three sentences) names among `dates`."""
    lead = list(islice(doc.sents, LEAD_SENTENCES))
    end = lead[-1].end_char if lead else 0
    return next((d for d in dates if d.start is not None and d.start < end and d.precision == "day"), None)


def _is_past(tok) -> bool:
    """Simple past of the news ("met", "was elected"), not the pluperfect or perfect of background,
    nor a relative clause describing someone or something ("a ruling Ethiopia refused to carry out")."""
    verb = _telling(clause_verb(tok))
    if verb.dep_ == "relcl" or _claimed_now(verb):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have"} and verb.tag_ == "VBN" and not _standing(verb):
        return True  # "Quito has denied it", "two envoys have been expelled": a single recent act, of the day
    return simple_past(verb)


def _standing(verb) -> bool:
    """Whether a present perfect sums up repeated or standing acts ("has so far refused", "has demanded
    several times", "has ever visited") or a state held for a while ("the blockade has been in force
    for a month"), which is no act of the day. Read from the verb's own adverbs, time nouns and
    phrases, not from clauses under it ("has freed a man who was held for years" is one act)."""
    for child in verb.children:
        if child.dep_ not in ("advmod", "npadvmod", "prep"):
            continue
        words = [t.lower_ for t in child.subtree]
        if set(words) & STANDING_WORDS or ("so", "far") in zip(words, words[1:]) or _lasting(child):
            return True
    return False


def _lasting_count(tok) -> tuple[int, str] | None:
    """How long a state told in the present perfect has held ("the blockade has been in force for
    two weeks": (14, "day")), as a count of calendar units; None for other clauses or a vague count."""
    verb = _telling(clause_verb(tok))
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "relcl" or not aux & {"has", "have"} or verb.tag_ != "VBN":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and _lasting(c)), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return count_of_units(" ".join(t.lower_ for t in pobj.subtree)) if pobj is not None else None


def _count_on_the_noun(tok) -> tuple[int, str] | None:
    """How long an act named by a noun has gone on, when a count of units is told of it ("nine months
    of quiet negotiations", "almost three years of war"): the count as (number, unit), which dates its
    start back from the news of the day; None for a verb, an ordinal span ("the first two years of
    talks") or a vague one ("years of talks")."""
    of = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in CALENDAR_UNITS:
        return None
    unit = of.head
    return count_of_units(" ".join(t.lower_ for t in unit.subtree if t.i <= unit.i))


def _counted_back(day: TimeValue, count: int, unit: str) -> TimeValue:
    """The start of a state that has held `count` units up to the news day, in the unit counted (a
    count of days or weeks in the month that holds its start: a week is no calendar unit)."""
    if unit == "day":
        return time_value(day.earliest - timedelta(days=count), "month")
    return shifted(day, -count, unit)


def _lasting(prep) -> bool:
    """"for a week", "for two days": how long a state has held, which no one day of news dates."""
    return prep.lower_ == "for" and any(c.dep_ == "pobj" and c.lemma_.lower() in CALENDAR_UNITS for c in prep.children)


def _at_that_time(tok) -> bool:
    """"at the time", "at that time": a time told before, which need not be the narration's."""
    return tok.lower_ == "time" and tok.head.lower_ == "at" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that") for c in tok.children)


def _claimed_now(verb) -> bool:
    """Whether a clause is what someone says in the present ("X says its troops entered at Y's
    request"): a standing claim about the past, not an act of the day's news."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in SAYING and head.tag_ in ("VBZ", "VBP")


def _telling(verb):
    """The verb whose tense an act is told in: for what a sayer said would come ("warned that X
    would be arrested", "..., saying it would retaliate"), the saying (the warning is the act); for a
    saying told as a participle ("..., saying ..."), the verb it hangs on; for an untensed verb, the
    verb it is told in the tense of (`_finite_host`). Else the verb itself."""
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        while verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING | WARNING:
            verb = verb.head
    while verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in SAYING | WARNING \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    for _ in range(4):  # "was quick to condemn": the tense of "was"
        host = _finite_host(verb)
        if host is None:
            break
        verb = host
    return verb


def _finite_host(verb):
    """The verb an untensed verb is told in the tense of: for a to-infinitive, the verb (or the
    verb of the adjective) it completes ("moved to expel", "was quick to condemn"); for a participle,
    the verb of its clause ("..., speaking in Lima, warned X") or of the subject it is set on ("X,
    receiving Y, said"). None for a finite verb."""
    head = verb.head
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        return head if head.pos_ in ("VERB", "AUX") else None
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _earlier_that_day(sent, dates: list[TimeValue]) -> TimeValue | None:
    """The day of an "earlier on Wednesday" or "later on Wednesday": written so, it says the acts
    told before it were of that day too."""
    for date in dates:
        if date.start is None or date.precision != "day" or not sent.start_char <= date.start < sent.end_char:
            continue
        span = sent.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is None or span.start < 1:
            continue
        words = [t.lower_ for t in sent.doc[max(span.start - 2, 0):span.start]]
        if words[-2:] in (["earlier", "on"], ["later", "on"]) or (span[0].lower_ == "on" and words[-1:] in (["earlier"], ["later"])):
            return date
    return None


def _relative_background(tok) -> bool:
    """Whether the trigger's clause is coordinated or subordinate inside a relative clause on a noun
    ("X, who has led the island since 1974 and whose party won the vote in 1976, told ..."; "X,
    which has ruled since the army overthrew Y in February, ..."): background on someone, which does
    not move the narration's day (a relative clause itself is marked by the events step)."""
    verb = conj_root(clause_verb(tok))
    for _ in range(8):  # "X, which has ruled since the army overthrew Y in February, said ...": up to the relative
        if verb.dep_ == "relcl":
            return True
        if verb.head.i == verb.i or verb.dep_ not in CLAUSE_LINKS:
            return False
        verb = conj_root(verb.head)
    return False


def _has_date(tok, sent, dates: list[TimeValue], aside: set[int]) -> bool:
    """Whether the sentence dates anything outside its `aside` tokens, such as a noun's relative clause
    that leaves the trigger out ("the party, which walked out last year, rejected the deal": the
    rejection is undated)."""
    for date in dates:
        if date.start is None or not sent.start_char <= date.start < sent.end_char:
            continue
        span = tok.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is None or span.root.i not in aside:
            return True
    return False
