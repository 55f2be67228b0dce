"""The `virtuoso_url` fixture: a real Virtuoso for the remote-store tests (loaded by tests/conftest.py).

CI starts the server itself and names it in DKB_TEST_VIRTUOSO_URL; otherwise the fixture starts a
private one with scripts/virtuoso.sh and stops it afterwards. A server that cannot start fails the
tests that need it: the remote store is a feature, and a skipped test would hide it broken.
"""
from __future__ import annotations

import json
import os
import subprocess
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from kb.store import open_store

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "virtuoso.sh"
# Accounts scripts/virtuoso.sh creates; a CI server started by the same script has them too.
DBA_PASSWORD = os.environ.get("VIRTUOSO_DBA_PASSWORD", "dkb-dba")
READER = ("dkb_reader", "dkb_reader")


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory) -> str:
    """The anonymous, update-enabled SPARQL endpoint of a running Virtuoso, e.g. http://127.0.0.1:18890/sparql."""
    given = os.environ.get("DKB_TEST_VIRTUOSO_URL")
    if given:
        yield given.removeprefix("sparql:")
        return
    folder = tmp_path_factory.mktemp("virtuoso")
    started = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                             timeout=180)
    if started.returncode != 0:
        pytest.fail(f"cannot start Virtuoso with {SCRIPT}: {started.stderr.strip()}", pytrace=False)
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], capture_output=True, timeout=120)


@pytest.fixture(params=["memory", "embedded", "virtuoso"])
def backend_store(request, tmp_path):
    """An empty store of each backend, for tests that must give identical results on all: Oxigraph
    in memory, the embedded Oxigraph on disk, and Virtuoso under a registry of its own (emptied
    afterwards)."""
    if request.param in ("memory", "embedded"):
        store = open_store("memory:" if request.param == "memory" else f"oxigraph:{tmp_path / 'db'}")
        yield store
        store.close()
        return
    endpoint = request.getfixturevalue("virtuoso_url")
    base = f"https://test.example/{uuid.uuid4().hex[:10]}/"
    store = open_store(f"sparql:{endpoint}", {"base_iri": base})
    yield store
    for name in store.article_graphs():  # article graphs may lie outside `base`
        store.remove_article(name)
    store.close()
    drop_graphs_under(endpoint, base)


def drop_graphs_under(endpoint: str, base: str) -> None:
    """Drop every graph whose IRI starts with `base`: a test's leftovers would crowd the shared server,
    whose queries can exclude only so many foreign graphs (SparqlStore.scope_exclude_max)."""
    def post(field: str, text: str) -> bytes:
        request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({field: text}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.read()

    found = json.loads(post("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                     f'FILTER (STRSTARTS(STR(?g), "{base}")) }}'))
    graphs = [row["g"]["value"] for row in found["results"]["bindings"]]
    if graphs:
        post("update", " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
