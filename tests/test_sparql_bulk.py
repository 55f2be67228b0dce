"""Bulk loading article graphs into a real Virtuoso through the Graph Store protocol."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kb.errors import InputError, StoreError
from kb.store import open_store
from kb.store import sparql_bulk
from kb.store.oxigraph import to_ox
from kb.store.sparql import SparqlStore
from tests.test_sparql_store import base, event_triples, graph_of, raw_select, store  # noqa: F401

pytestmark = pytest.mark.virtuoso


def nquads(graphs: dict[str, list[tuple]]) -> bytes:
    """A dump with each graph's quads together, as `dkb export --format nquads` writes it."""
    out = io.BytesIO()
    ox.serialize([ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(g))
                  for g, triples in graphs.items() for s, p, o in triples], out, ox.RdfFormat.N_QUADS)
    return out.getvalue()


def graphs_on_server(endpoint: str, base: str) -> set[str]:
    """Every graph holding triples under `base`, registered or not (read past the store's scope)."""
    rows = raw_select(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                f'FILTER (STRSTARTS(STR(?g), "{base}")) }}')
    return {r["g"]["value"] for r in rows}


def test_bulk_load_writes_registers_and_replaces(store, base, tmp_path):
    store.put_article(base + "graph/0", event_triples(base, 6))  # replaced by the dump
    store.put_article(base + "graph/kept", event_triples(base + "k/", 1))  # not in the dump: untouched
    dump = {base + f"graph/{n}": event_triples(base + f"{n}/", n + 1, f"c{n}") for n in range(5)}
    path = tmp_path / "dump.nq"
    path.write_bytes(nquads(dump))

    assert store.bulk_load(path, "nquads") == 5
    assert store.article_graphs() == sorted([*dump, base + "graph/kept"])
    for name, triples in dump.items():
        assert graph_of(store, name) == set(triples)
    assert graph_of(store, base + "graph/kept") == set(event_triples(base + "k/", 1))
    assert store.count_triples() == sum(map(len, dump.values())) + 4
    assert graphs_on_server(store.endpoint, base) == {*dump, base + "graph/kept", store.registry}


def test_bulk_load_matches_the_embedded_store_on_trig(store, base):
    dump = {base + f"graph/{n}": event_triples(base + f"{n}/", 2, f"c{n % 2}") for n in range(3)}
    trig = io.BytesIO()
    ox.serialize(ox.parse(nquads(dump), format=ox.RdfFormat.N_QUADS), trig, ox.RdfFormat.TRIG)
    memory = open_store("memory:")
    memory.bulk_load(trig.getvalue(), "trig")
    store.bulk_load(trig.getvalue(), "trig")
    query = "SELECT ?g ?e ?actor WHERE { GRAPH ?g { ?e dkb:agent ?actor } } ORDER BY ?g ?e"
    assert store.query(query).rows == memory.query(query).rows
    assert len(memory.query(query).rows) == 6


def test_interrupted_bulk_load_leaves_whole_graphs_only(store, base, monkeypatch):
    old = event_triples(base, 2)
    store.put_article(base + "graph/3", old)
    monkeypatch.setattr(sparql_bulk, "REGISTER_BATCH", 2)
    dump = nquads({base + f"graph/{n}": event_triples(base + f"{n}/", 3, f"c{n}") for n in range(5)})
    # Cut inside graph 4: graphs 0-1 form a registered batch; 2 and 3 (a replacement) were written
    # but not registered when the parser fails.
    cut = dump[:dump.index(f"<{base}graph/4>".encode()) + 20]
    with pytest.raises(InputError, match="not valid N-Quads"):
        store.bulk_load(cut, "nquads")
    assert store.article_graphs() == sorted([base + "graph/0", base + "graph/1", base + "graph/3"])
    assert graph_of(store, base + "graph/3") == set(old)
    assert graphs_on_server(store.endpoint, base) == {base + "graph/0", base + "graph/1", base + "graph/3",
                                                      store.registry}


def test_failed_registration_drops_the_batch(store, base, monkeypatch):
    real = SparqlStore.register

    def failing(self, swaps, graphs):
        if len(graphs) > 1:
            raise StoreError("simulated loss of the connection")
        return real(self, swaps, graphs)

    monkeypatch.setattr(SparqlStore, "register", failing)
    with pytest.raises(StoreError, match="simulated"):
        store.bulk_load(nquads({base + f"graph/{n}": event_triples(base + f"{n}/", 1) for n in range(3)}))
    assert store.article_graphs() == []
    assert graphs_on_server(store.endpoint, base) == set()


def test_registration_applied_before_a_timeout_keeps_the_batch(store, base, monkeypatch):
    """The server registered the batch but the answer never came: recovery must not drop those graphs."""
    real = SparqlStore.register

    def applied_then_lost(self, swaps, graphs):
        real(self, swaps, graphs)
        raise StoreError("no answer in time (simulated)")

    store.put_article(base + "graph/1", event_triples(base, 4))  # replaced through a temporary graph
    dump = {base + f"graph/{n}": event_triples(base + f"{n}/", 2, f"c{n}") for n in range(3)}
    monkeypatch.setattr(SparqlStore, "register", applied_then_lost)
    with pytest.raises(StoreError, match="simulated"):
        store.bulk_load(nquads(dump))
    monkeypatch.undo()
    assert store.article_graphs() == sorted(dump)
    assert {g: graph_of(store, g) for g in dump} == {g: set(t) for g, t in dump.items()}
    assert graphs_on_server(store.endpoint, base) == {*dump, store.registry}


def test_failed_write_on_one_stream_leaves_whole_graphs_only(store, base, monkeypatch):
    store.bulk_streams = 3
    monkeypatch.setattr(sparql_bulk, "REGISTER_BATCH", 2)
    real = SparqlStore.put_graph

    def failing(self, graph, body, **kw):
        if graph.endswith("graph/3"):
            raise StoreError("simulated refusal")
        return real(self, graph, body, **kw)

    monkeypatch.setattr(SparqlStore, "put_graph", failing)
    with pytest.raises(StoreError, match="simulated"):
        store.bulk_load(nquads({base + f"graph/{n}": event_triples(base + f"{n}/", 2) for n in range(6)}))
    assert store.article_graphs() == [base + "graph/0", base + "graph/1"]
    assert graphs_on_server(store.endpoint, base) == {base + "graph/0", base + "graph/1", store.registry}


def test_a_leftover_unregistered_graph_is_replaced_whole(store, base):
    """A graph an earlier, killed load left behind is not registered; loading it again must not append to it."""
    store.put_graph(base + "graph/a", f"<{base}stale> <{base}p> <{base}o> .\n".encode())
    dump = {base + "graph/a": event_triples(base, 2), base + "graph/b": event_triples(base, 1, "chile")}
    assert store.bulk_load(nquads(dump)) == 2
    assert {g: graph_of(store, g) for g in dump} == {g: set(t) for g, t in dump.items()}


def test_any_nquads_layout_loads_like_the_canonical_one(store, base):
    """Lines not as dkb export writes them (comments, tabs, CRLF, no final newline) are parsed, not cut."""
    dump = {base + "graph/a": event_triples(base, 2), base + "graph/b": event_triples(base, 1, "chile")}
    lines = nquads(dump).decode().splitlines()
    odd = ["# a comment", "", lines[0].replace(" ", "\t", 1), lines[1] + "\r", *lines[2:]]
    assert store.bulk_load("\n".join(odd).encode()) == 2
    assert {g: graph_of(store, g) for g in dump} == {g: set(t) for g, t in dump.items()}


@pytest.mark.parametrize("data, fmt, message", [
    (b'<http://x.example/s> <http://x.example/p> "o" .\n', "ntriples", "has no named graphs"),
    (b'<http://x.example/s> <http://x.example/p> "o" .\n', "nquads", "outside any named graph"),
    (b'<http://x.example/a> <http://x.example/p> "1" <http://x.example/g1> .\n'
     b'<http://x.example/a> <http://x.example/p> "2" <http://x.example/g2> .\n'
     b'<http://x.example/a> <http://x.example/p> "3" <http://x.example/g1> .\n', "nquads", "not together"),
    (b"<http://x.example/a> <oops", "nquads", "not valid"),
    (b'<http://x.example/a> <http://x.example/p> "1" <http://x.example/g1> .\n<http://x.example/a> <oops\n',
     "nquads", "not valid N-Quads at line 2"),
])
def test_bad_dumps_are_refused_with_a_clear_error(store, base, data, fmt, message):
    with pytest.raises(InputError, match=message):
        store.bulk_load(data, fmt)
    assert store.article_graphs() == []


def test_missing_file_names_the_path(store, tmp_path):
    with pytest.raises(InputError, match="missing.nq"):
        store.bulk_load(tmp_path / "missing.nq", "nquads")


def test_bulk_load_without_a_graph_store_endpoint(virtuoso_url, base):
    batched = SparqlStore(virtuoso_url, {"base_iri": base, "sparql_graph_store_url": "none"})
    dump = {base + "graph/a": event_triples(base, 3), base + "graph/b": event_triples(base, 1, "chile")}
    assert batched.bulk_load(nquads(dump)) == 2
    assert {g: graph_of(batched, g) for g in batched.article_graphs()} == {k: set(v) for k, v in dump.items()}
    assert URIRef(base + "country/chile") in {row["a"] for row in batched.query(
        "SELECT ?a WHERE { ?e dkb:agent ?a }").rows}


def test_dkb_load_command_bulk_loads_into_virtuoso(virtuoso_url, base, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kb.cli import cli

    dump = {base + f"graph/{n}": event_triples(base + f"{n}/", 2) for n in range(3)}
    path = tmp_path / "dump.nq"
    path.write_bytes(nquads(dump))
    monkeypatch.setenv("DKB_BASE_IRI", base)
    done = CliRunner().invoke(cli, ["--store", f"sparql:{virtuoso_url}", "load", str(path)])
    assert done.exit_code == 0, done.output
    assert "the store holds 24 statements" in done.output
    assert SparqlStore(virtuoso_url, {"base_iri": base}).article_graphs() == sorted(dump)
