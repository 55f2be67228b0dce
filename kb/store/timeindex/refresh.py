"""Recomputing, after an article write, the rows of every entity the old or the new graph mentions.

An event's, quote's or report's row depends on every article that states it (one, or a few), so
those rows are read back from the whole store, entity by entity. An actor's countries and names
are stated by every article naming it, so they are updated from what this graph changed
(statements.py): the cost follows the article, not the busiest actor it names. An actor whose
country changed also moves the country-side rows of all its events."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import pyoxigraph as ox

from kb.store import timefacts as tf
from kb.store.timeindex import names, rows
from kb.store.timeindex.source import COUNTRY_CLASS, RDF_TYPE, STATUS_REPORT, facts, first_label, key, node, objects


class Recomputation:
    """The rows of the entities of one write, recomputed from `inner` into `db` (in the caller's
    transaction)."""

    def __init__(self, inner: ox.Store, db: sqlite3.Connection):
        self._inner, self.db = inner, db

    def run(self, touched: dict[str, set[str]], gone: set[ox.Triple], said: set[ox.Triple]) -> None:
        """Recompute the rows of `touched`, subjects by role (timefacts.roles_in_graph); `said` are
        the graph's shared statements now, `gone` those it held before that left the store."""
        self._write_countries(touched["k"])
        moved = self._write_actor_countries({a: self._countries(a, gone, said) for a in touched["a"]})
        events = [(e, facts(self._inner, e)) for e in sorted(touched["e"])]
        self._write_events(events, self._labels_for(events))
        self._refresh_sides(set(touched["e"]) | self._events_of_actors(moved))
        self._forget("quote", touched["q"])
        rows.insert_quotes(self.db, [r for r in map(self._quote, sorted(touched["q"])) if r is not None])
        self._forget("report", touched["r"])
        rows.insert_reports(self.db, [r for r in map(self._report, sorted(touched["r"])) if r is not None])
        names.update(self._inner, self.db, sorted(touched["n"]), gone, said)

    # -- reading the store ------------------------------------------------------------------------
    def _labels_for(self, events: list[tuple[str, tf.Facts]]) -> dict[str, str | None]:
        wanted = {v for _, found in events for p in (tf.PLACE, tf.PARTICIPANT) for v in found.get(p, ())}
        return {iri: first_label(self._inner, iri) for iri in wanted}

    def _quote(self, iri: str) -> tf.QuoteRow | None:
        found = facts(self._inner, iri)
        return tf.quote_row(iri, found, {a: objects(self._inner, a, tf.PUBLISHED) for a in found.get(tf.ARTICLE, ())})

    def _report(self, iri: str) -> tf.ReportRow | None:
        # Without a dispute it is no report: a role assignment also states dkb:statedIn, in every
        # article naming its holder, and reading those facts would cost what the busiest actor costs.
        disputes = {key(q.subject) for q in self._inner.quads_for_pattern(None, STATUS_REPORT, node(iri), None)}
        if not disputes:
            return None
        found = facts(self._inner, iri)
        sources = {a: {p: objects(self._inner, a, p) for p in (tf.PUBLISHED, tf.HEADLINE)}
                   for a in found.get(tf.STATED_IN, ())}
        return tf.report_row(iri, found, disputes, sources)

    def _countries(self, actor: str, gone: set[ox.Triple], said: set[ox.Triple]) -> set[str]:
        """The actor's countries after the write: those indexed plus those the graph states, unless
        one of its countries left the store, when they are read back in full."""
        def of_actor(triples: set[ox.Triple]) -> set[str]:
            return {key(t.object) for t in triples if t.predicate.value == tf.COUNTRY and key(t.subject) == actor}
        if of_actor(gone):
            return objects(self._inner, actor, tf.COUNTRY)
        return self._indexed_countries(actor) | of_actor(said)

    # -- writing rows -----------------------------------------------------------------------------
    def _write_countries(self, subjects: Iterable[str]) -> None:
        for iri in subjects:
            typed = any(True for _ in self._inner.quads_for_pattern(node(iri), RDF_TYPE, COUNTRY_CLASS, None))
            self.db.execute("INSERT OR IGNORE INTO country VALUES (?)" if typed else
                            "DELETE FROM country WHERE iri = ?", (iri,))

    def _write_actor_countries(self, found: dict[str, set[str]]) -> set[str]:
        """Store each actor's countries; return the actors whose countries changed."""
        moved = set()
        for actor, countries in found.items():
            if self._indexed_countries(actor) != countries:
                moved.add(actor)
                self.db.execute("DELETE FROM actor_country WHERE actor = ?", (actor,))
                self.db.executemany("INSERT INTO actor_country VALUES (?, ?)", [(actor, c) for c in countries])
        return moved

    def _indexed_countries(self, actor: str) -> set[str]:
        return {c for (c,) in self.db.execute("SELECT country FROM actor_country WHERE actor = ?", (actor,))}

    def _events_of_actors(self, actors: set[str]) -> set[str]:
        out: set[str] = set()
        for actor in actors:
            out |= {e for (e,) in self.db.execute("SELECT DISTINCT event FROM link WHERE kind = 'p' AND target = ?",
                                                  (actor,))}
        return out

    def _write_events(self, events: list[tuple[str, tf.Facts]], labels: dict[str, str | None]) -> None:
        iris = [(iri,) for iri, _ in events]
        self.db.executemany("DELETE FROM event WHERE iri = ?", iris)
        self.db.executemany("DELETE FROM event_date WHERE event = ?", iris)
        self.db.executemany("DELETE FROM link WHERE event = ?", iris)
        rows.insert_events(self.db, [r for r in (tf.event_row(iri, found) for iri, found in events) if r is not None],
                           labels)

    def _refresh_sides(self, events: set[str]) -> None:
        """Country-side rows of `events`: each participant and each participant's country."""
        if not events:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (event TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.touched")
        self.db.executemany("INSERT INTO temp.touched VALUES (?)", [(e,) for e in events])
        self.db.execute("DELETE FROM link WHERE kind = 'c' AND event IN (SELECT event FROM temp.touched)")
        for statement in rows.SIDES:
            self.db.execute(statement + " AND p.event IN (SELECT event FROM temp.touched)")

    def _forget(self, table: str, iris: set[str]) -> None:
        """Delete the rows of `iris` from `table` and from its key table."""
        gone = [(i,) for i in iris]
        self.db.executemany(f"DELETE FROM {table} WHERE iri = ?", gone)
        self.db.executemany(f"DELETE FROM {table}_key WHERE {table} = ?", gone)
