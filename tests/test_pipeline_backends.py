"""The pipeline writes the same knowledge base whatever the store: memory, disk or Virtuoso."""
from __future__ import annotations

from kb import pipeline
from kb.settings import load_settings


def graph_quads(store, graph: str) -> set[tuple]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return {(r["s"], r["p"], r["o"]) for r in rows}


def test_sample_ingest_gives_the_same_article_graphs_on_every_backend(backend_store, sample_store, sample_dir):
    settings = load_settings(environ={})
    report = pipeline.ingest_paths(backend_store, [sample_dir], settings)
    assert not report.failed and not report.unchanged
    assert len(report.stored) == len(sample_store.ingest_report.stored) == 17
    graphs = sample_store.article_graphs()
    assert backend_store.article_graphs() == graphs
    for graph in graphs:
        assert graph_quads(backend_store, graph) == graph_quads(sample_store, graph), graph
    # a second run finds every article unchanged and writes nothing
    again = pipeline.ingest_paths(backend_store, [sample_dir], settings)
    assert len(again.outcomes) == 17 and all(o.unchanged for o in again.outcomes)
    # removing one article leaves exactly the others
    gone = graphs[0]
    assert backend_store.remove_article(gone)
    assert backend_store.article_graphs() == graphs[1:]
    assert graph_quads(backend_store, graphs[1]) == graph_quads(sample_store, graphs[1])
