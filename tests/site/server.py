"""ModelSite: the model of baolangson.vn served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import socket
import struct
import threading
import time
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from .content import SiteContent, default_content
from .faults import Fault, FaultPlan, padded, truncated_gzip, with_bad_utf8
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
    at: float = 0.0  # time.monotonic() when the request arrived
    fault: str | None = None  # the Fault kind that answered it, if any

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
        arrived = time.monotonic()
        parts = urlsplit(self.path)
        fault = site.faults.take(parts.path or "/", parts.query)
        try:
            response = _faulty(fault) or route(
                site.content, site.base_url, parts.path or "/", parts.query
            )
            if fault is not None:
                response = _damaged(fault, site, parts.path or "/", response)
        except Exception:  # a bug in the model: answer like a broken server, keep serving
            traceback.print_exc()
            response = Response(500, b"model site error\n", "text/plain; charset=utf-8")
        status, body, headers = self._encode(response, fault)
        site._record(
            RequestRecord(
                self.command,
                self.path,
                dict(self.headers.items()),
                status,
                arrived,
                fault.kind if fault else None,
            )
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not send_body or status == 304:
            return
        if fault is not None and fault.kind in ("reset", "stall"):
            self._break_off(fault, body)
            return
        # A client may hang up mid-body (a size limit, a timeout): not the model's error.
        with contextlib.suppress(ConnectionError):
            if "Transfer-Encoding" in headers:
                for start in range(0, len(body), CHUNK_SIZE):
                    piece = body[start : start + CHUNK_SIZE]
                    self.wfile.write(b"%X\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.wfile.write(body)

    def _break_off(self, fault: Fault, body: bytes) -> None:
        """Send half the body, then reset the connection or fall silent."""
        self.wfile.write(body[: len(body) // 2])
        self.close_connection = True
        if fault.kind == "stall":
            self.server.site._stopping.wait(fault.stall)
            return
        # SO_LINGER 0: close() sends RST instead of FIN, a reset mid-body.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _encode(
        self, response: Response, fault: Fault | None = None
    ) -> tuple[int, bytes, dict[str, str]]:
        """Status, body bytes and headers after conditional GET and content coding."""
        headers = {"Content-Type": response.content_type, **response.headers}
        if response.etag:
            headers["ETag"] = response.etag
            if _etag_matches(self.headers.get("If-None-Match"), response.etag):
                return 304, b"", {k: v for k, v in headers.items() if k != "Content-Type"}
        body = response.body
        kind = fault.kind if fault else None
        if kind == "truncated_gzip":
            headers["Content-Encoding"] = "gzip"
            headers["Content-Length"] = str(len(body := truncated_gzip(body)))
            return response.status, body, headers
        if kind == "huge":
            headers["Transfer-Encoding"] = "chunked"
            return response.status, body, headers
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


def _faulty(fault: Fault | None) -> Response | None:
    """The whole answer of a status or redirect fault."""
    if fault is None:
        return None
    if fault.kind == "status":
        return Response(fault.status, b"fault\n", "text/plain; charset=utf-8", dict(fault.headers))
    if fault.kind == "redirect":
        return Response(301, b"", "text/html; charset=utf-8", {"Location": fault.location})
    return None


def _damaged(fault: Fault, site: ModelSite, path: str, response: Response) -> Response:
    """The page's body as a huge or bad-UTF-8 fault rewrites it (a new body, a new ETag)."""
    body = response.body
    if fault.kind == "huge":
        body = padded(body, fault.size)
    elif fault.kind == "bad_utf8" and (article := site.content.article_at(path)):
        body = with_bad_utf8(body, article.title)
    else:
        return response
    etag = 'W/"' + hashlib.sha1(body).hexdigest()[:20] + '"' if response.etag else None
    return Response(response.status, body, response.content_type, response.headers, etag=etag)


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
        name: str | None = None,
    ) -> None:
        self.content = content if content is not None else default_content()
        if robots is not None:
            if robots not in ROBOTS_POLICIES:
                raise ValueError(f"robots must be one of {sorted(ROBOTS_POLICIES)}")
            self.content.robots = robots
        self.verbose = verbose
        self.name = name  # the host name in base_url (default: the bound address)
        self.faults = FaultPlan()
        self._down_after: int | None = None
        self._stopping = threading.Event()
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
        return f"http://{self.name or host}:{port}"

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
        self._address = server.server_address[:2]  # a restart serves on the same port
        self._stopping.clear()
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
        self._stopping.set()
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

    def down_after(self, count: int | None) -> None:
        """Stop serving (connections refused) once `count` more requests have arrived."""
        with self._lock:
            self._down_after = None if count is None else len(self._requests) + count

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self._requests.append(record)
            going_down = self._down_after is not None and len(self._requests) >= self._down_after
            if going_down:
                self._down_after = None
        if going_down:  # from another thread: shutdown() waits for the serving loop
            threading.Thread(target=self.stop, daemon=True).start()

    def _connections_opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.add(connection)

    def _connections_closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.discard(connection)
