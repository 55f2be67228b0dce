"""Helpers of the remote-store tests: a base IRI and a SparqlStore of one's own per test, hand-made
events, direct reads of the server, and parameters for every canned timeline on the sample corpus."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
import uuid

import pytest
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kb.store.sparql import SparqlStore
from kb.vocab import DKB
from tests.virtuoso_fixture import drop_graphs_under


@pytest.fixture
def base(virtuoso_url) -> str:
    """A base IRI of one's own per test: its own registry and graphs on the shared server, dropped after."""
    name = f"https://test.example/{uuid.uuid4().hex[:10]}/"
    yield name
    drop_graphs_under(virtuoso_url, name)


@pytest.fixture
def store(virtuoso_url, base):
    with SparqlStore(f"sparql:{virtuoso_url}", {"base_iri": base}) as opened:
        yield opened


def event_triples(base: str, n: int, actor: str = "france") -> list[tuple]:
    ev = Namespace(base + "event/")
    country = URIRef(f"{base}country/{actor}")
    out = []
    for i in range(n):
        out += [(ev[str(i)], RDF.type, DKB.Meeting),
                (ev[str(i)], DKB.agent, country),
                (ev[str(i)], DKB.date, Literal(f"2024-03-{i % 28 + 1:02d}", datatype=XSD.date)),
                (ev[str(i)], RDFS.label, Literal(f"meeting {i} \"quoted\"\nline two", lang="en"))]
    return out


def raw_select(endpoint: str, query: str) -> list[dict]:
    """Ask the server directly, bypassing the store and its scoping."""
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(endpoint, data=data,
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


def graph_of(store: SparqlStore, graph_iri: str) -> set[tuple]:
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph_iri)})
    return set(result.graph)


# -- parameters for the canned timelines -----------------------------------------------------------

TOP = {  # the most frequent value of each parameter type in the sample corpus
    "actor": "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e dkb:participant ?v } GROUP BY ?v ORDER BY DESC(?n) ?v",
    "country": "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e dkb:participant ?v . ?v a dkb:Country } "
               "GROUP BY ?v ORDER BY DESC(?n) ?v",
    "dispute": "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e dkb:concerns ?v } GROUP BY ?v ORDER BY DESC(?n) ?v",
    "type": "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e a ?v ; dkb:date ?d FILTER (?v != dkb:Event) } "
            "GROUP BY ?v ORDER BY DESC(?n) ?v",
    # By parameter name: the top participant need not be quoted, and an empty timeline compares nothing.
    "speaker": "SELECT ?v (COUNT(*) AS ?n) WHERE { ?q dkb:speaker ?v } GROUP BY ?v ORDER BY DESC(?n) ?v",
}
DATES = {"from": "2000-01-01", "to": "2030-12-31"}


def timeline_params(store, timeline) -> dict[str, str]:
    """Parameters for `timeline` that the sample corpus has rows for, each value used once per timeline."""
    values, seen = {}, {}
    for param in timeline.params:
        if param.type == "date":
            values[param.name] = DATES[param.name]
            continue
        key = param.name if param.name in TOP else param.type
        ranked = seen.setdefault(key, [str(r["v"]) for r in store.query(TOP[key]).rows])
        assert ranked, f"the sample corpus has no {key} for timeline {timeline.name}"
        values[param.name] = ranked.pop(0).rsplit("#", 1)[-1] if param.type == "type" else ranked.pop(0)
    return values
