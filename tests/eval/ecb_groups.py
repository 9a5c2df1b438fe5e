#!/usr/bin/env python3
"""Run compare-articles on every ECB+ event group and measure how well it groups sentences.

ECB+ (../shared/data/external/ecbplus) holds 982 news articles in 86 groups of 3 to 22
articles on the same event, with cross-document event coreference. Each group's articles
are written out as files (one ECB+ sentence per paragraph; the source-URL line of the
`ecbplus` articles is left out), then compared all at once, as `compare-articles DIR` does,
and the JSON and terminal reports are made.

Grouping precision: of the sentence pairs the tool puts in one group (different articles,
both sentences in the annotated selection), the share that share an annotated
cross-document ACTION event. Recall, for context: of the pairs of selected sentences that
share such an event, the share the tool puts in one group.

    python tests/eval/ecb_groups.py [--limit N] [--threshold T]

Skips (exit 0) when ../shared is absent.
"""

import argparse
import csv
import io
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ECB = ROOT.parent / "shared" / "data" / "external" / "ecbplus" / "derived"


def read_tsv(name):
    with open(ECB / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def load():
    """Articles per event group: {(topic, subtopic): {doc: [(sentence number, text)]}},
    the selected sentences, and the ACTION events of each sentence."""
    groups = defaultdict(lambda: defaultdict(list))
    selected = set()
    for r in read_tsv("ecbplus_sentences.tsv"):
        if r["subtopic"] == "ecbplus" and r["sentence"] == "0":
            continue  # the article's source address, not its text
        groups[r["topic"], r["subtopic"]][r["doc"]].append((int(r["sentence"]), r["text"]))
        if r["in_coref_selection"] == "1":
            selected.add((r["doc"], int(r["sentence"])))
    events = defaultdict(set)
    for m in read_tsv("ecbplus_mentions.tsv"):
        if m["tag"].startswith("ACTION") and m["cross_doc_instance"] and "," not in m["sentence"]:
            events[m["doc"], int(m["sentence"])].add(m["cross_doc_instance"])
    return groups, selected, events


def write_group(docs, folder):
    """One file per article; returns {file name: [ECB+ sentence number per paragraph]}."""
    numbers = {}
    for doc, rows in sorted(docs.items()):
        rows.sort()
        (folder / f"{doc}.txt").write_text("\n\n".join(text for _, text in rows) + "\n", encoding="utf-8")
        numbers[f"{doc}.txt"] = [n for n, _ in rows]
    return numbers


def ecb_sentence(result, numbers, member):
    """(ECB+ document, sentence number) of a group member (article, sentence)."""
    art = result.articles[member[0]]
    name = Path(art.path).name
    return name[:-4], numbers[name][art.sentences[member[1]].paragraph]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N groups")
    ap.add_argument("--threshold", type=float)
    args = ap.parse_args()
    if not ECB.exists():
        print(f"skipped: {ECB} is not present (the ECB+ data lives in ../shared)")
        return 0
    sys.path.insert(0, str(ROOT))
    from rich.console import Console

    import compare_articles as ca

    threshold = ca.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    groups, selected, events = load()
    keys = sorted(groups, key=lambda k: (int(k[0]), k[1]))[:args.limit]
    errors, timings = [], []
    grouped = positive = 0
    gold_pairs = found_gold = 0
    for key in keys:
        docs = groups[key]
        with tempfile.TemporaryDirectory() as tmp:
            numbers = write_group(docs, Path(tmp))
            start = time.perf_counter()
            try:
                arts = ca.load_articles([tmp])
                result = ca.compare(*arts, threshold=threshold)
                ca.to_json(result)
                ca.render(result, Console(file=io.StringIO(), width=120))
            except Exception as err:  # the point is to find any
                errors.append(f"{key}: {type(err).__name__}: {err}")
                continue
            timings.append((time.perf_counter() - start, len(arts), key))

        together = set()
        for g in result.groups:
            nodes = [ecb_sentence(result, numbers, m) for m in g.members]
            for k, u in enumerate(nodes):
                for v in nodes[k + 1:]:
                    if u[0] != v[0] and u in selected and v in selected:
                        grouped += 1
                        positive += bool(events[u] & events[v])
                        together.add(frozenset((u, v)))
        chosen = sorted((doc, n) for doc, rows in docs.items() for n, _ in rows if (doc, n) in selected)
        for k, u in enumerate(chosen):
            for v in chosen[k + 1:]:
                if u[0] != v[0] and events[u] & events[v]:
                    gold_pairs += 1
                    found_gold += frozenset((u, v)) in together

    print(f"ECB+ event groups run: {len(timings)} of {len(keys)}, errors: {len(errors)}")
    for e in errors:
        print("  error:", e)
    if timings:
        slow = max(timings)
        biggest = max(timings, key=lambda t: (t[1], t[0]))
        print(f"time per group: median {sorted(t for t, _, _ in timings)[len(timings) // 2]:.2f} s, "
              f"slowest {slow[0]:.2f} s ({slow[1]} articles, {slow[2]}), "
              f"largest group {biggest[1]} articles in {biggest[0]:.2f} s")
    if grouped:
        print(f"grouping precision: {positive}/{grouped} = {positive / grouped:.3f} "
              f"(pairs put in one group that share an annotated event)")
    if gold_pairs:
        print(f"grouping recall:    {found_gold}/{gold_pairs} = {found_gold / gold_pairs:.3f} "
              f"(pairs sharing an annotated event that are put in one group)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
