"""Every canned timeline on the ingested sample corpus returns the rows the articles state, in order.

The expected rows are facts of the sample articles (kb/samples/README.md lists them): each test
names the (date, kind) rows that must come back, in that order; other rows may sit between them.
"""
from __future__ import annotations

import pytest

from kb.timelines import list_timelines, run_timeline


def _rows(store, name, **params):
    return run_timeline(store, name, params, limit=500).rows


def _in_order(rows, expected):
    """Whether `expected` (date, type) pairs occur in `rows` in this order."""
    pairs = iter((r["date"], r["type"]) for r in rows)
    return all(any(p == e for p in pairs) for e in expected)


def _sorted_by_date(rows):
    dates = [r["date"] for r in rows]
    return dates == sorted(dates)


def test_the_sample_corpus_ingests_without_errors(sample_store):
    report = sample_store.ingest_report
    assert not report.failed, [o.error for o in report.failed]
    assert len(report.stored) == 17


def test_all_events_start_with_kissinger_then_nixon_in_beijing_and_run_in_date_order(sample_store):
    rows = _rows(sample_store, "all_events")
    assert _sorted_by_date(rows) and len(rows) >= 40
    # "Kissinger flew to Beijing in July of last year", in an article of February 1972
    first = rows[0]
    assert (first["date"], first["type"]) == ("1971-07", "Visit")
    assert "Henry Kissinger" in first["participants"]
    nixon = next(r for r in rows if r["date"] != "1971-07")
    assert (nixon["date"], nixon["type"]) == ("1972-02-21", "Visit")
    assert "Richard Nixon" in nixon["participants"]


def test_expulsions_of_russian_diplomats(sample_store):
    rows = _rows(sample_store, "events_by_type", type="Expulsion")
    assert [(r["date"], r["type"]) for r in rows][:2] == [("2018-03", "Expulsion"), ("2018-03-26", "Expulsion")]
    assert all("Russia" in r["participants"] for r in rows)
    assert int(rows[1]["sources"]) >= 2   # several paragraphs report the 26 March expulsions


def test_events_between_the_united_states_and_russia(sample_store):
    rows = _rows(sample_store, "country_pair", country1="USA", country2="RUS")
    assert _sorted_by_date(rows)
    assert _in_order(rows, [("2010-04-08", "Statement"), ("2018-03-26", "Expulsion")])
    assert all("Russia" in r["participants"] and "United States" in r["participants"]
               for r in rows if r["type"] == "Expulsion")


def test_events_of_2015_in_order(sample_store):
    rows = _rows(sample_store, "events_in_range", **{"from": "2015-01-01", "to": "2015-12-31"})
    assert rows and all("2015" <= r["date"] <= "2015-12-31" for r in rows)
    assert _sorted_by_date(rows)
    assert _in_order(rows, [("2015-02-12", "Ceasefire"), ("2015-07-14", "AgreementSigned")])


def test_barack_obamas_events(sample_store):
    rows = _rows(sample_store, "actor_events", actor="Barack Obama")
    assert _sorted_by_date(rows)
    assert _in_order(rows, [("2010-04-08", "Statement"), ("2013-09-27", "PhoneCall")])
    assert all("Barack Obama" in r["participants"] for r in rows)


def test_quotes_by_barack_obama(sample_store):
    rows = _rows(sample_store, "quotes_by_speaker", speaker="Barack Obama")
    assert [r["date"][:10] for r in rows][:2] == ["2010-04-08", "2013-09-27"]
    assert rows[0]["text"].startswith("This day demonstrates")


def test_the_iran_nuclear_dispute_across_three_articles(sample_store):
    events = _rows(sample_store, "dispute_events", dispute="Iran's nuclear programme")
    assert _in_order(events, [("2010-04-08", "Threat"), ("2015-07-14", "AgreementSigned")])
    history = _rows(sample_store, "dispute_history", dispute="Iran's nuclear programme")
    # one dispute, one status report per article that speaks of it, oldest first
    assert [r["date"][:7] for r in history] == ["2010-04", "2012-10", "2015-07"]
    assert len({r["article"] for r in history}) == 3


@pytest.mark.parametrize("timeline", [t.name for t in list_timelines()])
def test_every_timeline_pages_without_gaps_or_repeats(sample_store, timeline):
    t = next(t for t in list_timelines() if t.name == timeline)
    params = {"actor": "Barack Obama", "speaker": "Barack Obama", "country1": "USA", "country2": "RUS",
              "dispute": "Iran's nuclear programme", "type": "Meeting", "from": "1970-01-01", "to": "2030-12-31"}
    bound = {p.name: params[p.name] for p in t.params if p.required}
    whole = run_timeline(sample_store, timeline, bound, limit=500).rows
    paged = []
    for offset in range(0, len(whole) + 3, 3):
        paged += run_timeline(sample_store, timeline, bound, limit=3, offset=offset).rows
    assert paged == whole
