"""Web safety: article text escaped on every page and view, security headers on every answer, and
writes only from this site with the token (and the form's CSRF token)."""
from __future__ import annotations

import json
import re
import threading
import time
import urllib.request
from urllib.parse import urlencode, urlsplit

import pytest

from kb.iris import Minter
from kb.model import Actor, Dateline, Dispute, Extraction, Place, Quote
from kb.rdf import extraction_to_triples
from tests.web_fixtures import (BASE, TOKEN, _clean, _event, app, client, web_settings,  # noqa: F401
                                web_store)

IMG = '<img src=x onerror="alert(1)">'
SCRIPT = "<script>alert('dkb')</script>"
RAW = ("<img src=x onerror=", "<script>alert(")          # what must never reach a page as markup
ESCAPED = ("&lt;img src=x onerror=", "&lt;script&gt;alert(")
SAID = f"{IMG} we agreed {SCRIPT}"
TEXT = (f"GENEVA - The envoy {IMG} met the minister {SCRIPT} on Monday. "
        f"\"{SAID}\", the envoy said.")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def hostile() -> Extraction:
    envoy = Actor("person:hostile-envoy", f"Envoy {IMG}{SCRIPT}", "person", "CHE", roles=[f"Envoy {SCRIPT}"])
    org = Actor("organization:hostile-org", f"Org {SCRIPT}", "organization")
    meeting = _event("Meeting", f"Envoy meets {IMG}", "2011-03-07", "day", [envoy.id, org.id], TEXT,
                     ("GENEVA", "Monday."), place=Place(f"Geneva {IMG}", "CHE"), disputes=["dispute:hostile"])
    start = TEXT.index(SAID)
    return Extraction(_clean("hostile-article", TEXT, f"Headline {SCRIPT}{IMG}", "2011-03-08T09:00:00",
                             Dateline(f"Geneva {IMG}", "Switzerland")),
                      actors=[envoy, org], events=[meeting],
                      disputes=[Dispute("dispute:hostile", f"topic {SCRIPT}", [envoy.id, org.id], "ongoing")],
                      quotes=[Quote(SAID, start, start + len(SAID), speaker=envoy.id, event=meeting.id)])


@pytest.fixture
def hostile_client(client, web_store):
    minter = Minter(BASE)
    extraction = hostile()
    web_store.put_article(str(minter.graph("hostile-article")), extraction_to_triples(extraction, minter))
    client.application.extensions["dkb"].changed()
    return client


def crawl(client, start: list[str], limit: int = 300) -> dict[str, str]:
    """Every page of this site reachable from `start` by links: {path: HTML}."""
    pages, todo = {}, list(start)
    while todo and len(pages) < limit:
        path = todo.pop()
        if path in pages:
            continue
        response = client.get(path, headers={"Accept": "text/html"})
        assert response.status_code < 500, (path, response.status_code)
        if response.status_code != 200 or response.mimetype != "text/html":   # e.g. VoID has no HTML: 406
            continue
        pages[path] = html = response.get_data(as_text=True)
        for href in re.findall(r'href="([^"#]+)"', html):
            link = urlsplit(href.replace("&amp;", "&"))
            if not link.netloc and link.path.startswith("/") and not link.path.startswith(("/static", "/export")):
                todo.append(link.path + (f"?{link.query}" if link.query else ""))
    return pages


ENTITY_PAGES = ["/article/hostile-article", "/person/hostile-envoy", "/org/hostile-org",
                "/dispute/hostile", "/country/CHE"]


def test_every_page_escapes_article_text(hostile_client):
    actor, dispute = BASE + "person/hostile-envoy", BASE + "dispute/hostile"
    views = ["/", "/?q=envoy", *ENTITY_PAGES,
             f"/timelines/actor_events?{urlencode({'actor': actor})}",
             f"/timelines/quotes_by_speaker?{urlencode({'speaker': actor})}",
             f"/timelines/dispute_history?{urlencode({'dispute': dispute})}",
             "/sparql?" + urlencode({"query": "SELECT ?s ?label WHERE { ?s rdfs:label ?label }"})]
    pages = crawl(hostile_client, views)
    event_pages = [p for p in pages if p.startswith("/event/") and "/article/hostile-article" in pages[p]]
    assert event_pages, "the hostile event's page was not reached"
    for path, html in pages.items():
        for raw in RAW:
            assert raw not in html, (path, raw)
    # the payload really is on these pages, shown as text
    for path in [*ENTITY_PAGES[:4], *event_pages, *views[-4:]]:
        assert any(escaped in pages[path] for escaped in ESCAPED), path


@pytest.mark.parametrize("path", [*[p + ".json" for p in ENTITY_PAGES], "/timeline.json", "/api/facets.json",
                                  f"/timelines/actor_events.json?{urlencode({'actor': BASE + 'person/hostile-envoy'})}"])
def test_json_twins_carry_the_text_unchanged_as_json(hostile_client, path):
    response = hostile_client.get(path)
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    text = json.dumps(response.get_json(), ensure_ascii=False)
    assert SCRIPT in text or IMG.replace('"', '\\"') in text, path   # data is kept, not mangled


# -- headers -----------------------------------------------------------------------------------
HEADER_PATHS = ["/", "/timeline.json", "/event/0000000000000000", "/article/script-test", "/article/script-test.json",
                "/timelines", "/sparql", "/sparql?query=ASK%20%7B%7D", "/void", "/data", "/ingest",
                "/static/dkb.js", "/id/country/RUS", "/nothing/here"]


@pytest.mark.parametrize("path", HEADER_PATHS)
def test_every_answer_has_security_headers(client, path):
    response = client.get(path, headers={"Accept": "text/html"})
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "same-origin"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    if response.mimetype == "text/html":
        assert "script-src 'self'" in csp and "object-src 'none'" in csp


def test_templates_hold_no_inline_script_style_or_handler():
    from pathlib import Path

    for template in (Path(__file__).parents[1] / "web" / "templates").glob("*.html"):
        html = template.read_text(encoding="utf-8")
        scripts = re.findall(r"<script\b([^>]*)>", html)
        assert all("src=" in attrs or 'type="application/json"' in attrs for attrs in scripts), template.name
        assert not re.search(r"\son[a-z]+\s*=", html) and "style=" not in html and "<style" not in html, template.name


def test_the_server_header_names_no_versions(app):
    from web import make_server

    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/timeline.json", timeout=30) as r:
            assert r.headers["Server"] == "DKB"
    finally:
        server.shutdown()
        thread.join(5)


# -- writes from this site only ----------------------------------------------------------------
def csrf(client) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/ingest").get_data(as_text=True)).group(1)


CROSS_SITE = [{"Origin": "https://evil.example"}, {"Referer": "https://evil.example/form"},
              {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}]


@pytest.mark.parametrize("headers", CROSS_SITE)
def test_cross_site_posts_are_refused_even_with_the_token(client, web_store, headers):
    before = web_store.article_graphs()
    api = client.post("/api/articles", json={"text": "x"}, headers={**AUTH, **headers})
    form = client.post("/ingest", data={"token": TOKEN, "csrf_token": csrf(client), "text": "x"},
                       headers={"Accept": "text/html", **headers})
    for response in (api, form):
        assert response.status_code == 403 and "cross-site" in response.get_data(as_text=True)
    assert web_store.article_graphs() == before


def test_same_site_posts_pass_the_checks(client):
    """With the right headers and tokens the request reaches the ingest (which finds nothing to do)."""
    same = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
    api = client.post("/api/articles", data={}, headers={**AUTH, **same})
    form = client.post("/ingest", data={"token": TOKEN, "csrf_token": csrf(client)},
                       headers={"Accept": "application/json", **same})
    for response in (api, form):
        assert response.status_code == 400 and "nothing to ingest" in response.get_json()["error"]


@pytest.mark.parametrize("token", [None, "", "123.abc", "nonsense", "expired"])
def test_the_upload_form_needs_its_csrf_token(client, monkeypatch, token):
    if token == "expired":
        token = csrf(client)
        later = time.time() + 5 * 3600
        monkeypatch.setattr("web.auth.time.time", lambda: later)
    data = {"token": TOKEN, **({"csrf_token": token} if token is not None else {})}
    response = client.post("/ingest", data=data, headers={"Accept": "application/json"})
    assert response.status_code == 403
    assert "CSRF" in response.get_json()["error"] or "expired" in response.get_json()["error"]


def test_a_csrf_token_from_another_server_is_refused(client, web_settings, web_store):
    from web import create_app

    other = create_app({**web_settings, "STORE": web_store}).test_client()
    response = client.post("/ingest", data={"token": TOKEN, "csrf_token": csrf(other)},
                           headers={"Accept": "application/json"})
    assert response.status_code == 403 and "CSRF" in response.get_json()["error"]
