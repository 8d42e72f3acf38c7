"""ModelSite: the model of baolangson.vn served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from .content import SiteContent, default_content
from .render.feeds import ROBOTS_POLICIES
from .routes import Response, route

CHUNK_SIZE = 4096
_COMPRESSIBLE = ("text/", "application/xml", "application/rss+xml", "application/javascript")


@dataclass(frozen=True)
class RequestRecord:
    """One request as the site received it, and the status it answered."""

    method: str
    path: str  # path with query string, as sent
    headers: dict[str, str]
    status: int

    @property
    def user_agent(self) -> str | None:
        """The User-Agent header, if sent."""
        return next((v for k, v in self.headers.items() if k.lower() == "user-agent"), None)


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding header allows gzip (`gzip;q=0` refuses it)."""
    for part in (header or "").split(","):
        coding, *params = (p.strip() for p in part.split(";"))
        if coding.lower() in ("gzip", "x-gzip"):
            q = next((p.removeprefix("q=") for p in params if p.startswith("q=")), "1")
            try:
                return float(q) > 0
            except ValueError:
                return True
    return False


def _etag_matches(header: str | None, etag: str) -> bool:
    tags = {t.strip().removeprefix("W/") for t in (header or "").split(",")}
    return "*" in tags or etag.removeprefix("W/") in tags


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx/1.18.0"
    sys_version = ""
    timeout = 15  # drop idle keep-alive connections
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.site._connections_opened(self.connection)

    def finish(self) -> None:
        self.server.site._connections_closed(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.site.verbose:
            super().log_message(format, *args)

    def _serve(self, send_body: bool) -> None:
        site = self.server.site
        parts = urlsplit(self.path)
        try:
            response = route(site.content, site.base_url, parts.path or "/", parts.query)
        except Exception:  # a bug in the model: answer like a broken server, keep serving
            traceback.print_exc()
            response = Response(500, b"model site error\n", "text/plain; charset=utf-8")
        status, body, headers = self._encode(response)
        site._record(RequestRecord(self.command, self.path, dict(self.headers.items()), status))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not send_body or status == 304:
            return
        if "Transfer-Encoding" in headers:
            for start in range(0, len(body), CHUNK_SIZE):
                piece = body[start : start + CHUNK_SIZE]
                self.wfile.write(b"%X\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(body)

    def _encode(self, response: Response) -> tuple[int, bytes, dict[str, str]]:
        """Status, body bytes and headers after conditional GET and content coding."""
        headers = {"Content-Type": response.content_type, **response.headers}
        if response.etag:
            headers["ETag"] = response.etag
            if _etag_matches(self.headers.get("If-None-Match"), response.etag):
                return 304, b"", {k: v for k, v in headers.items() if k != "Content-Type"}
        body = response.body
        if response.content_type.startswith(_COMPRESSIBLE):
            headers["Vary"] = "Accept-Encoding"
            if accepts_gzip(self.headers.get("Accept-Encoding")):
                body = gzip.compress(body, mtime=0)
                headers["Content-Encoding"] = "gzip"
        if response.chunked and self.request_version == "HTTP/1.1":
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(len(body))
        return response.status, body, headers


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: ModelSite


class ModelSite:
    """The model site on a background thread: `with ModelSite() as site: site.base_url`.

    `site.content` is the live state; change it between crawls (see SiteContent) or assign a
    whole new SiteContent. `site.requests` lists every request received, in order.
    """

    def __init__(
        self,
        content: SiteContent | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        robots: str | None = None,
        verbose: bool = False,
    ) -> None:
        self.content = content if content is not None else default_content()
        if robots is not None:
            if robots not in ROBOTS_POLICIES:
                raise ValueError(f"robots must be one of {sorted(ROBOTS_POLICIES)}")
            self.content.robots = robots
        self.verbose = verbose
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._requests: list[RequestRecord] = []
        self._open: set[socket.socket] = set()

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`, no trailing slash."""
        if self._server is None:
            raise RuntimeError("the site is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """Absolute URL of a site path."""
        return self.base_url + path

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of the request log."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self._lock:
            self._requests.clear()

    def start(self) -> ModelSite:
        """Bind and serve on a daemon thread; return self."""
        if self._server is not None:
            return self
        server = _Server(self._address, _Handler)
        server.site = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="model-site", kwargs={"poll_interval": 0.05}
        )
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every open connection."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> ModelSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self._requests.append(record)

    def _connections_opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.add(connection)

    def _connections_closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.discard(connection)
