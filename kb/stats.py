"""Headline figures of a knowledge base, counted by queries (len() of a big graph is slow)."""
from __future__ import annotations

from kb.vocab import DKB

# One COUNT per figure: each is a fixed query with no user input.
_COUNTED = {
    "articles": DKB.Article,
    "events": DKB.Event,
    "persons": DKB.Person,
    "countries": DKB.Country,
    "organizations": DKB.Organization,
    "disputes": DKB.Dispute,
    "quotes": DKB.Quote,
}


def collect(store) -> dict[str, int]:
    """Return {figure: count}; events are typed by subclasses, so they are counted by their modality."""
    figures = {"article graphs": len(store.article_graphs())}
    for name, cls in _COUNTED.items():
        figures[name] = _count_instances(store, name, cls)
    figures["triples"] = store.count_triples()
    return figures


def _count_instances(store, name: str, cls) -> int:
    if name == "events":
        query = ("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <%s> ?m . }" % DKB.modality)
    else:
        query = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <%s> . }" % cls
    rows = store.query(query).rows
    return int(rows[0]["n"]) if rows else 0
