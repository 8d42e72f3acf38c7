"""Writes one `runs` row per crawl and logs a one-line summary when it ends."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from datetime import UTC, datetime

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from lso_crawler.crawl.archiving import STORAGE_ERROR
from lso_crawler.crawl.context import CrawlContext
from lso_crawler.drift import BASELINE_RUNS, DriftAlert, detect_drift, judged
from lso_crawler.runs import _prefixed_total, errors_by_kind, parser_stats, run_outcome
from lso_crawler.store.run_drift import baseline_parser_stats, save_drift

logger = logging.getLogger(__name__)


class RunLog:
    """Scrapy extension: records the run's start, end, outcome and counts in `runs`."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.context = CrawlContext.of(crawler)
        self.started_at = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunLog:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.started_at = datetime.now(UTC)
        base_url = self.crawler.settings.get("LSO_BASE_URL")
        try:
            self.context.run_id = self.context.store.start_run(self.started_at, base_url)
        except (sqlite3.Error, OSError) as error:
            # No run row, no crawl: nothing fetched could be recorded (e.g. a full disk).
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value(f"lso/storage_error/{type(error).__name__}")
            logger.error("storage failed while starting the run: %s; stopping the crawl", error)
            engine = self.crawler.engine
            if engine is not None:
                self._closing = asyncio.ensure_future(
                    engine.close_spider_async(reason=STORAGE_ERROR)
                )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        counts = {
            "finish_reason": reason,
            "pages_fetched": stats.get("downloader/response_count", 0),
            "new_articles": stats.get("lso/articles/new", 0),
            "new_versions": stats.get("lso/articles/new", 0) + stats.get("lso/articles/changed", 0),
            "unchanged": stats.get("lso/articles/unchanged", 0),
            "parse_errors": _prefixed_total(stats, "lso/parse_error/"),
            "http_errors": _prefixed_total(stats, "lso/http_error/"),
            "robots_blocked": stats.get("robotstxt/forbidden", 0),
            "gone": stats.get("lso/articles/gone", 0),
            "redirected": stats.get("lso/articles/redirected", 0),
            "errors": errors_by_kind(stats),
            "bytes_archived": stats.get("lso/warc/bytes", 0),
            "warc_files": json.dumps(stats.get("lso/warc/file_names", [])),
            "stats": stats,
            "parser_stats": parser_stats(stats),
        }
        finished_at = datetime.now(UTC)
        outcome = run_outcome(reason, stats)
        if self.context.run_id is not None:
            # Drift first, so that a run seen finished always has its alerts recorded.
            try:
                self._check_drift(self.context.run_id, counts["parser_stats"])
            except sqlite3.Error as error:  # the run itself must still be recorded
                logger.error("could not check layout drift: %s", error)
            self.context.store.finish_run(self.context.run_id, finished_at, outcome, counts)
        if counts["robots_blocked"] and not stats.get("lso/robots_unavailable"):
            logger.warning(
                "robots.txt blocked %d requests; set ROBOTSTXT_OBEY=False only if the site "
                "has given you permission",
                counts["robots_blocked"],
            )
        seconds = (finished_at - self.started_at).total_seconds()
        logger.info(
            "lso: %d new, %d changed, %d unchanged, %d parse errors, %d HTTP errors, "
            "%d robots-blocked, %d responses in %.0f s (%s)",
            counts["new_articles"],
            stats.get("lso/articles/changed", 0),
            counts["unchanged"],
            counts["parse_errors"],
            counts["http_errors"],
            counts["robots_blocked"],
            counts["pages_fetched"],
            seconds,
            outcome,
        )

    def _check_drift(self, run_id: int, figures: dict) -> list[DriftAlert]:
        """Compare this run's parser figures with the recent runs'; record and log each alert.

        A run that read too few articles is not judged (NULL): an unreachable site must not
        end a drift alert that `lso status` is showing.
        """
        store = self.context.store
        if not judged(figures):
            save_drift(store, run_id, None)
            return []
        alerts = detect_drift(figures, baseline_parser_stats(store, run_id, BASELINE_RUNS))
        save_drift(store, run_id, alerts)
        for alert in alerts:
            logger.warning("layout drift: %s", alert.message())
        return alerts
