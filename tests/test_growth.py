"""No stage grows faster than its input: the cheapest checks of tests/bench/growth.py.

Each family of adversarial input is run at n and 4n characters and the time of every stage
compared as a ratio (the fastest of three runs each, never an absolute time). A linear stage
takes ~4 times as long, a quadratic one ~16; the bound, 7, is the bench's 2.5 per doubling
twice over plus room for a loaded machine.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))
import growth  # noqa: E402

# the families that found a quadratic stage once, and the size at which it showed
CHEAP = ["runs of full stops", "initials", "abbreviations", "short quoted sentences", "mixed quotes",
         "one-character lines", "spaced ellipses", "markdown brackets", "markdown links and images"]
N = 8_000
GROWTH = 4
LIMIT = 7.0


def _too_slow(small: dict, large: dict) -> list[str]:
    """The stages (or "total") that grew past LIMIT from n to 4n."""
    out = [] if sum(large.values()) <= LIMIT * max(sum(small.values()), 0.005) else ["total"]
    return out + [stage for stage in growth.STAGES
                  if small[stage] > 0.005 and large[stage] > LIMIT * small[stage]]  # below 5 ms, timer noise


@pytest.mark.parametrize("family", CHEAP)
def test_every_stage_grows_at_most_linearly(family):
    unit = growth.FAMILIES[family]
    md = family in growth.MARKDOWN
    small = growth.best_of(growth.make(unit, N), 3, md)
    large = growth.best_of(growth.make(unit, GROWTH * N), 3, md)
    if _too_slow(small, large):
        # a stage of a few milliseconds, caught once by a pause of a loaded machine, is
        # measured again, the best of more runs; a stage that grows too fast fails again
        small = growth.best_of(growth.make(unit, N), 7, md)
        large = growth.best_of(growth.make(unit, GROWTH * N), 7, md)
    assert not _too_slow(small, large), (small, large)


def _quotations(n: int, seed: int) -> str:
    import random

    rng = random.Random(seed)
    vocab = [f"w{k}" for k in range(300)] + "the a of to and in is it that was".split()
    return "\n\n".join(f'"{" ".join(rng.choice(vocab) for _ in range(8))}," Smith said.' for _ in range(n))


def test_two_articles_full_of_quotations_compare_in_linear_time():
    # Both sides grow: quotations are matched through an index of their words, not each
    # against each (2,000 a side took 240 s when the report compared every two).
    import time

    import compare_articles as ca

    def once(n):
        a, b = ca.parse_article("a.txt", _quotations(n, 1)), ca.parse_article("b.txt", _quotations(n, 2))
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            result = ca.compare(a, b)
            ca._quote_rows(result)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = once(150), once(150 * GROWTH)
    assert large <= LIMIT * max(small, 0.005), (small, large)
