"""Writes one `runs` row per crawl and logs a one-line summary when it ends."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from lso_crawler.context import CrawlContext

logger = logging.getLogger(__name__)

# A run in which more than this share of requests failed is `partial`, not `ok`.
PARTIAL_ERROR_SHARE = 0.5
_ERROR_PREFIXES = (
    "lso/http_error/",
    "lso/download_error/",
    "lso/parse_error/",
    "lso/storage_error/",
    "lso/sitemap_error/",
)


def _prefixed_total(stats: dict, prefix: str) -> int:
    return sum(value for key, value in stats.items() if key.startswith(prefix))


def errors_by_kind(stats: dict) -> dict[str, int]:
    """{'http_error/404': 2, 'download_error/TimeoutError': 1, ...} from the crawl stats."""
    return {
        key.removeprefix("lso/"): value
        for key, value in sorted(stats.items())
        if key.startswith(_ERROR_PREFIXES)
    }


def parser_stats(stats: dict) -> dict[str, dict]:
    """{parser: {"articles": n, "missing": {field: share}}} from the crawl stats."""
    out: dict[str, dict] = {}
    for key, value in stats.items():
        if not key.startswith("lso/parser/"):
            continue
        name, _, rest = key.removeprefix("lso/parser/").partition("/")
        entry = out.setdefault(name, {"articles": 0, "missing": {}})
        if rest == "articles":
            entry["articles"] = value
        elif rest.startswith("missing/"):
            entry["missing"][rest.removeprefix("missing/")] = value
    for entry in out.values():
        articles = entry["articles"] or 1
        entry["missing"] = {
            name: round(count / articles, 3) for name, count in sorted(entry["missing"].items())
        }
    return out


def run_outcome(reason: str, stats: dict) -> str:
    """`ok`, `partial`, `failed` or `interrupted`, from Scrapy's close reason and the stats."""
    if reason == "shutdown":
        return "interrupted"
    if reason != "finished" or stats.get("lso/robots_unavailable"):
        return "failed"  # disk_full, storage_error, or robots.txt could not be read
    if _prefixed_total(stats, "lso/storage_error/"):
        return "failed"  # something fetched could not be stored
    responses = stats.get("downloader/response_count", 0)
    failures = _prefixed_total(stats, "lso/http_error/") + _prefixed_total(
        stats, "lso/download_error/"
    )
    answered = responses - _prefixed_total(stats, "lso/http_error/")
    if answered <= 0:
        return "failed"  # the site never answered usefully: unreachable for the whole run
    if stats.get("robotstxt/forbidden") and responses <= stats.get("robotstxt/response_count", 0):
        return "failed"  # robots.txt answered and forbade everything else
    attempts = responses + _prefixed_total(stats, "lso/download_error/")
    if attempts and failures / attempts > PARTIAL_ERROR_SHARE:
        return "partial"
    return "ok"


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
        self.context.run_id = self.context.store.start_run(self.started_at, base_url)

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
