"""Pages and their .json twins: the data each page shows, and that article text stays text."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kb.iris import Minter
from kb.vocab import DKB
from tests.web_fixtures import BASE, app, client, iri, sochi_summit, web_settings, web_store  # noqa: F401

SUMMIT = str(Minter(BASE).event(sochi_summit().id))
SUMMIT_PATH = "/" + SUMMIT[len(BASE):]


def test_event_json_twin_has_every_part_of_the_event_page(client):
    data = client.get(SUMMIT_PATH + ".json").get_json()
    assert (data["kind"], data["cameo"], data["plover"]) == ("Summit", "043", "CONSULT")
    assert (data["date"], data["precision"], data["date_texts"]) == ("2008-04-06", "day", ["on Sunday"])
    assert data["place"]["name"] == "Sochi" and data["place"]["country"] == iri("country", "RUS")
    assert {p["name"]: (p["role"], p["titles"][0]) for p in data["participants"]} == {
        "George W. Bush": ("agent", "President of the United States"),
        "Vladimir Putin": ("agent", "President of Russia")}
    assert data["modality"] == "asserted"
    assert [d["topic"] for d in data["disputes"]] == ["missile defense"]
    assert data["sources"] == 2
    assert {e["article"]["iri"] for e in data["evidence"]} == {iri("article", "sochi-2008"),
                                                               iri("article", "sochi-recap")}


def test_event_page_links_each_sentence_to_its_article(client):
    html = client.get(SUMMIT_PATH).get_data(as_text=True)
    assert 'href="/article/sochi-2008#sochi-2008-1"' in html
    assert 'href="/article/sochi-recap#sochi-recap-1"' in html
    assert "CONSULT" in html and "043" in html


def test_event_page_explains_why_its_reports_are_one_event(client):
    identity = client.get(SUMMIT_PATH + ".json").get_json()["identity"]
    assert (identity["rule"], identity["sources"], identity["scope"]) == ("dkb-event/2", 2, "all articles")
    assert {a["field"]: a["value"] for a in identity["agreed_on"]} == {
        "kind": "Summit", "date": "2008-04-06 (day precision)", "participants": "George W. Bush, Vladimir Putin",
        "place": "Sochi", "modality": "asserted"}
    html = client.get(SUMMIT_PATH).get_data(as_text=True)
    assert "One event from 2 articles: reports are merged when they agree on" in html
    assert '<span class="identity-value">2008-04-06 (day precision)</span>' in html


def test_actor_page_has_roles_events_and_counterparts(client):
    data = client.get("/person/vladimir-putin.json").get_json()
    assert [r["title"] for r in data["roles"]] == ["President of Russia"]
    assert {e["kind"] for e in data["events"]} == {"Summit", "LeadershipChange"}
    assert data["event_count"] == 2
    assert [(c["name"], c["count"]) for c in data["counterparts"]] == [("George W. Bush", 1)]


def test_country_page_counts_events_of_its_people(client):
    data = client.get("/country/RUS.json").get_json()
    assert data["event_count"] == 5
    assert {m["name"] for m in data["members"]} == {"Vladimir Putin", "Dmitry Medvedev"}
    assert [c["name"] for c in data["counterparts"]] == ["United States"]


def test_dispute_page_has_status_history_and_events(client):
    data = client.get("/dispute/missile-defense.json").get_json()
    assert [(h["reported_at"], h["status"]) for h in data["history"]] == [("2008-04-07", "unresolved"),
                                                                         ("2008-05-20", "ongoing")]
    assert data["status"] == "ongoing"
    # who said what: each report cites its article and the sentence the status was read from
    first = data["history"][0]
    assert first["sentence"] == ("The American and Russian presidents held a summit at a Black Sea retreat "
                                 "on Sunday and left their quarrel over missile defence unsettled.")
    assert (first["source"]["headline"], first["source"]["agency"]) == ("Summit ends without missile deal",
                                                                        "Example Wire")
    html = client.get("/dispute/missile-defense").get_data(as_text=True)
    assert '<blockquote class="status-sentence">The American and Russian presidents' in html
    assert {p["name"] for p in data["parties"]} == {"Russia", "United States"}
    assert data["event_count"] == 2


def test_article_page_highlights_evidence_spans(client):
    data = client.get("/article/sochi-2008.json").get_json()
    marked = [s for s in data["segments"] if s["events"]]
    assert [s["text"][:12] for s in marked] == ["The American", "The Russian "]
    assert "".join(s["text"] for s in data["segments"]) == data["text"]
    html = client.get("/article/sochi-2008").get_data(as_text=True)
    assert html.count('class="evidence-span"') == 2 and 'id="sochi-2008-1"' in html


def test_article_text_with_markup_is_escaped(client):
    html = client.get("/article/script-test").get_data(as_text=True)
    assert "<script>window" not in html and "<script>alert" not in html and "<b>American" not in html
    assert "&lt;script&gt;window.__dkbPwned = 1&lt;/script&gt;" in html
    assert "Moscow &lt;i&gt;answers&lt;/i&gt;" in html
    assert "Content-Security-Policy" in client.get("/article/script-test").headers


@pytest.mark.parametrize("path", ["/place/sochi", "/evidence/sochi-2008-1", "/quote/sochi-2008-1"])
def test_other_resources_get_a_property_page(client, path):
    data = client.get(path + ".json").get_json()
    assert data["iri"] == BASE + path[1:] and data["properties"]
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("ext, fmt", [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("rdf", "xml")])
def test_event_rdf_documents_parse_and_describe_the_event(client, ext, fmt):
    response = client.get(f"{SUMMIT_PATH}.{ext}")
    assert response.status_code == 200
    graph = Graph().parse(data=response.data, format=fmt)
    assert (URIRef(SUMMIT), RDF.type, DKB.Summit) in graph
    assert len(set(graph.objects(URIRef(SUMMIT), DKB.evidence))) == 2


def test_graph_document_holds_exactly_its_article_graph(client, web_store):
    graph = Graph().parse(data=client.get("/graph/sochi-recap.ttl").data, format="turtle")
    rows = web_store.query("SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }" % iri("graph", "sochi-recap")).rows
    assert set(graph) == {(r["s"], r["p"], r["o"]) for r in rows}
    assert client.get("/graph/sochi-recap").status_code == 302


def test_links_from_data_never_carry_a_script_scheme(app):
    from web.links import page_url

    with app.app_context():
        assert page_url(BASE + "event/abc") == "/event/abc"
        assert page_url("https://www.wikidata.org/entity/Q1") == "https://www.wikidata.org/entity/Q1"
        assert page_url("javascript:alert(1)") == "#" and page_url("JaVaScRiPt:x") == "#"
        assert page_url("data:text/html,<b>") == "#"
