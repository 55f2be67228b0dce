"""The gold corpus as tests may use it: the dev articles only, never the held-out split."""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"


def dev_stems(count: int) -> list[str]:
    """The first `count` annotation names (sorted) of articles outside the held-out split."""
    held_out = {Path(name).stem for name in json.loads((GOLD / "split.json").read_text(encoding="utf-8"))["test"]}
    stems = sorted(p.stem for p in (GOLD / "annotations").glob("*.json") if p.stem not in held_out)[:count]
    for stem in stems:  # the split names articles: each annotation must be named after its article
        annotation = json.loads((GOLD / "annotations" / f"{stem}.json").read_text(encoding="utf-8"))
        assert Path(annotation["article"]).stem == stem, f"{stem}.json annotates another article"
    assert len(stems) == count, "the gold corpus has too few dev articles"
    return stems
