"""What one article graph holds, read for the index before and after its write: its subjects by
role, and its statements about subjects that many graphs share.

An actor's country, class and names are repeated in every article graph naming it: reading them
back from the whole store after a write costs what the busiest actor costs (thousands of copies),
not what the article costs. So the dirty mark keeps the graph's own shared statements as they were
before the write; after it, a statement the graph no longer holds is looked up once in the store
(the first copy answers), and only a statement gone from the whole store makes the refresh read
its subject back in full (kb.store.timeindex.refresh, .names).
"""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kb.store import timefacts as tf
from kb.store.timeindex.source import key


def names_or_classes(triple: ox.Triple) -> bool:
    """Whether `triple` gives a name or one of timefacts.NAMED_CLASSES (the name table's statements)."""
    p = triple.predicate.value
    return p in tf.NAME_PREDICATES or (p == tf.RDF_TYPE and triple.object.value in tf.NAMED_CLASSES)


def is_shared(triple: ox.Triple) -> bool:
    """Whether the index keeps `triple` in a dirty mark: a country, a name, or a named class."""
    return triple.predicate.value == tf.COUNTRY or names_or_classes(triple)


def read_graph(inner: ox.Store, graph: str) -> tuple[dict[str, set[str]], set[ox.Triple]]:
    """The graph's subjects by role (timefacts.roles_in_graph) and its shared statements."""
    triples = [q.triple for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    roles = tf.roles_in_graph((key(t.subject), t.predicate.value, key(t.object)) for t in triples)
    return roles, {t for t in triples if is_shared(t)}


def encode(triples: Iterable[ox.Triple]) -> str:
    """N-Triples text, which keeps every term exactly (a literal's language or datatype, a blank node's id)."""
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES).decode()


def decode(text: str) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES)} if text else set()


def gone(inner: ox.Store, before: set[ox.Triple], after: set[ox.Triple]) -> set[ox.Triple]:
    """The statements of `before` that the graph no longer holds and no other graph holds either."""
    return {t for t in before - after
            if next(iter(inner.quads_for_pattern(t.subject, t.predicate, t.object, None)), None) is None}
