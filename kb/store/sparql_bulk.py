"""Bulk loading a dump of article graphs into a remote SPARQL store through the Graph Store protocol.

Why it is shaped like this (measured on Virtuoso 7.2, see README): the Graph Store protocol takes
one graph per request (Virtuoso guesses the body's type and parses it into the one graph named;
it refuses N-Quads and TriG), so each article graph costs one request, and that request's fixed
server cost, not the client, sets the pace. So the loader:
- sends each graph's triples exactly once, cut straight from the N-Quads lines (no parse into
  terms and back), on kept-alive connections from worker threads (`SparqlStore.bulk_streams`),
  so that cutting the next graph, and the server's work on another, overlap a request;
- appends (POST) a graph that is not registered, which Virtuoso does without clearing it first,
  and replaces (PUT) only when the server says the graph was not new (see SparqlStore.put_graph);
- registers graphs in batches, one update request per batch.

No half-written article graph becomes visible: a graph written straight to its final name is
unregistered until its batch is registered in one update request, and unregistered graphs are
outside every query's scope and missing from `article_graphs()`; a graph that already exists is
written to a temporary graph and swapped in by that same request. A failure or an interrupt
waits for the requests in flight, then drops the batch's temporary graphs and those of its new
graphs the registry does not hold (a registration that timed out may still have been applied:
those graphs stay, whole), and re-raises; earlier batches stay, whole.
"""
from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from kb.errors import DkbError, InputError
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
    runs = _nquads_runs(source) if spec.name == "nquads" else _parsed_runs(source, spec.ox_format or ox.RdfFormat.JSON_LD)
    with ThreadPoolExecutor(max(1, store.bulk_streams), thread_name_prefix="dkb-bulk") as pool:
        loader = _Loader(store, set(store.article_graphs()), pool)
        try:
            for graph, triples in runs:
                loader.write(graph, triples)
            loader.register()
        except BaseException:
            loader.abandon()
            raise
    return loader.loaded


class _Loader:
    """Writes graphs on the pool's streams and registers them in batches; knows what an abandoned batch must drop."""

    def __init__(self, store: "SparqlStore", existing: set[str], pool: ThreadPoolExecutor):
        self.store, self.existing, self.pool = store, existing, pool
        self.pending: list[tuple[str, str | None]] = []  # (graph, temporary graph or None)
        self.writes: list[Future] = []
        self.seen: set[str] = set()
        self.loaded = 0

    def write(self, graph: str, body: bytes) -> None:
        if graph in self.seen:
            raise InputError(f"bulk load into {self.store.url}: the quads of graph <{graph}> are not "
                             "together in the dump; sort it by graph (dkb export writes it so)")
        self.seen.add(graph)
        temporary = f"{self.store.tmp_prefix}{uuid.uuid4().hex}" if graph in self.existing else None
        self.pending.append((graph, temporary))
        self.writes.append(self.pool.submit(self.store.put_graph, temporary or graph, body, new=True))
        if len(self.pending) >= REGISTER_BATCH:
            self.register()

    def register(self) -> None:
        """Wait for the batch's writes, then swap in the replaced graphs and register all in one update request."""
        self._wait()
        if not self.pending:
            return
        swaps = "".join(f"DROP SILENT GRAPH <{g}> ;\nMOVE SILENT <{t}> TO <{g}> ;\n"
                        for g, t in self.pending if t)
        self.store.register(swaps, [g for g, _ in self.pending])
        self.loaded += len(self.pending)
        self.pending = []

    def abandon(self) -> None:
        """Stop the batch's writes, then drop what it wrote that is not a registered article graph."""
        for write in self.writes:
            write.cancel()
        try:
            self._wait()
        except BaseException:  # noqa: BLE001 - the failure being handled is the one to report
            pass
        if not self.pending:
            return
        new = [graph for graph, temporary in self.pending if not temporary]
        try:
            kept = self.store.registered(new) if new else set()
        except DkbError:
            kept = set(new)  # unknown: keep them; unregistered, they are out of every query's scope
        self.store.drop_quietly([temporary or graph for graph, temporary in self.pending
                                 if temporary or graph not in kept])
        self.pending = []

    def _wait(self) -> None:
        """Wait for every write in flight; raise the first failure."""
        writes, self.writes = self.writes, []
        failure = None
        for write in writes:
            try:
                write.result()
            except BaseException as exc:  # noqa: BLE001 - re-raised below, after the others finished
                failure = failure or exc
        if failure is not None:
            raise failure


def _nquads_runs(source) -> Iterator[tuple[str, bytes]]:
    """Yield (graph IRI, its triples as N-Triples) for each run of N-Quads lines sharing a graph.

    A line as `dkb export` writes it (`S P O <G> .`, single spaces) is cut at its last term
    without parsing; the server parses the triples. Any other line (comments, other spacing,
    CRLF, errors) goes through pyoxigraph, which also names what is wrong with it.
    """
    name = source if isinstance(source, (str, Path)) else "the input"
    graph, run = None, []
    with _lines(source, name) as lines:
        for number, line in enumerate(lines, 1):
            head, g, _ = line.rsplit(b" ", 2) if line.endswith(b"> .\n") else (b"", b"", b"")
            if g[:1] == b"<" and b'"' not in g and b"\\" not in g and head.count(b" ") >= 2:
                triple = head + b" .\n"
            else:
                g, triple = _parse_line(line, name, number)
                if g is None:
                    continue  # blank or comment
            if g != graph:
                if run:
                    yield _graph_iri(graph, name, number), b"".join(run)
                graph, run = g, []
            run.append(triple)
    if run:
        yield _graph_iri(graph, name, number), b"".join(run)


@contextmanager
def _lines(source, name):
    try:
        if isinstance(source, (str, Path)):
            with open(source, "rb") as handle:
                yield handle
        else:
            yield io.BytesIO(source) if isinstance(source, bytes) else source
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc}") from exc


def _parse_line(line: bytes, name, number: int) -> tuple[bytes | None, bytes]:
    """Parse one N-Quads line that is not in the canonical form; return (graph term, triple line)."""
    try:
        quads = list(ox.parse(line, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as exc:
        raise InputError(f"{name}: not valid N-Quads at line {number}: {exc}") from exc
    if not quads:
        return None, b""
    quad = quads[0]
    if not isinstance(quad.graph_name, ox.NamedNode):
        raise InputError(f"{name}: a triple outside any named graph at line {number} ({quad.subject} "
                         f"{quad.predicate} ...); every triple must belong to an article graph")
    return str(quad.graph_name).encode("utf-8"), _ntriples([ox.Triple(quad.subject, quad.predicate, quad.object)])


def _graph_iri(term: bytes, name, number: int) -> str:
    try:
        return ox.NamedNode(term[1:-1].decode("utf-8")).value
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: not a valid graph IRI {term[:200]!r} before line {number}") from exc


def _parsed_runs(source, rdf_format: ox.RdfFormat) -> Iterator[tuple[str, bytes]]:
    """As _nquads_runs for TriG and JSON-LD: parsed into terms and written back as N-Triples."""
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
