"""Shapes tested both ways: every valid example conforms, every invalid one fails on its own shape."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kb.resources import ontology_dir, ontology_file
from kb.validate import shape_id, shape_ids, validate_graph

EXAMPLES = sorted(ontology_dir().joinpath("examples").glob("S*.ttl"))
VALID = [p for p in EXAMPLES if p.stem.endswith("-valid")]
INVALID = [p for p in EXAMPLES if "-invalid-" in p.stem]

# The exact shapes (or named SPARQL constraints) each invalid example should trip, so an
# example that fails for some unintended reason of the same number is caught too.
EXPECTED = {
    "S01-invalid-01": {"S01-Article-headline"},
    "S01-invalid-02": {"S01-Article-contentHash"},
    "S01-invalid-03": {"S01-Article-published"},
    "S01-invalid-04": {"S01-Article-contentHash"},
    "S02-invalid-01": {"S02-Event-participant"},
    "S02-invalid-02": {"S02-Event-modality"},
    "S02-invalid-03": {"S02-Event-precisionMatchesDate"},
    "S02-invalid-04": {"S02-Event-kind"},
    "S02-invalid-05": {"S02-Event-evidence"},
    "S02-invalid-06": {"S02-Event-date", "S02-Event-precisionMatchesDate"},
    "S02-invalid-07": {"S02-Event-rolesAreParticipants"},
    "S02-invalid-08": {"S02-Event-earliest"},
    "S02-invalid-09": {"S02-Event-label"},
    "S03-invalid-01": {"S03-Evidence-startOffset"},
    "S03-invalid-02": {"S03-Evidence-confidence"},
    "S03-invalid-03": {"S03-Evidence-startOffset"},
    "S03-invalid-04": {"S03-Evidence-article"},
    "S03-invalid-05": {"S03-Evidence-startOffset", "S03-Evidence-endOffset"},
    "S04-invalid-01": {"S04-Person-name"},
    "S04-invalid-02": {"S04-Person-sameAs"},
    "S04-invalid-03": {"S04-Person-country"},
    "S05-invalid-01": {"S05-Country-countryCode"},
    "S05-invalid-02": {"S05-Country-countryCode"},
    "S05-invalid-03": {"S05-Country-countryCode"},
    "S06-invalid-01": {"S06-Place-geonamesId"},
    "S06-invalid-02": {"S06-Place-name"},
    "S06-invalid-03": {"S06-Place-country"},
    "S07-invalid-01": {"S07-Dispute-party"},
    "S07-invalid-02": {"S07-Dispute-topic"},
    "S07-invalid-03": {"S07-Dispute-party"},
    "S08-invalid-01": {"S08-Quote-quoteText"},
    "S08-invalid-02": {"S08-Quote-about"},
    "S08-invalid-03": {"S08-Quote-speaker"},
    "S08-invalid-04": {"S08-Quote-speaker"},
    "S09-invalid-01": {"S09-Role-holder"},
    "S09-invalid-02": {"S09-Role-validAt"},
    "S09-invalid-03": {"S09-Role-roleTitle", "S09-Role-statedIn"},
    "S10-invalid-01": {"S10-StatusReport-status"},
    "S10-invalid-02": {"S10-StatusReport-statedIn"},
    "S10-invalid-03": {"S10-StatusReport-status"},
    "S11-invalid-01": {"S11-Organization-name"},
    "S11-invalid-02": {"S11-Organization-country"},
}


def _number(name: str) -> str:
    return re.match(r"(S\d\d)-", name).group(1)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_conforms(path):
    report = validate_graph(Graph().parse(path, format="turtle"))
    assert report.results == []
    assert report.conforms


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_fails_on_its_shape(path):
    report = validate_graph(Graph().parse(path, format="turtle"))
    assert not report.conforms
    failed = {shape for _focus, shape, _message in report.results}
    assert {_number(s) for s in failed} == {_number(path.stem)}
    assert failed == EXPECTED[path.stem]
    assert all(message for _focus, _shape, message in report.results)


def test_every_shape_number_has_both_kinds_of_example():
    numbers = {_number(s) for s in shape_ids()}
    assert numbers == {_number(p.stem) for p in VALID}
    assert numbers == {_number(p.stem) for p in INVALID}


def test_every_expectation_has_an_example():
    assert set(EXPECTED) == {p.stem for p in INVALID}


def test_every_shape_has_an_id_and_a_message(shapes):
    kinds = (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
    every = {s for k in kinds for s in shapes.subjects(RDF.type, k)}
    assert all(isinstance(s, URIRef) for s in every)
    assert [s for s in every if shapes.value(s, SH.message) is None] == []
    # A property shape left as a blank node would report no id of its own.
    assert [o for o in shapes.objects(None, SH.property) if not isinstance(o, URIRef)] == []
    assert all(re.fullmatch(r"S\d\d-[A-Za-z-]+", s) for s in shape_ids())


def test_every_sparql_constraint_is_exercised(shapes):
    constraints = {shape_id(s) for s in shapes.subjects(RDF.type, SH.SPARQLConstraint)}
    assert len(constraints) == 3
    assert constraints <= set().union(*EXPECTED.values())
