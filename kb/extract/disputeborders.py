"""A border between two states as the matter they are at odds over, told without "border dispute".

News prose names a border quarrel in a few other ways:
- as an open question: "the border question", "a border issue still unsettled";
- through a contested piece of land on it: "a contested ridge along the frontier", "the disputed
  villages on the border";
- with a dispute noun that names no matter, told with the border the sides share: "the two
  governments drew their joint frontier anew, putting an end to a quarrel of decades".
The topic is the bare "border", named after its parties as any bare topic is ("Djibouti-Eritrea
border"), so two border quarrels between different states stay two disputes.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputewords import Mention

BORDER_NOUNS = {"border", "frontier", "boundary"}
# Modifiers that make a border one two sides share: "their shared border", "the common frontier".
_SHARED = {"shared", "common", "joint", "mutual"}
# Prepositions that place a piece of land on a border: "a hilltop on the border", "villages along it".
_ON = {"on", "along", "astride", "near", "at"}


def border_mention(border, n: int, weight: int = 2) -> Mention:
    """The bare border topic, spanning the border word; whoever "their" or "between" names shares it."""
    sides = [c for c in border.children if c.dep_ == "poss" and c.lower_ == "their"]
    sides += [g for c in border.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
              if g.dep_ == "pobj"]
    return Mention("border", "border", n, True, (border.idx, border.idx + len(border)), weight=weight, bare=True,
                   party_tokens=sides)


def border_question(noun, n: int) -> list[Mention]:
    """ "the border question", "open border issues": a border named as a matter still open."""
    return [border_mention(c, n) for c in noun.children
            if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i and c.lemma_.lower() in BORDER_NOUNS]


def land_on_border(land, n: int) -> list[Mention]:
    """ "a contested ridge along the frontier": the land is contested as part of the border."""
    return [border_mention(g, n) for c in land.children if c.dep_ == "prep" and c.lower_ in _ON
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in BORDER_NOUNS]


def shared_border_in(noun, n: int) -> list[Mention]:
    """The border the sentence says two sides share ("their border", "the common frontier", "the
    border between X and Y"), for a dispute noun in it that names no matter of its own: only a
    quarrel between states, told in the same report as the border, not in a clause someone says
    ("... their shared border; the mayor said a quarrel had broken out") or one between people
    ("a quarrel between farmers and the police")."""
    if _between_people(noun):
        return []
    for tok in noun.sent:
        if tok.lemma_.lower() in BORDER_NOUNS and tok.pos_ == "NOUN" and _shared(tok) and _one_report(noun, tok):
            return [border_mention(tok, n, weight=1)]
    return []


# Common nouns for the states a quarrel is between: "a dispute between the two neighbours".
_STATE_WORDS = {"country", "state", "nation", "neighbour", "neighbor", "government", "capital", "side",
                "republic", "kingdom"}
# Links that put a clause apart from the one it hangs on: what someone says, a remark beside it, a
# clause describing a noun.
_APART = {"ccomp", "parataxis", "relcl"}


def _between_people(noun) -> bool:
    """ "a dispute between drivers and police", "a quarrel among shareholders": its sides are no states."""
    sides = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
             for g in c.children if g.dep_ == "pobj" for o in [g, *g.conjuncts]]
    return any(not _a_state(side) for side in sides)


def _a_state(tok) -> bool:
    """A state, by name, people or a common noun for one; a leader stands for his state."""
    if tok.ent_type_ in ("GPE", "NORP", "PERSON"):
        return True
    if tok.pos_ == "PROPN":
        return gazetteer.country(tok.text) is not None
    return tok.lemma_.lower() in _STATE_WORDS or tok.lower_ in ("them", "they")


def _one_report(noun, border) -> bool:
    """Whether the dispute noun and the border are told in one report: the path between them through
    the parse crosses no said clause, aside or relative clause ("a pact marking their common border,
    ending a dispute" is one; "... their border, and the mayor said a quarrel broke out" is two)."""
    above = {t.i for t in border.ancestors} | {border.i}
    meet = next((t for t in [noun, *noun.ancestors] if t.i in above), None)
    if meet is None:
        return False
    return not any(t.dep_ in _APART for start in (noun, border) for t in _path_up(start, meet))


def _path_up(tok, stop):
    while tok.i != stop.i:
        yield tok
        tok = tok.head


def _shared(border) -> bool:
    kids = list(border.children)
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in kids) or \
        any(c.dep_ == "amod" and c.lower_ in _SHARED for c in kids) or \
        any(c.dep_ == "prep" and c.lower_ == "between" for c in kids)
