"""Linked data: IRIs dereference with content negotiation, VoID describes the data, dumps stream."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from kb.iris import Minter
from kb.vocab import DKB
from tests.web_fixtures import BASE, app, client, sochi_summit, web_settings, web_store  # noqa: F401

VOID = Namespace("http://rdfs.org/ns/void#")
KEY = Minter(BASE).event(sochi_summit().id)[len(BASE):]


@pytest.mark.parametrize("accept, location", [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", f"/{KEY}"),
    ("text/turtle", f"/{KEY}.ttl"),
    ("application/ld+json", f"/{KEY}.jsonld"),
    ("application/n-triples", f"/{KEY}.nt"),
    ("application/rdf+xml", f"/{KEY}.rdf"),
    ("application/json", f"/{KEY}.json"),
    ("text/turtle;q=0.5, application/rdf+xml", f"/{KEY}.rdf"),
])
def test_iri_answers_303_to_the_document_the_client_accepts(client, accept, location):
    response = client.get(f"/id/{KEY}", headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["Location"] == location and "Accept" in response.headers["Vary"]


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                         ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_documents_negotiate_directly_too(client, accept, fmt):
    response = client.get(f"/{KEY}", headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    graph = Graph().parse(data=response.data, format=fmt)
    assert (URIRef(BASE + KEY), DKB.cameoCode, Literal("043")) in graph


def test_unacceptable_accept_is_406(client):
    response = client.get(f"/id/{KEY}", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert client.get(f"/{KEY}", headers={"Accept": "image/png"}).status_code == 406


def test_unknown_iris_are_404(client):
    assert client.get("/id/event/0000000000000000", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/id/spaceship/x").status_code == 404
    assert client.get("/event/0000000000000000.ttl").status_code == 404


def test_void_describes_size_endpoint_and_dumps(client, web_store):
    graph = Graph().parse(data=client.get("/void", headers={"Accept": "text/turtle"}).data, format="turtle")
    dataset = next(graph.subjects(VOID.sparqlEndpoint, None))
    assert int(graph.value(dataset, VOID.triples)) == web_store.count_triples()
    assert int(graph.value(dataset, VOID.documents)) == 4
    assert str(graph.value(dataset, VOID.uriSpace)) == BASE
    dumps = {str(d) for d in graph.objects(dataset, VOID.dataDump)}
    assert "http://localhost/export.nq" in dumps and "http://localhost/export.ttl" in dumps
    classes = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))
               for p in graph.objects(dataset, VOID.classPartition)}
    assert classes[DKB.Article] == 4 and classes[DKB.Summit] == 1
    assert client.get("/.well-known/void").status_code == 303


def test_quad_dump_round_trips_every_graph(client, web_store):
    response = client.get("/export.nq")
    assert response.is_streamed and response.mimetype == "application/n-quads"
    dumped = Dataset()
    dumped.parse(data=response.get_data(), format="nquads")
    quads = list(dumped.quads((None, None, None, None)))
    assert {str(q[3].identifier if hasattr(q[3], "identifier") else q[3]) for q in quads} == \
        set(web_store.article_graphs())
    assert len(quads) == web_store.count_triples()


@pytest.mark.parametrize("ext, fmt", [("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml"), ("jsonld", "json-ld"),
                                      ("trig", "trig")])
def test_every_dump_format_parses(client, ext, fmt):
    response = client.get(f"/export.{ext}")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    data = Dataset()
    data.parse(data=response.get_data(), format=fmt)
    triples = {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
    assert (URIRef(BASE + KEY), DKB.cameoCode, Literal("043")) in triples


def test_unknown_dump_format_is_400(client):
    response = client.get("/export.docx")
    assert response.status_code == 400 and response.get_json()["ok"] is False
