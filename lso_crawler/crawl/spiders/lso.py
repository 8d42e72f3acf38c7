"""The `lso` spider: finds every article of the site. It navigates only: every response is
archived and ingested (parsed, stored) by ArchiveMiddleware before a callback sees it."""

from __future__ import annotations

import re
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from lso_crawler import site
from lso_crawler.config import media_hosts, validate
from lso_crawler.crawl.archiving import OUTCOME_META
from lso_crawler.crawl.context import CrawlContext
from lso_crawler.crawl.spiders.image_requests import NOT_MODIFIED, ImageRequests
from lso_crawler.listings import (
    feed_items,
    listing_cards,
    sitemap_children,
    sitemap_entries,
    xml_selector,
)
from lso_crawler.origins import Origin, allowed_origins
from lso_crawler.schedule import Step, parse_schedule
from lso_crawler.store.media import articles_with_unfetched_images
from lso_crawler.urls import article_id, canonical_article_url, resolve_link, same_site
from lso_crawler.warc.payload import PayloadError

REDIRECT_STATUSES = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
# Articles whose images no run has tried yet (an interrupted run, or versions archived before
# images were) get them fetched this many per run: an old archive is caught up over a few
# hourly runs instead of one run of many hours holding the lock.
UNFETCHED_PER_RUN = 200
_SINGLE_SEGMENT = re.compile(r"^/[A-Za-z0-9][A-Za-z0-9-]*/?$")


class LsoSpider(scrapy.Spider):
    """Walks the home page, category listings with pagination, RSS feeds, sitemaps and
    related-article links, and requests each article once per run (subject to LSO_RECHECK)."""

    name = "lso"
    # Set from the crawl settings in from_crawler.
    base_url: str
    recheck: str
    schedule: tuple[Step, ...]
    max_pages: int | None
    backfill: bool
    allowed_domains: list[str | None]  # Scrapy's offsite middleware skips a None host
    context: CrawlContext
    images: str  # LSO_IMAGES
    image_max_bytes: int
    origins: frozenset[Origin]
    image_requests: ImageRequests

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._requested_ids: set[int] = set()
        self._walk_floor: dict[str, int] = {}  # category -> page an unfinished walk reached
        self._started_at = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> LsoSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        validate(settings)
        spider.base_url = settings.get("LSO_BASE_URL").rstrip("/")
        spider.recheck = settings.get("LSO_RECHECK")
        spider.schedule = parse_schedule(settings.get("LSO_RECHECK_SCHEDULE"))
        max_pages = settings.get("LSO_MAX_PAGES")
        spider.max_pages = int(max_pages) if max_pages not in (None, "", "0") else None
        spider.backfill = settings.getbool("LSO_BACKFILL")
        spider.allowed_domains = [urlsplit(spider.base_url).hostname]
        spider.context = CrawlContext.of(crawler)
        spider.images = settings.get("LSO_IMAGES")
        spider.image_max_bytes = settings.getint("LSO_IMAGE_MAX_BYTES")
        spider.origins = allowed_origins(
            spider.base_url, media_hosts(settings.get("LSO_MEDIA_HOSTS"))
        )
        spider.image_requests = ImageRequests(
            spider.context.store,
            spider.origins,
            spider.image_max_bytes,
            crawler,
            callback=spider.parse_image,
            errback=spider.on_error,
        )
        return spider

    # Entry points ---------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._started_at = datetime.now(UTC)
        yield scrapy.Request(self._site_url("/"), callback=self.parse_home, errback=self.on_error)
        pending = self.context.store.take_pending()
        if pending:
            self.logger.info("resuming %d articles left pending by an earlier run", len(pending))
        for wanted_id, url in pending:
            self._requested_ids.add(wanted_id)
            yield self._article_request(url, wanted_id)
        rechecks = 0
        now = datetime.now(UTC)
        for wanted_id, url in self.context.store.recheck_candidates(
            self.recheck, now, self.schedule
        ):
            if wanted_id not in self._requested_ids:
                self._requested_ids.add(wanted_id)
                rechecks += 1
                yield self._article_request(self._on_site(url), wanted_id)
        self.logger.info("rechecking %d known articles (LSO_RECHECK=%s)", rechecks, self.recheck)
        if self.images == "article":
            unfetched = articles_with_unfetched_images(self.context.store, UNFETCHED_PER_RUN)
            for unfetched_id in unfetched:
                for request in self._image_requests(unfetched_id, only_missing=True):
                    yield request
        for path in site.FEED_PATHS:
            yield self._feed_request(self._site_url(path))
        for path in site.SITEMAP_PATHS:
            yield scrapy.Request(
                self._site_url(path), callback=self.parse_sitemap, errback=self.on_error
            )

    def parse_home(self, response: Response) -> Iterator[Any]:
        """Categories from the menu, articles and feeds linked from the home page."""
        if not isinstance(response, TextResponse):
            return
        categories = self._category_paths(response)
        self.logger.info(
            "home page lists %d categories: %s", len(categories), ", ".join(categories)
        )
        for path in categories:
            resume = self.context.store.listing_start_page(path)
            # An incremental walk starts at page 1 (new articles appear there) but does not
            # stop before the page an interrupted walk had reached, and a category never
            # walked is walked to the end: listing times live on those pages, and articles
            # stored through other routes must not make the walk look finished.
            walked = self.context.store.walked(path)
            self._walk_floor[path] = resume if walked else sys.maxsize
            page = resume if self.backfill else 1
            url = self._site_url(path if page == 1 else f"{path}?page={page}")
            yield self._listing_request(url, category=path, page=page)
        yield from self._feed_links(response)
        yield from self._article_links(response, response.css("a::attr(href)").getall())

    def parse_listing(self, response: Response) -> Iterator[Any]:
        """One page of a category: its article cards, then the next page while it has news."""
        if not isinstance(response, TextResponse):
            return
        category, page = response.meta["lso_category"], response.meta["lso_page"]
        cards = listing_cards(response.selector, response.url)
        # No card markup: fall back to every article link on the page.
        links = [c.url for c in cards] or [
            resolve_link(h, response.url) for h in response.css("a::attr(href)").getall()
        ]
        linked_ids = (article_id(url) for url in links if url and same_site(url, self.base_url))
        ids = {linked for linked in linked_ids if linked is not None}
        yield from self._feed_links(response)
        yield from self._article_links(response, links)
        new_ids = {i for i in ids if self._is_new(i)}
        if page == 1:
            # Every article link on the first page, cards or not (featured boxes, "most read").
            yield from self._article_links(response, response.css("a::attr(href)").getall())
        if not ids or ids == response.meta.get("lso_previous_ids"):
            self.logger.debug("stop %s at page %d: the listing ended", category, page)
            self._end_walk(category, page, finished=True)
            return
        if not new_ids and not self.backfill and page >= self._walk_floor.get(category, 1):
            self.logger.debug("stop %s at page %d: no new articles", category, page)
            self._end_walk(category, page, finished=True)
            return
        if self.max_pages is not None and page >= self.max_pages:
            self.logger.info("stop %s at page %d: LSO_MAX_PAGES reached", category, page)
            self._end_walk(category, page, finished=True)
            return
        self._end_walk(category, page + 1, finished=False)
        yield self._listing_request(
            self._next_page_url(response, category, page), category, page + 1, previous_ids=ids
        )

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """An RSS feed: each item's link, with its pubDate as a listing time."""
        if not isinstance(response, TextResponse):
            return
        for item in feed_items(response.selector, response.url):
            yield from self._article_links(response, [item.url])

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """A sitemap index (follow its sitemaps) or a url set (news sitemaps included)."""
        try:
            page = xml_selector(response.body)
        except PayloadError as error:
            self.logger.error("sitemap refused: %s: %s", response.url, error)
            self.crawler.stats.inc_value(f"lso/sitemap_error/{error.reason}")
            return
        for url in sitemap_children(page, response.url):
            if same_site(url, self.base_url):
                yield scrapy.Request(
                    self._on_site(url), callback=self.parse_sitemap, errback=self.on_error
                )
        for entry in sitemap_entries(page, response.url):
            yield from self._article_links(response, [entry.url])

    def parse_article(self, response: Response) -> Iterator[Any]:
        """Follow an article's related links (ArchiveMiddleware has stored the article)."""
        if response.status == NOT_MODIFIED:
            self.crawler.stats.inc_value("lso/articles/not_modified")
            # Unchanged page: no parse, no version (ingest noted the check). Its photos are
            # still asked for, conditionally: one replaced behind the same text is an edit.
            yield from self._image_requests(response.meta["lso_article_id"])
            return
        if 300 <= response.status < 400:
            yield from self._follow_article_redirect(response)
            return
        if "dataloss" in response.flags:
            self.logger.warning("%s was cut off: archived, not parsed", response.url)
            return  # the pending entry makes the next run try again
        final_id = article_id(response.url)
        if final_id is None or not same_site(response.url, self.base_url):
            self.logger.warning("article request ended at non-article %s", response.url)
            return
        self._requested_ids.add(final_id)
        if response.meta.get(OUTCOME_META) in ("new", "changed", "unchanged"):
            # Never archived: a plain GET; archived: a conditional one (a 304 when the same,
            # so an unchanged page costs one small answer per photo, and a swap is seen).
            yield from self._image_requests(final_id)
        if isinstance(response, TextResponse):
            yield from self._article_links(response, response.css("a::attr(href)").getall())

    def parse_image(self, response: Response) -> None:
        """An article image: ArchiveMiddleware has archived it and ingest recorded it."""

    def _image_requests(
        self, found_id: int, only_missing: bool = False
    ) -> Iterator[scrapy.Request]:
        """The caption images of the article's current version, each once per run (see
        ImageRequests). `only_missing`: never archived only."""
        if self.images == "article":
            yield from self.image_requests.for_article(found_id, only_missing=only_missing)

    def _follow_article_redirect(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow an article's redirect under the crawl policy; the final URL's id counts.

        Scrapy's RedirectMiddleware would fetch the target even when it is an article already
        archived and not due, so article requests handle their redirects here.
        """
        requested_id = response.meta["lso_article_id"]
        location = response.headers.get(b"Location")
        target = resolve_link(location.decode("latin-1"), response.url) if location else None
        hops = response.meta.get("lso_redirects", 0) + 1
        target_id = article_id(target) if target and same_site(target, self.base_url) else None
        if target is None or target_id is None or hops > MAX_REDIRECTS:
            self.logger.warning("article %s redirects away to %s", response.url, target)
            self.crawler.stats.inc_value("lso/redirected_away")
            return
        if target_id != requested_id:
            # The old id is an alias now (ingest recorded it); policy decides on the target.
            yield from self._article_links(response, [target])
            return
        request = self._article_request(self._on_site(canonical_article_url(target)), target_id)
        request.meta["lso_redirects"] = hops
        yield request

    def on_error(self, failure: Failure) -> None:
        """Log a failed request; ArchiveMiddleware has already recorded it."""
        # Scrapy sets .request on the Failure of a request's errback; Failure does not declare it.
        request = failure.request  # type: ignore[attr-defined]
        if isinstance(failure.value, HttpError):
            self.logger.warning("HTTP %d for %s", failure.value.response.status, request.url)
        else:
            self.logger.warning("failed %s: %s", request.url, failure.getErrorMessage())

    # Requests -------------------------------------------------------------

    def _article_links(
        self, response: Response, hrefs: Iterable[str | None]
    ) -> Iterator[scrapy.Request]:
        for href in hrefs:
            url = resolve_link(href, response.url) if href else None
            if not url or not same_site(url, self.base_url):
                continue
            wanted_id = article_id(url)
            if wanted_id is None or wanted_id in self._requested_ids:
                continue
            self._requested_ids.add(wanted_id)
            now = datetime.now(UTC)
            if not self.context.store.should_fetch(wanted_id, self.recheck, now, self.schedule):
                self.crawler.stats.inc_value("lso/skipped/not_due")
                continue
            url = self._on_site(canonical_article_url(url))
            self.context.store.add_pending(wanted_id, url, now)  # survives a killed run
            yield self._article_request(url, wanted_id)

    def _article_request(self, url: str, wanted_id: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            meta={
                "lso_article_id": wanted_id,
                "dont_redirect": True,
                "handle_httpstatus_list": [*REDIRECT_STATUSES, NOT_MODIFIED],
            },
            headers=self._conditional_headers(wanted_id),
        )

    def _conditional_headers(self, wanted_id: int) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the article's last 200, when it gave them."""
        etag, last_modified = self.context.store.validators(wanted_id)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _listing_request(
        self, url: str, category: str, page: int, previous_ids: set[int] | None = None
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            meta={"lso_category": category, "lso_page": page, "lso_previous_ids": previous_ids},
        )

    def _feed_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_feed, errback=self.on_error)

    def _feed_links(self, response: TextResponse) -> Iterator[scrapy.Request]:
        for href in response.css(site.FEED_LINK_CSS).getall():
            url = resolve_link(href, response.url)
            if url and same_site(url, self.base_url):
                yield self._feed_request(self._on_site(url))

    # Helpers --------------------------------------------------------------

    def _category_paths(self, response: TextResponse) -> list[str]:
        """Single-segment paths linked from the menu, minus known non-category pages."""
        hrefs = response.css(site.MENU_LINKS_CSS).getall() or response.css("a::attr(href)").getall()
        paths: dict[str, None] = {}
        for href in hrefs:
            url = resolve_link(href, response.url)
            if not url or not same_site(url, self.base_url):
                continue
            parts = urlsplit(url)
            slug = parts.path.strip("/")
            if (
                parts.query
                or not _SINGLE_SEGMENT.match(parts.path)
                or slug.lower() in site.NON_CATEGORY_SLUGS
            ):
                continue
            if article_id(url) is None and not slug.endswith((".html", ".htm", ".rss", ".xml")):
                paths["/" + slug] = None
        return list(paths) or list(site.KNOWN_CATEGORY_PATHS)

    def _next_page_url(self, response: TextResponse, category: str, page: int) -> str:
        href = response.css(site.NEXT_PAGE_CSS).get()
        url = resolve_link(href, response.url)
        if url and same_site(url, self.base_url):
            return self._on_site(url)
        return self._site_url(f"{category}?page={page + 1}")

    def _end_walk(self, category: str, next_page: int, finished: bool) -> None:
        """Remember how far the walk of `category` got, so a killed walk is resumed."""
        now = datetime.now(UTC)
        self.context.store.save_listing_progress(category, next_page, now, finished)

    def _is_new(self, wanted_id: int) -> bool:
        """Not in the database before this run started."""
        first_seen = self.context.store.first_seen(wanted_id)
        return first_seen is None or first_seen >= self._started_at.replace(microsecond=0)

    def _site_url(self, path: str) -> str:
        return self.base_url + path

    def _on_site(self, url: str) -> str:
        """The same URL on LSO_BASE_URL's scheme and host (http/https and www. unified)."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
