"""The query pool (kb.store.query_pool) names what went wrong, tries a new worker once when one
dies while starting (E414 if that one dies too) and stays usable, and leaks nothing when a worker
process cannot be started."""
from __future__ import annotations

import logging
import os
import resource
import shutil
import signal
import subprocess

import pytest

from kb.errors import StoreError
from kb.store import open_store, query_pool, query_worker
from kb.store.query_pool import QueryPool
from tests.test_timeindex import _graph

ASK = "ASK { ?s ?p ?o }"


@pytest.fixture
def disk_store(tmp_path):
    store = open_store(f"oxigraph:{tmp_path}/store")
    store.put_article(*_graph("x1", "2020-01-01"))
    yield store, tmp_path / "store"
    store.close()


@pytest.fixture
def pool(disk_store):
    store, path = disk_store
    pool = QueryPool(store, path, workers=1, memory_mb=2048, wait=30)
    yield pool
    pool.close()


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


class _NoProcess:
    """subprocess.Popen failing as it does when the system cannot fork (EAGAIN)."""

    def __init__(self, *args, **kwargs):
        raise BlockingIOError(11, "Resource temporarily unavailable")


def test_a_worker_that_cannot_start_leaks_no_socket_and_says_so(monkeypatch):
    monkeypatch.setattr(query_worker.subprocess, "Popen", _NoProcess)
    before = _open_fds()
    with pytest.raises(StoreError, match="could not start a query worker"):
        query_worker.Worker(2**30)
    assert _open_fds() == before


def test_a_pool_whose_second_worker_cannot_start_stops_the_first(disk_store, monkeypatch):
    store, path = disk_store
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def popen_once(*args, **kwargs):
        if started:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        started.append(real_popen(*args, **kwargs))
        return started[0]
    monkeypatch.setattr(query_worker.subprocess, "Popen", popen_once)
    with pytest.raises(StoreError, match="could not start a query worker"):
        QueryPool(store, path, workers=2, memory_mb=2048, wait=30)
    assert started[0].poll() is not None                  # killed and reaped, not left running
    assert not list(path.parent.glob(f"{query_pool.SNAPSHOT_PREFIX}*"))


def _lose_workers_while_opening(pool: QueryPool, signals: list[int]) -> list[query_worker.Worker]:
    """Kill the worker of slot 0 as it is about to open the snapshot (after the pool checked it is
    alive), at the next openings, one signal from `signals` each; the list of the workers so lost."""
    take, lost = pool._snapshots.take, []

    def take_then_lose_the_worker(held):
        if len(lost) < len(signals):
            lost.append(pool._workers[0])
            pid = lost[-1].process.pid
            resource.prlimit(pid, resource.RLIMIT_CORE, (0, 0))     # an aborted worker leaves no core file
            os.kill(pid, signals[len(lost) - 1])
            lost[-1].process.wait()
        return take(held)
    pool._snapshots.take = take_then_lose_the_worker
    return lost


def test_a_worker_lost_while_opening_the_snapshot_is_replaced_and_the_query_answered(pool, caplog):
    lost = _lose_workers_while_opening(pool, [signal.SIGKILL])
    with caplog.at_level(logging.WARNING, logger=query_pool.__name__):
        assert pool.run(ASK, timeout=30, cap=10).boolean is True
    assert len(lost) == 1 and pool._workers[0] is not lost[0]
    assert "killed by signal 9 (Killed) while starting and opening the store snapshot" in caplog.text


def test_a_worker_lost_twice_while_opening_is_e414_naming_both_losses_not_the_query(pool):
    lost = _lose_workers_while_opening(pool, [signal.SIGKILL, signal.SIGTERM])
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    assert len(lost) == 2 and (failure.value.code, failure.value.status) == ("E414", 503)   # not E411
    assert "a query worker was killed by signal 9 (Killed) while starting and opening the store snapshot, " \
        "and the one started in its place was killed by signal 15 (Terminated)." in failure.value.message
    assert pool.run(ASK, timeout=30, cap=10).boolean is True      # replaced again, and answering


def test_a_snapshot_that_cannot_be_taken_is_reported_as_such_and_keeps_the_worker(pool):
    assert pool.run(ASK, timeout=30, cap=10).boolean is True
    (worker,) = pool._workers
    shutil.rmtree(pool._snapshots.root)        # as a full or read-only disk would refuse it
    pool.changed()
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    assert "snapshot" in failure.value.message and failure.value.code not in ("E408", "E411")
    assert pool._workers == [worker] and worker.exitcode is None     # not killed for it


def test_workers_aborting_at_start_as_under_a_small_memory_cap_are_e414_naming_query_memory(pool, caplog):
    # SIGABRT is how the engine dies when its address-space cap leaves no room for its threads
    # (std::system_error: Resource temporarily unavailable); the cap at which that happens depends
    # on the machine, so the test aborts the workers itself.
    lost = _lose_workers_while_opening(pool, [signal.SIGABRT, signal.SIGABRT])
    with caplog.at_level(logging.WARNING, logger=query_pool.__name__):
        with pytest.raises(StoreError) as failure:
            pool.run(ASK, timeout=30, cap=10)
    assert len(lost) == 2 and failure.value.code == "E414"
    assert "killed by signal 6 (Aborted) while starting and opening the store snapshot, and the one " \
        "started in its place was killed by signal 6 (Aborted)" in failure.value.message
    assert "raise the query_memory setting (2048 MB)" in failure.value.message
    assert [r.message for r in caplog.records if r.message.endswith("trying once more with a new worker")]
    assert pool.run(ASK, timeout=30, cap=10).boolean is True


def test_a_worker_that_hangs_starting_is_e414_at_once_and_the_pool_recovers(pool, monkeypatch):
    monkeypatch.setattr(query_worker, "START_TIMEOUT", 0.001)     # no worker imports its modules so fast
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    assert failure.value.code == "E414" and "did not start and open the store snapshot within 0.001 s" \
        in failure.value.message
    monkeypatch.undo()
    assert pool.run(ASK, timeout=30, cap=10).boolean is True
