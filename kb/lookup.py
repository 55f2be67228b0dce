"""Small reads over the union graph shared by the pages, the timeline window and the event index.

Values from users never reach query text as text: they are validated into RDF terms first and
enter a query only through `_values`, which writes them as escaped N-Triples terms in a VALUES
block at the top of the WHERE clause (so FILTERs further down see them, on every backend).
The union graph is a bag (a triple stated by n articles is there n times): every query here
either starts from one bound term or ends in DISTINCT, so duplicates cost time, never rows.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kb.errors import NotFound, QueryError
from kb.export import DKB, PREFIXES
from kb.resources import ontology_file

RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = PREFIXES["rdfs"] + "label"
SAME_AS = PREFIXES["owl"] + "sameAs"
PREFIX_HEADER = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
# kb.rdf writes dkb:participant for agents and recipients too, so one property finds them all.
PART = "dkb:participant"
_SAFE_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
ACTOR_CLASSES = ("Person", "Organization", "Group", "Country")
EVENT_LIMIT = 500


def dkb(local: str) -> str:
    return DKB + local


def local_name(iri: str) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def kind_label(local: str) -> str:
    """The ontology's label of an event class, capitalized; else its local name in words."""
    label = event_kinds().get(local, {}).get("label")
    return label[:1].upper() + label[1:] if label else _words(local)


def _words(local: str) -> str:
    words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", local)
    return " ".join([words[0]] + [w.lower() for w in words[1:]]) if words else local


@lru_cache(maxsize=1)
def event_kinds() -> dict[str, dict]:
    """Event classes of the ontology by local name, with label, definition, CAMEO and PLOVER codes."""
    path = ontology_file()
    if not path.exists():
        return {}
    graph = Graph().parse(path, format="turtle")
    rows = graph.query(PREFIX_HEADER + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                       "SELECT ?c (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?def) (SAMPLE(?k) AS ?cameo) "
                       "(SAMPLE(?v) AS ?plover) WHERE { ?c rdfs:subClassOf+ dkb:Event . "
                       "OPTIONAL { ?c rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), 'en') || LANG(?l) = '') } "
                       "OPTIONAL { ?c skos:definition|rdfs:comment ?d } OPTIONAL { ?c dkb:cameoCode ?k } "
                       "OPTIONAL { ?c dkb:ploverCategory ?v } } GROUP BY ?c")
    return {local_name(r.c): {"name": local_name(r.c), "label": str(r.label or _words(local_name(r.c))),
                              "definition": py(r["def"]), "cameo": py(r.cameo), "plover": py(r.plover)}
            for r in rows if str(r.c).startswith(DKB)}


# -- running queries ------------------------------------------------------------------------------
def iri_term(value: str) -> URIRef:
    """Validate an IRI given by a user; QueryError when it could break out of a query."""
    if not isinstance(value, str) or not _SAFE_IRI.match(value):
        raise QueryError(f"not a valid IRI: {value!r}", code="E401")
    return URIRef(value)


def _values(terms: dict[str, Node]) -> str:
    if not terms:
        return ""
    names = " ".join(f"?{name}" for name in terms)
    row = " ".join(term.n3() for term in terms.values())
    return f"VALUES ({names}) {{ ({row}) }}\n"


def values_list(var: str, terms: list[Node]) -> str:
    """A VALUES clause binding ?var to each of `terms` in turn."""
    return f"VALUES ?{var} {{ {' '.join(t.n3() for t in terms)} }}\n"


def select(store, body: str, terms: dict[str, Node] | None = None) -> list[dict[str, Node]]:
    """Run a SELECT whose body has `#VALUES` where the bound terms go; return its rows."""
    return store.query(PREFIX_HEADER + body.replace("#VALUES", _values(terms or {}))).rows


def facts(store, subjects: list[str]) -> dict[str, dict[str, list[Node]]]:
    """Every (predicate -> objects) of each subject, objects de-duplicated in store order."""
    out: dict[str, dict[str, list[Node]]] = {str(s): defaultdict(list) for s in subjects}
    if not subjects:
        return out
    body = "SELECT DISTINCT ?s ?p ?o WHERE { " + values_list("s", [URIRef(s) for s in subjects]) + \
        "?s ?p ?o }"
    for row in store.query(PREFIX_HEADER + body).rows:
        out[str(row["s"])][str(row["p"])].append(row["o"])
    return out


SAMPLE_GRAPHS = 24


def entity_facts(store, iri: str) -> dict[str, list[Node]]:
    """The facts of an actor, country or dispute as stated in (at most) SAMPLE_GRAPHS article graphs.

    Each article graph repeats what it says about the entities it names; a country named in 40,000
    articles would cost 40,000 copies of every fact, so the page reads a sample of graphs instead.
    The RDF documents (`describe`) still read everything."""
    term = iri_term(iri)
    graphs = [r["g"] for r in store.query(PREFIX_HEADER + "SELECT DISTINCT ?g WHERE { " + _values({"s": term})
                                          + "GRAPH ?g { ?s a ?t } } LIMIT " + str(SAMPLE_GRAPHS)).rows]
    if not graphs:
        return facts(store, [iri])[iri]
    out: dict[str, list[Node]] = defaultdict(list)
    rows = store.query(PREFIX_HEADER + "SELECT DISTINCT ?p ?o WHERE { " + _values({"s": term})
                       + values_list("g", graphs) + "GRAPH ?g { ?s ?p ?o } }").rows
    for row in rows:
        out[str(row["p"])].append(row["o"])
    return out


def first(props: dict[str, list[Node]], local: str, default=None):
    values = props.get(dkb(local)) or (props.get(LABEL) if local == "label" else None)
    return py(sorted(values, key=str)[0]) if values else default


def py(node: Node | None):
    """A term as JSON: IRIs and strings as text, numbers as numbers."""
    if node is None:
        return None
    if isinstance(node, Literal):
        value = node.toPython()
        if isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, Decimal):
            return float(value)
    return str(node)


def name_of(props: dict[str, list[Node]]) -> str | None:
    for key in (dkb("name"), LABEL, dkb("headline"), dkb("topic")):
        if props.get(key):
            return str(sorted(props[key], key=str)[0])
    return None


def classes(props: dict[str, list[Node]]) -> list[str]:
    return sorted(local_name(t) for t in props.get(RDF_TYPE, []) if str(t).startswith(DKB))


def labels(store, iris: list[str]) -> dict[str, str]:
    """A display name for each IRI (name, topic, headline, else rdfs:label), else its last segment.

    The engine keeps one name per IRI (MIN), so an actor named in a thousand article graphs costs
    a scan of its name triples but only one row back."""
    out: dict[str, str] = {}
    wanted = sorted(set(iris))
    for path in ("dkb:name|dkb:topic|dkb:headline", "rdfs:label"):
        missing = [i for i in wanted if i not in out]
        for chunk in range(0, len(missing), 500):
            part = [URIRef(i) for i in missing[chunk:chunk + 500]]
            rows = store.query(PREFIX_HEADER + "SELECT ?s (MIN(STR(?n)) AS ?name) WHERE { " + values_list("s", part)
                               + f"?s {path} ?n }} GROUP BY ?s").rows
            out.update({str(r["s"]): str(r["name"]) for r in rows if r.get("name") is not None})
    return {i: out.get(i) or local_name(i) for i in wanted}


# -- dates ----------------------------------------------------------------------------------------
def date_span(value: str | None, end: str | None = None) -> tuple[str, str] | None:
    """First day and the day after the last day of a date of any precision: '2008-04' -> April."""
    if not value:
        return None
    try:
        lo = first_day(value)
        hi = day_after(end or value)
    except ValueError:
        return None
    return lo.isoformat(), max(hi, lo + timedelta(days=1)).isoformat()


def first_day(value: str) -> date:
    """The first day of a date of any precision: '2008' -> 2008-01-01; ValueError when malformed."""
    parts = [int(p) for p in value[:10].split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def day_after(value: str) -> date:
    """The day after the last day of a date of any precision: '2008-12' -> 2009-01-01."""
    parts = value[:10].split("-")
    if len(parts) == 1:
        return date(int(parts[0]) + 1, 1, 1)
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return date(y + m // 12, m % 12 + 1, 1)
    return first_day(value) + timedelta(days=1)


def precision_of(value: str | None, stated: str | None = None) -> str | None:
    if stated:
        return {"DayPrecision": "day", "MonthPrecision": "month", "YearPrecision": "year"}.get(
            local_name(stated), local_name(stated).lower())
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")



# -- any resource ---------------------------------------------------------------------------------
INCOMING_LIMIT = 500


def exists(store, iri: str) -> bool:
    """Whether the store says anything about `iri` (or holds it as a named graph)."""
    term = iri_term(iri)
    return bool(store.query(PREFIX_HEADER + "ASK { " + _values({"x": term})
                            + "{ ?x ?p ?o } UNION { GRAPH ?x { ?s ?p ?o } } }").boolean)


def describe(store, iri: str) -> Graph:
    """The triples about `iri` and (at most INCOMING_LIMIT) pointing at it; NotFound when none."""
    term = {"x": iri_term(iri)}
    graph = Graph()
    for row in select(store, "SELECT DISTINCT ?p ?o WHERE { #VALUES ?x ?p ?o }", term):
        graph.add((term["x"], row["p"], row["o"]))
    if not len(graph):
        raise NotFound(f"nothing is known about {iri}")
    rows = select(store, "SELECT DISTINCT ?s ?p WHERE { #VALUES ?s ?p ?x } LIMIT " + str(INCOMING_LIMIT), term)
    for row in rows:
        graph.add((row["s"], row["p"], term["x"]))
    return graph


def graph_contents(store, graph_iri: str) -> Graph:
    """Every triple of one article's named graph."""
    term = {"g": iri_term(graph_iri)}
    graph = Graph(identifier=term["g"])
    for row in select(store, "SELECT ?s ?p ?o WHERE { #VALUES GRAPH ?g { ?s ?p ?o } }", term):
        graph.add((row["s"], row["p"], row["o"]))
    if not len(graph):
        raise NotFound(f"no article graph {graph_iri}")
    return graph


