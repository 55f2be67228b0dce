"""Check RDF data against ontology/shapes.ttl, reading the ontology too so subclasses count."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pyshacl
from rdflib import Graph, Node, URIRef
from rdflib.namespace import RDF, SH

from kb.resources import ontology_file

SHAPES_NS = "https://w3id.org/dkb/shapes#"


@dataclass
class ValidationReport:
    conforms: bool
    # (focus node, id of the shape or named SPARQL constraint that failed, message)
    results: list[tuple[Node, str, str]] = field(default_factory=list)
    text: str = ""                                                        # pyshacl's own summary


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_file("dkb.ttl"), format="turtle")


def shape_id(shape: Node) -> str:
    """Return "S02-EventShape" for a shape of ours, the IRI or blank-node id otherwise."""
    text = str(shape)
    return text[len(SHAPES_NS):] if text.startswith(SHAPES_NS) else text


def validate_graph(data: Graph) -> ValidationReport:
    """Validate `data` (a Graph, or a Dataset read as the union of its graphs) against the shapes.

    The ontology is mixed into a copy of the data rather than inferred over: SHACL already
    follows rdfs:subClassOf in the data graph, which is all the shapes need, and skipping
    RDFS inference keeps validation fast.
    """
    if getattr(data, "context_aware", False):  # Dataset / ConjunctiveGraph: read the union
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
        abort_on_first=False, allow_warnings=False, meta_shacl=False)
    return ValidationReport(bool(conforms), _results(report), text)


def validate_store(store) -> ValidationReport:
    """Validate the union of every article graph in a kb.store Store."""
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return validate_graph(result.graph if result.graph is not None else Graph())


def _results(report: Graph) -> list[tuple[Node, str, str]]:
    rows = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        # A named SPARQL constraint says more than the node shape that holds it.
        constraint = report.value(result, SH.sourceConstraint)
        named = isinstance(constraint, URIRef) and str(constraint).startswith(SHAPES_NS)
        shape = constraint if named else report.value(result, SH.sourceShape)
        rows.append((focus, shape_id(shape), _message(report, result)))
    return sorted(rows, key=lambda row: (row[1], str(row[0]), row[2]))


def _message(report: Graph, result: Node) -> str:
    """Pick the most specific message: a SPARQL constraint's own, else the shape's."""
    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    constraint = report.value(result, SH.sourceConstraint)
    own = {str(m) for m in _shapes().objects(constraint, SH.message)} if constraint else set()
    preferred = [m for m in messages if m in own]
    return (preferred or messages or [""])[0]


def shape_ids() -> list[str]:
    """Return the ids of every node shape, property shape and SPARQL constraint in shapes.ttl."""
    shapes = _shapes()
    kinds = (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
    found = {s for cls in kinds for s in shapes.subjects(RDF.type, cls)}
    return sorted(shape_id(s) for s in found if isinstance(s, URIRef))
