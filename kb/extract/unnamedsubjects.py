"""Parties of a subject that names no actor itself, read when the actor index finds no one in it.

A report names the doer of an act again without its name:
- by "it" in a clause of "be", "seem" or "take", which the index reads as impersonal: "Iran
  accepted a scheme under which it is to pull back its forces", "Paris said it had taken stock of
  the verdict and would recall its envoy". Such an "it" is the state or body named before, the
  one that was a clause's subject first, unless the clause puts off its real subject ("it was
  clear that", "it took two years to");
- by the members of a body: "members of the council", "the council's members", "thirteen of
  the council's fifteen members" (kb.extract.participants counts them as the body), and bare
  "members", the body named last before.

Measured and left out: "officials in Canberra", "diplomats in Moscow" read as the capital's state
(TUNE +3 articles, VALID lower: their sayings are rarely annotated), bare "officials" as the state
the article is filed from (only false events), "they" as the nearest plural subject of the last
three sentences and a relative pronoun read through these readers (no article gained), "Southeast
Asian leaders" as the one body of the article whose name holds the region (only false events).
"""
from __future__ import annotations

IMPERSONAL_HEADS = {"be", "seem", "appear", "take"}  # linking reads "it" of these as impersonal
PUT_OFF_DEPS = {"ccomp", "csubj", "acomp"}  # "it is clear that", "it seems that": the subject comes later
MEMBER_NOUNS = {"member"}
PARTY_KINDS = ("country", "organization", "group")


def unnamed_subject(subject, index) -> list[str]:
    """The parties a subject stands for when the index resolved none (see the module's doc)."""
    if subject.lower_ == "it":
        return impersonal_it(subject, index)
    if subject.lemma_.lower() in MEMBER_NOUNS:
        return members_body(subject, index)
    return []


def impersonal_it(tok, index) -> list[str]:
    """"it" as the subject of "be", "seem" or "take" names the state or body before it, as any
    other "it" does, when its clause holds no later subject it stands in for ("it is to pull
    back", "it is no stand-in for an elected cabinet", "it has taken stock"; not "it was clear
    that", "it took two years to agree", "it was a mistake to sign")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in IMPERSONAL_HEADS:
        return []
    deps = {c.dep_ for c in verb.children}
    if deps & PUT_OFF_DEPS or verb.lemma_.lower() == "take" and "xcomp" in deps \
            or "attr" in deps and deps & {"xcomp", "relcl"}:
        return []
    found = index.subject_before(tok, PARTY_KINDS)
    return [found] if found else []


def members_body(noun, index) -> list[str]:
    """The body whose members a noun names: "members of the council", "the council's members";
    bare "members" (or "other members", "six members"): the body named last before, within a few
    sentences; none for the members of someone the index does not know ("members of a militia",
    "party members")."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in index.resolve(c)]
    owners += [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]
    if owners or any(c.dep_ in ("poss", "prep", "compound", "nmod") for c in noun.children):
        return owners  # "party members", "crew members" are the members of something else
    found = index.previous_actor(noun.idx, kinds=("organization",))
    return [found] if found else []
