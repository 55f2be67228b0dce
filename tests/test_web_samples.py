"""The app over the bundled sample corpus, as `dkb ingest` stores it: every page answers."""
from __future__ import annotations

import pytest

from kb.settings import load_settings


@pytest.fixture(scope="module")
def sample_client(sample_store):
    from web import create_app

    settings = load_settings(environ={}, store="memory:")
    return create_app({**settings, "TESTING": True, "STORE": sample_store}).test_client()


def _iris(store, cls: str, limit: int = 40) -> list[str]:
    rows = store.query("SELECT DISTINCT ?x WHERE { ?x a <https://w3id.org/dkb/ontology#%s> } LIMIT %d"
                       % (cls, limit)).rows
    return sorted(str(r["x"]) for r in rows)


def _path(iri: str) -> str:
    return "/" + iri.split("/id/", 1)[1]


@pytest.mark.parametrize("cls", ["Event", "Article", "Person", "Country", "Organization", "Dispute", "Place"])
def test_every_sample_resource_has_a_page_and_a_json_twin(sample_client, sample_store, cls):
    iris = _iris(sample_store, cls)
    assert iris, f"the sample corpus has no {cls}: no page of that class would be checked"
    for iri in iris:
        page = sample_client.get(_path(iri), headers={"Accept": "text/html"})
        twin = sample_client.get(_path(iri) + ".json")
        assert page.status_code == 200, (iri, page.get_data(as_text=True)[-500:])
        assert twin.status_code == 200 and twin.get_json()["iri"] == iri


def test_sample_timeline_shows_dated_events(sample_client, sample_store):
    data = sample_client.get("/timeline.json").get_json()
    dated = sample_store.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a "
                               "<https://w3id.org/dkb/ontology#Event> ; <https://w3id.org/dkb/ontology#date> ?d }")
    assert data["mode"] == "events"
    assert len({i["iri"] for i in data["items"]}) == int(dated.rows[0]["n"]) > 0
    assert sample_client.get("/").status_code == 200


def test_sample_article_text_is_cut_into_evidence_segments(sample_client, sample_store):
    for iri in _iris(sample_store, "Article", 5):
        data = sample_client.get(_path(iri) + ".json").get_json()
        assert "".join(s["text"] for s in data["segments"]) == data["text"]
        assert any(s["events"] for s in data["segments"]) == bool(data["events"])
