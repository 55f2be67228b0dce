"""SPARQL Update sent by a client (the web endpoint, with the update token) applied to the store."""
from __future__ import annotations

from kb.errors import StoreError
from kb.store.base import store_errors


def run_update(store, sparql: str) -> None:
    """Apply `sparql` (checked by the caller: no LOAD, no SERVICE) to the embedded store.

    It runs in the writing process and is not stopped at query_timeout: only holders of the
    update token can send one. A remote store takes updates at its own endpoint, with its own
    credentials, so DKB does not relay them.
    """
    dataset = getattr(store, "dataset", None)   # the embedded store's rdflib face
    if dataset is None:
        raise StoreError("SPARQL Update through DKB needs the embedded store; send updates to the "
                         "remote SPARQL server itself", code="E412", status=501)
    # An update may touch any graph, so the time index (kept by article writes) is rebuilt after it;
    # marked incomplete first, so a crash in between makes the next open rebuild it.
    index = getattr(store, "timeindex", None)
    if index is not None:
        index.begin_bulk()
    try:
        with store_errors(store.url, "SPARQL Update", reading=True):
            dataset.update(sparql)
    finally:
        if index is not None:
            index.rebuild()
