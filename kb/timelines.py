"""Canned timelines: kb/queries/*.rq read into Timeline objects, run with validated, bound parameters.

Each .rq file selects the rows of one timeline, ordered by `?key` (a date's lexical form) then
by IRI, and holds one `VALUES (?p1 ?p2 ...) { (UNDEF ...) }` line naming its parameters and one
`LIMIT n OFFSET m` line. Running a timeline replaces those two lines only, with terms that were
validated and serialized by pyoxigraph and with whole numbers: user text never becomes query text.
Event timelines select `?event ?key` alone; the event columns come from one details query over
the page's events, because joining every attribute in one query multiplies rows by the number
of article graphs that report an event (the union graph is a bag of quads).
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rdflib import Literal, URIRef
from rdflib.term import Node

from kb import timeline_index
from kb.errors import InputError, NotFound, QueryError
from kb.timeline_params import resolve_param
from kb.store.base import Store
from kb.store.oxigraph import to_ox
from kb.store.timefacts import local

EVENT_COLUMNS = timeline_index.EVENT_COLUMNS
PARAM_TYPES = ("actor", "country", "dispute", "type", "date", "string", "int")
_VALUES_RE = re.compile(r"^[ \t]*VALUES \(([?\w ]+)\) \{ \(((?:UNDEF ?)+)\) \}[ \t]*$", re.M)
_PAGE_RE = re.compile(r"^LIMIT \d+ OFFSET \d+[ \t]*$", re.M)
_PARAM_RE = re.compile(r"^(\w+) (\w+) (required|optional)(?: (\S+))? -- (.+)$")
MAX_LIMIT = 10_000


@dataclass
class Param:
    name: str
    type: str
    required: bool
    default: str | None
    help: str


@dataclass
class Timeline:
    name: str
    title: str
    description: str
    params: list[Param]
    query: str
    columns: list[str] = field(default_factory=list)
    events: bool = False      # the query selects events only: the event columns are added per page


@dataclass
class TimelineResult:
    columns: list[str]
    rows: list[dict[str, str | int | None]] = field(default_factory=list)


def list_timelines() -> list[Timeline]:
    return list(_load_all().values())


def get_timeline(name: str) -> Timeline:
    timeline = _load_all().get(name)
    if timeline is None:
        raise NotFound(f"no timeline named {name!r}; see `dkb timeline --list`")
    return timeline


@lru_cache(maxsize=1)
def _load_all() -> dict[str, Timeline]:
    files = sorted(f for f in resources.files("kb.queries").iterdir() if f.name.endswith(".rq"))
    return {t.name: t for t in (parse_timeline(f.name[:-3], f.read_text(encoding="utf-8")) for f in files)}


def parse_timeline(name: str, text: str) -> Timeline:
    """Read the header comments and check the query has the lines the runner rewrites."""
    headers: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("# ") or ":" not in line:
            break
        key, _, value = line[2:].partition(":")
        if key == "param":
            params.append(_parse_param(name, value.strip()))
        else:
            headers[key] = value.strip()
    values = _VALUES_RE.findall(text)
    names = [v.lstrip("?") for v in values[0][0].split()] if len(values) == 1 else None
    if not {"title", "description"} <= headers.keys() or names != [p.name for p in params] \
            or len(_PAGE_RE.findall(text)) != 1:
        raise QueryError(f"{name}.rq: needs title and description headers, one VALUES line naming "
                         "the parameters in order, and one 'LIMIT n OFFSET m' line")
    columns = _columns(text)
    events = columns == ["event"]
    return Timeline(name, headers["title"], headers["description"], params, text,
                    columns=list(EVENT_COLUMNS) if events else columns, events=events)


def _parse_param(timeline: str, spec: str) -> Param:
    match = _PARAM_RE.match(spec)
    if not match or match.group(2) not in PARAM_TYPES:
        raise QueryError(f"{timeline}.rq: bad parameter line {spec!r}")
    name, type_, need, default, help_ = match.groups()
    return Param(name, type_, need == "required", default, help_)


def run_timeline(store: Store, name: str, params: dict[str, str],
                 limit: int = 100, offset: int = 0, *, use_index: bool = True) -> TimelineResult:
    """Run a timeline; InputError names the parameter that is missing, unknown or invalid.

    On the embedded store the time index answers, names of actors, countries and disputes
    included (unless `use_index` is False); elsewhere, or when the index is unusable, the .rq
    query runs and names are found by SPARQL."""
    timeline = get_timeline(name)
    limit, offset = _check_paging(limit, offset)
    unknown = set(params) - {p.name for p in timeline.params}
    if unknown:
        raise InputError(f"timeline {name}: unknown parameter(s) {', '.join(sorted(unknown))}")
    bound = [_bind(store, p, params.get(p.name), use_index) for p in timeline.params]
    index = getattr(store, "timeindex", None) if use_index else None
    if index is not None and timeline_index.indexed(name):
        lexical = {p.name: [str(t) for t in terms] for p, terms in zip(timeline.params, bound) if terms}
        found = timeline_index.rows(index, name, timeline_index.page(index, name, lexical, limit, offset))
        if timeline.events:
            return TimelineResult(list(EVENT_COLUMNS), found)
        return TimelineResult(list(timeline.columns), [{c: plain(c, r.get(c)) for c in timeline.columns}
                                                       for r in found])
    query = _VALUES_RE.sub(lambda m: _values_line(timeline.params, bound), timeline.query, count=1)
    rows = _page(store, query, limit, offset)
    if timeline.events:
        return TimelineResult(list(EVENT_COLUMNS), event_rows(store, [URIRef(r["event"]) for r in rows]))
    columns = list(timeline.columns)
    return TimelineResult(columns, [{c: plain(c, r.get(c)) for c in columns} for r in rows])


def _check_paging(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise InputError("limit and offset must be whole numbers") from None
    if not (1 <= limit <= MAX_LIMIT) or offset < 0:
        raise InputError(f"limit must be 1-{MAX_LIMIT} and offset 0 or more")
    return limit, offset


def _bind(store: Store, param: Param, raw: str | None, use_index: bool = True) -> list[Node] | None:
    text = raw.strip() if isinstance(raw, str) else raw
    if text in (None, ""):
        text = param.default
    if text in (None, ""):
        if param.required:
            raise InputError(f"parameter {param.name!r} is required ({param.help})")
        return None

    def resolve():
        return resolve_param(store, param.name, param.type, str(text), use_index=use_index)
    generation = getattr(store, "generation", None)
    if generation is None or param.type not in ("actor", "country", "dispute"):
        return resolve()
    # Without the time index's name table, finding who "USA" or "Richard Nixon" is reads every
    # article graph that names them (up to seconds at 10M triples): the answer is kept for this
    # version of the store.
    return _remember(_RESOLVED, (id(store), generation, use_index, param.type, str(text)), resolve)


def _values_line(params: list[Param], bound: list[list[Node] | None]) -> str:
    """One VALUES row per combination of candidates (a name may match several actors)."""
    rows = [[]]
    for terms in bound:
        rows = [row + [t] for row in rows for t in (terms or [None])]
    cells = " ".join(
        "(" + " ".join("UNDEF" if t is None else str(to_ox(t)) for t in row) + ")" for row in rows)
    return f"  VALUES ({' '.join('?' + p.name for p in params)}) {{ {cells} }}"


# -- caches of the embedded store, per write generation ---------------------------------------
_SELECTIONS: OrderedDict = OrderedDict()   # whole ordered selections of the SPARQL path
_RESOLVED: OrderedDict = OrderedDict()     # parameter text -> the actors, countries or disputes it names
_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()  # the web app serves requests from several threads


def _remember(cache: OrderedDict, key: tuple, compute):
    """The value of `compute()` kept under `key` (LRU, _CACHE_SIZE entries)."""
    with _CACHE_LOCK:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    value = compute()
    with _CACHE_LOCK:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)
    return value


def _page(store: Store, query: str, limit: int, offset: int) -> list[dict[str, str]]:
    """The page's rows as lexical values; on the embedded store, a slice of the cached selection."""
    generation = getattr(store, "generation", None)
    if generation is None:  # remote stores page on the server
        return select_text(store, _PAGE_RE.sub(f"LIMIT {limit} OFFSET {offset}", query, count=1))
    # The whole ordered selection, once per store version: later pages and repeated requests
    # are a slice (used when the time index is unusable, or asked not to answer).
    rows = _remember(_SELECTIONS, (id(store), generation, query),
                     lambda: select_text(store, _PAGE_RE.sub("", query, count=1)))
    return rows[offset:offset + limit]


def _columns(query: str) -> list[str]:
    """The SELECT list's variable names; "(MIN(?k) AS ?date)" counts as ?date."""
    head = query[query.index("SELECT") + 6:query.index("WHERE")]
    head = re.sub(r"\((?:[^()]|\([^()]*\))*\bAS (\?\w+)\)", r"\1", head)
    return [v for v in re.findall(r"\?(\w+)", head) if v != "key"]


# -- event details --------------------------------------------------------------------------
_DETAILS = """PREFIX dkb: <https://w3id.org/dkb/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?event ?p ?v WHERE {
  VALUES ?event { %s }
  ?event ?p ?v .
  FILTER(?p IN (rdf:type, rdfs:label, dkb:date, dkb:datePrecision, dkb:place, dkb:modality,
                dkb:participant, dkb:evidence))
}"""
# (A second VALUES block for ?p made Oxigraph 0.5 scan the whole store: 20 s instead of 70 ms.)
# Labels come separately: joining them here would repeat each row once per article graph that
# names the place or actor (thousands for a popular one).
_LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { %s } ?x rdfs:label ?l } GROUP BY ?x"""
DKB = "https://w3id.org/dkb/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SHORT = {"date": DKB + "date", "precision": DKB + "datePrecision", "place": DKB + "place",
          "modality": DKB + "modality", "label": "http://www.w3.org/2000/01/rdf-schema#label"}


def event_rows(store: Store, events: list[Node]) -> list[dict]:
    """The event columns for `events`, in the order given."""
    if not events:
        return []
    found = _event_facts(store, events)
    named = {row["v"] for row in found if str(row["p"]) in (DKB + "place", DKB + "participant")}
    names = labels(store, sorted(named))
    facts: dict[str, dict[str, list]] = {str(e): {} for e in events}
    for row in found:
        facts[str(row["event"])].setdefault(str(row["p"]), []).append((row["v"], names.get(str(row["v"]))))
    return [_event_row(iri, facts[iri]) for iri in dict.fromkeys(str(e) for e in events)]


_DETAIL_PREDICATES = {_RDF_TYPE, DKB + "date", DKB + "datePrecision", DKB + "place", DKB + "modality",
                      DKB + "participant", DKB + "evidence", "http://www.w3.org/2000/01/rdf-schema#label"}


def _event_facts(store: Store, events: list[Node]) -> list[dict[str, str]]:
    fast = getattr(store, "outgoing", None)
    if fast is None:
        return select_text(store, _DETAILS % " ".join(str(to_ox(e)) for e in events))
    return [{"event": s, "p": p, "v": o} for s, p, o in fast([str(e) for e in events])
            if p in _DETAIL_PREDICATES]


def labels(store: Store, iris: list[str]) -> dict[str, str]:
    """One rdfs:label per IRI; the embedded store reads the first copy straight from its index."""
    if not iris:
        return {}
    fast = getattr(store, "labels", None)
    if fast is not None:
        return fast([str(i) for i in iris])
    rows = store.query(_LABELS % " ".join(str(to_ox(URIRef(i))) for i in iris)).rows
    return {str(r["x"]): str(r["label"]) for r in rows if "label" in r}


def _event_row(iri: str, facts: dict[str, list]) -> dict:
    def first(column: str, labelled: bool = False):
        pairs = facts.get(_SHORT[column])
        if not pairs:
            return None
        # Reports may disagree (two dates, two places): pick the same one every time.
        value, label = pairs[0] if len(pairs) == 1 else min(pairs, key=lambda p: (str(p[0]), str(p[1] or "")))
        return str(label) if labelled and label is not None else plain(column, value)
    types = sorted(str(t) for t, _ in facts.get(_RDF_TYPE, [])
                   if str(t).startswith(DKB) and str(t) != DKB + "Event")
    people = {str(who): str(label) if label is not None else local(str(who))
              for who, label in facts.get(DKB + "participant", [])}
    return {"event": iri, "date": first("date"), "precision": first("precision"),
            "type": local(types[0]) if types else "Event", "label": first("label"),
            "place": first("place", labelled=True), "participants": "; ".join(sorted(set(people.values()))),
            "modality": first("modality"), "sources": len({str(v) for v, _ in facts.get(DKB + "evidence", [])})}



def select_text(store: Store, query: str) -> list[dict[str, str]]:
    """SELECT rows as lexical values; the embedded store skips building rdflib terms (half the time)."""
    fast = getattr(store, "select_text", None)
    if fast is not None:
        return fast(query)
    return [{k: str(v) for k, v in row.items()} for row in store.query(query).rows]


def plain(column: str, value: Node | None) -> str | int | None:
    """A JSON-ready value: enumerations by lower-case name (day, asserted, resolved), IRIs as text."""
    if value is None:
        return None
    if isinstance(value, str) and not isinstance(value, Literal):  # IRIs and lexical values
        text = str(value)
        if text.startswith(DKB) and column in ("precision", "modality", "status"):
            return local(text).removesuffix("Precision").lower()
        return text
    if isinstance(value, Literal) and isinstance(value.toPython(), int) and not isinstance(value.toPython(), bool):
        return int(value.toPython())
    return str(value)
