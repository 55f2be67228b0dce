"""Who "the president" is when the text gives no name: the person named before who holds that title.

Once a writer has named a head of state, a minister or a general with his title, he goes on with
the title alone: "the president told reporters", "the minister said", "the king announced". Such a
singular title with "the" and no name, state or "of" phrase of its own stands for the person the
article named before with that title (by the role the actor extractor read off the text or the
leaders table). When several did, the one the article names most up to that spot is meant: a
writer drops the name of the man the story is about, not of a passer-by. A former holder ("the
former president") is left alone: the role read for him is often his old one, and another holder
of the office is often named beside him.
"""
from __future__ import annotations

import re
from collections import Counter

from kb.extract.titles import HEAD_TITLES

# Titles a writer also uses for anyone of a kind, not for the one holder named before: "the
# speaker" is whoever speaks at a forum, "the leader" any leader, "the diplomat", "the negotiator",
# "the adviser" one of many; "the representative", "the senator", "the director" one of a body.
# Read alone, they would lend a named person to others' acts: the titles read alone are the rest.
GENERIC_TITLES = {"speaker", "leader", "representative", "diplomat", "negotiator", "director", "adviser",
                  "advisor", "senator", "sen."}
BARE_TITLES = HEAD_TITLES - GENERIC_TITLES
# Words in front of a title that mark another holder than one named before (a former one, the
# next one, a deputy): wider than the titles module's former holders, as "the new president" is
# not the one named before either.
OTHER_HOLDER = {"former", "ousted", "deposed", "exiled", "late", "ex", "new", "next", "incoming", "outgoing",
                "interim", "acting", "elect", "then", "previous", "future", "deputy", "vice"}
# Words that make a title's last word part of another office: "prime minister", "attorney general",
# "governor general" are no minister or general of whom "the minister", "the general" is said.
OTHER_OFFICE = {"prime", "attorney", "surgeon", "solicitor", "inspector", "postmaster", "governor", "director",
                "secretary", "adjutant", "consul"}


def titled_person_before(tok, index) -> list[str]:
    """The person a bare definite title stands for (see the module's docstring), or []."""
    title = _bare_title(tok)
    if title is None:
        return []
    counts: Counter[str] = Counter()
    for actor in index.earlier(tok.idx):  # the whole text before, nearest first: a tie goes to the nearest
        if actor.kind == "person" and any(_holds(role, title) for role in actor.roles):
            counts[actor.id] += 1
    return [max(counts, key=counts.get)] if counts else []


def _bare_title(tok) -> str | None:
    """The title words of "the president", "the foreign minister", or None when the phrase names
    its holder or his state itself, is plural, or marks another holder."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in BARE_TITLES:
        return None
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ in ("poss", "appos", "prep", "nummod") or c.ent_type_ or c.pos_ == "PROPN" for c in children):
        return None  # "the Iranian president", "the president of Peru", "the president, X": named there
    before = [c for c in children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if any(c.lower_.strip("-") in OTHER_HOLDER for c in before):
        return None
    return " ".join([c.lower_ for c in before if c.i == tok.i - 1] + [tok.lower_])


def _holds(role: str, title: str) -> bool:
    """Whether a role ("President of Finland", "Senior General") is that title held now: the
    role's head (before any "of") is the title or ends in it, after a word that is not part of
    another office ("Prime Minister" is not "the minister"; "Secretary-General" stays one word)."""
    head = role.lower().partition(" of ")[0]
    if any(w in OTHER_HOLDER for w in re.split(r"[\s-]+", head)):
        return False
    if head == title:
        return True
    if not head.endswith(" " + title):
        return False
    return head[:-len(title)].split()[-1] not in OTHER_OFFICE
