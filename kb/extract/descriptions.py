"""Bodies named again by a description rather than their name: "the council", "the Front" (a
word of the name), "the bloc", "the regional union" (what an organization of states is),
"the government" (the one named last with its state). kb.extract.linking asks here when a
phrase names no actor by its own words."""
from __future__ import annotations

from kb import gazetteer

REACH = 3000  # characters back a description may point: a few paragraphs
STATES_BODY_REACH = 1200  # "the bloc" names an organization of states told a paragraph or two before
# Nouns an organization of states is named by ("the bloc", "the alliance", "the grouping").
STATES_BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping"}
# How the names of bodies open to every state begin ("UN Security Council", "World Bank").
UNIVERSAL_BODY_WORDS = ("un ", "u.n. ", "united nations", "world ", "international ")
# Modifiers that make such a noun a body at home: a party alliance, not a union of states.
DOMESTIC_BODY_MODIFIERS = {"ruling", "governing", "opposition", "electoral", "political", "party", "coalition",
                           "parliamentary"}


def definite_body(index, tok) -> list[str]:
    """"the council", "the alliance", "the Front": the nearest earlier organization or group
    named with that word; "the bloc": the nearest organization of states; "the government": the
    state of the government named last. `index` is the article's kb.extract.linking.ActorIndex."""
    if tok.pos_ not in ("NOUN", "PROPN") or not any(c.lower_ == "the" for c in tok.children):
        return []
    if tok.lemma_.lower() == "government" and tok.tag_ == "NN":
        return _government_before(index, tok)
    for actor in index.earlier(tok.idx, REACH):
        words = actor.name.lower().split()
        if actor.kind in ("organization", "group") and (tok.lemma_.lower() in words or tok.lower_ in words):
            return [actor.id]
    return _body_of_states_before(index, tok) if tok.lemma_.lower() in STATES_BODY_NOUNS else []


def _body_of_states_before(index, tok) -> list[str]:
    """"the bloc", "the regional union", "the 15-member grouping": an organization of
    states named by what it is, the nearest earlier one (one with no state of its own); "the
    ruling alliance", "the opposition bloc" are parties at home, not it."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in DOMESTIC_BODY_MODIFIERS for c in tok.children):
        return []
    return next(([a.id] for a in index.earlier(tok.idx, STATES_BODY_REACH)
                 if a.kind == "organization" and a.country is None and not _universal(a.name)), [])


def _universal(name: str) -> bool:
    """A body open to every state ("the United Nations", "the World Bank", "the International
    Criminal Court") is no bloc, alliance or grouping of some states."""
    low = name.lower()
    return low.startswith(UNIVERSAL_BODY_WORDS) or "united nations" in low


def _government_before(index, tok) -> list[str]:
    """"talks between the government and the rebels" after "the Sri Lankan government": a bare
    "the government" is the one named last with its state; nothing if none was."""
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children):
        return []  # "the government of X", "the interim government": not a bare one
    for cand in reversed(index.doc[max(0, tok.i - 400):tok.i]):
        if cand.lemma_.lower() == "government":
            states = index.modifier_countries(cand) + [a for p in cand.children if p.dep_ == "prep" and p.lower_ == "of"
                                                       for o in p.children for a in index.resolve(o)
                                                       if index.kind(a) == "country"]
            if states:
                return [] if _states_of_places_around(index, tok) - {index.by_id[states[0]].country} else states[:1]
    return _subject_state_before(index, tok)


def _subject_state_before(index, tok) -> list[str]:
    """"Ghana held elections. The government expelled the Togolese envoy": with no government
    named before, a bare "the government" is that of the state last told acting, the nearest
    subject of this sentence or the one before that is a state by name, unless what it did
    fell on another state."""
    sent = tok.sent
    start = index.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for cand in reversed(index.doc[start:tok.i]):
        if cand.dep_ in ("nsubj", "nsubjpass") and not cand.conjuncts:
            actor = index.at(cand)
            if actor is not None and index.kind(actor) == "country":
                state = index.by_id[actor].country
                if acts_on_another(index, cand, state) or _states_of_places_around(index, tok) - {state}:
                    return []
                return [actor]
    return []


def acts_on_another(index, subject, state: str) -> bool:
    """Whether the act a state is told doing falls on another state or its places ("Russia
    shelled Kharkiv", "China sent warships near Taiwan"): the government that reacts next may be
    the one acted upon as well as the actor, so the description is left to neither."""
    own = {t.i for t in subject.subtree}
    told = [t for t in subject.head.subtree if t.i not in own]
    for word in told:
        actor = index.at(word)
        if actor is not None and index.kind(actor) == "country" and index.by_id[actor].country != state:
            return True
    words = {t.i for t in told}
    for ent in (e for e in subject.sent.ents if e.root.i in words and e.label_ in ("GPE", "LOC", "FAC")):
        place = gazetteer.place(ent.text)
        if place is not None and place.country not in (None, state):
            return True
    return False


def _states_of_places_around(index, tok) -> set[str]:
    """The states (ISO codes) of the places the sentence of `tok` is told in: "in Moscow on
    Tuesday, the government condemned ..." is not the government named before in Washington (a
    state named as a party, "the government criticised Russia", says nothing of where)."""
    codes = set()
    for ent in (e for e in tok.sent.ents if e.label_ in ("GPE", "LOC", "FAC")):
        place = gazetteer.place(ent.text)
        if place is not None and (place.kind != "country" or ent.root.head.lower_ in ("in", "at")):
            codes.add(place.country)
    return codes - {None}
