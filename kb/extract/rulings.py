"""Rulings: what a court or a tribunal decides is a statement of it, and the parties its ruling
names take part in it (tests/gold/README.md: an act of speech reported as an act of its own).

- "the judges ruled that X holds no title", "the tribunal found that X had breached ...":
  a verb of judging with a judging body for subject;
- "awarded X sovereignty over the islands", "gave X the island", "gave its advisory opinion":
  a judging body giving (or awarding) something is its ruling, not a gift;
- "X ruled that the hostages would stay": "ruled that" is a ruling whoever utters it; "ruled the
  country for years" (governed) and "ruled out" (excluded) are none.
"""
from __future__ import annotations

# Common nouns of the bodies and persons that judge: "the High Court", "an arbitration tribunal",
# "the three judges", "the World Court" (its head word).
JUDGING_NOUNS = {"court", "tribunal", "judge", "arbitrator", "arbiter", "panel"}
# Verbs a judging body decides with.
JUDGING_VERBS = {"rule", "find", "award", "give", "decide", "declare", "order", "hold"}
# Prepositions whose object is where something was done, not who did it or to whom.
WHERE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "within", "off", "along"}


def rules(verb) -> bool:
    """Whether a verb tells a ruling (see the module's docstring)."""
    lemma = verb.lemma_.lower()
    if lemma not in JUDGING_VERBS or any(c.dep_ == "prt" for c in verb.children):
        return False
    if lemma == "rule" and any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in JUDGING_NOUNS for c in verb.children) \
        and (lemma in ("award", "give") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def ruled_parties(verb, index) -> list[str]:
    """The parties a ruling names: whom it gives or awards something ("awarded X sovereignty"),
    and the subjects and objects of what it rules ("ruled that X had breached Y's rights")."""
    words = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        words += [w for w in clause.subtree if w.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "pobj")
                  and not _where_or_aside(w, clause)]
    found: list[str] = []
    for word in words:
        found += [a for a in index.resolve(word) if a not in found]
    return found


def _where_or_aside(word, clause) -> bool:
    """A word of a ruled clause that names no party of the ruling: the place of a preposition of
    place ("shipped arms to rebels in Yemen"), or a word of a relative clause or participle inside
    the clause ("the law, which it passed after talks with France, was void")."""
    if word.dep_ == "pobj" and word.head.lower_ in WHERE_PREPS:
        return True
    node = word
    while node.i != clause.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False
