"""Embedded Oxigraph store: an rdflib Dataset over oxrdflib, with pyoxigraph used directly where speed counts."""
from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _RdflibOxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kb.errors import InputError, StoreError
from kb.export import PREFIXES, get_format, write_jsonld
from kb.store.base import CountingIterator, QueryResult, materialize, store_errors
from kb.store.timeindex import IndexRepairPending, TimeIndex

# Triple formats read the union of all article graphs; DISTINCT because actors and places are
# repeated in every article graph that mentions them.
_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
_SERIALS = itertools.count(1)
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
log = logging.getLogger(__name__)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term; pyoxigraph validates it, so a malformed IRI raises ValueError here."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"not an RDF term: {term!r}")


def from_ox(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # rdflib spells plain strings without a datatype
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return DATASET_DEFAULT_GRAPH_ID
    raise ValueError(f"unsupported term from Oxigraph: {term!r}")


class OxigraphStore:
    """One Oxigraph database, on disk (`path`) or in memory (`path=None`)."""

    def __init__(self, url: str, path: str | None, *, read_only: bool = False):
        self.url = url
        self.read_only = read_only
        self._inner = _open(url, path, read_only)
        self._serial, self._writes = next(_SERIALS), 0
        self._write_lock = threading.Lock()
        # The time index (kb.store.timeindex) answers timelines; None when a read-only open finds
        # it unusable, and readers then fall back to SPARQL.
        index = TimeIndex(self._inner, path, read_only=read_only)
        self.timeindex = index if index.usable else None
        if not index.usable:
            index.close()
        elif not read_only:
            index.on_repair_due = self._repair_index
        # The rdflib face of the same database, for code that wants rdflib Graph/Dataset APIs.
        # Read through it freely; write through the methods below (SPARQL Update too: `update`),
        # which bump `generation` (cached timeline selections key on it).
        self.dataset = Dataset(store=_RdflibOxigraph(store=self._inner), default_union=True)

    @property
    def generation(self) -> tuple[int, int]:
        """Changes whenever this store's data may have changed; readers key their caches on it."""
        return self._serial, self._writes

    # -- writes -------------------------------------------------------------------------------
    def put_article(self, graph_iri: str, triples: Iterable[tuple]) -> None:
        """Replace the graph with `triples` in one SPARQL Update, which Oxigraph runs as one transaction."""
        self._writable()
        rows = materialize(triples, self.url)
        with self._writing(), store_errors(self.url, f"writing graph <{graph_iri}>"):
            graph = ox.NamedNode(graph_iri)
            # Terms pass through pyoxigraph, whose N-Triples form is valid and escaped SPARQL:
            # text from articles can never close the INSERT DATA block.
            body = "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in rows)
            with self._indexed(graph_iri):
                self._inner.update(self._replace_update(graph, body))

    @contextmanager
    def _writing(self):
        """One write at a time, and `generation` bumped once it and its index update are over,
        whatever their outcome.

        One at a time: a SPARQL Update or a bulk load rebuilds the index from a scan of the store
        and marks it complete when done; a write landing during that scan would be missing from an
        index marked complete (and a rebuild drops the dirty marks of article writes under way).
        Readers never wait for this lock. The bump comes last: a reader that read the new
        generation while the old data was still there would cache old rows under the new key, and
        serve them until the next write; one that reads the old generation during the write
        caches under a key the bump retires."""
        with self._write_lock:
            try:
                yield
            finally:
                self._writes += 1

    @contextmanager
    def _indexed(self, graph_iri: str):
        """Keep the time index in step with a write of one article graph: marked dirty before, its
        rows recomputed after. A failed write changed nothing, so its mark is cleared again; when
        the recomputation fails after a stored write, the mark stays for the repair, and the
        error says the article is stored."""
        self.timeindex.repair_if_due()      # what an earlier failed refresh left, first
        self._before_write(lambda: self.timeindex.mark_dirty(graph_iri), f"write of <{graph_iri}>")
        try:
            yield
        except BaseException:
            self._clear_mark(graph_iri)
            raise
        try:
            self.timeindex.refresh(graph_iri)
        except Exception as exc:    # whatever failed, the article is in the store
            raise IndexRepairPending(
                f"{self.url}: the article graph <{graph_iri}> is stored, but updating the time index "
                f"failed ({exc}); the graph stays marked for repair, which the next write or read through "
                "the index makes, or the next writable open of the store (timelines may miss or misplace "
                "its events until then)") from exc

    def _clear_mark(self, graph_iri: str) -> None:
        """After a failed write: recompute (nothing changed) to clear the mark; if even that fails,
        the mark stays for the repair, and only the write's own error is raised."""
        try:
            self.timeindex.refresh(graph_iri)
        except Exception:
            log.exception("time index: could not clear the mark of <%s> after a failed write", graph_iri)

    @staticmethod
    def _replace_update(graph: ox.NamedNode, body: str) -> str:
        drop = f"DROP SILENT GRAPH {graph}"
        return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}" if body else drop

    def remove_article(self, graph_iri: str) -> bool:
        self._writable()
        with self._writing(), store_errors(self.url, f"removing graph <{graph_iri}>"):
            graph = ox.NamedNode(graph_iri)
            if not self._inner.contains_named_graph(graph):
                return False
            with self._indexed(graph_iri):
                self._inner.remove_graph(graph)
            return True

    def update(self, sparql: str) -> None:
        """Run a client's SPARQL Update with Oxigraph's own engine: one transaction, and no graph
        fetched from the network (rdflib's evaluator, which the rdflib face falls back to for the
        union default graph, would load `USING <url>` from anywhere). As in Oxigraph, the update's
        default graph is the store's real default graph: reach article graphs with GRAPH.

        An update may touch any graph, so the time index is rebuilt after it; marked incomplete
        first, so a crash in between makes the next open rebuild it."""
        self._writable()
        with self._writing(), self._rebuilt_after("SPARQL Update", "the update was applied"), \
                store_errors(self.url, "SPARQL Update", reading=True):
            self._inner.update(sparql)

    def bulk_load(self, source: str | Path | bytes | BinaryIO, fmt: str = "nquads") -> None:
        """Load a large dump fast, then rebuild the time index from the whole store.

        Not transactional: a failure may leave part of the dump loaded. The index is marked
        incomplete first, so a crash part way makes the next open rebuild it."""
        self._writable()
        spec = get_format(fmt)
        rdf_format = spec.ox_format or ox.RdfFormat.JSON_LD
        named = isinstance(source, (str, Path))
        with self._writing(), self._rebuilt_after("bulk load", "the dump was loaded"), \
                store_errors(self.url, "bulk load"):
            try:
                if named:
                    self._inner.bulk_load(path=str(source), format=rdf_format)
                else:
                    self._inner.bulk_load(source, format=rdf_format)
            except SyntaxError as exc:
                raise InputError(f"{source if named else 'the dump'}: not valid {spec.name}: {exc}") from exc

    @contextmanager
    def _rebuilt_after(self, action: str, done: str):
        """Mark the time index incomplete, run the block (a write that may touch any graph), then
        rebuild the index, after a failure too (a bulk load may have stored part of its dump).
        A failed rebuild leaves the mark, so the next writable open rebuilds the index; after a
        successful write, the error says the write is done (`done`)."""
        self._before_write(self.timeindex.begin_bulk, action)
        try:
            yield
        except BaseException:
            try:
                self.timeindex.rebuild()
            except Exception:    # the write's own error is the one to raise
                log.exception("time index: the rebuild after a failed %s failed; the next write or read "
                              "through the index rebuilds it, or the next writable open", action)
            raise
        try:
            self.timeindex.rebuild()
        except Exception as exc:
            raise IndexRepairPending(
                f"{self.url}: {done}, but rebuilding the time index failed ({exc}); it stays marked "
                "incomplete, so the next write or read through the index rebuilds it, or the next "
                "writable open of the store (timelines may not show the change until then)") from exc

    def _repair_index(self) -> None:
        """Make the repair a failed index update left due, for a reader of the index: unless a
        write is under way (the next one repairs first), and as a write, so the generation moves
        and caches filled from the unrepaired index retire."""
        if not self._write_lock.acquire(blocking=False):
            return
        try:
            if self.timeindex.repair_if_due():
                self._writes += 1
        finally:
            self._write_lock.release()

    def _before_write(self, mark, action: str) -> None:
        """Run `mark`, the time index recording a coming write; if it fails, nothing is written."""
        try:
            mark()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: nothing was written: the time index could not record the coming "
                             f"{action} ({exc})") from exc

    def checkpoint(self, target: str) -> None:
        """Write a consistent copy of the on-disk store into the new directory `target` (a RocksDB
        checkpoint: hard links, so cheap), which another process can open read-only."""
        with store_errors(self.url, "snapshot"):
            self._inner.backup(target)

    # -- reads --------------------------------------------------------------------------------
    def has_graph(self, graph_iri: str) -> bool:
        with store_errors(self.url, "graph lookup"):
            return self._inner.contains_named_graph(ox.NamedNode(graph_iri))

    def article_graphs(self) -> list[str]:
        with store_errors(self.url, "listing graphs"):
            return sorted(g.value for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        """Run SPARQL over the union graph with `bindings` substituted for variables.

        Oxigraph substitutes only variables of the SELECT list; any other binding is joined
        through a VALUES clause appended to the query (so the query must not end in one).
        """
        with store_errors(self.url, "query", reading=True):
            terms = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
            try:
                result = self._run(sparql, terms)
            except RuntimeError as exc:
                if not terms or "projection" not in str(exc):
                    raise
                result = self._run(sparql + "\n" + _values_clause(terms), {})
            return _to_result(result)

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        """Run a SELECT and return lexical values only: skipping rdflib terms halves the time of big selections."""
        with store_errors(self.url, "query", reading=True):
            result = self._run(sparql, {})
            names = [v.value for v in result.variables]
            width = range(len(names))
            return [{names[i]: row[i].value for i in width if row[i] is not None} for row in result]

    def _run(self, sparql: str, substitutions: dict):
        return self._inner.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                 substitutions=substitutions)

    def outgoing(self, iris: list[str]) -> set[tuple[str, str, str]]:
        """(subject, predicate, object) lexical values of every triple about `iris`, from the index.

        Three times faster than the same SELECT for a page of events, as no query is planned.
        """
        with store_errors(self.url, "lookup", reading=True):
            return {(iri, q.predicate.value, q.object.value) for iri in iris
                    for q in self._inner.quads_for_pattern(ox.NamedNode(iri), None, None, None)}

    def labels(self, iris: list[str]) -> dict[str, str]:
        """The first rdfs:label of each IRI, read from the index without scanning every copy."""
        found = {}
        with store_errors(self.url, "label lookup", reading=True):
            for iri in iris:
                for quad in self._inner.quads_for_pattern(ox.NamedNode(iri), _LABEL, None, None):
                    found[iri] = quad.object.value
                    break
        return found

    def count_triples(self) -> int:
        """Count stored statements (quads over all graphs) with one COUNT query; len() is far slower."""
        with store_errors(self.url, "count"):
            return int(next(iter(self._inner.query(_COUNT_QUADS)))[0].value)

    def export(self, fmt: str, out: BinaryIO) -> int:
        spec = get_format(fmt)
        with store_errors(self.url, f"export as {spec.name}"):
            if spec.ox_format is None:
                return write_jsonld(self._rdflib_quads(), out)
            counter = CountingIterator(self._inner.quads_for_pattern(None, None, None, None) if spec.quads
                               else self._inner.query(_UNION_TRIPLES, use_default_graph_as_union=True))
            ox.serialize(counter, out, spec.ox_format, prefixes=PREFIXES)
            return counter.count

    def _rdflib_quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        for q in self._inner.quads_for_pattern(None, None, None, None):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        """Release the database (and its directory lock); the object is unusable afterwards."""
        inner = self.__dict__.pop("_inner", None)
        if inner is not None and not self.read_only:
            with store_errors(self.url, "flush"):
                inner.flush()
        index = self.__dict__.pop("timeindex", None)
        if index is not None:
            index.close()
        self.__dict__.pop("dataset", None)

    def __getattr__(self, name: str):
        # Only reached when _inner/dataset were removed by close().
        if name in ("_inner", "dataset"):
            raise StoreError(f"{self.url}: the store is closed")
        raise AttributeError(name)

    def __enter__(self) -> "OxigraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.url}: the store is open read-only")


def _open(url: str, path: str | None, read_only: bool) -> ox.Store:
    if path is None:
        return ox.Store()
    if read_only and not Path(path).is_dir():
        raise StoreError(f"{url}: no store at {path} to open read-only")
    try:
        return ox.Store.read_only(path) if read_only else ox.Store(path)
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"{url}: the store directory {path} is in use by another writer (Oxigraph allows one "
                "writer per directory); stop the other process or open the store read-only") from exc
        raise StoreError(f"{url}: cannot open the store at {path}: {exc}") from exc


def _values_clause(terms: dict) -> str:
    names = " ".join(str(v) for v in terms)
    return f"VALUES ({names}) {{ ({' '.join(str(t) for t in terms.values())}) }}"


def _to_result(result) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [{n: from_ox(t) for n, t in zip(names, solution) if t is not None} for solution in result]
        return QueryResult(vars=names, rows=rows)
    graph = Graph()
    for t in result:
        graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return QueryResult(graph=graph)


