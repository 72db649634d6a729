"""URL ingest against a local HTTP server: errors are one line, limits hold, no private hosts."""

from __future__ import annotations

import http.server
import threading
import time

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import FetchError
from briefgen.ingest import FetchPolicy, ingest

ARTICLE = (
    "<html><head><title>Floods hit Riverton</title></head><body><article>"
    "<p>Heavy rain flooded the coastal town of Riverton on Monday, forcing about 1,200 residents from "
    "their homes, officials said.</p><p>The mayor said shelters had been opened in three schools, and "
    "the army had been asked to help evacuate elderly people.</p></article></body></html>"
).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server API)
        path = self.path
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE)
        elif path == "/missing":
            self._send(404, "text/html", b"not here")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", ARTICLE)
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file.txt")
        elif path == "/to-article":
            self._redirect("/article")
        elif path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(10_000):  # bounded: ~10 MB at most, the client stops far earlier
                    self.wfile.write(b"<p>" + b"x" * 1020 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(500, "text/plain", b"?")

    def _send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """The tests hang up on purpose (timeouts, size caps); the handler thread's broken pipe,
    printed later, would land in whatever output another test is capturing."""

    def handle_error(self, request, client_address):
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


LOCAL = FetchPolicy(allow_private=True, timeout=0.5, max_bytes=200_000, max_redirects=3)


def test_good_article_and_redirect(server):
    article = ingest(f"{server}/to-article", LOCAL)
    assert article.title == "Floods hit Riverton"
    assert "1,200 residents" in article.body
    assert article.url.endswith("/article")


@pytest.mark.parametrize(
    "path, message",
    [
        ("/missing", "HTTP 404"),
        ("/slow", "timed out after 0.5s"),
        ("/loop", "too many redirects"),
        ("/to-ftp", "only http and https"),
        ("/image", "not an article (content type image/png)"),
        ("/endless", "larger than 200,000 bytes"),
    ],
)
def test_fetch_failures_are_one_line(server, path, message):
    start = time.monotonic()
    with pytest.raises(FetchError) as info:
        ingest(f"{server}{path}", LOCAL)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert time.monotonic() - start < 5


def test_loopback_refused_unless_allowed(server):
    with pytest.raises(FetchError, match="refusing private or loopback address 127.0.0.1"):
        ingest(f"{server}/article", FetchPolicy(timeout=0.5))
    refused = CliRunner().invoke(app, ["brief", f"{server}/article", "-o", "-", "--format", "json"])
    assert refused.exit_code == 3 and "--allow-private" in refused.output
    allowed = CliRunner().invoke(app, ["brief", f"{server}/article", "--allow-private", "-o", "-", "--format", "md"])
    assert allowed.exit_code == 0, allowed.output
    assert "about 1,200" in allowed.stdout


def test_unresolvable_host_is_one_line():
    with pytest.raises(FetchError, match="cannot resolve host"):
        ingest("http://no-such-host.invalid/a", FetchPolicy(timeout=0.5))
