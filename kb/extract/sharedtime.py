"""Clauses whose time a trigger's clause shares with a dated clause of its sentence: a table of
rules, each a wording a news writer uses to tell two acts at one time ("broke off ties on Monday
and banned ...", "..., accusing it of ...", "on Tuesday, when X telephoned him"). A rule reads one
date of the sentence as seen from the trigger (a `Link`) and says whether the trigger's act takes
it; kb.extract.eventdate tries them in order after the date's own clause."""
from __future__ import annotations

from dataclasses import dataclass

from kb.extract.clauses import MANNER_PREPS, clause_verb, conj_root, has_subject, marks
from kb.extract.datetense import has_past_perfect_aux
from kb.extract.eventnouns import phase_noun
from kb.extract.joinedclauses import SPEAKING, told_before_the_mark
from kb.model import TimeValue

SIMULTANEOUS_MARKS = {"as", "when", "while"}  # a clause told as happening at the same time
SOON_WORDS = {"hours", "minutes", "moments", "shortly", "soon", "just", "immediately", "right"}
# Gatherings whose own end or turn ("the talks broke up after X walked out") is told with what happened there
OCCASION_NOUNS = {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference", "session",
                  "debate", "hearing", "ceremony", "rally", "forum", "assembly"}
# Comings told in a relative clause on a visitor ("X, who had landed there to attend")
ARRIVALS = {"fly", "arrive", "come", "travel", "land", "journey", "sail", "drive", "return"}
# Verbs that order an act done: a day told on the act ordered is the order's own
ORDER_HEADS = {"order", "instruct", "direct", "command", "tell"}
ERRAND_HEADS = {"go", "come", "fly", "travel", "arrive", "return", "head", "leave", "visit", "send", "dispatch",
                "rush", "hurry", "journey", "sail", "drive", "stop", "gather", "convene", "meet", "appear"}


@dataclass(frozen=True)
class Link:
    """One date of the sentence seen from a trigger: `target` the trigger's clause verb, `verb` the
    clause the date sits in (or the clause a count before "after"/"before" dates), `span` the date's
    tokens, `counted` that counted clause's head or None."""
    target: object
    verb: object
    span: object
    date: TimeValue
    counted: object = None


def _coordinated(link: Link) -> bool:
    """"broke off ties on Monday, ordered ... and banned ...": coordinated verbs share the date; a
    counted clause opened by "after"/"before" is subordinate, whatever the parser made of it, and
    shares it only with the same party's next acts in it ("a day after X declared Y unwelcome and
    accused him")."""
    target, verb = link.target, link.verb
    return conj_root(target) == conj_root(verb) and not (
        link.counted is not None and marks(verb) & {"after", "before"} and not _goes_on_after(target, verb))


def _before_the_mark(link: Link) -> bool:
    """"went further on Sunday: he recalled his envoy": a clause after a colon or semicolon, the same
    occasion."""
    return told_before_the_mark(link.verb, link.target)


def _opening_frame(link: Link) -> bool:
    """"In March, after X emerged, the army turned, crowds filled the streets and Y was forced out": a
    date opening the sentence, hung by the parser on the wrong clause."""
    return _frames_the_sentence(link.span, link.verb, link.target)


def _arrival_for_the_day(link: Link) -> bool:
    """"greeted X on Tuesday, who had landed to attend": the coming is part of that day's visit."""
    return link.date.precision == "day" and _arrived_for(link.target, link.verb)


def _simultaneous(link: Link) -> bool:
    """"severed ties on Monday, accusing it of ...", "..., as X signed": a participle, an infinitive
    or an "as"/"when"/"while" clause shares the time of the verb it hangs on."""
    return link.verb in _simultaneous_heads(link.target)


def _relative_on_the_time(link: Link) -> bool:
    """"on Tuesday, when Gore telephoned him", "in X on Monday, where ...": a relative clause on the
    date itself, or a "when"/"where" clause on the dated clause's noun; not one told at another time
    by its auxiliary ("met in Vienna in June, where Iran had signed the deal": before then; "where it
    would sign": after)."""
    target, span = link.target, link.span
    return target.dep_ == "relcl" and not _told_at_another_time(target) and (
        target.head.i in range(span.start, span.end) or (
            clause_verb(target.head) == link.verb and {"when", "where"} & {c.lower_ for c in target.children}))


def _right_after_the_act(link: Link) -> bool:
    """"was detained on Monday after guards stopped his car": that day (and what the same party did
    next in that clause: "hours after the envoy stood up and accused X")."""
    opener = _opener(link.target)
    return link.date.precision == "day" and opener.head in (link.verb, conj_root(link.verb)) and _right_after(opener)


def _ordered_on_the_day(link: Link) -> bool:
    """"ordered X to leave the country on Thursday": news of the order's day (a deadline is told with
    "by": "ordered X to leave by Friday")."""
    verb, target, date = link.verb, link.target, link.date
    return verb.dep_ == "xcomp" and verb.head.i == target.i and target.lemma_.lower() in ORDER_HEADS \
        and date.precision == "day" and date.text.lower().startswith("on ")


def _when_clause_under_it(link: Link) -> bool:
    """"will step down when his term ends in 2018": the act is then."""
    verb = link.verb
    return verb.dep_ == "advcl" and verb.head.i == link.target.i and bool(marks(verb) & SIMULTANEOUS_MARKS)


def _participle_or_errand_under_it(link: Link) -> bool:
    """"suspended X, accusing it on Saturday of ...": a bare participle under the act shares its time,
    as does the errand of a trip ("met face to face on Monday and signed ...")."""
    verb, target = link.verb, link.target
    return verb.dep_ == "advcl" and verb.head.i in (target.i, conj_root(target).i) and (
        _purpose(verb) or (verb.tag_ == "VBG" and not marks(verb) and not has_subject(verb)))


def _participle_on_a_noun_of_it(link: Link) -> bool:
    """"in a recording aired on Wednesday, accused X"; "X, meeting on Monday, banned A and agreed B":
    B too."""
    verb, target = link.verb, link.target
    return verb.dep_ == "acl" and clause_verb(verb.head) in (target, conj_root(target))


def _participle_anchored_in_it(link: Link) -> bool:
    """"settled in May under a plan drafted by X": the same month (not an infinitive: "met X on Sunday,
    the first leader to visit Y" is no visit on Sunday)."""
    target = link.target
    return target.dep_ == "acl" and target.tag_ != "VB" and _anchored_in(target.head, link.verb)


def _relative_on_an_appositive(link: Link) -> bool:
    """"met X on Tuesday, a welcome that opened the summit": the noun sums up the dated clause."""
    target = link.target
    return target.dep_ == "relcl" and target.head.dep_ == "appos" and _anchored_in(target.head, link.verb)


def _within_the_occasion(link: Link) -> bool:
    """"held a video call on Saturday during which X criticised Y": told within the dated occasion."""
    first = conj_root(link.target)
    return first.dep_ == "relcl" and _told_within(first) and clause_verb(first.head) == link.verb


def _act_of_a_dated_noun(link: Link) -> bool:
    """"the March 3 coup that ousted X": the act the dated noun names."""
    target = link.target
    return target.dep_ == "relcl" and _dates_noun(link.span, target.head) and _subject_relative(target)


# The wordings by which a trigger's clause shares a date told in another clause of its sentence, tried
# in this order; the first date any of them holds for is the trigger's.
SHARED_TIME_RULES = (
    _coordinated, _before_the_mark, _opening_frame, _arrival_for_the_day, _simultaneous,
    _relative_on_the_time, _right_after_the_act, _ordered_on_the_day, _when_clause_under_it,
    _participle_or_errand_under_it, _participle_on_a_noun_of_it, _participle_anchored_in_it,
    _relative_on_an_appositive, _within_the_occasion, _act_of_a_dated_noun,
)


def shares_time(link: Link) -> bool:
    """Whether the trigger's clause shares the time of the dated clause `link` reads."""
    return any(rule(link) for rule in SHARED_TIME_RULES)


def _frames_the_sentence(span, verb, target) -> bool:
    """Whether a date that opens the sentence, set off by a comma ("On March 3, ...", "In March, ..."),
    was hung by the parser on a clause that is not the main one: a subordinate clause opened after it
    ("On March 3, two days after X, Y recalled ...") whose head is `target`, or the first of a run of
    clauses joined by commas that the parser made a ccomp of the next ("In March, the army turned, crowds
    filled the streets and X was forced out"), not a clause of saying. The date frames the main line."""
    doc = span.doc
    opens = span.start == span.sent.start or (span.start == span.sent.start + 1 and doc[span.start - 1].is_space)
    if not opens or span.end >= len(doc) or doc[span.end].text != "," or verb.i == target.i:
        return False
    host = target
    while host.dep_ == "xcomp" and host.head.i != host.i:  # "was forced to resign": the forcing's clause
        host = host.head
    main = (target.i, host.i, conj_root(host).i)
    if verb.dep_ == "advcl" and verb.head.i in main:
        return any(t.i >= span.end for t in verb.children if t.dep_ == "mark")
    return verb.dep_ == "ccomp" and verb.head.i in main and verb.i < verb.head.i \
        and verb.lemma_.lower() not in SPEAKING and any(t.text == "," for t in doc[verb.i:verb.head.i])


def _arrived_for(target, verb) -> bool:
    """Whether `target` is a coming told in the past perfect in a relative clause on someone whom the
    dated clause `verb` (or a clause under it) receives, greets or meets ("greeted X on Tuesday, who had
    landed to attend the talks"; "after receiving X, who had travelled to Y"): the visit that day's encounter
    is part of. A relative clause on someone of another clause, or told as said, is not."""
    if target.dep_ != "relcl" or target.lemma_.lower() not in ARRIVALS:
        return False
    if not has_past_perfect_aux(target):
        return False
    node = target.head
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ in ("ccomp", "relcl", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _goes_on_after(target, verb) -> bool:
    """Whether `target` is a verb coordinated after `verb`, itself and the verbs between with no
    subject of their own ("a day after X declared the envoy unwelcome and accused him ..."): the
    same party's next act in that clause."""
    return target.i > verb.i and any(v.i == verb.i for v in _conjunct_chain(target))


def _conjunct_chain(target) -> list:
    """The verbs `target` goes on from, nearest first, up its chain of conjuncts while none has a
    subject of its own and no comma closes the clause before it ("expelled X on Monday, a day after Y
    shut the border, and recalled Z": the recall goes on from the expulsion, though the parser may
    hang it on the shutting)."""
    chain, verb = [], target
    while verb.dep_ == "conj" and not has_subject(verb) \
            and not any(t.text == "," for t in verb.doc[verb.head.i + 1:verb.i]):
        verb = verb.head
        chain.append(verb)
    return chain


def _opener(target):
    """The verb whose "after" clause `target` belongs to: the one up its chain of conjuncts that
    "after" opens, when it goes on from it with no subject of its own; else itself."""
    return next((v for v in _conjunct_chain(target) if "after" in marks(v)), target)


def _right_after(verb) -> bool:
    """Whether a clause opened by "after" tells what the act it hangs on came right after, so shares
    its day: "hours/shortly after" says so ("..., hours after troops seized the palace"); a bare
    "after" with no comma or span of time before only when both clauses are one sequence
    (_one_sequence). Else the clause gives a cause, which may be older ("cut ties on Sunday after
    crowds stormed its embassy"; "struck on Monday, ..., after X rejected the plan")."""
    if verb.dep_ != "advcl" or "after" not in marks(verb):
        return False
    opener = next(c for c in verb.children if c.lower_ == "after")
    before = verb.doc[opener.i - 1]
    if before.lower_ in SOON_WORDS:
        return True
    # "three years after": a span of time lies between (the count dates its clause: kb.extract.dates)
    return not before.is_punct and before.pos_ != "NOUN" and _one_sequence(verb.head, verb)


def _one_sequence(host, after) -> bool:
    """Whether an "after" clause and its host tell one run of acts: the same party does both ("the
    army entered the town on Monday after it shelled the hills"), the host's object is the after
    clause's subject ("police held the driver on Monday after he rammed a gate"), or a passive host's
    subject is what the after clause acts on ("the pilot was caught on Monday after jets downed his
    plane"), or a gathering ends or turns after what was said or done at it ("the talks broke up on
    Monday after X walked out"; not one acted on from outside, "the talks were called off after ...").
    Both told of other parties, the after clause is a cause of unknown time."""
    host_subject = _argument(host, ("nsubj",))
    if host_subject is not None and host_subject.lemma_.lower() in OCCASION_NOUNS:
        return True
    after_subject = _argument(after, ("nsubj", "nsubjpass"))
    if after_subject is not None and after_subject.pos_ == "PRON":
        return True  # "he", "they": one of the host's parties
    host_parties = {t.lemma_.lower() for t in (host_subject, _argument(host, ("dobj", "nsubjpass"))) if t is not None}
    if after_subject is not None and after_subject.lemma_.lower() in host_parties:
        return True
    return _argument(host, ("nsubjpass",)) is not None and any(
        t.tag_ in ("PRP", "PRP$") for t in after.subtree if t.dep_ in ("dobj", "nsubjpass", "poss")
        and clause_verb(t) == after)


def _argument(verb, deps: tuple[str, ...]):
    """The verb's first argument of one of the given dependencies, or None."""
    return next((c for c in verb.children if c.dep_ in deps), None)


def _told_within(verb) -> bool:
    """Whether a relative clause is opened by "in which", "at which", "during which": it tells what
    happened within the occasion its noun names."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and any(
        g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children)


def _told_at_another_time(verb) -> bool:
    """Whether a clause's auxiliary sets it before or after the time it hangs on: the past perfect's
    "had", or the "would" of a later act seen from then."""
    return has_past_perfect_aux(verb) or any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


# Prepositions that put an act inside an occasion ("talks at the 2019 summit"): the occasion's
# time is the act's.
WITHIN_OCCASION_PREPS = {"at", "during", "amid", "throughout"}
# How a date hangs on a noun as its modifier ("the 1963 charter", "Friday's vote").
NOUN_MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod", "poss", "npadvmod")


def dates_another_noun(tok, span) -> bool:
    """Whether a date written inside an act's phrase modifies another noun the act is about, and so
    is that noun's time, not the act's: "talks held under the 1963 charter", "withdrew from
    the 1972 treaty" (the object of a preposition after the act), "a visit marking the 1984
    accord" (the object of a participle on the act's noun). An occasion the act sits in lends its
    time ("talks at the 2019 summit")."""
    noun = span.root.head
    if span.root.dep_ not in NOUN_MODIFIER_DEPS or not _dates_noun(span, noun) or noun.i <= tok.i \
            or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head.i in _act_words(tok) and noun.head.lower_ not in WITHIN_OCCASION_PREPS
    return noun.dep_ == "dobj" and noun.head.dep_ == "acl" and noun.head.head.i == tok.i


def _act_words(tok) -> set[int]:
    """The words a phrase about an act hangs on: the trigger, and for a noun trigger the verb that
    takes it ("held talks under the 1960 accord", "called for talks under ..."), through a noun
    that measures it out ("held a round of talks under the 1960 accord")."""
    words, noun = {tok.i}, tok
    if tok.pos_ == "NOUN" and (phase := phase_noun(tok)) is not None:
        noun = phase
        words.add(noun.i)
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj":
        words.add(noun.head.i)
    elif noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        words.add(noun.head.head.i)
    return words


def _dates_noun(span, noun) -> bool:
    """Whether a date is written before a noun as its modifier ("the 1994 treaty", "Monday's vote")."""
    return span.root.head.i == noun.i and span.root.i < noun.i


def _subject_relative(verb) -> bool:
    """Whether a relative clause has its noun as subject ("the deal that ended the war": the deal's
    own act, of its date), not as object ("the treaty that X later broke": another time)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def _anchored_in(noun, verb) -> bool:
    """Whether a noun (an appositive summing up a clause, "..., an unannounced welcome that ...";
    the noun a participle hangs on, "under a plan drafted by X") sits in `verb`'s clause or in an
    infinitive or participle hanging on it."""
    anchor = clause_verb(noun)
    return anchor == verb or verb in _simultaneous_heads(anchor) or (
        anchor.dep_ in ("advcl", "xcomp") and anchor.tag_ in ("VB", "VBG") and anchor.head == verb)


def _purpose(verb) -> bool:
    """An infinitive of purpose on a journey or gathering ("flew to Moscow on Monday to meet X",
    "travelled to Baku on Wednesday to sign ..."): the errand, told with the trip's time. Not
    on other acts, whose infinitive may be what they set for later ("signed a pact on Friday to
    pull troops back")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in ERRAND_HEADS \
        and not marks(verb) - {"to"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _simultaneous_heads(target) -> list:
    """The verbs whose time a clause shares: the head of an infinitive or of a clause opened by
    "as"/"when"/"while", and every verb up a chain of participles ("said on Friday it was
    withdrawing ..., accusing Washington"), with the first verb of a coordinated chain it hangs on."""
    heads, verb = [], target
    for _ in range(4):
        head = conj_root(verb).head
        if verb.dep_ == "pcomp" and (head.lower_ in MANNER_PREPS or (head.lower_ == "with" and not marks(head.head))):
            head = head.head  # "broke up on Monday without reaching a deal", "..., with X holding out": the same
            # Monday; not a "with" the parser hung on a condition ("... if it has not left by May 1, with X voting")
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            break
        if not (verb.dep_ == "xcomp" or verb.tag_ == "VBG" or conj_root(verb).tag_ == "VBG"
                or (conj_root(verb).dep_ == "advcl" and marks(conj_root(verb)) & SIMULTANEOUS_MARKS) or _purpose(verb)):
            break
        heads.append(head)
        if conj_root(head).i != head.i:  # "closed X on Friday and barred Y, accusing": the chain's first verb
            heads.append(conj_root(head))
        verb = head
    return heads
