"""Generate many small, varied diplomatic news records for crash and load tests.

Texts are built from our own template sentences about real countries and leaders, with a seeded
random generator, so a given (count, seed) always yields the same corpus. Run as a script to
write JSON Lines: `python -m tests.corpus_gen OUT.jsonl --count 1000`.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

# (leader, title, country name, capital); pairs are drawn so the two sides differ.
LEADERS = [
    ("Vladimir Putin", "President", "Russia", "Moscow"),
    ("Angela Merkel", "Chancellor", "Germany", "Berlin"),
    ("Emmanuel Macron", "President", "France", "Paris"),
    ("Xi Jinping", "President", "China", "Beijing"),
    ("Shinzo Abe", "Prime Minister", "Japan", "Tokyo"),
    ("Narendra Modi", "Prime Minister", "India", "New Delhi"),
    ("Recep Tayyip Erdogan", "President", "Turkey", "Ankara"),
    ("Justin Trudeau", "Prime Minister", "Canada", "Ottawa"),
    ("Moon Jae-in", "President", "South Korea", "Seoul"),
    ("Jacinda Ardern", "Prime Minister", "New Zealand", "Wellington"),
    ("Cyril Ramaphosa", "President", "South Africa", "Pretoria"),
    ("Andres Manuel Lopez Obrador", "President", "Mexico", "Mexico City"),
]

EVENT_SENTENCES = [
    "{t1} {l1} met {t2} {l2} in {cap} on {day} to discuss trade and security.",
    "{l1} travelled to {cap} on {day} for a two-day visit, the first by a {a1} leader in years.",
    "{l1} and {l2} spoke by telephone on {day} about the crisis on their shared agenda.",
    "{n1} imposed sanctions on {n2} on {day}, freezing the assets of several officials.",
    "{n1} expelled three {n2} diplomats on {day} after a row over alleged spying.",
    "{l1} accused {n2} on {day} of breaking its promises on the border talks.",
    "The two governments signed an agreement on energy cooperation in {cap} on {day}.",
    "{l1} threatened on {day} to cut diplomatic ties with {n2} unless the detainees were freed.",
    "{n1} and {n2} agreed on {day} to resume negotiations on a long-stalled fisheries deal.",
    "{l2} praised {l1} on {day} for what he called a constructive meeting.",
]

FILLER_SENTENCES = [
    "Officials from both sides declined to give details.",
    "Markets showed little reaction to the news.",
    "Analysts said relations had been strained for months.",
    "A joint statement is expected later in the week.",
    "Protesters gathered outside the venue but dispersed peacefully.",
    "The foreign ministry said more talks would follow.",
]

ADJECTIVES = {"Russia": "Russian", "Germany": "German", "France": "French", "China": "Chinese",
              "Japan": "Japanese", "India": "Indian", "Turkey": "Turkish", "Canada": "Canadian",
              "South Korea": "South Korean", "New Zealand": "New Zealand",
              "South Africa": "South African", "Mexico": "Mexican"}


def record(index: int, rng: random.Random) -> dict:
    """Build one JSON Lines record: id, url, title, published, text."""
    (l1, t1, n1, _), (l2, t2, n2, cap2) = rng.sample(LEADERS, 2)
    published = date(2005, 1, 1) + timedelta(days=rng.randrange(5000))
    day = (published - timedelta(days=rng.randrange(3))).strftime("%A")
    values = dict(l1=l1, t1=t1, n1=n1, a1=ADJECTIVES[n1], l2=l2, t2=t2, n2=n2, cap=cap2, day=day)
    lead = rng.choice(EVENT_SENTENCES).format(**values)
    extra = [rng.choice(FILLER_SENTENCES) for _ in range(rng.randrange(3))]
    second = rng.choice(EVENT_SENTENCES).format(**values) if rng.random() < 0.4 else None
    body = " ".join([lead] + extra)
    text = f"{cap2.upper()} (Reuters) - {body}" + (f"\n\n{second}" if second else "")
    # The index in the text keeps every record's content (hence its hash) distinct.
    text += f"\n\nThis is dispatch number {index} in the series."
    return {"id": f"gen-{index:05d}", "url": f"https://wire.example/gen/{index}",
            "title": f"{n1} and {n2}: {l1} and {l2} in {cap2}",
            "published": f"{published.isoformat()}T12:00:00Z", "text": text}


def records(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [record(i, rng) for i in range(count)]


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    """Write `count` records to `path` as JSON Lines and return the path."""
    with Path(path).open("w", encoding="utf-8") as out:
        for rec in records(count, seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return Path(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_jsonl(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
