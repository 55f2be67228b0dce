"""Where a visit or a deployment goes: the host countries its destination names (read by
kb.extract.participants for deployments and by kb.extract.events for visits)."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.clauses import governing_verb
from kb.extract.homestate import named_place

DESTINATION_PREPS = {"to", "into", "in"}  # "a visit to X", "arrived in X"


def visit_hosts(tok, index, at) -> list[str]:
    """The countries a visit goes to, read off its destination: "a visit to Moscow", "flew into
    the Eritrean capital", "toured Vietnam" (a capital or city stands for its country here)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    holders = [t for t in (tok, verb) if t is not None]
    targets = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
               for g in c.children if g.dep_ == "pobj"]
    targets += [c for c in (tok.children if tok.pos_ in ("VERB", "AUX") else []) if c.dep_ == "dobj"]
    hosts: list[str] = []
    for target in (t for head in targets for t in (head, *head.conjuncts)):
        entry = gazetteer.country_by_code(_destination_country(target, index) or "")
        if entry is not None:
            entry = gazetteer.as_of(entry, at, "metonym")
            hosts.append(index.state(entry.alpha3) or entry.alpha3)
    return [h for h in dict.fromkeys(hosts) if ":" in h]


def _destination_country(target, index) -> str | None:
    actor = index.by_id.get(index.at(target) or "")
    if actor is not None:
        return actor.country if actor.kind == "country" else None
    if target.lemma_.lower() in ("capital", "city"):  # "the Eritrean capital"
        for child in target.children:
            hit = gazetteer.gazetteer().country_match(child.text) if child.dep_ in ("amod", "compound", "poss") else None
            if hit is not None:
                return hit[0].alpha3
        return None
    place = named_place(target)
    return place.country if place is not None and place.kind != "venue" else None
