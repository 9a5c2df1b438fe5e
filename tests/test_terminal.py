"""The text report in a real terminal: tmux runs it at 80 and 120 columns, ``capture-pane -e``
takes the screen with its colours, and Chromium renders the capture to PNG (via rich's SVG
export of the ANSI text). Skips, saying why, without tmux, Playwright or Chromium.

The images go to $SCREENSHOTS_DIR when it is set (tests/screenshots holds the last ones
committed), else to a temporary folder; the test prints their paths.
"""

import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not TMUX, reason="no tmux on this machine (Debian: apt-get install tmux)")
ROOT = Path(__file__).resolve().parent.parent
SGR = re.compile(r"\x1b\[[0-9;:]*m")
FACTS = ["Ferry crews walked out on Tuesday, stranding about 3,000 passengers.",
         "The operator said it would run a reduced timetable from Thursday.",
         "The transport minister urged both sides to return to talks.",
         "Talks broke down after six weeks, the union said."]


def capture(args: list[str], width: int) -> str:
    """The whole screen (with its scrollback) of ``compare-articles ARGS`` run in a tmux
    window ``width`` columns wide, as ANSI text."""
    sock = f"ca-{uuid.uuid4().hex[:8]}"
    cmd = " ".join([sys.executable, "-m", "compare_articles", "--no-pager", *map(str, args)])
    tmux = [TMUX, "-L", sock, "-f", os.devnull]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES", "TMUX")}
    try:
        subprocess.run([*tmux, "new-session", "-d", "-x", str(width), "-y", "50", "-s", "t",
                        f"{cmd}; {TMUX} -L {sock} wait-for -S done; sleep 60"], check=True, env=env, cwd=ROOT)
        subprocess.run([*tmux, "set-option", "-g", "history-limit", "20000"], check=True)
        subprocess.run([*tmux, "wait-for", "done"], check=True, timeout=60)
        out = subprocess.run([*tmux, "capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "t"],
                             check=True, capture_output=True, text=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
    return out.rstrip("\n") + "\n"


def to_png(ansi: str, width: int, path: Path) -> None:
    """The capture as a terminal shows it: rich reads the ANSI, writes SVG, Chromium draws it."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM:
        pytest.skip("no chromium on this machine (.ci/run installs it)")
    from rich.console import Console
    from rich.text import Text

    with open(os.devnull, "w") as sink:
        console = Console(record=True, width=width, force_terminal=True, color_system="truecolor", file=sink)
        console.print(Text.from_ansi(ansi), end="")
    page_html = path.with_suffix(".html")  # no web font: the machine has no network
    page_html.write_text(console.export_html(inline_styles=True, code_format=TERMINAL_PAGE), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        except Exception as err:
            pytest.skip(f"{CHROMIUM} does not start headless here: {str(err).splitlines()[0]}")
        page = browser.new_page(viewport={"width": 9 * width + 40, "height": 600})
        page.goto(page_html.as_uri())
        page.screenshot(path=str(path), full_page=True)
        browser.close()
    page_html.unlink()


TERMINAL_PAGE = """<!DOCTYPE html><html><head><meta charset="UTF-8"><style>
body {{ margin: 0; background: {background}; color: {foreground}; }}
pre {{ margin: 0; padding: 12px; font: 15px/1.25 "DejaVu Sans Mono", monospace; }}
</style></head><body><pre><code>{code}</code></pre></body></html>"""


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ["SCREENSHOTS_DIR"]).resolve() if os.environ.get("SCREENSHOTS_DIR") else \
        tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", [80, 120])
def test_the_seeds_report_in_a_real_terminal(width, shots):
    ansi = capture(["seeds/"], width)
    plain = SGR.sub("", ansi)
    assert "\x1b" not in plain  # nothing but colour reaches the terminal
    assert SGR.search(ansi), "a terminal gets colour"
    lines = plain.splitlines()
    assert all(len(line) <= width for line in lines), max(lines, key=len)
    assert any(line.startswith("Where they differ") for line in lines)
    assert "[-" not in plain  # in colour the marks are colours, not wdiff brackets
    png = shots / f"seeds-terminal-{width}.png"
    to_png(ansi, width, png)
    assert png.stat().st_size > 10_000
    print(f"\n{png}")


def test_forty_sources_in_a_real_terminal_at_eighty_columns(tmp_path, shots):
    for k in range(40):
        picked = [FACTS[(k + j) % 4] for j in range(3)]
        (tmp_path / f"outlet{k:02d}.txt").write_text("\n\n".join(picked) + "\n", encoding="utf-8")
    ansi = capture([tmp_path], 80)
    lines = SGR.sub("", ansi).splitlines()
    assert all(len(line) <= 80 for line in lines)
    start = lines.index("Who carries what")
    assert lines[start + 2].strip() == "1234567890123456789012345678901234567890"
    text = " ".join(" ".join(lines[start:]).split())
    assert all(fact in text for fact in FACTS)
    png = shots / "forty-sources-terminal-80.png"
    to_png(ansi, 80, png)
    assert png.stat().st_size > 10_000
    print(f"\n{png}")
