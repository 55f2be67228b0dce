"""scripts/bench_web.py runs (tiny sizes): a benchmark nobody runs goes stale."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench_web.py"


def test_bench_script_runs_on_a_small_generated_store(capsys):
    spec = importlib.util.spec_from_file_location("dkb_bench_web", SCRIPT)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--events", "300", "--runs", "2", "--skip-samples", "--memory"]) == 0
    out = capsys.readouterr().out
    assert "generated store, 300 events" in out and "/timeline.json?country=XAH" in out
    assert "cold: each path asked once" in out and "canned country_pair" in out
