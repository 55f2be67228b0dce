"""Canned timelines over a small hand-built graph: rows, order, paging, ranges, parameter safety."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal, URIRef, XSD

from kb import timelines
from kb.errors import InputError, NotFound
from kb.store import open_store
from kb.vocab import DKB

B = "https://w3id.org/dkb/id/"


def n(path: str) -> URIRef:
    return URIRef(B + path)


def actor(iri: URIRef, kind: URIRef, name: str, country: URIRef | None = None) -> list[tuple]:
    out = [(iri, RDF.type, kind), (iri, RDF.type, DKB.Actor), (iri, RDFS.label, Literal(name)),
           (iri, DKB.name, Literal(name))]
    if kind == DKB.Country:
        out.append((iri, DKB.countryCode, Literal(str(iri).rsplit("/", 1)[1])))
    if country is not None:
        out.append((iri, DKB.country, country))
    return out


RUS, UKR, TUR, UN = n("country/RUS"), n("country/UKR"), n("country/TUR"), n("org/un")
PUTIN, ERDOGAN = n("person/vladimir-putin"), n("person/recep-erdogan")
GRAIN = n("dispute/black-sea-grain")
ACTORS = {RUS: actor(RUS, DKB.Country, "Russia"), UKR: actor(UKR, DKB.Country, "Ukraine"),
          TUR: actor(TUR, DKB.Country, "Turkey"), UN: actor(UN, DKB.Organization, "United Nations"),
          PUTIN: actor(PUTIN, DKB.Person, "Vladimir Putin", RUS),
          ERDOGAN: actor(ERDOGAN, DKB.Person, "Recep Erdogan", TUR)}
PLACES = {"sochi": "Sochi", "ankara": "Ankara"}
DATATYPE = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
PRECISION = {4: DKB.YearPrecision, 7: DKB.MonthPrecision, 10: DKB.DayPrecision}

# event id: (type, date, label, place, agents, recipients, modality, dispute)
EVENTS = {
    "e1": (DKB.Meeting, "2023-09-04", "Putin meets Erdogan", "sochi", [PUTIN], [ERDOGAN], DKB.Asserted, GRAIN),
    "e2": (DKB.Statement, "2023-09", "Russia comments on grain", None, [RUS], [], DKB.Asserted, GRAIN),
    "e3": (DKB.PhoneCall, "2023-09-08", "Turkey calls Ukraine", None, [TUR], [UKR], DKB.Asserted, None),
    "e4": (DKB.Appeal, "2023", "UN appeal to Russia", None, [UN], [RUS], DKB.Planned, None),
    "e5": (DKB.Criticism, "2023-10-01", "Ukraine criticizes Russia", None, [UKR], [RUS], DKB.Asserted, None),
    "e6": (DKB.Meeting, "2023-08-15", "Talks in Ankara", "ankara", [TUR, UKR], [], DKB.Asserted, None),
}
ARTICLES = {"a1": ("2023-09-04", ["e1", "e2"]), "a2": ("2023-09-10", ["e1", "e3", "e4"]),
            "a3": ("2023-10-02", ["e5", "e6"])}


def event_triples(eid: str, article: str, k: int) -> list[tuple]:
    type_, when, label, place, agents, recipients, modality, dispute = EVENTS[eid]
    e, evidence = n(f"event/{eid}"), n(f"evidence/{article}-{k}")
    out = [(e, RDF.type, type_), (e, RDF.type, DKB.Event), (e, RDFS.label, Literal(label)),
           (e, DKB.date, Literal(when, datatype=DATATYPE[len(when)])),
           (e, DKB.datePrecision, PRECISION[len(when)]), (e, DKB.modality, modality),
           (e, DKB.evidence, evidence), (evidence, RDF.type, DKB.Evidence),
           (evidence, DKB.article, n(f"article/{article}"))]
    out += [(e, DKB.agent, a) for a in agents] + [(e, DKB.recipient, r) for r in recipients]
    for who in agents + recipients:
        out += [(e, DKB.participant, who)] + ACTORS[who]
    if place:
        p = n(f"place/{place}")
        out += [(e, DKB.place, p), (p, RDF.type, DKB.Place), (p, RDFS.label, Literal(PLACES[place]))]
    if dispute:
        out += [(e, DKB.concerns, dispute), (dispute, RDF.type, DKB.Dispute),
                (dispute, DKB.topic, Literal("Black Sea grain deal")),
                (dispute, RDFS.label, Literal("Black Sea grain deal"))]
    return out


def article_triples(aid: str) -> list[tuple]:
    published, events = ARTICLES[aid]
    a = n(f"article/{aid}")
    out = [(a, RDF.type, DKB.Article), (a, DKB.headline, Literal(f"Headline {aid}")),
           (a, DKB.published, Literal(published + "T09:00:00", datatype=XSD.dateTime))]
    for k, eid in enumerate(events):
        out += event_triples(eid, aid, k)
    return out + QUOTES.get(aid, []) + REPORTS.get(aid, [])


def quote(aid: str, k: int, text: str, about: str | None) -> list[tuple]:
    q = n(f"quote/{aid}-{k}")
    out = [(q, RDF.type, DKB.Quote), (q, DKB.speaker, PUTIN), (q, DKB.quoteText, Literal(text)),
           (q, DKB.article, n(f"article/{aid}"))] + ACTORS[PUTIN]
    return out + ([(q, DKB.about, n(f"event/{about}"))] if about else [])


def report(aid: str, status: URIRef, when: str) -> list[tuple]:
    r = n(f"dispute/black-sea-grain/report/{aid}")
    return [(GRAIN, RDF.type, DKB.Dispute), (GRAIN, DKB.topic, Literal("Black Sea grain deal")),
            (GRAIN, DKB.statusReport, r), (r, RDF.type, DKB.DisputeStatusReport), (r, DKB.status, status),
            (r, DKB.statedIn, n(f"article/{aid}")), (r, DKB.reportedAt, Literal(when, datatype=XSD.date))]


QUOTES = {"a1": quote("a1", 1, "We talked about grain.", "e1"), "a3": quote("a3", 1, "Nothing changed.", None)}
REPORTS = {"a1": report("a1", DKB.Ongoing, "2023-09-04"), "a3": report("a3", DKB.Unresolved, "2023-10-02")}


@pytest.fixture
def store(backend_store):
    """The same articles in every backend: each timeline must give the same rows on all."""
    for aid in ARTICLES:
        backend_store.put_article(B + f"graph/{aid}", article_triples(aid))
    return backend_store


def events_of(store, name, **params) -> list[str]:
    result = timelines.run_timeline(store, name, params)
    return [row["event"].rsplit("/", 1)[1] for row in result.rows]


def test_every_timeline_is_well_formed():
    names = {t.name for t in timelines.list_timelines()}
    assert {"all_events", "actor_events", "country_pair", "dispute_events", "events_by_type",
            "events_in_range", "quotes_by_speaker", "dispute_history"} <= names
    for t in timelines.list_timelines():
        assert t.title and t.description and t.columns
        assert all(p.type in timelines.PARAM_TYPES and p.help for p in t.params)


def test_all_events_in_date_then_iri_order(store):
    assert events_of(store, "all_events") == ["e4", "e6", "e2", "e1", "e3", "e5"]


def test_event_columns(store):
    result = timelines.run_timeline(store, "dispute_events", {"dispute": "Black Sea grain deal"})
    assert result.columns == timelines.EVENT_COLUMNS
    e1 = result.rows[1]
    assert e1 == {"event": B + "event/e1", "date": "2023-09-04", "precision": "day", "type": "Meeting",
                  "label": "Putin meets Erdogan", "place": "Sochi",
                  "participants": "Recep Erdogan; Vladimir Putin", "modality": "asserted", "sources": 2}
    assert result.rows[0]["precision"] == "month" and result.rows[0]["place"] is None


@pytest.mark.parametrize("params, expected", [
    ({"actor": "Russia"}, ["e4", "e2", "e5"]),
    ({"actor": "vladimir PUTIN"}, ["e1"]),
    ({"actor": B + "country/TUR"}, ["e6", "e3"]),
    ({"actor": "Russia", "from": "2023-09-01"}, ["e4", "e2", "e5"]),
    ({"actor": "Russia", "from": "2023-09-15"}, ["e4", "e2", "e5"]),  # 2023-09 overlaps
    ({"actor": "Russia", "from": "2023-10-01"}, ["e4", "e5"]),
    ({"actor": "Russia", "to": "2023-08-31"}, ["e4"]),
])
def test_actor_events(store, params, expected):
    assert events_of(store, "actor_events", **params) == expected


@pytest.mark.parametrize("one, two, expected", [
    ("RUS", "Turkey", ["e1"]),            # through Putin's and Erdogan's countries
    ("Ukraine", "tur", ["e6", "e3"]),
    ("Russia", "Ukraine", ["e5"]),
    ("Turkey", "United States", None),
])
def test_country_pair(store, one, two, expected):
    if expected is None:
        with pytest.raises(InputError):
            events_of(store, "country_pair", country1=one, country2=two)
    else:
        assert events_of(store, "country_pair", country1=one, country2=two) == expected


def test_type_dispute_and_range(store):
    assert events_of(store, "events_by_type", type="Meeting") == ["e6", "e1"]
    assert events_of(store, "events_by_type", type="meeting", to="2023-08") == ["e6"]
    assert events_of(store, "dispute_events", dispute=str(GRAIN)) == ["e2", "e1"]
    # Month and year dates count when they overlap the period.
    assert events_of(store, "events_in_range", **{"from": "2023-09-01", "to": "2023-09-05"}) == ["e4", "e2", "e1"]
    assert events_of(store, "events_in_range", **{"from": "2023-10", "to": "2024"}) == ["e4", "e5"]


def test_quotes_and_dispute_history(store):
    quotes = timelines.run_timeline(store, "quotes_by_speaker", {"speaker": "Vladimir Putin"})
    assert quotes.columns == ["quote", "date", "text", "event", "article"]
    assert [(r["date"], r["text"], r["event"]) for r in quotes.rows] == [
        ("2023-09-04", "We talked about grain.", B + "event/e1"), ("2023-10-02", "Nothing changed.", None)]
    history = timelines.run_timeline(store, "dispute_history", {"dispute": "black sea grain deal"})
    assert [(r["date"], r["status"], r["article"], r["headline"]) for r in history.rows] == [
        ("2023-09-04", "ongoing", B + "article/a1", "Headline a1"),
        ("2023-10-02", "unresolved", B + "article/a3", "Headline a3")]


def test_paging(store):
    page = timelines.run_timeline(store, "all_events", {}, limit=2, offset=2)
    assert [r["event"][-2:] for r in page.rows] == ["e2", "e1"]
    assert timelines.run_timeline(store, "all_events", {}, limit=5, offset=6).rows == []
    for limit, offset in ((0, 0), (10, -1), ("x", 0)):
        with pytest.raises(InputError):
            timelines.run_timeline(store, "all_events", {}, limit=limit, offset=offset)


def test_cached_selection_sees_new_writes(store):
    before = events_of(store, "events_by_type", type="Threat")
    extra = B + "graph/extra"
    e = n("event/e9")
    store.put_article(extra, [(e, RDF.type, DKB.Threat), (e, RDF.type, DKB.Event),
                              (e, DKB.date, Literal("2023-09-09", datatype=XSD.date))])
    try:
        assert before == [] and events_of(store, "events_by_type", type="Threat") == ["e9"]
    finally:
        store.remove_article(extra)
    assert events_of(store, "events_by_type", type="Threat") == []


@pytest.mark.parametrize("params", [
    {"actor": 'x" } ; DROP ALL ; #'},
    {"actor": "Russia", "from": '2023-01-01"^^<x> } ; DROP ALL ; #'},
    {"actor": "https://w3id.org/dkb/id/country/RUS> } ; DROP ALL ; #"},
    {"actor": "Russia", "to": "2023-02-30"},
    {"actor": "Russia", "colour": "red"},
    {},
])
def test_bad_or_hostile_parameters_are_rejected(store, params):
    before = store.count_triples()
    with pytest.raises(InputError):
        timelines.run_timeline(store, "actor_events", params)
    assert store.count_triples() == before


def test_type_must_be_an_event_class(store):
    with pytest.raises(InputError):
        timelines.run_timeline(store, "events_by_type", {"type": "Person"})


def test_unknown_timeline(store):
    with pytest.raises(NotFound):
        timelines.run_timeline(store, "no_such_timeline", {})


def test_parse_rejects_a_query_without_a_values_line():
    text = "# title: t\n# description: d\n# param: actor actor required -- who\nSELECT ?event WHERE {}\nLIMIT 1 OFFSET 0\n"
    with pytest.raises(Exception):
        timelines.parse_timeline("broken", text)


class ProtocolOnly:
    """The store seen through the Store protocol alone, as a remote SPARQL store offers it."""

    def __init__(self, inner):
        self.query = inner.query


def test_protocol_only_store_gives_the_same_rows(store):
    for name, params in (("all_events", {}), ("actor_events", {"actor": "Turkey"}),
                         ("dispute_history", {"dispute": "Black Sea grain deal"})):
        for limit, offset in ((100, 0), (2, 1)):
            fast = timelines.run_timeline(store, name, params, limit=limit, offset=offset)
            plain = timelines.run_timeline(ProtocolOnly(store), name, params, limit=limit, offset=offset)
            assert plain == fast and plain.rows


def test_names_are_resolved_again_after_a_write():
    """Parameter names are remembered per store version: a new actor of the same name counts at once."""
    s = open_store("memory:")
    for aid in ARTICLES:
        s.put_article(B + f"graph/{aid}", article_triples(aid))
    assert events_of(s, "actor_events", actor="Vladimir Putin") == ["e1"]
    other = n("person/other-putin")
    s.put_article(B + "graph/other", actor(other, DKB.Person, "Vladimir Putin") + [
        (n("event/e7"), DKB.date, Literal("2024-01-01", datatype=XSD.date)), (n("event/e7"), DKB.participant, other)])
    assert events_of(s, "actor_events", actor="Vladimir Putin") == ["e1", "e7"]
    s.close()
