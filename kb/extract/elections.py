"""Elections: who stood in them, read from the words of winning and losing around the election.

An election is often named by a bare noun whose parties are told around it: "the election, in
which X narrowly beat Y", "X, who won the election", "X, whose party won the election", "the poll
carried by a wide margin by X's party", "X was named the winner of the election", "X, the loser of
the runoff". Whoever wins or loses stood in it; the
state an adjective or a possessive names on it is the state that held it ("the Kenyan election",
"Kenya's election").
"""
from __future__ import annotations

# Verbs of an election's outcome: their subject, their "by" agent, what they beat ("than Y") stood.
OUTCOME_VERBS = {"win", "lose", "sweep", "lead", "beat", "defeat", "trail", "carry"}
# Nouns of one who stood: "the winner of the election", "the runner-up in the vote".
STANDING_NOUNS = {"winner", "victor", "loser", "runner", "runner-up", "candidate", "challenger"}
# Prepositions of what was beaten or by whom: "won a bigger share than Y", "carried by X", "lost to Y".
RIVAL_PREPS = {"than", "by", "over", "against", "to"}


def contenders(election, index) -> list[str]:
    """The actors that stood in the election a trigger names, and the state an adjective or a
    possessive names on it (see the module doc)."""
    found = [a for w in _outcome_words(election) for a in index.resolve(w)]
    if election.pos_ in ("NOUN", "PROPN"):
        found += index.modifier_countries(election, True)
    return list(dict.fromkeys(found))


def _outcome_words(election) -> list:
    """The words naming who won or lost: around the verbs of outcome the election is an argument
    of or that describe it, and around a noun of standing it completes."""
    verbs = [c for c in election.children if c.dep_ in ("relcl", "acl") and _outcome(c)]
    if election.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _outcome(_clause_verb(election)):
        verbs.append(_clause_verb(election))
    if _outcome(election):  # "X's party swept to power": the verb of outcome is the trigger
        verbs.append(election)
    words = [w for v in verbs for w in _sides(v, election)]
    standing = _standing_noun(election)
    if standing is not None:
        words += _holders(standing)
    return words


def _clause_verb(noun):
    """The verb a noun is the subject or object of, also through one preposition ("won in the vote")."""
    head = noun.head
    return head.head if head.pos_ == "ADP" and noun.dep_ == "pobj" else head


def _outcome(verb) -> bool:
    return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in OUTCOME_VERBS


def _sides(verb, election) -> list:
    """The subject of a verb of outcome, and whoever its rival prepositions name, anywhere in its
    phrase ("carried by a wide margin by X", "won a bigger share than Y")."""
    sides = [_antecedent(c, verb) for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i != election.i
             and c.lemma_.lower() not in ("which", "vote", "seat", "majority", "term")]
    sides += [o for t in verb.subtree if t.dep_ in ("prep", "agent") and t.lower_ in RIVAL_PREPS
              and not (election.i in {s.i for s in t.subtree})
              for o in t.children if o.dep_ == "pobj"]
    return [w for s in sides for w in (s, *s.conjuncts)]


def _antecedent(side, verb):
    """Who a relative clause of outcome is said of: "X, who won the election" and "X, whose party
    won the election" have X stand in it; any other side is itself."""
    relative = side.lower_ in ("who", "that") or any(c.dep_ == "poss" and c.lower_ == "whose" for c in side.children)
    while verb.dep_ == "conj":  # "X, who served as mayor and whose movement took most seats in the poll"
        verb = verb.head
    return verb.head if relative and verb.dep_ == "relcl" else side


def _standing_noun(election):
    """"the winner of the election": the noun of standing an election completes, else None."""
    prep = election.head
    if election.dep_ != "pobj" or prep.lower_ not in ("of", "in"):
        return None
    return prep.head if prep.head.lemma_.lower() in STANDING_NOUNS else None


def _holders(standing) -> list:
    """Who a noun of standing is said of: "X was named the winner", "X, the winner", "X is the
    winner"."""
    if standing.dep_ == "appos":
        return [standing.head]
    if standing.dep_ in ("attr", "oprd"):
        return [c for c in standing.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for c in standing.children if c.dep_ == "appos"]
