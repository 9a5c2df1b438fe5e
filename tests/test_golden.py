"""Golden outputs: whole documents, compared byte for byte.

Every output a user sees for the seeds (JSON, the plain report at 80 and 120 columns,
Markdown, HTML) and for a three-source set (JSON, plain report) lives in tests/golden/.
A change of behaviour shows as a changed golden file in the commit that makes it:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

rewrites them; review the diff before committing. The module's doctests run here too.
"""

import doctest
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare_articles as ca

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# name -> (arguments, terminal width); paths are relative to the repository root so the
# documents (which carry each article's path) are the same on every machine.
CASES = {
    "seeds.json": (["--json", "seeds"], 80),
    "seeds-80.txt": (["seeds"], 80),
    "seeds-120.txt": (["seeds"], 120),
    "seeds.md": (["--format", "markdown", "seeds"], 80),
    "seeds.html": (["--format", "html", "seeds"], 80),
    "three.json": (["--json", "tests/data/three"], 80),
    "three-80.txt": (["tests/data/three"], 80),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_output(name, monkeypatch):
    args, width = CASES[name]
    monkeypatch.chdir(ROOT)
    env = {"COLUMNS": str(width), "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(ca.cli, args, env=env)
    assert result.exit_code == 0, result.output
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(result.output.encode("utf-8"))
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to write it"
    expected = path.read_bytes().decode("utf-8")
    assert result.output == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)"


def test_module_doctests():
    failures, tried = doctest.testmod(ca, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 0
    assert failures == 0


def readme_example(doc: dict) -> str:
    """The README's JSON example: the seeds' document with each list cut to a few items,
    ``matches`` to the one with the most flags, and each text to its start."""
    doc = json.loads(json.dumps(doc))
    for art in doc["articles"]:
        art["text"] = art["text"][:100] + "..."
        art["sentences"] = art["sentences"][:2]
        art["quotes"] = art["quotes"][:1]
    flags = [len(m["differences"]["flags"]) for m in doc["matches"]]
    doc["matches"] = [doc["matches"][flags.index(max(flags))]]
    doc["possible"] = doc["possible"][:1]
    doc["only_a"], doc["only_b"] = doc["only_a"][:3], doc["only_b"][:3]
    return json.dumps(doc, ensure_ascii=False, indent=2)


def test_the_readme_json_example_is_what_the_tool_prints(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(ca.cli, ["--json", "seeds"])
    example = readme_example(json.loads(result.output))
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = re.compile(r"(<!-- json-example -->\n```json\n)(.*?)(\n```)", re.S)
    assert block.search(text), "the README lost its <!-- json-example --> block"
    if UPDATE:
        readme.write_text(block.sub(lambda m: m.group(1) + example + m.group(3), text), encoding="utf-8")
        text = readme.read_text(encoding="utf-8")
    assert block.search(text).group(2) == example, "README JSON example is stale (UPDATE_GOLDEN=1 rewrites it)"
