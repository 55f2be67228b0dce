"""Print server-side latency of the timeline page and the JSON APIs (not a timed test).

    python scripts/bench_web.py                 # the sample corpus, then a generated 100k-event store
    python scripts/bench_web.py --events 20000 --runs 15 --skip-samples --check

Targets (issue 3): p50 <= 100 ms on the sample store, <= 300 ms on 100k events. Requests go
through Flask's test client, so the numbers are the app's own time without network. Repeating
one request measures the app with its answer caches warm; so each store is also measured
"cold": families of requests with a different actor, country, type or date window each time,
every one asked once, which is what a user exploring the data meets. Both must meet the target.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.iris import Minter  # noqa: E402
from kb.settings import load_settings  # noqa: E402
from kb.store import open_store  # noqa: E402
from kb.vocab import EVENT_CLASSES  # noqa: E402

DKB = "https://w3id.org/dkb/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVENTS_PER_ARTICLE = 10


def synthetic_nquads(path: Path, n_events: int, base: str, seed: int = 7) -> None:
    """Write a store's worth of plausible events as N-Quads: 150 countries, 2,000 people, 100 disputes."""
    rng = random.Random(seed)
    m = Minter(base)
    # user-assigned ISO codes (XAA, XAB, ...): no clash with real countries
    countries = [f"X{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(150)]
    people = [(f"person-{i}", rng.choice(countries)) for i in range(2000)]
    weights = [1 / (i + 1) for i in range(len(people))]   # a few people take part in most events
    kinds = sorted(EVENT_CLASSES)
    with path.open("w", encoding="utf-8") as out:
        for a in range(0, n_events, EVENTS_PER_ARTICLE):
            g = f"<{m.graph(f'a{a}')}>"
            art = f"<{m.article(f'a{a}')}>"
            lines = [f"{art} {RDF_TYPE} <{DKB}Article> {g} .", f'{art} <{DKB}headline> "Article {a}" {g} .']
            for n in range(a, min(a + EVENTS_PER_ARTICLE, n_events)):
                lines += _event(rng, m, n, g, art, people, weights, countries, kinds)
            out.write("\n".join(lines) + "\n")


def _event(rng, m, n, g, art, people, weights, countries, kinds) -> list[str]:
    e = f"<{m.event(f'{n:016x}')}>"
    kind = rng.choice(kinds)
    y, mo, d = rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)
    roll = rng.random()
    date, dt, prec = ((f"{y}-{mo:02d}-{d:02d}", "date", "Day") if roll < 0.7 else
                      (f"{y}-{mo:02d}", "gYearMonth", "Month") if roll < 0.9 else (str(y), "gYear", "Year"))
    who = rng.choices(people, weights=weights, k=2)
    out = [f"{e} {RDF_TYPE} <{DKB}{kind}> {g} .", f"{e} {RDF_TYPE} <{DKB}Event> {g} .",
           f'{e} {LABEL} "{kind} {who[0][0]} {who[1][0]}" {g} .',
           f'{e} <{DKB}date> "{date}"^^<{XSD}{dt}> {g} .', f"{e} <{DKB}datePrecision> <{DKB}{prec}Precision> {g} .",
           f"{e} <{DKB}modality> <{DKB}{'Planned' if rng.random() < 0.1 else 'Asserted'}> {g} ."]
    for slug, country in who:
        p, c = f"<{m.actor('person:' + slug)}>", f"<{m.country(country)}>"
        out += [f"{e} <{DKB}participant> {p} {g} .", f"{p} {RDF_TYPE} <{DKB}Person> {g} .",
                f'{p} <{DKB}name> "{slug}" {g} .', f"{p} <{DKB}country> {c} {g} .",
                f"{c} {RDF_TYPE} <{DKB}Country> {g} .", f'{c} <{DKB}name> "Country {country}" {g} .']
    if rng.random() < 0.2:
        out.append(f"{e} <{DKB}concerns> <{m.dispute(f'dispute-{rng.randrange(100)}')}> {g} .")
    ev = f"<{m.evidence(f'a{n}', 1)}>"
    out += [f"{e} <{DKB}evidence> {ev} {g} .", f"{ev} <{DKB}article> {art} {g} .",
            f'{ev} <{DKB}sentence> "Sentence {n}." {g} .']
    return out


def timings(client, path: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path)
        out.append((time.perf_counter() - started) * 1000)
        if response.status_code >= 400:
            raise SystemExit(f"{path}: HTTP {response.status_code} {response.get_data(as_text=True)[:300]}")
    return out


def report(title: str, app, paths: list[str], runs: int, target: float) -> bool:
    client = app.test_client()
    print(f"\n{title}  (target p50 <= {target:.0f} ms; first call shown apart: it fills caches)")
    print(f"{'path':70} {'first':>8} {'p50':>8} {'p95':>8}")
    ok = True
    for path in paths:
        first = timings(client, path, 1)[0]
        rest = timings(client, path, runs)
        p50 = statistics.median(rest)
        p95 = sorted(rest)[max(0, int(len(rest) * 0.95) - 1)]
        ok &= p50 <= target
        print(f"{path[:70]:70} {first:8.1f} {p50:8.1f} {p95:8.1f}{'' if p50 <= target else '  SLOW'}")
    return ok


def report_cold(title: str, app, families: dict[str, list[str]], target: float) -> bool:
    """Each family's paths once each (no path repeats, so no answer cache helps): p50 and p95."""
    client = app.test_client()
    print(f"\n{title}, cold: each path asked once  (target p50 <= {target:.0f} ms)")
    print(f"{'family':40} {'paths':>6} {'p50':>8} {'p95':>8} {'max':>8}")
    ok = True
    for family, paths in families.items():
        times = sorted(t for path in paths for t in timings(client, path, 1))
        p50 = statistics.median(times)
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        ok &= p50 <= target
        print(f"{family:40} {len(times):6d} {p50:8.1f} {p95:8.1f} {times[-1]:8.1f}{'' if p50 <= target else '  SLOW'}")
    return ok


def cold_families(store, rng: random.Random, n: int = 20) -> dict[str, list[str]]:
    """Requests over the generated store, a different parameter value each time."""
    def keys(cls: str) -> list[str]:
        rows = store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a <{DKB}{cls}> }}").rows
        return sorted(str(r["x"]).rsplit("/", 1)[1] for r in rows)
    people, countries = keys("Person"), keys("Country")
    people, years = rng.sample(people, min(n, len(people))), rng.sample(range(1990, 2024), n)
    kinds = sorted(EVENT_CLASSES)
    return {
        "timeline by actor": [f"/timeline.json?actor=person/{p}" for p in people],
        "timeline by country": [f"/timeline.json?country={c}" for c in rng.sample(countries, n)],
        "timeline by type and year": [f"/timeline.json?type={rng.choice(kinds)}&from={y}&to={y}" for y in years],
        "timeline, a month": [f"/timeline.json?from={y}-{m:02d}-01&to={y}-{m:02d}-28"
                              for y, m in zip(years, (rng.randint(1, 12) for _ in years))],
        "timeline by actor, lanes by actor": [f"/timeline.json?actor=person/{p}&lanes=actor" for p in people],
        "actor page": [f"/person/{p}.json" for p in people],
        "country page": [f"/country/{c}.json" for c in rng.sample(countries, n)],
        "canned actor_events": [f"/timelines/actor_events.json?actor=person/{p}" for p in people],
        "canned country_pair": [f"/timelines/country_pair.json?country1=country/{a}&country2=country/{b}"
                                for a, b in zip(rng.sample(countries, n), rng.sample(countries, n)) if a != b],
    }


def sample_paths(store, base: str) -> list[str]:
    event = store.query("SELECT ?e WHERE { ?e a <%sEvent> } LIMIT 1" % DKB).rows
    actor = store.query("SELECT ?a WHERE { ?a a <%sPerson> } LIMIT 1" % DKB).rows
    paths = ["/", "/timeline.json", "/timeline.json?lanes=actor", "/api/facets.json", "/timelines.json"]
    for rows in (event, actor):
        if rows:
            paths.append("/" + str(rows[0][next(iter(rows[0]))])[len(base):] + ".json")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--skip-samples", action="store_true")
    parser.add_argument("--memory", action="store_true", help="generated store in memory instead of on disk")
    parser.add_argument("--check", action="store_true", help="exit 1 when a p50 misses its target")
    args = parser.parse_args(argv)
    from web import create_app

    ok = True
    if not args.skip_samples:
        from kb import pipeline
        from kb.resources import samples_dir
        settings = load_settings(store="memory:")
        store = open_store("memory:", settings)
        pipeline.ingest_paths(store, [samples_dir()], settings)
        ok &= report("sample corpus", create_app({**settings, "STORE": store}),
                     sample_paths(store, str(settings["base_iri"])), args.runs, 100)
    with tempfile.TemporaryDirectory(prefix="dkb-bench-") as tmp:
        url = "memory:" if args.memory else f"oxigraph:{tmp}/store"
        settings = load_settings(store=url)
        store = open_store(url, settings)
        dump = Path(tmp) / "events.nq"
        started = time.perf_counter()
        synthetic_nquads(dump, args.events, str(settings["base_iri"]))
        store.bulk_load(dump, "nquads")
        print(f"\ngenerated and loaded {args.events:,} events in {time.perf_counter() - started:.1f} s ({url})")
        base = str(settings["base_iri"])
        paths = sample_paths(store, base) + [
            "/timeline.json?country=XAH", "/timeline.json?actor=person/person-0",
            "/timeline.json?actor=person/person-1500", "/timeline.json?type=Summit&from=2000&to=2001",
            "/timeline.json?from=2010-03-01&to=2010-03-31", "/timeline.json?q=summit&from=2015&to=2016",
            "/person/person-0.json", "/country/XAH.json",
            "/timelines/actor_events.json?actor=person/person-3"]
        app = create_app({**settings, "STORE": store})
        # cold first: the warm report's repeated paths would fill the caches the cold one must miss
        ok &= report_cold(f"generated store, {args.events:,} events", app, cold_families(store, random.Random(11)), 300)
        ok &= report(f"generated store, {args.events:,} events", app, paths, args.runs, 300)
        store.close()
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
