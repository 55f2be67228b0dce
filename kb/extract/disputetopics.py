"""Where an article names what parties are at odds over: candidate dispute topics in its sentences.

A topic is found by one of a few readings, each a pattern of news prose rather than of any one story:
- a framing noun: "row over X", "the X dispute", "tensions over X", "the disputed X";
- a contested situation that is a topic in itself: "Turkey's invasion of Cyprus", "the Arab boycott
  of Israel", "sovereignty over X", "American hostages", "Palestinian statehood";
- a war or crisis in a place, or a land claimed or held: "the war in Darfur", "Moroccan-held
  Western Sahara" (read in kb.extract.disputeplaces);
- a conflict the article names with no topic, as its own: "the revolt spread", "to calm the crisis";
- what talks are about: "talks on chemical weapons", "the Mutual Force Reduction Talks";
- broken or worsening relations: "Bolivia cut diplomatic ties with Israel", "ties soured over X"
  (read in kb.extract.disputerelations; restored ones end a dispute the article names otherwise:
  "a decade of estrangement");
- contested acts told with a verb (read in kb.extract.disputeacts): nationals held, a deal broken,
  power seized by soldiers ("officers detained the president"), a foreign state's forces told to
  leave a base or the land;
- a known topic from a small table ("missile defence shield", "nuclear programme") in a sentence
  that shows contention (read in kb.extract.disputefree).
Topics are canonicalised by that table, by their place ("the war in Darfur" and "the Darfur
conflict" are one), and by the country owning a nuclear programme, so two articles get one slug.
"""
from __future__ import annotations

import re

from kb.extract.disputeactnouns import condemned, condemned_act, fought_between
from kb.extract.disputeacts import (DEAL_NOUNS, HELD_WORDS, broken_deal, closed_site, forces_out, held_nationals,
                                     ordered_out, seized_power, struck_craft)
from kb.extract.disputeelections import ELECTION_WORDS, contested_election
from kb.extract.disputefree import free_in, free_topics_in
from kb.extract.disputeplaces import HELD_PARTICIPLES, TAKEN_PARTICIPLES, claim, divided, held_territory, place_mention, \
    place_object, spanned, taken_land
from kb.extract.disputerelations import RELATION_NOUNS, relations
from kb.extract.disputewords import (NOT_TOPICS, STOP_HEADS, TOPIC_HEADWORDS, TOPIC_PREPS, Mention, _hyphen_group,
                                     _subtree, canonical, generic_topic, phrase_span, slug, topic_word)
from kb.extract.lexicon import AGREEMENT_NOUNS
from kb.extract.linking import ActorIndex

_TOPIC_HEADWORD_SET = {w for words in TOPIC_HEADWORDS.values() for w in words}
DISPUTE_NOUNS = {"dispute", "row", "difference", "disagreement", "tension", "standoff", "stand-off",
                 "feud", "spat", "quarrel", "conflict", "crisis", "clash", "rift", "wrangle",
                 "controversy", "impasse", "deadlock", "friction", "squabble", "confrontation", "war",
                 "hostility", "hostilities", "estrangement", "enmity", "rivalry", "uprising",
                 "insurgency", "rebellion", "revolt", "standoff"}
# Nouns that are a contested situation in themselves: the phrase is the topic ("Turkey's invasion of Cyprus").
SELF_TOPIC_NOUNS = {"invasion", "occupation", "annexation", "intervention", "embargo", "blockade",
                    "crackdown", "coup", "withdrawal", "pullback", "hostage", "hostages", "strikes",
                    "airstrikes", "bombing", "statehood", "espionage", "sanctions", "independence",
                    "secession", "division", "partition", "raid", "raids"}
# Of those, the ones that name a contested matter in one word ("the coup", "accused of espionage").
ALONE_TOPIC_NOUNS = {"invasion", "occupation", "annexation", "intervention", "embargo", "blockade",
                     "crackdown", "coup", "espionage", "secession", "partition"}
# Nouns whose object place is the topic: "sovereignty over the Falklands", "control of the canal".
CLAIM_NOUNS = {"sovereignty", "control", "claim", "claims", "ownership", "possession", "rule", "status"}
NEGOTIATION_NOUNS = {"talks", "negotiations", "negotiation", "dialogue"}
PLACE_NOUNS = {"conflict", "crisis", "tension", "tensions", "war", "fighting", "violence", "unrest",
               "hostilities", "insurgency"}

def find_mentions(sents, index: ActorIndex, published=None) -> list[Mention]:
    """Every candidate topic in the sentences; `published` (a date) tells old history from live matters."""
    out: list[Mention] = []
    free = free_topics_in(index.doc)
    for n, sent in enumerate(sents):
        for tok in sent:
            out += _at_token(tok, n, index, published)
        out += free_in(sent, n, index, free)
    return out


def _at_token(tok, n: int, index: ActorIndex, published=None) -> list[Mention]:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        if low == "divided":
            return divided(tok, n)
        if lemma in _CONTENTION_VERBS and tok.pos_ == "VERB":
            return _contended(tok, n, index)
        if tok.pos_ == "VERB" and (contested := seized_power(tok, n, published) or ordered_out(tok, n)
                                   or forces_out(tok, n) or struck_craft(tok, n, published) or closed_site(tok, n)):
            return contested
        held = held_territory(tok, n, index) if low in HELD_PARTICIPLES else []
        if not held and low in TAKEN_PARTICIPLES:
            held = taken_land(tok, n, index)
        if not held and low in HELD_WORDS:
            held = held_nationals(tok, n)
        return held or (_disputed(tok, n, index) if low == "disputed" else [])
    if any(c.dep_ in ("compound", "nmod") and c.lower_ in _WORD_NOUNS for c in tok.children):
        return []  # "rejected the word coup": the word is quarrelled over, not the act
    if low in RELATION_NOUNS:
        return relations(tok, n, index)
    if lemma in ELECTION_WORDS:
        return contested_election(tok, n)
    if low in NEGOTIATION_NOUNS or (lemma == "talk" and tok.tag_ in ("NNS", "NNPS")):
        return _talks(tok, n, index)
    if low in CLAIM_NOUNS or lemma in CLAIM_NOUNS:
        return claim(tok, n, index)
    if low in SELF_TOPIC_NOUNS or lemma in SELF_TOPIC_NOUNS:
        return [] if _long_past(tok, published) else _self_topic(tok, n, index)
    if lemma in DISPUTE_NOUNS or lemma in PLACE_NOUNS:
        return _framed(tok, n, index)
    if tok.dep_ in ("dobj", "pobj") and condemned(tok):
        return condemned_act(tok, n)
    if lemma in _QUESTION_NOUNS:
        return _question(tok, n, index)
    if low in ("odds", "loggerheads") and tok.head.lower_ == "at":
        return _at_odds(tok, n, index)
    if lemma in DEAL_NOUNS and broken_deal(tok, n):
        return broken_deal(tok, n)
    if lemma in AGREEMENT_NOUNS or low in AGREEMENT_NOUNS:
        return _agreement(tok, n, index)
    return []


# Nouns that make the noun after them a word spoken of: "the word coup", "the term occupation".
_WORD_NOUNS = {"word", "term", "label", "phrase", "expression"}

# Verbs of quarrelling: what the sides quarrel over is the topic ("they have long sparred over X").
_CONTENTION_VERBS = {"quarrel", "clash", "feud", "spar", "wrangle", "squabble", "bicker", "row", "fight"}


def _contended(verb, n: int, index: ActorIndex) -> list[Mention]:
    """ "Iran and Qatar have long quarrelled over fishing rights": the matter quarrelled over."""
    out = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("over", "about"):
            for obj in child.children:
                found = canonical(obj, index) if obj.dep_ == "pobj" and obj.ent_type_ not in NOT_TOPICS else None
                if found:
                    out.append(Mention(found[0], found[1], n, True, phrase_span(obj), canonical=found[2], weight=2))
    return out


def _at_odds(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "Greece and Turkey remain at odds over Cyprus", "X is at loggerheads with Y on fishing quotas":
    the matter, between the subject and whoever "with" names."""
    verb = noun.head.head
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    sides += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj"]
    return [Mention(found[0], found[1], n, True, phrase_span(conj), canonical=found[2], weight=2, party_tokens=sides)
            for head in topic_heads(noun) for conj in [head, *head.conjuncts]
            for found in [canonical(conj, index)] if found]


# Nouns that frame a known matter as an open question: "the Kashmir issue", "the Cyprus question".
_QUESTION_NOUNS = {"issue", "question", "problem"}


def _question(noun, n: int, index: ActorIndex) -> list[Mention]:
    """A place or a known topic named before "issue" or "question" is the matter in dispute; a common
    noun there ("the budget issue") is not."""
    out = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and child.pos_ == "PROPN":
            found = canonical(child, index)
            if found and found[2]:
                out.append(Mention(found[0], found[1], n, True, phrase_span(child), canonical=True, weight=2))
    return out


def _agreement(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "the water-sharing deal", "a fishing deal": a noun compound names what the parties settle."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"
            and c.lemma_.lower() not in STOP_HEADS and c.i == noun.i - 1]
    if not mods:
        return []
    found = generic_topic(mods[0])
    if not found or not any(len(_hyphen_group(t)) > 1 or t.lower_ in _TOPIC_HEADWORD_SET for t in [mods[0]]):
        return []  # "trade agreement", "arms accords": too common to be a dispute on their own
    return [Mention(found[0], found[1], n, True, phrase_span(mods[0]), weight=1)]


# -- readings ------------------------------------------------------------------------------
def _framed(noun, n: int, index: ActorIndex) -> list[Mention]:
    if noun.text[:1].isupper() and noun.i > noun.sent.start:
        return []  # "the Korean War", "the Cold War": a named period of history, not a live dispute
    if _feared(noun):
        return []  # "fears of a wider war in the region": a conflict that may come, not one under way
    out = []
    place = place_object(noun) if noun.lemma_.lower() in PLACE_NOUNS | {"tension"} else None
    if place is not None and not _superlative(noun):  # "the oldest insurgency in Asia" compares
        return [place_mention(noun, place, n, index)]
    for head in topic_heads(noun):
        for conj in [head, *head.conjuncts]:
            found = canonical(conj, index)
            if found:
                out.append(Mention(found[0], found[1], n, True, phrase_span(conj), canonical=found[2], weight=2))
    if not out and (unnamed := fought_between(noun, n, index)) is not None:
        return [unnamed]
    if not out and noun.lemma_.lower() in DISPUTE_NOUNS and \
            (noun.lemma_.lower() in _RELATIONSHIP_NOUNS or _between(noun)):
        bare = _bare(noun, n)  # "a decade of estrangement", "the feud between the neighbours": named after its parties
        out += [bare] if bare else []
    elif not out and _standing(noun):
        bare = _bare(noun, n)  # "the revolt spread", "to calm the crisis": the article's own conflict
        out += [bare] if bare else []
    return out


# Conflicts an article can name with no topic, as the one it is about ("the crisis", "the uprising").
_STANDING_NOUNS = {"war", "crisis", "conflict", "uprising", "insurgency", "rebellion", "revolt", "standoff",
                   "stand-off", "confrontation"}


def _standing(noun) -> bool:
    """A conflict named with no topic that is the article's own: known, under way, and not placed
    elsewhere ("the crisis in the euro zone"), unless "in" only ranks it ("the worst in decades")."""
    return noun.lemma_.lower() in _STANDING_NOUNS and _known(noun) and not _past(noun) and not _handled(noun) \
        and not topic_heads(noun) and (_superlative(noun) or not _prep(noun, "in"))


# Nouns for how a matter is dealt with: "the handling of the crisis" is about the handler's work.
_HANDLING_NOUNS = {"handling", "mishandling", "management", "mismanagement", "conduct", "treatment", "coverage"}


def _handled(noun) -> bool:
    """ "criticised the handling of the crisis by the Commission": a complaint about how a conflict is
    dealt with, which does not make the critic and the handler its sides."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _HANDLING_NOUNS


def _known(noun) -> bool:
    """ "the crisis", "this war", "a conflict that has displaced millions", "a decade of civil war": a conflict the
    text treats as known, not one in general ("war is costly", "a war would be a disaster")."""
    kids = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) \
        or any(c.dep_ == "poss" and c.lower_ == "their" for c in kids) \
        or any(c.dep_ in ("relcl", "acl") for c in kids) or any(c.lower_ == "civil" for c in kids) \
        or spanned(noun)


def _past(noun) -> bool:
    """ "since the war was over", "after the war": a conflict used to date something else."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("since", "after", "before", "during", "until"):
        return True
    return noun.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "until")
                                        for c in noun.head.children)


def _superlative(noun) -> bool:
    """ "the deadliest clash", "the oldest rebellion": ranked against others."""
    return any(c.tag_ == "JJS" or any(g.tag_ == "RBS" for g in c.children) for c in noun.children
               if c.dep_ == "amod")


# Nouns that make what follows "of" a possibility: "fears of a wider war", "the risk of conflict".
_POSSIBILITY_NOUNS = {"fear", "risk", "danger", "threat", "prospect", "spectre", "specter", "possibility",
                      "likelihood", "chance", "warning"}


def _feared(noun) -> bool:
    """Also "prisoners of war", "veterans of the war": a kind of person, not a conflict under way; and
    a conflict kept away ("to avert a war", "to shield the nation from a civil war"), which did not come."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WARDING_VERBS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in _SAVING_VERBS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_.lower() in _POSSIBILITY_NOUNS | _OF_WAR_HEADS


_WARDING_VERBS = {"avert", "prevent", "avoid", "forestall", "preclude"}
_SAVING_VERBS = {"save", "rescue", "spare", "protect", "shield", "keep"}


_OF_WAR_HEADS = {"prisoner", "veteran", "criminal", "crime", "memorial", "museum", "cemetery", "secretary",
                 "minister", "department", "ministry", "office"}


# Nouns that name a state of relations between parties even with no topic ("estrangement").
_RELATIONSHIP_NOUNS = {"estrangement", "enmity", "rivalry", "hostility", "feud", "rift"}


def _bare(noun, n: int) -> Mention | None:
    if noun.text[:1].isupper():
        return None  # "the Cold War", "World War Two": a period, not a dispute between parties
    if any(c.dep_ == "poss" and c.lower_ in ("its", "his", "her") for c in noun.children) and not _between(noun):
        return None  # "its war": whose, and against whom, is not said
    # "the deadliest clash", "the spreading revolt": how it ranks or moves is not what it is about
    ranked = {g.i for c in noun.children if c.dep_ == "amod" and (_superlative(noun) or c.tag_ == "VBG")
              for g in c.subtree}
    ranked |= {g.i for c in noun.children if c.dep_ == "poss" for g in c.subtree}  # "India's war with X": a side
    words = [t for t in noun.doc[noun.left_edge.i:noun.i + 1] if topic_word(t) and t.i not in ranked]
    if len(words) > 3:
        return None
    topic = " ".join(t.lower_ for t in words)
    span = (words[0].idx, noun.idx + len(noun)) if words else (noun.idx, noun.idx + len(noun))
    return Mention(slug(topic), topic, n, True, span, inner_parties=True, party_tokens=_between(noun), bare=True)


def _disputed(adj, n: int, index: ActorIndex) -> list[Mention]:
    """ "the disputed frontier": the noun it modifies is contested."""
    noun = adj.head
    if adj.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    found = canonical(noun, index)
    if not found:
        return []
    unnamed = not found[2] and found[1].islower()  # "the disputed frontier (in the mountain sector)": whose?
    return [Mention(found[0], found[1], n, True, phrase_span(noun), canonical=found[2], bare=unnamed)]


def _long_past(noun, published) -> bool:
    """ "took power in a coup in 1989" in a 2015 article: an act dated two or more years
    before the article is its background, not a matter in dispute now."""
    if published is None:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else None        # "took power in a coup in 1989"
    dated = [t for c in (verb.children if verb is not None else []) if c.dep_ == "prep" and c.i > noun.i
             for t in _subtree(c)]
    near = _subtree(noun) + dated   # without clauses: "withdrawal from land taken in 1974" is not dated
    years = [int(t.text) for t in near if t.ent_type_ == "DATE" and re.fullmatch(r"1[89]\d\d|20\d\d", t.text)]
    return bool(years) and max(years) <= published.year - 2


def _self_topic(noun, n: int, index: ActorIndex) -> list[Mention]:
    found = generic_topic(noun, _SELF_PREPS if _placed_in(noun) else tuple(p for p in _SELF_PREPS if p != "in"))
    if found and len(found[1].split()) < 2 and noun.lemma_.lower() in ALONE_TOPIC_NOUNS:
        return [Mention(found[0], found[1], n, True, phrase_span(noun), inner_parties=True, bare=True)]
    if not found or len(found[1].split()) < 2:
        return []
    if noun.lemma_.lower() in ("withdrawal", "pullback") and not _prep(noun, "from"):
        return []  # "withdrawal of Turkish troops" is a demand within the dispute, not a dispute
    if noun.lower_ in _NEEDS_TARGET and not _targets(noun):
        return []  # "economic sanctions", "a threat of missile strikes": who and what only a target tells
    return [Mention(found[0], found[1], n, True, phrase_span(noun), inner_parties=True, weight=2)]


_NEEDS_TARGET = {"sanctions", "strikes", "airstrikes", "bombing", "division", "independence", "hostage"}
_SELF_PREPS = ("of", "in", "on", "against", "from", "over", "to")


def _placed_in(noun) -> bool:
    """Whether an "in" phrase on the noun names where the act is done ("the intervention in Chad",
    "interference in Iraq's affairs"), a place or a state: "condemned the invasion in a communique",
    "condemned the raid in a statement" tell where it was said, and the act stands alone."""
    held = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    return held is None or any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in held.subtree)


def _prep(noun, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in noun.children)


def _targets(noun) -> bool:
    """Whether a prepositional object names a state, a group or a place: "strikes on Yugoslavia"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG", "LOC")
               for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "over", "of", "in")
               for g in c.children)


def _talks(noun, n: int, index: ActorIndex) -> list[Mention]:
    """What talks are about: "talks on chemical weapons", "the Mutual Force Reduction Talks"."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB" else [])
    heads = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TOPICS]
    heads = [_through_agreement(h) for h in heads[:1]]
    names = [t for t in noun.doc[noun.left_edge.i:noun.i] if t.pos_ == "PROPN"]
    if not heads and len(names) >= 2 and noun.text[:1].isupper():
        words = " ".join(t.text for t in names)
        return [Mention(slug(words), words, n, True, (names[0].idx, noun.idx), weight=1)]
    out = []
    for head in heads:
        found = canonical(head, index) if head is not None else None
        if found:
            out.append(Mention(found[0], found[1], n, True, phrase_span(head), canonical=found[2]))
    return out


def _through_agreement(head):
    """ "talks on a treaty to ban chemical weapons": the treaty's object is the topic."""
    if head.lemma_.lower() not in AGREEMENT_NOUNS:
        return head
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            obj = next((g for g in child.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# -- topic words ---------------------------------------------------------------------------
def topic_heads(noun) -> list:
    """The tokens naming what a dispute noun is about: "row over X", "X dispute"."""
    heads = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            heads += [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TOPICS]
        elif child.dep_ in ("compound", "nmod") and child.i < noun.i:
            heads.append(child)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not heads and after is not None and after.lower_ in TOPIC_PREPS and after.dep_ == "prep":
        heads = [g for g in after.children if g.dep_ == "pobj"]  # "settled their row over X": over hangs on the verb
    if noun.lemma_.lower() == "row" and not heads:
        return []  # "in a row", "row of houses"
    return heads


def _between(noun) -> list:
    """The sides a conflict noun names: "the war between X and Y", "X's war with Y", "its feud
    against Y", "X is at war with Y" (an owner and another side, both named)."""
    sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj"]
    if sides:
        return sides
    holders = [noun]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() == "war":
        holders.append(noun.head.head)   # "India is at war with Pakistan": the sides hang on the verb
        owners += [c for c in noun.head.head.children if c.dep_ == "nsubj"]
    others = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
              for g in c.children if g.dep_ == "pobj"]
    return owners + others if owners and others else []
