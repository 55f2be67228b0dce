"""Parties a report adds to an occasion in the sentences that continue its account.

A writer tells a meeting, a visit or a signing in one sentence and names the rest of its parties
in the next ones, with words that only make sense as more of that occasion: "He was joined by
X", "X also took part", "Also at the table were X and Y", "Among the other guests was Z", "The
delegation was led by X", "X signed as a witness", "X watched the leaders put their names to it", "X looked on",
"X and Y stood behind them, alongside Z", "The delegation included X". None of these
is an event of its own; whoever they name takes part in the occasion told just before. What one
joins, attends or leads must be that occasion, not one of its own ("X also attended a reception",
"Y joined a separate meeting", "Z led the delegation to a conference in Lima" add no one). A
sentence that tells a signing of its own may still go on with the one before ("Y and Z signed
as guarantors").
"""
from __future__ import annotations

from collections import defaultdict

from kb.extract.lexicon import CONSULT_TYPES
from kb.extract.linking import ActorIndex
from kb.model import Event

# Occasions people share: gatherings, talks and signings (a phone call has no one at the table).
OCCASION_TYPES = (CONSULT_TYPES - {"PhoneCall"}) | {"AgreementSigned", "Ceasefire"}
SIGNING_TYPES = {"AgreementSigned", "Ceasefire"}
REACH = 2  # sentences after the occasion's own in which its account goes on
# "joined them", "joined the talks": what one joins that is the occasion already told
JOINED_OBJECTS = {"talks", "talk", "meeting", "summit", "ceremony", "delegation", "mission", "session",
                  "negotiation", "visit", "trip", "tour", "signing", "discussion", "conference"}
PERSONAL_OBJECTS = {"him", "her", "them", "us"}
# "also attended a dinner", "joined another meeting", "a separate session": an occasion of its own
OTHER_OCCASION_WORDS = {"a", "an", "another", "separate", "other", "different", "second"}
# "also attended", "also took part", "was also present": a party added to what was just told
ADDED_VERBS = {"attend", "join", "sit", "accompany", "participate", "witness"}
# "Among the guests were X", "Also at the table were Y": the places a party is set at
SEATS = {"table", "talks", "meeting", "ceremony", "summit", "signing", "guest", "guests", "participant",
         "participants", "those", "delegates", "attendance"}
COMPANY_NOUNS = {"delegation", "mission", "team", "talks", "envoys", "visit", "party"}  # "... was led by X"
BESIDE_PREPS = {"behind", "beside", "alongside", "with", "next"}  # "stood behind them", "sat next to him"
SIGNING_ROLES = {"witness", "witnesses", "guarantor", "guarantors", "observer", "observers"}
DATE_LABELS = {"DATE", "TIME"}


def join_companions(events: list[Event], index: ActorIndex) -> None:
    """Add to each occasion the parties the sentences just after it name as joining it.

    The actors added also go into the event's working set `_parties` (the actors named as
    parties, not only in a title), which kb.extract.events sets on every event it makes, keeps
    through eventmerge.absorb and reads and strips in its _finish, after this merge step."""
    by_sent: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sent[event._sent_no].append(event)
    continued: dict[int, Event] = {}  # sentences that went on with an occasion's account
    for sent_no, sent in enumerate(index.doc.sents):
        if any(e.label_ in DATE_LABELS for e in sent.ents):
            continue  # "On Friday X joined them": a day of its own may be another occasion
        occasion = _occasion_before(by_sent, sent_no, continued)
        if occasion is None:
            continue
        found = companions(sent, index, signing=occasion.type in SIGNING_TYPES)
        if found:
            continued[sent_no] = occasion
        added = [a for a in dict.fromkeys(found) if a not in occasion.participants]
        occasion.participants += added
        occasion._parties = getattr(occasion, "_parties", set()) | set(added)


def _occasion_before(by_sent: dict[int, list[Event]], sent_no: int, continued: dict[int, Event]) -> Event | None:
    """The occasion told last in the sentences just before (the nearest one first), or whose
    account one of them went on with."""
    for back in range(1, REACH + 1):
        told = [e for e in by_sent.get(sent_no - back, []) if e.type in OCCASION_TYPES]
        if sent_no - back in continued:  # its main clause went on with the occasion, whatever else it told
            return continued[sent_no - back]
        if told:
            return told[-1]
        if by_sent.get(sent_no - back):
            return None  # another kind of act told in between: the account has moved on
    return None


def companions(sent, index: ActorIndex, signing: bool) -> list[str]:
    """The actors a sentence names as joining an occasion told before it (see the module)."""
    found: list[str] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            found += _joiners(tok, lemma, index, signing)
        elif lemma in COMPANY_NOUNS and tok.dep_ == "nsubjpass" and not _bound_elsewhere(tok):
            found += _agents(tok.head, index) if tok.head.lemma_.lower() in ("lead", "head") else []
    return found


def _joiners(verb, lemma: str, index: ActorIndex, signing: bool) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    also = any(c.lower_ == "also" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("join", "accompany") and any(s.dep_ == "nsubjpass" for s in subjects):
        return _agents(verb, index)          # "He was joined by X", "accompanied by Y"
    if lemma in ADDED_VERBS and (any(_joined_object(o) for o in objects) if objects else also):
        return _named(subjects, index)       # "X also attended", "Y joined them" (not "also attended a match")
    if lemma == "take" and any(o.lower_ == "part" for o in objects) and also:
        return _named(subjects, index)       # "X also took part"
    if lemma in ("lead", "head") and not _bound_elsewhere(verb) and \
            any(o.lemma_.lower() in COMPANY_NOUNS and not _bound_elsewhere(o) for o in objects):
        return _named(subjects, index)       # "X led the delegation" (not "... to a conference in Y")
    if lemma == "include" and any(s.lemma_.lower() in COMPANY_NOUNS for s in subjects):
        return _named(objects, index)        # "The delegation included X and Y"
    if lemma == "be":
        return _seated(verb, subjects, also, index)
    if lemma == "look" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return _named(subjects, index)       # "X looked on"
    if lemma in ("stand", "sit") and any(p.dep_ == "prep" and p.lower_ in BESIDE_PREPS for p in verb.children):
        beside = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("alongside", "with")
                  for o in p.children if o.dep_ == "pobj"]
        return _named(subjects + beside, index)  # "X stood behind them, alongside Y"
    if signing and lemma == "sign" and (also or _as_role(verb)):
        return _named(subjects, index)       # "X signed as a witness", "Y also signed"
    if signing and lemma in ("watch", "witness") and any(c.dep_ == "ccomp" and c.lemma_.lower() == "sign"
                                                       for c in verb.children):
        return _named(subjects, index)       # "X watched the leaders sign"
    return []


def _seated(verb, subjects, also: bool, index: ActorIndex) -> list[str]:
    """"Also at the table were X", "Among the other guests was Y", "Z was also present"."""
    seat = any(p.dep_ == "prep" and p.lower_ in ("at", "among") and
               any(o.lemma_.lower() in SEATS or o.lower_ in SEATS for o in p.children if o.dep_ == "pobj")
               for p in verb.children)
    present = any(c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children)
    if not (seat or present and also or present and verb.i > min((s.i for s in subjects), default=verb.i)):
        return []
    named = subjects + [c for c in verb.children if c.dep_ == "attr"]
    return _named(named, index)


def _joined_object(obj) -> bool:
    """'joined the talks', 'accompanied him': the occasion told already, not 'a separate meeting'."""
    if obj.lower_ in PERSONAL_OBJECTS:
        return True
    return obj.lemma_.lower() in JOINED_OBJECTS and not _another_occasion(obj)


def _another_occasion(noun) -> bool:
    return any(c.dep_ in ("det", "amod") and c.lower_ in OTHER_OCCASION_WORDS for c in noun.children)


def _bound_elsewhere(company) -> bool:
    """'the delegation to a separate conference', 'the mission to Tokyo': a company (or its
    leading, where the parser hangs the phrase on 'led') with a destination or an occasion of its
    own, unless that is the occasion told already ('the delegation to the talks')."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "for", "at") and
               any(o.dep_ == "pobj" and not _joined_object(o) for o in p.children) for p in company.children)


def _as_role(verb) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "as" and
               any(o.lower_ in SIGNING_ROLES for o in p.children if o.dep_ == "pobj") for p in verb.children)


def _agents(verb, index: ActorIndex) -> list[str]:
    return [a for g in verb.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
            for a in index.resolve(o)]


def _named(words, index: ActorIndex) -> list[str]:
    """The actors the words name; "he" or "they" are the parties told already ("who" is not)."""
    return [a for w in words if w.pos_ != "PRON" or w.tag_ == "WP" for a in index.resolve(w)]
