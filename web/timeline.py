"""Timeline browsing: the page at / and its JSON twin, which sends only what one window shows."""
from __future__ import annotations

import time

from flask import Blueprint, jsonify, render_template, request

from kb import window as tw
from kb.errors import InputError
from web import backend, get_store
from web.links import base, page_url

bp = Blueprint("timeline", __name__)
FACETS_TTL = 60.0


def _window() -> tw.Window:
    try:
        max_items = int(request.args.get("max", 400))
    except ValueError:
        raise InputError("'max' must be a whole number", code="E117") from None
    return tw.Window(lanes=request.args.get("lanes", "country"), max_items=max(1, min(max_items, 2000)))


@bp.route("/")
def index():
    filters = tw.parse_filters(request.args, base())
    win = _window()
    if win.lanes not in tw.LANES:
        raise InputError(f"lanes must be one of {', '.join(tw.LANES)}", code="E116")
    return render_template("index.html", filters=filters, lanes=win.lanes, facets=facets(),
                           lane_choices=list(tw.LANES), params=request.args)


@bp.route("/timeline.json")
def window_json():
    """The JSON twin of /: lanes and events (or per-bucket counts) for the requested window."""
    started = time.perf_counter()
    answer = tw.timeline_window(get_store(), tw.parse_filters(request.args, base()), _window())
    # the answer is shared with later requests (it is cached): add links to copies
    items = [{**item, "href": page_url(item["iri"])} for item in answer["items"]]
    lanes = [{**lane, "href": page_url(lane["key"]) if lane["key"] not in ("other", "none") else None}
             for lane in answer["lanes"]]
    return jsonify({**answer, "items": items, "lanes": lanes,
                    "ms": round((time.perf_counter() - started) * 1000, 1)})


@bp.route("/api/facets.json")
def facets_json():
    return jsonify(facets())


def facets() -> dict:
    """Choices for the filter form, cached for a minute (listing actors costs a scan)."""
    cache = backend().cache
    hit = cache.get("facets")
    if hit and time.monotonic() - hit[0] < FACETS_TTL:
        return hit[1]
    value = tw.facets(get_store())
    prefix = base()
    for group in ("actors", "disputes"):
        for entry in value[group]:
            entry["key"] = entry["iri"][len(prefix):] if entry["iri"].startswith(prefix) else entry["iri"]
    cache["facets"] = (time.monotonic(), value)
    return value
