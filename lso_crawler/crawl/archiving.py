"""Archives every HTTP response of a crawl as WARC records, then ingests it.

Settings:
LSO_ARCHIVE_DIR     where WARC files go (repaired at start if a killed run left any open)
LSO_WARC_PREFIX     file name prefix
LSO_WARC_MAX_SIZE   rotate files at this size in bytes
LSO_WARC_FSYNC      fsync after each request/response pair
LSO_PARSE_JOBS      worker processes that parse pages (0: parse in the crawl's own thread)
LSO_PARSE_TIMEOUT   seconds one page may take to parse before it is recorded as a failure
LSO_MAX_PAGE_BYTES  decoded pages larger than this are archived but not parsed

Placed next to the downloader (above HttpCompression and Redirect), so it sees the bytes as
they came off the wire, 3xx/4xx/5xx and robots.txt included. The WARC record is flushed
before ingest writes any row: the database never points at an unwritten record. Ingest is
the same `analyse` + `apply` that `lso reparse` runs over the archive; `analyse` runs in a
worker process, so a slow page never stalls the reactor.

A failure to write the archive or the database stops the crawl with the reason
`storage_error`: a run that lost data never reports `ok`.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import UTC, datetime

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from lso_crawler.crawl.capture import CUT_META, capture_from_scrapy
from lso_crawler.crawl.context import CrawlContext
from lso_crawler.crawl.images import IMAGE_LIMIT_META
from lso_crawler.ingest import ArchivedCapture, IngestResult, Limits, apply, record_failure
from lso_crawler.ingest.pool import AnalysisPool, PoolBroken
from lso_crawler.store import Store
from lso_crawler.store.integrity import find_pointer
from lso_crawler.store.media import first_image_capture
from lso_crawler.warc import (
    CrawlInfo,
    WarcFileWriter,
    WarcPointer,
    payload_digest,
    repair_and_index,
)
from lso_crawler.warc.index import write_cdxj

logger = logging.getLogger(__name__)

FETCH_META = "lso_fetch"  # request.meta key: (fetch id, fetch time) of the latest response
OUTCOME_META = "lso_outcome"  # request.meta key: what ingest made of it (new, changed, ...)
IMAGE_KIND = "image"  # request.meta["lso_kind"] of an article image request
STORAGE_ERROR = "storage_error"


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
        prefix=settings.get("LSO_WARC_PREFIX"),
        max_size=settings.getint("LSO_WARC_MAX_SIZE"),
        fsync=settings.getbool("LSO_WARC_FSYNC"),
        on_close=write_cdxj,
    )


def earlier_capture(store: Store, url: str, digest: str) -> WarcPointer | None:
    """The first archived response of `url` with this payload digest, if any."""
    condition = "url = ? and payload_digest = ? and warc_type = 'response'"
    return find_pointer(store, condition, [url, digest])


def earlier_image(store: Store, digest: str) -> WarcPointer | None:
    """The first archived image with this payload digest, whatever its URL or page."""
    return first_image_capture(store, digest)


class ArchiveMiddleware:
    """Downloader middleware: WARC-archive each response, then ingest it."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.context = CrawlContext.of(crawler)
        self.stats = crawler.stats
        self.writer = open_writer(crawler)
        self.limits = Limits(
            max_payload_bytes=settings.getint("DOWNLOAD_MAXSIZE"),
            max_page_bytes=settings.getint("LSO_MAX_PAGE_BYTES"),
        )
        self.pool = AnalysisPool(
            settings.getint("LSO_PARSE_JOBS"),
            self.limits,
            timeout=settings.getfloat("LSO_PARSE_TIMEOUT"),
        )
        self.failed = False
        # Images archived this run by digest: two URLs of one photo may be in flight at once,
        # before the first one's media row is written.
        self._images_written: dict[str, WarcPointer] = {}
        self._closing: asyncio.Future[None] | None = None
        crawler.signals.connect(self.close, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def close(self) -> None:
        self.pool.close()
        try:
            self.writer.close()
        except OSError as error:
            self._storage_failed(error, "closing the WARC file")
        self.stats.set_value("lso/warc/files", len(self.writer.finished))

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        fetched_at = datetime.now(UTC)
        store = self.context.store
        limit = request.meta.get(IMAGE_LIMIT_META)
        if request.meta.get(CUT_META) and limit and len(response.body) > limit:
            # The last chunk read may run past the limit: keep exactly LSO_IMAGE_MAX_BYTES.
            response = response.replace(body=response.body[:limit])
        raw = capture_from_scrapy(request, response, date=fetched_at)
        is_image = request.meta.get("lso_kind") == IMAGE_KIND
        try:
            original = None
            if raw.truncated is None:
                digest = payload_digest(response.body)
                if is_image:
                    original = self._images_written.get(digest) or earlier_image(store, digest)
                else:
                    original = earlier_capture(store, response.url, digest)
            pointer = self.writer.write_capture(raw, revisit_of=original)
            if is_image and pointer.record_type == "response" and raw.truncated is None:
                self._images_written.setdefault(pointer.payload_digest, pointer)
        except (OSError, sqlite3.Error) as error:
            self._storage_failed(error, f"archiving {response.url}")
            raise IgnoreRequest(f"not archived: {error}") from error
        self._count_record(pointer)
        capture = ArchivedCapture(
            url=response.url,
            status=response.status,
            headers=tuple(raw.response_headers),
            payload=response.body,
            captured_at=fetched_at,
            method=request.method,
            pointer=pointer,
            truncated=raw.truncated,
        )
        try:
            analysis = await asyncio.wrap_future(self.pool.submit(capture))
        except PoolBroken as error:
            self._storage_failed(error, f"parsing {response.url}")
            raise IgnoreRequest(f"not indexed: {error}") from error
        try:
            result = apply(store, capture, analysis, run_id=self.context.run_id)
        except sqlite3.Error as error:
            self._storage_failed(error, f"indexing {response.url}")
            raise IgnoreRequest(f"not indexed: {error}") from error
        self._count(result)
        request.meta[FETCH_META] = (result.fetch_id, fetched_at)
        request.meta[OUTCOME_META] = result.outcome
        if result.outcome == "image":
            self.stats.inc_value("lso/images/bytes_archived", pointer.length)
        return response

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> None:
        if isinstance(exception, IgnoreRequest):
            return None  # refused before any download (robots.txt, off-site): not a fetch
        name = type(exception).__name__
        try:
            record_failure(
                self.context.store,
                request.url,
                request.method,
                f"{name}: {exception}",
                datetime.now(UTC),
                self.context.run_id,
            )
        except sqlite3.Error as error:
            self._storage_failed(error, f"recording the failure of {request.url}")
        self.stats.inc_value(f"lso/download_error/{name}")
        return None

    def _count_record(self, pointer: WarcPointer) -> None:
        files = self.stats.get_value("lso/warc/file_names", [])
        if pointer.filename not in files:
            self.stats.set_value("lso/warc/file_names", [*files, pointer.filename])
        self.stats.inc_value(f"lso/warc/{pointer.record_type}")
        self.stats.inc_value("lso/warc/bytes", pointer.length)

    def _count(self, result: IngestResult) -> None:
        for key in result.counters:
            self.stats.inc_value(f"lso/{key}")
        if result.parser is not None:
            self.stats.inc_value(f"lso/parser/{result.parser}/articles")
            for name in result.missing:
                self.stats.inc_value(f"lso/parser/{result.parser}/missing/{name}")

    def _storage_failed(self, error: BaseException, doing: str) -> None:
        """Stop the crawl: what cannot be stored must not be fetched, and the run fails."""
        self.stats.inc_value(f"lso/storage_error/{type(error).__name__}")
        if self.failed:
            return
        self.failed = True
        logger.error("storage failed while %s: %s; stopping the crawl", doing, error)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            self._closing = asyncio.ensure_future(engine.close_spider_async(reason=STORAGE_ERROR))
