"""A tiny site on loopback whose answers a test scripts, for cases the model site lacks."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (path, how many times it was asked before) -> (status, headers, body)
Script = Callable[[str, int], tuple[int, dict[str, str], bytes]]


@dataclass
class ScriptedSite:
    """Where the site listens and what it was asked, with monotonic times."""

    base_url: str
    hits: list[tuple[str, float]] = field(default_factory=list)

    def paths(self) -> list[str]:
        """Requested paths, in order."""
        return [path for path, _ in self.hits]


@contextmanager
def scripted_site(script: Script) -> Iterator[ScriptedSite]:
    """Serve `script` on 127.0.0.1 for the duration of the block."""
    lock = threading.Lock()
    site = ScriptedSite(base_url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                seen = sum(1 for path, _ in site.hits if path == self.path)
                site.hits.append((self.path, time.monotonic()))
            status, headers, body = script(self.path, seen)
            self.send_response(status)
            for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
