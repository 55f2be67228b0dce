"""An actor being assembled from its mentions, merged by id, then turned into a kb.model.Actor."""
from __future__ import annotations

from dataclasses import dataclass, field

from kb.model import Actor


@dataclass
class Candidate:
    """An actor being assembled from its mentions."""

    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    table_roles: list[str] = field(default_factory=list)  # used only if the article states none


def merge(found: dict[str, Candidate], cand: Candidate) -> None:
    """Add `cand` to `found`, or fold it into the candidate with its id."""
    have = found.get(cand.id)
    if have is None:
        found[cand.id] = cand
        return
    have.country = have.country or cand.country
    have.wikidata = have.wikidata or cand.wikidata
    have.roles += [r for r in cand.roles if r not in have.roles]
    have.table_roles += [r for r in cand.table_roles if r not in have.table_roles]
    have.mentions += [m for m in cand.mentions if m not in have.mentions]


def to_actor(c: Candidate) -> Actor:
    """The finished actor; roles from the leaders table only where the article states none."""
    source = "text" if c.roles else ("table" if c.table_roles else None)
    return Actor(id=c.id, name=c.name, kind=c.kind, country=c.country, roles=list(c.roles or c.table_roles),
                 wikidata=c.wikidata, mentions=sorted(c.mentions), role_source=source)
