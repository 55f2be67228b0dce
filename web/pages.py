"""Pages for events, actors, countries, disputes and articles; each also as .json and as RDF."""
from __future__ import annotations

from flask import Blueprint, jsonify, make_response, redirect, render_template, url_for

from kb import lookup, views
from kb.errors import NotFound
from kb.iris import KINDS
from web import get_store
from web.links import iri_of
from web.negotiate import RDF_TYPES, graph_response, page_media_type, split_extension

bp = Blueprint("pages", __name__)

# kind (IRI path segment) -> (loader, template)
PAGES = {
    "event": (views.event_detail, "event.html"),
    "person": (views.actor_detail, "actor.html"),
    "org": (views.actor_detail, "actor.html"),
    "group": (views.actor_detail, "actor.html"),
    "country": (views.country_detail, "country.html"),
    "dispute": (views.dispute_detail, "dispute.html"),
    "article": (views.article_detail, "article.html"),
}


@bp.route("/<kind>/<key>")
def page(kind: str, key: str):
    """One resource as HTML, JSON or RDF: the extension decides, else the Accept header."""
    if kind not in KINDS:
        raise NotFound(f"no page {kind}/{key}")
    stem, ext_type = split_extension(key)
    media = page_media_type(ext_type)
    iri = iri_of(kind, stem)
    store = get_store()
    if media in RDF_TYPES:
        graph = lookup.graph_contents(store, iri) if kind == "graph" else lookup.describe(store, iri)
        return graph_response(graph, media, filename=f"{kind}-{stem}{_ext(media)}")
    if kind == "graph" and media == "text/html":
        return redirect(url_for("pages.page", kind="article", key=stem))
    loader, template = PAGES.get(kind, (views.resource_detail, "resource.html"))
    data = loader(store, iri)
    if media == "application/json":
        response = jsonify(data)
    else:
        response = make_response(render_template(
            template, d=data, kind=kind, json_url=url_for("pages.page", kind=kind, key=stem + ".json"),
            ttl_url=url_for("pages.page", kind=kind, key=stem + ".ttl")))
    if ext_type is None:
        response.vary.add("Accept")
    return response


def _ext(media: str) -> str:
    return {"text/turtle": ".ttl", "application/ld+json": ".jsonld", "application/n-triples": ".nt",
            "application/rdf+xml": ".rdf"}[media]
