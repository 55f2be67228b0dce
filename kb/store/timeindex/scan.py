"""The full rebuild: every table of the time index filled from whole-store scans, one predicate at
a time (no per-entity queries)."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from kb.store import timefacts as tf
from kb.store.timeindex import names, rows
from kb.store.timeindex.source import LABEL, first_label, key, node


def load_all(inner: ox.Store, db: sqlite3.Connection) -> None:
    """Fill every (empty) table of `db` from the store."""
    scan = _Scan(inner)
    for kind in sorted(tf.EVENT_KIND_IRIS | {tf.EVENT_CLASS}):
        scan.facts("e", tf.RDF_TYPE, kind)
    for predicate in tf.EVENT_PREDICATES:
        scan.facts("e", predicate)
    for predicate in tf.QUOTE_PREDICATES:
        scan.facts("q", predicate)
    for predicate in (tf.STATUS, tf.STATED_IN, tf.REPORTED_AT):
        scan.facts("r", predicate)
    scan.facts("a", tf.COUNTRY)
    disputes = scan.incoming("r", tf.STATUS_REPORT)
    scan.facts("k", tf.RDF_TYPE, tf.COUNTRY_CLASS)
    events = scan.roles["e"]
    for iri in events:     # labels only for events: actors repeat theirs in every graph
        scan.table[iri][tf.LABEL] = {key(q.object) for q in inner.quads_for_pattern(node(iri), LABEL, None, None)}
    found = [r for r in (tf.event_row(iri, scan.table[iri]) for iri in events) if r is not None]
    named = {v for r in found for v in r.links["p"]} | {r.place for r in found if r.place}
    rows.insert_events(db, found, {iri: first_label(inner, iri) for iri in named})
    db.executemany("INSERT INTO actor_country VALUES (?, ?)",
                   [(a, c) for a in scan.roles["a"] for c in scan.table[a].get(tf.COUNTRY, ())])
    db.executemany("INSERT INTO country VALUES (?)", [(c,) for c in scan.roles["k"]])
    for statement in rows.SIDES:
        db.execute(statement)
    for predicate in (tf.ARTICLE, tf.ABOUT, tf.PUBLISHED, tf.HEADLINE):
        scan.facts(None, predicate)
    table = scan.table
    quotes = (tf.quote_row(q, table[q], {a: table[a][tf.PUBLISHED] for a in table[q].get(tf.ARTICLE, ())})
              for q in scan.roles["q"])
    rows.insert_quotes(db, [r for r in quotes if r is not None])
    reports = (tf.report_row(r, table[r], disputes.get(r, set()), {a: table[a] for a in table[r].get(tf.STATED_IN, ())})
               for r in scan.roles["r"])
    rows.insert_reports(db, [r for r in reports if r is not None])
    names.load(inner, db)


class _Scan:
    """Facts of many subjects gathered by whole-predicate scans.

    A scan is a SELECT DISTINCT: the engine drops the copies each article graph repeats (an
    actor's country, stated in every article naming it) before turning ids into text, which is
    what costs here; it is twice as fast as reading the quads even without copies."""

    def __init__(self, inner: ox.Store):
        self._inner = inner
        self.table: dict[str, tf.Facts] = defaultdict(lambda: defaultdict(set))
        self.roles: dict[str, set[str]] = defaultdict(set)

    def _pairs(self, predicate: str, obj: str | None = None) -> Iterator[tuple[str, str]]:
        """Distinct (subject, object) of `predicate`, or (subject, obj) when the object is given."""
        if obj is not None:
            query = f"SELECT DISTINCT ?s WHERE {{ ?s {ox.NamedNode(predicate)} {node(obj)} }}"
            return ((key(row[0]), obj) for row in self._inner.query(query, use_default_graph_as_union=True))
        query = f"SELECT DISTINCT ?s ?o WHERE {{ ?s {ox.NamedNode(predicate)} ?o }}"
        return ((key(row[0]), key(row[1])) for row in self._inner.query(query, use_default_graph_as_union=True))

    def facts(self, role: str | None, predicate: str, obj: str | None = None) -> None:
        """Every (subject, predicate, object), or those with object `obj` (how event types are read:
        a per-event lookup of every rdf:type costs more); subjects take `role` unless it is None
        (facts read only to complete other rows, such as an article's publication date)."""
        table, members = self.table, self.roles[role] if role else set()
        for subject, value in self._pairs(predicate, obj):
            table[subject][predicate].add(value)
            members.add(subject)

    def incoming(self, role: str, predicate: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for subject, value in self._pairs(predicate):
            found[value].add(subject)
            self.roles[role].add(value)
        return found
