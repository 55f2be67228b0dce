"""Run the SPARQL endpoint's queries so that a runaway one can be stopped at the time limit.

Oxigraph offers no way to interrupt a running query from Python: a thread that gives up on one
leaves it running, holding a core and memory, until it ends by itself (for a cartesian product of
the whole store, never). So on an on-disk embedded store each query runs in one of a few worker
processes (kb.store.query_worker); a worker that passes the time limit is killed and replaced
while the others go on.

The workers read a snapshot of the store: a RocksDB checkpoint (`OxigraphStore.checkpoint`, hard
links, so cheap) that the writing process takes after each change and the workers open read-only.
They do not open the live directory: Oxigraph calls reading it while another process writes
undefined behaviour, and a read-only view would never see later writes anyway.

Other stores (in memory, remote) run queries in a thread of this process: a remote server's own
HTTP timeout stops its queries; an in-memory store is for tests and small data.
"""
from __future__ import annotations

import itertools
import logging
import os
import queue
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from rdflib import Graph

from kb.errors import QueryError, StoreError
from kb.store import query_worker
from kb.store.base import QueryResult
from kb.store.worker_end import WorkerEnd, can_start_a_thread, start_advice

log = logging.getLogger(__name__)
SNAPSHOT_PREFIX = ".dkb-query-snapshots-"


def query_runner(store, settings: dict):
    """The runner for `store`: worker processes for an on-disk embedded store, a thread otherwise."""
    scheme, _, path = store.url.partition(":")
    if scheme == "oxigraph" and path and hasattr(store, "checkpoint"):
        return QueryPool(store, Path(path), workers=int(settings["query_workers"]),
                         memory_mb=int(settings["query_memory"]), wait=float(settings["query_wait"]))
    return ThreadRunner(store)


def timed_out(limit: float) -> QueryError:
    return QueryError(f"the query ran longer than {limit:g} s (setting query_timeout) and was stopped; "
                      "narrow it or add a LIMIT", code="E408", status=503)


def over_cap(cap: int, what: str) -> QueryError:
    return QueryError(f"the answer has more than {cap} {what} (setting row_cap); add a LIMIT or page "
                      "with OFFSET", code="E409", status=413)


class ThreadRunner:
    """Queries in a thread of this process, abandoned (not stopped) at the time limit."""

    def __init__(self, store):
        self.store = store
        self._threads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="sparql")

    def run(self, sparql: str, *, timeout: float, cap: int) -> QueryResult:
        future = self._threads.submit(self.store.query, sparql)
        try:
            result = future.result(timeout=timeout)
        except FutureTimeout:
            future.cancel()
            raise timed_out(timeout) from None
        size = len(result.rows) if result.graph is None else len(result.graph)
        if size > cap:
            raise over_cap(cap, "rows" if result.graph is None else "triples")
        return result

    def changed(self) -> None:
        """Nothing to do: the queries read the live store."""

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)


class QueryPool:
    """A few worker processes over snapshots of one on-disk Oxigraph store."""

    def __init__(self, store, path: Path, *, workers: int, memory_mb: int, wait: float):
        self.wait = wait
        self._snapshots = Snapshots(store, path)
        self._memory = memory_mb * 2**20
        self._workers: list[query_worker.Worker] = []
        try:
            for _ in range(max(1, workers)):
                self._workers.append(query_worker.Worker(self._memory))
        except StoreError:
            self.close()      # the workers started so far, and the snapshot folder
            raise
        self._idle: queue.Queue[int] = queue.Queue()     # slots of self._workers
        for slot in range(len(self._workers)):
            self._idle.put(slot)

    def run(self, sparql: str, *, timeout: float, cap: int) -> QueryResult:
        try:
            slot = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise QueryError(f"every query worker stayed busy for {self.wait:g} s (setting query_wait); "
                             "try again later", code="E410", status=503) from None
        try:
            self._open_snapshot(slot)
            answer = self._ask(slot, sparql, timeout, cap)
        finally:
            self._idle.put(slot)
        return _to_result(answer, cap)

    def _open_snapshot(self, slot: int) -> None:
        """Have the slot's worker open the current snapshot. A worker that dies here failed to start
        or to open it, whatever the query: it is replaced and the new one tried once more, as the
        usual cause passes (threads or memory short for a moment). StoreError E414 when the second
        dies too (naming how both ended, and the query_memory setting only when that is what their
        ends show), when one hangs (a second wait would double the client's), or when no worker
        process starts at all."""
        try:
            self._try_open(slot)
        except _StartFailed as first:
            log.warning("%s; trying once more with a new worker", first)
            try:
                self._try_open(slot)
            except _StartFailed as second:
                ends = [first.end, second.end]
                threads_free = any(end.cause == "threads" for end in ends) and can_start_a_thread()
                raise StoreError(f"{first}, and the one started in its place {second.end}. "
                                 f"{start_advice(ends, self._memory // 2**20, threads_free)}",
                                 code="E414", status=503) from None

    def _try_open(self, slot: int) -> None:
        """One attempt of _open_snapshot: _StartFailed when the worker is lost (it is replaced)."""
        worker = self._workers[slot]
        if worker.settle_start() == "failed":
            end = worker.ended()
            self._replace_after_failure(slot)
            raise _StartFailed(end)
        if worker.exitcode is not None:   # died while idle, or stopped when its replacement did not start
            if not worker.stopped:
                log.warning("a query worker %s while idle; starting another", worker.ended())
            self._replace(slot)
        worker = self._workers[slot]
        path = self._snapshots.take(worker.snapshot)
        if worker.snapshot == path:
            return
        worker.snapshot = path
        try:
            opened = worker.ask(("open", path), query_worker.START_TIMEOUT)[0] == "ok"
        except TimeoutError:
            self._replace_after_failure(slot)
            raise StoreError(f"a query worker did not start and open the store snapshot within "
                             f"{query_worker.START_TIMEOUT:g} s; see the server log", code="E414", status=503) from None
        except (EOFError, OSError):
            end = worker.ended()
            self._replace_after_failure(slot)
            raise _StartFailed(end) from None
        if not opened:
            self._snapshots.release(path)
            worker.snapshot = None
            raise StoreError("a query worker could not open the store snapshot (see the server log)")

    def _ask(self, slot: int, sparql: str, timeout: float, cap: int) -> tuple:
        worker = self._workers[slot]
        try:
            return worker.ask(("query", sparql, cap), timeout)
        except TimeoutError:
            self._replace_after_failure(slot)
            raise timed_out(timeout) from None
        except (EOFError, OSError):   # the worker died running this query
            end = worker.ended()
            self._replace_after_failure(slot)
            why = ("having run out of memory under" if end.cause == "memory"
                   else "most likely by needing more memory than")
            raise StoreError(f"the query's worker {end}, {why} the query_memory setting "
                             f"({self._memory // 2**20} MB); narrow the query or add a LIMIT",
                             code="E411", status=503) from None

    def _replace(self, slot: int) -> None:
        """Stop the slot's worker and start another; StoreError E414 when none starts (the slot
        keeps the stopped one, so the next query to take it tries again)."""
        old = self._workers[slot]
        old.stop()
        self._snapshots.release(old.snapshot)
        old.snapshot = None
        self._workers[slot] = query_worker.Worker(self._memory)

    def _replace_after_failure(self, slot: int) -> None:
        """Replace a failed worker without hiding the failure the caller reports."""
        try:
            self._replace(slot)
        except StoreError as exc:
            log.error("%s", exc)

    def changed(self) -> None:
        """The store was written: the next query reads a new snapshot."""
        self._snapshots.changed()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._snapshots.close()


class _StartFailed(Exception):
    """A query worker died before it had opened the snapshot (already replaced); `end` says how."""

    def __init__(self, end: WorkerEnd):
        super().__init__(f"a query worker {end} while starting and opening the store snapshot")
        self.end = end


class Snapshots:
    """Checkpoints of the live store, one per change, each removed once no worker has it open."""

    def __init__(self, store, path: Path):
        self.store = store
        _remove_orphans(path.resolve().parent)
        self.root = Path(tempfile.mkdtemp(prefix=f"{SNAPSHOT_PREFIX}{os.getpid()}-", dir=path.resolve().parent))
        self._lock = threading.Lock()
        self._changes = 0
        self._serial = itertools.count(1)
        self._key = None
        self._path: str | None = None
        self._users: dict[str, int] = {}

    def changed(self) -> None:
        with self._lock:
            self._changes += 1

    def take(self, held: str | None) -> str:
        """The snapshot of the store as it is now, for a worker that holds `held` (taken if the
        store changed since the last one); the worker is counted as a user until it releases it."""
        with self._lock:
            key = (self.store.generation, self._changes)
            if key != self._key:
                target = self.root / str(next(self._serial))
                self.store.checkpoint(str(target))
                old, self._key, self._path = self._path, key, str(target)
                self._forget_if_unused(old)
            if held != self._path:
                self._users[self._path] = self._users.get(self._path, 0) + 1
                self._release(held)
            return self._path

    def release(self, path: str | None) -> None:
        """A worker closed `path` (or died)."""
        with self._lock:
            self._release(path)

    def _release(self, path: str | None) -> None:
        if path:
            self._users[path] -= 1
            self._forget_if_unused(path)

    def _forget_if_unused(self, path: str | None) -> None:
        if path and path != self._path and not self._users.get(path):
            self._users.pop(path, None)
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _remove_orphans(folder: Path) -> None:
    """Remove snapshot folders left behind by servers that were killed."""
    for candidate in folder.glob(f"{SNAPSHOT_PREFIX}*"):
        pid = candidate.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(candidate, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _to_result(answer: tuple, cap: int) -> QueryResult:
    from kb.store.oxigraph import from_ox

    kind = answer[0]
    if kind == "ask":
        return QueryResult(boolean=answer[1])
    if kind == "select":
        names = answer[1]
        return QueryResult(vars=names, rows=[{n: from_ox(t) for n, t in zip(names, row) if t is not None}
                                             for row in answer[2]])
    if kind == "graph":
        graph = Graph()
        for t in answer[1]:
            graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult(graph=graph)
    if kind == "over":
        raise over_cap(cap, answer[1])
    if answer[1] == "query":
        raise QueryError(f"the query failed: {answer[2]}")
    raise StoreError("the store could not answer the query (see the server log)")
