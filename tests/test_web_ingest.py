"""Ingest over HTTP: token guard, per-article results, and all-or-nothing writes."""
from __future__ import annotations

import io
import re

import pytest

from tests.web_fixtures import TOKEN, app, client, web_settings, web_store  # noqa: F401

AUTH = {"Authorization": f"Bearer {TOKEN}"}
GOOD = {"id": "wire-1", "title": "Leaders meet in Geneva", "published": "2021-06-17T09:00:00",
        "text": "GENEVA (Wire) - U.S. President Joe Biden met Russian President Vladimir Putin in Geneva "
                "on Wednesday for talks on arms control and cyber attacks."}


def test_without_a_configured_token_the_server_is_read_only(web_settings, web_store):
    from web import create_app

    app = create_app({**web_settings, "update_token": "", "STORE": web_store})
    response = app.test_client().post("/api/articles", json=GOOD, headers=AUTH)
    assert response.status_code == 403 and "read-only" in response.get_json()["error"]


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer nope"}, 403),
                                             ({"Authorization": f"Bearer {TOKEN}x"}, 403),
                                             ({"X-DKB-Token": "nope"}, 403)])
def test_missing_or_wrong_tokens_are_refused(client, web_store, headers, status):
    before = web_store.article_graphs()
    response = client.post("/api/articles", json=GOOD, headers=headers)
    assert response.status_code == status and response.get_json()["ok"] is False
    assert web_store.article_graphs() == before


def test_token_is_compared_in_constant_time(monkeypatch, client):
    import hmac

    import web.auth

    calls, original = [], hmac.compare_digest
    monkeypatch.setattr(web.auth.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or original(a, b))
    client.post("/api/articles", json=GOOD, headers={"Authorization": "Bearer guess"})
    assert calls == [(b"guess", TOKEN.encode())]


def test_empty_request_is_a_clear_400(client):
    response = client.post("/api/articles", headers=AUTH, data={})
    assert response.status_code == 400 and "nothing to ingest" in response.get_json()["error"]


def test_a_bad_record_stores_nothing(client, web_store):
    before = (web_store.article_graphs(), web_store.count_triples())
    response = client.post("/api/articles", headers=AUTH,
                           json={"articles": [GOOD, {"id": "empty", "title": "No body", "text": "  "}]})
    assert response.status_code == 422
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 422 and "nothing was stored" in body["error"]
    errors = [r["error"] for r in body["results"] if r["error"]]
    assert len(errors) == 1 and "no text" in errors[0]
    assert (web_store.article_graphs(), web_store.count_triples()) == before


def test_unsupported_upload_type_is_refused(client):
    response = client.post("/api/articles", headers=AUTH,
                           data={"files": (io.BytesIO(b"\x89PNG"), "photo.png")})
    assert response.status_code == 400 and "unsupported file type" in response.get_json()["error"]


def test_upload_form_is_shown_and_needs_the_token(client):
    assert 'name="token"' in client.get("/ingest").get_data(as_text=True)
    response = client.post("/ingest", data={"text": GOOD["text"]}, headers={"Accept": "text/html"})
    assert response.status_code == 401 and response.mimetype == "text/html"


@pytest.mark.slow
def test_json_record_is_extracted_and_stored(client, web_store):
    response = client.post("/api/articles", headers=AUTH, json={"articles": [GOOD]})
    body = response.get_json()
    assert response.status_code == 200, body
    assert body["ok"] is True and body["stored"] == 1
    article = body["results"][0]["article"]
    assert article.endswith("/article/wire-1") and body["results"][0]["events"] >= 1
    assert web_store.has_graph(article.replace("/article/", "/graph/"))
    page = client.get("/article/wire-1.json").get_json()
    assert page["headline"] == GOOD["title"] and page["events"]


@pytest.mark.slow
def test_file_upload_through_the_form(client, web_store):
    form = client.get("/ingest").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    data = {"token": TOKEN, "csrf_token": csrf, "files": (io.BytesIO(GOOD["text"].encode()), "geneva.txt"),
            "published": "2021-06-17"}
    response = client.post("/ingest", data=data, headers={"Accept": "text/html"})
    assert response.status_code == 200, response.get_data(as_text=True)[-2000:]
    assert "Stored" in response.get_data(as_text=True)
    assert len(web_store.article_graphs()) == 5


def test_a_write_that_stored_but_failed_its_index_refresh_still_clears_the_caches(monkeypatch, client, web_store):
    """IndexRepairPending means the article IS stored: cached pages must not hide it."""
    import web
    import web.ingest
    from kb.store.timeindex import IndexRepairPending

    real_store = web.ingest.pipeline.store_extraction

    def stored_then_index_failed(store, extraction, minter):
        real_store(store, extraction, minter)
        raise IndexRepairPending("article stored; its time-index rows await repair")

    cleared = []
    real_changed = web.Backend.changed
    monkeypatch.setattr(web.Backend, "changed", lambda self: cleared.append(1) or real_changed(self))
    monkeypatch.setattr(web.ingest.pipeline, "store_extraction", stored_then_index_failed)
    response = client.post("/api/articles", headers=AUTH, json={"articles": [GOOD]})
    assert response.status_code >= 500 and "await repair" in response.get_json()["error"]
    assert cleared == [1]
    assert any(g.endswith("/graph/wire-1") for g in web_store.article_graphs())
