"""Latency of every canned timeline over HTTP and on rdflib's in-memory store; the cases of every benchmark.

The cases come from what scripts/bench_triples.py planted: a frequent actor (a third of all
events) and a rare one, likewise for country pairs, disputes and quote speakers. In-process
figures on the embedded store come from scripts/bench_timelines.py (time index and plain SPARQL).
"""
from __future__ import annotations

import json
import signal
import statistics
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager

from rdflib import Dataset

from kb import timelines
from kb.export import PREFIXES
from kb.iris import Minter
from kb.store.base import QueryResult


def cases(plan: dict, base: str) -> list[tuple[str, str, dict[str, str]]]:
    """(case name, timeline, parameters) for every canned timeline, frequent and rare where it has a subject."""
    m = Minter(base)
    out = []
    for tag in ("frequent", "rare"):
        pair = plan[f"{tag}_pair"]
        dispute = str(m.dispute(plan[f"{tag}_dispute"]))
        out += [(f"actor_events/{tag}", "actor_events", {"actor": plan[f"{tag}_actor"]}),
                (f"country_pair/{tag}", "country_pair", {"country1": pair[0], "country2": pair[1]}),
                (f"dispute_events/{tag}", "dispute_events", {"dispute": dispute}),
                (f"dispute_history/{tag}", "dispute_history", {"dispute": dispute}),
                (f"quotes_by_speaker/{tag}", "quotes_by_speaker", {"speaker": plan[f"{tag}_actor"]})]
    out += [("all_events", "all_events", {}), ("events_by_type/Summit", "events_by_type", {"type": "Summit"}),
            ("events_in_range/year", "events_in_range", {"from": "2001-01-01", "to": "2001-12-31"})]
    names = {t.name for t in timelines.list_timelines()}
    missing = names - {timeline for _, timeline, _ in out}
    if missing:
        raise SystemExit(f"bench_latency: no benchmark case for timeline(s) {sorted(missing)}")
    return out


def percentiles(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {"p50_ms": statistics.median(ordered),
            "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]}


def _timed(call: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    rows = call()
    return (time.perf_counter() - started) * 1000, rows


def over_http(url: str, plan: dict, base: str, runs: int) -> dict:
    """Per case: rows, the first request (nothing cached yet) and p50/p95 of the repeats."""
    out = {}
    for name, timeline, params in cases(plan, base):
        address = f"{url}/timelines/{timeline}.json?" + urllib.parse.urlencode(params)
        first, rows = _timed(lambda: _get_rows(address))
        repeats = [_timed(lambda: _get_rows(address))[0] for _ in range(runs)]
        out[name] = {"rows": rows, "first_ms": first, **percentiles(repeats)}
    return out


def _get_rows(address: str) -> int:
    with urllib.request.urlopen(address, timeout=600) as response:
        return len(json.load(response)["rows"])


class RdflibMemoryStore:
    """Just enough of the Store protocol for kb.timelines over rdflib's own in-memory store."""

    url = "rdflib:memory"

    def __init__(self, nquads_path: str):
        self.dataset = Dataset(default_union=True)
        self.dataset.parse(nquads_path, format="nquads")

    def query(self, sparql: str, bindings=None) -> QueryResult:
        result = self.dataset.query(sparql, initNs=PREFIXES, initBindings=bindings or {})
        if result.type == "ASK":
            return QueryResult(boolean=bool(result.askAnswer))
        names = [str(v) for v in result.vars]
        return QueryResult(vars=names, rows=[{n: row[n] for n in names if row[n] is not None} for row in result])

    def close(self) -> None:
        pass


def on_rdflib(store: RdflibMemoryStore, plan: dict, base: str, runs: int, budget_s: float) -> dict:
    """Per case: rows and p50/p95 over up to `runs` calls on rdflib, which caches nothing between them.

    A case stops repeating once it has used `budget_s`; a call that overruns it is stopped and
    the case is reported as taking at least that long (`over_budget` 1).
    """
    out = {}
    for name, timeline, params in cases(plan, base):
        ms, rows, spent = [], 0, 0.0
        while len(ms) < runs and spent < budget_s:
            try:
                with _alarm(budget_s):
                    took, rows = _timed(lambda: len(timelines.run_timeline(store, timeline, params).rows))
            except _OverBudget:
                ms.append(budget_s * 1000)
                out[name] = {"over_budget": 1, **percentiles(ms)}
                break
            ms.append(took)
            spent += took / 1000
        else:
            out[name] = {"rows": rows, **percentiles(ms)}
    return out


class _OverBudget(Exception):
    pass


@contextmanager
def _alarm(seconds: float):
    """Interrupt the pure-Python rdflib query engine after `seconds` (SIGALRM, main thread only)."""
    def stop(signum, frame):
        raise _OverBudget()
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
