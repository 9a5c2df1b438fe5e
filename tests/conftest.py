"""Shared fixtures and the hypothesis profiles.

HYPOTHESIS_PROFILE=thorough runs 2,000 examples per property (the figure the
robustness issue asks for); the default "ci" profile runs fewer so CI stays quick.
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The command line keeps compiled patterns between runs (compare_articles._PatternStore);
# the tests' runs keep theirs in a folder of their own, not in the user's cache.
_PATTERN_CACHE = tempfile.mkdtemp(prefix="compare-articles-test-cache-")
os.environ["COMPARE_ARTICLES_CACHE"] = _PATTERN_CACHE
atexit.register(shutil.rmtree, _PATTERN_CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def write(tmp_path):
    """write(name, text or bytes) -> path of a new file in a fresh folder."""

    def _write(name: str, content, folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return _write
