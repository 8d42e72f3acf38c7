"""Backs off when the site says it is overloaded (429 or 503), honouring Retry-After.

Settings:
LSO_BACKOFF_DEFAULT  seconds to pause when the answer has no usable Retry-After (default 30)
LSO_BACKOFF_MAX      the longest pause, whatever Retry-After asks for (default 600)

Scrapy's RetryMiddleware retries these answers at once; the site asked us to wait, so the
whole engine pauses first (this spider crawls one site, so one pause is the right scope), and
every request that reaches the downloader meanwhile waits for the pause to end: retries of
robots.txt, which the robots middleware downloads past the paused engine, included.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.asyncio import call_later, sleep

logger = logging.getLogger(__name__)

BACKOFF_STATUSES = (429, 503)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class BackoffMiddleware:
    """Downloader middleware: pause the crawl on 429/503 before the retry goes out."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.default = crawler.settings.getfloat("LSO_BACKOFF_DEFAULT")
        self.maximum = crawler.settings.getfloat("LSO_BACKOFF_MAX")
        self._resume_at: float | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        """Hold any request, a retry included, until the current pause is over."""
        while self._resume_at is not None and (wait := self._resume_at - time.monotonic()) > 0:
            await sleep(wait)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in BACKOFF_STATUSES:
            return response
        header = response.headers.get(b"Retry-After")
        asked = retry_after_seconds(header.decode("latin-1") if header else None, datetime.now(UTC))
        delay = min(self.maximum, self.default if asked is None else asked)
        self.crawler.stats.inc_value(f"lso/backoff/{response.status}")
        # StatsCollector.inc_value declares an int count; it adds any number.
        self.crawler.stats.inc_value("lso/backoff/seconds", delay)  # type: ignore[arg-type]
        logger.warning(
            "%s answered %d: pausing the crawl for %.0f s", request.url, response.status, delay
        )
        self._pause(delay)
        return response

    def _pause(self, delay: float) -> None:
        resume_at = time.monotonic() + delay
        if self._resume_at is not None and self._resume_at >= resume_at:
            return  # already paused at least this long
        self._resume_at = resume_at
        engine = self.crawler.engine
        engine.pause()
        call_later(delay, self._unpause, resume_at)

    def _unpause(self, resume_at: float) -> None:
        if self._resume_at == resume_at:  # a later, longer pause owns the unpause
            self._resume_at = None
            self.crawler.engine.unpause()
