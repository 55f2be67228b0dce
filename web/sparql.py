"""/sparql: a read-only SPARQL 1.1 Protocol endpoint, its service description and a query editor."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from flask import Blueprint, Response, render_template, request, url_for
from pyparsing import ParseException
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kb.errors import Forbidden, QueryError
from web import get_store, settings
from web.examples import examples
from web.links import page_url
from web.negotiate import RDF_TYPES, choose, graph_response
from web.results import ASK_TYPES, FORMAT_NAMES, SELECT_ALIASES, SELECT_TYPES, serialize

bp = Blueprint("sparql", __name__)
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = "http://www.w3.org/ns/formats/"
# Queries run here so a slow one can be abandoned at the time limit while the server answers.
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="sparql")
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
RDF_FORMAT_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "jsonld": "application/ld+json",
                    "nt": "application/n-triples", "ntriples": "application/n-triples",
                    "rdfxml": "application/rdf+xml", "xml": "application/rdf+xml"}


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    query = _read_query()
    browser = bool(request.headers.get("Accept")) and not request.args.get("format")
    if query is None:
        if browser and choose(["text/html", *RDF_TYPES]) == "text/html":
            return render_template("sparql.html", query=examples()[0]["query"], examples=examples(), result=None)
        return service_description()
    form = check(query)
    html = browser and request.method == "GET" and choose(["text/html", *SELECT_TYPES, *RDF_TYPES]) == "text/html"
    result = run(query)
    if html:
        return render_template("sparql.html", query=query, examples=examples(), result=result, form=form,
                               link=page_url)
    return _respond(form, result)


def _read_query() -> str | None:
    """The query text from GET parameters, a form POST or a direct POST; updates are refused."""
    if request.method == "GET":
        if "update" in request.args:
            raise Forbidden("this endpoint is read-only: SPARQL Update is refused")
        _refuse_datasets(request.args)
        return request.args.get("query")
    mimetype = request.mimetype
    if mimetype == "application/sparql-update":
        raise Forbidden("this endpoint is read-only: SPARQL Update is refused")
    if mimetype == "application/sparql-query":
        _refuse_datasets(request.args)
        return request.get_data(as_text=True)
    if mimetype == "application/x-www-form-urlencoded":
        if "update" in request.form:
            raise Forbidden("this endpoint is read-only: SPARQL Update is refused")
        _refuse_datasets(request.form)
        text = request.form.get("query")
        if text is None:
            raise QueryError("a form POST needs a 'query' field", code="E402")
        return text
    raise QueryError(f"unsupported content type {mimetype!r}: send application/sparql-query or a form",
                     code="E402", status=415)


def _refuse_datasets(params) -> None:
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise QueryError("default-graph-uri and named-graph-uri are not supported: the default graph is "
                         "the union of all article graphs; use GRAPH or FROM in the query", code="E403")


# rdflib's SPARQL grammar (pyparsing) builds itself lazily and is not thread-safe: several first
# queries at once leave it broken for the life of the process (tests/test_concurrency.py).
_PARSE_LOCK = threading.Lock()


def check(query: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE); updates and SERVICE are refused."""
    if not query.strip():
        raise QueryError("the query is empty", code="E402")
    try:
        with _PARSE_LOCK:
            parsed = parseQuery(query)
    except ParseException as exc:
        if _is_update(query):
            raise Forbidden("this endpoint is read-only: SPARQL Update is refused") from None
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}",
                         code="E402") from None
    if "ServiceGraphPattern" in _names(parsed):
        raise Forbidden("SERVICE clauses are refused: this endpoint only queries its own data")
    return FORMS[parsed[1].name]


def _is_update(query: str) -> bool:
    try:
        with _PARSE_LOCK:
            parseUpdate(query)
        return True
    except ParseException:
        return False


def _names(node) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            found.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            stack.extend(item)
    return found


def run(query: str):
    """Run under the query_timeout setting and enforce the row_cap setting."""
    limit = float(settings()["query_timeout"])
    cap = int(settings()["row_cap"])
    future = _pool.submit(get_store().query, query)
    try:
        result = future.result(timeout=limit)
    except FutureTimeout:
        future.cancel()
        raise QueryError(f"the query ran longer than {limit:g} s (setting query_timeout) and was abandoned; "
                         "narrow it or add a LIMIT", code="E408", status=503) from None
    size = len(result.rows) if result.graph is None else len(result.graph)
    if size > cap:
        raise QueryError(f"the answer has more than {cap} {'rows' if result.graph is None else 'triples'} "
                         "(setting row_cap); add a LIMIT or page with OFFSET", code="E409", status=413)
    return result


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
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "JSON-LD", "N-Triples", "RDF_XML"):
        g.add((service, SD.resultFormat, URIRef(FORMATS_NS + name)))
    dataset = URIRef(url_for("linked.void", _external=True) + "#dataset")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((service, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal(f"Read-only. Time limit {settings()['query_timeout']} s; at most {settings()['row_cap']} rows.")))
    return graph_response(g, choose(list(RDF_TYPES)) or "text/turtle")
