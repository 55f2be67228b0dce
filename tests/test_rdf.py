"""kb.rdf: an Extraction becomes the expected triples, deterministically, and they validate."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kb.errors import ExtractionError
from kb.iris import Minter, event_key
from kb.model import (Actor, Article, CleanArticle, Dateline, Dispute, Event, Evidence,
                      Extraction, Place, Quote, TimeValue)
from kb.rdf import extraction_to_triples
from kb.validate import validate_graph
from kb.vocab import DKB
from tests.hashseed_support import outputs_under_hash_seeds

BASE = "https://example.org/id/"
M = Minter(BASE)
PUBLISHED = datetime(2031, 3, 10, 8, 15)
ALBA, BORIS = "person:alba-reyes", "person:boris-lind"
PARTS = sorted([ALBA, BORIS])
SUMMIT_KEY = event_key("Summit", "2031-03-09", PARTS, "Valletta")


def iri(path: str) -> URIRef:
    return URIRef(BASE + path)


def make_extraction(article_id: str = "a1", sentence: str | None = None) -> Extraction:
    """One invented article: a summit of two leaders, a dispute, a quote."""
    sentence = sentence or "Reyes and Lind held a summit in Valletta on Sunday."
    text = f"{sentence} \"We made progress,\" Lind said."
    article = Article(id=article_id, raw_text=text, source=f"{article_id}.txt",
                      url=f"https://news.example.org/{article_id}", headline="Leaders meet")
    clean = CleanArticle(article=article, text=text, headline="Leaders meet", published=PUBLISHED,
                         dateline=Dateline("Valletta", "Malta"), agency="Example Wire",
                         authors=["Ines Costa"])
    actors = [
        Actor(ALBA, "Alba Reyes", "person", "ESP", ["Prime Minister of Spain"]),
        Actor(BORIS, "Boris Lind", "person", "SWE", ["Prime Minister of Sweden"], wikidata="Q99"),
        Actor("country:ESP", "Spain", "country", "ESP", wikidata="Q29"),
        Actor("org:nato", "NATO", "organization"),
    ]
    summit = Event(SUMMIT_KEY, "Summit", "Reyes and Lind meet in Valletta", "043", "CONSULT",
                   TimeValue("2031-03-09", "day", "on Sunday", earliest=date(2031, 3, 9),
                             latest=date(2031, 3, 9)),
                   Place("Valletta", "MLT", 2562305), [ALBA], [BORIS], PARTS, "asserted", 0.9,
                   ["dispute:fishing-rights"], [Evidence(sentence, 0, len(sentence))], "summit")
    talks = Event("00000000000000aa", "Negotiation", "Spain and NATO to negotiate", None, None,
                  TimeValue("2031-04", "month", "in April", end="2031-05"), None,
                  ["country:ESP"], ["org:nato"], ["country:ESP", "org:nato"], "planned", 0.6,
                  evidence=[Evidence(sentence, 0, 10)])
    dispute = Dispute("dispute:fishing-rights", "fishing rights", ["country:ESP", BORIS], "ongoing")
    quote = Quote("We made progress,", len(sentence) + 2, len(sentence) + 19, BORIS, SUMMIT_KEY)
    return Extraction(clean, actors, [summit, talks], [dispute], [quote])


@pytest.fixture
def triples() -> set[tuple]:
    return set(extraction_to_triples(make_extraction(), M))


def about(triples: set[tuple], subject: URIRef) -> set[tuple]:
    return {(p, o) for s, p, o in triples if s == subject}


def test_article_metadata(triples):
    a = iri("article/a1")
    text = make_extraction().article.text
    assert about(triples, a) >= {
        (RDF.type, DKB.Article), (DKB.headline, Literal("Leaders meet")),
        (DKB.published, Literal(PUBLISHED, datatype=XSD.dateTime)),
        (DKB.agency, Literal("Example Wire")), (DKB.author, Literal("Ines Costa")),
        (DKB.url, Literal("https://news.example.org/a1", datatype=XSD.anyURI)),
        (DKB.text, Literal(text)), (DKB.sourceName, Literal("a1.txt")),
        (DKB.dateline, iri("place/valletta")),
    }
    hashes = [o for p, o in about(triples, a) if p == DKB.contentHash]
    assert len(hashes) == 1 and len(str(hashes[0])) == 64


def test_event_core(triples):
    e = iri(f"event/{SUMMIT_KEY}")
    assert about(triples, e) >= {
        (RDF.type, DKB.Summit), (RDF.type, DKB.Event),
        (RDFS.label, Literal("Reyes and Lind meet in Valletta")),
        (DKB.cameoCode, Literal("043")), (DKB.ploverCategory, Literal("CONSULT")),
        (DKB.agent, iri("person/alba-reyes")), (DKB.recipient, iri("person/boris-lind")),
        (DKB.participant, iri("person/alba-reyes")), (DKB.participant, iri("person/boris-lind")),
        (DKB.date, Literal("2031-03-09", datatype=XSD.date)),
        (DKB.datePrecision, DKB.DayPrecision), (DKB.dateText, Literal("on Sunday")),
        (DKB.earliest, Literal(date(2031, 3, 9), datatype=XSD.date)),
        (DKB.latest, Literal(date(2031, 3, 9), datatype=XSD.date)),
        (DKB.place, iri("place/valletta")), (DKB.modality, DKB.Asserted),
        (DKB.concerns, iri("dispute/fishing-rights")), (DKB.evidence, iri("evidence/a1-1")),
    }


def test_month_precision_and_codes_from_ontology(triples):
    e = iri("event/00000000000000aa")
    assert about(triples, e) >= {
        (DKB.date, Literal("2031-04", datatype=XSD.gYearMonth)),
        (DKB.datePrecision, DKB.MonthPrecision),
        (DKB.endDate, Literal("2031-05", datatype=XSD.gYearMonth)),
        (DKB.modality, DKB.Planned), (DKB.evidence, iri("evidence/a1-2")),
        (DKB.cameoCode, Literal("046")), (DKB.ploverCategory, Literal("CONSULT")),
        (DKB.participant, iri("country/ESP")), (DKB.participant, iri("org/nato")),
    }


def test_evidence_node(triples):
    ev = iri("evidence/a1-1")
    sentence = "Reyes and Lind held a summit in Valletta on Sunday."
    assert about(triples, ev) == {
        (RDF.type, DKB.Evidence), (DKB.article, iri("article/a1")),
        (PROV.wasDerivedFrom, iri("article/a1")), (DKB.sentence, Literal(sentence)),
        (DKB.startOffset, Literal(0, datatype=XSD.integer)),
        (DKB.endOffset, Literal(len(sentence), datatype=XSD.integer)),
        (DKB.confidence, Literal(Decimal("0.9"), datatype=XSD.decimal)),
        (DKB.trigger, Literal("summit")),
    }


def test_actors_roles_and_links(triples):
    alba, boris = iri("person/alba-reyes"), iri("person/boris-lind")
    role = iri("role/alba-reyes-prime-minister-of-spain")
    assert about(triples, alba) >= {(RDF.type, DKB.Person), (RDF.type, DKB.Actor),
                                     (DKB.name, Literal("Alba Reyes")), (DKB.country, iri("country/ESP")),
                                     (DKB.role, role)}
    # Links out only where the extraction was sure.
    assert not {o for p, o in about(triples, alba) if p == OWL.sameAs}
    assert (boris, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q99")) in triples
    assert about(triples, role) >= {
        (RDF.type, DKB.RoleAssignment), (DKB.holder, alba),
        (DKB.roleTitle, Literal("Prime Minister of Spain")), (DKB.roleCountry, iri("country/ESP")),
        (DKB.validAt, Literal("2031-03-09", datatype=XSD.date)), (DKB.statedIn, iri("article/a1")),
    }
    assert (iri("country/ESP"), DKB.countryCode, Literal("ESP")) in triples
    assert (iri("org/nato"), RDF.type, DKB.Organization) in triples


def test_role_without_dated_event_uses_publication_day():
    x = make_extraction()
    x.events = []
    triples = set(extraction_to_triples(x, M))
    role = iri("role/alba-reyes-prime-minister-of-spain")
    assert (role, DKB.validAt, Literal(date(2031, 3, 10), datatype=XSD.date)) in triples


def test_places_and_referenced_countries(triples):
    valletta = iri("place/valletta")
    assert about(triples, valletta) >= {
        (RDF.type, DKB.Place), (DKB.name, Literal("Valletta")), (DKB.country, iri("country/MLT")),
        (DKB.geonamesId, Literal(2562305, datatype=XSD.integer)),
        (OWL.sameAs, URIRef("https://sws.geonames.org/2562305/")),
    }
    # Sweden and Malta are linked to but are not actors of the article: they still get typed.
    for code in ("SWE", "MLT"):
        assert about(triples, iri(f"country/{code}")) >= {
            (RDF.type, DKB.Country), (DKB.countryCode, Literal(code))}


def test_dispute_and_status_report(triples):
    d, report = iri("dispute/fishing-rights"), iri("status/a1-fishing-rights")
    assert about(triples, d) >= {(RDF.type, DKB.Dispute), (DKB.topic, Literal("fishing rights")),
                                 (DKB.party, iri("country/ESP")), (DKB.party, iri("person/boris-lind")),
                                 (DKB.statusReport, report)}
    assert about(triples, report) == {
        (RDF.type, DKB.DisputeStatusReport), (DKB.status, DKB.Ongoing),
        (DKB.reportedAt, Literal(date(2031, 3, 10), datatype=XSD.date)),
        (DKB.statedIn, iri("article/a1")), (DKB.basis, DKB.NamedInText)}


def test_status_report_quotes_the_sentence_it_was_read_from():
    x = make_extraction()
    x.disputes[0].status_evidence = Evidence("Talks on fishing rights go on.", 0, 30)
    report = iri("status/a1-fishing-rights")
    assert (report, DKB.statusSentence, Literal("Talks on fishing rights go on.")) in \
        set(extraction_to_triples(x, M))


def test_quote(triples):
    q = iri("quote/a1-1")
    assert about(triples, q) >= {(RDF.type, DKB.Quote), (DKB.quoteText, Literal("We made progress,")),
                                 (DKB.speaker, iri("person/boris-lind")),
                                 (DKB.about, iri(f"event/{SUMMIT_KEY}")), (DKB.article, iri("article/a1"))}


def test_no_blank_nodes_and_only_minted_iris(triples):
    nodes = {n for t in triples for n in (t[0], t[2])}
    assert not any(isinstance(n, BNode) for n in nodes)
    assert all(str(s).startswith(BASE) for s, _, _ in triples)


def test_no_triple_twice():
    listed = extraction_to_triples(make_extraction(), M)
    assert len(listed) == len(set(listed))


def test_deterministic_under_two_hash_seeds():
    """The same triples in the same order from two interpreters whose set and dict orders differ."""
    first, again = outputs_under_hash_seeds(
        "from kb.rdf import extraction_to_triples\n"
        "from tests.test_rdf import M, make_extraction\n"
        "for triple in extraction_to_triples(make_extraction(), M):\n"
        "    print(' '.join(term.n3() for term in triple))\n")
    assert first.splitlines() == again.splitlines()


def test_output_validates(triples):
    g = Graph()
    for t in triples:
        g.add(t)
    report = validate_graph(g)
    assert report.results == []
    assert report.conforms


def test_two_reports_of_one_event_share_it_but_not_evidence():
    one = set(extraction_to_triples(make_extraction("a1"), M))
    two = set(extraction_to_triples(
        make_extraction("a2", "Lind met Reyes for a summit in Valletta on Sunday."), M))
    events = [{s for s, p, o in t if p == RDF.type and o == DKB.Summit} for t in (one, two)]
    assert events[0] == events[1] == {iri(f"event/{SUMMIT_KEY}")}
    evidence = [{o for s, p, o in t if p == DKB.evidence and s == iri(f"event/{SUMMIT_KEY}")}
                for t in (one, two)]
    assert evidence == [{iri("evidence/a1-1")}, {iri("evidence/a2-1")}]
    assert (iri("evidence/a2-1"), DKB.article, iri("article/a2")) in two


@pytest.mark.parametrize("field,value", [("type", "Summmit"), ("modality", "probable")])
def test_bad_contract_values_raise(field, value):
    x = make_extraction()
    setattr(x.events[0], field, value)
    with pytest.raises(ExtractionError):
        extraction_to_triples(x, M)


def test_store_contents_validate():
    from kb.store import open_store
    from kb.validate import validate_store

    store = open_store("memory:")
    try:
        for article_id in ("a1", "a2"):
            x = make_extraction(article_id)
            store.put_article(str(M.graph(article_id)), extraction_to_triples(x, M))
        report = validate_store(store)
    finally:
        store.close()
    assert report.conforms and report.results == []
