"""Removals: a leadership change told by whoever takes the office away.

"The army overthrew the president", "officers deposed the king", "the government was toppled":
verbs of throwing down are a leadership change only when what they throw down is a ruler or a
government, a person by name or a ruling noun; "toppled a statue", "toppled the champions" are not.
The one thrown down is the verb's object (or its passive subject) and so its recipient; in a
relative clause or a participle it is the noun the clause describes ("Bosch, who was overthrown in
1963", "Bosch, elected in 1962 and overthrown a year later"), and a person named with a courtesy
title or told by a personal pronoun ("Mr Kabbah was overthrown", "when he was deposed") is a person.
"""
from __future__ import annotations

REMOVAL_VERBS = {"overthrow", "topple", "depose", "unseat", "dethrone", "remove"}
# Who rules: thrown down, they make a leadership change.
RULER_NOUNS = {"president", "government", "regime", "king", "queen", "leader", "ruler", "monarch", "dictator",
               "emir", "sultan", "shah", "tsar", "czar", "premier", "chancellor", "minister", "junta",
               "administration", "cabinet", "strongman", "head", "monarchy", "prime"}
# Words that tell a person where the parser tags no person: "Mr Kabbah", "when he was deposed",
# "Bosch, who was overthrown".
PERSON_WORDS = {"mr", "mrs", "ms", "he", "she", "him", "her", "who", "whom"}
RELATIVE_PRONOUNS = {"who", "whom", "that", "which"}
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
    return any(_rules(r) for r in _thrown_down(verb))


def _thrown_down(verb) -> list:
    """The object or passive subject; for a relative pronoun or a participle with none, the noun the
    clause describes ("Bosch, who was overthrown", "Bosch, elected and then overthrown")."""
    removed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(r.lower_ in RELATIVE_PRONOUNS for r in removed):
        return [*removed, verb.head]
    if removed:
        return removed
    participle = verb.head if verb.dep_ == "conj" else verb
    return [participle.head] if participle.dep_ == "acl" and participle.tag_ == "VBN" else []


def _rules(noun) -> bool:
    """A ruler by name or by a ruling noun ("the elected government", "President X")."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return noun.ent_type_ == "PERSON" or any(w.lemma_.lower() in RULER_NOUNS or w.lower_ in PERSON_WORDS
                                             for w in words)
