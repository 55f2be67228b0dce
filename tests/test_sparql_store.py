"""The remote SPARQL store against a real Virtuoso: writes, registry, scope, atomicity, errors, parity."""
from __future__ import annotations

import io
import socket
import subprocess
import sys
import uuid
from decimal import Decimal

import pytest
import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kb.errors import ConfigError, QueryError, StoreError
from kb.migrate import migrate
from kb.store import open_store
from kb.store import sparql as sparql_module
from kb.store import sparql_text
from kb.store.oxigraph import from_ox
from kb.store.sparql import ARTICLE_GRAPH, SparqlStore
from tests.store_support import base, event_triples, graph_of, raw_select, store, timeline_params  # noqa: F401
from tests.virtuoso_fixture import DBA_PASSWORD, READER, SCRIPT

pytestmark = pytest.mark.virtuoso

DKB = Namespace("https://w3id.org/dkb/ontology#")


# -- writes and the registry ------------------------------------------------------------------

def test_put_replace_remove(store, base):
    g1, g2 = base + "graph/a1", base + "graph/a2"
    first, second = event_triples(base, 3), event_triples(base, 2, "chile")
    store.put_article(g1, first)
    store.put_article(g2, second)
    assert store.article_graphs() == sorted([g1, g2])
    assert graph_of(store, g1) == set(first)
    # a triple in both graphs counts twice, as in the embedded store
    assert store.count_triples() == len(first) + len(second)

    replacement = event_triples(base, 1, "peru")
    store.put_article(g1, replacement)
    assert graph_of(store, g1) == set(replacement)
    assert store.count_triples() == len(replacement) + len(second)

    assert store.remove_article(g1) is True
    assert store.remove_article(g1) is False
    assert not store.has_graph(g1) and store.has_graph(g2)
    assert store.article_graphs() == [g2]
    assert store.count_triples() == len(second)


def test_empty_article_graph_is_registered(store, base):
    store.put_article(base + "graph/empty", [])
    assert store.has_graph(base + "graph/empty")
    assert store.count_triples() == 0


def test_registry_graph_holds_one_type_triple_per_article(store, base, virtuoso_url):
    for name in ("x", "y"):
        store.put_article(f"{base}graph/{name}", event_triples(base, 1))
    rows = raw_select(virtuoso_url, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{store.registry}> {{ ?s ?p ?o }} }}")
    found = {(r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows}
    assert found == {(f"{base}graph/{n}", str(RDF.type), ARTICLE_GRAPH) for n in ("x", "y")}


def test_open_store_builds_a_sparql_store(virtuoso_url, base):
    opened = open_store(f"sparql:{virtuoso_url}", {"base_iri": base})
    assert isinstance(opened, SparqlStore)
    assert opened.endpoint == virtuoso_url and opened.article_graphs() == []


def test_batched_put_writes_the_same_graph(virtuoso_url, base):
    batched = SparqlStore(virtuoso_url, {"base_iri": base, "sparql_graph_store_url": "none"})
    batched.insert_batch = 5
    triples = event_triples(base, 7)  # 28 triples: six batches
    batched.put_article(base + "graph/b", triples)
    assert graph_of(batched, base + "graph/b") == set(triples)
    assert batched.article_graphs() == [base + "graph/b"]


# -- atomic replace ---------------------------------------------------------------------------

def leftover_temp_graphs(endpoint: str, base: str) -> list[str]:
    rows = raw_select(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                f'FILTER (STRSTARTS(STR(?g), "{base}tmp/")) }}')
    return [r["g"]["value"] for r in rows]


def test_interrupted_batched_put_keeps_the_old_graph(virtuoso_url, base, monkeypatch):
    batched = SparqlStore(virtuoso_url, {"base_iri": base, "sparql_graph_store_url": "none"})
    batched.insert_batch = 4
    old = event_triples(base, 2)
    batched.put_article(base + "graph/a", old)

    calls = []
    real_update = SparqlStore._update

    def failing_update(self, text, action):
        calls.append(text)
        if len(calls) == 4:  # emptied, then two batches landed in the temporary graph; the third fails
            raise StoreError("simulated connection loss")
        return real_update(self, text, action)

    monkeypatch.setattr(SparqlStore, "_update", failing_update)
    with pytest.raises(StoreError, match="simulated"):
        batched.put_article(base + "graph/a", event_triples(base, 5, "peru"))
    monkeypatch.undo()
    assert len(calls) >= 4
    assert graph_of(batched, base + "graph/a") == set(old)
    assert leftover_temp_graphs(virtuoso_url, base) == []
    assert batched.count_triples() == len(old)


def test_failed_swap_keeps_the_old_graph(store, base, virtuoso_url, monkeypatch):
    old = event_triples(base, 2)
    store.put_article(base + "graph/a", old)
    real_update = SparqlStore._update

    def failing_swap(self, text, action):
        if "MOVE" in text:  # the temporary graph was filled by a Graph Store PUT
            raise StoreError("simulated failure of the swap")
        return real_update(self, text, action)

    monkeypatch.setattr(SparqlStore, "_update", failing_swap)
    with pytest.raises(StoreError, match="simulated"):
        store.put_article(base + "graph/a", event_triples(base, 4, "peru"))
    monkeypatch.undo()
    assert graph_of(store, base + "graph/a") == set(old)
    assert leftover_temp_graphs(virtuoso_url, base) == []


@pytest.mark.parametrize("bad", [URIRef("http://bad iri/with space"), "not a term"])
def test_malformed_term_is_a_store_error_and_keeps_the_old_graph(store, base, bad):
    old = event_triples(base, 2)
    store.put_article(base + "graph/a", old)
    with pytest.raises(StoreError):
        store.put_article(base + "graph/a", event_triples(base, 3) + [(URIRef(base + "x"), RDFS.label, bad)])
    assert graph_of(store, base + "graph/a") == set(old)


def test_rejected_graph_store_put_keeps_the_old_graph(store, base, monkeypatch):
    old = event_triples(base, 2)
    store.put_article(base + "graph/a", old)
    real = sparql_module.to_ox
    # One term renders as broken N-Triples: the server must refuse the whole PUT.
    monkeypatch.setattr(sparql_module, "to_ox",
                        lambda t: '"unterminated' if t == Literal("poison") else real(t))
    with pytest.raises(StoreError):
        store.put_article(base + "graph/a", event_triples(base, 3) + [(URIRef(base + "x"), RDFS.label,
                                                                     Literal("poison"))])
    monkeypatch.undo()
    assert graph_of(store, base + "graph/a") == set(old)
    assert store.article_graphs() == [base + "graph/a"]


# -- query scope --------------------------------------------------------------------------------

def test_queries_see_only_registered_article_graphs(store, base, virtuoso_url):
    store.put_article(base + "graph/a", event_triples(base, 2))
    # Someone else's graph and an unregistered graph under DKB's names hold matching data.
    foreign = SparqlStore(virtuoso_url, {"base_iri": base + "other/"})
    foreign.put_article(base + "foreign", event_triples(base, 3, "chile"))
    store.put_graph(base + "graph/orphan", f"<{base}event/9> <{RDF.type}> <{DKB.Meeting}> .\n".encode())

    everything = raw_select(virtuoso_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(everything[0]["n"]["value"]) > store.count_triples()  # system graphs are there
    rows = store.query("SELECT ?e ?a WHERE { ?e a dkb:Meeting ; dkb:agent ?a }").rows
    assert {r["a"] for r in rows} == {URIRef(base + "country/france")}
    assert len(rows) == 2
    assert store.count_triples() == 8
    named = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert [r["g"] for r in named] == [URIRef(base + "graph/a")]


def test_other_servers_get_the_article_graphs_as_protocol_dataset(store, base, virtuoso_url):
    """The path for servers other than Virtuoso: default-graph-uri / named-graph-uri parameters."""
    store.put_article(base + "graph/a", event_triples(base, 2))
    foreign = SparqlStore(virtuoso_url, {"base_iri": base + "other/"})
    foreign.put_article(base + "foreign", event_triples(base, 3, "chile"))
    generic = SparqlStore(virtuoso_url, {"base_iri": base})
    generic._virtuoso = False  # as if the Server header named another product
    assert generic._scope() == ("", [base + "graph/a"])
    assert generic.count_triples() == 8
    rows = generic.query("SELECT DISTINCT ?a WHERE { GRAPH ?g { ?e dkb:agent ?a } }").rows
    assert rows == [{"a": URIRef(base + "country/france")}]
    assert graph_of(generic, base + "graph/a") == set(event_triples(base, 2))


def test_query_text_rewrites_keep_iris_and_strings():
    text = 'SELECT ?s WHERE { GRAPH <http://g/1> { ?s <http://x/GRAPH> "GRAPH <a> {" } }'
    pinned = sparql_text.pin_graphs(text)
    assert pinned == ('SELECT ?s WHERE { VALUES ?_dkb_g0 { <http://g/1> } GRAPH ?_dkb_g0 '
                      '{ ?s <http://x/GRAPH> "GRAPH <a> {" } }')
    bound = sparql_text.bind("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"p": RDF.type})
    assert bound.index("VALUES") > bound.index("WHERE")
    assert sparql_text.query_form("PREFIX ask: <http://x/select#> # DESCRIBE\nASK {}") == "ASK"


def test_bindings_join_variables_outside_the_select_list(store, base):
    store.put_article(base + "graph/a", event_triples(base, 2) + event_triples(base + "b/", 1, "peru"))
    rows = store.query("SELECT ?e WHERE { ?e dkb:agent ?actor }", {"actor": URIRef(base + "b/country/peru")}).rows
    assert rows == [{"e": URIRef(base + "b/event/0")}]
    assert store.query("ASK { ?e dkb:agent ?actor }", {"actor": URIRef(base + "nobody")}).boolean is False


def test_result_cut_at_the_row_cap_raises(virtuoso_url, base):
    # 400 x 400 = 160,000 rows: over the 100,000-row cap scripts/virtuoso.sh sets. Writing and
    # reading the 100,000 rows that come back takes seconds on a busy machine: a long timeout.
    store = SparqlStore(virtuoso_url, {"base_iri": base, "query_timeout": 180})
    ids = [(URIRef(f"{base}event/{i}"), DKB.startOffset, Literal(i)) for i in range(400)]
    store.put_article(base + "graph/a", ids)
    with pytest.raises(StoreError, match="cut the result at 100000 rows"):
        store.query("SELECT ?a ?b WHERE { ?a dkb:startOffset ?x . ?b dkb:startOffset ?y }")
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a dkb:startOffset ?x . ?b dkb:startOffset ?y }"
                       ).rows[0]["n"].toPython() == 160_000


def test_bad_sparql_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT ?x WHERE { ?x ?y }")


# -- errors -------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_server_down_names_the_url():
    port = free_port()
    down = SparqlStore(f"sparql:http://127.0.0.1:{port}/sparql", {})
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}.*connection refused"):
        down.count_triples()
    with pytest.raises(StoreError, match="connection refused"):
        down.put_article("https://test.example/graph/a", [])


def test_wrong_path_is_a_config_error(virtuoso_url):
    wrong = SparqlStore(virtuoso_url.rsplit("/", 1)[0] + "/no-such-service", {})
    with pytest.raises(ConfigError, match="no-such-service.*404"):
        wrong.article_graphs()


@pytest.mark.parametrize("url", ["sparql:", "sparql:ftp://host/sparql", "sparql:localhost:8890"])
def test_malformed_url_is_a_config_error(url):
    with pytest.raises(ConfigError):
        SparqlStore(url, {})


def test_silent_server_times_out():
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]
        slow = SparqlStore(f"http://127.0.0.1:{port}/sparql", {"query_timeout": 1})
        with pytest.raises(StoreError, match="no answer in time"):
            slow.article_graphs()


def auth_store(virtuoso_url, base, user, password):
    auth_url = virtuoso_url.rstrip("/") + "-auth"
    return SparqlStore(auth_url, {"base_iri": base, "sparql_user": user, "sparql_password": password,
                                  "sparql_auth": "digest"})


def test_digest_authentication_writes(virtuoso_url, base):
    admin = auth_store(virtuoso_url, base, "dba", DBA_PASSWORD)
    admin.put_article(base + "graph/a", event_triples(base, 1))
    assert admin.gsp_url.endswith("/sparql-graph-crud-auth")
    assert admin.count_triples() == 4


def test_wrong_password_is_reported(virtuoso_url, base):
    intruder = auth_store(virtuoso_url, base, "dba", "not-the-password")
    with pytest.raises(StoreError, match="401"):
        intruder.article_graphs()
    with pytest.raises(StoreError, match="401"):
        intruder.put_article(base + "graph/a", [])


@pytest.mark.parametrize("graph_store", ["", "none"])
def test_read_only_user_cannot_write(virtuoso_url, base, store, graph_store):
    store.put_article(base + "graph/a", event_triples(base, 1))
    reader = auth_store(virtuoso_url, base, *READER)
    reader.gsp_url = reader.gsp_url if graph_store == "" else ""
    assert reader.count_triples() == 4  # reading is allowed
    with pytest.raises(StoreError, match="refused the write"):
        reader.put_article(base + "graph/a", [])
    with pytest.raises(StoreError, match="refused the write"):
        reader.remove_article(base + "graph/a")
    assert store.count_triples() == 4


# -- export and migration -----------------------------------------------------------------------

def test_export_parses_back(store, base):
    a, b = event_triples(base, 2), event_triples(base + "b/", 1, "chile")
    store.put_article(base + "graph/a", a)
    store.put_article(base + "graph/b", b + a[:4])  # shared triples: once in the union
    out = io.BytesIO()
    assert store.export("nquads", out) == len(a) + len(b) + 4
    graphs: dict[str, Graph] = {}
    for q in ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(q.graph_name.value, Graph()).add((from_ox(q.subject), from_ox(q.predicate),
                                                             from_ox(q.object)))
    assert sorted(graphs) == [base + "graph/a", base + "graph/b"]
    for name, triples in ((base + "graph/a", a), (base + "graph/b", b + a[:4])):
        expected = Graph()
        for t in triples:
            expected.add(t)
        assert isomorphic(graphs[name], expected)

    out = io.BytesIO()
    assert store.export("turtle", out) == len(a) + len(b)
    union = Graph().parse(data=out.getvalue(), format="turtle")
    assert set(union) == set(a) | set(b)


def test_migrate_memory_to_virtuoso_and_back(store, base):
    source = open_store("memory:")
    articles = {base + "graph/a": event_triples(base, 3), base + "graph/b": event_triples(base, 2, "chile")}
    for name, triples in articles.items():
        source.put_article(name, triples)
    there = migrate(source, store)
    assert (there.graphs, there.triples_src, there.triples_dst) == (2, 20, 20)
    back = open_store("memory:")
    report = migrate(store, back)
    assert (report.graphs, report.triples_src, report.triples_dst) == (2, 20, 20)
    assert back.article_graphs() == sorted(articles)
    for name, triples in articles.items():
        rows = back.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(name)})
        assert set(rows.graph) == set(triples)


# -- parity with the embedded store -------------------------------------------------------------

PARITY_QUERIES = [
    # timeline of one actor, newest first
    "SELECT ?e ?date ?label WHERE { ?e dkb:agent ?actor ; dkb:date ?date ; rdfs:label ?label } "
    "ORDER BY DESC(?date) ?e LIMIT 5",
    # events per actor, with an aggregate
    "SELECT ?actor (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dkb:agent ?actor } GROUP BY ?actor ORDER BY ?actor",
    # date filter and an optional part
    "SELECT ?e ?conf WHERE { ?e a dkb:Meeting ; dkb:date ?d . OPTIONAL { ?e dkb:confidence ?conf } "
    'FILTER (?d >= "2024-03-05"^^xsd:date) } ORDER BY ?e',
    # which graph reports an event
    "SELECT ?g ?e WHERE { GRAPH ?g { ?e dkb:agent ?actor } } ORDER BY ?g ?e",
]


def comparable(rows: list[dict]) -> list[dict]:
    """Compare values, not spellings: Virtuoso writes the decimal 0.50 as 0.5."""
    def value(term):
        return term.toPython() if isinstance(term, Literal) else term
    return [{k: value(v) for k, v in row.items()} for row in rows]


@pytest.mark.parametrize("query", PARITY_QUERIES)
def test_same_answers_as_the_embedded_store(store, base, query):
    memory = open_store("memory:")
    data = {base + "graph/a": event_triples(base, 8),
            base + "graph/b": event_triples(base, 3, "chile")
            + [(URIRef(base + "event/1"), DKB.confidence, Literal("0.50", datatype=XSD.decimal))]}
    for name, triples in data.items():
        memory.put_article(name, triples)
        store.put_article(name, triples)
    bindings = {"actor": URIRef(base + "country/france")} if "?actor ;" in query else None
    expected = memory.query(query, bindings)
    got = store.query(query, bindings)
    assert got.vars == expected.vars
    assert comparable(got.rows) == comparable(expected.rows)
    assert got.rows  # the query found something, so the comparison means something


def test_known_dialect_differences(store):
    """Virtuoso quirks canned queries must steer around; if an upgrade fixes one, this test says so."""
    memory = open_store("memory:")
    query = "SELECT ((7 / 2) AS ?half) ((1 < 2) AS ?yes) WHERE {}"
    embedded, remote = memory.query(query).rows[0], store.query(query).rows[0]
    assert embedded["half"].toPython() == Decimal("3.5") and remote["half"].toPython() == 3
    assert embedded["yes"].toPython() is True and remote["yes"].toPython() == 1


# -- the helper script ----------------------------------------------------------------------------

def test_script_reports_status(virtuoso_url, tmp_path):
    missing = subprocess.run([str(SCRIPT), "status", str(tmp_path)], capture_output=True, text=True)
    assert missing.returncode != 0 and "no Virtuoso" in missing.stderr
    usage = subprocess.run([str(SCRIPT), "restart"], capture_output=True, text=True)
    assert usage.returncode != 0 and "usage" in usage.stderr


# -- the canned timelines, unchanged, on both backends -----------------------------------------

@pytest.fixture(scope="module")
def sample_remote(virtuoso_url, sample_store):
    """The sample corpus copied into Virtuoso under a registry of its own."""
    remote = SparqlStore(virtuoso_url, {"base_iri": f"https://test.example/{uuid.uuid4().hex[:10]}/"})
    report = migrate(sample_store, remote)
    assert report.graphs > 0 and report.triples_dst == sample_store.count_triples()
    yield remote
    for name in remote.article_graphs():
        remote.remove_article(name)


def test_every_canned_timeline_answers_alike(sample_store, sample_remote):
    from kb.timelines import list_timelines, run_timeline

    timelines = list_timelines()
    assert timelines
    answered = 0
    for timeline in timelines:
        params = timeline_params(sample_store, timeline)
        expected = run_timeline(sample_store, timeline.name, params, limit=50)
        got = run_timeline(sample_remote, timeline.name, params, limit=50)
        assert got.columns == expected.columns, timeline.name
        assert got.rows == expected.rows, timeline.name
        assert expected.rows, f"{timeline.name} has no rows: its parity would compare nothing"


def test_install_script_skips_an_installed_virtuoso():
    done = subprocess.run([str(SCRIPT.with_name("install_virtuoso.sh"))], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "already installed" in done.stderr


def test_benchmark_smoke_run(virtuoso_url):
    bench = SCRIPT.with_name("bench_virtuoso.py")
    done = subprocess.run([sys.executable, str(bench), "--url", virtuoso_url, "--triples", "3000",
                           "--sample", "3", "--runs", "2"], capture_output=True, text=True, timeout=600)
    assert "Virtuoso bulk_load:" in done.stdout and "triples/s" in done.stdout, done.stdout + done.stderr
    assert "actor_events/rare" in done.stdout
    # A timeline that fails, or row counts that differ between the backends, print PROBLEM lines.
    assert done.returncode == 0 and "PROBLEM:" not in done.stdout, done.stdout[-3000:] + done.stderr
