"""The time index (kb.store.timeindex) answers exactly what SPARQL answers, stays current on every
write, and survives crashes: a dirty mark, a missing file or an old schema each lead to a repair."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from rdflib import Literal, URIRef, XSD

from kb import pipeline, timelines
from kb.eventindex import SparqlSource, TableSource
from kb.settings import load_settings
from kb.store import open_store
from kb.store import timeindex
from kb.vocab import DKB
from tests import test_timelines as hand
from tests.corpus_gen import write_jsonl

PAGES = [(100, 0), (7, 0), (7, 5), (3, 40), (50, 10_000)]
RANGES = [{}, {"from": "2008"}, {"to": "2015-06"}, {"from": "2019-03-05", "to": "2021-11-30"},
          {"from": "1990-01-01", "to": "1990-01-02"}]


def _top(index, sql: str, count: int) -> list[str]:
    return [row[0] for row in index.rows(sql)][:count]


def cases(store) -> list[tuple[str, dict]]:
    """Parameters that exercise every timeline: the most and least frequent actors, busy and empty
    country pairs, every dispute and speaker, types, date ranges; each with and without a range."""
    index = store.timeindex
    by_use = "SELECT target FROM link WHERE kind = '%s' GROUP BY target ORDER BY count(*) DESC, target"
    actors = _top(index, by_use % "p", 10_000)
    countries = _top(index, "SELECT iri FROM country ORDER BY iri", 10_000)
    # The most-linked country sides: a side may also be a person or a body (any participant is one)
    known = set(countries)
    sides = [s for s in _top(index, by_use % "c", 10_000) if s in known][:4]
    found = [("all_events", {}), ("events_in_range", {"from": "2000-01-01", "to": "2030-12-31"}),
             ("events_in_range", {"from": "2019-02", "to": "2019-02"})]
    found += [("actor_events", {"actor": a}) for a in actors[:3] + actors[-3:]]
    found += [("country_pair", {"country1": a, "country2": b}) for a in sides for b in sides]
    found += [("country_pair", {"country1": countries[0], "country2": countries[-1]})]
    found += [("dispute_events", {"dispute": d}) for d in _top(index, by_use % "d", 5)]
    found += [("dispute_history", {"dispute": d}) for d in
              _top(index, "SELECT dispute FROM report_key GROUP BY dispute ORDER BY count(*) DESC, dispute", 5)]
    found += [("quotes_by_speaker", {"speaker": s}) for s in
              _top(index, "SELECT speaker FROM quote_key GROUP BY speaker ORDER BY count(*) DESC", 5)]
    found += [("events_by_type", {"type": t}) for t in ("Meeting", "Statement", "Visit", "Vote")]
    return [(name, {**params, **dates}) for name, params in found
            for dates in (RANGES if name != "events_in_range" else [{}])]


def assert_same_answers(store) -> int:
    """Every case, every page: the index's rows equal the SPARQL rows. Returns the rows compared."""
    compared = 0
    for name, params in cases(store):
        for limit, offset in PAGES:
            fast = timelines.run_timeline(store, name, params, limit, offset)
            plain = timelines.run_timeline(store, name, params, limit, offset, use_index=False)
            assert (fast.columns, fast.rows) == (plain.columns, plain.rows), (name, params, limit, offset)
            compared += len(plain.rows)
    return compared


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """300 generated articles ingested into an on-disk store, then changed: some removed, one
    re-ingested with other text, so the index has been maintained through every write path."""
    folder = tmp_path_factory.mktemp("generated")
    corpus = write_jsonl(folder / "corpus.jsonl", 300)
    settings = load_settings(environ={}, store=f"oxigraph:{folder}/store")
    store = open_store(str(settings["store"]), settings)
    report = pipeline.ingest_paths(store, [corpus], settings)
    assert not report.failed and report.events > 300
    for graph in store.article_graphs()[:20]:
        assert store.remove_article(graph)
    yield store
    store.close()


@pytest.fixture
def hand_store():
    """The hand-built articles of test_timelines in a memory store."""
    store = open_store("memory:")
    for aid in hand.ARTICLES:
        store.put_article(hand.B + f"graph/{aid}", hand.article_triples(aid))
    yield store
    store.close()


def test_sample_corpus_index_answers_equal_sparql(sample_store):
    assert assert_same_answers(sample_store) > 500


def test_generated_corpus_index_answers_equal_sparql(generated):
    # the floor only guards against comparing a near-empty store; the count moves with extraction
    assert assert_same_answers(generated) > 1500


def test_hand_built_edge_cases_equal_sparql(hand_store):
    """Two articles give one event two dates; a name matches two actors; a report is undated."""
    store = hand_store
    e1 = hand.n("event/e1")
    store.put_article(hand.B + "graph/late", [(e1, DKB.date, Literal("2023-11-20", datatype=XSD.date)),
                                              (e1, DKB.participant, hand.n("person/other-putin"))]
                      + hand.actor(hand.n("person/other-putin"), DKB.Person, "Vladimir Putin", hand.UKR))
    undated = hand.n("dispute/black-sea-grain/report/undated")
    store.put_article(hand.B + "graph/undated", [(hand.GRAIN, DKB.statusReport, undated),
                                                 (undated, DKB.status, DKB.Resolved),
                                                 (undated, DKB.statedIn, hand.n("article/undated"))])
    for name, params in [("actor_events", {"actor": "Vladimir Putin"}), ("all_events", {"from": "2023-10"}),
                         ("country_pair", {"country1": "UKR", "country2": "TUR"}),
                         ("dispute_history", {"dispute": "Black Sea grain deal"}),
                         ("quotes_by_speaker", {"speaker": "Vladimir Putin", "to": "2023-09-30"})]:
        for limit, offset in PAGES:
            fast = timelines.run_timeline(store, name, params, limit, offset)
            assert fast.rows == timelines.run_timeline(store, name, params, limit, offset, use_index=False).rows
    # e1's later date puts it in a range its first date misses; both Putins lead to it once
    assert str(e1) in [r["event"] for r in timelines.run_timeline(store, "all_events", {"from": "2023-10"}).rows]
    assert [r["event"] for r in timelines.run_timeline(store, "actor_events", {"actor": "Vladimir Putin"}).rows] \
        == [str(e1)]


def test_maintained_index_equals_a_rebuild(generated):
    maintained = generated.timeindex.contents()
    generated.timeindex.rebuild()
    assert generated.timeindex.contents() == maintained
    assert len(maintained["event"]) > 300
    assert len(maintained["named"]) > 50 and len(maintained["name"]) > 100     # the name table is compared too


def test_event_index_from_the_table_equals_the_sparql_one(generated):
    table, sparql = TableSource(generated.timeindex), SparqlSource(generated)
    assert table.entries() == sparql.entries()
    assert table.pairs("participant") == sparql.pairs("participant")
    assert table.pairs("concerns") == sparql.pairs("concerns")
    assert table.pairs("country") == sparql.pairs("country")
    assert table.countries() == sparql.countries()
    for kind, column in (("actor", "p"), ("country", "c"), ("dispute", "d")):
        for iri in _top(generated.timeindex, f"SELECT DISTINCT target FROM link WHERE kind = '{column}'", 25):
            assert table.events_of(kind, iri) == sparql.events_of(kind, iri), (kind, iri)


# -- crash safety ----------------------------------------------------------------------------------
def _graph(tag: str, when: str) -> tuple[str, list[tuple]]:
    event, actor = URIRef(hand.B + f"event/{tag}"), hand.PUTIN
    return hand.B + f"graph/{tag}", [(event, DKB.date, Literal(when, datatype=XSD.date)),
                                     (event, DKB.participant, actor)] + hand.ACTORS[actor]


def test_a_crash_between_store_and_index_is_repaired_on_open(tmp_path, monkeypatch, caplog):
    url = f"oxigraph:{tmp_path}/store"
    store = open_store(url)
    store.put_article(*_graph("x1", "2020-01-01"))
    # the store commits, then the process "dies" before the index is updated
    monkeypatch.setattr(timeindex.TimeIndex, "refresh", lambda self, graph: None)
    store.put_article(*_graph("x2", "2021-01-01"))
    assert store.timeindex.rows("SELECT count(*) FROM dirty") == [(1,)]
    store.close()
    monkeypatch.undo()
    reader = open_store(url, read_only=True)      # a reader cannot repair: it falls back to SPARQL
    assert reader.timeindex is None
    assert len(timelines.run_timeline(reader, "actor_events", {"actor": str(hand.PUTIN)}).rows) == 2
    reader.close()
    with caplog.at_level(logging.WARNING, logger="kb.store.timeindex"):
        store = open_store(url)
    assert "repairing 1 article graph" in caplog.text
    repaired = store.timeindex.contents()
    store.timeindex.rebuild()
    assert repaired == store.timeindex.contents()
    assert len(timelines.run_timeline(store, "actor_events", {"actor": str(hand.PUTIN)}).rows) == 2
    store.close()


@pytest.mark.parametrize("damage", ["delete", "old-schema", "unfinished-bulk-load"])
def test_missing_old_or_unfinished_index_is_rebuilt(tmp_path, caplog, damage):
    url = f"oxigraph:{tmp_path}/store"
    store = open_store(url)
    store.put_article(*_graph("x1", "2020-01-01"))
    expected = store.timeindex.contents()
    if damage == "unfinished-bulk-load":
        store.timeindex.begin_bulk()
    store.close()
    path = Path(tmp_path, "store", timeindex.FILE_NAME)
    if damage == "delete":
        path.unlink()
    elif damage == "old-schema":
        with sqlite3.connect(path) as db:
            db.execute("UPDATE meta SET value = '0' WHERE name = 'schema'")
    with caplog.at_level(logging.WARNING, logger="kb.store.timeindex"):
        store = open_store(url)
    assert "rebuilding from the store" in caplog.text
    assert store.timeindex.contents() == expected
    store.close()


def _dump(store, path: Path, fmt: str) -> int:
    with path.open("wb") as out:
        return store.export(fmt, out)


def test_bulk_load_indexes_what_it_loaded(tmp_path, hand_store):
    source = hand_store
    dump = tmp_path / "dump.nq"
    _dump(source, dump, "nquads")
    store = open_store(f"oxigraph:{tmp_path}/store")
    store.bulk_load(dump, "nquads")
    assert store.timeindex.contents() == source.timeindex.contents()
    assert timelines.run_timeline(store, "all_events", {}).rows == timelines.run_timeline(source, "all_events", {}).rows
    store.close()


def test_cli_load_bulk_loads_and_indexes(tmp_path, hand_store):
    from click.testing import CliRunner

    from kb.cli import cli

    source = hand_store
    dump = tmp_path / "dump.trig"
    written = _dump(source, dump, "trig")
    url = f"oxigraph:{tmp_path}/store"
    result = CliRunner().invoke(cli, ["--store", url, "load", str(dump)])
    assert result.exit_code == 0, result.output
    assert f"holds {written} statements" in result.output
    store = open_store(url, read_only=True)
    assert store.timeindex is not None and store.timeindex.contents() == source.timeindex.contents()
    store.close()
    missing = CliRunner().invoke(cli, ["--store", url, "load", str(tmp_path / "nope.nq")])
    assert missing.exit_code != 0 and "nope.nq" in missing.output


def test_a_failed_bulk_load_leaves_an_index_of_what_is_stored(tmp_path):
    from kb.errors import InputError

    store = open_store(f"oxigraph:{tmp_path}/store")
    store.put_article(*_graph("x1", "2020-01-01"))
    bad = tmp_path / "bad.nq"
    bad.write_text("<https://w3id.org/dkb/id/a> <https://w3id.org/dkb/id/b> this is not N-Quads .\n")
    with pytest.raises(InputError, match="bad.nq: not valid nquads"):
        store.bulk_load(bad, "nquads")
    assert store.timeindex.contents() == store.timeindex.rebuilt_contents()
    assert store.timeindex.rows("SELECT value FROM meta WHERE name = 'complete'") == [("1",)]
    store.close()


def test_bench_timelines_script_runs_and_both_paths_agree(tmp_path):
    """scripts/bench_timelines.py end to end on a small store: figures for every case, same rows."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "bench_timelines.py"
    spec = importlib.util.spec_from_file_location("bench_timelines", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.report(tmp_path / "store", triples=5000, runs=2)
    assert {row["case"] for row in figures["timelines"]} >= {"actor_events/frequent", "actor_events/rare"}
    assert all(row["same_rows"] for row in figures["timelines"]), figures["timelines"]
    assert figures["store"]["triples"] >= 5000 and figures["serve"]["ready_s"] > 0


def test_blank_node_events_are_indexed_and_the_store_reopens(tmp_path):
    """A blank node from a dump (or an update, or another tool) keeps its `_:` in the index, so
    its rows can be read back as terms: a rebuild and a repair on open no longer fail."""
    dkb, graph = str(DKB), "<https://w3id.org/dkb/id/graph/bnode>"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    dump = tmp_path / "bnode.nq"
    dump.write_text(f"_:e1 {rdf_type} <{dkb}Summit> {graph} .\n_:e1 {rdf_type} <{dkb}Event> {graph} .\n"
                    f'_:e1 <{dkb}date> "2020-05-01"^^<http://www.w3.org/2001/XMLSchema#date> {graph} .\n')
    url = f"oxigraph:{tmp_path / 'db'}"
    store = open_store(url)
    store.bulk_load(dump, "nquads")
    (row,) = store.timeindex.contents()["event"]
    assert row[0].startswith("_:") and row[1] == "2020-05-01"
    store.timeindex.mark_dirty(graph[1:-1])       # as if killed between a store write and the index
    store.close()
    reopened = open_store(url)                    # repairs the dirty graph instead of failing
    repaired = reopened.timeindex.contents()
    assert [r[1] for r in repaired["event"]] == ["2020-05-01"]      # the repair reads the blank node back
    reopened.timeindex.rebuild()
    assert reopened.timeindex.contents() == repaired
    reopened.close()


def test_a_row_removed_between_page_and_columns_is_left_out(sample_store):
    """A write between the two reads of a page must not fail the request (was a KeyError, a 500)."""
    from kb import timeline_index

    page = timelines.run_timeline(sample_store, "all_events", {}).rows[:2]
    found = [(row["date"], row["event"]) for row in page] + [("2001-01-01", "https://w3id.org/dkb/id/event/gone")]
    rows = timeline_index.rows(sample_store.timeindex, "all_events", found)
    assert [r["event"] for r in rows] == [row["event"] for row in page]
