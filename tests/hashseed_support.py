"""Run one piece of Python in fresh interpreters under different string-hash seeds.

Inside one interpreter the hash seed is fixed, so set and dict order repeats and a second call
proves nothing about stability from run to run; two processes with different seeds do.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HASH_SEEDS = ("1", "2")


def outputs_under_hash_seeds(code: str, timeout: int = 600) -> list[str]:
    """What `code` prints in one fresh interpreter per seed of HASH_SEEDS (run side by side)."""
    runs = [subprocess.Popen([sys.executable, "-c", code], cwd=REPO, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONHASHSEED": seed}) for seed in HASH_SEEDS]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=timeout)
        assert run.returncode == 0, err[-3000:]
        assert out.strip(), f"the code printed nothing: {err[-3000:]}"
        outputs.append(out)
    return outputs
