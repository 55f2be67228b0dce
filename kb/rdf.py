"""Turn one article's Extraction into the triples of its named graph.

Every IRI comes from kb.iris.Minter and every term from kb.vocab.DKB, so the output is
deterministic (the same Extraction gives the same list) and has no blank nodes: evidence,
role assignments and dispute status reports get minted IRIs of their own.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal

import pycountry
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kb.errors import ExtractionError
from kb.iris import Minter
from kb.model import Actor, Dispute, Event, Extraction, Place, Quote, TimeValue
from kb.vocab import DKB, EVENT_CLASSES

Triple = tuple[URIRef, URIRef, URIRef | Literal]

WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/{}/"

_ACTOR_CLASSES = {"person": DKB.Person, "country": DKB.Country,
                  "organization": DKB.Organization, "group": DKB.Group}
_MODALITIES = {"asserted": DKB.Asserted, "planned": DKB.Planned,
               "hypothetical": DKB.Hypothetical, "negated": DKB.Negated}
_PRECISIONS = {"day": DKB.DayPrecision, "month": DKB.MonthPrecision, "year": DKB.YearPrecision}
_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_STATUSES = {"ongoing": DKB.Ongoing, "unresolved": DKB.Unresolved, "resolved": DKB.Resolved}
_BASES = {"named": DKB.NamedInText, "inferred": DKB.InferredFromActs}


def extraction_to_triples(x: Extraction, minter: Minter) -> list[Triple]:
    """Return the triples of the article's named graph, in a stable order, without duplicates."""
    article_id = x.article.article.id
    out: list[Triple] = []
    out += _article(x, minter)
    for actor in x.actors:
        out += _actor(actor, x, minter)
    for event, first_evidence in _numbered_events(x.events):
        out += _event(event, article_id, first_evidence, minter)
    for dispute in x.disputes:
        out += _dispute(dispute, x, minter)
    for n, quote in enumerate(x.quotes, start=1):
        out += _quote(quote, article_id, n, minter)
    out += _country_stubs(out, x, minter)
    return list(dict.fromkeys(out))


def date_literal(value: str, precision: str | None = None) -> Literal:
    """Type a date string by its precision (day -> xsd:date, month -> gYearMonth, year -> gYear)."""
    precision = precision or _precision_of(value)
    if precision not in _DATATYPES:
        raise ExtractionError(f"unknown date precision {precision!r} for {value!r}")
    return Literal(value, datatype=_DATATYPES[precision])


def _precision_of(value: str) -> str:
    # An end date carries no precision of its own; its form tells it.
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _text(value: str) -> Literal:
    return Literal(value)


def _numbered_events(events: list[Event]):
    """Pair each event with the number of its first evidence node, counted across the article."""
    n = 1
    for event in events:
        yield event, n
        n += len(event.evidence)


def _article(x: Extraction, m: Minter) -> list[Triple]:
    clean, raw = x.article, x.article.article
    a = m.article(raw.id)
    out: list[Triple] = [(a, RDF.type, DKB.Article)]
    headline = clean.headline or raw.headline
    if headline:
        out.append((a, DKB.headline, _text(headline)))
    published = clean.published or raw.published
    if published:
        out.append((a, DKB.published, Literal(published, datatype=XSD.dateTime)))
    if clean.agency:
        out.append((a, DKB.agency, _text(clean.agency)))
    out += [(a, DKB.author, _text(name)) for name in clean.authors]
    if raw.url:
        out.append((a, DKB.url, Literal(raw.url, datatype=XSD.anyURI)))
    # The hash is what tells a changed re-ingest apart, so it is never left out.
    digest = clean.content_hash or hashlib.sha256(clean.text.encode("utf-8")).hexdigest()
    out += [(a, DKB.contentHash, _text(digest)), (a, DKB.text, _text(clean.text)),
            (a, DKB.sourceName, _text(raw.source))]
    if clean.dateline:
        place = Place(clean.dateline.place, _country_code(clean.dateline.country, x))
        out += _place(place, m) + [(a, DKB.dateline, m.place(place.name))]
    return out


def _country_code(written: str | None, x: Extraction) -> str | None:
    """Resolve a country as written in a dateline to ISO alpha-3, only when it is unambiguous."""
    if not written:
        return None
    if re.fullmatch(r"[A-Z]{3}", written):
        return written
    for actor in x.actors:
        if actor.kind == "country" and actor.name.lower() == written.lower() and actor.country:
            return actor.country
    try:
        return pycountry.countries.lookup(written).alpha_3
    except LookupError:
        return None


def _actor(actor: Actor, x: Extraction, m: Minter) -> list[Triple]:
    if actor.kind not in _ACTOR_CLASSES:
        raise ExtractionError(f"actor {actor.id}: unknown kind {actor.kind!r}")
    s = m.actor(actor.id)
    out: list[Triple] = [(s, RDF.type, _ACTOR_CLASSES[actor.kind]), (s, RDF.type, DKB.Actor),
                         (s, DKB.name, _text(actor.name)), (s, RDFS.label, _text(actor.name))]
    if actor.kind == "country":
        out.append((s, DKB.countryCode, _text(actor.id.partition(":")[2].upper())))
    elif actor.country:
        out.append((s, DKB.country, m.country(actor.country)))
    if actor.wikidata and re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata):
        out.append((s, OWL.sameAs, URIRef(WIKIDATA + actor.wikidata)))
    if actor.kind == "person":
        for title in dict.fromkeys(actor.roles):
            out += _role(actor, title, s, x, m)
        for title, when in actor.dated_roles:  # the office held on each event's date (leaders table)
            out += _role(actor, title, s, x, m, date_literal(when))
    return out


def _role(actor: Actor, title: str, person: URIRef, x: Extraction, m: Minter,
          when: Literal | None = None) -> list[Triple]:
    r = m.role(actor.id.partition(":")[2], title)
    out: list[Triple] = [(r, RDF.type, DKB.RoleAssignment), (person, DKB.role, r),
                         (r, DKB.holder, person), (r, DKB.roleTitle, _text(title)),
                         (r, RDFS.label, _text(f"{actor.name}, {title}")),
                         (r, DKB.statedIn, m.article(x.article.article.id))]
    if actor.country:
        out.append((r, DKB.roleCountry, m.country(actor.country)))
    when = when if when is not None else _role_date(actor.id, x)
    if when is not None:
        out.append((r, DKB.validAt, when))
    return out


def _role_date(actor_id: str, x: Extraction) -> Literal | None:
    """The article states a title as of the events it reports: take the earliest dated one the
    person takes part in, else the publication day."""
    dates = sorted((e.date.value, e.date.precision) for e in x.events
                   if e.date and actor_id in _everyone(e))
    if dates:
        return date_literal(*dates[0])
    published = x.article.published or x.article.article.published
    return Literal(published.date(), datatype=XSD.date) if published else None


def _everyone(event: Event) -> list[str]:
    return list(dict.fromkeys(event.agents + event.recipients + event.participants))


def _place(place: Place, m: Minter) -> list[Triple]:
    p = m.place(place.name)
    out: list[Triple] = [(p, RDF.type, DKB.Place), (p, DKB.name, _text(place.name)),
                         (p, RDFS.label, _text(place.name))]
    if place.country:
        out.append((p, DKB.country, m.country(place.country)))
    if place.geonames:
        out += [(p, DKB.geonamesId, Literal(int(place.geonames), datatype=XSD.integer)),
                (p, OWL.sameAs, URIRef(GEONAMES.format(int(place.geonames))))]
    return out


def _event_class(type_: str) -> URIRef:
    if type_ != "Event" and type_ not in EVENT_CLASSES:
        raise ExtractionError(f"unknown event type {type_!r}; expected an ontology event class")
    return DKB[type_]


def _event(e: Event, article_id: str, first_evidence: int, m: Minter) -> list[Triple]:
    s = m.event(e.id)
    if e.modality not in _MODALITIES:
        raise ExtractionError(f"event {e.id}: unknown modality {e.modality!r}")
    # Typing every event dkb:Event as well lets queries find all events without inference.
    out: list[Triple] = [(s, RDF.type, _event_class(e.type)), (s, RDF.type, DKB.Event),
                         (s, RDFS.label, _text(e.label)), (s, DKB.modality, _MODALITIES[e.modality])]
    cameo, plover = EVENT_CLASSES.get(e.type, (None, None))
    if e.cameo or cameo:
        out.append((s, DKB.cameoCode, _text(e.cameo or cameo)))
    if e.plover or plover:
        out.append((s, DKB.ploverCategory, _text(e.plover or plover)))
    for prop, ids in ((DKB.agent, e.agents), (DKB.recipient, e.recipients)):
        out += [(s, prop, m.actor(a)) for a in ids]
    out += [(s, DKB.participant, m.actor(a)) for a in _everyone(e)]
    if e.date:
        out += _event_time(s, e.date)
    if e.place:
        out += _place(e.place, m) + [(s, DKB.place, m.place(e.place.name))]
    out += [(s, DKB.concerns, m.dispute(d)) for d in e.disputes]
    for n, ev in enumerate(e.evidence, start=first_evidence):
        node = m.evidence(article_id, n)
        out += [(s, DKB.evidence, node)] + _evidence(node, ev.text, ev.start, ev.end, e, article_id, m)
    return out


def _event_time(s: URIRef, t: TimeValue) -> list[Triple]:
    if t.precision not in _PRECISIONS:
        raise ExtractionError(f"unknown date precision {t.precision!r}")
    out: list[Triple] = [(s, DKB.date, date_literal(t.value, t.precision)),
                         (s, DKB.datePrecision, _PRECISIONS[t.precision])]
    if t.end:
        out.append((s, DKB.endDate, date_literal(t.end)))
    if t.earliest:
        out.append((s, DKB.earliest, Literal(t.earliest, datatype=XSD.date)))
    if t.latest:
        out.append((s, DKB.latest, Literal(t.latest, datatype=XSD.date)))
    if t.text:
        out.append((s, DKB.dateText, _text(t.text)))
    return out


def _evidence(node: URIRef, sentence: str, start: int, end: int, e: Event,
              article_id: str, m: Minter) -> list[Triple]:
    article = m.article(article_id)
    out: list[Triple] = [(node, RDF.type, DKB.Evidence), (node, DKB.article, article),
                         (node, PROV.wasDerivedFrom, article), (node, DKB.sentence, _text(sentence)),
                         (node, DKB.startOffset, Literal(int(start), datatype=XSD.integer)),
                         (node, DKB.endOffset, Literal(int(end), datatype=XSD.integer)),
                         (node, DKB.confidence, _decimal(e.confidence))]
    if e.trigger:
        out.append((node, DKB.trigger, _text(e.trigger)))
    return out


def _decimal(value: float) -> Literal:
    # repr of a rounded float is the shortest exact text, so 0.9 stays "0.9" on every run.
    return Literal(Decimal(repr(round(float(value), 4))), datatype=XSD.decimal)


def _dispute(d: Dispute, x: Extraction, m: Minter) -> list[Triple]:
    s = m.dispute(d.id)
    out: list[Triple] = [(s, RDF.type, DKB.Dispute), (s, DKB.topic, _text(d.topic)),
                         (s, RDFS.label, _text(d.topic))]
    out += [(s, DKB.party, m.actor(a)) for a in d.parties]
    if d.status:
        if d.status not in _STATUSES:
            raise ExtractionError(f"dispute {d.id}: unknown status {d.status!r}")
        article_id = x.article.article.id
        r = m.status_report(d.id, article_id)
        out += [(s, DKB.statusReport, r), (r, RDF.type, DKB.DisputeStatusReport),
                (r, DKB.status, _STATUSES[d.status]), (r, DKB.statedIn, m.article(article_id))]
        published = x.article.published or x.article.article.published
        if published:
            out.append((r, DKB.reportedAt, Literal(published.date(), datatype=XSD.date)))
        if d.status_evidence:
            out.append((r, DKB.statusSentence, _text(d.status_evidence.text)))
        out += _basis(d, r, x, m)
    return out


def _basis(d: Dispute, report: URIRef, x: Extraction, m: Minter) -> list[Triple]:
    """Whether the article names the dispute or DKB inferred it, and from which of the article's
    events. It is told on the article's status report: another article may name the same dispute."""
    if d.basis not in _BASES:
        raise ExtractionError(f"dispute {d.id}: unknown basis {d.basis!r}; expected one of {sorted(_BASES)}")
    out: list[Triple] = [(report, DKB.basis, _BASES[d.basis])]
    if d.basis == "named":
        return out
    known = {e.id for e in x.events}
    unknown = [a for a in d.acts if a not in known]
    if not d.acts or unknown:
        raise ExtractionError(f"dispute {d.id}: inferred from {unknown or 'no'} events of the article; "
                              "an inferred dispute names the acts of the article it was read from")
    return out + [(report, DKB.inferredFrom, m.event(a)) for a in d.acts]


def _quote(q: Quote, article_id: str, n: int, m: Minter) -> list[Triple]:
    s = m.quote(article_id, n)
    out: list[Triple] = [(s, RDF.type, DKB.Quote), (s, DKB.quoteText, _text(q.text)),
                         (s, DKB.article, m.article(article_id)),
                         (s, DKB.startOffset, Literal(int(q.start), datatype=XSD.integer)),
                         (s, DKB.endOffset, Literal(int(q.end), datatype=XSD.integer))]
    if q.speaker:
        out.append((s, DKB.speaker, m.actor(q.speaker)))
    if q.event:
        out.append((s, DKB.about, m.event(q.event)))
    return out


def _country_stubs(out: list[Triple], x: Extraction, m: Minter) -> list[Triple]:
    """Describe every country the graph links to but no actor of the article describes, so
    each article graph stands on its own (and passes its shapes)."""
    described = {s for s, p, o in out if p == DKB.countryCode}
    linked = [o for s, p, o in out if p in (DKB.country, DKB.roleCountry)]
    stubs: list[Triple] = []
    for c in dict.fromkeys(linked):
        if c in described:
            continue
        code = str(c).rsplit("/", 1)[1]
        stubs += [(c, RDF.type, DKB.Country), (c, RDF.type, DKB.Actor),
                  (c, DKB.countryCode, _text(code))]
        found = pycountry.countries.get(alpha_3=code)
        if found is not None:
            name = getattr(found, "common_name", None) or found.name
            stubs += [(c, DKB.name, _text(name)), (c, RDFS.label, _text(name))]
    return stubs
