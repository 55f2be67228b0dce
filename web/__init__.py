"""The DKB web front end: an app factory and one blueprint per feature."""
from __future__ import annotations

import logging
import secrets
import signal
import sys
import threading

from flask import Flask, current_app, request

from kb.settings import SETTINGS, load_settings
from kb.store import open_store

SETTING_NAMES = {name for name, _, _ in SETTINGS}


class Backend:
    """The app's store (opened on first use, shared by all threads) and its small caches."""

    def __init__(self, settings: dict, store=None):
        self.settings = settings
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()
        self._queries = None
        self.cache: dict[str, object] = {}

    @property
    def store(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(str(self.settings["store"]), self.settings)
        return self._store

    @property
    def queries(self):
        """What runs the SPARQL endpoint's queries under its time limit (kb.store.query_pool)."""
        if self._queries is None:
            store = self.store
            with self._lock:
                if self._queries is None:
                    from kb.store.query_pool import query_runner
                    self._queries = query_runner(store, self.settings)
        return self._queries

    def changed(self) -> None:
        """Forget cached answers after a write."""
        from kb.eventindex import invalidate

        self.cache.clear()
        if self._store is not None:
            invalidate(self._store)
        if self._queries is not None:
            self._queries.changed()

    def close(self) -> None:
        if self._queries is not None:
            self._queries.close()
            self._queries = None
        if self._owned and self._store is not None:
            self._store.close()
            self._store = None


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: settings from kb.settings, overridden by `test_config`.

    `test_config` may hold setting names (lowercase), Flask config keys (uppercase) and `STORE`,
    an already open Store to serve instead of opening the `store` setting.
    """
    config = dict(test_config or {})
    store = config.pop("STORE", None)
    settings = load_settings(**{k: v for k, v in config.items() if k in SETTING_NAMES})
    app = Flask(__name__)
    app.config.update({k: v for k, v in config.items() if k not in SETTING_NAMES})
    app.config["MAX_CONTENT_LENGTH"] = int(settings["max_request_bytes"])
    if not app.config.get("SECRET_KEY"):   # signs the upload form's CSRF token
        app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.extensions["dkb"] = Backend(settings, store)
    _register(app)
    # rdflib's SPARQL grammar finishes building itself on first use and is not thread-safe;
    # parse once here, before any request or warm-up thread can race it.
    from kb.lookup import event_kinds
    event_kinds()
    if not app.testing:
        threading.Thread(target=_warm, args=(app.extensions["dkb"],), daemon=True, name="dkb-warm").start()
    return app


def _warm(backend: Backend) -> None:
    """Build the event index before the first visitor asks for a timeline."""
    from kb.eventindex import index_for

    try:
        index_for(backend.store)
    except Exception:   # the first request will meet (and report) the same problem
        logging.getLogger(__name__).warning("could not prepare the event index", exc_info=True)


def _register(app: Flask) -> None:
    from web import canned, errors, ingest, linked, pages, sparql, timeline
    from web.links import register_template_helpers

    errors.register(app)
    register_template_helpers(app)
    for module in (timeline, canned, sparql, linked, ingest, pages):
        app.register_blueprint(module.bp)
    app.after_request(_headers)


# Scripts and styles only from this server's files: the templates hold no inline script, style or
# event handler (our script positions tooltips through the CSSOM, which CSP does not restrict).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# Data (JSON, RDF, CSV, errors) is never a document that may run or load anything.
DATA_CSP = "default-src 'none'; frame-ancestors 'none'"


def _headers(response):
    """CORS for every answer (reads need no credentials; writes need a bearer token) and a strict CSP."""
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    response.headers.setdefault("Access-Control-Expose-Headers", "Content-Type, Content-Disposition, Vary")
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, Authorization"
        response.headers["Access-Control-Max-Age"] = "86400"
    response.headers.setdefault("Content-Security-Policy", CSP if response.mimetype == "text/html" else DATA_CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    return response


def make_server(app: Flask, host: str, port: int):
    """Werkzeug's threaded server for `app`, with a Server header that names no software versions."""
    from werkzeug.serving import WSGIRequestHandler
    from werkzeug.serving import make_server as werkzeug_server

    class Handler(WSGIRequestHandler):
        def version_string(self) -> str:
            return "DKB"

    return werkzeug_server(host, port, app, threaded=True, request_handler=Handler)


def serve(app: Flask, host: str, port: int) -> None:
    """Serve until interrupted or terminated; then stop the query workers and drop their snapshots."""
    server = make_server(app, host, port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    logging.getLogger(__name__).warning("serving on http://%s:%s/", host, server.server_port)
    try:
        server.serve_forever()
    finally:
        app.extensions["dkb"].close()


def backend() -> Backend:
    return current_app.extensions["dkb"]


def get_store():
    return backend().store


def settings() -> dict:
    return backend().settings
