"""The HTML report in a real browser: Debian's Chromium, headless, driven by Playwright.

`.ci/run` installs Debian's chromium when it is missing; where it cannot be installed (or
will not start) these tests skip and say why. Screenshots: see SHOTS below.
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare_articles as ca

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="no chromium on this machine (Debian: apt-get install chromium; .ci/run does it)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (it is in the test extra)")

# Screenshots go to $SCREENSHOTS_DIR when set (tests/screenshots holds the last ones
# committed: SCREENSHOTS_DIR=tests/screenshots pytest tests/test_browser.py), else to a
# temporary folder, so that a test run leaves the checkout as it was.
SHOTS = Path(os.environ.get("SCREENSHOTS_DIR") or tempfile.mkdtemp(prefix="ca-screenshots-")).resolve()
# Headless on a machine with no network beyond package registries: no sandbox (CI runs as
# root), no GPU, and none of Chromium's own background connections.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
HOSTILE = ("Talks end\n\nThe talks ended on Monday <script>alert(1)</script> after a long night.\n\n"
           "Officials said <img src=x onerror=alert(1)> nothing more.\n")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        except Exception as err:  # the skip reason is the browser's own complaint
            pytest.skip(f"{CHROMIUM} does not start headless here: {str(err).splitlines()[0]}")
        yield b
        b.close()


def html_report(*paths) -> str:
    result = CliRunner().invoke(ca.cli, ["--format", "html", *map(str, paths)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def open_page(browser, tmp_path, html: str, width: int, height: int):
    """The page as a reader opens it from disk, with everything the browser reports."""
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": height})
    seen = {"errors": [], "dialogs": [], "requests": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, seen, path.as_uri()


@pytest.mark.parametrize("width_name", list(WIDTHS))
def test_seeds_report_renders(browser, tmp_path, seeds_dir, width_name, monkeypatch):
    width, height = WIDTHS[width_name]
    monkeypatch.chdir(seeds_dir.parent)  # paths in the page as a user types them: seeds/...
    doc = json.loads(CliRunner().invoke(ca.cli, ["--json", "seeds"]).stdout)
    page, seen, uri = open_page(browser, tmp_path, html_report("seeds"), width, height)
    try:
        summary = page.locator("p.summary")
        assert summary.is_visible() and f"{doc['summary']['shared']} shared" in summary.inner_text()
        pairs = page.locator("div.pair")
        assert pairs.count() == len(doc["matches"]) + len(doc["possible"]) > 0
        assert page.locator("p.legend").first.is_visible()
        assert page.get_by_role("heading", name="Where they differ").is_visible()
        assert page.locator("mark").count() > 0  # words found on one side only are highlighted
        assert page.get_by_role("heading", name="Quotations").is_visible()
        for k in range(pairs.count()):
            a, b = pairs.nth(k).locator(":scope > div").nth(0), pairs.nth(k).locator(":scope > div").nth(1)
            ba, bb = a.bounding_box(), b.bounding_box()
            if width_name == "desktop":  # side by side
                assert bb["x"] >= ba["x"] + ba["width"] - 1 and abs(bb["y"] - ba["y"]) < 2
            else:  # stacked, B under A
                assert bb["y"] >= ba["y"] + ba["height"] - 1 and abs(bb["x"] - ba["x"]) < 2
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, "the page scrolls sideways"
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"seeds-{width_name}.png"))
        assert seen["errors"] == [] and seen["dialogs"] == []
        assert seen["requests"] == [uri]  # self-contained: nothing else is fetched
    finally:
        page.close()


def test_script_in_an_article_renders_as_text(browser, tmp_path, write, seeds_dir):
    hostile = write("hostile.txt", HOSTILE)
    other = sorted(seeds_dir.glob("*.txt"))[0]
    page, seen, uri = open_page(browser, tmp_path, html_report(hostile, other), *WIDTHS["desktop"])
    try:
        text = page.inner_text("body")
        assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
        assert page.locator("body script, img").count() == 0
        assert seen["dialogs"] == [] and seen["errors"] == [] and seen["requests"] == [uri]
    finally:
        page.close()


def test_many_sources_matrix_renders(browser, tmp_path, write):
    folder = tmp_path / "three"
    for name, text in [("a.txt", "Talks end\n\nThe United States suspended talks with Russia on Monday.\n"),
                       ("b.txt", "The U.S. broke off talks with Russia on Monday, officials said.\n"),
                       ("c.txt", "Washington halted its talks with Russia on Monday.\n")]:
        write(name, text, folder)
    page, seen, _ = open_page(browser, tmp_path, html_report(folder), *WIDTHS["phone"])
    try:
        assert page.get_by_role("heading", name="Who carries what").is_visible()
        assert page.locator("td.mark").count() >= 3
        assert seen["errors"] == []
    finally:
        page.close()
