"""The state an office holder serves when his title names none ("President Juan Carlos Varela")."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.extract.candidates import Candidate
from kb.extract.clauses import subject as clause_subject
from kb.extract.homestate import (capital_state, dateline_state, home_office, introducing_state, listed_office, owned_title,
                                  paragraph_state, pronoun_state, scene_state, serves_another_body)
from kb.extract.titles import HEAD_TITLES, title_before
from kb.model import Dateline

_REPORTING_VERBS = {"say", "announce", "tell", "declare", "state"}
_TITLE_REACH = 5                              # words a title runs to before the name
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART"}  # what a title is made of ("Iraqi militia leader")


def states_from_context(doc: Doc, found: dict[str, Candidate], dateline: Dateline | None = None,
                        at: date | None = None) -> None:
    """A bare title ("President Juan Carlos Varela") takes its state from the sentence, in this
    order: a state named in the holder's own title that the title reader left ("Iraqi militia
    leader X"); an official speaks for the capital the sentence opens with ("In Beijing, a
    spokesman ..."), which outweighs the state he goes on to talk about ("In Canberra, the
    Prime Minister said Beijing had ..."); a speaker reports what his country did ("Panama
    broke off ties, President X said"); office holders listed together serve one state ("talks
    with Brezhnev, Premier Kosygin and President Podgorny"); an official takes up the account of
    the state the sentence before was about ("Chile was quick to answer. Foreign Minister X said
    ..."), or is named in a paragraph that opens in a capital ("In Lima the streets were quiet.
    ... President X said"); failing all these, a national office serves the state whose capital
    the article is filed from, else the state the text names last before it first names him
    (kb.extract.homestate). An office of an organization of states takes none."""
    owner = {start: cand for cand in found.values() for start, _ in cand.mentions}
    for cand in found.values():
        if cand.kind != "person" or cand.country or not cand.roles or _international_office(cand):
            continue
        office = home_office(cand)  # a national office: its state may be the article's own
        spans = _spans(doc, cand)
        for span in spans:
            # only a mention that carries its title is one of the office holders listed:
            # "Putin and Tokayev had a call" pairs two leaders of two states
            listed = _listed_state(span.root, owner) if title_before(doc, span.start) else None
            state = (_named_state(span) or _principal_state(span, owner) or _capital_scene(span.root)
                     or _reported_state(span.root, owner) or listed or pronoun_state(span, owner)
                     or (office and scene_state(span, office, at)) or _topic_state(span, owner, office, at)
                     or (office and paragraph_state(span, office, at)))
            if state:
                cand.country = state
                break
        if not cand.country and office and not any(owned_title(s) for s in spans):
            cand.country = dateline_state(dateline, office, at) or _introduced_state(spans, office, at)


def _introduced_state(spans: list[Span], office: str, at: date | None) -> str | None:
    """The state in view where the text first names the holder (homestate.introducing_state)."""
    first = min(spans, key=lambda s: s.start, default=None)
    return introducing_state(first, office, at) if first is not None else None


def _spans(doc: Doc, cand: Candidate) -> list[Span]:
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in cand.mentions)
    return [s for s in spans if s is not None]


def _international_office(cand: Candidate) -> bool:
    """An office of an organization of states ("Secretary-General of the United Nations") serves
    no state, whoever is listed beside its holder."""
    bodies = (gz.organization(role.split(" of ", 1)[1]) for role in cand.roles if " of " in role)
    return any(body is not None and body.kind == "organization" and body.country is None for body in bodies)


def _named_state(span: Span) -> str | None:
    """The state named in the holder's own title, though the title reader did not take it: a
    word between ("Iraqi militia leader X"), a state of several words ("St Vincent Prime Minister
    X"), or after the name ("President X of Mauritania")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        for size in (4, 3, 2, 1):
            hit = _state_named_by(doc[span.end + 1: min(span.end + 1 + size, len(doc))])
            if hit:
                return hit
    start = span.start
    while start > 0 and span.start - start < _TITLE_REACH and doc[start - 1].pos_ in _TITLE_POS:
        start -= 1
    for end in range(span.start, start, -1):   # the nearest state to the name first
        for begin in range(max(start, end - 3), end):
            hit = _state_named_by(doc[begin:end])
            if hit:
                return hit
    return None


def _principal_state(span: Span, owner: dict[int, Candidate]) -> str | None:
    """"A spokesman for X, Y, said": an official of a person ("spokesman for", "envoy of") just
    before his name serves that person's state."""
    doc = span.doc
    for i in range(span.start - 2, max(span.sent.start, span.start - _TITLE_REACH - 2), -1):
        if doc[i].lower_ in ("for", "of") and doc[i - 1].lower_ in HEAD_TITLES:
            principal = owner.get(doc[i + 1].idx)
            if principal is not None and principal.kind == "person" and principal.country \
                    and doc[span.start - 1].text == ",":
                return principal.country
            return None
    return None


def _state_named_by(words: Span) -> str | None:
    text = words.text.removeprefix("the ").removesuffix("'s").removesuffix("\u2019s").strip()
    hit = gz.gazetteer().country_match(text) if text else None
    return hit[0].alpha3 if hit is not None and hit[1] in ("name", "demonym") else None


def _capital_scene(tok: Token) -> str | None:
    """"In Beijing, foreign ministry spokesman X said": an official whose title names no state,
    speaking in a capital the sentence opens with, serves the state governed from there."""
    root = tok.sent.root
    subject = clause_subject(root)
    if subject is None or not (subject.left_edge.i <= tok.i <= subject.right_edge.i):
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < subject.i):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            # the whole name: the parser splits "Port-au-Prince" into words and heads it by the last
            state = capital_state(place.doc[place.left_edge.i:place.i + 1].text)
            if state:
                return state
    return None


def _topic_state(span: Span, owner: dict[int, Candidate], office: str | None, at: date | None) -> str | None:
    """"Chile was quick to answer. Foreign Minister X said ...": an official who is the subject of
    a sentence that follows one whose subject is a single state (or its capital) takes up that
    state's account and serves it. A state whose holders of the office the leaders table lists
    is left to the table ("Russia struck at dawn. President X said ..." is no Russian unless the
    table says so). An official whose own phrase names another body ("General X, commander of
    the UN force") serves that body, not the state the sentence before was about."""
    if serves_another_body(span):
        return None
    tok, sent = span.root, span.sent
    titled = title_before(span.doc, span.start) or tok.dep_ == "appos"  # "Foreign Minister X", "a spokesman, X"
    if sent.start == 0 or not titled or tok.conjuncts or not _in_subject(tok, sent.root):
        return None  # "X and the Japanese premier met": not the account of one state
    before = tok.doc[sent.start - 1].sent
    subject = clause_subject(before.root)
    if subject is None:
        return None
    named = {c.id: c for t in subject.subtree for c in [owner.get(t.idx)] if c is not None}
    if len(named) != 1:
        return None  # "Ethiopia and Eritrea signed ...": whose official follows is not said
    state = next(iter(named.values()))
    if state.kind != "country" or not state.country:
        return None
    return None if office and listed_office(state.country, office, at) else state.country


def _in_subject(tok: Token, root: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i
               for c in root.children)


def _country_at(tok, owner: dict[int, Candidate]) -> str | None:
    cand = next((c for t in tok.subtree for c in [owner.get(t.idx)] if c is not None), None)
    return cand.country if cand is not None and cand.kind == "country" else None


def _reported_state(tok: Token, owner: dict[int, Candidate]) -> str | None:
    if tok.dep_ == "appos" and tok.head.dep_ == "nsubj":
        tok = tok.head  # "A spokesman, X, said Washington would ...": the spokesman reports
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    # words he is quoted in name the other side as often as his own ("Moscow wants to humble
    # us," X said): only a reported clause outside quotation marks tells his state's act
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and not _quoted(c)):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            return _country_at(subject, owner)
    return None


def _quoted(clause: Token) -> bool:
    """Whether a reported clause is a quotation: a quote mark stands between it and its verb."""
    doc, verb = clause.doc, clause.head
    between = doc[clause.right_edge.i + 1: verb.i] if clause.i < verb.i else doc[verb.i + 1: clause.left_edge.i + 1]
    return any(t.is_quote for t in between)


def _listed_state(tok: Token, owner: dict[int, Candidate]) -> str | None:
    """The one state of the other office holders a list names with this one. A pair that does
    the act ("X and Premier Y signed the accord", "announced by X and Minister Y") is as often its
    two sides as one team; a pair met or talked with is one delegation, as is a longer list."""
    first = tok.head if tok.dep_ == "conj" else tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    doers = first.dep_ in ("nsubj", "nsubjpass") or (first.dep_ == "pobj" and first.head.dep_ == "agent")
    if len(first.conjuncts) < 2 and doers:
        return None
    states = set()
    for member in (first, *first.conjuncts):
        if member.i == tok.i:
            continue
        cand = next((c for t in member.subtree if t.dep_ in ("compound", "flat") or t.i == member.i
                     for c in [owner.get(t.idx)] if c is not None and c.kind == "person"), None)
        if cand is not None and cand.country:
            states.add(cand.country)
    return states.pop() if len(states) == 1 else None
