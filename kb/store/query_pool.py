"""Run the SPARQL endpoint's queries so that a runaway one can be stopped at the time limit.

Oxigraph offers no way to interrupt a running query from Python: a thread that gives up on one
leaves it running, holding a core and memory, until it ends by itself (for a cartesian product of
the whole store, never). So on an on-disk embedded store each query runs in one of a few worker
processes; a worker that passes the time limit is killed and replaced while the others go on.

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
import socket
import subprocess
import sys
import os
import queue
import resource
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kb.errors import QueryError, StoreError
from kb.export import PREFIXES
from kb.store.base import QueryResult

log = logging.getLogger(__name__)
SNAPSHOT_PREFIX = ".dkb-query-snapshots-"
_START_TIMEOUT = 120.0   # a new worker imports its modules and opens the snapshot: not the query's time


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
        self._workers: list[Worker] = []
        try:
            for _ in range(max(1, workers)):
                self._workers.append(Worker(self._memory))
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
            if self._workers[slot].exitcode is not None:   # died while idle: not this query's fault
                self._replace(slot)
            self._open_snapshot(slot)
            answer = self._ask(slot, sparql, timeout, cap)
        finally:
            self._idle.put(slot)
        return _to_result(answer, cap)

    def _open_snapshot(self, slot: int) -> None:
        """Have the slot's worker open the current snapshot; StoreError saying so when it cannot
        (a worker that dies or hangs here failed to start or to open it, whatever the query)."""
        worker = self._workers[slot]
        path = self._snapshots.take(worker.snapshot)
        if worker.snapshot == path:
            return
        worker.snapshot = path
        try:
            opened = worker.ask(("open", path), _START_TIMEOUT)[0] == "ok"
        except (TimeoutError, EOFError, OSError):
            code = worker.exitcode
            self._replace_after_failure(slot)
            raise StoreError(f"a query worker stopped or hung while starting and opening the store snapshot "
                             f"(exit code {code}); see the server log") from None
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
            code = worker.exitcode
            self._replace_after_failure(slot)
            raise StoreError(f"the query stopped its worker (exit code {code}), most likely by needing more "
                             "memory than the query_memory setting allows; narrow it or add a LIMIT",
                             code="E411", status=503) from None

    def _replace(self, slot: int) -> None:
        """Stop the slot's worker and start another; StoreError when none starts (the slot keeps
        the stopped one, so the next query to take it tries again)."""
        old = self._workers[slot]
        old.stop()
        self._snapshots.release(old.snapshot)
        old.snapshot = None
        self._workers[slot] = Worker(self._memory)

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


class Worker:
    """One query process and the socket to it.

    Started as a fresh interpreter rather than through multiprocessing, whose spawn mode re-runs
    the parent's main script (any script that builds the app without a __main__ guard would
    start a server in each worker)."""

    def __init__(self, memory: int):
        ours, theirs = socket.socketpair()
        code = f"from kb.store.query_pool import serve; serve({theirs.fileno()}, {memory})"
        try:
            self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[theirs.fileno()],
                                            stdin=subprocess.DEVNULL)
        except OSError as exc:
            ours.close()
            raise StoreError(f"could not start a query worker process: {exc}") from exc
        finally:
            theirs.close()      # the child has its copy (or there is no child)
        self.conn = Connection(ours.detach())
        self.snapshot: str | None = None
        self._ready = False

    def ask(self, message: tuple, timeout: float):
        """Send `message`; the answer, TimeoutError after `timeout` s, EOFError if the process died."""
        if not self._ready:
            self._receive(_START_TIMEOUT)
            self._ready = True
        self.conn.send(message)
        return self._receive(timeout)

    def _receive(self, timeout: float):
        if not self.conn.poll(timeout):
            raise TimeoutError
        return self.conn.recv()

    @property
    def exitcode(self) -> int | None:
        return self.process.poll()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.conn.close()


# -- inside the worker process ----------------------------------------------------------------
def serve(fd: int, memory: int) -> None:
    """Answer ("open", path) and ("query", sparql, cap) messages on socket `fd` until it closes."""
    conn = Connection(fd)
    # A runaway ORDER BY or GROUP BY grows without bound: the allocator failing stops only this process.
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    store = None
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message[0] == "open":
            store = None
            try:
                store = ox.Store.read_only(message[1])
                conn.send(("ok",))
            except OSError as exc:
                log.error("cannot open the store snapshot %s: %s", message[1], exc)
                conn.send(("error", "store"))
        else:
            conn.send(answer(store, message[1], message[2]))


def answer(store: ox.Store, sparql: str, cap: int) -> tuple:
    """The query's answer as plain picklable values; at most `cap` rows are read."""
    try:
        result = store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return ("ask", bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(solution) for solution in islice(result, cap + 1)]
            return ("over", "rows") if len(rows) > cap else ("select", names, rows)
        triples = list(islice(result, cap + 1))
        return ("over", "triples") if len(triples) > cap else ("graph", triples)
    except (SyntaxError, ValueError, RuntimeError, TypeError) as exc:
        return ("error", "query", str(exc))
    except OSError as exc:   # the engine's message names files: the log gets it, the client does not
        log.error("query failed on the store snapshot: %s", exc)
        return ("error", "store")


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
