"""Rows of the time index computed from an entity's facts: what the canned timelines and the web read.

A fact table is {predicate IRI: set of lexical values}, gathered from every article graph of the
store (the union), so an event reported by three articles gets one row with three sources. The
functions here are pure: kb.store.timeindex reads the facts and writes the rows. Each rule below
mirrors the SPARQL definition it replaces (kb/queries/*.rq, kb.timelines.event_rows, the event
index of kb.eventindex); tests/test_timeindex.py checks both give the same answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kb.lookup import day_after, first_day
from kb.vocab import EVENT_CLASSES

DKB = "https://w3id.org/dkb/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DATE, END_DATE, PRECISION = DKB + "date", DKB + "endDate", DKB + "datePrecision"
MODALITY, PARTICIPANT, CONCERNS = DKB + "modality", DKB + "participant", DKB + "concerns"
EVIDENCE, PLACE, COUNTRY = DKB + "evidence", DKB + "place", DKB + "country"
SPEAKER, QUOTE_TEXT, ARTICLE, ABOUT = DKB + "speaker", DKB + "quoteText", DKB + "article", DKB + "about"
PUBLISHED, HEADLINE = DKB + "published", DKB + "headline"
STATUS_REPORT, STATUS, STATED_IN, REPORTED_AT = (DKB + "statusReport", DKB + "status", DKB + "statedIn",
                                                 DKB + "reportedAt")
COUNTRY_CLASS, EVENT_CLASS = DKB + "Country", DKB + "Event"
COUNTRY_CODE = DKB + "countryCode"
EVENT_KIND_IRIS = frozenset(DKB + k for k in EVENT_CLASSES)
# A subject stating one of these (or typed with an event class) is an event for the index.
EVENT_PREDICATES = frozenset({DATE, END_DATE, PRECISION, MODALITY, PARTICIPANT, CONCERNS, EVIDENCE, PLACE})
QUOTE_PREDICATES = frozenset({SPEAKER, QUOTE_TEXT})
REPORT_PREDICATES = frozenset({STATUS, STATED_IN, REPORTED_AT})
# What a canned timeline's actor, country or dispute parameter can name, and by which properties
# (kb.timeline_params): the exact match takes all four, the any-case fallback the first three.
NAMED_CLASSES = frozenset(DKB + c for c in ("Actor", "Person", "Country", "Organization", "Group", "Dispute"))
ANY_CASE_PREDICATES = frozenset({LABEL, DKB + "name", DKB + "topic"})
NAME_PREDICATES = ANY_CASE_PREDICATES | {COUNTRY_CODE}
PRECISION_NAMES = {"DayPrecision": "day", "MonthPrecision": "month", "YearPrecision": "year"}

Facts = dict[str, set[str]]


def local(iri: str) -> str:
    return iri[max(iri.rfind("#"), iri.rfind("/")) + 1:]


def roles_in_graph(quads) -> dict[str, set[str]]:
    """The subjects of one article graph the index keeps rows for, by role: event, quote, report,
    actor (states a country), country (typed dkb:Country) and named (states a name or is typed with
    one of NAMED_CLASSES); `quads` are (s, p, o) lexical values."""
    roles: dict[str, set[str]] = {"e": set(), "q": set(), "r": set(), "a": set(), "k": set(), "n": set()}
    for s, p, o in quads:
        if p in NAME_PREDICATES or (p == RDF_TYPE and o in NAMED_CLASSES):
            roles["n"].add(s)
        if p in EVENT_PREDICATES or (p == RDF_TYPE and (o in EVENT_KIND_IRIS or o == EVENT_CLASS)):
            roles["e"].add(s)
        elif p in QUOTE_PREDICATES:
            roles["q"].add(s)
        elif p in REPORT_PREDICATES:
            roles["r"].add(s)
        elif p == STATUS_REPORT:
            roles["r"].add(o)
        elif p == COUNTRY:
            roles["a"].add(s)
        elif p == RDF_TYPE and o == COUNTRY_CLASS:
            roles["k"].add(s)
    return roles


@dataclass
class EventRow:
    """One event: the columns of an event timeline and the web's entry, plus what links it."""

    iri: str
    dates: list[str]                  # every stated date (lexical), sorted; the first is `date`
    start: int | None                 # ordinal of the first day; None when the date is malformed
    end: int | None                   # ordinal of the day after the last day
    precision: str | None             # as kb.timelines shows it: day, month, year
    type: str                         # first DKB class other than dkb:Event (timelines)
    kind: str                         # first event class of the ontology (the web's lanes)
    label: str | None
    place: str | None                 # IRI of the first place; its label is looked up by the index
    modality: str | None
    web_precision: str
    web_modality: str
    sources: int
    links: dict[str, set[str]] = field(default_factory=dict)   # 'p' participants, 'd' disputes, 't' types

    @property
    def date(self) -> str | None:
        return self.dates[0] if self.dates else None


def event_row(iri: str, facts: Facts) -> EventRow | None:
    """The event's row; None when nothing in `facts` makes it an event.

    Only event classes count as its types (a full rebuild reads no others), so an event that also
    carried some other DKB class would show the event class where the SPARQL path shows that one."""
    types = facts.get(RDF_TYPE, set()) & (EVENT_KIND_IRIS | {EVENT_CLASS})
    if not (any(p in facts for p in EVENT_PREDICATES) or types & EVENT_KIND_IRIS or EVENT_CLASS in types):
        return None
    dates = sorted(facts.get(DATE, ()))
    start, end = _span(dates[0], max(facts.get(END_DATE, ()), default=None)) if dates else (None, None)
    named = sorted(t for t in types if t.startswith(DKB) and t != EVENT_CLASS)
    kinds = sorted(local(t) for t in types & EVENT_KIND_IRIS)
    precision, modality = _first(facts, PRECISION), _first(facts, MODALITY)
    return EventRow(
        iri=iri, dates=dates, start=start, end=end,
        precision=_enum(precision) if precision else None, type=local(named[0]) if named else "Event",
        kind=kinds[0] if kinds else "Event", label=_first(facts, LABEL), place=_first(facts, PLACE),
        modality=_enum(modality) if modality else None,
        web_precision=(PRECISION_NAMES.get(local(precision)) if precision else None) or _precision_of(dates),
        web_modality=local(modality).lower() if modality else "asserted", sources=len(facts.get(EVIDENCE, ())),
        links={"p": set(facts.get(PARTICIPANT, ())), "d": set(facts.get(CONCERNS, ())), "t": set(types)})


def _first(facts: Facts, predicate: str) -> str | None:
    values = facts.get(predicate)
    return min(values) if values else None


def _enum(iri: str) -> str:
    """An enumeration IRI as kb.timelines.plain shows it (dkb:DayPrecision -> day)."""
    return local(iri).removesuffix("Precision").lower() if iri.startswith(DKB) else iri


def _precision_of(dates: list[str]) -> str:
    return {4: "year", 7: "month"}.get(len(dates[0]), "day") if dates else "day"


def _span(first: str, end: str | None) -> tuple[int | None, int | None]:
    """First day and the day after the last day as ordinals; (None, None) for a malformed date."""
    try:
        lo = first_day(first).toordinal()
        hi = day_after(end or first).toordinal()
    except (ValueError, IndexError):
        return None, None
    return lo, max(hi, lo + 1)


@dataclass
class QuoteRow:
    iri: str
    keys: set[str]          # publication days of the quoting articles (SUBSTR(published, 1, 10))
    speakers: set[str]
    text: str
    about: str | None
    article: str


def quote_row(iri: str, facts: Facts, published: dict[str, set[str]]) -> QuoteRow | None:
    """The quote as quotes_by_speaker.rq sees it: text, speaker and a published article are required.

    `published` maps each of the quote's articles to its dkb:published values."""
    dated = sorted(a for a in facts.get(ARTICLE, ()) if published.get(a))
    if not (facts.get(SPEAKER) and facts.get(QUOTE_TEXT) and dated):
        return None
    keys = {p[:10] for a in dated for p in published[a]}
    return QuoteRow(iri, keys, set(facts[SPEAKER]), min(facts[QUOTE_TEXT]), _first(facts, ABOUT), dated[0])


@dataclass
class ReportRow:
    iri: str
    keys: set[str | None]   # the day each article stated it (reportedAt, else published); None if neither
    disputes: set[str]
    status: str
    article: str
    headline: str | None


def report_row(iri: str, facts: Facts, disputes: set[str], sources: dict[str, Facts]) -> ReportRow | None:
    """A dispute status report as dispute_history.rq sees it: a dispute, a status and an article are required.

    `sources` holds the facts (published, headline) of each article the report is stated in."""
    articles = sorted(facts.get(STATED_IN, ()))
    if not (disputes and facts.get(STATUS) and articles):
        return None
    keys: set[str | None] = set()
    for article in articles:
        stated = facts.get(REPORTED_AT) or sources.get(article, {}).get(PUBLISHED) or {None}
        keys |= {None if v is None else v[:10] for v in stated}
    if keys != {None}:
        keys.discard(None)     # MIN over the reports ignores an undated one when another is dated
    headlines = [h for a in articles for h in sources.get(a, {}).get(HEADLINE, ())]
    return ReportRow(iri, keys, disputes, _enum(min(facts[STATUS])), articles[0],
                     min(headlines) if headlines else None)
