"""A conflict named with a noun or a verb of quarrelling, and what it is about.

- a framing noun and its matter: "row over X", "the X dispute", "tensions over X", "at odds over X",
  "they have long quarrelled over X";
- a war or crisis in a place: "the war in Darfur" (its place read in kb.extract.disputeplaces);
- a conflict the article names with no topic, as its own: "the revolt spread", "to calm the crisis",
  or after its sides: "the feud between the neighbours", "a decade of estrangement".
Kept apart from kb.extract.disputetopics, which dispatches each token to its reading.
"""
from __future__ import annotations

from kb.extract.disputeactnouns import between_sides_topic
from kb.extract.disputeborders import shared_border_in
from kb.extract.disputeplaces import place_mention, place_object, spanned
from kb.extract.disputewords import (NOT_TOPICS, TOPIC_PREPS, Mention, canonical, has_prep, may_come, phrase_span, slug,
                                     topic_word)
from kb.extract.linking import ActorIndex

# Nouns that frame a conflict: its matter follows ("row over X") or comes first ("the border dispute").
DISPUTE_NOUNS = {"dispute", "row", "difference", "disagreement", "tension", "standoff", "stand-off",
                 "feud", "spat", "quarrel", "conflict", "crisis", "clash", "rift", "wrangle",
                 "controversy", "impasse", "deadlock", "friction", "squabble", "confrontation", "war",
                 "hostility", "hostilities", "estrangement", "enmity", "rivalry", "uprising",
                 "insurgency", "rebellion", "revolt", "standoff"}
# Conflict nouns whose place can be their topic: "the war in Darfur", "tensions in the strait".
PLACE_NOUNS = {"conflict", "crisis", "tension", "tensions", "war", "fighting", "violence", "unrest",
               "hostilities", "insurgency"}

# Verbs of quarrelling: what the sides quarrel over is the topic ("they have long sparred over X").
CONTENTION_VERBS = {"quarrel", "clash", "feud", "spar", "wrangle", "squabble", "bicker", "row", "fight"}


def contended(verb, n: int, index: ActorIndex) -> list[Mention]:
    """ "Iran and Qatar have long quarrelled over fishing rights": the matter quarrelled over."""
    out = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("over", "about"):
            for obj in child.children:
                found = canonical(obj, index) if obj.dep_ == "pobj" and obj.ent_type_ not in NOT_TOPICS else None
                if found:
                    out.append(Mention(found[0], found[1], n, True, phrase_span(obj), canonical=found[2], weight=2))
    return out


def at_odds(noun, n: int, index: ActorIndex) -> list[Mention]:
    """ "Greece and Turkey remain at odds over Cyprus", "X is at loggerheads with Y on fishing quotas":
    the matter, between the subject and whoever "with" names."""
    verb = noun.head.head
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    sides += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj"]
    return [Mention(found[0], found[1], n, True, phrase_span(conj), canonical=found[2], weight=2, party_tokens=sides)
            for head in topic_heads(noun) for conj in [head, *head.conjuncts]
            for found in [canonical(conj, index)] if found]


def framed(noun, n: int, index: ActorIndex) -> list[Mention]:
    """What a conflict noun frames: its matter ("row over X"), its place ("the war in X"), or the conflict
    itself when it is named after its sides or as the article's own."""
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
    if not out and noun.lemma_.lower() in _MATTERLESS and (border := shared_border_in(noun, n)):
        return border  # "settled their shared frontier, and with it a long quarrel": the border is its matter
    if not out and (unnamed := between_sides_topic(noun, n, index)) is not None:
        return [unnamed]
    if not out and noun.lemma_.lower() in DISPUTE_NOUNS and \
            (noun.lemma_.lower() in _RELATIONSHIP_NOUNS or _between(noun)):
        bare = _bare(noun, n)  # "a decade of estrangement", "the feud between the neighbours": named after its parties
        out += [bare] if bare else []
    elif not out and _standing(noun):
        bare = _bare(noun, n)  # "the revolt spread", "to calm the crisis": the article's own conflict
        out += [bare] if bare else []
    return out


# Conflict nouns that, named with no matter, take the border the sentence says the sides share.
_MATTERLESS = {"dispute", "quarrel", "disagreement", "wrangle", "feud", "standoff", "stand-off", "tension",
               "friction", "clash"}


# Conflicts an article can name with no topic, as the one it is about ("the crisis", "the uprising").
_STANDING_NOUNS = {"war", "crisis", "conflict", "uprising", "insurgency", "rebellion", "revolt", "standoff",
                   "stand-off", "confrontation"}


def _standing(noun) -> bool:
    """A conflict named with no topic that is the article's own: known, under way, and not placed
    elsewhere ("the crisis in the euro zone"), unless "in" only ranks it ("the worst in decades")."""
    return noun.lemma_.lower() in _STANDING_NOUNS and _known(noun) and not _past(noun) and not _handled(noun) \
        and not topic_heads(noun) and (_superlative(noun) or not has_prep(noun, "in"))


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
    a conflict kept away ("to avert a war", "to shield the nation from a civil war"), which did not come,
    or one that may come ("a possible war")."""
    if may_come(noun):
        return True
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



def matter_modifiers(noun, deps: tuple[str, ...] = ("compound", "nmod")) -> list:
    """The words in front of a quarrel noun that modify it ("the fishing row", "the Kashmir dispute"):
    where a news writer puts its matter when no preposition follows; `deps` may add other kinds of
    modifier (a headline's adjectives: "nuclear standoff")."""
    return [c for c in noun.children if c.dep_ in deps and c.i < noun.i]


def topic_heads(noun) -> list:
    """The tokens naming what a dispute noun is about: "row over X", "X dispute"."""
    heads = []
    modifiers = matter_modifiers(noun)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            heads += [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TOPICS]
        elif child in modifiers:
            heads.append(child)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not heads and after is not None and after.lower_ in TOPIC_PREPS and after.dep_ == "prep":
        # "settled their row over X": over hangs on the verb; "opened the war on Easter Sunday": a day, no matter
        heads = [g for g in after.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TOPICS]
    if not heads and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        heads = [g for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
                 for g in c.children if g.dep_ == "pobj"]  # "the quarrel is about X": said of it by "be"
    if noun.lemma_.lower() == "row" and (not heads or any(h.lower_ in _SEAT_WORDS for h in heads)):
        return []  # "in a row", "row of houses", "from the front row", "on death row"
    return heads


# Words that make "row" a line of seats or cells, not a quarrel: "the front row", "death row".
_SEAT_WORDS = {"front", "back", "middle", "top", "bottom", "end", "aisle", "death", "skid"}


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
