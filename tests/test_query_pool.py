"""The query pool (kb.store.query_pool) names what went wrong, and leaks nothing when a worker
process cannot be started."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from kb.errors import StoreError
from kb.store import open_store, query_pool
from kb.store.query_pool import QueryPool, Worker
from tests.test_timeindex import _graph

ASK = "ASK { ?s ?p ?o }"


@pytest.fixture
def disk_store(tmp_path):
    store = open_store(f"oxigraph:{tmp_path}/store")
    store.put_article(*_graph("x1", "2020-01-01"))
    yield store, tmp_path / "store"
    store.close()


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


class _NoProcess:
    """subprocess.Popen failing as it does when the system cannot fork (EAGAIN)."""

    def __init__(self, *args, **kwargs):
        raise BlockingIOError(11, "Resource temporarily unavailable")


def test_a_worker_that_cannot_start_leaks_no_socket_and_says_so(monkeypatch):
    monkeypatch.setattr(query_pool.subprocess, "Popen", _NoProcess)
    before = _open_fds()
    with pytest.raises(StoreError, match="could not start a query worker"):
        Worker(2**30)
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
    monkeypatch.setattr(query_pool.subprocess, "Popen", popen_once)
    with pytest.raises(StoreError, match="could not start a query worker"):
        QueryPool(store, path, workers=2, memory_mb=2048, wait=30)
    assert started[0].poll() is not None                  # killed and reaped, not left running
    assert not list(path.parent.glob(f"{query_pool.SNAPSHOT_PREFIX}*"))


def test_a_worker_lost_while_opening_the_snapshot_is_not_blamed_on_the_query(disk_store):
    store, path = disk_store
    pool = QueryPool(store, path, workers=1, memory_mb=2048, wait=30)
    try:
        (worker,) = pool._workers
        take = pool._snapshots.take

        def take_then_lose_the_worker(held):       # after the pool checked the worker is alive
            worker.process.kill()
            worker.process.wait()
            return take(held)
        pool._snapshots.take = take_then_lose_the_worker
        with pytest.raises(StoreError) as failure:
            pool.run(ASK, timeout=30, cap=10)
        assert "while starting and opening the store snapshot" in failure.value.message
        assert failure.value.code != "E411" and "query_memory" not in failure.value.message
        pool._snapshots.take = take
        assert pool.run(ASK, timeout=30, cap=10).boolean is True      # replaced, and answering
    finally:
        pool.close()


def test_a_snapshot_that_cannot_be_taken_is_reported_as_such_and_keeps_the_worker(disk_store):
    store, path = disk_store
    pool = QueryPool(store, path, workers=1, memory_mb=2048, wait=30)
    try:
        assert pool.run(ASK, timeout=30, cap=10).boolean is True
        (worker,) = pool._workers
        shutil.rmtree(pool._snapshots.root)        # as a full or read-only disk would refuse it
        pool.changed()
        with pytest.raises(StoreError) as failure:
            pool.run(ASK, timeout=30, cap=10)
        assert "snapshot" in failure.value.message and failure.value.code not in ("E408", "E411")
        assert pool._workers == [worker] and worker.exitcode is None     # not killed for it
    finally:
        pool.close()
