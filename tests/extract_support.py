"""Shared fixtures for the extraction tests: the parsed seed and hand-made actors and places.

Actors and places are built by a small name table rather than by kb.extract.actors, so these
tests judge dates, events, disputes and quotes on their own.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from kb.model import Actor, Place
from kb.nlp import get_nlp

SEED = Path(__file__).parents[2] / "shared" / "seeds" / "000_ad0b8d14bd08f566.txt"
SEED_PUBLISHED = datetime(2008, 4, 7, 7, 57)

# id, kind, country, names (longest first); names are matched as whole words
ACTOR_TABLE = [
    ("person:george-w-bush", "person", "USA", ["George W. Bush", "George Bush", "Bush"]),
    ("person:vladimir-putin", "person", "RUS", ["Vladimir Putin", "Putin"]),
    ("person:dmitry-medvedev", "person", "RUS", ["Dmitry Medvedev", "Medvedev"]),
    ("person:stephen-hadley", "person", "USA", ["Stephen Hadley", "Hadley"]),
    ("person:angela-merkel", "person", "DEU", ["Angela Merkel", "Merkel"]),
    ("person:hu-jintao", "person", "CHN", ["Hu Jintao", "Hu"]),
    ("person:recep-erdogan", "person", "TUR", ["Recep Tayyip Erdogan", "Erdogan"]),
    ("person:ali-khan", "person", "PAK", ["Ali Khan"]),
    ("country:USA", "country", "USA", ["United States", "U.S.", "Washington", "American"]),
    ("country:RUS", "country", "RUS", ["Russia", "Russian", "Moscow", "Kremlin"]),
    ("country:DEU", "country", "DEU", ["Germany", "German", "Berlin"]),
    ("country:CHN", "country", "CHN", ["China", "Chinese", "Beijing"]),
    ("country:IRN", "country", "IRN", ["Iran", "Iranian", "Tehran"]),
    ("country:XKX", "country", "XKX", ["Kosovo"]),
    ("country:POL", "country", "POL", ["Poland"]),
    ("country:CZE", "country", "CZE", ["Czech Republic"]),
    ("country:UKR", "country", "UKR", ["Ukraine", "Ukrainian", "Kiev"]),
    ("country:GEO", "country", "GEO", ["Georgia"]),
    ("country:IND", "country", "IND", ["India", "Indian", "New Delhi"]),
    ("country:PAK", "country", "PAK", ["Pakistan", "Pakistani", "Islamabad"]),
    ("country:TUR", "country", "TUR", ["Turkey", "Turkish", "Ankara"]),
    ("country:FRA", "country", "FRA", ["France", "French", "Paris"]),
    ("country:SAU", "country", "SAU", ["Saudi Arabia", "Saudi", "Riyadh"]),
    ("country:QAT", "country", "QAT", ["Qatar", "Qatari", "Doha"]),
    ("org:nato", "organization", None, ["NATO"]),
    ("org:united-nations", "organization", None, ["United Nations", "U.N."]),
]
PLACE_TABLE = [("Sochi", "RUS", 491422), ("Black Sea", None, None), ("Geneva", "CHE", 2660646),
               ("Berlin", "DEU", 2950159), ("Beijing", "CHN", 1816670), ("Paris", "FRA", 2988507)]


def nlp():
    """The pipeline the extractor itself uses (kb.nlp's "auto" choice, loaded once per process)."""
    return get_nlp()


def seed_text() -> str:
    """The seed body with the junk a cleaner removes: header, captions, credits, dateline."""
    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    keep = []
    for para in paras[2:]:
        if para.startswith("Additional reporting"):
            break
        if "REUTERS/" in para or para.startswith("Slideshow"):
            continue
        keep.append(para)
    return re.sub(r"^[A-Z]+, [A-Za-z]+ \(Reuters\) - ", "", "\n\n".join(keep))


def make_actors(text: str) -> list[Actor]:
    """Actors of the name table found in `text`, with every non-overlapping mention."""
    taken: list[tuple[int, int]] = []
    actors = []
    for actor_id, kind, country, names in ACTOR_TABLE:
        mentions = []
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    mentions.append((m.start(), m.end()))
                    taken.append((m.start(), m.end()))
        if mentions:
            actors.append(Actor(id=actor_id, name=names[0], kind=kind, country=country,
                                mentions=sorted(mentions)))
    return actors


def make_places(text: str, dateline: str | None = None) -> list[Place]:
    places = []
    for name, country, geonames in PLACE_TABLE:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            places.append(Place(name, country, geonames, m.start(), m.end()))
        if dateline == name:
            places.append(Place(name, country, geonames))
    return places


def parse(text: str, published: datetime = SEED_PUBLISHED, dateline: str | None = None):
    """Run the whole extraction chain this helper owns over `text`."""
    from kb.extract.dates import extract_dates
    from kb.extract.events import extract_events

    doc = nlp()(text)
    actors = make_actors(text)
    dates = extract_dates(doc, published)
    places = make_places(text, dateline)
    events = extract_events(doc, actors, dates, places, published)
    return doc, actors, dates, places, events


def events_of(text: str, kind: str, published: datetime = SEED_PUBLISHED) -> list:
    """The events of one kind the chain finds in `text`."""
    return [e for e in parse(text, published)[-1] if e.type == kind]


def dates_on(text: str, trigger: str, published: datetime = SEED_PUBLISHED) -> list[str | None]:
    """The dates of the events the chain finds on `trigger` in `text`, after checking there is one:
    an undated event must still be found for a test of its date to mean anything."""
    found = [e.date.value if e.date else None for e in parse(text, published)[-1] if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


def trigger_kind(sentence: str, word: str) -> str | None:
    """The event kind the lexicon gives the first token written `word` in `sentence`, or None."""
    from kb.extract.lexicon import match_trigger

    token = next((t for t in nlp()(sentence) if t.text == word), None)
    if token is None:  # a silent case naming a word the sentence lacks would pass whatever the rule
        raise ValueError(f"{word!r} is no token of {sentence!r}")
    trig = match_trigger(token)
    return trig.type if trig is not None else None


def places_of(text: str, etype: str, published: datetime) -> list[str | None]:
    """The places the whole pipeline gives the events of one kind in `text` (at least one)."""
    from kb.model import Article
    from kb.pipeline import extract_article

    events = extract_article(Article(id="places", raw_text=text, source="test", published=published)).events
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    return [e.place.name if e.place else None for e in found]
