"""Records every HTTP response (and failed download) of a crawl in the `fetches` table."""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from lso_crawler.context import CrawlContext
from lso_crawler.urls import article_id

FETCH_META = "lso_fetch"  # request.meta key: (fetch id, fetch time) of the latest response


def http_error_text(status: int) -> str | None:
    """'HTTP 404 Not Found' for error statuses, None for the rest."""
    if status < 400:
        return None
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


class FetchLogMiddleware:
    """Downloader middleware placed next to the downloader, so it sees raw 3xx/4xx/5xx too."""

    def __init__(self, crawler: Crawler) -> None:
        self.context = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        fetched_at = datetime.now(UTC)
        content_type = response.headers.get(b"Content-Type")
        error = http_error_text(response.status)
        fetch_id = self.context.store.record_fetch(
            run_id=self.context.run_id,
            url=response.url,
            method=request.method,
            status=response.status,
            fetched_at=fetched_at,
            article_id=article_id(response.url),
            content_type=content_type.decode("latin-1") if content_type else None,
            size=len(response.body),
            error=error,
        )
        if error:
            self.stats.inc_value(f"lso/http_error/{response.status}")
        if 300 <= response.status < 400:
            self._note_alias(response, fetched_at)
        request.meta[FETCH_META] = (fetch_id, fetched_at)
        return response

    def _note_alias(self, response: Response, fetched_at: datetime) -> None:
        """An article URL redirecting to another article's URL makes its id an alias."""
        location = response.headers.get(b"Location")
        if not location:
            return
        target = urljoin(response.url, location.decode("latin-1"))
        source_id, target_id = article_id(response.url), article_id(target)
        if source_id and target_id and source_id != target_id:
            self.context.store.record_alias(source_id, target_id, fetched_at)
            # A final answer for the old id; the target is pending under its own id.
            self.context.store.forget_pending(source_id)

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
