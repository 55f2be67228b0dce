"""Reporters, editors, photographers and outlets, end to end: on our own articles (scraped text with
junk, HTML with page furniture, JSON Lines), none of the people and outlets that make or carry the
news becomes an actor, an event's participant or a quote's speaker, while the parties of the news
are still found, and an outlet that is itself acted upon ("Russia banned the BBC") is kept.
The articles and what each must give are in tests/data/outlets/ (expected.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.evaluate import extraction_json
from kb.iris import slugify
from kb.sources import read_articles

DATA = Path(__file__).parent / "data" / "outlets"
EXPECTED = {k: v for k, v in json.loads((DATA / "expected.json").read_text()).items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    """Each article's `dkb extract` JSON, by file name (by record id for JSON Lines records)."""
    out = {}
    for path in sorted(DATA.iterdir()):
        if path.name == "expected.json":
            continue
        for article in read_articles(path):
            key = article.id if path.suffix == ".jsonl" else path.name
            out[key] = extraction_json(article)
    return out


def _words(name: str) -> list[str]:
    return slugify(name).split("-")


def _is_press(actor: dict, press: list[str]) -> bool:
    """An actor is one of the press if it is one of them, holds one ("The Meridian Herald") or, as a
    person, is known by one's surname alone ("Morrow")."""
    words = _words(actor["name"])
    for name in press:
        other = _words(name)
        if any(words[i:i + len(other)] == other for i in range(len(words) - len(other) + 1)):
            return True
        if actor["kind"] == "person" and len(words) == 1 and words == other[-1:]:
            return True
    return False


def test_every_article_of_the_folder_has_its_expectations(extracted):
    assert set(extracted) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_press_takes_no_part(extracted, key):
    doc, press = extracted[key], EXPECTED[key]["press"]
    actors = {a["id"]: a for a in doc["actors"]}
    assert [a["name"] for a in actors.values() if _is_press(a, press)] == []
    for event in doc["events"]:
        roles = event["agents"] + event["recipients"] + event["participants"]
        assert [i for i in roles if _is_press(actors[i], press)] == [], event["type"]
    speakers = [actors[q["speaker"]] for q in doc["quotes"] if q["speaker"]]
    assert [s["name"] for s in speakers if _is_press(s, press)] == []


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_parties_of_the_news_are_still_found(extracted, key):
    found = {slugify(a["name"]) for a in extracted[key]["actors"]}
    assert {slugify(n) for n in EXPECTED[key]["actors"]} - found == set()


@pytest.mark.parametrize("key", sorted(k for k in EXPECTED if "authors" in EXPECTED[k]))
def test_bylines_and_credits_give_the_authors(extracted, key):
    assert extracted[key]["article"]["authors"] == EXPECTED[key]["authors"]


def test_a_byline_without_by_does_not_take_the_headline(extracted):
    assert extracted["pipe_byline.txt"]["article"]["headline"] == EXPECTED["pipe_byline.txt"]["headline"]


def test_an_outlet_acted_upon_is_the_object_of_the_act(extracted):
    doc = extracted["outlet_subject.txt"]
    names = {a["id"]: a["name"] for a in doc["actors"]}
    for kind, expected in EXPECTED["outlet_subject.txt"]["recipients"].items():
        recipients = {names[i] for e in doc["events"] if e["type"] == kind for i in e["recipients"]}
        assert set(expected) <= recipients
