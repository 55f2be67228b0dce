"""Query worker starts that really fail, through the environment a worker inherits.

A worker is a fresh interpreter, and an interpreter imports `sitecustomize` from its PYTHONPATH
before anything else. The one written here makes the next `count` query worker processes exit
at once with a message on stderr, as a worker whose start breaks for a reason other than memory
would; other processes, and workers after those, start as usual. Each failure claims a ticket
file by deleting it, which only one process can do, so concurrent starts count right.
"""
from __future__ import annotations

import os
from pathlib import Path

SITECUSTOMIZE = '''\
import os, sys
if any("kb.store.query_worker" in arg for arg in sys.orig_argv):
    _tickets = {tickets!r}
    for _name in sorted(os.listdir(_tickets)):
        try:
            os.unlink(os.path.join(_tickets, _name))
        except FileNotFoundError:      # another worker claimed it first
            continue
        sys.stderr.write("{message} (ticket " + _name + ")\\n")
        sys.stderr.flush()
        os._exit(1)    # not sys.exit: leaving site's import early is a fatal error of its own
'''
MESSAGE = "this query worker start fails on purpose"


def fail_worker_starts(monkeypatch, folder: Path, count: int, message: str = MESSAGE) -> Path:
    """Make the next `count` query workers started from now exit with status 1 and `message`; the
    folder of tickets left (one file per failure still to come)."""
    site, tickets = folder / "site", folder / "tickets"
    site.mkdir(parents=True)
    tickets.mkdir()
    for n in range(1, count + 1):
        (tickets / str(n)).touch()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE.format(tickets=str(tickets), message=message),
                                           encoding="utf-8")
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", f"{site}{os.pathsep}{path}" if path else str(site))
    return tickets
