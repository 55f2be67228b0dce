"""The steps of scripts/bench.py. Each runs in a process of its own (so its peak memory is its own)
and returns a dict of figures; `cfg` holds the paths and sizes the orchestrator chose."""
from __future__ import annotations

import cProfile
import json
import pstats
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import bench_latency  # noqa: E402
import bench_triples  # noqa: E402
from tests.corpus_gen import write_corpus  # noqa: E402

from kb.settings import load_settings  # noqa: E402
from kb.store import open_store  # noqa: E402


def corpus(cfg: dict) -> dict:
    """Write the article corpora (a third each scraped text, HTML, JSON Lines)."""
    out = {}
    for size, folder in cfg["corpora"].items():
        started = time.perf_counter()
        write_corpus(Path(folder), int(size))
        took = time.perf_counter() - started
        out[f"articles_per_s_{size}"] = int(size) / took
        out[f"megabytes_{size}"] = sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file()) / 1e6
    return out


def extraction(cfg: dict) -> dict:
    """Our extraction (parse + every extractor) next to bare nlp.pipe over the same cleaned texts."""
    from kb import cleaning, nlp
    from kb.pipeline import BATCH, extract_many
    from kb.sources import read_articles

    model = cfg["model"]
    articles = [a for a in read_articles(cfg["corpus"]) if not isinstance(a, Exception)][:cfg["articles"]]
    cleans = [cleaning.clean(a) for a in articles]
    texts = [c.text for c in cleans]
    words = sum(len(t.split()) for t in texts)
    language = nlp.get_nlp(model)
    for doc in language.pipe(texts[:5]):     # warm both paths: lazy tables, gazetteer, dateparser
        pass
    extract_many(cleans[:5], model)
    batches = [cleans[i:i + BATCH] for i in range(0, len(cleans), BATCH)]   # as dkb extract and ingest run
    bare, ours = [], []
    profiler = cProfile.Profile() if cfg.get("profile") else None
    for _ in range(cfg["rounds"]):      # alternate, keep the best: other load on the box hits both alike
        bare.append(_seconds(lambda: [None for _ in language.pipe(texts)]))
        if profiler:
            profiler.enable()
        ours.append(_seconds(lambda: [extract_many(batch, model) for batch in batches]))
        if profiler:
            profiler.disable()
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    return {"articles": len(cleans), "words": words,
            "ours_articles_per_s": len(cleans) / min(ours), "ours_words_per_s": words / min(ours),
            "bare_articles_per_s": len(cleans) / min(bare), "bare_words_per_s": words / min(bare),
            "ratio": min(bare) / min(ours)}


def _seconds(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def ingest(cfg: dict) -> dict:
    """`dkb ingest` end to end (read, clean, extract, RDF, store on disk) with `jobs` processes."""
    from kb import pipeline

    settings = load_settings(environ={}, store=f"oxigraph:{cfg['store']}", spacy_model=cfg["model"])
    store = open_store(str(settings["store"]), settings)
    try:
        started = time.perf_counter()
        report = pipeline.ingest_paths(store, [cfg["corpus"]], settings, jobs=cfg["jobs"])
        took = time.perf_counter() - started
        triples = store.count_triples()
    finally:
        store.close()
    words = sum(len(str(v).split()) for v in _texts(cfg["store"]))
    return {"articles": len(report.outcomes), "stored": len(report.stored), "errors": [o.error for o in report.failed],
            "articles_per_s": len(report.outcomes) / took, "words_per_s": words / took, "store_triples": triples}


def _texts(store_dir: str) -> list[str]:
    store = open_store(f"oxigraph:{store_dir}", read_only=True)
    try:
        return [r["t"] for r in store.select_text(
            "SELECT ?t WHERE { GRAPH ?g { ?a <https://w3id.org/dkb/ontology#text> ?t } }")]
    finally:
        store.close()


def triples(cfg: dict) -> dict:
    """Generate the synthetic knowledge base as N-Quads (not a target: the input of the store steps)."""
    started = time.perf_counter()
    made = bench_triples.write_nquads(Path(cfg["nquads"]), cfg["triples"], parts=cfg["parts"])
    took = time.perf_counter() - started
    Path(cfg["plan"]).write_text(json.dumps(made))
    return {"triples": made["triples"], "articles": made["articles"], "events": made["events"],
            "triples_per_s": made["triples"] / took}


def bulk_load(cfg: dict) -> dict:
    """Load the N-Quads into a fresh embedded store on disk."""
    store = open_store(f"oxigraph:{cfg['store']}")
    try:
        started = time.perf_counter()
        store.bulk_load(cfg["nquads"], "nquads")
        took = time.perf_counter() - started
        count = store.count_triples()
    finally:
        store.close()
    return {"triples": count, "triples_per_s": count / took, "seconds": took}


def export(cfg: dict) -> dict:
    """Stream the store out as N-Quads (graphs kept) and as N-Triples (the union, deduplicated)."""
    out = {}
    store = open_store(f"oxigraph:{cfg['store']}", read_only=True)
    try:
        for fmt in ("nquads", "ntriples"):
            target = Path(cfg["workdir"]) / f"export.{fmt}"
            with target.open("wb") as sink:
                started = time.perf_counter()
                written = store.export(fmt, sink)
                took = time.perf_counter() - started
            target.unlink()
            out[f"{fmt}_statements"] = written
            out[f"{fmt}_per_s"] = written / took
    finally:
        store.close()
    return out


def timelines_in_process(cfg: dict) -> dict:
    """Every canned timeline through the time index and through its SPARQL query (scripts/bench_timelines.py)."""
    import bench_timelines

    store = open_store(f"oxigraph:{cfg['store']}", read_only=True)
    try:
        rows = bench_timelines.timeline_latency(store, _plan(cfg), cfg["runs"], cfg["sparql_runs"])
    finally:
        store.close()
    return {f"{row['case']}.{k}": v for row in rows for k, v in row.items() if k != "case"}


def serve(cfg: dict) -> dict:
    """Start `dkb serve` on the store, time it to the first HTTP 200, then time every timeline over HTTP."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "kb.cli", "--store", f"oxigraph:{cfg['store']}",
                               "serve", "--port", str(port)], cwd=cfg["workdir"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ready = _wait_ready(url + "/", server, started)
        per_case = bench_latency.over_http(url, _plan(cfg), cfg["base"], cfg["runs"])
    finally:
        server.terminate()
        server.wait(30)
    return {"startup_s": ready, **_flatten(per_case)}


def _wait_ready(url: str, server: subprocess.Popen, started: float, limit: float = 300.0) -> float:
    while time.perf_counter() - started < limit:
        if server.poll() is not None:
            raise SystemExit(f"dkb serve exited with status {server.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=limit) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.02)
    raise SystemExit(f"dkb serve did not answer {url} within {limit:.0f} s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_more_article(cfg: dict) -> dict:
    """put_article of one more article into the store: `writes` articles naming the frequent actor
    and dispute, and as many naming the rare ones, each timed, then each removed (timed too), so
    the store is left as it was."""
    import statistics

    store = open_store(f"oxigraph:{cfg['store']}")
    out: dict = {}
    try:
        before = store.count_triples()
        for kind in ("frequent", "rare"):
            articles = bench_triples.one_more_articles(kind, cfg["writes"])
            for action, write in (("put", store.put_article), ("remove", lambda graph, _: store.remove_article(graph))):
                ms = []
                for graph, triples in articles:
                    started = time.perf_counter()
                    write(graph, triples)
                    ms.append((time.perf_counter() - started) * 1000)
                out[f"{kind}.{action}_p50_ms"] = statistics.median(ms)
                out[f"{kind}.{action}_worst_ms"] = max(ms)
        out["left_as_it_was"] = store.count_triples() == before
    finally:
        store.close()
    return out


def rdflib_timelines(cfg: dict) -> dict:
    """The same timelines on rdflib's in-memory store, loaded from the same N-Quads."""
    started = time.perf_counter()
    store = bench_latency.RdflibMemoryStore(cfg["nquads"])
    load = time.perf_counter() - started
    per_case = bench_latency.on_rdflib(store, _plan(cfg), cfg["base"], cfg["runs"], cfg["case_budget_s"])
    return {"load_triples_per_s": cfg["triples"] / load, **_flatten(per_case)}


def _plan(cfg: dict) -> dict:
    return json.loads(Path(cfg["plan"]).read_text())["plan"]


def _flatten(per_case: dict) -> dict:
    return {f"{case}.{k}": v for case, figures in per_case.items() for k, v in figures.items()}


STEPS = {"corpus": corpus, "extraction": extraction, "ingest": ingest, "triples": triples,
         "bulk_load": bulk_load, "export": export, "timelines": timelines_in_process, "serve": serve,
         "one_more_article": one_more_article, "rdflib": rdflib_timelines}
