"""Timeline parameters: user text checked by type and turned into RDF terms, never into query text."""
from __future__ import annotations

import calendar
import re
from datetime import date

from rdflib import Literal, URIRef, XSD
from rdflib.term import Node

from kb.errors import InputError
from kb.store.base import Store
from kb.store.oxigraph import to_ox
from kb.vocab import DKB, EVENT_CLASSES

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_END_PARAMS = ("to", "until", "end")
MAX_TEXT = 500
MAX_MATCHES = 20
_ACTOR_CLASSES = (DKB.Actor, DKB.Person, DKB.Country, DKB.Organization, DKB.Group)
_CLASSES = {"actor": _ACTOR_CLASSES, "country": (DKB.Country,), "dispute": (DKB.Dispute,)}

# Fixed lookups; the VALUES rows are filled with terms serialized by pyoxigraph. The embedded
# store answers the same from its time index (kb.store.timeindex.names): change both together.
_PREFIXES = ("PREFIX dkb: <https://w3id.org/dkb/ontology#>\n"
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
# Every article graph repeats the actors it mentions and the union graph is a bag, so a popular
# actor's type and name come thousands of times: ASK and FILTER EXISTS stop at the first copy.
_BY_IRI = _PREFIXES + "ASK { VALUES ?x { %s } VALUES ?cls { %s } ?x a ?cls }"
# The class check is a join on the distinct candidates, not FILTER EXISTS: Virtuoso 7.2 took
# 42-50 s over the EXISTS for a person named in thousands of article graphs, 0.1 s over the join.
_BY_NAME = _PREFIXES + """SELECT DISTINCT ?x WHERE {
  { SELECT DISTINCT ?x WHERE { VALUES ?name { %s } ?x rdfs:label|dkb:name|dkb:topic|dkb:countryCode ?name } }
  VALUES ?cls { %s } ?x a ?cls .
} ORDER BY ?x LIMIT %d"""
# Case-insensitive fallback: scans every label, so it only runs when the exact names miss.
_BY_NAME_CI = _PREFIXES + """SELECT DISTINCT ?x WHERE {
  { SELECT DISTINCT ?x WHERE {
      VALUES ?needle { %s } ?x rdfs:label|dkb:name|dkb:topic ?name . FILTER(LCASE(STR(?name)) = ?needle) } }
  VALUES ?cls { %s } ?x a ?cls .
} ORDER BY ?x LIMIT %d"""


def resolve_param(store: Store, name: str, type_: str, text: str, *, use_index: bool = True) -> list[Node]:
    """The terms `text` stands for as a parameter of type `type_`; InputError when it stands for none.

    `use_index` as in resolve_entity."""
    if len(text) > MAX_TEXT:
        raise InputError(f"parameter {name!r} is longer than {MAX_TEXT} characters")
    if type_ == "date":
        return [parse_date(name, text, end=name in _END_PARAMS)]
    if type_ == "int":
        return [parse_int(name, text)]
    if type_ == "string":
        return [Literal(text)]
    if type_ == "type":
        return [event_type(name, text)]
    return resolve_entity(store, name, type_, text, use_index=use_index)


def parse_date(name: str, text: str, *, end: bool = False) -> Literal:
    """An ISO date; a bare year or year-month means its first day, or its last when `end`."""
    match = _ISO_DATE.match(text.strip())
    try:
        if not match:
            raise ValueError
        year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        value = date(year, month, int(day) if day else (last if end else 1))
    except ValueError:
        raise InputError(f"parameter {name!r}: {text!r} is not a date (YYYY-MM-DD)") from None
    return Literal(value.isoformat(), datatype=XSD.date)


def parse_int(name: str, text: str, low: int = 0, high: int = 1_000_000_000) -> Literal:
    if not re.fullmatch(r"-?\d{1,10}", text.strip()) or not low <= int(text) <= high:
        raise InputError(f"parameter {name!r}: {text!r} is not a whole number in {low}..{high}")
    return Literal(int(text))


def event_type(name: str, text: str) -> URIRef:
    """An event class by local name, case-insensitively ("meeting" -> dkb:Meeting)."""
    local = text.strip().rpartition("#")[2]
    known = {t.lower(): t for t in EVENT_CLASSES}
    if local.lower() not in known:
        raise InputError(f"parameter {name!r}: {text!r} is not an event type; "
                         f"use one of {', '.join(sorted(EVENT_CLASSES))}")
    return URIRef(str(DKB) + known[local.lower()])


def resolve_entity(store: Store, name: str, type_: str, text: str, *, use_index: bool = True) -> list[URIRef]:
    """Existing actors, countries or disputes by IRI, exact name (or ISO code), then any-case name.

    The embedded store's time index answers from its name table (unless `use_index` is False);
    any other store, or one without a usable index, by SPARQL over the union graph."""
    index = getattr(store, "timeindex", None) if use_index else None
    names = index.names if index is not None else SparqlNames(store)
    classes = [str(c) for c in _CLASSES[type_]]
    text = text.strip()
    if text.startswith(("http://", "https://")):
        try:
            to_ox(URIRef(text))
        except ValueError:
            raise InputError(f"parameter {name!r}: {text!r} is not a valid IRI") from None
        found = [URIRef(text)] if names.typed(text, classes) else []
    else:
        exact = list(dict.fromkeys([text, text.upper()] if type_ == "country" else [text]))
        found = names.named(exact, classes, MAX_MATCHES) or names.named([text.lower()], classes, MAX_MATCHES,
                                                                         any_case=True)
    if not found:
        raise InputError(f"parameter {name!r}: no {type_} in the knowledge base matches {text!r}")
    return found


class SparqlNames:
    """The lookups of resolve_entity as SPARQL over the union graph, for any store."""

    def __init__(self, store: Store):
        self._store = store

    def typed(self, iri: str, classes: list[str]) -> bool:
        """Whether `iri` is typed with one of `classes`."""
        return self._store.query(_BY_IRI % (_terms([URIRef(iri)]), _terms(map(URIRef, classes)))).boolean

    def named(self, texts: list[str], classes: list[str], limit: int, *, any_case: bool = False) -> list[URIRef]:
        """The first `limit` subjects typed with one of `classes` and named one of `texts` (exactly,
        or lower-cased when `any_case`), by IRI."""
        query = (_BY_NAME_CI if any_case else _BY_NAME) % (_terms(map(Literal, texts)), _terms(map(URIRef, classes)),
                                                           limit)
        # a blank node takes a place within the limit (it sorts first), and is dropped here
        return [row["x"] for row in self._store.query(query).rows if isinstance(row.get("x"), URIRef)]


def _terms(terms) -> str:
    return " ".join(str(to_ox(t)) for t in terms)
