"""Golden outputs: whole documents, compared byte for byte.

Every output a user sees for the seeds (JSON, the plain report at 80 and 120 columns,
Markdown, HTML) and for a three-source set (JSON, plain report) lives in tests/golden/.
A change of behaviour shows as a changed golden file in the commit that makes it:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

rewrites them; review the diff before committing. The module's doctests run here too.
"""

import doctest
import os
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
