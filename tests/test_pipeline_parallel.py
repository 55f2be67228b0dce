"""Parallel ingest (worker processes extract, this process writes) gives what a one-process run gives:
the same quads, the same per-article outcomes in the same order, the same errors, nothing partial."""
from __future__ import annotations

import json
from dataclasses import astuple

from kb import pipeline
from kb.settings import load_settings
from kb.store import open_store
from tests.bad_inputs import cases

ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def _ingest(paths, jobs: int, model: str = "auto", store=None):
    settings = load_settings(environ={}, store="memory:", spacy_model=model)
    store = store or open_store("memory:", settings)
    report = pipeline.ingest_paths(store, paths, settings, jobs=jobs)
    quads = {tuple(row[k] for k in ("g", "s", "p", "o")) for row in store.query(ALL_QUADS).rows}
    return store, [astuple(o) for o in report.outcomes], quads


def test_parallel_ingest_of_the_sample_corpus_equals_serial(sample_dir):
    serial_store, serial, serial_quads = _ingest([sample_dir], jobs=1)
    parallel_store, parallel, parallel_quads = _ingest([sample_dir], jobs=2)
    assert len(serial) == 17 and all(o[4] is None for o in serial)
    assert parallel == serial
    assert parallel_quads == serial_quads and len(serial_quads) > 1000
    # A second parallel run finds every article unchanged and writes nothing.
    _, again, again_quads = _ingest([sample_dir], jobs=2, store=parallel_store)
    assert [o[5] for o in again] == [True] * 17 and again_quads == serial_quads
    serial_store.close()
    parallel_store.close()


def test_parallel_ingest_of_bad_inputs_reports_the_same_errors_and_stores_nothing_partial(tmp_path):
    root = tmp_path / "bad"
    root.mkdir()
    for case in cases():
        case.write(root / case.name)
    _, serial, serial_quads = _ingest([root], jobs=1, model="blank")
    _, parallel, parallel_quads = _ingest([root], jobs=2, model="blank")
    errors = [o for o in serial if o[4] is not None]
    assert len(errors) >= 10 and len(serial) > len(errors)
    assert parallel == serial
    assert parallel_quads == serial_quads
    # Only articles reported as stored have a graph, each with the count of triples reported.
    stored = {o[1]: o[3] for o in parallel if o[4] is None and not o[5]}
    per_graph: dict[str, int] = {}
    for g, *_ in parallel_quads:
        per_graph[str(g)] = per_graph.get(str(g), 0) + 1
    assert sorted(per_graph.values()) == sorted(stored.values())


def test_one_id_twice_in_a_batch_is_decided_at_write_time_as_in_a_serial_run(tmp_path):
    def record(text: str) -> str:
        return json.dumps({"id": "same", "title": "T", "published": "2019-05-02T10:00:00Z", "text": text})

    first = ("French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin "
             "on Monday to discuss trade.")
    second = "Russian President Vladimir Putin visited Beijing on Tuesday for talks with Xi Jinping."
    old = tmp_path / "old.jsonl"
    old.write_text(record(first) + "\n")
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([record(second), record(first), record(first)]) + "\n")
    results = []
    for jobs in (1, 2):
        store, _, _ = _ingest([old], jobs=jobs, model="blank")
        results.append(_ingest([batch], jobs=jobs, model="blank", store=store)[1:])
    (serial, serial_quads), (parallel, parallel_quads) = results
    assert [o[5] for o in serial] == [False, False, True]   # changed, changed back, then unchanged
    assert parallel == serial and parallel_quads == serial_quads


def test_dkb_ingest_jobs_option_runs_the_parallel_path(sample_dir, tmp_path):
    from click.testing import CliRunner

    from kb.cli import cli

    store = f"oxigraph:{tmp_path / 'store'}"
    done = CliRunner().invoke(cli, ["--store", store, "ingest", "--jobs", "2", "--no-progress", str(sample_dir)])
    assert done.exit_code == 0, done.output
    assert "articles stored: 17" in done.output and "errors: 0" in done.output
    refused = CliRunner().invoke(cli, ["--store", store, "ingest", "--jobs", "-1", str(sample_dir)])
    assert refused.exit_code == 2 and "--jobs" in refused.output
