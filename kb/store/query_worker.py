"""One query worker process of the SPARQL endpoint's pool (kb.store.query_pool): the parent's
handle on it, and what runs inside it.

A worker is a fresh interpreter that caps its own address space at `query_memory`, opens the
store snapshot it is told to, and answers one query at a time over a socket, as plain picklable
values. It exits when the socket closes, or when the server that started it dies, even in the
middle of a query (kb.parent_watch).
"""
from __future__ import annotations

import logging
import os
import resource
import socket
import subprocess
import sys
from itertools import islice
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kb.errors import StoreError
from kb.export import PREFIXES
from kb.parent_watch import exit_with_parent
from kb.store.worker_end import StderrTail, WorkerEnd

log = logging.getLogger(__name__)
START_TIMEOUT = 120.0   # a new worker imports its modules and opens the snapshot: not the query's time
# glibc gives each thread that allocates its own malloc arena, reserving 64 MB of address space;
# under the worker's address-space cap (query_memory) the engine's threads could then fail to
# start ("std::system_error: Resource temporarily unavailable"). Two arenas are plenty for a
# process that runs one query at a time.
_WORKER_ENV = {"MALLOC_ARENA_MAX": "2"}


class Worker:
    """One query process and the socket to it.

    Started as a fresh interpreter rather than through multiprocessing, whose spawn mode re-runs
    the parent's main script (any script that builds the app without a __main__ guard would
    start a server in each worker)."""

    def __init__(self, memory: int):
        ours, theirs = socket.socketpair()
        code = f"from kb.store.query_worker import serve; serve({theirs.fileno()}, {memory}, {os.getpid()})"
        try:
            self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[theirs.fileno()],
                                            stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                            env={**os.environ, **_WORKER_ENV})
        except OSError as exc:
            ours.close()
            raise StoreError(f"could not start a query worker process: {exc}", code="E414", status=503) from exc
        finally:
            theirs.close()      # the child has its copy (or there is no child)
        try:
            self._stderr = StderrTail(self.process.stderr)    # its last words tell why it died, if it does
        except RuntimeError as exc:      # no thread to be had: the process would run unwatched
            self.process.kill()
            self.process.wait()
            self.process.stderr.close()
            ours.close()
            raise StoreError(f"could not start a query worker: {exc}", code="E414", status=503) from exc
        self.conn = Connection(ours.detach())
        self.snapshot: str | None = None
        self._ready = False
        self.stopped = False

    def ask(self, message: tuple, timeout: float):
        """Send `message`; the answer, TimeoutError after `timeout` s, EOFError if the process died."""
        if not self._ready:
            self._take_first_message(self._receive(START_TIMEOUT))
        self.conn.send(message)
        return self._receive(timeout)

    def _receive(self, timeout: float):
        if not self.conn.poll(timeout):
            raise TimeoutError
        return self.conn.recv()

    @property
    def exitcode(self) -> int | None:
        return self.process.poll()

    def ended(self) -> WorkerEnd:
        """How the process ended (it may close its socket a moment before it exits); if it has not
        ended within a second, WorkerEnd(None) with the lines it has written so far."""
        try:
            status = self.process.wait(1)    # short: the caller holds a slot and a client waits
        except subprocess.TimeoutExpired:
            return WorkerEnd(None, self._stderr.lines(0))
        return WorkerEnd(status, self._stderr.lines(0.5))

    def settle_start(self) -> str:
        """Take the worker's first message if it has come, and tell how its start stands: 'ready'
        (it said so), 'stopped' (by this side), 'starting' (running, not ready yet) or 'failed' (it
        ended by itself without a word: a failed start, wherever the first query finds it)."""
        if self._ready:
            return "ready"
        if self.stopped:
            return "stopped"
        ended = self.exitcode is not None       # before the poll: a word sent before dying is still read
        try:
            if self.conn.poll(0):
                self._take_first_message(self.conn.recv())
        except (EOFError, OSError):
            pass
        if self._ready:
            return "ready"
        return "failed" if ended else "starting"

    def _take_first_message(self, message) -> None:
        """Note the worker's first message, which says it is ready; any other is logged (the
        worker spoke, so it started, but that answer was not asked for and is dropped)."""
        if message != ("ready",):
            log.error("query worker %d sent %.200r before saying it was ready; the message is dropped",
                      self.process.pid, message)
        self._ready = True

    def stop(self) -> None:
        self.stopped = True
        self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:   # stuck in the kernel (a hung disk): no reason to fail its replacement
            log.error("query worker %d did not end within 5 s of SIGKILL; going on without it", self.process.pid)
        self.conn.close()


# -- inside the worker process ----------------------------------------------------------------
def serve(fd: int, memory: int, parent: int) -> None:
    """Answer ("open", path) and ("query", sparql, cap) messages on socket `fd` until it closes,
    or until process `parent` dies, even in the middle of a query."""
    exit_with_parent(parent)
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
