"""A land two sides both claim, told with the verb: "the valley, which both countries claim", "the
two states claim the estuary", "an island claimed by both China and Japan".

A writer who says both sides claim a place names the matter they are at odds over without any
dispute noun. The topic is the dispute over that place, named after its parties as a bare topic is
("Ecuador-Peru dispute over Cenepa valley"): the place alone does not say who quarrels over it.

A land one state claims ("Venezuela claims the Essequibo region", "settlers went in to claim the
land for Somalia") is a territorial quarrel too, with whoever holds it: the land names it, as a land
under a claim noun does ("sovereignty over X").
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputeplaces import place_mention, place_name
from kb.extract.disputewords import LAND_NOUNS, Mention, land_named_before, phrase_span, slug
from kb.extract.linking import ActorIndex

# Nouns for the sides when the writer does not name them again: "both countries", "the two sides".
# Claimants that are no states claim a place in another sense: "both candidates claimed Ohio" (won
# it), "both clubs claim the city" (as their home), "both parties claim the region" (its votes).
_SIDE_NOUNS = {"country", "side", "state", "nation", "government", "neighbour", "neighbor", "capital", "leader"}


def both_claim(verb, n: int) -> list[Mention]:
    """ "which both countries claim", "both claim X", "claimed by both A and B": the land claimed."""
    if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB":
        return []
    if not (_both_subject(verb) or _both_agent(verb)):
        return []
    land = verb.head if verb.dep_ in ("relcl", "acl") else _before_comma(verb) if verb.dep_ == "advcl" else \
        next((c for c in verb.children if c.dep_ == "dobj"), None)
    if land is None or land.pos_ not in ("NOUN", "PROPN") or not _named_place(land):
        return []
    name = place_name(land)
    of_name = next((g for c in land.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if of_name is not None:  # "the Rann of Kutch"
        name = f"{name} of {place_name(of_name)}"
    return [Mention(f"dispute-over-{slug(name)}", f"dispute over {name}", n, True, phrase_span(land), bare=True)]


def _before_comma(participle):
    """ "sailed to the islands, claimed by both A and B": the parser hangs the participle on the verb
    of the sentence, but it tells of the noun just before its comma."""
    doc = participle.doc
    if participle.tag_ != "VBN" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    return doc[participle.i - 2]


def _both_subject(verb) -> bool:
    """ "both countries", "the two sides", "India and Pakistan both", "both" alone as the claimants."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "both":
        return True
    kids = list(subject.children)
    if any(c.lower_ == "both" for c in kids):
        return _states(subject)
    return subject.lemma_.lower() in _SIDE_NOUNS and any(c.dep_ == "nummod" and c.lower_ == "two" for c in kids)


def _states(claimant) -> bool:
    """Whether a claimant and those joined to it are states: by name, people or a noun for a state."""
    return all(t.ent_type_ in ("GPE", "NORP") or gazetteer.country(t.text) is not None or
               t.lemma_.lower() in _SIDE_NOUNS for t in [claimant, *claimant.conjuncts])


def _both_agent(verb) -> bool:
    """ "claimed by both China and Japan": the passive's agent is two sides."""
    return any(g.dep_ == "pobj" and any(k.lower_ == "both" or k.dep_ == "conj" for k in g.children) and _states(g)
               for c in verb.children if c.dep_ == "agent" for g in c.children)


def _named_place(land) -> bool:
    """A place with a proper name: "Kashmir", "the Cenepa valley"; "the islands" alone says not which."""
    return land.ent_type_ in ("GPE", "LOC", "FAC") or land.pos_ == "PROPN" or \
        any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in land.children)


def claimed_for_a_state(verb, n: int, index: ActorIndex) -> list[Mention]:
    """ "Venezuela claims the Essequibo region", "sent settlers to claim the land for Somalia": a named land a
    state claims, or a land noun pointing back to one. Not what else is claimed ("claimed victory",
    "claimed responsibility"), nor land claimed by those who are no state ("the rebels claimed the
    town"), nor a state ("claimed Ukraine" is said of a war's gains, not of a land in dispute)."""
    if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB":
        return []
    land = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if land is None or land.pos_ not in ("NOUN", "PROPN"):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    beneficiaries = [g for h in (verb, land) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"]
    if not (subject is not None and subject.ent_type_ == "GPE" and _states(subject)
            or any(b.ent_type_ == "GPE" and _states(b) for b in beneficiaries)):
        return []
    named = land if _proper(land) else _land_pointed_to(land)
    if named is None or gazetteer.country(place_name(named)) is not None:
        return []
    return [place_mention(verb, named, n, index, label=False, weight=2)]


def _proper(land) -> bool:
    """A land with a proper name of its own ("the Essequibo region", "the Spratly Islands"), not a
    site the parser tags as a place ("the temple complex"). A state claims a cup, a prize or a
    contest too ("claimed the World Cup", "claimed the Nobel Prize"): the name must be tagged a
    place, or end in a word for land, and name no prize."""
    words = [land, *(c for c in land.children if c.dep_ == "compound")]
    if any(t.lemma_.lower() in _PRIZE_WORDS for t in words):
        return False
    if not (land.ent_type_ in ("GPE", "LOC", "FAC") or land.lemma_.lower() in LAND_NOUNS):
        return False  # "claims Essequibo" alone: the parser takes the bare name for a firm
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


# What a winner claims: "claimed the cup", "claimed the title", "claimed the Copa America".
_PRIZE_WORDS = {"cup", "copa", "prize", "trophy", "title", "award", "medal", "championship", "contest", "crown",
                "tournament", "league", "open", "game", "games"}


def _land_pointed_to(land):
    """The named land "the territory" or "the islands" points back to: one with a land noun in its
    name ("the Isla Verde archipelago"), else the last land the sentence named before it."""
    if land.lemma_.lower() not in LAND_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in land.children):
        return None
    before = land_named_before(land)
    if before is not None:
        return before
    return next((e.root for e in reversed(land.doc.ents) if e.label_ in ("GPE", "LOC")
                 and land.sent.start <= e.start and e.end <= land.i and gazetteer.country(e.text) is None), None)
