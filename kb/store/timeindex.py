"""The time index: a materialized view of events, quotes and dispute reports beside the embedded store.

Oxigraph on disk answers "the first page of a popular actor's events, by date" by joining and
sorting every matching event (a second at a million triples). This SQLite file, kept inside the
store directory and updated on every write, holds one row per event (its columns, day span,
kind), membership rows (participant, country side, dispute, type) and quote and report rows, each
with its date key, so a timeline page is an index range scan and the web's event index loads in
a fraction of a second.

Consistency. Every article write runs: mark the graph dirty, with the entities it mentions
before the write (committed) -> write Oxigraph -> recompute the rows of the entities the old and
new graph mention, from the store, and clear the mark in one SQLite transaction. A crash between
the two leaves the mark, and the next writable open recomputes the marked graphs; so does a
recomputation that fails (the writer gets IndexRepairPending: the article is stored). A missing file, an older schema or an unfinished bulk load
makes the next writable open rebuild the index from the store (and log it); a read-only open
cannot repair, so it reports the index unusable and callers fall back to SPARQL.

Not propagated: the label of a place or participant is copied into an event's row when the
event is written; if another article later names that actor differently, old rows keep the name.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pyoxigraph as ox

from kb.errors import StoreError
from kb.store import timefacts as tf

SCHEMA_VERSION = "2"
FILE_NAME = "dkb-timeindex.sqlite"
log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
-- subjects: what the graph held before the write (JSON, by role), whose rows the repair recomputes
CREATE TABLE dirty (graph TEXT PRIMARY KEY, subjects TEXT) WITHOUT ROWID;
CREATE TABLE event (iri TEXT PRIMARY KEY, date TEXT, start INTEGER, "end" INTEGER, precision TEXT, type TEXT,
                    kind TEXT, label TEXT, place TEXT, participants TEXT, modality TEXT, sources INTEGER,
                    web_precision TEXT, web_modality TEXT) WITHOUT ROWID;
CREATE INDEX event_start ON event (start, iri) WHERE start IS NOT NULL;
CREATE TABLE event_date (key TEXT, event TEXT, PRIMARY KEY (key, event)) WITHOUT ROWID;
CREATE INDEX event_date_event ON event_date (event);
-- kind: p participant, c country side (a participant or a participant's country), d dispute, t type.
-- key: each of the event's date keys, '' for an undated event.
CREATE TABLE link (kind TEXT, target TEXT, key TEXT, event TEXT, PRIMARY KEY (kind, target, key, event))
    WITHOUT ROWID;
CREATE INDEX link_event ON link (event, kind);
CREATE TABLE actor_country (actor TEXT, country TEXT, PRIMARY KEY (actor, country)) WITHOUT ROWID;
CREATE TABLE country (iri TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE quote (iri TEXT PRIMARY KEY, text TEXT, about TEXT, article TEXT) WITHOUT ROWID;
CREATE TABLE quote_key (speaker TEXT, key TEXT, quote TEXT, PRIMARY KEY (speaker, key, quote)) WITHOUT ROWID;
CREATE INDEX quote_key_quote ON quote_key (quote);
CREATE TABLE report (iri TEXT PRIMARY KEY, status TEXT, article TEXT, headline TEXT) WITHOUT ROWID;
CREATE TABLE report_key (dispute TEXT, key TEXT, report TEXT);
CREATE INDEX report_key_order ON report_key (dispute, key, report);
CREATE INDEX report_key_report ON report_key (report);
"""
_COMPLETE = "complete"
_POOL = 8          # idle read connections kept open


class IndexRepairPending(StoreError):
    """A write reached the store but the time index could not follow; its mark stays for repair."""

    code = "E301"


class TimeIndex:
    """The SQLite side of one embedded store; thread-safe: writes go through one connection behind
    a lock, reads through pooled connections of their own."""

    def __init__(self, inner: ox.Store, directory: str | None, *, read_only: bool = False):
        self._inner = inner
        self.read_only = read_only
        self.lock = threading.RLock()        # writes: one at a time, on self.db
        # Readers take this one only to borrow a connection (on disk) or, where there is one
        # connection (in memory, read-only), while they read: never for a whole rebuild.
        self._read_lock = threading.RLock()
        self.usable = True
        path = ":memory:" if directory is None else str(Path(directory) / FILE_NAME)
        self._path, self._idle = path, []
        self._shared = path == ":memory:" or read_only
        if read_only:
            self.db = _open_read_only(path)
            self.usable = self.db is not None and _ready(self.db)
            if not self.usable:
                log.warning("time index of %s is missing, outdated or has unfinished writes; timelines "
                            "use SPARQL until a writable open repairs it", directory)
            return
        self.db = _connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if not _ready(self.db, dirty_ok=True):
            # worth a word only when a file on disk had to be replaced for a store holding data
            holds_data = directory is not None and any(True for _ in inner.quads_for_pattern(None, None, None, None))
            self.rebuild(reason="missing, outdated or unfinished" if holds_data else None)
        else:
            self.reconcile()

    # -- maintenance ------------------------------------------------------------------------------
    def mark_dirty(self, graph: str) -> None:
        """Record, durably, that `graph` is about to change in the store, with the entities it
        mentions now (call before writing it): afterwards their rows must be recomputed too."""
        held = tf.roles_in_graph(self._triples(graph))
        with self.lock:
            # a mark left by a write whose refresh failed keeps what the graph held before that one
            earlier = self.db.execute("SELECT subjects FROM dirty WHERE graph = ?", (graph,)).fetchone()
            for role, subjects in (json.loads(earlier[0]) if earlier else {}).items():
                held[role].update(subjects)
            self._durably("INSERT OR REPLACE INTO dirty VALUES (?, ?)",
                          (graph, json.dumps({role: sorted(found) for role, found in held.items()})))

    def refresh(self, graph: str) -> None:
        """Recompute the rows of every entity the graph mentions, before or after its write, and
        clear its dirty mark, in one transaction."""
        with self.lock, self._read_lock if self._shared else nullcontext(), _transaction(self.db):
            self._refresh(graph)
            self.db.execute("DELETE FROM dirty WHERE graph = ?", (graph,))

    def reconcile(self) -> None:
        """Repair the graphs a crash left marked dirty."""
        graphs = [g for (g,) in self.db.execute("SELECT graph FROM dirty")]
        if graphs:
            log.warning("time index: repairing %d article graph(s) left dirty by an interrupted write", len(graphs))
        for graph in graphs:
            self.refresh(graph)

    def begin_bulk(self) -> None:
        """Mark the index incomplete until `rebuild` finishes (a bulk load is not transactional)."""
        with self.lock:
            self._durably("INSERT OR REPLACE INTO meta VALUES (?, '0')", (_COMPLETE,))

    def _durably(self, sql: str, args: tuple) -> None:
        """Run and commit one statement with the WAL synced to disk: under synchronous=NORMAL (kept
        for the rows, which a repair recomputes) a power cut may lose the last commits, and a lost
        mark would leave a stored write out of the index for good."""
        self.db.execute("PRAGMA synchronous=FULL")
        try:
            self.db.execute(sql, args)
        finally:
            self.db.execute("PRAGMA synchronous=NORMAL")

    def rebuild(self, reason: str | None = None) -> float:
        """Recreate every table from the store; return the seconds it took.

        Readers go on meanwhile and see the last complete index: on disk, through their own
        connections, the state last committed (WAL) until the rebuild commits; in memory, the old
        database, which the new one, built beside it, replaces when complete."""
        started = time.monotonic()
        if reason:
            log.warning("time index: rebuilding from the store (%s)", reason)
        with self.lock:
            if self._path == ":memory:":
                self._rebuild_beside()
            else:
                with _transaction(self.db):
                    self._fill(self.db)
        seconds = time.monotonic() - started
        if reason:
            log.warning("time index: rebuilt in %.1f s", seconds)
        return seconds

    def _fill(self, db: sqlite3.Connection) -> None:
        """Recreate every table of `db` and load them from the store (call in a transaction)."""
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            db.execute(f'DROP TABLE IF EXISTS "{name}"')
        _create(db)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        db.execute("INSERT INTO meta VALUES (?, '1')", (_COMPLETE,))
        self._load_all(db)

    def _rebuild_beside(self) -> None:
        """In memory, where readers share the one connection: fill a new database and swap it in."""
        fresh = _connect(":memory:")
        try:
            with _transaction(fresh):
                self._fill(fresh)
        except BaseException:
            fresh.close()
            raise
        with self._read_lock:
            old, self.db = self.db, fresh
        old.close()

    def close(self) -> None:
        """Close the SQLite connections and let go of the store (an exception kept by a caller
        holds this object, and must not keep the store's directory locked)."""
        with self.lock, self._read_lock:
            for db in [*self._idle, self.db]:
                if db is not None:
                    db.close()
            self._idle, self.db, self._inner = [], None, None

    # -- computing rows ---------------------------------------------------------------------------
    def _refresh(self, graph: str) -> None:
        marked = self.db.execute("SELECT subjects FROM dirty WHERE graph = ?", (graph,)).fetchone()
        old = json.loads(marked[0]) if marked else {}
        new = tf.roles_in_graph(self._triples(graph))
        touched = {role: set(old.get(role, ())) | new[role] for role in new}
        self._write_countries(touched["k"])
        moved = self._write_actor_countries({a: self._objects(a, tf.COUNTRY) for a in touched["a"]})
        events = [(e, self._facts(e)) for e in sorted(touched["e"])]
        self._write_events(events, self._labels_for(events))
        self._refresh_sides(set(touched["e"]) | self._events_of_actors(moved))
        self._write_quotes([self._quote(q) for q in sorted(touched["q"])], touched["q"])
        self._write_reports([self._report(r) for r in sorted(touched["r"])], touched["r"])

    def _triples(self, graph: str) -> Iterator[tuple[str, str, str]]:
        for q in self._inner.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            yield _key(q.subject), q.predicate.value, _key(q.object)

    def _facts(self, subject: str) -> tf.Facts:
        out: tf.Facts = defaultdict(set)
        for q in self._inner.quads_for_pattern(_node(subject), None, None, None):
            out[q.predicate.value].add(_key(q.object))
        return out

    def _objects(self, subject: str, predicate: str) -> set[str]:
        return {_key(q.object) for q in self._inner.quads_for_pattern(_node(subject), ox.NamedNode(predicate),
                                                                       None, None)}

    def _label(self, iri: str) -> str | None:
        """The first rdfs:label in the store's order, as OxigraphStore.labels reads it."""
        for q in self._inner.quads_for_pattern(_node(iri), _LABEL, None, None):
            return _key(q.object)
        return None

    def _labels_for(self, events: list[tuple[str, tf.Facts]]) -> dict[str, str | None]:
        wanted = {v for _, facts in events for p in (tf.PLACE, tf.PARTICIPANT) for v in facts.get(p, ())}
        return {iri: self._label(iri) for iri in wanted}

    def _quote(self, iri: str) -> tf.QuoteRow | None:
        facts = self._facts(iri)
        return tf.quote_row(iri, facts, {a: self._objects(a, tf.PUBLISHED) for a in facts.get(tf.ARTICLE, ())})

    def _report(self, iri: str) -> tf.ReportRow | None:
        facts = self._facts(iri)
        disputes = {_key(q.subject) for q in self._inner.quads_for_pattern(None, _STATUS_REPORT, _node(iri), None)}
        sources = {a: {p: self._objects(a, p) for p in (tf.PUBLISHED, tf.HEADLINE)} for a in facts.get(tf.STATED_IN, ())}
        return tf.report_row(iri, facts, disputes, sources)

    # -- writing rows ---------------------------------------------------------------------------
    def _write_countries(self, subjects: Iterable[str]) -> None:
        for iri in subjects:
            typed = any(True for _ in self._inner.quads_for_pattern(_node(iri), _RDF_TYPE, _COUNTRY, None))
            self.db.execute("INSERT OR IGNORE INTO country VALUES (?)" if typed else
                            "DELETE FROM country WHERE iri = ?", (iri,))

    def _write_actor_countries(self, found: dict[str, set[str]]) -> set[str]:
        """Store each actor's countries; return the actors whose countries changed."""
        moved = set()
        for actor, countries in found.items():
            before = {c for (c,) in self.db.execute("SELECT country FROM actor_country WHERE actor = ?", (actor,))}
            if before != countries:
                moved.add(actor)
                self.db.execute("DELETE FROM actor_country WHERE actor = ?", (actor,))
                self.db.executemany("INSERT INTO actor_country VALUES (?, ?)", [(actor, c) for c in countries])
        return moved

    def _events_of_actors(self, actors: set[str]) -> set[str]:
        out: set[str] = set()
        for actor in actors:
            out |= {e for (e,) in self.db.execute("SELECT DISTINCT event FROM link WHERE kind = 'p' AND target = ?",
                                                  (actor,))}
        return out

    def _write_events(self, events: list[tuple[str, tf.Facts]], names: dict[str, str | None]) -> None:
        iris = [(iri,) for iri, _ in events]
        self.db.executemany("DELETE FROM event WHERE iri = ?", iris)
        self.db.executemany("DELETE FROM event_date WHERE event = ?", iris)
        self.db.executemany("DELETE FROM link WHERE event = ?", iris)
        rows = [r for r in (tf.event_row(iri, facts) for iri, facts in events) if r is not None]
        _insert_events(self.db, rows, names)

    def _refresh_sides(self, events: set[str]) -> None:
        """Country-side rows of `events`: each participant and each participant's country."""
        if not events:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (event TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.touched")
        self.db.executemany("INSERT INTO temp.touched VALUES (?)", [(e,) for e in events])
        self.db.execute("DELETE FROM link WHERE kind = 'c' AND event IN (SELECT event FROM temp.touched)")
        for statement in _SIDES:
            self.db.execute(statement + " AND p.event IN (SELECT event FROM temp.touched)")

    def _forget(self, table: str, iris: set[str]) -> None:
        """Delete the rows of `iris` from `table` and from its key table."""
        gone = [(i,) for i in iris]
        self.db.executemany(f"DELETE FROM {table} WHERE iri = ?", gone)
        self.db.executemany(f"DELETE FROM {table}_key WHERE {table} = ?", gone)

    def _write_quotes(self, rows: list[tf.QuoteRow | None], iris: set[str]) -> None:
        self._forget("quote", iris)
        _insert_quotes(self.db, [r for r in rows if r is not None])

    def _write_reports(self, rows: list[tf.ReportRow | None], iris: set[str]) -> None:
        self._forget("report", iris)
        _insert_reports(self.db, [r for r in rows if r is not None])

    # -- the full rebuild -----------------------------------------------------------------------
    def _load_all(self, db: sqlite3.Connection) -> None:
        """Fill every table of `db` from whole-store scans, one predicate at a time (no per-entity queries)."""
        scan = _Scan(self._inner)
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
            scan.table[iri][tf.LABEL] = {_key(q.object) for q in
                                         self._inner.quads_for_pattern(_node(iri), _LABEL, None, None)}
        rows = [r for r in (tf.event_row(iri, scan.table[iri]) for iri in events) if r is not None]
        named = {v for r in rows for v in r.links["p"]} | {r.place for r in rows if r.place}
        _insert_events(db, rows, {iri: self._label(iri) for iri in named})
        db.executemany("INSERT INTO actor_country VALUES (?, ?)",
                       [(a, c) for a in scan.roles["a"] for c in scan.table[a].get(tf.COUNTRY, ())])
        db.executemany("INSERT INTO country VALUES (?)", [(c,) for c in scan.roles["k"]])
        for statement in _SIDES:
            db.execute(statement)
        for predicate in (tf.ARTICLE, tf.ABOUT, tf.PUBLISHED, tf.HEADLINE):
            scan.facts(None, predicate)
        table = scan.table
        quotes = (tf.quote_row(q, table[q], {a: table[a][tf.PUBLISHED] for a in table[q].get(tf.ARTICLE, ())})
                  for q in scan.roles["q"])
        _insert_quotes(db, [r for r in quotes if r is not None])
        reports = (tf.report_row(r, table[r], disputes.get(r, set()), {a: table[a] for a in table[r].get(tf.STATED_IN, ())})
                   for r in scan.roles["r"])
        _insert_reports(db, [r for r in reports if r is not None])

    # -- reads ------------------------------------------------------------------------------------
    def rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._reading() as db:
            return db.execute(sql, args).fetchall()

    def stream(self, sql: str, args: tuple = ()) -> Iterator[tuple]:
        """Rows of `sql` fetched in small batches, so a page reads little more than it shows."""
        with self._reading() as db:
            cursor = db.execute(sql, args)
            while batch := cursor.fetchmany(256):
                yield from batch

    def contents(self) -> dict[str, list[tuple]]:
        """Every row of every table but the bookkeeping ones, sorted: to compare two indexes."""
        names = [n for (n,) in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if n not in ("meta", "dirty")]
        return {n: sorted(self.rows(f'SELECT * FROM "{n}"'), key=repr) for n in sorted(names)}

    def rebuilt_contents(self) -> dict[str, list[tuple]]:
        """What `contents` would give after a rebuild from the store, built in memory (this index
        is left as it is): to check that maintained rows equal rebuilt ones."""
        fresh = TimeIndex(self._inner, None)
        try:
            return fresh.contents()
        finally:
            fresh.close()

    @contextmanager
    def _reading(self):
        """A connection to read with: on disk, one from a small pool (each sees the last committed
        state, WAL, while a write goes on; a web server's threads come and go, so connections are
        pooled rather than kept per thread); in memory, the only one, behind the lock."""
        if self._shared:
            with self._read_lock:
                yield self.db
            return
        with self._read_lock:
            db = self._idle.pop() if self._idle else None
        if db is None:
            db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
        try:
            yield db
        finally:
            with self._read_lock:
                if self.db is None or len(self._idle) >= _POOL:
                    db.close()
                else:
                    self._idle.append(db)


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
            query = f"SELECT DISTINCT ?s WHERE {{ ?s {ox.NamedNode(predicate)} {_node(obj)} }}"
            return ((_key(row[0]), obj) for row in self._inner.query(query, use_default_graph_as_union=True))
        query = f"SELECT DISTINCT ?s ?o WHERE {{ ?s {ox.NamedNode(predicate)} ?o }}"
        return ((_key(row[0]), _key(row[1])) for row in self._inner.query(query, use_default_graph_as_union=True))

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


_LABEL = ox.NamedNode(tf.LABEL)
_RDF_TYPE = ox.NamedNode(tf.RDF_TYPE)
_COUNTRY = ox.NamedNode(tf.COUNTRY_CLASS)
_STATUS_REPORT = ox.NamedNode(tf.STATUS_REPORT)
# A country side of an event is one of its participants or a participant's country.
_SIDES = ("INSERT OR IGNORE INTO link SELECT 'c', p.target, p.key, p.event FROM link p WHERE p.kind = 'p'",
          "INSERT OR IGNORE INTO link SELECT 'c', ac.country, p.key, p.event FROM link p "
          "JOIN actor_country ac ON ac.actor = p.target WHERE p.kind = 'p'")


def _key(term) -> str:
    """A term as the index stores it: an IRI or a literal's text, a blank node with its `_:`
    (so _node can turn it back into the same term)."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _node(key: str):
    """The term `_key` made `key` from: a blank node's id is what follows its `_:`."""
    return ox.BlankNode(key[2:]) if key.startswith("_:") else ox.NamedNode(key)


def _event_values(r: tf.EventRow, names: dict[str, str | None]) -> tuple:
    people = sorted({names.get(p) or tf.local(p) for p in r.links["p"]})
    place = (names.get(r.place) or r.place) if r.place else None
    return (r.iri, r.date, r.start, r.end, r.precision, r.type, r.kind, r.label, place, "; ".join(people),
            r.modality, r.sources, r.web_precision, r.web_modality)


def _insert_events(db: sqlite3.Connection, rows: list[tf.EventRow], names: dict[str, str | None]) -> None:
    db.executemany("INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [_event_values(r, names) for r in rows])
    db.executemany("INSERT INTO event_date VALUES (?, ?)", [(d, r.iri) for r in rows for d in r.dates])
    db.executemany("INSERT INTO link VALUES (?, ?, ?, ?)",
                   [(kind, target, key, r.iri) for r in rows for kind, targets in r.links.items()
                    for target in targets for key in (r.dates or [""])])


def _insert_quotes(db: sqlite3.Connection, rows: list[tf.QuoteRow]) -> None:
    db.executemany("INSERT INTO quote VALUES (?, ?, ?, ?)", [(r.iri, r.text, r.about, r.article) for r in rows])
    db.executemany("INSERT INTO quote_key VALUES (?, ?, ?)",
                   [(s, k, r.iri) for r in rows for s in r.speakers for k in r.keys])


def _insert_reports(db: sqlite3.Connection, rows: list[tf.ReportRow]) -> None:
    db.executemany("INSERT INTO report VALUES (?, ?, ?, ?)", [(r.iri, r.status, r.article, r.headline) for r in rows])
    db.executemany("INSERT INTO report_key VALUES (?, ?, ?)",
                   [(d, k, r.iri) for r in rows for d in r.disputes for k in r.keys])


def _connect(path: str) -> sqlite3.Connection:
    """The writing connection: shared by threads behind TimeIndex.lock, transactions by hand."""
    return sqlite3.connect(path, check_same_thread=False, isolation_level=None)


def _create(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


class _transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN")

    def __exit__(self, kind, *rest):
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _ready(db: sqlite3.Connection, *, dirty_ok: bool = False) -> bool:
    """Whether the index has the current schema, finished its last rebuild and (unless `dirty_ok`)
    has no write left unreconciled."""
    try:
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        dirty = db.execute("SELECT 1 FROM dirty LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    return meta.get("schema") == SCHEMA_VERSION and meta.get(_COMPLETE) == "1" and (dirty_ok or dirty is None)


def _open_read_only(path: str) -> sqlite3.Connection | None:
    if path == ":memory:" or not Path(path).exists():
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
