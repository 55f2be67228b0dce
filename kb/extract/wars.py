"""Wars entered: a party that went to war, is at war or waged war with another is in an armed
act with it ("went to war with X in 1965", "had been at war with Y for years", "waged war on Z"),
when the other side is a state or an armed group; a war on corruption or with one's own party is
a figure of speech, and a war with no other side named ("a country at war") is no act of a party."""
from __future__ import annotations

from kb.extract.actorwords import names_an_armed_group, stands_for_a_state

# Verbs of waging war ("waged war on Z"; the small model's lemma of "waged" is "wag"), and of going
# to or being at war ("went to war with X", "was at war with Y").
WAGING_VERBS = {"wage", "wag"}
WAR_VERBS = {"go", "be"} | WAGING_VERBS
# Prepositions naming the other side of a war: "at war with X", "waged war against Y" ("on" only
# after waging: "at war on two fronts" names no side).
OPPONENT_PREPS = {"with", "against"}


def war_entered(noun):
    """The verb telling that a party went to war or is at war with a state or an armed group,
    else None ("the war in the north", "went to war with his own party")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to") else \
        noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in WAR_VERBS:
        return None
    armed = any(stands_for_a_state(o) or names_an_armed_group(o) for o in war_opponents(noun, verb))
    return verb if armed else None


def war_opponents(noun, verb) -> list:
    """The words naming the other side of a war entered: the objects of "with", "against" (and of
    "on" after waging) on the war noun or on its verb."""
    preps = OPPONENT_PREPS | ({"on"} if verb.lemma_.lower() in WAGING_VERBS else set())
    return [o for h in (noun, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]
