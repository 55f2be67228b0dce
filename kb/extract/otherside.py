"""The other side of a hostile act told without its target.

A report on a quarrel between two states tells most of its acts as one side's moves, and names
the target once, in the lead: "Madrid warned that its troops would stop the marchers", "the
kingdom froze all new trade", "Eritrean troops seized the island". An act of that kind whose
parties all stand for one of the two states the article is about, and that names no one it is
aimed at, is aimed at the other. The two states are the two the article names most, when they
stand clear of the rest (a third named as often leaves the quarrel unclear, and nothing is added).
"""
from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

# Acts one side does to the other, and the demands it makes of it ("called for the boat to be
# returned"); a statement or a criticism may be aimed at anyone.
HOSTILE_TYPES = {"Accusation", "Threat", "BreakRelations", "Sanction", "MilitaryAction", "Concession", "Appeal",
                 "MilitaryDeployment"}
_PAIRS: WeakKeyDictionary = WeakKeyDictionary()  # each article's quarrel pair, keyed by its actor index


def other_side(parties: list[str], index) -> list[str]:
    """The other of the article's two states, when every party stands for one of them."""
    pair = _quarrel_pair(index)
    if not pair or not parties:
        return []
    states = {s for s in index.countries_of(parties) if index.kind(s) == "country"}
    if len(states) != 1 or not states <= set(pair) or any(
            index.kind(p) not in ("country", "person") for p in parties):
        return []
    return [s for s in pair if s not in states]


def _quarrel_pair(index) -> list[str]:
    """The two states the article names most, if both are named at least twice and a third
    is named less often than the second (counted once per article)."""
    if index not in _PAIRS:
        counts = Counter({a.id: len(a.mentions) for a in index.actors if a.kind == "country" and a.mentions})
        ranked = counts.most_common(3)
        clear = len(ranked) >= 2 and ranked[1][1] >= 2 and (len(ranked) < 3 or ranked[2][1] < ranked[1][1])
        _PAIRS[index] = [ranked[0][0], ranked[1][0]] if clear else []
    return _PAIRS[index]
