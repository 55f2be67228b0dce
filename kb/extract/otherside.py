"""The other side of a hostile act told without its target.

A report on a quarrel between two states tells many of its acts as one side's moves and names
the target once, in the lead: "Madrid warned that its troops would stop the marchers", "the
kingdom threatened to retaliate", "Lima demanded on Friday that the boat be returned". An act of
that kind whose parties all stand for one of the two states the article is about, and whose
clause names no one and nothing it is done to, is aimed at the other. Not so when the act has an
object ("struck militant hideouts", "urged citizens to stay home", "accused its former prime
minister"), is aimed by a preposition ("clashed with students"), or is set in the agent's own
land ("deployed police in Delhi"): such an act is the state's own business, or aimed at someone
the text names. The two states are the two the article names most, when they stand clear of the
rest (a third named as often leaves the quarrel unclear, and nothing is added).
"""
from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from kb.extract.clauses import AIMING_PREPS, clause_verb
from kb.extract.homestate import named_place

# Acts one side does to the other, and the demands it makes of it ("called for the boat to be
# returned"); a statement or a criticism may be aimed at anyone.
HOSTILE_TYPES = {"Accusation", "Threat", "BreakRelations", "Sanction", "MilitaryAction", "Concession", "Appeal",
                 "MilitaryDeployment"}
# How a trigger names what it is done to: its object, or its subject when passive.
TARGET_DEPS = ("dobj", "dative", "nsubjpass")
# Prepositions that aim an act at someone, "at" and "with" too ("fired at youths", "clashed with students").
TARGET_PREPS = AIMING_PREPS | {"at", "with"}
# People a state deals with at home, or who are no state: an act on them is aimed at no foreign state.
PEOPLE_NOUNS = {"citizen", "national", "people", "public", "population", "resident", "police", "policeman",
                "militant", "rebel", "insurgent", "guerrilla", "separatist", "extremist", "terrorist", "protester",
                "demonstrator", "student", "opposition", "civilian", "villager", "prisoner", "journalist", "activist",
                "critic", "dissident", "suspect", "crowd", "worker", "farmer", "fan", "voter", "president",
                "minister", "leader", "official", "lawmaker", "party", "faction", "group", "victim", "refugee"}
_PAIRS: WeakKeyDictionary = WeakKeyDictionary()  # each article's quarrel pair, keyed by its actor index


def other_side(trigger, parties: list[str], index) -> list[str]:
    """The other of the article's two states, when every party (and every state written on the
    act's words) stands for one of them and the act names no one it is done to."""
    pair = quarrel_pair(index)
    if not pair or not parties or _aimed_at_people(trigger, index):
        return []
    states = {s for s in index.countries_of(parties) if index.kind(s) == "country"}
    if len(states) != 1 or not states <= set(pair) or any(
            index.kind(p) not in ("country", "person") for p in parties):
        return []
    if _set_at_home(trigger, next(iter(states)), index):
        return []
    return [s for s in pair if s not in states]


def _aimed_at_people(trigger, index) -> bool:
    """Whether the act is done to people of its own, named by its object or by a phrase aiming
    it ("urged its citizens", "accused its former prime minister", "clashed with students",
    "struck militant hideouts"), or to a body or a person the text names, rather than to a thing
    the quarrel is about ("seized the island", "froze all trade", "recalled its envoy")."""
    targets = [c for c in trigger.children if c.dep_ in TARGET_DEPS]
    targets += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                for o in p.children if o.dep_ == "pobj"]
    for target in targets:
        words = [target] + [m for m in target.children if m.dep_ in ("amod", "compound")]
        if any(w.lemma_.lower() in PEOPLE_NOUNS for w in words):
            return True
        if any(index.kind(a) in ("person", "organization", "group") for a in index.resolve(target)):
            return True
    return False


def _set_at_home(trigger, state: str, index) -> bool:
    """Whether the act's clause names a place that lies in the acting state ("in Delhi")."""
    code = index.by_id[state].country if state in index.by_id else None
    for word in clause_verb(trigger).subtree:
        place = named_place(word) if word.dep_ == "pobj" else None
        if place is not None and place.country == code:
            return True
    return False


def quarrel_pair(index) -> list[str]:
    """The two states the article names most, if both are named at least twice and a third
    is named less often than the second."""
    if index not in _PAIRS:
        counts = Counter({a.id: len(a.mentions) for a in index.actors if a.kind == "country" and a.mentions})
        ranked = counts.most_common(3)
        clear = len(ranked) >= 2 and ranked[1][1] >= 2 and (len(ranked) < 3 or ranked[2][1] < ranked[1][1])
        _PAIRS[index] = [ranked[0][0], ranked[1][0]] if clear else []
    return _PAIRS[index]
