"""Captures made up for tests that need no server."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from lso_crawler.warc.records import Capture


def capture(n: int, size: int = 2000) -> Capture:
    """A 200 response of ``size`` random (incompressible) bytes for ``/page/n``."""
    return Capture(
        url=f"http://example.com/page/{n}",
        method="GET",
        request_headers=[("User-Agent", "t")],
        request_body=b"",
        protocol="HTTP/1.1",
        status=200,
        response_headers=[
            ("Content-Type", "application/octet-stream"),
            ("Content-Length", str(size)),
        ],
        body=os.urandom(size),
        ip_address="192.0.2.1",
        date=datetime.now(UTC),
    )
