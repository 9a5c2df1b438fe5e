#!/usr/bin/env python3
"""Benchmark compare-articles (run on demand; not part of the test suite).

Prints median wall times and peak memory:
  - `compare-articles seeds/` (the text report, and --json) against the floor
    `python3 -c "import click, rich, rapidfuzz"`, medians of 11 runs;
  - similarity() per pair on short sentences;
  - long texts built from ECB+ sentences (when ../shared is present) at N sentences a side;
  - the largest ECB+ event group (22 articles) compared all at once;
  - every input of the robustness catalogue (tests/test_robustness.py), and a 5 MB file.

    python tests/bench/bench.py [--sizes 50,500,5000] [--repeat 5]
"""

import argparse
import csv
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PY = sys.executable
START_UP_RUNS = 11


# Runs as an installed tool does: with bytecode caches (pip writes them at install; a
# PYTHONDONTWRITEBYTECODE in the environment would make every run recompile the module).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd, repeat, codes=(0,), warm=True):
    """Median wall time and peak RSS (MB) of a command, via /usr/bin/time when present;
    one unmeasured run first warms the bytecode and file caches."""
    times, peaks = [], []
    if warm:
        subprocess.run(cmd, capture_output=True, env=ENV)
    for _ in range(repeat):
        start = time.perf_counter()
        if os.path.exists("/usr/bin/time"):
            proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, env=ENV)
            peaks.append(int(proc.stderr.strip().splitlines()[-1]) / 1024)
        else:
            proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV)
        times.append(time.perf_counter() - start)
        if proc.returncode not in codes:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    return statistics.median(times), max(peaks) if peaks else float("nan")


def cli(*args):
    return [PY, "-m", "compare_articles", "--json", *map(str, args)]


def ecb_articles(n, tmp):
    with open(SHARED / "data/external/ecbplus/derived/ecbplus_sentences.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rng = random.Random(n)
    sents = [r["text"] for r in rows if not (r["subtopic"] == "ecbplus" and r["sentence"] == "0")]
    out = []
    for side in "ab":
        picked = [sents[rng.randrange(len(sents))] for _ in range(n)]
        path = Path(tmp) / f"ecb{n}{side}.txt"
        path.write_text("\n\n".join(picked), encoding="utf-8")
        out.append(path)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50,500,5000,20000")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import compare_articles as ca

    # Start-up: what users run most, the text report of the seeds (piped, so plain), against
    # the floor; medians of START_UP_RUNS runs each, taken in this one bench run.
    floor, _ = timed([PY, "-c", "import click, rich, rapidfuzz"], START_UP_RUNS)
    seeds, peak = timed([PY, "-m", "compare_articles", str(ROOT / "seeds")], START_UP_RUNS)
    seeds_json, _ = timed(cli(ROOT / "seeds"), START_UP_RUNS)
    print(f"import floor            {floor * 1000:8.1f} ms  (median of {START_UP_RUNS})")
    print(f"seeds, text report      {seeds * 1000:8.1f} ms  {peak:7.1f} MB  ({seeds / floor:.2f}x floor)")
    print(f"seeds, --json           {seeds_json * 1000:8.1f} ms  ({seeds_json / floor:.2f}x floor)")

    # Web pages: the saved pages against a seed (trafilatura is imported only for these).
    pages = sorted((ROOT / "tests" / "data" / "html").glob("*.html"))
    if importlib.util.find_spec("trafilatura") and pages:
        for page in pages:
            t, peak = timed(cli(page, ROOT / "seeds" / "000_ad84182de23ba1d4.txt"), args.repeat)
            print(f"{'web page ' + page.name[:30]:<42}{t:8.2f} s   {peak:7.1f} MB")
    else:
        print("web page rows skipped: the web extra is not installed")

    a = "Police said 12 people were arrested after the protest in the capital on Monday."
    b = "Officials said 21 people were arrested in the capital after Monday's protest."
    ca.similarity(a, b)
    n, runs = 2000, []
    for r in range(args.repeat):
        start = time.perf_counter()
        for k in range(r * n, (r + 1) * n):
            ca.similarity(a + f" {k}", b)  # a new first sentence each time: no cache hit
        runs.append((time.perf_counter() - start) / n * 1e6)
    print(f"similarity, uncached    {statistics.median(runs):8.1f} us/pair  (median of {args.repeat} x {n})")
    ca.profile.cache_clear()

    with tempfile.TemporaryDirectory() as tmp:
        if (SHARED / "data/external/ecbplus").exists():
            for size in [int(s) for s in args.sizes.split(",")]:
                x, y = ecb_articles(size, tmp)
                t, peak = timed(cli(x, y), 1 if size >= 5000 else args.repeat, warm=size < 5000)
                print(f"ECB+ {size:>6} x {size:<6}   {t:8.2f} s   {peak:7.1f} MB")
            # Many sources: the largest ECB+ event group, every article as a file.
            spec = importlib.util.spec_from_file_location("ecb", ROOT / "tests" / "eval" / "ecb_groups.py")
            ecb = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(ecb)
            groups, _, _ = ecb.load()
            key = max(groups, key=lambda k: (len(groups[k]), k))
            folder = Path(tmp) / "group"
            folder.mkdir()
            ecb.write_group(groups[key], folder)
            for fmt in ("json", "text"):
                t, peak = timed([PY, "-m", "compare_articles", "--format", fmt, str(folder)], args.repeat)
                label = f"ECB+ group {key[0]}/{key[1]}: {len(groups[key])} articles, {fmt}"
                print(f"{label:<42}{t:8.2f} s   {peak:7.1f} MB")
        else:
            print("ECB+ rows skipped: ../shared is not present")
        # Every row of the robustness catalogue, against a seed, plus the large inputs.
        spec = importlib.util.spec_from_file_location("catalogue", ROOT / "tests" / "test_robustness.py")
        catalogue = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(catalogue)
        seed = ROOT / "seeds" / "000_ad84182de23ba1d4.txt"
        big = "\n\n".join(f"Report {k}: officials said {k % 97} people were arrested in town {k % 13}."
                          for k in range(80_000))
        rows = [(name, content, code, []) for name, content, code, _ in catalogue.CATALOGUE]
        rows += [("5 MB file (refused)", big, 2, []), ("5 MB file, --max-size 8", big, 0, ["--max-size", "8"])]
        worst = 0.0
        for name, content, code, extra in rows:
            path, _ = catalogue._file(Path(tmp), name, content)  # written as the test writes it
            t, peak = timed([*cli(path, seed), *extra], 3, codes=(code,))
            print(f"{name[:40]:<42}{t:8.2f} s   {peak:7.1f} MB   exit {code}")
            if "--max-size" not in extra:
                worst = max(worst, t)
        print(f"slowest catalogue row (default limits): {worst:.2f} s")


if __name__ == "__main__":
    main()
