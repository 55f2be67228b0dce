"""Canned timelines answered from the embedded store's time index (kb.store.timeindex).

The .rq files stay the definition (and the path for remote stores); each function here gives the
same rows from SQLite: every parameter candidate is one index range scan in (key, IRI) order, the
scans are merged, and the first time an IRI is seen is its place (its smallest key within the date
range, which is what MIN(?k) ... GROUP BY gives). A page reads offset + limit rows, not the whole
selection. tests/test_timeindex.py proves the answers equal the SPARQL ones.
"""
from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator

EVENT_FIELDS = "iri, date, precision, type, label, place, participants, modality, sources"
EVENT_COLUMNS = ["event", "date", "precision", "type", "label", "place", "participants", "modality", "sources"]


def _event_range(params: dict, column: str = "l.key") -> tuple[str, list]:
    """A date key matches at its own precision: 2024-02 is within 2024-02-10..2024-03-01.

    The first bound of each pair lets SQLite scan a key range; the second is the exact rule."""
    sql, args = "", []
    if params.get("from"):
        sql += f" AND {column} >= substr(?, 1, 4) AND {column} >= substr(?, 1, length({column}))"
        args += [params["from"], params["from"]]
    if params.get("to"):
        sql += f" AND {column} <= ? AND {column} <= substr(?, 1, length({column}))"
        args += [params["to"], params["to"]]
    return sql, args


def _day_range(params: dict) -> tuple[str, list]:
    """Quote and report days compare whole (the .rq files compare with STR(?from))."""
    sql, args = "", []
    for name, op in (("from", ">="), ("to", "<=")):
        if params.get(name):
            sql += f" AND l.key {op} ?"
            args.append(params[name])
    return sql, args


def _linked(kind: str, param: str) -> Callable:
    def streams(index, params: dict) -> list[Iterator]:
        where, args = _event_range(params)
        sql = ("SELECT l.key, l.event FROM link l WHERE l.kind = ? AND l.target = ? AND l.key > ''" + where
               + " ORDER BY l.key, l.event")
        return [index.stream(sql, (kind, target, *args)) for target in params[param]]
    return streams


def _dated(index, params: dict) -> list[Iterator]:
    where, args = _event_range(params)
    return [index.stream("SELECT l.key, l.event FROM event_date l WHERE 1" + where + " ORDER BY l.key, l.event",
                         tuple(args))]


def _country_pair(index, params: dict) -> list[Iterator]:
    where, args = _event_range(params)
    others = params["country2"]
    # the other side shares the row's key: country-side rows are written for each of an event's dates
    both = (" AND EXISTS (SELECT 1 FROM link y WHERE y.kind = 'c' AND y.target IN (%s) AND y.key = l.key"
            " AND y.event = l.event)" % ", ".join("?" * len(others)))
    sql = ("SELECT l.key, l.event FROM link l WHERE l.kind = 'c' AND l.target = ? AND l.key > ''" + where + both
           + " ORDER BY l.key, l.event")
    return [index.stream(sql, (side, *args, *others)) for side in params["country1"]]


def _keyed(table: str, column: str, param: str) -> Callable:
    def streams(index, params: dict) -> list[Iterator]:
        where, args = _day_range(params)
        # an undated report sorts first, as an unbound key does in SPARQL
        sql = (f"SELECT COALESCE(l.key, ''), l.{column} FROM {table} l WHERE l.{param} = ?" + where
               + f" ORDER BY l.key, l.{column}")
        return [index.stream(sql, (value, *args)) for value in params[param]]
    return streams


_STREAMS: dict[str, Callable] = {
    "all_events": _dated, "events_in_range": _dated,
    "actor_events": _linked("p", "actor"), "dispute_events": _linked("d", "dispute"),
    "events_by_type": _linked("t", "type"), "country_pair": _country_pair,
    "quotes_by_speaker": _keyed("quote_key", "quote", "speaker"),
    "dispute_history": _keyed("report_key", "report", "dispute"),
}


def indexed(name: str) -> bool:
    """Whether the time index can answer the timeline `name`."""
    return name in _STREAMS


def page(index, name: str, params: dict[str, list[str]], limit: int, offset: int) -> list[tuple[str, str]]:
    """(key, IRI) of the page's rows; `params` maps each bound parameter to its lexical values."""
    streams = _STREAMS[name](index, {k: v if k not in ("from", "to") else v[0] for k, v in params.items()})
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    try:
        for key, iri in heapq.merge(*streams):
            if iri in seen:
                continue
            seen.add(iri)
            if len(seen) > offset:
                out.append((key, iri))
                if len(out) == limit:
                    break
    finally:
        for stream in streams:
            stream.close()
    return out


def rows(index, name: str, found: list[tuple[str, str]]) -> list[dict[str, str | int | None]]:
    """The columns of each row of a page, lexical values as the SPARQL path gives them.

    The page and its rows are two reads: a row removed by a write in between is left out of the
    page (as a read a moment later would), rather than failing the request."""
    if not found:
        return []
    iris = [iri for _, iri in found]
    marks = ", ".join("?" * len(iris))
    if name == "quotes_by_speaker":
        table = {r[0]: r for r in index.rows(
            f"SELECT iri, text, about, article FROM quote WHERE iri IN ({marks})", iris)}
        return [{"quote": iri, "date": key, "text": table[iri][1], "event": table[iri][2], "article": table[iri][3]}
                for key, iri in found if iri in table]
    if name == "dispute_history":
        table = {r[0]: r for r in index.rows(
            f"SELECT iri, status, article, headline FROM report WHERE iri IN ({marks})", iris)}
        return [{"report": iri, "date": key or None, "status": table[iri][1], "article": table[iri][2],
                 "headline": table[iri][3]} for key, iri in found if iri in table]
    table = {r[0]: r for r in index.rows(f"SELECT {EVENT_FIELDS} FROM event WHERE iri IN ({marks})", iris)}
    return [dict(zip(EVENT_COLUMNS, table[iri])) for iri in iris if iri in table]
