"""Writes to the embedded store under concurrency and failure: caches keyed on the store generation,
the time index during a rebuild, a failed index refresh, concurrent updates, the dirty mark.

Interleavings are forced with events set from hooks placed on the store's own steps, never by
sleeping; a `wait` with a long limit only keeps a broken build from hanging the run."""
from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kb import timelines
from kb.errors import StoreError
from kb.lookup import day_after, first_day
from kb.store import open_store
from kb.store.timeindex import IndexRepairPending
from tests.test_timeindex import _graph

LONG = 60    # seconds: only a broken build ever waits this long


@pytest.fixture
def store(tmp_path):
    opened = open_store(f"oxigraph:{tmp_path}/store")
    opened.put_article(*_graph("x1", "2020-01-01"))
    yield opened
    opened.close()


def _in_thread(target, *args) -> tuple[threading.Thread, list]:
    """Run target(*args) in a thread; the list receives its exception, if any."""
    errors: list = []

    def run():
        try:
            target(*args)
        except Exception as exc:      # reported to the test, which asserts on it
            errors.append(exc)
    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def _all_events(store) -> list[str]:
    """Every event, by the SPARQL path, whose whole selection is cached per store generation."""
    return [r["event"] for r in timelines.run_timeline(store, "all_events", {}, use_index=False).rows]


def test_a_read_during_a_write_is_not_cached_under_the_new_generation(store, monkeypatch):
    writing, read = threading.Event(), threading.Event()
    mark = store.timeindex.mark_dirty

    def marking(graph):        # inside put_article, just before the store write
        mark(graph)
        writing.set()
        read.wait(LONG)
    monkeypatch.setattr(store.timeindex, "mark_dirty", marking)
    writer, errors = _in_thread(store.put_article, *_graph("x2", "2021-01-01"))
    assert writing.wait(LONG)
    assert len(_all_events(store)) == 1        # the old state, cached under the generation read first
    read.set()
    writer.join()
    assert not errors
    assert len(_all_events(store)) == 2        # the write retired that generation


def test_a_checkpoint_is_a_copy_another_process_can_open(tmp_path):
    store = open_store(f"oxigraph:{tmp_path}/store")
    store.put_article(*_graph("x1", "2020-01-01"))
    store.checkpoint(str(tmp_path / "copy"))
    store.put_article(*_graph("x2", "2021-01-01"))      # later writes stay out of the copy
    copy = ox.Store.read_only(str(tmp_path / "copy"))
    assert sorted(g.value for g in copy.named_graphs()) == [_graph("x1", "")[0]]
    store.close()


@pytest.mark.parametrize("value, first, after", [
    ("2008", date(2008, 1, 1), date(2009, 1, 1)),
    ("2008-12", date(2008, 12, 1), date(2009, 1, 1)),
    ("2008-02", date(2008, 2, 1), date(2008, 3, 1)),
    ("2008-02-29", date(2008, 2, 29), date(2008, 3, 1)),
    ("2008-04-06T10:00:00Z", date(2008, 4, 6), date(2008, 4, 7)),
])
def test_first_day_and_day_after_of_each_precision(value, first, after):
    assert (first_day(value), day_after(value)) == (first, after)


def test_an_index_failure_after_a_stored_write_says_the_article_is_stored(store, tmp_path, monkeypatch):
    def failing(graph):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(store.timeindex, "_refresh", failing)
    before = store.generation
    graph, triples = _graph("x2", "2021-01-01")
    with pytest.raises(IndexRepairPending, match="is stored.*marked for repair") as failure:
        store.put_article(graph, triples)
    assert "failed: " not in str(failure.value)          # not the wording of a failed write
    assert store.has_graph(graph) and store.generation != before
    assert store.timeindex.rows("SELECT graph FROM dirty") == [(graph,)]
    store.close()
    monkeypatch.undo()
    reopened = open_store(f"oxigraph:{tmp_path}/store")   # the repair the message promises
    assert reopened.timeindex.rows("SELECT count(*) FROM dirty") == [(0,)]
    assert len(reopened.timeindex.rows("SELECT iri FROM event")) == 2
    reopened.close()


def test_a_failed_write_clears_its_mark_and_raises_its_own_error(store, monkeypatch):
    graph, triples = _graph("x2", "2021-01-01")
    with pytest.raises(StoreError, match="writing graph") as failure:
        store.put_article(graph, triples + [(URIRef("http://x/s"), URIRef("http://x/p"), URIRef("not an iri"))])
    assert not isinstance(failure.value, IndexRepairPending)
    assert not store.has_graph(graph)
    assert store.timeindex.rows("SELECT count(*) FROM dirty") == [(0,)]
