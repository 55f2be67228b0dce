"""TimeIndex: one embedded store's time index, kept in step with its writes, repaired after failures."""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from contextlib import nullcontext
from pathlib import Path

import pyoxigraph as ox

from kb.errors import StoreError
from kb.store.timeindex import schema, statements
from kb.store.timeindex.names import NameTable
from kb.store.timeindex.reading import IndexReads
from kb.store.timeindex.refresh import Recomputation
from kb.store.timeindex.scan import load_all
from kb.store.timeindex.statements import read_graph

log = logging.getLogger(__name__)
RETRY_S = 30.0     # after a failed repair, the next attempt waits this long (a full disk stays full)


class IndexRepairPending(StoreError):
    """A write reached the store but the time index could not follow; its mark stays for repair."""

    code = "E301"


class TimeIndex(IndexReads):
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
        # monotonic time from which a repair may run; None while nothing is to repair
        self.repair_after: float | None = None
        path = ":memory:" if directory is None else str(Path(directory) / schema.FILE_NAME)
        self._path, self._idle = path, []
        self._shared = path == ":memory:" or read_only
        if read_only:
            self.db = schema.open_read_only(path)
            self.usable = self.db is not None and schema.ready(self.db)
            if not self.usable:
                log.warning("time index of %s is missing, outdated or has unfinished writes; timelines "
                            "use SPARQL until a writable open repairs it", directory)
            return
        self.db = schema.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if not schema.ready(self.db, dirty_ok=True):
            # worth a word only when a file on disk had to be replaced for a store holding data
            holds_data = directory is not None and any(True for _ in inner.quads_for_pattern(None, None, None, None))
            self.rebuild(reason="missing, outdated or unfinished" if holds_data else None)
        else:
            self.reconcile()

    @property
    def names(self) -> NameTable:
        """Actors, countries and disputes by name, for the parameters of canned timelines."""
        return NameTable(self)

    # -- dirty marks ------------------------------------------------------------------------------
    def mark_dirty(self, graph: str) -> None:
        """Record, durably, that `graph` is about to change in the store, with the entities it
        mentions now and its shared statements (call before writing it): afterwards their rows
        must be recomputed too."""
        roles, said = read_graph(self._inner, graph)
        with self.lock:
            # a mark left by a write whose refresh failed keeps what the graph held before that one
            earlier = self.db.execute("SELECT subjects, held FROM dirty WHERE graph = ?", (graph,)).fetchone()
            if earlier:
                for role, subjects in json.loads(earlier[0]).items():
                    roles[role].update(subjects)
                said |= statements.decode(earlier[1])
            schema.durably(self.db, "INSERT OR REPLACE INTO dirty VALUES (?, ?, ?)",
                           (graph, json.dumps({role: sorted(found) for role, found in roles.items()}),
                            statements.encode(said)))

    def refresh(self, graph: str) -> None:
        """Recompute the rows of every entity the graph mentions, before or after its write, and
        clear its dirty mark, in one transaction. A failure leaves the mark and makes a repair due."""
        try:
            with self.lock, self._read_lock if self._shared else nullcontext(), schema.transaction(self.db):
                self._refresh(graph)
                self.db.execute("DELETE FROM dirty WHERE graph = ?", (graph,))
        except BaseException:
            self._repair_due()
            raise

    def _refresh(self, graph: str) -> None:
        marked = self.db.execute("SELECT subjects, held FROM dirty WHERE graph = ?", (graph,)).fetchone()
        old_roles, old_said = (json.loads(marked[0]), statements.decode(marked[1])) if marked else ({}, set())
        roles, said = read_graph(self._inner, graph)
        Recomputation(self._inner, self.db).run({role: set(old_roles.get(role, ())) | roles[role] for role in roles},
                                                statements.gone(self._inner, old_said, said), said)

    def reconcile(self) -> None:
        """Repair the graphs left marked dirty by a crash or a failed refresh."""
        graphs = [g for (g,) in self.db.execute("SELECT graph FROM dirty")]
        if graphs:
            log.warning("time index: repairing %d article graph(s) left dirty by an interrupted write", len(graphs))
        for graph in graphs:
            self.refresh(graph)

    def begin_bulk(self) -> None:
        """Mark the index incomplete until `rebuild` finishes (a bulk load is not transactional)."""
        with self.lock:
            schema.durably(self.db, "INSERT OR REPLACE INTO meta VALUES (?, '0')", (schema.COMPLETE,))

    # -- repair in the running process -----------------------------------------------------------
    def _repair_due(self) -> None:
        if self.repair_after is None:
            self.repair_after = time.monotonic()

    def repair_if_due(self) -> bool:
        """Redo what a failed refresh or rebuild left undone (the dirty graphs, or the whole index
        when it is marked incomplete), if that is due; return whether the index was repaired.
        Call with the store's writes held off.

        A failure is logged, not raised (the caller's own read or write goes on), and the next
        attempt waits RETRY_S."""
        if self.repair_after is None or time.monotonic() < self.repair_after:
            return False
        try:
            with self.lock:
                if schema.complete(self.db):
                    self.reconcile()
                else:
                    self.rebuild(reason="left incomplete by a failed rebuild")
        except Exception:
            log.exception("time index: the repair failed; it is tried again in %.0f s, or at the next "
                          "writable open", RETRY_S)
            self.repair_after = time.monotonic() + RETRY_S
            return False
        self.repair_after = None
        return True

    # -- the full rebuild -------------------------------------------------------------------------
    def rebuild(self, reason: str | None = None) -> float:
        """Recreate every table from the store; return the seconds it took.

        Readers go on meanwhile and see the last complete index: on disk, through their own
        connections, the state last committed (WAL) until the rebuild commits; in memory, the old
        database, which the new one, built beside it, replaces when complete. A success ends any
        repair due; a failure makes one due."""
        started = time.monotonic()
        if reason:
            log.warning("time index: rebuilding from the store (%s)", reason)
        try:
            with self.lock:
                if self._path == ":memory:":
                    self._rebuild_beside()
                else:
                    with schema.transaction(self.db):
                        self._fill(self.db)
        except BaseException:
            self._repair_due()
            raise
        self.repair_after = None
        seconds = time.monotonic() - started
        if reason:
            log.warning("time index: rebuilt in %.1f s", seconds)
        return seconds

    def _fill(self, db: sqlite3.Connection) -> None:
        """Recreate every table of `db` and load them from the store (call in a transaction)."""
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            db.execute(f'DROP TABLE IF EXISTS "{name}"')
        schema.create(db)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (schema.SCHEMA_VERSION,))
        db.execute("INSERT INTO meta VALUES (?, '1')", (schema.COMPLETE,))
        self._load_all(db)

    def _load_all(self, db: sqlite3.Connection) -> None:
        load_all(self._inner, db)

    def _rebuild_beside(self) -> None:
        """In memory, where readers share the one connection: fill a new database and swap it in."""
        fresh = schema.connect(":memory:")
        try:
            with schema.transaction(fresh):
                self._fill(fresh)
        except BaseException:
            fresh.close()
            raise
        with self._read_lock:
            old, self.db = self.db, fresh
        old.close()

    def rebuilt_contents(self) -> dict[str, list[tuple]]:
        """What `contents` would give after a rebuild from the store, built in memory (this index
        is left as it is): to check that maintained rows equal rebuilt ones."""
        fresh = TimeIndex(self._inner, None)
        try:
            return fresh.contents()
        finally:
            fresh.close()

    def close(self) -> None:
        """Close the SQLite connections and let go of the store (an exception kept by a caller
        holds this object, and must not keep the store's directory locked)."""
        with self.lock, self._read_lock:
            for db in [*self._idle, self.db]:
                if db is not None:
                    db.close()
            self._idle, self.db, self._inner = [], None, None
            self.on_repair_due = None
