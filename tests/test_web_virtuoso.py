"""`dkb serve --store <Virtuoso>` serves what the embedded store serves: the sample corpus in both,
compared through the Flask test client page by page, timeline by timeline and query by query."""
from __future__ import annotations

import io
import uuid

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kb.settings import load_settings
from kb.store.sparql import SparqlStore
from tests.store_support import DATES, TOP, timeline_params
from tests.virtuoso_fixture import drop_graphs_under

pytestmark = pytest.mark.virtuoso

KINDS = ["Event", "Article", "Person", "Country", "Organization", "Dispute"]
SELECTS = [
    "SELECT ?e ?d WHERE { ?e a dkb:Event ; dkb:date ?d } ORDER BY ?d ?e",
    "SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?kind ; dkb:date ?d } GROUP BY ?kind ORDER BY ?kind",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT DISTINCT ?person ?country WHERE { ?person a dkb:Person ; dkb:country ?country } ORDER BY ?person",
    "SELECT ?e ?label WHERE { ?e a dkb:Event . OPTIONAL { ?e rdfs:label ?label } "
    'FILTER (?e != <urn:none>) } ORDER BY ?e LIMIT 25',
    "SELECT DISTINCT ?d ?status WHERE { ?d a dkb:Dispute . OPTIONAL { ?d dkb:status ?status } } ORDER BY ?d ?status",
]


@pytest.fixture(scope="module")
def stores(virtuoso_url, sample_store):
    """The sample corpus, embedded and in Virtuoso (loaded through the Graph Store bulk path)."""
    base = f"https://test.example/{uuid.uuid4().hex[:10]}/"
    remote = SparqlStore(f"sparql:{virtuoso_url}", {"base_iri": base})
    dump = io.BytesIO()
    sample_store.export("nquads", dump)
    assert remote.bulk_load(dump.getvalue(), "nquads") == len(sample_store.article_graphs())
    yield sample_store, remote
    for name in remote.article_graphs():
        remote.remove_article(name)
    drop_graphs_under(virtuoso_url, base)


@pytest.fixture(scope="module")
def clients(stores):
    from web import create_app

    settings = load_settings(environ={}, store="memory:")
    return [create_app({**settings, "TESTING": True, "STORE": store}).test_client() for store in stores]


def both(clients, path: str, **kwargs) -> tuple:
    answers = [client.get(path, **kwargs) for client in clients]
    for answer in answers:
        assert answer.status_code == 200, (path, answer.get_data(as_text=True)[-500:])
    return tuple(answers)


def test_same_article_graphs_and_triples(stores):
    embedded, remote = stores
    assert remote.article_graphs() == embedded.article_graphs()
    assert remote.count_triples() == embedded.count_triples() > 1000


@pytest.mark.parametrize("kind", KINDS)
def test_pages_json_twins_are_equal(stores, clients, kind):
    embedded, _ = stores
    rows = embedded.query(f"SELECT DISTINCT ?x WHERE {{ ?x a dkb:{kind} }} ORDER BY ?x LIMIT 30").rows
    assert rows, f"the sample corpus has no {kind}"
    for row in rows:
        path = "/" + str(row["x"]).split("/id/", 1)[1] + ".json"
        local, remote = both(clients, path)
        assert remote.get_json() == local.get_json(), path


@pytest.mark.parametrize("query", ["", "?type=Meeting", "?from=2010-01-01&to=2016-12-31",
                                   "?country=USA", "?modality=asserted"])
def test_timeline_window_json_is_equal(clients, query):
    local, remote = [answer.get_json() for answer in both(clients, "/timeline.json" + query)]
    for answer in (local, remote):
        answer.pop("ms")  # how long the server took
    assert remote == local
    assert local["items"]  # something to compare


def test_facets_are_equal(clients):
    local, remote = both(clients, "/api/facets.json")
    assert remote.get_json() == local.get_json()


def test_every_canned_timeline_json_is_equal(stores, clients):
    from kb.timelines import list_timelines

    embedded, _ = stores
    assert TOP and DATES
    for timeline in list_timelines():
        params = timeline_params(embedded, timeline)
        local, remote = both(clients, f"/timelines/{timeline.name}.json", query_string={**params, "limit": 50})
        assert remote.get_json() == local.get_json(), timeline.name
        assert local.get_json()["rows"], f"{timeline.name} has no rows: its parity would compare nothing"


def test_timeline_catalogue_is_equal(clients):
    local, remote = both(clients, "/timelines.json")
    assert remote.get_json() == local.get_json()


@pytest.mark.parametrize("query", SELECTS)
def test_sparql_select_results_are_equal(clients, query):
    local, remote = both(clients, "/sparql", query_string={"query": query},
                         headers={"Accept": "application/sparql-results+json"})
    expected, got = local.get_json(), remote.get_json()
    assert got["head"] == expected["head"]
    assert comparable(got["results"]["bindings"]) == comparable(expected["results"]["bindings"])
    assert expected["results"]["bindings"]


def test_sparql_ask_and_construct_are_equal(clients):
    ask = "ASK { ?e a dkb:Summit }"
    local, remote = both(clients, "/sparql", query_string={"query": ask},
                         headers={"Accept": "application/sparql-results+json"})
    assert remote.get_json()["boolean"] == local.get_json()["boolean"]
    construct = "CONSTRUCT { ?e dkb:date ?d } WHERE { ?e a dkb:Event ; dkb:date ?d }"
    local, remote = both(clients, "/sparql", query_string={"query": construct}, headers={"Accept": "text/turtle"})
    expected = Graph().parse(data=local.get_data(as_text=True), format="turtle")
    assert len(expected) > 10
    assert isomorphic(Graph().parse(data=remote.get_data(as_text=True), format="turtle"), expected)


def comparable(bindings: list[dict]) -> list[dict]:
    """Values, not spellings: Virtuoso writes xsd:decimal 0.50 as 0.5 and may type counts as xsd:int."""
    def value(term: dict) -> tuple:
        if term.get("datatype", "").endswith(("#integer", "#int", "#decimal", "#double")):
            return term["type"], float(term["value"])
        return term["type"], term["value"], term.get("xml:lang"), term.get("datatype")
    return [{k: value(v) for k, v in row.items()} for row in bindings]
