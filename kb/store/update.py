"""SPARQL Update sent by a client (the web endpoint, with the update token) applied to the store."""
from __future__ import annotations

from kb.errors import StoreError


def run_update(store, sparql: str) -> None:
    """Apply `sparql` (checked by the caller: no LOAD, no SERVICE) to the embedded store.

    It runs in the writing process and is not stopped at query_timeout: only holders of the
    update token can send one. A remote store takes updates at its own endpoint, with its own
    credentials, so DKB does not relay them.
    """
    update = getattr(store, "update", None)    # the embedded store's native update
    if update is None:
        raise StoreError("SPARQL Update through DKB needs the embedded store; send updates to the "
                         "remote SPARQL server itself", code="E412", status=501)
    update(sparql)
