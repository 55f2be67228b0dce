"""The benchmark suite runs end to end at its smallest scale and reports every figure (no timings asserted)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kb import timelines

REPO = Path(__file__).resolve().parents[1]
STEPS = {"corpus", "extraction", "ingest_1", f"ingest_{os.cpu_count()}", "triples_20k", "bulk_load_20k",
         "export_20k", "timelines_20k", "serve_20k", "one_more_20k", "rdflib_20k"}


def test_bench_smoke_reports_every_figure_as_a_positive_number(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "bench.py"), "--scale", "smoke", "--json", str(out)],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    steps = results["steps"]
    assert set(steps) == STEPS
    for key, step in steps.items():
        assert step["figures"], f"{key} reported no figures"
        for name, value in {**step["figures"], "peak_rss_mb": step["peak_rss_mb"], "seconds": step["seconds"]}.items():
            assert isinstance(value, (int, float)) and value > 0, f"{key}.{name} = {value!r}"
    assert "target" in done.stdout and "canned timelines at 20k" in done.stdout

    # Both ingests stored the whole corpus, with no error, into the same number of triples.
    one, many = steps["ingest_1"], steps[f"ingest_{os.cpu_count()}"]
    assert one["info"]["errors"] == [] == many["info"]["errors"]
    assert one["figures"]["stored"] == many["figures"]["stored"] == 24
    assert one["figures"]["store_triples"] == many["figures"]["store_triples"]

    # Every canned timeline was measured, finds the planted data, and answers alike in process and over HTTP.
    index, http = steps["timelines_20k"], steps["serve_20k"]["figures"]
    cases = {k.rsplit(".", 1)[0] for k in index["figures"]}
    assert {c.split("/")[0] for c in cases} == {t.name for t in timelines.list_timelines()}
    for case in cases:
        assert index["info"][f"{case}.same_rows"] is True, case
        assert http[f"{case}.rows"] == index["figures"][f"{case}.rows"], case
    assert steps["bulk_load_20k"]["figures"]["triples"] == steps["triples_20k"]["figures"]["triples"]
    # One more article of each kind was put and removed again, timed next to extracting one.
    assert set(steps["one_more_20k"]["figures"]) == {f"{kind}.{action}_{figure}_ms" for kind in ("frequent", "rare")
                                                    for action in ("put", "remove") for figure in ("p50", "worst")}
    assert steps["one_more_20k"]["info"]["left_as_it_was"] is True
    assert "one more article into the 20k store" in done.stdout
    assert steps["export_20k"]["figures"]["nquads_statements"] == steps["triples_20k"]["figures"]["triples"]

    assert {t["target"].split(" (")[0] for t in results["targets"]} >= {
        "extraction ratio", "bulk load triples/s", "dkb serve start-up s", "peak RSS of any DKB step, MB"}
    assert all(isinstance(t["value"], (int, float)) and isinstance(t["met"], bool) for t in results["targets"])
