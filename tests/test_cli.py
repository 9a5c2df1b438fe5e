"""The command line: exit codes, error lines, the JSON document, determinism."""

import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare_articles as ca

ARTICLE_A = "Talks end\n\nThe United States suspended talks with Russia on Monday.\n"
ARTICLE_B = "The U.S. broke off talks with Russia on Monday, officials said.\n"


def run(*args, input=None):
    runner = CliRunner()
    return runner.invoke(ca.cli, [str(a) for a in args], input=input)


def test_seeds_report_runs(seeds_dir):
    result = run(seeds_dir)
    assert result.exit_code == 0, result.output
    assert "Reported by both" in result.output
    assert "Only in A" in result.output and "Only in B" in result.output
    assert "Quotations" in result.output and "Set aside" in result.output


def test_json_document_shape(seeds_dir):
    result = run("--json", seeds_dir)
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["schema_version"] == ca.SCHEMA_VERSION
    assert set(doc) == {"schema_version", "tool", "threshold", "articles", "matches", "possible", "only_a",
                        "only_b", "summary"}
    for art in doc["articles"]:
        assert set(art) == {"path", "title", "url", "site", "author", "date", "characters", "text",
                            "sentences", "quotes", "boilerplate_count"}
        with open(art["path"], encoding="utf-8") as fh:
            text = fh.read()
        assert art["text"] == text and art["characters"] == len(text)
        assert art["url"] is art["site"] is art["author"] is art["date"] is None
        for s in art["sentences"]:
            assert set(s) == {"index", "start", "end", "text", "paragraph", "boilerplate",
                              "boilerplate_reason"}
            assert text[s["start"]:s["end"]] == s["text"]
        for q in art["quotes"]:
            assert set(q) == {"start", "end", "text", "sentence", "speaker", "speaker_full", "speaker_role",
                              "verb", "continues"}
            assert text[q["start"]:q["end"]] == q["text"]
    for m in doc["matches"]:
        assert set(m) == {"a", "b", "score", "kind", "differences", "evidence"}
        assert set(m["differences"]) == {"only_a", "only_b", "numbers", "dates", "quote", "speaker",
                                         "polarity", "certainty", "attribution", "quote_words", "flags"}
        assert 0.0 <= m["score"] <= 1.0 and m["kind"] in ("quote", "claim", "headline")
    used_a = {i for m in doc["matches"] for i in m["a"]}
    assert not used_a & set(doc["only_a"])


def test_paired_headlines_are_not_counted_as_body_text_or_set_aside(write):
    text = "Talks end in Geneva\n\nThe United States suspended talks with Russia on Monday.\n"
    a, b = write("a.txt", text), write("b.txt", text)
    doc = json.loads(run("--json", a, b).output)
    assert [m["kind"] for m in doc["matches"]] == ["headline", "claim"]
    assert doc["summary"]["a_carried_by_b"] == doc["summary"]["b_carried_by_a"] == 1.0
    head = run(a, b).output.splitlines()[2]  # A's row: sentences, quotations, set aside
    assert head.split()[-3:] == ["1", "0", "0"]


def test_json_is_byte_identical_across_runs(seeds_dir):
    first, second = run("--json", seeds_dir), run("--format", "json", seeds_dir)
    assert first.output == second.output


def test_two_files_and_stdin(write):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    from_files = run("--json", a, b)
    from_stdin = run("--json", a, "-", input=ARTICLE_B)
    assert from_files.exit_code == from_stdin.exit_code == 0
    assert json.loads(from_files.output)["matches"] == json.loads(from_stdin.output)["matches"]
    assert json.loads(from_stdin.output)["articles"][1]["path"] == "<stdin>"


def test_threshold_option_changes_pairing(write):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    loose = json.loads(run("--json", "--threshold", "0.1", a, b).output)
    strict = json.loads(run("--json", "--threshold", "1.0", a, b).output)
    assert [m["kind"] for m in loose["matches"]] == ["headline", "claim"] and strict["matches"] == []


def test_encoding_option(write):
    a = write("a.txt", "Caf\xe9 owners said prices rose 5% on Monday.".encode("cp1252"))
    b = write("b.txt", "Caf\xe9 owners said prices rose on Monday.")
    assert run(a, b).exit_code == 2
    ok = run("--json", "--encoding", "cp1252", a, b)
    assert ok.exit_code == 0
    assert "Caf\xe9" in json.loads(ok.output)["articles"][0]["sentences"][0]["text"]


# Every input error: exit 2, one line on stderr naming the file, nothing on stdout.
ERRORS = [
    ("missing", lambda w, t: [t / "nope.txt", w("b.txt", ARTICLE_B)], "nope.txt: no such file"),
    ("empty", lambda w, t: [w("e.txt", ""), w("b.txt", ARTICLE_B)], "e.txt: is empty"),
    ("blank", lambda w, t: [w("e.txt", " \n\t\n"), w("b.txt", ARTICLE_B)], "e.txt: has no text"),
    ("binary", lambda w, t: [w("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), w("b.txt", ARTICLE_B)],
     "x.txt: looks like a binary file"),
    ("undecodable", lambda w, t: [w("x.txt", b"Good text \xff\xfe here."), w("b.txt", ARTICLE_B)],
     "x.txt: is not valid utf-8: cannot decode byte 0xff at byte offset 10"),
    ("directory", lambda w, t: [t, w("b.txt", ARTICLE_B)], "is a folder with no article files"),
    ("missing folder", lambda w, t: [t / "nope", w("b.txt", ARTICLE_B)], "nope: no such file or folder"),
    ("other address", lambda w, t: ["ftp://example.org/a.txt", w("b.txt", ARTICLE_B)],
     "ftp://example.org/a.txt: is an address this tool cannot read"),
    ("malformed address", lambda w, t: ["http://[::1/story", w("b.txt", ARTICLE_B)],
     "http://[::1/story: is not a valid address (Invalid IPv6 URL)"),
    ("bad port", lambda w, t: ["http://example.org:port/story", w("b.txt", ARTICLE_B)],
     "http://example.org:port/story: is not a valid address (nonnumeric port"),
    ("host and port", lambda w, t: ["example.org:8080/page", w("b.txt", ARTICLE_B)],
     "example.org:8080/page: no such file or folder (an address needs http:// or https://)"),
    ("one file", lambda w, t: [w("a.txt", ARTICLE_A)], "needs 2 to 40 articles to compare, got 1"),
    ("too many files", lambda w, t: [w(f"{k}.txt", ARTICLE_A) for k in range(41)], "got 41"),
    ("both stdin", lambda w, t: ["-", "-"], "standard input can be only one"),
]


@pytest.mark.parametrize("name, make, message", ERRORS, ids=[e[0] for e in ERRORS])
def test_input_errors(name, make, message, write, tmp_path):
    args = make(write, tmp_path / "sub" if name == "directory" else tmp_path)
    if name == "directory":
        (tmp_path / "sub").mkdir(exist_ok=True)
    result = run(*args, input="")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("count", [0, 1, 41])
def test_folder_with_wrong_number_of_articles(count, write, tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    for k in range(count):
        write(f"{k}.txt", ARTICLE_A, folder)
    write("notes.pdf", b"%PDF", folder)
    result = run(folder)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"needs 2 to 40 article files (.txt, .md, .html or .htm), found {count}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2(write):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    assert run("--threshold", "1.5", a, b).exit_code == 2
    assert run().exit_code == 2
    assert run("--format", "xml", a, b).exit_code == 2


@pytest.mark.parametrize("option", ["--threshold", "--max-size", "--timeout"])
def test_a_number_option_given_nan_is_a_usage_error(option, write):
    # click's FloatRange alone let "nan" through (every comparison with it is false), and
    # the comparison then failed with a traceback
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    result = run(option, "nan", a, b)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Invalid value for '{option}': 'nan' is not a number." in result.stderr
    assert "Traceback" not in result.stderr


def test_module_entry_point(seeds_dir):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "compare_articles", "--json", str(seeds_dir)],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0 and json.loads(proc.stdout)["schema_version"] == 1


# ---------------------------------------------------------------- three or more articles
ARTICLE_C = ("Talks end\n\nWashington suspended its talks with Russia on Monday, officials said.\n\n"
             "\u201cWe are done talking,\u201d the spokesman said.\n")


def test_three_articles_give_groups(write, tmp_path):
    folder = tmp_path / "three"
    folder.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_C)):
        write(name, text, folder)
    result = run("--json", folder)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert set(doc) == {"schema_version", "tool", "threshold", "articles", "groups", "only", "summary"}
    assert len(doc["articles"]) == 3
    talks = [g for g in doc["groups"] if g["kind"] == "claim"]
    assert len(talks) == 1 and talks[0]["articles"] == [0, 1, 2]
    assert talks[0]["members"] == [[0, 1], [1, 0], [2, 1]]
    assert doc["only"] == [[], [], [2]]  # the quotation is C's alone
    assert doc["summary"]["carried_by_all"] >= 1 and doc["summary"]["left_out"] == [[], [], []]
    text = run(folder)
    assert text.exit_code == 0 and "Who carries what" in text.output


def test_two_articles_keep_the_pairwise_document(write, tmp_path):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    doc = json.loads(run("--json", a, b).output)
    assert "groups" not in doc and "matches" in doc


# ---------------------------------------------------------------- shareable formats
HOSTILE = ("Officials said <script>alert(1)</script> the talks ended on Monday.\n\n"
           "Police said <img src=x onerror=alert(1)> 12 people | were **arrested**.\n")


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_shareable_formats_escape_article_text(fmt, write, tmp_path):
    a = write("a.txt", HOSTILE)
    b = write("b.txt", "The talks ended on Monday, officials said. Police said 21 people were arrested.\n")
    result = run("--format", fmt, a, b)
    assert result.exit_code == 0, result.output
    out = result.output
    if fmt == "html":
        assert out.startswith("<!doctype html>") and out.rstrip().endswith("</html>")
        assert "<script" not in out and "<img" not in out
        plain = out.replace("<mark>", "").replace("</mark>", "")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in plain
        assert "&lt;img src=x onerror=alert(1)&gt;" in plain
        assert not re.search(r"<[^>]*\s(?:src|href|on\w+)=", out)  # no assets, no handlers
        assert "<style>" in out and "Reported by both" in out and "<mark>" in out
    else:
        plain = out.replace("**", "")
        assert "<script>" not in out and "\\<script\\>alert\\(1\\)" in plain and "\\<img" in plain
        assert "\\*\\*arrested\\*\\*" in out and "\\|" in out  # the text's own markup is inert
        assert "## Reported by both" in out and "| A | B | notes |" in out


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_shareable_formats_for_three_articles(fmt, write, tmp_path):
    folder = tmp_path / "three"
    folder.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_C)):
        write(name, text, folder)
    result = run("--format", fmt, folder)
    assert result.exit_code == 0 and "Who carries what" in result.output


def test_html_file_beside_the_terminal_report(seeds_dir, tmp_path):
    page = tmp_path / "report.html"
    result = run("--html", page, seeds_dir)
    assert result.exit_code == 0 and "Reported by both" in result.stdout
    html = page.read_text(encoding="utf-8")
    assert html == run("--format", "html", seeds_dir).stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".compare-articles-")]


def test_html_file_that_cannot_be_written(seeds_dir, tmp_path):
    result = run("--html", tmp_path / "no-such-folder" / "report.html", seeds_dir)
    assert result.exit_code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "cannot be written" in result.stderr


def test_html_file_through_a_link_or_into_a_pipe(seeds_dir, tmp_path):
    # a rename put a new file in place of a link (and, run as root, of a device such as
    # /dev/full): a link keeps pointing at the file, a named pipe is written into
    import threading

    real, link = tmp_path / "real.html", tmp_path / "link.html"
    real.write_text("old", encoding="utf-8")
    link.symlink_to(real)
    assert run("--html", link, seeds_dir).exit_code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("<!doctype html>")
    pipe, got = tmp_path / "pipe", []
    os.mkfifo(pipe)
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    assert run("--html", pipe, seeds_dir).exit_code == 0
    reader.join(10)
    assert got == [real.read_text(encoding="utf-8")] and stat.S_ISFIFO(pipe.stat().st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_standard_output_that_refuses_the_report_is_one_line(fmt, seeds_dir):
    import subprocess

    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "compare_articles", "--format", fmt, str(seeds_dir)],
                              stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 2
    assert proc.stderr == "Error: standard output: cannot be written (No space left on device)\n"


@pytest.mark.parametrize("columns, width", [("0", 80), ("100000", ca.REPORT_WIDTHS[1]), ("7", ca.REPORT_WIDTHS[0])])
def test_the_report_is_laid_out_within_sane_widths(columns, width, seeds_dir):
    # COLUMNS=0 printed nothing; a huge COLUMNS padded every rule to it
    out = CliRunner(env={"COLUMNS": columns}).invoke(ca.cli, [str(seeds_dir)]).stdout
    assert out and max(len(line) for line in out.splitlines()) == width


def test_plain_output_marks_the_words_on_one_side_only(write):
    a = write("a.txt", "Police arrested 12 people in the capital on Monday, officials said.\n")
    b = write("b.txt", "Police detained 12 protesters in the capital on Monday, officials said.\n")
    out = run(a, b).output
    assert "Police detained 12 {+protesters+} in" in out and "[-word-] only in A's sentence" in out


def test_possible_pairs_and_the_document_similarity_are_in_the_document(write):
    a = write("a.txt", "The ferry strike stranded travellers at the port on Tuesday.\n")
    b = write("b.txt", "Travellers waited for hours as crews walked out over pay.\n")
    doc = json.loads(run("--json", a, b).output)
    assert doc["matches"] == [] and doc["summary"]["possible"] == len(doc["possible"]) == 1
    assert doc["possible"][0]["a"] == [0] and ca.POSSIBLE_THRESHOLD <= doc["possible"][0]["score"] < doc["threshold"]
    assert 0 < doc["summary"]["similarity"] < 1
    same = json.loads(run("--json", a, a).output)["summary"]["similarity"]
    assert same == 1.0


def test_folders_and_files_mixed_are_all_read(write, tmp_path):
    folder = tmp_path / "f"
    write("one.txt", ARTICLE_A, folder)
    write("two.txt", ARTICLE_B, folder)
    c = write("three.txt", "Russia said the talks would go on next week.\n")
    doc = json.loads(run("--json", folder, c).output)
    assert [a["path"] for a in doc["articles"]] == [str(folder / "one.txt"), str(folder / "two.txt"), str(c)]


def test_encoding_applies_to_the_files_that_are_not_utf8(write):
    a = write("a.txt", "Caf\u00e9 owners said \u201cwe will reopen the doors soon\u201d on Monday.\n")
    b = write("b.txt", "Caf\u00e9 owners said they would reopen on Monday.\n".encode("cp1252"))
    doc = json.loads(run("--json", "--encoding", "cp1252", a, b).output)
    assert [art["text"][:4] for art in doc["articles"]] == ["Caf\u00e9", "Caf\u00e9"]
    assert doc["articles"][0]["quotes"][0]["text"] == "we will reopen the doors soon"
    bad = run("--encoding", "no-such-codec", a, b)
    assert bad.exit_code == 2 and "unknown encoding 'no-such-codec'" in bad.stderr


def test_markdown_articles_read_as_their_text(write):
    a = write("a.md", "# Ferry strike halts **island** crossings\n\n*By Lena Marsh*\n\n"
                      "Ferry crews walked out on [Tuesday](https://example.org/t), stranding 3,000 people.\n\n"
                      "![A ferry at the dock](https://example.org/f.jpg)\n")
    b = write("b.txt", "Ferry crews walked out on Tuesday, stranding some 3,000 people.\n")
    doc = json.loads(run("--json", a, b).output)
    art = doc["articles"][0]
    assert art["title"] == "Ferry strike halts island crossings"
    assert [(s["text"], s["boilerplate_reason"]) for s in art["sentences"]] == [
        ("Ferry strike halts **island** crossings", None), ("By Lena Marsh", "byline"),
        ("Ferry crews walked out on [Tuesday](https://example.org/t), stranding 3,000 people.", None)]
    for s in art["sentences"]:
        assert art["text"][s["start"]:s["end"]] == s["text"]
    (m,) = doc["matches"]
    assert "example" not in m["differences"]["only_a"] and m["score"] > 0.8


def test_html_dash_writes_the_page_to_standard_output(write):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    result = run("--html", "-", a, b)
    assert result.exit_code == 0 and result.output.startswith("<!doctype html>")
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("args", [["--json", "--format", "markdown"], ["--html", "-", "--json"],
                                  ["--html", "-", "--format", "text"]])
def test_conflicting_options_are_a_usage_error(args, write):
    result = run(*args, write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B))
    assert result.exit_code == 2 and result.stdout == "" and "Usage:" in result.stderr


def test_interrupt_exits_130_without_a_traceback(monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ca, "load_articles", interrupted)
    monkeypatch.setattr(sys, "argv", ["compare-articles", "a.txt", "b.txt"])
    with pytest.raises(SystemExit) as exit_info:
        ca.main()
    assert exit_info.value.code == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == "compare-articles: interrupted"


@pytest.mark.parametrize("b_text, note", [
    (ARTICLE_A, "note: the two texts are the same"),
    ("A cat sat on the mat all afternoon.\n", "note: the two articles share nothing this tool can find"),
])
def test_a_note_for_the_same_text_twice_and_for_nothing_in_common(b_text, note, write):
    result = run(write("a.txt", ARTICLE_A), write("b.txt", b_text))
    assert result.exit_code == 0 and note in " ".join(result.output.split())


def test_every_told_differently_mark_is_explained_in_every_format(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    text = " ".join(run("tests/data/three").output.split())
    assert "Told differently (\u25d0)" in text and "#4, 1 numbers: source 1 5 / source 2 7" in text
    md = run("--format", "markdown", "tests/data/three").output
    assert "## Told differently (\u25d0)" in md and "- #4, source 1: **numbers: source 1 5 / source 2 7**" in md
    assert "## Set aside as page furniture" in md and "`tests/data/three/coast-daily.txt`" in md
    page = run("--format", "html", "tests/data/three").output
    assert "<h2>Told differently (\u25d0)</h2>" in page and "<h2>Set aside as page furniture</h2>" in page
    assert "<title>Island ferries stop as crews strike over pay vs " in page


def test_shared_formats_carry_whole_quotations_and_the_legend(write):
    long_quote = "We will not stop until every one of the families has been given a home " * 4
    a = write("a.txt", f'"{long_quote.strip()}," the mayor said on Monday.\n')
    b = write("b.txt", f'The mayor said: "{long_quote.strip()}."\n')
    md = run("--format", "markdown", a, b).output
    assert long_quote.strip() in md.replace("\\\\", "")
    page = run("--format", "html", a, b).output
    assert long_quote.strip() in page and 'class="legend"' in page


def test_forty_sources_fit_eighty_columns_with_every_claim_readable(tmp_path):
    facts = ["Ferry crews walked out on Tuesday, stranding about 3,000 passengers.",
             "The operator said it would run a reduced timetable from Thursday.",
             "The transport minister urged both sides to return to talks.",
             "Talks broke down after six weeks, the union said."]
    for k in range(40):
        picked = [facts[(k + j) % 4] for j in range(3)]
        (tmp_path / f"outlet{k:02d}.txt").write_text("\n\n".join(picked) + "\n", encoding="utf-8")
    result = CliRunner().invoke(ca.cli, [str(tmp_path)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    start = lines.index("Who carries what")
    assert lines[start + 2].strip() == "1234567890123456789012345678901234567890"
    rows = [line for line in lines[start + 3:] if line[:3].strip().isdigit()]
    assert len(rows) == 4 and all(len(row.split()[1]) == 40 for row in rows)
    text = " ".join(" ".join(lines[start:]).split())
    for fact in facts:
        assert fact in text


@pytest.mark.parametrize("section, present, absent", [
    ("differences", ["Where they differ"], ["Reported by both", "Only in A", "Quotations"]),
    ("shared", ["Reported by both"], ["Where they differ", "Only in A"]),
    ("only", ["Only in A", "Only in B"], ["Reported by both", "Where they differ"]),
])
def test_only_prints_just_those_sections_in_every_format(section, present, absent, seeds_dir):
    text = run("--only", section, seeds_dir).output
    md = run("--only", section, "--format", "markdown", seeds_dir).output
    for out in (text, md):
        assert all(p in out for p in present) and not any(a in out for a in absent)
    doc = json.loads(run("--json", "--only", section, seeds_dir).output)
    full = json.loads(run("--json", seeds_dir).output)
    assert doc["summary"] == full["summary"] and set(doc) == set(full)
    flagged = [m for m in full["matches"] if m["differences"]["flags"]]
    expected = {"differences": flagged, "shared": full["matches"], "only": []}[section]
    assert doc["matches"] == expected
    assert (doc["only_a"] == full["only_a"]) is (section == "only")


def test_a_long_report_on_a_terminal_goes_through_the_pager(monkeypatch, tmp_path, seeds_dir):
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"tee {paged}")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    runner_out = []
    monkeypatch.setattr(ca, "_write", runner_out.append)
    with pytest.raises(SystemExit):
        ca.cli.main([str(seeds_dir)], standalone_mode=True)
    assert "Reported by both" in paged.read_text(encoding="utf-8") and runner_out == []
    with pytest.raises(SystemExit):
        ca.cli.main(["--no-pager", str(seeds_dir)], standalone_mode=True)
    assert runner_out and "Reported by both" in runner_out[0]


def test_a_slow_fetch_shows_a_spinner_on_a_terminal_only(monkeypatch, capsys):
    import time

    monkeypatch.setattr(ca._Progress, "DELAY", 0.0)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with ca._Waiting("fetching https://example.org/a") as waiting:
        time.sleep(0.3)
        assert waiting._status is not None  # started once the delay passed
    assert waiting._status is not None and not waiting._timer.is_alive()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    with ca._Waiting("fetching https://example.org/a") as quiet:
        time.sleep(0.05)
    assert quiet._status is None and quiet._timer is None  # piped: nothing on stderr


# ---------------------------------------------------------------- compiled patterns kept between runs
def _module_patterns():
    return sorted({(v.pattern, int(v.flags)) for v in vars(ca).values() if isinstance(v, ca._Lazy)}, key=repr)


def test_patterns_from_the_store_are_the_patterns_re_compiles(tmp_path, monkeypatch, seeds_dir):
    # every rule of the module, compiled through a store, saved, loaded by another store
    # and compiled from its file, finds what re.compile's pattern finds in the seeds
    monkeypatch.setenv("COMPARE_ARTICLES_CACHE", str(tmp_path))
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    first = ca._PatternStore()
    first.load()
    for pattern, flags in _module_patterns():
        first.compile(pattern, flags)
    assert first.learnt
    first.save()
    assert ca._PatternStore.path().is_file() and not first.learnt
    second = ca._PatternStore()
    second.load()
    assert second.entries == first.entries and len(second.entries) == len(_module_patterns())
    for pattern, flags in _module_patterns():
        stored, fresh = second.compile(pattern, flags), re.compile(pattern, flags)
        assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == \
            (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        subject = text.encode() if isinstance(pattern, bytes) else text
        assert [m.span() for m in stored.finditer(subject)] == [m.span() for m in fresh.finditer(subject)]
    assert not second.learnt  # all of them came from the file


def test_a_broken_store_is_no_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPARE_ARTICLES_CACHE", str(tmp_path))
    path = ca._PatternStore.path()
    path.write_bytes(b"\x00 not a store")
    store = ca._PatternStore()
    store.load()
    assert store.entries == {}
    # an entry _sre refuses is compiled afresh
    store.entries[("a+b", 0)] = (0, [999999], 0, {}, (None,))
    assert store.compile("a+b").findall("caab") == ["aab"]
    store.save()
    again = ca._PatternStore()
    again.load()
    assert again.compile("a+b").findall("caab") == ["aab"] and not again.learnt
    # no store at all: COMPARE_ARTICLES_CACHE empty
    monkeypatch.setenv("COMPARE_ARTICLES_CACHE", "")
    assert ca._PatternStore.path() is None
    # the library without load() compiles as re does, and keeps nothing
    plain = ca._PatternStore()
    assert plain.compile("a+b").findall("caab") == ["aab"] and plain.entries == {}


def test_the_command_line_keeps_its_patterns_and_prints_the_same(tmp_path, seeds_dir):
    import subprocess

    env = {**os.environ, "COMPARE_ARTICLES_CACHE": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-m", "compare_articles", "--json", str(seeds_dir)],
                           capture_output=True, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0] and runs[0].stdout == runs[1].stdout
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [ca._PatternStore.path().name]
    # a folder that cannot be written is no failure either
    blocked = tmp_path / "file"
    blocked.write_text("x")
    env["COMPARE_ARTICLES_CACHE"] = str(blocked / "cache")
    run3 = subprocess.run([sys.executable, "-m", "compare_articles", "--json", str(seeds_dir)],
                          capture_output=True, env=env)
    assert run3.returncode == 0 and run3.stdout == runs[0].stdout and run3.stderr == b""


def test_the_module_builds_the_same_patterns_whatever_the_hash_seed():
    # a pattern joined from a set in its iteration order differed from process to process,
    # and the command line's pattern store learnt a new entry at every run
    import subprocess

    script = ("import compare_articles as ca\n"
              "def walk(v):\n"
              "    if isinstance(v, ca._Lazy): yield repr(v.pattern)\n"
              "    elif isinstance(v, (list, tuple)):\n"
              "        for x in v: yield from walk(x)\n"
              "    elif isinstance(v, dict):\n"
              "        for x in v.values(): yield from walk(x)\n"
              "print(sorted(p for _, v in sorted(vars(ca).items()) for p in walk(v)))\n")
    outs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and len(next(iter(outs))) > 1000


def test_a_full_store_keeps_the_patterns_its_run_used(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPARE_ARTICLES_CACHE", str(tmp_path))
    monkeypatch.setattr(ca, "PATTERN_STORE_MAX", 3)
    store = ca._PatternStore()
    store.load()
    for k in range(5):
        store.compile(f"a{k}+")
    store.save()
    later = ca._PatternStore()
    later.load()
    assert len(later.entries) == 5  # at the cap's first crossing, this run used all five
    later.compile("a0+")
    later.compile("b+")
    later.save()
    last = ca._PatternStore()
    last.load()
    assert set(last.entries) == {("a0+", 0), ("b+", 0)}
