"""The Store protocol every backend follows, its query result, and helpers the backends share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol, runtime_checkable

from rdflib import Graph
from rdflib.term import Node

from kb.errors import QueryError, StoreError


@dataclass
class QueryResult:
    """A SPARQL answer: `vars` and `rows` for SELECT, `boolean` for ASK, `graph` for CONSTRUCT/DESCRIBE."""

    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Node]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


@runtime_checkable
class Store(Protocol):
    url: str

    def put_article(self, graph_iri: str, triples: Iterable[tuple]) -> None:
        """Replace the article graph whole, atomically: afterwards it holds exactly `triples`."""

    def remove_article(self, graph_iri: str) -> bool:
        """Drop the article graph; False if it was absent."""

    def has_graph(self, graph_iri: str) -> bool: ...

    def article_graphs(self) -> list[str]: ...

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult: ...

    def export(self, fmt: str, out: BinaryIO) -> int:
        """Stream the store to `out` in `fmt`; return the number of triples or quads written."""

    def count_triples(self) -> int: ...

    def close(self) -> None: ...


@contextmanager
def store_errors(url: str, action: str, *, reading: bool = False) -> Iterator[None]:
    """Turn engine errors into StoreError naming the store URL; bad SPARQL becomes QueryError.

    With `reading`, evaluation errors (an unbindable variable, a failing function) are the
    query's fault too, so they also become QueryError; I/O errors stay StoreError.
    """
    try:
        yield
    except (StoreError, QueryError):
        raise
    except SyntaxError as exc:
        raise QueryError(f"{url}: {action}: invalid SPARQL: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"{url}: {action} failed: {exc}") from exc
    except (RuntimeError, ValueError, TypeError) as exc:
        if reading:
            raise QueryError(f"{url}: {action} failed: {exc}") from exc
        raise StoreError(f"{url}: {action} failed: {exc}") from exc


def materialize(triples: Iterable[tuple], url: str) -> list[tuple]:
    """Read all triples before touching the store, so a failing producer cannot leave half a graph."""
    try:
        rows = list(triples)
    except Exception as exc:  # the producer is caller code: any failure aborts the write
        raise StoreError(f"{url}: reading the triples to write failed: {exc}") from exc
    for row in rows:
        if len(row) != 3:
            raise StoreError(f"{url}: expected (subject, predicate, object) triples, got {row!r}")
    return rows


class CountingIterator:
    """Pass items through while counting them, so streamed exports report their size."""

    def __init__(self, items: Iterable):
        self._items = items
        self.count = 0

    def __iter__(self):
        for item in self._items:
            self.count += 1
            yield item
