"""Bounded load test of a running `dkb serve`: concurrent clients mixing page views, canned
timeline JSON and SPARQL queries, optionally while articles are ingested through the API.

    dkb --store oxigraph:dkb-data serve --port 5000 &         # with DKB_UPDATE_TOKEN=... to ingest
    python scripts/load_test.py --url http://127.0.0.1:5000 --clients 50 --duration 60 \\
        --ingest corpus.jsonl --token "$DKB_UPDATE_TOKEN" --json load.json

Loopback only: any host other than 127.0.0.1, localhost or ::1 is refused before a request is
sent, so the script cannot be pointed at someone else's server. Ingest goes through
POST /api/articles because the server holds the embedded store's single write lock.
Exit status 1 when any request got a 5xx or no answer, or an ingested article is missing.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SPARQL_JSON = "application/sparql-results+json"
# What an interactive client asks: lookups and one actor's events, answered from indexes.
SPARQL_QUERIES = [
    "SELECT ?a ?name WHERE { ?a a dkb:Country ; dkb:name ?name } LIMIT 100",
    "ASK { ?e a dkb:Summit }",
    "SELECT (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?a a dkb:Article } }",
]
ACTOR_QUERIES = [
    "SELECT ?e ?date WHERE { ?e dkb:participant <{actor}> ; dkb:date ?date } ORDER BY DESC(?date) LIMIT 20",
    "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e dkb:participant <{actor}> ; a ?type } GROUP BY ?type",
    "SELECT ?p ?o WHERE { <{actor}> ?p ?o } LIMIT 50",
]
# Whole-store scans (--full-scans): seconds each on 100k events, so at 50 clients they meet the
# time limit or wait past query_wait, and the endpoint answers 503 by design.
FULL_SCANS = [
    "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type ; dkb:evidence ?x } GROUP BY ?type ORDER BY DESC(?n)",
    "SELECT ?e ?date ?label WHERE { ?e dkb:date ?date ; rdfs:label ?label } ORDER BY DESC(?date) LIMIT 50",
]
PREFIXES = ("PREFIX dkb: <https://w3id.org/dkb/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")


def check_loopback(url: str) -> str:
    """Return `url` without a trailing slash; raise SystemExit unless it is http(s) on loopback."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in LOOPBACK:
        raise SystemExit(f"refusing {url!r}: the load test only targets http://127.0.0.1, localhost or [::1]")
    return url.rstrip("/")


@dataclass
class Sample:
    kind: str
    status: int          # 0 when no HTTP answer came back
    seconds: float
    path: str = ""


@dataclass
class Results:
    samples: list[Sample] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ingest: dict = field(default_factory=lambda: {"batches": 0, "failed_batches": 0, "articles": 0,
                                                   "lost": 0, "errors": []})

    def add(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)


def fetch(url: str, *, accept: str = "*/*", data: bytes | None = None, headers: dict | None = None,
          timeout: float = 60.0) -> tuple[int, bytes]:
    """One HTTP request; (status, body), status 0 when the connection failed or timed out."""
    request = urllib.request.Request(url, data=data, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def discover(base: str, full_scans: bool = False) -> dict[str, list[tuple[str, str]]]:
    """Build the request mix from what the server holds: (path, Accept) pairs per kind."""
    facets = _json(fetch(f"{base}/api/facets.json", accept="application/json"))
    canned = _json(fetch(f"{base}/timelines.json", accept="application/json")) or []
    actors = [a["key"] for a in (facets or {}).get("actors", [])][:20] or ["country/RUS"]
    actor_iris = [a["iri"] for a in (facets or {}).get("actors", [])][:5]
    disputes = [d["key"] for d in (facets or {}).get("disputes", [])][:10]
    pages = [("/", "text/html"), ("/timelines", "text/html"), ("/sparql", "text/html")]
    pages += [(f"/{key}", "text/html") for key in actors] + [(f"/{key}.json", "application/json") for key in actors[:5]]
    timelines = [("/timeline.json", "application/json"),
                 (f"/timeline.json?actor={urllib.parse.quote(actors[0])}", "application/json")]
    names = {t["name"] for t in canned}
    if "all_events" in names:
        timelines.append(("/timelines/all_events.json?limit=50", "application/json"))
    if "actor_events" in names:
        timelines += [(f"/timelines/actor_events.json?actor={urllib.parse.quote(k)}&limit=50", "application/json")
                      for k in actors[:5]]
    if "dispute_events" in names:
        timelines += [(f"/timelines/dispute_events.json?dispute={urllib.parse.quote(k)}", "application/json")
                      for k in disputes[:3]]
    queries = SPARQL_QUERIES + [q.replace("{actor}", iri) for q in ACTOR_QUERIES for iri in actor_iris]
    queries += FULL_SCANS if full_scans else []
    sparql = [(f"/sparql?{urllib.parse.urlencode({'query': PREFIXES + q})}", SPARQL_JSON) for q in queries]
    return {"page": pages, "timeline": timelines, "sparql": sparql}


def answerable(base: str, mix: dict) -> dict:
    """Drop the requests the server refuses as malformed (4xx), saying which: the run measures load,
    not the data (a generated store's disputes, for one, have no topic a canned timeline accepts)."""
    kept = {}
    for kind, pairs in mix.items():
        kept[kind] = []
        for path, accept in pairs:
            status, _ = fetch(base + path, accept=accept, timeout=600)
            if 400 <= status < 500:
                print(f"left out of the mix: HTTP {status} {urllib.parse.unquote_plus(path)[:120]}")
            else:
                kept[kind].append((path, accept))
    return kept


def _json(answer: tuple[int, bytes]):
    status, body = answer
    if status != 200:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def client(base: str, mix: dict, weights: dict[str, int], results: Results, stop: threading.Event,
           budget: "Budget", seed: int) -> None:
    """One simulated user: pick a request kind by weight, then a request of that kind, until told to stop."""
    rng = random.Random(seed)
    kinds = [k for k in weights if mix.get(k)]
    while not stop.is_set() and budget.take():
        kind = rng.choices(kinds, [weights[k] for k in kinds])[0]
        path, accept = rng.choice(mix[kind])
        started = time.perf_counter()
        status, _ = fetch(base + path, accept=accept)
        results.add(Sample(kind, status, time.perf_counter() - started, path))


class Budget:
    """A shared request counter; unlimited when `total` is None."""

    def __init__(self, total: int | None):
        self.left = total
        self.lock = threading.Lock()

    def take(self) -> bool:
        if self.left is None:
            return True
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


def ingester(base: str, records: list[dict], token: str, batch: int, results: Results,
             stop: threading.Event) -> None:
    """POST records in batches to /api/articles while the clients run; remember what was stored."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    stored = []
    for start in range(0, len(records), batch):
        if stop.is_set():
            break
        chunk = records[start:start + batch]
        began = time.perf_counter()
        status, body = fetch(f"{base}/api/articles", accept="application/json", headers=headers,
                             data=json.dumps({"articles": chunk}).encode("utf-8"), timeout=300)
        results.add(Sample("ingest", status, time.perf_counter() - began))
        answer = _json((status, body)) or {}
        results.ingest["batches"] += 1
        if status == 200 and answer.get("ok"):
            stored += [r["article"] for r in answer["results"]]
        else:
            results.ingest["failed_batches"] += 1
            results.ingest["errors"].append(f"HTTP {status}: {body[:200].decode('utf-8', 'replace')}")
    results.ingest["articles"] = len(stored)
    results.ingest["stored_iris"] = stored


def count_lost(base: str, iris: list[str]) -> int:
    """Articles the server said it stored but cannot show now (checked with one ASK each)."""
    lost = 0
    for iri in iris:
        query = PREFIXES + f"ASK {{ <{iri}> a dkb:Article }}"
        status, body = fetch(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", accept=SPARQL_JSON)
        if status != 200 or not (_json((status, body)) or {}).get("boolean"):
            lost += 1
    return lost


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of `values` (seconds); 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = math.ceil(round(fraction * len(ordered), 9))   # round: 0.29 * 100 is 28.999999999999996
    return ordered[min(len(ordered), max(rank, 1)) - 1]


def summarize(results: Results, elapsed: float, clients: int) -> dict:
    """Per-kind and total figures: requests, throughput, p50/p99 latency in ms, error counts."""
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for s in results.samples:
        by_kind[s.kind].append(s)
    by_kind["all"] = [s for s in results.samples if s.kind != "ingest"]
    rows = {}
    for kind, samples in by_kind.items():
        times = [s.seconds for s in samples]
        rows[kind] = {
            "requests": len(samples),
            "per_second": round(len(samples) / elapsed, 1) if elapsed else 0.0,
            "p50_ms": round(percentile(times, 0.50) * 1000, 1),
            "p99_ms": round(percentile(times, 0.99) * 1000, 1),
            "max_ms": round(max(times, default=0.0) * 1000, 1),
            "client_errors": sum(400 <= s.status < 500 for s in samples),
            "server_errors": sum(s.status >= 500 for s in samples),
            "no_answer": sum(s.status == 0 for s in samples),
            "statuses": dict(sorted(Counter(str(s.status) for s in samples).items())),
        }
    ingest = {k: v for k, v in results.ingest.items() if k != "stored_iris"}
    failures = [{"kind": s.kind, "status": s.status, "path": s.path[:300]}
                for s in results.samples if s.status == 0 or s.status >= 400]
    return {"clients": clients, "seconds": round(elapsed, 2), "kinds": rows, "ingest": ingest,
            "failures": _distinct(failures)[:20]}


def _distinct(items: list[dict]) -> list[dict]:
    """One example per (kind, status, path), for a readable list of what failed."""
    seen = {}
    for item in items:
        seen.setdefault((item["kind"], item["status"], item["path"]), item)
    return list(seen.values())


def print_table(report: dict) -> None:
    columns = ["requests", "per_second", "p50_ms", "p99_ms", "max_ms", "client_errors", "server_errors", "no_answer"]
    print(f"{report['clients']} clients, {report['seconds']} s")
    print(f"{'kind':<10}" + "".join(f"{c:>15}" for c in columns))
    for kind, row in report["kinds"].items():
        print(f"{kind:<10}" + "".join(f"{row[c]:>15}" for c in columns))
    if report["ingest"]["batches"]:
        i = report["ingest"]
        print(f"ingest: {i['articles']} articles in {i['batches']} batches, "
              f"{i['failed_batches']} failed, {i['lost']} lost")
    for failure in report["failures"]:
        print(f"failed: {failure['kind']} HTTP {failure['status']} {urllib.parse.unquote_plus(failure['path'])[:200]}")


def run(args: argparse.Namespace) -> dict:
    base = check_loopback(args.url)
    mix = discover(base, args.full_scans)
    if args.warmup:   # steady-state figures: caches filled and lazy set-up done before the clock starts
        mix = answerable(base, mix)
    weights = {"page": args.pages, "timeline": args.timelines, "sparql": args.sparql}
    results, stop = Results(), threading.Event()
    budget = Budget(args.requests)
    threads = [threading.Thread(target=client, args=(base, mix, weights, results, stop, budget, args.seed + n),
                                daemon=True) for n in range(args.clients)]
    if args.ingest:
        records = [json.loads(line) for line in Path(args.ingest).read_text(encoding="utf-8").splitlines() if line.strip()]
        threads.append(threading.Thread(target=ingester, daemon=True,
                                        args=(base, records, args.token, args.batch, results, stop)))
    started = time.perf_counter()
    for t in threads:
        t.start()
    if args.requests is None:
        time.sleep(args.duration)
        stop.set()
    for t in threads[:args.clients]:
        t.join()
    stop.set()
    for t in threads[args.clients:]:
        t.join()                      # the ingest finishes its current batch, then stops
    elapsed = time.perf_counter() - started
    results.ingest["lost"] = count_lost(base, results.ingest.get("stored_iris", []))
    return summarize(results, elapsed, args.clients)


def failed(report: dict) -> bool:
    total = report["kinds"].get("all", {})
    ingest = report["kinds"].get("ingest", {})
    return bool(total.get("server_errors") or total.get("no_answer") or ingest.get("server_errors")
                or ingest.get("no_answer") or report["ingest"]["lost"])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="http://127.0.0.1:5000", help="Server to load (loopback only).")
    p.add_argument("--clients", type=int, default=50, help="Concurrent clients (threads).")
    p.add_argument("--duration", type=float, default=30.0, help="Seconds to run (unless --requests).")
    p.add_argument("--requests", type=int, help="Stop after this many requests in all instead.")
    p.add_argument("--pages", type=int, default=4, help="Weight of page views in the mix.")
    p.add_argument("--timelines", type=int, default=4, help="Weight of timeline JSON requests.")
    p.add_argument("--sparql", type=int, default=2, help="Weight of SPARQL queries.")
    p.add_argument("--ingest", help="JSON Lines records to POST to /api/articles during the run.")
    p.add_argument("--token", default="", help="The server's update token (needed with --ingest).")
    p.add_argument("--batch", type=int, default=10, help="Records per ingest request.")
    p.add_argument("--warmup", action="store_true",
                   help="Send each distinct request once, untimed, before the run (steady-state figures); "
                        "leave out those the server refuses as malformed.")
    p.add_argument("--full-scans", action="store_true",
                   help="Add whole-store SPARQL aggregates and sorts to the mix (slow on big stores).")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", dest="json_path", help="Also write the report as JSON to this file.")
    p.add_argument("--smoke", action="store_true", help="A tiny run (4 clients, 40 requests) for tests.")
    args = p.parse_args(argv)
    if args.smoke:
        args.clients, args.requests, args.batch = 4, 40, 2
    if args.clients < 1 or args.clients > 1000:
        p.error("--clients must be between 1 and 1000")
    if args.ingest and not args.token:
        p.error("--ingest needs --token (the server's update_token)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    print_table(report)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 1 if failed(report) else 0


if __name__ == "__main__":
    sys.exit(main())
