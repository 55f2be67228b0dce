"""Open a store by URL: 'oxigraph:PATH' (embedded, on disk), 'memory:' or 'sparql:ENDPOINT'."""
from __future__ import annotations

from kb.errors import ConfigError
from kb.store.base import QueryResult, Store

__all__ = ["QueryResult", "Store", "open_store"]


def open_store(url: str, settings: dict | None = None, *, read_only: bool = False) -> Store:
    """Open the store `url` names; `read_only` opens an on-disk Oxigraph store without its write lock."""
    scheme, _, rest = url.partition(":")
    if scheme == "memory" and not rest:
        from kb.store.oxigraph import OxigraphStore
        return OxigraphStore(url, None)
    if scheme == "oxigraph" and rest:
        from kb.store.oxigraph import OxigraphStore
        return OxigraphStore(url, rest, read_only=read_only)
    if scheme == "sparql" and rest:
        # Imported lazily: the remote backend pulls in SPARQLWrapper, which embedded use never needs.
        from kb.store.sparql import SparqlStore
        return SparqlStore(url, settings or {})
    raise ConfigError(f"unknown store URL {url!r}: use 'oxigraph:PATH', 'memory:' or 'sparql:http://host/sparql'")
