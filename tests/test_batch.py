"""compare-articles batch: a corpus of story clusters, on one process, a pool or Dask."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare_articles as ca

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Police arrested {n} people in {town} on Monday, officials said.",
    '"We will not stop until the town is rebuilt," said Mayor Ana Ruiz of {town}.',
    "The talks in {town} ended after {k} hours without a deal.",
    "Officials said the strike in {town} would go on until Friday.",
    "The ministry said {n} buildings in {town} were damaged by the storm.",
]


def article(cluster: int, k: int, sentences: int = 4) -> str:
    picks = [SENTENCES[(k + s) % len(SENTENCES)] for s in range(sentences)]
    return " ".join(p.format(n=12 + (k % 2) * 9, town=f"Town{cluster}", k=k + 3) for p in picks)


def corpus(path: Path, clusters: int = 8, sentences: int = 4) -> Path:
    lines = []
    for c in range(clusters):
        for k in range(1 + c % 4):  # cluster 0 has one article: skipped
            lines.append({"id": f"c{c}-a{k}", "cluster": f"c{c:02d}", "text": article(c, k, sentences),
                          "source": f"outlet{k}", "extra": k})
    lines.append({"cluster": "grouped", "articles": [{"id": "g1", "text": article(90, 0)},
                                                    {"id": "g2", "text": article(90, 1)}]})
    lines.append({"id": "empty", "cluster": "zz-error", "text": ""})
    lines.append({"id": "other", "cluster": "zz-error", "text": "Some text about something else."})
    with open(path, "w", encoding="utf-8") as fh:
        for rec in lines[:5]:
            fh.write(json.dumps(rec) + "\n")
        fh.write("{this is not json\n")  # line 6
        for rec in lines[5:]:
            fh.write(json.dumps(rec) + "\n")
    return path


def run(*args):
    return CliRunner().invoke(ca.batch_cli, [str(a) for a in args])


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_corpus_gives_parts_pairs_a_manifest_and_success(tmp_path):
    src = corpus(tmp_path / "corpus.jsonl")
    result = run(src, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 1, result.output  # one cluster errored
    assert "corpus.jsonl:6:" in result.stderr and "skipped" in result.stderr
    out = tmp_path / "out"
    names = sorted(p.name for p in out.iterdir())
    assert "_SUCCESS" in names and "_manifest.json" in names and "pairs.csv" in names
    lines = [json.loads(x) for p in sorted(out.glob("part-*.jsonl")) for x in p.read_text().splitlines()]
    by = {x["cluster"]: x for x in lines}
    assert by["c00"]["status"] == "skipped" and by["c00"]["result"] is None
    assert by["zz-error"]["status"] == "error" and by["zz-error"]["error"] == "empty: is empty"
    assert by["grouped"]["status"] == "ok" and by["grouped"]["articles"] == ["g1", "g2"]
    assert by["c03"]["status"] == "ok" and len(by["c03"]["result"]["articles"]) == 4
    assert by["c03"]["result"]["groups"]
    for part in out.glob("part-*.jsonl"):
        keys = [json.loads(x)["cluster"] for x in part.read_text().splitlines()]
        assert keys == sorted(keys)
    rows = (out / "pairs.csv").read_text().splitlines()
    assert rows[0].split(",") == list(ca.PAIRS_COLUMNS)
    assert sum(1 for r in rows[1:] if r.startswith("c03,")) == 6  # every pair of four articles
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["inputs"][0]["size"] == src.stat().st_size and len(manifest["inputs"][0]["sha256"]) == 64


def test_the_same_input_gives_the_same_bytes_serial_pool_and_dask(tmp_path):
    src = corpus(tmp_path / "corpus.jsonl")
    run(src, "--out", tmp_path / "serial", "--workers", "1")
    run(src, "--out", tmp_path / "pool", "--workers", "2")
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "pool")
    pytest.importorskip("dask.distributed", reason="the batch extra (dask) is not installed")
    result = run(src, "--out", tmp_path / "dask", "--dask", "--workers", "2")
    assert result.exit_code == 1, result.output
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "dask")


def test_compressed_input_folders_of_clusters_and_no_text(tmp_path):
    src = corpus(tmp_path / "corpus.jsonl")
    packed = tmp_path / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(src.read_bytes()))
    run(src, "--out", tmp_path / "plain")
    run(packed, "--out", tmp_path / "gz")
    plain, gz = outputs(tmp_path / "plain"), outputs(tmp_path / "gz")
    assert {k: v for k, v in plain.items() if k != "_manifest.json"} == \
           {k: v for k, v in gz.items() if k != "_manifest.json"}
    tree = tmp_path / "tree"
    for c in range(2):
        for k in range(2):
            f = tree / f"story{c}" / f"outlet{k}.txt"
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(article(c, k), encoding="utf-8")
    result = run(tree, "--out", tmp_path / "tree-out", "--no-text")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for p in (tmp_path / "tree-out").glob("part-*.jsonl") for x in p.read_text().splitlines()]
    assert sorted(x["cluster"] for x in lines) == ["story0", "story1"]
    assert all("text" not in art for x in lines for art in x["result"]["articles"])


def test_a_rerun_with_other_options_is_refused_unless_forced(tmp_path):
    src = corpus(tmp_path / "corpus.jsonl")
    run(src, "--out", tmp_path / "out")
    refused = run(src, "--out", tmp_path / "out", "--no-text")
    assert refused.exit_code == 2 and "holds a run with other options" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 or "skipped" in refused.stderr
    forced = run(src, "--out", tmp_path / "out", "--no-text", "--force")
    assert forced.exit_code == 1


def test_strict_stops_at_the_first_malformed_line(tmp_path):
    result = run(corpus(tmp_path / "corpus.jsonl"), "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 2 and "corpus.jsonl:6:" in result.stderr and result.stdout == ""


def test_unreadable_input_is_a_usage_error(tmp_path):
    result = run(tmp_path / "nope.jsonl", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "nope.jsonl: no such file or folder" in result.stderr


@pytest.mark.parametrize("name, data, message", [
    ("cut.jsonl.gz", lambda raw: gzip.compress(raw)[:40], "cut.jsonl.gz: cannot be read at its start (the compressed"
                                                         " file ends early: truncated?)"),
    ("noise.jsonl.gz", lambda raw: b"PK\x03\x04" + raw, "noise.jsonl.gz: cannot be read at its start (Not a gzipped"),
    ("noise.jsonl.bz2", lambda raw: b"BZh9" + raw, "noise.jsonl.bz2: cannot be read at its start (Invalid data"),
])
def test_a_damaged_archive_is_one_error_line(name, data, message, tmp_path):
    raw = corpus(tmp_path / "corpus.jsonl").read_bytes()
    (tmp_path / name).write_bytes(data(raw))
    result = run(tmp_path / name, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_line_that_is_not_utf8_is_one_skipped_line_and_a_bom_is_no_error(tmp_path):
    good = [json.dumps({"id": k, "cluster": "c", "text": article(1, k)}).encode() for k in range(2)]
    (tmp_path / "in.jsonl").write_bytes(b"\xef\xbb\xbf" + good[0] + b"\n" + b'{"id": 9, "text": "caf\xe9"}\n'
                                        + good[1] + b"\n")
    result = run(tmp_path / "in.jsonl", "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "in.jsonl:2: is not valid UTF-8 (byte 0xe9 at column 23)" in result.stderr
    assert "1 ok, 0 skipped, 0 errors, 1 input lines skipped" in result.stderr


@pytest.mark.parametrize("line, message", [
    (b"[" * 100_000 + b"]" * 100_000, "is nested too deeply to read"),  # json's recursion
    (b'{"id": ' + b"9" * 5000 + b', "cluster": "c", "text": "x"}', "holds a number too long to read (over"),
    (b'{"id": 7, "cluster": "c", "text": "A \\ud800 here"}',
     "holds a lone surrogate ('\\ud800'), which is no character"),
])
def test_a_line_json_cannot_turn_into_text_is_one_skipped_line(line, message, tmp_path):
    # each of these was a traceback: a RecursionError, and an output that could not be
    # written (a lone surrogate); the long number's message told the user to call Python
    good = [json.dumps({"id": k, "cluster": "c", "text": article(1, k)}).encode() for k in range(2)]
    (tmp_path / "in.jsonl").write_bytes(good[0] + b"\n" + line + b"\n" + good[1] + b"\n")
    result = run(tmp_path / "in.jsonl", "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert f"in.jsonl:2: {message}" in result.stderr and "Traceback" not in result.stderr
    assert "1 ok, 0 skipped, 0 errors, 1 input lines skipped" in result.stderr


def test_a_run_killed_part_way_resumes_to_the_same_outputs(tmp_path):
    src = corpus(tmp_path / "corpus.jsonl", clusters=32, sentences=24)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "compare_articles", "batch", str(src), "--workers", "1"]
    whole = subprocess.run([*cmd, "--out", str(tmp_path / "whole")], env=env, capture_output=True)
    assert whole.returncode == 1, whole.stderr
    out = tmp_path / "broken"
    proc = subprocess.Popen([*cmd, "--out", str(out)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(out.glob("part-*.jsonl")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (out / "_SUCCESS").exists(), "the run ended before it could be stopped part-way"
    resumed = subprocess.run([*cmd, "--out", str(out)], env=env, capture_output=True)
    assert resumed.returncode == 1, resumed.stderr
    assert outputs(tmp_path / "whole") == outputs(out)


def test_skip_same_series_names_the_articles_it_compared(tmp_path):
    src = tmp_path / "c.jsonl"
    recs = [{"id": "x1", "cluster": "c", "source": "X", "text": article(1, 0)},
            {"id": "x2", "cluster": "c", "source": "X", "text": article(1, 1)},
            {"id": "y1", "cluster": "c", "source": "Y", "text": article(1, 2)}]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    result = run(src, "--out", tmp_path / "out", "--skip-same-series")
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for p in (tmp_path / "out").glob("part-*.jsonl") for x in p.read_text().splitlines()]
    assert line["articles"] == ["x1", "y1"]
    rows = (tmp_path / "out" / "pairs.csv").read_text().splitlines()[1:]
    assert [r.split(",")[1:3] for r in rows] in ([["x1", "y1"]], [["y1", "x1"]])


def test_parquet_in_and_out(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow", reason="the batch extra (pyarrow) is not installed")
    import pyarrow.parquet as pq

    src = corpus(tmp_path / "corpus.jsonl")
    records = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if not x.startswith("{this")]
    flat = tmp_path / "clean.jsonl"
    flat.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    table = tmp_path / "corpus.parquet"
    columns = sorted(set().union(*records))  # every column in every row (absent: null)
    rows = [{c: r.get(c) for c in columns} for r in records]
    pq.write_table(pa.Table.from_pylist(rows), table, row_group_size=3)  # several row groups
    assert run(flat, "--out", tmp_path / "from-jsonl").exit_code == 1
    result = run(table, "--out", tmp_path / "from-parquet")
    assert result.exit_code == 1, result.output  # the cluster with an empty article errs
    assert (tmp_path / "from-parquet" / "_SUCCESS").exists() and "0 input lines skipped" in result.stderr
    jsonl, parquet = outputs(tmp_path / "from-jsonl"), outputs(tmp_path / "from-parquet")
    same = [n for n in jsonl if n.startswith("part-") or n in ("pairs.csv", "pairs.parquet")]
    assert same and all(jsonl[n] == parquet[n] for n in same)
    # pairs.parquet holds the rows of pairs.csv, typed
    rows = pq.read_table(tmp_path / "from-parquet" / "pairs.parquet").to_pylist()
    lines = (tmp_path / "from-parquet" / "pairs.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(lines) - 1 and list(rows[0]) == list(ca.PAIRS_COLUMNS)
    assert isinstance(rows[0]["similarity"], float) and isinstance(rows[0]["syndicated"], bool)
    # without pyarrow: one line naming the file and the extra
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = run(table, "--out", tmp_path / "no-arrow")
    assert result.exit_code == 2 and result.stdout == ""
    assert "corpus.parquet: is Parquet, which needs pyarrow" in result.stderr and "[batch]" in result.stderr
