"""Quality floors on the seeds gold, when ../shared is beside the repository."""

import importlib.util
import re

import pytest
from conftest import SEEDS, SHARED

import compare_articles as ca

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                reason="../shared (gold alignment and scorer) is not present")


def _score():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import json

    gold = json.loads((SHARED / "eval" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    a, b = ca.load_articles([str(SEEDS)])
    return score.score(gold, ca.to_dict(ca.compare(a, b)), texts_dir=str(SEEDS))


def test_seeds_alignment_floor():
    result = _score()
    assert result["precision"] >= 0.9
    assert result["f1"] >= 0.8
    lines = "\n".join(result["lines"])
    assert "quotes: 10/10 found" in lines
    found = re.search(r"boilerplate: (\d+)/(\d+) gold boilerplate", lines)
    assert found and int(found.group(1)) >= 11, lines
    assert "0 gold-pair sides wrongly set aside" in lines
