"""Turns fetched article pages into stored article versions."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from lso_crawler.context import CrawlContext
from lso_crawler.items import ArticlePage, ListingSighting
from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import ParseError
from lso_crawler.store import Implausible

logger = logging.getLogger(__name__)


class ArticlePipeline:
    """Parses each ArticlePage with the versioned parsers and stores the result.

    A page that does not parse is never stored as an article: the reason goes to the
    fetch's `error` column, the log, and the stats (`lso/parse_error/<reason>`).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.context = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if isinstance(item, ListingSighting):
            self.context.store.record_listing_time(
                item.article_id, item.published_at, item.listing_url
            )
            return item
        if not isinstance(item, ArticlePage):
            return item
        store = self.context.store
        try:
            article = parse_article(item.body, item.url, item.captured_at, encoding=item.encoding)
        except ParseError as error:
            self._reject(item, error.reason, str(error))
        except Exception as error:  # a parser bug must cost one page, not the crawl
            logger.exception("parser crashed on %s", item.url)
            self._reject(item, "crash", f"{type(error).__name__}: {error}")
        try:
            result = store.save_article(article, item.captured_at, item.fetch_id, item.validators)
        except Implausible as error:
            logger.warning("implausible parse of %s: %s", item.url, error)
            self._reject(item, error.reason, f"implausible: {error}")
        self.stats.inc_value(f"lso/articles/{result.outcome}")
        logger.debug(
            "article %s %s (version %s)", article.article_id, result.outcome, result.version
        )
        return item

    def _reject(self, item: ArticlePage, reason: str, detail: str) -> None:
        self.stats.inc_value(f"lso/parse_error/{reason}")
        self.context.store.forget_pending(item.article_id)
        if item.fetch_id is not None:
            self.context.store.mark_fetch_error(item.fetch_id, f"parse failed: {detail}")
        raise DropItem(f"not stored as an article: {detail} ({item.url})")
