"""A leader coming home is no visit: "the president flew in for the funeral", filed from his own
capital, takes the dateline's state as the host, and a state is no host to its own people.

The traveller's state is the actor's country, or, for a person the article gives none, the state
the leaders table says he led on the day (a title alone often names him: "the king").
"""
from __future__ import annotations

from datetime import date

from kb import gazetteer
from kb.model import Event


def home_states(agents: list[str], index, at: date | None) -> set[str]:
    """The ISO codes of the states the agents belong to."""
    codes = set()
    for agent in agents:
        actor = index.by_id.get(agent)
        if actor is None:
            continue
        code = actor.country
        if code is None and actor.kind == "person":
            leader = gazetteer.person(actor.name, at)
            code = leader.country if leader is not None else None
        if code:
            codes.add(code)
    return codes


def comes_home(event: Event, index) -> bool:
    """Whether a visit's only hosts are its travellers' own states."""
    if event.type != "Visit" or not event.agents or not event.recipients:
        return False
    hosts = [index.by_id[r] for r in event.recipients if r in index.by_id]
    if len(hosts) != len(event.recipients) or any(h.kind != "country" for h in hosts):
        return False
    at = event.date.earliest if event.date is not None else index.when
    return {h.country for h in hosts} <= home_states(event.agents, index, at)
