"""Acts named again: "signed the accord", "cancelling the visit", "the deal, signed in X" name with a
definite common noun an act the article has most likely told already (kb.extract.eventmerge folds
them into it).

A negation told so calls the earlier act off ("had been flying to Ankara ... cancelling the
visit") only when its noun can point back at one act: not a series ("suspended the monthly
meetings"), and not a noun that a clause of its own picks out ("would not sign the memorandum
amending the convention", "the meetings held under the agreement"): "the" is then owed to that clause,
and the act is another one, told for the first time.
"""
from __future__ import annotations

from kb.extract.clauses import DEFINITE

OWN_CLAUSE_DEPS = ("acl", "relcl")


def told_noun(tok, trig):
    """The definite common noun that names the act of trigger `tok` ("signed the accord",
    "the deal, signed in X"), or None. Only the noun the trigger needs names the act: not "met
    the king", "accused the three"."""
    if tok.pos_ in ("NOUN", "PROPN"):
        nouns = [tok]
    elif tok.dep_ == "acl":
        nouns = [tok.head]
    else:
        wanted = trig.required_lemmas
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in wanted]
        nouns += [g for c in tok.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "pobj" and g.lemma_.lower() in wanted]
    return next((n for n in nouns if n.pos_ == "NOUN"
                 and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)), None)


def points_back(noun) -> bool:
    """Whether a definite noun naming an act can refer to one act told before: singular, and not
    picked out by a clause of its own."""
    return noun.tag_ != "NNS" and not any(c.dep_ in OWN_CLAUSE_DEPS for c in noun.children)
