"""Whom a military act hit: those a verb on it says it killed or wounded, the states whose
targets it struck, and whom an attack named as a subject hit."""
from __future__ import annotations

from kb.extract.clauses import object_taken_as_subject
from kb.extract.lexicon import match_trigger

MILITARY_TYPES = {"MilitaryAction", "MilitaryDeployment"}
CASUALTY_VERBS = {"kill", "wound", "injure", "capture", "assassinate"}  # whom an attack hit


def casualties(act, index) -> list[str]:
    """Whom a military act killed or wounded, told by a verb on it: "struck the camp, killing X",
    "shelled the town and wounded Y"; or whose targets it hit, told by an adjective: "struck a
    string of Indian air bases"."""
    if not strikes(act):
        return []
    hits = [c for c in act.children if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in CASUALTY_VERBS]
    targets = [c for c in act.children if c.dep_ == "dobj"]
    targets += [o for t in targets for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    return [a for h in hits for o in h.children if o.dep_ == "dobj" for a in index.resolve(o)] + \
        [a for t in targets for a in index.modifier_countries(t)]


def hit(verb, index) -> list[str]:
    """Whom the verb an attack is the subject of hit: "a strike killed X and Y", also where the
    parser took "X and Y" for the subject of a verb after them (see object_taken_as_subject)."""
    found = [a for c in verb.children if c.dep_ == "dobj" for a in index.resolve(c)]
    taken = object_taken_as_subject(verb) if verb.lemma_.lower() in CASUALTY_VERBS else None
    return found + ([a for t in taken[0] for a in [index.at(t)] if a] if taken else [])


def strikes(tok) -> bool:
    trig = match_trigger(tok)
    return trig is not None and trig.type in MILITARY_TYPES
