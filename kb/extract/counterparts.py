"""A person named as another's counterpart ("X met his Lithuanian counterpart, Y"): Y holds the
office X holds, for the state the word before "counterpart" names.

The title reader finds no title in "his Lithuanian counterpart", so such a minister would act for
no state; news names foreign ministers, envoys and defence chiefs this way all the time.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.extract.candidates import Candidate


def counterpart_roles(doc: Doc, found: dict[str, Candidate]) -> None:
    """Give each person without a title, named in apposition to "counterpart", the state the
    noun's modifier names and the office of the person named before it in the sentence."""
    owner = {start: cand for cand in found.values() for start, _ in cand.mentions}
    for cand in found.values():
        if cand.kind != "person" or cand.roles or cand.country:
            continue
        for span in (doc.char_span(s, e, alignment_mode="expand") for s, e in cand.mentions):
            noun = _counterpart_noun(span) if span is not None else None
            state = _modifier_state(noun) if noun is not None else None
            if state is None:
                continue
            cand.country = state
            office = _peer_office(noun, owner)
            if office:
                cand.roles.append(f"{office} of {gz.country_by_code(state).role_name}")
            break


def _counterpart_noun(span: Span) -> Token | None:
    """The noun "counterpart" a name is in apposition to: "his Chinese counterpart, Y"."""
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and head.lemma_.lower() == "counterpart":
        return head
    return None


def _modifier_state(noun: Token) -> str | None:
    """The state a demonym or a possessive before the noun names ("Estonian", "Chile's")."""
    return next((entry.alpha3 for entry, how in modifier_states(noun) if how in ("name", "demonym")), None)


def modifier_states(noun: Token):
    """(country entry, how it is named) for each word before a noun that names a state ("the Kenyan
    house", "Chile's envoy"), in the sentence's order."""
    for child in (c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "poss")):
        hit = gz.gazetteer().country_match(child.text)
        if hit is not None:
            yield hit


def _peer_office(noun: Token, owner: dict[int, Candidate]) -> str | None:
    """The office, without its state, of the nearest person named before the noun in its
    sentence who holds one ("Foreign Minister" of "Foreign Minister of Poland"), or in the
    sentence before when "his" or "her" points back there ("Prime Minister X said ... His
    Slovenian counterpart, Y, ..."); none for an office a state words its own way ("Secretary of
    State") or of an organization."""
    start = noun.sent.start
    if start > 0 and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        start = noun.doc[start - 1].sent.start
    for tok in reversed(noun.doc[start:noun.i]):
        peer = owner.get(tok.idx)
        if peer is None or peer.kind != "person" or not (peer.roles or peer.table_roles):
            continue
        role = (peer.roles or peer.table_roles)[0]
        if " of " not in role:
            return role
        entry = gz.country_by_code(peer.country or "")
        suffix = f" of {entry.role_name}" if entry is not None else None
        return role.removesuffix(suffix) if suffix and role.endswith(suffix) else None
    return None
