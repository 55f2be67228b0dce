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
