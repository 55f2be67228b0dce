"""Worker processes end by themselves when the process that started them is killed (kb.parent_watch):
the query pool's workers, even one in the middle of a runaway query, and `dkb ingest`'s
extraction workers together with their multiprocessing resource tracker."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.corpus_gen import write_jsonl

REPO = Path(__file__).resolve().parents[1]
WAIT = 60.0     # seconds for a process to start (imports on a busy box); a watcher needs only CHECK_EVERY

POOL_SERVER = """
import sys, threading
from pathlib import Path
from rdflib import Literal, URIRef
from kb.store import open_store
from kb.store.query_pool import QueryPool

path = Path(sys.argv[1])
store = open_store(f"oxigraph:{path}")
store.put_article("urn:x:g", [(URIRef(f"urn:x:{i}"), URIRef("urn:x:p"), Literal(i)) for i in range(300)])
pool = QueryPool(store, path, workers=2, memory_mb=2048, wait=60)
for _ in pool._workers:                     # each worker in turn started, with the snapshot open
    assert pool.run("ASK { ?s ?p ?o }", timeout=60, cap=10).boolean
print(" ".join(str(worker.process.pid) for worker in pool._workers), flush=True)
runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
threading.Thread(target=pool.run, args=(runaway,), kwargs={"timeout": 3600, "cap": 10}).start()
"""


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name; None once the process is gone or a zombie."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None if fields[0] == "Z" else fields


def _started(pid: int) -> str | None:
    """When process `pid` started (field 22 of /proc/PID/stat, in clock ticks since boot): with the
    pid, it tells a process from a later one that reuses the pid; None once it is gone."""
    fields = _stat(pid)
    return fields[19] if fields else None


def _cpu_ticks(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[11]) + int(fields[12]) if fields else -1     # utime + stime


def _children(pid: int) -> dict[int, str]:
    """Running children of `pid`: pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and fields[1] == str(pid):
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except FileNotFoundError:
                pass
    return found


def _wait_for(condition, what: str, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what} (waited {timeout:g} s)")


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)


def _expect_gone(started: dict[int, str | None], what: str) -> None:
    """Wait for the processes `started` (pid -> _started(pid), read while they were known to be
    ours) to end; a failing test still stops them, so that it leaks nothing itself, and never kills
    a newer process that took one of their pids on a busy box."""
    def ours() -> list[int]:
        return [pid for pid, start in started.items() if start is not None and _started(pid) == start]
    try:
        _wait_for(lambda: not ours(), what)
    finally:
        for pid in ours():
            with contextlib.suppress(ProcessLookupError):     # it ended since
                os.kill(pid, signal.SIGKILL)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DKB_")}
    return {**env, "DKB_SPACY_MODEL": "blank", "PYTHONPATH": str(REPO)}


def test_query_workers_exit_when_their_server_is_killed_even_mid_query(tmp_path):
    server = subprocess.Popen([sys.executable, "-c", POOL_SERVER, str(tmp_path / "store")], cwd=REPO,
                              env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        workers = {int(pid): _started(int(pid)) for pid in server.stdout.readline().split()}
        assert len(workers) == 2, f"the pool did not start (exit {server.poll()})"
        idle_ticks = {pid: _cpu_ticks(pid) for pid in workers}
        # An idle worker uses no CPU: the one whose time grows by half a second is running the
        # runaway query, and so cannot read its socket (the end-of-file a dead server leaves).
        busy = _wait_for(lambda: [pid for pid in workers if _cpu_ticks(pid) > idle_ticks[pid] + 50],
                         "no worker started the runaway query")
    finally:
        _kill(server)
    _expect_gone(workers, f"workers {list(workers)} (busy: {busy}) outlived their server")


def test_ingest_workers_and_their_tracker_exit_when_the_ingest_is_killed(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3000)
    store = tmp_path / "store"
    ingest = subprocess.Popen([sys.executable, "-m", "kb.cli", "--store", f"oxigraph:{store}", "ingest",
                               "--no-progress", "--jobs", "2", str(corpus)], cwd=REPO, env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        # Articles reach the store's write-ahead log only after a worker extracted them: both
        # workers are then past their start, working on the next batches.
        _wait_for(lambda: ingest.poll() is None and sum(p.stat().st_size for p in store.glob("*.log")) > 100_000,
                  "the ingest wrote nothing (or ended)")
        helpers = _children(ingest.pid)
        started = {pid: _started(pid) for pid in helpers}     # still the ingest's children: alive
    finally:
        _kill(ingest)
    assert sum("spawn_main" in line for line in helpers.values()) == 2, helpers
    assert sum("resource_tracker" in line for line in helpers.values()) == 1, helpers
    _expect_gone(started, f"{helpers} outlived the killed ingest")
