"""Bad input never crashes a batch or leaves half an article: one batch over 60+ malformed inputs.

All inputs (tests/bad_inputs.py) are written into one folder and ingested in ONE call to
kb.pipeline.ingest_paths, with the real spaCy model, into an in-memory store. Then: every input
has its outcome(s); errors are InputErrors that name the input; good inputs are stored whole
(the graph holds exactly the triples the outcome reports) and bad ones are absent; the store as
a whole passes the SHACL shapes.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from rdflib import Literal

from kb import pipeline
from kb.iris import Minter
from kb.settings import load_settings
from kb.store import open_store
from kb.validate import validate_store
from kb.vocab import DKB
from tests.bad_inputs import GOOD2, cases

# Given to the batch as paths of their own, besides the folder of cases: a path that does not
# exist, and the empty folder "folder.txt" (walking the case folder finds nothing in it; given
# by name it must give one clear error).
MISSING = "missing.txt"
EXTRA = [MISSING, "folder.txt"]
ERROR_CODE = re.compile(r"^\[E1\d\d\] ")                 # InputError codes are E1xx


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    found = cases()
    for case in found:
        case.write(root / case.name)
    settings = load_settings(environ={}, store="memory:")
    store = open_store("memory:", settings)
    try:
        report = pipeline.ingest_paths(store, [root] + [root / name for name in EXTRA], settings)
        yield root, found, report, store, Minter(str(settings["base_iri"]))
    finally:
        store.close()
        subprocess.run(["chmod", "-R", "u+rwx", str(root)], check=False)   # let pytest clean up


def _outcomes_of(report, path: Path) -> list:
    """Outcomes for one input: the file itself, its records ("f:3", "f[0]") or the files in it."""
    name = str(path)
    return [o for o in report.outcomes
            if o.source == name or o.source.startswith((name + ":", name + "[", name + "/"))]


def _kind(outcome) -> str:
    return "stored" if outcome.error is None else "error"


def test_corpus_is_large_enough(batch):
    _, found, _, _, _ = batch
    assert len(found) >= 40
    assert len({case.name for case in found}) == len(found)


def test_every_input_has_the_expected_outcomes(batch):
    root, found, report, _, _ = batch
    wrong = {}
    for case in found:
        got = [_kind(o) for o in _outcomes_of(report, root / case.name)]
        want = case.expect if isinstance(case.expect, list) else [case.expect]
        ok = len(got) == len(want) and all(
            w == g or (w == "stored_or_error") for w, g in zip(want, got))
        if not ok:
            wrong[case.name] = (want, got, [o.error for o in _outcomes_of(report, root / case.name)])
    assert not wrong, wrong


def test_batch_accounts_for_every_outcome_once(batch):
    root, found, report, _, _ = batch
    claimed = [o for case in found for o in _outcomes_of(report, root / case.name)]
    claimed += _outcomes_of(report, root / MISSING)
    assert sorted(map(id, claimed)) == sorted(map(id, report.outcomes))


def test_paths_given_by_name_fail_cleanly(batch):
    root, _, report, _, _ = batch
    [missing] = _outcomes_of(report, root / MISSING)
    assert "no such file" in missing.error
    [folder] = _outcomes_of(report, root / "folder.txt")
    assert "folder holds no" in folder.error


def test_errors_are_input_errors_that_name_their_input(batch):
    root, found, report, _, _ = batch
    for outcome in report.failed:
        assert ERROR_CODE.match(outcome.error), outcome.error
        assert outcome.source in outcome.error, (outcome.source, outcome.error)
        assert "Traceback" not in outcome.error
    messages = {case.name: case.message for case in found if case.message}
    for name, fragment in messages.items():
        errors = [o.error for o in _outcomes_of(report, root / name) if o.error]
        assert errors and all(fragment in e for e in errors), (name, fragment, errors)


def test_stored_graphs_are_whole_and_failed_ones_absent(batch):
    _, _, report, store, minter = batch
    stored = {str(minter.graph(o.article_id)): o for o in report.stored}
    assert set(store.article_graphs()) == set(stored)
    for graph, outcome in stored.items():
        count = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        assert int(count.rows[0]["n"]) == outcome.triples, outcome.source
    for outcome in report.failed:
        if outcome.article_id:
            assert not store.has_graph(str(minter.graph(outcome.article_id))), outcome.source


def test_encodings_with_a_bom_keep_the_text(batch):
    root, _, report, store, minter = batch
    for name in ("utf16-bom.txt", "utf16-be-bom.txt", "utf8-bom.txt"):
        [outcome] = _outcomes_of(report, root / name)
        ask = f"ASK {{ {minter.article(outcome.article_id).n3()} {DKB.text.n3()} {Literal(GOOD2).n3()} }}"
        assert store.query(ask).boolean, name


def test_store_after_the_bad_batch_passes_the_shapes(batch):
    _, _, _, store, _ = batch
    report = validate_store(store)
    assert report.conforms, report.results[:5]
