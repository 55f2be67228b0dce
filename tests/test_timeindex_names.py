"""The time index's name table resolves timeline parameters exactly as the SPARQL lookups do.

kb.timeline_params finds the actors, countries and disputes a parameter names either from the
embedded store's name table or by SPARQL over the union graph; here both answer every name the
store holds (as written, in other cases, padded), every named IRI and some misses, on the sample
corpus and after articles are removed, re-added and written with new names."""
from __future__ import annotations

import io

import pytest
from rdflib import RDF, RDFS, BNode, Literal, URIRef

from kb.errors import InputError
from kb.store import open_store
from kb.timeline_params import resolve_entity
from kb.vocab import DKB
from tests import test_timelines as hand

TYPES = ("actor", "country", "dispute")
_NAMES = """PREFIX dkb: <https://w3id.org/dkb/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?o WHERE { %s { ?s rdfs:label|dkb:name|dkb:topic|dkb:countryCode ?o FILTER(isLiteral(?o)) } }"""
_TYPED = """SELECT DISTINCT ?s WHERE { VALUES ?c { %s } ?s a ?c }"""


def _texts(store, graphs: list[str] | None = None) -> list[str]:
    """Every name the store states (read by SPARQL, not from the index), or those `graphs` state,
    as written and in swapped case (which only the any-case fallback or an upper-cased country
    code can match), some padded, and some misses."""
    scope = "" if graphs is None else "VALUES ?g { %s } GRAPH ?g " % " ".join(f"<{g}>" for g in graphs)
    names = sorted({str(row["o"]) for row in store.query(_NAMES % scope).rows})
    variants = {v for n in names for v in (n, n.swapcase())} | {f"  {n} " for n in names[::20]}
    return sorted(variants | {"nobody at all", "usa", "Rus"})


def _iris(store) -> list[str]:
    classes = " ".join(f"<{DKB}{c}>" for c in ("Actor", "Person", "Country", "Organization", "Group", "Dispute",
                                                "Event", "Meeting"))
    typed = sorted(str(row["s"]) for row in store.query(_TYPED % classes).rows if isinstance(row["s"], URIRef))
    return typed + ["https://w3id.org/dkb/id/person/nobody"]


def _answer(store, type_: str, text: str, use_index: bool) -> list[str] | None:
    try:
        return [str(t) for t in resolve_entity(store, "p", type_, text, use_index=use_index)]
    except InputError:
        return None


def assert_same_names(store, graphs: list[str] | None = None) -> int:
    """Every text (of `graphs` only, if given) and IRI, as each type: the table's answer equals
    SPARQL's. Returns the matches."""
    assert store.timeindex.contents()["name"], "the name table is empty"
    matched = 0
    for type_ in TYPES:
        for text in _texts(store, graphs) + _iris(store):
            table, sparql = _answer(store, type_, text, True), _answer(store, type_, text, False)
            assert table == sparql, (type_, text)
            matched += sparql is not None
    return matched


@pytest.fixture
def copy_of_sample(sample_store):
    """The sample corpus in a store of its own, to write to."""
    dump = io.BytesIO()
    sample_store.export("nquads", dump)
    store = open_store("memory:")
    store.bulk_load(dump.getvalue(), "nquads")
    yield store
    store.close()


def test_the_name_table_answers_as_sparql_on_the_sample_corpus(sample_store):
    assert assert_same_names(sample_store) > 100


def test_the_name_table_follows_removals_and_new_names(copy_of_sample):
    store = copy_of_sample
    graphs = store.article_graphs()
    removed = {g: store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").graph
               for g in graphs[:5]}
    for graph in removed:
        assert store.remove_article(graph)
    assert store.timeindex.contents() == store.timeindex.rebuilt_contents()
    before = assert_same_names(store, graphs[:8])
    for graph, triples in removed.items():
        store.put_article(graph, list(triples))
    assert assert_same_names(store, graphs[:8]) > before
    # another article renames Putin, names a new dispute, and states names of other kinds
    putin, talks, blank = hand.PUTIN, URIRef(hand.B + "dispute/new-talks"), BNode("anon")
    store.put_article(hand.B + "graph/renaming", [
        (putin, RDF.type, DKB.Person), (putin, RDFS.label, Literal("Vladimir Vladimirovich Putin")),
        (putin, DKB.name, Literal("Путин", lang="ru")),
        (talks, RDF.type, DKB.Dispute), (talks, DKB.topic, Literal("New Talks")),
        (blank, RDF.type, DKB.Organization), (blank, RDFS.label, Literal("New Talks"))])
    assert _answer(store, "actor", "Vladimir Vladimirovich Putin", True) == [str(putin)]
    people = [str(DKB.Person)]
    assert store.timeindex.names.named(["Путин"], people, 20) == []        # not a plain string: no exact match
    assert _answer(store, "actor", "Путин", True) == [str(putin)]          # the any-case fallback finds it
    assert _answer(store, "dispute", "new talks", True) == [str(talks)]
    assert _answer(store, "actor", "New Talks", True) is None               # a blank node is never a term to bind
    assert_same_names(store, [hand.B + "graph/renaming"])
    # (the full contents differ here by the known limit: events keep the name Putin had when written)
    rebuilt = store.timeindex.rebuilt_contents()
    assert {t: store.timeindex.contents()[t] for t in ("name", "named")} == {t: rebuilt[t] for t in ("name", "named")}
    store.remove_article(hand.B + "graph/renaming")
    assert _answer(store, "dispute", "New Talks", True) is None
    assert_same_names(store, graphs[:8])
    assert store.timeindex.contents() == store.timeindex.rebuilt_contents()


def test_hand_built_names_and_codes():
    store = open_store("memory:")
    for aid in hand.ARTICLES:
        store.put_article(hand.B + f"graph/{aid}", hand.article_triples(aid))
    assert _answer(store, "country", "tur", True) == [str(hand.TUR)]       # the code, upper-cased
    assert _answer(store, "actor", "tur", True) is None                    # actors are not upper-cased
    assert_same_names(store)
    store.close()
