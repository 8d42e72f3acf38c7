"""Refuses, before download, every request that is not exactly on an allowed origin.

Settings:
LSO_BASE_URL     its scheme, host and port are the site's one origin
LSO_MEDIA_HOSTS  extra hosts or origins allowed (e.g. ``media.baolangson.vn``; default none)

Scrapy's OffsiteMiddleware compares host names only (any port, any subdomain passes), and a
redirect followed by RedirectMiddleware comes back through the downloader middlewares as a
new request. This middleware runs first (before robots.txt, which would otherwise fetch the
foreign origin's robots.txt), so no request to another origin ever leaves, whatever asked
for it. A refusal is logged as an error and counted as ``lso/offsite_refused/<kind>``.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from lso_crawler.origins import allowed_origins, is_allowed

logger = logging.getLogger(__name__)

STATS_PREFIX = "lso/offsite_refused/"
# The spider's callbacks, by name, to the kind of page they fetch.
_KINDS = {
    "parse_home": "home",
    "parse_listing": "listing",
    "parse_feed": "feed",
    "parse_sitemap": "sitemap",
    "parse_article": "article",
}


class OffsiteRefused(IgnoreRequest):
    """A request to an origin outside LSO_BASE_URL's and LSO_MEDIA_HOSTS."""


def request_kind(request: Request) -> str:
    """robots, home, listing, feed, sitemap, article or other: what the request was for."""
    if urlparse_cached(request).path == "/robots.txt" or request.meta.get("dont_obey_robotstxt"):
        return "robots"
    if kind := request.meta.get("lso_kind"):
        return str(kind)
    return _KINDS.get(getattr(request.callback, "__name__", ""), "other")


class OriginGuardMiddleware:
    """Downloader middleware: raise OffsiteRefused for a request off the allowed origins."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.stats = crawler.stats
        self.allowed = allowed_origins(
            settings.get("LSO_BASE_URL"), settings.getlist("LSO_MEDIA_HOSTS")
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OriginGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if is_allowed(request.url, self.allowed):
            return None
        kind = request_kind(request)
        redirected = request.meta.get("redirect_urls") or []
        source = f" (redirected from {redirected[-1]})" if redirected else ""
        logger.error(
            "refused %s request to %s%s: not on the allowed origins %s",
            kind,
            request.url,
            source,
            ", ".join(sorted(str(o) for o in self.allowed)),
        )
        if self.stats is not None:
            self.stats.inc_value(f"{STATS_PREFIX}{kind}")
        raise OffsiteRefused(f"off the allowed origins: {request.url}")
