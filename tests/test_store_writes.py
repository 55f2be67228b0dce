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


def _held_after_marking(store, monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make the next article write stop just before its store write (after its dirty mark) and set
    `writing`, until `read` is set."""
    writing, read = threading.Event(), threading.Event()
    mark = store.timeindex.mark_dirty

    def marking(graph):
        mark(graph)
        writing.set()
        read.wait(LONG)
    monkeypatch.setattr(store.timeindex, "mark_dirty", marking)
    return writing, read


def test_a_read_during_a_write_is_not_cached_under_the_new_generation(store, monkeypatch):
    writing, read = _held_after_marking(store, monkeypatch)
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


class _FailingUpdates:
    """The store's engine, failing every update as a full disk would."""

    def __init__(self, inner):
        self._inner = inner

    def update(self, sparql: str):
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_a_failed_write_clears_its_mark_and_raises_its_own_error(store, monkeypatch):
    monkeypatch.setattr(store, "_inner", _FailingUpdates(store._inner))
    graph, triples = _graph("x2", "2021-01-01")
    with pytest.raises(StoreError, match="writing graph .* failed: .*No space left") as failure:
        store.put_article(graph, triples)
    assert not isinstance(failure.value, IndexRepairPending)
    assert not store.has_graph(graph)
    assert store.timeindex.rows("SELECT count(*) FROM dirty") == [(0,)]


class _Announcing:
    """The store's write lock, setting `waiting` when a thread finds it taken and waits."""

    def __init__(self, waiting: threading.Event):
        self._lock, self._waiting = threading.Lock(), waiting

    def __enter__(self):
        if not self._lock.acquire(blocking=False):
            self._waiting.set()
            self._lock.acquire()

    def __exit__(self, *exc):
        self._lock.release()


class _HeldUpdates:
    """The store's engine, holding back the update that contains `marker` until `go` is set."""

    def __init__(self, inner, marker: str, go: threading.Event):
        self._inner, self._marker, self._go = inner, marker, go

    def update(self, sparql: str):
        if self._marker in sparql:
            self._go.wait(LONG)
        return self._inner.update(sparql)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _event_update(tag: str, when: str) -> str:
    return (f'INSERT DATA {{ GRAPH <https://w3id.org/dkb/id/graph/{tag}> {{ <https://w3id.org/dkb/id/event/{tag}> '
            f'<https://w3id.org/dkb/ontology#date> "{when}"^^<http://www.w3.org/2001/XMLSchema#date> }} }}')


def test_an_update_made_during_another_updates_rebuild_keeps_the_index_marked_incomplete(store, monkeypatch):
    """The second update either waits for the first to finish, or the first rebuild leaves the
    index marked incomplete: it must never mark complete an index that misses a write begun
    before it committed (a crash then would leave that write unindexed for good)."""
    index = store.timeindex
    first_rebuilding, second_arrived, first_scanned = threading.Event(), threading.Event(), threading.Event()
    second_began, seen_at_first_commit = [], []
    rebuild, load_all, begin_bulk = index.rebuild, index._load_all, index.begin_bulk

    def rebuilding(*args, **kwargs):
        if threading.current_thread().name != "second":
            first_rebuilding.set()
            second_arrived.wait(LONG)         # the second update has begun, or waits for the lock
        done = rebuild(*args, **kwargs)
        if threading.current_thread().name != "second":
            seen_at_first_commit.append((index.rows("SELECT value FROM meta WHERE name = 'complete'"),
                                         bool(second_began)))
        return done

    def loading(*args):
        load_all(*args)
        first_scanned.set()                   # from here on the scan cannot see the second write

    def beginning():
        begin_bulk()
        if threading.current_thread().name == "second":
            second_began.append(True)
            second_arrived.set()
    monkeypatch.setattr(index, "rebuild", rebuilding)
    monkeypatch.setattr(index, "_load_all", loading)
    monkeypatch.setattr(index, "begin_bulk", beginning)
    monkeypatch.setattr(store, "_write_lock", _Announcing(second_arrived), raising=False)
    monkeypatch.setattr(store, "_inner", _HeldUpdates(store._inner, "second", first_scanned))
    first, first_errors = _in_thread(store.update, _event_update("first", "2022-01-01"))
    assert first_rebuilding.wait(LONG)        # the first update is written, its rebuild about to start
    second = threading.Thread(target=store.update, args=(_event_update("second", "2023-01-01"),), name="second")
    second.start()
    first.join()
    second.join()
    assert not first_errors
    ((complete, second_had_begun),) = seen_at_first_commit
    assert complete == ([("0",)] if second_had_begun else [("1",)]), (complete, second_had_begun)
    events = {iri.rsplit("/", 1)[1] for (iri,) in index.rows("SELECT iri FROM event")}
    assert events == {"x1", "first", "second"}
    assert index.rows("SELECT value FROM meta WHERE name = 'complete'") == [("1",)]


@pytest.mark.parametrize("where", ["disk", "memory"])
def test_readers_are_served_the_last_complete_index_while_it_is_rebuilt(tmp_path, monkeypatch, where):
    store = open_store(f"oxigraph:{tmp_path}/store" if where == "disk" else "memory:")
    store.put_article(*_graph("x1", "2020-01-01"))
    index = store.timeindex
    rebuilding, read = threading.Event(), threading.Event()
    load_all = index._load_all

    def loading(*args):       # the rebuild after the update, its transaction open
        rebuilding.set()
        read.wait(LONG)
        load_all(*args)
    monkeypatch.setattr(index, "_load_all", loading)
    writer, errors = _in_thread(store.update, _event_update("u1", "2022-01-01"))
    assert rebuilding.wait(LONG)
    seen = []
    reader, _ = _in_thread(lambda: seen.append(timelines.run_timeline(store, "all_events", {}).rows))
    reader.join(LONG)         # a reader held up by the rebuild would still be waiting here
    done_during_rebuild = not reader.is_alive()
    read.set()
    writer.join()
    reader.join()
    assert done_during_rebuild and not errors
    assert [r["event"].rsplit("/", 1)[1] for r in seen[0]] == ["x1"]
    assert [r["event"].rsplit("/", 1)[1] for r in timelines.run_timeline(store, "all_events", {}).rows] == ["x1", "u1"]
    store.close()


def _synchronous_at(statements: list[str], wanted: str) -> list[str]:
    """The synchronous setting in force when each statement starting with `wanted` ran."""
    level, found = "NORMAL", []
    for text in statements:
        if text.upper().startswith("PRAGMA SYNCHRONOUS="):
            level = text.split("=", 1)[1].strip().upper()
        elif text.startswith(wanted):
            found.append(level)
    return found


def test_the_dirty_and_incomplete_marks_are_committed_with_the_wal_synced(store):
    """With WAL, synchronous=NORMAL may lose the last commits at a power cut: the marks that stand
    for a write about to happen are committed under FULL (the rows stay NORMAL: a repair redoes them)."""
    statements: list[str] = []
    store.timeindex.db.set_trace_callback(statements.append)
    store.put_article(*_graph("x2", "2021-01-01"))
    store.update(_event_update("u1", "2022-01-01"))
    store.timeindex.db.set_trace_callback(None)
    assert _synchronous_at(statements, "INSERT OR REPLACE INTO dirty") == ["FULL"]
    assert _synchronous_at(statements, "INSERT OR REPLACE INTO meta") == ["FULL"]
    assert set(_synchronous_at(statements, "DELETE FROM dirty")) == {"NORMAL"}


def test_an_index_rebuild_failure_after_an_applied_update_says_the_update_was_applied(store, tmp_path, monkeypatch):
    def failing(db):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(store.timeindex, "_load_all", failing)
    with pytest.raises(IndexRepairPending, match="the update was applied.*next writable open"):
        store.update(_event_update("u1", "2022-01-01"))
    assert store.query("ASK { <https://w3id.org/dkb/id/event/u1> ?p ?o }").boolean
    store.close()
    monkeypatch.undo()
    reopened = open_store(f"oxigraph:{tmp_path}/store")      # finds the index incomplete: rebuilds it
    assert {iri.rsplit("/", 1)[1] for (iri,) in reopened.timeindex.rows("SELECT iri FROM event")} == {"x1", "u1"}
    reopened.close()


# -- repair in the same process after a failed index update (IndexRepairPending) -------------------
def _failing_refresh(graph):
    raise sqlite3.OperationalError("disk I/O error")


def _events(store) -> set[str]:
    return {iri.rsplit("/", 1)[1] for (iri,) in store.timeindex.rows("SELECT iri FROM event")}


def _stored_with_a_failed_refresh(store, monkeypatch) -> str:
    """Write x2 with the index refresh failing (the injected failure ends here)."""
    monkeypatch.setattr(store.timeindex, "_refresh", _failing_refresh)
    graph, triples = _graph("x2", "2021-01-01")
    with pytest.raises(IndexRepairPending):
        store.put_article(graph, triples)
    monkeypatch.undo()
    assert store.timeindex.db.execute("SELECT graph FROM dirty").fetchall() == [(graph,)]
    return graph


def test_a_failed_refresh_is_repaired_by_the_next_read(store, monkeypatch):
    _stored_with_a_failed_refresh(store, monkeypatch)
    before = store.generation
    rows = timelines.run_timeline(store, "actor_events", {"actor": "Vladimir Putin"}).rows
    assert [r["event"].rsplit("/", 1)[1] for r in rows] == ["x1", "x2"]
    assert store.timeindex.rows("SELECT count(*) FROM dirty") == [(0,)]
    assert store.generation != before          # caches filled from the unrepaired index retire
    assert store.timeindex.contents() == store.timeindex.rebuilt_contents()


def test_a_failed_refresh_is_repaired_by_the_next_write(store, monkeypatch):
    _stored_with_a_failed_refresh(store, monkeypatch)
    store.put_article(*_graph("x3", "2022-01-01"))
    assert store.timeindex.db.execute("SELECT count(*) FROM dirty").fetchall() == [(0,)]
    assert _events(store) == {"x1", "x2", "x3"}
    assert store.timeindex.contents() == store.timeindex.rebuilt_contents()


def test_a_failed_rebuild_is_repaired_by_the_next_read(store, monkeypatch):
    def failing(db):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(store.timeindex, "_load_all", failing)
    with pytest.raises(IndexRepairPending, match="the update was applied"):
        store.update(_event_update("u1", "2022-01-01"))
    monkeypatch.undo()
    assert _events(store) == {"x1", "u1"}
    assert store.timeindex.rows("SELECT value FROM meta WHERE name = 'complete'") == [("1",)]


def test_a_repair_that_fails_again_waits_before_the_next_attempt(store, monkeypatch, caplog):
    monkeypatch.setattr(store.timeindex, "_refresh", _failing_refresh)
    with pytest.raises(IndexRepairPending):
        store.put_article(*_graph("x2", "2021-01-01"))
    attempts = []
    monkeypatch.setattr(store.timeindex, "_refresh", lambda graph: attempts.append(graph) or _failing_refresh(graph))
    for _ in range(3):             # the reads are served from the index as it is
        assert _events(store) == {"x1"}
    assert len(attempts) == 1 and "the repair failed" in caplog.text
    monkeypatch.setattr(store.timeindex, "repair_after", 0.0)      # as if the wait were over
    monkeypatch.delattr(store.timeindex, "_refresh")
    assert _events(store) == {"x1", "x2"}


def test_a_read_during_a_write_leaves_the_repair_to_the_writer(store, monkeypatch):
    _stored_with_a_failed_refresh(store, monkeypatch)
    writing, read = _held_after_marking(store, monkeypatch)     # x3's write repairs x2 first
    writer, errors = _in_thread(store.put_article, *_graph("x3", "2022-01-01"))
    assert writing.wait(LONG)
    store.timeindex.repair_after = 0.0         # due again while the write holds the store
    assert _events(store) == {"x1", "x2"}      # served at once: a reader waiting for the write would see x3
    read.set()
    writer.join()
    assert not errors and _events(store) == {"x1", "x2", "x3"}
