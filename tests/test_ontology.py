"""The ontology is documented, complete against the contract, aligned, and in step with kb.vocab."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kb import vocab
from kb.resources import ontology_file
from kb.vocab import DKB

ROOT = Path(__file__).resolve().parent.parent
NS = "https://w3id.org/dkb/ontology#"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

# The "Vocabulary" section of the internal contract, as data.
CLASSES = ["Article", "Event", "Actor", "Person", "Country", "Organization", "Group", "Place",
           "Dispute", "Quote", "Evidence", "RoleAssignment", "DisputeStatusReport", "Modality",
           "DatePrecision", "DisputeStatus"]
EVENT_KINDS = {
    "Meeting": ("040", "CONSULT"), "PhoneCall": ("041", "CONSULT"), "Visit": ("042", "CONSULT"),
    "Summit": ("043", "CONSULT"), "Mediation": ("045", "CONSULT"),
    "Negotiation": ("046", "CONSULT"), "Statement": ("010", None), "Appeal": ("020", "REQUEST"),
    "Cooperation": ("050", "COOPERATE"), "Praise": ("051", "SUPPORT"),
    "AgreementSigned": ("057", "AGREE"), "Aid": ("070", "AID"), "Concession": ("080", "CONCEDE"),
    "Ceasefire": ("0871", "RETREAT"), "Criticism": ("111", "ACCUSE"),
    "Accusation": ("112", "ACCUSE"), "Rejection": ("120", "REJECT"), "Denial": ("125", "REJECT"),
    "Threat": ("130", "THREATEN"), "Protest": ("140", "PROTEST"),
    "MilitaryDeployment": ("150", "MOBILIZE"), "BreakRelations": ("161", "SANCTION"),
    "Sanction": ("163", "SANCTION"), "Expulsion": ("166", "SANCTION"),
    "MilitaryAction": ("190", "ASSAULT"), "LeadershipChange": (None, None),
    "Election": (None, None), "Vote": (None, None),
}
INDIVIDUALS = {"Asserted": "Modality", "Planned": "Modality", "Hypothetical": "Modality",
               "Negated": "Modality", "DayPrecision": "DatePrecision",
               "MonthPrecision": "DatePrecision", "YearPrecision": "DatePrecision",
               "Ongoing": "DisputeStatus", "Unresolved": "DisputeStatus", "Resolved": "DisputeStatus"}
PROPERTIES = ["headline", "published", "agency", "author", "dateline", "url", "contentHash", "text",
              "sourceName", "cameoCode", "ploverCategory", "participant", "agent", "recipient",
              "date", "datePrecision", "endDate", "earliest", "latest", "dateText", "place",
              "modality", "concerns", "evidence", "confidence", "article", "sentence",
              "startOffset", "endOffset", "trigger", "name", "countryCode", "country", "role",
              "holder", "roleTitle", "roleCountry", "validAt", "statedIn", "geonamesId", "topic",
              "party", "statusReport", "status", "reportedAt", "speaker", "quoteText", "about"]
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def _terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_header(onto):
    header = URIRef("https://w3id.org/dkb/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.license, DCTERMS.description):
        assert onto.value(header, prop) is not None, prop


def test_every_term_has_label_and_definition(onto):
    missing = [t for t in _terms(onto)
               if onto.value(t, RDFS.label) is None
               or (onto.value(t, SKOS.definition) is None and onto.value(t, RDFS.comment) is None)]
    assert missing == []


def test_every_property_has_domain_and_range(onto):
    props = {s for t in PROPERTY_TYPES for s in onto.subjects(RDF.type, t) if str(s).startswith(NS)}
    assert len(props) >= len(PROPERTIES)
    missing = [p for p in props if onto.value(p, RDFS.domain) is None or onto.value(p, RDFS.range) is None]
    assert missing == []


def test_every_class_is_placed_in_a_hierarchy(onto):
    classes = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(NS)}
    assert [c for c in classes if onto.value(c, RDFS.subClassOf) is None] == []


@pytest.mark.parametrize("name", CLASSES + list(EVENT_KINDS))
def test_contract_class_defined(onto, name):
    assert (DKB[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", PROPERTIES)
def test_contract_property_defined(onto, name):
    assert set(onto.objects(DKB[name], RDF.type)) & PROPERTY_TYPES


@pytest.mark.parametrize("name,cls", sorted(INDIVIDUALS.items()))
def test_contract_individual_defined(onto, name, cls):
    assert (DKB[name], RDF.type, DKB[cls]) in onto


@pytest.mark.parametrize("name,codes", sorted(EVENT_KINDS.items()))
def test_event_kind_codes_and_hierarchy(onto, name, codes):
    found = tuple(onto.value(DKB[name], p) for p in (DKB.cameoCode, DKB.ploverCategory))
    assert found == tuple(Literal(c) if c else None for c in codes)
    assert DKB.Event in set(onto.transitive_objects(DKB[name], RDFS.subClassOf))
    assert vocab.EVENT_CLASSES[name] == codes


def test_alignments(onto):
    expected = [
        (DKB.Event, RDFS.subClassOf, SEM.Event), (DKB.Actor, RDFS.subClassOf, SEM.Actor),
        (DKB.Place, RDFS.subClassOf, SEM.Place), (DKB.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (DKB.Article, RDFS.subClassOf, PROV.Entity), (DKB.Evidence, RDFS.subClassOf, PROV.Entity),
        (DKB.Person, RDFS.subClassOf, SCHEMA.Person), (DKB.Country, RDFS.subClassOf, SCHEMA.Country),
        (DKB.Quote, RDFS.subClassOf, SCHEMA.Quotation), (DKB.Modality, RDFS.subClassOf, SKOS.Concept),
        (DKB.participant, RDFS.subPropertyOf, SEM.hasActor),
        (DKB.agent, RDFS.subPropertyOf, DKB.participant),
        (DKB.recipient, RDFS.subPropertyOf, DKB.participant),
        (DKB.place, RDFS.subPropertyOf, SEM.hasPlace), (DKB.date, RDFS.subPropertyOf, SEM.hasTimeStamp),
        (DKB.headline, RDFS.subPropertyOf, SCHEMA.headline),
        (DKB.published, RDFS.subPropertyOf, SCHEMA.datePublished),
        (DKB.published, RDFS.subPropertyOf, DCTERMS.issued),
    ]
    assert [t for t in expected if t not in onto] == []


def test_vocab_matches_ontology(onto):
    declared = {name for name in vocab.DKB.__annotations__}
    assert declared == {str(t)[len(NS):] for t in _terms(onto)}


def test_vocab_typo_raises():
    assert DKB.Summit == URIRef(NS + "Summit")
    with pytest.raises(AttributeError):
        DKB.Sumit  # noqa: B018 - the lookup itself must fail


def test_gen_vocab_check_passes():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_vocab.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_gen_vocab_check_detects_stale_file(tmp_path):
    stale = tmp_path / "vocab.py"
    stale.write_text((ROOT / "kb" / "vocab.py").read_text().replace("    Summit: URIRef", ""))
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_vocab.py"), "--check",
                          "--out", str(stale)], capture_output=True, text=True)
    assert run.returncode == 1
