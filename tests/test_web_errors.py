"""Every error, HTML or JSON, has one shape; this walks the error routes."""
from __future__ import annotations

import pytest

from tests.web_fixtures import TOKEN, app, client, web_settings, web_store  # noqa: F401

ERRORS = [
    ("GET", "/event/0000000000000000.json", {}, 404),
    ("GET", "/person/nobody.json", {}, 404),
    ("GET", "/country/XXX.json", {}, 404),
    ("GET", "/dispute/nothing.json", {}, 404),
    ("GET", "/article/missing.json", {}, 404),
    ("GET", "/no/such/page.json", {}, 404),
    ("GET", "/timeline.json?from=2008-02-30", {}, 400),
    ("GET", "/timelines/no-such-timeline.json", {}, 404),
    ("GET", "/sparql?query=SELEC", {"Accept": "application/json"}, 400),
    ("GET", "/sparql?update=CLEAR%20ALL", {"Accept": "application/json"}, 401),
    ("GET", "/sparql?update=CLEAR%20ALL", {"Authorization": "Bearer wrong"}, 403),
    ("GET", "/sparql?update=CLEAR%20ALL", {"Authorization": "Bearer s3cret-token"}, 405),
    ("POST", "/api/articles", {}, 401),
    ("POST", "/api/articles", {"Authorization": "Bearer wrong"}, 403),
    ("DELETE", "/sparql", {"Accept": "application/json"}, 405),
]


@pytest.mark.parametrize("method, path, headers, status", ERRORS)
def test_json_errors_have_one_shape(client, method, path, headers, status):
    response = client.open(path, method=method, headers=headers)
    assert response.status_code == status
    body = response.get_json()
    assert set(body) - {"code"} == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str) and body["error"]


@pytest.mark.parametrize("path, status", [("/event/0000000000000000", 404), ("/?to=soon", 400),
                                          ("/nothing/here", 404)])
def test_html_errors_are_pages_with_status_and_message(client, path, status):
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == status and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert f'<p class="error-status">{status}</p>' in html and 'class="error-message"' in html


def test_error_messages_are_escaped(client):
    response = client.get("/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "<script>alert" not in response.get_data(as_text=True)


def test_unexpected_failures_are_500_in_the_same_shape(web_settings, web_store):
    from web import create_app

    class Broken:
        def __getattr__(self, name):
            return getattr(web_store, name)

        def query(self, *args, **kwargs):
            raise ZeroDivisionError("boom")

    app = create_app({**web_settings, "STORE": Broken()})
    response = app.test_client().get("/timeline.json")
    assert response.status_code == 500
    assert response.get_json() == {"ok": False, "status": 500, "code": "E000",
                                   "error": "internal error: the server could not answer this request"}
