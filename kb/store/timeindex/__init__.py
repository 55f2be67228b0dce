"""The time index: a materialized view of events, quotes, dispute reports and names beside the embedded store.

Oxigraph on disk answers "the first page of a popular actor's events, by date" by joining and
sorting every matching event (a second at a million triples). This SQLite file, kept inside the
store directory and updated on every write, holds one row per event (its columns, day span,
kind), membership rows (participant, country side, dispute, type), quote and report rows, each
with its date key, and the names of actors, countries and disputes, so a timeline page is an
index range scan, naming its actor a table read, and the web's event index loads in a fraction
of a second.

Consistency. Every article write runs: mark the graph dirty, with the entities it mentions
before the write and its statements of shared subjects (committed) -> write Oxigraph -> recompute
the rows of the entities the old and new graph mention, and clear the mark in one SQLite
transaction. Events, quotes and reports are read back from the store; an actor's countries and
names, stated in every article naming it, follow what the graph changed (statements.py), so a
write costs what its article holds, not what the busiest actor or dispute it names holds. A crash between
the two leaves the mark, and the next writable open recomputes the marked graphs. A
recomputation or rebuild that fails (the writer gets IndexRepairPending: the write is stored)
makes a repair due, which the next write or read through the index in the same process makes
(or the next writable open). A missing file, an older schema or an unfinished bulk load makes
the next writable open rebuild the index from the store (and log it); a read-only open cannot
repair, so it reports the index unusable and callers fall back to SPARQL.

Not propagated: the label of a place or participant is copied into an event's row when the
event is written; if another article later names that actor differently, old rows keep the name.

Modules, by concept: schema (the file, its tables and connections), source (reading the store),
statements (what one article graph holds, before and after its write), rows (inserting rows),
refresh (one write's entities), scan (the full rebuild), names (the name table and its lookups),
reading (pooled reads), index (TimeIndex: marks, repair, rebuild).
"""
from kb.store.timeindex.index import IndexRepairPending, TimeIndex
from kb.store.timeindex.schema import FILE_NAME, SCHEMA_VERSION

__all__ = ["FILE_NAME", "SCHEMA_VERSION", "IndexRepairPending", "TimeIndex"]
