"""Removals: a leadership change told by whoever takes the office away.

"The army overthrew the president", "officers deposed the king", "the government was toppled":
verbs of throwing down are a leadership change only when what they throw down is a ruler or a
government, a person by name or a ruling noun; "toppled a statue", "toppled the champions" are not.
The one thrown down is the verb's object (or its passive subject) and so its recipient; in a
relative clause or a participle it is the noun the clause describes ("Juan Perez, who was deposed in
1955", "Perez, elected in 1951 and deposed four years later"). A person told only by a pronoun or
a courtesy title ("when she was deposed", "Mr Perez was toppled by the army") is thrown down as a
ruler only by a verb that takes nothing but rulers (overthrow, depose, dethrone) or with a sign of
a coup (toppled by the army or officers, "in a coup", "from power"): champions, cyclists and
senators are toppled or unseated too.
"""
from __future__ import annotations

REMOVAL_VERBS = {"overthrow", "topple", "depose", "unseat", "dethrone", "remove"}
# Who rules: thrown down, they make a leadership change.
RULER_NOUNS = {"president", "government", "regime", "king", "queen", "leader", "ruler", "monarch", "dictator",
               "emir", "sultan", "shah", "tsar", "czar", "premier", "chancellor", "minister", "junta",
               "administration", "cabinet", "strongman", "head", "monarchy", "prime"}
# Words that tell a person where the parser tags no person: "Mr Kabbah", "when he was deposed",
# "Bosch, who was overthrown".
PERSON_WORDS = {"mr", "mrs", "ms", "he", "she", "him", "her"}
# Verbs that throw down nothing but rulers: a person they throw down ruled.
RULER_ONLY_VERBS = {"overthrow", "depose", "dethrone"}
# Doers and occasions that tell a coup: "toppled by the army", "unseated in a coup".
COUP_DOERS = {"army", "military", "officer", "soldier", "junta", "general", "colonel", "troop", "rebel"}
COUP_NOUNS = {"coup", "putsch", "uprising", "revolt", "revolution", "mutiny"}
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
        return _from_office(verb)
    return any(_rules(r, verb) for r in _thrown_down(verb))


def _from_office(verb) -> bool:
    """"removed from power", "toppled from office"."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in FROM_OFFICE for o in p.children) for p in verb.children)


def _thrown_down(verb) -> list:
    """The object or passive subject; for a relative pronoun or a participle with none, the noun the
    clause describes ("Bosch, who was overthrown", "Bosch, elected and then overthrown")."""
    removed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(r.lower_ in RELATIVE_PRONOUNS for r in removed):
        return [verb.head]
    if removed:
        return removed
    participle = verb.head if verb.dep_ == "conj" else verb
    return [participle.head] if participle.dep_ == "acl" and participle.tag_ == "VBN" else []


def _rules(noun, verb) -> bool:
    """A ruler by name or by a ruling noun ("the elected government", "President X"); one told by a
    pronoun or a courtesy title only where the verb or a sign of a coup says it was a ruler."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    titled = any(w.lower_ in PERSON_WORDS for w in words)
    if noun.ent_type_ == "PERSON" and not titled or any(w.lemma_.lower() in RULER_NOUNS for w in words):
        return True
    return titled and (verb.lemma_.lower() in RULER_ONLY_VERBS or _tells_a_coup(verb))


def _tells_a_coup(verb) -> bool:
    """"toppled by his own officers", "unseated in a coup", "toppled from power"."""
    return _from_office(verb) or any(
        prep.dep_ == "agent" and obj.lemma_.lower() in COUP_DOERS or obj.lemma_.lower() in COUP_NOUNS
        for prep in verb.children if prep.dep_ in ("agent", "prep")
        for obj in prep.children if obj.dep_ == "pobj")
