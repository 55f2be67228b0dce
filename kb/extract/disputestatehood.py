"""A land's standing as a state, contested: the quarrel a news writer calls "the status of X".

Told without the word "status" in three ways:
- a state recognises a breakaway region as a state ("Nauru recognised Abkhazia", "recognised the
  breakaway region of X"): only a land some refuse to see as a state is news for being recognised;
- a state refuses to recognise another ("Greece has not recognised Kosovo"): recognising a state
  whose standing nobody questions is routine, refusing it is the quarrel;
- a land declares independence from a state ("X declared independence from Y").
The land is the topic, named with its status and keyed by the land, so "the status of Kosovo" read
here and in a claim ("Kosovo's status") is one dispute.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputeplaces import place_mention
from kb.extract.disputewords import Mention
from kb.extract.linking import ActorIndex

_RECOGNISING = {"recognise", "recognize"}
# Verbs that turn a recognition down: "refused to recognise X".
_REFUSING = {"refuse", "decline", "reject"}
# Common nouns a writer calls a breakaway land by: "the breakaway region of Abkhazia".
_LAND_TITLES = {"region", "province", "republic", "territory", "enclave"}


def contested_statehood(verb, n: int, index: ActorIndex) -> list[Mention]:
    """The lands whose standing as a state a recognising or a declaring verb puts at issue."""
    lemma = verb.lemma_.lower()
    if lemma in _RECOGNISING:
        lands = [_named_land(o) for d in verb.children if d.dep_ == "dobj" for o in [d, *d.conjuncts]]
        lands = [t for t in lands if t is not None and (_breakaway(t) or (_refused(verb) and _state(t)))]
    elif lemma == "declare" and _declares_independence_from_a_state(verb):
        lands = [s for s in verb.children if s.dep_ == "nsubj" and (_state(s) or _breakaway(s))]
    else:
        return []
    return [_status_mention(verb, land, n, index) for land in lands]


def _status_mention(verb, land, n: int, index: ActorIndex) -> Mention:
    mention = place_mention(verb, land, n, index, label=False, weight=2)
    mention.topic = f"status of {mention.topic}"
    return mention


def _named_land(tok):
    """The proper name a recognised object stands for: the name itself, or "the region of X"."""
    if tok.pos_ == "PROPN":
        return tok
    if tok.lemma_.lower() in _LAND_TITLES:
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    return None


def _breakaway(tok) -> bool:
    """A region inside a state, by the gazetteer: recognising it as a state takes it from that state."""
    entry = gazetteer.place(tok.text) if gazetteer.country(tok.text) is None else None
    return entry is not None and entry.kind == "region"


def _state(tok) -> bool:
    return tok.ent_type_ == "GPE" and gazetteer.country(tok.text) is not None


def _refused(verb) -> bool:
    """ "has never recognised X", "will not recognise X", "refused to recognise X"."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING


def _declares_independence_from_a_state(verb) -> bool:
    """ "X declared independence from Y", with Y a state (the parser may hang "from" on the noun)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "independence"]
    holders = [verb, *objects]
    return bool(objects) and any(c.dep_ == "prep" and c.lower_ == "from" and any(_state(g) for g in c.children)
                                 for h in holders for c in h.children)
