"""Every script in scripts/ runs once in the tests so none goes stale."""
from __future__ import annotations

import importlib.util
import json
import sys
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from kb.settings import load_settings
from kb.store import open_store
from tests.corpus_gen import write_jsonl
from tests.gold_support import GOLD, dev_stems
from web import create_app

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
TOKEN = "load-test-token"


def _load(name: str):
    """Import scripts/NAME.py as a module (registered first: its dataclasses look themselves up)."""
    key = f"dkb_scripts_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture
def server(sample_dir):
    """The app over an in-memory store holding the sample corpus, on a free loopback port."""
    from kb import pipeline

    settings = load_settings(environ={}, store="memory:")
    store = open_store("memory:", settings)
    pipeline.ingest_paths(store, [sample_dir], settings)
    app = create_app({"STORE": store, "update_token": TOKEN, "store": "memory:"})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", store
    httpd.shutdown()
    thread.join()
    store.close()


def test_load_script_smoke(server, tmp_path):
    url, store = server
    load = _load("load_test")
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 4)
    out = tmp_path / "load.json"
    before = len(store.article_graphs())
    status = load.main(["--url", url, "--smoke", "--ingest", str(corpus), "--token", TOKEN, "--json", str(out)])
    report = json.loads(out.read_text())
    assert status == 0, report
    kinds = report["kinds"]
    assert {"page", "timeline", "sparql", "ingest", "all"} <= set(kinds)
    assert kinds["all"]["requests"] == 40
    assert kinds["all"]["server_errors"] == kinds["all"]["no_answer"] == 0
    assert kinds["all"]["client_errors"] == 0, "a request in the mix is malformed"
    assert 0 < kinds["all"]["p50_ms"] <= kinds["all"]["p99_ms"] <= kinds["all"]["max_ms"]
    # the ingest stops with the clients, so how many batches it sent depends on the machine's speed
    ingest = report["ingest"]
    assert ingest["batches"] >= 1 and ingest["articles"] == 2 * ingest["batches"]
    assert (ingest["failed_batches"], ingest["lost"], ingest["errors"]) == (0, 0, [])
    assert len(store.article_graphs()) == before + ingest["articles"]


@pytest.mark.parametrize("url", ["http://example.org:5000", "http://10.0.0.1", "http://127.0.0.1.nip.io",
                                 "ftp://127.0.0.1", "http://[::2]:80"])
def test_load_script_refuses_other_hosts(url):
    load = _load("load_test")
    with pytest.raises(SystemExit, match="refusing"):
        load.main(["--url", url, "--smoke"])


def test_load_script_percentiles():
    load = _load("load_test")
    values = [i / 100 for i in range(1, 101)]   # 0.01 .. 1.00
    assert load.percentile(values, 0.5) == 0.5
    assert load.percentile(values, 0.99) == 0.99
    assert load.percentile([], 0.5) == 0.0


def test_sentence_bank_script_smoke(tmp_path, capsys):
    bank = _load("sentence_bank")
    passage = {"id": "t-Meeting-1", "published": "2019-06-30",
               "text": "Vladimir Putin met Shinzo Abe in Osaka on Saturday.",
               "actors": [{"name": "Vladimir Putin", "kind": "person", "country": "RUS"},
                          {"name": "Shinzo Abe", "kind": "person", "country": "JPN"}],
               "events": [{"type": "Meeting", "participants": ["Vladimir Putin", "Shinzo Abe"],
                           "date": "2019-06-29", "precision": "day", "place": "Osaka", "modality": "asserted"}]}
    path = tmp_path / "bank.jsonl"
    path.write_text(json.dumps(passage) + "\n", encoding="utf-8")
    out = tmp_path / "bank.json"
    assert bank.main([str(path), "--json", str(out), "--diff"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["passages"] == 1 and report["errors"] == {}
    assert "Meeting" in capsys.readouterr().out
    path.write_text("{not json\n", encoding="utf-8")
    assert bank.main([str(path)]) == 2
    assert "bank.jsonl:1" in capsys.readouterr().err


def test_agreement_script_smoke(tmp_path, capsys):
    agreement = _load("agreement")
    (stem,) = dev_stems(1)
    copy = tmp_path / "gold"
    (copy / "annotations").mkdir(parents=True)
    (copy / "annotations" / f"{stem}.json").write_bytes((GOLD / "annotations" / f"{stem}.json").read_bytes())
    (copy / "split.json").write_text('{"test": []}', encoding="utf-8")
    second = tmp_path / "second"
    second.mkdir()
    (second / f"{stem}.json").write_bytes((GOLD / "annotations" / f"{stem}.json").read_bytes())
    out = tmp_path / "agreement.json"
    assert agreement.main([str(copy), str(second), "--json", str(out), "--diff"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"] == 1
    assert report["summary"]["events_lenient"]["fn"] == report["summary"]["events_lenient"]["fp"] == 0
    assert "1 articles annotated twice" in capsys.readouterr().out
    assert agreement.main([str(copy), str(tmp_path / "nothing-here")]) == 2
