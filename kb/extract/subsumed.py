"""Triggers that name no event of their own: their act is part of another told with them.

- a noun trigger under a verb trigger of its type ("agreed on a ceasefire" is one ceasefire), a
  light verb over a noun trigger ("signed a declaration"), the object of a refusal ("walked out of
  the talks"), a reversed measure ("lifted sanctions");
- what an agreement provides for ("agreed to establish ties", "a settlement that gives the UN a
  role until it can elect a government");
- an act of speech that belongs to another thing (kb.extract.speechacts.part_of_another).
"""
from __future__ import annotations

from kb.extract.lexicon import AGREEMENT_NOUNS, CONSULT_TYPES, LIGHT_VERBS, Trigger, match_trigger
from kb.extract.modality import modality
from kb.extract.speechacts import part_of_another

# Acts whose object names what was refused or denied, not an event of its own.
REFUSAL_TYPES = {"Rejection", "Denial"}
# What two sides agree to do together is the agreement's content: "agreed to establish ties".
TERMS_TYPES = {"Cooperation"}
REVERSIBLE_TYPES = {"Sanction", "Expulsion", "BreakRelations", "MilitaryDeployment"}
REVERSAL_VERBS = {"lift", "ease", "end", "remove", "relax", "scrap", "drop", "waive", "suspend", "avert"}


def subsumed(tok, trig: Trigger) -> bool:
    """Whether a trigger's act is part of another act told with it (see the module doc)."""
    return _duplicate_of_head(tok, trig) or _terms_of_agreement(tok, trig) or part_of_another(tok, trig)


def _terms_of_agreement(tok, trig) -> bool:
    """"signed agreements to establish relations", "agreed to establish ties": what an agreement
    provides for is its content, told with the agreement, not an event of its own."""
    while tok.dep_ == "conj":  # "agreed to establish ties and reopen embassies"
        tok = tok.head
    if _provided_for(tok):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return tok.head.lemma_.lower() in AGREEMENT_NOUNS
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "agree" and trig.type in TERMS_TYPES


def _provided_for(tok) -> bool:
    """"a settlement that gives the UN a role until it can elect a government": an act still to
    come, told inside a clause that describes an agreement, is what the agreement provides for."""
    if modality(tok) == "asserted":
        return False
    for node in (tok, *tok.ancestors):
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in AGREEMENT_NOUNS:
            return True
        if node.dep_ not in ("advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "dobj", "pobj", "prep"):
            return False
    return False


def _duplicate_of_head(tok, trig) -> bool:
    """Skip a noun trigger under a verb trigger of its type, and a generic verb over a noun trigger.

    "agreed on a ceasefire" is a Ceasefire, not also an AgreementSigned; "met for a meeting" is one;
    "called off the mediation", "walked out of the talks" are Rejections, and what they name is no
    new event; "agreed to meet" is a planned meeting, not also a signing.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        named = match_trigger(tok.head) if tok.dep_ == "acl" else None
        if named is not None and not (trig.type == "Mediation" != named.type):
            return True  # "a summit hosted by X": the noun names the event ("a truce brokered by X" is two)
        if tok.lemma_.lower() not in LIGHT_VERBS:
            return False
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(match_trigger(o) is not None for o in objects):
            return True
        # "agreed to meet", "agreed to hold talks": the meeting is the news; agreeing to it is no signing
        done = [c for c in tok.children if c.dep_ == "xcomp"]
        acts = [match_trigger(t) for c in done for t in [c, *(o for o in c.children if o.dep_ == "dobj")]]
        return any(a is not None and a.type in CONSULT_TYPES for a in acts)
    if trig.type in REVERSIBLE_TYPES and tok.head.lemma_.lower() in REVERSAL_VERBS \
            and tok.dep_ in ("dobj", "nsubjpass"):
        return True  # "lifted sanctions" is not a sanction
    head = tok.head if tok.head.pos_ != "ADP" else tok.head.head
    if head.lemma_.lower() in LIGHT_VERBS:
        return False  # the light verb gave way to this noun: keep it ("signed a declaration")
    other = match_trigger(head) if head.i != tok.i else None
    if tok.dep_ in ("dobj", "pobj") and _refused_by(tok):
        return True  # "called off X's mediation", "walked out of the talks": the refusal's object
    return other is not None and other.type == trig.type


def _refused_by(noun) -> bool:
    """Whether a noun is the object of a refusal or denial, also through prepositions."""
    head = noun.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    refusal = match_trigger(head) if head.i != noun.i else None
    return refusal is not None and refusal.type in REFUSAL_TYPES
