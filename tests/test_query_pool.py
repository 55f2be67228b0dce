"""The query pool (kb.store.query_pool) names what went wrong, tries a new worker once when one
dies while starting (E414 if that one dies too) and stays usable, and leaks nothing when a worker
process cannot be started."""
from __future__ import annotations

import logging
import os
import re
import resource
import shutil
import signal
import subprocess
import time

import pytest

from kb.errors import StoreError
from kb.store import open_store, query_pool, query_worker, worker_end
from kb.store.query_pool import QueryPool
from kb.store.worker_end import WorkerEnd, start_advice
from tests.test_timeindex import _graph
from tests.worker_faults import MESSAGE, fail_worker_starts

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


def test_workers_aborted_without_a_word_are_e414_that_does_not_blame_query_memory(pool, caplog):
    # Aborted from outside, the workers print nothing: nothing shows a lack of memory.
    lost = _lose_workers_while_opening(pool, [signal.SIGABRT, signal.SIGABRT])
    with caplog.at_level(logging.WARNING, logger=query_pool.__name__):
        with pytest.raises(StoreError) as failure:
            pool.run(ASK, timeout=30, cap=10)
    assert len(lost) == 2 and failure.value.code == "E414"
    assert "killed by signal 6 (Aborted) while starting and opening the store snapshot, and the one " \
        "started in its place was killed by signal 6 (Aborted). Nothing the workers wrote shows a lack " \
        "of memory" in failure.value.message
    assert "query_memory" not in failure.value.message
    assert [r.message for r in caplog.records if r.message.endswith("trying once more with a new worker")]
    assert pool.run(ASK, timeout=30, cap=10).boolean is True


def test_workers_out_of_memory_under_a_small_cap_are_e414_advising_query_memory(disk_store, caplog):
    # A real cap too small for the engine: RocksDB cannot map its cache (or, a little higher, its
    # threads cannot be created) and the worker aborts saying so on stderr.
    store, path = disk_store
    pool = QueryPool(store, path, workers=1, memory_mb=64, wait=30)
    try:
        with caplog.at_level(logging.WARNING, logger=query_pool.__name__):
            with pytest.raises(StoreError) as failure:
                pool.run(ASK, timeout=30, cap=10)
        message = failure.value.message
        assert failure.value.code == "E414" and message.count("was killed by signal 6 (Aborted) (its last words: ") == 2
        assert "The worker's memory cap is the cause" in message
        assert message.endswith("raise the query_memory setting (64 MB)")
        assert "its last words" in caplog.text         # the retry's warning names the evidence too
        with pytest.raises(StoreError, match="query_memory setting"):    # the same, not a hang
            pool.run(ASK, timeout=30, cap=10)
    finally:
        pool.close()


@pytest.fixture
def pool_of_failing_starts(disk_store, tmp_path, monkeypatch):
    """A pool (capped at 2048 MB) whose first `count` worker starts (its first worker's included)
    fail with `message`."""
    store, path = disk_store
    pools = []

    def make(count: int, message: str = MESSAGE) -> QueryPool:
        fail_worker_starts(monkeypatch, tmp_path / "faults", count, message)
        pools.append(QueryPool(store, path, workers=1, memory_mb=2048, wait=30))
        return pools[-1]
    yield make
    for pool in pools:
        pool.close()


def test_a_start_failing_once_for_another_reason_is_retried_and_named_in_the_log(pool_of_failing_starts, caplog):
    pool = pool_of_failing_starts(1)
    with caplog.at_level(logging.WARNING, logger=query_pool.__name__):
        assert pool.run(ASK, timeout=30, cap=10).boolean is True
    assert f"exited with status 1 (its last words: '{MESSAGE} (ticket 1)') while starting" in caplog.text


def test_a_start_failing_twice_for_another_reason_is_e414_naming_it_without_query_memory(pool_of_failing_starts):
    pool = pool_of_failing_starts(2)
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    assert failure.value.code == "E414"
    assert f"a query worker exited with status 1 (its last words: '{MESSAGE} (ticket 1)') while starting and " \
        f"opening the store snapshot, and the one started in its place exited with status 1 (its last words: " \
        f"'{MESSAGE} (ticket 2)'). Nothing the workers wrote shows a lack of memory" in failure.value.message
    assert "query_memory" not in failure.value.message
    assert pool.run(ASK, timeout=30, cap=10).boolean is True


def test_a_query_that_runs_its_worker_out_of_memory_is_e411_quoting_the_worker(disk_store):
    store, path = disk_store     # 7 triples: sorting their 8-fold product needs gigabytes
    product = " . ".join(f"?s{n} ?p{n} ?o{n}" for n in range(8))
    pool = QueryPool(store, path, workers=1, memory_mb=400, wait=30)
    try:
        with pytest.raises(StoreError) as failure:
            pool.run(f"SELECT ?o0 WHERE {{ {product} }} ORDER BY {' '.join(f'?o{n}' for n in range(8))} LIMIT 1",
                     timeout=120, cap=10)
        assert failure.value.code == "E411"
        assert "(its last words: 'memory allocation of " in failure.value.message
        assert "having run out of memory under the query_memory setting (400 MB)" in failure.value.message
        assert pool.run(ASK, timeout=30, cap=10).boolean is True
    finally:
        pool.close()


ABORTED = -signal.SIGABRT


@pytest.mark.parametrize("lines, cause", [
    (("Anonymous mmap for RocksDB HyperClockCache failed. Aborting.",
      "terminate called without an active exception"), "memory"),
    (("memory allocation of 1073741824 bytes failed",), "memory"),
    (("Traceback (most recent call last):", "MemoryError"), "memory"),
    (("terminate called after throwing an instance of 'std::system_error'",
      "what():  Resource temporarily unavailable"), "threads"),
    (("ModuleNotFoundError: No module named 'pyoxigraph'",), "unknown"),
    ((), "unknown"),
])
def test_a_workers_last_words_tell_its_cause(lines, cause):
    assert WorkerEnd(ABORTED, lines).cause == cause


def test_a_workers_end_quotes_the_line_that_tells_the_cause_else_its_last():
    end = WorkerEnd(ABORTED, ("Anonymous mmap for RocksDB HyperClockCache failed. Aborting.",
                              "terminate called without an active exception"))
    assert str(end) == "was killed by signal 6 (Aborted) (its last words: " \
        "'Anonymous mmap for RocksDB HyperClockCache failed. Aborting.')"
    assert str(WorkerEnd(1, ("a", "b"))) == "exited with status 1 (its last words: 'b')"
    assert WorkerEnd(1, ("OSError: IO error: /srv/dkb/.dkb-query-snapshots-7-x/3/CURRENT: I/O error",)).last_words \
        == "OSError: IO error: <a path>: I/O error"
    assert str(WorkerEnd(-9)) == "was killed by signal 9 (Killed)" and str(WorkerEnd(None)) == "stopped answering"


def test_query_memory_is_advised_only_when_the_ends_point_to_memory():
    threads = WorkerEnd(ABORTED, ("what():  Resource temporarily unavailable",))
    memory = WorkerEnd(ABORTED, ("memory allocation of 64 bytes failed",))
    other = WorkerEnd(1, ("ImportError: boom",))
    assert "The worker's memory cap is the cause (it ran out of memory): raise the query_memory setting " \
        "(256 MB)" in start_advice([other, memory], 256, threads_free=False)
    advice = start_advice([threads, threads], 256, threads_free=False)
    assert "query_memory" not in advice and "limit on processes and threads is reached" in advice
    assert "query_memory" not in start_advice([other, other], 256, threads_free=True)
    assert "out-of-memory killer" in start_advice([WorkerEnd(-9), WorkerEnd(-9)], 256, threads_free=True)


def test_a_refused_thread_that_the_server_gets_later_blames_the_cap_only_as_one_cause():
    # The server's own thread is tried after the workers died: a limit on threads may have passed.
    threads = WorkerEnd(ABORTED, ("what():  Resource temporarily unavailable",))
    small_cap = start_advice([threads, threads], 256, threads_free=True)
    assert "The worker's memory cap is the cause" not in small_cap
    assert "either the worker's memory cap or a limit on processes and threads that has since passed" in small_cap
    assert small_cap.endswith("raise the query_memory setting (256 MB)")
    roomy_cap = start_advice([threads, threads], worker_end.ROOM_FOR_THREADS_MB, threads_free=True)
    assert "raise the query_memory" not in roomy_cap and "memory cap is the cause" not in roomy_cap
    assert "limit on processes and threads was most likely reached for a moment" in roomy_cap


def test_workers_refused_a_thread_under_a_roomy_cap_are_e414_naming_a_passing_limit(pool_of_failing_starts):
    pool = pool_of_failing_starts(2, "what():  Resource temporarily unavailable")
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    message = failure.value.message
    assert failure.value.code == "E414" and message.count("(its last words: 'what():  Resource temporarily") == 2
    assert "The worker's memory cap is the cause" not in message and "raise the query_memory" not in message
    assert "the query_memory cap (2048 MB) leaves room for threads, so the machine's limit on processes " \
        "and threads was most likely reached for a moment" in message
    assert pool.run(ASK, timeout=30, cap=10).boolean is True


def _worker_running(monkeypatch, child: str) -> query_worker.Worker:
    """A Worker whose process runs `child` (Python, with FD the number of its socket) instead of
    the query worker."""
    real_popen = subprocess.Popen

    def popen(args, **kwargs):
        fd = re.search(r"serve\((\d+),", args[-1]).group(1)
        return real_popen([*args[:-1], child.replace("FD", fd)], **kwargs)
    monkeypatch.setattr(query_worker.subprocess, "Popen", popen)
    return query_worker.Worker(2**30)


def test_a_first_message_other_than_ready_is_logged_not_taken_for_a_failed_start(monkeypatch, caplog):
    worker = _worker_running(monkeypatch, "from multiprocessing.connection import Connection; "
                                          "Connection(FD).send(('ok',))")
    try:
        worker.process.wait(30)
        with caplog.at_level(logging.ERROR, logger=query_worker.__name__):
            assert worker.settle_start() == "ready"       # it spoke, so it started
        assert "sent ('ok',) before saying it was ready; the message is dropped" in caplog.text
        assert worker.settle_start() == "ready"            # asked again, the same answer
    finally:
        worker.stop()


def test_a_worker_that_ends_silently_before_it_is_ready_is_a_failed_start(monkeypatch):
    worker = _worker_running(monkeypatch, "pass")
    try:
        worker.process.wait(30)
        assert worker.settle_start() == "failed"
    finally:
        worker.stop()
    assert worker.settle_start() == "stopped"


def test_a_worker_that_does_not_end_in_time_keeps_the_lines_it_wrote(monkeypatch):
    worker = _worker_running(monkeypatch, "import sys, time; sys.stderr.write('still flushing its cache\\n'); "
                                          "sys.stderr.flush(); time.sleep(60)")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not worker._stderr.lines(0.1):
            pass
        end = worker.ended()
        assert end.status is None and end.last_lines == ("still flushing its cache",)
        assert str(end) == "stopped answering (its last words: 'still flushing its cache')"
    finally:
        worker.stop()


def test_a_worker_that_hangs_starting_is_e414_at_once_and_the_pool_recovers(pool, monkeypatch):
    monkeypatch.setattr(query_worker, "START_TIMEOUT", 0.001)     # no worker imports its modules so fast
    with pytest.raises(StoreError) as failure:
        pool.run(ASK, timeout=30, cap=10)
    assert failure.value.code == "E414" and "did not start and open the store snapshot within 0.001 s" \
        in failure.value.message
    monkeypatch.undo()
    assert pool.run(ASK, timeout=30, cap=10).boolean is True


def test_a_worker_whose_output_cannot_be_read_is_stopped_and_says_so(monkeypatch):
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def popen(*args, **kwargs):
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    def no_thread(self, *args, **kwargs):
        raise RuntimeError("can't start new thread")
    monkeypatch.setattr(query_worker.subprocess, "Popen", popen)
    monkeypatch.setattr(worker_end.threading.Thread, "start", no_thread)
    before = _open_fds()
    with pytest.raises(StoreError, match="could not start a query worker: can't start new thread"):
        query_worker.Worker(2**30)
    assert started[0].poll() is not None         # not left running unwatched
    assert _open_fds() == before
