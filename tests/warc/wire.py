"""Captures straight off the wire with http.client: de-chunked, never decompressed."""

from __future__ import annotations

import http.client
from datetime import UTC, datetime

from lso_crawler.warc.records import Capture, host_header
from tests.warc.server import LocalServer

REQUEST_HEADERS = [("User-Agent", "lso-archive-test/1"), ("Accept-Encoding", "gzip")]


def fetch(server: LocalServer, target: str) -> Capture:
    """GET ``target`` from the server and return the capture as the bytes arrived."""
    url = server.url(target)
    sent = [*REQUEST_HEADERS, ("Host", host_header(url))]
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", target, headers=dict(sent))
        response = connection.getresponse()
        body = response.read()
        peer = connection.sock.getpeername()[0] if connection.sock else "127.0.0.1"
        version = {10: "HTTP/1.0", 11: "HTTP/1.1"}[response.version]
        return Capture(
            url=url,
            method="GET",
            request_headers=sent,
            request_body=b"",
            protocol=version,
            status=response.status,
            response_headers=[(k, v) for k, v in response.msg.raw_items()],
            body=body,
            ip_address=peer,
            date=datetime.now(UTC),
        )
    finally:
        connection.close()
