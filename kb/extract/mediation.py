"""Mediation: a third party brokers, mediates or hosts what two sides do. The third party is the
agent; the sides are the recipients, read off "between X and Y" or off the act that was brokered
("X and Y agreed, in a deal brokered by Z": X and Y; "a Norwegian-brokered truce": Norway mediates).
A mediation whose sentence names no side and no other state ("a cardinal offered his good
offices") is between the pair the article is about, when the mediator is neither of the two and the
mediation is told as an act, not as a record ("Norway, which has mediated in other wars").
"""
from __future__ import annotations

from kb.extract.clauses import governing_verb
from kb.extract.eventnouns import sides, state_of_adjective
from kb.extract.lexicon import MEDIATING_VERBS
from kb.extract.participants import participants_for


def roles(tok, index, agents: list[str], recipients: list[str], others: list[str]):
    """Return (agents, recipients, others) of a mediation: its mediators, its sides, the rest."""
    agents = list(dict.fromkeys(agents + _mediators(tok, index)))
    named = [s for s in dict.fromkeys(_sides(tok, index)) if s not in agents]
    recipients = recipients + [s for s in named if s not in recipients]
    if not recipients and not others and not _a_record(tok):  # the quarrel in view is the main pair
        pair = list(index.group)
        if len(pair) == 2 and not any(a in pair for a in agents):
            recipients = pair
    others = [o for o in others if o not in recipients and o not in agents]
    return agents, recipients, others


def _a_record(tok) -> bool:
    """Whether the mediation is a relative clause in the perfect ("Norway, which has mediated in
    two wars"): what the mediator has done before, not its part in the article's quarrel."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _mediators(tok, index) -> list[str]:
    """Mediators the parse does not give as the trigger's subject: "the talks were brokered by X"
    (the passive verb's agent), "talks hosted and brokered by X" (the participles' agent), "a
    Norwegian-brokered truce" (the word joined to the participle)."""
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in MEDIATING_VERBS:
        return [a for c in tok.head.children if c.dep_ == "agent"
                for o in c.children if o.dep_ == "pobj" for a in index.resolve(o)]
    if tok.pos_ in ("NOUN", "PROPN"):  # "talks hosted and brokered by X": the agent of the last participle
        participles = [w for c in tok.children if c.dep_ == "acl" for w in (c, *c.conjuncts)]
        return [a for w in participles for c in w.children if c.dep_ == "agent"
                for o in c.children if o.dep_ == "pobj" for a in index.resolve(o)]
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("amod", "compound"):
        return []
    found: list[str] = []
    for word in (c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < tok.i):
        found += index.resolve(word) or state_of_adjective(word, index)
    return found


def _sides(tok, index) -> list[str]:
    """The sides: named "between X and Y" on the trigger or on what it brokers, else the parties
    of the act the brokered noun belongs to ("X and Y agreed, in a deal brokered by Z")."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    noun = tok.head if tok.dep_ in ("acl", "amod", "compound") and tok.pos_ in ("VERB", "AUX") else None
    if noun is not None:
        holders.append(noun)
    between = sides(holders, index)
    if between or noun is None:
        return between
    verb = governing_verb(noun)
    if verb is None:
        return []
    agents, _, others = participants_for(verb, index)
    return agents + others
