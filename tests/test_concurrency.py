"""Concurrent first use of the web app: the first requests of a fresh server may all arrive at once.

Each check runs in a fresh interpreter, because the state at fault (rdflib's pyparsing SPARQL
grammar, which finishes setting itself up on first use) is per process and other tests warm it.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FIRST_REQUESTS_AT_ONCE = r'''
import json, sys, threading, urllib.parse
from kb.settings import load_settings
from kb.store import open_store
from web import create_app

app = create_app({"STORE": open_store("memory:"), "store": "memory:"})
queries = ["SELECT ?s WHERE { ?s ?p ?o } LIMIT 5",
           "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/dkb/ontology#Article> } }",
           "ASK { ?e a <https://w3id.org/dkb/ontology#Summit> FILTER(?e != <http://example.org/x>) }",
           "SELECT ?e ?d WHERE { ?e <https://w3id.org/dkb/ontology#date> ?d } ORDER BY DESC(?d) LIMIT 50"]
barrier = threading.Barrier(8)
statuses = []

def client(n):
    barrier.wait()
    url = "/sparql?" + urllib.parse.urlencode({"query": queries[n % len(queries)]})
    statuses.append(app.test_client().get(url, headers={"Accept": "application/sparql-results+json"}).status_code)

threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
later = [app.test_client().get("/sparql?" + urllib.parse.urlencode({"query": q}),
                               headers={"Accept": "application/sparql-results+json"}).status_code
         for q in queries]
print(json.dumps({"first": sorted(statuses), "later": later}))
'''


def test_concurrent_first_sparql_requests_all_succeed_and_leave_the_endpoint_working():
    """Found by scripts/load_test.py: 8 simultaneous first queries broke /sparql for good (HTTP 500)."""
    failures = []
    for _ in range(3):   # a race: give it a few fresh processes
        run = subprocess.run([sys.executable, "-c", FIRST_REQUESTS_AT_ONCE], cwd=REPO, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        statuses = json.loads(run.stdout.strip().splitlines()[-1])
        if set(statuses["first"]) != {200} or set(statuses["later"]) != {200}:
            failures.append(statuses)
    assert not failures, failures


def test_a_table_asked_for_by_many_requests_at_once_is_built_once(sample_store):
    """After a write, every waiting page request needs the same participant and lane tables; one
    thread builds each while the others wait for its answer (was: each request built its own)."""
    import threading
    import time

    from kb.eventindex import EventIndex

    index = EventIndex(sample_store)
    calls, overlapped = [], []
    real_pairs = index.source.pairs

    def slow_pairs(kind):
        calls.append(kind)
        # The builder holds on until every other request is inside index.lanes too (waiting for
        # it, or, if each built its own table, building): the overlap is forced, not timed.
        deadline = time.monotonic() + 60
        while not (inside := all_inside_lanes()) and time.monotonic() < deadline:
            time.sleep(0.001)
        overlapped.append(inside)
        return real_pairs(kind)

    index.source.pairs = slow_pairs
    barrier = threading.Barrier(12)
    answers = []

    def page(mode):
        barrier.wait()
        answers.append((mode, len(index.lanes(mode))))

    threads = [threading.Thread(target=page, args=(("actor", "country")[n % 2],)) for n in range(12)]

    def all_inside_lanes() -> bool:
        frames = sys._current_frames()
        return all(not thread.is_alive() or _calls_in_stack(frames.get(thread.ident), "lanes")
                   for thread in threads)

    [t.start() for t in threads]
    [t.join() for t in threads]
    assert overlapped and all(overlapped), "the requests never all waited at once"
    assert calls.count("participant") == 1 and calls.count("country") == 1
    assert {n for _, n in answers} == {len(index.entries)} and len(answers) == 12


def _calls_in_stack(frame, function: str) -> bool:
    """Whether a thread whose innermost frame is `frame` is running inside a call of `function`."""
    while frame is not None:
        if frame.f_code.co_name == function:
            return True
        frame = frame.f_back
    return False
