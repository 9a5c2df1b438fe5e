#!/usr/bin/env python3
"""Print the quality figures of compare-articles: the seeds alignment against the gold,
and the sentence similarity on the STS news pairs (train and dev; test with --test).

Needs ../shared beside the repository; without it, says so and exits 0.

    python tests/eval/quality.py [--test]
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def main() -> int:
    if not (SHARED / "eval" / "score.py").exists():
        print(f"skipped: {SHARED} is not present (the evaluation data lives there)")
        return 0
    sys.path.insert(0, str(ROOT))
    import compare_articles as ca

    a, b = ca.load_articles([str(ROOT / "seeds")])
    report = ROOT / "tests" / "eval" / "seeds.report.json"
    report.write_text(ca.to_json(ca.compare(a, b)), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "gold" / "seeds.json"),
           str(report), "--texts", str(ROOT / "seeds"), "--show"]
    print("seeds:", " ".join(Path(c).name if "/" in c else c for c in cmd[1:]))
    print(subprocess.run(cmd, capture_output=True, text=True).stdout.rstrip())
    report.unlink()
    splits = ["train", "dev"] + (["test"] if "--test" in sys.argv else [])
    for split in splits:
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "pairs.py"), "--split", split,
                              "--func", "compare_articles:similarity"],
                             capture_output=True, text=True, cwd=ROOT).stdout.strip()
        print(f"STS news {split}: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
