"""Over HTTP, with a real SPARQL client: a query worker whose start fails is replaced and the query
tried once more; a second failure is 503 [E414] naming both, and the endpoint answers the next
query. The starts fail for real (tests.worker_faults), in a server with one query worker so that
the query meets the failing ones."""
from __future__ import annotations

import json
import urllib.error

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kb.settings import load_settings
from tests.web_fixtures import TOKEN, LiveServer, fill
from tests.worker_faults import MESSAGE, fail_worker_starts

SUMMITS = "ASK { ?e a <https://w3id.org/dkb/ontology#Summit> }"


def serve(folder, **settings):
    """A live server over an on-disk store holding the fixtures; its query pool starts with its first query."""
    from web import create_app

    values = load_settings(environ={}, store=f"oxigraph:{folder / 'db'}", update_token=TOKEN,
                           query_timeout=30.0, query_workers=1, **settings)
    app = create_app({**values, "TESTING": True})
    fill(app.extensions["dkb"].store)
    with LiveServer(app) as server:
        yield server
    app.extensions["dkb"].close()


@pytest.fixture
def one_worker_server(tmp_path):
    yield from serve(tmp_path)


@pytest.fixture
def starved_server(tmp_path):
    """Its one worker is capped at 64 MB, too little for the engine to open a store."""
    yield from serve(tmp_path, query_memory=64)


def ask(url: str) -> bool:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(SUMMITS)
    client.setReturnFormat(JSON)
    return client.query().convert()["boolean"]


def test_a_worker_start_failing_once_still_answers_200(one_worker_server, tmp_path, monkeypatch):
    tickets = fail_worker_starts(monkeypatch, tmp_path / "faults", 1)
    assert ask(one_worker_server.url) is True
    assert not list(tickets.iterdir())      # the failure did happen


def test_a_worker_start_failing_twice_is_503_e414_and_the_next_query_answers(one_worker_server, tmp_path,
                                                                             monkeypatch):
    tickets = fail_worker_starts(monkeypatch, tmp_path / "faults", 2)
    with pytest.raises(urllib.error.HTTPError) as failure:     # SPARQLWrapper passes a 503 on as it is
        ask(one_worker_server.url)
    body = json.loads(failure.value.read())
    assert (failure.value.code, body["status"], body["code"], body["ok"]) == (503, 503, "E414", False)
    assert f"exited with status 1 (its last words: '{MESSAGE} (ticket 2)')" in body["error"]
    assert "query_memory" not in body["error"]
    assert not list(tickets.iterdir())
    assert ask(one_worker_server.url) is True


def test_workers_out_of_memory_at_start_are_503_e414_advising_query_memory(starved_server):
    for _ in range(2):    # and again: the pool keeps trying new workers, it does not hang
        with pytest.raises(urllib.error.HTTPError) as failure:
            ask(starved_server.url)
        body = json.loads(failure.value.read())
        assert (failure.value.code, body["code"]) == (503, "E414")
        assert "The worker's memory cap is the cause" in body["error"]
        assert body["error"].endswith("raise the query_memory setting (64 MB)")
