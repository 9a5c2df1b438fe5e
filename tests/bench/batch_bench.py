#!/usr/bin/env python3
"""Benchmark compare-articles batch (run on demand; needs ../shared, skips without it).

  - BASIL's 50 events (three outlets each), converted to JSON Lines here;
  - a synthetic corpus of N clusters of 2-20 articles built from ECB+ sentences (default 10,000);
each run serially, with --workers 2 and with --dask on 2 workers: clusters per second, the
driver's peak memory, and the cost per cluster against one `compare-articles DIR` process a cluster.

    python tests/bench/batch_bench.py [--clusters 10000] [--skip-dask]
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def basil(path: Path) -> int:
    root = SHARED / "data/external/basil/articles"
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for year in sorted(os.listdir(root)):
            for name in sorted(os.listdir(root / year)):
                art = json.loads((root / year / name).read_text(encoding="utf-8"))
                text = art["title"] + "\n\n" + "\n\n".join(" ".join(p) for p in art["body-paragraphs"]) + "\n"
                out.write(json.dumps({"id": name, "cluster": name.rsplit("_", 1)[0], "text": text,
                                      "source": art["source"]}) + "\n")
                n += 1
    return n


def ecb(path: Path, clusters: int) -> int:
    tsv = (SHARED / "data/external/ecbplus/derived/ecbplus_sentences.tsv").read_text(encoding="utf-8")
    rows = list(csv.reader(tsv.splitlines(), delimiter="\t"))
    sentences = [r[-1] for r in rows[1:] if r and len(r[-1]) > 20]
    rnd = random.Random(7)
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for c in range(clusters):
            pool = rnd.sample(sentences, 12)
            for k in range(rnd.randint(2, 20)):
                text = " ".join(rnd.sample(pool, rnd.randint(3, 8)))
                out.write(json.dumps({"id": f"{c}-{k}", "cluster": f"s{c:06d}", "text": text}) + "\n")
                n += 1
    return n


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, env=ENV)
    took = time.perf_counter() - start
    peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
    return took, peak, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clusters", type=int, default=10_000)
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"skipped: {SHARED} is not present")
        return 0
    tmp = Path(tempfile.mkdtemp())
    synthetic = f"ecb+ synthetic ({args.clusters})"
    corpora = {"basil (50 events)": (tmp / "basil.jsonl", 50), synthetic: (tmp / "ecb.jsonl", args.clusters)}
    basil(corpora["basil (50 events)"][0])
    ecb(corpora[synthetic][0], args.clusters)
    base = [sys.executable, "-m", "compare_articles", "batch"]
    engines = [("serial", ["--workers", "1"]), ("--workers 2", ["--workers", "2"])]
    if not args.skip_dask:
        engines.append(("--dask 2 workers", ["--dask", "--workers", "2"]))
    print(f"{'corpus':28} {'engine':18} {'seconds':>8} {'clusters/s':>10} {'driver MB':>9}  exit")
    for name, (path, n) in corpora.items():
        serial = None
        for label, extra in engines:
            took, peak, code = timed([*base, str(path), "--out", str(tmp / f"out-{label}-{n}"), *extra])
            serial = serial or took
            print(f"{name:28} {label:18} {took:8.1f} {n / took:10.1f} {peak:9.1f}  {code}  "
                  f"(x{serial / took:.2f} serial)", flush=True)
    # one process per cluster, as a researcher's own loop would run it: on the first 50 BASIL events
    folder = tmp / "one"
    lines = [json.loads(x) for x in corpora["basil (50 events)"][0].read_text(encoding="utf-8").splitlines()]
    clusters = {}
    for rec in lines:
        clusters.setdefault(rec["cluster"], []).append(rec)
    start = time.perf_counter()
    for c, recs in sorted(clusters.items()):
        d = folder / c
        d.mkdir(parents=True)
        for r in recs:
            (d / f"{r['source']}.txt").write_text(r["text"], encoding="utf-8")
        subprocess.run([sys.executable, "-m", "compare_articles", "--json", str(d)], capture_output=True, env=ENV)
    took = time.perf_counter() - start
    print(f"{'basil, a process a cluster':28} {'compare-articles DIR':18} {took:8.1f} {len(clusters) / took:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
