"""Score extraction on a sentence bank: short news passages, each annotated like a gold article.

A gold article mixes many causes in one figure; a bank of passages, a few per event kind and
written without looking at the extractor, shows how each kind's ordinary wording fares on text no
rule was tuned on. Each JSON line is a gold annotation (tests/gold/README.md) with the passage
inline: {"id", "published", "text", "actors", "events"}; a passage with no diplomatic event has
"events": [] and measures false alarms.

Events are scored by kb.evaluate's rules (lenient pairing, participants, modality, kind). Per
kind, two more figures that do not depend on the participants being right:
- recall: of the gold events of kind K, how many the passage's output has an event of kind K for
  (a passage with two gold K events needs two predicted K events);
- precision: of the predicted events of kind K, how many the passage's gold has a K event for.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kb.errors import DkbError, InputError
from kb.evaluate import Tally, extraction_json, nothing_found, score_article
from kb.model import Article

_REQUIRED = ("id", "published", "text", "events")


@dataclass
class KindCounts:
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)

    def add(self, gold_types: list[str], predicted_types: list[str]) -> None:
        gold, predicted = Counter(gold_types), Counter(predicted_types)
        self.gold.update(gold)
        self.predicted.update(predicted)
        self.found.update(gold & predicted)

    def table(self) -> dict[str, dict]:
        kinds = sorted(set(self.gold) | set(self.predicted))
        return {k: {"gold": self.gold[k], "predicted": self.predicted[k], "found": self.found[k],
                    "recall": _ratio(self.found[k], self.gold[k]),
                    "precision": _ratio(self.found[k], self.predicted[k])} for k in kinds}


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def load_bank(path: str | Path) -> list[dict]:
    """Read a bank file; a malformed line is an InputError naming the file and the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the sentence bank ({exc})") from exc
    records, seen = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or any(k not in record for k in _REQUIRED):
            raise InputError(f"{where}: a passage needs the keys {', '.join(_REQUIRED)}")
        if record["id"] in seen:
            raise InputError(f"{where}: passage id {record['id']!r} used twice")
        seen.add(record["id"])
        try:
            record["_published"] = datetime.fromisoformat(record["published"])
        except (TypeError, ValueError) as exc:
            raise InputError(f"{where}: 'published' is not an ISO date") from exc
        records.append(record)
    return records


def _article(record: dict, source: str) -> Article:
    text = record["text"]
    return Article(id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], raw_text=text,
                   source=source, published=record["_published"])


def run(path: str | Path, model: str = "auto") -> dict:
    """Extract every passage of the bank and score it; the report has per-kind figures and diffs."""
    records = load_bank(path)
    tally, kinds, passages = Tally(), KindCounts(), {}
    for record in records:
        try:
            doc, error = extraction_json(_article(record, f"{path}#{record['id']}"), model), None
        except DkbError as exc:  # scored as a passage where nothing was found, and named
            doc, error = nothing_found(), str(exc)
        diff = score_article(record, doc, tally)
        kinds.add([e["type"] for e in record["events"]], [e["type"] for e in doc["events"]])
        passages[record["id"]] = {"error": error, **diff}
    summary = tally.summary()
    for unused in ("disputes", "quotes", "forbidden_actors"):
        summary.pop(unused)  # a bank annotates events and actors only
    return {"bank": str(path), "passages": len(records), "summary": summary,
            "kinds": kinds.table(), "diffs": passages,
            "errors": {pid: d["error"] for pid, d in passages.items() if d["error"]}}
