"""/sparql under attack: writes only with the token, nothing that reaches the network, bounded
bodies, runaway queries stopped while the server keeps answering, and errors that show no internals."""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import URIRef

from kb.errors import StoreError
from kb.settings import load_settings
from tests.web_fixtures import TOKEN, app, client, fill, web_settings, web_store  # noqa: F401

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON_ACCEPT = {"Accept": "application/json"}
INSERT = "INSERT DATA { GRAPH <urn:dkb:test> { <urn:x:a> <urn:x:b> \"added\" } }"
ADDED = "ASK { <urn:x:a> <urn:x:b> \"added\" }"
CHAIN = 3000   # nodes in a chain: the closure of (p|^p)* has 9 million pairs, about a minute of work


def ask(client, query: str) -> bool:
    response = client.get("/sparql", query_string={"query": query}, headers=JSON_ACCEPT)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["boolean"]


# -- writes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["form", "direct"])
def test_an_update_with_the_token_is_applied(client, how):
    if how == "form":
        response = client.post("/sparql", data={"update": INSERT}, headers=AUTH)
    else:
        response = client.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 200 and response.get_json()["ok"] is True
    assert ask(client, ADDED)


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": f"Bearer {TOKEN}x"}, 403),
    ({**AUTH, "Origin": "https://evil.example"}, 403), ({**AUTH, "Sec-Fetch-Site": "cross-site"}, 403),
    ({**AUTH, "Referer": "https://evil.example/page"}, 403),
])
def test_an_update_without_a_valid_token_or_from_another_site_changes_nothing(client, web_store, headers, status):
    before = web_store.count_triples()
    response = client.post("/sparql", data={"update": INSERT}, headers=headers)
    assert response.status_code == status and response.get_json()["ok"] is False
    assert web_store.count_triples() == before and not ask(client, ADDED)


def test_a_same_site_update_from_the_browser_is_applied(client):
    headers = {**AUTH, "Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/sparql", data={"update": INSERT}, headers=headers).status_code == 200
    assert ask(client, ADDED)


def test_the_update_token_is_compared_in_constant_time(monkeypatch, client):
    import hmac

    import web.auth

    calls, original = [], hmac.compare_digest
    monkeypatch.setattr(web.auth.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or original(a, b))
    client.post("/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer guess"})
    assert calls == [(b"guess", TOKEN.encode())]


def test_updates_need_post_even_with_the_token(client):
    response = client.get("/sparql", query_string={"update": INSERT}, headers=AUTH)
    assert response.status_code == 405 and not ask(client, ADDED)


def test_an_update_sent_as_a_query_is_explained_not_run(client):
    response = client.post("/sparql", data={"query": INSERT}, headers=AUTH)
    assert response.status_code == 400 and "'update'" in response.get_json()["error"]
    assert not ask(client, ADDED)


# -- nothing reaches the network ---------------------------------------------------------------
SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service silent <{url}> { ?s ?p ?o } }",
    "PREFIX remote: <{url}>\nSELECT * WHERE { # a comment\n  SeRvIcE remote:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } VALUES ?where { <{url}> } }",
    "SELECT * WHERE { OPTIONAL { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } } }",
    "ASK { FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
]
NETWORK_UPDATES = [
    "LOAD <{url}data.ttl>",
    "load silent <{url}data.ttl> into graph <urn:g>",
    "PREFIX r: <{url}>\nCLEAR SILENT GRAPH <urn:none> ;\n# then\nLoAd r:data.ttl",
    "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER EXISTS { service <{url}> { ?s ?p ?o } } }",
]


@pytest.fixture
def listener():
    """A loopback socket that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.5)
    yield server, f"http://127.0.0.1:{server.getsockname()[1]}/"
    server.close()


def nobody_connected(server) -> bool:
    try:
        server.accept()[0].close()
        return False
    except TimeoutError:
        return True


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_in_every_spelling(client, listener, template):
    server, url = listener
    response = client.get("/sparql", query_string={"query": template.replace("{url}", url)}, headers=JSON_ACCEPT)
    assert response.status_code == 403 and "SERVICE" in response.get_json()["error"]
    assert nobody_connected(server)


@pytest.mark.parametrize("template", NETWORK_UPDATES)
def test_load_and_service_are_refused_in_updates_even_with_the_token(client, web_store, listener, template):
    server, url = listener
    before = web_store.count_triples()
    response = client.post("/sparql", data={"update": template.replace("{url}", url)}, headers=AUTH)
    assert response.status_code == 403 and ("LOAD" in response.get_json()["error"]
                                            or "SERVICE" in response.get_json()["error"])
    assert nobody_connected(server) and web_store.count_triples() == before


@pytest.mark.parametrize("clause", ["USING <{url}data.ttl>", "USING NAMED <{url}data.ttl>"])
def test_a_dataset_clause_in_an_update_fetches_nothing(client, listener, clause):
    """USING names a dataset graph: the store's own graph of that name, never a download."""
    server, url = listener
    update = ("INSERT { GRAPH <urn:dkb:test> { <urn:x:a> <urn:x:b> \"from using\" } } "
              f"{clause.replace('{url}', url)} WHERE {{}}")
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert nobody_connected(server)


# -- request size ------------------------------------------------------------------------------
@pytest.fixture
def small_client(web_settings, web_store):
    from web import create_app

    return create_app({**web_settings, "max_request_bytes": 2000, "max_query_bytes": 300,
                       "STORE": web_store}).test_client()


def test_a_body_over_max_request_bytes_is_413_in_our_shape(small_client):
    body = {"articles": [{"title": "Big", "text": "word " * 1000}]}
    response = small_client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 413
    answer = response.get_json()
    assert answer["ok"] is False and answer["status"] == 413 and answer["error"]


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_a_query_over_max_query_bytes_is_413(small_client, how):
    query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 400
    if how == "get":
        response = small_client.get("/sparql", query_string={"query": query}, headers=JSON_ACCEPT)
    elif how == "form":
        response = small_client.post("/sparql", data={"query": query}, headers=JSON_ACCEPT)
    else:
        response = small_client.post("/sparql", data=query, content_type="application/sparql-query",
                                     headers=JSON_ACCEPT)
    assert response.status_code == 413 and "max_query_bytes" in response.get_json()["error"]


def test_deeply_nested_queries_are_a_clear_400(client):
    query = "SELECT * WHERE { FILTER(" + "(" * 400 + "1" + ")" * 400 + ") }"
    response = client.get("/sparql", query_string={"query": query}, headers=JSON_ACCEPT)
    assert response.status_code == 400 and "nested too deeply" in response.get_json()["error"]


# -- runaway queries on the on-disk store ------------------------------------------------------
PATHOLOGICAL = {
    "cartesian product": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } LIMIT 10 OFFSET 100000000000",
    "count of a cartesian product": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "unbounded property path": "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:chain:p>|^<urn:chain:p>)* ?b }",
    "huge ORDER BY": "SELECT ?c WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1",
}
LIMIT = 2.0


@pytest.fixture
def disk_app(tmp_path):
    from web import create_app

    settings = load_settings(environ={}, store=f"oxigraph:{tmp_path / 'db'}", update_token=TOKEN,
                             query_timeout=LIMIT, row_cap=1000, query_workers=2, query_memory=1024)
    app = create_app({**settings, "TESTING": True})
    store = app.extensions["dkb"].store
    fill(store)
    node = [URIRef(f"urn:chain:n{i}") for i in range(CHAIN + 1)]
    store.put_article("urn:chain:graph", [(node[i], URIRef("urn:chain:p"), node[i + 1]) for i in range(CHAIN)])
    yield app
    app.extensions["dkb"].close()


@pytest.fixture
def disk_live(disk_app):
    from web import make_server

    server = make_server(disk_app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", disk_app
    server.shutdown()
    thread.join(5)


def get(url: str, accept: str = "application/json", timeout: float = 60) -> tuple[int, bytes, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=timeout) as r:
            return r.status, r.read(), time.monotonic() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), time.monotonic() - started


def sparql_url(base: str, query: str) -> str:
    return f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"


def worker_pids(app) -> set[int]:
    return {w.process.pid for w in app.extensions["dkb"].queries._workers}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_a_runaway_query_is_stopped_while_other_requests_are_answered(disk_live, name):
    base, app = disk_live
    assert get(sparql_url(base, "ASK { ?s ?p ?o }"))[0] == 200     # workers started and warm
    before = worker_pids(app)
    answers, stop = [], threading.Event()

    def other_clients():
        while not stop.is_set():
            answers.append(get(sparql_url(base, "ASK { ?e a <https://w3id.org/dkb/ontology#Summit> }")))
            answers.append(get(f"{base}/country/RUS.json"))

    others = threading.Thread(target=other_clients)
    others.start()
    status, body, seconds = get(sparql_url(base, PATHOLOGICAL[name]))
    stop.set()
    others.join()
    error = json.loads(body)
    assert status == 503 and error["ok"] is False and error["status"] == 503, error
    assert error["code"] in ("E408", "E411")     # stopped at the time limit, or at the memory limit first
    assert seconds < LIMIT + 3
    assert answers and all(a[0] == 200 for a in answers), [a[:1] + a[2:] for a in answers if a[0] != 200]
    assert max(a[2] for a in answers) < LIMIT + 3
    assert worker_pids(app) != before                 # the runaway's worker was killed and replaced
    for _ in range(3):                                # and every worker answers afterwards
        assert get(sparql_url(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }"))[0] == 200


def test_queries_read_what_was_written_since_the_last_query(disk_live):
    base, _ = disk_live
    assert get(sparql_url(base, ADDED))[1] and not json.loads(get(sparql_url(base, ADDED))[1])["boolean"]
    request = urllib.request.Request(f"{base}/sparql", data=INSERT.encode(), method="POST",
                                     headers={**AUTH, "Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
    for _ in range(3):   # each worker moves to the new snapshot
        assert json.loads(get(sparql_url(base, ADDED))[1])["boolean"] is True


def test_the_row_cap_holds_in_the_workers(disk_live):
    base, _ = disk_live
    status, body, _ = get(sparql_url(base, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 413 and "row_cap" in json.loads(body)["error"]


def test_old_snapshots_are_removed_and_none_is_left_after_close(disk_app, tmp_path):
    client = disk_app.test_client()
    for n in range(3):
        update = f"INSERT DATA {{ GRAPH <urn:dkb:test> {{ <urn:x:a> <urn:x:b> {n} }} }}"
        assert client.post("/sparql", data={"update": update}, headers=AUTH).status_code == 200
        assert ask(client, f"ASK {{ <urn:x:a> <urn:x:b> {n} }}")
    snapshots = disk_app.extensions["dkb"].queries._snapshots.root
    assert len(list(snapshots.iterdir())) <= 2        # at most one per worker
    disk_app.extensions["dkb"].close()
    assert not snapshots.exists()


# -- errors show no internals ------------------------------------------------------------------
SECRET_PATH = "/work/main/kb/store/oxigraph.py"


def leaky_app(folder, failure: Exception | None, **settings):
    """An app over an on-disk store holding the fixtures, whose in-process queries fail with `failure`
    (the endpoint's workers read the real data)."""
    from web import create_app

    folder.mkdir()
    values = load_settings(environ={}, store=f"oxigraph:{folder / 'db'}", update_token=TOKEN,
                           query_timeout=0.5, **settings)
    app = create_app({**values, "TESTING": True})
    real = app.extensions["dkb"].store
    fill(real)

    class Failing:
        url = real.url

        def __getattr__(self, name):
            return getattr(real, name)

        def query(self, *args, **kwargs):
            if failure is None:
                return real.query(*args, **kwargs)
            raise failure

    app.extensions["dkb"]._store = Failing()
    return app


def error_cases(tmp_path):
    """(app, method, path, request options, expected status) for every kind of error."""
    plain = leaky_app(tmp_path / "a", None, max_request_bytes=500)
    broken = leaky_app(tmp_path / "c", RuntimeError(f"boom in {SECRET_PATH}"))
    db = tmp_path / "b" / "db"
    io_error = leaky_app(tmp_path / "b", StoreError(f"oxigraph:{db}: query failed: IO error: {db}/000012.sst"))
    ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    runaway = urllib.parse.urlencode({"query": PATHOLOGICAL["count of a cartesian product"]})
    return [plain, broken, io_error], [
        (plain, "GET", "/sparql?query=SELEC", {}, 400),
        (plain, "GET", "/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }"}), {}, 403),
        (plain, "POST", "/api/articles", {"headers": {"Authorization": "Bearer no"}}, 403),
        (plain, "GET", "/event/0000000000000000", {}, 404),
        (plain, "GET", "/no/such/page", {}, 404),
        (plain, "DELETE", "/sparql", {}, 405),
        (plain, "GET", "/sparql?" + ask, {"headers": {"Accept": "text/turtle"}}, 406),
        (plain, "POST", "/api/articles", {"headers": AUTH, "data": "x" * 2000,
                                          "content_type": "application/json"}, 413),
        (plain, "POST", "/sparql", {"data": "ASK {}", "content_type": "text/plain"}, 415),
        (broken, "GET", "/timeline.json", {}, 500),
        (broken, "GET", "/country/RUS", {}, 500),
        (io_error, "GET", "/country/RUS", {}, 503),
        (plain, "GET", "/sparql?" + runaway, {}, 503),
    ]


@pytest.mark.parametrize("want", ["text/html", "application/json"])
def test_no_error_shows_a_trace_a_file_or_a_path(tmp_path, want):
    apps, cases = error_cases(tmp_path)
    seen = set()
    for app, method, path, options, status in cases:
        options = {**options, "headers": {"Accept": want, **options.get("headers", {})}}
        response = app.test_client().open(path, method=method, **options)
        body = response.get_data(as_text=True)
        assert response.status_code == status, (path, response.status_code, body[:300])
        for leak in ("Traceback", "/work/", ".py", str(tmp_path), "sst", "File \""):
            assert leak not in body, (path, status, leak, body[:500])
        if response.mimetype == "application/json":
            assert set(response.get_json()) - {"code"} == {"ok", "error", "status"}
        else:
            assert f'<p class="error-status">{status}</p>' in body
        seen.add(status)
    assert seen == {400, 403, 404, 405, 406, 413, 415, 500, 503}
    for app in apps:
        app.extensions["dkb"].close()


def test_an_update_is_seen_by_timelines_on_the_disk_store(disk_app):
    client = disk_app.test_client()

    def labels() -> set[str]:
        body = client.get("/timeline.json?from=2010-01-01&to=2010-12-31").get_json()
        return {json.dumps(item) for item in body["items"]}

    assert any("Prague" in item for item in labels())
    drop = "DROP GRAPH <https://w3id.org/dkb/id/graph/prague-2010>"
    assert client.post("/sparql", data={"update": drop}, headers=AUTH).status_code == 200
    assert not any("Prague" in item for item in labels())


def test_a_worker_killed_from_outside_is_replaced_without_failing_a_query(disk_app):
    client = disk_app.test_client()
    assert ask(client, "ASK { ?s ?p ?o }")
    pool = disk_app.extensions["dkb"].queries
    for worker in pool._workers:
        worker.process.kill()
        worker.process.wait(5)
    for _ in range(3):
        assert ask(client, "ASK { ?s ?p ?o }")
