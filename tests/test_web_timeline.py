"""The timeline window: filters, lanes, precision and aggregation, through /timeline.json."""
from __future__ import annotations

import pytest

from kb import window as tw
from tests.web_fixtures import BASE, app, client, iri, web_settings, web_store  # noqa: F401


def events(data) -> set[str]:
    return {i["label"] for i in data["items"]}


def test_whole_timeline_has_every_dated_event_in_country_lanes(client):
    data = client.get("/timeline.json").get_json()
    assert data["mode"] == "events"
    assert [lane["label"] for lane in data["lanes"]] == ["Russia", "United States"]
    assert len(events(data)) == 5
    assert data["window"] == {"start": "2008-04-06", "end": "2010-04-08", "unit": "month"}


def test_month_and_year_precision_events_span_their_period(client):
    items = {i["label"]: i for i in client.get("/timeline.json").get_json()["items"]}
    month = items["Putin to hand over the presidency"]
    year = items["Arms control talks through 2009"]
    day = items["New arms treaty signed in Prague"]
    assert (month["precision"], month["start"], month["end"]) == ("month", "2008-05-01", "2008-06-01")
    assert (year["precision"], year["start"], year["end"]) == ("year", "2009-01-01", "2010-01-01")
    assert (day["precision"], day["start"], day["end"]) == ("day", "2010-04-08", "2010-04-09")


@pytest.mark.parametrize("query, expected", [
    ("country=USA", {"Bush and Putin hold a summit in Sochi", "Russia rejects the <b>American</b> plan",
                     "Arms control talks through 2009", "New arms treaty signed in Prague"}),
    ("actor=person/vladimir-putin", {"Bush and Putin hold a summit in Sochi", "Putin to hand over the presidency"}),
    ("actor=person/vladimir-putin&actor=person/george-w-bush", {"Bush and Putin hold a summit in Sochi"}),
    ("dispute=dispute/missile-defense", {"Bush and Putin hold a summit in Sochi",
                                         "Russia rejects the <b>American</b> plan"}),
    ("type=AgreementSigned", {"New arms treaty signed in Prague"}),
    ("modality=planned", {"Putin to hand over the presidency"}),
    ("q=ARMS", {"Arms control talks through 2009", "New arms treaty signed in Prague"}),
    ("from=2009-06&to=2009-12", {"Arms control talks through 2009"}),
    ("from=2008-05-15&to=2008-05-20", {"Putin to hand over the presidency"}),
    ("to=2008-04-06", {"Bush and Putin hold a summit in Sochi"}),
])
def test_filters_keep_only_matching_events(client, query, expected):
    assert events(client.get("/timeline.json?" + query).get_json()) == expected


def test_filters_with_quotes_or_braces_are_data_not_query_text(client):
    for text in ['"} } DROP ALL #', "\\u0022 ) } ; ASK {", "<script>"]:
        response = client.get("/timeline.json", query_string={"q": text})
        assert response.status_code == 200 and response.get_json()["items"] == []


@pytest.mark.parametrize("lanes, expected", [
    ("actor", {"Barack Obama", "Dmitry Medvedev", "George W. Bush", "Vladimir Putin"}),
    ("dispute", {"missile defense"}),
    ("kind", {"Summit", "Rejection", "Leadership change", "Negotiation", "Agreement signed"}),
])
def test_lanes_group_by_actor_dispute_or_kind(client, lanes, expected):
    labels = {lane["label"] for lane in client.get(f"/timeline.json?lanes={lanes}").get_json()["lanes"]
              if lane["key"] not in ("none", "other")}
    assert labels == expected


def test_too_many_items_come_back_as_bucket_counts(client):
    data = client.get("/timeline.json?max=3").get_json()
    assert data["mode"] == "buckets" and data["items"] == []
    per_lane = {}
    for b in data["buckets"]:
        per_lane[b["lane"]] = per_lane.get(b["lane"], 0) + b["count"]
    assert per_lane == {iri("country", "RUS"): 5, iri("country", "USA"): 4}
    assert {b["key"] for b in data["buckets"]} == {"2008-04", "2008-05", "2009", "2010-04"}


def test_buckets_are_days_months_or_years_by_window_width():
    assert tw.granularity("2008-04-01", "2008-04-30") == "day"
    assert tw.granularity("2008-01-01", "2010-12-31") == "month"
    assert tw.granularity("1990-01-01", "2010-12-31") == "year"


def test_lanes_beyond_the_limit_merge_into_other(web_store):
    data = tw.timeline_window(web_store, tw.Filters(), tw.Window(lanes="actor", max_lanes=2))
    assert [lane["key"] for lane in data["lanes"]][-2:] == ["other", "none"]
    assert {i["lane"] for i in data["items"]} <= {lane["key"] for lane in data["lanes"]}


@pytest.mark.parametrize("query", ["from=2008-13", "from=yesterday", "modality=sure", "type=Party",
                                   "lanes=colour", "actor=%22%3E", "from=2010&to=2009", "max=lots"])
def test_bad_filters_are_400_with_the_error_shape(client, query):
    response = client.get("/timeline.json?" + query)
    assert response.status_code == 400
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 400 and body["error"]


def test_index_page_shows_the_filter_form_with_choices(client):
    html = client.get("/?country=RUS&type=Summit").get_data(as_text=True)
    assert '<option value="RUS" selected>' in html
    assert '<option value="Summit" selected>' in html
    assert 'data-src="/timeline.json"' in html
    assert client.get("/?from=bad").status_code == 400


def test_facets_list_what_the_store_holds(client):
    data = client.get("/api/facets.json").get_json()
    assert [(c["code"], c["count"]) for c in data["countries"]] == [("RUS", 5), ("USA", 4)]
    assert {a["key"] for a in data["actors"]} >= {"person/vladimir-putin", "person/barack-obama"}
    assert [d["key"] for d in data["disputes"]] == ["dispute/missile-defense"]


def test_filtered_views_aggregate_the_same_way(client):
    usa = iri("country", "USA")
    data = client.get("/timeline.json?country=USA&max=2").get_json()
    whole = client.get("/timeline.json?max=2").get_json()
    assert data["mode"] == whole["mode"] == "buckets"
    lane = [b for b in data["buckets"] if b["lane"] == usa]
    assert sum(b["count"] for b in lane) == 4
    # The USA lane, filtered on the USA or not, holds the same events: the same buckets and counts.
    assert lane == [b for b in whole["buckets"] if b["lane"] == usa]


def test_lanes_fold_into_other_without_counting_an_event_twice(web_store):
    data = tw.timeline_window(web_store, tw.Filters(), tw.Window(lanes="actor", max_lanes=1))
    other = {i["iri"] for i in data["items"] if i["lane"] == "other"}
    assert len([i for i in data["items"] if i["lane"] == "other"]) == len(other)
