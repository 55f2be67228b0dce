"""How a coup is named: by who made it and whom it overthrew, as a news writer names it ("the military
coup against President Aristide"), not by the bare word after its state ("Haiti coup"), which says
neither and reads as any coup in that state's history."""
from __future__ import annotations

import re

# A coup made by soldiers: any of these in the article ("the army seized power", "junior officers").
# Not "general" or "major": a general election, a major setback.
_SOLDIER_WORDS = {"army", "soldier", "military", "officer", "troop", "troops", "junta", "colonel", "putschist",
                  "mutineer"}
# Verbs whose object a coup removed from power ("the regime that overthrew the president").
_OVERTHROWING_VERBS = {"oust", "overthrow", "topple", "depose"}
_COUP = re.compile(r"\b(coups?)$")


def named_coup(topic: str, doc) -> str:
    """ "Haiti coup" -> "Haiti military coup against Jean-Bertrand Aristide": a coup after its state, with
    the soldiers who made it where the article names them, and whom it overthrew where a verb of
    overthrowing says so. A coup named otherwise ("parliamentary coup", "palace coup") keeps its words."""
    found = _COUP.search(topic)
    if found is None or not _plain(topic[:found.start()]):
        return topic
    made_by = "military " if any(t.lemma_.lower() in _SOLDIER_WORDS for t in doc) else ""
    ousted = _overthrown(doc)
    return f"{topic[:found.start()]}{made_by}{found.group(1)}" + (f" against {ousted}" if ousted else "")


def _plain(before: str) -> bool:
    """Whether the words before "coup" are only its state's or sides' names ("Haiti", "France-Mali"):
    capitalised words, no qualifier of the coup's own kind."""
    return all(w[:1].isupper() for w in re.split(r"[\s\-]+", before.strip()) if w)


def _overthrown(doc) -> str | None:
    """Whom the article says was overthrown, by the first verb of overthrowing: its object, or the
    subject of its passive ("Kabbah was overthrown"); a name in full, a common noun with its adjectives
    ("the elected government")."""
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _OVERTHROWING_VERBS:
            whom = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if whom is not None and whom.pos_ in ("PROPN", "NOUN"):
                return _phrase(whom)
    return None


def _phrase(head) -> str:
    """A name with the names and titles joined to it, or a noun with its adjectives: no article, clause or "of"."""
    joined = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod")]
    start = min((t.left_edge.i for t in joined), default=head.i)
    return head.doc[start:head.i + 1].text
