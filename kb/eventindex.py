"""An in-memory index of dated events, so a timeline window is a bisect and a count, not a scan.

It is built from a few narrow queries, one property each, rather than one wide one: the union
graph is a bag of quads (an event reported by k articles has each triple k times, an actor named
in n articles has its triples n times), so joining many properties in one query multiplies rows.
An index lives until DKB writes to its store (`invalidate`) or for `MAX_AGE` seconds, so
writes made by another process to a remote store show up within that time. Filters by actor,
country or dispute are one bound query each, remembered (LRU) with the index.
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
from kb.lookup import _after, _start, dkb, event_kinds, labels, precision_of, select

MAX_AGE = 300.0
_PRECISIONS = {"DayPrecision": "day", "MonthPrecision": "month", "YearPrecision": "year"}
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


def _local(iri: str) -> str:
    return iri.rpartition("#")[2] or iri.rpartition("/")[2]


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
        self.stale = self.rebuilding = False
        self._lock = threading.Lock()
        self._lanes: dict[str, object] = {}
        self._sets: OrderedDict[tuple, frozenset[str]] = OrderedDict()
        self._names: dict[str, str] = {}
        self.entries = self._load()
        self.position = {e.iri: i for i, e in enumerate(self.entries)}
        # Columns beside the entries, so a window is a slice and counting runs in C (Counter).
        self.starts = [e.start for e in self.entries]
        self.ends = [e.end for e in self.entries]
        # Longest span, so a window search can start early enough to catch long events.
        self.longest = max((e.end - e.start for e in self.entries), default=0)
        self.built = time.monotonic()
        self.cost = self.built - started

    def _load(self) -> list[Entry]:
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
                start, end = _start(when).toordinal(), _after(ends[iri][-1] if iri in ends else when).toordinal()
            except (ValueError, IndexError):
                continue     # a malformed date is left out of the timeline, not fatal
            kind = min(_local(k) for k in kinds[iri]) if iri in kinds else "Event"
            precision = (_PRECISIONS.get(_local(precisions[iri][0])) if iri in precisions else None) \
                or precision_of(when)
            modality = _local(modalities[iri][0]).lower() if iri in modalities else "asserted"
            entries.append(Entry(iri, start, max(end, start + 1), when, sys.intern(precision), sys.intern(kind),
                                 labels_[iri][0] if iri in labels_ else kind, sys.intern(modality)))
        entries.sort(key=lambda e: (e.start, e.iri))
        return entries

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

    def events_with(self, key: tuple, body: str, terms: dict) -> frozenset[str]:
        """The events `SELECT DISTINCT ?e WHERE { body }` finds, remembered for the next view."""
        with self._lock:
            if key in self._sets:
                self._sets.move_to_end(key)
                return self._sets[key]
        found = frozenset(str(r["e"]) for r in select(self.store, "SELECT DISTINCT ?e WHERE { #VALUES " + body
                                                      + " }", terms))
        with self._lock:
            self._sets[key] = found
            while len(self._sets) > SET_CACHE:
                self._sets.popitem(last=False)
        return found

    def events_of(self, kind: str, iri: str) -> frozenset[str]:
        """Events an actor takes part in, a country takes part in (itself or through its people
        and organizations), or that concern a dispute; `kind` is actor, country or dispute."""
        term = {"x": URIRef(iri)}
        if kind == "dispute":
            return self.events_with(("dispute", iri), "?e dkb:concerns ?x .", term)
        if kind == "actor":
            return self.events_with(("actor", iri), "?e dkb:participant ?x .", term)
        members = self.events_with(("members", iri), "?e dkb:country ?x .", term)
        sides = " ".join(URIRef(m).n3() for m in sorted(members | {iri}))
        return self.events_with(("country", iri), f"VALUES ?x {{ {sides} }} ?e dkb:participant ?x .", {})

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
        with self._lock:
            if "participants" in self._lanes:
                return self._lanes["participants"]
        found = {e: tuple(v) for e, v in _pairs(self.store, "?e dkb:participant ?v").items()}
        _settle()
        with self._lock:
            return self._lanes.setdefault("participants", found)

    def nation(self) -> dict[str, list[str]]:
        """The country of each person, organization or place that states one."""
        with self._lock:
            if "nation" in self._lanes:
                return self._lanes["nation"]
        found = _pairs(self.store, "?e dkb:country ?v")
        with self._lock:
            return self._lanes.setdefault("nation", found)

    def lanes(self, mode: str) -> list[tuple[str, ...]]:
        """Each entry's lanes (by position) when grouping by `mode`: kind, dispute, actor or country;
        ("",) for an event with none."""
        with self._lock:
            if mode in self._lanes:
                return self._lanes[mode]
        by_event = self._lanes_by(mode)     # outside the lock: it may call participants()
        column = [by_event.get(e.iri) or ("",) for e in self.entries]
        _settle()
        with self._lock:
            return self._lanes.setdefault(mode, column)

    def _lanes_by(self, mode: str) -> dict[str, tuple[str, ...]]:
        if mode == "kind":
            return {e.iri: (dkb(e.kind),) for e in self.entries}
        if mode == "dispute":
            return {e: tuple(sorted(v)) for e, v in _pairs(self.store, "?e dkb:concerns ?v").items()}
        participants = self.participants()
        countries = {str(r["c"]) for r in select(self.store, "SELECT DISTINCT ?c WHERE { ?c a dkb:Country }")}
        if mode == "actor":
            return {e: tuple(sorted(p for p in v if p not in countries)) for e, v in participants.items()}
        nation = {m: v[0] for m, v in self.nation().items()}
        return {e: tuple(sorted({p if p in countries else nation.get(p) for p in v} - {None}))
                for e, v in participants.items()}
