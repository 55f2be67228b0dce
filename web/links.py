"""From IRIs to the paths of their pages and back, and the template helpers that use them."""
from __future__ import annotations

from urllib.parse import quote

from flask import Flask
from rdflib import URIRef

from kb import lookup
from kb.iris import KINDS


def base() -> str:
    from web import settings
    value = str(settings()["base_iri"])
    return value if value.endswith(("/", "#")) else value + "/"


def page_url(iri: str | None) -> str | None:
    """The path of an IRI's page on this server ('/event/abc'); other http(s) IRIs are left as they
    are, and anything else (javascript:, data:, urn:) becomes '#': data never chooses a scheme."""
    if not iri:
        return None
    text = str(iri)
    if text.startswith(base()):
        rest = text[len(base()):]
        kind = rest.partition("/")[0]
        if kind in KINDS:
            return "/" + rest
    return text if text.lower().startswith(("http://", "https://")) else "#"


def iri_of(kind: str, key: str) -> str:
    """The IRI a page path names; `key` arrives unquoted from the router and is quoted back."""
    return f"{base()}{kind}/{quote(key, safe='-._~')}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def when(value: str | None, precision: str | None = None) -> str:
    """A date at its own precision, in words: '6 Apr 2008', 'April 2008', '2008'."""
    if not value:
        return ""
    parts = str(value)[:10].split("-")
    try:
        if len(parts) == 1 or precision == "year":
            return parts[0]
        month = MONTHS[int(parts[1]) - 1]
        if len(parts) == 2 or precision == "month":
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month[:3]} {parts[0]}"
    except (ValueError, IndexError):
        return str(value)


def key_of(iri: str | None) -> str:
    """An IRI relative to the base ('person/vladimir-putin'), as the timeline filters take it."""
    text = str(iri or "")
    return text[len(base()):] if text.startswith(base()) else text


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["page"] = page_url
    app.jinja_env.filters["local"] = lookup.local_name
    app.jinja_env.filters["kind_label"] = lookup.kind_label
    app.jinja_env.tests["iri"] = lambda value: isinstance(value, URIRef)
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["key"] = key_of
    app.jinja_env.filters["day"] = lambda value: (str(value)[:10] if value else "")
    app.jinja_env.globals["nav"] = [("/", "Timeline"), ("/timelines", "Canned timelines"),
                                    ("/sparql", "SPARQL"), ("/data", "Data"), ("/ingest", "Ingest")]
