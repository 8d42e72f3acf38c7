"""The `lso-images` spider (`lso fetch-images`): fetches the caption images of archived
versions that no run has tried, and nothing else.

Spider arguments:
since   keep current versions captured at or after this ISO 8601 time (naive means UTC)
limit   request at most this many images in this run

It requests no home page, listing, feed, sitemap or article: only the images that
`store.media.unfetched_images` lists (no media row and no fetch of the URL), through the
same settings and middlewares as `lso` (robots.txt, delay, back-off, disk guard, origin
guard, ArchiveMiddleware). Each image is archived and ingested as it arrives, so a killed
run loses nothing, and the next run asks only for what is still missing. LSO_IMAGES is not
consulted: running this spider is the request for images.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import task
from twisted.python.failure import Failure

from lso_crawler.config import media_hosts, validate
from lso_crawler.crawl.context import CrawlContext
from lso_crawler.crawl.spiders.image_requests import ImageRequests
from lso_crawler.origins import allowed_origins
from lso_crawler.store.media import unfetched_image_count, unfetched_images

# The console shows only the project's own loggers (crawl/runner.py), not the spider's.
logger = logging.getLogger(__name__)
# Rows read from the database at a time; the next page is read once the scheduler has
# drained, so a backlog of many thousand images is never held in memory.
PAGE_SIZE = 200
PROGRESS = "lso_crawler.crawl.progress.Progress"


def stored_moment(value: str) -> str:
    """An ISO 8601 date or time in the stored form (UTC, to the second); naive means UTC."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class FetchImagesSpider(scrapy.Spider):
    """Requests the never-tried caption images of current versions, oldest article first."""

    name = "lso-images"
    allowed_domains: list[str | None]  # Scrapy's offsite middleware skips a None host
    context: CrawlContext
    image_requests: ImageRequests
    progress_interval: float

    def __init__(
        self, *args: Any, since: str | None = None, limit: int | str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.since = stored_moment(since) if since else None
        self.limit = int(limit) if limit not in (None, "") else None
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"limit must be at least 1, got {self.limit}")
        self.total = 0  # distinct images to fetch, counted at the start
        self.requested = 0
        self.done = 0
        self._loop: task.LoopingCall | None = None

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # Progress counts pages and articles; this spider reports the images to go instead.
        # At spider priority: CrawlerProcess.crawl(crawler) merges the project's settings in
        # again, which would undo a change at project priority.
        extensions = {
            name: order
            for name, order in settings.getdict("EXTENSIONS").items()
            if name != PROGRESS
        }
        settings.set("EXTENSIONS", {**extensions, PROGRESS: None}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> FetchImagesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        validate(settings)
        base_url = settings.get("LSO_BASE_URL").rstrip("/")
        spider.allowed_domains = [urlsplit(base_url).hostname]
        spider.context = CrawlContext.of(crawler)
        spider.image_requests = ImageRequests(
            spider.context.store,
            allowed_origins(base_url, media_hosts(settings.get("LSO_MEDIA_HOSTS"))),
            settings.getint("LSO_IMAGE_MAX_BYTES"),
            crawler,
            callback=spider.parse_image,
            errback=spider.on_error,
        )
        spider.progress_interval = settings.getfloat("LSO_PROGRESS_INTERVAL")
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        store = self.context.store
        missing, articles = unfetched_image_count(store, self.since)
        self.total = missing if self.limit is None else min(missing, self.limit)
        since = f" of versions captured since {self.since}" if self.since else ""
        logger.info(
            "fetching %d of %d missing images%s (%d articles)", self.total, missing, since, articles
        )
        after = (0, -1)
        while True:
            page = unfetched_images(store, PAGE_SIZE, since=self.since, after=after)
            if not page:
                return
            after = page[-1][:2]
            yielded = False
            for _article, _position, url in page:
                if self.limit is not None and self.requested >= self.limit:
                    return
                for request in self.image_requests.for_urls([url]):
                    self.requested += 1
                    yielded = True
                    yield request
            if yielded:
                await self.crawler.signals.wait_for(signals.scheduler_empty)

    def parse_image(self, response: Response) -> None:
        """An article image: ArchiveMiddleware has archived it and ingest recorded it."""
        self.done += 1

    def on_error(self, failure: Failure) -> None:
        """Log a failed request; ArchiveMiddleware has already recorded a download."""
        self.done += 1
        request = failure.request  # type: ignore[attr-defined]
        if isinstance(failure.value, HttpError):
            logger.warning("HTTP %d for %s", failure.value.response.status, request.url)
        else:
            logger.warning("failed %s: %s", request.url, failure.getErrorMessage())

    # Progress ---------------------------------------------------------------

    def to_go(self) -> int:
        """Images still to fetch in this run (those on hosts not allowed are skipped)."""
        skipped = int(self.crawler.stats.get_value("lso/images/not_allowed", 0))
        return max(self.total - self.done - skipped, 0)

    def _report(self) -> None:
        get = self.crawler.stats.get_value
        logger.info(
            "progress: %d images done (%d new, %d revisits), %d to go",
            self.done,
            get("lso/images/fetched", 0),
            get("lso/images/revisits", 0),
            self.to_go(),
        )

    def _opened(self, spider: scrapy.Spider) -> None:
        if spider is self and self.progress_interval > 0:
            self._loop = task.LoopingCall(self._report)
            self._loop.start(self.progress_interval, now=False)

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
