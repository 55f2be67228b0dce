"""`dkb evaluate DIR` on a folder that is no gold corpus, or holds a file that is not JSON: one
line naming the file, exit status 1, no traceback."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kb.cli import cli

ANNOTATION = {"article": "a1.txt", "events": [], "actors": [], "disputes": [], "quotes": []}


def _gold_folder(root, *, annotations=True, split=True):
    """A gold folder of one annotation and no articles, with the parts asked for."""
    if annotations:
        (root / "annotations").mkdir()
        (root / "annotations" / "a1.json").write_text(json.dumps(ANNOTATION), encoding="utf-8")
    if split:
        (root / "split.json").write_text(json.dumps({"test": []}), encoding="utf-8")
    return root


def _evaluate(folder):
    return CliRunner().invoke(cli, ["evaluate", str(folder)])


@pytest.mark.parametrize("missing", ["annotations", "split.json"])
def test_a_folder_without_its_annotations_or_split_is_refused_by_name(tmp_path, missing):
    folder = _gold_folder(tmp_path, annotations=missing != "annotations", split=missing != "split.json")
    result = _evaluate(folder)
    assert result.exit_code == 1
    assert result.stderr.startswith("[E100]") and str(folder / missing) in result.stderr, result.stderr
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize("broken", ["annotations/a1.json", "split.json"])
def test_a_file_that_is_not_json_is_refused_by_name(tmp_path, broken):
    folder = _gold_folder(tmp_path)
    (folder / broken).write_text('{"article": "a1.txt",', encoding="utf-8")
    result = _evaluate(folder)
    assert result.exit_code == 1
    assert result.stderr.startswith("[E100]") and str(folder / broken) in result.stderr, result.stderr
    assert "not JSON" in result.stderr
