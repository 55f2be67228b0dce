"""A civil war told without its name: an article that tells armed men fighting at home ("the rebels",
"guerrillas still hold the east") and a war or fighting that no two states wage ("the war began at
Christmas", "the fighting reached its height") tells the civil war of that state, and analysts name
it so ("the Liberian civil war") where the text never does.

The state is the one the fighters' sentences name most, else the one the article names most (a
summit on the war may sit elsewhere), else, where that one only sends forces, the one the lead
names. Not where the article names a conflict of its own already ("the Seleka rebellion", "the
Colombia-FARC war"): that is the same war in other words.
"""
from __future__ import annotations

import re
from collections import Counter

from kb.extract.disputeparties import modifier_states, most_named_state, states_in_order, states_named
from kb.extract.disputerebels import LEGISLATURE_WORDS, dissenters, former
from kb.extract.disputewords import LEAD_SENTENCES, Mention, country_name, slug
from kb.extract.lexicon import FORCE_NOUNS
from kb.extract.linking import ActorIndex

# Armed men who fight the rulers of the state they live in.
_FIGHTER_KINDS = {"rebel", "guerrilla", "insurgent", "militia", "militiaman"}
# Nouns of fighting that need no state on each side.
_FIGHTING_NOUNS = {"war", "fighting", "insurgency"}
# Words before "war" that name another kind of war than a fight for a state ("cold war", "trade war").
_OTHER_WARS = {"cold", "world", "trade", "price", "tariff", "currency", "cyber", "propaganda", "word"}
# What a war or a fight is waged on or within when it is a figure of speech or politics: "the war of
# words", "the war on drugs", "the fighting within the coalition".
_FIGURATIVE_OBJECTS = {"word", "drug", "terror", "terrorism", "crime", "poverty", "corruption", "nerve"} | \
    LEGISLATURE_WORDS
# Words for a party's members in front of "rebels": dissenters who vote, they do not fight ("Tory rebels").
_PARTY_WORDS = {"tory", "conservative", "labour", "liberal", "parliamentary", "backbench", "coalition"}
# A conflict the article names already: a war, rebellion or uprising in its own words.
_CONFLICT_NAMED = re.compile(r"\b(?:war|rebellion|insurgency|uprising|revolt|conflict|fighting)\b")
# Nouns for a state's rulers and its own army: a state named on them is at home in the article.
_RULING_NOUNS = {"government", "regime", "army", "military", "president", "leader"}
# Prepositions of the place people go to or come from: "crossed into Malawi", "from bases in Libya".
_WHERE_PREPS = {"in", "into", "to", "from", "across", "inside"}


def civil_war_mentions(sents, index: ActorIndex, mentions: list[Mention]) -> list[Mention]:
    """One mention of the state's civil war, in the first sentence telling the fighting."""
    if any(m.framed and not m.bare and (m.rebels or m.internal or _CONFLICT_NAMED.search(m.topic)) for m in mentions):
        return []
    fighters = [n for n, sent in enumerate(sents) if any(_fighter(t) for t in sent)]
    fighting = [n for n, sent in enumerate(sents) if any(_fighting(t) for t in sent)]
    if not fighters or not fighting:
        return []
    code = _fought_state(sents, fighters, index)
    name = country_name(code, index) if code else None
    if name is None:
        return []
    n = fighting[0]
    topic = f"{name} civil war"
    span = (sents[n].start_char, sents[n].start_char)
    return [Mention(slug(topic), topic, n, True, span, internal=True, side_states=(code,))]


def _fought_state(sents, fighters: list[int], index: ActorIndex) -> str | None:
    """The ISO code of the state the fighters fight: the one their sentences name most (among equals,
    the one the article names most); where they name none, the one the article names most, unless
    only its forces are named (an outside force sent in) and the lead names another state, the one
    it is sent to."""
    named = Counter(code for n in fighters for code in states_in_order([sents[n]], skip=_where_to))
    best = max(named.values(), default=0)
    tied = {code for code, count in named.items() if count == best}
    here = most_named_state(index)
    sending = _sending_states(index)
    if here in tied or not tied and here not in sending:
        return here
    if not tied:
        tied = states_named(sents[:LEAD_SENTENCES]) - sending
    return most_named_state(index, tied) if tied else here


def _sending_states(index: ActorIndex) -> set[str]:
    """States whose forces the article names ("American troops", "Nigeria's soldiers") and never
    their rulers or their own army: they send men to another state's war."""
    def named_on(nouns):
        return {index.by_id[a].country for a in modifier_states(index, nouns)}
    return named_on(FORCE_NOUNS) - named_on(_RULING_NOUNS)


def _where_to(tok) -> bool:
    """Whether a state is named as a place people go to or come from ("refugees crossed into Malawi
    and Zambia"), in a list or alone: not the fighters' own state."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ in _WHERE_PREPS


def _fighter(tok) -> bool:
    """ "the rebels", "UNITA guerrillas", "militias from the north"; not "former rebels", nor a party's
    dissenters ("Tory rebels", "rebels in the ruling party")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FIGHTER_KINDS:
        return False
    modifiers = {c.lower_ for c in tok.children}
    return not former(tok) and not modifiers & _PARTY_WORDS and not dissenters(tok, tok)


def _fighting(tok) -> bool:
    """A war or fighting the parse names with at most one state in its words ("the war", "the Angolan
    fighting"): "the Iran-Iraq war" and "the war with Egypt" are fought between states."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FIGHTING_NOUNS or tok.dep_ == "compound":
        return False
    if any(c.lower_ in _OTHER_WARS for c in tok.children):
        return False
    if any(o.lemma_.lower() in _FIGURATIVE_OBJECTS for c in tok.children if c.dep_ == "prep"
           for o in c.children if o.dep_ == "pobj"):
        return False   # "the war on drugs", "the fighting within the party"
    return len(states_named([tok.subtree])) < 2
