"""HTTP failures of the remote store, turned into DKB errors that name the endpoint and say what to check."""
from __future__ import annotations

import socket
import urllib.error

from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kb.errors import ConfigError, QueryError, StoreError

# Words in a server's answer that mean "you may not write here" (Virtuoso says SR186 / SQ110).
_UPDATE_REFUSED = ("SR186", "SQ110", "permission", "not allowed", "read-only", "readonly", "forbidden")


class NoGraphStore(Exception):
    """The Graph Store endpoint is missing; the caller falls back to SPARQL Update."""


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
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (TimeoutError, socket.timeout)) or isinstance(exc, TimeoutError):
            return StoreError(f"{where}: no answer in time (query_timeout); the server is slow or hung")
        if isinstance(reason, ConnectionRefusedError):
            return StoreError(f"{where}: connection refused; is the SPARQL server running?")
        if isinstance(reason, socket.gaierror):
            return StoreError(f"{where}: unknown host; check the store URL")
        if isinstance(exc, (urllib.error.URLError, OSError, SPARQLWrapperException)):
            return StoreError(f"{where}: request failed: {reason}")
        return exc


def _status(exc: BaseException) -> tuple[int | None, str]:
    """HTTP status and server message of a urllib or SPARQLWrapper error."""
    if isinstance(exc, urllib.error.HTTPError):
        try:
            return exc.code, exc.read().decode("utf-8", "replace")
        except OSError:
            return exc.code, str(exc)
    if isinstance(exc, SPARQLWrapperException):
        codes = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
                 "URITooLong": 414, "EndPointInternalError": 500}
        return codes.get(type(exc).__name__), str(exc)
    return None, str(exc)
