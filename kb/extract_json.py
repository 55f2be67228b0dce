"""The `dkb extract` JSON document (schema dkb.extract/1, DESIGN section 9): stable, tools read it."""
from __future__ import annotations

from kb.iris import Minter
from kb.model import Event, Extraction, Place, TimeValue

SCHEMA = "dkb.extract/1"


def extraction_to_json(x: Extraction, minter: Minter) -> dict:
    """Render one article's extraction as the dkb.extract/1 object."""
    clean = x.article
    art = clean.article
    return {
        "schema": SCHEMA,
        "article": {
            "id": art.id,
            "iri": str(minter.article(art.id)),
            "source": art.source,
            "headline": clean.headline,
            "published": clean.published.isoformat() if clean.published else None,
            "dateline": ({"place": clean.dateline.place, "country": clean.dateline.country}
                         if clean.dateline else None),
            "agency": clean.agency,
            "authors": list(clean.authors),
            "text": clean.text,
        },
        "actors": [{
            "id": a.id, "iri": str(minter.actor(a.id)), "name": a.name, "kind": a.kind,
            "country": a.country, "roles": list(a.roles), "wikidata": a.wikidata,
            "mentions": [list(m) for m in a.mentions],
        } for a in x.actors],
        "events": [_event(e, minter) for e in x.events],
        "disputes": [{
            "id": d.id, "iri": str(minter.dispute(d.id)), "topic": d.topic,
            "parties": list(d.parties), "status": d.status,
            "basis": d.basis, "inferred_from": list(d.acts),
        } for d in x.disputes],
        "quotes": [{
            "speaker": q.speaker, "text": q.text, "start": q.start, "end": q.end, "event": q.event,
        } for q in x.quotes],
        "errors": list(x.errors),
    }


def error_json(source: str, message: str) -> dict:
    """The object printed for an input that could not be extracted at all."""
    return {"schema": SCHEMA, "article": {"source": source}, "actors": [], "events": [],
            "disputes": [], "quotes": [], "errors": [message]}


def _event(e: Event, minter: Minter) -> dict:
    date: TimeValue | None = e.date
    return {
        "id": e.id, "iri": str(minter.event(e.id)), "type": e.type, "label": e.label,
        "cameo": e.cameo, "plover": e.plover,
        "date": date.value if date else None,
        "precision": date.precision if date else None,
        "end_date": date.end if date else None,
        "date_text": date.text if date else None,
        "place": _place(e.place),
        "agents": list(e.agents), "recipients": list(e.recipients),
        "participants": list(e.participants),
        "modality": e.modality, "confidence": round(e.confidence, 3),
        "disputes": list(e.disputes),
        "evidence": [{"text": ev.text, "start": ev.start, "end": ev.end} for ev in e.evidence],
    }


def _place(p: Place | None) -> dict | None:
    if p is None:
        return None
    return {"name": p.name, "country": p.country, "geonames": p.geonames}
