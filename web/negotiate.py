"""Content negotiation: which representation a client asked for, and RDF graphs as responses."""
from __future__ import annotations

from flask import Response, request
from rdflib import Graph

from kb.errors import NotFound
from kb.export import jsonld_context

# Media types of RDF documents, in the order a bare */* prefers them after HTML.
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld",
             "application/n-triples": "nt", "application/rdf+xml": "xml"}
EXTENSIONS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
              "rdf": "application/rdf+xml", "json": "application/json", "html": "text/html"}
ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
           "application/json-ld": "application/ld+json"}


def choose(offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (the first offered when any will do)."""
    if not request.headers.get("Accept"):
        return offered[0]
    extra = [alias for alias, real in ALIASES.items() if real in offered]
    best = request.accept_mimetypes.best_match(offered + extra)
    return ALIASES.get(best, best)


def split_extension(key: str) -> tuple[str, str | None]:
    """'abc.ttl' -> ('abc', 'text/turtle'); a key without a known extension is left whole."""
    stem, dot, ext = key.rpartition(".")
    if dot and stem and ext in EXTENSIONS:
        return stem, EXTENSIONS[ext]
    return key, None


def page_media_type(ext_type: str | None) -> str:
    """What a page request wants: its extension decides, else the Accept header."""
    if ext_type:
        return ext_type
    chosen = choose(["text/html", "application/json", *RDF_TYPES])
    if chosen is None:
        raise NotFound("no representation matches the Accept header", code="E406", status=406)
    return chosen


def graph_response(graph: Graph, media_type: str, *, filename: str | None = None) -> Response:
    """Serialize `graph` as `media_type` (one of RDF_TYPES) with the dkb prefixes."""
    fmt = RDF_TYPES[media_type]
    for prefix, ns in jsonld_context().items():
        graph.bind(prefix, ns, override=True)
    if fmt == "json-ld":
        data = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    else:
        data = graph.serialize(format=fmt)
    response = Response(data, mimetype=media_type)
    if media_type != "application/rdf+xml":
        response.headers["Content-Type"] = f"{media_type}; charset=utf-8"
    if filename:
        response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    response.vary.add("Accept")
    return response
