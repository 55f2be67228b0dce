"""The time index's SQLite file: its tables, its connections, and whether it can answer."""
from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = "4"
FILE_NAME = "dkb-timeindex.sqlite"
COMPLETE = "complete"      # meta row: '0' from the start of a bulk write until the rebuild after it

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
-- subjects: what the graph held before the write (JSON, by role), whose rows the repair recomputes;
-- held: its statements of shared subjects then (N-Triples, statements.py), to tell what the write removed
CREATE TABLE dirty (graph TEXT PRIMARY KEY, subjects TEXT, held TEXT) WITHOUT ROWID;
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
-- named: each subject typed with an actor or dispute class, with those classes (names.py)
CREATE TABLE named (iri TEXT, class TEXT, PRIMARY KEY (iri, class)) WITHOUT ROWID;
-- name: how a named subject is called. how 'x': a plain-string name, matched exactly;
-- 'f': a name lower-cased, for the any-case fallback
CREATE TABLE name (how TEXT, text TEXT, iri TEXT, PRIMARY KEY (how, text, iri)) WITHOUT ROWID;
CREATE INDEX name_iri ON name (iri);
"""


def connect(path: str) -> sqlite3.Connection:
    """The writing connection: shared by threads behind TimeIndex.lock, transactions by hand."""
    return sqlite3.connect(path, check_same_thread=False, isolation_level=None)


def connect_read_only(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def open_read_only(path: str) -> sqlite3.Connection | None:
    """A read-only connection to the file at `path`; None when there is none to open."""
    if path == ":memory:" or not Path(path).exists():
        return None
    try:
        return connect_read_only(path)
    except sqlite3.Error:
        return None


def create(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


class transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN")

    def __exit__(self, kind, *rest):
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def ready(db: sqlite3.Connection, *, dirty_ok: bool = False) -> bool:
    """Whether the index has the current schema, finished its last rebuild and (unless `dirty_ok`)
    has no write left unreconciled."""
    try:
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        dirty = db.execute("SELECT 1 FROM dirty LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    return meta.get("schema") == SCHEMA_VERSION and meta.get(COMPLETE) == "1" and (dirty_ok or dirty is None)


def complete(db: sqlite3.Connection) -> bool:
    """Whether the last rebuild finished (no bulk write left the index incomplete)."""
    return db.execute("SELECT value FROM meta WHERE name = ?", (COMPLETE,)).fetchone() == ("1",)


def durably(db: sqlite3.Connection, sql: str, args: tuple) -> None:
    """Run and commit one statement with the WAL synced to disk: under synchronous=NORMAL (kept
    for the rows, which a repair recomputes) a power cut may lose the last commits, and a lost
    mark would leave a stored write out of the index for good."""
    db.execute("PRAGMA synchronous=FULL")
    try:
        db.execute(sql, args)
    finally:
        db.execute("PRAGMA synchronous=NORMAL")
