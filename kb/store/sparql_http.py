"""HTTP for the remote store: Graph Store requests on kept-alive connections, and failures turned into DKB errors."""
from __future__ import annotations

import socket
import threading
import urllib.error

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kb.errors import ConfigError, QueryError, StoreError

# Words in a server's answer that mean "you may not write here" (Virtuoso says SR186 / SQ110).
_UPDATE_REFUSED = ("SR186", "SQ110", "permission", "not allowed", "read-only", "readonly", "forbidden")


class NoGraphStore(Exception):
    """The Graph Store endpoint is missing; the caller falls back to SPARQL Update."""


class GraphStoreClient:
    """Graph Store protocol requests over kept-alive connections, one session per thread.

    Why not urllib: a bulk load sends one request per article graph, thousands of them, from
    several threads. A new connection for each costs a TCP (and TLS) handshake, and urllib's
    Digest handler meets every request with a 401 first, uploading each body twice; a session
    keeps its connection and answers the server's Digest challenge up front after the first.
    """

    def __init__(self, url: str, user: str, password: str, auth: str, timeout: float):
        self.url, self.timeout = url, timeout
        self._auth = None
        if user:  # Basic goes out up front (as SPARQLWrapper does): a Digest-only server says 401
            self._auth = HTTPDigestAuth(user, password) if auth == "digest" else HTTPBasicAuth(user, password)
        self._local = threading.local()

    def send(self, method: str, graph_iri: str, body: bytes | None, headers: dict) -> requests.Response:
        """One request about `graph_iri`; raises NoGraphStore on 404/405/501, requests.HTTPError on other failures."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            session.auth = self._auth
        response = session.request(method, self.url, params={"graph": graph_iri}, data=body,
                                   headers=headers, timeout=self.timeout)
        # 404 on a GET may mean "no such graph" (Virtuoso's answer for an empty one) or "no such
        # endpoint": the caller's SPARQL fallback is right in both cases.
        if response.status_code in (404, 405, 501):
            raise NoGraphStore()
        response.raise_for_status()
        return response


class HttpErrors:
    """Turn HTTP and socket failures into DKB errors that name the endpoint and say what to check."""

    def __init__(self, action: str, endpoint: str, writing: bool):
        self.action, self.endpoint, self.writing = action, endpoint, writing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False  # KeyboardInterrupt and friends pass untouched
        if isinstance(exc, (StoreError, QueryError, ConfigError, NoGraphStore)):
            return False
        error = self._translate(exc)
        if error is exc:
            return False
        raise error from exc

    def _translate(self, exc: BaseException) -> Exception:
        where = f"{self.endpoint}: {self.action}"
        status, detail = _status(exc)
        if status == 401:
            return StoreError(f"{where}: authentication failed (HTTP 401); check sparql_user, "
                              "sparql_password and sparql_auth (Virtuoso's /sparql-auth wants 'digest')")
        if status == 403 or (self.writing and any(k.lower() in detail.lower() for k in _UPDATE_REFUSED)):
            return StoreError(f"{where}: the server refused the write (HTTP {status}); the endpoint "
                              f"is read-only for this user: {detail[:300]}")
        if status == 404:
            return ConfigError(f"{where}: no SPARQL service at this URL (HTTP 404); check the store URL")
        if status == 400:
            return QueryError(f"{where}: the server rejected the SPARQL: {detail[:500]}")
        if status is not None:
            return StoreError(f"{where}: the server failed (HTTP {status}): {detail[:500]}")
        reason = _requests_reason(exc) or getattr(exc, "reason", exc)
        if isinstance(reason, (TimeoutError, socket.timeout)) or isinstance(exc, TimeoutError):
            return StoreError(f"{where}: no answer in time (query_timeout); the server is slow or hung")
        if isinstance(reason, ConnectionRefusedError):
            return StoreError(f"{where}: connection refused; is the SPARQL server running?")
        if isinstance(reason, socket.gaierror):
            return StoreError(f"{where}: unknown host; check the store URL")
        if isinstance(exc, (urllib.error.URLError, OSError, SPARQLWrapperException, requests.RequestException)):
            return StoreError(f"{where}: request failed: {reason}")
        return exc


def _requests_reason(exc: BaseException) -> BaseException | None:
    """The socket-level cause of a requests failure, which requests wraps in layers of its own."""
    if isinstance(exc, requests.Timeout):
        return TimeoutError()
    text = str(exc).lower()
    if isinstance(exc, requests.ConnectionError) and "refused" in text:
        return ConnectionRefusedError()
    if isinstance(exc, requests.ConnectionError) and ("resolve" in text or "name or service" in text):
        return socket.gaierror()
    return None


def _status(exc: BaseException) -> tuple[int | None, str]:
    """HTTP status and server message of a urllib or SPARQLWrapper error."""
    if isinstance(exc, urllib.error.HTTPError):
        try:
            return exc.code, exc.read().decode("utf-8", "replace")
        except OSError:
            return exc.code, str(exc)
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return exc.response.status_code, exc.response.text
    if isinstance(exc, SPARQLWrapperException):
        codes = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
                 "URITooLong": 414, "EndPointInternalError": 500}
        return codes.get(type(exc).__name__), str(exc)
    return None, str(exc)
