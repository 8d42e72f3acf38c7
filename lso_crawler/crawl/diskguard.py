"""Stops the crawl cleanly before the disk under the database or archive fills up.

Settings:
LSO_MIN_FREE_MB  stop when free space under LSO_DB_PATH or LSO_ARCHIVE_DIR falls below this
                 (default 500; 0 disables the guard)
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)

CLOSE_REASON = "disk_full"


def free_mb(path: str | Path) -> float:
    """Free space, in MB, on the file system holding `path` (or its nearest existing parent)."""
    target = Path(path).resolve()
    while not target.exists():
        target = target.parent
    return shutil.disk_usage(target).free / 1_000_000


class DiskGuard:
    """Scrapy extension: checks free space when the crawl opens and after every response."""

    def __init__(self, crawler: Crawler, min_free_mb: float) -> None:
        self.crawler = crawler
        self.min_free_mb = min_free_mb
        self.paths = [
            Path(crawler.settings.get("LSO_DB_PATH")).parent,
            Path(crawler.settings.get("LSO_ARCHIVE_DIR")),
        ]
        self.tripped = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DiskGuard:
        min_free_mb = crawler.settings.getfloat("LSO_MIN_FREE_MB")
        if min_free_mb <= 0:
            raise NotConfigured("LSO_MIN_FREE_MB is 0")
        guard = cls(crawler, min_free_mb)
        crawler.signals.connect(guard.check, signal=signals.spider_opened)
        crawler.signals.connect(guard.check, signal=signals.response_received)
        return guard

    def check(self, spider: Spider | None = None, **_: object) -> None:
        if self.tripped:
            return
        for path in self.paths:
            free = free_mb(path)
            if free < self.min_free_mb:
                self.tripped = True
                logger.error(
                    "only %.0f MB free under %s (LSO_MIN_FREE_MB=%.0f): stopping the crawl",
                    free,
                    path,
                    self.min_free_mb,
                )
                self.crawler.stats.set_value("lso/disk_free_mb", round(free))
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=CLOSE_REASON))
                return
