"""The state a bare office title serves when neither the title nor its sentence names one:
"President X", "Foreign Minister Y", "the Prime Minister, Z" in a report about a country.

News names a foreign office holder with his state ("Chilean President X") and a home one with
his title alone, so a bare title of a national office is read, in this order, as serving: the
state its possessive pronoun points back to ("Estonia ... its defence minister, X"); the one
state whose places the sentence sets the act in ("signed the decree in Nairobi"); else the
state the article names first. A state whose holders of that office the leaders table lists is
never given to someone the table does not know (an unknown "President X" in a report that opens
on the United States is not American).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kb import gazetteer as gz
from kb.extract.candidates import Candidate
from kb.extract.phrases import is_subject

# Offices of a state's own government, by the words of the title, and how the leaders table
# words the same office ("Premier of China" and "Prime Minister of Japan" are one office).
_TABLE_OFFICES = {
    "president": ("President",),
    "vice-president": ("Vice President",), "vice president": ("Vice President",),
    "prime minister": ("Prime Minister", "Premier"), "premier": ("Prime Minister", "Premier"),
    "foreign minister": ("Foreign Minister", "Foreign Secretary"),
    "chancellor": ("Chancellor",),
}
# Titles that say the holder serves no state, or not now ("opposition leader", "President of the
# Sinn Fein", "former president", "president-elect").
_NOT_OF_THE_STATE = ("former", "opposition", "elect", "party", " of ", "'s")
_POSSESSIVE_PRONOUNS = {"its", "their"}
# Verbs of coming to a place: a visitor arrives in the state he visits, not in his own.
_ARRIVALS = {"arrive", "land", "visit", "travel", "fly", "come", "go", "tour", "stop"}
_PRONOUN_REACH = 6     # words between a possessive pronoun and the name ("its foreign minister, X")
_BACK_REACH = 400      # characters a possessive pronoun may point back over


def home_office(cand: Candidate) -> str | None:
    """The office of a state's own government a bare title names ("prime minister"), or None."""
    for role in (r.lower() for r in cand.roles):
        if any(w in role for w in _NOT_OF_THE_STATE):
            continue
        if role.endswith("minister") or role in _TABLE_OFFICES:
            return role
    return None


def pronoun_state(span: Span, owner: dict[int, Candidate]) -> str | None:
    """"Estonia quit the club China founded, and its defence minister, X, said ...": the state
    a possessive pronoun in the title points back to, the nearest one named as a subject before
    it in a clause of its own (not a relative one), else the nearest one named."""
    doc = span.doc
    pronoun = next((t for t in doc[max(span.sent.start, span.start - _PRONOUN_REACH):span.start]
                    if t.lower_ in _POSSESSIVE_PRONOUNS and t.dep_ == "poss"), None)
    if pronoun is None:
        return None
    nearest = None
    for tok in reversed(doc[:pronoun.i]):
        if pronoun.idx - tok.idx > _BACK_REACH:
            break
        cand = owner.get(tok.idx)
        if cand is None or cand.kind != "country":
            continue
        if is_subject(tok) and _main_clause(tok):
            return cand.country
        nearest = nearest or cand.country
    return nearest


def _main_clause(tok: Token) -> bool:
    """Whether a subject's clause is no relative one ("the forum that China built")."""
    verb = tok
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in ("relcl", "acl")


def scene_state(span: Span, office: str) -> str | None:
    """"President X signed the decree in Nairobi": the one state whose places the sentence sets
    its acts in ("in" a city or capital), unless the act is an arrival there."""
    states = _scenes(span.sent)
    state = states.pop() if len(states) == 1 else None
    return state if state and not _listed_office(state, office) else None


def _scenes(sent: Span) -> set[str]:
    """The states of the cities a sentence sets its acts in ("in Nairobi"), arrivals aside."""
    return {state for prep in sent if prep.dep_ == "prep" and prep.lower_ == "in"
            and prep.head.lemma_.lower() not in _ARRIVALS
            for place in prep.children if place.dep_ == "pobj" for state in [_place_state(place)] if state}


def first_state(found: dict[str, Candidate], office: str, spans: list[Span]) -> str | None:
    """The state the article names first, unless the leaders table lists its holders of the
    office, the holder is told coming to it ("Foreign Minister X arrived in Lima") or, where the
    article first names him, acting in a city of another state."""
    states = [c for c in found.values() if c.kind == "country" and c.country and c.mentions]
    if not states:
        return None
    first = min(states, key=lambda c: min(c.mentions)).country
    if _listed_office(first, office) or any(first in _destinations(span.sent, found) for span in spans):
        return None
    return None if spans and _scenes(spans[0].sent) - {first} else first


def _destinations(sent: Span, found: dict[str, Candidate]) -> set[str]:
    """The states a sentence tells someone coming to: "arrived in Lima", "on a visit to Peru"."""
    owner = {start: cand for cand in found.values() if cand.kind == "country" for start, _ in cand.mentions}
    out = set()
    for word in (t for t in sent if t.lemma_.lower() in _ARRIVALS):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                cand = owner.get(place.idx)
                state = cand.country if cand is not None else _place_state(place)
                if state:
                    out.add(state)
    return out


def _place_state(place: Token) -> str | None:
    """The state of a city or capital ("in Nairobi"); a state's own name ("in Chile") tells of
    what the act is about as often as of where it is done, so it is no scene here."""
    if place.pos_ != "PROPN":
        return None
    words = [c for c in place.children if c.dep_ == "compound" and c.i < place.i] + [place]
    name = " ".join(w.text for w in words)
    entry = gz.place(name)
    if entry is not None and entry.kind in ("city", "venue") and entry.country:
        return entry.country
    hit = gz.gazetteer().country_match(name)
    return hit[0].alpha3 if hit is not None and hit[1] == "metonym" else None


def _listed_office(state: str, office: str) -> bool:
    """Whether the leaders table lists the holders of this office for this state."""
    words = next((v for k, v in _TABLE_OFFICES.items() if office == k), None)
    if words is None:
        return False
    return any((word, state) in _table_offices() for word in words)


@lru_cache(maxsize=1)
def _table_offices() -> frozenset[tuple[str, str]]:
    """(office, state) pairs of the leaders table: ("Premier", "CHN")."""
    pairs = set()
    for rows in gz.gazetteer().leaders.values():
        for row in rows:
            if row.country and " of " in row.role:
                pairs.add((row.role.split(" of ", 1)[0], row.country))
    return frozenset(pairs)
