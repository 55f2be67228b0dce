"""What the time index reads from the embedded store: terms as the index keys them, and the facts
of one subject."""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kb.store import timefacts as tf

LABEL = ox.NamedNode(tf.LABEL)
RDF_TYPE = ox.NamedNode(tf.RDF_TYPE)
COUNTRY_CLASS = ox.NamedNode(tf.COUNTRY_CLASS)
STATUS_REPORT = ox.NamedNode(tf.STATUS_REPORT)


def key(term) -> str:
    """A term as the index stores it: an IRI or a literal's text, a blank node with its `_:`
    (so `node` can turn it back into the same term)."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def node(text: str):
    """The term `key` made `text` from: a blank node's id is what follows its `_:`."""
    return ox.BlankNode(text[2:]) if text.startswith("_:") else ox.NamedNode(text)


def facts(inner: ox.Store, subject: str) -> tf.Facts:
    out: tf.Facts = defaultdict(set)
    for q in inner.quads_for_pattern(node(subject), None, None, None):
        out[q.predicate.value].add(key(q.object))
    return out


def objects(inner: ox.Store, subject: str, predicate: str) -> set[str]:
    return {key(q.object) for q in inner.quads_for_pattern(node(subject), ox.NamedNode(predicate), None, None)}


def first_label(inner: ox.Store, iri: str) -> str | None:
    """The first rdfs:label in the store's order, as OxigraphStore.labels reads it."""
    for q in inner.quads_for_pattern(node(iri), LABEL, None, None):
        return key(q.object)
    return None
