"""Canned timelines at /timelines: a form per timeline, results as a table and a timeline, downloads."""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, jsonify, render_template, request, url_for

import importlib

from kb import lookup
from kb.errors import InputError
from web import get_store
from kb.iris import KINDS
from web.links import iri_of, page_url

bp = Blueprint("canned", __name__)


class _Lazy:
    """kb.timelines, imported on first use (it reads the .rq files; the rest of the app runs without it)."""

    def __getattr__(self, name):
        return getattr(importlib.import_module("kb.timelines"), name)


timelines = _Lazy()
DOWNLOADS = {".timelinejs.json": "timelinejs", ".vis.json": "vis", ".json": "json", ".csv": "csv"}
PAGE_SIZE = 100


@bp.route("/timelines")
def catalogue():
    return render_template("timelines.html", timelines=timelines.list_timelines())


@bp.route("/timelines.json")
def catalogue_json():
    return jsonify([_describe(t) for t in timelines.list_timelines()])


@bp.route("/timelines/<name>")
def timeline(name: str):
    name, fmt = _split(name)
    definition = timelines.get_timeline(name)
    params = {p.name: _expand(p, request.args[p.name].strip()) for p in definition.params
              if request.args.get(p.name, "").strip()}
    limit, offset = _paging()
    ran = bool(params) or request.args.get("run") or not any(p.required for p in definition.params)
    if fmt is None and not ran:
        return render_template("timeline_run.html", t=definition, params=params, result=None, items=[])
    result = timelines.run_timeline(get_store(), name, params, limit=limit, offset=offset)
    items = to_items(result.rows)
    if fmt == "json":
        return jsonify({"timeline": _describe(definition), "params": params, "limit": limit, "offset": offset,
                        "columns": result.columns, "rows": result.rows})
    if fmt == "csv":
        return _csv(result.columns, result.rows, name)
    if fmt == "timelinejs":
        return jsonify(timelinejs(definition, items))
    if fmt == "vis":
        return jsonify(vis(items))
    return render_template("timeline_run.html", t=definition, params=params, result=result, items=items,
                           limit=limit, offset=offset, link=page_url, kinds=_kinds(items),
                           downloads={f: url_for("canned.timeline", name=name + ext, **params, limit=limit,
                                                 offset=offset) for ext, f in DOWNLOADS.items()})


def _expand(param, value: str) -> str:
    """Let entity parameters take the short keys this site's URLs use ('person/vladimir-putin')."""
    kind, sep, key = value.partition("/")
    if param.type in ("actor", "country", "dispute") and sep and kind in KINDS and key and "/" not in key \
            and not value.startswith(("http:", "https:")):
        return iri_of(kind, key)
    return value


def _kinds(items: list[dict]) -> dict:
    known = lookup.event_kinds()
    return {i["kind"]: {"label": lookup.kind_label(i["kind"]), "plover": known.get(i["kind"], {}).get("plover")}
            for i in items}


def _split(name: str) -> tuple[str, str | None]:
    for ext, fmt in DOWNLOADS.items():
        if name.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], fmt
    return name, None


def _paging() -> tuple[int, int]:
    try:
        limit = int(request.args.get("limit", PAGE_SIZE))
        offset = int(request.args.get("offset", 0))
    except ValueError:
        raise InputError("limit and offset must be whole numbers", code="E117") from None
    if not (1 <= limit <= 1000 and offset >= 0):
        raise InputError("limit must be 1-1000 and offset 0 or more", code="E117")
    return limit, offset


def _describe(t) -> dict:
    return {"name": t.name, "title": t.title, "description": t.description,
            "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                        "help": p.help} for p in t.params],
            "url": url_for("canned.timeline", name=t.name, _external=True)}


def _csv(columns: list[str], rows: list[dict], name: str) -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    response = Response(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def to_items(rows: list[dict]) -> list[dict]:
    """Rows that name an event and a date, as timeline items (the renderer's format)."""
    items = []
    for row in rows:
        when = row.get("date")
        event = row.get("event")
        span = lookup.date_span(str(when), str(row["endDate"]) if row.get("endDate") else None) if when else None
        if not (event and span):
            continue
        kind = lookup.local_name(row.get("type") or row.get("kind") or "Event")
        items.append({"iri": event, "href": page_url(event), "label": str(row.get("label") or kind),
                      "kind": kind, "date": str(when), "precision": row.get("precision") or lookup.precision_of(str(when)),
                      "start": span[0], "end": span[1], "lane": lookup.kind_label(kind),
                      "modality": lookup.local_name(row.get("modality") or "asserted").lower()})
    return items


def _date_parts(iso: str, precision: str) -> dict:
    year, month, day = (int(x) for x in iso.split("-"))
    parts = {"year": year}
    if precision in ("month", "day"):
        parts["month"] = month
    if precision == "day":
        parts["day"] = day
    return parts


def timelinejs(t, items: list[dict]) -> dict:
    """TimelineJS3 JSON: partial dates keep month and year precision."""
    events = []
    for item in items:
        precision = item["precision"] or "day"
        event = {"start_date": _date_parts(item["start"], precision), "unique_id": lookup.local_name(item["iri"]),
                 "text": {"headline": item["label"], "text": f"{lookup.kind_label(item['kind'])} ({item['date']})"},
                 "group": item["lane"]}
        if item.get("date") and precision != "day":
            event["display_date"] = item["date"]
        events.append(event)
    return {"title": {"text": {"headline": t.title, "text": t.description}}, "events": events}


def vis(items: list[dict]) -> dict:
    """vis-timeline items and groups: day events are points, month and year events are ranges."""
    groups = sorted({item["lane"] for item in items})
    return {"groups": [{"id": g, "content": g} for g in groups],
            "items": [{"id": f"{i}", "content": item["label"], "start": item["start"],
                       **({"end": item["end"], "type": "range"} if item["precision"] in ("month", "year")
                          else {"type": "point"}),
                       "group": item["lane"], "title": f"{item['kind']} {item['date']}",
                       "className": f"kind-{item['kind']} modality-{item['modality']}"}
                      for i, item in enumerate(items)]}
