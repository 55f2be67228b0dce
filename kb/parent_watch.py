"""Worker processes that end by themselves once the process that started them is gone.

A worker waiting on a pipe from its parent reads end-of-file when the parent dies, but a worker
busy with a long task (a runaway SPARQL query, a batch of articles) reads nothing until the task
ends, and the workers of a multiprocessing pool keep one another's ends of the shared task queue
open, so none of them ever reads end-of-file. A parent killed with SIGKILL cannot stop them, so
each worker watches for itself: the kernel gives an orphan a new parent, and the worker exits.
"""
from __future__ import annotations

import os
import threading
import time

CHECK_EVERY = 0.5        # seconds; a lost parent costs at most this long of a worker's life
EXIT_ORPHANED = 3        # the exit status nobody reads (the parent is gone) but a tracer sees


def exit_with_parent(parent_pid: int) -> None:
    """End this process as soon as `parent_pid` (the pid of the process that started it, passed
    from there: reading it here could already give the new parent) is no longer its parent.

    A thread rather than a signal handler: Python runs handlers only between bytecodes of the
    main thread, which may be inside a query engine for hours."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(CHECK_EVERY)
        os._exit(EXIT_ORPHANED)    # no clean-up: the work is the dead parent's, and nobody waits for it

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
