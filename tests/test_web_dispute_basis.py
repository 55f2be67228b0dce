"""The dispute page says, per article, whether the article names the dispute or DKB inferred it
from hostile acts, and links those acts (real extraction, on-disk Oxigraph store)."""
from __future__ import annotations

import json

import pytest

from kb.pipeline import ingest_paths
from kb.settings import load_settings
from kb.store import open_store
from tests.test_dispute_basis import RECORDS  # two articles: one names a dispute, one lets DKB infer it
from web import create_app

DISPUTES = "PREFIX dkb: <https://w3id.org/dkb/ontology#> SELECT ?d ?topic WHERE { ?d a dkb:Dispute ; dkb:topic ?topic }"


def _path(iri: str, settings) -> str:
    """The page of a minted IRI on this server."""
    assert iri.startswith(settings["base_iri"])
    return "/" + iri[len(settings["base_iri"]):]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("basis")
    path = tmp / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    settings = load_settings(environ={}, store=f"oxigraph:{tmp / 'db'}")
    store = open_store(settings["store"], settings)
    assert not ingest_paths(store, [path], settings).failed
    pages = {str(r["topic"]): _path(str(r["d"]), settings) for r in store.query(DISPUTES).rows}
    yield create_app({**settings, "TESTING": True, "STORE": store}).test_client(), pages, settings
    store.close()


def test_an_inferred_dispute_shows_its_basis_and_acts(site):
    client, pages, settings = site
    [report] = client.get(pages["spying on navy"] + ".json").get_json()["history"]
    assert report["basis"] == "inferred"
    assert len(report["inferred_from"]) >= 1
    html = client.get(pages["spying on navy"]).get_data(as_text=True)
    assert "inferred by DKB from" in html
    for act in report["inferred_from"]:
        assert client.get(_path(act["iri"], settings)).status_code == 200
        assert f'>{act["label"]}</a>' in html


def test_a_named_dispute_says_nothing_of_inference(site):
    client, pages, _settings = site
    [report] = client.get(pages["fishing rights"] + ".json").get_json()["history"]
    assert (report["basis"], report["inferred_from"]) == ("named", [])
    assert "inferred by DKB" not in client.get(pages["fishing rights"]).get_data(as_text=True)
