"""Article-image requests, shared by the `lso` spider and the `lso-images` backfill spider."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.crawler import Crawler

from lso_crawler.crawl.archiving import IMAGE_KIND
from lso_crawler.crawl.images import IMAGE_LIMIT_META
from lso_crawler.media import caption_images
from lso_crawler.origins import Origin, is_allowed
from lso_crawler.store import Store
from lso_crawler.store.media import latest_media

NOT_MODIFIED = 304
IMAGE_ACCEPT = "image/avif,image/webp,image/*,*/*;q=0.8"


class ImageRequests:
    """Builds image requests, each URL at most once per run and only to allowed origins:
    a plain GET when never archived, a conditional one otherwise (a replaced photo at the
    same URL is seen; an unchanged one costs a 304)."""

    def __init__(
        self,
        store: Store,
        origins: frozenset[Origin],
        max_bytes: int,
        crawler: Crawler,
        callback: Callable[..., Any],
        errback: Callable[..., Any],
    ) -> None:
        self.store = store
        self.origins = origins
        self.max_bytes = max_bytes
        self.crawler = crawler  # its stats exist only once the crawl starts
        self.callback = callback
        self.errback = errback
        self.requested: set[str] = set()

    def for_article(self, article_id: int, only_missing: bool = False) -> Iterator[scrapy.Request]:
        """The caption images of the article's current version. `only_missing`: those never
        archived only."""
        version = self.store.current_version(article_id)
        if version is None:
            return
        try:
            captions = json.loads(version["captions"] or "[]")
        except ValueError:
            return
        urls = caption_images(captions if isinstance(captions, list) else [])
        yield from self.for_urls(urls, only_missing=only_missing)

    def for_urls(self, urls: Iterable[str], only_missing: bool = False) -> Iterator[scrapy.Request]:
        """Requests for those of `urls` not yet asked for this run."""
        for url in urls:
            if url in self.requested:
                continue
            if only_missing and latest_media(self.store, url) is not None:
                continue
            self.requested.add(url)
            if not is_allowed(url, self.origins):
                self._count("lso/images/not_allowed")  # another host: not ours to fetch
                continue
            self._count("lso/images/requested")
            yield self.request(url)

    def request(self, url: str) -> scrapy.Request:
        """A GET of one image, conditional when the URL was archived before."""
        headers = {"Accept": IMAGE_ACCEPT}
        known = latest_media(self.store, url)
        if known is not None and known["etag"]:
            headers["If-None-Match"] = known["etag"]
        if known is not None and known["last_modified"]:
            headers["If-Modified-Since"] = known["last_modified"]
        return scrapy.Request(
            url,
            callback=self.callback,
            errback=self.errback,
            headers=headers,
            meta={
                "lso_kind": IMAGE_KIND,
                # crawl/images.py cuts the body at the limit; Scrapy's own limit would drop it.
                "download_maxsize": 0,
                IMAGE_LIMIT_META: self.max_bytes,
                "handle_httpstatus_list": [NOT_MODIFIED],
            },
        )

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
