"""The reading side of the time index: connections to read with, pooled, and the reads."""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kb.store.timeindex.schema import connect_read_only

POOL = 8          # idle read connections kept open


class IndexReads:
    """Reads of a time index (TimeIndex inherits them): thread-safe, never held up by a write.

    Before each read, a repair left due by a failed update of the index runs (through
    `on_repair_due`, the store's, which keeps writes out meanwhile): one attribute test when
    nothing is due."""

    db: sqlite3.Connection | None
    _path: str
    _shared: bool               # in memory or read-only: one connection, read behind _read_lock
    _read_lock: threading.RLock
    _idle: list[sqlite3.Connection]
    repair_after: float | None  # set while a repair is due
    on_repair_due: Callable[[], None] | None = None

    def rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        self._repaired_first()
        with self._reading() as db:
            return db.execute(sql, args).fetchall()

    def stream(self, sql: str, args: tuple = ()) -> Iterator[tuple]:
        """Rows of `sql` fetched in small batches, so a page reads little more than it shows."""
        self._repaired_first()
        with self._reading() as db:
            cursor = db.execute(sql, args)
            while batch := cursor.fetchmany(256):
                yield from batch

    def contents(self) -> dict[str, list[tuple]]:
        """Every row of every table but the bookkeeping ones, sorted: to compare two indexes."""
        names = [n for (n,) in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if n not in ("meta", "dirty")]
        return {n: sorted(self.rows(f'SELECT * FROM "{n}"'), key=repr) for n in sorted(names)}

    def _repaired_first(self) -> None:
        if self.repair_after is not None and self.on_repair_due is not None:
            self.on_repair_due()

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
            db = connect_read_only(self._path)
        try:
            yield db
        finally:
            with self._read_lock:
                if self.db is None or len(self._idle) >= POOL:
                    db.close()
                else:
                    self._idle.append(db)
