"""Copy every article graph from one store to another (e.g. embedded Oxigraph -> Virtuoso) and check the copy."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kb.errors import StoreError
from kb.store.base import Store

# The graph IRI is written into the text (checked by pyoxigraph) rather than bound: the embedded
# store ignores a binding for a variable an aggregate query does not project.
_GRAPH = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"


@dataclass
class MigrationReport:
    graphs: int          # article graphs copied
    triples_src: int     # statements read from the source, summed over the graphs
    triples_dst: int     # statements the destination holds in those graphs afterwards


def migrate(src: Store, dst: Store) -> MigrationReport:
    """Copy each article graph of `src` into `dst` (replacing graphs of the same name) and verify the counts.

    Graphs are copied one at a time, each replaced atomically, so a failure part way leaves
    `dst` with whole graphs only; running the migration again finishes it. A graph whose
    count differs after the copy raises StoreError naming it.
    """
    graphs = src.article_graphs()
    read = written = 0
    for name in graphs:
        graph = str(ox.NamedNode(name))
        triples = list(src.query(_GRAPH.format(g=graph)).graph or ())
        dst.put_article(name, triples)
        copied = _count(dst, graph)
        if copied != len(triples):
            raise StoreError(f"{dst.url}: graph <{name}> holds {copied} triples after the copy, "
                             f"{src.url} has {len(triples)}")
        read += len(triples)
        written += copied
    return MigrationReport(graphs=len(graphs), triples_src=read, triples_dst=written)


def _count(store: Store, graph: str) -> int:
    rows = store.query(_COUNT.format(g=graph)).rows
    return int(rows[0]["n"]) if rows else 0
