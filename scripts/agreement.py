"""Inter-annotator agreement: score a second annotator's files against the gold, as if extraction.

    python scripts/agreement.py tests/gold tests/gold/second [--json OUT] [--diff]

Each FILE.json in the second folder annotates the gold article of the same name (kb/agreement.py
says why this is the ceiling to read the targets of issue 4 against).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.agreement import run  # noqa: E402  (the path above makes the checkout importable)
from kb.errors import DkbError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("second_dir")
    parser.add_argument("--json", dest="json_path", help="write the whole report here")
    parser.add_argument("--diff", action="store_true", help="print each article's disagreements")
    args = parser.parse_args(argv)
    try:
        report = run(args.gold_dir, args.second_dir)
    except DkbError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    s = report["summary"]
    print(f"{report['articles']} articles annotated twice; the second annotation scored against the gold")
    for name in ("events_lenient", "events_strict", "participants", "actors", "disputes", "quotes"):
        c = s[name]
        print(f"  {name:<16} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"
              f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    for name in ("kind", "date", "place", "modality"):
        print(f"  {name + ' accuracy':<16} {s[name + '_accuracy']:.3f}")
    if args.diff:
        for stem, d in report["diffs"].items():
            print(f"-- {stem}")
            for line in d["missed"]:
                print(f"   gold only   {line}")
            for line in d["spurious"]:
                print(f"   second only {line}")
            for pair in d["mismatched"]:
                print(f"   gold        {pair['gold']}\n   second      {pair['predicted']}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
