"""SPARQL 1.1 query results as JSON, XML, CSV and TSV, written from a kb QueryResult."""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, URIRef
from rdflib.namespace import XSD

SELECT_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
ASK_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml"}
# Friendlier names clients send as Accept or as a `format` parameter.
FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}
SELECT_ALIASES = {"application/json": "application/sparql-results+json",
                  "application/xml": "application/sparql-results+xml", "text/xml": "application/sparql-results+xml"}
XML_NS = "http://www.w3.org/2005/sparql-results#"


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def to_json(vars_: list[str], rows: list[dict] | None = None, boolean: bool | None = None) -> str:
    if boolean is not None:
        return json.dumps({"head": {}, "boolean": boolean})
    bindings = [{k: _json_term(v) for k, v in row.items() if v is not None} for row in rows or []]
    return json.dumps({"head": {"vars": vars_}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD.string:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def to_xml(vars_: list[str], rows: list[dict] | None = None, boolean: bool | None = None) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<sparql xmlns="{XML_NS}">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in vars_] + ["</head>"]
    if boolean is not None:
        out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in rows or []:
            cells = "".join(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>"
                            for k, v in row.items() if v is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out)


def to_csv(vars_: list[str], rows: list[dict]) -> str:
    """SPARQL CSV: plain values, no types (the spec's lossy format)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(vars_)
    for row in rows:
        writer.writerow(["" if row.get(v) is None else
                         (f"_:{row[v]}" if isinstance(row[v], BNode) else str(row[v])) for v in vars_])
    return buffer.getvalue()


def _tsv_term(term) -> str:
    """A term in Turtle syntax on one line: tabs and newlines inside literals are escaped."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for raw, escaped in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = text.replace(raw, escaped)
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype and term.datatype != XSD.string:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def to_tsv(vars_: list[str], rows: list[dict]) -> str:
    """SPARQL TSV: terms in Turtle syntax, so types and languages survive."""
    lines = ["\t".join(f"?{v}" for v in vars_)]
    lines += ["\t".join(_tsv_term(row.get(v)) for v in vars_) for row in rows]
    return "\n".join(lines) + "\n"


def serialize(media_type: str, vars_: list[str], rows=None, boolean=None) -> str:
    kind = SELECT_TYPES[media_type]
    if kind == "json":
        return to_json(vars_, rows, boolean)
    if kind == "xml":
        return to_xml(vars_, rows, boolean)
    return to_csv(vars_, rows or []) if kind == "csv" else to_tsv(vars_, rows or [])
