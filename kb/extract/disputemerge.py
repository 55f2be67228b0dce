"""How one article's disputes fold into one another: a topic in the article's own words between the
sides of a stronger dispute is an aspect of it, fighting on a contested border is that border dispute,
and a rebellion named by its fighters is the unnamed war fought in the same state."""
from __future__ import annotations

import re

from kb.extract.disputeborders import BORDER_NOUNS
from kb.extract.disputewords import QUARREL_NOUNS, Mention
from kb.model import Dispute

def merge_aspects(disputes: list[Dispute], weights: dict, canonical: set, mentions: list[Mention]) -> list[Dispute]:
    """Within one article, a topic in its own words between the same countries is an aspect of
    the stronger dispute between them ("the embargo" and "decades of enmity" between the United
    States and Cuba); topics from the table or a place stay disputes of their own, but for fighting
    in a place between the sides of a border dispute."""
    order = sorted(disputes, key=lambda d: (_cut_ties(d), _framing_only(d), -weights[d.id], d.id not in canonical,
                                            disputes.index(d)))
    kept: list[Dispute] = []
    for d in order:
        host = next((k for k in kept if _fought_on_border(d, k)), None) if d.id in canonical else \
            next((k for k in kept if _same_sides(d, k, strict=k.id in canonical)), None)
        if host is None and _cut_ties(d):  # "X cut ties with Y" in an article on X's quarrel with Y: an act of it
            host = next((k for k in kept if _countries(d) and _countries(d) <= _countries(k)), None) or \
                next((k for k in kept if k.id.startswith(RECOGNITION) and _countries(d) & _countries(k)), None)
        if host is None:
            kept.append(d)
            continue
        if _fought_on_border(host, d):  # the weightier fighting came first: the border still names it
            kept[kept.index(host)], host, d = d, d, host
        _absorb(host, d, weights, mentions)
    return [d for d in disputes if d in kept]


def _absorb(host: Dispute, d: Dispute, weights: dict, mentions: list[Mention]) -> None:
    """Make `d` part of `host`: its evidence, weight and mentions go to the host."""
    host.evidence += [e for e in d.evidence if e not in host.evidence]
    weights[host.id] += weights[d.id]
    if host.status == "ongoing" and d.status != "ongoing":  # "the two sides ended their long enmity"
        host.status, host.status_evidence = d.status, d.status_evidence
    for m in mentions:
        if f"dispute:{m.slug}" == d.id:
            m.slug = host.id.removeprefix("dispute:")


def fold_rebellions(disputes: list[Dispute], weights: dict, mentions: list[Mention], rebellions: set[str],
                     unnamed: set[str]) -> list[Dispute]:
    """A rebellion named by its fighters and a conflict the article names with no topic ("the war"),
    fought in the same state, are one conflict. It keeps the name of its sides when the fighters are
    among them ("Myanmar-Karenni war"); else the fighters name it, as the sides read off the sentences
    of an unnamed war may be its brokers and hosts."""
    out = list(disputes)
    for rebellion in [d for d in disputes if d.id in rebellions]:
        states = _countries(rebellion)
        war = next((k for k in out if k.id in unnamed and states and states <= _countries(k)), None)
        if war is None:
            continue
        fighters = set(rebellion.parties) - _countries(rebellion)
        host, folded = (war, rebellion) if fighters and fighters <= set(war.parties) else (rebellion, war)
        _absorb(host, folded, weights, mentions)
        out.remove(folded)
    return out


# Ties cut with one of two rival governments, in an article on which of them to recognise, are an
# act of that quarrel, whoever cuts them.
RECOGNITION = "dispute:recognition-of-"


def _countries(dispute: Dispute) -> set[str]:
    return {p for p in dispute.parties if p.startswith("country:")}


def _cut_ties(dispute: Dispute) -> bool:
    """ "diplomatic relations" names a quarrel by how it shows, not by what it is about: the
    matter it is told with ("the intervention") names it rather."""
    return dispute.topic.endswith("diplomatic relations")


FRAMING = re.compile(rf"\b(?:{'|'.join(sorted(QUARREL_NOUNS))})$")


def _framing_only(dispute: Dispute) -> bool:
    """ "decades of enmity" between the sides of "the embargo": named after its sides and a framing
    noun, a quarrel is an aspect of the one the article names by its matter, which names both."""
    return bool(FRAMING.search(dispute.topic))


BORDER = re.compile(rf"\b(?:{'|'.join(sorted(BORDER_NOUNS))})$")


def _fought_on_border(conflict: Dispute, border: Dispute) -> bool:
    """ "fighting in the X valley" between two states at odds over their border is that border
    dispute flaring up, not a second dispute (a place conflict's id ends in "-conflict")."""
    return conflict.id.endswith("-conflict") and bool(BORDER.search(border.topic)) and \
        _same_sides(conflict, border, strict=True)



def _same_sides(a: Dispute, b: Dispute, strict: bool = False) -> bool:
    """One side list within the other, compared by countries when both name any. Into a named topic
    (a place, a table topic) only the same sides merge, or one known side: two states estranged are
    not an aspect of a war in a third that they both take part in."""
    ca, cb = _countries(a), _countries(b)
    sa, sb = (ca, cb) if ca and cb else (set(a.parties), set(b.parties))
    if strict and sa != sb and min(len(sa), len(sb)) > 1:
        return False
    return sa <= sb or sb <= sa


