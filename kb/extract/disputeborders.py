"""A border between two states as the matter they are at odds over, told without "border dispute".

News prose names a border quarrel in a few other ways:
- as an open question: "the border question", "a border issue still unsettled";
- through a contested piece of land on it: "a contested ridge along the frontier", "the disputed
  villages on the border";
- with a dispute noun that names no matter, in a sentence about the border the sides share:
  "a treaty fixing their common border, closing a dispute that ...".
The topic is the bare "border", named after its parties as any bare topic is ("Djibouti-Eritrea
border"), so two border quarrels between different states stay two disputes.
"""
from __future__ import annotations

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


def shared_border_in(sent, n: int) -> list[Mention]:
    """The border the sentence says two sides share ("their border", "the common frontier", "the
    border between X and Y"), for a dispute noun in it that names no matter of its own."""
    for tok in sent:
        if tok.lemma_.lower() in BORDER_NOUNS and tok.pos_ == "NOUN" and _shared(tok):
            return [border_mention(tok, n, weight=1)]
    return []


def _shared(border) -> bool:
    kids = list(border.children)
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in kids) or \
        any(c.dep_ == "amod" and c.lower_ in _SHARED for c in kids) or \
        any(c.dep_ == "prep" and c.lower_ == "between" for c in kids)
