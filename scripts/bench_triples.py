"""Generate a knowledge base of any size straight as N-Quads, built by kb.rdf from synthetic extractions.

The articles are not parsed: each is an Extraction made up from the gazetteer tables (real
leaders, countries, organizations and places) and written through kb.rdf.extraction_to_triples,
so the graph has exactly the shape an ingest gives (article graphs, events with agents,
recipients and participants, dates with precision, places, evidence, roles, disputes with
status reports, quotes). Two actors are planted for timeline benchmarks: a frequent one in a
third of all events and a rare one in a handful; likewise a frequent and a rare dispute.

    python scripts/bench_triples.py OUT.nq --triples 1000000
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402

from kb.iris import DEFAULT_BASE, Minter, event_key, slugify  # noqa: E402
from kb.model import (Actor, Article, CleanArticle, Dateline, Dispute, Event, Evidence,  # noqa: E402
                      Extraction, Place, Quote, TimeValue)
from kb.rdf import extraction_to_triples  # noqa: E402
from kb.store.oxigraph import to_ox  # noqa: E402
from kb.vocab import EVENT_CLASSES  # noqa: E402

FREQUENT_SHARE = 1 / 3         # of all events, the frequent actor takes part in this share
RARE_EVERY = 20_000            # the rare actor joins one event in this many (at least one)
TOPICS = ["border demarcation", "nuclear programme", "fishing rights", "gas transit", "water sharing",
          "missile defense", "trade tariffs", "maritime boundary", "refugee returns", "arms embargo"]
SENTENCE = "{a} and {b} {verb} in {place} {day}, officials said after the talks."
FILLER = ("Officials from both sides declined to give details of the discussions. Analysts said relations "
          "had been strained for months, and a joint statement is expected later in the week.")


@dataclass
class Plan:
    """What the generator planted, so timeline benchmarks can ask for it by name."""

    frequent_actor: str
    rare_actor: str
    frequent_dispute: str
    rare_dispute: str
    frequent_pair: tuple[str, str]
    rare_pair: tuple[str, str]


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("kb.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


class World:
    """The actors, places and disputes articles are drawn from."""

    def __init__(self, rng: random.Random):
        countries = [r for r in _table("countries.tsv") if len(r["alpha3"]) == 3]
        self.countries = [Actor(f"country:{r['alpha3']}", r["name"], "country", r["alpha3"]) for r in countries]
        leaders = {r["name"]: r for r in _table("leaders.tsv") if r["country"]}
        self.people = [Actor(f"person:{slugify(n)}", n, "person", r["country"], roles=[r["role"]] if r["role"] else [])
                       for n, r in leaders.items()]
        self.orgs = [Actor(f"org:{r['key']}", r["name"], "organization") for r in _table("organizations.tsv")]
        self.places = [Place(r["name"], r["country"] or None, int(r["geonames"]) if r["geonames"] else None)
                       for r in _table("places.tsv")]
        self.frequent = self.people[0]
        self.rare = self.people[-1]
        self.partner = next(c for c in self.countries if c.country == "CHN")   # the frequent pair's other side
        self.others = self.people[1:-1] + self.countries + self.orgs
        self.topics = [f"{t} {c.name}" for t in TOPICS for c in self.countries[:40]]
        self.kinds = sorted(EVENT_CLASSES)
        self.rng = rng

    def plan(self) -> Plan:
        f, r = self.frequent, self.rare
        return Plan(f.name, r.name, slugify(self.topics[0]), slugify(self.topics[-1]),
                    (f.country, self.partner.country), (self.countries[-1].country, r.country))


def _date(rng: random.Random) -> TimeValue:
    day = date(1990, 1, 1) + timedelta(days=rng.randrange(35 * 365))
    roll = rng.random()
    if roll < 0.7:
        return TimeValue(day.isoformat(), "day", f"on {day:%B} {day.day}")
    if roll < 0.9:
        return TimeValue(day.isoformat()[:7], "month", f"in {day:%B %Y}")
    return TimeValue(str(day.year), "year", f"in {day.year}")


def synthetic_extraction(n: int, world: World, event_counter: list[int], minter: Minter) -> Extraction:
    """Article `n`: three to five events among its actors, a dispute and a quote."""
    rng = world.rng
    published = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(13_000_000))
    actors: dict[str, Actor] = {}
    events, sentences = [], []
    for _ in range(rng.randint(3, 5)):
        event, sentence = _event(world, event_counter, actors, len(" ".join(sentences)) + 1)
        events.append(event)
        sentences.append(sentence)
    topic = world.topics[0] if rng.random() < 0.3 else rng.choice(world.topics[1:-1])
    if n % RARE_EVERY == 0:
        topic = world.topics[-1]
    parties = sorted({a for e in events for a in e.participants})[:2]
    dispute = Dispute(f"dispute:{slugify(topic)}", topic, parties, rng.choice(["ongoing", "unresolved", "resolved"]))
    for e in events[:2]:
        e.disputes.append(dispute.id)
    text = " ".join(sentences) + " " + FILLER
    speaker = world.rare.id if world.rare.id in actors else events[0].agents[0]
    quote = Quote("We had frank and useful talks", len(text) - 40, len(text) - 10, speaker, events[0].id)
    place = rng.choice(world.places)
    raw = Article(f"synth-{n:08d}", text, f"synthetic.jsonl:{n + 1}", f"https://wire.example/{n}",
                  f"Talks in {place.name}", published)
    clean = CleanArticle(raw, text, raw.headline, published, Dateline(place.name, None), "Reuters",
                         ["A. Reporter"], hashlib.sha256(text.encode()).hexdigest())
    return Extraction(clean, list(actors.values()), events, [dispute], [quote])


def _event(world: World, counter: list[int], actors: dict[str, Actor], start: int) -> tuple[Event, str]:
    rng = world.rng
    counter[0] += 1
    who = rng.sample(world.others, 2)
    if counter[0] % RARE_EVERY == 1:
        who = [world.countries[-1], world.rare]
    elif rng.random() < FREQUENT_SHARE:
        who[0] = world.frequent
        if rng.random() < 0.25:
            who[1] = world.partner
    for actor in who:
        actors[actor.id] = actor
        if actor.country and actor.kind != "country":
            country = next((c for c in world.countries if c.country == actor.country), None)
            if country:
                actors.setdefault(country.id, country)
    kind, when, place = rng.choice(world.kinds), _date(rng), rng.choice(world.places)
    ids = [a.id for a in who]
    sentence = SENTENCE.format(a=who[0].name, b=who[1].name, verb=kind.lower(), place=place.name, day=when.text)
    modality = "planned" if rng.random() < 0.1 else "asserted"
    event = Event(event_key(kind, when.value, ids, place.name, modality), kind, f"{kind}: {who[0].name}, {who[1].name}",
                  None, None, when, place, ids[:1], ids[1:], ids, modality, round(rng.uniform(0.5, 0.99), 2),
                  evidence=[Evidence(sentence, start, start + len(sentence))], trigger=kind.lower())
    return event, sentence


def one_more_articles(kind: str, count: int, seed: int = 7, base: str = DEFAULT_BASE) -> list[tuple[str, list]]:
    """`count` new articles (graph IRI, triples) for a store written by `write_nquads`: with `kind`
    "frequent", each names the frequent actor and dispute; "rare", the rare ones. Their numbers
    lie above any `write_nquads` uses, so they add graphs rather than replace them."""
    world, minter = World(random.Random(seed + 1000)), Minter(base)
    actor, topic = {"frequent": (world.frequent.id, world.topics[0]), "rare": (world.rare.id, world.topics[-1])}[kind]
    out, n, counter = [], 900_000_000, [0]
    while len(out) < count:
        if kind == "rare":      # the numbers at which the generator plants the rare actor and dispute
            n, counter[0] = 950_000_000 + RARE_EVERY * len(out), RARE_EVERY * len(out)
        x = synthetic_extraction(n, world, counter, minter)
        n += 1
        if any(actor in e.participants for e in x.events) and x.disputes[0].topic == topic:
            out.append((str(minter.graph(x.article.article.id)), list(extraction_to_triples(x, minter))))
    return out


def write_nquads(path: Path, triples: int, seed: int = 7, base: str = DEFAULT_BASE, parts: int = 1) -> dict:
    """Write about `triples` quads to `path` (in `parts` processes); return what was written and planted."""
    if parts <= 1:
        return _write_part(path, triples, seed, base, 0)
    files = [path.with_name(f"{path.name}.part{i}") for i in range(parts)]
    with ProcessPoolExecutor(parts) as pool:
        done = list(pool.map(_write_part, files, [triples // parts] * parts, [seed + i for i in range(parts)],
                             [base] * parts, range(parts)))
    with path.open("wb") as out:
        for file in files:
            with file.open("rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)
            file.unlink()
    return {"triples": sum(d["triples"] for d in done), "articles": sum(d["articles"] for d in done),
            "events": sum(d["events"] for d in done), "plan": done[0]["plan"]}


def _write_part(path: Path, triples: int, seed: int, base: str, part: int) -> dict:
    world = World(random.Random(seed))
    minter = Minter(base)
    counter, written, articles = [0], 0, 0
    first = part * 100_000_000     # article numbers of each part never meet
    with path.open("wb") as out:
        while written < triples:
            batch = []
            for _ in range(50):
                x = synthetic_extraction(first + articles, world, counter, minter)
                graph = ox.NamedNode(str(minter.graph(x.article.article.id)))
                batch += [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in extraction_to_triples(x, minter)]
                articles += 1
            ox.serialize(batch, out, ox.RdfFormat.N_QUADS)
            written += len(batch)
    return {"triples": written, "articles": articles, "events": counter[0], "plan": world.plan().__dict__}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--parts", type=int, default=1, help="processes writing parts of the file")
    args = parser.parse_args(argv)
    print(json.dumps(write_nquads(args.out, args.triples, args.seed, parts=args.parts)))


if __name__ == "__main__":
    main()
