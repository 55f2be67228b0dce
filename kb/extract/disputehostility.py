"""Disputes inferred from hostile acts: a quarrel the article tells only through what one side
does to the other (envoys recalled, ties cut, sanctions, strikes, threats, accusations), with no
sentence naming it ("the dispute", "the row").

"Chile expelled two Peruvian diplomats over the sinking of a fishing boat" tells a dispute between
those sides even when no noun names it, and the reason the act gives names its matter. An act with
no reason ("Chile expelled two Peruvian diplomats") tells who is at odds but not over what: named
after its sides alone ("Chile-Peru dispute") it could be any quarrel of those states, and a news
writer who names one names its matter, so no dispute is inferred from it. A dispute is inferred
only where no dispute the article names involves either side: a sanction on the invader in an
article about the invasion is part of the named dispute, not a second one.
"""
from __future__ import annotations

from kb.extract.disputereasons import HOSTILE_ACTS, act_reason
from kb.extract.disputewords import slug, with_parties
from kb.extract.linking import ActorIndex
from kb.model import Dispute, Event


def kept_parties(found: list[str], index: ActorIndex) -> list[str]:
    """Countries, organizations and groups; persons and state bodies count for their country, but
    an armed group or movement is a side of its own (the Shining Path against Peru)."""
    found = list(dict.fromkeys(found))
    parties = [a if index.kind(a) == "group" else c for a in found for c in index.countries_of([a])]
    return [p for p in dict.fromkeys(parties)
            if index.kind(p) in ("country", "organization", "group") or p.startswith("country:")]


def hostility_disputes(events: list[Event], named: list[Dispute], index: ActorIndex, doc) -> list[Dispute]:
    """One dispute per target of an asserted hostile act, its doers and the target as sides; acts
    between the same sides make one dispute. None from an act where a named dispute involves any of its sides."""
    taken = {p for d in named if len(d.parties) > 1 for p in d.parties}
    alone = {p for d in named if len(d.parties) == 1 for p in d.parties}
    found: dict[frozenset, tuple[list[str], list[Event]]] = {}
    for event in events:
        if event.type not in HOSTILE_ACTS or event.modality != "asserted" or not event.evidence:
            continue
        doers, targets = _sides(event, index)
        if taken.intersection(doers + targets):
            continue  # an act of the named quarrel, even toward a further target of it
        if alone.intersection(doers + targets) and _reason(event, doc) is None:
            continue  # a state's own matter ("its crackdown"): an act it does to another state for a reason of
            # its own is a quarrel with that state; one with no reason may be a step of that matter
        for target in targets:
            sides = [*doers, target]
            key = frozenset(sides)
            same = next((k for k in found if key <= k or k <= key), None)  # "A struck B" then "B accused A"
            if same is None:
                found[key] = (sides, [event])
                continue
            known, acts = found.pop(same)  # a later act with more sides widens the dispute to all of them
            merged = list(dict.fromkeys([*known, *sides]))
            found[frozenset(merged)] = (merged, acts if event in acts else [*acts, event])
    disputes = (_dispute(sides, acts, _companions(sides, acts, events, index), index, doc)
                for sides, acts in found.values())
    return [d for d in disputes if d is not None]


def _companions(sides: list[str], acts: list[Event], events: list[Event], index: ActorIndex) -> list[Event]:
    """Hostile acts told in a sentence of the dispute's own acts by one of its sides (or by a person
    the index places in no state), with no target the parse could name ("Lima ordered the consul
    out, and its president charged him with arming the rebels": "him" is no side). Such an act names
    no dispute of its own, but what it accuses of is the matter of this one."""
    sentences = {act.evidence[0].start for act in acts}
    return [e for e in events
            if e not in acts and e.type in HOSTILE_ACTS and e.modality == "asserted" and e.evidence
            and e.evidence[0].start in sentences and not kept_parties(e.recipients, index)
            and set(kept_parties(e.agents, index)) <= set(sides)]


def _sides(event: Event, index: ActorIndex) -> tuple[list[str], list[str]]:
    """Who does the act and to whom. With no agent parsed ("a Turkish drone struck X"), the
    participants who are not its recipients do it."""
    targets = kept_parties(event.recipients, index)
    doers = kept_parties(event.agents, index) or \
        kept_parties([p for p in event.participants if p not in event.recipients], index)
    doers = [d for d in doers if d not in targets]
    return (doers, targets) if doers else ([], [])


def _dispute(sides: list[str], acts: list[Event], companions: list[Event], index: ActorIndex, doc) -> Dispute | None:
    """Named by the matter an act gives as its reason ("expelled two diplomats over the sinking of a
    boat"), or one of its companions in the sentence does; None where none gives one."""
    topic = next((r for r in (_reason(act, doc) for act in [*acts, *companions]) if r is not None), None)
    if topic is None:
        return None
    dispute_id = f"dispute:{with_parties(slug(topic), topic, sides, index)}"
    for act in acts:
        act.disputes = list(dict.fromkeys([*act.disputes, dispute_id]))
    evidence = []
    for act in acts:
        if act.evidence[0] not in evidence:  # two acts told in one sentence
            evidence.append(act.evidence[0])
    return Dispute(id=dispute_id, topic=topic, parties=list(sides), status="ongoing",
                   evidence=evidence, status_evidence=evidence[0], basis="inferred", acts=[a.id for a in acts])


def _reason(act: Event, doc) -> str | None:
    """The reason the act's own verb gives for it, read from the parse of its sentence."""
    evidence = act.evidence[0]
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    trigger = (act.trigger or "").lower()
    verb = next((t for t in span or () if t.lower_ == trigger and t.pos_ == "VERB"), None)
    found = act_reason(verb) if verb is not None else None
    return found[0] if found is not None else None
