"""Export formats: the one table of names, extensions and media types, and the JSON-LD writer."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.term import Node

from kb.errors import InputError

DKB = "https://w3id.org/dkb/ontology#"


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    media_type: str
    quads: bool                     # True: named graphs kept; False: triples of the union graph
    ox_format: ox.RdfFormat | None  # None: written by rdflib (JSON-LD, for its @context)


FORMATS: list[Format] = [
    Format("turtle", ".ttl", "text/turtle", False, ox.RdfFormat.TURTLE),
    Format("ntriples", ".nt", "application/n-triples", False, ox.RdfFormat.N_TRIPLES),
    Format("nquads", ".nq", "application/n-quads", True, ox.RdfFormat.N_QUADS),
    Format("trig", ".trig", "application/trig", True, ox.RdfFormat.TRIG),
    Format("jsonld", ".jsonld", "application/ld+json", True, None),
    Format("rdfxml", ".rdf", "application/rdf+xml", False, ox.RdfFormat.RDF_XML),
]

# Prefixes written into Turtle/TriG/RDF-XML and the JSON-LD @context, so dumps read well.
PREFIXES: dict[str, str] = {
    "dkb": DKB,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
}

_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads",
            "n-quads": "nquads", "json-ld": "jsonld", "xml": "rdfxml", "rdf": "rdfxml",
            "rdf/xml": "rdfxml", "rdf-xml": "rdfxml"}


def get_format(name: str) -> Format:
    """Look a format up by name, alias or extension; InputError lists the valid names."""
    key = name.strip().lower().lstrip(".")
    key = _ALIASES.get(key, key)
    for fmt in FORMATS:
        if fmt.name == key:
            return fmt
    raise InputError(f"unknown export format {name!r}; use one of: {', '.join(f.name for f in FORMATS)}")


def format_for_media_type(media_type: str) -> Format | None:
    return next((f for f in FORMATS if f.media_type == media_type), None)


def jsonld_context(base_iri: str | None = None) -> dict[str, str]:
    context = dict(PREFIXES)
    if base_iri:
        context["@base"] = base_iri
    return context


def write_jsonld(quads: Iterable[tuple[Node, Node, Node, Node]], out: BinaryIO) -> int:
    """Write rdflib quads as compacted JSON-LD with the dkb @context; return the quad count."""
    dataset = Dataset()
    graphs: dict[Node, object] = {}
    count = 0
    for s, p, o, g in quads:
        if g not in graphs:
            graphs[g] = dataset.graph(g)
        graphs[g].add((s, p, o))
        count += 1
    data = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    out.write(data.encode("utf-8") if isinstance(data, str) else data)
    return count
