"""Web pages in: saved .html files and http(s) addresses (the optional ``web`` extra).

The pages under tests/data/html/ are real news pages as a browser saves them (see the
PROVENANCE.md beside them). Addresses are served from a local HTTP server on 127.0.0.1:
the suite never touches the internet.
"""

import contextlib
import http.server
import json
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare_articles as ca

pytest.importorskip("trafilatura", reason='the web extra is not installed: pip install -e ".[web]"')
from lxml import html as lxml_html  # noqa: E402  (trafilatura's own parser)

PAGES = Path(__file__).parent / "data" / "html"
SEED = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))[0]

# page, title, author, date, a sentence of the article, page furniture that must not come out
SAVED = [
    ("reuters.com.parasite.html", "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
     "Jill Serjeant", "2020-01-20",
     "Despite an unknown cast, it beat homegrown Hollywood movies",
     ["Discover Thomson Reuters", "All quotes delayed a minimum of 15 minutes"]),
    ("theguardian.com.academics.html", "Thousands of UK academics 'treated as second-class citizens'",
     "Richard Adams", "2020-01-20",
     "The report by the University and College Union claims institutions have created a pool",
     ["Available for everyone, funded by readers", "Third of Cambridge University staff 'have experienced bullying'"]),
    ("mercurynews.com.2023.01.16.letters-1119.html",
     "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | Predicting climate",
     "Letters", "2023-01-16",
     "It should not surprise anyone that Alameda County District Attorney Pamela Price dropped",
     ["Submit your letter to the editor", "Trending Nationally", "All Access Digital offer"]),
    ("spiegel.de.albtraum.html", "Ein Albtraum", "SPIEGEL ONLINE; Hamburg; Germany", "2018-12-22",
     "Ein perfekter Sturm auf dem Meer beginnt meistens",
     ["Datenschutz", "Impressum", "Brutto-Netto-Rechner"]),
]


def run(*args):
    return CliRunner().invoke(ca.cli, [str(a) for a in args])


def visible_text(page: Path) -> str:
    tree = lxml_html.fromstring(page.read_bytes())
    for el in tree.xpath("//script | //style | //noscript"):
        el.drop_tree()
    return " ".join(tree.text_content().split())


def furniture(page: Path) -> set[str]:
    """The texts of links, buttons and list items in the page's navigation, header,
    footer, menus, asides and cookie notices: what a browser shows around the article."""
    tree = lxml_html.fromstring(page.read_bytes())
    found = set()
    marks = ("nav", "menu", "header", "footer", "cookie")
    classed = " | ".join(f'//*[contains(@class, "{m}") or contains(@id, "{m}")]' for m in marks)
    for block in tree.xpath(f'//nav | //header | //footer | //aside | //*[@role="navigation"] | {classed}'):
        for el in block.xpath(".//a | .//button | .//li"):
            text = " ".join(el.text_content().split())
            if len(text.split()) >= 2:
                found.add(text)
    return found


@pytest.mark.parametrize("name, title, author, date, sentence, absent", SAVED, ids=[r[0] for r in SAVED])
def test_saved_page_against_a_seed(name, title, author, date, sentence, absent):
    page = PAGES / name
    result = run("--json", page, SEED)
    assert result.exit_code == 0, result.stderr
    art = json.loads(result.output)["articles"][0]
    assert (art["title"], art["author"], art["date"]) == (title, author, date)
    assert art["site"] and art["url"].startswith("http")
    text = art["text"]
    for s in art["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for q in art["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    body = [" ".join(s["text"].split()) for s in art["sentences"] if not s["boilerplate"]]
    joined = " ".join(body)
    assert sentence in joined
    assert len(body) >= 10
    shown = visible_text(page)
    for junk in absent:
        assert junk in shown and junk not in joined
    nav = furniture(page)
    assert nav, "the page should have some navigation to leave out"
    assert not [s for s in body if s in nav and s != art["title"]]
    report = run(page, SEED)
    assert report.exit_code == 0
    flat = " ".join(report.output.split())
    assert " ".join(title.split()[:3]) in flat and author.split()[0] in flat


def test_title_author_in_markdown_and_html():
    page = PAGES / SAVED[0][0]
    md = run("--format", "markdown", page, SEED)
    assert "Jill Serjeant" in md.output and "Reuters" in md.output
    page_html = run("--format", "html", page, SEED).output
    assert '<span class="byline">Reuters \u00b7 Jill Serjeant \u00b7 2020-01-20</span>' in page_html


def test_folder_mixing_pages_and_text(tmp_path):
    (tmp_path / "a.html").write_bytes((PAGES / SAVED[0][0]).read_bytes())
    (tmp_path / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--json", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert [a["path"][-6:] for a in json.loads(result.output)["articles"]] == ["a.html", "/b.txt"]


@pytest.mark.parametrize("content, message", [
    (b'<html><head><script src="app.js"></script></head><body><div id="root"></div></body></html>',
     "has no article text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "has no article text"),
    (b"   \n", "is empty"),
])
def test_pages_with_no_article(content, message, write):
    page = write("page.html", content)
    result = run(page, SEED)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"page.html: {message}" in lines[0]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_fragment_of_markup_is_read_as_a_page(bom, write):
    # an article's markup saved without its page (no <html>, no <body>): trafilatura alone
    # found no text in it and the file was refused
    page = write("fragment.html", bom + b"<div><p>Police arrested 12 people on Monday in the capital.</p>"
                                        b"<p>The talks ended.</p></div>")
    result = run("--json", page, SEED)
    assert result.exit_code == 0, result.stderr
    said = [s["text"] for s in json.loads(result.output)["articles"][0]["sentences"]]
    assert said == ["Police arrested 12 people on Monday in the capital.", "The talks ended."]


def test_without_the_extra_an_html_input_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    result = run(PAGES / SAVED[0][0], SEED)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert 'needs the optional extra: pip install "compare-articles[web]"' in result.stderr


def test_text_inputs_do_not_import_the_extractor():
    import subprocess

    code = ("import sys, compare_articles as ca; "
            f"ca.compare(*ca.load_articles([{str(SEED)!r}, {str(SEED)!r}])); "
            "print('trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_page_on_standard_input_is_recognised():
    data = (PAGES / SAVED[0][0]).read_bytes()
    result = CliRunner().invoke(ca.cli, ["--json", "-", str(SEED)], input=data)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.output)["articles"][0]["author"] == "Jill Serjeant"


# ---------------------------------------------------------------- addresses, local server
class _Handler(http.server.BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        route = self.path.split("?")[0]
        if route in ("/a.html", "/b.html"):
            name = SAVED[0][0] if route == "/a.html" else SAVED[1][0]
            self._send(200, "text/html; charset=utf-8", (PAGES / name).read_bytes())
        elif route == "/seed.txt":
            self._send(200, "text/plain; charset=utf-8", SEED.read_bytes())
        elif route == "/moved":
            self.send_response(301)
            self.send_header("Location", "/a.html")
            self.end_headers()
        elif route == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif route == "/missing":
            self._send(404, "text/html", b"<html><body>Not here</body></html>")
        elif route == "/broken":
            self._send(500, "text/html", b"oops")
        elif route == "/picture.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        elif route == "/huge.html":
            self._send(200, "text/html", b"<p>" + b"word " * 600_000 + b"</p>")
        elif route == "/slow.html":
            time.sleep(3)
            self._send(200, "text/html", b"<p>late</p>")
        elif route == "/empty.html":
            self._send(200, "text/html", b"")

    def _send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: fine
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_two_addresses(server):
    result = run("--json", f"{server}/a.html", f"{server}/b.html")
    assert result.exit_code == 0, result.stderr
    a, b = json.loads(result.output)["articles"]
    assert a["path"] == f"{server}/a.html" and a["author"] == "Jill Serjeant"
    assert b["author"] == "Richard Adams"
    for art in (a, b):
        for s in art["sentences"]:
            assert art["text"][s["start"]:s["end"]] == s["text"]
    assert run(f"{server}/a.html", f"{server}/b.html").exit_code == 0


def test_address_mixed_with_a_file_and_plain_text(server):
    result = run("--json", f"{server}/seed.txt", f"{server}/a.html", SEED)
    assert result.exit_code == 0, result.stderr
    arts = json.loads(result.output)["articles"]
    assert arts[0]["text"] == SEED.read_text(encoding="utf-8") and arts[0]["author"] is None


def test_redirect_is_followed(server):
    result = run("--json", f"{server}/moved", SEED)
    assert result.exit_code == 0, result.stderr
    art = json.loads(result.output)["articles"][0]
    assert art["path"] == f"{server}/moved" and art["title"].startswith("'Parasite'")


@pytest.mark.parametrize("route, args, message", [
    ("/missing", [], "the server answered HTTP 404 Not Found"),
    ("/broken", [], "the server answered HTTP 500"),
    ("/loop", [], "cannot follow its redirects (HTTP 302"),
    ("/picture.png", [], "is not a web page or text (the server sent image/png)"),
    ("/huge.html", ["--max-size", "1"], "is larger than 1 MiB"),
    ("/slow.html", ["--timeout", "0.5"], "no answer within 0.5 s"),
    ("/empty.html", [], "is empty"),
])
def test_fetch_errors(server, route, args, message):
    before = _Handler.hits.get(route, 0)
    result = run(*args, f"{server}{route}", SEED)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {server}{route}: ") and message in lines[0], lines
    if route != "/loop":
        assert _Handler.hits[route] == before + 1  # one try, no retries


def test_no_connection():
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago and has no server now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run(f"http://127.0.0.1:{port}/a.html", SEED)
    assert result.exit_code == 2 and result.stdout == ""
    assert "cannot be fetched (Connection refused)" in result.stderr
    assert result.stderr.count("\n") == 1
