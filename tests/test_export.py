"""Every export format parses back (rdflib) into the same data and passes rapper's syntax check."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef, XSD
from rdflib.compare import isomorphic

from kb.errors import InputError
from kb.export import DKB, FORMATS, get_format
from kb.store import open_store

EX = "https://w3id.org/dkb/id/"
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                 "jsonld": "json-ld", "rdfxml": "xml"}
RAPPER = shutil.which("rapper") or "/usr/bin/rapper"
SHARED = (URIRef(EX + "country/RUS"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Russia"))
QUADS = {
    EX + "graph/a1": [
        SHARED,
        (URIRef(EX + "event/e1"), URIRef(DKB + "date"), Literal("2024-02", datatype=XSD.gYearMonth)),
        (URIRef(EX + "event/e1"), URIRef(DKB + "participant"), URIRef(EX + "country/RUS")),
        (URIRef(EX + "article/a1"), URIRef(DKB + "text"), Literal('Quotes "inside"\nand a new line', lang="en")),
        (URIRef(EX + "evidence/a1-1"), URIRef(DKB + "confidence"), Literal("0.85", datatype=XSD.decimal)),
    ],
    EX + "graph/a2": [
        SHARED,  # the same triple in two article graphs: once in triple formats, twice in quad formats
        (URIRef(EX + "event/e2"), URIRef(DKB + "note"), BNode("n1")),
        (BNode("n1"), URIRef(DKB + "text"), Literal("ünïcödé ✓")),
    ],
}


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    for graph, rows in QUADS.items():
        s.put_article(graph, rows)
    yield s
    s.close()


def expected_union() -> Graph:
    g = Graph()
    for rows in QUADS.values():
        for row in rows:
            g.add(row)
    return g


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS])
def test_export_parses_back_to_the_same_data(store, fmt, tmp_path):
    spec = get_format(fmt)
    path = tmp_path / f"dump{spec.extension}"
    with path.open("wb") as out:
        written = store.export(fmt, out)
    if spec.quads:
        parsed = Dataset()
        parsed.parse(path, format=RDFLIB_FORMAT[fmt])
        assert written == sum(len(rows) for rows in QUADS.values())
        for graph, rows in QUADS.items():
            expected = Graph()
            for row in rows:
                expected.add(row)
            assert isomorphic(parsed.graph(URIRef(graph)), expected), graph
        assert {str(g.identifier) for g in parsed.graphs() if len(g)} == set(QUADS)
    else:
        parsed = Graph().parse(path, format=RDFLIB_FORMAT[fmt])
        assert written == len(expected_union()) == 7
        assert isomorphic(parsed, expected_union())
    if fmt != "jsonld":
        check = subprocess.run([RAPPER, "-q", "-i", fmt, "-c", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_jsonld_uses_the_dkb_context(store, tmp_path):
    path = tmp_path / "dump.jsonld"
    with path.open("wb") as out:
        store.export("jsonld", out)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"]["dkb"] == DKB
    assert "dkb:participant" in path.read_text(encoding="utf-8")


def test_format_table_and_lookup():
    assert [(f.name, f.extension) for f in FORMATS] == [
        ("turtle", ".ttl"), ("ntriples", ".nt"), ("nquads", ".nq"), ("trig", ".trig"),
        ("jsonld", ".jsonld"), ("rdfxml", ".rdf")]
    assert get_format("ttl").name == "turtle" and get_format(".nq").name == "nquads"
    assert get_format("JSON-LD").media_type == "application/ld+json"
    with pytest.raises(InputError):
        get_format("csv")
