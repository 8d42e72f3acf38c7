"""Archives every HTTP response of a crawl as WARC records and indexes it in `fetches`.

Settings:
LSO_ARCHIVE_DIR     where WARC files go (repaired at start if a killed run left any open)
LSO_WARC_PREFIX     file name prefix (default "LSO")
LSO_WARC_MAX_SIZE   rotate files at this size in bytes (default 1 GB)
LSO_WARC_FSYNC      fsync after each request/response pair (default True)

Placed next to the downloader (above HttpCompression and Redirect), so it sees the bytes as
they came off the wire, 3xx/4xx/5xx and robots.txt included. The WARC record is flushed
before its `fetches` row is written: the database never points at an unwritten record.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import urljoin

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from lso_crawler.context import CrawlContext
from lso_crawler.integrity import find_pointer
from lso_crawler.lifecycle import record_answer
from lso_crawler.store import Store
from lso_crawler.urls import article_id
from lso_crawler.warc import (
    CrawlInfo,
    WarcFileWriter,
    WarcPointer,
    payload_digest,
    repair_and_index,
)
from lso_crawler.warc.index import write_cdxj
from lso_crawler.warc.scrapy_capture import capture_from_scrapy

logger = logging.getLogger(__name__)

FETCH_META = "lso_fetch"  # request.meta key: (fetch id, fetch time) of the latest response


def http_error_text(status: int) -> str | None:
    """'HTTP 404 Not Found' for error statuses, None for the rest."""
    if status < 400:
        return None
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def redirect_alias(url: str, location: str | None) -> tuple[int, int] | None:
    """(old id, new id) when an article URL redirects to another article's URL."""
    if not location:
        return None
    source_id, target_id = article_id(url), article_id(urljoin(url, location))
    if source_id and target_id and source_id != target_id:
        return source_id, target_id
    return None


def open_writer(crawler: Crawler) -> WarcFileWriter:
    """Repair what a killed run left, then open a writer for this crawl."""
    settings = crawler.settings
    directory = settings.get("LSO_ARCHIVE_DIR")
    for report in repair_and_index(directory):
        logger.warning(
            "repaired %s: kept %d records, cut %d bytes (%s)",
            report.open_path,
            report.records_kept,
            report.bytes_cut,
            report.cut_reason,
        )
    info = CrawlInfo(
        user_agent=settings.get("USER_AGENT"),
        operator=settings.get("LSO_CONTACT_URL"),
        robots="obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        is_part_of="lso-archive",
        description=f"Crawl of {settings.get('LSO_BASE_URL')}",
    )
    return WarcFileWriter(
        directory,
        info,
        prefix=settings.get("LSO_WARC_PREFIX", "LSO"),
        max_size=settings.getint("LSO_WARC_MAX_SIZE", 1_000_000_000),
        fsync=settings.getbool("LSO_WARC_FSYNC", True),
        on_close=write_cdxj,
    )


def pointer_columns(pointer: WarcPointer) -> dict[str, object]:
    """The `fetches` columns that point at a WARC record."""
    return {
        "warc_file": pointer.filename,
        "warc_offset": pointer.offset,
        "warc_length": pointer.length,
        "warc_record_id": pointer.record_id,
        "warc_date": pointer.date,
        "warc_type": pointer.record_type,
        "payload_digest": pointer.payload_digest,
    }


def earlier_capture(store: Store, url: str, digest: str) -> WarcPointer | None:
    """The first archived response of `url` with this payload digest, if any."""
    condition = "url = ? and payload_digest = ? and warc_type = 'response'"
    return find_pointer(store, condition, [url, digest])


class ArchiveMiddleware:
    """Downloader middleware: WARC-archive each response, then record it in `fetches`."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = CrawlContext.of(crawler)
        self.stats = crawler.stats
        self.writer = open_writer(crawler)
        crawler.signals.connect(self.close, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def close(self) -> None:
        self.writer.close()
        self.stats.set_value("lso/warc/files", len(self.writer.finished))

    def process_response(self, request: Request, response: Response) -> Response:
        fetched_at = datetime.now(UTC)
        store = self.context.store
        capture = capture_from_scrapy(request, response, date=fetched_at)
        original = None
        if capture.truncated is None:
            original = earlier_capture(store, response.url, payload_digest(response.body))
        pointer = self.writer.write_capture(capture, revisit_of=original)
        files = self.stats.get_value("lso/warc/file_names", [])
        if pointer.filename not in files:
            self.stats.set_value("lso/warc/file_names", [*files, pointer.filename])
        self.stats.inc_value(f"lso/warc/{pointer.record_type}")
        self.stats.inc_value("lso/warc/bytes", pointer.length)
        content_type = response.headers.get(b"Content-Type")
        error = http_error_text(response.status)
        if capture.truncated:
            error = f"truncated download ({capture.truncated})"
            self.stats.inc_value("lso/download_error/truncated")
        fetch_id = store.record_fetch(
            run_id=self.context.run_id,
            url=response.url,
            method=request.method,
            status=response.status,
            fetched_at=fetched_at,
            article_id=article_id(response.url),
            content_type=content_type.decode("latin-1") if content_type else None,
            size=len(response.body),
            error=error,
            warc=pointer_columns(pointer),
        )
        if response.status >= 400:
            self.stats.inc_value(f"lso/http_error/{response.status}")
        if 300 <= response.status < 400:
            self._note_alias(response, fetched_at)
        location = response.headers.get(b"Location")
        event = record_answer(
            store,
            response.url,
            response.status,
            fetched_at,
            location.decode("latin-1") if location else None,
        )
        if event:
            self.stats.inc_value(f"lso/articles/{event}")
        request.meta[FETCH_META] = (fetch_id, fetched_at)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest):
            return None  # refused before any download (robots.txt, off-site): not a fetch
        name = type(exception).__name__
        self.context.store.record_fetch(
            run_id=self.context.run_id,
            url=request.url,
            method=request.method,
            status=None,
            fetched_at=datetime.now(UTC),
            article_id=article_id(request.url),
            error=f"{name}: {exception}",
        )
        self.stats.inc_value(f"lso/download_error/{name}")
        return None

    def _note_alias(self, response: Response, fetched_at: datetime) -> None:
        location = response.headers.get(b"Location")
        alias = redirect_alias(response.url, location.decode("latin-1") if location else None)
        if alias:
            self.context.store.record_alias(*alias, fetched_at)
            # A final answer for the old id; the target is pending under its own id.
            self.context.store.forget_pending(alias[0])
