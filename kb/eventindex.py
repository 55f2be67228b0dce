"""An in-memory index of dated events, so a timeline window is a bisect and a count, not a scan.

On the embedded store it is read from the store's time index (kb.store.timeindex), which every
write keeps current: loading it is a table read, a fraction of a second at 100k events, so
start-up and the reload after a write cost little. On a remote store it is built from a few
narrow SPARQL queries, one property each, rather than one wide one: the union graph is a bag of
quads (an event reported by k articles has each triple k times), so joining many properties in
one query multiplies rows.
An index lives until DKB writes to its store (`invalidate`, or a new store generation) or for
`MAX_AGE` seconds, so writes made by another process to a remote store show up within that time.
Filters by actor, country or dispute are one lookup each, remembered (LRU) with the index.
"""
from __future__ import annotations

import gc
import sys
import threading
import time
from bisect import bisect_right
from collections import OrderedDict, defaultdict
from typing import NamedTuple

from rdflib import URIRef

from kb.errors import QueryError
from kb.lookup import day_after, dkb, event_kinds, first_day, labels, precision_of, select
from kb.store.timefacts import PRECISION_NAMES, local

MAX_AGE = 300.0
SET_CACHE = 256
SYNC_LIMIT = 1.0      # seconds: an index that took longer to build is rebuilt in the background
_indexes: dict[int, "EventIndex"] = {}
_guard = threading.Lock()
_building = threading.Lock()


class Entry(NamedTuple):
    iri: str
    start: int          # ordinal of the first day
    end: int            # ordinal of the day after the last day
    date: str           # as stored: 2008-04-06, 2008-04 or 2008
    precision: str
    kind: str           # event class local name
    label: str
    modality: str


def index_for(store, max_age: float = MAX_AGE) -> "EventIndex":
    """The store's index: built on first use; when stale, rebuilt at once if that is quick, else in
    the background while the old one keeps answering (a big store stays responsive after a write)."""
    with _guard:
        index = _indexes.get(id(store))
        if index is not None and index.store is store:
            if index.generation != getattr(store, "generation", None):
                index.stale = True
            if not index.stale and time.monotonic() - index.built <= max_age:
                return index
            if index.cost > SYNC_LIMIT:
                if not index.rebuilding:
                    index.rebuilding = True
                    threading.Thread(target=_build, args=(store,), daemon=True, name="dkb-index").start()
                return index
    return _build(store)


def _build(store) -> "EventIndex":
    with _building:              # one build at a time: two would only compete for the store
        with _guard:
            ready = _indexes.get(id(store))
        if ready is not None and ready.store is store and not ready.stale and not ready.rebuilding \
                and time.monotonic() - ready.built < 1.0:
            return ready         # another thread built it while this one waited
        index = EventIndex(store)
        _settle()
        with _guard:
            _indexes[id(store)] = index
        return index


def _settle() -> None:
    """Move long-lived objects out of the collector's sight: otherwise every full collection walks
    the whole index, and a timeline view pays for it."""
    gc.collect()
    gc.freeze()


def invalidate(store) -> None:
    """Mark the store's index stale (call after writing to it)."""
    with _guard:
        index = _indexes.get(id(store))
        if index is not None:
            index.stale = True


def _pairs(store, body: str) -> dict[str, list[str]]:
    """Run `body` (binding ?e and ?v) and group the distinct values per subject.

    The answer comes back as lines "IRI VALUE" (an IRI holds no space) packed into one string by
    GROUP_CONCAT: turning 100k rows into rdflib terms costs five times more than the engine's
    work. Deduplicating here is cheaper than DISTINCT in the engine."""
    line = 'CONCAT(STR(?e), " ", REPLACE(STR(?v), "\\n", " "))'
    try:
        rows = select(store, f'SELECT (GROUP_CONCAT({line}; SEPARATOR="\\n") AS ?r) WHERE {{ {body} }}')
        lines = str(rows[0]["r"]).split("\n") if rows and rows[0].get("r") else []
    except QueryError:   # an engine that caps string lengths: fall back to one row per pair
        lines = [str(r["r"]) for r in select(store, f"SELECT ({line} AS ?r) WHERE {{ {body} }}")]
    out: dict[str, set[str]] = defaultdict(set)
    for text in lines:
        subject, _, value = text.partition(" ")
        out[subject].add(value)
    return {k: sorted(v) for k, v in out.items()}


class EventIndex:
    """Every dated event's span, kind, label and modality, sorted by first day."""

    def __init__(self, store):
        started = time.monotonic()
        self.store = store
        self.generation = getattr(store, "generation", None)
        table = getattr(store, "timeindex", None)
        self.source = TableSource(table) if table is not None else SparqlSource(store)
        self.stale = self.rebuilding = False
        self._lock = threading.Lock()
        self._lanes: dict[str, object] = {}
        self._computing: dict[str, threading.Lock] = {}
        self._sets: OrderedDict[tuple, frozenset[str]] = OrderedDict()
        self._names: dict[str, str] = {}
        self.entries = self.source.entries()
        self.position = {e.iri: i for i, e in enumerate(self.entries)}
        # Columns beside the entries, so a window is a slice and counting runs in C (Counter).
        self.starts = [e.start for e in self.entries]
        self.ends = [e.end for e in self.entries]
        # Longest span, so a window search can start early enough to catch long events.
        self.longest = max((e.end - e.start for e in self.entries), default=0)
        self.built = time.monotonic()
        self.cost = self.built - started

    def overlapping(self, lo: int | None, hi: int | None) -> list[int]:
        """Positions of the entries whose span meets the days lo..hi (ordinals, inclusive; None is open)."""
        top = len(self.entries) if hi is None else bisect_right(self.starts, hi)
        first = 0 if lo is None else bisect_right(self.starts, lo - self.longest - 1)
        if lo is None:
            return list(range(first, top))
        ends = self.ends
        return [i for i in range(first, top) if ends[i] > lo]

    def at_most(self, lo: int, hi: int) -> int:
        """An upper bound of the entries meeting lo..hi, from two bisections."""
        return bisect_right(self.starts, hi) - bisect_right(self.starts, lo - self.longest - 1)

    def events_of(self, kind: str, iri: str) -> frozenset[str]:
        """Events an actor takes part in, a country takes part in (itself or through its people
        and organizations), or that concern a dispute; `kind` is actor, country or dispute."""
        return self.remembered((kind, iri), lambda: self.source.events_of(kind, iri))

    def remembered(self, key: tuple, compute):
        """A value computed once per index (a window's answer, a bucket table), LRU-bounded."""
        with self._lock:
            if key in self._sets:
                self._sets.move_to_end(key)
                return self._sets[key]
        value = compute()
        with self._lock:
            self._sets[key] = value
            while len(self._sets) > SET_CACHE:
                self._sets.popitem(last=False)
        return value

    def names(self, iris: list[str]) -> dict[str, str]:
        """Display names, remembered: lane and counterpart labels repeat from view to view."""
        missing = [i for i in set(iris) if i not in self._names]
        if missing:
            found = labels(self.store, missing)
            with self._lock:
                self._names.update(found)
        return {i: self._names[i] for i in iris}

    def participants(self) -> dict[str, tuple[str, ...]]:
        return self._once("participants", lambda: {e: tuple(v) for e, v in self.source.pairs("participant").items()})

    def nation(self) -> dict[str, list[str]]:
        """The country of each person, organization or place that states one."""
        return self._once("nation", lambda: self.source.pairs("country"))

    def lanes(self, mode: str) -> list[tuple[str, ...]]:
        """Each entry's lanes (by position) when grouping by `mode`: kind, dispute, actor or country;
        ("",) for an event with none."""
        def column() -> list[tuple[str, ...]]:
            by_event = self._lanes_by(mode)
            return [by_event.get(e.iri) or ("",) for e in self.entries]
        return self._once(f"lanes:{mode}", column)

    def _once(self, key: str, compute):
        """The table `key`, computed by one thread while the others asking for it wait for its
        answer: under load, after a write, dozens of page requests otherwise each built the same
        table at once (measured: 43 threads, 3.6 GB, pages stalled for a minute)."""
        with self._lock:
            if key in self._lanes:
                return self._lanes[key]
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:                      # a different lock per table: lanes may need participants
            with self._lock:
                if key in self._lanes:
                    return self._lanes[key]
            value = compute()
            _settle()
            with self._lock:
                return self._lanes.setdefault(key, value)

    def _lanes_by(self, mode: str) -> dict[str, tuple[str, ...]]:
        if mode == "kind":
            return {e.iri: (dkb(e.kind),) for e in self.entries}
        if mode == "dispute":
            return {e: tuple(sorted(v)) for e, v in self.source.pairs("concerns").items()}
        participants = self.participants()
        countries = self.source.countries()
        if mode == "actor":
            return {e: tuple(sorted(p for p in v if p not in countries)) for e, v in participants.items()}
        nation = {m: v[0] for m, v in self.nation().items()}
        return {e: tuple(sorted({p if p in countries else nation.get(p) for p in v} - {None}))
                for e, v in participants.items()}


class SparqlSource:
    """The index's data read with SPARQL (remote stores): a few narrow queries, one property each."""

    def __init__(self, store):
        self.store = store

    def entries(self) -> list[Entry]:
        dates = _pairs(self.store, "?e dkb:date ?v")
        ends = _pairs(self.store, "?e dkb:endDate ?v")
        precisions = _pairs(self.store, "?e dkb:datePrecision ?v")
        modalities = _pairs(self.store, "?e dkb:modality ?v")
        classes = " ".join(URIRef(dkb(k)).n3() for k in sorted(event_kinds())) or "dkb:Event"
        kinds = _pairs(self.store, f"VALUES ?k {{ {classes} }} ?e a ?k . BIND(?k AS ?v)")
        labels_ = _pairs(self.store, "?e a dkb:Event ; rdfs:label ?v")
        entries = []
        for iri, values in dates.items():
            when = values[0]
            try:
                start, end = first_day(when).toordinal(), day_after(ends[iri][-1] if iri in ends else when).toordinal()
            except (ValueError, IndexError):
                continue     # a malformed date is left out of the timeline, not fatal
            kind = min(local(k) for k in kinds[iri]) if iri in kinds else "Event"
            precision = (PRECISION_NAMES.get(local(precisions[iri][0])) if iri in precisions else None) \
                or precision_of(when)
            modality = local(modalities[iri][0]).lower() if iri in modalities else "asserted"
            entries.append(Entry(iri, start, max(end, start + 1), when, sys.intern(precision), sys.intern(kind),
                                 labels_[iri][0] if iri in labels_ else kind, sys.intern(modality)))
        entries.sort(key=lambda e: (e.start, e.iri))
        return entries

    def events_of(self, kind: str, iri: str) -> frozenset[str]:
        if kind in ("actor", "dispute"):
            prop = "dkb:participant" if kind == "actor" else "dkb:concerns"
            return self._events(f"?e {prop} ?x .", {"x": URIRef(iri)})
        members = self._events("?e dkb:country ?x .", {"x": URIRef(iri)})
        sides = " ".join(URIRef(m).n3() for m in sorted(members | {iri}))
        return self._events(f"VALUES ?x {{ {sides} }} ?e dkb:participant ?x .", {})

    def _events(self, body: str, terms: dict) -> frozenset[str]:
        return frozenset(str(r["e"]) for r in select(self.store, "SELECT DISTINCT ?e WHERE { #VALUES " + body
                                                     + " }", terms))

    def pairs(self, prop: str) -> dict[str, list[str]]:
        """Subject -> sorted distinct objects of dkb:participant, dkb:concerns or dkb:country."""
        return _pairs(self.store, f"?e dkb:{prop} ?v")

    def countries(self) -> set[str]:
        return {str(r["c"]) for r in select(self.store, "SELECT DISTINCT ?c WHERE { ?c a dkb:Country }")}


class TableSource:
    """The index's data read from the embedded store's time index: table reads, no SPARQL."""

    _LINKS = {"actor": "p", "dispute": "d", "country": "c", "participant": "p", "concerns": "d"}

    def __init__(self, table):
        self.table = table

    def entries(self) -> list[Entry]:
        rows = self.table.rows(
            'SELECT iri, start, "end", date, web_precision, kind, COALESCE(replace(label, char(10), \' \'), kind), '
            "web_modality FROM event WHERE start IS NOT NULL ORDER BY start, iri")
        intern = sys.intern
        return [Entry(i, s, e, d, intern(p), intern(k), label, intern(m)) for i, s, e, d, p, k, label, m in rows]

    def events_of(self, kind: str, iri: str) -> frozenset[str]:
        return frozenset(e for (e,) in self.table.rows("SELECT DISTINCT event FROM link WHERE kind = ? AND target = ?",
                                                      (self._LINKS[kind], iri)))

    def pairs(self, prop: str) -> dict[str, list[str]]:
        if prop == "country":
            rows = self.table.rows("SELECT actor, country FROM actor_country ORDER BY actor, country")
        else:
            rows = self.table.rows("SELECT DISTINCT event, target FROM link WHERE kind = ? ORDER BY event, target",
                                   (self._LINKS[prop],))
        out: dict[str, list[str]] = defaultdict(list)
        for subject, value in rows:
            out[subject].append(value)
        return dict(out)

    def countries(self) -> set[str]:
        return {c for (c,) in self.table.rows("SELECT iri FROM country")}
