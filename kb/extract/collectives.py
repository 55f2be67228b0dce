"""Parties a report names as a collective, when the actor index finds no one in the phrase.

A report on two states names them together again and again by what they have or are: "the two
armies clashed", "the two states signed a treaty in 1929", "the two neighbours will reopen
embassies". Such a phrase stands for the two states the article is about
(kb.extract.otherside.quarrel_pair), whatever body of theirs the noun names.
"""
from __future__ import annotations

from kb.extract.otherside import quarrel_pair

# What each of two states has or is, counted two in "the two X". Not "the two sides" (a state and
# its rebels as often; kb.extract.linking reads them off the pair named just before) nor "the two
# delegations" or "leaders", who are persons meeting.
STATE_BODY_NOUNS = {"country", "state", "nation", "government", "army", "neighbour", "neighbor"}
PAIR_WORDS = {"two", "both"}  # "the two armies", "both countries"


def collective_parties(tok, index) -> list[str]:
    """The two states a collective phrase of a pair of states stands for, or nothing."""
    return quarrel_pair(index) if names_state_pair(tok) else []


def names_state_pair(tok) -> bool:
    """"the two armies", "both countries", "the two nuclear-armed neighbours": a plural noun of a
    state or its body counted as two; not "the two armies of Y" or "Y's two armies" (the phrase
    names whose they are), nor "neither country" (it denies the act)."""
    if tok.lemma_.lower() not in STATE_BODY_NOUNS or tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return any(c.lower_ in PAIR_WORDS for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj"))
