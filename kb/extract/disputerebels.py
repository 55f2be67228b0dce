"""A rebellion named by its fighters: "the Karenni rebel alliance", "Zapatista guerrillas", "the
secessionist Karenni Interim Council".

Armed men who fight the state they live in are one side of a dispute over who governs it, or over a
part of it, even where no noun names the war: the article tells it by who the fighters are. The
conflict is named after the group, by what its kind of fighters wage ("Karenni rebellion",
"Karenni secessionist war"); the group and the state it fights are its sides.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputewords import Mention, generic_topic, slug

# What each kind of fighter wages: the conflict a group of them stands for.
_REBEL_CONFLICTS = {"rebel": "rebellion", "insurgent": "insurgency", "guerrilla": "guerrilla war",
                   "separatist": "separatist war", "secessionist": "secessionist war"}
# Words of a group's name that say what kind of body it is, not whose it is ("Interim Government").
_BODY_WORDS = {"interim", "transitional", "provisional", "revolutionary", "united", "front", "army", "government",
               "movement", "alliance", "coalition", "liberation", "national", "democratic", "people", "people's",
               "popular", "council", "party", "forces", "force", "union", "group", "committee"}
# Words that tell an armed conflict under way somewhere in the article: without one, "rebels" are
# more likely a party's dissenters ("rebel MPs voted against the bill").
_ARMED_WORDS = {"war", "fighting", "ceasefire", "truce", "offensive", "army", "troops", "soldier", "fighter",
               "weapon", "gun", "battle", "militia", "siege"}


def armed_conflict_told(doc) -> bool:
    """Whether the article tells fighting at all; looked up once per article."""
    return any(t.lemma_.lower() in _ARMED_WORDS for t in doc)


# Verbs of rising against a government: fighters said to do so wage an uprising ("the guerrillas rose").
_RISING_VERBS = {"rise", "revolt", "rebel"}


def risen(doc) -> set[str]:
    """The kinds of fighter the article says rose ("the rebels rose in the north"); once per article."""
    return {t.lemma_.lower() for t in doc if t.dep_ == "nsubj" and t.lemma_.lower() in _REBEL_CONFLICTS
            and t.head.lemma_.lower() in _RISING_VERBS}


def rebellions_in(sent, n: int, uprisings: set[str] = frozenset()) -> list[Mention]:
    """Each group of fighters the sentence names by a name of its own ("Zapatista rebels"); `uprisings`
    are the kinds of fighter the article says rose, whose conflict is an uprising."""
    out = []
    for tok in sent:
        kind = tok.lemma_.lower()
        if kind not in _REBEL_CONFLICTS or _former(tok):
            continue
        group = tok if tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod") else tok.head
        name = _group_name(group)
        if name:
            topic = f"{name} {'uprising' if kind in uprisings else _REBEL_CONFLICTS[kind]}"
            out.append(Mention(slug(topic), topic, n, True, (group.left_edge.idx, group.idx + len(group)),
                               rebels=True))
    return out


# What a group fights for that makes its fight a war over a state or a land ("fought for independence").
_GOAL_NOUNS = {"state", "statehood", "independence", "autonomy", "homeland", "self-determination", "self-rule",
               "secession", "separation", "sovereignty", "control"}


def fought_for(verb, n: int) -> list[Mention]:
    """ "The PKK has fought for Kurdish autonomy since 1984": the group's war for that goal; a
    fight for anything else ("fought for their lives") is none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    goal = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in _GOAL_NOUNS), None)
    name = _group_name(subject) if subject is not None and goal is not None else None
    found = generic_topic(goal) if name else None
    if found is None:
        return []
    topic = f"{name} war for {found[1]}"
    return [Mention(slug(topic), topic, n, True, (subject.left_edge.idx, goal.idx + len(goal)), rebels=True)]


def _former(tok) -> bool:
    """ "former rebels", "ex-guerrillas": fighters no more."""
    return any(c.lower_ in ("former", "ex") for c in [*tok.children, *tok.head.children] if c.i < tok.i)


def _group_name(group) -> str | None:
    """The proper words before the group's head that are not words for a kind of body: "Karenni"
    in "the Karenni rebel alliance" and in "the Karenni Interim Council"."""
    doc = group.doc
    # a capital on any other word names too ("Zapatista rebels", "Red Hand rebels"), at the head of
    # a sentence only before a proper name
    words = [t for t in doc[group.left_edge.i:group.i + 1] if t.pos_ != "DET" and (_proper(t) or t.text[:1].isupper()
             and (t.i > t.sent.start or t.i + 1 < len(doc) and _proper(doc[t.i + 1])))]
    name = []
    for t in words:
        if t.lower_ in _BODY_WORDS or gazetteer.country(t.text) is not None:
            break  # "Malian rebels": the state's people, whose war is named after the state
        name.append(t.text)
    return " ".join(name) or None


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ == "NORP"
