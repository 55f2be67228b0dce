"""The sentence bank's scoring (kb/bankscore.py): per-kind counts, bad bank files, a real run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb import bankscore
from kb.errors import InputError


def test_kind_counts_need_one_predicted_event_per_gold_event_of_the_kind():
    counts = bankscore.KindCounts()
    counts.add(["Sanction", "Sanction", "Meeting"], ["Sanction", "Statement"])
    counts.add([], ["Threat"])
    table = counts.table()
    assert table["Sanction"] == {"gold": 2, "predicted": 1, "found": 1, "recall": 0.5, "precision": 1.0}
    assert table["Meeting"]["recall"] == 0.0 and table["Meeting"]["precision"] is None
    assert table["Threat"] == {"gold": 0, "predicted": 1, "found": 0, "recall": None, "precision": 0.0}
    assert table["Statement"]["precision"] == 0.0


def _write(tmp_path, lines):
    path = tmp_path / "bank.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("line, complaint", [
    ("{not json", "not JSON"),
    ('{"id": "a", "text": "x", "events": []}', "needs the keys"),
    ('["a list"]', "needs the keys"),
    ('{"id": "a", "published": "last week", "text": "x", "events": []}', "not an ISO date"),
])
def test_a_malformed_line_is_named_by_file_and_line(tmp_path, line, complaint):
    good = '{"id": "ok", "published": "2020-01-01", "text": "Nothing happened.", "events": []}'
    path = _write(tmp_path, [good, line])
    with pytest.raises(InputError, match=rf"bank\.jsonl:2: .*{complaint}"):
        bankscore.load_bank(path)


def test_a_passage_id_used_twice_is_refused(tmp_path):
    line = '{"id": "same", "published": "2020-01-01", "text": "Nothing happened.", "events": []}'
    with pytest.raises(InputError, match="used twice"):
        bankscore.load_bank(_write(tmp_path, [line, line]))


def test_a_run_scores_found_events_and_false_alarms(tmp_path):
    # Our own passages: a meeting the extractor knows, and a market report with no event at all.
    meeting = {"id": "t-Meeting-1", "published": "2019-06-30",
               "text": "Vladimir Putin met Shinzo Abe in Osaka on Saturday.",
               "actors": [{"name": "Vladimir Putin", "kind": "person", "country": "RUS"},
                          {"name": "Shinzo Abe", "kind": "person", "country": "JPN"}],
               "events": [{"type": "Meeting", "agents": ["Vladimir Putin"], "recipients": ["Shinzo Abe"],
                           "participants": ["Vladimir Putin", "Shinzo Abe"], "date": "2019-06-29",
                           "precision": "day", "place": "Osaka", "modality": "asserted"}]}
    quiet = {"id": "t-None-1", "published": "2020-01-01",
             "text": "Copper prices fell for a third day in London trading.", "actors": [], "events": []}
    report = bankscore.run(_write(tmp_path, [json.dumps(meeting), json.dumps(quiet)]))
    assert report["passages"] == 2
    assert report["kinds"]["Meeting"]["found"] == 1
    assert report["summary"]["events_lenient"]["tp"] == 1
    assert report["summary"]["events_lenient"]["fp"] == 0
    assert report["diffs"]["t-None-1"] == {"error": None, "missed": [], "spurious": [], "mismatched": []}
    assert "disputes" not in report["summary"]


BANK = Path(__file__).resolve().parent / "data" / "sentence_bank"


@pytest.mark.parametrize("half", ["tune", "check"])
def test_bank_figures_do_not_fall_below_the_recorded_floor(half):
    """Each half of the sentence bank keeps its figures; the floor moves only up for a given bank."""
    floors = json.loads((BANK.parent / "bank_floor.json").read_text(encoding="utf-8"))[half]
    report = bankscore.run(BANK / f"{half}.jsonl")
    assert report["errors"] == {}
    s = report["summary"]
    got = {"events_lenient_f1": s["events_lenient"]["f1"], "events_strict_f1": s["events_strict"]["f1"],
           "participants_f1": s["participants"]["f1"], "kind_accuracy": s["kind_accuracy"],
           "modality_accuracy": s["modality_accuracy"]}
    for name, floor in floors.items():
        assert got[name] >= floor, f"{half} {name} fell to {got[name]} (floor {floor})"
