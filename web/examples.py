"""Example queries for the SPARQL editor: a few hand-written ones, then every canned timeline."""
from __future__ import annotations

from functools import lru_cache

BUILT_IN = [
    ("Events by kind", "Count events per event class.",
     "PREFIX dkb: <https://w3id.org/dkb/ontology#>\n\n"
     "SELECT ?kind (COUNT(DISTINCT ?event) AS ?events)\nWHERE {\n  ?event a dkb:Event ; a ?kind .\n"
     "  FILTER(?kind != dkb:Event)\n}\nGROUP BY ?kind\nORDER BY DESC(?events)\n"),
    ("Latest events", "The 50 most recent events with their date and label.",
     "PREFIX dkb: <https://w3id.org/dkb/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
     "SELECT ?event ?date ?label\nWHERE {\n  ?event a dkb:Event ; dkb:date ?date ; rdfs:label ?label .\n}\n"
     "ORDER BY DESC(STR(?date))\nLIMIT 50\n"),
    ("Who met whom", "Pairs of actors that took part in the same event, most frequent first.",
     "PREFIX dkb: <https://w3id.org/dkb/ontology#>\n\n"
     "SELECT ?a ?aName ?b ?bName (COUNT(DISTINCT ?event) AS ?events)\nWHERE {\n"
     "  ?event dkb:participant ?a , ?b .\n  ?a dkb:name ?aName . ?b dkb:name ?bName .\n"
     "  FILTER(STR(?a) < STR(?b))\n}\nGROUP BY ?a ?aName ?b ?bName\nORDER BY DESC(?events)\nLIMIT 50\n"),
    ("Evidence of an event", "Each event with the sentence and article that support it.",
     "PREFIX dkb: <https://w3id.org/dkb/ontology#>\n\n"
     "SELECT ?event ?sentence ?article\nWHERE {\n  ?event dkb:evidence ?ev .\n"
     "  ?ev dkb:sentence ?sentence ; dkb:article ?article .\n}\nLIMIT 50\n"),
    ("Describe an article graph", "All triples of one article's named graph (edit the graph IRI).",
     "CONSTRUCT { ?s ?p ?o }\nWHERE {\n  GRAPH ?g { ?s ?p ?o }\n}\nLIMIT 200\n"),
]


@lru_cache(maxsize=1)
def examples() -> list[dict]:
    out = [{"title": t, "description": d, "query": q} for t, d, q in BUILT_IN]
    try:
        from kb.timelines import list_timelines
    except ImportError:  # the canned timelines module is optional for the editor
        return out
    for timeline in list_timelines():
        out.append({"title": f"Timeline: {timeline.title}", "description": timeline.description,
                    "query": timeline.query})
    return out
