"""Events named by nouns: their parties also come from the phrase around the noun.

- "fighting between X and Y broke out", "clashes erupted between Chinese and Indian troops": the
  sides of a conflict are named "between" on the noun or on the verb telling its outbreak, by name
  or by the adjective of the state whose forces fight; so too of fighting told with both sides
  and no outbreak ("months of fighting between government troops and separatists");
- "a round of mediation by X", "months of talks with Y": a noun that counts or phases the event
  carries the event's own prepositions;
- "condemned Russia's invasion of X", "cut ties over its offensive in Y", "in retaliation for the
  invasion": an act named as known, that another act answers, happened before it; the answer's
  date is not the act's (kb.extract.events leaves it undated unless the noun carries its own).
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.clauses import of_objects
from kb.extract.lexicon import FORCE_NOUNS, match_trigger, names_fighting_between, outbreak_verb
from kb.extract.wars import war_entered, war_opponents

SIDE_PREPS = {"between", "among"}
# Nouns that phase or count an event named after "of": "a round of talks", "months of negotiations".
PHASE_NOUNS = {"round", "series", "session", "day", "week", "month", "year", "decade", "resumption",
               "start", "outbreak", "wave", "spate", "string"}
# Prepositions naming what an act answers: "cut ties over the offensive", "protested against the bombing".
CAUSE_PREPS = {"over", "for", "against"}
# Prepositions naming whom the start of a conflict was aimed at or where it went: "rose against X",
# "crossed into Y".
OUTBREAK_AIM_PREPS = {"against", "into", "on"}
# Nouns of answering, whose "for"/"to" object is the act answered: "in retaliation for the invasion".
ANSWER_NOUNS = {"retaliation", "response", "reprisal", "revenge", "protest", "reaction", "punishment"}
# Types that answer or judge another act: their object was done before them.
ANSWERING_TYPES = {"Criticism", "Praise", "Protest", "Accusation", "Sanction", "BreakRelations", "Expulsion",
                   "Denial", "Rejection", "Threat", "Vote"}
# Where encounters beside a gathering take place: "on the sidelines of the summit".
ASIDE_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}


def sides(holders, index) -> list[str]:
    """Actors named "between X and Y" (or "among") under any of the `holders` tokens: by name, or
    by the adjective in front of an armed body ("between Chinese and Indian troops")."""
    found: list[str] = []
    for holder in holders:
        for prep in (p for p in holder.children if p.dep_ == "prep" and p.lower_ in SIDE_PREPS):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                for word in (obj, *obj.conjuncts):
                    found += index.resolve(word) or _adjective_states(word, index)
    return list(dict.fromkeys(found))


def outbreak_sides(noun, index) -> list[str]:
    """The sides of a conflict told as breaking out, named on the noun or on the outbreak verb; of a
    war entered, the other side too ("went to war with X", "at war with Y")."""
    verb = outbreak_verb(noun)
    if verb is not None:
        return list(dict.fromkeys(sides([noun, verb], index) + _how_it_began(noun, verb, index)))
    if names_fighting_between(noun):  # "years of fighting between X and Y": the sides on the noun itself
        return sides([noun], index)
    verb = war_entered(noun)
    if verb is None:
        return []
    others = war_opponents(noun, verb) + [s for s in verb.children if s.dep_ == "nsubj"]  # and who went to war
    return list(dict.fromkeys(sides([noun, verb], index) + [a for o in others for a in index.resolve(o)]))


def _how_it_began(noun, verb, index) -> list[str]:
    """The parties a conflict's outbreak is told by: the clause of its start ("the war began in 1988,
    when rebels led by X rose against Y": X and Y; the parser hangs that "when" on the date at times),
    the act it began with ("began with the Indian invasion": India), and, when no side is named, the
    person it struck down ("the fighting that killed X"; a victim serving a body stands for no side)."""
    words = []
    for clause in verb.subtree:
        held = clause.head.i == verb.i or clause.head.dep_ == "pobj" and clause.head.head.head.i == verb.i
        if clause.dep_ in ("advcl", "relcl") and held and _tells_an_act(clause) and any(
                w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in clause.children):
            doers = [w for c in clause.children if c.dep_ == "nsubj" for w in (c, *c.conjuncts)]
            words += doers + [a for d in doers for c in d.children if c.dep_ == "acl"  # "rebels led by X"
                              for p in c.children if p.dep_ == "agent" for a in p.children if a.dep_ == "pobj"]
            words += _objects_of(clause, OUTBREAK_AIM_PREPS)
    acts = [o for o in _objects_of(verb, {"with"}) if match_trigger(o) is not None]
    words += [c for a in acts for c in a.children if c.dep_ == "poss"]
    found = [p for w in words for p in index.resolve(w)]
    found += [s for a in acts for c in a.children if c.dep_ == "amod" for s in state_of_adjective(c, index)]
    found += [s for w in words if w.dep_ == "nsubj" for s in _adjective_states(w, index)]
    if not found and not sides([noun, verb], index):  # a victim stands for no side: only when none is named
        struck = [o for c in noun.children if c.dep_ == "relcl" for o in c.children if o.dep_ == "dobj"]
        found = [p for w in struck for p in index.resolve(w) if index.kind(p) == "person"]
    return list(dict.fromkeys(found))


def _tells_an_act(clause) -> bool:
    """A "when" clause that tells an act, not a circumstance ("when Britain was the largest naval
    power"): a trigger, or a verb (or the verb it goes on with: "began blowing up X") with an object
    or an aim ("rose against X", "crossed into Y")."""
    if clause.lemma_.lower() in ("be", "have"):
        return False
    if match_trigger(clause) is not None:
        return True
    verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
    return any(c.dep_ == "dobj" for v in verbs for c in v.children) or any(_objects_of(v, OUTBREAK_AIM_PREPS) for v in verbs)


def _objects_of(word, preps) -> list:
    """The objects of a word's prepositions among `preps`, and who they belong to ("against the
    government of X": X too)."""
    objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
    return objects + [g for o in objects for g in of_objects(o)]


def phase_noun(noun):
    """The noun that counts or phases an event noun: "round" in "a round of mediation by X"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    head = noun.head.head
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in PHASE_NOUNS else None


def on_sidelines(tok) -> bool:
    """"On the margins of the summit, X and Y held talks": an encounter told as beside a gathering
    is an event of its own, not the gathering."""
    holders = [tok, tok.head] if tok.pos_ not in ("VERB", "AUX") else [tok]
    return any(p.dep_ == "prep" and p.lower_ in ("on", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ASIDE_NOUNS for o in p.children)
        for h in holders for p in h.children)


def state_of_adjective(word, index) -> list[str]:
    """The state a country's name or adjective stands for at the article's date ("Norwegian")."""
    hit = gazetteer.gazetteer().country_match(word.text)
    state = index.state(gazetteer.as_of(hit[0], index.when, hit[1]).alpha3) if hit else None
    return [state] if state else []


def _adjective_states(word, index) -> list[str]:
    """"between Chinese and Indian troops": the states of the adjectives on an armed body (not
    "between Egyptian and Algerian fans")."""
    if word.lemma_.lower() not in FORCE_NOUNS:
        return []
    adjectives = [c for c in word.children if c.dep_ == "amod" and c.i < word.i]
    return [s for a in adjectives for w in (a, *a.conjuncts) for s in state_of_adjective(w, index)]


def answered_act(noun) -> bool:
    """Whether an event noun names an act, known to the reader ("the", "its", "Russia's"), that the
    clause answers: the object of a judging or sanctioning verb ("deplored Russia's invasion of X")
    or of "over", "for", "against" on such an act or on a noun of answering ("broke off ties over
    its offensive", "in retaliation for the invasion"). Such an act was done before its answer."""
    if noun.pos_ not in ("NOUN", "PROPN") or not known_act(noun):
        return False
    if noun.dep_ == "dobj":
        return _answers(noun.head)
    if noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_PREPS | {"to"}:
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in ANSWER_NOUNS:
        return True
    return noun.head.lower_ in CAUSE_PREPS and _answers(holder)


def known_act(noun) -> bool:
    """Named as an act the reader knows: with "the", a possessive or a possessor ("NATO's bombing")."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _answers(word) -> bool:
    trig = match_trigger(word)
    return trig is not None and trig.type in ANSWERING_TYPES
