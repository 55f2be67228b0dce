"""Places: location mentions with country and GeoNames id, and the place of a sentence."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kb.model import Article, CleanArticle, Place

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_ad0b8d14bd08f566.txt"


def _run(nlp, text: str, published=datetime(2015, 6, 1)):
    from kb.extract.actors import extract_actors
    from kb.extract.places import extract_places
    article = Article(id="t", raw_text=text, source="test", published=published)
    clean = CleanArticle(article=article, text=text, headline=None, published=published)
    doc = nlp(text)
    return doc, extract_places(doc, extract_actors(doc, clean))


def _seed_text() -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[4:]
    return "\n".join(lines).replace("SOCHI, Russia (Reuters) - ", "", 1)


@pytest.fixture(scope="module")
def seed(nlp):
    return _run(nlp, _seed_text(), datetime(2008, 4, 7))


def test_seed_sochi_and_the_black_sea(seed):
    _, places = seed
    sochi = [p for p in places if p.name == "Sochi"]
    assert sochi and all((p.country, p.geonames) == ("RUS", 491422) for p in sochi)
    assert any(p.name == "Black Sea" and p.geonames is None for p in places)


def test_seed_offsets_point_at_the_names(seed):
    doc, places = seed
    for p in places:
        assert doc.text[p.start:p.stop] in (p.name, "the " + p.name, p.name.removeprefix("the ")), p


def test_seed_topics_and_acting_governments_are_not_places(seed):
    doc, places = seed
    spans = {(p.start, p.stop) for p in places}
    iran = doc.text.index("disputes over Iran") + len("disputes over ")
    assert (iran, iran + 4) not in spans
    wants = doc.text.index("Washington wants")
    assert (wants, wants + len("Washington")) not in spans
    back = doc.text.index("returning to Washington") + len("returning to ")
    assert (back, back + len("Washington")) in spans
    assert not [p for p in places if p.name in ("Reuters", "Air Force One", "Russian")]


def test_city_with_geonames(nlp):
    _, places = _run(nlp, "The foreign ministers met in Geneva on Tuesday.")
    assert [(p.name, p.country, p.geonames) for p in places] == [("Geneva", "CHE", 2660646)]


def test_country_as_location_but_not_as_actor(nlp):
    text = "Troops were deployed in Russia. Russia said it would retaliate."
    _, places = _run(nlp, text)
    where = text.index("in Russia") + 3
    assert [(p.name, p.country, p.geonames, p.start) for p in places] == [("Russia", "RUS", None, where)]


def test_unknown_place_kept_without_ids(nlp):
    _, places = _run(nlp, "The delegates gathered in Zorvania for the talks.")
    assert [(p.name, p.country, p.geonames) for p in places] == [("Zorvania", None, None)]


def test_venue_from_the_table(nlp):
    _, places = _run(nlp, "The two leaders met at Camp David.")
    assert [(p.name, p.country, p.geonames) for p in places] == [("Camp David", "USA", None)]


def test_a_venue_in_a_city_is_given_as_the_city(nlp):
    _, places = _run(nlp, "The two leaders met at the Kremlin on Friday.")
    assert [(p.name, p.country) for p in places] == [("Moscow", "RUS")]


def test_the_capital_named_by_a_demonym(nlp):
    text = "Abiy flew into the Eritrean capital on Sunday. The Eritrean capital's mood was festive."
    _, places = _run(nlp, text)
    assert [(p.name, p.country, text[p.start:p.stop]) for p in places] == [
        ("Asmara", "ERI", "Eritrean capital")]   # the second mention is no location


def test_place_for_prefers_the_most_specific_place(nlp):
    from kb.extract.places import place_for
    text = ("Putin hosted Bush at his retreat in the resort of Sochi on the Black Sea coast. "
            "They talked for hours.")
    doc, places = _run(nlp, text, datetime(2008, 4, 7))
    first, second = list(doc.sents)[:2]
    assert {p.name for p in places} >= {"Sochi", "Black Sea"}
    assert place_for(first, places).name == "Sochi"
    assert place_for(second, places) is None
    fallback = Place("Moscow", "RUS", 524901)
    assert place_for((second.start_char, second.end_char), places, default=fallback) is fallback


def test_place_for_ranks_city_over_country():
    from kb.extract.places import place_for
    places = [Place("Russia", "RUS", None, 10, 16), Place("Sochi", "RUS", 491422, 20, 25),
              Place("Black Sea", None, None, 30, 39)]
    assert place_for((0, 50), places).name == "Sochi"
    assert place_for((0, 19), places).name == "Russia"
    assert place_for((26, 50), places).name == "Black Sea"
