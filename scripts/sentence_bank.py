"""Score extraction on a sentence bank and print per-kind recall and precision.

    python scripts/sentence_bank.py tests/data/sentence_bank/tune.jsonl [--json OUT] [--diff]

The bank format and the meaning of each figure: kb/bankscore.py; the two halves and how each is
used: tests/data/sentence_bank/README.md.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.bankscore import run  # noqa: E402  (the path above makes the checkout importable)
from kb.errors import DkbError  # noqa: E402


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def print_report(report: dict, diff: bool) -> None:
    print(f"{report['bank']}: {report['passages']} passages, extraction failed on {len(report['errors'])}")
    print(f"{'kind':<20} {'gold':>5} {'pred':>5} {'found':>6} {'recall':>7} {'prec':>6}")
    for kind, row in report["kinds"].items():
        print(f"{kind:<20} {row['gold']:>5} {row['predicted']:>5} {row['found']:>6} "
              f"{_pct(row['recall']):>7} {_pct(row['precision']):>6}")
    s = report["summary"]
    lenient, parts = s["events_lenient"], s["participants"]
    print(f"events lenient P {lenient['precision']:.3f} R {lenient['recall']:.3f} F1 {lenient['f1']:.3f}"
          f" (tp {lenient['tp']} fp {lenient['fp']} fn {lenient['fn']}); strict F1 {s['events_strict']['f1']:.3f}")
    print(f"participants P {parts['precision']:.3f} R {parts['recall']:.3f} F1 {parts['f1']:.3f}; "
          f"actors F1 {s['actors']['f1']:.3f}")
    print(f"on paired events: kind {s['kind_accuracy']:.3f}, date {s['date_accuracy']:.3f}, "
          f"place {s['place_accuracy']:.3f}, modality {s['modality_accuracy']:.3f}")
    print("missed events by cause: " + ", ".join(f"{cause.replace('_', ' ')} {n}"
                                                  for cause, n in s["missed_by_cause"].items()))
    if diff:
        for pid, d in report["diffs"].items():
            if d["error"] or d["missed"] or d["spurious"] or d["mismatched"]:
                print(f"\n{pid}" + (f"  ERROR {d['error']}" if d["error"] else ""))
                for line in d["missed"]:
                    print(f"  missed    {line}")
                for line in d["spurious"]:
                    print(f"  spurious  {line}")
                for pair in d["mismatched"]:
                    print(f"  gold      {pair['gold']}\n  predicted {pair['predicted']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", help="a sentence bank file (JSON Lines)")
    parser.add_argument("--json", dest="json_path", help="write the whole report here")
    parser.add_argument("--diff", action="store_true", help="print each passage's misses")
    parser.add_argument("--model", default="auto")
    args = parser.parse_args(argv)
    try:
        report = run(args.bank, args.model)
    except DkbError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_report(report, args.diff)
    for pid, error in report["errors"].items():  # a crash must not pass for a low recall
        print(f"extraction failed on {pid}, scored as empty: {error}", file=sys.stderr)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
