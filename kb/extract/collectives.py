"""Parties a report names as a collective, when the actor index finds no one in the phrase.

A report on two states names them together again and again by what they have or are: "the two
armies clashed", "the two states signed a border treaty", "the two neighbours will swap
ambassadors". Such a phrase stands for the pair named just before it, and when none is, for the two
states the article is about (kb.extract.otherside.quarrel_pair), whatever body of theirs the noun
names.
"""
from __future__ import annotations

from kb.extract.actorwords import ARMED_DOERS
from kb.extract.otherside import quarrel_pair
from kb.extract.phrases import PAIR_WORDS, states_again


def collective_parties(tok, index) -> list[str]:
    """The two states a phrase naming two states again, or a body of each, stands for: "the two
    armies", "both countries" (kb.extract.phrases.states_again); not "these countries", which
    need not be two, nor "the two sides" (a state and its rebels as often; kb.extract.linking
    reads them off the pair named just before), "the two delegations" or "leaders", who are
    persons meeting, or "neither country" (it denies the act)."""
    if not states_again(tok, bodies=True) or not any(c.lower_ in PAIR_WORDS for c in tok.children):
        return []
    named = _pair_just_before(tok, index)
    return quarrel_pair(index) if named is None else named


def _pair_just_before(tok, index) -> list[str] | None:
    """The parties of the nearest pair named in this sentence or the one before ("the regular
    army and the paramilitary RSF have fought ... The two armies clashed": the army and the RSF,
    not the article's two states); [] when the nearest list of parties (actors, names or armed
    sides, actorwords.ARMED_DOERS: "the army and the guerrillas") is not two the index knows, None
    when no such list is named there."""
    start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for cand in reversed(tok.doc[start:tok.i]):
        if cand.dep_ == "conj" or not cand.conjuncts or cand.right_edge.i >= tok.i \
                or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        found = index.resolve(cand)
        if found or any(w.pos_ == "PROPN" or w.lemma_.lower() in ARMED_DOERS for w in (cand, *cand.conjuncts)):
            sides = list(dict.fromkeys(_side_of(a, index) for a in found))  # "X and Y ...; the two neighbours"
            return sides if len(sides) == 2 and all(sides) else []
    return None


def _side_of(actor_id: str, index) -> str | None:
    """A person named in the pair stands for the state he serves (its leader, its envoy)."""
    actor = index.by_id.get(actor_id)
    if actor is None or actor.kind != "person":
        return actor_id
    return index.state(actor.country) if actor.country else None
