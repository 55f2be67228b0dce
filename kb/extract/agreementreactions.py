"""Reactions to agreements told before: "Chile welcomed the accords", "Iran condemned both deals".

A writer who has told a signing names it again by a definite noun of agreement when telling who
hailed or condemned it. The reaction is aimed at the parties of the agreements it sums up (the
gold convention: the praised or criticised parties take part in a Praise or Criticism). A singular
noun ("the deal") sums up the last agreement told as signed; a plural one ("the accords", "both
agreements", "the two treaties") every agreement told as signed before it. Only the states and
bodies that signed are taken, not the persons who held the pen: the reaction is to what the
states agreed. An agreement with no article or a new one ("welcomed an agreement on fishing")
is news of its own, not a back reference, and stays silent. Turning an agreement down
("rejected the deal", a Rejection) is the rejecter's own act: the signers are not its parties.
"""
from __future__ import annotations

from kb.model import Event

AGREEMENT_NOUNS = {"agreement", "accord", "deal", "treaty", "pact"}
REACTIONS = {"Praise", "Criticism"}
# Words that point back to an act told before ("condemned the attack", "both agreements").
POINTERS = {"the", "this", "that", "these", "those", "both"}
# Parties that are no persons: states, organizations, armed or political groups.
COLLECTIVE_KINDS = {"country", "organization", "group"}


def doers(event: Event) -> list[str]:
    """Who carried out an act: its agents, else its parties that are not at the receiving end."""
    return event.agents or [p for p in event.participants if p not in event.recipients]


def agreement_parties(verb, event: Event, earlier: list[Event], index) -> list[str]:
    """The states and bodies of the signed agreements a reaction's object points back to."""
    if event.type not in REACTIONS:
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS
             and any(d.dep_ in ("det", "predet") and d.lower_ in POINTERS for d in c.children)]
    if not nouns:
        return []
    signed = [e for e in earlier if e.type == "AgreementSigned" and e.modality == "asserted"]
    if nouns[0].tag_ != "NNS":
        signed = signed[-1:]
    # every party to a signing signed it: "X signed with Y" makes Y a signer too
    parties = [p for e in signed for p in e.participants if index.kind(p) in COLLECTIVE_KINDS]
    return list(dict.fromkeys(parties))
