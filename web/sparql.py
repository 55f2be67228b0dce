"""/sparql: a SPARQL 1.1 Protocol endpoint (updates only with the update token), its service
description and a query editor."""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request, url_for
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from kb.errors import QueryError
from kb.store.update import run_update
from web import backend, get_store, settings
from web.auth import check_write
from web.examples import examples
from web.links import page_url
from web.negotiate import RDF_TYPES, choose, graph_response
from web.results import ASK_TYPES, FORMAT_NAMES, SELECT_ALIASES, SELECT_TYPES, serialize
from web.sparql_checks import check_update, is_update, query_form

bp = Blueprint("sparql", __name__)
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF_FORMAT_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "jsonld": "application/ld+json",
                    "nt": "application/n-triples", "ntriples": "application/n-triples",
                    "rdfxml": "application/rdf+xml", "xml": "application/rdf+xml"}


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    limit = int(settings()["max_query_bytes"])
    request.max_content_length = 4 * limit   # room for percent-encoding; the text itself is checked below
    kind, text = _read_request()
    if text is not None and len(text.encode("utf-8")) > limit:
        raise QueryError(f"the {kind} is longer than {limit} bytes (setting max_query_bytes)", code="E413",
                         status=413)
    if kind == "update":
        return update(text)
    browser = bool(request.headers.get("Accept")) and not request.args.get("format")
    if text is None:
        if browser and choose(["text/html", *RDF_TYPES]) == "text/html":
            return render_template("sparql.html", query=examples()[0]["query"], examples=examples(), result=None)
        return service_description()
    form = check(text)
    html = browser and request.method == "GET" and choose(["text/html", *SELECT_TYPES, *RDF_TYPES]) == "text/html"
    result = run(text)
    if html:
        return render_template("sparql.html", query=text, examples=examples(), result=result, form=form,
                               link=page_url)
    return _respond(form, result)


def _read_request() -> tuple[str, str | None]:
    """("query" or "update", its text) from GET parameters, a form POST or a direct POST."""
    if request.method == "GET":
        _refuse_datasets(request.args)
        if "update" in request.args:
            return "update", request.args["update"]
        return "query", request.args.get("query")
    mimetype = request.mimetype
    if mimetype == "application/sparql-update":
        return "update", request.get_data(as_text=True)
    if mimetype == "application/sparql-query":
        _refuse_datasets(request.args)
        return "query", request.get_data(as_text=True)
    if mimetype == "application/x-www-form-urlencoded":
        _refuse_datasets(request.form)
        if "update" in request.form:
            return "update", request.form["update"]
        if "query" not in request.form:
            raise QueryError("a form POST needs a 'query' or an 'update' field", code="E402")
        return "query", request.form["query"]
    raise QueryError(f"unsupported content type {mimetype!r}: send application/sparql-query, "
                     "application/sparql-update or a form", code="E402", status=415)


def _refuse_datasets(params) -> None:
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise QueryError("default-graph-uri and named-graph-uri are not supported: the default graph is "
                         "the union of all article graphs; use GRAPH or FROM in the query", code="E403")


def check(query: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE); SERVICE is refused, an update is sent back."""
    try:
        return query_form(query)
    except QueryError:
        if not is_update(query):
            raise
    check_write()   # a read-only server says so before explaining the protocol
    raise QueryError("this is a SPARQL Update: POST it as the 'update' form field or as "
                     "application/sparql-update", code="E402")


def update(text: str) -> Response:
    """Apply a SPARQL Update: only with the update token, by POST, from this site, staying local."""
    check_write()
    if request.method != "POST":
        raise QueryError("SPARQL Update must be sent by POST", code="E405", status=405)
    check_update(text)
    try:
        run_update(get_store(), text)
    finally:   # an update that raised may still have changed the store (IndexRepairPending)
        backend().changed()
    return jsonify({"ok": True, "status": 200, "message": "update applied"})


def run(query: str):
    """Run under the query_timeout setting and enforce the row_cap setting."""
    return backend().queries.run(query, timeout=float(settings()["query_timeout"]), cap=int(settings()["row_cap"]))


def _respond(form: str, result) -> Response:
    wanted = request.args.get("format") or request.form.get("format")
    if form in ("CONSTRUCT", "DESCRIBE"):
        media = RDF_FORMAT_NAMES.get(wanted or "", None) or choose(list(RDF_TYPES))
        if media not in RDF_TYPES:
            raise QueryError("no RDF format matches the Accept header", code="E406", status=406)
        return graph_response(result.graph, media)
    offered = ASK_TYPES if form == "ASK" else SELECT_TYPES
    media = FORMAT_NAMES.get(wanted or "") or choose(list(offered) + list(SELECT_ALIASES))
    media = SELECT_ALIASES.get(media, media)
    if media not in offered:
        raise QueryError(f"no {form} result format matches the Accept header; use one of "
                         f"{', '.join(offered)}", code="E406", status=406)
    body = serialize(media, result.vars, result.rows, result.boolean if form == "ASK" else None)
    charset = "" if media.endswith("xml") else "; charset=utf-8"
    response = Response(body, content_type=media + charset)
    response.vary.add("Accept")
    return response


def service_description() -> Response:
    """The SPARQL 1.1 Service Description of this endpoint."""
    me = URIRef(url_for("sparql.endpoint", _external=True))
    g = Graph()
    g.bind("sd", SD)
    service = URIRef(me + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, me))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    writable = bool(settings()["update_token"])
    if writable:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "JSON-LD", "N-Triples", "RDF_XML"):
        g.add((service, SD.resultFormat, URIRef(FORMATS_NS + name)))
    dataset = URIRef(url_for("linked.void", _external=True) + "#dataset")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((service, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal(f"{'Updates need the update token' if writable else 'Read-only'}. Time limit "
                   f"{settings()['query_timeout']} s; at most {settings()['row_cap']} rows.")))
    return graph_response(g, choose(list(RDF_TYPES)) or "text/turtle")
