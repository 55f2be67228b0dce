"""An in-memory index of dated events, so a timeline window is a bisect and a count, not a scan.

It is built from a few narrow DISTINCT queries rather than one wide one: the union graph is a
bag of quads (an event reported by k articles has each triple k times, an actor named in n
articles has its triples n times), so joining many properties in one query multiplies rows.
An index lives until DKB writes to its store (`invalidate`) or for `MAX_AGE` seconds, so
writes made by another process to a remote store show up within that time.
"""
from __future__ import annotations

import threading
import time
from bisect import bisect_right
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from kb.lookup import date_span, dkb, event_kinds, labels, local_name, precision_of, select

MAX_AGE = 300.0
SET_CACHE = 64
_indexes: dict[int, "EventIndex"] = {}
_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class Entry:
    iri: str
    start: int          # ordinal of the first day
    end: int            # ordinal of the day after the last day
    date: str           # as stored: 2008-04-06, 2008-04 or 2008
    precision: str
    kind: str           # event class local name
    label: str
    modality: str


def index_for(store, max_age: float = MAX_AGE) -> "EventIndex":
    """The store's index, built on first use and again when stale."""
    with _guard:
        index = _indexes.get(id(store))
        if index is None or index.store is not store or time.monotonic() - index.built > max_age:
            index = _indexes[id(store)] = EventIndex(store)
    return index


def invalidate(store) -> None:
    """Forget the store's index (call after writing to it)."""
    with _guard:
        _indexes.pop(id(store), None)


def _pairs(store, body: str) -> dict[str, list[str]]:
    """Run `SELECT ?e ?v` and group the distinct values per subject (deduplicating here is cheaper)."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in select(store, "SELECT ?e ?v WHERE { " + body + " }"):
        out[str(row["e"])].add(str(row["v"]))
    return {k: sorted(v) for k, v in out.items()}


class EventIndex:
    """Every dated event's span, kind, label and modality, sorted by first day."""

    def __init__(self, store):
        self.store = store
        self.built = time.monotonic()
        self._lock = threading.Lock()
        self._lanes: dict[str, dict[str, tuple[str, ...]]] = {}
        self._sets: OrderedDict[tuple, frozenset[str]] = OrderedDict()
        self._names: dict[str, str] = {}
        self.entries = self._load()
        self.by_iri = {e.iri: e for e in self.entries}
        self.starts = [e.start for e in self.entries]
        # Longest span, so a window search can start early enough to catch long events.
        self.longest = max((e.end - e.start for e in self.entries), default=0)

    def _load(self) -> list[Entry]:
        dates = _pairs(self.store, "?e dkb:date ?v")
        ends = _pairs(self.store, "?e dkb:endDate ?v")
        precisions = _pairs(self.store, "?e dkb:datePrecision ?v")
        modalities = _pairs(self.store, "?e dkb:modality ?v")
        classes = " ".join(URIRef(dkb(k)).n3() for k in sorted(event_kinds())) or "dkb:Event"
        kinds = _pairs(self.store, f"VALUES ?k {{ {classes} }} ?e a ?k . BIND(?k AS ?v)")
        labels = _pairs(self.store, "?e a dkb:Event ; rdfs:label ?v")
        entries = []
        for iri, values in dates.items():
            when = min(values)
            span = date_span(when, max(ends[iri]) if iri in ends else None)
            if span is None:
                continue
            kind = sorted(local_name(k) for k in kinds.get(iri, [dkb("Event")]))[0]
            entries.append(Entry(iri, date.fromisoformat(span[0]).toordinal(), date.fromisoformat(span[1]).toordinal(),
                                 when, precision_of(when, min(precisions[iri]) if iri in precisions else None), kind,
                                 min(labels[iri]) if iri in labels else kind,
                                 local_name(min(modalities.get(iri, ["Asserted"]))).lower()))
        return sorted(entries, key=lambda e: (e.start, e.iri))

    def overlapping(self, lo: int | None, hi: int | None) -> list[Entry]:
        """Entries whose span meets the days lo..hi (ordinals, inclusive; None is open)."""
        top = len(self.entries) if hi is None else bisect_right(self.starts, hi)
        first = 0 if lo is None else bisect_right(self.starts, lo - self.longest - 1)
        return [e for e in self.entries[first:top] if lo is None or e.end > lo]

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
            if "participants" not in self._lanes:
                self._lanes["participants"] = {e: tuple(v) for e, v in
                                               _pairs(self.store, "?e dkb:participant ?v").items()}
            return self._lanes["participants"]

    def lanes(self, mode: str) -> dict[str, tuple[str, ...]]:
        """Each event's lanes when grouping by `mode` (kind, dispute, actor or country)."""
        with self._lock:
            if mode in self._lanes:
                return self._lanes[mode]
        found = self._lanes_by(mode)     # outside the lock: it may call participants()
        with self._lock:
            return self._lanes.setdefault(mode, found)

    def _lanes_by(self, mode: str) -> dict[str, tuple[str, ...]]:
        if mode == "kind":
            return {e.iri: (dkb(e.kind),) for e in self.entries}
        if mode == "dispute":
            return {e: tuple(sorted(v)) for e, v in _pairs(self.store, "?e dkb:concerns ?v").items()}
        participants = self.participants()
        countries = {str(r["c"]) for r in select(self.store, "SELECT DISTINCT ?c WHERE { ?c a dkb:Country }")}
        if mode == "actor":
            return {e: tuple(sorted(p for p in v if p not in countries)) for e, v in participants.items()}
        nation = {m: min(v) for m, v in _pairs(self.store, "?e dkb:country ?v").items()}
        return {e: tuple(sorted({p if p in countries else nation.get(p) for p in v} - {None}))
                for e, v in participants.items()}
