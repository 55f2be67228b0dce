"""Canned timelines on a big embedded store: the time index next to plain SPARQL, serve start-up, memory.

    python scripts/bench_timelines.py --triples 1000000                  # a fresh store in a temp dir
    python scripts/bench_timelines.py --store /tmp/dkb-1m --triples 1000000   # build once, reuse after

Every canned timeline runs for the frequent actor (a third of all events) and a rare one (the
cases of scripts/bench_latency.py over the data of scripts/bench_triples.py), first through the
time index and then through the .rq query on the same store, in the same run; both must give the
same rows. Then `dkb serve` starts on the store: the seconds until /timeline.json answers, and the
server's peak RSS. Targets (issue 6, at 1M triples): timeline p50 <= 50 ms in process, serve ready
<= 2 s, peak RSS <= 1 GB. A benchmark, not a test: it prints figures and fails on nothing.
"""
from __future__ import annotations

import argparse
import json
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_latency import cases  # noqa: E402
from bench_triples import write_nquads  # noqa: E402
from kb import timelines  # noqa: E402
from kb.iris import DEFAULT_BASE  # noqa: E402
from kb.store import open_store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def build_store(directory: Path, triples: int, seed: int = 7) -> dict:
    """Generate `triples` quads, bulk-load them into an embedded store at `directory`, and time it.

    The plan (planted actors) is kept beside the store, so a later run can reuse both."""
    plan_file = directory.with_name(directory.name + ".plan.json")
    if plan_file.exists() and directory.is_dir():
        return {**json.loads(plan_file.read_text()), "reused": True}
    dump = directory.with_name(directory.name + ".nq")
    written = write_nquads(dump, triples, seed)
    store = open_store(f"oxigraph:{directory}")
    try:
        started = time.perf_counter()
        store.bulk_load(dump, "nquads")
        load_s = time.perf_counter() - started
        index_s = store.timeindex.rebuild()   # timed alone: bulk_load includes one rebuild
        count = store.count_triples()
    finally:
        store.close()
    dump.unlink()
    figures = {"triples": count, "events": written["events"], "plan": written["plan"],
               "load_s": round(load_s, 1), "load_triples_per_s": round(count / load_s),
               "index_rebuild_s": round(index_s, 1)}
    plan_file.write_text(json.dumps(figures))
    return figures


def _times(call, runs: int) -> tuple[float, list[float], object]:
    """The first call's ms, the ms of `runs` more, and the last answer."""
    started = time.perf_counter()
    answer = call()
    first = (time.perf_counter() - started) * 1000
    ms = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = call()
        ms.append((time.perf_counter() - started) * 1000)
    return first, ms, answer


def _percentiles(ms: list[float]) -> dict[str, float]:
    # Three decimals: an indexed timeline of a rare actor answers in tens of microseconds, which
    # one decimal of a millisecond rounded to 0.
    ordered = sorted(ms)
    return {"p50": round(statistics.median(ordered), 3),
            "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 3)}


def timeline_latency(store, plan: dict, runs: int = 21, sparql_runs: int = 5) -> list[dict]:
    """Per case: the index's first call and p50/p95, the SPARQL path's (selection cache emptied
    before each call, so each one is a real query), and whether both gave the same rows."""
    out = []
    for case, name, params in cases(plan, DEFAULT_BASE):
        first, ms, fast = _times(lambda: timelines.run_timeline(store, name, params), runs)

        def plain():
            timelines._SELECTIONS.clear()
            return timelines.run_timeline(store, name, params, use_index=False)
        sparql_first, sparql_ms, slow = _times(plain, sparql_runs)
        out.append({"case": case, "rows": len(fast.rows), "same_rows": fast.rows == slow.rows,
                    "index_first": round(first, 1), **{f"index_{k}": v for k, v in _percentiles(ms).items()},
                    "sparql_first": round(sparql_first, 1),
                    **{f"sparql_{k}": v for k, v in _percentiles(sparql_ms).items()}})
    return out


def serve_ready(directory: Path, timeout: float = 120.0) -> dict:
    """Start `dkb serve` on the store; seconds until /timeline.json answers, then its peak RSS."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "kb.cli", "--store", f"oxigraph:{directory}", "serve",
                               "--port", str(port)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        ready = _first_answer(f"http://127.0.0.1:{port}/timeline.json", started + timeout)
        for path in ("/timeline.json?lanes=actor", "/api/facets.json", "/timelines/all_events.json"):
            _first_answer(f"http://127.0.0.1:{port}{path}", time.perf_counter() + timeout)
        return {"ready_s": round(ready - started, 2), "peak_rss_mb": _peak_rss_mb(server.pid)}
    finally:
        server.terminate()
        server.wait(timeout=30)


def _first_answer(url: str, deadline: float) -> float:
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=30) as answer:
                answer.read()
                return time.perf_counter()
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"no answer from {url} in time")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def report(directory: Path, triples: int, runs: int) -> dict:
    built = build_store(directory, triples)
    store = open_store(f"oxigraph:{directory}")
    try:
        latency = timeline_latency(store, built["plan"], runs)
    finally:
        store.close()
    return {"store": {k: v for k, v in built.items() if k != "plan"}, "timelines": latency,
            "serve": serve_ready(directory),
            "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def print_report(figures: dict) -> None:
    print(json.dumps(figures["store"]))
    print(f"{'timeline case':28} {'rows':>5} {'same':>5} {'idx 1st':>8} {'idx p50':>8} {'idx p95':>8}"
          f" {'sql 1st':>8} {'sql p50':>8} {'sql p95':>8}   (ms)")
    for row in figures["timelines"]:
        print(f"{row['case']:28} {row['rows']:5} {str(row['same_rows']):>5} {row['index_first']:8} "
              f"{row['index_p50']:8} {row['index_p95']:8} {row['sparql_first']:8} {row['sparql_p50']:8} "
              f"{row['sparql_p95']:8}")
    print(f"dkb serve: ready in {figures['serve']['ready_s']} s, peak RSS {figures['serve']['peak_rss_mb']} MB; "
          f"this process peak RSS {figures['bench_peak_rss_mb']} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="store directory to build once and reuse")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dkb-timelines-") as tmp:
        figures = report(args.store or Path(tmp) / "store", args.triples, args.runs)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
