"""Bulk loading a dump of article graphs into a remote SPARQL store through the Graph Store protocol.

Why it is shaped like this (measured on Virtuoso 7.2, see README): the Graph Store protocol takes
one graph per request and Virtuoso accepts neither N-Quads nor TriG bodies, so each article graph
costs one request; that request is the whole cost of a small graph (about 6 ms of server time
before the first triple). So the loader sends exactly one PUT per graph, straight to its final
name, parses and serializes with pyoxigraph (not rdflib terms), and registers graphs in batches.

No half-written article graph becomes visible: a graph written straight to its final name is
unregistered until its batch is registered in one update request, and unregistered graphs are
outside every query's scope and missing from `article_graphs()`; a graph that already exists is
written to a temporary graph and swapped in by that same request. A failure or an interrupt drops
the batch's unregistered and temporary graphs and re-raises; earlier batches stay, whole.
"""
from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from kb.errors import InputError
from kb.export import get_format

if TYPE_CHECKING:
    from kb.store.sparql import SparqlStore

REGISTER_BATCH = 400  # graphs registered per update request: within Virtuoso's INSERT DATA limit


def bulk_load(store: "SparqlStore", source: str | Path | bytes | BinaryIO, fmt: str = "nquads") -> int:
    """Load every named graph of `source` as an article graph, replacing graphs of the same name.

    Returns the number of graphs loaded. Each graph's quads must come together in the dump (as
    `dkb export --format nquads` and TriG write them); triples outside a named graph are refused.
    """
    spec = get_format(fmt)
    if not spec.quads:
        raise InputError(f"bulk load into {store.url}: {spec.name} has no named graphs; "
                         "use nquads, trig or jsonld (one named graph per article)")
    loader = _Loader(store, set(store.article_graphs()))
    try:
        for graph, triples in _graphs(source, spec.ox_format or ox.RdfFormat.JSON_LD):
            loader.write(graph, triples)
        loader.register()
    except BaseException:
        loader.abandon()
        raise
    return loader.loaded


class _Loader:
    """Writes graphs and registers them in batches; remembers what an abandoned batch must drop."""

    def __init__(self, store: "SparqlStore", existing: set[str]):
        self.store, self.existing = store, existing
        self.pending: list[tuple[str, str | None]] = []  # (graph, temporary graph or None)
        self.seen: set[str] = set()
        self.loaded = 0

    def write(self, graph: str, body: bytes) -> None:
        if graph in self.seen:
            raise InputError(f"bulk load into {self.store.url}: the quads of graph <{graph}> are not "
                             "together in the dump; sort it by graph (dkb export writes it so)")
        self.seen.add(graph)
        temporary = f"{self.store.tmp_prefix}{uuid.uuid4().hex}" if graph in self.existing else None
        self.pending.append((graph, temporary))
        self.store.put_graph(temporary or graph, body)
        if len(self.pending) >= REGISTER_BATCH:
            self.register()

    def register(self) -> None:
        """Swap in the replaced graphs and register the batch in one update request."""
        if not self.pending:
            return
        swaps = "".join(f"DROP SILENT GRAPH <{g}> ;\nMOVE SILENT <{t}> TO <{g}> ;\n"
                        for g, t in self.pending if t)
        self.store.register(swaps, [g for g, _ in self.pending])
        self.loaded += len(self.pending)
        self.pending = []

    def abandon(self) -> None:
        if self.pending:
            self.store.drop_quietly([temporary or graph for graph, temporary in self.pending])
        self.pending = []


def _graphs(source, rdf_format: ox.RdfFormat) -> Iterator[tuple[str, bytes]]:
    """Yield (graph IRI, its triples as N-Triples) for each run of quads sharing a graph."""
    name = source if isinstance(source, (str, Path)) else "the input"
    graph, run = None, []
    try:
        for quad in _parse(source, rdf_format):
            if not isinstance(quad.graph_name, ox.NamedNode):
                raise InputError(f"{name}: a triple outside any named graph ({quad.subject} "
                                 f"{quad.predicate} ...); every triple must belong to an article graph")
            if quad.graph_name != graph:
                if run:
                    yield graph.value, _ntriples(run)
                graph, run = quad.graph_name, []
            run.append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as exc:
        raise InputError(f"{name}: not valid {rdf_format.name}: {exc}") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc}") from exc
    if run:
        yield graph.value, _ntriples(run)


def _parse(source, rdf_format: ox.RdfFormat):
    if isinstance(source, (str, Path)):
        return ox.parse(path=str(source), format=rdf_format)
    return ox.parse(source, format=rdf_format)


def _ntriples(triples: list[ox.Triple]) -> bytes:
    out = io.BytesIO()
    ox.serialize(triples, out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue()

