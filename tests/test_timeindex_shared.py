"""Writes that change what many articles state: the busy actor's names, classes and country, and
the busy dispute's names and status reports. The time index updates those from what the written
graph changed (kb.store.timeindex.statements), so after every write it must still equal a rebuild
from the store, and a write must read as much of the store whether few or many articles name them."""
from __future__ import annotations

import time

import pytest
from rdflib import RDF, RDFS, Literal, URIRef, XSD

from kb import timelines
from kb.store import open_store
from kb.store.timeindex import IndexRepairPending
from kb.vocab import DKB
from tests import test_timelines as hand

PUTIN, RUS, GRAIN = hand.PUTIN, hand.RUS, hand.GRAIN
ROLE = hand.n("role/vladimir-putin-president")


def busy_article(k: int, status: URIRef = DKB.Ongoing) -> tuple[str, list[tuple]]:
    """Article k: Putin meets Erdogan about the grain deal; it names Putin (with his role, stated in
    every article, as the extractor writes it) and reports the deal's status."""
    a, e, r = hand.n(f"article/busy{k}"), hand.n(f"event/busy{k}"), hand.n(f"dispute/black-sea-grain/report/busy{k}")
    day = f"2022-{1 + k % 12:02d}-{1 + k % 28:02d}"
    triples = [(a, RDF.type, DKB.Article), (a, DKB.published, Literal(day + "T08:00:00", datatype=XSD.dateTime)),
               (e, RDF.type, DKB.Meeting), (e, RDF.type, DKB.Event), (e, RDFS.label, Literal(f"Meeting {k}")),
               (e, DKB.date, Literal(day, datatype=XSD.date)), (e, DKB.participant, PUTIN),
               (e, DKB.participant, hand.ERDOGAN), (e, DKB.concerns, GRAIN),
               (ROLE, RDF.type, DKB.RoleAssignment), (ROLE, DKB.holder, PUTIN), (ROLE, DKB.statedIn, a),
               (ROLE, RDFS.label, Literal("Vladimir Putin, President")),
               (GRAIN, RDF.type, DKB.Dispute), (GRAIN, DKB.topic, Literal("Black Sea grain deal")),
               (GRAIN, RDFS.label, Literal("Black Sea grain deal")), (GRAIN, DKB.statusReport, r),
               (r, RDF.type, DKB.DisputeStatusReport), (r, DKB.status, status), (r, DKB.statedIn, a),
               (r, DKB.reportedAt, Literal(day, datatype=XSD.date))]
    actors = [t for who in (PUTIN, hand.ERDOGAN, RUS, hand.TUR) for t in hand.ACTORS[who]]
    return hand.B + f"graph/busy{k}", triples + actors


def busy_store(articles: int):
    store = open_store("memory:")
    for k in range(articles):
        store.put_article(*busy_article(k))
    return store


@pytest.fixture
def store():
    opened = busy_store(12)
    yield opened
    opened.close()


def assert_equals_rebuild(store) -> None:
    index = store.timeindex
    assert index.contents() == index.rebuilt_contents()


def _history(store) -> list[tuple[str, str]]:
    rows = timelines.run_timeline(store, "dispute_history", {"dispute": str(GRAIN)}, 100, 0).rows
    return [(str(r["report"]).rsplit("/", 1)[1], str(r["status"])) for r in rows]


def _named(store, text: str, *, any_case: bool = False) -> list[str]:
    return [str(i) for i in store.timeindex.names.named([text], [str(DKB.Person), str(DKB.Dispute)], 10,
                                                        any_case=any_case)]


def test_a_status_report_added_changed_and_removed_for_a_busy_dispute(store):
    graph, triples = busy_article(99, DKB.Resolved)
    store.put_article(graph, triples)
    assert ("busy99", "resolved") in _history(store)
    assert_equals_rebuild(store)
    store.put_article(graph, busy_article(99, DKB.Unresolved)[1])        # the article restated
    assert ("busy99", "unresolved") in _history(store) and ("busy99", "resolved") not in _history(store)
    assert_equals_rebuild(store)
    # the same article without its report: the dispute keeps its name and the other reports
    report = hand.n("dispute/black-sea-grain/report/busy99")
    store.put_article(graph, [t for t in triples if report not in t])
    assert sorted(k for k, _ in _history(store)) == sorted(f"busy{k}" for k in range(12))
    assert_equals_rebuild(store)
    assert store.remove_article(graph)
    assert len(_history(store)) == 12
    assert_equals_rebuild(store)


def test_a_name_added_and_removed_for_a_busy_actor_and_dispute(store):
    graph = hand.B + "graph/aliases"
    aliases = [(PUTIN, RDF.type, DKB.Person), (PUTIN, DKB.name, Literal("Volodya")),
               # the same any-case row as the name every other article states: removing this one keeps it
               (PUTIN, DKB.name, Literal("VLADIMIR PUTIN", lang="en")),
               (GRAIN, RDF.type, DKB.Dispute), (GRAIN, DKB.topic, Literal("grain corridor"))]
    store.put_article(graph, aliases)
    assert _named(store, "Volodya") == [str(PUTIN)]
    assert _named(store, "grain corridor") == [str(GRAIN)]
    assert _named(store, "VLADIMIR PUTIN") == []                          # not a plain string
    assert_equals_rebuild(store)
    store.put_article(graph, aliases[:2])                                 # restated without three of them
    assert _named(store, "grain corridor") == [] and _named(store, "Volodya") == [str(PUTIN)]
    assert_equals_rebuild(store)
    assert store.remove_article(graph)
    assert _named(store, "Volodya") == []
    assert _named(store, "vladimir putin", any_case=True) == [str(PUTIN)]
    assert_equals_rebuild(store)


def test_a_busy_actor_given_a_second_country_and_back(store):
    graph = hand.B + "graph/second-country"
    store.put_article(graph, [(PUTIN, DKB.country, hand.UKR)] + hand.ACTORS[hand.UKR])
    pair = {"country1": str(hand.UKR), "country2": str(hand.TUR)}
    assert len(timelines.run_timeline(store, "country_pair", pair).rows) == 12    # every meeting moved
    assert_equals_rebuild(store)
    assert store.remove_article(graph)
    assert store.timeindex.rows("SELECT count(*) FROM link WHERE kind = 'c' AND target = ?", (str(hand.UKR),)) \
        == [(0,)]
    assert_equals_rebuild(store)


def test_a_class_added_to_a_busy_actor_and_a_first_class_for_a_busy_subject(store):
    graph = hand.B + "graph/classes"
    # Putin becomes also a Group; the role, named in every article but never typed, becomes a Person
    store.put_article(graph, [(PUTIN, RDF.type, DKB.Group), (ROLE, RDF.type, DKB.Person)])
    assert _named(store, "Vladimir Putin, President") == [str(ROLE)]      # its names come from the other articles
    assert_equals_rebuild(store)
    assert store.remove_article(graph)
    assert _named(store, "Vladimir Putin, President") == []
    assert_equals_rebuild(store)


def test_removing_every_article_one_by_one_keeps_the_index_equal_to_a_rebuild(store):
    store.put_article(hand.B + "graph/aliases", [(PUTIN, DKB.name, Literal("Volodya")),
                                                 (PUTIN, DKB.country, hand.UKR)])
    for graph in sorted(store.article_graphs(), reverse=True):
        assert store.remove_article(graph)
        assert_equals_rebuild(store)
    assert not any(store.timeindex.contents().values())


def test_two_graphs_left_dirty_at_once_are_repaired_to_a_rebuild(store, monkeypatch):
    """A write whose refresh failed (its repair not yet due) takes a busy actor's alias and second
    country away; another write goes through meanwhile; the repair then brings both in step."""
    aliases = hand.B + "graph/aliases"
    store.put_article(aliases, [(PUTIN, DKB.name, Literal("Volodya")), (PUTIN, DKB.country, hand.UKR),
                                (GRAIN, DKB.topic, Literal("grain corridor"))])

    def failing(graph):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(store.timeindex, "_refresh", failing)
    with pytest.raises(IndexRepairPending):
        store.put_article(aliases, [(GRAIN, DKB.topic, Literal("grain corridor"))])
    monkeypatch.undo()
    store.timeindex.repair_after = time.monotonic() + 3600        # as after a repair that failed again
    store.put_article(*busy_article(40, DKB.Resolved))             # refreshed while the other is dirty
    assert store.remove_article(hand.B + "graph/busy3")
    assert store.timeindex.db.execute("SELECT graph FROM dirty").fetchall() == [(aliases,)]
    store.timeindex.repair_after = 0.0
    assert _named(store, "Volodya") == []                          # the read made the repair first
    assert_equals_rebuild(store)


class _CountingReads:
    """The store as the time index sees it, counting the quads it reads and the queries it runs."""

    def __init__(self, inner):
        self._inner, self.quads, self.queries = inner, 0, 0

    def quads_for_pattern(self, *pattern):
        for quad in self._inner.quads_for_pattern(*pattern):
            self.quads += 1
            yield quad

    def query(self, *args, **kwargs):
        self.queries += 1
        return self._inner.query(*args, **kwargs)


def _reads_of_one_more_article(others: int, monkeypatch) -> tuple[int, int]:
    store = busy_store(others)
    try:
        counting = _CountingReads(store.timeindex._inner)
        monkeypatch.setattr(store.timeindex, "_inner", counting)
        graph, triples = busy_article(500)
        store.put_article(graph, triples)
        assert store.remove_article(graph)
        monkeypatch.undo()
        assert_equals_rebuild(store)
        return counting.quads, counting.queries
    finally:
        store.close()


def test_the_index_reads_as_much_for_one_more_article_whether_few_or_many_name_its_actor(monkeypatch):
    """Putting and removing an article naming the busy actor, role and dispute reads the same
    quads from a store where 3 other articles name them as from one where 30 do."""
    few, many = _reads_of_one_more_article(3, monkeypatch), _reads_of_one_more_article(30, monkeypatch)
    assert few == many
    assert few[0] > 0
