"""DKB's performance benchmark: one command, a table on screen and every figure in JSON.

    python scripts/bench.py --scale smoke    # a minute; what the tests run
    python scripts/bench.py --scale 1m       # corpora of 1k/10k/100k articles, a 1M-triple store
    python scripts/bench.py --scale 10m      # the same plus a 10M-triple store

It generates article corpora (scraped text with junk, HTML, JSON Lines) and a knowledge base
shaped by kb.rdf, then measures, each step in a process of its own so its peak memory is its
own: extraction next to bare spaCy nlp.pipe (same texts, model and run), ingest end to end on
one and on all cores, bulk load into the embedded store on disk, export, `dkb serve` start-up,
every canned timeline in process, over HTTP and on rdflib's in-memory store, and one more
article into the big store (put_article's p50 and worst, for articles naming the frequent actor
and dispute and for rare ones, next to what extracting one article costs in the same run).
Targets are the ones of issue 6; the table says which are met. Nothing here asserts timings.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASE_IRI = "https://w3id.org/dkb/id/"


@dataclass(frozen=True)
class Scale:
    corpora: tuple[int, ...]       # article corpora written (and timed); the first is ingested
    extract: int                   # articles of the first corpus whose extraction is timed
    triples: tuple[int, ...]       # knowledge-base sizes for the store steps
    rdflib_max: int                # largest size also loaded into rdflib's in-memory store
    runs: int                      # timeline repeats per case (time index, HTTP)
    sparql_runs: int               # repeats of each timeline's plain SPARQL query
    rdflib_runs: int
    rdflib_budget_s: float         # most time one timeline case may take on rdflib
    rounds: int                    # extraction rounds (best kept)
    writes: int                    # one-more-article writes of each kind (frequent, rare)


SCALES = {
    "smoke": Scale((24,), 12, (20_000,), 20_000, 3, 2, 2, 10, 1, 3),
    "1m": Scale((1_000, 10_000, 100_000), 400, (1_000_000,), 1_000_000, 21, 3, 3, 10, 2, 21),
    "10m": Scale((1_000, 10_000, 100_000), 400, (1_000_000, 10_000_000), 1_000_000, 21, 3, 3, 10, 2, 21),
}
TARGETS = {"extraction ratio (ours / bare nlp.pipe words/s)": 0.8, "ingest speed-up on all cores": 1.7,
           "bulk load triples/s": 300_000, "export triples/s (N-Quads)": 300_000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="smoke")
    parser.add_argument("--json", type=Path, help="where to write the figures (default bench-results/SCALE.json)")
    parser.add_argument("--model", default="auto", help="spaCy model (setting spacy_model)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the all-cores ingest")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of our extraction to stderr")
    parser.add_argument("--workdir", type=Path, help="keep generated data here instead of a removed temp folder")
    parser.add_argument("--step", nargs=3, metavar=("NAME", "CONFIG", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        return _child(*args.step)
    out = args.json or REPO / "bench-results" / f"{args.scale}.json"
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dkb-bench-"))
    try:
        results = run(SCALES[args.scale], workdir, args)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    results["scale"] = args.scale
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print_table(results)
    print(f"\nfigures written to {out}")
    return 0


def run(scale: Scale, workdir: Path, args) -> dict:
    started = time.perf_counter()
    results: dict = {"machine": machine(), "steps": {}}
    steps = results["steps"]

    def step(key: str, name: str, **cfg) -> dict:
        print(f"-- {key}", file=sys.stderr, flush=True)
        steps[key] = _run_child(name, {"workdir": str(workdir), "model": args.model, "base": BASE_IRI, **cfg}, workdir)
        return steps[key]

    corpora = {size: str(workdir / f"corpus-{size}") for size in scale.corpora}
    step("corpus", "corpus", corpora=corpora)
    first = corpora[scale.corpora[0]]
    step("extraction", "extraction", corpus=first, articles=scale.extract, rounds=scale.rounds, profile=args.profile)
    for jobs in dict.fromkeys((1, args.jobs)):
        step(f"ingest_{jobs}", "ingest", corpus=first, jobs=jobs, store=str(workdir / f"ingest-{jobs}"))
    for size in scale.triples:
        tag = _tag(size)
        files = {"nquads": str(workdir / f"kb-{tag}.nq"), "plan": str(workdir / f"kb-{tag}.json"),
                 "store": str(workdir / f"store-{tag}")}
        step(f"triples_{tag}", "triples", triples=size, parts=args.jobs, **files)
        step(f"bulk_load_{tag}", "bulk_load", **files)
        step(f"export_{tag}", "export", **files)
        step(f"timelines_{tag}", "timelines", runs=scale.runs, sparql_runs=scale.sparql_runs, **files)
        step(f"serve_{tag}", "serve", runs=scale.runs, **files)
        step(f"one_more_{tag}", "one_more_article", writes=scale.writes, **files)
        if size <= scale.rdflib_max:
            step(f"rdflib_{tag}", "rdflib", triples=size, runs=scale.rdflib_runs,
                 case_budget_s=scale.rdflib_budget_s, **files)
        shutil.rmtree(files["store"], ignore_errors=True)
        Path(files["nquads"]).unlink(missing_ok=True)
    results["total_s"] = time.perf_counter() - started
    results["targets"] = targets(results, args.jobs)
    return results


def _tag(size: int) -> str:
    return f"{size // 1_000_000}m" if size >= 1_000_000 and size % 1_000_000 == 0 else f"{size // 1000}k"


def _run_child(name: str, cfg: dict, workdir: Path) -> dict:
    """Run one step in a child process; its figures, peak RSS (largest process) and wall time."""
    config, out = workdir / f"{name}.cfg.json", workdir / f"{name}.out.json"
    config.write_text(json.dumps(cfg))
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--step", name, str(config), str(out)])
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"benchmark step {name} failed with status {child.returncode}")
    produced = json.loads(out.read_text())
    numbers = {k: v for k, v in produced.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    return {"figures": numbers, "info": {k: v for k, v in produced.items() if k not in numbers},
            "peak_rss_mb": usage.ru_maxrss / 1024, "seconds": time.perf_counter() - started}


def _child(name: str, config: str, out: str) -> int:
    sys.path.insert(0, str(REPO / "scripts"))
    from bench_steps import STEPS

    figures = STEPS[name](json.loads(Path(config).read_text()))
    Path(out).write_text(json.dumps(figures))
    return 0


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem / 2**20, 1),
            "python": platform.python_version(), "load_average_at_start": os.getloadavg()[0],
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def targets(results: dict, jobs: int) -> list[dict]:
    """Each target of issue 6 with the measured figure and whether it is met."""
    steps = results["steps"]

    def fig(step: str, name: str) -> float:
        return steps[step]["figures"][name]

    rows = [("extraction ratio (ours / bare nlp.pipe words/s)", fig("extraction", "ratio"), ">=", 0.8),
            (f"ingest speed-up, {jobs} processes over 1",
             fig(f"ingest_{jobs}", "articles_per_s") / fig("ingest_1", "articles_per_s"), ">=", 1.7)]
    for key in (k for k in steps if k.startswith("bulk_load_")):
        tag = key.removeprefix("bulk_load_")
        limit = 50 if tag != "10m" else 200
        http_limit = 100 if tag != "10m" else 200
        rows += [(f"bulk load triples/s ({tag})", fig(key, "triples_per_s"), ">=", 300_000),
                 (f"export N-Quads triples/s ({tag})", fig(f"export_{tag}", "nquads_per_s"), ">=", 300_000),
                 (f"export N-Triples (union) triples/s ({tag})", fig(f"export_{tag}", "ntriples_per_s"), ">=", 300_000),
                 (f"dkb serve start-up s ({tag})", fig(f"serve_{tag}", "startup_s"), "<=", 2.0),
                 (f"slowest timeline p50 in process, ms ({tag})",
                  _worst(steps[f"timelines_{tag}"]["figures"], ".index_p50"), "<=", limit),
                 (f"slowest timeline p50 over HTTP, ms ({tag})",
                  _worst(steps[f"serve_{tag}"]["figures"], ".p50_ms"), "<=", http_limit)]
    # Generators and baselines are not DKB: the extraction step also holds bare nlp.pipe's batches.
    ours = [k for k in steps if not k.startswith(("rdflib_", "triples_", "corpus", "extraction"))]
    peak = max(steps[k]["peak_rss_mb"] for k in ours)
    rows.append(("peak RSS of any DKB step, MB", peak, "<=", 1024))
    return [{"target": name, "value": value, "op": op, "limit": limit,
             "met": value >= limit if op == ">=" else value <= limit} for name, value, op, limit in rows]


def _worst(figures: dict, suffix: str) -> float:
    return max(v for k, v in figures.items() if k.endswith(suffix))


def print_table(results: dict) -> None:
    m = results["machine"]
    print(f"\nDKB benchmark, scale {results['scale']}: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB, "
          f"Python {m['python']}, {results['total_s'] / 60:.1f} min")
    print(f"\n{'step':28} {'seconds':>8} {'peak RSS MB':>12}  figures")
    for key, step in results["steps"].items():
        shown = {k: v for k, v in step["figures"].items() if "." not in k}
        text = ", ".join(f"{k} {_num(v)}" for k, v in shown.items())
        print(f"{key:28} {step['seconds']:8.1f} {step['peak_rss_mb']:12.0f}  {text}")
    for key in (k for k in results["steps"] if k.startswith("timelines_")):
        tag = key.removeprefix("timelines_")
        print_timelines(tag, results["steps"])
        print_one_more(tag, results["steps"])
    print(f"\n{'target':58} {'measured':>12} {'limit':>12}  met")
    for t in results["targets"]:
        print(f"{t['target']:58} {_num(t['value']):>12} {t['op']} {_num(t['limit']):>9}  {'yes' if t['met'] else 'NO'}")


def print_timelines(tag: str, steps: dict) -> None:
    index = steps[f"timelines_{tag}"]["figures"]
    http = steps[f"serve_{tag}"]["figures"]
    rdf = steps.get(f"rdflib_{tag}", {}).get("figures", {})
    print(f"\ncanned timelines at {tag} triples, ms: in process through the time index and through plain "
          f"SPARQL, over HTTP (dkb serve), and on rdflib's in-memory store")
    print(f"{'case':28} {'rows':>5} {'idx 1st':>8} {'idx p50':>8} {'idx p95':>8} {'sparql p50':>10} "
          f"{'http 1st':>8} {'http p50':>8} {'http p95':>8} {'rdflib p50':>10} {'rdflib p95':>10}")
    for case in sorted({k.rsplit('.', 1)[0] for k in index}):
        row = [index[f"{case}.index_first"], index[f"{case}.index_p50"], index[f"{case}.index_p95"],
               index[f"{case}.sparql_p50"], http[f"{case}.first_ms"], http[f"{case}.p50_ms"], http[f"{case}.p95_ms"]]
        over = ">" if rdf.get(f"{case}.over_budget") else ""
        extra = [f"{over}{rdf[f'{case}.{k}']:.1f}" if f"{case}.{k}" in rdf else "-" for k in ("p50_ms", "p95_ms")]
        print(f"{case:28} {index[f'{case}.rows']:5d} " + " ".join(f"{v:8.1f}" for v in row[:3])
              + f" {row[3]:10.1f} " + " ".join(f"{v:8.1f}" for v in row[4:]) + " " + " ".join(f"{v:>10}" for v in extra))


def print_one_more(tag: str, steps: dict) -> None:
    """put_article into the big store next to extracting one article (both measured in this run)."""
    writes = steps[f"one_more_{tag}"]["figures"]
    extract_ms = 1000 / steps["extraction"]["figures"]["ours_articles_per_s"]
    print(f"\none more article into the {tag} store, ms (extracting one article took {extract_ms:.0f} ms)")
    print(f"{'articles naming':16} {'put p50':>8} {'put worst':>9} {'remove p50':>10} {'remove worst':>12} "
          f"{'put p50 / extraction':>20}")
    for kind in ("frequent", "rare"):
        put, worst = writes[f"{kind}.put_p50_ms"], writes[f"{kind}.put_worst_ms"]
        print(f"{kind + ' ones':16} {put:8.1f} {worst:9.1f} {writes[f'{kind}.remove_p50_ms']:10.1f} "
              f"{writes[f'{kind}.remove_worst_ms']:12.1f} {put / extract_ms:20.2f}")


def _num(value: float) -> str:
    if isinstance(value, int) or abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
