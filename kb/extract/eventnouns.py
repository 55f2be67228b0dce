"""Events named by nouns: their parties also come from the phrase around the noun.

- "fighting between X and Y broke out", "clashes erupted between Chinese and Indian troops": the
  sides of a conflict are named "between" on the noun or on the verb telling its outbreak, by name
  or by the adjective of the state whose forces fight;
- "a round of mediation by X", "months of talks with Y": a noun that counts or phases the event
  carries the event's own prepositions.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.lexicon import FORCE_NOUNS, outbreak_verb

SIDE_PREPS = {"between", "among"}
# Nouns that phase or count an event named after "of": "a round of talks", "months of negotiations".
PHASE_NOUNS = {"round", "series", "session", "day", "week", "month", "year", "decade", "resumption",
               "start", "outbreak", "wave", "spate", "string"}
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
    """The sides of a conflict told as breaking out, named on the noun or on the outbreak verb."""
    verb = outbreak_verb(noun)
    return sides([noun, verb], index) if verb is not None else []


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
