#!/usr/bin/env python3
"""Measure the remote store: Graph Store load rate into Virtuoso and timeline latency on both backends.

    python scripts/bench_virtuoso.py            # ~1.05M triples in 10,000 article graphs
    python scripts/bench_virtuoso.py --small    # a smoke run (~10k triples)
    python scripts/bench_virtuoso.py --url http://127.0.0.1:18890/sparql

Without --url a private Virtuoso is started with scripts/virtuoso.sh and stopped afterwards.
The same synthetic articles go into the embedded store (memory:) and into Virtuoso, then the
same timeline query runs on both, for a frequent and a rare actor.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kb.store import open_store  # noqa: E402
from kb.store.sparql import SparqlStore  # noqa: E402

DKB = Namespace("https://w3id.org/dkb/ontology#")
SCRIPT = Path(__file__).with_name("virtuoso.sh")
TARGET_RATE = 100_000  # triples per second
TIMELINE = """SELECT ?event ?date WHERE { ?event dkb:participant ?actor ; dkb:date ?date }
ORDER BY DESC(?date) ?event LIMIT 100"""


def article(base: str, n: int, events: int) -> list[tuple]:
    """One synthetic article graph: metadata and `events` events of 10 triples each."""
    art = URIRef(f"{base}article/{n}")
    triples = [(art, RDF.type, DKB.Article), (art, DKB.headline, Literal(f"Synthetic report {n}")),
               (art, DKB.published, Literal(f"2024-{n % 12 + 1:02d}-01T08:00:00", datatype=XSD.dateTime)),
               (art, DKB.sourceName, Literal("bench"))]
    for e in range(events):
        ev = URIRef(f"{base}event/{n}-{e}")
        # actor 0 takes part in every event (frequent); actor k>0 in a few (rare)
        agent = URIRef(f"{base}country/c0") if e % 2 == 0 else URIRef(f"{base}country/c{(n * events + e) % 997 + 1}")
        recipient = URIRef(f"{base}country/c{(n + e) % 997 + 1}")
        triples += [(ev, RDF.type, DKB.Meeting), (ev, DKB.agent, agent), (ev, DKB.recipient, recipient),
                    (ev, DKB.participant, agent), (ev, DKB.participant, recipient),
                    (ev, DKB.date, Literal(f"20{10 + n % 15}-{e % 12 + 1:02d}-{n % 28 + 1:02d}", datatype=XSD.date)),
                    (ev, DKB.datePrecision, DKB.DayPrecision), (ev, RDFS.label, Literal(f"meeting {n}-{e}")),
                    (ev, DKB.modality, DKB.Asserted), (ev, DKB.cameoCode, Literal("040"))]
    return triples


def load(store, articles: dict[str, list[tuple]], workers: int) -> float:
    """Put every article graph; return the seconds taken."""
    start = time.perf_counter()
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda item: store.put_article(*item), articles.items()))
    else:
        for name, triples in articles.items():
            store.put_article(name, triples)
    return time.perf_counter() - start


def latency(store, actor: URIRef, runs: int = 5) -> float:
    """Median milliseconds of the timeline query for `actor` (after one warm-up run)."""
    store.query(TIMELINE, {"actor": actor})
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        rows = store.query(TIMELINE, {"actor": actor}).rows
        times.append((time.perf_counter() - start) * 1000)
    assert rows, "the timeline found no events: the benchmark data is wrong"
    return statistics.median(times)


def single_put_rate(store: SparqlStore, base: str, triples: list[tuple]) -> float:
    """Triples per second of one Graph Store PUT of all triples into one graph (the server's ceiling)."""
    start = time.perf_counter()
    store.put_article(f"{base}graph/all-in-one", triples)
    rate = len(triples) / (time.perf_counter() - start)
    store.remove_article(f"{base}graph/all-in-one")
    return rate


def run(url: str, n_articles: int, events: int, workers: int) -> dict:
    base = f"https://bench.example/{uuid.uuid4().hex[:8]}/"
    articles = {f"{base}graph/{n}": article(base, n, events) for n in range(n_articles)}
    total = sum(len(set(t)) for t in articles.values())  # a graph is a set: repeats count once
    remote = SparqlStore(url, {"base_iri": base, "query_timeout": 120})
    memory = open_store("memory:")
    print(f"{n_articles} article graphs, {total} triples; Virtuoso at {url}")
    seconds = load(remote, articles, workers)
    rate = total / seconds
    print(f"Virtuoso, one atomic put per article ({workers} workers): {seconds:.1f} s, {rate:,.0f} triples/s "
          f"({'meets' if rate >= TARGET_RATE else 'BELOW'} the {TARGET_RATE:,} target)")
    ceiling = single_put_rate(remote, base, [t for ts in articles.values() for t in ts])
    print(f"Virtuoso, all triples in one Graph Store PUT: {ceiling:,.0f} triples/s")
    mem_seconds = load(memory, articles, 1)
    print(f"memory: (embedded Oxigraph), one put per article: {mem_seconds:.1f} s, {total / mem_seconds:,.0f} triples/s")
    assert remote.count_triples() == memory.count_triples() == total
    result = {"triples": total, "rate": rate, "ceiling": ceiling}
    rare = next(o for ts in articles.values() for _, p, o in ts if p == DKB.recipient)
    for label, actor in (("frequent", URIRef(f"{base}country/c0")), ("rare", rare)):
        remote_ms, memory_ms = latency(remote, actor), latency(memory, actor)
        print(f"timeline of a {label} actor: Virtuoso {remote_ms:.1f} ms, memory: {memory_ms:.1f} ms")
        result[label] = (remote_ms, memory_ms)
    for name in articles:
        remote.remove_article(name)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="SPARQL endpoint of a running Virtuoso (default: start one)")
    parser.add_argument("--small", action="store_true", help="smoke run: 100 articles, ~10k triples")
    parser.add_argument("--articles", type=int, default=10_000, help="article graphs (default 10,000)")
    parser.add_argument("--events", type=int, default=10, help="events per article (10 triples each)")
    parser.add_argument("--workers", type=int, default=1,
                        help="parallel puts into Virtuoso (on 2 busy cores 4 workers were slower than 1)")
    args = parser.parse_args(argv)
    n_articles = 100 if args.small else args.articles
    if args.url:
        run(args.url, n_articles, args.events, args.workers)
        return 0
    with tempfile.TemporaryDirectory(prefix="dkb-virtuoso-") as folder:
        started = subprocess.run([str(SCRIPT), "start", folder], capture_output=True, text=True)
        if started.returncode != 0:
            print(started.stderr, file=sys.stderr)
            return 1
        try:
            run(started.stdout.strip().splitlines()[-1], n_articles, args.events, args.workers)
        finally:
            subprocess.run([str(SCRIPT), "stop", folder], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
