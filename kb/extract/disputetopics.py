"""Where an article names what parties are at odds over: candidate dispute topics in its sentences.

A topic is found by one of a few readings, each a pattern of news prose rather than of any one story:
- a framing noun or a verb of quarrelling: "row over X", "the X dispute", "at odds over X" (read in
  kb.extract.disputeconflicts), "the disputed X";
- a contested situation that is a topic in itself: "Turkey's invasion of Cyprus", "the Arab boycott
  of Israel", "sovereignty over X", "American hostages", "Palestinian statehood";
- a war or crisis in a place, or a land claimed or held: "the war in Darfur", "Moroccan-held
  Western Sahara" (read in kb.extract.disputeplaces);
- a conflict the article names with no topic, as its own: "the revolt spread", "to calm the crisis"
  (read in kb.extract.disputeconflicts);
- what talks are about: "talks on chemical weapons", "the Mutual Force Reduction Talks";
- broken or worsening relations: "Bolivia cut diplomatic ties with Israel", "ties soured over X"
  (read in kb.extract.disputerelations; restored ones end a dispute the article names otherwise:
  "a decade of estrangement");
- contested acts told with a verb (read in kb.extract.disputeacts): a deal broken,
  power seized by soldiers ("officers detained the president"), a foreign state's forces told to
  leave a base or the land;
- a named land both sides claim: "the valley, which both countries claim" (read in
  kb.extract.disputeclaimants);
- a land's standing as a state: a breakaway region recognised, a state refused recognition, a
  land declaring independence (read in kb.extract.disputestatehood);
- a known topic from a small table ("missile defence shield", "nuclear programme") in a sentence
  that shows contention (read in kb.extract.disputefree).
Topics are canonicalised by that table, by their place ("the war in Darfur" and "the Darfur
conflict" are one), and by the country owning a nuclear programme, so two articles get one slug.
"""
from __future__ import annotations

import re

from kb.extract.disputeactnouns import condemned, condemned_act
from kb.extract.disputeacts import (DEAL_NOUNS, broken_deal, closed_site, forces_out, ordered_out, seized_power,
                                     struck_craft)
from kb.extract.disputeborders import border_question, land_on_border
from kb.extract.disputeclaimants import both_claim, claimed_for_a_state
from kb.extract.disputeconflicts import CONTENTION_VERBS, DISPUTE_NOUNS, PLACE_NOUNS, at_odds, contended, framed
from kb.extract.disputeelections import ELECTION_WORDS, contested_election
from kb.extract.disputefree import free_in, free_topics_in
from kb.extract.disputeplaces import HELD_PARTICIPLES, TAKEN_PARTICIPLES, claim, divided, held_territory, taken_land
from kb.extract.disputerebels import armed_kinds, fought_for, rebellions_in, risen
from kb.extract.disputerelations import RELATION_NOUNS, relations
from kb.extract.disputestatehood import contested_statehood
from kb.extract.disputewords import (LAND_NOUNS, NOT_TOPICS, STOP_HEADS, TOPIC_HEADWORDS, TOPIC_PREPS, Mention,
                                     _hyphen_group, _subtree, canonical, generic_topic, has_prep, phrase_span, slug)
from kb.extract.lexicon import AGREEMENT_NOUNS
from kb.extract.linking import ActorIndex

_TOPIC_HEADWORD_SET = {w for words in TOPIC_HEADWORDS.values() for w in words}
# Nouns that are a contested situation in themselves: the phrase is the topic ("Turkey's invasion of Cyprus").
SELF_TOPIC_NOUNS = {"invasion", "occupation", "annexation", "intervention", "embargo", "blockade",
                    "crackdown", "coup", "withdrawal", "pullback", "hostage", "hostages", "strikes",
                    "airstrikes", "bombing", "statehood", "espionage", "sanctions", "independence",
                    "secession", "division", "partition", "raid", "raids"}
# Of those, the ones that name a contested matter in one word ("the coup", "accused of espionage").
ALONE_TOPIC_NOUNS = {"invasion", "occupation", "annexation", "intervention", "blockade",
                     "crackdown", "coup", "espionage", "secession", "partition"}
# Nouns whose object place is the topic: "sovereignty over the Falklands", "control of the canal".
CLAIM_NOUNS = {"sovereignty", "control", "claim", "claims", "ownership", "possession", "rule", "status"}
NEGOTIATION_NOUNS = {"talks", "negotiations", "negotiation", "dialogue"}


def find_mentions(sents, index: ActorIndex, published=None) -> list[Mention]:
    """Every candidate topic in the sentences; `published` (a date) tells old history from live matters."""
    out: list[Mention] = []
    free = free_topics_in(index.doc)
    armed, uprisings = armed_kinds(index.doc), risen(index.doc)
    for n, sent in enumerate(sents):
        for tok in sent:
            out += _at_token(tok, n, index, published)
        out += free_in(sent, n, index, free)
        out += rebellions_in(sent, n, armed, uprisings)
    return out


def _at_token(tok, n: int, index: ActorIndex, published=None) -> list[Mention]:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        if low == "divided":
            return divided(tok, n)
        if lemma in CONTENTION_VERBS and tok.pos_ == "VERB":
            return contended(tok, n, index) + fought_for(tok, n)
        if tok.pos_ == "VERB" and (contested := seized_power(tok, n, published) or ordered_out(tok, n)
                                   or forces_out(tok, n) or struck_craft(tok, n, published) or closed_site(tok, n)
                                   or contested_statehood(tok, n, index) or both_claim(tok, n)
                                   or claimed_for_a_state(tok, n, index)):
            return contested
        held = held_territory(tok, n, index) if low in HELD_PARTICIPLES else []
        if not held and low in TAKEN_PARTICIPLES:
            held = taken_land(tok, n, index)
        return held or (_disputed(tok, n, index) if low in ("disputed", "contested") else [])
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
        return framed(tok, n, index)
    if tok.dep_ in ("dobj", "pobj") and condemned(tok):
        return condemned_act(tok, n)
    if lemma in _QUESTION_NOUNS:
        return _question(tok, n, index)
    if low in ("odds", "loggerheads") and tok.head.lower_ == "at":
        return at_odds(tok, n, index)
    if lemma in DEAL_NOUNS and broken_deal(tok, n):
        return broken_deal(tok, n)
    if lemma in AGREEMENT_NOUNS or low in AGREEMENT_NOUNS:
        return _agreement(tok, n, index)
    return []


# Nouns that make the noun after them a word spoken of: "the word coup", "the term occupation".
_WORD_NOUNS = {"word", "term", "label", "phrase", "expression"}

# Nouns that frame a known matter as an open question: "the Kashmir issue", "the Cyprus question".
_QUESTION_NOUNS = {"issue", "question", "problem"}


def _question(noun, n: int, index: ActorIndex) -> list[Mention]:
    """A place or a known topic named before "issue" or "question" is the matter in dispute, and so
    is a border ("the border question"); another common noun there ("the budget issue") is not."""
    out = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and child.pos_ == "PROPN":
            found = canonical(child, index)
            if found and found[2]:
                out.append(Mention(found[0], found[1], n, True, phrase_span(child), canonical=True, weight=2))
    return out or border_question(noun, n)


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


def _disputed(adj, n: int, index: ActorIndex) -> list[Mention]:
    """ "the disputed frontier", "a contested island": the noun it modifies is contested."""
    noun = adj.head
    if adj.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    on_border = land_on_border(noun, n)  # "a contested ridge on the frontier": the border is contested
    if on_border:
        return on_border
    if adj.lower_ == "contested" and noun.lemma_.lower() not in LAND_NOUNS and noun.ent_type_ not in ("GPE", "LOC"):
        return []  # "a contested election", "a contested vote": contested at the polls, read as elections
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
        if _a_kind_of_act(noun):
            return []
        return [Mention(found[0], found[1], n, True, phrase_span(noun), inner_parties=True, bare=True)]
    if not found or len(found[1].split()) < 2:
        return []
    if noun.lemma_.lower() in ("withdrawal", "pullback") and not has_prep(noun, "from"):
        return []  # "withdrawal of Turkish troops" is a demand within the dispute, not a dispute
    if noun.lower_ in _NEEDS_TARGET and not _targets(noun):
        return []  # "economic sanctions", "a threat of missile strikes": who and what only a target tells
    if noun.lemma_.lower() in _MEASURE_NOUNS and not (_targets(noun) or _imposer(noun)):
        return []  # "the oil embargo": what goods, not who keeps them from whom
    if _any_land(noun):
        return []  # "called the march an invasion of a territory": which land, the words do not say
    return [Mention(found[0], found[1], n, True, phrase_span(noun), inner_parties=True, weight=2)]


def _a_kind_of_act(noun) -> bool:
    """ "an army of occupation", "fifty years of occupation", "the charter's ban on intervention": the
    noun alone, with no determiner, owner or number, names a kind of act, not one act done by someone
    ("the coup", "their occupation", "two coups" do). Espionage is an activity, named bare whoever
    does it ("accused of espionage")."""
    return noun.lemma_.lower() != "espionage" and \
        not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


_UNNAMED_LANDS = LAND_NOUNS | {"country", "nation", "state", "land"}


def _any_land(noun) -> bool:
    """ "an invasion of a territory", "the occupation of a country": an act on a land the writer names
    only by an indefinite common noun, as a kind of act rather than the act on one land."""
    return any(g.lemma_.lower() in _UNNAMED_LANDS
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
               and not any(d.pos_ == "PROPN" for d in g.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


_NEEDS_TARGET = {"sanctions", "strikes", "airstrikes", "bombing", "division", "independence", "hostage"}
# Measures one side takes against another, named as the matter only with a side: "the US embargo",
# "the embargo on Cuba". Alone or with the goods ("the oil embargo") they are a step in a quarrel whose
# matter is what they answer, and they name no one's quarrel.
_MEASURE_NOUNS = {"embargo"}


def _imposer(noun) -> bool:
    """Whether a word before the noun names who imposes it: "the U.S. embargo", "Washington's embargo"."""
    return any(c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i
               and c.ent_type_ in ("GPE", "NORP", "ORG") for c in noun.children)


_SELF_PREPS = ("of", "in", "on", "against", "from", "over")


def _placed_in(noun) -> bool:
    """Whether an "in" phrase on the noun names where the act is done ("the intervention in Chad",
    "interference in Iraq's affairs"), a place or a state: "condemned the invasion in a communique",
    "condemned the raid in a statement" tell where it was said, and the act stands alone."""
    held = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    return held is None or any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in held.subtree)


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


