"""Writing rows into the time index's tables: shared by the refresh of one article graph and the
full rebuild, so both write exactly the same rows."""
from __future__ import annotations

import sqlite3

from kb.store import timefacts as tf

# A country side of an event is one of its participants or a participant's country.
SIDES = ("INSERT OR IGNORE INTO link SELECT 'c', p.target, p.key, p.event FROM link p WHERE p.kind = 'p'",
         "INSERT OR IGNORE INTO link SELECT 'c', ac.country, p.key, p.event FROM link p "
         "JOIN actor_country ac ON ac.actor = p.target WHERE p.kind = 'p'")


def _event_values(r: tf.EventRow, names: dict[str, str | None]) -> tuple:
    people = sorted({names.get(p) or tf.local(p) for p in r.links["p"]})
    place = (names.get(r.place) or r.place) if r.place else None
    return (r.iri, r.date, r.start, r.end, r.precision, r.type, r.kind, r.label, place, "; ".join(people),
            r.modality, r.sources, r.web_precision, r.web_modality)


def insert_events(db: sqlite3.Connection, rows: list[tf.EventRow], names: dict[str, str | None]) -> None:
    """Insert the events with their date and link rows; `names` labels their participants and places."""
    db.executemany("INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [_event_values(r, names) for r in rows])
    db.executemany("INSERT INTO event_date VALUES (?, ?)", [(d, r.iri) for r in rows for d in r.dates])
    db.executemany("INSERT INTO link VALUES (?, ?, ?, ?)",
                   [(kind, target, key, r.iri) for r in rows for kind, targets in r.links.items()
                    for target in targets for key in (r.dates or [""])])


def insert_quotes(db: sqlite3.Connection, rows: list[tf.QuoteRow]) -> None:
    db.executemany("INSERT INTO quote VALUES (?, ?, ?, ?)", [(r.iri, r.text, r.about, r.article) for r in rows])
    db.executemany("INSERT INTO quote_key VALUES (?, ?, ?)",
                   [(s, k, r.iri) for r in rows for s in r.speakers for k in r.keys])


def insert_reports(db: sqlite3.Connection, rows: list[tf.ReportRow]) -> None:
    db.executemany("INSERT INTO report VALUES (?, ?, ?, ?)", [(r.iri, r.status, r.article, r.headline) for r in rows])
    db.executemany("INSERT INTO report_key VALUES (?, ?, ?)",
                   [(d, k, r.iri) for r in rows for d in r.disputes for k in r.keys])
