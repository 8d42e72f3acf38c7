"""Shows an interactive crawl's progress: pages done, articles found, the current rate.

Settings:
LSO_PROGRESS_INTERVAL  seconds between progress lines; 0 (the default) turns them off.
                       `lso crawl` sets 15 when it runs in a terminal without --quiet.
"""

from __future__ import annotations

import logging

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from lso_crawler.runs import errors_by_kind

logger = logging.getLogger(__name__)


class Progress:
    """Scrapy extension logging one progress line every LSO_PROGRESS_INTERVAL seconds."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.stats = crawler.stats
        self.interval = interval
        self.pages_before = 0
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("LSO_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured  # off unless asked for: no warning in every log
        progress = cls(crawler, interval)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider: Spider) -> None:
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def report(self) -> None:
        get = self.stats.get_value
        pages = get("downloader/response_count", 0)
        rate = (pages - self.pages_before) / self.interval
        self.pages_before = pages
        errors = sum(errors_by_kind(self.stats.get_stats()).values())
        logger.info(
            "progress: %d pages (%.1f/s), articles %d new, %d changed, %d unchanged, %d errors",
            pages,
            rate,
            get("lso/articles/new", 0),
            get("lso/articles/changed", 0),
            get("lso/articles/unchanged", 0) + get("lso/articles/not_modified", 0),
            errors,
        )
