"""The store contract on every backend (whole-graph replacement, atomicity, queries), and the
embedded store's own: persistence, the directory lock."""
from __future__ import annotations

import multiprocessing

import pytest
from rdflib import Literal, URIRef, XSD

from kb.errors import ConfigError, QueryError, StoreError
from kb.store import QueryResult, Store, open_store
from kb.store.oxigraph import OxigraphStore

EX = "https://w3id.org/dkb/id/"
G1, G2 = EX + "graph/a1", EX + "graph/a2"
P = URIRef("https://w3id.org/dkb/ontology#headline")


def triples(tag: str, count: int = 3) -> list[tuple]:
    return [(URIRef(f"{EX}article/{tag}"), URIRef(f"{EX}p{i}"), Literal(f"{tag} {i}")) for i in range(count)]


def graph_rows(store: Store, graph: str) -> set[tuple]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return {(r["s"], r["p"], r["o"]) for r in rows}


@pytest.fixture
def store(backend_store):
    """Every backend: the store contract is the same in memory, on disk and on Virtuoso."""
    return backend_store


@pytest.fixture(params=["memory", "disk"])
def oxigraph_store(request, tmp_path):
    s = open_store("memory:" if request.param == "memory" else f"oxigraph:{tmp_path / 'db'}")
    yield s
    s.close()


def test_put_replace_remove(store):
    assert isinstance(store, Store)
    store.put_article(G1, triples("a1"))
    store.put_article(G2, triples("a2", 2))
    assert store.article_graphs() == [G1, G2] and store.count_triples() == 5
    store.put_article(G1, triples("new", 1))
    assert graph_rows(store, G1) == set(triples("new", 1))
    assert graph_rows(store, G2) == set(triples("a2", 2))
    assert store.remove_article(G1) is True and store.remove_article(G1) is False
    assert not store.has_graph(G1) and store.has_graph(G2) and store.count_triples() == 2


def test_same_triples_twice_keep_the_count(store):
    store.put_article(G1, triples("a1"))
    first = store.count_triples()
    store.put_article(G1, iter(triples("a1")))
    assert store.count_triples() == first == 3


def test_literals_with_sparql_syntax_are_stored_verbatim(store):
    nasty = Literal('he said "stop" } ; DROP ALL ; INSERT DATA { <x:a> <x:b> <x:c> } #\n\\', lang="en")
    store.put_article(G1, [(URIRef(EX + "quote/q1"), P, nasty)])
    assert graph_rows(store, G1) == {(URIRef(EX + "quote/q1"), P, nasty)}
    assert store.article_graphs() == [G1]


@pytest.mark.parametrize("bad", [
    (URIRef(EX + "ok"), P, URIRef("http://bad iri/with space")),
    (URIRef(EX + "ok"), P, URIRef(EX + "x> } ; DROP ALL ; #")),
    (URIRef(EX + "ok"), P, "not a term"),
])
def test_invalid_term_mid_graph_leaves_old_graph(store, bad):
    store.put_article(G1, triples("old"))
    with pytest.raises(StoreError):
        store.put_article(G1, triples("new")[:2] + [bad] + triples("more"))
    assert graph_rows(store, G1) == set(triples("old"))


def test_failing_producer_leaves_old_graph(store):
    store.put_article(G1, triples("old"))

    def produce():
        yield from triples("new")
        raise RuntimeError("extractor crashed")
    with pytest.raises(StoreError):
        store.put_article(G1, produce())
    assert graph_rows(store, G1) == set(triples("old"))


def test_failure_inside_the_transaction_rolls_back(oxigraph_store, monkeypatch):
    # Force a failure after DROP and INSERT have run inside the one update: Oxigraph must undo both.
    # (On Virtuoso the same case is tests/test_sparql_store.py's failed swap.)
    store = oxigraph_store
    store.put_article(G1, triples("old"))
    original = OxigraphStore._replace_update
    monkeypatch.setattr(OxigraphStore, "_replace_update", staticmethod(
        lambda graph, body: original(graph, body) + f" ;\nCREATE GRAPH {graph}"))
    with pytest.raises(StoreError):
        store.put_article(G1, triples("new"))
    assert graph_rows(store, G1) == set(triples("old"))


def test_query_kinds_and_bindings(store):
    store.put_article(G1, triples("a1"))
    select = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert isinstance(select, QueryResult) and select.vars == ["o"]
    assert [r["o"] for r in select.rows] == [Literal("a1 0"), Literal("a1 1"), Literal("a1 2")]
    bound = store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal("a1 1")})  # ?o not projected
    assert [r["s"] for r in bound.rows] == [URIRef(EX + "article/a1")]
    assert store.query("ASK { ?s ?p 'a1 2' }").boolean is True
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert set(graph) == set(triples("a1"))
    with pytest.raises(QueryError):
        store.query("SELECT ?x WHERE {")


def test_typed_literals_round_trip(store):
    row = (URIRef(EX + "event/e1"), URIRef("https://w3id.org/dkb/ontology#date"),
           Literal("2024-02", datatype=XSD.gYearMonth))
    store.put_article(G1, [row])
    assert graph_rows(store, G1) == {row}


def test_disk_store_keeps_data_after_reopen(tmp_path):
    url = f"oxigraph:{tmp_path / 'db'}"
    with open_store(url) as s:
        s.put_article(G1, triples("a1"))
    with open_store(url, read_only=True) as s:
        assert graph_rows(s, G1) == set(triples("a1"))
        with pytest.raises(StoreError, match="read-only"):
            s.put_article(G1, [])
    with open_store(url) as s:
        assert s.count_triples() == 3


def _hold_lock(path: str, ready, done) -> None:
    s = open_store(f"oxigraph:{path}")
    ready.set()
    done.wait(30)
    s.close()


def test_locked_directory_gives_store_error(tmp_path):
    path = str(tmp_path / "db")
    open_store(f"oxigraph:{path}").close()
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(path, ready, done))
    holder.start()
    try:
        assert ready.wait(60)
        with pytest.raises(StoreError, match="in use by another writer") as err:
            open_store(f"oxigraph:{path}")
        assert path in str(err.value)
        with open_store(f"oxigraph:{path}", read_only=True) as reader:  # readers are still welcome
            assert reader.count_triples() == 0
    finally:
        done.set()
        holder.join(30)


def test_closed_store_and_bad_urls(tmp_path):
    s = open_store("memory:")
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count_triples()
    for url in ("oxigraph:", "postgres://x", "memory:extra"):
        with pytest.raises(ConfigError):
            open_store(url)
    with pytest.raises(StoreError, match="no store"):
        open_store(f"oxigraph:{tmp_path / 'absent'}", read_only=True)
