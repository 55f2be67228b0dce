"""Read-side queries behind the web pages: one function per page, each returning plain JSON-ready data."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from rdflib import Literal, URIRef
from rdflib.term import Node

from kb.errors import NotFound
from kb.eventindex import index_for
from kb.iris import EVENT_IDENTITY_RULE
from kb.lookup import (RDF_TYPE, SAME_AS, PREFIX_HEADER, ACTOR_CLASSES, EVENT_LIMIT, values_list, classes, date_span,
                       describe, dkb, entity_facts, event_kinds, facts, first, kind_label, labels, local_name,
                       name_of, precision_of, py, select)

# -- event summaries (shared by every page with a timeline) -------------------------------------
def event_summaries(store, iris: list[str]) -> list[dict]:
    """Compact events (kind, label, date span, modality), latest first."""
    table = facts(store, iris)
    out = [summary(iri, props) for iri, props in table.items() if props]
    return sorted(out, key=lambda e: (e["date"] or "", e["iri"]), reverse=True)


def summary(iri: str, props: dict[str, list[Node]]) -> dict:
    kinds = [k for k in classes(props) if k != "Event"] or ["Event"]
    when = first(props, "date")
    end = first(props, "endDate")
    span = date_span(when, end)
    return {"iri": iri, "label": first(props, "label") or kind_label(kinds[0]),
            "kind": kinds[0], "kind_label": kind_label(kinds[0]), "date": when, "end_date": end,
            "precision": precision_of(when, first(props, "datePrecision")),
            "start": span[0] if span else None, "end": span[1] if span else None,
            "modality": local_name(first(props, "modality") or "Asserted").lower(),
            "cameo": first(props, "cameoCode"), "plover": first(props, "ploverCategory")}


def entity_events(store, kind: str, iri: str, limit: int = EVENT_LIMIT) -> tuple[list[dict], int]:
    """The dated events of an actor, country or dispute from the event index, latest first, at most
    `limit`; and how many events there are in all."""
    index = index_for(store)
    found = index.events_of(kind, iri)
    # positions follow (first day, IRI): sorting small ints beats sorting entries by a key
    latest = sorted((index.position[e] for e in found if e in index.position), reverse=True)[:limit]
    return [entry_summary(index.entries[i]) for i in latest], len(found)


def entry_summary(e) -> dict:
    info = event_kinds().get(e.kind, {})
    span = date_span(e.date)
    return {"iri": e.iri, "label": e.label, "kind": e.kind, "kind_label": kind_label(e.kind), "date": e.date,
            "end_date": None, "precision": e.precision, "start": span[0] if span else None,
            "end": date.fromordinal(e.end).isoformat(), "modality": e.modality,
            "cameo": info.get("cameo"), "plover": info.get("plover")}


def counterparts(store, kind: str, iri: str, limit: int = 12) -> list[dict]:
    """Who (or which countries) share most events with an actor (or a country)."""
    index = index_for(store)
    events = index.events_of(kind, iri)
    if kind == "actor":
        mapping = index.participants()
        lanes = (mapping.get(e, ()) for e in events)
    else:
        column = index.lanes("country")
        lanes = (column[index.position[e]] for e in events if e in index.position)
    counts = Counter(other for found in lanes for other in found if other and other != iri)
    top = sorted(counts, key=lambda o: (-counts[o], o))[:limit]
    names = index.names(top)
    kinds = _kinds_of(store, top)
    return [{"iri": o, "name": names[o], "kind": kinds.get(o, "actor"), "count": counts[o]} for o in top]


_SEGMENT_KINDS = {"person": "person", "org": "organization", "group": "group", "country": "country"}


def _kinds_of(store, iris: list[str]) -> dict[str, str]:
    """Actor kinds read from the minted IRIs ({base}person/..., org/, group/, country/): querying
    rdf:type would scan one copy per article that names the actor."""
    out = {}
    for iri in iris:
        segment = iri.rstrip("/").rsplit("/", 2)[-2] if iri.count("/") >= 2 else ""
        if segment in _SEGMENT_KINDS:
            out[iri] = _SEGMENT_KINDS[segment]
    return out


def _roles(store, holders: list[str]) -> dict[str, dict[str, list]]:
    """Role assignments of the holders: first their IRIs (one bound pattern), then their facts."""
    if not holders:
        return {}
    rows = store.query(PREFIX_HEADER + "SELECT DISTINCT ?r WHERE { " + values_list(
        "h", [URIRef(h) for h in holders]) + "?r dkb:holder ?h }").rows
    return facts(store, [str(r["r"]) for r in rows])


def require(props: dict, iri: str, wanted: tuple[str, ...], what: str) -> list[str]:
    """The DKB classes of a resource; NotFound unless it has one of `wanted`."""
    found = classes(props)
    if not any(k in wanted for k in found):
        raise NotFound(f"no {what} {iri}")
    return found


# -- pages ----------------------------------------------------------------------------------------
def event_detail(store, iri: str) -> dict:
    """Everything the event page shows; NotFound when `iri` is not an event."""
    props = facts(store, [iri])[iri]
    if not props or not is_event(props):
        raise NotFound(f"no event {iri}")
    event = summary(iri, props)
    event["date_texts"] = sorted({str(t) for t in props.get(dkb("dateText"), [])})
    event["earliest"], event["latest"] = first(props, "earliest"), first(props, "latest")
    event["kind_info"] = event_kinds().get(event["kind"], {})
    event["participants"] = _participants(store, props, event["date"])
    event["place"] = _place(store, first(props, "place"))
    disputes = [str(d) for d in props.get(dkb("concerns"), [])]
    event["disputes"] = [{"iri": d, "topic": n} for d, n in sorted(labels(store, disputes).items())]
    event["evidence"] = _evidence(store, [str(e) for e in props.get(dkb("evidence"), [])])
    event["sources"] = len({e["article"]["iri"] for e in event["evidence"] if e["article"]})
    event["quotes"] = quotes_where(store, "?q dkb:about ?x .", {"x": URIRef(iri)})
    event["identity"] = identity(event)
    return event


def identity(event: dict) -> dict:
    """Why the reports behind an event are one event: the values every one of them agreed on
    (the identity rule of kb.iris.event_key), so a reader can judge the merge."""
    place = event["place"]["name"] if event["place"] else None
    agreed = [("kind", event["kind_label"]),
              ("date", f"{event['date']} ({event['precision']} precision)" if event["date"] else None),
              ("participants", ", ".join(sorted(p["name"] for p in event["participants"])) or "none"),
              ("place", place or "none named"),
              ("modality", event["modality"])]
    return {"rule": EVENT_IDENTITY_RULE, "sources": event["sources"],
            "agreed_on": [{"field": f, "value": v} for f, v in agreed if v is not None],
            # an undated event cannot be told apart from another one between the same parties
            "scope": "article" if not event["date"] else "all articles"}


def is_event(props: dict) -> bool:
    found = set(classes(props))
    return "Event" in found or bool(found & set(event_kinds())) or dkb("evidence") in props


def _participants(store, props: dict, when: str | None) -> list[dict]:
    roles_of = {"agent": props.get(dkb("agent"), []), "recipient": props.get(dkb("recipient"), []),
                "participant": props.get(dkb("participant"), [])}
    seen: dict[str, str] = {}
    for role in ("agent", "recipient", "participant"):   # the most telling role wins
        for actor in roles_of[role]:
            seen.setdefault(str(actor), role)
    # Names, kinds and countries from the index and the IRIs: an actor's own triples are repeated in
    # every article graph that names it, so reading them costs as much as it is famous.
    index = index_for(store)
    names, kinds, nation = index.names(list(seen)), _kinds_of(store, list(seen)), index.nation()
    titles = roles_at(store, list(seen), when)
    out = [{"iri": a, "name": names[a], "kind": kinds.get(a, "actor"), "role": seen[a],
            "country": local_name(a) if kinds.get(a) == "country" else
            (local_name(nation[a][0]) if nation.get(a) else None), "titles": titles.get(a, [])} for a in seen]
    order = {"agent": 0, "recipient": 1, "participant": 2}
    return sorted(out, key=lambda x: (order[x["role"]], x["name"]))


def _actor_kind(props: dict) -> str:
    found = [k for k in classes(props) if k in ACTOR_CLASSES]
    return found[0].lower() if found else "actor"


def roles_at(store, holders: list[str], when: str | None) -> dict[str, list[str]]:
    """Role titles of each person, those valid on or before `when` first (latest first)."""
    best: dict[str, dict[str, str]] = defaultdict(dict)
    for props in _roles(store, holders).values():
        holder, title, at = first(props, "holder"), first(props, "roleTitle"), str(first(props, "validAt") or "")
        if not (holder and title):
            continue
        usable = not when or not at or at[:len(when)] <= when
        key = ("1" if usable else "0") + at
        best[holder][title] = max(best[holder].get(title, ""), key)
    # titles alphabetical first, so that equal dates keep one order whatever order the store returned
    return {h: [t for t, _ in sorted(sorted(ts.items()), key=lambda kv: kv[1], reverse=True)]
            for h, ts in best.items()}


def _place(store, iri: str | None) -> dict | None:
    if not iri:
        return None
    props = facts(store, [iri])[iri]
    country = first(props, "country")
    return {"iri": iri, "name": name_of(props) or local_name(iri), "country": country,
            "country_name": labels(store, [country])[country] if country else None,
            "geonames": first(props, "geonamesId"),
            "same_as": sorted(str(x) for x in props.get(SAME_AS, []))}


def _evidence(store, iris: list[str]) -> list[dict]:
    table = facts(store, iris)
    articles = {first(p, "article") for p in table.values()} - {None}
    heads = facts(store, sorted(articles))
    out = []
    for iri, props in table.items():
        art = first(props, "article")
        meta = heads.get(art, {}) if art else {}
        out.append({"iri": iri, "sentence": first(props, "sentence"), "start": first(props, "startOffset"),
                    "end": first(props, "endOffset"), "confidence": first(props, "confidence"),
                    "trigger": first(props, "trigger"), "article": _article_ref(art, meta)})
    return sorted(out, key=lambda e: ((e["article"] or {}).get("published") or "", e["iri"]))


def _article_ref(art: str | None, meta: dict) -> dict | None:
    """Who said it and when: the article a statement comes from, as a page cites it."""
    if not art:
        return None
    return {"iri": art, "headline": first(meta, "headline"), "published": first(meta, "published"),
            "source": first(meta, "sourceName"), "agency": first(meta, "agency")}


def quotes_where(store, pattern: str, terms: dict[str, Node]) -> list[dict]:
    """Quotes matching `pattern` (about ?q), with their speaker's name and article."""
    rows = select(store, "SELECT DISTINCT ?q WHERE { #VALUES ?q a dkb:Quote . " + pattern + " } LIMIT 200",
                  terms)
    table = facts(store, [str(r["q"]) for r in rows])
    speakers = labels(store, [s for p in table.values() if (s := first(p, "speaker"))])
    out = [{"iri": q, "text": first(p, "quoteText"), "speaker": first(p, "speaker"),
            "speaker_name": speakers.get(first(p, "speaker") or ""), "article": first(p, "article"),
            "about": first(p, "about"), "start": first(p, "startOffset"), "end": first(p, "endOffset")}
           for q, p in table.items()]
    return sorted(out, key=lambda q: (q["article"] or "", q["start"] or 0))


def actor_detail(store, iri: str) -> dict:
    """A person, organization or group: roles over time, events, frequent counterparts."""
    return index_for(store).remembered(("actor-page", iri), lambda: _actor_detail(store, iri))


def _actor_detail(store, iri: str) -> dict:
    props = entity_facts(store, iri)
    require(props, iri, ("Person", "Organization", "Group", "Actor"), "actor")
    term = {"a": URIRef(iri)}
    country = first(props, "country")
    events, total = entity_events(store, "actor", iri)
    return {"iri": iri, "name": name_of(props) or local_name(iri), "kind": _actor_kind(props),
            "country": {"iri": country, "name": index_for(store).names([country])[country]} if country else None,
            "country_code": first(props, "countryCode"),
            "same_as": sorted(str(x) for x in props.get(SAME_AS, [])),
            "roles": _role_history(store, iri), "events": events, "event_count": total,
            "counterparts": counterparts(store, "actor", iri),
            "quotes": quotes_where(store, "?q dkb:speaker ?a .", term)}


def _role_history(store, iri: str) -> list[dict]:
    merged: dict[str, dict] = {}
    for props in _roles(store, [iri]).values():
        title = first(props, "roleTitle")
        if not title:
            continue
        role = merged.setdefault(title, {"title": title, "dates": set(), "country": first(props, "roleCountry"),
                                         "articles": set()})
        role["dates"].update(str(d) for d in props.get(dkb("validAt"), []))
        role["articles"].update(str(a) for a in props.get(dkb("statedIn"), []))
    out = [{**r, "dates": sorted(r["dates"]), "articles": sorted(r["articles"]),
            "from": min(r["dates"], default=None), "to": max(r["dates"], default=None)}
           for r in merged.values()]
    return sorted(out, key=lambda r: (r["from"] or "", r["title"]))


def country_detail(store, iri: str) -> dict:
    """A country: its people and organizations, events it or they took part in, counterpart countries."""
    return index_for(store).remembered(("country-page", iri), lambda: _country_detail(store, iri))


def _country_detail(store, iri: str) -> dict:
    props = entity_facts(store, iri)
    require(props, iri, ("Country",), "country")
    term = {"c": URIRef(iri)}
    events, total = entity_events(store, "country", iri)
    members = select(store, "SELECT DISTINCT ?m WHERE { #VALUES ?m dkb:country ?c } LIMIT 2000", term)
    kinds = _kinds_of(store, [str(r["m"]) for r in members])
    names = index_for(store).names(sorted(kinds)[:300])
    disputes = select(store, "SELECT DISTINCT ?d WHERE { #VALUES ?d dkb:party ?c } LIMIT 100", term)
    return {"iri": iri, "name": name_of(props) or local_name(iri), "code": first(props, "countryCode"),
            "same_as": sorted(str(x) for x in props.get(SAME_AS, [])), "events": events, "event_count": total,
            "members": sorted(({"iri": m, "name": n, "kind": kinds[m]} for m, n in names.items()),
                              key=lambda m: m["name"]),
            "counterparts": counterparts(store, "country", iri),
            "disputes": [{"iri": d, "topic": t} for d, t in
                         sorted(labels(store, [str(r["d"]) for r in disputes]).items(), key=lambda x: x[1])]}


def dispute_detail(store, iri: str) -> dict:
    """A dispute: parties, its status as reported over time, its events and quotes."""
    return index_for(store).remembered(("dispute-page", iri), lambda: _dispute_detail(store, iri))


def _dispute_detail(store, iri: str) -> dict:
    props = entity_facts(store, iri)
    require(props, iri, ("Dispute",), "dispute")
    term = {"d": URIRef(iri)}
    # every article's report, not only those of the sampled graphs
    linked = select(store, "SELECT DISTINCT ?p ?o WHERE { #VALUES ?d ?p ?o . "
                    "VALUES ?p { dkb:party dkb:statusReport } }", term)
    parties = sorted({str(r["o"]) for r in linked if str(r["p"]) == dkb("party")})
    reports = facts(store, sorted({str(r["o"]) for r in linked if str(r["p"]) == dkb("statusReport")}))
    names, kinds = index_for(store).names(parties), _kinds_of(store, parties)
    heads = facts(store, sorted({first(p, "statedIn") for p in reports.values()} - {None}))
    acts = labels(store, sorted({str(a) for p in reports.values() for a in p.get(dkb("inferredFrom"), [])}))
    history = sorted(({"status": local_name(first(p, "status") or "").lower() or None,
                       "reported_at": first(p, "reportedAt"), "article": first(p, "statedIn"),
                       "sentence": first(p, "statusSentence"),
                       # an article may only let DKB infer a dispute another names: say which
                       "basis": "inferred" if first(p, "basis") == dkb("InferredFromActs") else "named",
                       "inferred_from": [{"iri": str(a), "label": acts[str(a)]}
                                         for a in sorted(p.get(dkb("inferredFrom"), []), key=str)],
                       "source": _article_ref(first(p, "statedIn"), heads.get(first(p, "statedIn"), {}))}
                      for p in reports.values()), key=lambda r: (r["reported_at"] or "", r["article"] or ""))
    events, total = entity_events(store, "dispute", iri)
    return {"iri": iri, "topic": first(props, "topic") or name_of(props) or local_name(iri),
            "parties": sorted(({"iri": a, "name": names[a], "kind": kinds.get(a, "actor")} for a in parties),
                              key=lambda a: a["name"]),
            "status": history[-1]["status"] if history else None, "history": history,
            "events": events, "event_count": total,
            "quotes": quotes_where(store, "?q dkb:about ?d .", term)}


def article_detail(store, iri: str) -> dict:
    """An article: metadata, its text cut into plain and evidence segments, and the events drawn from it."""
    props = facts(store, [iri])[iri]
    require(props, iri, ("Article",), "article")
    term = {"art": URIRef(iri)}
    rows = select(store, "SELECT DISTINCT ?e ?ev ?s ?t WHERE { #VALUES ?ev dkb:article ?art . "
                  "?e dkb:evidence ?ev . OPTIONAL { ?ev dkb:startOffset ?s } OPTIONAL { ?ev dkb:endOffset ?t } }",
                  term)
    text = first(props, "text") or ""
    spans = [(int(r["s"]), int(r["t"]), str(r["e"]), local_name(r["ev"])) for r in rows
             if r.get("s") is not None and r.get("t") is not None]
    dateline = first(props, "dateline")
    return {"iri": iri, "headline": first(props, "headline"), "published": first(props, "published"),
            "agency": first(props, "agency"), "authors": sorted(str(a) for a in props.get(dkb("author"), [])),
            "url": first(props, "url"), "source": first(props, "sourceName"),
            "content_hash": first(props, "contentHash"),
            "dateline": {"iri": dateline, "name": labels(store, [dateline])[dateline]} if dateline else None,
            "text": text, "segments": segments(text, spans),
            "events": sorted(event_summaries(store, sorted({str(r["e"]) for r in rows})),
                             key=lambda e: min((s[0] for s in spans if s[2] == e["iri"]), default=len(text))),
            "quotes": quotes_where(store, "?q dkb:article ?art .", term)}


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict]:
    """Cut `text` at evidence offsets: each piece lists the events (and evidence) covering it."""
    cuts = {0, len(text)}
    for start, end, *_ in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    out = []
    for lo, hi in zip(points, points[1:]):
        covering = [s for s in spans if s[0] <= lo and hi <= s[1]]
        out.append({"text": text[lo:hi], "start": lo, "events": sorted({s[2] for s in covering}),
                    "evidence": sorted({s[3] for s in covering}),
                    "opens": sorted({s[3] for s in covering if s[0] == lo})})
    return out



def resource_detail(store, iri: str) -> dict:
    """Any resource as a property table (places, quotes, evidence, roles, status reports)."""
    graph = describe(store, iri)
    subject = URIRef(iri)
    names = labels(store, [str(o) for o in graph.objects(subject) if isinstance(o, URIRef)]
                   + [str(s) for s in graph.subjects(None, subject)])
    props = defaultdict(list)
    for p, o in sorted(graph.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1]))):
        props[str(p)].append({"value": py(o), "iri": isinstance(o, URIRef), "label": names.get(str(o))})
    incoming = [{"iri": str(s), "label": names.get(str(s)), "predicate": str(p)}
                for s, p in sorted(graph.subject_predicates(subject), key=str)]
    table = {str(p): [o["value"] for o in objs] for p, objs in props.items()}
    return {"iri": iri, "name": name_of({k: [Literal(v[0])] for k, v in table.items()}) or local_name(iri),
            "types": [v["value"] for v in props.get(RDF_TYPE, [])],
            "properties": [{"predicate": p, "values": objs} for p, objs in props.items()],
            "incoming": incoming}

