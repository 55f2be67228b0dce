"""The timeline window: only what a view of the timeline shows, aggregated per bucket when too many.

Filters arrive as text (URL parameters) and are validated by `parse_filters`: dates, kinds,
modalities and words are applied to the in-memory event index (kb.eventindex); actors, countries
and disputes become RDF terms that reach SPARQL only through the VALUES block of `kb.views.select`.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from dataclasses import dataclass, field
from datetime import date


from kb.errors import InputError
from kb.eventindex import EventIndex, index_for
from kb.lookup import date_span, event_kinds, iri_term, kind_label, local_name, precision_of

MODALITIES = ("asserted", "planned", "hypothetical", "negated")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,200}$")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_TEXT = 200


@dataclass
class Filters:
    """What the timeline shows: every field is optional and all of them must hold (AND)."""

    actors: list[str] = field(default_factory=list)       # IRIs
    countries: list[str] = field(default_factory=list)    # IRIs
    dispute: str | None = None
    kind: str | None = None                               # event class local name
    modality: str | None = None                           # one of MODALITIES
    text: str | None = None
    start: str | None = None                              # ISO date, first day shown
    end: str | None = None                                # ISO date, last day shown

    def as_params(self) -> dict[str, list[str] | str]:
        """The filters as URL parameters (short keys where the base allows), for links and JSON."""
        out = {"actor": self.actors, "country": self.countries, "dispute": self.dispute, "type": self.kind,
               "modality": self.modality, "q": self.text, "from": self.start, "to": self.end}
        return {k: v for k, v in out.items() if v}


def parse_filters(args, base: str) -> Filters:
    """Validate URL parameters (a werkzeug MultiDict or a dict of lists) into Filters; InputError if bad."""
    get_all = args.getlist if hasattr(args, "getlist") else (lambda k: list(args.get(k, [])))
    one = lambda k: next((v.strip() for v in get_all(k) if v and v.strip()), None)  # noqa: E731
    f = Filters(actors=[_entity(v, base, "actor") for v in get_all("actor") if v.strip()][:4],
                countries=[_country(v, base) for v in get_all("country") if v.strip()][:4],
                dispute=_entity(one("dispute"), base, "dispute") if one("dispute") else None,
                kind=one("type"), modality=(one("modality") or "").lower() or None,
                text=(one("q") or None), start=_day(one("from"), "from"), end=_day(one("to"), "to"))
    if f.kind and event_kinds() and f.kind not in event_kinds() and f.kind != "Event":
        raise InputError(f"unknown event type {f.kind!r}", code="E110")
    if f.kind and not _KEY.match(f.kind):
        raise InputError(f"unknown event type {f.kind!r}", code="E110")
    if f.modality and f.modality not in MODALITIES:
        raise InputError(f"modality must be one of {', '.join(MODALITIES)}", code="E111")
    if f.text and len(f.text) > MAX_TEXT:
        raise InputError(f"search text longer than {MAX_TEXT} characters", code="E112")
    if f.start and f.end and f.start > f.end:
        raise InputError("'from' is after 'to'", code="E113")
    return f


def _entity(value: str, base: str, what: str) -> str:
    """Accept a full IRI or one relative to the base ('person/vladimir-putin')."""
    if value.startswith(("http://", "https://")):
        return str(iri_term(value))
    kind, _, key = value.partition("/")
    if not (kind and _KEY.match(kind) and _KEY.match(key)):
        raise InputError(f"{what} {value!r} is neither an IRI nor a kind/key such as person/angela-merkel",
                         code="E114")
    return str(iri_term(base + value))


def _country(value: str, base: str) -> str:
    code = value.strip()
    if re.fullmatch(r"[A-Za-z]{3}", code):
        return str(iri_term(f"{base}country/{code.upper()}"))
    return _entity(code, base, "country")


def _day(value: str | None, name: str) -> str | None:
    """Widen '2008' or '2008-04' to a day: from-dates to the first day, to-dates to the last."""
    if not value:
        return None
    if not _DAY.match(value):
        raise InputError(f"{name!r} must be a date like 2008-04-06, 2008-04 or 2008", code="E115")
    span = date_span(value)
    if span is None:
        raise InputError(f"{name!r}: {value!r} is not a real date", code="E115")
    if name == "from":
        return span[0]
    return date.fromordinal(date.fromisoformat(span[1]).toordinal() - 1).isoformat()


# -- the window -----------------------------------------------------------------------------------
LANES = ("country", "actor", "dispute", "kind")


def _ordinal(day: str | None) -> int | None:
    return date.fromisoformat(day).toordinal() if day else None


def _day_of(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def matching(store, f: Filters, *, dated: bool = True) -> list[int]:
    """Positions in the event index of the events the filters keep; `dated=False` ignores from/to."""
    index = index_for(store)
    keep = index.overlapping(_ordinal(f.start) if dated else None, _ordinal(f.end) if dated else None)
    entries = index.entries
    for wanted in _entity_sets(index, f):
        keep = [i for i in keep if entries[i].iri in wanted]
    if f.kind:
        keep = [i for i in keep if entries[i].kind == f.kind]
    if f.modality:
        keep = [i for i in keep if entries[i].modality == f.modality]
    if f.text:
        needle = f.text.lower()
        keep = [i for i in keep if needle in entries[i].label.lower()]
    return keep


def _entity_sets(index: EventIndex, f: Filters) -> list[frozenset[str]]:
    """Events of each actor, country and dispute filter, each found by one narrow query."""
    return ([index.events_of("actor", a) for a in f.actors] + [index.events_of("country", c) for c in f.countries]
            + ([index.events_of("dispute", f.dispute)] if f.dispute else []))


def extent(store, f: Filters) -> tuple[str, str] | None:
    """First day and the day after the last of the events the filters keep, whatever their dates."""
    keep = matching(store, f, dated=False)
    if not keep:
        return None
    ends = index_for(store).ends
    return _day_of(index_for(store).starts[keep[0]]), _day_of(max(ends[i] for i in keep))


def granularity(start: str, end: str) -> str:
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    return "day" if days <= 92 else "month" if days <= 366 * 6 else "year"


@dataclass
class Window:
    lanes: str = "country"      # one of LANES
    max_items: int = 400        # above this many drawn items, buckets are sent instead
    max_lanes: int = 14


def timeline_window(store, f: Filters, window: Window | None = None) -> dict:
    """What one view of the timeline shows: lanes, then events or (when too many) per-bucket counts.

    Answers are remembered with the event index, so going back to a view costs nothing."""
    window = window or Window()
    if window.lanes not in LANES:
        raise InputError(f"lanes must be one of {', '.join(LANES)}", code="E116")
    key = ("window", tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(f.as_params().items())),
           window.lanes, window.max_items, window.max_lanes)
    return index_for(store).remembered(key, lambda: _compute(store, f, window))


def _compute(store, f: Filters, window: Window) -> dict:
    if not (f.start and f.end):
        span = extent(store, f)
        if span is None:
            return _answer(f, window, [], "events", [], [], None)
        last = _day_of(_ordinal(span[1]) - 1)
        f = Filters(**{**f.__dict__, "start": f.start or span[0], "end": f.end or last})
    unit = granularity(f.start, f.end)
    index = index_for(store)
    plain = not (f.actors or f.countries or f.dispute or f.kind or f.modality or f.text)
    if plain and unit != "day" and index.at_most(_ordinal(f.start), _ordinal(f.end)) > window.max_items:
        answer = _from_bucket_table(index, f, window, unit)
        if answer is not None:
            return answer
    keep = matching(store, f)
    column = index.lanes(window.lanes)
    picked = [column[i] for i in keep]
    totals = Counter(chain.from_iterable(picked))      # counted in C: this is the hot loop
    lanes = _lanes(index, totals, window)
    shown = {lane["key"] for lane in lanes}
    if sum(totals.values()) <= window.max_items:
        return _answer(f, window, lanes, "events", _items(index, keep, picked, shown), [], unit)
    return _answer(f, window, lanes, "buckets", [], _buckets(index, keep, picked, shown, unit), unit)


def _bucket_table(index: EventIndex, mode: str, unit: str) -> list[tuple[str, str, int, int, int]]:
    """Every (lane, bucket, events, first day, day after) of the whole index, for unfiltered views."""
    size = {"day": 10, "month": 7, "year": 4}[unit]
    counts = Counter((lane, e.date[:size]) for e, lanes in zip(index.entries, index.lanes(mode)) for lane in lanes)
    spans = {b: date_span(b) for _, b in counts}
    return [(lane, b, n, _ordinal(spans[b][0]), _ordinal(spans[b][1])) for (lane, b), n in sorted(counts.items())
            if spans[b]]


def _from_bucket_table(index: EventIndex, f: Filters, window: Window, unit: str) -> dict | None:
    """An unfiltered view from the precomputed table; None when few enough events to draw each."""
    table = index.remembered(("buckets", window.lanes, unit), lambda: _bucket_table(index, window.lanes, unit))
    lo, hi = _ordinal(f.start), _ordinal(f.end)
    rows = [r for r in table if r[4] > lo and r[3] <= hi]
    totals: Counter[str] = Counter()
    for lane, _, n, _, _ in rows:
        totals[lane] += n
    if sum(totals.values()) <= window.max_items:
        return None
    lanes = _lanes(index, totals, window)
    shown = {lane["key"] for lane in lanes}
    merged: Counter[tuple[str, str]] = Counter()
    for lane, bucket, n, _, _ in rows:
        # an event in two folded lanes counts twice in 'other': fine for a density view
        merged[(lane if lane in shown else "other" if lane else "none", bucket)] += n
    buckets = [{"lane": lane, "key": b, "start": date_span(b)[0], "end": date_span(b)[1], "count": n,
                "precision": precision_of(b)} for (lane, b), n in sorted(merged.items())]
    return _answer(f, window, lanes, "buckets", [], buckets, unit)


def _lanes(index: EventIndex, totals: Counter, window: Window) -> list[dict]:
    """The busiest lanes in this window, then 'other' for the rest and 'none' for events without one."""
    named = sorted((k for k in totals if k), key=lambda k: (-totals[k], k))
    top, rest = named[:window.max_lanes], named[window.max_lanes:]
    names = {k: kind_label(local_name(k)) for k in top} if window.lanes == "kind" else index.names(top)
    out = [{"key": k, "label": names[k], "count": totals[k]} for k in top]
    if rest:
        out.append({"key": "other", "label": f"{len(rest)} more", "count": sum(totals[k] for k in rest)})
    if totals.get(""):
        out.append({"key": "none", "label": f"no {window.lanes}", "count": totals[""]})
    return out


def _placed(lanes: tuple[str, ...], shown: set[str]) -> list[str]:
    """Where an event is drawn: each shown lane it belongs to, 'other' once for the rest, or 'none'."""
    out = [lane for lane in lanes if lane in shown]
    if any(lane and lane not in shown for lane in lanes):
        out.append("other")
    return out or ["none"]


def _buckets(index: EventIndex, keep: list[int], picked: list[tuple], shown: set[str], unit: str) -> list[dict]:
    """Events per lane and bucket; an event coarser than the bucket unit keeps its own period."""
    size = {"day": 10, "month": 7, "year": 4}[unit]
    entries = index.entries
    counts = Counter((lane, entries[i].date[:size]) for i, lanes in zip(keep, picked)
                     for lane in (lanes if set(lanes) <= shown else _placed(lanes, shown)))
    out = []
    for (lane, bucket), n in sorted(counts.items()):
        span = date_span(bucket)
        if span:
            out.append({"lane": lane, "key": bucket, "start": span[0], "end": span[1], "count": n,
                        "precision": precision_of(bucket)})
    return out


def _items(index: EventIndex, keep: list[int], picked: list[tuple], shown: set[str]) -> list[dict]:
    out = []
    for i, lanes in zip(keep, picked):
        e = index.entries[i]
        for lane in _placed(lanes, shown):
            out.append({"iri": e.iri, "lane": lane, "label": e.label, "kind": e.kind, "date": e.date,
                        "precision": e.precision, "start": _day_of(e.start), "end": _day_of(e.end),
                        "modality": e.modality})
    return sorted(out, key=lambda i: (i["start"], i["iri"], i["lane"]))


def _answer(f: Filters, window: Window, lanes, mode, items, buckets, unit) -> dict:
    known = event_kinds()
    kinds = {i["kind"]: {"label": known.get(i["kind"], {}).get("label") or i["kind"],
                         "plover": known.get(i["kind"], {}).get("plover")} for i in items}
    return {"kinds": kinds, "filters": f.as_params(), "window": {"start": f.start, "end": f.end, "unit": unit},
            "lanes_by": window.lanes, "lanes": lanes, "mode": mode, "items": items, "buckets": buckets,
            "count": len({i["iri"] for i in items}) if mode == "events" else sum(b["count"] for b in buckets)}


def facets(store, max_actors: int = 3000) -> dict:
    """Choices for the filter form, busiest first within reason: countries, actors, disputes and
    event types that have dated events, each with its number of events."""
    index = index_for(store)

    def listing(mode: str, limit: int) -> list[dict]:
        counts = Counter(chain.from_iterable(index.lanes(mode)))
        top = sorted((k for k in counts if k), key=lambda k: (-counts[k], k))[:limit]
        names = index.names(top)
        return sorted(({"iri": k, "name": names[k], "count": counts[k]} for k in top),
                      key=lambda x: x["name"].lower())
    countries = listing("country", 400)
    for c in countries:
        c["code"] = local_name(c["iri"])
    kinds = Counter(e.kind for e in index.entries)
    return {"countries": countries, "actors": listing("actor", max_actors), "disputes": listing("dispute", 500),
            "kinds": sorted(({"name": k, "label": kind_label(k), "count": n} for k, n in kinds.items()
                             if k != "Event"), key=lambda k: k["label"]),
            "modalities": list(MODALITIES)}
