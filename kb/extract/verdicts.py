"""Verdicts: a party that calls a thing by a name ("X called the deal a betrayal", "Y called the
vote a milestone", "Z called the ruling illegitimate") judges it in public, an act of speech of its
own: praise when the name it gives is a good one, criticism when it is a bad one. A name that is
neither ("described the talks as frank", "called the visit a private one", "calls Istanbul home")
only describes: no act.

The name is the verb's object predicate (the parser's "oprd"): "called the pact a turning point"
judges the pact; "called for talks", "called the election for May" or "a group called X" name
nothing of the kind. A name inside a relative phrase ("thanked her for what she termed the
patience of her hosts") belongs to that other act, no verdict of its own. Words of a verdict the
trigger table already types ("called the claims baseless": a denial) keep their row.
"""
from __future__ import annotations

from kb.extract.lexicon import Trigger, ruled_trigger, triggers

# Verbs that give a thing a name in public.
NAMING_VERBS = {"call", "describe", "term", "label"}
# Words of a good name: the head of the name or a word modifying it ("a good first step").
GOOD_NAMES = {"blessing", "milestone", "beginning", "breakthrough", "success", "victory", "triumph",
              "achievement", "landmark", "turning", "historic", "important", "positive", "good",
              "great", "excellent", "constructive", "courageous", "brave", "friend", "partner", "hero",
              "model", "example", "opportunity", "gift", "honour", "honor", "hope", "hopeful", "progress",
              "boost", "encouraging", "fair", "wise", "right", "useful", "productive", "fruitful",
              "welcome", "significant", "major", "big", "remarkable", "promising",
              "reasonable", "sensible", "balanced", "just", "vital", "valuable", "crucial"}
# Words of a bad name, the same way ("a grave error", "illegitimate", "a stab in the back"): one list
# with the "call ... Criticism" row of kb/data/triggers.tsv, whose words are read from the table (the
# row decides "called it a provocation" first, this reader the other naming verbs), and the names
# the row does not take, which only a name the verb gives (its object predicate) may be.
_NAMES_BEYOND_THE_TABLE = {"affront", "aggressive", "arrogant", "assault", "attack", "bad", "blow",
                           "blunder", "butcher", "capitulation", "catastrophe", "clown", "counterproductive",
                           "coward", "cowardly", "defeat", "deplorable", "destabilising", "destabilizing",
                           "devil", "dictator", "disaster", "enemy", "error", "fabrication", "failure",
                           "farce", "fascist", "fraud", "gangster", "hostile", "humiliating", "humiliation",
                           "illegitimate", "injustice", "liar", "lie", "madman", "meaningless", "mockery",
                           "monster", "murderer", "nasty", "propaganda", "provocative", "puppet", "rash",
                           "regrettable", "ridiculous", "scandal", "scandalous", "setback", "sham", "stab",
                           "surrender", "terrorist", "thief", "threat", "traitor", "tyrant", "unfriendly",
                           "unjustifiable", "unjustified", "unwarranted", "worthless", "wrong"}
BAD_NAMES = next(t.required_lemmas for t in triggers()[("call", "v")] if t.type == "Criticism") \
    | _NAMES_BEYOND_THE_TABLE
# Kinds the table gives a naming verb that a verdict does not overrule.
TABLE_VERDICTS = {"Criticism", "Denial", "Praise", "Accusation"}


def verdict(tok, trig: Trigger | None) -> Trigger | None:
    """The praise or criticism a naming verb with a good or bad name for its object makes, or None."""
    if trig is not None and trig.type in TABLE_VERDICTS:
        return None
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NAMING_VERBS or tok.dep_ in ("acl", "relcl"):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) \
            or any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in tok.children):
        return None
    name = _name(tok)
    if name is None:
        return None
    words = {name.lemma_.lower()} | {c.lemma_.lower() for c in name.children if c.dep_ in ("amod", "compound")}
    kind = "Praise" if words & GOOD_NAMES else "Criticism" if words & BAD_NAMES else None
    return ruled_trigger(tok.lemma_.lower(), "v", kind) if kind else None


def _name(verb):
    """The name a verb gives: "called it a blunder" (oprd), "described it as a blunder" (as + object)."""
    for child in verb.children:
        if child.dep_ == "oprd":
            return child
        if child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() != "call" \
                and any(c.dep_ == "dobj" for c in verb.children):
            return next((g for g in child.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    return None
