"""Inter-annotator agreement (kb/agreement.py): an annotation recast as extraction output."""
from __future__ import annotations

import copy
import json
import shutil

import pytest

from kb import agreement
from kb.errors import InputError
from tests.gold_support import GOLD, dev_stems


@pytest.fixture
def gold_copy(tmp_path):
    """Two gold articles with their annotations, and an empty folder for second annotations."""
    root = tmp_path / "gold"
    (root / "annotations").mkdir(parents=True)
    (root / "articles").mkdir()
    stems = dev_stems(2)
    for stem in stems:
        shutil.copy(GOLD / "annotations" / f"{stem}.json", root / "annotations")
    (root / "split.json").write_text('{"test": []}', encoding="utf-8")
    second = tmp_path / "second"
    second.mkdir()
    return root, second, stems


def test_an_annotation_agrees_fully_with_itself(gold_copy):
    root, second, stems = gold_copy
    for stem in stems:
        shutil.copy(root / "annotations" / f"{stem}.json", second)
    s = agreement.run(root, second)["summary"]
    for name in ("events_lenient", "events_strict", "participants", "actors", "disputes", "quotes"):
        assert s[name]["fp"] == 0 and s[name]["fn"] == 0, name
    assert s["events_strict"]["tp"] > 0
    assert s["kind_accuracy"] == s["date_accuracy"] == s["place_accuracy"] == s["modality_accuracy"] == 1.0


def test_disagreements_are_counted_both_ways(gold_copy):
    root, second, stems = gold_copy
    ann = json.loads((root / "annotations" / f"{stems[0]}.json").read_text(encoding="utf-8"))
    assert len(ann["events"]) >= 2
    other = copy.deepcopy(ann)
    dropped = other["events"].pop()          # an event only the gold has
    other["events"][0]["place"] = "Nowhere In Particular"
    other["events"].append({"type": "Protest", "participants": ["Nobody Anyone Knows"],
                            "date": None, "precision": None, "place": None,
                            "modality": "asserted"})   # an event only the second annotator has
    (second / f"{stems[0]}.json").write_text(json.dumps(other), encoding="utf-8")
    report = agreement.run(root, second)
    lenient = report["summary"]["events_lenient"]
    assert report["articles"] == 1
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (len(ann["events"]) - 1, 1, 1)
    assert report["summary"]["place_accuracy"] < 1.0
    assert any(dropped["type"] in line for line in report["diffs"][stems[0]]["missed"])
    assert report["diffs"][stems[0]]["spurious"] == ["Protest None ['person:nobody-anyone-knows'] @None [asserted]"]


def test_a_second_annotation_of_an_unknown_article_is_refused(gold_copy):
    root, second, _ = gold_copy
    (second / "g999_nothing.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="g999_nothing"):
        agreement.run(root, second)


def test_an_empty_second_folder_is_refused(gold_copy):
    root, second, _ = gold_copy
    with pytest.raises(InputError, match="no second annotations"):
        agreement.run(root, second)
