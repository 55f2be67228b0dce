"""Parties a report names as a collective, when the actor index finds no one in the phrase.

A report on two states names them together again and again by what they have or are: "the two
armies clashed", "the two states signed a treaty in 1929", "the two neighbours will reopen
embassies". Such a phrase stands for the two states the article is about
(kb.extract.otherside.quarrel_pair), whatever body of theirs the noun names.
"""
from __future__ import annotations

from kb.extract.otherside import quarrel_pair
from kb.extract.phrases import states_again

PAIR_WORDS = {"two", "both"}  # "the two armies", "both countries"


def collective_parties(tok, index) -> list[str]:
    """The two states a phrase naming two states again, or a body of each, stands for: "the two
    armies", "both countries" (kb.extract.phrases.states_again); not "these countries", which
    need not be two, nor "the two sides" (a state and its rebels as often; kb.extract.linking
    reads them off the pair named just before), "the two delegations" or "leaders", who are
    persons meeting, or "neither country" (it denies the act)."""
    if not states_again(tok, bodies=True) or not any(c.lower_ in PAIR_WORDS for c in tok.children):
        return []
    return quarrel_pair(index)
