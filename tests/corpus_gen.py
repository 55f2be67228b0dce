"""Generate many small, varied diplomatic news articles for crash, load and benchmark runs.

Texts are built from our own template sentences about real countries and leaders, with a seeded
random generator, so a given (count, seed) always yields the same corpus. `write_jsonl` writes
JSON Lines records; `write_corpus` writes the three shapes DKB ingests side by side: scraped
plain text with its junk (stamp line, slideshow counters, photo captions, credits), HTML pages
with boilerplate, and JSON Lines records. Run as a script:
`python -m tests.corpus_gen OUT.jsonl --count 1000` or `... OUT_FOLDER --count 1000 --shapes`.
"""
from __future__ import annotations

import argparse
import html
import json
import random
from datetime import date, datetime, timedelta
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
    ("Joe Biden", "President", "United States", "Washington"),
    ("Boris Johnson", "Prime Minister", "Britain", "London"),
    ("Olaf Scholz", "Chancellor", "Germany", "Berlin"),
    ("Volodymyr Zelenskiy", "President", "Ukraine", "Kyiv"),
    ("Jair Bolsonaro", "President", "Brazil", "Brasilia"),
    ("Mohammed bin Salman", "Crown Prince", "Saudi Arabia", "Riyadh"),
    ("Benjamin Netanyahu", "Prime Minister", "Israel", "Jerusalem"),
    ("Abdel Fattah al-Sisi", "President", "Egypt", "Cairo"),
    ("Joko Widodo", "President", "Indonesia", "Jakarta"),
    ("Scott Morrison", "Prime Minister", "Australia", "Canberra"),
    ("Pedro Sanchez", "Prime Minister", "Spain", "Madrid"),
    ("Mario Draghi", "Prime Minister", "Italy", "Rome"),
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
    "{n1} and {n2} announced a ceasefire along the disputed frontier on {day}.",
    "{l1} will host {l2} at a summit in {cap} next month, the foreign ministry said on {day}.",
    "{n1} sent humanitarian aid to {n2} on {day} after floods displaced thousands.",
    "{l2} rejected on {day} a proposal by {n1} to hold a referendum on the region.",
    "{n1} recalled its ambassador from {n2} on {day} in protest at the arrests.",
    "The United Nations Security Council voted on {day} to extend its mission, with {n1} abstaining.",
]

FILLER_SENTENCES = [
    "Officials from both sides declined to give details.",
    "Markets showed little reaction to the news.",
    "Analysts said relations had been strained for months.",
    "A joint statement is expected later in the week.",
    "Protesters gathered outside the venue but dispersed peacefully.",
    "The foreign ministry said more talks would follow.",
    "Diplomats said the two delegations had worked late into the night on the wording of the text.",
    "The opposition criticised the government for what it called a lack of transparency.",
    "Trade between the two countries has roughly doubled over the past decade.",
    "Neither side commented on reports that a prisoner exchange was also discussed.",
    "The talks were the first at this level since relations soured over a border incident.",
    "Security was tight, with roads around the venue closed for most of the day.",
]

ADJECTIVES = {"Russia": "Russian", "Germany": "German", "France": "French", "China": "Chinese",
              "Japan": "Japanese", "India": "Indian", "Turkey": "Turkish", "Canada": "Canadian",
              "South Korea": "South Korean", "New Zealand": "New Zealand",
              "South Africa": "South African", "Mexico": "Mexican", "United States": "American",
              "Britain": "British", "Ukraine": "Ukrainian", "Brazil": "Brazilian",
              "Saudi Arabia": "Saudi", "Israel": "Israeli", "Egypt": "Egyptian",
              "Indonesia": "Indonesian", "Australia": "Australian", "Spain": "Spanish", "Italy": "Italian"}

# Junk a scraped page leaves in the text; the cleaner drops all of it.
JUNK_LINES = ["Slideshow ({n} Images)", "0 : 0", "Advertisement",
              "• medium-wide-browser\n\n• narrow-phone-portrait"]
REPORTERS = ["Anna Kovacs", "David Osei", "Maria Lindqvist", "Tom Hale", "Priya Raman", "Lena Vogt"]


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


def lengthen(rec: dict, rng: random.Random) -> dict:
    """Add background paragraphs about other leaders, so an article is news-length (250-500 words)."""
    paragraphs = rec["text"].split("\n\n")
    extra = []
    for _ in range(rng.randint(4, 8)):
        (l1, t1, n1, _), (l2, t2, n2, cap2) = rng.sample(LEADERS, 2)
        values = dict(l1=l1, t1=t1, n1=n1, a1=ADJECTIVES[n1], l2=l2, t2=t2, n2=n2, cap=cap2,
                      day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))
        sentences = [rng.choice(EVENT_SENTENCES).format(**values)] if rng.random() < 0.5 else []
        sentences += rng.sample(FILLER_SENTENCES, rng.randint(2, 3))
        extra.append(" ".join(sentences))
    return {**rec, "text": "\n\n".join(paragraphs[:-1] + extra + paragraphs[-1:])}


def scraped_text(rec: dict, rng: random.Random) -> str:
    """The record as a scraper saves a wire story: stamp line, headline, body with junk, credits."""
    published = datetime.fromisoformat(rec["published"].replace("Z", "+00:00"))
    stamp = f"{published:%B} {published.day}, {published.year} / {rng.randint(1, 12)}:{rng.randrange(60):02d} AM"
    paragraphs = rec["text"].split("\n\n")
    photo = (f"{rec['title'].split(': ')[1]} are seen in a file photo. "
             f"REUTERS/{rng.choice(REPORTERS)}")
    junk = rng.choice(JUNK_LINES).format(n=rng.randint(2, 12))
    body = paragraphs[:1] + [photo] + paragraphs[1:-1] + [junk] + paragraphs[-1:]
    credits = f"Reporting by {rng.choice(REPORTERS)}; Editing by {rng.choice(REPORTERS)}"
    return "\n\n".join([f"{stamp} / {rng.randint(1, 15)} years ago", rec["title"], *body, credits]) + "\n"


def html_page(rec: dict, rng: random.Random) -> str:
    """The record as a news site serves it: metadata in the head, menus, cookie notice, footer."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in rec["text"].split("\n\n"))
    author = rng.choice(REPORTERS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(rec['title'])} - World News Daily</title>
<meta name="author" content="{author}">
<meta property="article:published_time" content="{rec['published']}">
</head><body>
<div class="cookie-notice">This site uses cookies. <a href="/privacy">Privacy policy</a></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<article><h1>{html.escape(rec['title'])}</h1><p class="byline">By {author}</p>
{paragraphs}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets close higher</a></li></ul></aside>
<footer>&copy; World News Daily. All rights reserved.</footer>
</body></html>
"""


def write_corpus(folder: Path, count: int, seed: int = 7) -> dict[str, int]:
    """Write `count` articles under `folder`, a third each as .txt, .html and JSON Lines records."""
    folder = Path(folder)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "html").mkdir(exist_ok=True)
    rng = random.Random(seed + 1)
    shapes = {"text": 0, "html": 0, "jsonl": 0}
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as wire:
        for i, rec in enumerate(records(count, seed)):
            rec = lengthen(rec, rng)
            shape = ("text", "html", "jsonl")[i % 3]
            shapes[shape] += 1
            if shape == "text":
                (folder / "text" / f"{rec['id']}.txt").write_text(scraped_text(rec, rng), encoding="utf-8")
            elif shape == "html":
                (folder / "html" / f"{rec['id']}.html").write_text(html_page(rec, rng), encoding="utf-8")
            else:
                wire.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return shapes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shapes", action="store_true", help="write a folder of .txt, .html and .jsonl")
    args = parser.parse_args()
    if args.shapes:
        write_corpus(args.out, args.count, args.seed)
    else:
        write_jsonl(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
