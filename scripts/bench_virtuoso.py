#!/usr/bin/env python3
"""Measure the remote store: Graph Store load rate into Virtuoso and timeline latency on both backends.

    nice -n 10 python scripts/bench_virtuoso.py                 # a 1M-triple generated corpus
    python scripts/bench_virtuoso.py --triples 20000            # a smoke run
    python scripts/bench_virtuoso.py --url http://127.0.0.1:18890/sparql

The corpus comes from scripts/bench_triples.py (article graphs shaped as an ingest makes them,
with a frequent and a rare actor planted). In one run it is loaded into a Virtuoso (without
--url a private one is started with scripts/virtuoso.sh, and stopped afterwards) and into the
embedded Oxigraph store on disk, then every canned timeline case of scripts/bench_latency.py
runs on both. Load figures, all through the Graph Store protocol and measured in this run:
  - bulk load: `SparqlStore.bulk_load`, one request per article graph, registered in batches,
    first with PUT only, one request in flight (as before POST), then as it runs by default
    (`bulk_streams` requests in flight, POST for graphs not registered yet);
  - per-article puts: `put_article` (temporary graph and swap) replacing a sample of the graphs;
  - one PUT: the same triples in a single graph, the server's own ceiling for this protocol.
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_latency  # noqa: E402
import bench_triples  # noqa: E402
from kb import timelines  # noqa: E402
from kb.errors import DkbError  # noqa: E402
from kb.store import open_store  # noqa: E402
from kb.store.oxigraph import from_ox  # noqa: E402
from kb.store.sparql import SparqlStore  # noqa: E402

SCRIPT = Path(__file__).with_name("virtuoso.sh")
TARGET_RATE = 100_000  # triples per second into Virtuoso through the Graph Store protocol


def timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def load_figures(remote: SparqlStore, corpus: Path, quads: int, sample: int) -> None:
    """Load the corpus through each Graph Store path and print the rates."""
    streams = remote.bulk_streams
    remote.bulk_streams, remote._post_creates = 1, False  # PUT only, as bulk_load did before
    seconds, graphs = timed(lambda: remote.bulk_load(corpus, "nquads"))
    serial = quads / seconds
    print(f"Virtuoso bulk_load, 1 stream, PUT only: {graphs} article graphs, {quads} quads in {seconds:.1f} s = "
          f"{serial:,.0f} triples/s")
    empty(remote)
    remote.bulk_streams, remote._post_creates = streams, None
    seconds, graphs = timed(lambda: remote.bulk_load(corpus, "nquads"))
    bulk = quads / seconds
    print(f"Virtuoso bulk_load: {streams} request(s) in flight, POST for new graphs: {graphs} article graphs in {seconds:.1f} s = "
          f"{bulk:,.0f} triples/s ({bulk / serial:.2f}x the above; "
          f"{'meets' if bulk >= TARGET_RATE else 'BELOW'} the {TARGET_RATE:,} target)")

    by_graph: dict[str, list] = {}
    for q in ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS):
        if len(by_graph) < sample or q.graph_name.value in by_graph:
            by_graph.setdefault(q.graph_name.value, []).append(
                (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    some = sum(map(len, by_graph.values()))
    seconds, _ = timed(lambda: [remote.put_article(g, t) for g, t in by_graph.items()])
    per_article = some / seconds
    print(f"Virtuoso put_article (temporary graph + swap) replacing {len(by_graph)} of those graphs: "
          f"{per_article:,.0f} triples/s")

    body = io.BytesIO()
    ox.serialize((ox.Triple(q.subject, q.predicate, q.object)
                  for q in ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS)), body, ox.RdfFormat.N_TRIPLES)
    whole = f"{remote.tmp_prefix}bench-one-graph"
    seconds, _ = timed(lambda: remote.put_graph(whole, body.getvalue()))
    remote.drop_quietly([whole])
    ceiling = quads / seconds
    print(f"Virtuoso one Graph Store PUT of all {quads} triples into one graph: {seconds:.1f} s = "
          f"{ceiling:,.0f} triples/s; bulk_load reaches {bulk / ceiling:.0%} of it, "
          f"put_article {per_article / ceiling:.0%}")


def empty(remote: SparqlStore) -> None:
    """Drop every article graph and the registry, 400 graphs per request."""
    graphs = remote.article_graphs() + [remote.registry]
    for start in range(0, len(graphs), 400):
        remote.drop_quietly(graphs[start:start + 400])
    if remote.article_graphs():
        raise SystemExit("bench_virtuoso: could not empty the store between two loads")


def latency(stores: dict[str, object], plan: dict, base: str, runs: int) -> list[str]:
    """Print p50/p95 of every canned timeline case on each store (after one warm-up call); return the problems."""
    problems = []
    print(f"{'case':<28}" + "".join(f"{name + ' p50 / p95 ms':>24}" for name in stores) + "  rows")
    for case, timeline, params in bench_latency.cases(plan, base):
        cells, counts = [], []
        for name, store in stores.items():
            try:
                counts.append(len(timelines.run_timeline(store, timeline, params).rows))
            except DkbError as exc:
                problems.append(f"{case} on {name}: {str(exc)[:300]}")
                cells.append("failed")
                continue
            ms = bench_latency.percentiles(
                [timed(lambda: timelines.run_timeline(store, timeline, params))[0] * 1000 for _ in range(runs)])
            cells.append(f"{ms['p50_ms']:.1f} / {ms['p95_ms']:.1f}")
        if len(set(counts)) > 1:
            problems.append(f"{case}: the backends return {counts} rows")
        print(f"{case:<28}" + "".join(f"{c:>24}" for c in cells) + f"  {counts}")
    return problems


def run(url: str, triples: int, sample: int, runs: int, folder: Path, *, clean_up: bool) -> list[str]:
    """Generate, load and time; return the problems seen. With `clean_up`, remove the corpus from the (shared) server."""
    base = f"https://bench.example/{uuid.uuid4().hex[:8]}/"
    corpus = folder / "corpus.nq"
    made = bench_triples.write_nquads(corpus, triples, base=base)
    quads = sum(1 for _ in ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS))
    print(f"corpus: {made['articles']} articles, {made['events']} events, {quads} quads ({corpus.stat().st_size:,} bytes)")
    remote = SparqlStore(url, {"base_iri": base, "query_timeout": 300})
    embedded = open_store(f"oxigraph:{folder / 'oxigraph'}")
    try:
        load_figures(remote, corpus, quads, sample)
        seconds, _ = timed(lambda: embedded.bulk_load(corpus, "nquads"))
        print(f"embedded Oxigraph on disk, bulk_load: {seconds:.1f} s = {quads / seconds:,.0f} triples/s")
        counts = {"Virtuoso": remote.count_triples(), "Oxigraph": embedded.count_triples()}
        print(f"statements stored: {counts}")
        if len(set(counts.values())) != 1:
            raise SystemExit("bench_virtuoso: the two stores hold different numbers of statements")
        problems = latency({"Oxigraph": embedded, "Virtuoso": remote}, made["plan"], base, runs)
        for problem in problems:
            print(f"PROBLEM: {problem}")
        return problems
    finally:
        embedded.close()
        if clean_up:
            for name in remote.article_graphs():
                remote.remove_article(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="SPARQL endpoint of a running, update-enabled Virtuoso (default: start one)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="corpus size (default 1,000,000)")
    parser.add_argument("--sample", type=int, default=300, help="graphs written again with put_article")
    parser.add_argument("--runs", type=int, default=10, help="timed calls per timeline case and backend")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dkb-bench-virtuoso-") as work:
        folder = Path(work)
        if args.url:
            return 1 if run(args.url, args.triples, args.sample, args.runs, folder, clean_up=True) else 0
        started = subprocess.run([str(SCRIPT), "start", str(folder / "virtuoso")], capture_output=True, text=True)
        if started.returncode != 0:
            print(started.stderr, file=sys.stderr)
            return 1
        try:
            problems = run(started.stdout.strip().splitlines()[-1], args.triples, args.sample, args.runs,
                           folder, clean_up=False)
        finally:
            subprocess.run([str(SCRIPT), "stop", str(folder / "virtuoso")], capture_output=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
