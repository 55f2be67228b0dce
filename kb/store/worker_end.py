"""How a query worker process ended, and what that shows of the cause: its memory cap, the
machine's limit on threads, or something else.

A worker that dies leaves two clues the server can see: its exit status (a code, or the signal
that killed it) and the last lines it wrote to stderr. Its stderr is relayed to the server's own
(the log keeps every line, as when the worker shared it) and the last few lines are kept here.
"""
from __future__ import annotations

import os
import re
import signal
import threading
from collections import deque
from dataclasses import dataclass

# What a process prints when its address-space cap (query_memory) refuses memory: Python's
# MemoryError, Rust's and C++'s failed allocations, RocksDB's failed mmap of its block cache
# ("Anonymous mmap for RocksDB HyperClockCache failed. Aborting.", seen under caps up to 100 MB
# here), and the strerror of ENOMEM.
MEMORY_SIGNS = re.compile(r"MemoryError|memory allocation of \d+ bytes failed|std::bad_alloc|"
                          r"\bmmap\b.*\bfailed|Cannot allocate memory|out of memory", re.IGNORECASE)
# A thread that could not be created (EAGAIN): under the cap there was no room for its stack
# (seen under caps of 150-200 MB here), or the machine's limit on processes and threads is reached.
THREAD_SIGN = "Resource temporarily unavailable"
# A file path in a line a worker wrote: left out of messages, which reach clients (the server's
# log has the whole line).
FILE_PATH = re.compile(r"(?<![\w.:/])/[^\s'\",;:]+")


@dataclass(frozen=True)
class WorkerEnd:
    """A worker's exit status (negative: killed by that signal; None: still running) and the last
    lines of its stderr."""

    status: int | None
    last_lines: tuple[str, ...] = ()

    @property
    def cause(self) -> str:
        """'memory', 'threads' (a thread could not be created) or 'unknown', from its last words."""
        if any(MEMORY_SIGNS.search(line) for line in self.last_lines):
            return "memory"
        if any(THREAD_SIGN in line for line in self.last_lines):
            return "threads"
        return "unknown"

    @property
    def last_words(self) -> str:
        """The line of its stderr that tells the cause, else its last line ('' if it wrote none)."""
        telling = [line for line in self.last_lines if MEMORY_SIGNS.search(line) or THREAD_SIGN in line]
        return FILE_PATH.sub("<a path>", (telling or list(self.last_lines) or [""])[-1])

    def __str__(self) -> str:
        if self.status is None:
            how = "stopped answering"
        elif self.status < 0:
            how = f"was killed by signal {-self.status} ({signal.strsignal(-self.status) or 'unknown'})"
        else:
            how = f"exited with status {self.status}"
        return f"{how} (its last words: {self.last_words!r})" if self.last_words else how


# A cap at which thread starts were never seen failing (they fail at 150-200 MB here, 300 MB
# works): from it up, a thread refused to a worker points to the machine's limit, not to its cap.
ROOM_FOR_THREADS_MB = 512


def start_advice(ends: list[WorkerEnd], memory_mb: int, threads_free: bool) -> str:
    """What to do about workers lost while starting, as far as their ends show; `threads_free`:
    whether this server could still start a thread after they died. That is probed after the
    fact, and a limit on threads that refused the workers may have passed by then, so a worker's
    refused thread blames its cap only as one of two causes, and not at all under a cap roomy
    enough for threads (ROOM_FOR_THREADS_MB)."""
    causes = {end.cause for end in ends}
    if "memory" in causes:
        return (f"The worker's memory cap is the cause (it ran out of memory): raise the query_memory "
                f"setting ({memory_mb} MB)")
    if "threads" in causes and threads_free:
        if memory_mb >= ROOM_FOR_THREADS_MB:
            return ("A worker could not create a thread; this server can now, and the query_memory cap "
                    f"({memory_mb} MB) leaves room for threads, so the machine's limit on processes and "
                    "threads was most likely reached for a moment: try again, or run fewer processes on "
                    "this machine")
        return ("A worker could not create a thread; this server can now, so the cause is either the "
                "worker's memory cap or a limit on processes and threads that has since passed: try "
                f"again, and if it recurs raise the query_memory setting ({memory_mb} MB)")
    if "threads" in causes:
        return ("The machine's limit on processes and threads is reached (this server cannot start "
                "a thread either): run fewer processes on this machine")
    if all(end.status == -signal.SIGKILL for end in ends):
        return ("Nothing the workers wrote shows the cause; a SIGKILL comes from another process or "
                "the kernel's out-of-memory killer (the kernel log names the latter)")
    return "Nothing the workers wrote shows a lack of memory; the server log has their output"


def can_start_a_thread() -> bool:
    """Whether this process can create a thread now (no machine or user limit is in the way)."""
    try:
        thread = threading.Thread(target=lambda: None, name="thread-probe")
        thread.start()
    except RuntimeError:    # "can't start new thread"
        return False
    thread.join()
    return True


class StderrTail:
    """Relay a worker's stderr to this process's stderr line by line, keeping the last few lines."""

    KEEP = 5

    def __init__(self, pipe):
        self._lines: deque[str] = deque(maxlen=self.KEEP)
        self._lock = threading.Lock()    # lines may be read while the relay still appends
        self._relay = threading.Thread(target=self._copy, args=(pipe,), name="query-worker-stderr", daemon=True)
        self._relay.start()

    def _copy(self, pipe) -> None:
        with pipe:
            for raw in pipe:
                line = raw.decode("utf-8", "replace").strip()
                if line:
                    with self._lock:
                        self._lines.append(line)
                try:
                    os.write(2, raw)     # where the worker's output went when it shared our stderr
                except OSError:
                    pass

    def lines(self, wait: float) -> tuple[str, ...]:
        """The last lines, once the pipe has closed or `wait` seconds have passed (0: those so far)."""
        self._relay.join(wait)
        with self._lock:
            return tuple(self._lines)
