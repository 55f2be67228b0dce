"""/sparql follows the SPARQL 1.1 Protocol, read-only: the Flask client, then real clients."""
from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from kb.vocab import DKB
from tests.web_fixtures import LiveServer, app, client, iri, web_settings, web_store  # noqa: F401

COUNTRIES = ("PREFIX dkb: <https://w3id.org/dkb/ontology#> "
             "SELECT ?c (MIN(?n) AS ?name) WHERE { ?c a dkb:Country ; dkb:name ?n } GROUP BY ?c ORDER BY ?c")
EXPECTED = [("CZE", "Czechia"), ("RUS", "Russia"), ("USA", "United States")]


def codes(bindings) -> list[tuple[str, str]]:
    return [(b["c"]["value"].rsplit("/", 1)[1], b["name"]["value"]) for b in bindings]


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_select_by_get_form_post_and_direct_post(client, method):
    accept = {"Accept": "application/sparql-results+json"}
    if method == "get":
        response = client.get("/sparql", query_string={"query": COUNTRIES}, headers=accept)
    elif method == "form":
        response = client.post("/sparql", data={"query": COUNTRIES}, headers=accept)
    else:
        response = client.post("/sparql", data=COUNTRIES, content_type="application/sparql-query", headers=accept)
    assert response.status_code == 200 and response.mimetype == "application/sparql-results+json"
    body = json.loads(response.data)
    assert body["head"]["vars"] == ["c", "name"]
    assert codes(body["results"]["bindings"]) == EXPECTED


def test_select_as_csv_tsv_and_xml(client):
    response = client.get("/sparql", query_string={"query": COUNTRIES}, headers={"Accept": "text/csv"})
    assert list(csv.reader(io.StringIO(response.get_data(as_text=True))))[1:] == [
        [iri("country", c), n] for c, n in EXPECTED]
    response = client.get("/sparql", query_string={"query": COUNTRIES},
                          headers={"Accept": "text/tab-separated-values"})
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0] == "?c\t?name" and lines[2] == f'<{iri("country", "RUS")}>\t"Russia"'
    response = client.get("/sparql", query_string={"query": COUNTRIES},
                          headers={"Accept": "application/sparql-results+xml"})
    assert response.mimetype == "application/sparql-results+xml" and b"<literal>Russia</literal>" in response.data


def test_construct_by_accept(client):
    query = "CONSTRUCT { ?c a ?t } WHERE { ?c a ?t ; <https://w3id.org/dkb/ontology#countryCode> ?code }"
    for accept, fmt in [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")]:
        response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
        assert response.mimetype == accept
        graph = Graph().parse(data=response.data, format=fmt)
        assert (URIRef(iri("country", "RUS")), RDF.type, DKB.Country) in graph
        assert set(graph.subjects()) == {URIRef(iri("country", c)) for c, _ in EXPECTED}


def test_ask_answers_true_and_false(client):
    yes = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    no = client.get("/sparql", query_string={"query": "ASK { <urn:x> <urn:y> <urn:z> }"})
    assert json.loads(yes.data)["boolean"] is True and json.loads(no.data)["boolean"] is False


UPDATE_REQUESTS = [
    {"method": "GET", "query_string": {"update": "DROP ALL"}},
    {"method": "POST", "data": {"update": "DROP ALL"}},
    {"method": "POST", "data": "CLEAR ALL", "content_type": "application/sparql-update"},
    {"method": "POST", "data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"method": "GET", "query_string": {"query": "DELETE WHERE { ?s ?p ?o }"}},
]


@pytest.mark.parametrize("request_args", UPDATE_REQUESTS)
def test_updates_are_refused_with_403_when_no_token_is_configured(web_settings, web_store, request_args):
    from web import create_app

    client = create_app({**web_settings, "update_token": "", "STORE": web_store}).test_client()
    before = web_store.count_triples()
    response = client.open("/sparql", **request_args)
    assert response.status_code == 403
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 403 and "read-only" in body["error"]
    assert web_store.count_triples() == before


@pytest.mark.parametrize("request_args", UPDATE_REQUESTS)
def test_updates_without_the_token_are_401(client, web_store, request_args):
    before = web_store.count_triples()
    response = client.open("/sparql", **request_args)
    assert response.status_code == 401 and "token" in response.get_json()["error"]
    assert web_store.count_triples() == before


def test_service_clauses_are_refused(client):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/json"})
    assert response.status_code == 403 and "SERVICE" in response.get_json()["error"]


def test_syntax_errors_are_400_with_position(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400 and "line 1" in response.get_json()["error"]


def test_row_cap_answers_with_a_clear_error(client):
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"},
                          headers={"Accept": "application/json"})
    assert response.status_code == 413
    assert "row_cap" in response.get_json()["error"]
    ok = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 50"})
    assert ok.status_code == 200


def test_time_limit_answers_instead_of_hanging(web_settings, web_store):
    from web import create_app

    released = threading.Event()

    class SlowStore:
        def __getattr__(self, name):
            return getattr(web_store, name)

        def query(self, sparql, bindings=None):
            released.wait(20)   # held until the test has its answer: no clock to race on a busy box
            return web_store.query(sparql, bindings)

    app = create_app({**web_settings, "query_timeout": 0.3, "STORE": SlowStore()})
    try:
        response = app.test_client().get("/sparql", query_string={"query": "ASK {}"},
                                         headers={"Accept": "application/json"})
    finally:
        released.set()
    # An endpoint that waited for the store would have answered 200 once the wait ran out.
    assert response.status_code == 503 and "query_timeout" in response.get_json()["error"]


def test_service_description_for_rdf_clients_and_editor_for_browsers(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef("http://localhost/sparql")) in graph
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph
    page = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<textarea name="query"' in page and "Events by kind" in page


def test_browser_query_renders_a_result_table(client):
    page = client.get("/sparql", query_string={"query": COUNTRIES}, headers={"Accept": "text/html"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and '<span id="row-count">3</span>' in html and ">Russia<" in html


def test_cors_headers_and_preflight(client):
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "http://tool.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "http://tool.example",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]


# -- real clients against a running server ------------------------------------------------------
@pytest.fixture
def live(app):
    with LiveServer(app) as server:
        yield server


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_every_result_format(live, fmt):
    client = SPARQLWrapper(live.url + "/sparql")
    client.setQuery(COUNTRIES)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    if fmt == JSON:
        assert codes(result["results"]["bindings"]) == EXPECTED
    elif fmt == XML:
        assert [n.firstChild.data for n in result.getElementsByTagName("literal")] == [n for _, n in EXPECTED]
    else:
        text = result.decode()
        if fmt == CSV:
            assert list(csv.reader(io.StringIO(text))) == [["c", "name"]] + [
                [iri("country", c), n] for c, n in EXPECTED]
        else:
            assert text.splitlines() == ["?c\t?name"] + [f'<{iri("country", c)}>\t"{n}"' for c, n in EXPECTED]


def test_sparqlwrapper_post_construct_and_ask(live):
    client = SPARQLWrapper(live.url + "/sparql")
    client.setMethod(POST)
    client.setQuery("CONSTRUCT { ?c ?p ?o } WHERE { ?c a <https://w3id.org/dkb/ontology#Country> ; ?p ?o }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert (URIRef(iri("country", "RUS")), None, Literal("Russia")) in graph
    client.setQuery("ASK { ?e a <https://w3id.org/dkb/ontology#Summit> }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_sparqlwrapper_sees_refusals_as_errors(live):
    client = SPARQLWrapper(live.url + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Unauthorized, match="token is required"):
        client.query()
    client.setQuery("SELECT ?x WHERE {")
    with pytest.raises(QueryBadFormed):  # what a 400 gives; a 500 would be EndPointInternalError
        client.query()


def test_rdflib_sparqlstore_reads_through_the_endpoint(live):
    store = SPARQLStore(live.url + "/sparql", returnFormat="json")
    graph = Graph(store=store)
    names = {str(o) for o in graph.objects(URIRef(iri("person", "vladimir-putin")), DKB.name)}
    assert names == {"Vladimir Putin"}
    rows = list(graph.query(COUNTRIES))
    assert [(str(r.c).rsplit("/", 1)[1], str(r.name)) for r in rows] == EXPECTED
