"""Measures against a party, told in ordinary words that have other senses: a body suspending a
state suspends its membership ("the bloc suspended Mali"); a ban or a freeze is a sanction when it
is aimed at a state, a body or a named party ("banned arms sales to Iran", "froze loans to the
regime"; not "banned the sale of fireworks", "froze lending to small firms"); ties lowered or
reduced are relations broken in part only when they are ties to a state ("lowered its ties with
Iran"; not "reduced its ties to coal suppliers")."""
from __future__ import annotations

from kb.extract.actorwords import names_a_named_party, names_a_state, stands_for_a_state

# Prepositions that tell whom a measure's object concerns: "sales to X", "imports from Y",
# "trade with Z", "the assets of W", "a ban on V".
TARGET_PREPS = {"to", "from", "with", "against", "on", "of", "for"}
# Modifiers that name whom an object concerns: "Iran's assets", "Iranian oil", "Iran oil exports".
TARGET_MODIFIERS = {"poss", "amod", "compound", "nmod"}
# Verbs of measures anyone may take on anything ("the city banned fireworks", "the bank froze
# lending"): a sanction only when aimed at a party.
SANCTIONING_VERBS = {"ban", "freeze"}
# Verbs of cutting ties that say nothing of whose ties they are: a firm lowers its ties to suppliers.
TIE_VERBS = {"lower", "reduce"}


def suspends_a_state(verb) -> bool:
    """A body suspending a state is suspending its membership, also when no "from" follows, and so
    is one suspending a state's membership ("suspended Kabul's membership"; a state suspending its
    own is reducing relations, for the table's rows); suspending a thing ("suspended the debate",
    "suspended aid") is for the table's rows."""
    return any(c.dep_ == "dobj" and (names_a_state(c) or c.lemma_.lower() == "membership" and any(
        p.dep_ == "poss" and names_a_state(p) for p in c.children)) for c in verb.children)


def aimed_at_a_party(verb) -> bool:
    """Whether what a verb bans or freezes concerns a named party: its object, a modifier or a target
    phrase anywhere in it, or a target phrase on the verb ("banned arms sales to Iran", "froze Iranian
    assets", "banned the export of engines that could be fitted on warships to X")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return any(names_a_named_party(w) for h in heads for w in h.subtree if w.i == h.i or _names_whom(w))


def ties_to_a_state(verb) -> bool:
    """Whether the ties a verb lowers or reduces are with a state: named with "with" or "to" on them
    or on the verb, or, when none is named, the subject's own ("Turkey lowered its ties")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    others = [o for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
              for o in p.children if o.dep_ == "pobj"]
    sides = others or [c for c in verb.children if c.dep_ == "nsubj"]
    return any(stands_for_a_state(s) for s in sides)


def _names_whom(word) -> bool:
    """Whether a word inside a measure's object may say whom it concerns: "to X", "of Y", "Iranian"."""
    return word.dep_ == "pobj" and word.head.lower_ in TARGET_PREPS or word.dep_ in TARGET_MODIFIERS
