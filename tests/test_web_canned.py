"""Canned timelines at /timelines: catalogue, parameter form, results, and the four downloads."""
from __future__ import annotations

import csv
import io

from kb import timelines
from tests.web_fixtures import app, client, iri, web_settings, web_store  # noqa: F401

PUTIN = {"actor": "person/vladimir-putin"}


def test_catalogue_lists_every_timeline_with_its_parameters(client):
    listed = client.get("/timelines.json").get_json()
    assert [t["name"] for t in listed] == [t.name for t in timelines.list_timelines()]
    actor = next(t for t in listed if t["name"] == "actor_events")
    assert actor["params"][0]["name"] == "actor" and actor["params"][0]["required"] is True
    html = client.get("/timelines").get_data(as_text=True)
    assert all(t.title in html for t in timelines.list_timelines())


def test_form_first_then_table_and_timeline(client):
    form = client.get("/timelines/actor_events").get_data(as_text=True)
    assert 'name="actor"' in form and "required" in form and 'class="results"' not in form
    page = client.get("/timelines/actor_events", query_string=PUTIN).get_data(as_text=True)
    assert 'class="results"' in page and "Bush and Putin hold a summit in Sochi" in page
    assert 'id="canned-items"' in page and 'id="canned-timeline"' in page


def test_json_download_has_rows_of_the_timeline(client):
    data = client.get("/timelines/actor_events.json", query_string=PUTIN).get_json()
    assert [(r["date"], r["type"]) for r in data["rows"]] == [("2008-04-06", "Summit"), ("2008-05", "LeadershipChange")]
    assert data["params"] == {"actor": iri("person", "vladimir-putin")}


def test_csv_download_matches_the_json(client):
    rows = client.get("/timelines/actor_events.json", query_string=PUTIN).get_json()["rows"]
    response = client.get("/timelines/actor_events.csv", query_string=PUTIN)
    assert response.mimetype == "text/csv"
    parsed = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["event"] for r in parsed] == [r["event"] for r in rows]


def test_timelinejs_keeps_month_precision(client):
    data = client.get("/timelines/actor_events.timelinejs.json", query_string=PUTIN).get_json()
    starts = [e["start_date"] for e in data["events"]]
    assert starts == [{"year": 2008, "month": 4, "day": 6}, {"year": 2008, "month": 5}]
    assert data["title"]["text"]["headline"] == timelines.get_timeline("actor_events").title


def test_vis_timeline_draws_month_events_as_ranges(client):
    data = client.get("/timelines/actor_events.vis.json", query_string=PUTIN).get_json()
    kinds = {i["content"]: (i["type"], i["start"], i.get("end")) for i in data["items"]}
    assert kinds["Putin to hand over the presidency"] == ("range", "2008-05-01", "2008-06-01")
    assert kinds["Bush and Putin hold a summit in Sochi"] == ("point", "2008-04-06", None)
    assert {g["id"] for g in data["groups"]} == {i["group"] for i in data["items"]}


def test_paging_and_bad_parameters(client):
    first = client.get("/timelines/all_events.json?limit=2").get_json()["rows"]
    second = client.get("/timelines/all_events.json?limit=2&offset=2").get_json()["rows"]
    both = client.get("/timelines/all_events.json?limit=4").get_json()["rows"]
    assert len(first) == len(second) == 2 and first + second == both
    assert client.get("/timelines/all_events.json?limit=0").status_code == 400
    missing = client.get("/timelines/actor_events.json")
    assert missing.status_code == 400 and "required" in missing.get_json()["error"]
    assert client.get("/timelines/nope").status_code == 404
