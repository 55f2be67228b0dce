"""An analyst can tell the disputes an article names from those DKB inferred from hostile acts, and
see which acts: the basis and the acts are written to the store and read back with SPARQL."""
from __future__ import annotations

import json

import pytest

from kb.errors import ExtractionError
from kb.iris import Minter
from kb.model import Article, CleanArticle, Dispute, Extraction
from kb.pipeline import ingest_paths
from kb.rdf import extraction_to_triples
from kb.store import open_store
from kb.vocab import DKB

RECORDS = [
    {"id": "expulsion", "title": "Chile expels Peruvian diplomats", "published": "2031-03-10T09:00:00Z",
     "text": "SANTIAGO (Reuters) - Chile expelled two Peruvian diplomats on Monday, accusing them of "
             "spying on its navy. Peru called the move unfriendly."},
    {"id": "fishing", "title": "Fishing talks fail", "published": "2031-03-12T09:00:00Z",
     "text": "OSLO (Reuters) - Norway and Russia failed to resolve their dispute over fishing rights "
             "in the Barents Sea at talks in Oslo on Thursday."},
]

BASES = """
PREFIX dkb: <https://w3id.org/dkb/ontology#>
SELECT ?topic ?basis ?article WHERE {
  ?d a dkb:Dispute ; dkb:topic ?topic ; dkb:statusReport ?r .
  ?r dkb:basis ?basis ; dkb:statedIn ?article .
}"""

ACTS = """
PREFIX dkb: <https://w3id.org/dkb/ontology#>
SELECT ?kind ?sentence WHERE {
  ?r dkb:basis dkb:InferredFromActs ; dkb:inferredFrom ?act .
  ?act a ?kind ; dkb:evidence/dkb:sentence ?sentence .
  FILTER (?kind != dkb:Event)
}"""


@pytest.fixture
def store(tmp_path, settings):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    store = open_store(f"oxigraph:{tmp_path / 'db'}", settings)
    report = ingest_paths(store, [path], settings)
    assert not report.failed
    yield store
    store.close()


def test_named_and_inferred_disputes_are_told_apart_in_the_store(store):
    rows = {(str(r["topic"]), str(r["basis"]), str(r["article"]).rsplit("/", 1)[1])
            for r in store.query(BASES).rows}
    assert rows == {("spying on navy", str(DKB.InferredFromActs), "expulsion"),
                    ("fishing rights", str(DKB.NamedInText), "fishing")}


def test_an_inferred_dispute_links_the_acts_it_was_read_from(store):
    rows = {(str(r["kind"]).rsplit("#", 1)[1], str(r["sentence"])) for r in store.query(ACTS).rows}
    sentence = ("Chile expelled two Peruvian diplomats on Monday, accusing them of spying on its navy.")
    assert {kind for kind, _ in rows} == {"Expulsion", "Accusation"}
    assert all(s.endswith(sentence) for _, s in rows)


def _extraction(dispute: Dispute) -> Extraction:
    article = Article(id="a1", raw_text="x", source="a1.txt")
    return Extraction(CleanArticle(article=article, text="x", headline=None, published=None),
                      disputes=[dispute])


def test_an_inferred_dispute_without_acts_of_the_article_is_refused():
    for acts in ([], ["0000000000000bad"]):
        dispute = Dispute("dispute:x", "x", ["country:CHL"], "ongoing", basis="inferred", acts=acts)
        with pytest.raises(ExtractionError, match="dispute:x: inferred from"):
            extraction_to_triples(_extraction(dispute), Minter("https://example.org/id/"))


def test_an_unknown_basis_is_refused():
    dispute = Dispute("dispute:x", "x", ["country:CHL"], "ongoing", basis="guessed")
    with pytest.raises(ExtractionError, match="unknown basis 'guessed'"):
        extraction_to_triples(_extraction(dispute), Minter("https://example.org/id/"))
