"""The one error handler: every failure becomes an HTML page or {"ok": false, "error", "status"}."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kb.errors import DkbError

log = logging.getLogger(__name__)
MACHINE_PREFIXES = ("/api/", "/sparql", "/export", "/id/")


def wants_json() -> bool:
    """JSON for .json URLs, APIs and clients that prefer something other than HTML."""
    path = request.path
    if path.endswith(".json") or path.startswith("/api/"):
        return True
    if path.endswith((".ttl", ".jsonld", ".nt", ".rdf", ".csv", ".tsv")):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    if not request.headers.get("Accept"):
        return path.startswith(MACHINE_PREFIXES)
    return best != "text/html"


def error_response(status: int, message: str, code: str | None = None):
    message = _public(message)
    if wants_json():
        body = {"ok": False, "error": message, "status": status}
        if code:
            body["code"] = code
        return jsonify(body), status
    return render_template("error.html", status=status, message=message, code=code), status


def _public(message: str) -> str:
    """Store errors name the store by its URL; clients need not learn its folder or internal host."""
    url = str(current_app.extensions["dkb"].settings["store"])
    scheme, _, where = url.partition(":")
    hidden = [url, where] + ([str(Path(where).resolve())] if scheme == "oxigraph" and where else [])
    for text in sorted(filter(None, hidden), key=len, reverse=True):   # with any file named inside it
        message = re.sub(re.escape(text) + r"[^\s:,;]*", "the store", message)
    return message


def register(app: Flask) -> None:
    @app.errorhandler(DkbError)
    def dkb_error(exc: DkbError):
        return error_response(exc.status, exc.message, exc.code)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return error_response(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unhandled error on %s", request.path)
        return error_response(500, "internal error: the server could not answer this request", "E000")
