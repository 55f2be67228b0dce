"""Removals: a leadership change told by whoever takes the office away.

"The army overthrew the president", "officers deposed the king", "the government was toppled":
verbs of throwing down are a leadership change only when what they throw down is a ruler or a
government, a person by name or a ruling noun; "toppled a statue", "toppled the champions" are not.
The one thrown down is the verb's object (or its passive subject) and so its recipient.
"""
from __future__ import annotations

REMOVAL_VERBS = {"overthrow", "topple", "depose", "unseat", "dethrone", "remove"}
# Who rules: thrown down, they make a leadership change.
RULER_NOUNS = {"president", "government", "regime", "king", "queen", "leader", "ruler", "monarch", "dictator",
               "emir", "sultan", "shah", "tsar", "czar", "premier", "chancellor", "minister", "junta",
               "administration", "cabinet", "strongman", "head", "monarchy", "prime"}
# "removed from power" says the object ruled, whoever it names.
FROM_OFFICE = {"power", "office"}


def removes_a_ruler(verb) -> bool:
    """Whether a verb of throwing down throws down a ruler or a government (see the module doc);
    "remove", a verb of many uses, only when it says "from power" or "from office"."""
    lemma = verb.lemma_.lower()
    if lemma not in REMOVAL_VERBS:
        return False
    if lemma == "remove":
        return any(p.dep_ == "prep" and p.lower_ == "from" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in FROM_OFFICE for o in p.children) for p in verb.children)
    removed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_rules(r) for r in removed)


def _rules(noun) -> bool:
    """A ruler by name or by a ruling noun ("the elected government", "President X")."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return noun.ent_type_ == "PERSON" or any(w.lemma_.lower() in RULER_NOUNS for w in words)
