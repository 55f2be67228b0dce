"""A decision told with its count of votes is a vote, whatever its verb.

News writers give a body's decision by its count: "approved the force by 14 votes to none",
"endorsed the plan by 120 to 3", "rejected it by a vote of 9 to 4", "passed the law without a
single vote against". The count says a body voted, so the act is a Vote even where the verb
('approve', 'authorise', 'call', 'pass') has no Vote row of its own or its object is no
resolution. Contest verbs are left out: a seat "won by 200 votes" is an election's result; so is a
size grown or shrunk ("increased its majority by 20 votes"), and a bare score set by a state or a
person ("Brazil beat Italy by 3 to 1" in a match): a body votes, a side in a game scores.
"""
from __future__ import annotations

# Nouns of votes cast, counted after "by" or denied after "without".
BALLOT_NOUNS = {"vote", "ballot"}
# Verbs whose count measures a contest between candidates, not a decision of a body.
CONTEST_VERBS = {"win", "lose", "lead", "trail", "beat", "defeat", "elect", "re-elect", "reelect", "edge"}
# Objects that are themselves a count of votes or seats: what changes by the count is their size.
SIZE_NOUNS = {"majority", "lead", "margin", "share", "tally", "advantage", "total", "number"}
# Doers that do not vote by a count of their own: a state or a person named as the subject.
SIDE_ENTITIES = ("GPE", "PERSON", "NORP")


def decided_by_tally(verb) -> bool:
    """Whether a verb's act is told with the count of the votes that decided it."""
    if verb.lemma_.lower() in CONTEST_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() in SIZE_NOUNS
                                                    for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        for count in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "by" and (_ballots(count) or _score(count, verb) and not _side_scores(verb)):
                return True
            if prep.lower_ == "without" and _ballots(count) and any(
                    c.lower_ == "against" for c in count.children):
                return True
    return False


def _ballots(noun) -> bool:
    """"by 14 votes", "by a vote of 9 to 4": votes counted, a number or a score with them."""
    if noun.lemma_.lower() not in BALLOT_NOUNS:
        return False
    counted = any(c.dep_ == "nummod" or c.like_num for c in noun.children)
    scored = any(c.lower_ == "of" and any(g.like_num for g in c.subtree) for c in noun.children)
    return counted or scored or any(c.lower_ in ("against", "to") for c in noun.children)


def _score(number, verb) -> bool:
    """"by 120 to 3", "by 76 votes to 1": a count set against another one; a bare amount ("cut
    the force by 3,000") is a change of size, not a vote."""
    if not number.like_num:
        return False
    if any(c.lower_ == "to" for c in number.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num or g.lower_ == "none" for g in c.children)
               for c in verb.children)


def _side_scores(verb) -> bool:
    """"Brazil thrashed Italy by 3 to 1": a bare score whose doer is a state or a person is a
    game's result; the body that votes is a council, a house, its members."""
    return any(c.dep_ == "nsubj" and c.ent_type_ in SIDE_ENTITIES for c in verb.children)
