"""Quarrels named by the noun of an act: an act one side does to another, condemned with what it was
done to ("deplored the closure of the consulate by the junta"), and fighting between sides that no
actor stands for ("fighting between militias from X and Y"), named by the text's own words."""
from __future__ import annotations

from kb.extract.disputewords import Mention, cased_words, generic_topic, slug, topic_word
from kb.extract.linking import ActorIndex


# Verbs that condemn an act: the act condemned is what the quarrel is over.
_CONDEMNING = {"condemn", "deplore", "denounce", "decry", "censure", "protest", "criticise", "criticize"}
# Acts one side does to another's people, land, bodies or rights, whose condemnation is a quarrel; not
# how a matter is handled, worded or priced.
_ACT_NOUNS = {
    "suspension", "dissolution", "closure", "shutdown", "expulsion", "deportation", "eviction", "removal",
    "dismissal", "ouster", "annexation", "occupation", "seizure", "confiscation", "expropriation",
    "nationalisation", "nationalization", "takeover", "detention", "arrest", "jailing", "imprisonment",
    "abduction", "kidnapping", "execution", "killing", "assassination", "shooting", "shelling", "bombardment",
    "bombing", "demolition", "destruction", "deployment", "incursion", "militarisation", "militarization",
    "blockade", "ban", "banning", "cancellation", "abrogation", "revocation", "termination", "withdrawal",
    "downing", "sinking", "interception", "recall", "construction", "stationing"}


def condemned(noun) -> bool:
    """ "deplored the suspension of X", "protested against the removal of X": an act one side does to
    another, with what it was done to, as the object of a verb of condemning."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "against" else noun.head
    return (noun.dep_ == "dobj" or verb.i != noun.head.i) and verb.lemma_.lower() in _CONDEMNING \
        and noun.lemma_.lower() in _ACT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def condemned_act(noun, n: int) -> list[Mention]:
    """The act, what it was done to and, where said, by whom: "closure of the Danish consulate by the
    junta"."""
    found = generic_topic(noun, ("of",))
    by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    if found is None:
        return []
    doer = [t for t in by.subtree if topic_word(t)] if by is not None else []
    topic = found[1] + (" " + " ".join(t.text for t in doer) if 1 < len(doer) <= 5 else "")
    end = max(t.idx + len(t) for t in (doer or [noun.doc[noun.right_edge.i]]))
    return [Mention(slug(topic), topic, n, True, (noun.left_edge.idx, end), inner_parties=True, weight=2)]


# Nouns of fighting whose sides a "between" phrase names ("fighting between rival clans").
_FIGHTING_NOUNS = {"fighting", "clash", "clashes", "war", "conflict", "violence", "hostilities"}


def between_sides_topic(noun, n: int, index: ActorIndex) -> Mention | None:
    """ "fighting between militias from the north and the south", "clashes between rival clans": sides
    that no actor stands for are named by the text's own words, which then name the conflict."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    sides = [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []
    if noun.lemma_.lower() not in _FIGHTING_NOUNS or not sides or \
            any(index.resolve(t) for s in sides for t in s.subtree if t.pos_ in ("PROPN", "NOUN")):
        return None
    words = [noun] + [t for t in noun.doc[prep.i:prep.right_edge.i + 1] if topic_word(t) or t.lower_ == "and"]
    if len(words) > 9 or not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "LOC") for t in words):
        return None  # "fighting between two rival gangs": whose, the text does not say
    topic = cased_words(words)
    return Mention(slug(topic), topic, n, True, (noun.idx, words[-1].idx + len(words[-1])), inner_parties=True,
                   internal=True)
