"""A loopback HTTP/1.1 server that writes exact response bytes and logs raw request heads."""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

PAGE = "".join(
    f"<p>Đoạn {n}: tin tức Lạng Sơn, số {n * 7919 % 10007}.</p>\n" for n in range(1200)
).encode()
GZIP_PAGE = gzip.compress(b"<html><body>\n" + PAGE + b"</body></html>\n", mtime=0)


@dataclass(frozen=True)
class Reply:
    """Everything the server sends for one path; ``chunks`` set means chunked framing."""

    status_line: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes = b""
    chunks: list[bytes] | None = None
    close: bool = False
    send_only: int | None = None  # cut the body after this many bytes and hang up


def _replies() -> dict[str, Reply]:
    html = [(b"Content-Type", b"text/html; charset=utf-8")]
    thirds = len(GZIP_PAGE) // 3
    return {
        "/gzip": Reply(
            b"HTTP/1.1 200 OK",
            [*html, (b"Content-Encoding", b"gzip"), (b"Vary", b"Accept-Encoding")],
            GZIP_PAGE,
        ),
        "/chunked": Reply(
            b"HTTP/1.1 200 OK",
            [*html, (b"Content-Encoding", b"gzip"), (b"Transfer-Encoding", b"chunked")],
            chunks=[GZIP_PAGE[:thirds], GZIP_PAGE[thirds : 2 * thirds], GZIP_PAGE[2 * thirds :]],
        ),
        "/cookies": Reply(
            b"HTTP/1.1 200 OK",
            [
                (b"Content-Type", b"text/plain"),
                (b"Set-Cookie", b"first=1; Path=/"),
                (b"X-Between", b"yes"),
                (b"Set-Cookie", b"second=2; Path=/; HttpOnly"),
            ],
            b"two cookies",
        ),
        "/redirect": Reply(b"HTTP/1.1 301 Moved Permanently", [(b"Location", b"/gzip")]),
        "/missing": Reply(b"HTTP/1.1 404 Not Found", html, b"<html>no such page</html>"),
        "/http10": Reply(
            b"HTTP/1.0 200 OK", [(b"Content-Type", b"text/plain")], b"old", close=True
        ),
        "/short": Reply(
            b"HTTP/1.1 200 OK", [(b"Content-Type", b"text/plain")], b"x" * 100, send_only=10
        ),
    }


@dataclass
class LocalServer:
    """Serves the replies above on 127.0.0.1; ``heads`` maps each request target to its head."""

    replies: dict[str, Reply] = field(default_factory=_replies)
    heads: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                while server._answer(self.connection, self.rfile):
                    pass

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, target: str) -> str:
        """The absolute URL of a path on this server."""
        return f"http://127.0.0.1:{self.port}{target}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, connection: socket.socket, rfile) -> bool:
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            line = rfile.readline()
            if not line:
                return False
            head += line
        target = head.split(b" ", 2)[1].decode()
        self.heads[target] = head
        reply = self.replies.get(urlsplit(target).path, self.replies["/missing"])
        headers = list(reply.headers)
        if reply.chunks is None and not reply.close:
            headers.insert(1, (b"Content-Length", str(len(reply.body)).encode()))
        lines = [reply.status_line, *(k + b": " + v for k, v in headers)]
        connection.sendall(b"\r\n".join(lines) + b"\r\n\r\n")
        if reply.chunks is not None:
            for chunk in reply.chunks:
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            connection.sendall(b"0\r\n\r\n")
        elif reply.send_only is not None:
            connection.sendall(reply.body[: reply.send_only])
            return False
        else:
            connection.sendall(reply.body)
        return not reply.close
