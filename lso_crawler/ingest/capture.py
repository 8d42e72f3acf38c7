"""One archived HTTP exchange, as ingest sees it: the same for a live crawl and a rebuild."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lso_crawler.warc.files import WarcPointer


@dataclass(frozen=True)
class ArchivedCapture:
    """A response that is already in the WARC archive.

    `payload` is the HTTP body as it came off the wire: transfer coding removed, content
    coding (gzip) kept, exactly what the WARC record holds. `pointer` is None only for a
    response that could not be archived (then ingest records it, never parses it).
    """

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    payload: bytes
    captured_at: datetime
    method: str = "GET"
    pointer: WarcPointer | None = None
    truncated: str | None = None  # a WARC-Truncated reason: the download was cut short

    def header(self, name: str) -> str | None:
        """The first value of a response header, case-insensitively."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)
