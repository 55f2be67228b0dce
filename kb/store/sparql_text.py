"""SPARQL text in and out of the remote store: query rewriting that keeps offsets, and XML results."""
from __future__ import annotations

import re
from xml.etree import ElementTree

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kb.errors import QueryError, StoreError
from kb.export import PREFIXES
from kb.store.oxigraph import to_ox

# IRIs, strings and comments: blanked out before looking for keywords in a query.
_OPAQUE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def blank(sparql: str) -> str:
    """Blank out IRIs, strings and comments, keeping every offset."""
    return _OPAQUE.sub(lambda m: " " * len(m.group()), sparql)


def query_form(sparql: str) -> str:
    match = _FORM.search(blank(sparql))
    if not match:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return match.group(1).upper()


_GRAPH_KEYWORD = re.compile(r"(?i)\bGRAPH\b")


def pin_graphs(sparql: str) -> str:
    """Rewrite `GRAPH <iri> {` as `VALUES ?_dkb_gN { <iri> } GRAPH ?_dkb_gN {`.

    Virtuoso 7.2 with a graph-exclude pragma answers `GRAPH <iri>` patterns wrongly (COUNT
    gives 1, SELECT nothing; measured), while the same graph reached through a variable works.
    """
    bare = blank(sparql)
    out, last = [], 0
    for match in _GRAPH_KEYWORD.finditer(bare):
        start = len(sparql) - len(sparql[match.end():].lstrip())  # the blanked IRI reads as spaces
        if not sparql.startswith("<", start):
            continue
        end = sparql.index(">", start) + 1
        name = f"?_dkb_g{len(out)}"
        out.append(f"{sparql[last:match.start()]}VALUES {name} {{ {sparql[start:end]} }} GRAPH {name}")
        last = end
    return "".join(out) + sparql[last:]


def with_prefixes(sparql: str) -> str:
    """Declare DKB's usual prefixes the query leaves out, as the embedded store does."""
    bare = blank(sparql)
    missing = [p for p in PREFIXES if not re.search(rf"(?i)\bPREFIX\s+{p}\s*:", bare)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + sparql


def bind(sparql: str, bindings: dict[str, Node] | None) -> str:
    """Join `bindings` as a VALUES block opening the WHERE group.

    Not a trailing VALUES clause: Virtuoso applies that after projection and fails on any
    variable the SELECT list leaves out.
    """
    if not bindings:
        return sparql
    bare = blank(sparql)
    form = _FORM.search(bare)
    where = re.search(r"(?i)\bWHERE\b", bare[form.end():]) if form else None
    start = form.end() + (where.start() if where else 0) if form else 0
    brace = bare.find("{", start)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(to_ox(v)) for v in bindings.values())
    return f"{sparql[:brace + 1]} VALUES ({names}) {{ ({terms}) }} {sparql[brace + 1:]}"


_RESULTS = "{http://www.w3.org/2005/sparql-results#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_results(body: bytes) -> tuple[list[str], list[dict[str, Node]], bool | None]:
    """Read SPARQL XML results into variable names, rows of rdflib terms and the ASK answer."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise StoreError(f"the server did not answer with SPARQL results (is this a SPARQL "
                         f"endpoint?): {body[:200]!r}") from exc
    names = [v.get("name") for v in root.iter(_RESULTS + "variable")]
    boolean = root.find(_RESULTS + "boolean")
    rows = [{b.get("name"): _term(b[0]) for b in result} for result in root.iter(_RESULTS + "result")]
    return names, rows, None if boolean is None else boolean.text.strip() == "true"


def _term(element) -> Node:
    kind, text = element.tag[len(_RESULTS):], element.text or ""
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    datatype = element.get("datatype")
    if element.get(_XML_LANG):
        return Literal(text, lang=element.get(_XML_LANG))
    if datatype and datatype != _XSD_STRING:
        return Literal(text, datatype=URIRef(datatype))
    return Literal(text)


def escape(text: str) -> str:
    """Escape text for a SPARQL string literal."""
    return text.replace("\\", "\\\\").replace('"', '\\"')
