"""One shared Store and run id per crawl, for the spider, middleware, pipeline and extensions."""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from lso_crawler.store import Store


class CrawlContext:
    """Opens the database once per crawl and closes it when the engine stops."""

    def __init__(self, crawler: Crawler) -> None:
        self.store = Store(crawler.settings.get("LSO_DB_PATH"))
        self.run_id: int | None = None
        crawler.signals.connect(self._close, signal=signals.engine_stopped)

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlContext:
        """Return the crawl's context, creating it on first use."""
        context = getattr(crawler, "_lso_context", None)
        if context is None:
            context = cls(crawler)
            crawler._lso_context = context  # type: ignore[attr-defined]
        return context

    def _close(self) -> None:
        self.store.close()
