"""End to end in headless Chromium: the timeline, filters, event and article pages, the SPARQL editor.

Screenshots go to test-artifacts/ so a person can look at what the tests saw.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.web_fixtures import LiveServer, fill, web_settings  # noqa: F401

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"

# Boxes of every label drawn in the timeline, for the overlap check.
LABEL_BOXES = """() => Array.from(document.querySelectorAll('#timeline svg text')).map(t => {
  const r = t.getBoundingClientRect();
  return {text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom};
}).filter(b => b.x1 > b.x0)"""


@pytest.fixture(scope="module")
def server():
    from kb.settings import load_settings
    from kb.store import open_store
    from web import create_app

    settings = load_settings(environ={}, store="memory:", update_token="t")
    store = open_store("memory:", settings)
    fill(store)
    with LiveServer(create_app({**settings, "STORE": store})) as live:
        yield live
    store.close()


@pytest.fixture(scope="module")
def chrome():
    assert Path(CHROMIUM).exists(), "Debian's chromium is not installed (scripts/install.sh --test installs it)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=CHROMIUM, args=["--disable-gpu", "--disable-quic"])
        yield chrome
        chrome.close()


@pytest.fixture
def tab(chrome):
    ARTIFACTS.mkdir(exist_ok=True)
    context = chrome.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.errors = []
    page.dialogs = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    assert page.errors == [], page.errors
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x0"] < b["x1"] - 1 and b["x0"] < a["x1"] - 1 and a["y0"] < b["y1"] - 1 and b["y0"] < a["y1"] - 1:
                out.append((a["text"], b["text"]))
    return out


def test_timeline_loads_with_lanes_and_no_overlapping_labels(tab, server):
    tab.goto(server.url + "/")
    tab.wait_for_selector("#timeline svg a.tl-item")
    lanes = tab.locator("#timeline .tl-lane-label").all_text_contents()
    assert lanes == ["Russia", "United States"]
    assert tab.locator("#event-list table.events tbody tr").count() == 5
    assert overlapping(tab.evaluate(LABEL_BOXES)) == []
    shot(tab, "timeline")


def test_month_precision_event_is_a_span_not_a_day(tab, server):
    tab.goto(server.url + "/?lanes=kind")
    tab.wait_for_selector("#timeline svg a.tl-item")
    month = tab.locator('#timeline a.tl-item[data-precision="month"] rect.tl-span').first.bounding_box()
    day = tab.locator('#timeline a.tl-item[data-precision="day"] circle.tl-dot').first.bounding_box()
    year = tab.locator('#timeline a.tl-item[data-precision="year"] rect.tl-span').first.bounding_box()
    assert year["width"] > month["width"] * 8 > day["width"] * 2
    shot(tab, "timeline-by-kind")


def test_filtering_updates_the_url_and_the_timeline(tab, server):
    tab.goto(server.url + "/")
    tab.wait_for_selector("#timeline svg a.tl-item")
    tab.select_option("#f-type", "AgreementSigned")
    tab.wait_for_url("**type=AgreementSigned**")
    tab.wait_for_selector("#timeline svg a.tl-item")
    assert tab.locator("#event-list tbody tr").all_text_contents()[0].endswith("New arms treaty signed in Prague")
    assert tab.locator("#event-list tbody tr").count() == 1
    tab.fill("#f-q", "summit")
    tab.select_option("#f-type", "")
    tab.wait_for_url("**q=summit**")
    tab.wait_for_selector("#event-list tbody tr")
    assert tab.locator("#event-list tbody tr").count() == 1
    assert "type=" not in tab.url
    shot(tab, "timeline-filtered")


def test_zooming_writes_the_window_into_the_url(tab, server):
    tab.goto(server.url + "/")
    tab.wait_for_selector("#timeline svg a.tl-item")
    tab.click(".tl-zoom-in")
    tab.click(".tl-zoom-in")
    tab.wait_for_url("**from=**")
    tab.wait_for_function("document.querySelector('#f-from').value !== ''")
    assert "to=" in tab.url
    shot(tab, "timeline-zoomed")


def test_open_an_event_then_follow_its_evidence_to_the_article(tab, server):
    tab.goto(server.url + "/")
    tab.wait_for_selector("#timeline svg a.tl-item")
    tab.locator("#timeline a.tl-item", has_text="Bush and Putin").first.click()
    tab.wait_for_selector("h1")
    assert tab.locator("h1").inner_text() == "Bush and Putin hold a summit in Sochi"
    assert tab.locator(".participants tbody tr").count() == 2
    assert tab.locator(".evidence-item").count() == 2
    shot(tab, "event")
    tab.locator("a.evidence-link", has_text="Summit ends without missile deal").click()
    tab.wait_for_url("**/article/sochi-2008#sochi-2008-1")
    target = tab.locator("mark:target")
    assert target.inner_text().startswith("The American and Russian presidents held a summit")
    shot(tab, "article")


def test_article_with_script_and_markup_shows_it_as_text(tab, server):
    tab.goto(server.url + "/article/script-test")
    text = tab.locator("#article-text").inner_text()
    assert "<script>window.__dkbPwned = 1</script>" in text and "<b>American</b>" in text
    assert tab.locator("h1").inner_text() == "Moscow <i>answers</i> <script>alert(1)</script>"
    assert tab.evaluate("window.__dkbPwned === undefined")
    assert tab.locator("#article-text script, #article-text b, h1 script").count() == 0
    assert tab.dialogs == []
    shot(tab, "article-with-markup")
    tab.goto(server.url + "/?lanes=kind")
    tab.wait_for_selector("#timeline svg a.tl-item")
    assert "Russia rejects the <b>American</b> plan" in tab.locator("#event-list").inner_text()
    assert tab.evaluate("window.__dkbPwned === undefined") and tab.dialogs == []


def test_query_editor_runs_an_example(tab, server):
    tab.goto(server.url + "/sparql")
    tab.click("button.example:has-text('Events by kind')")
    assert "GROUP BY ?kind" in tab.input_value("#query")
    tab.click("#run-query")
    tab.wait_for_selector("table.results tbody tr")
    assert tab.locator("#row-count").inner_text() == "5"
    assert "Summit" in tab.locator("table.results").inner_text()
    shot(tab, "sparql")


def test_actor_page_draws_its_own_timeline(tab, server):
    tab.goto(server.url + "/person/vladimir-putin")
    tab.wait_for_selector(".dkb-timeline svg a.tl-item")
    assert tab.locator(".dkb-timeline a.tl-item").count() == 2
    shot(tab, "actor")


def test_canned_timeline_shows_table_and_timeline(tab, server):
    tab.goto(server.url + "/timelines")
    tab.click("a.card:has-text('Events of an actor')")
    tab.fill("input[name=actor]", "Vladimir Putin")
    tab.click("button:has-text('Run')")
    tab.wait_for_selector("#canned-timeline svg a.tl-item")
    assert tab.locator("table.results tbody tr").count() == 2
    assert tab.locator("#canned-timeline a.tl-item").count() == 2
    shot(tab, "canned-timeline")


def test_hover_shows_a_tooltip_with_the_event_as_text(tab, server):
    tab.goto(server.url + "/?lanes=kind")
    tab.wait_for_selector("#timeline svg a.tl-item")
    tab.locator("#timeline a.tl-item", has_text="Russia rejects").first.hover()
    tip = tab.locator("#timeline .tl-tooltip")
    tip.wait_for(state="visible")
    assert "Russia rejects the <b>American</b> plan" in tip.inner_text()
    assert "7 Apr 2008" in tip.inner_text() and tip.locator("b").count() == 0
    tab.mouse.move(5, 5)
    tab.locator("#timeline a.tl-item", has_text="Arms control").first.hover()
    assert "(year precision)" in tip.inner_text()
    shot(tab, "timeline-tooltip")
