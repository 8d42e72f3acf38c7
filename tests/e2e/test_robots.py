"""robots.txt that cannot be fetched means "crawl nothing" (RFC 9309), never "crawl everything"."""

from __future__ import annotations

import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from tests.crawl import run_crawl

pytestmark = pytest.mark.e2e


class _RobotsDown(BaseHTTPRequestHandler):
    """A site whose robots.txt answers 503 and whose every other page would answer 200."""

    paths: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.paths.append(self.path)
        status, body = (503, b"busy") if self.path == "/robots.txt" else (200, b"<html></html>")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_unavailable_robots_txt_blocks_the_crawl(tmp_path):
    _RobotsDown.paths = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RobotsDown)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        result = run_crawl(base_url, tmp_path, "RETRY_TIMES=1")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.log[-3000:]
    assert set(_RobotsDown.paths) == {"/robots.txt"}
    assert "refusing to crawl" in result.log
    run = sqlite3.connect(result.db_path).execute("select robots_blocked from runs").fetchone()
    assert run[0] > 0
