"""Linked data: IRIs under /id/ answer 303 See Other to their documents; VoID; streamed dumps.

IRI scheme: an IRI `{base_iri}{kind}/{key}` is served at `/{kind}/{key}` (HTML, `.json`,
`.ttl`, `.jsonld`, `.nt`, `.rdf`, or by Accept). When `base_iri` is this server's own root the IRIs
dereference there directly; a redirecting base (w3id.org) should point at `/id/`, which answers
303 with the document that matches the Accept header.
"""
from __future__ import annotations

import queue
import threading
import time

from flask import Blueprint, Response, redirect, render_template, stream_with_context, url_for
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kb.errors import NotFound
from kb.export import DKB, FORMATS, get_format
from kb.iris import KINDS
from web import backend, get_store
from kb import lookup
from web.links import base, iri_of
from web.negotiate import RDF_TYPES, choose, graph_response

bp = Blueprint("linked", __name__)
VOID = Namespace("http://rdfs.org/ns/void#")
DOC_EXT = {"text/html": "", "application/json": ".json", "text/turtle": ".ttl",
           "application/ld+json": ".jsonld", "application/n-triples": ".nt", "application/rdf+xml": ".rdf"}
STATS_TTL = 60.0


@bp.route("/id/<kind>/<key>")
def dereference(kind: str, key: str):
    """303 See Other from a thing's IRI to the document describing it, by Accept."""
    if kind not in KINDS:
        raise NotFound(f"no kind of resource called {kind!r}")
    if not lookup.exists(get_store(), iri_of(kind, key)):
        raise NotFound(f"nothing is known about {iri_of(kind, key)}")
    media = choose(list(DOC_EXT))
    if media is None:
        raise NotFound("no representation matches the Accept header", code="E406", status=406)
    response = redirect(url_for("pages.page", kind=kind, key=key + DOC_EXT[media]), code=303)
    response.vary.add("Accept")
    return response


@bp.route("/data")
def data():
    return render_template("data.html", formats=FORMATS, stats=_stats(), base=base())


@bp.route("/.well-known/void")
def well_known_void():
    return redirect(url_for("linked.void"), code=303)


@bp.route("/void")
@bp.route("/void.<ext>")
def void(ext: str | None = None):
    media = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
             "rdf": "application/rdf+xml"}.get(ext or "") if ext else choose(list(RDF_TYPES))
    if media is None:
        raise NotFound(f"no VoID in format {ext!r}" if ext else "no VoID format matches the Accept header",
                       code="E406", status=404 if ext else 406)
    return graph_response(void_graph(), media)


def void_graph() -> Graph:
    """A VoID description of the dataset: size, classes, endpoint, dumps and IRI space."""
    stats = _stats()
    g = Graph()
    g.bind("void", VOID)
    g.bind("dcterms", DCTERMS)
    ds = URIRef(url_for("linked.void", _external=True) + "#dataset")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("DKB: diplomatic events drawn from news articles", lang="en")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(url_for("sparql.endpoint", _external=True))))
    g.add((ds, VOID.uriSpace, Literal(base())))
    g.add((ds, VOID.vocabulary, URIRef(DKB)))
    g.add((ds, VOID.triples, Literal(stats["triples"], datatype=XSD.integer)))
    g.add((ds, VOID.documents, Literal(stats["articles"], datatype=XSD.integer)))
    for fmt in FORMATS:
        g.add((ds, VOID.dataDump, URIRef(url_for("linked.export", ext=fmt.extension.lstrip("."), _external=True))))
    for cls, count in stats["classes"].items():
        part = URIRef(f"{ds}-{cls.rsplit('#', 1)[-1]}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))
    return g


def _stats() -> dict:
    """Store size and entities per class, cached for a minute (they cost a scan on big stores)."""
    cache = backend().cache
    hit = cache.get("stats")
    if hit and time.monotonic() - hit[0] < STATS_TTL:
        return hit[1]
    store = get_store()
    rows = store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . "
                       f'FILTER(STRSTARTS(STR(?c), "{DKB}")) }} GROUP BY ?c ORDER BY ?c').rows
    stats = {"triples": store.count_triples(), "articles": len(store.article_graphs()),
             "classes": {str(r["c"]): int(r["n"]) for r in rows}}
    cache["stats"] = (time.monotonic(), stats)
    return stats


@bp.route("/export.<ext>")
def export(ext: str):
    """The whole store as one streamed dump (quads for TriG, N-Quads and JSON-LD)."""
    fmt = get_format(ext)
    if fmt.extension != "." + ext:
        raise NotFound(f"no dump at /export.{ext}; try /export{fmt.extension}")
    response = Response(stream_with_context(_stream(fmt.name)), mimetype=fmt.media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="dkb{fmt.extension}"'
    return response


class _Pipe:
    """A file the exporter writes into from its own thread while the response reads chunks out."""

    def __init__(self):
        self.chunks: queue.Queue = queue.Queue(maxsize=64)
        self.closed = threading.Event()

    def write(self, data: bytes) -> int:
        if self.closed.is_set():
            raise OSError("the client went away")
        self.chunks.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _stream(fmt: str):
    store, pipe, failure = get_store(), _Pipe(), []

    def produce():
        try:
            store.export(fmt, pipe)
        except Exception as exc:  # reported in the stream: headers are already sent
            failure.append(exc)
        finally:
            pipe.chunks.put(None)

    threading.Thread(target=produce, daemon=True, name="export").start()
    try:
        while (chunk := pipe.chunks.get()) is not None:
            yield chunk
        if failure:
            yield f"\n# export failed: {failure[0]}\n".encode()
    finally:
        pipe.closed.set()
        while not pipe.chunks.empty():   # unblock a producer waiting on a full queue
            pipe.chunks.get_nowait()
