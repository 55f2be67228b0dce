"""The name table: actors, countries and disputes by name, so a timeline parameter is a table read.

kb.timeline_params finds what "USA" or "Vladimir Putin" stands for with SPARQL over the union
graph, which holds a copy of a busy actor's description in every article graph naming it: the
first lookup of a famous name read all those copies (0.4-1.7 s at 10M triples). The index keeps,
for every subject typed with one of timefacts.NAMED_CLASSES, those classes (table `named`) and
its names (table `name`) as the SPARQL lookups match them:
- 'x' rows: each rdfs:label, dkb:name, dkb:topic or dkb:countryCode that is a plain string (the
  exact lookup joins on the term, so "USA" matches the plain string "USA" only, not "USA"@en);
- 'f' rows: each label, name or topic (of any kind: the fallback compares LCASE(STR(?name)))
  lower-cased.
tests/test_timeindex_names.py checks that both answer the same, before and after writes.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kb.store import timefacts as tf
from kb.store.timeindex.source import key, node
from kb.store.timeindex.statements import names_or_classes

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_CLASSES = " ".join(f"<{c}>" for c in sorted(tf.NAMED_CLASSES))
_NAME_PREDICATES = " ".join(f"<{p}>" for p in sorted(tf.NAME_PREDICATES))
# DISTINCT in the engine: the copies of a busy actor's names never reach Python.
_OF_ONE = (f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ <{tf.RDF_TYPE}> {_NAME_PREDICATES} }} ?s ?p ?o }}")
_ALL_TYPED = f"SELECT DISTINCT ?s ?c WHERE {{ VALUES ?c {{ {_CLASSES} }} ?s a ?c }}"
# Names of typed subjects only, read from the distinct subjects (a join of the two patterns
# would pair every copy of an actor's type with every copy of its name).
_ALL_NAMES = (f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ SELECT DISTINCT ?s WHERE {{ VALUES ?c {{ {_CLASSES} }} "
              f"?s a ?c }} }} VALUES ?p {{ {_NAME_PREDICATES} }} ?s ?p ?o }}")


def name_rows(subject: str, stated: Iterable[tuple[str, object]]) -> set[tuple[str, str, str]]:
    """The rows of table `name` for `subject`, from its (predicate IRI, object term) names."""
    rows = set()
    for predicate, term in stated:
        if isinstance(term, ox.Literal) and term.datatype.value == _XSD_STRING:
            rows.add(("x", term.value, subject))
        if predicate in tf.ANY_CASE_PREDICATES and not isinstance(term, ox.BlankNode):
            rows.add(("f", term.value.lower(), subject))
    return rows


def _insert(db: sqlite3.Connection, classes: dict[str, set[str]], names: set[tuple[str, str, str]]) -> None:
    # OR IGNORE: an update adds the rows of the statements a graph adds, which may be there already
    db.executemany("INSERT OR IGNORE INTO named VALUES (?, ?)", [(s, c) for s, found in classes.items() for c in found])
    db.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)", sorted(names))


def update(inner: ox.Store, db: sqlite3.Connection, subjects: Iterable[str], gone: set[ox.Triple],
           said: set[ox.Triple]) -> None:
    """Bring the rows of `subjects` up to date after one graph's write (statements.py): `said` are
    the graph's shared statements now, `gone` those it held before that left the store.

    A subject's classes and names are the union of every graph's, so while none of them left the
    store, the rows of what the graph says now are added to those indexed; one that left the
    store, or a first class (whose names other graphs may state), makes the subject read back."""
    lost = {key(t.subject) for t in gone if names_or_classes(t)}
    stated: dict[str, list[ox.Triple]] = defaultdict(list)
    for t in said:
        if names_or_classes(t):
            stated[key(t.subject)].append(t)
    for subject in subjects:
        known = {c for (c,) in db.execute("SELECT class FROM named WHERE iri = ?", (subject,))}
        classes = {t.object.value for t in stated[subject] if t.predicate.value == tf.RDF_TYPE}
        if not (known or classes):
            continue        # typed neither before nor now: no rows
        if known and subject not in lost:
            _insert(db, {subject: classes},
                    name_rows(subject, ((t.predicate.value, t.object) for t in stated[subject]
                                        if t.predicate.value != tf.RDF_TYPE)))
        else:
            _reread(inner, db, subject)


def _reread(inner: ox.Store, db: sqlite3.Connection, subject: str) -> None:
    """Recompute the rows of `subject` from every copy of its names in the store."""
    db.execute("DELETE FROM named WHERE iri = ?", (subject,))
    db.execute("DELETE FROM name WHERE iri = ?", (subject,))
    found = inner.query(_OF_ONE, use_default_graph_as_union=True, substitutions={ox.Variable("s"): node(subject)})
    stated = [(row[1].value, row[2]) for row in found]
    classes = {term.value for predicate, term in stated if predicate == tf.RDF_TYPE} & tf.NAMED_CLASSES
    if classes:
        _insert(db, {subject: classes}, name_rows(subject, ((p, t) for p, t in stated if p != tf.RDF_TYPE)))


def load(inner: ox.Store, db: sqlite3.Connection) -> None:
    """Fill both tables from two whole-store scans (part of a rebuild)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in inner.query(_ALL_TYPED, use_default_graph_as_union=True):
        classes[key(row[0])].add(row[1].value)
    stated: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for row in inner.query(_ALL_NAMES, use_default_graph_as_union=True):
        stated[key(row[0])].append((row[1].value, row[2]))
    _insert(db, classes, {r for subject, pairs in stated.items() for r in name_rows(subject, pairs)})


class NameTable:
    """The lookups of kb.timeline_params, answered from the name table of a time index."""

    def __init__(self, index):
        self._index = index

    def typed(self, iri: str, classes: list[str]) -> bool:
        """Whether `iri` is typed with one of `classes`."""
        marks = ", ".join("?" * len(classes))
        return bool(self._index.rows(f"SELECT 1 FROM named WHERE iri = ? AND class IN ({marks}) LIMIT 1",
                                     (iri, *classes)))

    def named(self, texts: list[str], classes: list[str], limit: int, *, any_case: bool = False) -> list[URIRef]:
        """The first `limit` subjects typed with one of `classes` and named one of `texts` (exactly,
        or lower-cased when `any_case`), by IRI."""
        sql = ("SELECT DISTINCT n.iri FROM name n WHERE n.how = ? AND n.text IN (%s) AND EXISTS "
               "(SELECT 1 FROM named c WHERE c.iri = n.iri AND c.class IN (%s)) ORDER BY n.iri LIMIT ?")
        found = self._index.rows(sql % (", ".join("?" * len(texts)), ", ".join("?" * len(classes))),
                                 ("f" if any_case else "x", *texts, *classes, limit))
        # A blank node takes a place within the limit, as in SPARQL (where it sorts first too).
        return [URIRef(iri) for (iri,) in found if not iri.startswith("_:")]
