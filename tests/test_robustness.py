"""The catalogue of bad and odd input: each row gives a report (exit 0) or one clear
stderr line naming the file (exit 2), never a traceback or half a report.

Timings for the large rows are in tests/bench/bench.py, not asserted here.
"""

import json

import pytest
from click.testing import CliRunner

import compare_articles as ca

OTHER = "Officials said the talks ended on Monday.\n\nThe ministry said 12 people were arrested."
NEWS = "The talks ended on Monday, officials said. Police said 12 people were arrested."

# name, content of file a.txt (b.txt is OTHER), expected exit code, text that must be on stderr
CATALOGUE = [
    ("whitespace only", " \n\t \r\n", 2, "has no text"),
    ("only boilerplate", "Home / News / World\n\nFollow us on Facebook and Twitter\n\nComments\n\nGreat!", 0, ""),
    ("png image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 2, "binary file"),
    ("nul bytes", b"text\x00more text", 2, "binary file"),
    ("utf-16 with bom", "\ufeff" + NEWS, 0, ""),  # written as UTF-16 below
    ("latin-1 bytes", "Caf\xe9 owners said prices rose.".encode("latin-1"), 2, "byte offset 3"),
    ("cp1252 quotes", b"\x93Quoted,\x94 he said.", 2, "byte offset 0"),
    ("invalid utf-8 in the middle", NEWS.encode() + b" \xc3\x28 " + NEWS.encode(), 2, "byte offset"),
    ("lone surrogate escape", b"Text \xed\xa0\x80 here.", 2, "is not valid utf-8"),
    ("one 1 MB line without punctuation", "alpha beta gamma delta " * 45_000, 0, ""),
    ("10,000 quotation marks", '"' * 10_000, 0, ""),
    ("10,000 quotation marks in text", ('He said "yes" and "no ' * 2_000), 0, ""),
    ("unbalanced and nested quotes",
     "\u201cOuter \u201cinner\u201d and \u2018single \u201d end.\n\n\u201cOpen only", 0, ""),
    ("only numbers", "1 2 3 4 5\n\n17,000 5.25% 1963", 0, ""),
    ("lines almost a timestamp", "1 " * 60 + "x\n\n" + "on May " * 30 + "5 x\n\n" + "1" * 60 + "x", 0, ""),
    ("right-to-left text",
     "\u05d4\u05e9\u05d9\u05d7\u05d5\u05ea \u05d4\u05e1\u05ea\u05d9\u05d9\u05de\u05d5. "
     "\u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0627\u0646\u062a\u0647\u062a.", 0, ""),
    ("emoji, zero-width joiners, combining marks",
     "The talks\u200d ended \U0001f468\u200d\U0001f469\u200d\U0001f467 on Mon\u0301day. Cafe\u0301 closed.", 0, ""),
    ("CR-only line ends", "Talks end\r\rThe talks ended on Monday.\rPolice arrested 12 people.", 0, ""),
    ("tabs and form feeds", "Talks\tend\f\n\nThe talks\tended on Monday.\fPolice arrested 12.", 0, ""),
    ("rich markup in the text", "The talks [bold red]ended[/] on Monday [link=http://x]here[/link].", 0, ""),
    ("ANSI and OSC escapes", "The talks \x1b[31mended\x1b[0m on Monday.\x1b]0;pwned\x07 \x1b]8;;http://x\x1b\\"
                             "link\x1b]8;;\x1b\\ Police said 12 people were arrested.", 0, ""),
]


def _file(tmp_path, name, content):
    path = tmp_path / "a.txt"
    if name == "utf-16 with bom":
        path.write_bytes(content.encode("utf-16"))
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    return path, other


@pytest.mark.parametrize("name, content, code, message", CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_catalogue(name, content, code, message, tmp_path):
    a, b = _file(tmp_path, name, content)
    runner = CliRunner()
    for args in (["--json", str(a), str(b)], [str(a), str(b)]):
        result = runner.invoke(ca.cli, args)
        assert result.exit_code == code, (result.output, result.exception)
        assert "Traceback" not in result.stderr
        if code:
            assert result.stdout == ""
            assert len(result.stderr.strip().splitlines()) == 1
            assert "a.txt" in result.stderr and message in result.stderr
        else:
            assert result.stderr == ""
            assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if code == 0:
        doc = json.loads(runner.invoke(ca.cli, ["--json", str(a), str(b)]).stdout)
        text = ca.decode(a.read_bytes(), "a.txt")
        for s in doc["articles"][0]["sentences"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_markup_is_shown_as_text(tmp_path):
    a, b = _file(tmp_path, "markup", "The talks [bold red]ended[/] on Monday, officials said.")
    out = " ".join(CliRunner().invoke(ca.cli, [str(a), str(b)]).stdout.split())
    # printed as it is written (plain output marks "bold red" as on one side only)
    assert "[[-bold red-]]ended[/]" in out


def test_markup_in_a_headline_of_many_sources_is_shown_as_text(tmp_path):
    # a source's name heads its own table in a report of three or more: a title, not markup
    text = "Talks end [/] at last [bold]\n\n" + NEWS + " Storms closed the harbour."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Bananas are yellow and grow in warm places.", encoding="utf-8")
    result = CliRunner().invoke(ca.cli, [str(tmp_path)])
    assert result.exit_code == 0, result.exception
    assert "1. Talks end [/] at last [bold]" in result.stdout


def test_a_file_over_the_size_limit_is_refused_and_a_raised_limit_reads_it(tmp_path):
    # The size limit at a small --max-size (the 4 MiB default run is in tests/bench/growth.py).
    text = "\n\n".join(f"Report {k}: officials said {k % 97} people were arrested in town {k % 13}."
                       for k in range(400))
    a, b = _file(tmp_path, "big", text)
    assert 20_000 < a.stat().st_size < 40_000
    refused = CliRunner().invoke(ca.cli, ["--json", "--max-size", "0.02", str(a), str(b)])
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "a.txt" in refused.stderr and "--max-size" in refused.stderr and "0.02 MiB" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    result = CliRunner().invoke(ca.cli, ["--json", "--max-size", "0.04", str(a), str(b)])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["articles"][0]["sentences"]) == 400


def test_size_limit_applies_to_standard_input(tmp_path):
    _, b = _file(tmp_path, "stdin", NEWS)
    result = CliRunner().invoke(ca.cli, ["--max-size", "0.001", "-", str(b)], input=NEWS * 40)
    assert result.exit_code == 2 and "<stdin>" in result.stderr and "--max-size" in result.stderr


def test_same_file_twice_and_identical_articles(tmp_path):
    a, _ = _file(tmp_path, "same", NEWS + "\n\n\u201cIt is over,\u201d the minister said.")
    doc = json.loads(CliRunner().invoke(ca.cli, ["--json", str(a), str(a)]).stdout)
    n = len(doc["articles"][0]["sentences"])
    assert [(m["a"], m["b"]) for m in doc["matches"]] == [([i], [i]) for i in range(n)]
    assert doc["only_a"] == doc["only_b"] == []


def test_articles_with_nothing_in_common(tmp_path):
    a, b = _file(tmp_path, "apart", "Bananas are yellow and grow in warm places.")
    doc = json.loads(CliRunner().invoke(ca.cli, ["--json", str(a), str(b)]).stdout)
    assert doc["matches"] == [] and doc["only_a"] == [0]


def test_directory_given_as_a_file(tmp_path):
    (tmp_path / "d").mkdir()
    _, b = _file(tmp_path, "dir", NEWS)
    result = CliRunner().invoke(ca.cli, [str(tmp_path / "d"), str(b)])
    assert result.exit_code == 2 and "d: is a folder with no article files" in result.stderr
