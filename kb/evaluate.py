"""Score extraction against a gold corpus: precision, recall and F1 per field, with per-article misses.

Matching rules (explainable, and the same for every article):
- actors on both sides are reduced to a canonical key by name (countries and organizations through
  the gazetteer, persons through the leaders table's names and aliases, else by slug), so "U.S."
  and "United States" are one key, and so are two spellings of one leader;
- an event matches *leniently* when at least one participant is shared and the dates agree within
  the coarser precision (2008-04-06 agrees with 2008-04); both dates missing also agree;
- it matches *strictly* when kind, participant set, date (value and precision) and place are equal;
- events are paired one to one, best score first; field accuracies are over lenient pairs;
- a dispute matches when the two topics share content words (more than a third of their union:
  2 of 6 is not enough, 2 of 5 is), of
  which one is not a country unless both topics name only their sides ("US-Iran confrontation" and
  "Iran-United States dispute"); a country named or qualified ("Colombia", "Colombian") is one
  word, a capital is a word of its own; articles, prepositions, pronouns and other function words
  ("about", "its", "who") and framing nouns ("dispute", "row", "rift", "diplomatic relations") are
  not content words.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kb import gazetteer
from kb.chambers import chamber_key
from kb.errors import DkbError, InputError
from kb.iris import slugify
from kb.topicmatch import topic_words, topics_match

# Issue 4: the held-out split must reach these. A target is named for where meets_targets reads
# it in a split's summary: "<counts>_<score>" ("events_lenient_f1": the F1 of the events_lenient
# counts) or "<field>_accuracy" (an accuracy of its own).
TARGETS = {
    "events_lenient_f1": 0.80, "events_strict_f1": 0.60, "date_accuracy": 0.90,
    "participants_f1": 0.85, "modality_accuracy": 0.90, "disputes_recall": 0.80,
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def value(self) -> float:
        return round(self.right / self.total, 4) if self.total else 1.0


# Why a gold event found no partner, among the predicted events left unpaired: none of them names
# any of its participants (the event was never proposed, or was told as part of another gold
# event); one does, but one of the two is undated (an undated event agrees only with an undated
# one); or one does, dated apart.
MISS_CAUSES = ("no_unpaired_event_shares_a_participant", "one_side_undated", "dates_differ")


def miss_cause(gold: NormEvent, unpaired: list[NormEvent]) -> str:
    sharing = [p for p in unpaired if gold.participants & p.participants]
    if not sharing:
        return MISS_CAUSES[0]
    if any((gold.date is None) != (p.date is None) for p in sharing):
        return MISS_CAUSES[1]
    return MISS_CAUSES[2]


@dataclass
class Tally:
    events_lenient: Counts = field(default_factory=Counts)
    events_strict: Counts = field(default_factory=Counts)
    participants: Counts = field(default_factory=Counts)
    countries: Counts = field(default_factory=Counts)
    actors: Counts = field(default_factory=Counts)
    disputes: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    kind: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    place: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    forbidden_actors: int = 0
    missed_by_cause: Counter = field(default_factory=Counter)

    def summary(self) -> dict:
        out = {name: getattr(self, name).scores() for name in
               ("events_lenient", "events_strict", "participants", "countries", "actors", "disputes", "quotes")}
        out.update({f"{name}_accuracy": getattr(self, name).value()
                    for name in ("kind", "date", "place", "modality")})
        out["forbidden_actors"] = self.forbidden_actors
        out["missed_by_cause"] = {cause: self.missed_by_cause[cause] for cause in MISS_CAUSES}
        return out


_KIND_PREFIX = {"person": "person", "organization": "org", "group": "group", "country": "country"}


def actor_key(name: str | None, kind: str | None = None) -> str | None:
    """Reduce an actor name (and its kind, where known) to the key both sides are compared by."""
    if not name:
        return None
    country = gazetteer.country(name)
    if country:
        return f"country:{country.alpha3}"
    org = gazetteer.organization(name)
    prefix = _KIND_PREFIX.get(kind or "person", "person")
    # "Nigerian Senate" and "Senate of Nigeria" are one body, and so are "the Knesset" (a body of
    # the organizations table) and "Parliament of Israel" (a chamber named by its state)
    chamber = chamber_key(org.name if org else name) if org or prefix == "org" else None
    if chamber:
        return f"org:{chamber}"
    if org:
        return f"{'group' if org.kind == 'group' else 'org'}:{slugify(org.name)}"
    if prefix == "person" and " " in name.strip():
        # A full name or alias of the leaders table is that leader however spelt ("Volodymyr
        # Zelensky", "Volodymyr Zelenskyy"); a lone surname is left as written, since it can be
        # ambiguous without the event's date.
        name = gazetteer.gazetteer().person_name(name) or name
    return f"{prefix}:{slugify(name)}"


def _gold_kinds(gold: dict) -> dict[str, str]:
    return {a["name"]: a.get("kind") for a in gold.get("actors", [])}


def _dates_agree(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return gold == pred
    return gold.startswith(pred) or pred.startswith(gold)


def _place_key(name: str | None) -> str | None:
    return slugify(name) if name else None


@dataclass
class NormEvent:
    type: str
    participants: frozenset
    date: str | None
    precision: str | None
    place: str | None
    modality: str

    def describe(self) -> str:
        return f"{self.type} {self.date} {sorted(self.participants)} @{self.place} [{self.modality}]"


def gold_events(gold: dict) -> list[NormEvent]:
    kinds = _gold_kinds(gold)
    return [NormEvent(e["type"], frozenset(filter(None, (actor_key(n, kinds.get(n))
                                                         for n in e.get("participants", [])))),
                      e.get("date"), e.get("precision"), _place_key(e.get("place")),
                      e.get("modality", "asserted")) for e in gold.get("events", [])]


def predicted_events(doc: dict) -> list[NormEvent]:
    actors = {a["id"]: a for a in doc["actors"]}
    events = []
    for e in doc["events"]:
        keys = frozenset(filter(None, (_predicted_key(actors.get(a)) for a in e["participants"])))
        place = e["place"]["name"] if e.get("place") else None
        events.append(NormEvent(e["type"], keys, e.get("date"), e.get("precision"),
                                _place_key(place), e["modality"]))
    return events


def _predicted_key(actor: dict | None) -> str | None:
    return actor_key(actor["name"], actor["kind"]) if actor else None


def _pair(gold: list[NormEvent], pred: list[NormEvent]) -> list[tuple[NormEvent, NormEvent]]:
    """Pair events one to one by a score, best first, among lenient matches only.

    The score weighs every field a pair can share, participants first. Modality weighs as little
    as the place: it only chooses between partners otherwise alike (a planned and an asserted
    signing of the same two states), which the old score paired crosswise as two modality errors.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = len(g.participants & p.participants)
            if shared and _dates_agree(g.date, p.date):
                score = (shared * 4 + (g.type == p.type) * 3 + (g.date == p.date) * 2
                         + (g.place == p.place) + (g.modality == p.modality))
                candidates.append((-score, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _strict(g: NormEvent, p: NormEvent) -> bool:
    return (g.type == p.type and g.participants == p.participants and g.date == p.date
            and g.precision == p.precision and g.place == p.place)


def score_article(gold: dict, doc: dict, tally: Tally) -> dict:
    """Add one article's comparison to `tally`; return its diff (misses and false alarms)."""
    g_events, p_events = gold_events(gold), predicted_events(doc)
    pairs = _pair(g_events, p_events)
    tally.events_lenient.tp += len(pairs)
    tally.events_lenient.fp += len(p_events) - len(pairs)
    tally.events_lenient.fn += len(g_events) - len(pairs)
    strict = _strict_pairs(g_events, p_events)
    tally.events_strict.tp += strict
    tally.events_strict.fp += len(p_events) - strict
    tally.events_strict.fn += len(g_events) - strict
    for g, p in pairs:
        tally.participants.add(set(g.participants), set(p.participants))
        tally.kind.add(g.type == p.type)
        tally.date.add(g.date == p.date and g.precision == p.precision)
        tally.place.add(g.place == p.place)
        tally.modality.add(g.modality == p.modality)
    paired_g = {id(g) for g, _ in pairs}
    paired_p = {id(p) for _, p in pairs}
    unpaired = [p for p in p_events if id(p) not in paired_p]
    for g in g_events:
        if id(g) not in paired_g:
            tally.participants.fn += len(g.participants)
            tally.missed_by_cause[miss_cause(g, unpaired)] += 1
    for p in p_events:
        if id(p) not in paired_p:
            tally.participants.fp += len(p.participants)
    _score_actors(gold, doc, tally)
    _score_disputes(gold, doc, tally)
    _score_quotes(gold, doc, tally)
    return {"missed": [g.describe() for g in g_events if id(g) not in paired_g],
            "spurious": [p.describe() for p in p_events if id(p) not in paired_p],
            "mismatched": [{"gold": g.describe(), "predicted": p.describe()}
                           for g, p in pairs if not _strict(g, p)]}


def _strict_pairs(gold: list[NormEvent], pred: list[NormEvent]) -> int:
    left = list(pred)
    count = 0
    for g in gold:
        for p in left:
            if _strict(g, p):
                left.remove(p)
                count += 1
                break
    return count


def _score_actors(gold: dict, doc: dict, tally: Tally) -> None:
    gold_keys = {actor_key(a["name"], a.get("kind")) for a in gold.get("actors", [])}
    pred_keys = {_predicted_key(a) for a in doc["actors"]}
    tally.actors.add(gold_keys, pred_keys)
    gold_countries = {a["country"] for a in gold.get("actors", []) if a.get("country")}
    gold_countries |= {k.split(":")[1] for k in gold_keys if k and k.startswith("country:")}
    pred_countries = {a["country"] for a in doc["actors"] if a.get("country")}
    tally.countries.add(gold_countries, pred_countries)
    forbidden = {slugify(n) for n in gold.get("not_participants", [])}
    tally.forbidden_actors += len(forbidden & {slugify(a["name"]) for a in doc["actors"]})


def _score_disputes(gold: dict, doc: dict, tally: Tally) -> None:
    pred = [topic_words(d["topic"]) for d in doc["disputes"]]
    used: set[int] = set()
    for d in gold.get("disputes", []):
        words = topic_words(d["topic"])
        hit = next((i for i, p in enumerate(pred) if i not in used and topics_match(words, p)), None)
        if hit is None:
            tally.disputes.fn += 1
        else:
            used.add(hit)
            tally.disputes.tp += 1
    tally.disputes.fp += len(pred) - len(used)


def _score_quotes(gold: dict, doc: dict, tally: Tally) -> None:
    actors = {a["id"]: a for a in doc["actors"]}
    kinds = _gold_kinds(gold)
    pred = {(_predicted_key(actors.get(q["speaker"])), _norm_quote(q["text"])[:12]) for q in doc["quotes"]}
    gold_set = {(actor_key(q["speaker"], kinds.get(q["speaker"])), _norm_quote(q["starts_with"])[:12])
                for q in gold.get("quotes", [])}
    tally.quotes.add(gold_set, pred)


def _norm_quote(text: str) -> str:
    return "".join(ch.lower() for ch in text.replace("’", "'") if ch.isalnum())


def load_gold(gold_dir: Path) -> tuple[list[tuple[Path, dict]], set[str]]:
    """Return [(article path, annotation)] and the names of the held-out test split; a gold folder
    without its annotations/ folder or split.json, or with a file that is not JSON, is an InputError
    naming that file."""
    annotations, split_path = gold_dir / "annotations", gold_dir / "split.json"
    for needed in (annotations, split_path):
        if not needed.exists():
            raise InputError(f"{needed}: no such file or directory (a gold folder holds "
                             "annotations/ and split.json)")
    pairs = []
    for ann_path in sorted(annotations.glob("*.json")):
        ann = read_json(ann_path)
        pairs.append((gold_dir / "articles" / ann["article"], ann))
    return pairs, set(read_json(split_path)["test"])


def read_json(path: Path):
    """Read one JSON file of a gold folder (or of second annotations), naming it when it is not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc.msg})") from exc


def meets_targets(summary: dict) -> dict[str, tuple[float, float, bool]]:
    """Compare a split's summary with TARGETS: {figure: (value, target, ok)}."""
    values = {name: _figure(summary, name) for name in TARGETS}
    return {k: (v, TARGETS[k], v >= TARGETS[k]) for k, v in values.items()}


def _figure(summary: dict, name: str) -> float:
    """A target's figure in a split's summary, read off its name: "date_accuracy" is an accuracy
    of its own, "events_lenient_f1" the F1 of the events_lenient counts."""
    if name.endswith("_accuracy"):
        return summary[name]
    counts, _, score = name.rpartition("_")
    return summary[counts][score]


def extraction_json(article, model: str = "auto") -> dict:
    """Extract one article and return it in the `dkb extract` JSON shape the scoring reads."""
    from kb.extract_json import extraction_to_json
    from kb.iris import Minter
    from kb.pipeline import extract_article

    return extraction_to_json(extract_article(article, model), Minter("https://w3id.org/dkb/id/"))


def nothing_found() -> dict:
    """The extraction an article or passage whose extraction failed is scored as."""
    return {"actors": [], "events": [], "disputes": [], "quotes": []}


def _extract(path: Path, published: str | None, model: str) -> dict:
    from datetime import datetime

    from kb.sources import read_one

    article = read_one(path, published=datetime.fromisoformat(published) if published else None)
    return extraction_json(article, model)


def run(gold_dir: str | Path, model: str = "auto") -> dict:
    """Extract every gold article and score it; the report has both splits and each article's diff."""
    pairs, test_names = load_gold(Path(gold_dir))
    tallies = {"dev": Tally(), "test": Tally()}
    articles = {}
    for path, ann in pairs:
        split = "test" if ann["article"] in test_names or path.stem in test_names else "dev"
        try:
            doc, error = _extract(path, ann.get("published"), model), None
        except DkbError as exc:  # scored as an article where nothing was found, and named
            doc, error = nothing_found(), str(exc)
        articles[ann["article"]] = {"split": split, "error": error, **score_article(ann, doc, tallies[split])}
    summaries = {name: tally.summary() for name, tally in tallies.items()}
    return {"splits": summaries,
            "targets": {name: meets_targets(s) for name, s in summaries.items()},
            "errors": {name: a["error"] for name, a in articles.items() if a["error"]},
            "articles": articles}


def one_split(report: dict, split: str) -> dict:
    """The report cut to one split: all that someone tuning on the dev split may read."""
    articles = {name: a for name, a in report["articles"].items() if a["split"] == split}
    return {"splits": {split: report["splits"][split]}, "targets": {split: report["targets"][split]},
            "errors": {name: e for name, e in report["errors"].items() if name in articles},
            "articles": articles}
