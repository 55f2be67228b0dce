"""Whom a claim or a gathering is about beyond its grammatical objects: the target of a warning
or an accusation told as a clause, the state one side's remark speaks of, and the host a summit
or meeting is said to have."""
from __future__ import annotations

from kb.extract.clauses import of_objects
from kb.extract.lexicon import FORCE_NOUNS, match_trigger
from kb.extract.otherside import quarrel_pair
from kb.extract.speechacts import content_trigger


# Arms and armed forces: what a threat says they could reach or strike is its target.
ARMS_NOUNS = FORCE_NOUNS | {"missile", "rocket", "army", "navy", "drone", "bomber", "weapon", "fighter",
                            "artillery", "submarine", "militia"}


def claimed_about(verb, index) -> list[str]:
    """Whom a warning or an accusation told as a clause is about: "warned that more Chinese
    incursions would wreck the fishing talks", "alleged that Iranian agents had planned the attack" (the
    subject of what is claimed, or the state an adjective names on it; else the object of the
    act claimed)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = []
    for clause in _told_clauses(verb):
        subjects = _subjects(clause)
        named = [a for s in subjects for a in index.resolve(s) or index.modifier_countries(s)]
        # "warned that its missiles could reach every corner of X": no one named as subject, so what
        # arms or forces would hit; a storm or a winter reaching somewhere threatens no one there
        armed = any(s.lemma_.lower() in ARMS_NOUNS for s in subjects)
        found += named or [a for o in clause.children if o.dep_ == "dobj" and armed
                           for a in index.resolve(o) or whole_of(o, index)]
    return found


def remarked_on(verb, speakers: list[str], index) -> list[str]:
    """The other of the article's two states (kb.extract.otherside.quarrel_pair) when a
    statement of one of them names it as the subject of what it says: "Lima said Chile had
    broken its word", "the minister said Washington was to blame". A remark on a third state,
    or one by a state outside the quarrel, is left alone."""
    pair = quarrel_pair(index)
    own = set(index.countries_of(speakers))
    if not own & set(pair):
        return []
    spoken = [a for a in _spoken_of(verb, index) if a in pair and a not in own]
    if not spoken:
        return []
    # the trigger is judged last and once: a plain "said" is typed a Statement only by what it
    # says (speechacts.content_trigger), so participants_for cannot ask the lexicon for the type
    trig = match_trigger(verb)
    said = content_trigger(verb, trig) or trig
    return spoken if said is not None and said.type == "Statement" else []


def _spoken_of(verb, index) -> list[str]:
    """The actors a remark names as the subject of what it says (not "said Chinese boats had
    left": an adjective names no party spoken of)."""
    return [a for c in _told_clauses(verb) for s in _subjects(c) for a in index.resolve(s)]


def _told_clauses(verb) -> list:
    """The clauses of what a verb says or claims, after it: not a clause the parser misreads before it."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]


def _subjects(clause) -> list:
    return [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


def whole_of(part, index) -> list[str]:
    """"every corner of X", "parts of Y": the actor a share is taken of."""
    return [a for o in of_objects(part) for a in index.resolve(o)]


def gathering_hosts(tok, index) -> list[str]:
    """Whoever the sentence calls the host of a summit or meeting takes part in it: a name set
    beside the word ("the talks ended, and the host, X, ..."), or "with X as host"."""
    found = []
    for host in (t for t in tok.sent if t.lemma_.lower() == "host" and t.pos_ == "NOUN"):
        found += [a for c in host.children if c.dep_ == "appos" for a in index.resolve(c)]
        if host.dep_ == "pobj" and host.head.lower_ == "as":  # "with X as host"
            found += [a for p in host.head.head.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]
    return found
