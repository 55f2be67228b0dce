"""Agreement between two annotators of the same articles: the ceiling a machine can be held to.

A second annotator, who never saw the first one's files, annotates some gold articles under the
same conventions (tests/gold/README.md). Scoring the second annotation as if it were extraction
output, with kb.evaluate's rules, gives the figures two careful people reach on each other: the
lenient event F1, participants F1 and the rest. A target above that agreement measures the
annotators' disagreements as much as the extractor.
"""
from __future__ import annotations

from pathlib import Path

from kb.errors import InputError
from kb.evaluate import Tally, load_gold, read_json, score_article


def annotation_as_extraction(annotation: dict) -> dict:
    """Recast a gold annotation in the `dkb extract` JSON shape the scorer reads."""
    actors = [{"id": a["name"], "name": a["name"], "kind": a.get("kind"), "country": a.get("country")}
              for a in annotation.get("actors", [])]
    known = {a["id"] for a in actors}
    for event in annotation.get("events", []):  # a name an event uses but "actors" forgot
        for name in event.get("participants", []):
            if name not in known:
                known.add(name)
                actors.append({"id": name, "name": name, "kind": None, "country": None})
    events = [{"type": e["type"], "participants": list(e.get("participants", [])),
               "date": e.get("date"), "precision": e.get("precision"),
               "place": {"name": e["place"]} if e.get("place") else None,
               "modality": e.get("modality", "asserted")} for e in annotation.get("events", [])]
    return {"actors": actors, "events": events,
            "disputes": [{"topic": d["topic"]} for d in annotation.get("disputes", [])],
            "quotes": [{"speaker": q["speaker"], "text": q["starts_with"]}
                       for q in annotation.get("quotes", [])]}


def run(gold_dir: str | Path, second_dir: str | Path) -> dict:
    """Score every second annotation in `second_dir` against the gold annotation of its article."""
    gold = {Path(ann["article"]).stem: ann for _, ann in load_gold(Path(gold_dir))[0]}
    tally, articles = Tally(), {}
    files = sorted(Path(second_dir).glob("*.json"))
    if not files:
        raise InputError(f"{second_dir}: no second annotations (*.json) to compare")
    for path in files:
        if path.stem not in gold:
            raise InputError(f"{path}: no gold article named {path.stem}")
        second = read_json(path)
        articles[path.stem] = score_article(gold[path.stem], annotation_as_extraction(second), tally)
    return {"articles": len(files), "summary": tally.summary(), "diffs": articles}
