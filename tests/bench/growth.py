#!/usr/bin/env python3
"""Growth benchmark: no input may make a stage grow faster than its size (run on demand).

Families of adversarial inputs (long tokens, runs of full stops, quotation marks of every
kind, numbers, dates, emoji, right-to-left text, ...) are generated at n and 2n characters;
each stage of the pipeline is timed on both, against a short article, and the ratio
printed. A stage whose time more than RATIO_LIMIT-folds as its input doubles is a failure
(exit 1). Then the whole CLI is run on each family at the default size limit (4 MiB),
with its wall time and peak memory.

    python tests/bench/growth.py [--size 1048576] [--families a,b] [--no-cli] [--repeat 3]

tests/test_growth.py keeps the cheapest of these checks in the suite, at small sizes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import compare_articles as ca  # noqa: E402

RATIO_LIMIT = 2.5
SHORT = ("Police arrested 12 people in the capital on Monday, officials said.\n\n"
         "\"We will not stop,\" said Interior Minister Jane Doe. The talks ended in Geneva.\n")

# name -> a unit of text; the input is the unit repeated up to the size
FAMILIES: dict[str, str] = {
    "long token": "x" * 4000 + " ",
    "long line of words": "word ",
    "runs of full stops": "..........",
    "full stops with spaces": "a. ",
    "initials": "J. R. R. T. ",
    "abbreviations": "Gov. Sen. Dr. Mr. U.S. e.g. etc. Inc. ",
    "straight quotes": '"a" ',
    "curly quotes": "\u201ca\u201d ",
    "single quotes": "\u2018a\u2019 ",
    "guillemets": "\u00aba\u00bb ",
    "mixed quotes": "\u201ca\u201d \"b\" \u2018c\u2019 \u00abd\u00bb ",
    "unbalanced quotes": "\u201c a \u201c b \" c ",
    "short quoted sentences": "\"Go now,\" he said. ",
    "quotes with attributions": "\"We will rebuild the town,\" said Mayor Ana Ruiz, a spokeswoman for the city. ",
    "apostrophes": "it's don't O'Brien's ",
    "straight single quotes": "'a' 'We will fight,' the minister said. rock 'n' roll in the '90s ",
    "quotations introduced by a colon": "Governor Ed Hale said in a statement:\n\n\"We will appeal.\"\n\n",
    "asides between dashes": "The campaign said that the plan \u2014 endorsed by all \u2014 \"would end it\" and ",
    "lists of quoted words": "called it \"a\" and \"b\", \"c\" or a \"d\" ",
    "numbers with separators": "1,234,567.89 ",
    "percentages and dates": "50.2% on 9 September 2016, 3.5% on Monday ",
    "parentheses": "(a (b (c) d) e) ",
    "dashes": "a \u2014 b \u2013 c -- d ",
    "hyphens": "well-known-long-hyphen-chain ",
    "web addresses": "https://example.org/a/b?c=d&e=f.html ",
    "capitalised words": "Alpha Beta Gamma Delta Epsilon ",
    "one-character lines": "a\n",
    "blank lines": "\n\n\n",
    "spaced ellipses": ". . . ",
    "right-to-left text": "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd ",
    "emoji": "\U0001f600\u2b50\ufe0f\U0001f3c0 ",
    "reporting verbs": "said told added says according to ",
    "titles in reporting": "Ortiz said on NBC's \"Meet the Press\" that \"we will rebuild the town.\" ",
    "names and roles": "State Department spokesman John Kirby, ",
    "headline-like lines": "Talks End In Geneva\n",
    "caption lines": "Photo: Jane Doe/Reuters\n",
    "scraped text run together": "the result was a relief.Voters turned out early ",
    # read as Markdown (.md): through the view with its markup blanked
    "markdown brackets": "[",
    "markdown links and images": "![a](b [c](d **e** _f_ ](",
}
MARKDOWN = {"markdown brackets", "markdown links and images"}

STAGES = ("load", "split", "set aside", "quotes", "profile", "align", "report", "render")


def make(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def run_stages(text: str, markdown: bool = False) -> dict[str, float]:
    """Seconds each stage takes on ``text`` (its article compared with SHORT); a Markdown
    text is split through its view, as parse_article reads a .md file."""
    from rich.console import Console

    ca.profile.cache_clear()
    ca._clauses.cache_clear()
    out: dict[str, float] = {}
    clock = time.perf_counter
    t = clock()
    try:
        text = ca.decode(text.encode("utf-8"), "x.txt")
    except ca.ArticleError:  # blank lines only: refused at once, as it should be
        return dict.fromkeys(STAGES, 0.0)
    out["load"] = clock() - t
    name = "x.md" if markdown else "x.txt"
    t = clock()
    read = ca._markdown_view(text) if markdown else text
    spans = ca.split_sentences(read)
    out["split"] = clock() - t
    t = clock()
    reasons = ca.mark_boilerplate(read, spans)
    out["set aside"] = clock() - t
    sentences = tuple(ca.Sentence(i, s, e, read[s:e], p, line, r)
                      for i, ((s, e, p, line), r) in enumerate(zip(spans, reasons)))
    t = clock()
    ca.find_quotes(read, sentences)
    out["quotes"] = clock() - t
    t = clock()
    for s in sentences:
        ca.profile(s.text)
    out["profile"] = clock() - t
    try:
        art = ca.parse_article(name, text)
    except ca.ArticleError:  # nothing left to read once the markup is blanked
        return {**dict.fromkeys(STAGES, 0.0), **out}
    short = ca.parse_article("short.txt", SHORT)
    t = clock()
    result = ca.compare(art, short)
    out["align"] = clock() - t
    t = clock()
    ca.to_json(result)
    out["report"] = clock() - t
    with open(os.devnull, "w") as sink:
        t = clock()
        ca.render(result, Console(width=100, file=sink, color_system=None))
        out["render"] = clock() - t
    return out


def best_of(text: str, repeat: int, markdown: bool = False) -> dict[str, float]:
    runs = [run_stages(text, markdown) for _ in range(repeat)]
    return {stage: min(r[stage] for r in runs) for stage in STAGES}


def peak_mb(text: str, markdown: bool = False) -> float:
    tracemalloc.start()
    run_stages(text, markdown)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def cli_run(text: str, markdown: bool = False) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of the text report of ``text`` against SHORT."""
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.md" if markdown else "a.txt"), Path(tmp, "b.txt")
        a.write_text(text, encoding="utf-8")
        b.write_text(SHORT, encoding="utf-8")
        cmd = [sys.executable, "-m", "compare_articles", str(a), str(b)]
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=ROOT)
        took = time.perf_counter() - start
        peak = int(proc.stderr.strip().splitlines()[-1]) / 1024 if proc.stderr.strip() else float("nan")
        return took, peak, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=2**20, help="n in characters (2n is also run)")
    ap.add_argument("--families", help="comma-separated names (default: all)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts")
    ap.add_argument("--no-cli", action="store_true", help="skip the whole-CLI runs at the size limit")
    args = ap.parse_args()
    names = args.families.split(",") if args.families else list(FAMILIES)
    failed = []
    print(f"{'family':28} {'stage':10} {'n':>9} {'t(n) s':>9} {'t(2n) s':>9} {'ratio':>6} {'peak MB':>8}")
    for name in names:
        unit = FAMILIES[name]
        small, large = make(unit, args.size), make(unit, 2 * args.size)
        md = name in MARKDOWN
        t1, t2 = best_of(small, args.repeat, md), best_of(large, args.repeat, md)
        peak = peak_mb(large, md)
        for stage in STAGES:
            # below 10 ms the ratio is timer and allocation noise, not growth
            ratio = t2[stage] / t1[stage] if t1[stage] > 0.01 else 1.0
            flag = " <-- grows too fast" if ratio > RATIO_LIMIT else ""
            if flag:
                failed.append((name, stage, ratio))
            print(f"{name:28} {stage:10} {args.size:9d} {t1[stage]:9.3f} {t2[stage]:9.3f} {ratio:6.2f} "
                  f"{peak if stage == 'render' else float('nan'):8.1f}{flag}", flush=True)
        if not args.no_cli:
            limit = ca.MAX_FILE_MIB * 2**20 - 64  # just under the default limit, in bytes
            text = make(unit, limit)
            while len(text.encode("utf-8")) > limit:
                text = text[: len(text) - (len(text.encode("utf-8")) - limit) // 4 - 1]
            took, rss, code = cli_run(text, md)
            print(f"{name:28} {'CLI 4 MiB':10} {len(text):9d} {took:9.2f} {'':9} {'':6} {rss:8.1f}  exit {code}",
                  flush=True)
            if took > 30 or rss > 1024 or code not in (0, 2):
                failed.append((name, "CLI", took))
    if failed:
        print(f"\n{len(failed)} failed: " + "; ".join(f"{n} / {s} ({r:.1f})" for n, s, r in failed))
        return 1
    print(f"\nall {len(names)} families within {RATIO_LIMIT}x per doubling")
    return 0


if __name__ == "__main__":
    sys.exit(main())
