"""Parties a report names as a collective, when the actor index finds no one in the phrase.

A report on two states names them together again and again by what they have or are: "the two
armies clashed", "the two states signed a border treaty", "the two neighbours will swap
ambassadors". Such a phrase stands for the pair named just before it, and when none is, for the two
states the article is about (kb.extract.otherside.quarrel_pair), whatever body of theirs the noun
names. A joint act named again with "the" alone ("the talks broke down") is that pair's act too.
"""
from __future__ import annotations

from kb.extract.actorwords import ARMED_DOERS
from kb.extract.lexicon import match_trigger
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


# Acts two parties do together that a report names again with "the" alone: "the talks resumed",
# "the negotiations broke down", "the ceasefire held", "the 2001 agreement", "the signing in May";
# each with the kinds the same act may have been told as before (talks as a meeting or negotiations).
TOLD_AS = {"Meeting": {"Meeting", "Negotiation"}, "Negotiation": {"Meeting", "Negotiation"},
           "Ceasefire": {"Ceasefire"}, "AgreementSigned": {"AgreementSigned"}}
# Words after the act's noun that give it parties or a matter of its own: "talks between X and Y",
# "the meeting of the board", "the agreement on climate", "the ceasefire with the rebels".
_OWN_PHRASE_PREPS = {"between", "with", "of", "on", "among", "by", "over", "involving"}


def joint_act_again(tok, index) -> list[str]:
    """The two states a joint act named again with "the" and no party of its own stands for, when
    the nearest act of its kind told before was told of those two: the states of the pair the index
    holds by then (kb.extract.events sets it from the first event with a pair while the article's
    events are built), else the two states the article is about. Not "these talks", which may be
    any, nor a noun with a modifier, a clause or a phrase that could name other parties, a matter
    or a time of its own ("the rebel talks", "the meeting of the board", "the talks that led to
    the signing"), nor an act whose kind was last told of others ("X and Y met ... OPEC ministers
    met ... The meeting ended": OPEC's)."""
    trig = match_trigger(tok)
    if trig is None or trig.type not in TOLD_AS or tok.pos_ != "NOUN" or not _bare_definite(tok, index):
        return []
    states = [s for s in index.countries_of(list(index.group)) if index.kind(s) == "country"]
    pair = states if len(states) == 2 else quarrel_pair(index)
    told = _told_before(tok, TOLD_AS[trig.type])
    if not pair or told is None:
        return []
    named = index.countries_of(index.in_range(told.sent.start_char, told.sent.end_char))
    return pair if set(pair) <= set(named) else []


def _bare_definite(tok, index) -> bool:
    """Whether the noun has "the" and nothing of its own that could name parties, a matter or a time."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return False
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("amod", "compound", "poss", "nmod"):
            return False
        if child.i > tok.i and (child.dep_ in ("acl", "relcl", "appos") or child.lower_ in _OWN_PHRASE_PREPS):
            return False
        if child.i > tok.i and any(index.at(w) or w.ent_type_ == "DATE" for w in child.subtree):
            return False
    return True


def _told_before(tok, kinds: set[str]):
    """The nearest earlier trigger of one of these kinds, or None."""
    return next((t for t in reversed(tok.doc[:tok.i]) if (m := match_trigger(t)) is not None and m.type in kinds),
                None)
