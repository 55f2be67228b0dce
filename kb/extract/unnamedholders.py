"""Who "the president" is when the text gives no name: the person named before who holds that title.

Once a writer has named a head of state, a minister or a general with his title, he goes on with
the title alone: "the president told reporters", "the general flew to the capital", "the foreign
minister said". Such a singular title with "the" and no name, state or "of" phrase of its own
stands for the person the article named before with that title (by the role the actor extractor
read off the text or the leaders table). When several did, the one the article names most up to
that spot is meant: a writer drops the name of the man the story is about, not of a passer-by. A
former holder ("the former president") is left alone: the role read for him is often his old one,
and another holder of the office is often named beside him.
"""
from __future__ import annotations

from collections import Counter

# Titles a writer uses alone for a person named before; a word before the title may belong to it
# ("prime minister", "foreign minister", "senior general").
TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "minister", "secretary",
          "general", "colonel", "ambassador", "envoy", "governor", "chairman", "commander", "pope"}
# Words in front of a title that mark another holder than one named before.
OTHER_HOLDER = {"former", "new", "late", "next", "incoming", "outgoing", "interim", "acting", "elect", "ex",
                "then", "previous", "future", "deputy", "vice"}


def titled_person_before(tok, index) -> list[str]:
    """The person a bare definite title stands for (see the module's docstring), or []."""
    title = _bare_title(tok)
    if title is None:
        return []
    counts: Counter[str] = Counter()
    nearest: dict[str, int] = {}
    for start, _, actor_id in index._spans:
        if start >= tok.idx:
            break
        actor = index.by_id[actor_id]
        if actor.kind == "person" and any(_holds(role, title) for role in actor.roles):
            counts[actor_id] += 1
            nearest[actor_id] = start
    if not counts:
        return []
    return [max(counts, key=lambda a: (counts[a], nearest[a]))]


def _bare_title(tok) -> str | None:
    """The title words of "the president", "the foreign minister", or None when the phrase names
    its holder or his state itself, is plural, or marks another holder."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in TITLES:
        return None
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ in ("poss", "appos", "prep", "nummod") or c.ent_type_ or c.pos_ == "PROPN" for c in children):
        return None  # "the Iranian president", "the president of Peru", "the president, X": named there
    before = [c for c in children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if any(c.lower_.strip("-") in OTHER_HOLDER for c in before):
        return None
    words = [c.lower_ for c in before if c.i == tok.i - 1] + [tok.lower_]
    return " ".join(words)


def _holds(role: str, title: str) -> bool:
    """Whether a role ("President of Finland", "Senior General") is that title held now."""
    head = role.lower().replace("-", " ").partition(" of ")[0]
    words = head.split()
    if any(w in OTHER_HOLDER for w in words):
        return False
    return head == title or head.endswith(" " + title)
